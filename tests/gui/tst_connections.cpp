// SPDX-License-Identifier: MIT
// Connections: profiles round-trip through QSettings without a password, the dialog takes its
// password from a SecretStore, Test connects in the background and answers in one sentence
// while the event loop keeps running, and the real keychain, where none answers (the test
// environment), says so instead of storing anything.

#include "ConnectionDialog.h"
#include "ConnectionManager.h"
#include "ConnectionProfiles.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "SchemaTreeModel.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace sm::gui;
using sm::Dialect;

namespace {

const auto kSecret = u"Correct-Horse-7b3f"_s; // must never reach a file

ConnectionProfile pgProfile(const QString &name)
{
    ConnectionProfile p;
    p.name = name;
    p.engine = Dialect::Postgres;
    p.host = u"db.internal"_s;
    p.port = 6543;
    p.database = u"astropixel"_s;
    p.user = u"app"_s;
    p.sslMode = u"require"_s;
    p.connectTimeout = 7;
    p.rememberPassword = true;
    return p;
}

template<typename T> T *child(QWidget *w, const QString &name)
{
    auto *c = w->findChild<T *>(name);
    if (c == nullptr)
        qWarning("no child %s", qPrintable(name));
    return c;
}

// Every file under `dir` that contains `needle`.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << f.fileName();
    }
    return hits;
}

} // namespace

class TestConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void profilesRoundTrip();
    void renameAndRemove();
    void noPasswordInSettingsFile();
    void dialogTakesPasswordFromStore();
    void dialogWithoutKeychainAsksEachTime();
    void missingSqliteFileIsOneSentence();
    void sqliteTestShowsVersion();
    void wrongPasswordIsOneSentence();
    void testDoesNotBlockTheEventLoop();
    void testCanBeCancelledAndRetried();
    void managerConnectsWithStoredPassword();
    void managerOpensSqliteProfileInMainWindow();
    void keychainUnavailableStoresNothing();
    void screenshot();

private:
    ConnectionDialog *
    newDialog(SecretStore *store,
              ConnectionDialog::Purpose purpose = ConnectionDialog::Purpose::Connect);

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<QTcpServer> m_silent; // accepts and never answers: a hanging server
};

void TestConnections::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Settings go to ~/.qttest, and the keychain has no D-Bus to reach: the CI situation.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SchemaMedicTest"_s);
    QCoreApplication::setApplicationName(u"tst_connections"_s);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/schemamedic-test-bus");
    qunsetenv("DISPLAY");
    m_db = m_dir.filePath(u"app.db"_s);
    const QString err = sm::test::createSqliteDatabase(
        m_db, u"CREATE TABLE \"Invoice\"(id INTEGER PRIMARY KEY, total NUMERIC);"_s);
    QVERIFY2(err.isEmpty(), qPrintable(err));

    m_silent = std::make_unique<QTcpServer>();
    QVERIFY(m_silent->listen(QHostAddress::LocalHost, 0));
    m_silent->setMaxPendingConnections(100); // never read: libpq waits for an answer
}

void TestConnections::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

ConnectionDialog *TestConnections::newDialog(SecretStore *store, ConnectionDialog::Purpose purpose)
{
    auto *d = new ConnectionDialog(store, purpose);
    d->setAttribute(Qt::WA_DeleteOnClose);
    return d;
}

void TestConnections::profilesRoundTrip()
{
    const QString file = m_dir.filePath(u"roundtrip.ini"_s);
    ConnectionProfiles profiles(file);
    QVERIFY(profiles.all().isEmpty());

    ConnectionProfile pg = pgProfile(u"prod-annotations"_s);
    ConnectionProfile lite;
    lite.name = u"demo file"_s;
    lite.engine = Dialect::Sqlite;
    lite.sqlitePath = m_db;
    profiles.save(pg);
    profiles.save(lite);

    const ConnectionProfiles again(file); // a fresh reader of the same file
    const QList<ConnectionProfile> all = again.all();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0), pg);
    QCOMPARE(all.at(1), lite);
    QCOMPARE(again.find(u"demo file"_s)->sqlitePath, m_db);

    // The profile says where to connect; the spec it gives is what the dialog would build.
    const sm::ConnectionSpec spec = pg.spec(u"pw"_s);
    QCOMPARE(spec.host, u"db.internal"_s);
    QCOMPARE(spec.port, 6543);
    QCOMPARE(spec.param(u"sslmode"_s), u"require"_s);
    QCOMPARE(spec.param(u"connect_timeout"_s), u"7"_s);
    QVERIFY(!spec.redacted().contains(u"pw"_s.prepend(u':')));
    QCOMPARE(ConnectionProfile::fromSpec(spec, pg.name).secretKey(), pg.secretKey());
    QCOMPARE(pg.secretKey(), u"postgresql://app@db.internal:6543/astropixel"_s);
    QVERIFY(lite.secretKey().isEmpty());

    // Saving under an existing name replaces it.
    pg.port = 5432;
    profiles.save(pg);
    QCOMPARE(again.all().size(), 2);
    QCOMPARE(again.find(pg.name)->port, 5432);
}

