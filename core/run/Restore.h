// SPDX-License-Identifier: MIT
#pragma once

// Restores a backup made by takeBackup() (design §5.7): every checksum verified first, the
// operator asked, the data put back all-or-nothing, and the result compared with the
// manifest's schema snapshot and row counts.

#include "db/ConnectionSpec.h"
#include "run/Confirmer.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace sm {

struct RestoreOptions
{
    // Restore a backup of a differently named database into this one.
    bool allowOtherDatabase = false;
    // How long to wait for locks held by others (PostgreSQL lock_timeout, SQLite busy retries).
    int lockWaitTimeoutMs = 30000;
    // (done, total, what): total is 0 when unknown.
    std::function<void(qint64, qint64, const QString &)> progress;
    // Polled between steps before the point of no return; true stops (rolled back).
    std::function<bool()> cancelled;
};

enum class RestoreOutcome {
    Refused,     // nothing was touched (bad backup, wrong target, not confirmed)
    RolledBack,  // the restore started and failed; the database is as it was
    Restored,    // written and verified equal to the manifest
    NotVerified, // written, but the database differs from the manifest (see the error)
};

struct RestoreReport
{
    RestoreOutcome outcome = RestoreOutcome::Refused;
    QStringList removed; // objects the backup did not have, removed ("extra_table public.x")
    qint64 elapsedMs = 0;
    int tablesVerified = 0;
    qint64 rowsVerified = 0;
};

Status restoreBackup(const ConnectionSpec &target, const QString &dir, Confirmer &confirmer,
                     const RestoreOptions &options = {}, RestoreReport *report = nullptr);

} // namespace sm
