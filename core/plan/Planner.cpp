// SPDX-License-Identifier: MIT
// What both dialects share: ordering and numbering of steps, the JSON and SQL renderings of a
// plan, the pre-flight runner, and identifier quoting.

#include "Plan.h"

#include "db/Connection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sm {
namespace {

// This file's messages: lupdate files them under sm::Plan, the context the runtime looks up.
struct PlanText
{
    Q_DECLARE_TR_FUNCTIONS(sm::Plan)
};

struct HazardInfo
{
    Hazard hazard;
    const char16_t *name;
    const char *explanation;
};

const HazardInfo kHazards[] = {
    {Hazard::DataLoss, u"data_loss",
     QT_TRANSLATE_NOOP(
         "sm::Plan", "Data can be lost: something is dropped or a value cannot be kept as it is.")},
    {Hazard::CastMayFail, u"cast_may_fail",
     QT_TRANSLATE_NOOP("sm::Plan",
                       "A type change: rows whose value does not convert make it fail.")},
    {Hazard::NotNullViolation, u"not_null_violation",
     QT_TRANSLATE_NOOP("sm::Plan",
                       "A column becomes NOT NULL while rows hold NULL: they need a value first.")},
    {Hazard::Duplicates, u"duplicates",
     QT_TRANSLATE_NOOP("sm::Plan", "A UNIQUE or primary key over values that repeat fails.")},
    {Hazard::Orphans, u"orphans",
     QT_TRANSLATE_NOOP("sm::Plan", "A foreign key over rows without a parent fails.")},
    {Hazard::CheckViolation, u"check_violation",
     QT_TRANSLATE_NOOP("sm::Plan", "A new CHECK over rows that break it fails.")},
    {Hazard::TableRewrite, u"table_rewrite",
     QT_TRANSLATE_NOOP("sm::Plan", "The table is rewritten: time and disk grow with its size.")},
    {Hazard::ExclusiveLock, u"exclusive_lock",
     QT_TRANSLATE_NOOP("sm::Plan",
                       "The table is locked against readers and writers while this runs.")},
    {Hazard::BlocksWrites, u"blocks_writes",
     QT_TRANSLATE_NOOP("sm::Plan", "Writers to the table wait while this runs.")},
    {Hazard::NotTransactional, u"not_transactional",
     QT_TRANSLATE_NOOP("sm::Plan",
                       "Cannot run inside the repair transaction; it runs after the commit.")},
    {Hazard::RenameGuess, u"rename_guess",
     QT_TRANSLATE_NOOP("sm::Plan",
                       "A rename inferred from similar names, not declared: confirm it.")},
    {Hazard::BackwardIncompatible, u"backward_incompatible",
     QT_TRANSLATE_NOOP("sm::Plan",
                       "The running application may still use what this drops or renames.")},
};

constexpr std::pair<StepPhase, const char16_t *> kPhases[] = {
    {StepPhase::RemoveBlockers, u"remove_blockers"},
    {StepPhase::Tables, u"tables"},
    {StepPhase::Constraints, u"constraints"},
    {StepPhase::Indexes, u"indexes"},
    {StepPhase::Views, u"views"},
    {StepPhase::Functions, u"functions"},
    {StepPhase::Triggers, u"triggers"},
    {StepPhase::Sequences, u"sequences"},
    {StepPhase::Drops, u"drops"},
    {StepPhase::Stamp, u"stamp"},
};

QString phaseName(StepPhase p)
{
    for (const auto &[e, n] : kPhases)
        if (e == p)
            return QString::fromUtf16(n);
    return {};
}

QString withSemicolon(const QString &sql)
{
    const QString t = sql.trimmed();
    return t.endsWith(u';') ? t : t + u';';
}

} // namespace

QString hazardName(Hazard h)
{
    for (const HazardInfo &i : kHazards)
        if (i.hazard == h)
            return QString::fromUtf16(i.name);
    return {};
}

std::optional<Hazard> hazardFromName(const QString &name)
{
    for (const HazardInfo &i : kHazards)
        if (name == QStringView(i.name))
            return i.hazard;
    return std::nullopt;
}

QString hazardExplanation(Hazard h)
{
    for (const HazardInfo &i : kHazards)
        if (i.hazard == h)
            return QCoreApplication::translate("sm::Plan", i.explanation);
    return {};
}

QString Resolutions::lookup(const QHash<QString, QString> &map, const QString &schema,
                            const QString &table, const QString &column)
{
    const QString qualified = schema + u'.' + table + u'.' + column;
    if (auto it = map.constFind(qualified); it != map.cend())
        return *it;
    if (auto it = map.constFind(table + u'.' + column); it != map.cend())
        return *it;
    return {};
}

