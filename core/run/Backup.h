// SPDX-License-Identifier: MIT
#pragma once

// A verified backup (design §5.7): PostgreSQL with pg_dump -Fc checked by pg_restore --list,
// SQLite with the online backup API checked by integrity_check on the copy; manifest.json
// beside it. Schema snapshot, row counts and copy are taken from one consistent view.

#include "db/ConnectionSpec.h"
#include "run/Manifest.h"
#include "util/Result.h"

#include <QString>

#include <functional>

namespace sm {

struct BackupOptions
{
    int lockWaitTimeoutMs = 30000; // pg_dump --lock-wait-timeout; SQLite: busy retries
    int sqlitePagesPerStep = 256;  // pages copied per backup-API step (progress granularity)
    // (done, total, what): total is 0 when unknown.
    std::function<void(qint64, qint64, const QString &)> progress;
    // Polled between steps; true stops the backup and removes what was written.
    std::function<bool()> cancelled;
    // Free bytes at a path; empty: QStorageInfo. Tests replace it to simulate a full disk.
    std::function<qint64(const QString &)> availableBytes;
};

struct BackupResult
{
    QString directory;    // absolute
    QString manifestPath; // DIR/manifest.json
    BackupManifest manifest;
    qint64 totalBytes = 0; // sum of the data files
    qint64 elapsedMs = 0;
    QString verification; // one line: "pg_restore --list: 42 entries" / "integrity_check ok, …"
};

// Takes and verifies a backup of `spec` into `dir` (created when missing; refused when it is not
// empty, not writable, or the disk has less than ~1.2 × the database's size free).
Result<BackupResult> takeBackup(const ConnectionSpec &spec, const QString &dir,
                                const BackupOptions &options = {});

// The data file name for an engine: "database.dump" or "database.sqlite".
QString backupDataFileName(Dialect dialect);

} // namespace sm
