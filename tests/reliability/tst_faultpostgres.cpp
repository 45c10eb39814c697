// SPDX-License-Identifier: MIT
// Kill -9 the CLI at every journaled event of a PostgreSQL repair (seed 002: integer ids to
// UUIDs under foreign keys, with data), and separately make its journal unwritable at every
// event: the database is always exactly its before- or after-state (schema and every row),
// the backup intact, the journal readable, and the next start names the run and what to do.

#include "FaultMatrix.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sm;
using namespace sm::test;

namespace {

const QString kSeed = u"002_integer_ids_to_uuid"_s;

// Schema (pg_dump --schema-only, which sorts by name) and every row of every table (ordered):
// one text to compare.
QString state(const ConnectionSpec &db)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"PGPASSWORD"_s, db.password);
    QProcess dump;
    dump.setProcessEnvironment(e);
    dump.start(u"pg_dump"_s, {u"--schema-only"_s, u"--no-owner"_s, u"-h"_s, db.host, u"-p"_s,
                              QString::number(db.port), u"-U"_s, db.user, db.database});
    dump.waitForFinished(60000);
    if (dump.exitCode() != 0)
        return u"error: "_s + QString::fromUtf8(dump.readAllStandardError());
    // pg_dump 15.14 and later fence the script with a random \restrict key: not schema.
    QStringList lines = QString::fromUtf8(dump.readAllStandardOutput()).split(u'\n');
    lines.removeIf([](const QString &l) {
        return l.startsWith(u"\\restrict "_s) || l.startsWith(u"\\unrestrict "_s);
    });
    QString s = lines.join(u'\n');
    auto c = Connection::open(db, AccessMode::ReadOnly);
    if (!c)
        return u"error: "_s + c.error().toString();
    auto tables = c->query(u"SELECT format('%I.%I', schemaname, tablename) FROM pg_tables WHERE "
                           "schemaname = 'public' ORDER BY 1"_s);
    QStringList names;
    while (tables && tables->next())
        names << tables->value(0).toString();
    for (const QString &t : std::as_const(names)) {
        auto q = c->query(u"SELECT count(*), md5(coalesce(string_agg(t::text, E'\\n' ORDER BY "
                          "t::text), '')) FROM "_s +
                          t + u" t"_s);
        if (!q || !q->next())
            return u"error: rows of "_s + t;
        s += u"\n%1 %2 %3"_s.arg(t, q->value(0).toString(), q->value(1).toString());
    }
    return s;
}

} // namespace

class TestFaultPostgres : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PostgresDatabase> m_pristine;
    QString m_expected;
    QString m_before;
    QString m_afterSchema; // the repaired state's schema part (UUIDs are new on every run)
    QList<EventPoint> m_points;
    int m_n = 0;

    QProcessEnvironment env(const QString &journalDir, const QString &fault = {}) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"SCHEMAMEDIC_JOURNAL_DIR"_s, journalDir);
        e.insert(u"SCHEMAMEDIC_LOG_DIR"_s, m_dir.filePath(u"logs"_s));
        e.insert(u"PGPASSWORD"_s, postgresServer()->password);
        if (!fault.isEmpty())
            e.insert(u"SCHEMAMEDIC_FAULT_AT"_s, fault);
        return e;
    }

    QStringList repairArgs(const ConnectionSpec &db, const QString &backup) const
    {
        QStringList args{u"repair"_s,  u"--db"_s,  db.redacted(),     u"--expected"_s, m_expected,
                         u"--stamp"_s, u"--yes"_s, u"--backup-dir"_s, backup};
        for (const char *h : {"data_loss", "table_rewrite", "exclusive_lock", "blocks_writes",
                              "check_violation", "not_null_violation", "rename_guess",
                              "backward_incompatible", "cast_may_fail", "duplicates", "orphans"})
            args << u"--allow-hazard"_s << QString::fromLatin1(h);
        return args;
    }

    struct Case
    {
        std::unique_ptr<PostgresDatabase> db = std::make_unique<PostgresDatabase>();
        QString journalDir;
        QString backup;
        QString error;
    };

    // A copy of the broken database (CREATE DATABASE … TEMPLATE), its own journal and backup.
    Case freshCase()
    {
        Case c;
        const int n = ++m_n;
        c.journalDir = m_dir.filePath(u"journal-%1"_s.arg(n));
        c.backup = m_dir.filePath(u"backup-%1"_s.arg(n));
        c.error = c.db->create(u"fault"_s);
        if (!c.error.isEmpty())
            return c;
        auto admin = Connection::open(*postgresServer(), AccessMode::ReadWrite);
        if (!admin) {
            c.error = admin.error().toString();
            return c;
        }
        const QString name = c.db->spec().database;
        for (const QString &sql :
             {u"DROP DATABASE %1"_s.arg(quoteIdentifier(name)),
              u"CREATE DATABASE %1 TEMPLATE %2"_s.arg(
                  quoteIdentifier(name), quoteIdentifier(m_pristine->spec().database))})
            if (Status s = admin->exec(sql); !s) {
                c.error = s.error().toString();
                return c;
            }
        return c;
    }

    static QString schemaPart(const QString &state)
    {
        return state.section(u"\n"_s + u"public."_s, 0, 0);
    }

    void checkAfterFault(const Case &c, const EventPoint &at, bool killed)
    {
        const QString journal = onlyJournal(c.journalDir);
        QVERIFY2(!journal.isEmpty(), "no journal");
        QString why;
        // Only a journal whose very first record failed may be empty.
        if (killed || at.event != u"started")
            QVERIFY2(journalReads(journal, &why), qPrintable(why));
        const bool committed = isAfterCommit(m_points, at);
        if (killed) {
            const CliRun next =
                runCli({u"diff"_s, u"--db"_s, c.db->spec().redacted(), u"--expected"_s, m_expected},
                       env(c.journalDir));
            const QString runId = QFileInfo(journal).completeBaseName();
            if (at.event == u"done") {
                QVERIFY2(!next.err.contains(runId), qPrintable(next.err));
            } else {
                QVERIFY2(next.err.contains(runId), qPrintable(next.err));
                const QString action = committed ? u"were committed"_s
                                       : reached(m_points, at, u"apply_started"_s)
                                           ? u"never committed"_s
                                           : u"before changing anything"_s;
                QVERIFY2(next.err.contains(action), qPrintable(action + u"\n"_s + next.err));
            }
        }
        const QString now = state(c.db->spec());
        QVERIFY2(!now.startsWith(u"error"_s), qPrintable(now));
        if (committed) {
            // New UUIDs on every run: the schema must be the repaired one, the rows all there.
            QCOMPARE(schemaPart(now), m_afterSchema);
        } else {
            QCOMPARE(now, m_before);
        }
        if (QFileInfo::exists(c.backup + u"/manifest.json"_s))
            QCOMPARE(backupProblem(c.backup), QString());
    }