void TestConnections::renameAndRemove()
{
    ConnectionProfiles profiles(m_dir.filePath(u"rename.ini"_s));
    profiles.save(pgProfile(u"a"_s));
    profiles.save(pgProfile(u"b"_s));
    ConnectionProfile renamed = pgProfile(u"c"_s);
    profiles.save(renamed, u"a"_s);
    QStringList names;
    for (const ConnectionProfile &p : profiles.all())
        names << p.name;
    QCOMPARE(names, (QStringList{u"c"_s, u"b"_s})); // in place of the old one
    profiles.remove(u"b"_s);
    QCOMPARE(profiles.all().size(), 1);
    QVERIFY(!profiles.find(u"b"_s));
}

// The operator adds a profile with a password through the manager: the password goes to the
// store, the profile to the settings file, and the file never holds the password.
void TestConnections::noPasswordInSettingsFile()
{
    const QString file = m_dir.filePath(u"nopassword.ini"_s);
    MemorySecretStore store;
    ConnectionManager manager(ConnectionProfiles(file), &store);
    manager.show();
    manager.addProfile();
    auto *dialog = qobject_cast<ConnectionDialog *>(qApp->activeModalWidget());
    QVERIFY(dialog);
    child<QLineEdit>(dialog, u"name"_s)->setText(u"prod"_s);
    child<QLineEdit>(dialog, u"host"_s)->setText(u"db.internal"_s);
    child<QLineEdit>(dialog, u"database"_s)->setText(u"astropixel"_s);
    child<QLineEdit>(dialog, u"user"_s)->setText(u"app"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"password"_s), kSecret);
    auto *remember = child<QCheckBox>(dialog, u"rememberPassword"_s);
    QVERIFY(remember->isEnabled());
    remember->setChecked(true);
    child<QPushButton>(dialog, u"okButton"_s)->click();

    QTRY_VERIFY(store.contains(u"postgresql://app@db.internal:5432/astropixel"_s));
    QCOMPARE(store.password(u"postgresql://app@db.internal:5432/astropixel"_s), kSecret);
    QCOMPARE(manager.profileNames(), QStringList{u"prod"_s});

    QFile ini(file);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    QVERIFY2(text.contains("db.internal"), text.constData()); // the right file was read
    QVERIFY2(text.contains("rememberPassword=true"), text.constData());
    QVERIFY2(!text.contains(kSecret.toUtf8()), text.constData());
    const QSettings written(file, QSettings::IniFormat);
    for (const QString &key : written.allKeys()) {
        QVERIFY2(key.section(u'/', -1).compare(u"password"_s, Qt::CaseInsensitive) != 0,
                 qPrintable(key));
        QVERIFY2(written.value(key).toString() != kSecret, qPrintable(key));
    }

    // Nothing else under the test configuration folder has it either.
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QCOMPARE(filesContaining(config, kSecret.toUtf8()), QStringList());
    QCOMPARE(filesContaining(m_dir.path(), kSecret.toUtf8()), QStringList());
}

void TestConnections::dialogTakesPasswordFromStore()
{
    MemorySecretStore store;
    const ConnectionProfile p = pgProfile(u"prod"_s);
    store.write(p.secretKey(), kSecret, &store, {});
    QTRY_VERIFY(store.contains(p.secretKey()));

    auto *dialog = newDialog(&store);
    dialog->setProfile(p);
    dialog->show();
    auto *password = child<QLineEdit>(dialog, u"password"_s);
    QVERIFY(password->text().isEmpty()); // it arrives later, never inside setProfile()
    QTRY_COMPARE(password->text(), kSecret);
    QCOMPARE(dialog->spec().password, kSecret);
    QVERIFY(!child<QLabel>(dialog, u"keychainNote"_s)->isVisible());

    // A profile that does not remember its password asks for it.
    auto *other = newDialog(&store);
    ConnectionProfile forget = p;
    forget.rememberPassword = false;
    other->setProfile(forget);
    other->show();
    QTest::qWait(50);
    QVERIFY(child<QLineEdit>(other, u"password"_s)->text().isEmpty());
    dialog->close();
    other->close();
}

