// SPDX-License-Identifier: MIT
// Connection URLs (design §4.1): what parses, what is refused, and that no password is printed.

#include "db/ConnectionSpec.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sm;

class TestConnectionSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqliteForms_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("path");
        QTest::newRow("absolute") << u"sqlite:/var/lib/app.db"_s << u"/var/lib/app.db"_s;
        QTest::newRow("triple slash") << u"sqlite:///var/lib/app.db"_s << u"/var/lib/app.db"_s;
        QTest::newRow("relative") << u"sqlite:data/app.db"_s
                                  << QDir::cleanPath(QDir::currentPath() + u"/data/app.db"_s);
        QTest::newRow("spaces") << u"sqlite:/tmp/my db.sqlite"_s << u"/tmp/my db.sqlite"_s;
        QTest::newRow("percent") << u"sqlite:///tmp/my%20db.sqlite"_s << u"/tmp/my db.sqlite"_s;
        QTest::newRow("dot segments") << u"sqlite:/tmp/a/../b.db"_s << u"/tmp/b.db"_s;
    }

    void sqliteForms()
    {
        QFETCH(QString, url);
        QFETCH(QString, path);
        auto spec = ConnectionSpec::parse(url);
        QVERIFY2(spec.ok(), qPrintable(spec.ok() ? QString() : spec.error().message));
        QCOMPARE(spec->dialect, Dialect::Sqlite);
        QCOMPARE(spec->path, path);
        QCOMPARE(spec->redacted(), u"sqlite:"_s + path);
    }

    void postgresForms()
    {
        auto s = ConnectionSpec::parse(
            u"postgresql://app:s3cr%40t@db.internal:6543/astro?sslmode=require&connect_timeout=5"_s);
        QVERIFY(s.ok());
        QCOMPARE(s->dialect, Dialect::Postgres);
        QCOMPARE(s->host, u"db.internal"_s);
        QCOMPARE(s->port, 6543);
        QCOMPARE(s->database, u"astro"_s);
        QCOMPARE(s->user, u"app"_s);
        QCOMPARE(s->password, u"s3cr@t"_s);
        QCOMPARE(s->param(u"sslmode"_s), u"require"_s);
        QCOMPARE(s->param(u"connect_timeout"_s), u"5"_s);

        auto p = ConnectionSpec::parse(u"postgres://localhost/db"_s);
        QVERIFY(p.ok());
        QCOMPARE(p->port, 5432);
        QVERIFY(p->user.isEmpty());

        auto v6 = ConnectionSpec::parse(u"postgresql://u@[::1]:5433/db"_s);
        QVERIFY(v6.ok());
        QCOMPARE(v6->host, u"::1"_s);
        QCOMPARE(v6->port, 5433);

        auto sock = ConnectionSpec::parse(u"postgresql://u@/db?host=/run/postgresql"_s);
        QVERIFY2(sock.ok(), qPrintable(sock.ok() ? QString() : sock.error().message));
        QCOMPARE(sock->host, u"/run/postgresql"_s);
        QVERIFY(sock->redacted().contains(u"host=/run/postgresql"_s) ||
                sock->redacted().contains(u"host=%2Frun%2Fpostgresql"_s));

        auto pw = ConnectionSpec::parse(u"postgresql://u@h/db?password=hunter2"_s);
        QVERIFY(pw.ok());
        QCOMPARE(pw->password, u"hunter2"_s);
    }

    void redactedNeverShowsThePassword_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("userinfo") << u"postgresql://app:hunter2@db/astro"_s;
        QTest::newRow("query") << u"postgresql://app@db/astro?password=hunter2"_s;
        QTest::newRow("both") << u"postgres://app:hunter2@db:5433/astro?sslmode=disable"_s;
    }

    void redactedNeverShowsThePassword()
    {
        QFETCH(QString, url);
        auto s = ConnectionSpec::parse(url);
        QVERIFY(s.ok());
        QCOMPARE(s->password, u"hunter2"_s);
        QVERIFY(!s->redacted().contains(u"hunter2"_s));
        QVERIFY(s->redacted().startsWith(u"postgresql://app@db"_s));
        QVERIFY(s->redacted().contains(u"/astro"_s));
        // The redacted form parses back to the same place, minus the secret.
        auto back = ConnectionSpec::parse(s->redacted());
        QVERIFY(back.ok());
        ConnectionSpec expected = *s;
        expected.password.clear();
        QCOMPARE(*back, expected);
    }

    // Found by fuzz/fuzz_connectionspec: a host or database given in the query that the URL's
    // authority or path cannot hold was lost from the printed form (the journal named no host).
    void redactedParsesBackToTheSamePlace_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("host list") << u"postgresql://app:hunter2@/astro?host=db1,db2"_s;
        QTest::newRow("host not a URL host")
            << u"postgresql://app@/astro?host=ostgresql://app@/astro?host/run/postgresql&password=hunter2"_s;
        QTest::newRow("upper-case host") << u"postgresql://app:hunter2@/astro?host=DB.Internal"_s;
        QTest::newRow("slash in database") << u"postgresql://app:hunter2@db/?dbname=a/b"_s;
        QTest::newRow("socket, port, params")
            << u"postgresql://app:hunter2@:6543/astro?host=/run/postgresql&sslmode=disable"_s;
    }

    void redactedParsesBackToTheSamePlace()
    {
        QFETCH(QString, url);
        auto s = ConnectionSpec::parse(url);
        QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().toString()));
        QCOMPARE(s->password, u"hunter2"_s);
        const QString shown = s->redacted();
        QVERIFY2(!shown.contains(u"hunter2"_s), qPrintable(shown));
        auto back = ConnectionSpec::parse(shown);
        QVERIFY2(back.ok(), qPrintable(shown));
        ConnectionSpec expected = *s;
        expected.password.clear();
        QCOMPARE(*back, expected);
    }

    void badUrlsGetOneClearSentence_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << u""_s << u"No database was given"_s;
        QTest::newRow("scheme") << u"mysql://u@h/db"_s << u"\"mysql\" is not supported"_s;
        QTest::newRow("no scheme") << u"just-a-file.db"_s << u"is not a database URL"_s;
        QTest::newRow("port zero") << u"postgresql://u@h:0/db"_s << u"1 to 65535"_s;
        QTest::newRow("port big") << u"postgresql://u@h:70000/db"_s << u"1 to 65535"_s;
        QTest::newRow("port text") << u"postgresql://u@h:abc/db"_s << u"1 to 65535"_s;
        QTest::newRow("malformed") << u"postgresql://u@h h/db"_s << u"malformed"_s;
        QTest::newRow("no host") << u"postgresql:///db"_s << u"names no host"_s;
        QTest::newRow("no db") << u"postgresql://u@h"_s << u"names no database"_s;
        QTest::newRow("db path") << u"postgresql://u@h/a/b"_s << u"one database"_s;
        QTest::newRow("sslmode") << u"postgresql://u@h/db?sslmode=maybe"_s << u"sslmode must be"_s;
        QTest::newRow("timeout") << u"postgresql://u@h/db?connect_timeout=soon"_s
                                 << u"connect_timeout"_s;
        QTest::newRow("unknown param")
            << u"postgresql://u@h/db?sslmod=require"_s << u"\"sslmod\""_s;
        QTest::newRow("sqlite empty") << u"sqlite:"_s << u"names no file"_s;
        QTest::newRow("sqlite relative authority")
            << u"sqlite://relative.db"_s << u"absolute path"_s;
    }

    void badUrlsGetOneClearSentence()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        auto s = ConnectionSpec::parse(url);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Usage);
        QVERIFY2(s.error().message.contains(expected), qPrintable(s.error().message));
        QVERIFY(!s.error().message.contains(u'\n'));
        QVERIFY(s.error().message.endsWith(u'.'));
    }

    void redactSecretsInFreeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("url") << u"connecting to postgresql://app:hunter2@db/x now"_s;
        QTest::newRow("conninfo") << u"host=db password=hunter2 dbname=x"_s;
        QTest::newRow("quoted") << u"password='hunter2' user=app"_s;
        QTest::newRow("env") << u"PGPASSWORD=hunter2 pg_dump"_s;
        QTest::newRow("json-ish") << u"password: hunter2"_s;
        // Found by fuzz/fuzz_connectionspec: the part after an escaped or doubled quote was left.
        QTest::newRow("conninfo escape") << u"password='hunter2 \\'hunter2' user=app"_s;
        QTest::newRow("doubled quote") << u"password='it''s hunter2' user=app"_s;
        QTest::newRow("double quotes") << u"PGPASSWORD=\"a \\\"hunter2\" pg_dump"_s;
        // The kind of input fuzz/fuzz_connectionspec found (its own was lost with the build
        // folder): a pair and a URL run together. One pass left "s://pwd:***;a@", which a second
        // pass redacted again, since it now reads as a URL; redactSecrets now repeats until
        // nothing changes.
        QTest::newRow("pair and URL run together") << u"s://pwd:hunter2s://'';a@"_s;
    }

    void redactSecretsInFreeText()
    {
        QFETCH(QString, text);
        const QString clean = redactSecrets(text);
        QVERIFY2(!clean.contains(u"hunter2"_s), qPrintable(clean));
        QVERIFY(clean.contains(u"***"_s));
        QCOMPARE(redactSecrets(clean), clean); // nothing is left for a second pass to find
    }

    void displayName()
    {
        QCOMPARE(ConnectionSpec::parse(u"sqlite:/x/demo.db"_s)->displayName(), u"demo.db"_s);
        QCOMPARE(ConnectionSpec::parse(u"postgresql://h/astro"_s)->displayName(), u"astro"_s);
    }
};

QTEST_GUILESS_MAIN(TestConnectionSpec)
#include "tst_connectionspec.moc"
