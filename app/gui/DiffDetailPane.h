// SPDX-License-Identifier: MIT
#pragma once

// Where decisions happen: for the object selected in the difference tree, the expected and the
// actual definition side by side with what differs marked (◀, not colour alone), the plan's
// steps for it with their live pre-flight figures and sample values, and the resolution editor
// (accept or reject a proposed rename, the USING expression of a type change, the value for
// existing NULLs, dropping an extra object). Every edit is handed on at once for re-planning.

#include "CompareLoader.h"
#include "DiffTreeModel.h"

#include <QSet>
#include <QWidget>

#include <memory>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTextBrowser;

namespace sm::gui {

class DiffDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffDetailPane)

public:
    explicit DiffDetailPane(QWidget *parent = nullptr);
    ~DiffDetailPane() override;

    void setComparison(std::shared_ptr<const Comparison> comparison);
    // The current plan and the resolutions it was made with; the pane shows its figures.
    void setPlan(const PlanOutcome &plan);
    void setAcceptedRenames(const QSet<QString> &objects);
    void showObject(const DiffTreeModel::ObjectRef &ref);
    void clear();

    const DiffTreeModel::ObjectRef &object() const { return m_ref; }
    // For tests and accessibility tools: the text of each part.
    QString comparisonText() const;
    QString preflightText() const;
    QLineEdit *usingEdit() const { return m_usingEdit; }
    QPushButton *usingApply() const { return m_usingApply; }
    QLineEdit *backfillEdit() const { return m_backfillEdit; }
    QPushButton *backfillApply() const { return m_backfillApply; }
    QCheckBox *dropCheck() const { return m_drop; }
    QCheckBox *stampCheck() const { return m_stamp; }
    QRadioButton *acceptRename() const { return m_accept; }
    QRadioButton *rejectRename() const { return m_reject; }
    QGroupBox *resolutionBox() const { return m_resolution; }

Q_SIGNALS:
    void resolutionsEdited(const sm::Resolutions &resolutions);
    void renameDecided(const QString &object, bool accepted);

private:
    void render();
    void renderResolution();
    QList<int> relatedDifferences() const;
    QString columnKey() const; // schema.table.column for USING / backfill
    void applyUsing();
    void applyBackfill();

    std::shared_ptr<const Comparison> m_comparison;
    PlanOutcome m_plan;
    QSet<QString> m_acceptedRenames;
    DiffTreeModel::ObjectRef m_ref;

    QLabel *m_title = nullptr;
    QTextBrowser *m_compare = nullptr;
    QTextBrowser *m_preflight = nullptr;
    QGroupBox *m_resolution = nullptr;
    QLabel *m_nothing = nullptr;
    QWidget *m_renameRow = nullptr;
    QLabel *m_renameLabel = nullptr;
    QRadioButton *m_accept = nullptr;
    QRadioButton *m_reject = nullptr;
    QWidget *m_usingRow = nullptr;
    QLineEdit *m_usingEdit = nullptr;
    QPushButton *m_usingApply = nullptr;
    QWidget *m_backfillRow = nullptr;
    QLineEdit *m_backfillEdit = nullptr;
    QPushButton *m_backfillApply = nullptr;
    // QCheckBox cannot wrap its text, and these name an object: the words go to a wrapping
    // label (whose buddy the box is) so a long name never widens the pane.
    QWidget *m_dropRow = nullptr;
    QCheckBox *m_drop = nullptr;
    QLabel *m_dropLabel = nullptr;
    QWidget *m_stampRow = nullptr;
    QCheckBox *m_stamp = nullptr;
    QLabel *m_stampLabel = nullptr;
};

} // namespace sm::gui