void TestConnections::dialogWithoutKeychainAsksEachTime()
{
    MemorySecretStore store;
    store.setAvailable(false);
    auto *dialog = newDialog(&store);
    dialog->setProfile(pgProfile(u"prod"_s));
    dialog->show();
    auto *note = child<QLabel>(dialog, u"keychainNote"_s);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"No system keychain"_s), qPrintable(note->text()));
    QVERIFY2(note->text().contains(u"each time"_s), qPrintable(note->text()));
    auto *remember = child<QCheckBox>(dialog, u"rememberPassword"_s);
    QVERIFY(!remember->isEnabled());
    QVERIFY(!remember->isChecked());
    QTest::keyClicks(child<QLineEdit>(dialog, u"password"_s), kSecret);
    QVERIFY(!dialog->profile().rememberPassword);
    child<QPushButton>(dialog, u"okButton"_s)->click();
    QTest::qWait(50);
    QCOMPARE(store.writeCount(), 0);

    // The note is for PostgreSQL passwords; a SQLite file has none.
    auto *lite = newDialog(&store);
    lite->show();
    child<QComboBox>(lite, u"engine"_s)->setCurrentIndex(1);
    QVERIFY(!child<QLabel>(lite, u"keychainNote"_s)->isVisible());
    lite->close();
}

void TestConnections::missingSqliteFileIsOneSentence()
{
    MemorySecretStore store;
    auto *dialog = newDialog(&store);
    ConnectionProfile p;
    p.engine = Dialect::Sqlite;
    p.sqlitePath = m_dir.filePath(u"gone.db"_s);
    dialog->setProfile(p);
    dialog->show();
    QSignalSpy finished(dialog, &ConnectionDialog::testFinished);
    child<QPushButton>(dialog, u"testButton"_s)->click();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QString message = finished.at(0).at(1).toString();
    QVERIFY2(message.contains(u"does not exist"_s), qPrintable(message));
    QVERIFY2(!message.contains(u'\n'), qPrintable(message));
    QCOMPARE(message.count(u". "_s), 0); // one sentence
    QVERIFY(dialog->statusText().contains(message));
    QVERIFY(!QFile::exists(p.sqlitePath)); // never created by a test

    // Connecting to it is refused in the dialog, which stays open.
    QSignalSpy accepted(dialog, &QDialog::accepted);
    child<QPushButton>(dialog, u"okButton"_s)->click();
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->statusText().contains(u"does not exist"_s), qPrintable(dialog->statusText()));
    QVERIFY(!QFile::exists(p.sqlitePath));
    dialog->close();
}

