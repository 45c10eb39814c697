// SPDX-License-Identifier: MIT
#pragma once

// manifest.json beside a backup ("schemamedic.backup/1"): what was backed up, from where, the
// SHA-256 of every file, exact row counts per table and the schema snapshot of that moment.
// Restore trusts nothing else.

#include "db/Connection.h"
#include "schema/Schema.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace sm {

inline constexpr QStringView kBackupFormat = u"schemamedic.backup/1";
inline constexpr QStringView kManifestFileName = u"manifest.json";

struct BackupFile
{
    QString name; // relative to the backup folder, no '/'
    qint64 size = 0;
    QString sha256; // lowercase hex

    friend bool operator==(const BackupFile &, const BackupFile &) = default;
};

struct BackupManifest
{
    QString format = kBackupFormat.toString();
    QDateTime created;   // UTC
    QString toolVersion; // Schema Medic's own
    QString source;      // ConnectionSpec::redacted(): never a password
    Dialect engine = Dialect::Sqlite;
    QString database; // the database name (PostgreSQL) or the file name (SQLite)
    QString serverVersion;
    int serverVersionNumber = 0;
    QMap<QString, QString> tools; // "pg_dump" → "pg_dump (PostgreSQL) 15.18 …", "sqlite" → …
    QList<BackupFile> files;
    QMap<QString, qint64> rowCounts; // schema.table → exact count(*)
    QJsonObject verification;        // how the copy was checked, and what that said
    Schema schema;                   // snapshot taken in the same consistent view as the copy

    const BackupFile *file(const QString &name) const;
};

QJsonObject manifestToJson(const BackupManifest &m);
Result<BackupManifest> manifestFromJson(const QJsonObject &o);

// Written with QSaveFile (fsync'd, atomic rename) and the folder fsync'd after it.
Status writeManifest(const BackupManifest &m, const QString &dir);
Result<BackupManifest> readManifest(const QString &dir);

// SHA-256 of a file, streamed; `progress(bytesDone)` is called per chunk when set. When
// `cancelled()` says so between chunks, reading stops and the result is an error.
Result<QString> sha256OfFile(const QString &path, const std::function<void(qint64)> &progress = {},
                             const std::function<bool()> &cancelled = {});

// Exact count(*) of every ordinary table in `schema`, in a few batched queries.
Result<QMap<QString, qint64>> countRows(Connection &connection, const Schema &schema);

// fsync of a folder so a rename or a new file in it survives a power cut (best effort).
void syncDirectory(const QString &dir);

} // namespace sm
