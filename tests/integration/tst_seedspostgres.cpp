// SPDX-License-Identifier: MIT
// Seeds 000, 002 and 004 (PostgreSQL): the broken database with its rows on the test server,
// the expected DDL loaded into a scratch database, and exactly the differences each write-up
// describes.

#include "SeedFixtures.h"
#include "TestSupport.h"
#include "expected/ExpectedSource.h"
#include "introspect/Introspector.h"

#include <QTest>
#include <QUrl>

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

} // namespace

class TestSeedsPostgres : public QObject
{
    Q_OBJECT

    QString run(const QString &seed, SchemaDiff &out)
    {
        test::PostgresDatabase db;
        if (QString e = db.create(u"seed"_s); !e.isEmpty())
            return e;
        {
            auto c = Connection::open(db.spec(), AccessMode::ReadWrite);
            if (!c)
                return c.error().toString();
            if (QString e =
                    test::execScript(*c, test::readFixture(u"seeds/"_s + seed + u"/live.sql"_s));
                !e.isEmpty())
                return e;
        }
        ExpectedOptions o;
        o.dialect = Dialect::Postgres;
        o.scratch = scratchUrl();
        auto expected = loadExpected(test::seedDir(seed) + u"/expected.sql"_s, o);
        if (!expected)
            return expected.error().toString();
        auto conn = Connection::open(db.spec(), AccessMode::ReadOnly);
        if (!conn)
            return conn.error().toString();
        auto actual = introspect(*conn);
        if (!actual)
            return actual.error().toString();
        out = diff(expected->schema, *actual);
        return {};
    }

private Q_SLOTS:
    void seed000AnnotationsUserId()
    {
        SM_REQUIRE_POSTGRES();
        SchemaDiff d;
        QCOMPARE(run(u"000_annotations_user_id"_s, d), QString());
        QCOMPARE(test::diffLines(d),
                 test::sorted({
                     u"column_type public.annotations.user_id"_s,
                     u"column_default public.annotations.user_id"_s,
                     u"extra_constraint public.annotations.annotations_user_id_fkey"_s,
                 }));
        const Difference *t = d.find(DiffKind::ColumnType, u"public.annotations.user_id"_s);
        QCOMPARE(*t->expected, u"character varying(255)"_s);
        QCOMPARE(*t->actual, u"integer"_s);
        const Difference *def = d.find(DiffKind::ColumnDefault, u"public.annotations.user_id"_s);
        QCOMPARE(*def->expected, u"'anonymous'::character varying"_s);
        QVERIFY(!def->actual.has_value());
    }

    void seed002IntegerIdsWhereUuidsAreExpected()
    {
        SM_REQUIRE_POSTGRES();
        SchemaDiff d;
        QCOMPARE(run(u"002_integer_ids_to_uuid"_s, d), QString());
        QCOMPARE(test::diffLines(d), test::sorted({
                                         u"column_type public.conversations.id"_s,
                                         u"column_default public.conversations.id"_s,
                                         u"column_type public.messages.id"_s,
                                         u"column_default public.messages.id"_s,
                                         u"column_type public.messages.conversation_id"_s,
                                         u"migration_version public.alembic_version"_s,
                                     }));
        QCOMPARE(*d.find(DiffKind::ColumnType, u"public.messages.conversation_id"_s)->expected,
                 u"uuid"_s);
        QCOMPARE(*d.find(DiffKind::ColumnType, u"public.messages.conversation_id"_s)->actual,
                 u"integer"_s);
        const Difference *v = d.find(DiffKind::MigrationVersion, u"public.alembic_version"_s);
        QCOMPARE(*v->expected, u"e940f362bb65"_s); // from the INSERT in the expected DDL
        QCOMPARE(*v->actual, u"b7d1c0a4f2e9"_s);   // the migration failed silently
    }

    void seed004ProductionSync()
    {
        SM_REQUIRE_POSTGRES();
        SchemaDiff d;
        QCOMPARE(run(u"004_production_sync"_s, d), QString());
        QStringList expected{
            u"missing_column public.agent_performance.quality_score"_s,
            u"missing_column public.agent_performance.success"_s,
            u"missing_column public.agent_performance.feedback_data"_s,
            u"missing_index public.agent_performance.idx_agent_performance_campaign_id"_s,
            u"column_nullability public.campaigns.name"_s,
            u"missing_trigger public.campaigns.update_campaigns_updated_at"_s,
            u"missing_constraint public.blog_posts.blog_posts_campaign_id_fkey"_s,
            u"renamed_table public.campaign_tasks"_s,
            u"renamed_column public.campaign_tasks.campaign_id"_s,
            u"renamed_column public.campaign_tasks.task_type"_s,
            u"renamed_column public.campaign_tasks.created_at"_s,
            u"missing_column public.campaign_tasks.execution_time"_s,
            u"missing_column public.campaign_tasks.priority"_s,
            u"missing_column public.campaign_tasks.started_at"_s,
            u"missing_column public.campaign_tasks.completed_at"_s,
            u"missing_index public.campaign_tasks.idx_campaign_tasks_campaign_id"_s,
            u"missing_table public.briefings"_s,
            u"missing_table public.content_strategies"_s,
            u"missing_function public.update_updated_at_column()"_s,
        };
        for (const char *c :
             {"updated_at", "published_at", "campaign_id", "geo_metadata", "geo_optimized",
              "geo_score", "seo_score", "word_count", "reading_time"})
            expected << u"missing_column public.blog_posts."_s + QLatin1String(c);
        QCOMPARE(test::diffLines(d), test::sorted(expected));

        const Difference *t = d.find(DiffKind::RenamedTable, u"public.campaign_tasks"_s);
        QCOMPARE(*t->actual, u"public.campaign_task"_s);
        QVERIFY(!t->declared); // proposed with evidence, not assumed
        QVERIFY(!t->evidence.isEmpty());
        QCOMPARE(*d.find(DiffKind::RenamedColumn, u"public.campaign_tasks.task_type"_s)->actual,
                 u"taskType"_s);
        const Difference *n = d.find(DiffKind::ColumnNullability, u"public.campaigns.name"_s);
        QCOMPARE(*n->expected, u"NOT NULL"_s);
    }
};

QTEST_GUILESS_MAIN(TestSeedsPostgres)
#include "tst_seedspostgres.moc"
