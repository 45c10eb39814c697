// SPDX-License-Identifier: MIT
// The console's read-only mode really is read-only (issue 9): on a private PostgreSQL cluster that
// logs every statement, the main window opens seed 002's broken database, compares it with the
// expected schema, shows the plan with its live pre-flight figures and a difference's detail.
// Every statement the console's sessions sent to that database is then read back from the
// server's log: none writes, and every session ran with default_transaction_read_only on
// before its first statement of our own. (tst_faults holds the same proof for the CLI and the
// negative controls that show the scanner sees a write.)

#include "ComparisonView.h"
#include "DiffDetailPane.h"
#include "LoggingCluster.h"
#include "MainWindow.h"
#include "PlanView.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace sm;
using namespace sm::test;
using sm::gui::MainWindow;

class TestReadOnlyGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LoggingCluster> m_cluster;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(sm::gui::installTranslations(u"en"_s));
        const QString bin = serverBinDir();
        if (bin.isEmpty()) {
            if (test::postgresRequired())
                QFAIL("CI=true but the PostgreSQL server binaries (initdb) are not installed.");
            QSKIP("the PostgreSQL server binaries (initdb) are not installed");
        }
        m_cluster = std::make_unique<LoggingCluster>();
        const QString e = m_cluster->start(bin);
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void cleanupTestCase() { m_cluster.reset(); }

    void openCompareAndPlanNeverWrite()
    {
        const QString seed = u"seeds/002_integer_ids_to_uuid/"_s;
        {
            auto admin = Connection::open(m_cluster->admin(), AccessMode::ReadWrite);
            QVERIFY(admin.ok());
            for (const QString &db : {u"live"_s, u"expected"_s})
                QVERIFY(admin->exec(u"CREATE DATABASE "_s + db).ok());
            for (const auto &[db, file] : {std::pair{u"live"_s, u"live.sql"_s},
                                           std::pair{u"expected"_s, u"expected.sql"_s}}) {
                auto c = Connection::open(m_cluster->admin(db), AccessMode::ReadWrite);
                QVERIFY(c.ok());
                QCOMPARE(execScript(*c, readFixture(seed + file)), QString());
            }
        }
        // The expected side as a snapshot, written by the CLI (the console reads it as a file).
        const QString snapshot = m_dir.filePath(u"expected.json"_s);
        {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"PGPASSWORD"_s, m_cluster->password());
            env.insert(u"SCHEMAMEDIC_JOURNAL_DIR"_s, m_dir.filePath(u"journal"_s));
            p.setProcessEnvironment(env);
            p.start(
                QStringLiteral(SM_CLI_PATH),
                {u"snapshot"_s, u"--db"_s, m_cluster->url(u"expected"_s), u"--out"_s, snapshot});
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        }

        const qint64 offset = m_cluster->logSize();
        {
            MainWindow window;
            window.resize(1280, 800);
            window.show();
            QVERIFY(window.windowTitle().contains(u"READ-ONLY"_s));
            QSignalSpy loaded(&window, &MainWindow::schemaLoaded);
            QSignalSpy shown(&window, &MainWindow::comparisonShown);
            window.openSpec(m_cluster->admin(u"live"_s)); // the password in memory, as the
                                                          // keychain would hand it over
            QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 60000);
            window.compareWith(snapshot);
            QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 60000);
            auto *view = window.comparisonView();
            QVERIFY(view);
            QVERIFY2(!view->planView()->plan().steps.isEmpty(), "no plan shown");
            QVERIFY(view->planView()->script().contains(u"ALTER TABLE"_s));
            // A difference's detail with its pre-flight figures.
            QVERIFY(view->selectObject(u"public.conversations.id"_s));
            QVERIFY(!view->detailPane()->comparisonText().isEmpty());
            QVERIFY(window.windowTitle().contains(u"READ-ONLY"_s));
        }

        const QList<Logged> log = parseLog(m_cluster->logFrom(offset));
        const Scan s = scan(log, {u"live"_s});
        qInfo("%d statements in %lld sessions of the console", s.statements,
              qint64(s.sessions.size()));
        QVERIFY2(s.statements > 20, "too few statements in the log: is log_statement on?");
        QVERIFY2(s.writes.isEmpty(), qPrintable(s.writes.join(u'\n')));
        QVERIFY2(s.notReadOnly.isEmpty(), qPrintable(s.notReadOnly.join(u'\n')));
        // The scanner itself is proven against real writes in tst_faults; here, one more check
        // that it reads this log: a write sent now by a session of ours is seen.
        const qint64 offset2 = m_cluster->logSize();
        {
            auto w = Connection::open(m_cluster->admin(u"live"_s), AccessMode::ReadWrite);
            QVERIFY(w.ok());
            QVERIFY(w->exec(u"BEGIN"_s).ok());
            QVERIFY(w->exec(u"UPDATE users SET email = email"_s).ok());
            QVERIFY(w->exec(u"ROLLBACK"_s).ok());
        }
        const Scan control = scan(parseLog(m_cluster->logFrom(offset2)), {u"live"_s});
        QVERIFY2(control.writes.join(u'\n').contains(u"UPDATE"_s),
                 qPrintable(control.writes.join(u'\n')));
    }
};

QTEST_MAIN(TestReadOnlyGui)
#include "tst_readonlygui.moc"
