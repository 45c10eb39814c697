// SPDX-License-Identifier: MIT
// The PostgreSQL planner against real databases with rows: the live schema with its data, the
// expected DDL loaded into a scratch database, the plan made, its pre-flight run, then the
// whole script applied as `repair` would run it. Afterwards the diff is empty (but for the
// extras the plan kept), no row is lost and every relationship still holds.

#include "SeedFixtures.h"
#include "TestSupport.h"
#include "diff/Diff.h"
#include "expected/ExpectedSource.h"
#include "introspect/Introspector.h"
#include "plan/Plan.h"

#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sm;

namespace {

// The scratch server for expected DDL: the test server, password in the URL (a test secret).
QString scratchUrl()
{
    const ConnectionSpec s = *test::postgresServer();
    QUrl u(s.redacted());
    u.setPassword(s.password);
    return u.toString();
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
        QStringList hz;
        for (Hazard h : st.hazards)
            hz << hazardName(h);
        s += u"%1. [%2] %3 {%4}\n"_s.arg(st.id).arg(int(st.phase)).arg(st.title, hz.join(u',')) +
             u"     "_s + st.sql.join(u";\n     "_s) + u'\n';
        for (const PreflightCheck &c : st.preflight)
            s += u"     ? %1 %2 = %3 %4\n"_s.arg(c.check, c.description)
                     .arg(c.violations ? QString::number(*c.violations) : u"-"_s)
                     .arg(c.samples.join(u" | "_s));
    }
    for (const QString &u : p.unresolved)
        s += u"UNRESOLVED: "_s + u + u'\n';
    for (const QString &k : p.kept)
        s += u"kept: "_s + k + u'\n';
    return s;
}

struct Run
{
    Schema expected;
    Schema actual;
    SchemaDiff diff;
    MigrationPlan plan;
    SchemaDiff after;
};

const Step *stepTitled(const MigrationPlan &p, const QString &start)
{
    for (const Step &s : p.steps)
        if (s.title.startsWith(start))
            return &s;
    return nullptr;
}

const PreflightCheck *checkOf(const MigrationPlan &p, const QString &check, const QString &table)
{
    for (const Step &s : p.steps)
        for (const PreflightCheck &c : s.preflight)
            if (c.check == check && c.description.contains(table) && !c.informational)
                return &c;
    return nullptr;
}

QStringList sortedSamples(const PreflightCheck *c)
{
    QStringList s = c ? c->samples : QStringList();
    s.sort();
    return s;
}

} // namespace

class TestPlanPostgres : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::PostgresDatabase> m_db;

    QString createLive(const QString &sql)
    {
        m_db = std::make_unique<test::PostgresDatabase>();
        if (QString e = m_db->create(u"plan"_s); !e.isEmpty())
            return e;
        auto c = Connection::open(m_db->spec(), AccessMode::ReadWrite);
        if (!c)
            return c.error().toString();
        return test::execScript(*c, sql);
    }

    // Loads the expected DDL, diffs, plans and runs the pre-flight (read-only).
    QString makeRun(const QString &expectedDdl, const Resolutions &r, Run &out,
                    const DiffOptions &options = {})
    {
        ExpectedOptions eo;
        eo.dialect = Dialect::Postgres;
        eo.scratch = scratchUrl();
        auto expected = loadPostgresDdl(expectedDdl, u"expected.sql"_s, eo);
        if (!expected)
            return expected.error().toString();
        out.expected = expected->schema;
        auto conn = Connection::open(m_db->spec(), AccessMode::ReadOnly);
        if (!conn)
            return conn.error().toString();
        auto actual = introspect(*conn);
        if (!actual)
            return actual.error().toString();
        out.actual = *actual;
        out.diff = diff(out.expected, out.actual, options);
        auto plan = makePlan(out.diff, out.expected, out.actual, r);
        if (!plan)
            return plan.error().toString();
        out.plan = *plan;
        if (Status s = runPreflight(out.plan, *conn); !s)
            return s.error().toString();
        if (qEnvironmentVariableIsSet("SM_PRINT_PLANS")) // for reading plans while debugging
            qInfo("%s", qPrintable(planToSql(out.plan, r) + describe(out.plan)));
        return {};
    }

    enum class Mode {
        Statements, // each statement on its own inside BEGIN … COMMIT: a failure names itself
        Script,     // planToSql as one simple-query string, as psql would run the file
    };

    // Applies the plan, then diffs again. Script mode reports only a failure of the script's
    // first statement (the driver reads the first result only; the server still rolls back):
    // the diff afterwards is what proves it worked.
    QString apply(Run &run, const Resolutions &r, const DiffOptions &options = {},
                  Mode mode = Mode::Statements)
    {
        {
            auto c = Connection::open(m_db->spec(), AccessMode::ReadWrite);
            if (!c)
                return c.error().toString();
            if (mode == Mode::Script) {
                if (QString e = test::execScript(*c, planToSql(run.plan, r)); !e.isEmpty())
                    return e + u"\n--- plan:\n"_s + describe(run.plan);
            } else {
                QStringList statements{u"BEGIN"_s,
                                       u"SET LOCAL lock_timeout = '%1ms'"_s.arg(r.lockTimeoutMs)};
                for (const Step &s : std::as_const(run.plan.steps))
                    statements << s.sql;
                statements << u"COMMIT"_s;
                for (const QString &sql : std::as_const(statements))
                    if (Status st = c->exec(sql); !st)
                        return st.error().toString() + u"\n--- in: "_s + sql;
            }
        }
        auto conn = Connection::open(m_db->spec(), AccessMode::ReadOnly);
        if (!conn)
            return conn.error().toString();
        auto actual = introspect(*conn);
        if (!actual)
            return actual.error().toString();
        run.after = diff(run.expected, *actual, options);
        return {};
    }

    // What is left after the repair must be exactly the extras the plan kept.
    static QString leftOver(const Run &run)
    {
        QString out;
        for (const Difference &d : run.after.differences) {
            const bool kept =
                std::any_of(run.plan.kept.cbegin(), run.plan.kept.cend(),
                            [&](const QString &k) { return k.startsWith(d.object + u" ("); });
            if (!(kept && (isExtraKind(d.kind) || d.kind == DiffKind::MigrationVersion)))
                out += diffKindName(d.kind) + u' ' + d.object + u'\n';
        }
        return out.isEmpty() ? QString()
                             : out + u"--- after:\n"_s + describe(run.after) + u"--- plan:\n"_s +
                                   describe(run.plan);
    }

    QString scalar(const QString &sql)
    {
        auto c = Connection::open(m_db->spec(), AccessMode::ReadWrite);
        if (!c)
            return u"ERROR "_s + c.error().toString();
        auto q = c->query(sql);
        if (!q)
            return u"ERROR "_s + q.error().toString();
        return q->next() ? (q->isNull(0) ? u"NULL"_s : q->value(0).toString()) : u"no row"_s;
    }

    QString exec(const QString &sql)
    {
        auto c = Connection::open(m_db->spec(), AccessMode::ReadWrite);
        if (!c)
            return c.error().toString();
        return test::execScript(*c, sql);
    }