void TestConnections::sqliteTestShowsVersion()
{
    MemorySecretStore store;
    auto *dialog = newDialog(&store);
    ConnectionProfile p;
    p.engine = Dialect::Sqlite;
    p.sqlitePath = m_db;
    dialog->setProfile(p);
    dialog->show();
    QSignalSpy finished(dialog, &ConnectionDialog::testFinished);
    dialog->startTest();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY2(finished.at(0).at(1).toString().startsWith(u"SQLite 3."_s),
             qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(dialog->statusText().contains(u"Connected"_s));
    dialog->close();
}

void TestConnections::wrongPasswordIsOneSentence()
{
    SM_REQUIRE_POSTGRES();
    const sm::ConnectionSpec server = *sm::test::postgresServer();
    MemorySecretStore store;
    auto *dialog = newDialog(&store);
    ConnectionProfile p = ConnectionProfile::fromSpec(server);
    p.connectTimeout = 5;
    dialog->setProfile(p);
    dialog->show();
    QTest::keyClicks(child<QLineEdit>(dialog, u"password"_s), u"certainly-not-it"_s);
    QSignalSpy finished(dialog, &ConnectionDialog::testFinished);
    child<QPushButton>(dialog, u"testButton"_s)->click();
    QVERIFY(dialog->isTesting());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QString message = finished.at(0).at(1).toString();
    QVERIFY2(message.contains(u"refused the password"_s), qPrintable(message));
    QVERIFY2(!message.contains(u'\n'), qPrintable(message));
    QVERIFY(!message.contains(u"certainly-not-it"_s));
    QVERIFY(!dialog->statusText().contains(u"certainly-not-it"_s));

    // The right password: the server's version.
    auto *password = child<QLineEdit>(dialog, u"password"_s);
    password->setText(server.password);
    child<QPushButton>(dialog, u"testButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 15000);
    QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
    QVERIFY2(finished.at(1).at(1).toString().startsWith(u"PostgreSQL "_s),
             qPrintable(finished.at(1).at(1).toString()));
    dialog->close();
}

// A server that accepts and never answers: Test waits for libpq's connect_timeout (2 s) off the
// GUI thread while a timer on the GUI thread keeps firing.
void TestConnections::testDoesNotBlockTheEventLoop()
{
    MemorySecretStore store;
    auto *dialog = newDialog(&store);
    ConnectionProfile p = pgProfile(u"hanging"_s);
    p.host = u"127.0.0.1"_s;
    p.port = m_silent->serverPort();
    p.sslMode = u"disable"_s;
    p.connectTimeout = 2;
    p.rememberPassword = false;
    dialog->setProfile(p);
    dialog->show();

    int ticks = 0;
    QTimer timer;
    timer.setInterval(20);
    connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
    timer.start();

    QSignalSpy finished(dialog, &ConnectionDialog::testFinished);
    auto *test = child<QPushButton>(dialog, u"testButton"_s);
    QElapsedTimer clock;
    clock.start();
    test->click();
    QVERIFY2(clock.elapsed() < 500, "clicking Test must return at once");
    QVERIFY(dialog->isTesting());
    QVERIFY2(test->text().contains(u"Cancel"_s), qPrintable(test->text()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    const qint64 took = clock.elapsed();
    QVERIFY2(took >= 1500, qPrintable(QString::number(took)));
    // About one tick per 20 ms all along: the event loop never stalled.
    QVERIFY2(ticks >= took / 20 / 2, qPrintable(u"%1 ticks in %2 ms"_s.arg(ticks).arg(took)));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QString message = finished.at(0).at(1).toString();
    QVERIFY2(message.contains(u"did not answer in time"_s), qPrintable(message));
    QVERIFY(!message.contains(u'\n'));
    QVERIFY(!dialog->isTesting());
    QVERIFY(!test->text().contains(u"Cancel"_s));
    dialog->close();
}

void TestConnections::testCanBeCancelledAndRetried()
{
    MemorySecretStore store;
    auto *dialog = newDialog(&store);
    ConnectionProfile p = pgProfile(u"hanging"_s);
    p.host = u"127.0.0.1"_s;
    p.port = m_silent->serverPort();
    p.sslMode = u"disable"_s;
    p.connectTimeout = 2;
    p.rememberPassword = false;
    dialog->setProfile(p);
    dialog->show();
    QSignalSpy finished(dialog, &ConnectionDialog::testFinished);
    QSignalSpy cancelled(dialog, &ConnectionDialog::testCancelled);
    auto *test = child<QPushButton>(dialog, u"testButton"_s);

    test->click(); // start
    QVERIFY(dialog->isTesting());
    test->click(); // cancel
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!dialog->isTesting());
    QVERIFY(dialog->statusText().contains(u"cancelled"_s));

    // Again, and this time let it run out; the first attempt's late answer is not shown.
    test->click();
    QVERIFY(dialog->isTesting());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QTest::qWait(300);
    QCOMPARE(finished.count(), 1);

    // The dialog works as before: switch to the SQLite file and test it.
    child<QComboBox>(dialog, u"engine"_s)->setCurrentIndex(1);
    child<QLineEdit>(dialog, u"sqlitePath"_s)->setText(m_db);
    test->click();
    QTRY_COMPARE(finished.count(), 2);
    QVERIFY(finished.at(1).at(0).toBool());
    dialog->close();
}

void TestConnections::managerConnectsWithStoredPassword()
{
    const QString file = m_dir.filePath(u"manager.ini"_s);
    ConnectionProfiles profiles(file);
    const ConnectionProfile p = pgProfile(u"prod"_s);
    profiles.save(p);
    MemorySecretStore store;
    store.write(p.secretKey(), kSecret, &store, {});
    QTRY_VERIFY(store.contains(p.secretKey()));

    ConnectionManager manager(profiles, &store);
    sm::ConnectionSpec requested;
    QString name;
    connect(&manager, &ConnectionManager::connectRequested, this,
            [&](const sm::ConnectionSpec &spec, const QString &profile) {
                requested = spec;
                name = profile;
            });
    manager.show();
    manager.selectProfile(u"prod"_s);
    child<QPushButton>(&manager, u"connectButton"_s)->click();
    QTRY_COMPARE(name, u"prod"_s);
    QCOMPARE(requested.password, kSecret);
    QCOMPARE(requested.host, p.host);
    QCOMPARE(requested.database, p.database);

    // Without a keychain the dialog comes up and asks for the password.
    store.setAvailable(false);
    ConnectionManager again(profiles, &store);
    again.show();
    again.selectProfile(u"prod"_s);
    again.connectSelected();
    auto *dialog = qobject_cast<ConnectionDialog *>(qApp->activeModalWidget());
    QVERIFY(dialog);
    QVERIFY(child<QLabel>(dialog, u"keychainNote"_s)->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, u"database"_s)->text(), p.database);
    dialog->reject();
}

void TestConnections::managerOpensSqliteProfileInMainWindow()
{
    ConnectionProfile lite;
    lite.name = u"local file"_s;
    lite.engine = Dialect::Sqlite;
    lite.sqlitePath = m_db;
    ConnectionProfiles().save(lite); // the application's own settings (test mode)

    MemorySecretStore store;
    MainWindow window;
    window.setSecretStore(&store);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::schemaLoaded);
    window.showConnectionManager();
    auto *manager = qobject_cast<ConnectionManager *>(qApp->activeModalWidget());
    QVERIFY(manager);
    QCOMPARE(manager->profileNames(), QStringList{u"local file"_s});
    auto *list = child<QListWidget>(manager, u"profileList"_s);
    QVERIFY(list->item(0)->text().contains(m_db));
    child<QPushButton>(manager, u"connectButton"_s)->click();
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(window.windowTitle().contains(u"app.db"_s));
    QVERIFY(!window.isRepairMode());
    QCOMPARE(window.schemaModel()->rowCount(
                 window.schemaModel()->groupIndex(SchemaTreeModel::Kind::Table)),
             1);
}

// The test environment has no Secret Service (DBUS_SESSION_BUS_ADDRESS points nowhere): the
// real store must say "no keychain", keep nothing, and never fall back to a file.
void TestConnections::keychainUnavailableStoresNothing()
{
    KeychainSecretStore store;
    store.setTimeout(10000);
    QList<SecretResult> results;
    auto collect = [&results](const SecretResult &r) { results << r; };
    store.write(u"postgresql://app@db.internal:5432/astropixel"_s, kSecret, this, collect);
    QVERIFY(results.isEmpty()); // asynchronous
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 15000);
    QCOMPARE(results.at(0).status, SecretResult::Status::Unavailable);
    QVERIFY2(results.at(0).message.contains(u"No system keychain"_s),
             qPrintable(results.at(0).message));
    QCOMPARE(store.availability(), SecretStore::Availability::Unavailable);

    store.read(u"postgresql://app@db.internal:5432/astropixel"_s, this, collect);
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 15000);
    QCOMPARE(results.at(1).status, SecretResult::Status::Unavailable);
    QVERIFY(results.at(1).password.isEmpty());

    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QCOMPARE(filesContaining(config, kSecret.toUtf8()), QStringList());
    QCOMPARE(filesContaining(QDir::homePath() + u"/.config"_s, kSecret.toUtf8()), QStringList());

    // The dialog over the real store says so plainly.
    KeychainSecretStore fresh;
    auto *dialog = newDialog(&fresh);
    dialog->setProfile(pgProfile(u"prod"_s));
    dialog->show();
    auto *note = child<QLabel>(dialog, u"keychainNote"_s);
    QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), 15000);
    QVERIFY(note->text().contains(u"No system keychain"_s));
    QVERIFY(!child<QCheckBox>(dialog, u"rememberPassword"_s)->isEnabled());
    dialog->close();
}

