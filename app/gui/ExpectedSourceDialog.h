// SPDX-License-Identifier: MIT
#pragma once

// Asks where the expected schema comes from: a DDL file (.sql), a snapshot (.json) or the URL
// of a second database (staging, a developer's copy). Nothing is read here; the comparison
// runs in the background once the dialog is accepted.

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace sm::gui {

class ExpectedSourceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpectedSourceDialog)

public:
    explicit ExpectedSourceDialog(QWidget *parent = nullptr);
    ~ExpectedSourceDialog() override;

    QString source() const;
    void setSource(const QString &source);

private:
    void browse();
    void validate();

    QLineEdit *m_source = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sm::gui
