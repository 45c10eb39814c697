// SPDX-License-Identifier: MIT
// Connecting to PostgreSQL: libpq's password rules, read-only sessions, and one clear
// sentence for every way a connection can fail — never with the password in it.

#include "TestSupport.h"
#include "db/Connection.h"

#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sm;

namespace {

// A port on which nothing listens: bind one, learn its number, close it.
int unusedPort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 1;
    const int port = s.serverPort();
    s.close();
    return port;
}

// Restores an environment variable when the test ends.
class EnvGuard
{
public:
    explicit EnvGuard(const char *name)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
    {
        m_old = qgetenv(name);
    }
    ~EnvGuard()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace

class TestPostgresConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectsWithPassword()
    {
        SM_REQUIRE_POSTGRES();
        auto c = Connection::open(*test::postgresServer(), AccessMode::ReadWrite);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
        QCOMPARE(c->dialect(), Dialect::Postgres);
        QVERIFY(c->serverVersionNumber() >= 120000);
        QVERIFY(!c->serverVersion().isEmpty());
        QVERIFY(c->sqliteHandle() == nullptr);
        auto q = c->query(u"SELECT current_setting('application_name')"_s);
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toString(), u"schemamedic"_s);
    }

    void readOnlySessionRefusesWrites()
    {
        SM_CREATE_PG_DATABASE(db, "conn");
        auto c = Connection::open(db.spec(), AccessMode::ReadOnly);
        QVERIFY(c.ok());
        Status s = c->exec(u"CREATE TABLE t(x int)"_s);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(u"read-only transaction"_s),
                 qPrintable(s.error().message));
        auto rw = Connection::open(db.spec(), AccessMode::ReadWrite);
        QVERIFY(rw.ok());
        auto q = rw->query(u"SELECT count(*) FROM pg_class WHERE relname = 't'"_s);
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toInt(), 0);
    }

    void passwordFromPgpassfile()
    {
        SM_REQUIRE_POSTGRES();
        ConnectionSpec spec = *test::postgresServer();
        QTemporaryDir dir;
        const QString passfile = dir.filePath(u"pgpass"_s);
        {
            QFile f(passfile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(u"*:*:*:%1:%2\n"_s.arg(spec.user, spec.password).toUtf8());
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        EnvGuard g1("PGPASSFILE"), g2("PGPASSWORD");
        qputenv("PGPASSFILE", QFile::encodeName(passfile));
        qunsetenv("PGPASSWORD");
        spec.password.clear();
        auto c = Connection::open(spec, AccessMode::ReadOnly);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
    }

    void passwordFromPgpassword()
    {
        SM_REQUIRE_POSTGRES();
        ConnectionSpec spec = *test::postgresServer();
        EnvGuard g1("PGPASSWORD"), g2("PGPASSFILE");
        qputenv("PGPASSWORD", spec.password.toUtf8());
        qputenv("PGPASSFILE", "/nonexistent");
        spec.password.clear();
        auto c = Connection::open(spec, AccessMode::ReadOnly);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
    }

    void noPasswordAnywhere()
    {
        SM_REQUIRE_POSTGRES();
        ConnectionSpec spec = *test::postgresServer();
        EnvGuard g1("PGPASSWORD"), g2("PGPASSFILE");
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent");
        spec.password.clear();
        auto c = Connection::open(spec, AccessMode::ReadOnly);
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.contains(u"none was given"_s), qPrintable(c.error().message));
    }

    void failuresAreOneSentenceWithoutThePassword_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong password") << u"password"_s << u"refused the password"_s;
        QTest::newRow("refused port") << u"port"_s << u"connection refused"_s;
        QTest::newRow("unknown database") << u"database"_s << u"does not exist"_s;
        QTest::newRow("unknown user") << u"user"_s << u"refused the password"_s;
        QTest::newRow("unresolvable host") << u"host"_s << u"cannot be resolved"_s;
        QTest::newRow("TLS required, not offered") << u"tls"_s << u"does not offer TLS"_s;
    }

    void failuresAreOneSentenceWithoutThePassword()
    {
        QFETCH(QString, what);
        QFETCH(QString, expected);
        SM_REQUIRE_POSTGRES();
        ConnectionSpec spec = *test::postgresServer();
        spec.setParam(u"connect_timeout"_s, u"5"_s);
        const QString secret = u"Tr0ub4dor-only-in-this-test"_s;
        if (what == u"password") {
            spec.password = secret;
        } else if (what == u"port") {
            spec.port = unusedPort();
            spec.password = secret;
        } else if (what == u"database") {
            spec.database = u"no_such_database_here"_s;
        } else if (what == u"user") {
            // With SCRAM, an unknown role looks like a wrong password on purpose.
            spec.user = u"nobody_here"_s;
            spec.password = secret;
        } else if (what == u"host") {
            spec.host = u"no-such-host.invalid"_s;
            spec.password = secret;
        } else if (what == u"tls") {
            spec.setParam(u"sslmode"_s, u"require"_s);
        }
        auto c = Connection::open(spec, AccessMode::ReadOnly);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, ErrorKind::Connection);
        QVERIFY2(c.error().message.contains(expected), qPrintable(c.error().toString()));
        QVERIFY(!c.error().message.contains(u'\n'));
        QVERIFY(!c.error().toString().contains(secret));
        QVERIFY(!c.error().toString().contains(test::postgresServer()->password));
    }

    void lostConnectionIsReported()
    {
        SM_CREATE_PG_DATABASE(db, "lost");
        auto victim = Connection::open(db.spec(), AccessMode::ReadOnly);
        QVERIFY(victim.ok());
        auto pid = victim->query(u"SELECT pg_backend_pid()"_s);
        QVERIFY(pid.ok() && pid->next());
        const int backend = pid->value(0).toInt();
        auto killer = Connection::open(db.spec(), AccessMode::ReadWrite);
        QVERIFY(killer.ok());
        QVERIFY(killer->exec(u"SELECT pg_terminate_backend(?)"_s, {backend}).ok());
        Status s = victim->exec(u"SELECT 1"_s);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Connection);
        QVERIFY2(s.error().message.contains(u"connection to the PostgreSQL server was lost"_s),
                 qPrintable(s.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestPostgresConnection)
#include "tst_postgresconnection.moc"