private Q_SLOTS:
    void initTestCase()
    {
        SM_REQUIRE_POSTGRES();
        QVERIFY(m_dir.isValid());
        // The expected schema as a snapshot, read once from the seed's DDL loaded on the
        // server: every run below then compares without loading the DDL again.
        {
            PostgresDatabase expectedDb;
            QCOMPARE(expectedDb.create(u"faultexpected"_s), QString());
            auto c = Connection::open(expectedDb.spec(), AccessMode::ReadWrite);
            QVERIFY(c.ok());
            QCOMPARE(execScript(*c, readFixture(u"seeds/"_s + kSeed + u"/expected.sql"_s)),
                     QString());
            m_expected = m_dir.filePath(u"expected.json"_s);
            const CliRun snap = runCli(
                {u"snapshot"_s, u"--db"_s, expectedDb.spec().redacted(), u"--out"_s, m_expected},
                env(m_dir.filePath(u"journal-snapshot"_s)));
            QVERIFY2(snap.exitCode == 0, qPrintable(snap.all()));
        }
        m_pristine = std::make_unique<PostgresDatabase>();
        QCOMPARE(m_pristine->create(u"faultpristine"_s), QString());
        {
            auto c = Connection::open(m_pristine->spec(), AccessMode::ReadWrite);
            QVERIFY(c.ok());
            QCOMPARE(execScript(*c, readFixture(u"seeds/"_s + kSeed + u"/live.sql"_s)), QString());
        }
        m_before = state(m_pristine->spec());
        QVERIFY2(!m_before.startsWith(u"error"_s), qPrintable(m_before));

        const Case ref = freshCase();
        QVERIFY2(ref.error.isEmpty(), qPrintable(ref.error));
        const CliRun r = runCli(repairArgs(ref.db->spec(), ref.backup), env(ref.journalDir));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        m_afterSchema = schemaPart(state(ref.db->spec()));
        QVERIFY(m_afterSchema != schemaPart(m_before));
        QString error;
        m_points = eventPoints(onlyJournal(ref.journalDir), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(m_points.size() > 10, "too few events to be a real run");

        const Case probe = freshCase();
        const CliRun k = runCli(repairArgs(probe.db->spec(), probe.backup),
                                env(probe.journalDir, u"started:kill"_s));
        QVERIFY2(k.crashed, "schemamedic-cli ignored SCHEMAMEDIC_FAULT_AT: build it with "
                            "-DSCHEMAMEDIC_FAULT_INJECTION=ON (every CMake preset does)");
    }

    void cleanupTestCase() { m_pristine.reset(); }

    void killedAtEveryEvent()
    {
        for (const EventPoint &at : std::as_const(m_points)) {
            const Case c = freshCase();
            QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
            const CliRun r = runCli(repairArgs(c.db->spec(), c.backup),
                                    env(c.journalDir, at.name() + u":kill"_s));
            QVERIFY2(r.crashed, qPrintable(at.name() + u": not killed\n"_s + r.all()));
            // The server notices the killed client and rolls its transaction back.
            checkAfterFault(c, at, true);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(u"killed at "_s + at.name()));
        }
        qInfo("killed at %lld events", qint64(m_points.size()));
    }

    // Once per kind of event (the SQLite matrix loses the journal at every single one): the
    // run's reaction depends on the kind, and each case costs a database copy and a backup.
    void journalLostAtEveryKindOfEvent()
    {
        for (const EventPoint &at : std::as_const(m_points)) {
            if (at.nth != 1)
                continue;
            const Case c = freshCase();
            QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
            const CliRun r = runCli(repairArgs(c.db->spec(), c.backup),
                                    env(c.journalDir, at.name() + u":journal-fail"_s));
            QVERIFY2(!r.crashed, qPrintable(r.all()));
            QVERIFY2(r.exitCode != 0, qPrintable(at.name() + u": exit 0\n"_s + r.all()));
            QVERIFY2(r.err.contains(u"journal"_s), qPrintable(at.name() + u"\n"_s + r.all()));
            checkAfterFault(c, at, false);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(u"journal lost at "_s + at.name()));
        }
    }
};

QTEST_GUILESS_MAIN(TestFaultPostgres)
#include "tst_faultpostgres.moc"
