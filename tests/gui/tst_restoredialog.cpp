// SPDX-License-Identifier: MIT
// The restore dialog on real SQLite files with data (seed 001): a backup taken before a repair
// brings the pre-repair schema and rows back through the dialog; a backup with one changed
// byte is refused in one sentence before anything else, and nothing changes.

#include "RestoreDialog.h"
#include "SeedFixtures.h"
#include "TestSupport.h"
#include "Translations.h"
#include "expected/ExpectedSource.h"
#include "run/Backup.h"
#include "run/RepairRun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace sm;
using sm::gui::RestoreDialog;

namespace {

const QString kSeed = u"001_sqlite_add_constraint"_s;

QByteArray fingerprint(const QString &db)
{
    QProcess p;
    p.start(u"sqlite3"_s, {db, u".dump"_s});
    p.waitForFinished(60000);
    return QCryptographicHash::hash(p.readAllStandardOutput(), QCryptographicHash::Sha256).toHex();
}

class Yes final : public Confirmer
{
public:
    bool confirm(const ConfirmRequest &) override { return true; }
};

} // namespace

class TestRestoreDialog : public QObject
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

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("SCHEMAMEDIC_JOURNAL_DIR", m_dir.filePath(u"journal"_s).toUtf8());
    }

    void restoresThePreRepairState()
    {
        const QString db = liveFrom(kSeed);
        QVERIFY(!db.isEmpty());
        const ConnectionSpec spec = *ConnectionSpec::parse(u"sqlite:"_s + db);
        const QByteArray before = fingerprint(db);

        // A repair through the core, which takes the backup the dialog then restores.
        ExpectedOptions eo;
        auto expected = loadExpected(test::seedDir(kSeed) + u"/expected.sql"_s, eo);
        QVERIFY(expected);
        Yes yes;
        RepairOptions o;
        o.target = spec;
        o.expected = expected->schema;
        o.resolutions.stamp = true;
        for (int h = 0; h <= int(Hazard::BackwardIncompatible); ++h)
            o.allowedHazards.insert(Hazard(h));
        o.backupDirectory = m_dir.filePath(u"backup-restore"_s);
        o.confirmer = &yes;
        const RepairResult r = runRepair(o);
        QVERIFY2(r.outcome == RepairOutcome::Done, qPrintable(r.message));
        QVERIFY(fingerprint(db) != before);

        RestoreDialog d(spec, r.backupDirectory);
        d.show();
        QTRY_VERIFY_WITH_TIMEOUT(!d.isChecking(), 30000);
        QVERIFY2(d.backupAccepted(), qPrintable(d.problem()));
        QVERIFY(d.findChild<QLabel *>(u"checksumStatus"_s)->text().contains(u"match"_s));
        auto *details = d.findChild<QTreeWidget *>(u"manifestDetails"_s);
        QVERIFY(details->topLevelItemCount() == 2);
        QVERIFY(details->topLevelItem(0)->childCount() >= 1);             // files
        QCOMPARE(details->topLevelItem(0)->child(0)->text(2).size(), 64); // their SHA-256
        QVERIFY(details->topLevelItem(1)->childCount() >= 2);             // tables with row counts

        auto *button = d.findChild<QPushButton *>(u"restoreButton"_s);
        auto *name = d.findChild<QLineEdit *>(u"typedName"_s);
        QVERIFY(!button->isEnabled());
        name->setText(u"other.db"_s);
        QVERIFY(!button->isEnabled());
        name->setText(QFileInfo(db).fileName());
        QVERIFY(button->isEnabled());
        button->click();
        QVERIFY(d.isRestoring());
        QTRY_VERIFY_WITH_TIMEOUT(d.outcome().has_value(), 60000);
        QVERIFY2(*d.outcome() == RestoreOutcome::Restored, qPrintable(d.resultMessage()));
        QVERIFY(d.findChild<QLabel *>(u"checksumStatus"_s)->text().contains(u"verified"_s));
        QCOMPARE(fingerprint(db), before);
    }

    void tamperedBackupIsRefused()
    {
        const QString db = liveFrom(kSeed);
        const ConnectionSpec spec = *ConnectionSpec::parse(u"sqlite:"_s + db);
        const QString dir = m_dir.filePath(u"backup-tampered"_s);
        auto backup = takeBackup(spec, dir);
        QVERIFY2(backup, backup ? "" : qPrintable(backup.error().message));
        // Something changes the live database after the backup, so a restore would show.
        QVERIFY(test::createSqliteDatabase(db, u"DELETE FROM todos WHERE id > 20;"_s).isEmpty());
        const QByteArray before = fingerprint(db);

        // One byte of the copy changes; its size stays the same.
        QFile f(QDir(dir).filePath(backupDataFileName(Dialect::Sqlite)));
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 at = f.size() / 2;
        QVERIFY(f.seek(at));
        char c = 0;
        QVERIFY(f.getChar(&c));
        QVERIFY(f.seek(at));
        QVERIFY(f.putChar(static_cast<char>(c ^ 0x5a)));
        f.close();

        RestoreDialog d(spec, dir);
        d.show();
        QTRY_VERIFY_WITH_TIMEOUT(!d.isChecking(), 30000);
        QVERIFY(!d.backupAccepted());
        const QString sentence = d.problem();
        QVERIFY2(sentence.contains(u"has changed since the backup was taken"_s),
                 qPrintable(sentence));
        QCOMPARE(sentence.count(u". "_s), 0); // one sentence
        QCOMPARE(d.findChild<QLabel *>(u"checksumStatus"_s)->text(), sentence);
        auto *button = d.findChild<QPushButton *>(u"restoreButton"_s);
        d.findChild<QLineEdit *>(u"typedName"_s)->setText(QFileInfo(db).fileName());
        QVERIFY(!button->isEnabled());
        button->click();
        QVERIFY(!d.isRestoring());
        QCOMPARE(fingerprint(db), before);
    }

    // Closing the dialog while it checks a large archive stops the check: it must not go on
    // reading gigabytes after the dialog, or the console, has gone.
    void closingStopsTheChecksumCheck()
    {
        const QString db = liveFrom(kSeed);
        const ConnectionSpec spec = *ConnectionSpec::parse(u"sqlite:"_s + db);
        const QString dir = m_dir.filePath(u"backup-large"_s);
        QVERIFY(takeBackup(spec, dir));
        // The data file becomes 4 GB (sparse: no disk is used), and the manifest says so, so
        // that the check reads all of it: seconds, at the 1.7 GB/s libcrypto hashes here.
        auto manifest = readManifest(dir);
        QVERIFY(manifest);
        QFile data(QDir(dir).filePath(backupDataFileName(Dialect::Sqlite)));
        constexpr qint64 kSize = qint64(4) << 30;
        QVERIFY(data.resize(kSize));
        for (BackupFile &f : manifest->files)
            if (f.name == backupDataFileName(Dialect::Sqlite))
                f.size = kSize;
        QVERIFY(writeManifest(*manifest, dir));

        QElapsedTimer timer;
        {
            RestoreDialog d(spec, dir);
            d.show();
            auto *progress = d.findChild<QProgressBar *>();
            QVERIFY(progress);
            QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 30000); // it is reading
            QVERIFY(d.isChecking());
            timer.start();
        }
        const qint64 closeMs = timer.elapsed();
        QVERIFY2(closeMs < 2000, qPrintable(u"closing took %1 ms"_s.arg(closeMs)));
        // Nothing of the check is left running: the pool is idle at once.
        QVERIFY(QThreadPool::globalInstance()->waitForDone(500));
    }

    // Renders the dialog to SM_SCREENSHOT_DIR (docs and review; not part of the normal run).
    void screenshot()
    {
        const QString out = qEnvironmentVariable("SM_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set SM_SCREENSHOT_DIR to render the dialog");
        // SM_SCREENSHOT_LANG=de renders the German console.
        const QString lang = qEnvironmentVariable("SM_SCREENSHOT_LANG", u"en"_s);
        QVERIFY(sm::gui::installTranslations(lang));
        const QString db = liveFrom(kSeed);
        const ConnectionSpec spec = *ConnectionSpec::parse(u"sqlite:"_s + db);
        const QString dir = m_dir.filePath(u"backup-shot"_s);
        QVERIFY(takeBackup(spec, dir));
        RestoreDialog d(spec, dir);
        d.resize(860, 640);
        d.show();
        QTRY_VERIFY_WITH_TIMEOUT(!d.isChecking(), 30000);
        d.findChild<QLineEdit *>(u"typedName"_s)->setText(QFileInfo(db).fileName());
        QVERIFY(d.grab().save(QDir(out).filePath(u"restore-"_s + lang + u".png"_s)));
    }
};

QTEST_MAIN(TestRestoreDialog)
#include "tst_restoredialog.moc"
