// SPDX-License-Identifier: MIT
#include "Restore.h"

#include "db/Connection.h"
#include "diff/Diff.h"
#include "introspect/Introspector.h"
#include "log/Log.h"
#include "run/Backup.h"
#include "run/ChildProcess.h"
#include "run/Manifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sm {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sm::Restore", text);
}

void report(const RestoreOptions &o, qint64 done, qint64 total, const QString &what)
{
    if (o.progress)
        o.progress(done, total, what);
}

// Every file is checked before anything else happens: a backup that changed since it was
// written is never restored, whatever changed in it.
Status verifyFiles(const BackupManifest &m, const QString &dir, const RestoreOptions &options)
{
    const QString dataFile = backupDataFileName(m.engine);
    if (!m.file(dataFile))
        return makeError(ErrorKind::Input,
                         tr("The backup manifest in %1 does not list %2.").arg(dir, dataFile));
    for (const BackupFile &f : m.files) {
        const QString path = QDir(dir).filePath(f.name);
        const QFileInfo info(path);
        if (!info.isFile())
            return makeError(
                ErrorKind::Input,
                tr("The backup file %1 is missing; this backup cannot be restored.").arg(path));
        if (info.size() != f.size)
            return makeError(ErrorKind::Input,
                             tr("The backup file %1 has changed since the backup was taken (%2 "
                                "bytes, the manifest says %3); it is not restored.")
                                 .arg(path)
                                 .arg(info.size())
                                 .arg(f.size));
        auto sha = sha256OfFile(path, [&](qint64 done) {
            report(options, done, f.size, tr("checking %1").arg(f.name));
        });
        if (!sha)
            return sha.error();
        if (*sha != f.sha256)
            return makeError(ErrorKind::Input,
                             tr("The backup file %1 has changed since the backup was taken (its "
                                "SHA-256 does not match the manifest); it is not restored.")
                                 .arg(path),
                             u"expected %1\nactual   %2"_s.arg(f.sha256, *sha));
    }
    return {};
}

QString targetDatabaseName(const ConnectionSpec &target)
{
    return target.dialect == Dialect::Postgres ? target.database : target.displayName();
}

QString describe(const Difference &d)
{
    return diffKindName(d.kind) + u' ' + d.object;
}

// Compares the restored database with the manifest: schema by diff(), rows by exact counts.
Status verifyAgainstManifest(const ConnectionSpec &target, const BackupManifest &m,
                             const QStringList &keptExtras, RestoreReport &rep)
{
    auto conn = Connection::open(target, AccessMode::ReadOnly);
    if (!conn)
        return conn.error();
    auto actual = introspect(*conn);
    if (!actual)
        return actual.error();
    DiffOptions options;
    options.detectRenames = false;
    const SchemaDiff d = diff(m.schema, *actual, options);
    QStringList problems;
    for (const Difference &x : d.differences) {
        const QString text = describe(x);
        if (keptExtras.contains(text))
            continue;
        problems << text;
    }
    auto counts = countRows(*conn, m.schema);
    if (!counts)
        return counts.error();
    for (auto it = m.rowCounts.cbegin(); it != m.rowCounts.cend(); ++it) {
        const qint64 now = counts->value(it.key(), -1);
        if (now != it.value())
            problems << tr("%1 has %2 rows, the backup had %3")
                            .arg(it.key())
                            .arg(now < 0 ? tr("no") : QString::number(now))
                            .arg(it.value());
        else
            rep.rowsVerified += now;
    }
    rep.tablesVerified = static_cast<int>(m.rowCounts.size());
    if (problems.isEmpty())
        return {};
    const qsizetype shown = std::min<qsizetype>(problems.size(), 20);
    return makeError(ErrorKind::Internal,
                     tr("The restored database differs from the backup in %1 places: %2.")
                         .arg(problems.size())
                         .arg(problems.mid(0, 3).join(u"; "_s)),
                     problems.mid(0, shown).join(u'\n'));
}