private Q_SLOTS:
    void initTestCase() { SM_REQUIRE_POSTGRES(); }
    void cleanup() { m_db.reset(); }

    // Seed 000: integer → varchar(255), the foreign key that stands in the way dropped, the
    // default set after the type change.
    void seed000()
    {
        SM_REQUIRE_POSTGRES();
        QCOMPARE(createLive(test::readFixture(u"seeds/000_annotations_user_id/live.sql"_s)),
                 QString());
        const QString before = scalar(u"SELECT md5(string_agg(id || ':' || coalesce(user_id::text, "
                                      u"'NULL'), ',' ORDER BY id)) FROM annotations"_s);
        Resolutions r;
        Run run;
        QCOMPARE(
            makeRun(test::readFixture(u"seeds/000_annotations_user_id/expected.sql"_s), r, run),
            QString());
        const MigrationPlan &p = run.plan;
        QVERIFY2(p.unresolved.isEmpty(), qPrintable(describe(p)));
        const Step *change = stepTitled(
            p, u"Change public.annotations.user_id from integer to character varying(255)"_s);
        QVERIFY2(change, qPrintable(describe(p)));
        QVERIFY(change->title.contains(u"annotations_user_id_fkey"_s));
        QVERIFY(change->hazards.contains(Hazard::CastMayFail));
        QVERIFY(change->hazards.contains(Hazard::TableRewrite));
        QVERIFY(change->hazards.contains(Hazard::ExclusiveLock));
        QVERIFY(!change->hazards.contains(Hazard::DataLoss));
        QVERIFY(change->sql.last().contains(u"SET DEFAULT 'anonymous'"_s));
        const Step *drop = stepTitled(p, u"Drop foreign key annotations_user_id_fkey"_s);
        QVERIFY2(drop && drop->phase == StepPhase::RemoveBlockers, qPrintable(describe(p)));
        QVERIFY(drop->id < change->id);
        QVERIFY(!p.kept.join(u' ').contains(u"annotations_user_id_fkey"_s)); // dropped, not kept

        QCOMPARE(apply(run, r, {}, Mode::Script), QString());
        QCOMPARE(leftOver(run), QString());
        QVERIFY(run.after.isEmpty());
        QCOMPARE(scalar(u"SELECT count(*) FROM annotations"_s), u"600"_s);
        QCOMPARE(scalar(u"SELECT md5(string_agg(id || ':' || coalesce(user_id::text, 'NULL'), ',' "
                        u"ORDER BY id)) FROM annotations"_s),
                 before);
        QCOMPARE(scalar(u"SELECT count(*) FROM annotations WHERE user_id IS NULL"_s), u"66"_s);
        QCOMPARE(exec(u"INSERT INTO annotations(dataset_id, annotation_type, geometry) VALUES (1, "
                      u"'point', '{}'); INSERT INTO annotations(dataset_id, user_id, "
                      u"annotation_type, geometry) VALUES (1, 'demo-user', 'point', '{}')"_s),
                 QString());
        QCOMPARE(
            scalar(
                u"SELECT string_agg(user_id, ',' ORDER BY id) FROM annotations WHERE id > 600"_s),
            u"anonymous,demo-user"_s);
    }

    // Seed 002: integer keys → UUID with the foreign key that references them; every row and
    // every pairing kept, ON DELETE CASCADE still in place, the history stamped.
    void seed002()
    {
        SM_REQUIRE_POSTGRES();
        QCOMPARE(createLive(test::readFixture(u"seeds/002_integer_ids_to_uuid/live.sql"_s)),
                 QString());
        const QString pairing =
            u"SELECT md5(string_agg(m.content || '>' || c.title || '@' || c.created_at || '/' || "
            u"c.user_id, ',' ORDER BY m.content)) FROM messages m JOIN conversations c ON c.id = "
            u"m.conversation_id"_s;
        const QString before = scalar(pairing);
        const QString messagesBefore =
            scalar(u"SELECT md5(string_agg(concat_ws('|', role, content, tool_calls, name, "
                   u"created_at), ',' ORDER BY content)) FROM messages"_s);
        Resolutions r;
        r.stamp = true;
        Run run;
        QCOMPARE(
            makeRun(test::readFixture(u"seeds/002_integer_ids_to_uuid/expected.sql"_s), r, run),
            QString());
        const MigrationPlan &p = run.plan;
        QVERIFY2(p.unresolved.isEmpty(), qPrintable(describe(p)));
        const Step *conv = stepTitled(p, u"Convert public.conversations.id from integer to uuid"_s);
        QVERIFY2(conv, qPrintable(describe(p)));
        QVERIFY(conv->title.contains(u"public.messages.conversation_id"_s));
        for (Hazard h : {Hazard::TableRewrite, Hazard::ExclusiveLock, Hazard::BackwardIncompatible})
            QVERIFY(conv->hazards.contains(h));
        QVERIFY(stepTitled(p, u"Convert public.messages.id from integer to uuid"_s));
        QVERIFY(stepTitled(p, u"Stamp public.alembic_version with version e940f362bb65"_s));
        const PreflightCheck *orphans = checkOf(p, u"orphans"_s, u"public.messages"_s);
        QVERIFY(orphans);
        QCOMPARE(orphans->violations.value_or(-1), 0);
        bool counted = false;
        for (const PreflightCheck &c : conv->preflight)
            if (c.informational && c.description.contains(u"public.messages"_s))
                counted = c.violations == 900;
        QVERIFY(counted);

        QCOMPARE(apply(run, r), QString());
        QCOMPARE(leftOver(run), QString());
        QVERIFY2(run.after.isEmpty(), qPrintable(describe(run.after)));
        QCOMPARE(scalar(u"SELECT count(*) FROM conversations"_s), u"120"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM messages"_s), u"900"_s);
        QCOMPARE(scalar(pairing), before);
        QCOMPARE(scalar(u"SELECT md5(string_agg(concat_ws('|', role, content, tool_calls, name, "
                        u"created_at), ',' ORDER BY content)) FROM messages"_s),
                 messagesBefore);
        QCOMPARE(scalar(u"SELECT count(DISTINCT id) FROM messages"_s), u"900"_s);
        QCOMPARE(scalar(u"SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid "
                        u"= 'messages'::regclass AND attname = 'conversation_id'"_s),
                 u"uuid"_s);
        QCOMPARE(scalar(u"SELECT confdeltype FROM pg_constraint WHERE conname = "
                        u"'messages_conversation_id_fkey'"_s),
                 u"c"_s);
        QCOMPARE(scalar(u"SELECT version_num FROM alembic_version"_s), u"e940f362bb65"_s);
        // The cascade still works, and new rows get generated keys.
        const QString victim =
            scalar(u"SELECT conversation_id FROM messages ORDER BY content LIMIT 1"_s);
        const QString children =
            scalar(u"SELECT count(*) FROM messages WHERE conversation_id = '%1'"_s.arg(victim));
        QCOMPARE(exec(u"DELETE FROM conversations WHERE id = '%1'"_s.arg(victim)), QString());
        QCOMPARE(scalar(u"SELECT count(*) FROM messages"_s),
                 QString::number(900 - children.toInt()));
        QCOMPARE(exec(u"INSERT INTO conversations(user_id) SELECT id FROM users LIMIT 1"_s),
                 QString());
        QCOMPARE(scalar(u"SELECT count(*) FROM conversations WHERE id IS NOT NULL"_s), u"120"_s);
    }

    // Seed 004: renames applied, NULL names filled before NOT NULL, columns and tables added,
    // the function before the trigger that calls it.
    void seed004()
    {
        SM_REQUIRE_POSTGRES();
        QCOMPARE(createLive(test::readFixture(u"seeds/004_production_sync/live.sql"_s)), QString());
        const QString tasks = u"SELECT md5(string_agg(id || ':' || %1 || ':' || %2 || ':' || "
                              u"status, ',' ORDER BY id)) FROM %3"_s;
        const QString tasksBefore =
            scalar(tasks.arg(u"\"campaignId\""_s, u"\"taskType\""_s, u"campaign_task"_s));
        const QString names =
            u"SELECT md5(string_agg(id || ':' || coalesce(name, 'NULL'), ',' ORDER BY id)) FROM "
            u"campaigns WHERE name IS NOT NULL AND name NOT LIKE 'Campaign ________'"_s;
        Resolutions r;
        Run run;
        const QString expected = test::readFixture(u"seeds/004_production_sync/expected.sql"_s);

        // Without a backfill: the pre-flight says how many rows hold NULL.
        QCOMPARE(makeRun(expected, r, run), QString());
        const PreflightCheck *nulls = checkOf(run.plan, u"nulls"_s, u"public.campaigns.name"_s);
        QVERIFY2(nulls, qPrintable(describe(run.plan)));
        QCOMPARE(nulls->violations.value_or(-1), 10);
        QVERIFY(run.plan.hazards().contains(Hazard::RenameGuess));

        r.backfill.insert(u"campaigns.name"_s, u"'Campaign ' || left(id::text, 8)"_s);
        QCOMPARE(makeRun(expected, r, run), QString());
        const MigrationPlan &p = run.plan;
        QVERIFY2(p.unresolved.isEmpty(), qPrintable(describe(p)));
        const Step *fill = stepTitled(p, u"Fill the NULLs of public.campaigns.name"_s);
        QVERIFY2(fill, qPrintable(describe(p)));
        QVERIFY(fill->sql.first().startsWith(u"UPDATE"_s));
        QVERIFY(fill->sql.last().endsWith(u"SET NOT NULL"_s));
        const PreflightCheck *still = checkOf(p, u"nulls"_s, u"still NULL"_s);
        QVERIFY(still);
        QCOMPARE(still->violations.value_or(-1), 0);
        const Step *rename =
            stepTitled(p, u"Rename table public.campaign_task to public.campaign_tasks"_s);
        QVERIFY(rename && rename->hazards.contains(Hazard::RenameGuess));
        const Step *function =
            stepTitled(p, u"Create function public.update_updated_at_column()"_s);
        const Step *trigger = stepTitled(p, u"Create trigger update_campaigns_updated_at"_s);
        QVERIFY(function && trigger && function->id < trigger->id);
        const Step *fk = stepTitled(p, u"Add foreign key blog_posts_campaign_id_fkey"_s);
        QVERIFY(fk && fk->sql.size() == 2 && fk->sql.first().endsWith(u"NOT VALID"_s));

        const QString namedBefore = scalar(names);
        QCOMPARE(apply(run, r, {}, Mode::Script), QString());
        QCOMPARE(leftOver(run), QString());
        QVERIFY2(run.after.isEmpty(), qPrintable(describe(run.after)));
        QCOMPARE(scalar(u"SELECT count(*) FROM campaigns"_s), u"60"_s);
        QCOMPARE(
            scalar(
                u"SELECT count(*) FROM campaigns WHERE name = 'Campaign ' || left(id::text, 8)"_s),
            u"10"_s);
        QCOMPARE(scalar(names), namedBefore);
        QCOMPARE(scalar(u"SELECT count(*) FROM agent_performance"_s), u"500"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM blog_posts"_s), u"150"_s);
        QCOMPARE(scalar(tasks.arg(u"campaign_id"_s, u"task_type"_s, u"campaign_tasks"_s)),
                 tasksBefore);
        QCOMPARE(scalar(u"SELECT count(*) FROM campaign_tasks WHERE priority = 0"_s), u"300"_s);
        // The trigger was created and works.
        QCOMPARE(exec(u"UPDATE campaigns SET updated_at = '2000-01-01' WHERE status = 'done'"_s),
                 QString());
        QCOMPARE(scalar(u"SELECT count(*) FROM campaigns WHERE updated_at < '2001-01-01'"_s),
                 u"0"_s);
    }

    // Pre-flight of a cast on crafted rows: exact count and the offending values; the cast then
    // fails and changes nothing, and with a USING expression it succeeds.
    void castPreflight()
    {
        SM_REQUIRE_POSTGRES();
        QCOMPARE(createLive(u"CREATE TABLE \"order\" (id serial PRIMARY KEY, \"user\" text, total "
                            u"numeric(10,3), big bigint);"
                            u"INSERT INTO \"order\" (\"user\", total, big) VALUES ('12', 1.5, 1), "
                            u"(' 7 ', 2.25, 2), ('demo-user', 3, 3), ('anon', NULL, 4), ('', 100, "
                            u"5), (NULL, 99999, 9999999999), ('-0', 0.125, 6);"_s),
                 QString());
        const QString expected =
            u"CREATE TABLE \"order\" (id serial PRIMARY KEY, \"user\" integer, "
            u"total numeric(5,1), big integer);"_s;
        Resolutions r;
        Run run;
        QCOMPARE(makeRun(expected, r, run), QString());
        const PreflightCheck *cast = checkOf(run.plan, u"cast"_s, u"public.order.user"_s);
        QVERIFY2(cast, qPrintable(describe(run.plan)));
        QCOMPARE(cast->violations.value_or(-1), 3);
        QVERIFY(cast->exact);
        QCOMPARE(sortedSamples(cast), (QStringList{u""_s, u"anon"_s, u"demo-user"_s}));
        const PreflightCheck *big = checkOf(run.plan, u"cast"_s, u"public.order.big"_s);
        QVERIFY(big);
        QCOMPARE(big->violations.value_or(-1), 1);
        QCOMPARE(big->samples, QStringList{u"9999999999"_s});
        // numeric(10,3) → numeric(5,1): 99999 overflows, 2.25 and 0.125 are rounded.
        const PreflightCheck *total =
            checkOf(run.plan, u"cast"_s, u"public.order.total whose value cannot"_s);
        QVERIFY(total);
        QCOMPARE(total->violations.value_or(-1), 1);
        const PreflightCheck *rounded = checkOf(run.plan, u"cast"_s, u"is rounded"_s);
        QVERIFY(rounded);
        QCOMPARE(rounded->violations.value_or(-1), 2);
        const Step *totalStep = stepTitled(run.plan, u"Change public.order.total"_s);
        QVERIFY(totalStep && totalStep->hazards.contains(Hazard::DataLoss));

        // As planned, the script fails on the first bad value and leaves everything as it was.
        QVERIFY(apply(run, r).contains(u"invalid input syntax for type integer"_s));
        QCOMPARE(scalar(u"SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid "
                        u"= '\"order\"'::regclass AND attname = 'user'"_s),
                 u"text"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM \"order\""_s), u"7"_s);

        // The operator says what the bad values become.
        r.usingExpr.insert(
            u"order.user"_s,
            u"CASE WHEN \"user\" ~ '^\\s*[+-]?[0-9]+\\s*$' THEN \"user\"::integer END"_s);
        r.usingExpr.insert(u"public.order.big"_s, u"least(big, 2147483647)::integer"_s);
        r.usingExpr.insert(u"order.total"_s, u"least(total, 9999.9)"_s);
        QCOMPARE(makeRun(expected, r, run), QString());
        QCOMPARE(apply(run, r), QString());
        QCOMPARE(leftOver(run), QString());
        QCOMPARE(
            scalar(u"SELECT string_agg(concat_ws('/', coalesce(\"user\"::text, 'NULL'), "
                   u"coalesce(total::text, 'NULL'), big), ',' ORDER BY id) FROM \"order\""_s),
            u"12/1.5/1,7/2.3/2,NULL/3.0/3,NULL/9999.9/4,NULL/100.0/5,NULL/9999.9/2147483647,0/0.1/6"_s);
    }

    void uuidAndBooleanPreflight()
    {
        SM_REQUIRE_POSTGRES();
        QCOMPARE(
            createLive(u"CREATE TABLE t (id int PRIMARY KEY, ref text, flag text, day text);"
                       u"INSERT INTO t VALUES (1, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'yes', "
                       u"'2024-02-29'), (2, 'not-a-uuid', 'maybe', '2023-02-29'), (3, '', "
                       u"'OFF', '2024-13-01'), (4, NULL, NULL, ' 2024-01-05 ');"_s),
            QString());
        Resolutions r;
        Run run;
        QCOMPARE(
            makeRun(u"CREATE TABLE t (id int PRIMARY KEY, ref uuid, flag boolean, day date);"_s, r,
                    run),
            QString());
        const PreflightCheck *ref = checkOf(run.plan, u"cast"_s, u"public.t.ref"_s);
        QVERIFY2(ref, qPrintable(describe(run.plan)));
        QCOMPARE(ref->violations.value_or(-1), 2);
        QVERIFY(!ref->exact); // an upper bound before PostgreSQL 16
        QCOMPARE(sortedSamples(ref), (QStringList{u""_s, u"not-a-uuid"_s}));
        const PreflightCheck *flag = checkOf(run.plan, u"cast"_s, u"public.t.flag"_s);
        QVERIFY(flag);
        QCOMPARE(flag->violations.value_or(-1), 1);
        QCOMPARE(flag->samples, QStringList{u"maybe"_s});
        const PreflightCheck *day = checkOf(run.plan, u"cast"_s, u"public.t.day"_s);
        QVERIFY(day);
        QCOMPARE(day->violations.value_or(-1), 2); // 2023-02-29 and month 13
        QCOMPARE(sortedSamples(day), (QStringList{u"2023-02-29"_s, u"2024-13-01"_s}));
    }

    // NULLs before NOT NULL, duplicate groups before UNIQUE, orphans before a foreign key, rows
    // breaking a new CHECK: exact counts on crafted rows.
    void constraintPreflight()
    {
        SM_REQUIRE_POSTGRES();
        const QString base = u"CREATE TABLE parent (id int PRIMARY KEY);"_s;
        QCOMPARE(createLive(base + u"CREATE TABLE child (id int PRIMARY KEY, parent_id int, code "
                                   u"text, qty int, note text);"
                                   u"INSERT INTO parent VALUES (1), (2);"
                                   u"INSERT INTO child VALUES (1, 1, 'a', 1, 'x'), (2, 2, 'a', 0, "
                                   u"NULL), (3, 3, 'b', -1, 'y'), (4, 4, 'b', NULL, NULL), (5, "
                                   u"NULL, 'c', 5, 'z'), (6, 3, 'b', 2, 'w');"_s),
                 QString());
        Resolutions r;
        Run run;
        QCOMPARE(
            makeRun(base + u"CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES "
                           u"parent ON DELETE CASCADE, code text UNIQUE, qty int CHECK (qty > 0), "
                           u"note text NOT NULL);"_s,
                    r, run),
            QString());
        const MigrationPlan &p = run.plan;
        const PreflightCheck *orphans = checkOf(p, u"orphans"_s, u"public.child"_s);
        QVERIFY2(orphans, qPrintable(describe(p)));
        QCOMPARE(orphans->violations.value_or(-1), 3);
        QCOMPARE(sortedSamples(orphans), (QStringList{u"3"_s, u"3"_s, u"4"_s}));
        const PreflightCheck *dups = checkOf(p, u"duplicates"_s, u"public.child"_s);
        QVERIFY(dups);
        QCOMPARE(dups->violations.value_or(-1), 2);
        QCOMPARE(dups->samples.first(), u"b (3 rows)"_s);
        const PreflightCheck *check = checkOf(p, u"check_violation"_s, u"public.child"_s);
        QVERIFY(check);
        QCOMPARE(check->violations.value_or(-1), 2);
        const PreflightCheck *nulls = checkOf(p, u"nulls"_s, u"public.child.note"_s);
        QVERIFY(nulls);
        QCOMPARE(nulls->violations.value_or(-1), 2);
        QCOMPARE(sortedSamples(nulls), (QStringList{u"2"_s, u"4"_s}));
        const Step *fk = stepTitled(p, u"Add foreign key child_parent_id_fkey"_s);
        QVERIFY(fk && fk->sql.value(1).contains(u"VALIDATE CONSTRAINT"_s));
        QVERIFY(fk->hazards.contains(Hazard::Orphans));
        // After the data is fixed the plan applies.
        QCOMPARE(exec(u"UPDATE child SET parent_id = NULL WHERE parent_id > 2; UPDATE child SET "
                      u"code = code || id WHERE id > 1; UPDATE child SET qty = 1 WHERE qty <= 0; "
                      u"UPDATE child SET note = '' WHERE note IS NULL"_s),
                 QString());
        QCOMPARE(
            makeRun(base + u"CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES "
                           u"parent ON DELETE CASCADE, code text UNIQUE, qty int CHECK (qty > 0), "
                           u"note text NOT NULL);"_s,
                    r, run),
            QString());
        QCOMPARE(apply(run, r), QString());
        QCOMPARE(leftOver(run), QString());
        QCOMPARE(scalar(u"SELECT count(*) FROM child"_s), u"6"_s);
    }

    // Integer → UUID with awkward names, a self-reference, NULL links and a grandchild under
    // ON DELETE CASCADE: every row and every link kept.
    void integerKeyToUuidQuotedNames()
    {
        SM_REQUIRE_POSTGRES();
        const QString live = uR"(
CREATE TABLE "Invoice" (id serial PRIMARY KEY, "Weird Name" text, parent_id int REFERENCES "Invoice");
CREATE TABLE "order" (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  "Invoice Id" int REFERENCES "Invoice" ON DELETE CASCADE, note text);
CREATE INDEX order_by_invoice ON "order" ("Invoice Id") WHERE note IS NOT NULL;
CREATE VIEW invoice_orders AS SELECT i."Weird Name", o.note FROM "Invoice" i JOIN "order" o ON o."Invoice Id" = i.id;
INSERT INTO "Invoice" ("Weird Name", parent_id) VALUES ('first', NULL), ('second', 1), ('third', 2), ('it''s', NULL);
INSERT INTO "order" ("Invoice Id", note) VALUES (1, 'a'), (1, 'b'), (2, NULL), (3, 'c'), (NULL, 'loose'), (4, 'd');
)"_s;
        const QString expected = uR"(
CREATE TABLE "Invoice" (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), "Weird Name" text, parent_id uuid REFERENCES "Invoice");
CREATE TABLE "order" (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  "Invoice Id" uuid REFERENCES "Invoice" ON DELETE CASCADE, note text);
CREATE INDEX order_by_invoice ON "order" ("Invoice Id") WHERE note IS NOT NULL;
CREATE VIEW invoice_orders AS SELECT i."Weird Name", o.note FROM "Invoice" i JOIN "order" o ON o."Invoice Id" = i.id;
)"_s;
        QCOMPARE(createLive(live), QString());
        const QString links =
            u"SELECT string_agg(o.note || '>' || coalesce(i.\"Weird Name\", "
            u"'NULL'), ',' ORDER BY o.id) FROM \"order\" o LEFT JOIN \"Invoice\" i "
            u"ON i.id = o.\"Invoice Id\""_s;
        const QString tree =
            u"SELECT string_agg(c.\"Weird Name\" || '<' || coalesce(p.\"Weird "
            u"Name\", 'NULL'), ',' ORDER BY c.\"Weird Name\") FROM \"Invoice\" c LEFT "
            u"JOIN \"Invoice\" p ON p.id = c.parent_id"_s;
        const QString linksBefore = scalar(links);
        const QString treeBefore = scalar(tree);
        Resolutions r;
        Run run;
        QCOMPARE(makeRun(expected, r, run), QString());
        QVERIFY2(run.plan.unresolved.isEmpty(), qPrintable(describe(run.plan)));
        QVERIFY(stepTitled(run.plan, u"Drop view public.invoice_orders"_s));
        QCOMPARE(apply(run, r), QString());
        QCOMPARE(leftOver(run), QString());
        QCOMPARE(scalar(links), linksBefore);
        QCOMPARE(scalar(tree), treeBefore);
        QCOMPARE(scalar(u"SELECT count(*) FROM invoice_orders"_s), u"5"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM \"order\" WHERE \"Invoice Id\" IS NULL"_s), u"1"_s);
    }

    // Everything else, applied to one database with rows: enum values added and removed, a
    // type change under a view and a trigger and referenced by a child under ON DELETE CASCADE,
    // identity, defaults, sequences, indexes, functions, new tables and columns.
    void manyPathsApplied()
    {
        SM_REQUIRE_POSTGRES();
        const QString live = uR"(
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE size AS ENUM ('s', 'm', 'l', 'xl');
CREATE SEQUENCE invoice_numbers START 1000;
CREATE TABLE users (id serial PRIMARY KEY, email varchar(100) NOT NULL, name text, feeling mood DEFAULT 'ok',
  shirt size, score integer DEFAULT 0, legacy boolean);
CREATE TABLE posts (id int PRIMARY KEY, user_id int NOT NULL REFERENCES users ON DELETE CASCADE, body text);
CREATE INDEX body_lookup ON posts (body);
CREATE VIEW user_emails AS SELECT id, email FROM users;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER users_email BEFORE UPDATE OF email ON users FOR EACH ROW EXECUTE FUNCTION touch();
INSERT INTO users (email, name, feeling, shirt, score) VALUES ('a@x', 'A', 'happy', 's', 1),
  ('b@x', NULL, NULL, 'm', NULL), ('c@x', 'C', 'sad', NULL, 3);
INSERT INTO posts VALUES (1, 1, 'one'), (2, 1, 'two'), (3, 2, NULL), (4, 3, 'four');
)"_s;
        const QString expected = uR"(
