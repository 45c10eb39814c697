// SPDX-License-Identifier: MIT
#pragma once

// The "Differences" page of the console: a summary line (differences · decisions open ·
// risky), a plain sentence when the migration history disagrees with the schema, the filter and
// search over the difference tree, and beside it the detail pane and the plan. It owns the compare
// loader; resolutions edited in the detail pane re-plan at once, off the GUI thread, and the tree's
// Risk column, the detail pane and the plan follow.

#include "CompareLoader.h"

#include <QSet>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTimer;
class QTreeView;

namespace sm::gui {

class DiffDetailPane;
class DiffFilterModel;
class DiffTreeModel;
class PlanView;

class ComparisonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonView)

public:
    explicit ComparisonView(QWidget *parent = nullptr);
    ~ComparisonView() override;

    // Starts comparing `live` with `expectedSource`; progress comes from loader().
    void compare(const ConnectionSpec &live, const QString &expectedSource);
    void clear();

    CompareLoader *loader() const { return m_loader; }
    DiffTreeModel *model() const { return m_model; }
    DiffFilterModel *filterModel() const { return m_proxy; }
    QTreeView *tree() const { return m_tree; }
    DiffDetailPane *detailPane() const { return m_detail; }
    PlanView *planView() const { return m_plan; }
    QComboBox *filterMode() const { return m_mode; }
    QLineEdit *searchBox() const { return m_search; }
    QString summaryText() const;
    // The migration-history sentence under the summary (DiffTreeModel::migrationNote); empty
    // and hidden when the history agrees with the expected schema.
    QString migrationNoteText() const;
    // The figures of the summary line.
    struct Counts
    {
        int differences = 0;
        int decisions = 0; // guessed renames not yet confirmed or rejected + unresolved plan items
        int risky = 0;     // differences whose steps carry a hazard that can hurt data
    };
    Counts counts() const { return m_counts; }
    std::shared_ptr<const Comparison> comparison() const { return m_comparison; }
    const Resolutions &resolutions() const { return m_resolutions; }
    const PlanOutcome &planOutcome() const { return m_planOutcome; }
    bool hasComparison() const { return m_comparison != nullptr; }

    void showPlan();
    void showDetails();
    // Selects the first row showing `object` (a Difference::object).
    bool selectObject(const QString &object);
    // Changes the resolutions and re-plans (what the detail pane's editor does).
    void setResolutions(const Resolutions &resolutions);

Q_SIGNALS:
    void comparisonShown();
    void planUpdated();

private:
    void onCompared(const std::shared_ptr<const sm::gui::Comparison> &comparison,
                    const std::shared_ptr<const sm::gui::DiffTreeModel::Node> &tree,
                    const sm::gui::PlanOutcome &plan);
    void onPlanned(const sm::gui::PlanOutcome &plan);
    void applyPlan(const PlanOutcome &plan);
    void onRenameDecided(const QString &object, bool accepted);
    void applyFilter();
    void expandDefault();
    void updateSummary();
    void showCurrent(const QModelIndex &proxyIndex);

    CompareLoader *m_loader = nullptr;
    DiffTreeModel *m_model = nullptr;
    DiffFilterModel *m_proxy = nullptr;
    std::shared_ptr<const Comparison> m_comparison;
    Resolutions m_resolutions;
    QSet<QString> m_acceptedRenames;
    PlanOutcome m_planOutcome;
    Counts m_counts;

    QLabel *m_summary = nullptr;
    QLabel *m_migrationNote = nullptr;
    QLabel *m_source = nullptr;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTreeView *m_tree = nullptr;
    QTabWidget *m_tabs = nullptr;
    DiffDetailPane *m_detail = nullptr;
    PlanView *m_plan = nullptr;
};

} // namespace sm::gui