QList<Hazard> MigrationPlan::hazards() const
{
    QList<Hazard> out;
    for (const HazardInfo &i : kHazards)
        for (const Step &s : steps)
            if (s.hazards.contains(i.hazard)) {
                out.append(i.hazard);
                break;
            }
    return out;
}

Result<MigrationPlan> makePlan(const SchemaDiff &diff, const Schema &expected, const Schema &actual,
                               const Resolutions &resolutions)
{
    if (expected.dialect != actual.dialect)
        return makeError(ErrorKind::Usage,
                         PlanText::tr("The expected schema is for %1 but the database is %2.")
                             .arg(dialectName(expected.dialect), dialectName(actual.dialect)));
    Result<MigrationPlan> plan = actual.dialect == Dialect::Postgres
                                     ? planPostgres(diff, expected, actual, resolutions)
                                     : planSqlite(diff, expected, actual, resolutions);
    if (!plan)
        return plan;
    plan->dialect = actual.dialect;
    orderSteps(*plan);
    return plan;
}

void orderSteps(MigrationPlan &plan)
{
    std::stable_sort(plan.steps.begin(), plan.steps.end(),
                     [](const Step &a, const Step &b) { return a.phase < b.phase; });
    // Steps that cannot run in a transaction go last, after the commit.
    std::stable_partition(plan.steps.begin(), plan.steps.end(),
                          [](const Step &s) { return s.transactional; });
    int id = 0;
    for (Step &s : plan.steps)
        s.id = ++id;
}

Status runPreflight(MigrationPlan &plan, Connection &connection)
{
    for (Step &step : plan.steps) {
        for (PreflightCheck &check : step.preflight) {
            if (!check.sql.isEmpty()) {
                auto q = connection.query(check.sql);
                if (!q)
                    return makeError(
                        q.error().kind,
                        PlanText::tr("The pre-flight check \"%1\" failed.").arg(check.description),
                        q.error().toString());
                check.violations = q->next() ? q->value(0).toLongLong() : 0;
            }
            check.samples.clear();
            if (!check.samplesSql.isEmpty() &&
                (check.informational || check.violations.value_or(1) > 0)) {
                auto q = connection.query(check.samplesSql);
                if (!q)
                    return makeError(
                        q.error().kind,
                        PlanText::tr("The pre-flight check \"%1\" failed.").arg(check.description),
                        q.error().toString());
                while (q->next() && check.samples.size() < 5)
                    check.samples << (q->isNull(0) ? u"NULL"_s : q->value(0).toString());
            }
        }
    }
    return {};
}

QJsonObject planToJson(const MigrationPlan &plan)
{
    auto hazardArray = [](const QList<Hazard> &hs) {
        QJsonArray a;
        for (Hazard h : hs)
            a.append(hazardName(h));
        return a;
    };
    QJsonArray steps;
    for (const Step &s : plan.steps) {
        QJsonArray checks;
        for (const PreflightCheck &c : s.preflight) {
            QJsonObject o{{u"check"_s, c.check},
                          {u"description"_s, c.description},
                          {u"hazard"_s, hazardName(c.hazard)},
                          {u"sql"_s, c.sql},
                          {u"violations"_s, c.violations ? QJsonValue(double(*c.violations))
                                                         : QJsonValue(QJsonValue::Null)},
                          {u"samples"_s, QJsonArray::fromStringList(c.samples)}};
            if (!c.exact)
                o[u"exact"_s] = false;
            if (c.informational)
                o[u"informational"_s] = true;
            checks.append(o);
        }
        steps.append(QJsonObject{{u"id"_s, s.id},
                                 {u"phase"_s, phaseName(s.phase)},
                                 {u"title"_s, s.title},
                                 {u"sql"_s, QJsonArray::fromStringList(s.sql)},
                                 {u"hazards"_s, hazardArray(s.hazards)},
                                 {u"tables"_s, QJsonArray::fromStringList(s.tables)},
                                 {u"transactional"_s, s.transactional},
                                 {u"objects"_s, QJsonArray::fromStringList(s.objects)},
                                 {u"preflight"_s, checks}});
    }
    return QJsonObject{{u"format"_s, u"schemamedic.plan/1"_s},
                       {u"dialect"_s, dialectName(plan.dialect)},
                       {u"steps"_s, steps},
                       {u"hazards"_s, hazardArray(plan.hazards())},
                       {u"kept"_s, QJsonArray::fromStringList(plan.kept)},
                       {u"unresolved"_s, QJsonArray::fromStringList(plan.unresolved)}};
}

