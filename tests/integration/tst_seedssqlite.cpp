// SPDX-License-Identifier: MIT
// Seeds 001 and 003 (SQLite): the broken database with its rows, the expected schema from the
// migration as it should have been, and exactly the differences the write-ups describe.

#include "SeedFixtures.h"
#include "TestSupport.h"
#include "expected/ExpectedSource.h"
#include "introspect/Introspector.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sm;

class TestSeedsSqlite : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Result<Schema> live(const QString &seed)
    {
        const QString path = m_dir.filePath(seed + u".db"_s);
        const QString err = test::createSqliteDatabase(
            path, test::readFixture(u"seeds/"_s + seed + u"/live.sql"_s));
        if (!err.isEmpty())
            return makeError(ErrorKind::Input, err);
        auto conn =
            Connection::open(*ConnectionSpec::parse(u"sqlite:"_s + path), AccessMode::ReadOnly);
        if (!conn)
            return conn.error();
        return introspect(*conn);
    }

private Q_SLOTS:
    void seed001PostgresHabitsAreRefusedAtLoadTime()
    {
        ExpectedOptions o;
        o.dialect = Dialect::Sqlite;
        auto r = loadExpected(
            test::seedDir(u"001_sqlite_add_constraint"_s) + u"/expected_postgres_habits.sql"_s, o);
        QVERIFY(!r.ok());
        const QString m = r.error().message;
        QVERIFY2(m.startsWith(u"expected_postgres_habits.sql:17: "_s), qPrintable(m));
        QVERIFY(m.contains(u"near \"CONSTRAINT\": syntax error"_s));
        // The hint for a PostgreSQL habit comes first in the details, on a line of its own.
        QVERIFY2(
            r.error().details.section(u'\n', 0, 0).contains(u"declare it inside CREATE TABLE"_s),
            qPrintable(r.error().details));
        QVERIFY(r.error().details.contains(u"~*"_s));
    }

    void seedDifferences_data()
    {
        QTest::addColumn<QString>("seed");
        const QStringList brokenMigration{
            u"missing_constraint main.users.chk_email_format"_s,
            u"missing_constraint main.users.chk_username_length"_s,
            u"missing_constraint main.todos.chk_todo_priority"_s,
            u"missing_constraint main.todos.chk_todo_title_not_empty"_s,
            u"migration_version main.alembic_version"_s,
        };
        QTest::newRow("001") << u"001_sqlite_add_constraint"_s;
        QTest::newRow("003") << u"003_sqlite_factory_reboot"_s;
    }

    void seedDifferences()
    {
        QFETCH(QString, seed);
        auto actual = live(seed);
        QVERIFY2(actual.ok(), qPrintable(actual.ok() ? QString() : actual.error().toString()));
        QVERIFY(actual->table(u"main.users"_s));
        ExpectedOptions o;
        o.dialect = Dialect::Sqlite;
        auto expected = loadExpected(test::seedDir(seed) + u"/expected.sql"_s, o);
        QVERIFY2(expected.ok(),
                 qPrintable(expected.ok() ? QString() : expected.error().toString()));
        const SchemaDiff d = diff(expected->schema, *actual);
        // The failed migration created the tables, never added its CHECKs and never wrote
        // its version: that, and nothing else.
        QCOMPARE(test::diffLines(d),
                 test::sorted({
                     u"missing_constraint main.users.chk_email_format"_s,
                     u"missing_constraint main.users.chk_username_length"_s,
                     u"missing_constraint main.todos.chk_todo_priority"_s,
                     u"missing_constraint main.todos.chk_todo_title_not_empty"_s,
                     u"migration_version main.alembic_version"_s,
                 }));
        const Difference *v = d.find(DiffKind::MigrationVersion, u"main.alembic_version"_s);
        QCOMPARE(*v->expected, u"001"_s);
        QVERIFY(!v->actual.has_value()); // alembic_version exists but was never written
    }

    void seed003HasTheRowsAFactoryRebootWouldDestroy()
    {
        const QString path = m_dir.filePath(u"003-count.db"_s);
        QVERIFY(test::createSqliteDatabase(
                    path, test::readFixture(u"seeds/003_sqlite_factory_reboot/live.sql"_s))
                    .isEmpty());
        auto conn =
            Connection::open(*ConnectionSpec::parse(u"sqlite:"_s + path), AccessMode::ReadOnly);
        QVERIFY(conn.ok());
        auto q = conn->query(
            u"SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM todos), "
            "(SELECT count(*) FROM todo_comments), "
            "(SELECT count(*) FROM users WHERE length(username) < 3), "
            "(SELECT count(*) FROM todos WHERE priority NOT IN ('low','medium','high'))"_s);
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toInt(), 502);
        QCOMPARE(q->value(1).toInt(), 3000);
        QCOMPARE(q->value(2).toInt(), 2000);
        QVERIFY(q->value(3).toInt() == 2); // rows that break the CHECKs the repair will add
        QVERIFY(q->value(4).toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(TestSeedsSqlite)
#include "tst_seedssqlite.moc"
