// SPDX-License-Identifier: MIT
// The SQLite planner against real files with rows in them: every plan is applied with the
// script `plan --format sql` prints (PRAGMA foreign_keys=OFF before BEGIN IMMEDIATE), and then
// the database must match the expected schema with every row, rowid, child, sequence, view,
// trigger and index still there. Pre-flight figures are checked exactly on crafted data.

#include "SeedFixtures.h"
#include "TestSupport.h"
#include "diff/Diff.h"
#include "expected/ExpectedSource.h"
#include "introspect/Introspector.h"
#include "plan/Plan.h"
#include "plan/SqliteRebuild.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace sm;

namespace {

// Rows of a query, columns joined by '|', NULL spelled NULL; "ERROR: …" when it fails.
QStringList rows(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    QStringList out;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return {u"ERROR: cannot open"_s};
    }
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK) {
        out << u"ERROR: "_s + QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return out;
    }
    while (sqlite3_step(st) == SQLITE_ROW) {
        QStringList cols;
        for (int i = 0; i < sqlite3_column_count(st); ++i)
            cols << (sqlite3_column_type(st, i) == SQLITE_NULL
                         ? u"NULL"_s
                         : QString::fromUtf8(
                               reinterpret_cast<const char *>(sqlite3_column_text(st, i))));
        out << cols.join(u'|');
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

QString one(const QString &path, const QString &sql)
{
    const QStringList r = rows(path, sql);
    return r.isEmpty() ? u"(no row)"_s : r.first();
}

// Runs a whole script on a fresh connection, as the sqlite3 shell would; an error stops it and
// closing the connection rolls back whatever transaction it left open.
QString execFile(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return u"cannot open"_s;
    }
    char *err = nullptr;
    QString error;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &err) != SQLITE_OK)
        error = err ? QString::fromUtf8(err) : u"failed"_s;
    sqlite3_free(err);
    sqlite3_close(db);
    return error;
}

// Everything in the file: schema text and every row of every table, in rowid order.
QStringList dump(const QString &path)
{
    QStringList out = rows(path, u"SELECT type, name, sql FROM sqlite_schema ORDER BY name"_s);
    for (const QString &t :
         rows(path, u"SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"_s)) {
        QString quoted = t;
        quoted.replace(u'"', u"\"\""_s);
        out << u"-- "_s + t << rows(path, u"SELECT * FROM \""_s + quoted + u"\""_s);
    }
    return out;
}

Result<Schema> introspectFile(const QString &path)
{
    auto conn = Connection::open(*ConnectionSpec::parse(u"sqlite:"_s + path), AccessMode::ReadOnly);
    if (!conn)
        return conn.error();
    return introspect(*conn);
}

QString describe(const SchemaDiff &d)
{
    QString s;
    for (const Difference &x : d.differences)
        s += diffKindName(x.kind) + u' ' + x.object + u" [" + x.expected.value_or(u"null"_s) +
             u" | " + x.actual.value_or(u"null"_s) + u"]\n";
    return s;
}

QString describe(const MigrationPlan &p)
{
    QString s;
    for (const Step &st : p.steps) {
        s += u"%1. %2\n"_s.arg(st.id).arg(st.title);
        for (const QString &sql : st.sql)
            s += u"     "_s + sql + u'\n';
    }
    for (const QString &u : p.unresolved)
        s += u"UNRESOLVED "_s + u + u'\n';
    for (const QString &k : p.kept)
        s += u"kept "_s + k + u'\n';
    return s;
}

struct Planned
{
    ExpectedSchema expected;
    Schema actual;
    SchemaDiff diff;
    MigrationPlan plan;
    QString error;
};

Planned planFor(const QString &path, const QString &expectedSql, const Resolutions &res = {},
                const DiffOptions &options = {})
{
    Planned p;
    auto expected = loadSqliteDdl(expectedSql, u"expected.sql"_s);
    if (!expected) {
        p.error = u"expected: "_s + expected.error().toString();
        return p;
    }
    p.expected = *expected;
    auto actual = introspectFile(path);
    if (!actual) {
        p.error = u"actual: "_s + actual.error().toString();
        return p;
    }
    p.actual = *actual;
    p.diff = diff(p.expected.schema, p.actual, options);
    auto plan = makePlan(p.diff, p.expected.schema, p.actual, res);
    if (!plan) {
        p.error = u"plan: "_s + plan.error().toString();
        return p;
    }
    p.plan = *plan;
    auto conn = Connection::open(*ConnectionSpec::parse(u"sqlite:"_s + path), AccessMode::ReadOnly);
    if (!conn) {
        p.error = conn.error().toString();
        return p;
    }
    if (Status s = runPreflight(p.plan, *conn); !s)
        p.error = u"preflight: "_s + s.error().toString() + u"\n"_s + describe(p.plan);
    return p;
}

// What is left after the repair: nothing but the extras the operator kept.
QStringList remaining(const QString &path, const Schema &expected, const DiffOptions &options = {})
{
    auto actual = introspectFile(path);
    if (!actual)
        return {actual.error().toString()};
    const SchemaDiff d = diff(expected, *actual, options);
    if (!d.isEmpty())
        qInfo().noquote() << describe(d);
    return test::diffLines(d);
}

const PreflightCheck *findCheck(const MigrationPlan &p, const QString &check,
                                const QString &descriptionPart)
{
    for (const Step &s : p.steps)
        for (const PreflightCheck &c : s.preflight)
            if (c.check == check && c.description.contains(descriptionPart))
                return &c;
    return nullptr;
}

