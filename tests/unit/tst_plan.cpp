// SPDX-License-Identifier: MIT
// What every plan shares, whatever the dialect: hazard names of the JSON contract, the order
// of steps, and the repair script around them (transaction control, pragmas, timeouts).

#include "diff/Diff.h"
#include "plan/Plan.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sm;

namespace {

Step step(StepPhase phase, const QString &title, bool transactional = true,
          QList<Hazard> hazards = {})
{
    Step s;
    s.phase = phase;
    s.title = title;
    s.sql = {u"SELECT '"_s + title + u"'"_s};
    s.transactional = transactional;
    s.hazards = hazards;
    return s;
}

} // namespace

class TestPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hazardNamesFollowTheContract()
    {
        const QStringList contract{
            u"data_loss"_s,         u"cast_may_fail"_s,  u"not_null_violation"_s,
            u"duplicates"_s,        u"orphans"_s,        u"check_violation"_s,
            u"table_rewrite"_s,     u"exclusive_lock"_s, u"blocks_writes"_s,
            u"not_transactional"_s, u"rename_guess"_s,   u"backward_incompatible"_s};
        for (const QString &name : contract) {
            const auto h = hazardFromName(name);
            QVERIFY2(h.has_value(), qPrintable(name));
            QCOMPARE(hazardName(*h), name);
            QVERIFY(!hazardExplanation(*h).isEmpty());
        }
        QVERIFY(!hazardFromName(u"nonsense"_s));
    }

    void stepsAreOrderedByPhaseAndNumbered()
    {
        MigrationPlan p;
        p.steps = {step(StepPhase::Views, u"view"_s),
                   step(StepPhase::Stamp, u"stamp"_s),
                   step(StepPhase::Indexes, u"concurrent index"_s, false),
                   step(StepPhase::Tables, u"table a"_s),
                   step(StepPhase::RemoveBlockers, u"drop view"_s),
                   step(StepPhase::Tables, u"table b"_s),
                   step(StepPhase::Constraints, u"fk"_s)};
        orderSteps(p);
        QStringList titles;
        for (const Step &s : p.steps)
            titles << s.title;
        QCOMPARE(titles, (QStringList{u"drop view"_s, u"table a"_s, u"table b"_s, u"fk"_s,
                                      u"view"_s, u"stamp"_s, u"concurrent index"_s}));
        for (int i = 0; i < p.steps.size(); ++i)
            QCOMPARE(p.steps[i].id, i + 1);
    }

    void hazardsAreTheUnion()
    {
        MigrationPlan p;
        p.steps = {step(StepPhase::Tables, u"a"_s, true, {Hazard::TableRewrite, Hazard::DataLoss}),
                   step(StepPhase::Tables, u"b"_s, true, {Hazard::DataLoss, Hazard::RenameGuess})};
        QCOMPARE(p.hazards(),
                 (QList<Hazard>{Hazard::DataLoss, Hazard::TableRewrite, Hazard::RenameGuess}));
    }

    void sqliteScriptTurnsForeignKeysOffOutsideTheTransaction()
    {
        MigrationPlan p;
        p.dialect = Dialect::Sqlite;
        p.steps = {step(StepPhase::Tables, u"rebuild"_s)};
        orderSteps(p);
        const QString sql = planToSql(p, {});
        const qsizetype off = sql.indexOf(u"PRAGMA foreign_keys = OFF;"_s);
        const qsizetype readBack = sql.indexOf(u"foreign_keys FROM pragma_foreign_keys"_s);
        const qsizetype begin = sql.indexOf(u"BEGIN IMMEDIATE;"_s);
        const qsizetype body = sql.indexOf(u"SELECT 'rebuild';"_s);
        const qsizetype check = sql.indexOf(u"count(*) FROM pragma_foreign_key_check"_s);
        const qsizetype commit = sql.indexOf(u"COMMIT;"_s);
        const qsizetype on = sql.indexOf(u"PRAGMA foreign_keys = ON;"_s);
        QVERIFY(off >= 0 && off < readBack && readBack < begin && begin < body && body < check &&
                check < commit && commit < on);
    }

    // The script must stop rather than commit when a foreign key is violated: run it the way
    // an operator would, with the sqlite3 shell.
    void sqliteScriptGuardsStopTheRun_data()
    {
        QTest::addColumn<QString>("stepSql");
        QTest::addColumn<bool>("commits");
        QTest::newRow("clean") << u"INSERT INTO p VALUES (5)"_s << true;
        QTest::newRow("orphan left") << u"INSERT INTO c VALUES (99)"_s << false;
    }

    void sqliteScriptGuardsStopTheRun()
    {
        QFETCH(QString, stepSql);
        QFETCH(bool, commits);
        QTemporaryDir dir;
        const QString db = dir.filePath(u"g.db"_s);
        QProcess init;
        init.start(u"sqlite3"_s, {db, u"CREATE TABLE p(id INTEGER PRIMARY KEY); "
                                      "CREATE TABLE c(pid INTEGER REFERENCES p(id));"_s});
        QVERIFY(init.waitForFinished());
        QCOMPARE(init.exitCode(), 0);
        MigrationPlan p;
        p.dialect = Dialect::Sqlite;
        Step s = step(StepPhase::Tables, u"change"_s);
        s.sql = {stepSql, u"INSERT INTO p VALUES (6)"_s};
        p.steps = {s};
        orderSteps(p);
        QProcess run;
        run.start(u"sqlite3"_s, {u"-bail"_s, db});
        QVERIFY(run.waitForStarted());
        run.write(planToSql(p, {}).toUtf8());
        run.closeWriteChannel();
        QVERIFY(run.waitForFinished());
        QCOMPARE(run.exitCode() == 0, commits);
        QProcess count;
        count.start(u"sqlite3"_s, {db, u"SELECT count(*) FROM p WHERE id = 6"_s});
        QVERIFY(count.waitForFinished());
        QCOMPARE(count.readAllStandardOutput().trimmed(),
                 commits ? QByteArray("1") : QByteArray("0"));
    }

    void postgresScriptSetsTimeoutsAndCommitsBeforeNonTransactionalSteps()
    {
        MigrationPlan p;
        p.dialect = Dialect::Postgres;
        p.steps = {step(StepPhase::Indexes, u"concurrently"_s, false, {Hazard::NotTransactional}),
                   step(StepPhase::Tables, u"alter"_s)};
        p.unresolved = {u"needs a backfill"_s};
        orderSteps(p);
        Resolutions r;
        r.lockTimeoutMs = 2500;
        r.statementTimeoutMs = 60000;
        const QString sql = planToSql(p, r);
        QVERIFY(sql.contains(u"SET LOCAL lock_timeout = '2500ms';"_s));
        QVERIFY(sql.contains(u"SET LOCAL statement_timeout = '60000ms';"_s));
        QVERIFY(sql.contains(u"-- UNRESOLVED: needs a backfill"_s));
        QVERIFY(sql.indexOf(u"SELECT 'alter';"_s) < sql.indexOf(u"COMMIT;"_s));
        QVERIFY(sql.indexOf(u"COMMIT;"_s) < sql.indexOf(u"SELECT 'concurrently';"_s));
        QCOMPARE(sql.count(u"COMMIT;"_s), 1);
        QVERIFY(!sql.contains(u"PRAGMA"_s));
    }

    void jsonFollowsTheContract()
    {
        MigrationPlan p;
        p.dialect = Dialect::Postgres;
        Step s = step(StepPhase::Tables, u"Change public.a.b from integer to uuid"_s, true,
                      {Hazard::CastMayFail});
        s.tables = {u"public.a"_s};
        PreflightCheck c;
        c.check = u"cast"_s;
        c.description = u"rows of public.a.b that cannot become uuid"_s;
        c.sql = u"SELECT 3"_s;
        c.violations = 3;
        c.samples = {u"demo-user"_s, u"anon"_s, u""_s};
        c.exact = false;
        s.preflight = {c};
        p.steps = {s};
        orderSteps(p);
        const QJsonObject j = planToJson(p);
        QCOMPARE(j[u"format"_s].toString(), u"schemamedic.plan/1"_s);
        QCOMPARE(j[u"dialect"_s].toString(), u"postgresql"_s);
        const QJsonObject js = j[u"steps"_s].toArray().first().toObject();
        QCOMPARE(js[u"id"_s].toInt(), 1);
        QCOMPARE(js[u"title"_s].toString(), s.title);
        QCOMPARE(js[u"sql"_s].toArray().size(), 1);
        QCOMPARE(js[u"hazards"_s].toArray().first().toString(), u"cast_may_fail"_s);
        QCOMPARE(js[u"tables"_s].toArray().first().toString(), u"public.a"_s);
        const QJsonObject pf = js[u"preflight"_s].toArray().first().toObject();
        QCOMPARE(pf[u"check"_s].toString(), u"cast"_s);
        QCOMPARE(pf[u"violations"_s].toInt(), 3);
        QCOMPARE(pf[u"samples"_s].toArray().size(), 3);
        QCOMPARE(pf[u"exact"_s].toBool(true), false);
        QCOMPARE(j[u"hazards"_s].toArray().first().toString(), u"cast_may_fail"_s);
    }

    void quoting()
    {
        QCOMPARE(quoteIdent(Dialect::Postgres, u"order"_s), u"\"order\""_s);
        QCOMPARE(quoteIdent(Dialect::Sqlite, u"we\"ird"_s), u"\"we\"\"ird\""_s);
        QCOMPARE(quoteQualified(Dialect::Postgres, u"public"_s, u"Invoice"_s),
                 u"\"public\".\"Invoice\""_s);
        QCOMPARE(quoteQualified(Dialect::Sqlite, u"main"_s, u"t"_s), u"\"t\""_s);
        QCOMPARE(quoteLiteral(u"it's"_s), u"'it''s'"_s);
    }

    // The texts the diff compares: one meaning, one text; different literals stay different.
    void sqlTextNormalisation_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        // PostgreSQL prints a varchar IN list one way when created, another after a dump.
        QTest::newRow("IN on varchar, created vs restored")
            << u"(((role)::text = ANY ((ARRAY['user'::character varying, "
               "'assistant'::character varying])::text[])))"_s
            << u"((role)::text = ANY (ARRAY[('user'::character varying)::text, "
               "('assistant'::character varying)::text]))"_s
            << true;
        QTest::newRow("array literals keep their case")
            << u"(t = ANY (ARRAY['User'::text]))"_s << u"(t = ANY (ARRAY['user'::text]))"_s
            << false;
        QTest::newRow("array cast with a comma inside a literal")
            << u"((ARRAY['a,b'::character varying, 'c'::character varying])::text[])"_s
            << u"ARRAY[('a,b'::character varying)::text, ('c'::character varying)::text]"_s << true;
        QTest::newRow("different lists")
            << u"((ARRAY['a'::varchar])::text[])"_s << u"ARRAY[('b'::varchar)::text]"_s << false;
        QTest::newRow("subscripts are not identifiers")
            << u"(tags[1] = 'X')"_s << u"(tags[1] = 'x')"_s << false;
        QTest::newRow("SQLite bracket identifiers")
            << u"[My Col] > 0"_s << u"\"my col\" > 0"_s << true;
    }
    void sqlTextNormalisation()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(normalizeSqlText(a) == normalizeSqlText(b), same);
    }

    void resolutionLookupAcceptsBothSpellings()
    {
        QHash<QString, QString> m{{u"annotations.user_id"_s, u"user_id::text"_s},
                                  {u"public.campaigns.name"_s, u"'x'"_s}};
        QCOMPARE(Resolutions::lookup(m, u"public"_s, u"annotations"_s, u"user_id"_s),
                 u"user_id::text"_s);
        QCOMPARE(Resolutions::lookup(m, u"public"_s, u"campaigns"_s, u"name"_s), u"'x'"_s);
        QVERIFY(Resolutions::lookup(m, u"app"_s, u"campaigns"_s, u"name"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
