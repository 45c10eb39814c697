// SPDX-License-Identifier: MIT
// Verified PostgreSQL backups (pg_dump -Fc, checked by pg_restore --list) and restores
// (pg_restore --single-transaction) on a populated database; refusals before any write; and the
// password kept out of every child's argv.

#include "TestSupport.h"
#include "run/Backup.h"
#include "run/Manifest.h"
#include "run/Restore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sm;

namespace {

const char *kShop = R"(
CREATE TYPE status AS ENUM ('new', 'paid', 'shipped');
CREATE TABLE users (
  id serial PRIMARY KEY,
  email text NOT NULL UNIQUE,
  name text,
  created_at timestamptz DEFAULT now()
);
CREATE TABLE "order" (
  id bigserial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  total numeric(10,2) CHECK (total >= 0),
  state status NOT NULL DEFAULT 'new',
  "Weird Name" text,
  channel varchar(10) CHECK (channel IN ('web', 'phone'))
);
CREATE INDEX order_user ON "order"(user_id) WHERE total > 0;
CREATE VIEW big_orders AS SELECT * FROM "order" WHERE total > 100;
INSERT INTO users(email, name) VALUES ('ada@example.org', 'Ada'), ('bob@example.org', NULL),
  ('cy@example.org', 'Cy');
INSERT INTO "order"(user_id, total, state, "Weird Name") VALUES (1, 12.5, 'paid', 'x'),
  (1, 250, 'new', NULL), (2, 0, 'shipped', 'y'), (2, NULL, 'new', NULL), (3, 99.99, 'paid', '☃');
INSERT INTO users(email) SELECT 'bulk' || i || '@example.org' FROM generate_series(1, 500) i;
)";

class YesConfirmer final : public Confirmer
{
public:
    bool confirm(const ConfirmRequest &request) override
    {
        requests.append(request);
        return true;
    }
    QList<ConfirmRequest> requests;
};

// Every row of the two tables and the sequences' positions, in a stable order.
QString fingerprint(Connection &c)
{
    auto q = c.query(
        u"SELECT md5(coalesce((SELECT string_agg(u::text, '|' ORDER BY id) FROM users u), '') || "
        "coalesce((SELECT string_agg(o::text, '|' ORDER BY id) FROM \"order\" o), '') || "
        "(SELECT last_value FROM users_id_seq) || (SELECT last_value FROM order_id_seq))"_s);
    return q && q->next() ? q->value(0).toString() : QString();
}

template<typename T> QString errorOf(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().toString();
}
QString errorOf(const Status &s)
{
    return s.ok() ? QString() : s.error().toString();
}

// A folder of fake client tools; `body` runs for anything but --version.
QString writeFakeTool(const QString &dir, const QString &name, const QString &version,
                      const QString &body)
{
    const QString path = dir + u'/' + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write((u"#!/bin/sh\nif [ \"$1\" = \"--version\" ]; then echo \"%1 (PostgreSQL) %2\"; "
             "exit 0; fi\n%3\n"_s.arg(name, version, body))
                .toUtf8());
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

class EnvGuard
{
public:
    EnvGuard(const char *name, const QByteArray &value)
        : m_name(name)
    {
        qputenv(name, value);
    }
    ~EnvGuard() { qunsetenv(m_name); }
    Q_DISABLE_COPY_MOVE(EnvGuard)

private:
    const char *m_name;
};

} // namespace