const Step *findStep(const MigrationPlan &p, const QString &titlePart)
{
    for (const Step &s : p.steps)
        if (s.title.contains(titlePart))
            return &s;
    return nullptr;
}

qsizetype stepIndex(const MigrationPlan &p, const QString &titlePart)
{
    for (qsizetype i = 0; i < p.steps.size(); ++i)
        if (p.steps[i].title.contains(titlePart))
            return i;
    return -1;
}

#define SM_VERIFY_PLANNED(p) QVERIFY2((p).error.isEmpty(), qPrintable((p).error))

// ---- fixtures -------------------------------------------------------------------------------

const char *kShopLive = R"(
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL,
  name TEXT,
  ext_ref TEXT
);
CREATE TABLE "order" (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  total NUMERIC,
  status TEXT,
  "Weird Name" TEXT
);
CREATE TABLE notes (
  user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
  body TEXT
);
CREATE TABLE audit_log (id INTEGER PRIMARY KEY, msg TEXT);
CREATE INDEX order_by_user ON "order"(user_id);
CREATE VIEW open_orders AS SELECT id, user_id, "Weird Name" FROM "order" WHERE status = 'new';
CREATE VIEW user_orders AS SELECT u.email, o.id FROM users u JOIN open_orders o ON o.user_id = u.id;
CREATE TRIGGER order_audit AFTER UPDATE ON "order" BEGIN
  INSERT INTO notes(user_id, body) VALUES (new.user_id, 'order ' || new.id || ' changed');
END;
CREATE TRIGGER audit_names AFTER INSERT ON audit_log BEGIN
  UPDATE users SET name = name WHERE id = new.id;
END;
)";

const char *kShopRows = R"(
INSERT INTO users VALUES (1, 'ada@example.org', 'Ada', '000123'),
                         (2, 'bob@example.org', NULL, 'demo-user'),
                         (3, 'cy@example.org', 'Cy', NULL),
                         (4, 'dee@example.org', 'Dee', '42');
INSERT INTO "order"(user_id, total, status, "Weird Name") VALUES
  (1, 10, 'new', 'w1'), (1, 0, NULL, 'w2'), (2, 99.5, 'paid', NULL), (3, NULL, 'new', 'w4'),
  (4, 5, 'new', 'w5'), (4, 6, 'new', 'w6');
DELETE FROM "order" WHERE id = 6;
INSERT INTO notes VALUES (1, 'n1'), (2, NULL), (3, 'n3'), (4, 'n4'), (NULL, 'n5');
DELETE FROM notes WHERE rowid = 3;
INSERT INTO audit_log VALUES (1, 'hello');
)";

const char *kShopExpected = R"(
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL,
  name TEXT NOT NULL,
  ext_ref INTEGER,
  CONSTRAINT users_email_long CHECK (length(email) > 3)
);
CREATE TABLE "order" (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  total NUMERIC,
  status TEXT NOT NULL DEFAULT 'new',
  "Weird Name" TEXT
);
CREATE TABLE notes (
  user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
  body TEXT NOT NULL DEFAULT ''
);
CREATE TABLE audit_log (id INTEGER PRIMARY KEY, msg TEXT);
CREATE INDEX order_by_user ON "order"(user_id);
CREATE VIEW open_orders AS SELECT id, user_id, "Weird Name" FROM "order" WHERE status = 'new';
CREATE VIEW user_orders AS SELECT u.email, o.id FROM users u JOIN open_orders o ON o.user_id = u.id;
CREATE TRIGGER order_audit AFTER UPDATE ON "order" BEGIN
  INSERT INTO notes(user_id, body) VALUES (new.user_id, 'order ' || new.id || ' changed');
END;
CREATE TRIGGER audit_names AFTER INSERT ON audit_log BEGIN
  UPDATE users SET name = name WHERE id = new.id;
END;
)";

Resolutions shopResolutions()
{
    Resolutions r;
    r.backfill.insert(u"main.users.name"_s, u"'anonymous'"_s);
    r.backfill.insert(u"order.status"_s, u"'new'"_s);
    r.backfill.insert(u"notes.body"_s, u"''"_s);
    return r;
}

} // namespace

class TestPlanSqlite : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString newDb(const QString &sql)
    {
        const QString path = m_dir.filePath(u"db%1.sqlite"_s.arg(++m_n));
        const QString err = test::createSqliteDatabase(path, sql);
        return err.isEmpty() ? path : QString();
    }

