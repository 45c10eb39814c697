// SPDX-License-Identifier: MIT
#pragma once

// Compares a live database with an expected schema off the GUI thread: loads the expected
// side (a .sql file into a scratch database, a .json snapshot or a second connection), reads
// the live schema on a connection of the worker's own, diffs them, plans with the operator's
// resolutions and runs the read-only pre-flight checks. Re-planning after a resolution changes
// runs the same way, without reading either schema again.

#include "DiffTreeModel.h"
#include "db/ConnectionSpec.h"
#include "diff/Diff.h"
#include "plan/Plan.h"
#include "schema/Schema.h"
#include "util/Result.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

namespace sm::gui {

// Everything a comparison found: read-only once made, shared between the views.
struct Comparison
{
    ConnectionSpec live;
    QString expectedSource; // as the operator gave it
    QString expectedLabel;  // for people: a file path or a redacted URL
    QStringList warnings;   // what loading the expected side skipped
    DiffOptions options;
    Schema expected;
    Schema actual;
    SchemaDiff diff;
};

// A plan for a comparison and a set of resolutions, with its pre-flight figures.
struct PlanOutcome
{
    std::optional<MigrationPlan> plan;
    Error error;            // when plan is empty
    QString preflightError; // the plan is there, its figures are not (connection lost, …)
    Resolutions resolutions;
    int generation = 0;
};

struct CompareOutcome
{
    std::shared_ptr<const Comparison> comparison;    // set on success
    std::shared_ptr<const DiffTreeModel::Node> tree; // the rows for it, built on the worker
    PlanOutcome plan;
    Error error; // when comparison is empty
};

class CompareLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareLoader)

public:
    explicit CompareLoader(QObject *parent = nullptr);
    // Cancels running work and waits for it: the workers poll cancellation between steps.
    ~CompareLoader() override;

    // Starts a comparison; one still running is cancelled and its result dropped.
    void start(const ConnectionSpec &live, const QString &expectedSource,
               const DiffOptions &options = {}, const Resolutions &resolutions = {});
    // Re-plans the comparison last delivered with other resolutions. A re-plan still running is
    // superseded: only the newest result is delivered.
    void replan(const std::shared_ptr<const Comparison> &comparison,
                const Resolutions &resolutions);
    void cancel();
    bool isRunning() const;  // a comparison, until compared/failed/cancelled
    bool isPlanning() const; // a re-plan, until planned

Q_SIGNALS:
    void progressChanged(int value, int maximum, const QString &text);
    void compared(const std::shared_ptr<const sm::gui::Comparison> &comparison,
                  const std::shared_ptr<const sm::gui::DiffTreeModel::Node> &tree,
                  const sm::gui::PlanOutcome &plan);
    void failed(const sm::Error &error);
    void cancelled();
    void planned(const sm::gui::PlanOutcome &plan);

private:
    void onCompareFinished();
    void onPlanFinished();

    QFutureWatcher<CompareOutcome> m_compare;
    QFutureWatcher<PlanOutcome> m_plan;
    int m_maximum = 0;
    int m_value = 0;
    QString m_text;
    bool m_active = false;
    bool m_cancelRequested = false;
    bool m_planning = false;
    int m_generation = 0;
};

} // namespace sm::gui

Q_DECLARE_METATYPE(sm::gui::PlanOutcome)