Status restorePostgres(const ConnectionSpec &target, const QString &dataFile,
                       const BackupManifest &m, const RestoreOptions &options)
{
    auto pgRestore = findPostgresTool(u"pg_restore"_s);
    if (!pgRestore)
        return pgRestore.error();
    // An archive is readable by pg_restore of its pg_dump's major version or newer.
    const int dumpVersion =
        parsePostgresVersion(m.tools.value(u"pg_dump"_s).section(u"(PostgreSQL)"_s, 1).trimmed());
    if (dumpVersion / 10000 > pgRestore->major())
        return makeError(ErrorKind::Input,
                         tr("pg_restore %1 cannot read an archive written by pg_dump %2; install "
                            "postgresql-client-%2 or newer.")
                             .arg(pgRestore->major())
                             .arg(dumpVersion / 10000),
                         pgRestore->program);
    PgPassFile passFile;
    const QString password = effectivePassword(target);
    if (!password.isEmpty())
        if (Status s = passFile.write(password); !s)
            return s.error();
    ChildOptions child;
    child.environment = postgresToolEnvironment(passFile.path());
    // A restore waiting for a lock the application holds would queue every later query of the
    // application behind it. The archive itself sets lock_timeout = 0, so a watchdog session
    // cancels pg_restore's statement once it has waited too long: its transaction rolls back.
    const QString appName = u"schemamedic-restore-%1"_s.arg(QCoreApplication::applicationPid());
    child.environment.insert(u"PGAPPNAME"_s, appName);
    auto watchdog = Connection::open(target, AccessMode::ReadOnly);
    bool stoppedForLock = false;
    QElapsedTimer sincePoll;
    sincePoll.start();
    child.cancelled = options.cancelled;
    child.tick = [&] {
        report(options, 0, 0, tr("pg_restore"));
        if (!watchdog || sincePoll.elapsed() < 200)
            return;
        sincePoll.restart();
        auto q = watchdog->query(
            u"SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE application_name = ? "
            "AND wait_event_type = 'Lock' AND now() - query_start > ? * interval '1 ms'"_s,
            {appName, options.lockWaitTimeoutMs});
        while (q && q->next())
            stoppedForLock = stoppedForLock || q->value(0).toBool();
    };
    QStringList args{u"--clean"_s, u"--if-exists"_s, u"--single-transaction"_s, u"--no-owner"_s,
                     u"--exit-on-error"_s};
    args << postgresConnectionArguments(target) << dataFile;
    spdlog::info("restore of {} into {} with {}", dataFile, target.redacted(), pgRestore->program);
    const ChildOutcome r = runChild(pgRestore->program, args, child);
    if (r.cancelled)
        return makeError(ErrorKind::Input,
                         tr("The restore was cancelled; its transaction was rolled back."));
    if (!r.ok() && stoppedForLock)
        return makeError(ErrorKind::Query,
                         tr("pg_restore waited more than %1 ms for a lock another session holds; "
                            "it was stopped, its single transaction rolled back, and the database "
                            "is as it was.")
                             .arg(options.lockWaitTimeoutMs),
                         redactSecrets(r.output));
    if (!r.ok())
        return makeError(ErrorKind::Query,
                         tr("pg_restore failed; its single transaction was rolled back and the "
                            "database is as it was."),
                         redactSecrets(r.errorText.isEmpty() ? r.output : r.errorText));
    return {};
}

