// SPDX-License-Identifier: MIT
// Kill -9 the CLI at every journaled event of a SQLite repair (seed 003: a 12-step rebuild of
// parents with ON DELETE CASCADE and SET NULL children), and separately make its journal
// unwritable at every event: the database is always exactly its before- or after-state, the
// backup intact, the journal readable, and the next start names the run and what to do.

#include "FaultMatrix.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sm;
using namespace sm::test;

namespace {

const QString kSeed = u"003_sqlite_factory_reboot"_s;
// What the operator fixes first, as the pre-flight asks (see tst_repairsqlite).
const QString kDataFix =
    u"UPDATE users SET username = username || '_' || id WHERE length(username) < 3; "
    "UPDATE todos SET priority = 'high' WHERE priority = 'urgent';"_s;

QByteArray sqliteDump(const QString &db, const QString &command = u".dump"_s)
{
    QProcess p;
    p.start(u"sqlite3"_s, {db, command});
    p.waitForFinished(60000);
    return p.readAllStandardOutput();
}

QByteArray fingerprint(const QString &db)
{
    return QCryptographicHash::hash(sqliteDump(db), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestFaultSqlite : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pristine;
    QString m_expected;
    QByteArray m_before;
    QByteArray m_after;
    QList<EventPoint> m_points;
    int m_n = 0;

    QProcessEnvironment env(const QString &journalDir, const QString &fault = {}) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"SCHEMAMEDIC_JOURNAL_DIR"_s, journalDir);
        e.insert(u"SCHEMAMEDIC_LOG_DIR"_s, m_dir.filePath(u"logs"_s));
        if (!fault.isEmpty())
            e.insert(u"SCHEMAMEDIC_FAULT_AT"_s, fault);
        return e;
    }

    QStringList repairArgs(const QString &db, const QString &backup) const
    {
        QStringList args{u"repair"_s,  u"--db"_s,  u"sqlite:"_s + db, u"--expected"_s, m_expected,
                         u"--stamp"_s, u"--yes"_s, u"--backup-dir"_s, backup};
        for (const char *h : {"data_loss", "table_rewrite", "exclusive_lock", "blocks_writes",
                              "check_violation", "not_null_violation", "rename_guess",
                              "backward_incompatible", "cast_may_fail", "duplicates", "orphans"})
            args << u"--allow-hazard"_s << QString::fromLatin1(h);
        return args;
    }

    struct Case
    {
        QString db;
        QString journalDir;
        QString backup;
    };

    Case freshCase()
    {
        const int n = ++m_n;
        Case c{m_dir.filePath(u"case-%1.db"_s.arg(n)), m_dir.filePath(u"journal-%1"_s.arg(n)),
               m_dir.filePath(u"backup-%1"_s.arg(n))};
        QFile::copy(m_pristine, c.db);
        return c;
    }

