// SPDX-License-Identifier: MIT
// The repair run on SQLite through the CLI, with data: seeds 001 and 003 repaired end to end
// (repair → verified → every row kept → restore → the database equals its pre-repair state),
// and every way a run stops before harm: hazards not allowed, rows that break the new CHECKs,
// no confirmation, a dry run, and a kill -9 in the middle of a rebuild.

#include "TestSupport.h"
#include "run/Journal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace sm;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QStringList kAllHazards{
    u"data_loss"_s,         u"cast_may_fail"_s,  u"not_null_violation"_s,
    u"duplicates"_s,        u"orphans"_s,        u"check_violation"_s,
    u"table_rewrite"_s,     u"exclusive_lock"_s, u"blocks_writes"_s,
    u"not_transactional"_s, u"rename_guess"_s,   u"backward_incompatible"_s};

QStringList allowAll()
{
    QStringList out;
    for (const QString &h : kAllHazards)
        out << u"--allow-hazard"_s << h;
    return out;
}

// Schema and data of a SQLite file, as one hash: sqlite3's own .dump.
QByteArray fingerprint(const QString &db)
{
    QProcess p;
    p.start(u"sqlite3"_s, {db, u".dump"_s});
    p.waitForFinished(60000);
    return QCryptographicHash::hash(p.readAllStandardOutput(), QCryptographicHash::Sha256).toHex();
}

qint64 scalar(const QString &db, const QString &sql)
{
    QProcess p;
    p.start(u"sqlite3"_s, {db, sql});
    p.waitForFinished(60000);
    return p.readAllStandardOutput().trimmed().toLongLong();
}

} // namespace