Status restoreSqlite(Connection &live, const QString &dataFile, const RestoreOptions &options)
{
    sqlite3 *copy = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(dataFile).constData(), &copy, SQLITE_OPEN_READONLY,
                        nullptr) != SQLITE_OK) {
        const QString m = QString::fromUtf8(sqlite3_errmsg(copy));
        sqlite3_close(copy);
        return makeError(ErrorKind::Input, tr("The backup copy %1 cannot be opened.").arg(dataFile),
                         m);
    }
    sqlite3 *dest = live.sqliteHandle();
    // One backup-API run is one write transaction on the live file: until the last page is
    // written nothing is visible, and a failure or a cancel rolls it back.
    sqlite3_backup *b = sqlite3_backup_init(dest, "main", copy, "main");
    if (!b) {
        const QString m = QString::fromUtf8(sqlite3_errmsg(dest));
        sqlite3_close(copy);
        return makeError(ErrorKind::Input,
                         tr("The restore cannot start on %1.").arg(live.spec().path), m);
    }
    int rc = SQLITE_OK;
    QElapsedTimer busySince;
    bool cancelled = false;
    do {
        rc = sqlite3_backup_step(b, 256);
        report(options, sqlite3_backup_pagecount(b) - sqlite3_backup_remaining(b),
               sqlite3_backup_pagecount(b), tr("writing pages"));
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (!busySince.isValid())
                busySince.start();
            if (busySince.elapsed() > options.lockWaitTimeoutMs)
                break;
            sqlite3_sleep(50);
            rc = SQLITE_OK;
        } else {
            busySince.invalidate();
        }
        if (rc == SQLITE_OK && options.cancelled && options.cancelled()) {
            cancelled = true;
            break;
        }
    } while (rc == SQLITE_OK);
    const int finish = sqlite3_backup_finish(b);
    sqlite3_close(copy);
    if (cancelled)
        return makeError(ErrorKind::Input,
                         tr("The restore was cancelled; its transaction was rolled back."));
    if (rc != SQLITE_DONE || finish != SQLITE_OK) {
        const int code = rc != SQLITE_DONE ? rc : finish;
        const bool locked = (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED;
        return makeError(ErrorKind::Query,
                         locked ? tr("%1 stayed locked by another process; the restore was rolled "
                                     "back and the database is as it was.")
                                      .arg(live.spec().path)
                                : tr("The restore into %1 failed and was rolled back; the database "
                                     "is as it was.")
                                      .arg(live.spec().path),
                         QString::fromUtf8(sqlite3_errstr(code)));
    }
    return {};
}

QString formatCount(qint64 n)
{
    return QLocale::c().toString(n);
}

} // namespace