class TestBackupPostgres : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backupAndRestoreAfterDamage()
    {
        SM_CREATE_PG_DATABASE(pg, "sm_backup");
        auto conn = Connection::open(pg.spec(), AccessMode::ReadWrite);
        QVERIFY2(conn.ok(), qPrintable(errorOf(conn)));
        QCOMPARE(test::execScript(*conn, QString::fromUtf8(kShop)), QString());
        const QString original = fingerprint(*conn);
        QVERIFY(!original.isEmpty());

        QTemporaryDir tmp;
        const QString out = tmp.filePath(u"backup"_s);
        auto r = takeBackup(pg.spec(), out);
        QVERIFY2(r.ok(), qPrintable(errorOf(r)));
        QCOMPARE(QDir(out).entryList(QDir::Files, QDir::Name),
                 (QStringList{u"database.dump"_s, u"manifest.json"_s}));
        QVERIFY(r->verification.startsWith(u"pg_restore --list read"_s));

        QFile mf(out + u"/manifest.json"_s);
        QVERIFY(mf.open(QIODevice::ReadOnly));
        const QByteArray manifestText = mf.readAll();
        QVERIFY(!manifestText.contains(pg.spec().password.toUtf8()));
        const QJsonObject m = QJsonDocument::fromJson(manifestText).object();
        QCOMPARE(m[u"format"_s].toString(), u"schemamedic.backup/1"_s);
        QCOMPARE(m[u"engine"_s].toString(), u"postgresql"_s);
        QCOMPARE(m[u"database"_s].toString(), pg.spec().database);
        QCOMPARE(m[u"source"_s].toString(), pg.spec().redacted());
        QVERIFY(m[u"tools"_s].toObject()[u"pg_dump"_s].toString().startsWith(u"pg_dump"_s));
        QCOMPARE(m[u"serverVersionNumber"_s].toInt(), conn->serverVersionNumber());
        QCOMPARE(m[u"rowCounts"_s].toObject()[u"public.users"_s].toInt(), 503);
        QCOMPARE(m[u"rowCounts"_s].toObject()[u"public.order"_s].toInt(), 5);
        QVERIFY(m[u"verification"_s].toObject()[u"consistentSnapshot"_s].toBool());
        QFile dump(out + u"/database.dump"_s);
        QVERIFY(dump.open(QIODevice::ReadOnly));
        const QByteArray bytes = dump.readAll();
        QVERIFY(bytes.startsWith("PGDMP")); // the custom format
        QCOMPARE(r->manifest.files.first().sha256.toLatin1(),
                 QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        // pg_restore can read it, independently of us.
        QProcess list;
        list.start(u"pg_restore"_s, {u"--list"_s, out + u"/database.dump"_s});
        QVERIFY(list.waitForFinished(60000));
        QCOMPARE(list.exitCode(), 0);
        QVERIFY(list.readAllStandardOutput().contains("TABLE DATA public order"));

        // Damage: a cascade deletes rows, a column is dropped, a type changed, a table added
        // with a foreign key on users' primary key, a second foreign key on "order" (both hold
        // on to users_pkey, which the archive drops and re-creates), a function and a view.
        QCOMPARE(test::execScript(
                     *conn, u"DELETE FROM users WHERE id = 2;"
                            "ALTER TABLE \"order\" DROP COLUMN \"Weird Name\" CASCADE;"
                            "ALTER TABLE users ALTER COLUMN name TYPE varchar(10);"
                            "CREATE TABLE notes (id int, body text, user_id int REFERENCES users);"
                            "INSERT INTO notes VALUES (1, 'after the backup', 1);"
                            "ALTER TABLE \"order\" ADD CONSTRAINT order_user_again "
                            "  FOREIGN KEY (user_id) REFERENCES users(id);"
                            "CREATE FUNCTION answer(a integer) RETURNS integer LANGUAGE sql "
                            "  AS 'SELECT 42 + a';"
                            "CREATE VIEW user_names AS SELECT name FROM users;"_s),
                 QString());
        QVERIFY(fingerprint(*conn) != original);

        YesConfirmer yes;
        RestoreReport report;
        Status s = restoreBackup(pg.spec(), out, yes, {}, &report);
        QVERIFY2(s.ok(), qPrintable(errorOf(s)));
        QCOMPARE(report.outcome, RestoreOutcome::Restored);
        QCOMPARE(report.rowsVerified, 508);
        QCOMPARE(yes.requests.size(), 1);
        QCOMPARE(yes.requests.first().databaseName, pg.spec().database);
        QVERIFY(yes.requests.first().requireTypedName);
        // What the backup does not know is removed, and said so: the database is the backup.
        QStringList removed = report.removed;
        removed.sort();
        QCOMPARE(removed,
                 (QStringList{u"extra_constraint public.order.order_user_again"_s,
                              u"extra_function public.answer(a integer)"_s,
                              u"extra_table public.notes"_s, u"extra_view public.user_names"_s}));
        QVERIFY(yes.requests.first().summary.contains(u"public.notes"_s));
        QCOMPARE(fingerprint(*conn), original);
        auto left = conn->query(
            u"SELECT to_regclass('public.notes') IS NULL AND to_regclass('public.user_names') "
            "IS NULL AND NOT EXISTS (SELECT FROM pg_proc WHERE proname = 'answer') AND NOT "
            "EXISTS (SELECT FROM pg_constraint WHERE conname = 'order_user_again')"_s);
        QVERIFY(left && left->next());
        QVERIFY(left->value(0).toBool());
    }

    void tamperedBackupIsRefused()
    {
        SM_CREATE_PG_DATABASE(pg, "sm_backup_t");
        auto conn = Connection::open(pg.spec(), AccessMode::ReadWrite);
        QCOMPARE(test::execScript(*conn, QString::fromUtf8(kShop)), QString());
        QTemporaryDir tmp;
        const QString out = tmp.filePath(u"b"_s);
        QVERIFY(takeBackup(pg.spec(), out).ok());
        QCOMPARE(test::execScript(*conn, u"DELETE FROM \"order\";"_s), QString());
        const QString damaged = fingerprint(*conn);
        QFile f(out + u"/database.dump"_s);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(100));
        QVERIFY(f.putChar('#'));
        f.close();
        YesConfirmer yes;
        RestoreReport report;
        Status s = restoreBackup(pg.spec(), out, yes, {}, &report);
        QVERIFY(!s.ok());
        QCOMPARE(report.outcome, RestoreOutcome::Refused);
        QVERIFY2(s.error().message.contains(u"database.dump has changed"_s),
                 qPrintable(s.error().message));
        QVERIFY(yes.requests.isEmpty());
        QCOMPARE(fingerprint(*conn), damaged);
    }

    void restoreRolledBackWhenLocked()
    {
        SM_CREATE_PG_DATABASE(pg, "sm_backup_lock");
        auto conn = Connection::open(pg.spec(), AccessMode::ReadWrite);
        QCOMPARE(test::execScript(*conn, QString::fromUtf8(kShop)), QString());
        QTemporaryDir tmp;
        const QString out = tmp.filePath(u"b"_s);
        QVERIFY(takeBackup(pg.spec(), out).ok());
        QCOMPARE(test::execScript(*conn, u"DELETE FROM users WHERE id > 100;"_s), QString());
        const QString before = fingerprint(*conn);
        // The application holds a lock that pg_restore --clean needs.
        auto holder = Connection::open(pg.spec(), AccessMode::ReadWrite);
        QCOMPARE(test::execScript(*holder, u"BEGIN; LOCK TABLE \"order\" IN ACCESS SHARE MODE;"_s),
                 QString());
        YesConfirmer yes;
        RestoreOptions options;
        options.lockWaitTimeoutMs = 300;
        RestoreReport report;
        Status s = restoreBackup(pg.spec(), out, yes, options, &report);
        QCOMPARE(test::execScript(*holder, u"ROLLBACK;"_s), QString());
        QVERIFY(!s.ok());
        QCOMPARE(report.outcome, RestoreOutcome::RolledBack);
        QVERIFY2(s.error().message.contains(u"rolled back"_s), qPrintable(s.error().message));
        QVERIFY(s.error().message.contains(u"for a lock another session holds"_s));
        QCOMPARE(fingerprint(*conn), before);
    }

    void tooOldPgDumpIsRefusedBeforeAnyWrite()
    {
        SM_REQUIRE_POSTGRES();
        QTemporaryDir bin;
        const QString marker = bin.filePath(u"ran"_s);
        QVERIFY(
            !writeFakeTool(bin.path(), u"pg_dump"_s, u"9.6.0"_s, u"touch "_s + marker).isEmpty());
        QVERIFY(!writeFakeTool(bin.path(), u"pg_restore"_s, u"9.6.0"_s, u"exit 0"_s).isEmpty());
        EnvGuard env("SCHEMAMEDIC_PG_BIN_DIR", bin.path().toUtf8());
        QTemporaryDir tmp;
        const QString out = tmp.filePath(u"never"_s);
        auto r = takeBackup(*test::postgresServer(), out);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, u"pg_dump 9.6 cannot back up a PostgreSQL 15 server; install "
                                    "postgresql-client-15 or newer."_s);
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!QFileInfo::exists(marker)); // only --version ran
    }

    void missingPgDumpIsOneSentence()
    {
        SM_REQUIRE_POSTGRES();
        QTemporaryDir bin; // empty
        EnvGuard env("SCHEMAMEDIC_PG_BIN_DIR", bin.path().toUtf8());
        QTemporaryDir tmp;
        const QString out = tmp.filePath(u"never"_s);
        auto r = takeBackup(*test::postgresServer(), out);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith(u"pg_dump was not found in "_s),
                 qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(u'\n'));
        QVERIFY(!QFileInfo::exists(out));
    }

    // The row counts run while pg_dump copies the same snapshot. A count that fails (here a
    // role without SELECT on a table, which the catalogs still show) must stop pg_dump at
    // once, leave nothing behind and say why.
    void failedRowCountStopsPgDump()
    {
        SM_CREATE_PG_DATABASE(pg, "sm_backup_count");
        auto admin = Connection::open(pg.spec(), AccessMode::ReadWrite);
        QVERIFY(admin.ok());
        QVERIFY(admin->exec(u"CREATE TABLE t (id int PRIMARY KEY, note text)"_s).ok());
        QVERIFY(
            admin->exec(u"INSERT INTO t SELECT i, NULL FROM generate_series(1, 1000) i"_s).ok());
        const QString role = u"sm_no_select_"_s + pg.spec().database.section(u'_', -1);
        const QString password = u"counts-refused"_s;
        QVERIFY(admin->exec(u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(role, password)).ok());
        auto dropRole = qScopeGuard([&] {
            (void)admin->exec(u"DROP OWNED BY %1"_s.arg(role));
            (void)admin->exec(u"DROP ROLE %1"_s.arg(role));
        });
        ConnectionSpec limited = pg.spec();
        limited.user = role;
        limited.password = password;

        QTemporaryDir bin;
        const QString started = bin.filePath(u"started"_s);
        const QString finished = bin.filePath(u"finished"_s);
        // Writes where -f points, then takes 30 s unless it is stopped.
        QVERIFY(!writeFakeTool(bin.path(), u"pg_dump"_s, u"99.1"_s, uR"SH(touch "%1"
while [ $# -gt 0 ]; do if [ "$1" = "-f" ]; then echo partial > "$2"; fi; shift; done
sleep 30
touch "%2")SH"_s.arg(started, finished))
                     .isEmpty());
        QVERIFY(!writeFakeTool(bin.path(), u"pg_restore"_s, u"99.1"_s, u"exit 0"_s).isEmpty());
        EnvGuard env("SCHEMAMEDIC_PG_BIN_DIR", bin.path().toUtf8());

        QTemporaryDir tmp;
        const QString out = tmp.filePath(u"b"_s);
        QElapsedTimer timer;
        timer.start();
        auto r = takeBackup(limited, out);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().contains(u"permission denied for table t"_s),
                 qPrintable(r.error().toString()));
        QVERIFY2(timer.elapsed() < 15000, "pg_dump was waited for, not stopped");
        QVERIFY(QFileInfo::exists(started)); // the count did overlap pg_dump
        QVERIFY(!QFileInfo::exists(out));    // the partial archive and the folder are gone
        QTest::qWait(200);
        QVERIFY(!QFileInfo::exists(finished));
    }

    void passwordNeverInArgv()
    {
        SM_CREATE_PG_DATABASE(pg, "sm_backup_argv");
        QVERIFY(!pg.spec().password.isEmpty());
        QTemporaryDir bin;
        const QString log = bin.filePath(u"log"_s);
        // Records its argv, the names of its environment and the password file's mode and
        // content, then writes a file where -f points.
        const QString body = uR"SH(for a in "$@"; do echo "ARG $a" >> "%1"; done
env | cut -d= -f1 | sed 's/^/ENV /' >> "%1"
echo "FILE $PGPASSFILE" >> "%1"
echo "MODE $(stat -c %a "$PGPASSFILE")" >> "%1"
echo "DIRMODE $(stat -c %a "$(dirname "$PGPASSFILE")")" >> "%1"
cp "$PGPASSFILE" "%1.pass"
while [ $# -gt 0 ]; do if [ "$1" = "-f" ]; then echo fake > "$2"; fi; shift; done
exit 0)SH"_s.arg(log);
        QVERIFY(!writeFakeTool(bin.path(), u"pg_dump"_s, u"99.1"_s, body).isEmpty());
        QVERIFY(!writeFakeTool(bin.path(), u"pg_restore"_s, u"99.1"_s, uR"SH(while [ $# -gt 0 ]; do
  if [ "$1" = "--file" ]; then echo "-- fake" > "$2"; fi; shift; done
echo '; Archive'; echo '1; 0 0 TABLE public t x')SH"_s)
                     .isEmpty());
        // psql runs the restore script: it logs the same way.
        QVERIFY(!writeFakeTool(bin.path(), u"psql"_s, u"99.1"_s, body).isEmpty());
        EnvGuard env("SCHEMAMEDIC_PG_BIN_DIR", bin.path().toUtf8());
        EnvGuard pgpw("PGPASSWORD", "inherited-not-passed");
        QTemporaryDir tmp;
        auto r = takeBackup(pg.spec(), tmp.filePath(u"b"_s));
        QVERIFY2(r.ok(), qPrintable(errorOf(r)));
        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        const QString password = pg.spec().password;
        QVERIFY(!text.contains(password));
        QVERIFY(!text.contains(u"inherited-not-passed"_s));
        QVERIFY(text.contains(u"ARG -Fc\n"_s));
        QVERIFY(text.contains(u"ARG --lock-wait-timeout=30000\n"_s));
        QVERIFY(text.contains(u"ARG -h\nARG "_s + pg.spec().host + u'\n'));
        QVERIFY(text.contains(u"ARG -U\nARG "_s + pg.spec().user + u'\n'));
        QVERIFY(text.contains(u"ARG -d\nARG "_s + pg.spec().database + u'\n'));
        QVERIFY(text.contains(u"ARG -w\n"_s));
        QVERIFY(text.contains(u"ENV PGPASSFILE\n"_s));
        QVERIFY(!text.contains(u"ENV PGPASSWORD\n"_s));
        QVERIFY2(text.contains(u"MODE 600\n"_s), qPrintable(text));
        QVERIFY(text.contains(u"DIRMODE 700\n"_s));
        QFile pass(log + u".pass"_s);
        QVERIFY(pass.open(QIODevice::ReadOnly));
        QVERIFY(pass.readAll().trimmed().endsWith(password.toUtf8()));
        const QString passPath = text.section(u"FILE "_s, 1).section(u'\n', 0, 0);
        QVERIFY(!passPath.isEmpty());
        QVERIFY(!QFileInfo::exists(passPath));                           // removed afterwards
        QVERIFY(!QFileInfo::exists(QFileInfo(passPath).absolutePath())); // and its folder

        // The restore's psql gets the password the same way, never in argv.
        f.close();
        QVERIFY(QFile::remove(log));
        YesConfirmer yes;
        Status restored = restoreBackup(pg.spec(), tmp.filePath(u"b"_s), yes);
        QVERIFY2(restored.ok(), qPrintable(errorOf(restored)));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString restoreText = QString::fromUtf8(f.readAll());
        QVERIFY2(restoreText.contains(u"ARG --single-transaction\n"_s), qPrintable(restoreText));
        QVERIFY(restoreText.contains(u"ARG --set=ON_ERROR_STOP=1\n"_s));
        QVERIFY(restoreText.contains(u"ENV PGPASSFILE\n"_s));
        QVERIFY(!restoreText.contains(password));
        QVERIFY(!restoreText.contains(u"inherited-not-passed"_s));
        QVERIFY(!restoreText.contains(u"ENV PGPASSWORD\n"_s));
    }
};

QTEST_GUILESS_MAIN(TestBackupPostgres)
#include "tst_backuppostgres.moc"
