// SPDX-License-Identifier: MIT
#pragma once

// The plan for the differences on screen: the ordered steps in plain words with their hazard
// badges and pre-flight figures, the decisions still open, and the complete script (the one
// `schemamedic-cli plan` prints) with SQL highlighting, to copy or export as a .sql file.

#include "plan/Plan.h"

#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sm::gui {

class SqlHighlighter;

class PlanView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanView)

public:
    explicit PlanView(QWidget *parent = nullptr);
    ~PlanView() override;

    void setPlan(const MigrationPlan &plan, const Resolutions &resolutions);
    // The plan could not be made (or its figures could not be read): say so in place.
    void setError(const QString &message);
    void setPreflightWarning(const QString &message);
    void clear();
    // While a re-plan runs: the plan shown is about to change.
    void setBusy(bool busy);

    QString script() const { return m_script; }
    const MigrationPlan &plan() const { return m_plan; }
    bool hasPlan() const { return m_hasPlan; }
    // Writes the script; returns an error sentence or "".
    QString exportTo(const QString &path) const;
    void copyToClipboard() const;
    // Selects step `id` (1-based) and scrolls the script to it.
    void showStep(int id);

    QAction *copyAction() const { return m_copy; }
    QAction *exportAction() const { return m_export; }
    QTreeWidget *stepList() const { return m_steps; }
    QPlainTextEdit *scriptView() const { return m_text; }

Q_SIGNALS:
    // A step was selected; its diff objects, so the tree can follow.
    void stepActivated(const QStringList &objects);

private:
    void chooseExportFile();
    void onCurrentStepChanged(QTreeWidgetItem *item);

    MigrationPlan m_plan;
    bool m_hasPlan = false;
    QString m_script;
    QLabel *m_summary = nullptr;
    QLabel *m_badges = nullptr;
    QLabel *m_decisions = nullptr;
    QLabel *m_warning = nullptr;
    QToolButton *m_copyButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_export = nullptr;
    QTreeWidget *m_steps = nullptr;
    QPlainTextEdit *m_text = nullptr;
    SqlHighlighter *m_highlighter = nullptr;
};

} // namespace sm::gui