Status restoreBackup(const ConnectionSpec &target, const QString &dirIn, Confirmer &confirmer,
                     const RestoreOptions &options, RestoreReport *reportOut)
{
    RestoreReport local;
    RestoreReport &rep = reportOut ? *reportOut : local;
    rep = RestoreReport{};
    QElapsedTimer timer;
    timer.start();
    const QString dir = QFileInfo(dirIn).absoluteFilePath();

    auto manifest = readManifest(dir);
    if (!manifest)
        return manifest.error();
    const BackupManifest &m = *manifest;
    if (m.engine != target.dialect)
        return makeError(
            ErrorKind::Input,
            tr("This is a %1 backup; it cannot be restored into a %2 database.")
                .arg(m.engine == Dialect::Postgres ? u"PostgreSQL"_s : u"SQLite"_s,
                     target.dialect == Dialect::Postgres ? u"PostgreSQL"_s : u"SQLite"_s));
    const QString targetName = targetDatabaseName(target);
    if (m.database != targetName && !options.allowOtherDatabase)
        return makeError(ErrorKind::Input,
                         tr("This backup is of the database \"%1\", not \"%2\"; it is not restored "
                            "into another database unless that is asked for explicitly.")
                             .arg(m.database, targetName),
                         tr("backup source: %1").arg(m.source));
    if (Status s = verifyFiles(m, dir, options); !s)
        return s;
    const QString dataFile = QDir(dir).filePath(backupDataFileName(m.engine));

    // Opening read-write is also what makes SQLite roll back a hot journal left by a crashed
    // writer before we look at anything; we never delete a -journal or -wal file ourselves.
    auto live = Connection::open(target, AccessMode::ReadWrite);
    if (!live)
        return live.error();
    auto before = introspect(*live);
    if (!before)
        return before.error();
    DiffOptions diffOptions;
    diffOptions.detectRenames = false;
    const SchemaDiff pending = diff(m.schema, *before, diffOptions);

    QStringList summary;
    qint64 rows = 0;
    for (qint64 n : m.rowCounts)
        rows += n;
    summary << tr("Restore the backup of %1 taken %2 (%3 tables, %4 rows)")
                   .arg(m.source, m.created.toString(Qt::ISODate))
                   .arg(m.rowCounts.size())
                   .arg(formatCount(rows));
    summary << tr("into %1, replacing its current contents.").arg(target.redacted());
    QStringList keptExtras;
    QStringList removed;
    for (const Difference &d : pending.differences) {
        if (!isExtraKind(d.kind))
            continue;
        if (m.engine == Dialect::Postgres)
            keptExtras << describe(d); // pg_restore --clean only replaces what the archive has
        else if (d.kind == DiffKind::ExtraTable)
            removed << d.object;
    }
    if (!pending.isEmpty())
        summary << tr("The database differs from the backup in %1 places now.")
                       .arg(pending.differences.size());
    // Only the tables both sides have: a table dropped since the backup would fail the count.
    Schema common = m.schema;
    common.tables.removeIf([&](const Table &t) { return !before->table(t.qualifiedName()); });
    if (auto now = countRows(*live, common)) {
        QStringList changed;
        for (auto it = now->cbegin(); it != now->cend(); ++it)
            if (m.rowCounts.value(it.key(), -1) != it.value())
                changed << tr("%1 has %2 rows (the backup: %3)")
                               .arg(it.key(), formatCount(it.value()),
                                    formatCount(m.rowCounts.value(it.key())));
        if (!changed.isEmpty())
            summary << changed.join(u"; "_s) + u'.';
    }
    if (!removed.isEmpty())
        summary << tr("Tables the backup does not have will be removed with their rows: %1.")
                       .arg(removed.join(u", "_s));
    if (!keptExtras.isEmpty())
        summary
            << tr("Objects the backup does not have are kept: %1.").arg(keptExtras.join(u", "_s));

    ConfirmRequest request;
    request.action = u"restore"_s;
    request.databaseName = targetName;
    request.summary = summary.join(u'\n');
    request.requireTypedName = true;
    if (!confirmer.confirm(request))
        return makeError(ErrorKind::Usage,
                         tr("The restore was not confirmed; nothing was changed."));
    if (options.cancelled && options.cancelled())
        return makeError(ErrorKind::Input, tr("The restore was cancelled; nothing was changed."));

    spdlog::info("restoring {} into {}", dir, target.redacted());
    Status applied;
    if (m.engine == Dialect::Sqlite) {
        applied = restoreSqlite(*live, dataFile, options);
        live = makeError(ErrorKind::Internal, QString()); // closed before verification
    } else {
        live = makeError(ErrorKind::Internal, QString());
        applied = restorePostgres(target, dataFile, m, options);
    }
    if (!applied) {
        rep.outcome = RestoreOutcome::RolledBack;
        rep.elapsedMs = timer.elapsed();
        return applied;
    }
    report(options, 0, 0, tr("verifying"));
    Status verified = verifyAgainstManifest(target, m, keptExtras, rep);
    rep.warnings = keptExtras;
    rep.elapsedMs = timer.elapsed();
    if (!verified) {
        rep.outcome = RestoreOutcome::NotVerified;
        spdlog::error("restore of {} into {} not verified: {}", dir, target.redacted(),
                      verified.error().details);
        return verified;
    }
    rep.outcome = RestoreOutcome::Restored;
    spdlog::info("restored {} into {} and verified ({} tables, {} rows) in {} ms", dir,
                 target.redacted(), rep.tablesVerified, rep.rowsVerified, rep.elapsedMs);
    return {};
}

} // namespace sm
