// SPDX-License-Identifier: MIT
// The diff on SQLite: the expected side is a DDL file loaded into a scratch in-memory database,
// the actual side a real file with rows in it. Every difference kind SQLite can have, and
// pairs of schemas written differently that must give no difference at all.

#include "TestSupport.h"
#include "diff/Diff.h"
#include "expected/ExpectedSource.h"
#include "introspect/Introspector.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sm;

namespace {

struct Compared
{
    SchemaDiff diff;
    QString error;
};

Compared compare(const QString &dir, const QString &actualSql, const QString &expectedSql,
                 const DiffOptions &options = {})
{
    static int n = 0;
    const QString path = dir + u"/db%1.sqlite"_s.arg(++n);
    const QString err = test::createSqliteDatabase(path, actualSql);
    if (!err.isEmpty())
        return {{}, u"actual: "_s + err};
    auto expected = loadSqliteDdl(expectedSql, u"expected.sql"_s);
    if (!expected)
        return {{}, u"expected: "_s + expected.error().toString()};
    auto conn = Connection::open(*ConnectionSpec::parse(u"sqlite:"_s + path), AccessMode::ReadOnly);
    if (!conn)
        return {{}, conn.error().toString()};
    auto actual = introspect(*conn);
    if (!actual)
        return {{}, actual.error().toString()};
    return {diff(expected->schema, *actual, options), {}};
}

QString describe(const SchemaDiff &d)
{
    QString s;
    for (const Difference &x : d.differences)
        s += diffKindName(x.kind) + u' ' + x.object + u" [" + x.expected.value_or(u"null"_s) +
             u" | " + x.actual.value_or(u"null"_s) + u"]\n";
    return s;
}

const char *kBase = R"(
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL,
  name TEXT,
  CONSTRAINT users_email_unique UNIQUE (email)
);
CREATE TABLE "order" (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  total NUMERIC CHECK (total >= 0),
  status TEXT DEFAULT 'new'
);
CREATE INDEX order_by_user ON "order"(user_id);
CREATE VIEW open_orders AS SELECT id, user_id FROM "order" WHERE status = 'new';
CREATE TRIGGER order_touch AFTER UPDATE ON "order" BEGIN SELECT 1; END;
)";

const char *kRows = R"(
INSERT INTO users(id, email, name) VALUES (1, 'ada@example.org', 'Ada'), (2, 'bob@example.org', NULL),
                         (3, 'cy@example.org', '');
INSERT INTO "order"(user_id, total, status) VALUES (1, 10, 'new'), (1, 0, NULL), (2, 99.5, 'paid'),
                                                   (3, NULL, 'new');
)";

} // namespace

