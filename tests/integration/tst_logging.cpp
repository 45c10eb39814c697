// SPDX-License-Identifier: MIT
// The audit log: a rotating file, Qt's messages routed in, and no password in any line —
// whether it came from a URL, a driver message or a failed connection.

#include "TestSupport.h"
#include "db/Connection.h"
#include "log/Log.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sm;

namespace {

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Every file under dir, concatenated: a secret must be in none of them.
QString readTree(const QString &dir)
{
    QString all;
    QDir d(dir);
    for (const QString &f : d.entryList(QDir::Files))
        all += readAll(d.filePath(f));
    for (const QString &sub : d.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        all += readTree(d.filePath(sub));
    return all;
}

} // namespace

class TestLogging : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        log::Options o;
        o.directory = m_dir.filePath(u"logs"_s);
        o.fileLevel = spdlog::level::trace;
        log::init(o);
        log::installQtMessageHandler();
        QVERIFY(log::logFilePath().startsWith(m_dir.path()));
    }

    void linesReachTheFile()
    {
        spdlog::info("hello {}", u"wörld"_s);
        qWarning("a Qt warning");
        spdlog::default_logger()->flush();
        const QString text = readAll(log::logFilePath());
        QVERIFY2(text.contains(u"hello wörld"_s), qPrintable(text));
        QVERIFY(text.contains(u"qt: a Qt warning"_s));
    }

    void secretsInLinesAreRedacted()
    {
        spdlog::warn("connecting to postgresql://app:hunter2-url@db/x");
        spdlog::error("conninfo host=db password=hunter2-kv dbname=x");
        spdlog::default_logger()->flush();
        const QString text = readAll(log::logFilePath());
        QVERIFY(!text.contains(u"hunter2"_s));
        QVERIFY(text.contains(u"postgresql://app:***@db/x"_s));
    }

    void connectionPasswordsNeverReachTheLog()
    {
        SM_CREATE_PG_DATABASE(db, "logging");
        const ConnectionSpec good = db.spec();
        QVERIFY(!good.password.isEmpty());
        {
            auto c = Connection::open(good, AccessMode::ReadOnly);
            QVERIFY(c.ok());
            (void)c->exec(u"SELECT 1"_s);
            (void)c->exec(u"SELECT * FROM missing_table"_s);
        }
        ConnectionSpec bad = good;
        bad.password = u"wrong-Secret-9f8e7d"_s;
        QVERIFY(!Connection::open(bad, AccessMode::ReadOnly).ok());

        // The CLI, given the password in the URL itself, must not log it either.
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SCHEMAMEDIC_LOG_DIR"_s, m_dir.filePath(u"cli-logs"_s));
        cli.setProcessEnvironment(env);
        ConnectionSpec withPw = good;
        const QString url = withPw.redacted().replace(
            u"://"_s + good.user + u'@', u"://"_s + good.user + u':' + good.password + u'@');
        cli.start(QStringLiteral(SM_CLI_PATH), {u"inspect"_s, u"--db"_s, url, u"-v"_s});
        QVERIFY(cli.waitForFinished(60000));
        const QString output =
            QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 0);

        spdlog::default_logger()->flush();
        const QString logs = readTree(m_dir.path()) + output;
        QVERIFY(logs.contains(u"connected to"_s)); // the file really was written
        QVERIFY2(!logs.contains(good.password), "the test server's password reached a log");
        QVERIFY2(!logs.contains(bad.password), "a wrong password reached a log");
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