// SM_SCREENSHOT_DIR=… saves the dialog as the documentation shows it.
void TestConnections::screenshot()
{
    const QString dir = qEnvironmentVariable("SM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("SM_SCREENSHOT_DIR is not set");
    const QString lang = qEnvironmentVariable("SM_SCREENSHOT_LANG", u"en"_s);
    QVERIFY(sm::gui::installTranslations(lang));
    MemorySecretStore store;
    store.setAvailable(false);
    ConnectionDialog dialog(&store, ConnectionDialog::Purpose::Connect);
    // The test server when there is one (a successful test), else the silent one (a timeout).
    const auto server = sm::test::postgresServer();
    ConnectionProfile p = server ? ConnectionProfile::fromSpec(*server) : pgProfile({});
    p.name = u"prod-annotations"_s;
    if (!server) {
        p.host = u"127.0.0.1"_s;
        p.port = m_silent->serverPort();
    }
    p.sslMode = QString();
    p.connectTimeout = 2;
    dialog.setProfile(p);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, u"password"_s),
                     server ? server->password : u"xxxxxxxx"_s);
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    dialog.startTest();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QTest::qWait(100);
    QVERIFY(dialog.grab().save(dir + u"/connection-dialog-"_s + lang + u".png"_s));
}

QTEST_MAIN(TestConnections)
#include "tst_connections.moc"
