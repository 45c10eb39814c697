// SPDX-License-Identifier: MIT
#pragma once

// The repair run (design §5.5, §5.7, §5.8): pre-flight → backup → confirmation → apply in one
// transaction → verify inside it → commit → verify again → done. Any failure before the commit
// rolls back; every event is journaled and fsync'd before the next action.

#include "db/ConnectionSpec.h"
#include "diff/Diff.h"
#include "plan/Plan.h"
#include "run/Confirmer.h"
#include "schema/Schema.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

#include <functional>

namespace sm {

struct RepairOptions
{
    ConnectionSpec target;
    Schema expected;
    QString expectedSource; // for the journal and the report
    DiffOptions diffOptions;
    Resolutions resolutions;
    QSet<Hazard> allowedHazards;
    QString backupDirectory;  // empty: <journal dir>/../backups/<run id>
    QString journalDirectory; // empty: Journal::defaultDirectory()
    bool dryRun = false;      // apply and verify inside a transaction that always rolls back
    Confirmer *confirmer = nullptr;
    std::function<void(const QString &)> progress; // one line per state change, for people
    std::function<bool()> cancelled;               // polled between statements
    // Each event right after it is in the journal (on the run's thread): for a live view.
    std::function<void(const QString &event, const QJsonObject &data)> journaled;
    // The backup's progress (done, total, what), as BackupOptions::progress.
    std::function<void(qint64, qint64, const QString &)> backupProgress;
};

enum class RepairOutcome {
    NothingToDo,   // no difference to repair
    Refused,       // stopped before writing: hazard not allowed, unresolved decision, …
    Stopped,       // stopped before writing by an error: unreachable database, failed backup
    Declined,      // the operator said no
    Done,          // committed and verified
    DryRunPassed,  // rehearsed, verified, rolled back as promised
    DryRunFailed,  // rehearsal failed; rolled back
    RolledBack,    // failed before the commit; the database is as it was
    NotRolledBack, // failed after the commit; the message says what state it is in
};

struct RepairResult
{
    RepairOutcome outcome = RepairOutcome::Refused;
    QString message; // one sentence: what happened and what state the database is in
    QString details;
    QString runId;
    QString journalPath;
    QString backupDirectory;
    MigrationPlan plan;
    QStringList verification; // one line per check
};

RepairResult runRepair(const RepairOptions &options);

// For a run that never finished (found in the journal at start-up): what is known and the next
// safe action, in two sentences for people.
struct UnfinishedRun;
QString describeUnfinishedRun(const UnfinishedRun &run);

// The exit code of design §4.2 for an outcome.
int exitCodeFor(RepairOutcome outcome);

} // namespace sm