private Q_SLOTS:
    void createTableTextIsRewrittenByTokens()
    {
        QCOMPARE(*sqlite::renameCreateTable(
                     u"CREATE TABLE \"Weird \"\"Name\"\"\" -- (x)\n(a INTEGER)"_s, u"\"n\""_s),
                 u"CREATE TABLE \"n\" -- (x)\n(a INTEGER)"_s);
        QCOMPARE(
            *sqlite::renameCreateTable(u"create table if not exists main.[t](a)"_s, u"\"n\""_s),
            u"create table if not exists \"n\"(a)"_s);
        QVERIFY(!sqlite::renameCreateTable(u"CREATE VIEW v AS SELECT 1"_s, u"\"n\""_s));
        QCOMPARE(*sqlite::extendCreateTable(
                     u"CREATE TABLE t (a TEXT DEFAULT ',', b CHECK (b IN (1, 2)), "
                     "CONSTRAINT k CHECK (a <> ')')) STRICT"_s,
                     {u"c TEXT"_s}, {u"UNIQUE (c)"_s}),
                 u"CREATE TABLE t (a TEXT DEFAULT ',', b CHECK (b IN (1, 2)), c TEXT, "
                 "CONSTRAINT k CHECK (a <> ')'), UNIQUE (c)) STRICT"_s);
        QCOMPARE(*sqlite::extendCreateTable(u"CREATE TABLE t(a)"_s, {u"b"_s}, {}),
                 u"CREATE TABLE t(a, b)"_s);
        const QSet<QString> names = sqlite::mentionedNames(
            u"SELECT \"Order\".x, 'users' FROM [Order] -- users\n JOIN `a b`"_s);
        QVERIFY(names.contains(u"order"_s));
        QVERIFY(names.contains(u"a b"_s));
        QVERIFY(!names.contains(u"users"_s));
    }

    void rebuildKeepsEveryRowChildRowidSequenceAndDependent()
    {
        const QString path = newDb(QString::fromUtf8(kShopLive) + QString::fromUtf8(kShopRows));
        QVERIFY(!path.isEmpty());
        const QStringList usersBefore = rows(path, u"SELECT id, email FROM users ORDER BY id"_s);
        const QStringList ordersBefore =
            rows(path, u"SELECT id, user_id, total, \"Weird Name\" FROM \"order\" ORDER BY id"_s);
        const QStringList notesBefore =
            rows(path, u"SELECT rowid, user_id FROM notes ORDER BY rowid"_s);
        const QStringList userOrdersBefore =
            rows(path, u"SELECT * FROM user_orders ORDER BY 1, 2"_s);
        QCOMPARE(one(path, u"SELECT seq FROM sqlite_sequence WHERE name = 'order'"_s), u"6"_s);

        const Resolutions res = shopResolutions();
        Planned p = planFor(path, QString::fromUtf8(kShopExpected), res);
        SM_VERIFY_PLANNED(p);
        QVERIFY2(p.plan.unresolved.isEmpty(), qPrintable(describe(p.plan)));

        // Three rebuilds, each a rewrite under an exclusive lock that says foreign_keys=OFF.
        for (const QString &t : {u"main.users"_s, u"main.order"_s, u"main.notes"_s}) {
            const Step *s = findStep(p.plan, u"Rebuild "_s + t + u' ');
            QVERIFY2(s, qPrintable(t + u"\n"_s + describe(p.plan)));
            QVERIFY(s->hazards.contains(Hazard::TableRewrite));
            QVERIFY(s->hazards.contains(Hazard::ExclusiveLock));
            QVERIFY(s->title.contains(u"foreign_keys"_s));
            QCOMPARE(s->phase, StepPhase::Tables);
        }
        const Step *users = findStep(p.plan, u"Rebuild main.users "_s);
        QVERIFY(users->hazards.contains(Hazard::CastMayFail));
        QVERIFY(users->hazards.contains(Hazard::DataLoss)); // text → INTEGER loses '000123'
        QVERIFY(users->hazards.contains(Hazard::CheckViolation));
        QVERIFY(!users->hazards.contains(Hazard::NotNullViolation)); // backfilled
        QVERIFY(users->sql.first().startsWith(u"CREATE TABLE \"_sm_new_users\""_s));
        QVERIFY(users->sql.first().contains(u"CONSTRAINT users_email_long CHECK"_s));
        // notes has no INTEGER PRIMARY KEY: its rowids are copied.
        QVERIFY(findStep(p.plan, u"Rebuild main.notes "_s)
                    ->sql[1]
                    .startsWith(u"INSERT INTO \"_sm_new_notes\" (rowid, "_s));
        // Views over a rebuilt table (and views over those) go first, come back after.
        QCOMPARE(p.plan.steps[stepIndex(p.plan, u"Drop view main.open_orders"_s)].phase,
                 StepPhase::RemoveBlockers);
        QCOMPARE(p.plan.steps[stepIndex(p.plan, u"Drop view main.user_orders"_s)].phase,
                 StepPhase::RemoveBlockers);
        QVERIFY(stepIndex(p.plan, u"Create view main.open_orders"_s) <
                stepIndex(p.plan, u"Create view main.user_orders"_s));
        // A trigger on another table whose body names users would break users' rename.
        QVERIFY(findStep(p.plan, u"Drop trigger audit_names on main.audit_log"_s));
        QVERIFY(findStep(p.plan, u"Create trigger audit_names"_s));

        // Pre-flight, exactly.
        auto figure = [&](const QString &check, const QString &part) -> qint64 {
            const PreflightCheck *c = findCheck(p.plan, check, part);
            return c && c->violations ? *c->violations : -1;
        };
        QCOMPARE(figure(u"table_size"_s, u"main.users"_s), 4);
        QCOMPARE(figure(u"cast"_s, u"main.users.ext_ref that will not be INTEGER"_s), 1);
        QCOMPARE(findCheck(p.plan, u"cast"_s, u"main.users.ext_ref that will not"_s)->samples,
                 QStringList{u"'demo-user'"_s});
        QCOMPARE(figure(u"cast"_s, u"main.users.ext_ref whose spelling"_s), 1);
        QCOMPARE(findCheck(p.plan, u"cast"_s, u"main.users.ext_ref whose spelling"_s)->samples,
                 QStringList{u"'000123' → 123"_s});
        QCOMPARE(figure(u"value_types"_s, u"main.users.ext_ref"_s), 2);
        QCOMPARE(findCheck(p.plan, u"value_types"_s, u"main.users.ext_ref"_s)->samples,
                 (QStringList{u"text: 3"_s, u"null: 1"_s}));
        QCOMPARE(figure(u"nulls"_s, u"main.users.name"_s), 1);
        QCOMPARE(figure(u"nulls"_s, u"main.order.status"_s), 1);
        QCOMPARE(figure(u"nulls"_s, u"main.notes.body"_s), 1);
        QCOMPARE(figure(u"check_violation"_s, u"length(email) > 3"_s), 0);

        const QString script = planToSql(p.plan, res);
        if (qEnvironmentVariableIsSet("SM_SHOW_SCRIPT"))
            qInfo().noquote() << script;
        QVERIFY(script.indexOf(u"PRAGMA foreign_keys = OFF"_s) <
                script.indexOf(u"BEGIN IMMEDIATE"_s));
        const QString err = execFile(path, script);
        QVERIFY2(err.isEmpty(), qPrintable(err + u"\n"_s + script));

        QCOMPARE(remaining(path, p.expected.schema), QStringList{});
        QCOMPARE(rows(path, u"PRAGMA foreign_key_check"_s), QStringList{});
        // Every row, every child: nothing cascaded, nothing set NULL.
        QCOMPARE(rows(path, u"SELECT id, email FROM users ORDER BY id"_s), usersBefore);
        QCOMPARE(
            rows(path, u"SELECT id, user_id, total, \"Weird Name\" FROM \"order\" ORDER BY id"_s),
            ordersBefore);
        QCOMPARE(rows(path, u"SELECT rowid, user_id FROM notes ORDER BY rowid"_s), notesBefore);
        // Values as the plan said: affinity conversion, backfills.
        QCOMPARE(rows(path, u"SELECT id, typeof(ext_ref), ext_ref FROM users ORDER BY id"_s),
                 (QStringList{u"1|integer|123"_s, u"2|text|demo-user"_s, u"3|null|NULL"_s,
                              u"4|integer|42"_s}));
        QCOMPARE(one(path, u"SELECT name FROM users WHERE id = 2"_s), u"anonymous"_s);
        QCOMPARE(one(path, u"SELECT status FROM \"order\" WHERE id = 2"_s), u"new"_s);
        QCOMPARE(one(path, u"SELECT body FROM notes WHERE rowid = 2"_s), QString());
        // AUTOINCREMENT does not hand out the deleted id 6 again.
        QCOMPARE(one(path, u"SELECT seq FROM sqlite_sequence WHERE name = 'order'"_s), u"6"_s);
        // Views, triggers and indexes over the rebuilt tables are back and work.
        // order 2 got the status backfill 'new', so it now shows as open.
        QCOMPARE(rows(path, u"SELECT * FROM user_orders ORDER BY 1, 2"_s),
                 test::sorted(QStringList(userOrdersBefore) << u"ada@example.org|2"_s));
        QCOMPARE(one(path, u"SELECT count(*) FROM sqlite_schema WHERE name = 'order_by_user'"_s),
                 u"1"_s);
        QVERIFY(execFile(path, u"UPDATE \"order\" SET total = total WHERE id = 1; "
                               "INSERT INTO audit_log VALUES (2, 'x'); "
                               "INSERT INTO \"order\"(user_id, status) VALUES (1, 'new');"_s)
                    .isEmpty());
        QCOMPARE(one(path, u"SELECT count(*) FROM notes WHERE body = 'order 1 changed'"_s), u"1"_s);
        QCOMPARE(one(path, u"SELECT max(id) FROM \"order\""_s), u"7"_s);
    }

    void withForeignKeysOnTheSameRebuildWouldLoseChildren()
    {
        // The negative control for the test above: the same statements with foreign keys on
        // cascade or fail. If this ever passes silently, the test above proves nothing.
        const QString path = newDb(QString::fromUtf8(kShopLive) + QString::fromUtf8(kShopRows));
        QVERIFY(!path.isEmpty());
        const Resolutions res = shopResolutions();
        Planned p = planFor(path, QString::fromUtf8(kShopExpected), res);
        SM_VERIFY_PLANNED(p);
        QString script = planToSql(p.plan, res);
        script.replace(u"PRAGMA foreign_keys = OFF;"_s, u"PRAGMA foreign_keys = ON;"_s);
        const QString err = execFile(path, script);
        const int orders = one(path, u"SELECT count(*) FROM \"order\""_s).toInt();
        const int noteParents = one(path, u"SELECT count(user_id) FROM notes"_s).toInt();
        QVERIFY2(!err.isEmpty() || orders < 5 || noteParents < 3,
                 qPrintable(u"orders %1, note parents %2"_s.arg(orders).arg(noteParents)));
    }

    void nativeAltersWhereSqliteAllowsThem()
    {
        const QString live = uR"(
CREATE TABLE campaign_task (id INTEGER PRIMARY KEY, campaignId INTEGER, taskType TEXT,
                            title TEXT, done INTEGER, legacy_flag INTEGER);
CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT);
CREATE INDEX people_name_old ON people(name);
CREATE INDEX people_junk ON people(id, name);
CREATE VIEW stale AS SELECT 1 AS one;
CREATE TRIGGER people_t AFTER INSERT ON people BEGIN SELECT 1; END;
INSERT INTO campaign_task VALUES (1, 7, 'write', 'Draft', 0, 1), (2, 7, 'review', NULL, 1, NULL);
INSERT INTO people VALUES (1, 'Ada'), (2, NULL);
)"_s;
        const QString expected = uR"(
