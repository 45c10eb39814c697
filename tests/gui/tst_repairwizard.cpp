// SPDX-License-Identifier: MIT
// The repair wizard on real SQLite files with data (seed 001): Next stays disabled until every
// hazard is ticked and the database name typed; the repair leaves the database equal to the
// expected schema with every row kept and the journal ending in "done"; a cancel during the
// apply, a cancel at the confirmation and a dry run change nothing; a pre-flight failure on
// live rows blocks the run; the incident report exports. With SM_SCREENSHOT_DIR set, each page
// of a repair of the demo database is also rendered to a PNG there.

#include "GuiConfirmer.h"
#include "RepairWizard.h"
#include "RepairWorker.h"
#include "SeedFixtures.h"
#include "TestSupport.h"
#include "Translations.h"
#include "expected/ExpectedSource.h"
#include "introspect/Introspector.h"
#include "run/Journal.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace sm;
using sm::gui::RepairWizard;

namespace {

const QString kSeed = u"001_sqlite_add_constraint"_s;

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

// The button that moves the wizard on from its current page (Commit on a commit page).
QAbstractButton *forward(QWizard &w)
{
    if (w.currentPage() && w.currentPage()->isCommitPage())
        return w.button(QWizard::CommitButton);
    return w.button(QWizard::NextButton);
}

} // namespace

class TestRepairWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString liveFrom(const QString &seed)
    {
        const QString path = m_dir.filePath(u"%1-%2.db"_s.arg(seed.left(3)).arg(++m_n));
        const QString err = test::createSqliteDatabase(
            path, test::readFixture(u"seeds/"_s + seed + u"/live.sql"_s));
        return err.isEmpty() ? path : QString();
    }

    gui::RepairWizardInput input(const QString &db, const QString &seed = kSeed)
    {
        gui::RepairWizardInput in;
        in.target = *ConnectionSpec::parse(u"sqlite:"_s + db);
        in.expectedSource = test::seedDir(seed) + u"/expected.sql"_s; // loaded by the wizard
        in.resolutions.stamp = true;
        in.backupParent = m_dir.filePath(u"backups"_s);
        in.journalDirectory = m_dir.filePath(u"journal"_s);
        return in;
    }

    // Review → Pre-flight → Backup, backup taken and verified, run waiting at the confirmation.
    bool toConfirmPage(RepairWizard &w)
    {
        w.show();
        if (!QTest::qWaitFor([&] { return forward(w)->isEnabled(); }, 60000))
            return false;
        forward(w)->click(); // → Pre-flight
        if (w.currentId() != RepairWizard::PreflightPage)
            return false;
        if (!QTest::qWaitFor([&] { return forward(w)->isEnabled(); }, 60000))
            return false;
        forward(w)->click(); // → Backup
        if (w.currentId() != RepairWizard::BackupPage || forward(w)->isEnabled())
            return false;
        w.findChild<QPushButton *>(u"takeBackup"_s)->click();
        if (!QTest::qWaitFor([&] { return forward(w)->isEnabled(); }, 60000))
            return false;
        forward(w)->click(); // → Confirm
        return w.currentId() == RepairWizard::ConfirmPage;
    }

    void acknowledgeAll(RepairWizard &w)
    {
        for (QCheckBox *c : w.findChildren<QCheckBox *>())
            if (c->objectName().startsWith(u"hazard:"_s))
                c->setChecked(true);
        w.findChild<QLineEdit *>(u"typedName"_s)->setText(QFileInfo(m_lastDb).fileName());
    }

    QString m_lastDb;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void confirmerChecksTheRequest()
    {
        ConfirmRequest r;
        r.action = u"repair"_s;
        r.databaseName = u"prod.db"_s;
        r.hazards = {u"table_rewrite"_s, u"data_loss"_s};
        gui::Acknowledgement ack{u"repair"_s, u"prod.db"_s, {u"table_rewrite"_s}};
        QVERIFY(gui::GuiConfirmer::refusalReason(r, ack).contains(u"data_loss"_s));
        ack.hazards.insert(u"data_loss"_s);
        QVERIFY(gui::GuiConfirmer::refusalReason(r, ack).isEmpty());
        ack.databaseName = u"staging.db"_s;
        QVERIFY(!gui::GuiConfirmer::refusalReason(r, ack).isEmpty());
        ack.databaseName = u"prod.db"_s;
        ack.action = u"restore"_s;
        QVERIFY(!gui::GuiConfirmer::refusalReason(r, ack).isEmpty());

        // Answered before the question (a dialog that asks first) and after it (the wizard).
        gui::GuiConfirmer early;
        early.acknowledge({u"repair"_s, u"prod.db"_s, {u"table_rewrite"_s, u"data_loss"_s}});
        QVERIFY(early.confirm(r));
        gui::GuiConfirmer wrong;
        wrong.acknowledge({u"repair"_s, u"prod.db"_s, {u"table_rewrite"_s}});
        QVERIFY(!wrong.confirm(r));
        QVERIFY(wrong.lastRefusal().contains(u"data_loss"_s));
        gui::GuiConfirmer declined;
        declined.decline();
        QVERIFY(!declined.confirm(r));
    }

    void repairsSeed001()
    {
        const QString db = liveFrom(kSeed);
        QVERIFY(!db.isEmpty());
        m_lastDb = db;
        const QByteArray before = fingerprint(db);
        const qint64 users = scalar(db, u"SELECT count(*) FROM users"_s);
        const qint64 todos = scalar(db, u"SELECT count(*) FROM todos"_s);
        QVERIFY(users > 0 && todos > 0);

        RepairWizard w(input(db));
        QVERIFY(toConfirmPage(w));
        QVERIFY(w.plan().hazards().contains(Hazard::TableRewrite));
        // The backup is on screen with its checksum, and on disk with its manifest.
        auto *files = w.findChild<QTreeWidget *>(u"backupFiles"_s);
        QVERIFY(files->topLevelItemCount() >= 1);
        QCOMPARE(files->topLevelItem(0)->text(2).size(), 64);
        const QString backupDir = w.findChild<QLineEdit *>(u"backupLocation"_s)->text();
        QVERIFY(QFile::exists(backupDir + u"/manifest.json"_s));
        QCOMPARE(fingerprint(db), before); // nothing written before the confirmation

        // Next stays disabled until every hazard is ticked and the name is typed.
        QAbstractButton *apply = forward(w);
        QVERIFY(apply->text().contains(u"Apply"_s));
        QVERIFY(!apply->isEnabled());
        const QList<QCheckBox *> boxes =
            w.findChildren<QCheckBox *>(QRegularExpression(u"^hazard:"_s));
        QVERIFY(!boxes.isEmpty());
        for (QCheckBox *c : boxes) {
            QVERIFY(!apply->isEnabled());
            c->setChecked(true);
        }
        auto *name = w.findChild<QLineEdit *>(u"typedName"_s);
        QVERIFY(name->isVisible());
        QVERIFY(!apply->isEnabled()); // ticked, not yet typed
        name->setText(u"wrong.db"_s);
        QVERIFY(!apply->isEnabled());
        boxes.first()->setChecked(false);
        name->setText(QFileInfo(db).fileName());
        QVERIFY(!apply->isEnabled()); // typed, one hazard unticked
        boxes.first()->setChecked(true);
        QVERIFY(apply->isEnabled());
        apply->click();
        QCOMPARE(w.currentId(), int(RepairWizard::ApplyPage));

        QTRY_VERIFY_WITH_TIMEOUT(w.runFinished(), 60000);
        const RepairResult r = *w.runResult();
        QVERIFY2(r.outcome == RepairOutcome::Done, qPrintable(r.message + u'\n' + r.details));
        QVERIFY(
            w.findChild<QPlainTextEdit *>(u"applyLog"_s)->toPlainText().contains(u"statement"_s));
        forward(w)->click();
        QCOMPARE(w.currentId(), int(RepairWizard::VerifyPage));
        QVERIFY(w.findChild<QLabel *>(u"verdict"_s)->text().contains(u"Repaired and verified"_s));

        // The database matches the expected schema, every row kept.
        ExpectedOptions eo;
        auto expected = loadExpected(test::seedDir(kSeed) + u"/expected.sql"_s, eo);
        QVERIFY(expected);
        auto conn =
            Connection::open(*ConnectionSpec::parse(u"sqlite:"_s + db), AccessMode::ReadOnly);
        QVERIFY(conn);
        auto actual = introspect(*conn);
        QVERIFY(actual);
        const QStringList left = test::diffLines(diff(expected->schema, *actual, {}));
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
        QCOMPARE(scalar(db, u"SELECT count(*) FROM users"_s), users);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM todos"_s), todos);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM pragma_foreign_key_check"_s), 0);

        // The journal ends in "done".
        auto journal = readJournal(r.journalPath);
        QVERIFY(journal);
        QCOMPARE(journal->records.last().event, u"done"_s);

        // Finish: the incident report exports, rendered from that journal.
        forward(w)->click();
        QCOMPARE(w.currentId(), int(RepairWizard::FinishPage));
        QVERIFY(w.findChild<QPushButton *>(u"restoreBackup"_s)->isEnabled());
        const QString reportPath = m_dir.filePath(u"incident.md"_s);
        Status s = w.exportReport(reportPath);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QFile f(reportPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString report = QString::fromUtf8(f.readAll());
        QVERIFY(report.contains(u"# Schema Medic incident report"_s));
        QVERIFY(report.contains(u"repaired and verified"_s));
        QVERIFY(report.contains(backupDir));
    }

    void cancelDuringApplyLeavesTheDatabaseUnchanged()
    {
        const QString db = liveFrom(kSeed);
        m_lastDb = db;
        const QByteArray before = fingerprint(db);
        RepairWizard w(input(db));
        QVERIFY(toConfirmPage(w));
        // Cancel as soon as the first statement of the apply is journaled: on the run's own
        // thread, so the next statement is the one that sees it.
        connect(
            w.worker(), &gui::RepairWorker::eventJournaled, w.worker(),
            [worker = w.worker()](const QString &event, const QJsonObject &) {
                if (event == u"statement")
                    worker->cancel();
            },
            Qt::DirectConnection);
        acknowledgeAll(w);
        QVERIFY(forward(w)->isEnabled());
        forward(w)->click();
        QTRY_VERIFY_WITH_TIMEOUT(w.runFinished(), 60000);
        const RepairResult r = *w.runResult();
        QVERIFY2(r.outcome == RepairOutcome::RolledBack, qPrintable(r.message));
        QVERIFY(r.message.contains(u"Cancelled"_s));
        QCOMPARE(fingerprint(db), before);
        auto journal = readJournal(r.journalPath);
        QVERIFY(journal);
        QCOMPARE(journal->records.last().event, u"rolled_back"_s);
        QVERIFY(w.isVisible()); // it stays to say so
        forward(w)->click();
        QVERIFY(w.findChild<QLabel *>(u"verdict"_s)->text().contains(u"Rolled back"_s));
    }

    void cancelAtTheConfirmationChangesNothing()
    {
        const QString db = liveFrom(kSeed);
        const QByteArray before = fingerprint(db);
        RepairWizard w(input(db));
        QVERIFY(toConfirmPage(w));
        QSignalSpy rejected(&w, &QDialog::rejected);
        w.button(QWizard::CancelButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, 30000);
        QCOMPARE(w.runResult()->outcome, RepairOutcome::Declined);
        QCOMPARE(fingerprint(db), before);
    }

    void dryRunChangesNothing()
    {
        const QString db = liveFrom(kSeed);
        const QByteArray before = fingerprint(db);
        RepairWizard w(input(db));
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(forward(w)->isEnabled(), 60000);
        w.findChild<QCheckBox *>(u"dryRun"_s)->setChecked(true);
        forward(w)->click();
        QTRY_VERIFY_WITH_TIMEOUT(forward(w)->isEnabled(), 60000);
        QVERIFY(w.currentPage()->isCommitPage());
        forward(w)->click(); // straight to the rehearsal: no backup, no confirmation
        QCOMPARE(w.currentId(), int(RepairWizard::ApplyPage));
        QTRY_VERIFY_WITH_TIMEOUT(w.runFinished(), 60000);
        QVERIFY2(w.runResult()->outcome == RepairOutcome::DryRunPassed,
                 qPrintable(w.runResult()->message));
        QCOMPARE(fingerprint(db), before);
    }

    void preflightFailureBlocksTheRun()
    {
        // Seed 003 as it was found: rows that break the new CHECK constraints.
        const QString seed = u"003_sqlite_factory_reboot"_s;
        const QString db = liveFrom(seed);
        QVERIFY(!db.isEmpty());
        RepairWizard w(input(db, seed));
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(forward(w)->isEnabled(), 60000);
        forward(w)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isAnalysing(), 60000);
        QCOMPARE(w.currentId(), int(RepairWizard::PreflightPage));
        QVERIFY(!forward(w)->isEnabled());
        const QString status = w.findChild<QLabel *>(u"preflightStatus"_s)->text();
        QVERIFY2(status.contains(u"fail on live rows"_s), qPrintable(status));
        QVERIFY(w.findChild<QTreeWidget *>(u"preflightChecks"_s)->topLevelItemCount() > 0);
    }

    // Renders each page of a repair of the demo database (scripts/demo's, built by the same
    // script, with the decisions the README's walkthrough makes) to SM_SCREENSHOT_DIR: docs and
    // review, not part of the normal run.
    void screenshots()
    {
        const QString out = qEnvironmentVariable("SM_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set SM_SCREENSHOT_DIR to render the wizard's pages");
        // SM_SCREENSHOT_LANG=de renders the German console.
        const QString lang = qEnvironmentVariable("SM_SCREENSHOT_LANG", u"en"_s);
        QVERIFY(sm::gui::installTranslations(lang));
        QDir().mkpath(out);
        QVERIFY(QDir(m_dir.path()).mkpath(u"shots-"_s + lang));
        const QString db = m_dir.filePath(u"shots-"_s + lang + u"/demo.db"_s);
        QProcess build;
        build.start(u"bash"_s, {QStringLiteral(SM_DEMO_DB_SCRIPT), db});
        QVERIFY(build.waitForFinished(60000));
        QVERIFY2(build.exitCode() == 0, build.readAllStandardError().constData());
        m_lastDb = db;
        gui::RepairWizardInput in = input(db);
        in.expectedSource = QStringLiteral(SM_DEMO_EXPECTED);
        in.resolutions.backfill.insert(u"main.campaigns.name"_s, u"'Imported campaign #' || id"_s);
        in.resolutions.drop.insert(u"main.annotations.foreign key (user_id)"_s);
        in.backupParent = m_dir.filePath(u"shots-"_s + lang + u"/backups"_s);
        RepairWizard w(in);
        w.resize(980, 720);
        auto shot = [&](const QString &name) {
            QVERIFY(w.grab().save(QDir(out).filePath(name + u'-' + lang + u".png"_s)));
        };
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(forward(w)->isEnabled(), 60000);
        if (auto *steps = w.findChild<QTreeWidget *>(u"reviewSteps"_s)) {
            // The step an operator opens first: the rebuild that changes user_id's type.
            for (int i = 0; i < steps->topLevelItemCount(); ++i)
                if (steps->topLevelItem(i)->text(0).contains(u"main.annotations ("_s)) {
                    steps->expandItem(steps->topLevelItem(i));
                    steps->scrollToItem(steps->topLevelItem(i));
                    break;
                }
        }
        shot(u"wizard-review"_s);
        forward(w)->click();
        QTRY_VERIFY_WITH_TIMEOUT(forward(w)->isEnabled(), 60000);
        shot(u"wizard-preflight"_s);
        forward(w)->click();
        w.findChild<QPushButton *>(u"takeBackup"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(forward(w)->isEnabled(), 60000);
        shot(u"wizard-backup"_s);
        forward(w)->click();
        acknowledgeAll(w);
        QVERIFY(forward(w)->isEnabled());
        shot(u"wizard-confirm"_s);
        forward(w)->click();
        QTRY_VERIFY_WITH_TIMEOUT(w.runFinished(), 60000);
        QVERIFY2(w.runResult()->outcome == RepairOutcome::Done,
                 qPrintable(w.runResult()->message + u'\n' + w.runResult()->details));
        shot(u"wizard-apply"_s);
        forward(w)->click();
        shot(u"wizard-verify"_s);
        forward(w)->click();
        shot(u"wizard-finish"_s);
    }
};

QTEST_MAIN(TestRepairWizard)
#include "tst_repairwizard.moc"
