// SPDX-License-Identifier: MIT
#include "Backup.h"

#include "db/Connection.h"
#include "introspect/Introspector.h"
#include "log/Log.h"
#include "run/ChildProcess.h"
#include "run/Journal.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QStorageInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sm {
namespace {

// This file's messages: lupdate files them under sm::Backup, the context the runtime looks up.
struct BackupText
{
    Q_DECLARE_TR_FUNCTIONS(sm::Backup)
};

QString megabytes(qint64 bytes)
{
    return QLocale::c().toString(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1) + u" MB"_s;
}

// Removes what a failed backup wrote, and the folder when we created it: a retry then starts
// from the same clean state, and no half backup is ever mistaken for a good one.
class Cleanup
{
public:
    explicit Cleanup(QString dir)
        : m_dir(std::move(dir))
    {}
    ~Cleanup()
    {
        if (m_keep)
            return;
        for (const QString &f : std::as_const(m_files)) {
            QFile::remove(f);
            QFile::remove(f + u"-journal"_s);
            QFile::remove(f + u"-wal"_s);
            QFile::remove(f + u"-shm"_s);
        }
        if (m_created)
            QDir().rmdir(m_dir);
    }
    Q_DISABLE_COPY_MOVE(Cleanup)
    void setCreated() { m_created = true; }
    void add(const QString &file) { m_files << file; }
    void keep() { m_keep = true; }

private:
    QString m_dir;
    QStringList m_files;
    bool m_created = false;
    bool m_keep = false;
};

// The folder must not hold anything yet (a backup never overwrites one) and must be writable.
Status checkDirectory(const QString &dir, bool &exists)
{
    const QFileInfo info(dir);
    exists = info.exists();
    if (!exists)
        return {};
    if (!info.isDir())
        return makeError(
            ErrorKind::Input,
            BackupText::tr("%1 exists and is not a folder; name a new or empty folder for the "
                           "backup.")
                .arg(dir));
    if (!QDir(dir)
             .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
             .isEmpty())
        return makeError(
            ErrorKind::Input,
            BackupText::tr("%1 is not empty; a backup never overwrites anything, so name a new "
                           "or empty folder.")
                .arg(dir));
    return {};
}

Status createDirectory(const QString &dir, bool exists, Cleanup &cleanup)
{
    if (!exists) {
        if (!QDir().mkpath(dir))
            return makeError(ErrorKind::Input,
                             BackupText::tr("The backup folder %1 cannot be created.").arg(dir));
        cleanup.setCreated();
    }
    // Permission bits say little (root ignores them, read-only mounts do not show): try it.
    QFile probe(QDir(dir).filePath(u".schemamedic-write-test"_s));
    if (!probe.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(ErrorKind::Input,
                         BackupText::tr("The backup folder %1 is not writable.").arg(dir),
                         probe.errorString());
    probe.close();
    probe.remove();
    return {};
}

// The nearest folder that exists: where a folder still to be created will live.
QString existingAncestor(const QString &dir)
{
    QFileInfo fi(dir);
    while (!fi.exists() && fi.absoluteFilePath() != u"/")
        fi = QFileInfo(fi.absolutePath());
    return fi.absoluteFilePath();
}

Status checkFreeSpace(const QString &dir, qint64 databaseBytes, const BackupOptions &options)
{
    const QString where = existingAncestor(dir);
    const qint64 available = options.availableBytes ? options.availableBytes(where)
                                                    : QStorageInfo(where).bytesAvailable();
    // The copy is at most the database's size; 20 % spare and a little for the manifest.
    const qint64 needed = databaseBytes + databaseBytes / 5 + 1024 * 1024;
    if (available >= 0 && available < needed)
        return makeError(
            ErrorKind::Input,
            BackupText::tr("The backup needs about %1 free in %2, but only %3 is free.")
                .arg(megabytes(needed), where, megabytes(available)));
    return {};
}

// The disk filled up while the backup was written (the free-space check passed, then someone
// else took the space, or the estimate was short): pg_dump, SQLite and QSaveFile each say it in
// their own words, none of which names the folder.
bool isDiskFull(const Error &e)
{
    const QString text = e.message + u'\n' + e.details;
    return text.contains(u"No space left on device"_s, Qt::CaseInsensitive) ||
           text.contains(u"database or disk is full"_s, Qt::CaseInsensitive) ||
           text.contains(u"Disk quota exceeded"_s, Qt::CaseInsensitive);
}

Error diskFullError(const QString &dir, const Error &e)
{
    const qint64 available = QStorageInfo(existingAncestor(dir)).bytesAvailable();
    return makeError(ErrorKind::Input,
                     BackupText::tr("The disk of the backup folder %1 is full (%2 free): the "
                                    "backup could not be written, and what was written of it "
                                    "was removed.")
                         .arg(dir, megabytes(std::max<qint64>(0, available))),
                     e.message + (e.details.isEmpty() ? QString() : u"\n"_s + e.details));
}

Result<BackupFile> describeFile(const QString &dir, const QString &name)
{
    const QString path = QDir(dir).filePath(name);
    auto sha = sha256OfFile(path);
    if (!sha)
        return sha.error();
    return BackupFile{name, QFileInfo(path).size(), *sha};
}

void report(const BackupOptions &o, qint64 done, qint64 total, const QString &what)
{
    if (o.progress)
        o.progress(done, total, what);
}

bool isCancelled(const BackupOptions &o)
{
    return o.cancelled && o.cancelled();
}

Error cancelled()
{
    return makeError(ErrorKind::Input,
                     BackupText::tr("The backup was cancelled; nothing was kept."));
}

// ---- PostgreSQL ---------------------------------------------------------------------------

Result<BackupResult> backupPostgres(const ConnectionSpec &spec, const QString &dir,
                                    const BackupOptions &options, QElapsedTimer &timer)
{
    // The tools are looked for (each one runs with --version) while the connection is made.
    QFuture<Result<PgTool>> pgDumpLookup = QtConcurrent::run(findPostgresTool, u"pg_dump"_s);
    QFuture<Result<PgTool>> pgRestoreLookup = QtConcurrent::run(findPostgresTool, u"pg_restore"_s);
    auto conn = Connection::open(spec, AccessMode::ReadOnly);
    Result<PgTool> pgDump = pgDumpLookup.result();
    Result<PgTool> pgRestore = pgRestoreLookup.result();
    if (!conn)
        return conn.error();

    // The tools first: a pg_dump that cannot read this server must not cost a single write.
    if (!pgDump)
        return pgDump.error();
    if (Status s = checkToolAgainstServer(*pgDump, conn->serverVersionNumber()); !s)
        return s.error();
    if (!pgRestore)
        return pgRestore.error();

    auto size = conn->query(u"SELECT pg_database_size(current_database())"_s);
    if (!size)
        return size.error();
    const qint64 databaseBytes = size->next() ? size->value(0).toLongLong() : 0;
    bool exists = false;
    if (Status s = checkDirectory(dir, exists); !s)
        return s.error();
    if (Status s = checkFreeSpace(dir, databaseBytes, options); !s)
        return s.error();

    // One snapshot for everything: the schema, the row counts and pg_dump (--snapshot) all see
    // the same committed state, so restore can verify against exact figures.
    if (Status s = conn->exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s); !s)
        return s.error();
    QString snapshotId;
    if (auto q = conn->query(u"SELECT pg_export_snapshot()"_s); q && q->next())
        snapshotId = q->value(0).toString();
    if (isCancelled(options))
        return cancelled();

    Cleanup cleanup(dir);
    if (Status s = createDirectory(dir, exists, cleanup); !s)
        return s.error();
#ifdef SCHEMAMEDIC_FAULT_INJECTION
    faultInjectionPoint(u"backup_writing"_s); // after the free-space check, before any byte
#endif
    const QString fileName = backupDataFileName(Dialect::Postgres);
    const QString dumpPath = QDir(dir).filePath(fileName);
    cleanup.add(dumpPath);

    PgPassFile passFile;
    const QString password = effectivePassword(spec);
    if (!password.isEmpty())
        if (Status s = passFile.write(password); !s)
            return s.error();
    ChildOptions child;
    child.environment = postgresToolEnvironment(passFile.path());
    // The schema and the row counts are read in our snapshot while pg_dump copies it: both
    // scan every table, and one after the other cost a tenth more than pg_dump alone
    // (bench/RESULTS.md). A failure of either stops pg_dump; Cleanup removes what it wrote.
    std::optional<Result<Schema>> schema;
    std::optional<Result<QMap<QString, qint64>>> counts;
    child.whileRunning = [&] {
        report(options, 0, 0, BackupText::tr("reading the schema and counting rows"));
        IntrospectOptions inSnapshot;
        inSnapshot.parallel = false; // read inside the snapshot the copy is made from
        schema.emplace(introspect(*conn, inSnapshot));
        if (!schema->ok())
            return;
        // pg_dump needs the machine more than the counts do, which only have to end before it
        // does: no parallel workers. A count of 2.5 million rows took three processes and made
        // pg_dump 0.25 s slower on two cores (bench/ANALYSIS.md). For this transaction only.
        if (Status s = conn->exec(u"SET LOCAL max_parallel_workers_per_gather = 0"_s); !s) {
            counts.emplace(s.error());
            return;
        }
        counts.emplace(countRows(*conn, **schema));
    };
    child.cancelled = [&] {
        return (schema && !schema->ok()) || (counts && !counts->ok()) || isCancelled(options);
    };
    child.tick = [&] {
        report(options, QFileInfo(dumpPath).size(), databaseBytes, BackupText::tr("pg_dump"));
    };
    QStringList args{u"-Fc"_s, u"--lock-wait-timeout=%1"_s.arg(options.lockWaitTimeoutMs), u"-f"_s,
                     dumpPath};
    if (!snapshotId.isEmpty())
        args << u"--snapshot=%1"_s.arg(snapshotId);
    args << postgresConnectionArguments(spec);
    spdlog::info("backup of {} with {} into {}", spec.redacted(), pgDump->program, dumpPath);
    const ChildOutcome dump = runChild(pgDump->program, args, child);
    (void)conn->exec(u"ROLLBACK"_s);
    if (schema && !schema->ok())
        return schema->error();
    if (counts && !counts->ok())
        return counts->error();
    if (dump.cancelled)
        return cancelled();
    if (!dump.ok())
        return makeError(ErrorKind::Input,
                         BackupText::tr("pg_dump could not back up %1.").arg(spec.displayName()),
                         redactSecrets(dump.errorText.isEmpty() ? dump.output : dump.errorText));
    if (!QFileInfo(dumpPath).isFile())
        return makeError(ErrorKind::Internal,
                         BackupText::tr("pg_dump finished but wrote no file."));

    report(options, 0, 0,
           BackupText::tr("checking the archive with pg_restore --list, computing checksums"));
    ChildOptions listOptions;
    listOptions.environment = postgresToolEnvironment({});
    listOptions.cancelled = options.cancelled;
    // Both only read the finished archive: the checksum is computed while pg_restore reads.
    std::optional<Result<BackupFile>> file;
    listOptions.whileRunning = [&] { file.emplace(describeFile(dir, fileName)); };
    const ChildOutcome list = runChild(pgRestore->program, {u"--list"_s, dumpPath}, listOptions);
    if (list.cancelled)
        return cancelled();
    if (!list.ok())
        return makeError(
            ErrorKind::Input,
            BackupText::tr("The backup archive cannot be read back (pg_restore --list failed)."),
            list.errorText.isEmpty() ? list.output : list.errorText);
    int entries = 0;
    for (const QString &line : list.output.split(u'\n'))
        if (!line.trimmed().isEmpty() && !line.startsWith(u';'))
            ++entries;

    if (!file->ok()) // set: whileRunning ran once pg_restore started
        return file->error();

    BackupResult r;
    r.directory = QFileInfo(dir).absoluteFilePath();
    r.manifest.created = QDateTime::currentDateTimeUtc();
    r.manifest.toolVersion = QCoreApplication::applicationVersion();
    r.manifest.source = spec.redacted();
    r.manifest.engine = Dialect::Postgres;
    r.manifest.database = spec.database;
    r.manifest.serverVersion = conn->serverVersion();
    r.manifest.serverVersionNumber = conn->serverVersionNumber();
    r.manifest.tools.insert(u"pg_dump"_s, pgDump->versionText);
    r.manifest.tools.insert(u"pg_restore"_s, pgRestore->versionText);
    r.manifest.files = {**file};
    r.manifest.rowCounts = std::move(**counts); // set: whileRunning ran once pg_dump started
    r.manifest.verification = QJsonObject{{u"method"_s, u"pg_restore --list"_s},
                                          {u"ok"_s, true},
                                          {u"entries"_s, entries},
                                          {u"consistentSnapshot"_s, !snapshotId.isEmpty()}};
    r.manifest.schema = std::move(**schema);
    r.verification = BackupText::tr("pg_restore --list read %1 entries").arg(entries);
    r.totalBytes = (*file)->size;
    cleanup.add(QDir(dir).filePath(kManifestFileName.toString()));
    if (Status s = writeManifest(r.manifest, dir); !s)
        return s.error();
    r.manifestPath = QDir(r.directory).filePath(kManifestFileName.toString());
    r.elapsedMs = timer.elapsed();
    cleanup.keep();
    return r;
}

// ---- SQLite -------------------------------------------------------------------------------

QString sqliteMessage(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// Copies `src` into `dest` with the online backup API, in steps; busy/locked steps are retried
// (another process is writing; the API restarts by itself when the source changed).
Status copyWithBackupApi(sqlite3 *dest, sqlite3 *src, int pagesPerStep, int lockWaitMs,
                         const std::function<void(int, int)> &progress,
                         const std::function<bool()> &cancelled, bool &wasCancelled)
{
    wasCancelled = false;
    sqlite3_backup *b = sqlite3_backup_init(dest, "main", src, "main");
    if (!b)
        return makeError(ErrorKind::Input, BackupText::tr("The SQLite backup cannot start."),
                         sqliteMessage(dest));
    int rc = SQLITE_OK;
    QElapsedTimer busySince;
    do {
        rc = sqlite3_backup_step(b, pagesPerStep);
        if (progress)
            progress(sqlite3_backup_pagecount(b) - sqlite3_backup_remaining(b),
                     sqlite3_backup_pagecount(b));
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (!busySince.isValid())
                busySince.start();
            if (busySince.elapsed() > lockWaitMs)
                break;
            sqlite3_sleep(50);
            rc = SQLITE_OK;
        } else {
            busySince.invalidate();
        }
        if (cancelled && cancelled()) {
            wasCancelled = true;
            break;
        }
    } while (rc == SQLITE_OK);
    const int finish = sqlite3_backup_finish(b);
    if (wasCancelled)
        return {};
    if (rc != SQLITE_DONE || finish != SQLITE_OK) {
        const int code = rc != SQLITE_DONE ? rc : finish;
        if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED)
            return makeError(
                ErrorKind::Input,
                BackupText::tr("The SQLite database stayed locked by another process."),
                QString::fromUtf8(sqlite3_errstr(code)));
        return makeError(ErrorKind::Input, BackupText::tr("The SQLite backup failed."),
                         QString::fromUtf8(sqlite3_errstr(code)) + u": "_s + sqliteMessage(dest));
    }
    return {};
}