CREATE TABLE campaign_tasks (id INTEGER PRIMARY KEY, campaign_id INTEGER, task_type TEXT,
                             title TEXT, done INTEGER);
CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, nickname TEXT,
                     score INTEGER NOT NULL DEFAULT 0, kind TEXT CHECK (kind IN ('a', 'b')));
CREATE TABLE teams (id INTEGER PRIMARY KEY, org_id INTEGER REFERENCES orgs(id));
CREATE TABLE orgs (id INTEGER PRIMARY KEY, "Weird Name" TEXT);
CREATE INDEX people_by_name ON people(name);
CREATE VIEW busy AS SELECT count(*) AS n FROM campaign_tasks WHERE done = 0;
CREATE TRIGGER task_done AFTER UPDATE OF done ON campaign_tasks BEGIN SELECT 1; END;
)"_s;
        const QString path = newDb(live);
        QVERIFY(!path.isEmpty());
        Resolutions res;
        res.dropExtra = true;
        Planned p = planFor(path, expected, res);
        SM_VERIFY_PLANNED(p);
        QVERIFY2(p.plan.unresolved.isEmpty(), qPrintable(describe(p.plan)));
        const QString all = describe(p.plan);
        for (const Step &s : std::as_const(p.plan.steps))
            QVERIFY2(!s.hazards.contains(Hazard::TableRewrite), qPrintable(all));
        QVERIFY2(all.contains(u"ALTER TABLE \"campaign_task\" RENAME TO \"campaign_tasks\""_s),
                 qPrintable(all));
        QVERIFY(all.contains(u"ALTER TABLE \"campaign_tasks\" RENAME COLUMN \"taskType\" TO "
                             "\"task_type\""_s));
        QVERIFY(
            all.contains(u"ALTER TABLE \"people\" ADD COLUMN score INTEGER NOT NULL DEFAULT 0"_s));
        QVERIFY(all.contains(u"ADD COLUMN kind TEXT CHECK (kind IN ('a', 'b'))"_s));
        QVERIFY(all.contains(u"ALTER TABLE \"campaign_tasks\" DROP COLUMN \"legacy_flag\""_s));
        QVERIFY(all.contains(u"DROP INDEX \"people_name_old\""_s)); // renamed index
        QVERIFY(all.contains(u"DROP INDEX \"people_junk\""_s));
        QVERIFY(all.contains(u"DROP VIEW \"stale\""_s));
        QVERIFY(all.contains(u"DROP TRIGGER \"people_t\""_s));
        // Parents first.
        QVERIFY(stepIndex(p.plan, u"Create table main.orgs"_s) <
                stepIndex(p.plan, u"Create table main.teams"_s));
        const Step *rename = findStep(p.plan, u"Rename table main.campaign_task"_s);
        QVERIFY(rename->hazards.contains(Hazard::RenameGuess));
        QVERIFY(rename->hazards.contains(Hazard::BackwardIncompatible));
        const Step *drop = findStep(p.plan, u"Drop column main.campaign_tasks.legacy_flag"_s);
        QCOMPARE(drop->phase, StepPhase::Drops);
        QVERIFY(drop->hazards.contains(Hazard::DataLoss));
        QCOMPARE(*findCheck(p.plan, u"table_size"_s, u"legacy_flag"_s)->violations, 1);

        const QString err = execFile(path, planToSql(p.plan, res));
        QVERIFY2(err.isEmpty(), qPrintable(err + u"\n"_s + all));
        QCOMPARE(remaining(path, p.expected.schema), QStringList{});
        QCOMPARE(
            rows(path, u"SELECT id, campaign_id, task_type, title, done FROM campaign_tasks"_s),
            (QStringList{u"1|7|write|Draft|0"_s, u"2|7|review|NULL|1"_s}));
        QCOMPARE(rows(path, u"SELECT id, name, nickname, score, kind FROM people"_s),
                 (QStringList{u"1|Ada|NULL|0|NULL"_s, u"2|NULL|NULL|0|NULL"_s}));
        QCOMPARE(one(path, u"SELECT * FROM busy"_s), u"1"_s);
    }

    void extrasAreKeptThroughARebuild()
    {
        const QString live = uR"(
CREATE TABLE items (id INTEGER PRIMARY KEY, sku TEXT, qty TEXT, legacy_note TEXT,
                    CHECK (length(sku) > 0));
CREATE INDEX items_legacy ON items(legacy_note);
CREATE TABLE old_stuff (x);
CREATE VIEW legacy_view AS SELECT legacy_note FROM items;
INSERT INTO items VALUES (1, 'A-1', '5', 'keep me'), (2, 'B-2', '12', NULL);
INSERT INTO old_stuff VALUES (1), (2);
)"_s;
        const QString expected = uR"(
