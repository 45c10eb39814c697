// SPDX-License-Identifier: MIT
#include "Restore.h"

#include "db/Connection.h"
#include "diff/Diff.h"
#include "introspect/Introspector.h"
#include "log/Log.h"
#include "plan/Plan.h"
#include "run/Backup.h"
#include "run/ChildProcess.h"
#include "run/Manifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sm {
namespace {

// This file's messages: lupdate files them under sm::Restore, the context the runtime looks up.
struct RestoreText
{
    Q_DECLARE_TR_FUNCTIONS(sm::Restore)
};

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
        return makeError(
            ErrorKind::Input,
            RestoreText::tr("The backup manifest in %1 does not list %2.").arg(dir, dataFile));
    for (const BackupFile &f : m.files) {
        const QString path = QDir(dir).filePath(f.name);
        const QFileInfo info(path);
        if (!info.isFile())
            return makeError(
                ErrorKind::Input,
                RestoreText::tr("The backup file %1 is missing; this backup cannot be restored.")
                    .arg(path));
        if (info.size() != f.size)
            return makeError(
                ErrorKind::Input,
                RestoreText::tr("The backup file %1 has changed since the backup was taken (%2 "
                                "bytes, the manifest says %3); it is not restored.")
                    .arg(path)
                    .arg(info.size())
                    .arg(f.size));
        auto sha = sha256OfFile(
            path,
            [&](qint64 done) {
                report(options, done, f.size, RestoreText::tr("checking %1").arg(f.name));
            },
            options.cancelled);
        if (options.cancelled && options.cancelled())
            return makeError(ErrorKind::Input,
                             RestoreText::tr("The restore was cancelled; nothing was changed."));
        if (!sha)
            return sha.error();
        if (*sha != f.sha256)
            return makeError(
                ErrorKind::Input,
                RestoreText::tr("The backup file %1 has changed since the backup was taken (its "
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
                             RestoreReport &rep)
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
    for (const Difference &x : d.differences)
        problems << describe(x);
    auto counts = countRows(*conn, m.schema);
    if (!counts)
        return counts.error();
    for (auto it = m.rowCounts.cbegin(); it != m.rowCounts.cend(); ++it) {
        const qint64 now = counts->value(it.key(), -1);
        if (now != it.value())
            problems << RestoreText::tr("%1 has %2 rows, the backup had %3")
                            .arg(it.key())
                            .arg(now < 0 ? RestoreText::tr("no") : QString::number(now))
                            .arg(it.value());
        else
            rep.rowsVerified += now;
    }
    rep.tablesVerified = static_cast<int>(m.rowCounts.size());
    if (problems.isEmpty())
        return {};
    const qsizetype shown = std::min<qsizetype>(problems.size(), 20);
    return makeError(
        ErrorKind::Internal,
        RestoreText::tr("The restored database differs from the backup in %1 places: %2.")
            .arg(problems.size())
            .arg(problems.mid(0, 3).join(u"; "_s)),
        problems.mid(0, shown).join(u'\n'));
}

// What the live database has and the backup does not, as DROP statements (PostgreSQL).
// pg_restore --clean drops and re-creates only what its archive holds: a foreign key a repair
// added still references a primary key the archive wants to drop, and a table the repair
// created would outlive the restore. These statements run first, in the restore's own
// transaction, so the result is the backup and nothing else. CASCADE only reaches objects
// that are either extras too or about to be dropped and re-created from the archive.
struct ExtraObject
{
    QString description; // "extra_table public.notes"
    QString dropSql;
};

QList<ExtraObject> postgresExtras(const Schema &backup, const Schema &live)
{
    constexpr Dialect pg = Dialect::Postgres;
    QList<ExtraObject> out;
    auto add = [&](const QString &kind, const QString &object, const QString &sql) {
        out.append({kind + u' ' + object, sql});
    };
    QSet<QString> schemas(backup.schemas.cbegin(), backup.schemas.cend());
    for (const QString &name : live.schemas)
        if (!schemas.contains(name))
            add(u"extra_schema"_s, name,
                u"DROP SCHEMA IF EXISTS %1 CASCADE;"_s.arg(quoteIdent(pg, name)));
    for (const Table &t : live.tables) {
        const QString qn = quoteQualified(pg, t.schema, t.name);
        const Table *old = backup.table(t.schema, t.name);
        if (!old) {
            add(diffKindName(DiffKind::ExtraTable), t.qualifiedName(),
                (t.kind == TableKind::ForeignTable ? u"DROP FOREIGN TABLE IF EXISTS %1 CASCADE;"_s
                                                   : u"DROP TABLE IF EXISTS %1 CASCADE;"_s)
                    .arg(qn));
            continue;
        }
        // Other extras of a table in the archive go with the table when it is re-created;
        // only constraints can hold on to objects elsewhere (a foreign key on a key).
        for (const Constraint &c : t.constraints) {
            const bool known = std::any_of(old->constraints.cbegin(), old->constraints.cend(),
                                           [&](const Constraint &o) { return o.name == c.name; });
            if (!known && !c.name.isEmpty())
                add(diffKindName(DiffKind::ExtraConstraint), t.qualifiedName() + u'.' + c.name,
                    u"ALTER TABLE IF EXISTS ONLY %1 DROP CONSTRAINT IF EXISTS %2 CASCADE;"_s.arg(
                        qn, quoteIdent(pg, c.name)));
        }
    }
    auto known = [](const auto &list, const QString &qualified) {
        return std::any_of(list.cbegin(), list.cend(),
                           [&](const auto &o) { return o.qualifiedName() == qualified; });
    };
    for (const View &v : live.views)
        if (!known(backup.views, v.qualifiedName()))
            add(diffKindName(DiffKind::ExtraView), v.qualifiedName(),
                (v.materialized ? u"DROP MATERIALIZED VIEW IF EXISTS %1 CASCADE;"_s
                                : u"DROP VIEW IF EXISTS %1 CASCADE;"_s)
                    .arg(quoteQualified(pg, v.schema, v.name)));
    for (const Sequence &q : live.sequences)
        if (!known(backup.sequences, q.qualifiedName()))
            add(diffKindName(DiffKind::ExtraSequence), q.qualifiedName(),
                u"DROP SEQUENCE IF EXISTS %1 CASCADE;"_s.arg(quoteQualified(pg, q.schema, q.name)));
    for (const Function &f : live.functions) {
        const bool there =
            std::any_of(backup.functions.cbegin(), backup.functions.cend(),
                        [&](const Function &o) { return o.signature() == f.signature(); });
        if (there)
            continue;
        const QString what = f.kind == u"procedure"   ? u"PROCEDURE"_s
                             : f.kind == u"aggregate" ? u"AGGREGATE"_s
                                                      : u"FUNCTION"_s;
        add(diffKindName(DiffKind::ExtraFunction), f.signature(),
            u"DROP %1 IF EXISTS %2(%3) CASCADE;"_s.arg(what, quoteQualified(pg, f.schema, f.name),
                                                       f.arguments));
    }
    for (const EnumType &e : live.enums)
        if (!known(backup.enums, e.qualifiedName()))
            add(diffKindName(DiffKind::ExtraEnum), e.qualifiedName(),
                u"DROP TYPE IF EXISTS %1 CASCADE;"_s.arg(quoteQualified(pg, e.schema, e.name)));
    for (const Domain &d : live.domains)
        if (!known(backup.domains, d.qualifiedName()))
            add(u"extra_domain"_s, d.qualifiedName(),
                u"DROP DOMAIN IF EXISTS %1 CASCADE;"_s.arg(quoteQualified(pg, d.schema, d.name)));
    return out;
}

Status restorePostgres(const ConnectionSpec &target, const QString &dataFile,
                       const BackupManifest &m, const QList<ExtraObject> &extras,
                       const RestoreOptions &options)
{
    auto pgRestore = findPostgresTool(u"pg_restore"_s);
    if (!pgRestore)
        return pgRestore.error();
    auto psql = findPostgresTool(u"psql"_s);
    if (!psql)
        return psql.error();
    // An archive is readable by pg_restore of its pg_dump's major version or newer.
    const int dumpVersion =
        parsePostgresVersion(m.tools.value(u"pg_dump"_s).section(u"(PostgreSQL)"_s, 1).trimmed());
    if (dumpVersion / 10000 > pgRestore->major())
        return makeError(
            ErrorKind::Input,
            RestoreText::tr("pg_restore %1 cannot read an archive written by pg_dump %2; install "
                            "postgresql-client-%2 or newer.")
                .arg(pgRestore->major())
                .arg(dumpVersion / 10000),
            pgRestore->program);

    // pg_restore turns the archive into a script (it holds the data: a private 0700 folder,
    // removed on every path); psql then runs our DROPs of the extras and that script in one
    // transaction that stops at the first error.
    QTemporaryDir work;
    if (!work.isValid())
        return makeError(
            ErrorKind::Input,
            RestoreText::tr("No temporary folder can be created for the restore script."),
            work.errorString());
    QFile::setPermissions(work.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString script = work.filePath(u"restore.sql"_s);
    const QString prelude = work.filePath(u"extras.sql"_s);
    {
        QSaveFile f(prelude);
        QByteArray text = "-- Objects the backup does not have (schemamedic restore)\n";
        for (const ExtraObject &x : extras)
            text += x.dropSql.toUtf8() + '\n';
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size() || !f.commit())
            return makeError(
                ErrorKind::Input,
                RestoreText::tr("The restore script cannot be written to %1.").arg(work.path()),
                f.errorString());
    }
    ChildOptions convert;
    convert.cancelled = options.cancelled;
    convert.tick = [&] { report(options, 0, 0, RestoreText::tr("pg_restore")); };
    const ChildOutcome c = runChild(pgRestore->program,
                                    {u"--clean"_s, u"--if-exists"_s, u"--no-owner"_s,
                                     u"--exit-on-error"_s, u"--file"_s, script, dataFile},
                                    convert);
    if (c.cancelled)
        return makeError(ErrorKind::Input,
                         RestoreText::tr("The restore was cancelled; nothing was changed."));
    if (!c.ok())
        return makeError(
            ErrorKind::Input,
            RestoreText::tr("pg_restore cannot read the archive %1; nothing was changed.")
                .arg(dataFile),
            c.errorText.isEmpty() ? c.output : c.errorText);

    PgPassFile passFile;
    const QString password = effectivePassword(target);
    if (!password.isEmpty())
        if (Status s = passFile.write(password); !s)
            return s.error();
    ChildOptions child;
    child.environment = postgresToolEnvironment(passFile.path());
    // A restore waiting for a lock the application holds would queue every later query of the
    // application behind it. The script itself sets lock_timeout = 0, so a watchdog session
    // cancels the restore's statement once it has waited too long: its transaction rolls back.
    const QString appName = u"schemamedic-restore-%1"_s.arg(QCoreApplication::applicationPid());
    child.environment.insert(u"PGAPPNAME"_s, appName);
    auto watchdog = Connection::open(target, AccessMode::ReadOnly);
    bool stoppedForLock = false;
    QElapsedTimer sincePoll;
    sincePoll.start();
    child.cancelled = options.cancelled;
    child.tick = [&] {
        report(options, 0, 0, RestoreText::tr("restoring"));
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
    QStringList args{u"--no-psqlrc"_s,
                     u"--quiet"_s,
                     u"--set=ON_ERROR_STOP=1"_s,
                     u"--single-transaction"_s,
                     u"--file"_s,
                     prelude,
                     u"--file"_s,
                     script};
    args << postgresConnectionArguments(target);
    spdlog::info("restore of {} into {} with {} and {} ({} extra objects dropped first)", dataFile,
                 target.redacted(), pgRestore->program, psql->program, extras.size());
    const ChildOutcome r = runChild(psql->program, args, child);
    if (r.cancelled)
        return makeError(
            ErrorKind::Input,
            RestoreText::tr("The restore was cancelled; its transaction was rolled back."));
    if (!r.ok() && stoppedForLock)
        return makeError(
            ErrorKind::Query,
            RestoreText::tr("The restore waited more than %1 ms for a lock another session holds; "
                            "it was stopped, its single transaction rolled back, and the database "
                            "is as it was.")
                .arg(options.lockWaitTimeoutMs),
            redactSecrets(r.output));
    if (!r.ok())
        return makeError(
            ErrorKind::Query,
            RestoreText::tr("The restore failed; its single transaction was rolled back and the "
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
        return makeError(ErrorKind::Input,
                         RestoreText::tr("The backup copy %1 cannot be opened.").arg(dataFile), m);
    }
    sqlite3 *dest = live.sqliteHandle();
    // One backup-API run is one write transaction on the live file: until the last page is
    // written nothing is visible, and a failure or a cancel rolls it back.
    sqlite3_backup *b = sqlite3_backup_init(dest, "main", copy, "main");
    if (!b) {
        const QString m = QString::fromUtf8(sqlite3_errmsg(dest));
        sqlite3_close(copy);
        return makeError(ErrorKind::Input,
                         RestoreText::tr("The restore cannot start on %1.").arg(live.spec().path),
                         m);
    }
    int rc = SQLITE_OK;
    QElapsedTimer busySince;
    bool cancelled = false;
    do {
        rc = sqlite3_backup_step(b, 256);
        report(options, sqlite3_backup_pagecount(b) - sqlite3_backup_remaining(b),
               sqlite3_backup_pagecount(b), RestoreText::tr("writing pages"));
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
        return makeError(
            ErrorKind::Input,
            RestoreText::tr("The restore was cancelled; its transaction was rolled back."));
    if (rc != SQLITE_DONE || finish != SQLITE_OK) {
        const int code = rc != SQLITE_DONE ? rc : finish;
        const bool locked = (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED;
        return makeError(
            ErrorKind::Query,
            locked ? RestoreText::tr("%1 stayed locked by another process; the restore was rolled "
                                     "back and the database is as it was.")
                         .arg(live.spec().path)
                   : RestoreText::tr("The restore into %1 failed and was rolled back; the database "
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
            RestoreText::tr("This is a %1 backup; it cannot be restored into a %2 database.")
                .arg(m.engine == Dialect::Postgres ? u"PostgreSQL"_s : u"SQLite"_s,
                     target.dialect == Dialect::Postgres ? u"PostgreSQL"_s : u"SQLite"_s));
    const QString targetName = targetDatabaseName(target);
    if (m.database != targetName && !options.allowOtherDatabase)
        return makeError(
            ErrorKind::Input,
            RestoreText::tr("This backup is of the database \"%1\", not \"%2\"; it is not restored "
                            "into another database unless that is asked for explicitly.")
                .arg(m.database, targetName),
            RestoreText::tr("backup source: %1").arg(m.source));
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
    summary << RestoreText::tr("Restore the backup of %1 taken %2 (%3 tables, %4 rows)")
                   .arg(m.source, m.created.toString(Qt::ISODate))
                   .arg(m.rowCounts.size())
                   .arg(formatCount(rows));
    summary << RestoreText::tr("into %1, replacing its current contents.").arg(target.redacted());
    // The restore leaves exactly the backup: what the backup does not have goes.
    const QList<ExtraObject> extras =
        m.engine == Dialect::Postgres ? postgresExtras(m.schema, *before) : QList<ExtraObject>{};
    QStringList removed;
    QStringList otherRemoved;
    for (const Difference &d : pending.differences) {
        if (!isExtraKind(d.kind))
            continue;
        rep.removed << describe(d);
        if (d.kind == DiffKind::ExtraTable)
            removed << d.object;
        else
            otherRemoved << describe(d);
    }
    if (!pending.isEmpty())
        summary << RestoreText::tr("The database differs from the backup in %1 places now.")
                       .arg(pending.differences.size());
    // Only the tables both sides have: a table dropped since the backup would fail the count.
    Schema common = m.schema;
    common.tables.removeIf([&](const Table &t) { return !before->table(t.qualifiedName()); });
    if (auto now = countRows(*live, common)) {
        QStringList changed;
        for (auto it = now->cbegin(); it != now->cend(); ++it)
            if (m.rowCounts.value(it.key(), -1) != it.value())
                changed << RestoreText::tr("%1 has %2 rows (the backup: %3)")
                               .arg(it.key(), formatCount(it.value()),
                                    formatCount(m.rowCounts.value(it.key())));
        if (!changed.isEmpty())
            summary << changed.join(u"; "_s) + u'.';
    }
    if (!removed.isEmpty())
        summary << RestoreText::tr(
                       "Tables the backup does not have will be removed with their rows: %1.")
                       .arg(removed.join(u", "_s));
    if (!otherRemoved.isEmpty())
        summary << RestoreText::tr("Other objects the backup does not have will be removed: %1.")
                       .arg(otherRemoved.join(u", "_s));

    ConfirmRequest request;
    request.action = u"restore"_s;
    request.databaseName = targetName;
    request.summary = summary.join(u'\n');
    request.requireTypedName = true;
    if (!confirmer.confirm(request))
        return makeError(ErrorKind::Usage,
                         RestoreText::tr("The restore was not confirmed; nothing was changed."));
    if (options.cancelled && options.cancelled())
        return makeError(ErrorKind::Input,
                         RestoreText::tr("The restore was cancelled; nothing was changed."));

    spdlog::info("restoring {} into {}", dir, target.redacted());
    Status applied;
    if (m.engine == Dialect::Sqlite) {
        applied = restoreSqlite(*live, dataFile, options);
        live = makeError(ErrorKind::Internal, QString()); // closed before verification
    } else {
        live = makeError(ErrorKind::Internal, QString());
        applied = restorePostgres(target, dataFile, m, extras, options);
    }
    if (!applied) {
        rep.outcome = RestoreOutcome::RolledBack;
        rep.elapsedMs = timer.elapsed();
        return applied;
    }
    report(options, 0, 0, RestoreText::tr("verifying"));
    Status verified = verifyAgainstManifest(target, m, rep);
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