class TestDiffSqlite : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void identicalSchemasHaveNoDifference()
    {
        auto r = compare(m_dir.path(), QString::fromUtf8(kBase) + QString::fromUtf8(kRows),
                         QString::fromUtf8(kBase));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY2(r.diff.isEmpty(), qPrintable(describe(r.diff)));
    }

    void eachDifferenceKind_data()
    {
        QTest::addColumn<QString>("actual");   // replaces text in the base schema for the live db
        QTest::addColumn<QString>("expected"); // … and for the expected DDL
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("expectedValue");
        QTest::addColumn<QString>("actualValue");

        QTest::newRow("missing_table")
            << u""_s << u"CREATE TABLE briefings(id INTEGER PRIMARY KEY);"_s << u"missing_table"_s
            << u"main.briefings"_s << u"CREATE TABLE briefings(id INTEGER PRIMARY KEY)"_s
            << u"null"_s;
        QTest::newRow("extra_table")
            << u"CREATE TABLE legacy(x);"_s << u""_s << u"extra_table"_s << u"main.legacy"_s
            << u"null"_s << u"CREATE TABLE legacy(x)"_s;
        QTest::newRow("missing_column")
            << u""_s << u"ALTER TABLE users ADD COLUMN quality_score REAL;"_s << u"missing_column"_s
            << u"main.users.quality_score"_s << u"REAL"_s << u"null"_s;
        QTest::newRow("extra_column")
            << u"ALTER TABLE users ADD COLUMN legacy_flag INTEGER;"_s << u""_s << u"extra_column"_s
            << u"main.users.legacy_flag"_s << u"null"_s << u"INTEGER"_s;
        QTest::newRow("renamed_column")
            << u"ALTER TABLE users ADD COLUMN taskType TEXT;"_s
            << u"ALTER TABLE users ADD COLUMN task_type TEXT;"_s << u"renamed_column"_s
            << u"main.users.task_type"_s << u"task_type"_s << u"taskType"_s;
        QTest::newRow("column_type")
            << u"ALTER TABLE users ADD COLUMN user_ref INTEGER;"_s
            << u"ALTER TABLE users ADD COLUMN user_ref VARCHAR(255);"_s << u"column_type"_s
            << u"main.users.user_ref"_s << u"VARCHAR(255)"_s << u"INTEGER"_s;
        QTest::newRow("column_nullability")
            << u"ALTER TABLE users ADD COLUMN nick TEXT DEFAULT '';"_s
            << u"ALTER TABLE users ADD COLUMN nick TEXT NOT NULL DEFAULT '';"_s
            << u"column_nullability"_s << u"main.users.nick"_s << u"NOT NULL"_s << u"NULL"_s;
        QTest::newRow("column_default")
            << u"ALTER TABLE users ADD COLUMN role TEXT;"_s
            << u"ALTER TABLE users ADD COLUMN role TEXT DEFAULT 'anonymous';"_s
            << u"column_default"_s << u"main.users.role"_s << u"'anonymous'"_s << u"null"_s;
        QTest::newRow("column_identity (generated)")
            << u"ALTER TABLE users ADD COLUMN email_lower TEXT;"_s
            << u"ALTER TABLE users ADD COLUMN email_lower TEXT GENERATED ALWAYS AS (lower(email)) VIRTUAL;"_s
            << u"column_identity"_s << u"main.users.email_lower"_s
            << u"GENERATED ALWAYS AS (lower(email)) VIRTUAL"_s << u"null"_s;
        QTest::newRow("missing_constraint")
            << u"CREATE TABLE t(a INTEGER, b INTEGER);"_s
            << u"CREATE TABLE t(a INTEGER, b INTEGER, CHECK (a < b));"_s << u"missing_constraint"_s
            << u"main.t.check (a < b)"_s << u"check (a < b)"_s << u"null"_s;
        QTest::newRow("extra_constraint")
            << u"CREATE TABLE t(a INTEGER REFERENCES users(id));"_s
            << u"CREATE TABLE t(a INTEGER);"_s << u"extra_constraint"_s
            << u"main.t.foreign key (a)"_s << u"null"_s << u"foreign key (a) → main.users(id)"_s;
        QTest::newRow("changed_constraint (FK action)")
            << u"CREATE TABLE t(a INTEGER REFERENCES users(id));"_s
            << u"CREATE TABLE t(a INTEGER REFERENCES users(id) ON DELETE CASCADE);"_s
            << u"changed_constraint"_s << u"main.t.foreign key (a)"_s
            << u"foreign key (a) → main.users(id) ON DELETE CASCADE"_s
            << u"foreign key (a) → main.users(id)"_s;
        QTest::newRow("changed_constraint (name)")
            << u"CREATE TABLE t(a INTEGER, CONSTRAINT positive_a CHECK (a > 0));"_s
            << u"CREATE TABLE t(a INTEGER, CONSTRAINT a_is_positive CHECK (a > 0));"_s
            << u"changed_constraint"_s << u"main.t.a_is_positive"_s
            << u"check a_is_positive (a > 0)"_s << u"check positive_a (a > 0)"_s;
        QTest::newRow("missing_index")
            << u""_s << u"CREATE INDEX users_name ON users(name);"_s << u"missing_index"_s
            << u"main.users.users_name"_s << u"index users_name (name)"_s << u"null"_s;
        QTest::newRow("extra_index")
            << u"CREATE INDEX users_name ON users(name);"_s << u""_s << u"extra_index"_s
            << u"main.users.users_name"_s << u"null"_s << u"index users_name (name)"_s;
        QTest::newRow("changed_index (name)")
            << u"CREATE INDEX users_name ON users(name);"_s
            << u"CREATE INDEX ix_users_name ON users(name);"_s << u"changed_index"_s
            << u"main.users.ix_users_name"_s << u"index ix_users_name (name)"_s
            << u"index users_name (name)"_s;
        QTest::newRow("missing_view")
            << u""_s << u"CREATE VIEW named AS SELECT * FROM users WHERE name IS NOT NULL;"_s
            << u"missing_view"_s << u"main.named"_s
            << u"CREATE VIEW named AS SELECT * FROM users WHERE name IS NOT NULL"_s << u"null"_s;
        QTest::newRow("changed_view")
            << u"CREATE VIEW named AS SELECT * FROM users;"_s
            << u"CREATE VIEW named AS SELECT * FROM users WHERE name IS NOT NULL;"_s
            << u"changed_view"_s << u"main.named"_s
            << u"CREATE VIEW named AS SELECT * FROM users WHERE name IS NOT NULL"_s
            << u"CREATE VIEW named AS SELECT * FROM users"_s;
        QTest::newRow("extra_view")
            << u"CREATE VIEW named AS SELECT 1;"_s << u""_s << u"extra_view"_s << u"main.named"_s
            << u"null"_s << u"CREATE VIEW named AS SELECT 1"_s;
        QTest::newRow("missing_trigger")
            << u""_s << u"CREATE TRIGGER users_t AFTER INSERT ON users BEGIN SELECT 1; END;"_s
            << u"missing_trigger"_s << u"main.users.users_t"_s
            << u"CREATE TRIGGER users_t AFTER INSERT ON users BEGIN SELECT 1; END"_s << u"null"_s;
        QTest::newRow("changed_trigger")
            << u"CREATE TRIGGER users_t AFTER INSERT ON users BEGIN SELECT 1; END;"_s
            << u"CREATE TRIGGER users_t AFTER INSERT ON users BEGIN SELECT 2; END;"_s
            << u"changed_trigger"_s << u"main.users.users_t"_s
            << u"CREATE TRIGGER users_t AFTER INSERT ON users BEGIN SELECT 2; END"_s
            << u"CREATE TRIGGER users_t AFTER INSERT ON users BEGIN SELECT 1; END"_s;
        QTest::newRow("extra_trigger")
            << u"CREATE TRIGGER users_t AFTER INSERT ON users BEGIN SELECT 1; END;"_s << u""_s
            << u"extra_trigger"_s << u"main.users.users_t"_s << u"null"_s
            << u"CREATE TRIGGER users_t AFTER INSERT ON users BEGIN SELECT 1; END"_s;
        QTest::newRow("migration_version")
            << u"CREATE TABLE alembic_version(version_num VARCHAR(32) NOT NULL PRIMARY KEY);"
               "INSERT INTO alembic_version VALUES ('a1b2c3');"_s
            << u"CREATE TABLE alembic_version(version_num VARCHAR(32) NOT NULL PRIMARY KEY);"
               "INSERT INTO alembic_version VALUES ('e940f3');"_s
            << u"migration_version"_s << u"main.alembic_version"_s << u"e940f3"_s << u"a1b2c3"_s;
    }

    void eachDifferenceKind()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QFETCH(QString, kind);
        QFETCH(QString, object);
        QFETCH(QString, expectedValue);
        QFETCH(QString, actualValue);
        const QString base = QString::fromUtf8(kBase);
        auto r = compare(m_dir.path(), base + actual + QString::fromUtf8(kRows), base + expected);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY2(r.diff.differences.size() == 1, qPrintable(describe(r.diff)));
        const Difference &d = r.diff.differences.first();
        QCOMPARE(diffKindName(d.kind), kind);
        QCOMPARE(d.object, object);
        QCOMPARE(d.expected.value_or(u"null"_s), expectedValue);
        QCOMPARE(d.actual.value_or(u"null"_s), actualValue);
    }

    void noFalsePositives_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");
        QTest::newRow("type-name case") << u"CREATE TABLE t(a integer, b varchar(10), c Text);"_s
                                        << u"CREATE TABLE t(a INTEGER, b VARCHAR(10), c TEXT);"_s;
        QTest::newRow("type spacing") << u"CREATE TABLE t(a VARCHAR (10), b NUMERIC(10, 2));"_s
                                      << u"CREATE TABLE t(a VARCHAR(10), b NUMERIC(10,2));"_s;
        QTest::newRow("column order")
            << u"CREATE TABLE t(a INTEGER, b TEXT);"_s << u"CREATE TABLE t(b TEXT, a INTEGER);"_s;
        QTest::newRow("check whitespace and case")
            << u"CREATE TABLE t(a INTEGER CHECK (a>0 AND a<10));"_s
            << u"CREATE TABLE t(a INTEGER, CHECK ( A > 0   and a < 10 ));"_s;
        QTest::newRow("check parentheses") << u"CREATE TABLE t(a INTEGER CHECK ((a > 0)));"_s
                                           << u"CREATE TABLE t(a INTEGER CHECK (a > 0));"_s;
        QTest::newRow("quoted identifiers")
            << u"CREATE TABLE \"t\"(\"a\" INTEGER, [b] TEXT, `c` TEXT);"_s
            << u"CREATE TABLE t(a INTEGER, b TEXT, c TEXT);"_s;
        QTest::newRow("unique inline vs table")
            << u"CREATE TABLE t(a INTEGER UNIQUE);"_s << u"CREATE TABLE t(a INTEGER, UNIQUE(a));"_s;
        QTest::newRow("fk inline vs table")
            << u"CREATE TABLE p(id INTEGER PRIMARY KEY); CREATE TABLE t(a INTEGER REFERENCES p(id));"_s
            << u"CREATE TABLE p(id INTEGER PRIMARY KEY); CREATE TABLE t(a INTEGER, FOREIGN KEY (a) REFERENCES p(id));"_s;
        QTest::newRow("fk without parent column")
            << u"CREATE TABLE p(id INTEGER PRIMARY KEY); CREATE TABLE t(a INTEGER REFERENCES p);"_s
            << u"CREATE TABLE p(id INTEGER PRIMARY KEY); CREATE TABLE t(a INTEGER REFERENCES p(id));"_s;
        QTest::newRow("named vs unnamed check")
            << u"CREATE TABLE t(a INTEGER CHECK (a > 0));"_s
            << u"CREATE TABLE t(a INTEGER, CONSTRAINT a_positive CHECK (a > 0));"_s;
        QTest::newRow("view whitespace and case")
            << u"CREATE VIEW v AS select   1 AS one;"_s << u"create view v as SELECT 1 as one;"_s;
        QTest::newRow("index expression spacing")
            << u"CREATE TABLE t(a TEXT); CREATE INDEX ti ON t(lower(a));"_s
            << u"CREATE TABLE t(a TEXT); CREATE INDEX ti ON t( LOWER( a ) );"_s;
        QTest::newRow("default spacing") << u"CREATE TABLE t(a TEXT DEFAULT ( 'x' ));"_s
                                         << u"CREATE TABLE t(a TEXT DEFAULT 'x');"_s;
    }

    void noFalsePositives()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        auto r = compare(m_dir.path(), actual, expected);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY2(r.diff.isEmpty(), qPrintable(describe(r.diff)));
    }

    void tableRenameIsProposedWithEvidence()
    {
        const QString actual =
            u"CREATE TABLE campaign_task(id INTEGER PRIMARY KEY, campaignId INTEGER, "
            "taskType TEXT, title TEXT, done INTEGER);"
            "INSERT INTO campaign_task VALUES (1, 1, 'write', 'Draft', 0);"_s;
        const QString expected =
            u"CREATE TABLE campaign_tasks(id INTEGER PRIMARY KEY, campaign_id INTEGER, "
            "task_type TEXT, title TEXT, done INTEGER);"_s;
        auto r = compare(m_dir.path(), actual, expected);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        const Difference *t = r.diff.find(DiffKind::RenamedTable, u"main.campaign_tasks"_s);
        QVERIFY2(t, qPrintable(describe(r.diff)));
        QCOMPARE(*t->actual, u"main.campaign_task"_s);
        QVERIFY(!t->declared);
        QVERIFY(t->evidence.contains(u"100%"_s));
        QVERIFY(r.diff.find(DiffKind::RenamedColumn, u"main.campaign_tasks.task_type"_s));
        QVERIFY(r.diff.find(DiffKind::RenamedColumn, u"main.campaign_tasks.campaign_id"_s));
        QCOMPARE(r.diff.differences.size(), 3);
        QCOMPARE(r.diff.count(DiffKind::MissingTable), 0);
        QCOMPARE(r.diff.count(DiffKind::ExtraTable), 0);
    }

    void renameDetectionCanBeTurnedOffOrDeclared()
    {
        const QString actual = u"CREATE TABLE people(id INTEGER PRIMARY KEY, fullName TEXT);"_s;
        const QString expected = u"CREATE TABLE persons(id INTEGER PRIMARY KEY, full_name TEXT);"_s;
        DiffOptions off;
        off.detectRenames = false;
        auto r = compare(m_dir.path(), actual, expected, off);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.diff.count(DiffKind::MissingTable), 1);
        QCOMPARE(r.diff.count(DiffKind::ExtraTable), 1);

        DiffOptions declared;
        declared.detectRenames = false;
        declared.renameTables = {{u"people"_s, u"persons"_s}};
        declared.renameColumns = {{u"people.fullName"_s, u"full_name"_s}};
        r = compare(m_dir.path(), actual, expected, declared);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY2(r.diff.differences.size() == 2, qPrintable(describe(r.diff)));
        QVERIFY(r.diff.find(DiffKind::RenamedTable, u"main.persons"_s)->declared);
        QVERIFY(r.diff.find(DiffKind::RenamedColumn, u"main.persons.full_name"_s)->declared);
    }

    void renameNeedsSameType()
    {
        auto r = compare(m_dir.path(), u"CREATE TABLE t(id INTEGER, taskType INTEGER);"_s,
                         u"CREATE TABLE t(id INTEGER, task_type TEXT);"_s);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.diff.count(DiffKind::RenamedColumn), 0);
        QCOMPARE(r.diff.count(DiffKind::MissingColumn), 1);
        QCOMPARE(r.diff.count(DiffKind::ExtraColumn), 1);
    }

    void ignoreGlobs()
    {
        DiffOptions o;
        o.ignore = {u"legacy_*"_s, u"main.users.tmp_*"_s};
        auto r = compare(
            m_dir.path(),
            u"CREATE TABLE users(id INTEGER, tmp_x TEXT); CREATE TABLE legacy_a(x); CREATE TABLE keep_me(x);"_s,
            u"CREATE TABLE users(id INTEGER);"_s, o);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY2(r.diff.differences.size() == 1, qPrintable(describe(r.diff)));
        QCOMPARE(r.diff.differences.first().object, u"main.keep_me"_s);
    }

    void jsonFollowsTheContract()
    {
        auto r =
            compare(m_dir.path(), u"CREATE TABLE a(user_id INTEGER);"_s,
                    u"CREATE TABLE a(user_id VARCHAR(255)); CREATE TABLE briefings(id INTEGER);"_s);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        const QJsonObject j = diffToJson(r.diff);
        QCOMPARE(j[u"format"_s].toString(), u"schemamedic.diff/1"_s);
        QCOMPARE(j[u"dialect"_s].toString(), u"sqlite"_s);
        QCOMPARE(j[u"summary"_s][u"differences"_s].toInt(), 2);
        QCOMPARE(j[u"summary"_s][u"hazardous"_s].toInt(), 1);
        const QJsonArray items = j[u"differences"_s].toArray();
        QJsonObject type, missing;
        for (const auto &v : items) {
            if (v[u"kind"_s] == u"column_type"_s)
                type = v.toObject();
            if (v[u"kind"_s] == u"missing_table"_s)
                missing = v.toObject();
        }
        QCOMPARE(type[u"object"_s].toString(), u"main.a.user_id"_s);
        QCOMPARE(type[u"table"_s].toString(), u"main.a"_s);
        QCOMPARE(type[u"name"_s].toString(), u"user_id"_s);
        QCOMPARE(type[u"expected"_s].toString(), u"VARCHAR(255)"_s);
        QCOMPARE(type[u"actual"_s].toString(), u"INTEGER"_s);
        QCOMPARE(missing[u"name"_s].toString(), u"briefings"_s);
        QVERIFY(missing[u"actual"_s].isNull());
        QVERIFY(missing[u"expected"_s].toString().startsWith(u"CREATE TABLE briefings"_s));
    }

    void textIsGroupedAndAligned()
    {
        auto r = compare(m_dir.path(), u"CREATE TABLE a(user_id INTEGER, n TEXT);"_s,
                         u"CREATE TABLE a(user_id VARCHAR(255), n TEXT NOT NULL);"_s);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        const QString text = diffToText(r.diff, false);
        QVERIFY(!text.contains(u"\x1b"_s));
        const QStringList lines = text.split(u'\n');
        const qsizetype heading = lines.indexOf(u"main.a"_s);
        QVERIFY2(heading > 0, qPrintable(text));
        QCOMPARE(lines[heading + 1].indexOf(u'|'), lines[heading + 2].indexOf(u'|'));
        QVERIFY(diffToText(r.diff, true).contains(u"\x1b["_s));
        QVERIFY(diffToText(SchemaDiff{}, false).startsWith(u"No differences"_s));
    }

    void badDdlIsReportedWithFileAndLine_data()
    {
        QTest::addColumn<QString>("ddl");
        QTest::addColumn<QString>("expected");
        // Seed 001: PostgreSQL habits in a SQLite migration.
        QTest::newRow("add constraint")
            << u"CREATE TABLE users(id INTEGER, email TEXT);\n\nALTER TABLE users ADD CONSTRAINT "
               "chk_email_format CHECK (email ~* '^.+@.+$');\n"_s
            << u"expected.sql:3: SQLite rejected this statement: near \"CONSTRAINT\": syntax "
               u"error.\n"
               "SQLite cannot add a constraint to an existing table"_s;
        QTest::newRow("regex operator")
            << u"CREATE TABLE users(\n  email TEXT CHECK (email ~* '^.+@.+$')\n);"_s
            << u"expected.sql:1: SQLite rejected this statement"_s;
        QTest::newRow("unterminated string")
            << u"CREATE TABLE a(x);\nCREATE TABLE b(y TEXT DEFAULT 'oops);\n"_s
            << u"expected.sql:2: SQLite rejected this statement: unrecognized token"_s;
        QTest::newRow("attach") << u"ATTACH DATABASE '/tmp/evil.db' AS evil;"_s
                                << u"ATTACH and DETACH are refused"_s;
        QTest::newRow("only comments")
            << u"-- nothing here\n/* at all */"_s << u"contains no SQL statement"_s;
    }

    void badDdlIsReportedWithFileAndLine()
    {
        QFETCH(QString, ddl);
        QFETCH(QString, expected);
        auto r = loadSqliteDdl(ddl, u"expected.sql"_s);
        QVERIFY(!r.ok());
        // One sentence, then the details (a hint first, where there is one).
        QVERIFY2(r.error().toString().contains(expected), qPrintable(r.error().toString()));
        QVERIFY(!r.error().message.contains(u'\n'));
    }
};

QTEST_GUILESS_MAIN(TestDiffSqlite)
#include "tst_diffsqlite.moc"