CREATE TABLE items (id INTEGER PRIMARY KEY, sku TEXT NOT NULL DEFAULT '', qty INTEGER);
)"_s;
        const QString path = newDb(live);
        QVERIFY(!path.isEmpty());
        Resolutions res;
        res.backfill.insert(u"items.sku"_s, u"''"_s);
        Planned p = planFor(path, expected, res);
        SM_VERIFY_PLANNED(p);
        QVERIFY2(p.plan.unresolved.isEmpty(), qPrintable(describe(p.plan)));
        QCOMPARE(
            test::sorted(p.plan.kept),
            test::sorted({u"main.items.legacy_note (extra column)"_s,
                          u"main.items.check (length(sku) > 0) (extra constraint)"_s,
                          u"main.items.items_legacy (extra index)"_s,
                          u"main.old_stuff (extra table)"_s, u"main.legacy_view (extra view)"_s}));
        for (const Step &s : std::as_const(p.plan.steps))
            QVERIFY(!s.hazards.contains(Hazard::DataLoss) || s.title.contains(u"qty"_s));
        const QString err = execFile(path, planToSql(p.plan, res));
        QVERIFY2(err.isEmpty(), qPrintable(err + u"\n"_s + describe(p.plan)));
        QCOMPARE(remaining(path, p.expected.schema),
                 test::sorted({u"extra_column main.items.legacy_note"_s,
                               u"extra_constraint main.items.check (length(sku) > 0)"_s,
                               u"extra_index main.items.items_legacy"_s,
                               u"extra_table main.old_stuff"_s, u"extra_view main.legacy_view"_s}));
        QCOMPARE(rows(path, u"SELECT id, sku, typeof(qty), qty, legacy_note FROM items"_s),
                 (QStringList{u"1|A-1|integer|5|keep me"_s, u"2|B-2|integer|12|NULL"_s}));
        QCOMPARE(rows(path, u"SELECT * FROM legacy_view ORDER BY legacy_note IS NULL"_s),
                 (QStringList{u"keep me"_s, u"NULL"_s}));
        QCOMPARE(one(path, u"SELECT count(*) FROM old_stuff"_s), u"2"_s);
    }

    void rejectedRenameCreatesTheNewTableAndKeepsTheOld()
    {
        const QString path = newDb(u"CREATE TABLE campaign_task(id INTEGER PRIMARY KEY, campaignId "
                                   u"INTEGER, taskType TEXT);"
                                   "INSERT INTO campaign_task VALUES (1, 2, 'x');"_s);
        QVERIFY(!path.isEmpty());
        Resolutions res;
        res.rejectRenames.insert(u"main.campaign_tasks"_s);
        Planned p = planFor(path,
                            u"CREATE TABLE campaign_tasks(id INTEGER PRIMARY KEY, campaign_id "
                            "INTEGER, task_type TEXT);"_s,
                            res);
        SM_VERIFY_PLANNED(p);
        QVERIFY2(p.plan.unresolved.isEmpty(), qPrintable(describe(p.plan)));
        QVERIFY(findStep(p.plan, u"Create table main.campaign_tasks"_s));
        QVERIFY(!findStep(p.plan, u"Rename"_s));
        QCOMPARE(p.plan.kept.size(), 1);
        QVERIFY(p.plan.kept.first().startsWith(u"main.campaign_task "_s));
        QVERIFY(execFile(path, planToSql(p.plan, res)).isEmpty());
        QCOMPARE(remaining(path, p.expected.schema),
                 QStringList{u"extra_table main.campaign_task"_s});
        QCOMPARE(one(path, u"SELECT * FROM campaign_task"_s), u"1|2|x"_s);

        // With --drop-extra the old one goes too, as data loss.
        const QString path2 = newDb(
            u"CREATE TABLE campaign_task(id INTEGER PRIMARY KEY, campaignId INTEGER, taskType TEXT);"_s);
        res.dropExtra = true;
        Planned p2 = planFor(path2,
                             u"CREATE TABLE campaign_tasks(id INTEGER PRIMARY KEY, campaign_id "
                             "INTEGER, task_type TEXT);"_s,
                             res);
        SM_VERIFY_PLANNED(p2);
        const Step *drop = findStep(p2.plan, u"Drop table main.campaign_task "_s);
        QVERIFY2(drop, qPrintable(describe(p2.plan)));
        QVERIFY(drop->hazards.contains(Hazard::DataLoss));
        QVERIFY(execFile(path2, planToSql(p2.plan, res)).isEmpty());
        QCOMPARE(remaining(path2, p2.expected.schema), QStringList{});
    }

    void renamedTableIsRenamedThenRebuilt()
    {
        const QString path =
            newDb(u"CREATE TABLE campaign_task(id INTEGER PRIMARY KEY, taskType TEXT, n TEXT);"
                  "CREATE TABLE child(id INTEGER PRIMARY KEY, task_id INTEGER REFERENCES "
                  "campaign_task(id) ON DELETE CASCADE);"
                  "CREATE VIEW tasks_v AS SELECT id, taskType FROM campaign_task;"
                  "INSERT INTO campaign_task VALUES (1, 'a', '7'), (2, 'b', NULL), (3, 'c', 'x');"
                  "INSERT INTO child VALUES (1, 1), (2, 2), (3, 3);"_s);
        QVERIFY(!path.isEmpty());
        const QString expected =
            u"CREATE TABLE campaign_tasks(id INTEGER PRIMARY KEY, task_type TEXT, "
            "n INTEGER NOT NULL DEFAULT 0);"
            "CREATE TABLE child(id INTEGER PRIMARY KEY, task_id INTEGER REFERENCES "
            "campaign_tasks(id) ON DELETE CASCADE);"
            "CREATE VIEW tasks_v AS SELECT id, task_type FROM campaign_tasks;"_s;
        Resolutions res;
        res.backfill.insert(u"campaign_tasks.n"_s, u"-1"_s);
        Planned p = planFor(path, expected, res);
        SM_VERIFY_PLANNED(p);
        QVERIFY2(p.plan.unresolved.isEmpty(), qPrintable(describe(p.plan)));
        QVERIFY(stepIndex(p.plan, u"Rename table main.campaign_task "_s) <
                stepIndex(p.plan, u"Rebuild main.campaign_tasks "_s));
        // Pre-flight runs before the rename: it reads the live names.
        QCOMPARE(*findCheck(p.plan, u"nulls"_s, u"main.campaign_tasks.n"_s)->violations, 1);
        QCOMPARE(
            *findCheck(p.plan, u"cast"_s, u"main.campaign_tasks.n that will not"_s)->violations, 1);
        const QString err = execFile(path, planToSql(p.plan, res));
        QVERIFY2(err.isEmpty(), qPrintable(err + u"\n"_s + describe(p.plan)));
        QCOMPARE(remaining(path, p.expected.schema), QStringList{});
        QCOMPARE(rows(path, u"SELECT id, task_type, n FROM campaign_tasks"_s),
                 (QStringList{u"1|a|7"_s, u"2|b|-1"_s, u"3|c|x"_s}));
        QCOMPARE(rows(path, u"SELECT count(*) FROM child"_s), QStringList{u"3"_s});
        QCOMPARE(rows(path, u"SELECT * FROM tasks_v"_s).size(), 3);
    }

    void columnsAddColumnCannotAddNeedABackfillOrARebuild()
    {
        const QString live = u"CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);"
                             "INSERT INTO t VALUES (1, 'x'), (2, NULL), (3, 'z');"_s;
        const QString expected =
            u"CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT NOT NULL, "
            "created DATETIME DEFAULT CURRENT_TIMESTAMP, code TEXT UNIQUE);"_s;
        const QString path = newDb(live);
        QVERIFY(!path.isEmpty());

        Planned p = planFor(path, expected);
        SM_VERIFY_PLANNED(p);
        QCOMPARE(p.plan.unresolved,
                 QStringList{u"main.t.b is a new NOT NULL column without a default: give "
                             "--backfill main.t.b=EXPR for the existing rows"_s});
        const Step *s = findStep(p.plan, u"Rebuild main.t "_s);
        QVERIFY2(s, qPrintable(describe(p.plan)));
        QVERIFY(s->hazards.contains(Hazard::NotNullViolation));
        QCOMPARE(*findCheck(p.plan, u"nulls"_s, u"main.t.b"_s)->violations, 3);
        QCOMPARE(*findCheck(p.plan, u"duplicates"_s, u"(code)"_s)->violations, 0);
        // Without the backfill the copy fails on the first row and nothing changes.
        const QStringList before = dump(path);
        QVERIFY(execFile(path, planToSql(p.plan, {})).contains(u"NOT NULL constraint failed"_s));
        QCOMPARE(dump(path), before);

        Resolutions res;
        res.backfill.insert(u"t.b"_s, u"'b' || id"_s);
        p = planFor(path, expected, res);
        SM_VERIFY_PLANNED(p);
        QVERIFY2(p.plan.unresolved.isEmpty(), qPrintable(describe(p.plan)));
        QVERIFY(execFile(path, planToSql(p.plan, res)).isEmpty());
        QCOMPARE(remaining(path, p.expected.schema), QStringList{});
        QCOMPARE(rows(path, u"SELECT id, a, b, code, created IS NOT NULL FROM t"_s),
                 (QStringList{u"1|x|b1|NULL|1"_s, u"2|NULL|b2|NULL|1"_s, u"3|z|b3|NULL|1"_s}));
    }

    void preflightCountsAreExact()
    {
        const QString live = uR"(
CREATE TABLE p (id INTEGER PRIMARY KEY);
CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER, code TEXT, qty INTEGER);
INSERT INTO p VALUES (1), (2);
INSERT INTO c VALUES (1, 1, 'a', 1), (2, 7, 'a', -1), (3, 8, 'a', -5), (4, 8, 'b', NULL),
                     (5, NULL, 'b', 3), (6, 2, 'c', 0), (7, 1, NULL, 2), (8, 2, NULL, 2);
)"_s;
        const QString expected = uR"(