class TestRepairSqlite : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"SCHEMAMEDIC_JOURNAL_DIR"_s, m_dir.filePath(u"journal"_s));
        e.insert(u"SCHEMAMEDIC_LOG_DIR"_s, m_dir.filePath(u"logs"_s));
        return e;
    }

    Run cli(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(SM_CLI_PATH), args);
        p.closeWriteChannel(); // no terminal: a question would be refused, not waited for
        Run r;
        if (!p.waitForFinished(180000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QString liveFrom(const QString &seed)
    {
        const QString path = m_dir.filePath(u"%1-%2.db"_s.arg(seed).arg(++m_n));
        const QString err = test::createSqliteDatabase(
            path, test::readFixture(u"seeds/"_s + seed + u"/live.sql"_s));
        return err.isEmpty() ? path : QString();
    }

    QString expected(const QString &seed) const
    {
        return QStringLiteral(SM_FIXTURES_DIR) + u"/seeds/"_s + seed + u"/expected.sql"_s;
    }

    QString backupDir() { return m_dir.filePath(u"backup-%1"_s.arg(++m_n)); }

private Q_SLOTS:
    void seed003RefusedWhileRowsBreakTheNewChecks()
    {
        const QString db = liveFrom(u"003_sqlite_factory_reboot"_s);
        QVERIFY(!db.isEmpty());
        const QByteArray before = fingerprint(db);
        const QString backup = backupDir();
        Run r = cli(QStringList{u"repair"_s, u"--db"_s, u"sqlite:"_s + db, u"--expected"_s,
                                expected(u"003_sqlite_factory_reboot"_s), u"--stamp"_s, u"--yes"_s,
                                u"--backup-dir"_s, backup} +
                    allowAll());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"error: Pre-flight: rows of main."_s), qPrintable(r.err));
        QCOMPARE(fingerprint(db), before);
        QVERIFY(!QDir(backup).exists()); // refused before the backup: nothing written anywhere
    }

    void hazardsMustBeAllowed()
    {
        const QString db = liveFrom(u"001_sqlite_add_constraint"_s);
        const QByteArray before = fingerprint(db);
        const QString backup = backupDir();
        Run r =
            cli({u"repair"_s, u"--db"_s, u"sqlite:"_s + db, u"--expected"_s,
                 expected(u"001_sqlite_add_constraint"_s), u"--yes"_s, u"--backup-dir"_s, backup});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"hazards that were not allowed: "_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"table_rewrite"_s));
        QCOMPARE(fingerprint(db), before);
        QVERIFY(!QDir(backup).exists());
    }

    void noConfirmationWithoutATerminal()
    {
        const QString db = liveFrom(u"001_sqlite_add_constraint"_s);
        const QByteArray before = fingerprint(db);
        const QString backup = backupDir();
        Run r =
            cli(QStringList{u"repair"_s, u"--db"_s, u"sqlite:"_s + db, u"--expected"_s,
                            expected(u"001_sqlite_add_constraint"_s), u"--backup-dir"_s, backup} +
                allowAll());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"not confirmed; nothing was changed"_s));
        QCOMPARE(fingerprint(db), before);
        QVERIFY(
            QFile::exists(backup + u"/manifest.json"_s)); // the backup comes before the question
    }

    void dryRunRollsBack()
    {
        const QString db = liveFrom(u"001_sqlite_add_constraint"_s);
        const QByteArray before = fingerprint(db);
        Run r = cli(QStringList{u"repair"_s, u"--db"_s, u"sqlite:"_s + db, u"--expected"_s,
                                expected(u"001_sqlite_add_constraint"_s), u"--stamp"_s,
                                u"--dry-run"_s} +
                    allowAll());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"rolled back as promised"_s));
        QCOMPARE(fingerprint(db), before);
    }

    void seedsRepairedEndToEnd_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>(
            "dataFix"); // what the operator fixes first, as the pre-flight says
        QTest::newRow("001") << u"001_sqlite_add_constraint"_s << QString();
        QTest::newRow("003")
            << u"003_sqlite_factory_reboot"_s
            << u"UPDATE users SET username = username || '_' || id WHERE length(username) < 3; "
               "UPDATE todos SET priority = 'high' WHERE priority = 'urgent';"_s;
    }

    void seedsRepairedEndToEnd()
    {
        QFETCH(QString, seed);
        QFETCH(QString, dataFix);
        const QString db = liveFrom(seed);
        QVERIFY(!db.isEmpty());
        if (!dataFix.isEmpty())
            QVERIFY(test::createSqliteDatabase(db, dataFix).isEmpty()); // runs on the existing file
        const QByteArray before = fingerprint(db);
        const qint64 users = scalar(db, u"SELECT count(*) FROM users"_s);
        const qint64 todos = scalar(db, u"SELECT count(*) FROM todos"_s);
        const qint64 children =
            seed.startsWith(u"003"_s) ? scalar(db, u"SELECT count(*) FROM todo_comments"_s) : 0;
        const qint64 authors =
            seed.startsWith(u"003"_s)
                ? scalar(db, u"SELECT count(*) FROM todo_comments WHERE author_id IS NOT NULL"_s)
                : 0;

        const QString backup = backupDir();
        Run r =
            cli(QStringList{u"repair"_s, u"--db"_s, u"sqlite:"_s + db, u"--expected"_s,
                            expected(seed), u"--stamp"_s, u"--yes"_s, u"--backup-dir"_s, backup} +
                allowAll());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(u"Repaired: "_s));
        QCOMPARE(cli({u"verify"_s, u"--db"_s, u"sqlite:"_s + db, u"--expected"_s, expected(seed)})
                     .exitCode,
                 0);

        // Seed 003's lesson: a rebuild must not wipe anything — not the parents, not the
        // children under ON DELETE CASCADE, not the values under ON DELETE SET NULL.
        QCOMPARE(scalar(db, u"SELECT count(*) FROM users"_s), users);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM todos"_s), todos);
        if (seed.startsWith(u"003"_s)) {
            QCOMPARE(scalar(db, u"SELECT count(*) FROM todo_comments"_s), children);
            QCOMPARE(
                scalar(db, u"SELECT count(*) FROM todo_comments WHERE author_id IS NOT NULL"_s),
                authors);
        }
        QCOMPARE(scalar(db, u"SELECT count(*) FROM pragma_foreign_key_check"_s), 0);
        QCOMPARE(scalar(db, u"SELECT version_num FROM alembic_version"_s), 1); // '001'

        // The report is rendered from the journal the run wrote.
        const QString journal = QRegularExpression(u"Journal: (\\S+)"_s).match(r.out).captured(1);
        QVERIFY(QFile::exists(journal));
        Run report = cli({u"report"_s, u"--journal"_s, journal});
        QCOMPARE(report.exitCode, 0);
        for (const QString &part :
             {u"# Schema Medic incident report"_s, u"## What was wrong"_s, u"## The plan"_s,
              u"## Backup"_s, u"## Timeline"_s, u"## Verification"_s, u"## To undo"_s,
              u"repaired and verified"_s, u"schemamedic-cli restore --db"_s})
            QVERIFY2(report.out.contains(part), qPrintable(part));

        // And back: the restore returns the database to exactly its state before the repair.
        Run restore =
            cli({u"restore"_s, u"--db"_s, u"sqlite:"_s + db, u"--backup"_s, backup, u"--yes"_s});
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
        QCOMPARE(fingerprint(db), before);
    }

    void killDuringARebuildLeavesTheDatabaseAsItWas()
    {
        // A table large enough that the rebuild is still running when we kill the process.
        const QString db = m_dir.filePath(u"big.db"_s);
        QVERIFY(
            test::createSqliteDatabase(
                db,
                u"CREATE TABLE parent(id INTEGER PRIMARY KEY, name TEXT);"
                "CREATE TABLE child(id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES "
                "parent(id) ON DELETE CASCADE, note TEXT);"
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400000) "
                "INSERT INTO parent SELECT i, 'parent ' || i FROM n;"
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400000) "
                "INSERT INTO child SELECT i, i, 'note ' || i FROM n;"_s)
                .isEmpty());
        const QString ddl = m_dir.filePath(u"big-expected.sql"_s);
        {
            QFile f(ddl);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("CREATE TABLE parent(id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '', "
                    "CHECK (length(name) > 0));\n"
                    "CREATE TABLE child(id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES "
                    "parent(id) "
                    "ON DELETE CASCADE, note TEXT);\n");
        }
        const QByteArray before = fingerprint(db);
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(SM_CLI_PATH),
                QStringList{u"repair"_s, u"--db"_s, u"sqlite:"_s + db, u"--expected"_s, ddl,
                            u"--yes"_s, u"--backup-dir"_s, backupDir(), u"--backfill"_s,
                            u"parent.name='unnamed'"_s} +
                    allowAll());
        QVERIFY(p.waitForStarted());
        // Kill at the first statement of the apply: the journal says when that is.
        bool applying = false;
        for (int i = 0; i < 600 && !applying && p.state() == QProcess::Running; ++i) {
            QTest::qWait(20);
            for (const UnfinishedRun &u : findUnfinishedRuns(m_dir.filePath(u"journal"_s)))
                applying = applying || u.lastEvent.event == u"statement" ||
                           u.lastEvent.event == u"step_started";
        }
        QVERIFY2(applying, "the apply never started (or finished too fast to interrupt)");
        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        p.waitForFinished();

        // The next start says what happened and what to do; the database is as it was.
        Run next = cli({u"diff"_s, u"--db"_s, u"sqlite:"_s + db, u"--expected"_s, ddl});
        QVERIFY2(next.err.contains(u"never committed"_s), qPrintable(next.err));
        QCOMPARE(fingerprint(db), before);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM child"_s), 400000);
    }
};

QTEST_GUILESS_MAIN(TestRepairSqlite)
#include "tst_repairsqlite.moc"