struct SqliteCheck
{
    QString integrity;      // "ok" or the first problems
    QJsonArray foreignKeys; // rows of foreign_key_check
};

Result<SqliteCheck> checkSqliteCopy(Connection &copy)
{
    SqliteCheck c;
    auto ic = copy.query(u"PRAGMA integrity_check"_s);
    if (!ic)
        return ic.error();
    QStringList problems;
    while (ic->next() && problems.size() < 20)
        problems << ic->value(0).toString();
    c.integrity = problems.join(u"; "_s);
    auto fk = copy.query(u"PRAGMA foreign_key_check"_s);
    if (!fk)
        return fk.error();
    while (fk->next())
        c.foreignKeys.append(QJsonObject{{u"table"_s, fk->value(0).toString()},
                                         {u"rowid"_s, fk->value(1).toLongLong()},
                                         {u"parent"_s, fk->value(2).toString()},
                                         {u"fkid"_s, fk->value(3).toInt()}});
    return c;
}

Result<BackupResult> backupSqlite(const ConnectionSpec &spec, const QString &dir,
                                  const BackupOptions &options, QElapsedTimer &timer)
{
    auto conn = Connection::open(spec, AccessMode::ReadOnly);
    if (!conn) {
        // A writer that died mid-transaction left a hot journal: only a read-write open rolls it
        // back, and a backup does not write to the database it copies (nor delete the journal).
        if (QFileInfo(spec.path + u"-journal"_s).size() > 0)
            return makeError(
                ErrorKind::Input,
                BackupText::tr("%1 has a journal left by a writer that stopped mid-transaction "
                               "(%1-journal); SQLite rolls it back the next time the database "
                               "is opened for writing, and only then can it be backed up.")
                    .arg(spec.path),
                conn.error().toString());
        return conn.error();
    }
    const qint64 databaseBytes =
        QFileInfo(spec.path).size() + QFileInfo(spec.path + u"-wal"_s).size();
    bool exists = false;
    if (Status s = checkDirectory(dir, exists); !s)
        return s.error();
    if (Status s = checkFreeSpace(dir, databaseBytes, options); !s)
        return s.error();

    // A read transaction held over schema, counts and copy: one consistent state for all three
    // (in WAL mode writers go on; in rollback mode they wait for us).
    if (Status s = conn->exec(u"BEGIN"_s); !s)
        return s.error();
    auto journalMode = conn->query(u"PRAGMA journal_mode"_s);
    const QString sourceJournalMode =
        journalMode && journalMode->next() ? journalMode->value(0).toString() : QString();
    report(options, 0, 0, BackupText::tr("reading the schema"));
    IntrospectOptions inSnapshot;
    inSnapshot.parallel = false; // read inside the snapshot the copy is made from
    auto schema = introspect(*conn, inSnapshot);
    if (!schema) {
        (void)conn->exec(u"ROLLBACK"_s);
        return schema.error();
    }
    auto counts = countRows(*conn, *schema);
    if (!counts) {
        (void)conn->exec(u"ROLLBACK"_s);
        return counts.error();
    }

    Cleanup cleanup(dir);
    if (Status s = createDirectory(dir, exists, cleanup); !s)
        return s.error();
#ifdef SCHEMAMEDIC_FAULT_INJECTION
    faultInjectionPoint(u"backup_writing"_s); // after the free-space check, before any byte
#endif
    const QString fileName = backupDataFileName(Dialect::Sqlite);
    const QString copyPath = QDir(dir).filePath(fileName);
    cleanup.add(copyPath);

    sqlite3 *dest = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(copyPath).constData(), &dest,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        const QString m = sqliteMessage(dest);
        sqlite3_close(dest);
        (void)conn->exec(u"ROLLBACK"_s);
        return makeError(ErrorKind::Input,
                         BackupText::tr("The backup file %1 cannot be created.").arg(copyPath), m);
    }
    bool wasCancelled = false;
    Status copied = copyWithBackupApi(
        dest, conn->sqliteHandle(), std::max(1, options.sqlitePagesPerStep),
        options.lockWaitTimeoutMs,
        [&](int done, int total) { report(options, done, total, BackupText::tr("copying pages")); },
        options.cancelled, wasCancelled);
    if (copied && !wasCancelled) {
        // The copy inherits WAL mode from a WAL source; a backup is a single self-contained file,
        // and reading it back read-only must not need -wal/-shm beside it.
        sqlite3_exec(dest, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    }
    sqlite3_close(dest);
    (void)conn->exec(u"ROLLBACK"_s);
    if (wasCancelled)
        return cancelled();
    if (!copied)
        return copied.error();

    // Verification happens on the copy, opened read-only, never on the live database.
    report(options, 0, 0, BackupText::tr("checking the copy"));
    SqliteCheck check;
    QString journalOfCopy;
    {
        ConnectionSpec copySpec;
        copySpec.dialect = Dialect::Sqlite;
        copySpec.path = copyPath;
        auto copy = Connection::open(copySpec, AccessMode::ReadOnly);
        if (!copy)
            return makeError(ErrorKind::Input,
                             BackupText::tr("The backup copy cannot be opened to check it."),
                             copy.error().toString());
        auto checked = checkSqliteCopy(*copy);
        if (!checked)
            return checked.error();
        check = std::move(*checked);
        if (check.integrity != u"ok")
            return makeError(
                ErrorKind::Input,
                BackupText::tr("The backup copy fails PRAGMA integrity_check; it was not kept."),
                check.integrity);
        auto copyCounts = countRows(*copy, *schema);
        if (!copyCounts)
            return copyCounts.error();
        if (*copyCounts != *counts)
            return makeError(
                ErrorKind::Internal,
                BackupText::tr("The backup copy does not hold the rows the database held; it "
                               "was not kept."));
        if (auto q = copy->query(u"PRAGMA journal_mode"_s); q && q->next())
            journalOfCopy = q->value(0).toString();
    } // the copy is closed before it is hashed

    auto file = describeFile(dir, fileName);
    if (!file)
        return file.error();

    BackupResult r;
    r.directory = QFileInfo(dir).absoluteFilePath();
    r.manifest.created = QDateTime::currentDateTimeUtc();
    r.manifest.toolVersion = QCoreApplication::applicationVersion();
    r.manifest.source = spec.redacted();
    r.manifest.engine = Dialect::Sqlite;
    r.manifest.database = spec.displayName();
    r.manifest.serverVersion = conn->serverVersion();
    r.manifest.serverVersionNumber = conn->serverVersionNumber();
    r.manifest.tools.insert(u"sqlite"_s, QString::fromLatin1(sqlite3_libversion()));
    r.manifest.files = {*file};
    r.manifest.rowCounts = std::move(*counts);
    r.manifest.verification =
        QJsonObject{{u"method"_s, u"sqlite3_backup + PRAGMA integrity_check"_s},
                    {u"integrityCheck"_s, check.integrity},
                    {u"foreignKeyViolations"_s, check.foreignKeys.size()},
                    {u"foreignKeyCheck"_s, check.foreignKeys},
                    {u"rowCountsMatch"_s, true},
                    {u"sourceJournalMode"_s, sourceJournalMode},
                    {u"copyJournalMode"_s, journalOfCopy}};
    r.manifest.schema = std::move(*schema);
    r.verification =
        check.foreignKeys.isEmpty()
            ? BackupText::tr("integrity_check ok, foreign_key_check clean, row counts match")
            : BackupText::tr("integrity_check ok, %1 foreign-key violations (as in the source), "
                             "row counts match")
                  .arg(check.foreignKeys.size());
    r.totalBytes = file->size;
    cleanup.add(QDir(dir).filePath(kManifestFileName.toString()));
    if (Status s = writeManifest(r.manifest, dir); !s)
        return s.error();
    r.manifestPath = QDir(r.directory).filePath(kManifestFileName.toString());
    r.elapsedMs = timer.elapsed();
    cleanup.keep();
    return r;
}

} // namespace

QString backupDataFileName(Dialect dialect)
{
    return dialect == Dialect::Postgres ? u"database.dump"_s : u"database.sqlite"_s;
}

Result<BackupResult> takeBackup(const ConnectionSpec &spec, const QString &dir,
                                const BackupOptions &options)
{
    if (dir.trimmed().isEmpty())
        return makeError(ErrorKind::Usage,
                         BackupText::tr("A backup needs a folder to write into."));
    const QString absDir = QFileInfo(dir).absoluteFilePath();
    QElapsedTimer timer;
    timer.start();
    auto r = spec.dialect == Dialect::Postgres ? backupPostgres(spec, absDir, options, timer)
                                               : backupSqlite(spec, absDir, options, timer);
    if (!r && isDiskFull(r.error()))
        r = diskFullError(absDir, r.error());
    if (r)
        spdlog::info("backup of {} verified in {} ms: {} ({} bytes, sha256 {})", spec.redacted(),
                     r->elapsedMs, r->directory, r->totalBytes, r->manifest.files.first().sha256);
    else
        spdlog::info("backup of {} failed: {}", spec.redacted(), r.error().message);
    return r;
}

} // namespace sm
