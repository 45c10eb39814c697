// SPDX-License-Identifier: MIT
#pragma once

// Asks where a PostgreSQL server is. The password stays in this dialog's memory and in the
// returned spec; only host, port, database, user and sslmode are remembered in QSettings.

#include "db/ConnectionSpec.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sm::gui {

class PostgresConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostgresConnectDialog)

public:
    explicit PostgresConnectDialog(QWidget *parent = nullptr);
    ~PostgresConnectDialog() override;

    ConnectionSpec spec() const;

    void accept() override;

private:
    void updateButtons();

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_sslMode = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_connect = nullptr;
};

} // namespace sm::gui