CREATE TABLE p (id INTEGER PRIMARY KEY);
CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p(id), code TEXT UNIQUE,
                qty INTEGER CHECK (qty >= 0));
)"_s;
        const QString path = newDb(live);
        QVERIFY(!path.isEmpty());
        Planned p = planFor(path, expected);
        SM_VERIFY_PLANNED(p);
        const Step *s = findStep(p.plan, u"Rebuild main.c "_s);
        QVERIFY2(s, qPrintable(describe(p.plan)));
        for (Hazard h : {Hazard::Orphans, Hazard::Duplicates, Hazard::CheckViolation})
            QVERIFY(s->hazards.contains(h));
        const PreflightCheck *orphans = findCheck(p.plan, u"orphans"_s, u"(p_id)"_s);
        QCOMPARE(*orphans->violations, 3); // 7, 8, 8; NULL has no parent to miss
        QCOMPARE(orphans->samples, (QStringList{u"7"_s, u"8"_s, u"8"_s}));
        const PreflightCheck *dups = findCheck(p.plan, u"duplicates"_s, u"(code)"_s);
        QCOMPARE(*dups->violations, 2); // 'a' ×3, 'b' ×2; NULLs are distinct
        QCOMPARE(dups->samples, (QStringList{u"'a' × 3"_s, u"'b' × 2"_s}));
        const PreflightCheck *check = findCheck(p.plan, u"check_violation"_s, u"qty >= 0"_s);
        QCOMPARE(*check->violations, 2); // -1, -5; NULL passes a CHECK
        QCOMPARE(check->samples, (QStringList{u"qty=-1"_s, u"qty=-5"_s}));

        // Applied as it is, the UNIQUE/CHECK stops it and the file is as it was.
        const QStringList before = dump(path);
        QVERIFY(!execFile(path, planToSql(p.plan, {})).isEmpty());
        QCOMPARE(dump(path), before);
    }

    void seedsAreRepairedWithoutLosingARow_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::newRow("001") << u"001_sqlite_add_constraint"_s;
        QTest::newRow("003") << u"003_sqlite_factory_reboot"_s;
    }

    void seedsAreRepairedWithoutLosingARow()
    {
        QFETCH(QString, seed);
        const QString path = newDb(test::readFixture(u"seeds/"_s + seed + u"/live.sql"_s));
        QVERIFY(!path.isEmpty());
        const QString expectedSql = test::readFixture(u"seeds/"_s + seed + u"/expected.sql"_s);
        const QString counts =
            u"SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM todos), "
            "(SELECT count(*) FROM todos WHERE user_id IS NOT NULL)"_s;
        const bool has003 = seed.startsWith(u"003"_s);
        const QString comments =
            u"SELECT count(*), count(author_id), sum(todo_id) FROM todo_comments"_s;
        const QString countsBefore = one(path, counts);
        const QString commentsBefore = has003 ? one(path, comments) : QString();

        Resolutions res;
        res.stamp = true;
        Planned p = planFor(path, expectedSql, res);
        SM_VERIFY_PLANNED(p);
        QVERIFY2(p.plan.unresolved.isEmpty(), qPrintable(describe(p.plan)));
        QVERIFY(findStep(p.plan, u"Rebuild main.users "_s));
        QVERIFY(findStep(p.plan, u"Rebuild main.todos "_s));
        const Step *stamp = findStep(p.plan, u"Stamp main.alembic_version at version 001"_s);
        QVERIFY2(stamp, qPrintable(describe(p.plan)));
        QCOMPARE(stamp->phase, StepPhase::Stamp);

        auto figure = [&](const QString &part) -> qint64 {
            const PreflightCheck *c = findCheck(p.plan, u"check_violation"_s, part);
            return c && c->violations ? *c->violations : -1;
        };
        QCOMPARE(figure(u"length(username) >= 3"_s), has003 ? 2 : 0);
        QCOMPARE(figure(u"priority IN"_s), has003 ? 8 : 0); // i ≡ 3 (mod 400) for i ≤ 3000
        QCOMPARE(figure(u"email LIKE"_s), 0);
        QCOMPARE(figure(u"length(trim(title))"_s), 0);
        if (has003) {
            QCOMPARE(findCheck(p.plan, u"check_violation"_s, u"length(username)"_s)->samples,
                     (QStringList{u"username='al'"_s, u"username='jo'"_s}));
            // Applied as it is, the new CHECKs refuse the copy and nothing changes.
            const QStringList before = dump(path);
            const QString err = execFile(path, planToSql(p.plan, res));
            QVERIFY2(err.contains(u"CHECK constraint failed"_s), qPrintable(err));
            QCOMPARE(dump(path), before);
            // The operator fixes the rows first; the plan then goes through.
            QVERIFY(execFile(path, u"UPDATE users SET username = username || '_x' WHERE "
                                   "length(username) < 3; UPDATE todos SET priority = 'high' "
                                   "WHERE priority = 'urgent';"_s)
                        .isEmpty());
            p = planFor(path, expectedSql, res);
            SM_VERIFY_PLANNED(p);
            QCOMPARE(figure(u"length(username) >= 3"_s), 0);
            QCOMPARE(figure(u"priority IN"_s), 0);
        }
        const QString err = execFile(path, planToSql(p.plan, res));
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(remaining(path, p.expected.schema), QStringList{});
        QCOMPARE(rows(path, u"PRAGMA foreign_key_check"_s), QStringList{});
        QCOMPARE(one(path, counts), countsBefore);
        if (has003)
            QCOMPARE(one(path, comments), commentsBefore); // no cascade, no SET NULL
        QCOMPARE(one(path, u"SELECT version_num FROM alembic_version"_s), u"001"_s);
    }

    void migrationVersionIsOnlyStampedWhenAsked()
    {
        const QString path =
            newDb(u"CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);"
                  "INSERT INTO alembic_version VALUES ('a1');"_s);
        QVERIFY(!path.isEmpty());
        const QString expected =
            u"CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);"
            "INSERT INTO alembic_version VALUES ('b2');"_s;
        Planned p = planFor(path, expected);
        SM_VERIFY_PLANNED(p);
        QVERIFY(p.plan.steps.isEmpty());
        QCOMPARE(p.plan.kept.size(), 1);
        QVERIFY(p.plan.kept.first().contains(u"--stamp"_s));

        Resolutions res;
        res.stamp = true;
        p = planFor(path, expected, res);
        SM_VERIFY_PLANNED(p);
        QCOMPARE(p.plan.steps.size(), 1);
        QVERIFY(execFile(path, planToSql(p.plan, res)).isEmpty());
        QCOMPARE(rows(path, u"SELECT version_num FROM alembic_version"_s), QStringList{u"b2"_s});
    }
};

QTEST_GUILESS_MAIN(TestPlanSqlite)
#include "tst_plansqlite.moc"