    // After a fault at `at`: the database is before or after as the event says, whole, the
    // backup intact, the journal readable, and the next start reports the run.
    void checkAfterFault(const Case &c, const EventPoint &at, bool killed)
    {
        const QString journal = onlyJournal(c.journalDir);
        QVERIFY2(!journal.isEmpty(), "no journal");
        QString why;
        QVERIFY2(journalReads(journal, &why), qPrintable(why));

        // The next start, before anyone else touches the file, names the run and what to do.
        const CliRun next = runCli({u"diff"_s, u"--db"_s, u"sqlite:"_s + c.db, u"--expected"_s,
                                    m_expected, u"--format"_s, u"json"_s},
                                   env(c.journalDir));
        QVERIFY2(next.exitCode == 0 || next.exitCode == 1, qPrintable(next.all()));
        const bool committed = isAfterCommit(m_points, at);
        const QString runId = QFileInfo(journal).completeBaseName();
        const bool finished = killed && at.event == u"done";
        if (finished) {
            QVERIFY2(!next.err.contains(runId), qPrintable(next.err));
        } else {
            QVERIFY2(next.err.contains(runId), qPrintable(next.err));
            const QString action = committed ? u"were committed"_s
                                   : reached(m_points, at, u"apply_started"_s)
                                       ? u"never committed"_s
                                       : u"before changing anything"_s;
            QVERIFY2(next.err.contains(action), qPrintable(action + u"\n"_s + next.err));
        }

        QCOMPARE(sqliteDump(c.db, u"PRAGMA integrity_check"_s).trimmed(), QByteArray("ok"));
        QCOMPARE(sqliteDump(c.db, u"PRAGMA foreign_key_check"_s).trimmed(), QByteArray());
        const QByteArray now = fingerprint(c.db);
        QVERIFY2(now == (committed ? m_after : m_before),
                 committed ? "not the repaired state after the commit"
                           : "not the state before the repair, and nothing was committed");
        if (QFileInfo::exists(c.backup + u"/manifest.json"_s))
            QCOMPARE(backupProblem(c.backup), QString());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_expected = QStringLiteral(SM_FIXTURES_DIR) + u"/seeds/"_s + kSeed + u"/expected.sql"_s;
        m_pristine = m_dir.filePath(u"pristine.db"_s);
        QCOMPARE(
            createSqliteDatabase(m_pristine, readFixture(u"seeds/"_s + kSeed + u"/live.sql"_s)),
            QString());
        QCOMPARE(createSqliteDatabase(m_pristine, kDataFix), QString());
        m_before = fingerprint(m_pristine);

        // The reference run: its journal lists the events, its result is the after-state.
        const Case ref = freshCase();
        const CliRun r = runCli(repairArgs(ref.db, ref.backup), env(ref.journalDir));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        m_after = fingerprint(ref.db);
        QVERIFY(m_after != m_before);
        QString error;
        m_points = eventPoints(onlyJournal(ref.journalDir), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(m_points.size() > 10, "too few events to be a real run");
        QCOMPARE(m_points.constLast().event, u"done"_s);

        // The build must honour the hook, or every case below would pass for the wrong reason.
        const Case probe = freshCase();
        const CliRun k =
            runCli(repairArgs(probe.db, probe.backup), env(probe.journalDir, u"started:kill"_s));
        QVERIFY2(k.crashed, "schemamedic-cli ignored SCHEMAMEDIC_FAULT_AT: build it with "
                            "-DSCHEMAMEDIC_FAULT_INJECTION=ON (every CMake preset does)");
    }

    void killedAtEveryEvent()
    {
        int afterCommit = 0;
        for (const EventPoint &at : std::as_const(m_points)) {
            const Case c = freshCase();
            const CliRun r =
                runCli(repairArgs(c.db, c.backup), env(c.journalDir, at.name() + u":kill"_s));
            QVERIFY2(r.crashed, qPrintable(at.name() + u": not killed\n"_s + r.all()));
            checkAfterFault(c, at, true);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(u"killed at "_s + at.name()));
            afterCommit += isAfterCommit(m_points, at) ? 1 : 0;
        }
        qInfo("killed at %lld events (%d after the commit)", qint64(m_points.size()), afterCommit);
        QVERIFY(afterCommit > 0);
    }

    void journalLostAtEveryEvent()
    {
        for (const EventPoint &at : std::as_const(m_points)) {
            const Case c = freshCase();
            const CliRun r = runCli(repairArgs(c.db, c.backup),
                                    env(c.journalDir, at.name() + u":journal-fail"_s));
            QVERIFY2(!r.crashed, qPrintable(r.all()));
            const bool committed = isAfterCommit(m_points, at);
            // A run that cannot write its journal says so and does not go on to its next action.
            QVERIFY2(r.exitCode != 0, qPrintable(at.name() + u": exit 0\n"_s + r.all()));
            QVERIFY2(r.err.contains(u"journal"_s), qPrintable(at.name() + u"\n"_s + r.all()));
            QCOMPARE(sqliteDump(c.db, u"PRAGMA integrity_check"_s).trimmed(), QByteArray("ok"));
            const QByteArray now = fingerprint(c.db);
            if (now != (committed ? m_after : m_before))
                QFAIL(qPrintable(at.name() + u": the database is "_s +
                                 (now == m_after ? u"repaired"_s : u"neither state"_s) + u"\n"_s +
                                 r.all()));
            if (QFileInfo::exists(c.backup + u"/manifest.json"_s))
                QCOMPARE(backupProblem(c.backup), QString());
        }
    }
};

QTEST_GUILESS_MAIN(TestFaultSqlite)
#include "tst_faultsqlite.moc"