CREATE TYPE mood AS ENUM ('meh', 'sad', 'ok', 'happy', 'ecstatic');
CREATE TYPE size AS ENUM ('s', 'm', 'l');
CREATE SEQUENCE invoice_numbers START 1000 INCREMENT 5;
CREATE TABLE users (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, email varchar(255) NOT NULL,
  name text DEFAULT 'anonymous', feeling mood DEFAULT 'ok', shirt size, score integer, token uuid DEFAULT gen_random_uuid(),
  created timestamptz NOT NULL DEFAULT now());
CREATE TABLE posts (id int PRIMARY KEY, user_id bigint NOT NULL REFERENCES users ON DELETE CASCADE, body text);
CREATE INDEX posts_by_body ON posts (body);
CREATE INDEX posts_by_user ON posts (user_id);
CREATE VIEW user_emails AS SELECT id, email FROM users;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.email = lower(NEW.email); RETURN NEW; END $$;
CREATE TRIGGER users_email BEFORE UPDATE OF email ON users FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TABLE comments (id serial PRIMARY KEY, post_id int NOT NULL REFERENCES posts ON DELETE CASCADE,
  body text NOT NULL CHECK (body <> ''));
CREATE TABLE "Weird Name" ("select" int, comment_id int REFERENCES comments);
)"_s;
        QCOMPARE(createLive(live), QString());
        Resolutions r;
        Run run;
        QCOMPARE(makeRun(expected, r, run), QString());
        const MigrationPlan &p = run.plan;
        QVERIFY2(p.unresolved.isEmpty(), qPrintable(describe(p)));
        QVERIFY2(p.kept.contains(u"public.users.legacy (extra column)"_s), qPrintable(describe(p)));
        QVERIFY(stepTitled(p, u"Rename index body_lookup of public.posts to posts_by_body"_s));
        const Step *sizeSwap = stepTitled(p, u"Recreate enum type public.size without xl"_s);
        QVERIFY2(sizeSwap && sizeSwap->hazards.contains(Hazard::DataLoss), qPrintable(describe(p)));
        const PreflightCheck *lost = checkOf(p, u"cast"_s, u"enum loses"_s);
        QVERIFY(lost);
        QCOMPARE(lost->violations.value_or(-1), 0);
        QVERIFY(stepTitled(p, u"Add meh, ecstatic to enum type public.mood"_s));
        const Step *newTable = stepTitled(p, u"Create table public.comments"_s);
        const Step *weird = stepTitled(p, u"Create table public.Weird Name"_s);
        QVERIFY(newTable && weird && newTable->id < weird->id); // foreign-key order
        const Step *token = stepTitled(p, u"Add column public.users.token"_s);
        QVERIFY(token && token->hazards.contains(Hazard::TableRewrite)); // volatile default
        const Step *created = stepTitled(p, u"Add column public.users.created"_s);
        QVERIFY(created && !created->hazards.contains(Hazard::TableRewrite));
        const Step *email = stepTitled(p, u"Change public.users.email"_s); // wider varchar
        QVERIFY(email && !email->hazards.contains(Hazard::TableRewrite) &&
                !email->sql.first().contains(u"USING"_s));

        const QString postsBefore = scalar(
            u"SELECT string_agg(p.body || '>' || u.email, ',' ORDER BY p.id) FROM posts p JOIN users u ON u.id = p.user_id"_s);
        QCOMPARE(apply(run, r, {}, Mode::Script), QString());
        QCOMPARE(leftOver(run), QString());
        QCOMPARE(scalar(u"SELECT count(*) FROM users"_s), u"3"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM posts"_s), u"4"_s);
        QCOMPARE(
            scalar(u"SELECT string_agg(p.body || '>' || u.email, ',' ORDER BY p.id) FROM posts p "
                   u"JOIN users u ON u.id = p.user_id"_s),
            postsBefore);
        QCOMPARE(
            scalar(u"SELECT string_agg(coalesce(feeling::text, 'NULL') || coalesce(shirt::text, "
                   u"'NULL'), ',' ORDER BY id) FROM users"_s),
            u"happys,NULLm,sadNULL"_s);
        // The identity continues after the existing ids; the enum takes its new value.
        QCOMPARE(exec(u"INSERT INTO users (email, feeling) VALUES ('d@x', 'ecstatic')"_s),
                 QString());
        QCOMPARE(scalar(u"SELECT max(id) FROM users"_s), u"4"_s);
        QCOMPARE(scalar(u"SELECT name FROM users WHERE id = 4"_s), u"anonymous"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM user_emails"_s), u"4"_s);
        QCOMPARE(exec(u"UPDATE users SET email = 'UPPER@X' WHERE id = 4"_s), QString());
        QCOMPARE(scalar(u"SELECT email FROM users WHERE id = 4"_s), u"upper@x"_s); // new function
    }

    // Extras are kept by default and dropped on request; a rejected rename is a new table plus
    // an extra one.
    void extrasAndRejectedRenames()
    {
        SM_REQUIRE_POSTGRES();
        const QString live =
            u"CREATE TABLE campaign_task (id int PRIMARY KEY, \"taskType\" text);"
            u"CREATE TABLE legacy (x int); CREATE VIEW old_view AS SELECT 1 AS one;"
            u"INSERT INTO campaign_task VALUES (1, 'a'); INSERT INTO legacy VALUES (1);"_s;
        const QString expected =
            u"CREATE TABLE campaign_tasks (id int PRIMARY KEY, task_type text);"_s;
        QCOMPARE(createLive(live), QString());
        Resolutions r;
        r.rejectRenames.insert(u"public.campaign_tasks"_s);
        Run run;
        QCOMPARE(makeRun(expected, r, run), QString());
        QVERIFY2(run.plan.unresolved.isEmpty(), qPrintable(describe(run.plan)));
        QVERIFY(stepTitled(run.plan, u"Create table public.campaign_tasks"_s));
        QVERIFY(run.plan.kept.contains(u"public.legacy (extra table)"_s));
        QVERIFY(run.plan.kept.contains(u"public.old_view (extra view)"_s));
        QVERIFY2(run.plan.kept.join(u'\n').contains(u"public.campaign_task (extra table"_s),
                 qPrintable(describe(run.plan)));
        QCOMPARE(apply(run, r, DiffOptions{{}, {}, false, {}, {}, {}}), QString());
        QCOMPARE(leftOver(run), QString());
        QCOMPARE(scalar(u"SELECT count(*) FROM campaign_task"_s), u"1"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM campaign_tasks"_s), u"0"_s);

        // Drop what the expected schema lacks.
        Resolutions drop;
        drop.dropExtra = true;
        QCOMPARE(makeRun(expected, drop, run, DiffOptions{{}, {}, false, {}, {}, {}}), QString());
        QVERIFY(run.plan.kept.isEmpty());
        const Step *dropTable = stepTitled(run.plan, u"Drop table public.legacy"_s);
        QVERIFY(dropTable && dropTable->phase == StepPhase::Drops &&
                dropTable->hazards.contains(Hazard::DataLoss));
        QCOMPARE(dropTable->preflight.value(0).violations.value_or(-1), 1);
        QCOMPARE(apply(run, drop, DiffOptions{{}, {}, false, {}, {}, {}}), QString());
        QVERIFY2(run.after.isEmpty(), qPrintable(describe(run.after)));
    }
};

QTEST_GUILESS_MAIN(TestPlanPostgres)
#include "tst_planpostgres.moc"