QString planToSql(const MigrationPlan &plan, const Resolutions &resolutions)
{
    QString out;
    out += u"-- Schema Medic repair script ("_s + dialectName(plan.dialect) + u")\n"_s;
    out += u"-- %1 step(s). Hazards: %2\n"_s.arg(plan.steps.size()).arg([&] {
        QStringList names;
        for (Hazard h : plan.hazards())
            names << hazardName(h);
        return names.isEmpty() ? u"none"_s : names.join(u", "_s);
    }());
    for (const QString &u : plan.unresolved)
        out += u"-- UNRESOLVED: "_s + u + u'\n';
    for (const QString &k : plan.kept)
        out += u"-- kept: "_s + k + u'\n';
    out += u'\n';

    const bool sqlite = plan.dialect == Dialect::Sqlite;
    // Guards that make a script stop instead of committing damage: a CHECK (n = 0) row per
    // condition, so the first violation is an error and -bail / ON_ERROR_STOP ends the run
    // with the transaction rolled back.
    const QString guard = u"INSERT INTO temp._schemamedic_guard SELECT %1, %2;\n"_s;
    const QString fkCheck = guard.arg(quoteLiteral(u"foreign key violations"_s),
                                      u"count(*) FROM pragma_foreign_key_check"_s);
    if (sqlite) {
        out += u"-- Run with: sqlite3 -bail DATABASE < this-file (it stops at the first error and\n"
               "-- the transaction rolls back).\n"_s;
        // Outside the transaction: inside one, PRAGMA foreign_keys is silently ignored, and a
        // DROP TABLE with foreign keys on deletes the children of every ON DELETE CASCADE.
        out += u"PRAGMA foreign_keys = OFF;\n"_s;
        out +=
            u"CREATE TEMP TABLE IF NOT EXISTS _schemamedic_guard (what TEXT, n INTEGER CHECK (n = 0));\n"_s;
        out += guard.arg(quoteLiteral(u"foreign_keys is still on"_s),
                         u"foreign_keys FROM pragma_foreign_keys"_s);
        out += u"BEGIN IMMEDIATE;\n"_s;
    } else {
        out +=
            u"-- Run with: psql -v ON_ERROR_STOP=1 -f this-file (it stops at the first error and\n"
            "-- the transaction rolls back).\n"_s;
        out += u"BEGIN;\n"_s;
        out += u"SET LOCAL lock_timeout = '%1ms';\n"_s.arg(resolutions.lockTimeoutMs);
        out += u"SET LOCAL statement_timeout = '%1ms';\n"_s.arg(resolutions.statementTimeoutMs);
    }
    bool committed = false;
    auto commit = [&] {
        if (sqlite)
            out += u"\n"_s + fkCheck;
        out += u"COMMIT;\n"_s;
        committed = true;
    };
    for (const Step &s : plan.steps) {
        if (!s.transactional && !committed) {
            commit();
            out += u"\n-- After the commit: steps that cannot run inside a transaction.\n"_s;
        }
        out += u"\n-- Step %1: %2\n"_s.arg(s.id).arg(s.title);
        if (!s.hazards.isEmpty()) {
            QStringList names;
            for (Hazard h : s.hazards)
                names << hazardName(h);
            out += u"-- hazards: "_s + names.join(u", "_s) + u'\n';
        }
        for (const QString &stmt : s.sql)
            out += withSemicolon(stmt) + u'\n';
    }
    if (!committed)
        commit();
    if (sqlite) {
        out += u"DROP TABLE temp._schemamedic_guard;\n"_s;
        // The setting is per connection; applications that use foreign keys switch them on.
        out += u"PRAGMA foreign_keys = ON;\n"_s;
    }
    return out;
}

QString quoteIdent(Dialect, const QString &name)
{
    // Both dialects accept the standard double-quoted form with embedded quotes doubled.
    QString out = name;
    out.replace(u'"', u"\"\""_s);
    return u'"' + out + u'"';
}

QString quoteQualified(Dialect dialect, const QString &schema, const QString &name)
{
    if (dialect == Dialect::Sqlite && (schema.isEmpty() || schema == u"main"))
        return quoteIdent(dialect, name);
    return quoteIdent(dialect, schema) + u'.' + quoteIdent(dialect, name);
}

QString quoteLiteral(const QString &value)
{
    QString out = value;
    out.replace(u'\'', u"''"_s);
    return u'\'' + out + u'\'';
}

} // namespace sm
