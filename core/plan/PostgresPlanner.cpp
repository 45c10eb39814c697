// SPDX-License-Identifier: MIT
// The PostgreSQL planner: turns a diff into steps that keep every row. Blockers (views, triggers,
// foreign keys, defaults) are removed first and put back after; type changes carry a USING and
// a pre-flight that counts the rows the cast would reject; an integer key that becomes a UUID
// is migrated with the foreign keys that reference it; extra objects are kept unless the
// operator asks for them to be dropped.

#include "Plan.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace sm {
namespace {

// This file's messages: lupdate files them under sm::PostgresPlanner, the context the runtime looks
// up.
struct PostgresPlannerText
{
    Q_DECLARE_TR_FUNCTIONS(sm::PostgresPlanner)
};

QString qi(const QString &name)
{
    return quoteIdent(Dialect::Postgres, name);
}

QString qq(const QString &schema, const QString &name)
{
    return quoteQualified(Dialect::Postgres, schema, name);
}

QString qt(const Table &t)
{
    return qq(t.schema, t.name);
}

// "schema.name" as the diff and the schema model spell it → "schema"."name".
QString qualifiedText(const QString &qualified)
{
    const qsizetype dot = qualified.indexOf(u'.');
    return dot < 0 ? qi(qualified) : qq(qualified.left(dot), qualified.mid(dot + 1));
}

// A collation as the catalog names it ("C", "de_DE", "myschema.mycoll").
QString quoteCollation(const QString &c)
{
    return c.contains(u'.') ? qualifiedText(c) : qi(c);
}

QString stripSemicolon(QString s)
{
    s = s.trimmed();
    while (s.endsWith(u';'))
        s = s.chopped(1).trimmed();
    return s;
}

// A name of at most 63 bytes (PostgreSQL's NAMEDATALEN - 1) ending in `suffix`.
QString tempName(const QString &base, const QString &suffix)
{
    QString b = base;
    while ((b + suffix).toUtf8().size() > 63)
        b.chop(1);
    return b + suffix;
}

bool mentionsWord(const QString &text, const QString &word)
{
    // The pattern needs the word itself in the text: a plain search first spares compiling a
    // pattern for every view and trigger that cannot match (the planner asks this for each
    // changed column of each table against every view; at 10,000 tables that was most of a
    // 28-second plan, bench/RESULTS.md).
    if (!text.contains(word))
        return false;
    const QRegularExpression re(u"(?<![A-Za-z0-9_$])\"?"_s + QRegularExpression::escape(word) +
                                u"\"?(?![A-Za-z0-9_$])"_s);
    return re.match(text).hasMatch();
}

// Does SQL text (a view or trigger definition printed under an empty search_path) name this
// relation?
bool mentionsRelation(const QString &text, const QString &schema, const QString &name)
{
    if (!text.contains(name) || !text.contains(schema)) // see mentionsWord
        return false;
    const QRegularExpression re(u"(?<![A-Za-z0-9_$\"])\"?"_s + QRegularExpression::escape(schema) +
                                u"\"?\\.\"?"_s + QRegularExpression::escape(name) +
                                u"\"?(?![A-Za-z0-9_$\"])"_s);
    return re.match(text).hasMatch();
}

// ---- types ------------------------------------------------------------------------------------

struct TypeInfo
{
    QString base; // lower case, without modifiers: "character varying", "numeric", "public.mood"
    int mod1 = -1;
    int mod2 = -1;
    bool array = false;
};

TypeInfo parseType(const QString &type)
{
    static const QRegularExpression re(
        u"^(.*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?([^()]*)$"_s);
    TypeInfo t;
    const auto m = re.match(type.trimmed());
    QString base = type.trimmed();
    if (m.hasMatch()) {
        base = QString(m.captured(1) + u' ' + m.captured(4)).simplified();
        if (!m.captured(2).isEmpty())
            t.mod1 = m.captured(2).toInt();
        if (!m.captured(3).isEmpty())
            t.mod2 = m.captured(3).toInt();
    }
    while (base.endsWith(u"[]"_s)) {
        t.array = true;
        base = base.chopped(2).trimmed();
    }
    t.base = base.toLower();
    return t;
}

enum class Family { Integer, Numeric, Float, Text, Uuid, Boolean, Date, Timestamp, Json, Other };

Family family(const TypeInfo &t)
{
    if (t.array)
        return Family::Other;
    const QString &b = t.base;
    if (b == u"smallint" || b == u"integer" || b == u"bigint")
        return Family::Integer;
    if (b == u"numeric")
        return Family::Numeric;
    if (b == u"real" || b == u"double precision")
        return Family::Float;
    if (b == u"text" || b == u"character varying" || b == u"character" || b == u"name")
        return Family::Text;
    if (b == u"uuid")
        return Family::Uuid;
    if (b == u"boolean")
        return Family::Boolean;
    if (b == u"date")
        return Family::Date;
    if (b.startsWith(u"timestamp"_s))
        return Family::Timestamp;
    if (b == u"json" || b == u"jsonb")
        return Family::Json;
    return Family::Other;
}

// Can a foreign key join these two types (same btree operator family)?
bool keyCompatible(const QString &a, const QString &b)
{
    const TypeInfo ta = parseType(a);
    const TypeInfo tb = parseType(b);
    const Family fa = family(ta);
    const Family fb = family(tb);
    if (fa == Family::Other || fb == Family::Other)
        return ta.base == tb.base && ta.array == tb.array;
    return fa == fb;
}

QPair<QString, QString> integerRange(const QString &base)
{
    if (base == u"smallint")
        return {u"-32768"_s, u"32767"_s};
    if (base == u"integer")
        return {u"-2147483648"_s, u"2147483647"_s};
    return {u"-9223372036854775808"_s, u"9223372036854775807"_s};
}

int integerRank(const QString &base)
{
    return base == u"smallint" ? 1 : base == u"integer" ? 2 : 3;
}

// ALTER TYPE without a table rewrite (PostgreSQL 9.2+): a wider varchar, varchar → text, a
// numeric with more precision and the same scale.
bool binaryCoercible(const TypeInfo &a, const TypeInfo &e)
{
    if (a.array || e.array)
        return false;
    if (a.base == u"character varying" && e.base == u"character varying")
        return e.mod1 < 0 || (a.mod1 >= 0 && e.mod1 >= a.mod1);
    if (a.base == u"character varying" && e.base == u"text")
        return true;
    if (a.base == u"text" && e.base == u"character varying" && e.mod1 < 0)
        return true;
    if (a.base == u"numeric" && e.base == u"numeric")
        return e.mod1 < 0 || (a.mod1 >= 0 && e.mod1 >= a.mod1 && e.mod2 == a.mod2);
    return false;
}

// Loses information without failing: truncation, rounding, a dropped time of day.
bool lossyCast(const TypeInfo &a, const TypeInfo &e)
{
    const Family fa = family(a);
    const Family fe = family(e);
    if (fe == Family::Text && e.mod1 >= 0 && e.base != u"text")
        return fa == Family::Text ? (a.mod1 < 0 || a.mod1 > e.mod1) : e.mod1 < 40;
    if (fa == Family::Numeric && fe == Family::Numeric)
        return e.mod1 >= 0 && (a.mod1 < 0 || e.mod2 < std::max(a.mod2, 0));
    if ((fa == Family::Numeric || fa == Family::Float) && fe == Family::Integer)
        return true;
    if (fa == Family::Float && fe == Family::Numeric)
        return e.mod1 >= 0;
    if (a.base == u"double precision" && e.base == u"real")
        return true;
    if (fa == Family::Timestamp && fe == Family::Date)
        return true;
    return false;
}

// ---- defaults ---------------------------------------------------------------------------------

bool isNextval(const std::optional<QString> &expr)
{
    return expr && expr->trimmed().startsWith(u"nextval("_s);
}

// A default PostgreSQL 11+ can add without a rewrite: anything not volatile. Function calls
// other than a few well-known stable ones are taken as volatile (a rewrite we warn about that
// does not happen is better than the reverse).
bool volatileDefault(const QString &expr)
{
    static const QSet<QString> stable{u"now"_s,
                                      u"transaction_timestamp"_s,
                                      u"statement_timestamp"_s,
                                      u"current_date"_s,
                                      u"varying"_s,
                                      u"numeric"_s,
                                      u"varchar"_s,
                                      u"char"_s,
                                      u"character"_s,
                                      u"decimal"_s,
                                      u"timestamp"_s,
                                      u"time"_s,
                                      u"bit"_s,
                                      u"interval"_s,
                                      u"lower"_s,
                                      u"upper"_s,
                                      u"jsonb_build_object"_s,
                                      u"json_build_object"_s,
                                      u"jsonb_build_array"_s,
                                      u"json_build_array"_s,
                                      u"array"_s,
                                      u"precision"_s,
                                      u"zone"_s};
    static const QRegularExpression call(u"([A-Za-z_][A-Za-z0-9_]*)\\s*\\("_s);
    // Ignore what is inside string literals.
    QString code = expr;
    static const QRegularExpression literal(u"'(?:[^']|'')*'"_s);
    code.replace(literal, u"''"_s);
    for (auto it = call.globalMatch(code); it.hasNext();) {
        const QString fn = it.next().captured(1).toLower();
        if (!stable.contains(fn))
            return true;
    }
    return false;
}

// ---- pre-flight SQL -----------------------------------------------------------------------------

PreflightCheck countCheck(const QString &check, const QString &description, Hazard hazard,
                          const QString &from, const QString &where, const QString &sampleExpr,
                          bool exact = true)
{
    PreflightCheck c;
    c.check = check;
    c.description = description;
    c.hazard = hazard;
    c.sql = u"SELECT count(*) FROM "_s + from + u" WHERE "_s + where;
    if (!sampleExpr.isEmpty())
        c.samplesSql =
            u"SELECT "_s + sampleExpr + u" FROM "_s + from + u" WHERE "_s + where + u" LIMIT 5"_s;
    c.exact = exact;
    return c;
}

PreflightCheck tableSizeCheck(const QString &schema, const QString &name)
{
    const QString reg = quoteLiteral(qq(schema, name)) + u"::regclass"_s;
    PreflightCheck c;
    c.check = u"table_size"_s;
    c.description = PostgresPlannerText::tr("estimated rows of %1 (the total size is the sample)")
                        .arg(schema + u'.' + name);
    c.hazard = Hazard::TableRewrite;
    c.sql = u"SELECT greatest(reltuples, 0)::bigint FROM pg_catalog.pg_class WHERE oid = "_s + reg;
    c.samplesSql =
        u"SELECT pg_catalog.pg_size_pretty(pg_catalog.pg_total_relation_size("_s + reg + u"))"_s;
    c.informational = true;
    c.exact = false;
    return c;
}

PreflightCheck rowCountCheck(const Table &t, const QString &description)
{
    PreflightCheck c;
    c.check = u"table_size"_s;
    c.description = description;
    c.hazard = Hazard::TableRewrite;
    c.sql = u"SELECT count(*) FROM "_s + qt(t);
    c.informational = true;
    return c;
}

// The predicate that is true for a value of `col` (of type a) that cannot become type e, or an
// empty string when no value can fail. `exact` says whether the count equals the truth (false:
// never lower than the truth).
QString castFailurePredicate(const QString &col, const TypeInfo &a, const QString &eText,
                             const TypeInfo &e, int serverVersion, bool &exact)
{
    const Family fa = family(a);
    const Family fe = family(e);
    const QString txt = col + u"::text"_s;
    exact = true;
    if (fe == Family::Text)
        return {}; // every type has a text form; length limits are data loss, not failure
    if (fa == fe && fa != Family::Integer && fa != Family::Numeric && fa != Family::Other)
        return {};
    if (fa == Family::Text && serverVersion >= 160000)
        return u"NOT pg_catalog.pg_input_is_valid("_s + txt + u", "_s + quoteLiteral(eText) + u')';

    switch (fe) {
    case Family::Integer: {
        const auto [lo, hi] = integerRange(e.base);
        const QString range = u" NOT BETWEEN "_s + lo + u" AND "_s + hi;
        if (fa == Family::Integer)
            return integerRank(a.base) > integerRank(e.base) ? col + range : QString();
        if (fa == Family::Boolean)
            return {};
        if (fa == Family::Numeric || fa == Family::Float)
            return u"CASE WHEN "_s + txt +
                   u" IN ('NaN', 'Infinity', '-Infinity') THEN true ELSE round("_s + col +
                   u"::numeric)"_s + range + u" END"_s;
        if (fa == Family::Text)
            return u"CASE WHEN "_s + txt + u" ~ '^\\s*[+-]?[0-9]+\\s*$' THEN ("_s + txt +
                   u")::numeric"_s + range + u" ELSE true END"_s;
        break;
    }
    case Family::Numeric: {
        QString overflow;
        if (e.mod1 >= 0) {
            const int scale = std::max(e.mod2, 0);
            overflow = u"abs(round(%1, %2)) >= 10::numeric ^ %3"_s;
            overflow = overflow.arg(u"(%1)::numeric"_s, QString::number(scale),
                                    QString::number(e.mod1 - scale));
        }
        if (fa == Family::Integer || fa == Family::Numeric)
            return overflow.isEmpty() ? QString() : overflow.arg(col);
        if (fa == Family::Float)
            return u"CASE WHEN "_s + txt + u" IN ('NaN', 'Infinity', '-Infinity') THEN "_s +
                   (e.mod1 >= 0 ? u"true"_s : u"false"_s) + u" ELSE "_s +
                   (overflow.isEmpty() ? u"false"_s : overflow.arg(col)) + u" END"_s;
        if (fa == Family::Text) {
            exact = false;
            return u"CASE WHEN "_s + txt +
                   u" ~* '^\\s*[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)(e[+-]?[0-9]{1,4})?\\s*$' THEN "_s +
                   (overflow.isEmpty() ? u"false"_s : overflow.arg(txt)) + u" ELSE "_s + txt +
                   u" !~* '^\\s*[+-]?(nan|infinity|inf)\\s*$' END"_s;
        }
        break;
    }
    case Family::Uuid:
        if (fa == Family::Text) {
            // Every value this accepts is valid; some valid spellings (hyphens after other
            // groups of four) are counted as failures: an upper bound.
            exact = false;
            static const QString hex =
                u"[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}"_s;
            return txt + u" !~ '^("_s + hex + u"|\\{"_s + hex + u"\\})$'"_s;
        }
        break;
    case Family::Boolean:
        if (fa == Family::Text)
            return txt +
                   u" !~* '^\\s*(t|tr|tru|true|y|ye|yes|on|1|f|fa|fal|fals|false|n|no|of|off|0)\\s*$'"_s;
        if (fa == Family::Integer)
            return {};
        break;
    case Family::Date:
    case Family::Timestamp:
        if (fa == Family::Text) {
            // ISO dates and times with their ranges checked, the day against the month's
            // length. Other spellings PostgreSQL accepts are counted: an upper bound.
            exact = false;
            const QString time =
                fe == Family::Date
                    ? QString()
                    : u"([ T]([01]?[0-9]|2[0-3]):[0-5][0-9](:([0-5][0-9]|60)(\\.[0-9]+)?)?)?"
                      u"(\\s*(Z|[+-][0-9]{1,2}(:?[0-9]{2})?))?"_s;
            const QString re =
                u"'^\\s*[0-9]{4}-(0?[1-9]|1[0-2])-(0?[1-9]|[12][0-9]|3[01])"_s + time + u"\\s*$'"_s;
            const QString y = u"substring("_s + txt + u" from '^\\s*([0-9]{4})')::int"_s;
            const QString m = u"substring("_s + txt + u" from '^\\s*[0-9]{4}-([0-9]{1,2})')::int"_s;
            const QString d =
                u"substring("_s + txt + u" from '^\\s*[0-9]{4}-[0-9]{1,2}-([0-9]{1,2})')::int"_s;
            return u"CASE WHEN "_s + txt + u" ~ "_s + re + u" THEN CASE WHEN "_s + y +
                   u" = 0 THEN true ELSE "_s + d + u" > extract(day from make_date("_s + y +
                   u", "_s + m + u", 1) + interval '1 month - 1 day')::int END ELSE true END"_s;
        }
        break;
    default:
        break;
    }
    if (fa == Family::Text) {
        exact = false; // no test for this type before PostgreSQL 16: every value may fail
        return u"true"_s;
    }
    return {};
}

// ---- the planner --------------------------------------------------------------------------------

struct Blocker
{
    const Table *table = nullptr; // actual table
    const Constraint *constraint = nullptr;
    QString reason;
    bool readd = true;
};

class PgPlanner
{
public:
    PgPlanner(const SchemaDiff &diff, const Schema &expected, const Schema &actual,
              const Resolutions &r)
        : m_diff(diff)
        , m_e(expected)
        , m_a(actual)
        , m_r(r)
    {
        m_plan.dialect = Dialect::Postgres;
        const QStringList parts = actual.serverVersion.split(u'.');
        m_serverVersion = parts.value(0).toInt() * 10000 + parts.value(1).toInt();
        if (m_serverVersion == 0)
            m_serverVersion = 150000;
    }

    MigrationPlan run()
    {
        collectRenames();
        planSchemas();
        planEnums(false);
        planMissingSequences();
        planRenames();
        planEnums(true); // type swaps name tables as they are after the renames
        planTypeChanges();
        planMissingTables();
        planColumns();
        planConstraints();
        planIndexes();
        planViews();
        planFunctions();
        planTriggers();
        planChangedSequences();
        planExtras();
        planStamp();
        emitBlockers();
        addSessionChecks();
        for (const Difference &d : m_diff.differences)
            if (!isDone(d) && !m_skipped.contains(key(d)))
                m_plan.unresolved << PostgresPlannerText::tr("No repair is known for %1 %2.")
                                         .arg(diffKindName(d.kind), d.object);
        return std::move(m_plan);
    }

private:
    // ---- bookkeeping --------------------------------------------------------------------------

    static QString key(const Difference &d) { return diffKindName(d.kind) + u'|' + d.object; }
    static QString key(DiffKind k, const QString &object)
    {
        return diffKindName(k) + u'|' + object;
    }
    void done(DiffKind k, const QString &object) { m_done.insert(key(k, object)); }
    bool isDone(const Difference &d) const { return m_done.contains(key(d)); }
    bool isDone(DiffKind k, const QString &object) const { return m_done.contains(key(k, object)); }

    Step &addStep(StepPhase phase, const QString &title, const QStringList &sql,
                  const QList<Hazard> &hazards, const QStringList &tables,
                  const QStringList &objects)
    {
        Step s;
        s.phase = phase;
        s.title = title;
        s.sql = sql;
        s.hazards = hazards;
        s.tables = tables;
        s.objects = objects;
        m_plan.steps.append(std::move(s));
        for (const QString &t : tables)
            if (const Table *a = actualFromCurrent(t))
                m_touched.insert(a->qualifiedName());
        return m_plan.steps.last();
    }

    bool dropRequested(const Difference &d) const
    {
        return m_r.dropExtra || m_r.drop.contains(d.object);
    }

    // ---- names: expected (after the plan) and actual (before it) ------------------------------

    void collectRenames()
    {
        for (const Difference &d : m_diff.differences) {
            if (d.kind == DiffKind::RenamedTable && d.actual) {
                if (m_r.rejectRenames.contains(d.object)) {
                    m_rejectedTables.insert(d.object);
                    continue;
                }
                m_tableRename.insert(d.object, *d.actual);
                m_tableCurrent.insert(*d.actual, d.object);
            }
        }
        for (const Difference &d : m_diff.differences) {
            if (d.kind == DiffKind::RenamedColumn && d.actual) {
                if (m_r.rejectRenames.contains(d.object) || m_rejectedTables.contains(d.table))
                    continue;
                m_colRename[d.table].insert(d.name, *d.actual);
                const QString actualTable = m_tableRename.value(d.table, d.table);
                m_colCurrent[actualTable].insert(*d.actual, d.name);
            }
        }
    }

    // The live table an expected table is paired with, or nullptr when it is new.
    const Table *actualOf(const QString &expectedQualified) const
    {
        if (m_rejectedTables.contains(expectedQualified))
            return nullptr;
        return m_a.table(m_tableRename.value(expectedQualified, expectedQualified));
    }
    QString actualColumn(const QString &expectedTable, const QString &column) const
    {
        return m_colRename.value(expectedTable).value(column, column);
    }
    // The name a live table has once the renames have run (Tables phase onwards).
    QString currentName(const Table &actual) const
    {
        return m_tableCurrent.value(actual.qualifiedName(), actual.qualifiedName());
    }
    QString currentQuoted(const Table &actual) const { return qualifiedText(currentName(actual)); }
    QString currentColumn(const Table &actual, const QString &column) const
    {
        return m_colCurrent.value(actual.qualifiedName()).value(column, column);
    }
    const Table *actualFromCurrent(const QString &current) const
    {
        if (const Table *t = actualOf(current))
            return t;
        const Table *t = m_a.table(current);
        return t && !m_tableCurrent.contains(current) ? t : nullptr;
    }

    // The diff object of a live column, named as the expected side names it.
    QString columnObject(const Table &actual, const QString &column) const
    {
        return currentName(actual) + u'.' + currentColumn(actual, column);
    }

    // The expected type a live column will have once the plan has run.
    QString finalType(const Table &actual, const Column &c) const
    {
        const QString obj = columnObject(actual, c.name);
        if (const Difference *d = m_diff.find(DiffKind::ColumnType, obj); d && d->expected)
            return *d->expected;
        return c.type;
    }

    // ---- schemas, enums, sequences ----------------------------------------------------------

    void planSchemas()
    {
        QStringList needed;
        for (const Difference &d : m_diff.differences) {
            QString schema;
            if (d.kind == DiffKind::MissingTable)
                schema = d.table.section(u'.', 0, 0);
            else if (d.kind == DiffKind::MissingView || d.kind == DiffKind::MissingSequence ||
                     d.kind == DiffKind::MissingEnum || d.kind == DiffKind::MissingFunction)
                schema = d.object.section(u'.', 0, 0);
            if (!schema.isEmpty() && !m_a.schemas.contains(schema) && !needed.contains(schema))
                needed << schema;
        }
        for (const QString &s : std::as_const(needed))
            addStep(StepPhase::Tables, PostgresPlannerText::tr("Create schema %1").arg(s),
                    {u"CREATE SCHEMA IF NOT EXISTS "_s + qi(s)}, {}, {}, {});
    }

    const EnumType *findEnum(const Schema &s, const QString &qualified) const
    {
        for (const EnumType &e : s.enums)
            if (e.qualifiedName() == qualified)
                return &e;
        return nullptr;
    }

    // Columns of live tables whose type is this enum (or an array of it).
    QList<QPair<const Table *, const Column *>> enumColumns(const EnumType &e) const
    {
        QList<QPair<const Table *, const Column *>> out;
        const QString want = normalizeSqlText(e.schema + u'.' + e.name);
        const QString bare = normalizeSqlText(e.name);
        for (const Table &t : m_a.tables)
            for (const Column &c : t.columns) {
                QString type = normalizeSqlText(c.type);
                while (type.endsWith(u"[]"_s))
                    type.chop(2);
                if (type == want || (e.schema == u"public" && type == bare))
                    out.append({&t, &c});
            }
        return out;
    }

    void planEnums(bool swaps)
    {
        for (const Difference &d : m_diff.differences) {
            if (isDone(d))
                continue;
            if (d.kind == DiffKind::MissingEnum && !swaps) {
                const EnumType *e = findEnum(m_e, d.object);
                if (!e)
                    continue;
                QStringList labels;
                for (const QString &l : e->labels)
                    labels << quoteLiteral(l);
                addStep(StepPhase::Tables,
                        PostgresPlannerText::tr("Create enum type %1").arg(d.object),
                        {u"CREATE TYPE "_s + qq(e->schema, e->name) + u" AS ENUM ("_s +
                         labels.join(u", "_s) + u')'},
                        {}, {}, {d.object});
                done(d.kind, d.object);
            } else if (d.kind == DiffKind::ChangedEnum) {
                const EnumType *e = findEnum(m_e, d.object);
                const EnumType *a = findEnum(m_a, d.object);
                if (!e || !a)
                    continue;
                planChangedEnum(d, *e, *a, swaps);
            }
        }
    }

    void planChangedEnum(const Difference &d, const EnumType &e, const EnumType &a, bool swaps)
    {
        QStringList common;
        for (const QString &l : e.labels)
            if (a.labels.contains(l))
                common << l;
        QStringList removed;
        for (const QString &l : a.labels)
            if (!e.labels.contains(l))
                removed << l;
        QStringList actualOrder;
        for (const QString &l : a.labels)
            if (e.labels.contains(l))
                actualOrder << l;
        const QString type = qq(e.schema, e.name);
        const bool inPlace = removed.isEmpty() && common == actualOrder;
        if (inPlace == swaps)
            return;
        if (inPlace) {
            // Only additions: in place. Before PostgreSQL 12 ADD VALUE cannot run in a
            // transaction; from 12 it can, but the new value cannot be used before the commit.
            QStringList sql;
            QStringList added;
            for (qsizetype i = 0; i < e.labels.size(); ++i) {
                const QString &l = e.labels[i];
                if (a.labels.contains(l))
                    continue;
                added << l;
                QString where;
                if (i > 0)
                    where = u" AFTER "_s + quoteLiteral(e.labels[i - 1]);
                else if (!a.labels.isEmpty())
                    where = u" BEFORE "_s + quoteLiteral(a.labels.first());
                sql << u"ALTER TYPE "_s + type + u" ADD VALUE IF NOT EXISTS "_s + quoteLiteral(l) +
                           where;
            }
            Step &s = addStep(StepPhase::Tables,
                              PostgresPlannerText::tr("Add %1 to enum type %2")
                                  .arg(added.join(u", "_s), d.object),
                              sql, {}, {}, {d.object});
            if (m_serverVersion < 120000) {
                s.transactional = false;
                s.hazards << Hazard::NotTransactional;
            }
            done(d.kind, d.object);
            return;
        }
        // Removed or reordered values: a new type, every column moved over through text, the
        // old type dropped and the new one renamed.
        const QString tmp = tempName(e.name, u"__sm_new"_s);
        const QString tmpQ = qq(e.schema, tmp);
        QStringList labels;
        for (const QString &l : e.labels)
            labels << quoteLiteral(l);
        QStringList sql{u"CREATE TYPE "_s + tmpQ + u" AS ENUM ("_s + labels.join(u", "_s) + u')'};
        QStringList tables;
        QStringList resetDefaults;
        QList<PreflightCheck> checks;
        QStringList removedLiterals;
        for (const QString &l : removed)
            removedLiterals << quoteLiteral(l);
        for (const auto &[t, c] : enumColumns(a)) {
            const QString tq = currentQuoted(*t);
            const QString col = qi(currentColumn(*t, c->name));
            const bool array = c->type.trimmed().endsWith(u"[]"_s);
            blockViewsUsing(*t, c->name);
            blockTriggersUsing(*t, c->name);
            if (c->defaultExpr) {
                sql << u"ALTER TABLE "_s + tq + u" ALTER COLUMN "_s + col + u" DROP DEFAULT"_s;
                resetDefaults << u"ALTER TABLE "_s + tq + u" ALTER COLUMN "_s + col +
                                     u" SET DEFAULT "_s + *c->defaultExpr;
            }
            sql << u"ALTER TABLE "_s + tq + u" ALTER COLUMN "_s + col + u" TYPE "_s + tmpQ +
                       (array ? u"[]"_s : QString()) + u" USING "_s + col + u"::text"_s +
                       (array ? u"[]"_s : QString()) + u"::"_s + tmpQ +
                       (array ? u"[]"_s : QString());
            tables << currentName(*t);
            if (!removed.isEmpty()) {
                const QString where = array
                                          ? QString(qi(c->name) + u"::text[] && ARRAY["_s +
                                                    removedLiterals.join(u", "_s) + u"]::text[]"_s)
                                          : QString(qi(c->name) + u"::text IN ("_s +
                                                    removedLiterals.join(u", "_s) + u')');
                checks << countCheck(
                    u"cast"_s,
                    PostgresPlannerText::tr("rows of %1.%2 holding a value the enum loses (%3)")
                        .arg(t->qualifiedName(), c->name, removed.join(u", "_s)),
                    Hazard::CastMayFail, qt(*t), where, qi(c->name) + u"::text"_s);
            }
        }
        sql << u"DROP TYPE "_s + type;
        sql << u"ALTER TYPE "_s + tmpQ + u" RENAME TO "_s + qi(e.name);
        sql << resetDefaults;
        QList<Hazard> hazards{Hazard::CastMayFail, Hazard::TableRewrite, Hazard::ExclusiveLock};
        if (!removed.isEmpty())
            hazards.prepend(Hazard::DataLoss);
        const QString title =
            removed.isEmpty()
                ? PostgresPlannerText::tr("Recreate enum type %1 with its values reordered (%2)")
                      .arg(d.object, e.labels.join(u", "_s))
                : PostgresPlannerText::tr("Recreate enum type %1 without %2 (%3)")
                      .arg(d.object, removed.join(u", "_s), e.labels.join(u", "_s));
        Step &s = addStep(StepPhase::Tables, title, sql, hazards, tables, {d.object});
        s.preflight = checks;
        done(d.kind, d.object);
    }

    const Sequence *findSequence(const Schema &s, const QString &qualified) const
    {
        for (const Sequence &q : s.sequences)
            if (q.qualifiedName() == qualified)
                return &q;
        return nullptr;
    }

    static QString createSequenceSql(const Sequence &s)
    {
        QString sql = u"CREATE SEQUENCE IF NOT EXISTS "_s + qq(s.schema, s.name);
        if (!s.dataType.isEmpty())
            sql += u" AS "_s + s.dataType;
        sql += u" INCREMENT BY %1 MINVALUE %2 MAXVALUE %3 START WITH %4 CACHE %5"_s.arg(s.increment)
                   .arg(s.minValue)
                   .arg(s.maxValue)
                   .arg(s.start)
                   .arg(s.cache);
        sql += s.cycle ? u" CYCLE"_s : u" NO CYCLE"_s;
        return sql;
    }

    // The expected sequence a nextval() default calls, when the live database lacks it.
    const Sequence *sequenceToCreate(const std::optional<QString> &expr) const
    {
        if (!isNextval(expr))
            return nullptr;
        static const QRegularExpression re(u"nextval\\('((?:[^']|'')+)'"_s);
        const auto m = re.match(*expr);
        if (!m.hasMatch())
            return nullptr;
        const QString name = normalizeSqlText(m.captured(1).replace(u"''"_s, u"'"_s));
        for (const Sequence &s : m_e.sequences)
            if (normalizeSqlText(qq(s.schema, s.name)) == name ||
                (s.schema == u"public" && normalizeSqlText(qi(s.name)) == name)) {
                for (const Sequence &a : m_a.sequences)
                    if (a.qualifiedName() == s.qualifiedName())
                        return nullptr;
                if (m_createdSequences.contains(s.qualifiedName()))
                    return nullptr;
                return &s;
            }
        return nullptr;
    }

    // CREATE SEQUENCE before a default that calls it, OWNED BY after the column exists.
    void sequenceFor(const Column &c, const QString &tableQualified, QStringList &before,
                     QStringList &after)
    {
        const Sequence *s = sequenceToCreate(c.defaultExpr);
        if (!s)
            return;
        m_createdSequences.insert(s->qualifiedName());
        done(DiffKind::MissingSequence, s->qualifiedName());
        before << createSequenceSql(*s);
        if (!s->ownedBy.isEmpty())
            after << u"ALTER SEQUENCE "_s + qq(s->schema, s->name) + u" OWNED BY "_s +
                         qualifiedText(tableQualified) + u'.' + qi(c.name);
    }

    void planMissingSequences()
    {
        for (const Difference &d : m_diff.differences) {
            if (d.kind != DiffKind::MissingSequence)
                continue;
            const Sequence *s = findSequence(m_e, d.object);
            if (!s)
                continue;
            m_createdSequences.insert(s->qualifiedName());
            QStringList sql{createSequenceSql(*s)};
            addStep(StepPhase::Tables, PostgresPlannerText::tr("Create sequence %1").arg(d.object),
                    sql, {}, {}, {d.object});
            done(d.kind, d.object);
        }
    }

    void planChangedSequences()
    {
        for (const Difference &d : m_diff.differences) {
            if (d.kind != DiffKind::ChangedSequence)
                continue;
            const Sequence *e = findSequence(m_e, d.object);
            if (!e)
                continue;
            const Sequence *a = nullptr;
            for (const Sequence &s : m_a.sequences) {
                if (!e->ownedBy.isEmpty() && !s.ownedBy.isEmpty()) {
                    const QString owner = s.ownedBy.section(u'.', 0, 1);
                    const Table *at = m_a.table(owner);
                    if (at &&
                        currentName(*at) + u'.' + currentColumn(*at, s.ownedBy.section(u'.', 2)) ==
                            e->ownedBy) {
                        a = &s;
                        break;
                    }
                }
                if (s.qualifiedName() == e->qualifiedName())
                    a = &s;
            }
            if (!a)
                continue;
            QString sql = u"ALTER SEQUENCE "_s + qq(a->schema, a->name);
            if (e->ownedBy.isEmpty())
                sql += u" AS "_s + e->dataType;
            sql += u" INCREMENT BY %1 START WITH %2"_s.arg(e->increment).arg(e->start);
            if (e->ownedBy.isEmpty())
                sql += u" MINVALUE %1 MAXVALUE %2 CACHE %3"_s.arg(e->minValue)
                           .arg(e->maxValue)
                           .arg(e->cache);
            sql += e->cycle ? u" CYCLE"_s : u" NO CYCLE"_s;
            addStep(
                StepPhase::Sequences,
                PostgresPlannerText::tr("Change sequence %1 (%2 → %3)")
                    .arg(d.object, d.actual.value_or(QString()), d.expected.value_or(QString())),
                {sql}, {}, {}, {d.object});
            done(d.kind, d.object);
        }
    }

    // ---- renames ----------------------------------------------------------------------------

    void planRenames()
    {
        for (const Difference &d : m_diff.differences) {
            if (d.kind != DiffKind::RenamedTable || !d.actual)
                continue;
            if (m_rejectedTables.contains(d.object)) {
                m_skipped.insert(key(d)); // the table is missing, the old one an extra
                continue;
            }
            const Table *a = m_a.table(*d.actual);
            const Table *e = m_e.table(d.object);
            if (!a || !e)
                continue;
            QStringList sql;
            if (a->schema != e->schema)
                sql << u"ALTER TABLE "_s + qt(*a) + u" SET SCHEMA "_s + qi(e->schema);
            if (a->name != e->name)
                sql << u"ALTER TABLE "_s + qq(e->schema, a->name) + u" RENAME TO "_s + qi(e->name);
            QList<Hazard> hz;
            if (!d.declared)
                hz << Hazard::RenameGuess;
            hz << Hazard::BackwardIncompatible;
            addStep(StepPhase::Tables,
                    PostgresPlannerText::tr("Rename table %1 to %2").arg(*d.actual, d.object), sql,
                    hz, {d.object}, {d.object});
            done(d.kind, d.object);
        }
        for (const Difference &d : m_diff.differences) {
            if (d.kind != DiffKind::RenamedColumn || !d.actual)
                continue;
            if (m_rejectedTables.contains(d.table)) {
                m_skipped.insert(key(d));
                continue;
            }
            if (m_r.rejectRenames.contains(d.object))
                continue; // handled as a missing plus an extra column
            QList<Hazard> hz;
            if (!d.declared)
                hz << Hazard::RenameGuess;
            hz << Hazard::BackwardIncompatible;
            addStep(StepPhase::Tables,
                    PostgresPlannerText::tr("Rename column %1.%2 to %3")
                        .arg(d.table, *d.actual, d.name),
                    {u"ALTER TABLE "_s + qualifiedText(d.table) + u" RENAME COLUMN "_s +
                     qi(*d.actual) + u" TO "_s + qi(d.name)},
                    hz, {d.table}, {d.object});
            done(d.kind, d.object);
        }
    }

    // ---- blockers ----------------------------------------------------------------------------

    // Views that read this column of a live table (and the views that read those) are dropped
    // before and re-created after.
    void blockViewsUsing(const Table &t, const QString &column)
    {
        for (const View &v : m_a.views)
            if (mentionsRelation(v.definition, t.schema, t.name) &&
                (column.isEmpty() || mentionsWord(v.definition, column)))
                blockView(v);
    }

    void blockView(const View &v)
    {
        if (m_blockedViews.contains(v.qualifiedName()))
            return;
        m_blockedViews.insert(v.qualifiedName());
        m_blockedViewOrder << v.qualifiedName();
        for (const View &other : m_a.views)
            if (&other != &v && mentionsRelation(other.definition, v.schema, v.name))
                blockView(other);
    }

    // Triggers whose column list or WHEN clause names the column.
    void blockTriggersUsing(const Table &t, const QString &column)
    {
        for (const Trigger &trig : t.triggers) {
            const QString head = trig.definition.section(u" EXECUTE "_s, 0, 0);
            const QString afterOn = head.mid(head.indexOf(u" ON "_s) + 4);
            const qsizetype tableEnd = afterOn.indexOf(u' ');
            const QString rest = head.left(head.indexOf(u" ON "_s)) +
                                 (tableEnd < 0 ? QString() : afterOn.mid(tableEnd));
            if (mentionsWord(rest, column))
                m_blockedTriggers.insert(t.qualifiedName() + u'|' + trig.name);
        }
    }

    void blockForeignKey(const Table &t, const Constraint &c, const QString &reason, bool readd)
    {
        const QString k = t.qualifiedName() + u'|' + c.name;
        for (Blocker &b : m_fkBlockers)
            if (b.table->qualifiedName() + u'|' + b.constraint->name == k) {
                b.readd = b.readd && readd;
                return;
            }
        m_fkBlockers.append(Blocker{&t, &c, reason, readd});
    }

    // A live foreign key, written with the names its tables and columns have after the plan.
    QString foreignKeyDefinition(const Table &t, const Constraint &c) const
    {
        QStringList cols;
        for (const QString &col : c.columns)
            cols << qi(currentColumn(t, col));
        const Table *ref = m_a.table(c.refSchema + u'.' + c.refTable);
        QStringList refCols;
        for (const QString &col : c.refColumns)
            refCols << qi(ref ? currentColumn(*ref, col) : col);
        QString def = u"FOREIGN KEY ("_s + cols.join(u", "_s) + u") REFERENCES "_s +
                      (ref ? currentQuoted(*ref) : qq(c.refSchema, c.refTable)) + u" ("_s +
                      refCols.join(u", "_s) + u')' + foreignKeyActions(c);
        if (c.deferrable)
            def += c.initiallyDeferred ? u" DEFERRABLE INITIALLY DEFERRED"_s : u" DEFERRABLE"_s;
        return def;
    }

    void emitBlockers()
    {
        // Foreign keys first (nothing depends on them), then triggers, then views (dependents
        // first), then defaults.
        for (const Blocker &b : std::as_const(m_fkBlockers)) {
            addStep(StepPhase::RemoveBlockers,
                    PostgresPlannerText::tr("Drop foreign key %1 of %2: %3")
                        .arg(b.constraint->name, b.table->qualifiedName(), b.reason),
                    {u"ALTER TABLE "_s + qt(*b.table) + u" DROP CONSTRAINT "_s +
                     qi(b.constraint->name)},
                    b.readd ? QList<Hazard>{} : QList<Hazard>{Hazard::BackwardIncompatible},
                    {currentName(*b.table)}, m_blockerObjects.value(b.constraint));
            if (!b.readd)
                continue;
            const QString def = foreignKeyDefinition(*b.table, *b.constraint);
            const QString tq = currentQuoted(*b.table);
            addStep(StepPhase::Constraints,
                    PostgresPlannerText::tr("Re-create foreign key %1 of %2")
                        .arg(b.constraint->name, currentName(*b.table)),
                    {u"ALTER TABLE "_s + tq + u" ADD CONSTRAINT "_s + qi(b.constraint->name) +
                         u' ' + def + u" NOT VALID"_s,
                     u"ALTER TABLE "_s + tq + u" VALIDATE CONSTRAINT "_s + qi(b.constraint->name)},
                    {Hazard::Orphans, Hazard::BlocksWrites}, {currentName(*b.table)}, {});
        }

        for (const QString &k : std::as_const(m_blockedTriggers)) {
            const QString tableName = k.section(u'|', 0, 0);
            const QString trigger = k.section(u'|', 1);
            const Table *t = m_a.table(tableName);
            if (!t)
                continue;
            addStep(StepPhase::RemoveBlockers,
                    PostgresPlannerText::tr("Drop trigger %1 on %2 (re-created afterwards)")
                        .arg(trigger, tableName),
                    {u"DROP TRIGGER "_s + qi(trigger) + u" ON "_s + qt(*t)}, {}, {currentName(*t)},
                    {});
            if (m_droppedForGood.contains(k))
                continue;
            // Re-created from the expected definition when it has one, else as it was.
            const Table *et = m_e.table(currentName(*t));
            const Trigger *def = nullptr;
            if (et)
                for (const Trigger &x : et->triggers)
                    if (x.name == trigger)
                        def = &x;
            if (!def)
                for (const Trigger &x : t->triggers)
                    if (x.name == trigger)
                        def = &x;
            if (!def)
                continue;
            QStringList sql{def->definition};
            if (!def->enabled)
                sql << u"ALTER TABLE "_s + currentQuoted(*t) + u" DISABLE TRIGGER "_s + qi(trigger);
            addStep(
                StepPhase::Triggers,
                PostgresPlannerText::tr("Re-create trigger %1 on %2").arg(trigger, currentName(*t)),
                sql, {}, {currentName(*t)}, {});
        }

        // Views: drop dependents before what they read, create in the opposite order.
        auto viewOf = [&](const Schema &s, const QString &q) -> const View * {
            for (const View &v : s.views)
                if (v.qualifiedName() == q)
                    return &v;
            return nullptr;
        };
        QStringList order;
        QSet<QString> visiting;
        std::function<void(const QString &)> visit = [&](const QString &q) {
            if (order.contains(q) || visiting.contains(q))
                return;
            visiting.insert(q);
            const View *v = viewOf(m_a, q);
            for (const QString &other : std::as_const(m_blockedViewOrder)) {
                const View *w = viewOf(m_a, other);
                if (other != q && v && w && mentionsRelation(w->definition, v->schema, v->name))
                    visit(other); // what reads q is dropped first
            }
            order << q;
        };
        for (const QString &q : std::as_const(m_blockedViewOrder))
            visit(q);
        for (const QString &q : std::as_const(order)) {
            const View *v = viewOf(m_a, q);
            if (!v)
                continue;
            addStep(StepPhase::RemoveBlockers,
                    PostgresPlannerText::tr("Drop view %1 (re-created afterwards)").arg(q),
                    {(v->materialized ? u"DROP MATERIALIZED VIEW "_s : u"DROP VIEW "_s) +
                     qq(v->schema, v->name)},
                    {}, {}, {});
        }
        QStringList createOrder = order;
        std::reverse(createOrder.begin(), createOrder.end());
        for (const QString &q : std::as_const(createOrder)) {
            if (m_droppedForGood.contains(q))
                continue;
            const View *e = viewOf(m_e, q);
            const View *a = viewOf(m_a, q);
            const View *v = e ? e : a;
            if (!v)
                continue;
            addStep(StepPhase::Views, PostgresPlannerText::tr("Re-create view %1").arg(q),
                    createViewSql(*v), {}, {}, m_viewObjects.value(q));
        }
        for (const View *v : std::as_const(m_missingViews))
            addStep(StepPhase::Views,
                    PostgresPlannerText::tr("Create view %1").arg(v->qualifiedName()),
                    createViewSql(*v), {}, {}, {v->qualifiedName()});

        for (const auto &[t, column] : std::as_const(m_defaultBlockers))
            addStep(StepPhase::RemoveBlockers,
                    PostgresPlannerText::tr(
                        "Drop the default of %1.%2 before its type changes (set again afterwards)")
                        .arg(t->qualifiedName(), column),
                    {u"ALTER TABLE "_s + qt(*t) + u" ALTER COLUMN "_s + qi(column) +
                     u" DROP DEFAULT"_s},
                    {}, {currentName(*t)}, {});
    }

    static QStringList createViewSql(const View &v)
    {
        QStringList sql;
        sql << (v.materialized ? u"CREATE MATERIALIZED VIEW "_s : u"CREATE VIEW "_s) +
                   qq(v.schema, v.name) + u" AS "_s + stripSemicolon(v.definition);
        for (const Index &i : v.indexes)
            sql << i.definition;
        return sql;
    }

    // ---- type changes -----------------------------------------------------------------------

    // User triggers do not fire for the plan's own UPDATEs (a backfill is not an application
    // write: no audit rows, no updated_at touched).
    QStringList withoutUserTriggers(const Table &actual, const QStringList &updates) const
    {
        QStringList names;
        for (const Trigger &t : actual.triggers)
            if (t.enabled && !m_blockedTriggers.contains(actual.qualifiedName() + u'|' + t.name))
                names << t.name;
        if (names.isEmpty())
            return updates;
        QStringList out;
        const QString tq = currentQuoted(actual);
        for (const QString &n : std::as_const(names))
            out << u"ALTER TABLE "_s + tq + u" DISABLE TRIGGER "_s + qi(n);
        out << updates;
        for (const QString &n : std::as_const(names))
            out << u"ALTER TABLE "_s + tq + u" ENABLE TRIGGER "_s + qi(n);
        return out;
    }

    QList<const Constraint *> referencingForeignKeys(const Table &t, const QString &column,
                                                     QList<const Table *> *children = nullptr) const
    {
        QList<const Constraint *> out;
        for (const Table &c : m_a.tables)
            for (const Constraint &k : c.constraints)
                if (k.kind == ConstraintKind::ForeignKey && k.refSchema == t.schema &&
                    k.refTable == t.name && k.refColumns.contains(column)) {
                    out << &k;
                    if (children)
                        *children << &c;
                }
        return out;
    }

    bool isIntegerToUuid(const Difference &d) const
    {
        return d.expected && d.actual && family(parseType(*d.expected)) == Family::Uuid &&
               family(parseType(*d.actual)) == Family::Integer;
    }

    void planTypeChanges()
    {
        // Integer keys that become UUIDs first: they take their referencing columns along.
        for (const Difference &d : m_diff.differences) {
            if (d.kind != DiffKind::ColumnType || isDone(d) || !isIntegerToUuid(d))
                continue;
            const Table *at = actualOf(d.table);
            const Table *et = m_e.table(d.table);
            if (!at || !et)
                continue;
            const Column *ac = at->column(actualColumn(d.table, d.name));
            const Column *ec = et->column(d.name);
            if (!ac || !ec)
                continue;
            const Constraint *pk = at->primaryKey();
            const bool isKey = (pk && pk->columns == QStringList{ac->name}) ||
                               !referencingForeignKeys(*at, ac->name).isEmpty();
            if (isKey)
                planKeyConversion(*at, *ac, *et, *ec);
        }
        for (const Difference &d : m_diff.differences) {
            if (d.kind != DiffKind::ColumnType || isDone(d))
                continue;
            if (m_rejectedTables.contains(d.table)) {
                m_skipped.insert(key(d));
                continue;
            }
            const Table *at = actualOf(d.table);
            const Table *et = m_e.table(d.table);
            if (!at || !et)
                continue;
            const Column *ac = at->column(actualColumn(d.table, d.name));
            const Column *ec = et->column(d.name);
            if (!ac || !ec)
                continue;
            const QString using_ =
                Resolutions::lookup(m_r.usingExpr, et->schema, et->name, ec->name);
            if (isIntegerToUuid(d) && using_.isEmpty()) {
                m_plan.unresolved
                    << PostgresPlannerText::tr(
                           "%1 is %2 and should be uuid, but it is not a key and there is no cast "
                           "from %2 to uuid: give a USING expression (--using %1=EXPR) or drop "
                           "and re-add the column.")
                           .arg(d.object, ac->type);
                done(d.kind, d.object);
                continue;
            }
            planTypeChange(*at, *ac, *et, *ec, using_);
        }
    }

    void planTypeChange(const Table &at, const Column &ac, const Table &et, const Column &ec,
                        const QString &usingGiven)
    {
        const QString object = et.qualifiedName() + u'.' + ec.name;
        const TypeInfo a = parseType(ac.type);
        const TypeInfo e = parseType(ec.type);
        const QString tq = qt(et);
        const QString col = qi(ec.name);
        const bool rewrite = !usingGiven.isEmpty() || !binaryCoercible(a, e);
        const bool lossy = lossyCast(a, e);
        QStringList objects{object};
        done(DiffKind::ColumnType, object);

        // Defaults: USING is not applied to them. A sequence default stays (nextval fits any
        // integer type); any other is dropped before and set after.
        const Difference *defaultDiff = m_diff.find(DiffKind::ColumnDefault, object);
        QStringList after;
        const bool keepDefault = !defaultDiff && isNextval(ac.defaultExpr);
        if (ac.defaultExpr && !keepDefault)
            m_defaultBlockers.append({&at, ac.name});
        if (!keepDefault && ec.defaultExpr) {
            QStringList before;
            sequenceFor(ec, et.qualifiedName(), before, after);
            after.prepend(u"ALTER TABLE "_s + tq + u" ALTER COLUMN "_s + col + u" SET DEFAULT "_s +
                          *ec.defaultExpr);
            after = before + after;
        }
        if (defaultDiff) {
            done(DiffKind::ColumnDefault, object);
        }
        // A serial column that grows to bigint: its sequence grows with it.
        if (keepDefault && a.base == u"integer" && e.base == u"bigint")
            for (const Sequence &s : m_a.sequences)
                if (s.ownedBy == at.qualifiedName() + u'.' + ac.name && s.dataType == u"integer")
                    after << u"ALTER SEQUENCE "_s + qq(s.schema, s.name) + u" AS bigint"_s;

        // Foreign keys that reference this column come off and go back on; one that this
        // column holds stays when the types still match, and goes when they cannot.
        QList<const Table *> children;
        const QList<const Constraint *> refs = referencingForeignKeys(at, ac.name, &children);
        for (qsizetype i = 0; i < refs.size(); ++i) {
            const Table *child = children[i];
            bool compatible = true;
            for (qsizetype k = 0; k < refs[i]->columns.size(); ++k)
                if (refs[i]->refColumns.value(k) == ac.name)
                    if (const Column *cc = child->column(refs[i]->columns[k]))
                        compatible = compatible && keyCompatible(finalType(*child, *cc), ec.type);
            if (!compatible)
                m_plan.unresolved
                    << PostgresPlannerText::tr(
                           "Foreign key %1 of %2 references %3, which becomes %4, and its column "
                           "keeps a type that cannot reference it: change that column too or "
                           "drop the foreign key.")
                           .arg(refs[i]->name, child->qualifiedName(), object, ec.type);
            blockForeignKey(
                *child, *refs[i],
                PostgresPlannerText::tr("it references %1, whose type changes").arg(object),
                compatible);
        }
        QStringList droppedFks;
        for (const Constraint &c : at.constraints) {
            if (c.kind != ConstraintKind::ForeignKey || !c.columns.contains(ac.name))
                continue;
            const Table *parent = m_a.table(c.refSchema + u'.' + c.refTable);
            const Column *pc =
                parent ? parent->column(c.refColumns.value(c.columns.indexOf(ac.name))) : nullptr;
            if (!pc)
                continue;
            const QString parentType = finalType(*parent, *pc);
            const bool parentChanges = parentType != pc->type;
            if (keyCompatible(ec.type, parentType) && !parentChanges)
                continue; // ALTER TYPE rebuilds it
            const QString extraObject = object.section(u'.', 0, 1) + u'.' + c.name;
            const bool extra = m_diff.find(DiffKind::ExtraConstraint, extraObject) != nullptr;
            if (keyCompatible(ec.type, parentType)) {
                blockForeignKey(at, c,
                                PostgresPlannerText::tr("it references %1.%2, whose type changes")
                                    .arg(parent->qualifiedName(), pc->name),
                                true);
                continue;
            }
            if (!extra) {
                m_plan.unresolved
                    << PostgresPlannerText::tr(
                           "%1 becomes %2 but its foreign key %3 references %4.%5 (%6), which "
                           "cannot hold such values.")
                           .arg(object, ec.type, c.name, parent->qualifiedName(), pc->name,
                                parentType);
                continue;
            }
            // Seed 000: the expected schema has no such foreign key, and it stands in the way.
            blockForeignKey(
                at, c,
                PostgresPlannerText::tr(
                    "%1 becomes %2, which %3.%4 (%5) cannot be referenced from; the "
                    "expected schema has no such foreign key")
                    .arg(ec.name, ec.type, parent->qualifiedName(), pc->name, parentType),
                false);
            m_blockerObjects[&c] << extraObject;
            done(DiffKind::ExtraConstraint, extraObject);
            droppedFks << c.name;
        }

        blockViewsUsing(at, ac.name);
        blockTriggersUsing(at, ac.name);

        // No USING for a binary-coercible change: nothing to convert, nothing to rewrite.
        const QString using_ = !usingGiven.isEmpty() ? usingGiven
                               : rewrite             ? QString(col + u"::"_s + ec.type)
                                                     : QString();
        QStringList sql{u"ALTER TABLE "_s + tq + u" ALTER COLUMN "_s + col + u" TYPE "_s + ec.type +
                        (using_.isEmpty() ? QString() : u" USING "_s + using_)};
        sql << after;

        QList<Hazard> hz;
        if (lossy)
            hz << Hazard::DataLoss;
        hz << Hazard::CastMayFail;
        if (rewrite)
            hz << Hazard::TableRewrite;
        hz << Hazard::ExclusiveLock;

        QString title =
            PostgresPlannerText::tr("Change %1 from %2 to %3").arg(object, ac.type, ec.type);
        if (!droppedFks.isEmpty())
            title += PostgresPlannerText::tr(" (its foreign key %1 is dropped)")
                         .arg(droppedFks.join(u", "_s));
        if (!keepDefault && ec.defaultExpr && (defaultDiff || ac.defaultExpr))
            title += PostgresPlannerText::tr(", then set its default to %1").arg(*ec.defaultExpr);
        Step &s = addStep(StepPhase::Tables, title, sql, hz, {et.qualifiedName()}, objects);

        // Pre-flight on the live table, with its live names.
        const QString liveCol = qi(ac.name);
        if (usingGiven.isEmpty()) {
            bool exact = true;
            const QString fails =
                castFailurePredicate(liveCol, a, ec.type, e, m_serverVersion, exact);
            if (!fails.isEmpty()) {
                PreflightCheck c = countCheck(
                    u"cast"_s,
                    PostgresPlannerText::tr("rows of %1.%2 whose value cannot become %3")
                        .arg(at.qualifiedName(), ac.name, ec.type),
                    Hazard::CastMayFail, qt(at), liveCol + u" IS NOT NULL AND ("_s + fails + u')',
                    liveCol + u"::text"_s, exact);
                s.preflight << c;
            }
            if (family(e) == Family::Text && e.mod1 >= 0 && lossy)
                s.preflight << countCheck(
                    u"cast"_s,
                    PostgresPlannerText::tr("rows of %1.%2 longer than %3 characters (cut short)")
                        .arg(at.qualifiedName(), ac.name)
                        .arg(e.mod1),
                    Hazard::DataLoss, qt(at),
                    u"length("_s + liveCol + u"::text) > "_s + QString::number(e.mod1),
                    liveCol + u"::text"_s);
            if ((family(a) == Family::Numeric || family(a) == Family::Float) &&
                (family(e) == Family::Integer || (family(e) == Family::Numeric && e.mod1 >= 0)))
                s.preflight << countCheck(
                    u"cast"_s,
                    PostgresPlannerText::tr("rows of %1.%2 whose value is rounded")
                        .arg(at.qualifiedName(), ac.name),
                    Hazard::DataLoss, qt(at),
                    u"CASE WHEN "_s + liveCol +
                        u"::text IN ('NaN', 'Infinity', '-Infinity') THEN false ELSE "_s + liveCol +
                        u"::numeric <> round("_s + liveCol + u"::numeric, "_s +
                        QString::number(family(e) == Family::Integer ? 0 : std::max(e.mod2, 0)) +
                        u") END"_s,
                    liveCol + u"::text"_s);
        }
        if (rewrite)
            s.preflight << tableSizeCheck(at.schema, at.name);
    }

    // An integer key becomes a UUID: a new column with generated values, every referencing
    // column remapped through the old key, constraints and indexes moved over, the old columns
    // dropped and the new ones renamed. Every row and every relationship is kept.
    void planKeyConversion(const Table &at, const Column &ac, const Table &et, const Column &ec)
    {
        const QString object = et.qualifiedName() + u'.' + ec.name;
        struct Child
        {
            const Table *table;
            const Constraint *fk;
            QString column;
        };
        QList<Child> kids;
        QList<const Table *> childTables;
        const QList<const Constraint *> refs = referencingForeignKeys(at, ac.name, &childTables);
        for (qsizetype i = 0; i < refs.size(); ++i) {
            if (refs[i]->columns.size() != 1) {
                m_plan.unresolved
                    << PostgresPlannerText::tr(
                           "%1 should become uuid, but the composite foreign key %2 of %3 "
                           "references it: convert it by hand.")
                           .arg(object, refs[i]->name, childTables[i]->qualifiedName());
                done(DiffKind::ColumnType, object);
                return;
            }
            kids.append({childTables[i], refs[i], refs[i]->columns.first()});
        }

        const QString parentQ = currentQuoted(at);
        const QString key = qi(currentColumn(at, ac.name));
        const QString tmp = qi(tempName(currentColumn(at, ac.name), u"__sm_uuid"_s));
        QStringList sql;
        QStringList tables{currentName(at)};
        QStringList objects{object};
        QStringList childNames;
        QList<PreflightCheck> checks;
        checks << rowCountCheck(
            at, PostgresPlannerText::tr("rows of %1 (every one is kept)").arg(at.qualifiedName()));

        auto markColumnDone = [&](const QString &obj) {
            for (DiffKind k : {DiffKind::ColumnType, DiffKind::ColumnDefault,
                               DiffKind::ColumnNullability, DiffKind::ColumnIdentity})
                if (m_diff.find(k, obj))
                    done(k, obj);
        };
        markColumnDone(object);

        // Constraints and indexes that go with a dropped column, to put back afterwards.
        QStringList restore;
        auto keepAlong = [&](const Table &t, const QString &column, const Constraint *skip) {
            const QString tq = currentQuoted(t);
            for (const Constraint &c : t.constraints) {
                if (&c == skip || (c.kind == ConstraintKind::PrimaryKey && &t == &at))
                    continue;
                if (c.kind == ConstraintKind::ForeignKey && c.refSchema == at.schema &&
                    c.refTable == at.name && c.refColumns.contains(ac.name))
                    continue; // re-added in the Constraints phase
                const bool involves =
                    c.columns.contains(column) ||
                    (c.kind == ConstraintKind::Check && mentionsWord(c.checkExpr, column));
                if (!involves)
                    continue;
                const QString def = c.kind == ConstraintKind::ForeignKey
                                        ? foreignKeyDefinition(t, c)
                                        : c.definition;
                restore << u"ALTER TABLE "_s + tq + u" ADD CONSTRAINT "_s + qi(c.name) + u' ' + def;
            }
            for (const Index &i : t.indexes) {
                if (i.constraintIndex)
                    continue;
                bool involves = i.include.contains(column) || mentionsWord(i.predicate, column);
                for (const QString &c : i.columns)
                    involves =
                        involves || c == column || (c.startsWith(u'(') && mentionsWord(c, column));
                if (involves)
                    restore << retargetIndex(i.definition, t);
            }
            blockViewsUsing(t, column);
            blockTriggersUsing(t, column);
        };
        keepAlong(at, ac.name, nullptr);

        sql << u"ALTER TABLE "_s + parentQ + u" ADD COLUMN "_s + tmp +
                   u" uuid NOT NULL DEFAULT gen_random_uuid()"_s;
        for (const Child &k : std::as_const(kids)) {
            const QString cq = currentQuoted(*k.table);
            const QString ccol = qi(currentColumn(*k.table, k.column));
            const QString ctmp = qi(tempName(currentColumn(*k.table, k.column), u"__sm_uuid"_s));
            const QString childObject = columnObject(*k.table, k.column);
            const Table *ect = m_e.table(currentName(*k.table));
            const Column *ecc = ect ? ect->column(currentColumn(*k.table, k.column)) : nullptr;
            const Column *acc = k.table->column(k.column);
            const bool notNull = ecc ? ecc->notNull : (acc && acc->notNull);
            blockForeignKey(*k.table, *k.fk, PostgresPlannerText::tr("%1 becomes uuid").arg(object),
                            true);
            keepAlong(*k.table, k.column, k.fk);
            markColumnDone(childObject);
            objects << childObject;
            childNames << childObject;
            if (!tables.contains(currentName(*k.table)))
                tables << currentName(*k.table);

            sql << u"ALTER TABLE "_s + cq + u" ADD COLUMN "_s + ctmp + u" uuid"_s;
            sql << withoutUserTriggers(*k.table, {u"UPDATE "_s + cq + u" AS c SET "_s + ctmp +
                                                  u" = p."_s + tmp + u" FROM "_s + parentQ +
                                                  u" AS p WHERE p."_s + key + u" = c."_s + ccol});
            sql << u"ALTER TABLE "_s + cq + u" DROP COLUMN "_s + ccol;
            sql << u"ALTER TABLE "_s + cq + u" RENAME COLUMN "_s + ctmp + u" TO "_s + ccol;
            if (notNull)
                sql << u"ALTER TABLE "_s + cq + u" ALTER COLUMN "_s + ccol + u" SET NOT NULL"_s;
            if (ecc && ecc->defaultExpr)
                sql << u"ALTER TABLE "_s + cq + u" ALTER COLUMN "_s + ccol + u" SET DEFAULT "_s +
                           *ecc->defaultExpr;

            checks << rowCountCheck(*k.table,
                                    PostgresPlannerText::tr("rows of %1 (every one is kept)")
                                        .arg(k.table->qualifiedName()));
            const QString cc = u"c."_s + qi(k.column);
            checks << countCheck(
                u"orphans"_s,
                PostgresPlannerText::tr(
                    "rows of %1 whose %2 has no parent in %3: their link would be lost")
                    .arg(k.table->qualifiedName(), k.column, at.qualifiedName()),
                Hazard::Orphans, qt(*k.table) + u" AS c"_s,
                cc + u" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "_s + qt(at) +
                    u" AS p WHERE p."_s + qi(ac.name) + u" = "_s + cc + u')',
                cc + u"::text"_s);
        }
        sql << u"ALTER TABLE "_s + parentQ + u" DROP COLUMN "_s + key;
        sql << u"ALTER TABLE "_s + parentQ + u" RENAME COLUMN "_s + tmp + u" TO "_s + key;
        if (!ec.defaultExpr)
            sql << u"ALTER TABLE "_s + parentQ + u" ALTER COLUMN "_s + key + u" DROP DEFAULT"_s;
        else if (normalizeSqlText(*ec.defaultExpr) != u"gen_random_uuid()"_s)
            sql << u"ALTER TABLE "_s + parentQ + u" ALTER COLUMN "_s + key + u" SET DEFAULT "_s +
                       *ec.defaultExpr;
        if (!ec.notNull)
            sql << u"ALTER TABLE "_s + parentQ + u" ALTER COLUMN "_s + key + u" DROP NOT NULL"_s;
        const Constraint *pk = at.primaryKey();
        if (pk && pk->columns == QStringList{ac.name}) {
            QString name = pk->name;
            if (const Constraint *epk = et.primaryKey();
                epk && epk->columns == QStringList{ec.name})
                name = epk->name;
            sql << u"ALTER TABLE "_s + parentQ + u" ADD CONSTRAINT "_s + qi(name) +
                       u" PRIMARY KEY ("_s + key + u')';
        }
        sql << restore;

        QString title =
            kids.isEmpty()
                ? PostgresPlannerText::tr(
                      "Convert %1 from %2 to uuid with a new value for every row")
                      .arg(object, ac.type)
                : PostgresPlannerText::tr(
                      "Convert %1 from %2 to uuid, keeping every row and remapping %3 through the "
                      "old key")
                      .arg(object, ac.type, childNames.join(u", "_s));
        Step &s =
            addStep(StepPhase::Tables, title, sql,
                    {Hazard::TableRewrite, Hazard::ExclusiveLock, Hazard::BackwardIncompatible},
                    tables, objects);
        s.preflight = checks;
    }

    // A live index definition, pointed at the table's name after the renames.
    QString retargetIndex(const QString &definition, const Table &t) const
    {
        if (currentName(t) == t.qualifiedName())
            return definition;
        static const QRegularExpression on(u"^(.*? ON (?:ONLY )?)(.+?)( USING .*)$"_s,
                                           QRegularExpression::DotMatchesEverythingOption);
        const auto m = on.match(definition);
        return m.hasMatch() ? m.captured(1) + currentQuoted(t) + m.captured(3) : definition;
    }

    // ---- tables and columns -----------------------------------------------------------------

    static QString columnSpec(const Column &c, bool withNotNull)
    {
        QString s = qi(c.name) + u' ' + c.type;
        if (!c.collation.isEmpty())
            s += u" COLLATE "_s + quoteCollation(c.collation);
        if (!c.identity.isEmpty())
            s += (c.identity == u"always" ? u" GENERATED ALWAYS"_s : u" GENERATED BY DEFAULT"_s) +
                 u" AS IDENTITY"_s;
        else if (!c.generatedExpr.isEmpty())
            s += u" GENERATED ALWAYS AS ("_s + c.generatedExpr + u") STORED"_s;
        else if (c.defaultExpr)
            s += u" DEFAULT "_s + *c.defaultExpr;
        if (withNotNull && c.notNull)
            s += u" NOT NULL"_s;
        return s;
    }

    void planMissingTables()
    {
        QList<const Table *> missing;
        QSet<QString> missingNames;
        for (const Difference &d : m_diff.differences)
            if (d.kind == DiffKind::MissingTable ||
                (d.kind == DiffKind::RenamedTable && m_rejectedTables.contains(d.object)))
                if (const Table *t = m_e.table(d.object)) {
                    missing << t;
                    missingNames.insert(t->qualifiedName());
                    done(d.kind, d.object);
                }
        // Foreign-key order: a table after the new tables it references.
        QList<const Table *> ordered;
        QSet<QString> visiting;
        QSet<QString> placed;
        std::function<void(const Table *)> visit = [&](const Table *t) {
            const QString q = t->qualifiedName();
            if (placed.contains(q) || visiting.contains(q))
                return;
            visiting.insert(q);
            QStringList deps = t->inherits;
            if (!t->partitionOf.isEmpty())
                deps << t->partitionOf;
            for (const Constraint &c : t->constraints)
                if (c.kind == ConstraintKind::ForeignKey)
                    deps << c.refSchema + u'.' + c.refTable;
            for (const QString &dep : std::as_const(deps))
                if (dep != q && missingNames.contains(dep))
                    visit(m_e.table(dep));
            visiting.remove(q);
            placed.insert(q);
            ordered << t;
        };
        for (const Table *t : std::as_const(missing))
            visit(t);

        QSet<QString> created;
        for (const Table *t : std::as_const(ordered)) {
            const QString q = t->qualifiedName();
            QStringList before, after, parts, sql;
            QList<Hazard> hz;
            for (const Column &c : t->columns) {
                if (c.identity.isEmpty())
                    sequenceFor(c, q, before, after);
                parts << columnSpec(c, true);
            }
            const Table *parent = t->partitionOf.isEmpty() ? nullptr : m_e.table(t->partitionOf);
            for (const Constraint &c : t->constraints) {
                if (parent &&
                    std::any_of(parent->constraints.cbegin(), parent->constraints.cend(),
                                [&](const Constraint &p) { return p.definition == c.definition; }))
                    continue; // inherited from the partitioned table
                const QString ref = c.refSchema + u'.' + c.refTable;
                const bool later = c.kind == ConstraintKind::ForeignKey && ref != q &&
                                   missingNames.contains(ref) && !created.contains(ref);
                const QString def = u"CONSTRAINT "_s + qi(c.name) + u' ' + c.definition;
                if (later) {
                    addStep(StepPhase::Constraints,
                            PostgresPlannerText::tr("Add foreign key %1 to the new table %2")
                                .arg(c.name, q),
                            {u"ALTER TABLE "_s + qt(*t) + u" ADD "_s + def}, {}, {q},
                            {q + u'.' + c.name});
                    continue;
                }
                if (c.kind == ConstraintKind::ForeignKey && ref != q && !missingNames.contains(ref))
                    hz << Hazard::BlocksWrites;
                if (!parent)
                    parts << def;
                else
                    after << u"ALTER TABLE "_s + qt(*t) + u" ADD "_s + def;
            }
            QString create = u"CREATE TABLE "_s + qt(*t);
            if (parent)
                create +=
                    u" PARTITION OF "_s + qualifiedText(t->partitionOf) + u' ' + t->partitionBound;
            else
                create += u" (\n    "_s + parts.join(u",\n    "_s) + u"\n)"_s;
            if (!t->partitionKey.isEmpty())
                create += u" PARTITION BY "_s + t->partitionKey;
            if (!t->inherits.isEmpty() && !parent) {
                QStringList ps;
                for (const QString &p : t->inherits)
                    ps << qualifiedText(p);
                create += u" INHERITS ("_s + ps.join(u", "_s) + u')';
            }
            sql << before << create << after;
            for (const Index &i : t->indexes)
                if (!i.constraintIndex)
                    sql << i.definition;
            if (!t->comment.isEmpty())
                sql << u"COMMENT ON TABLE "_s + qt(*t) + u" IS "_s + quoteLiteral(t->comment);
            for (const Column &c : t->columns)
                if (!c.comment.isEmpty())
                    sql << u"COMMENT ON COLUMN "_s + qt(*t) + u'.' + qi(c.name) + u" IS "_s +
                               quoteLiteral(c.comment);
            hz.erase(std::unique(hz.begin(), hz.end()), hz.end());
            addStep(StepPhase::Tables, PostgresPlannerText::tr("Create table %1").arg(q), sql, hz,
                    {q}, {q});
            created.insert(q);
            for (const Trigger &tr_ : t->triggers) {
                QStringList tsql{tr_.definition};
                if (!tr_.enabled)
                    tsql << u"ALTER TABLE "_s + qt(*t) + u" DISABLE TRIGGER "_s + qi(tr_.name);
                addStep(StepPhase::Triggers,
                        PostgresPlannerText::tr("Create trigger %1 on %2").arg(tr_.name, q), tsql,
                        {}, {q}, {});
            }
            // Every member difference of a table created whole is resolved by its creation.
            for (const Difference &d : m_diff.differences)
                if (d.table == q && d.kind != DiffKind::MissingTable &&
                    d.kind != DiffKind::RenamedTable)
                    m_skipped.insert(key(d));
        }
    }

    void planColumns()
    {
        // Missing columns (and the expected side of a rejected column rename).
        for (const Difference &d : m_diff.differences) {
            const bool rejectedRename =
                d.kind == DiffKind::RenamedColumn && m_r.rejectRenames.contains(d.object);
            if ((d.kind != DiffKind::MissingColumn && !rejectedRename) || isDone(d) ||
                m_rejectedTables.contains(d.table))
                continue;
            const Table *et = m_e.table(d.table);
            const Table *at = actualOf(d.table);
            const Column *ec = et ? et->column(d.name) : nullptr;
            if (!ec || !at)
                continue;
            planMissingColumn(d, *et, *at, *ec);
            if (rejectedRename && d.actual) {
                const QString extra = d.table + u'.' + *d.actual;
                if (m_r.dropExtra || m_r.drop.contains(extra) || m_r.drop.contains(d.object)) {
                    addStep(StepPhase::Drops,
                            PostgresPlannerText::tr("Drop column %1 (data is lost)").arg(extra),
                            {u"ALTER TABLE "_s + qualifiedText(d.table) + u" DROP COLUMN "_s +
                             qi(*d.actual)},
                            {Hazard::DataLoss, Hazard::BackwardIncompatible, Hazard::ExclusiveLock},
                            {d.table}, {extra});
                } else {
                    m_plan.kept << PostgresPlannerText::tr("%1 (extra column; not a rename of %2)")
                                       .arg(extra, d.name);
                }
            }
        }

        for (const Difference &d : m_diff.differences) {
            if (isDone(d) || m_rejectedTables.contains(d.table))
                continue;
            if (d.kind != DiffKind::ColumnIdentity && d.kind != DiffKind::ColumnDefault &&
                d.kind != DiffKind::ColumnNullability)
                continue;
            const Table *et = m_e.table(d.table);
            const Table *at = actualOf(d.table);
            const Column *ec = et ? et->column(d.name) : nullptr;
            const Column *ac = at ? at->column(actualColumn(d.table, d.name)) : nullptr;
            if (!ec || !ac)
                continue;
            if (d.kind == DiffKind::ColumnIdentity)
                planIdentity(d, *et, *at, *ec, *ac);
        }
        for (const Difference &d : m_diff.differences) {
            if (isDone(d) || m_rejectedTables.contains(d.table) ||
                (d.kind != DiffKind::ColumnDefault && d.kind != DiffKind::ColumnNullability))
                continue;
            const Table *et = m_e.table(d.table);
            const Table *at = actualOf(d.table);
            const Column *ec = et ? et->column(d.name) : nullptr;
            const Column *ac = at ? at->column(actualColumn(d.table, d.name)) : nullptr;
            if (!ec || !ac)
                continue;
            if (d.kind == DiffKind::ColumnDefault)
                planDefault(d, *et, *ec);
            else
                planNullability(d, *et, *at, *ec, *ac);
        }
    }

    void planMissingColumn(const Difference &d, const Table &et, const Table &at, const Column &ec)
    {
        const QString tq = qt(et);
        QStringList before, after, sql;
        sequenceFor(ec, et.qualifiedName(), before, after);
        QList<Hazard> hz;
        const bool rewrites = !ec.identity.isEmpty() || !ec.generatedExpr.isEmpty() ||
                              (ec.defaultExpr && volatileDefault(*ec.defaultExpr));
        if (rewrites)
            hz << Hazard::TableRewrite << Hazard::ExclusiveLock;
        QString title = PostgresPlannerText::tr("Add column %1 %2").arg(d.object, ec.type);
        const bool needsValue =
            ec.notNull && !ec.defaultExpr && ec.identity.isEmpty() && ec.generatedExpr.isEmpty();
        Step *step = nullptr;
        if (needsValue) {
            const QString fill = Resolutions::lookup(m_r.backfill, et.schema, et.name, ec.name);
            if (!fill.isEmpty()) {
                sql << before << u"ALTER TABLE "_s + tq + u" ADD COLUMN "_s + columnSpec(ec, false)
                    << after;
                sql << withoutUserTriggers(at, {u"UPDATE "_s + tq + u" SET "_s + qi(ec.name) +
                                                u" = ("_s + fill + u") WHERE "_s + qi(ec.name) +
                                                u" IS NULL"_s});
                sql << u"ALTER TABLE "_s + tq + u" ALTER COLUMN "_s + qi(ec.name) +
                           u" SET NOT NULL"_s;
                title = PostgresPlannerText::tr(
                            "Add column %1 %2, fill it with %3, then make it NOT NULL")
                            .arg(d.object, ec.type, fill);
                step = &addStep(StepPhase::Tables, title, sql,
                                hz + QList<Hazard>{Hazard::NotNullViolation}, {et.qualifiedName()},
                                {d.object});
                step->preflight << countCheck(
                    u"nulls"_s,
                    PostgresPlannerText::tr("rows of %1 for which %2 gives NULL")
                        .arg(at.qualifiedName(), fill),
                    Hazard::NotNullViolation, qt(at), u"("_s + fill + u") IS NULL"_s, QString());
            } else {
                m_plan.unresolved
                    << PostgresPlannerText::tr(
                           "%1 is NOT NULL without a default: existing rows need a value "
                           "(--backfill %2.%3=EXPR).")
                           .arg(d.object, et.name, ec.name);
                sql << before << u"ALTER TABLE "_s + tq + u" ADD COLUMN "_s + columnSpec(ec, true)
                    << after;
                step = &addStep(StepPhase::Tables, title, sql,
                                hz + QList<Hazard>{Hazard::NotNullViolation}, {et.qualifiedName()},
                                {d.object});
                PreflightCheck c;
                c.check = u"nulls"_s;
                c.description = PostgresPlannerText::tr("rows of %1 that would hold NULL")
                                    .arg(at.qualifiedName());
                c.hazard = Hazard::NotNullViolation;
                c.sql = u"SELECT count(*) FROM "_s + qt(at);
                step->preflight << c;
            }
        } else {
            sql << before << u"ALTER TABLE "_s + tq + u" ADD COLUMN "_s + columnSpec(ec, true)
                << after;
            step = &addStep(StepPhase::Tables, title, sql, hz, {et.qualifiedName()}, {d.object});
        }
        if (!ec.comment.isEmpty())
            step->sql << u"COMMENT ON COLUMN "_s + tq + u'.' + qi(ec.name) + u" IS "_s +
                             quoteLiteral(ec.comment);
        if (rewrites)
            step->preflight << tableSizeCheck(at.schema, at.name);
        done(d.kind, d.object);
    }

    void planDefault(const Difference &d, const Table &et, const Column &ec)
    {
        const QString head = u"ALTER TABLE "_s + qt(et) + u" ALTER COLUMN "_s + qi(ec.name);
        QStringList before, after;
        if (ec.defaultExpr)
            sequenceFor(ec, et.qualifiedName(), before, after);
        QStringList sql = before;
        sql << (ec.defaultExpr ? QString(head + u" SET DEFAULT "_s + *ec.defaultExpr)
                               : QString(head + u" DROP DEFAULT"_s));
        sql << after;
        addStep(StepPhase::Tables,
                ec.defaultExpr ? PostgresPlannerText::tr("Set the default of %1 to %2")
                                     .arg(d.object, *ec.defaultExpr)
                               : PostgresPlannerText::tr("Drop the default of %1").arg(d.object),
                sql, {}, {et.qualifiedName()}, {d.object});
        done(d.kind, d.object);
    }

    void planNullability(const Difference &d, const Table &et, const Table &at, const Column &ec,
                         const Column &ac)
    {
        const QString tq = qt(et);
        const QString col = qi(ec.name);
        if (!ec.notNull) {
            addStep(StepPhase::Tables, PostgresPlannerText::tr("Allow NULL in %1").arg(d.object),
                    {u"ALTER TABLE "_s + tq + u" ALTER COLUMN "_s + col + u" DROP NOT NULL"_s}, {},
                    {et.qualifiedName()}, {d.object});
            done(d.kind, d.object);
            return;
        }
        const QString fill = Resolutions::lookup(m_r.backfill, et.schema, et.name, ec.name);
        QStringList sql;
        if (!fill.isEmpty())
            sql << withoutUserTriggers(at, {u"UPDATE "_s + tq + u" SET "_s + col + u" = ("_s +
                                            fill + u") WHERE "_s + col + u" IS NULL"_s});
        sql << u"ALTER TABLE "_s + tq + u" ALTER COLUMN "_s + col + u" SET NOT NULL"_s;
        const QString title =
            fill.isEmpty()
                ? PostgresPlannerText::tr("Make %1 NOT NULL").arg(d.object)
                : PostgresPlannerText::tr("Fill the NULLs of %1 with %2, then make it NOT NULL")
                      .arg(d.object, fill);
        Step &s = addStep(StepPhase::Tables, title, sql,
                          {Hazard::NotNullViolation, Hazard::ExclusiveLock}, {et.qualifiedName()},
                          {d.object});
        // With a backfill, the rows that stay NULL are those the expression leaves NULL.
        const QString liveCol = qi(ac.name);
        QString sample = liveCol + u"::text"_s;
        if (const Constraint *pk = at.primaryKey()) {
            QStringList cols;
            for (const QString &c : pk->columns)
                cols << qi(c) + u"::text"_s;
            sample = u"concat_ws(', ', "_s + cols.join(u", "_s) + u')';
        }
        const bool sameNames = currentName(at) == at.qualifiedName();
        if (!fill.isEmpty()) {
            PreflightCheck info =
                countCheck(u"nulls"_s,
                           PostgresPlannerText::tr("rows of %1.%2 holding NULL, to be filled")
                               .arg(at.qualifiedName(), ac.name),
                           Hazard::NotNullViolation, qt(at), liveCol + u" IS NULL"_s, sample);
            info.informational = true;
            s.preflight << info;
            if (sameNames)
                s.preflight << countCheck(
                    u"nulls"_s,
                    PostgresPlannerText::tr("rows of %1.%2 still NULL after the fill")
                        .arg(at.qualifiedName(), ac.name),
                    Hazard::NotNullViolation, qt(at),
                    liveCol + u" IS NULL AND ("_s + fill + u") IS NULL"_s, sample);
        } else {
            s.preflight << countCheck(u"nulls"_s,
                                      PostgresPlannerText::tr("rows of %1.%2 holding NULL")
                                          .arg(at.qualifiedName(), ac.name),
                                      Hazard::NotNullViolation, qt(at), liveCol + u" IS NULL"_s,
                                      sample);
        }
        done(d.kind, d.object);
    }

    void planIdentity(const Difference &d, const Table &et, const Table &at, const Column &ec,
                      const Column &ac)
    {
        const QString tq = qt(et);
        const QString col = qi(ec.name);
        const QString head = u"ALTER TABLE "_s + tq + u" ALTER COLUMN "_s + col;
        QStringList sql;
        QList<Hazard> hz;
        QString title;
        const bool generatedDiffers =
            normalizeSqlText(ec.generatedExpr) != normalizeSqlText(ac.generatedExpr);
        if (generatedDiffers && !ec.generatedExpr.isEmpty()) {
            // PostgreSQL < 17 cannot change a generation expression: the column is re-added and
            // its values computed again.
            sql << u"ALTER TABLE "_s + tq + u" DROP COLUMN "_s + col;
            sql << u"ALTER TABLE "_s + tq + u" ADD COLUMN "_s + columnSpec(ec, true);
            hz << Hazard::TableRewrite << Hazard::ExclusiveLock << Hazard::BackwardIncompatible;
            if (ac.generatedExpr.isEmpty())
                hz.prepend(Hazard::DataLoss);
            blockViewsUsing(at, ac.name);
            blockTriggersUsing(at, ac.name);
            title = PostgresPlannerText::tr("Re-add %1 as GENERATED ALWAYS AS (%2) STORED")
                        .arg(d.object, ec.generatedExpr);
            for (DiffKind k : {DiffKind::ColumnDefault, DiffKind::ColumnNullability})
                if (m_diff.find(k, d.object))
                    done(k, d.object);
        } else if (generatedDiffers) {
            sql << head + u" DROP EXPRESSION"_s;
            title = PostgresPlannerText::tr("Make %1 a plain column (no longer generated)")
                        .arg(d.object);
            hz << Hazard::ExclusiveLock;
        } else if (ec.identity.isEmpty()) {
            sql << head + u" DROP IDENTITY"_s;
            title = PostgresPlannerText::tr("Drop the identity of %1").arg(d.object);
        } else if (!ac.identity.isEmpty()) {
            const QString how = ec.identity == u"always" ? u"ALWAYS"_s : u"BY DEFAULT"_s;
            sql << head + u" SET GENERATED "_s + how;
            title = PostgresPlannerText::tr("Make %1 GENERATED %2 AS IDENTITY").arg(d.object, how);
        } else {
            const QString how = ec.identity == u"always" ? u"ALWAYS"_s : u"BY DEFAULT"_s;
            const bool defaultGone =
                std::any_of(m_defaultBlockers.cbegin(), m_defaultBlockers.cend(),
                            [&](const auto &b) { return b.first == &at && b.second == ac.name; });
            if (ac.defaultExpr) {
                if (!defaultGone)
                    sql << head + u" DROP DEFAULT"_s;
                if (isNextval(ac.defaultExpr))
                    for (const Sequence &s : m_a.sequences)
                        if (s.ownedBy == at.qualifiedName() + u'.' + ac.name)
                            sql << u"DROP SEQUENCE "_s + qq(s.schema, s.name);
                if (m_diff.find(DiffKind::ColumnDefault, d.object))
                    done(DiffKind::ColumnDefault, d.object);
            }
            if (!ac.notNull) {
                sql << head + u" SET NOT NULL"_s;
                if (m_diff.find(DiffKind::ColumnNullability, d.object))
                    done(DiffKind::ColumnNullability, d.object);
            }
            sql << head + u" ADD GENERATED "_s + how + u" AS IDENTITY"_s;
            // The identity continues after the highest value already there.
            sql << u"SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence("_s +
                       quoteLiteral(tq) + u", "_s + quoteLiteral(ec.name) + u"), coalesce(max("_s +
                       col + u"), 0) + 1, false) FROM "_s + tq;
            title = PostgresPlannerText::tr(
                        "Make %1 GENERATED %2 AS IDENTITY, continuing after its highest value")
                        .arg(d.object, how);
            hz << Hazard::ExclusiveLock;
        }
        addStep(StepPhase::Tables, title, sql, hz, {et.qualifiedName()}, {d.object});
        done(d.kind, d.object);
    }

    // ---- constraints and indexes --------------------------------------------------------------

    const Constraint *expectedConstraint(const Table &et, const QString &label) const
    {
        for (const Constraint &c : et.constraints)
            if (c.name == label)
                return &c;
        return nullptr;
    }

    // The live constraint the diff matched with an expected one (by what it is, not its name).
    const Constraint *matchingActual(const Table &et, const Table &at, const Constraint &ec) const
    {
        for (const Constraint &c : at.constraints) {
            if (c.kind != ec.kind)
                continue;
            QStringList cols;
            for (const QString &x : c.columns)
                cols << currentColumn(at, x);
            QStringList ecCols = ec.columns;
            if (c.kind == ConstraintKind::Unique) {
                cols.sort();
                ecCols.sort();
            }
            if (c.kind == ConstraintKind::Check) {
                if (normalizeSqlText(c.checkExpr) == normalizeSqlText(ec.checkExpr))
                    return &c;
                continue;
            }
            if (c.kind == ConstraintKind::Exclusion) {
                if (normalizeSqlText(c.definition) == normalizeSqlText(ec.definition))
                    return &c;
                continue;
            }
            if (cols != ecCols)
                continue;
            if (c.kind == ConstraintKind::ForeignKey) {
                const Table *ref = m_a.table(c.refSchema + u'.' + c.refTable);
                const QString refName = ref ? currentName(*ref) : c.refSchema + u'.' + c.refTable;
                QStringList refCols;
                for (const QString &x : c.refColumns)
                    refCols << (ref ? currentColumn(*ref, x) : x);
                if (refName != ec.refSchema + u'.' + ec.refTable || refCols != ec.refColumns)
                    continue;
            }
            Q_UNUSED(et);
            return &c;
        }
        return nullptr;
    }

    // Live names of expected columns when every one exists unchanged (for pre-flight), else
    // empty.
    QStringList liveColumns(const Table &et, const Table &at, const QStringList &cols) const
    {
        QStringList out;
        for (const QString &c : cols) {
            const QString live = actualColumn(et.qualifiedName(), c);
            if (!at.column(live) ||
                m_diff.find(DiffKind::ColumnType, et.qualifiedName() + u'.' + c))
                return {};
            out << live;
        }
        return out;
    }

    QList<PreflightCheck> constraintChecks(const Table &et, const Constraint &c) const
    {
        QList<PreflightCheck> out;
        const Table *at = actualOf(et.qualifiedName());
        if (!at)
            return out;
        const QStringList cols = liveColumns(et, *at, c.columns);
        if (cols.isEmpty())
            return out;
        auto quoted = [](const QStringList &l, const QString &prefix) {
            QStringList o;
            for (const QString &x : l)
                o << prefix + qi(x);
            return o;
        };
        auto notNull = [&](const QString &prefix) -> QString {
            QStringList o;
            for (const QString &x : quoted(cols, prefix))
                o << x + u" IS NOT NULL"_s;
            return o.join(u" AND "_s);
        };
        auto sampleOf = [&](const QString &prefix) -> QString {
            QStringList o;
            for (const QString &x : quoted(cols, prefix))
                o << x + u"::text"_s;
            return u"concat_ws(', ', "_s + o.join(u", "_s) + u')';
        };
        switch (c.kind) {
        case ConstraintKind::ForeignKey: {
            const Table *ept = m_e.table(c.refSchema + u'.' + c.refTable);
            const Table *apt = actualOf(c.refSchema + u'.' + c.refTable);
            if (!ept || !apt)
                break;
            const QStringList refCols = liveColumns(*ept, *apt, c.refColumns);
            if (refCols.size() != cols.size())
                break;
            QStringList join;
            for (qsizetype i = 0; i < cols.size(); ++i)
                join << u"p."_s + qi(refCols[i]) + u" = c."_s + qi(cols[i]);
            out << countCheck(
                u"orphans"_s,
                PostgresPlannerText::tr("rows of %1 whose %2 has no row in %3")
                    .arg(at->qualifiedName(), cols.join(u", "_s), apt->qualifiedName()),
                Hazard::Orphans, qt(*at) + u" AS c"_s,
                notNull(u"c."_s) + u" AND NOT EXISTS (SELECT 1 FROM "_s + qt(*apt) +
                    u" AS p WHERE "_s + join.join(u" AND "_s) + u')',
                sampleOf(u"c."_s));
            break;
        }
        case ConstraintKind::Unique:
        case ConstraintKind::PrimaryKey: {
            const QString group = quoted(cols, QString()).join(u", "_s);
            PreflightCheck d;
            d.check = u"duplicates"_s;
            d.description = PostgresPlannerText::tr("groups of rows of %1 sharing one %2")
                                .arg(at->qualifiedName(), cols.join(u", "_s));
            d.hazard = Hazard::Duplicates;
            const QString from = u" FROM "_s + qt(*at) + u" WHERE "_s + notNull(QString()) +
                                 u" GROUP BY "_s + group + u" HAVING count(*) > 1"_s;
            d.sql = u"SELECT count(*) FROM (SELECT 1"_s + from + u") AS g"_s;
            d.samplesSql = u"SELECT "_s + sampleOf(QString()) +
                           u" || ' (' || count(*) || ' rows)'"_s + from +
                           u" ORDER BY count(*) DESC LIMIT 5"_s;
            out << d;
            if (c.kind == ConstraintKind::PrimaryKey) {
                QStringList anyNull;
                for (const QString &x : quoted(cols, QString()))
                    anyNull << x + u" IS NULL"_s;
                out << countCheck(u"nulls"_s,
                                  PostgresPlannerText::tr("rows of %1 with a NULL in %2")
                                      .arg(at->qualifiedName(), cols.join(u", "_s)),
                                  Hazard::NotNullViolation, qt(*at), anyNull.join(u" OR "_s),
                                  QString());
            }
            break;
        }
        case ConstraintKind::Check:
            if (currentName(*at) == at->qualifiedName() &&
                m_colRename.value(et.qualifiedName()).isEmpty())
                out << countCheck(u"check_violation"_s,
                                  PostgresPlannerText::tr("rows of %1 that break CHECK (%2)")
                                      .arg(at->qualifiedName(), c.checkExpr),
                                  Hazard::CheckViolation, qt(*at) + u" AS t"_s,
                                  u"NOT ("_s + c.checkExpr + u')', u"left(t::text, 120)"_s);
            break;
        case ConstraintKind::Exclusion:
            break;
        }
        return out;
    }

    // ADD CONSTRAINT, the weaker-lock way where PostgreSQL has one.
    QStringList addConstraintSql(const Table &et, const Constraint &c) const
    {
        const QString head = u"ALTER TABLE "_s + qt(et) + u" ";
        const QString add = head + u"ADD CONSTRAINT "_s + qi(c.name) + u' ' + c.definition;
        if ((c.kind == ConstraintKind::ForeignKey || c.kind == ConstraintKind::Check) &&
            !c.definition.contains(u"NOT VALID"_s)) {
            QStringList sql{add + u" NOT VALID"_s};
            if (c.validated)
                sql << head + u"VALIDATE CONSTRAINT "_s + qi(c.name);
            return sql;
        }
        return {add};
    }

    static QList<Hazard> constraintHazards(const Constraint &c)
    {
        switch (c.kind) {
        case ConstraintKind::ForeignKey:
            return {Hazard::Orphans, Hazard::BlocksWrites};
        case ConstraintKind::Check:
            return {Hazard::CheckViolation, Hazard::BlocksWrites};
        case ConstraintKind::PrimaryKey:
            return {Hazard::NotNullViolation, Hazard::Duplicates, Hazard::BlocksWrites};
        case ConstraintKind::Unique:
            return {Hazard::Duplicates, Hazard::BlocksWrites};
        case ConstraintKind::Exclusion:
            return {Hazard::BlocksWrites};
        }
        return {};
    }

    static QString constraintKindText(ConstraintKind k)
    {
        switch (k) {
        case ConstraintKind::PrimaryKey:
            return PostgresPlannerText::tr("primary key");
        case ConstraintKind::ForeignKey:
            return PostgresPlannerText::tr("foreign key");
        case ConstraintKind::Unique:
            return PostgresPlannerText::tr("unique constraint");
        case ConstraintKind::Check:
            return PostgresPlannerText::tr("check constraint");
        case ConstraintKind::Exclusion:
            return PostgresPlannerText::tr("exclusion constraint");
        }
        return {};
    }

    void planConstraints()
    {
        for (const Difference &d : m_diff.differences) {
            if (isDone(d) || m_rejectedTables.contains(d.table))
                continue;
            if (d.kind != DiffKind::MissingConstraint && d.kind != DiffKind::ChangedConstraint)
                continue;
            const Table *et = m_e.table(d.table);
            const Constraint *ec = et ? expectedConstraint(*et, d.name) : nullptr;
            if (!ec)
                continue;
            if (d.kind == DiffKind::MissingConstraint) {
                Step &s = addStep(
                    StepPhase::Constraints,
                    PostgresPlannerText::tr("Add %1 %2 to %3: %4")
                        .arg(constraintKindText(ec->kind), ec->name, d.table, ec->definition),
                    addConstraintSql(*et, *ec), constraintHazards(*ec), {d.table}, {d.object});
                s.preflight = constraintChecks(*et, *ec);
                done(d.kind, d.object);
                continue;
            }
            const Table *at = actualOf(d.table);
            const Constraint *ac = at ? matchingActual(*et, *at, *ec) : nullptr;
            if (!ac)
                continue;
            const QString head = u"ALTER TABLE "_s + qt(*et) + u" ";
            const bool sameDetails = ac->onDelete == ec->onDelete && ac->onUpdate == ec->onUpdate &&
                                     ac->match == ec->match && ac->deferrable == ec->deferrable &&
                                     ac->initiallyDeferred == ec->initiallyDeferred;
            QStringList sql;
            QList<Hazard> hz;
            QString title;
            QList<PreflightCheck> checks;
            if (!sameDetails) {
                sql << head + u"DROP CONSTRAINT "_s + qi(ac->name);
                sql << addConstraintSql(*et, *ec);
                hz = constraintHazards(*ec);
                checks = constraintChecks(*et, *ec);
                title = PostgresPlannerText::tr("Re-create %1 %2 of %3 as %4")
                            .arg(constraintKindText(ec->kind), ec->name, d.table, ec->definition);
            } else {
                if (ac->name != ec->name) {
                    sql << head + u"RENAME CONSTRAINT "_s + qi(ac->name) + u" TO "_s + qi(ec->name);
                    title = PostgresPlannerText::tr("Rename constraint %1 of %2 to %3")
                                .arg(ac->name, d.table, ec->name);
                }
                if (ec->validated && !ac->validated) {
                    sql << head + u"VALIDATE CONSTRAINT "_s + qi(ec->name);
                    hz = constraintHazards(*ec);
                    checks = constraintChecks(*et, *ec);
                    title = title.isEmpty()
                                ? PostgresPlannerText::tr("Validate constraint %1 of %2")
                                      .arg(ec->name, d.table)
                                : title + PostgresPlannerText::tr(", then validate it");
                }
            }
            if (sql.isEmpty())
                continue;
            Step &s = addStep(StepPhase::Constraints, title, sql, hz, {d.table}, {d.object});
            s.preflight = checks;
            done(d.kind, d.object);
        }
    }

    static QString indexKey(const Index &i, const std::function<QString(const QString &)> &col)
    {
        QStringList cols;
        for (const QString &c : i.columns)
            cols << (c.startsWith(u'(') ? normalizeSqlText(c) : col(c).toLower());
        QStringList inc;
        for (const QString &c : i.include)
            inc << col(c).toLower();
        QString method = i.method.toLower();
        if (method == u"btree")
            method.clear();
        return (i.unique ? u"u:"_s : u"i:"_s) + cols.join(u',') + u'|' + method + u'|' +
               inc.join(u',') + u'|' + normalizeSqlText(i.predicate);
    }

    void planIndexes()
    {
        for (const Difference &d : m_diff.differences) {
            if (isDone(d) || m_rejectedTables.contains(d.table))
                continue;
            if (d.kind != DiffKind::MissingIndex && d.kind != DiffKind::ChangedIndex)
                continue;
            const Table *et = m_e.table(d.table);
            const Index *ei = nullptr;
            if (et)
                for (const Index &i : et->indexes)
                    if (i.name == d.name)
                        ei = &i;
            if (!ei)
                continue;
            if (d.kind == DiffKind::MissingIndex) {
                addStep(StepPhase::Indexes,
                        PostgresPlannerText::tr("Create index %1 on %2").arg(ei->name, d.table),
                        {ei->definition}, {Hazard::BlocksWrites}, {d.table}, {d.object});
                done(d.kind, d.object);
                continue;
            }
            const Table *at = actualOf(d.table);
            if (!at)
                continue;
            const QString want = indexKey(*ei, [](const QString &c) { return c; });
            const Index *ai = nullptr;
            for (const Index &i : at->indexes)
                if (!i.constraintIndex &&
                    indexKey(i, [&](const QString &c) { return currentColumn(*at, c); }) == want &&
                    (i.name == ei->name || !ai))
                    ai = &i;
            if (!ai)
                continue;
            QStringList sql;
            QString title;
            QList<Hazard> hz;
            if (!ai->valid) {
                sql << u"DROP INDEX "_s + qq(at->schema, ai->name) << ei->definition;
                title = PostgresPlannerText::tr("Re-create the invalid index %1 on %2")
                            .arg(ai->name, d.table);
                hz << Hazard::BlocksWrites;
            } else {
                sql << u"ALTER INDEX "_s + qq(et->schema, ai->name) + u" RENAME TO "_s +
                           qi(ei->name);
                title = PostgresPlannerText::tr("Rename index %1 of %2 to %3")
                            .arg(ai->name, d.table, ei->name);
            }
            addStep(StepPhase::Indexes, title, sql, hz, {d.table}, {d.object});
            done(d.kind, d.object);
        }
    }

    // ---- views, functions, triggers -------------------------------------------------------

    const View *findView(const Schema &s, const QString &q) const
    {
        for (const View &v : s.views)
            if (v.qualifiedName() == q)
                return &v;
        return nullptr;
    }

    void planViews()
    {
        for (const Difference &d : m_diff.differences) {
            if (d.kind == DiffKind::MissingView) {
                const View *v = findView(m_e, d.object);
                if (!v)
                    continue;
                m_missingViews << v; // after the views that are re-created, which it may read
                done(d.kind, d.object);
            } else if (d.kind == DiffKind::ChangedView) {
                const View *a = findView(m_a, d.object);
                if (!a)
                    continue;
                blockView(*a); // dropped first, with what reads it, and created as expected
                m_viewObjects[d.object] << d.object;
                done(d.kind, d.object);
            }
        }
    }

    const Function *findFunction(const Schema &s, const QString &signature) const
    {
        for (const Function &f : s.functions)
            if (f.signature() == signature)
                return &f;
        return nullptr;
    }

    void planFunctions()
    {
        for (const Difference &d : m_diff.differences) {
            if (d.kind != DiffKind::MissingFunction && d.kind != DiffKind::ChangedFunction)
                continue;
            const Function *f = findFunction(m_e, d.object);
            if (!f || f->definition.isEmpty())
                continue;
            QStringList sql;
            QList<Hazard> hz;
            if (d.kind == DiffKind::ChangedFunction) {
                const Function *a = findFunction(m_a, d.object);
                if (a && a->returns != f->returns) {
                    // CREATE OR REPLACE cannot change the result type.
                    sql << u"DROP FUNCTION "_s + qq(a->schema, a->name) + u'(' + a->arguments +
                               u')';
                    hz << Hazard::BackwardIncompatible;
                }
            }
            sql << f->definition;
            addStep(StepPhase::Functions,
                    d.kind == DiffKind::MissingFunction
                        ? PostgresPlannerText::tr("Create function %1").arg(d.object)
                        : PostgresPlannerText::tr("Replace function %1").arg(d.object),
                    sql, hz, {}, {d.object});
            done(d.kind, d.object);
        }
    }

    void planTriggers()
    {
        for (const Difference &d : m_diff.differences) {
            if (isDone(d) || m_rejectedTables.contains(d.table))
                continue;
            if (d.kind != DiffKind::MissingTrigger && d.kind != DiffKind::ChangedTrigger)
                continue;
            const Table *et = m_e.table(d.table);
            const Trigger *t = nullptr;
            if (et)
                for (const Trigger &x : et->triggers)
                    if (x.name == d.name)
                        t = &x;
            if (!t)
                continue;
            QStringList sql;
            if (d.kind == DiffKind::ChangedTrigger) {
                const Table *at = actualOf(d.table);
                // A trigger dropped as a blocker is re-created from this same definition.
                if (at && m_blockedTriggers.contains(at->qualifiedName() + u'|' + t->name)) {
                    done(d.kind, d.object);
                    continue;
                }
                sql << u"DROP TRIGGER IF EXISTS "_s + qi(t->name) + u" ON "_s + qt(*et);
            }
            sql << t->definition;
            if (!t->enabled)
                sql << u"ALTER TABLE "_s + qt(*et) + u" DISABLE TRIGGER "_s + qi(t->name);
            addStep(StepPhase::Triggers,
                    d.kind == DiffKind::MissingTrigger
                        ? PostgresPlannerText::tr("Create trigger %1 on %2").arg(t->name, d.table)
                        : PostgresPlannerText::tr("Re-create trigger %1 on %2 as expected")
                              .arg(t->name, d.table),
                    sql, {}, {d.table}, {d.object});
            done(d.kind, d.object);
        }
    }

    // ---- extras: kept unless asked -----------------------------------------------------------

    void planExtras()
    {
        for (const Difference &d : m_diff.differences) {
            if (!isExtraKind(d.kind) || isDone(d))
                continue;
            if (m_rejectedTables.contains(d.table) && d.kind != DiffKind::ExtraTable) {
                m_skipped.insert(key(d));
                continue;
            }
            const bool drop = dropRequested(d);
            QString what;
            switch (d.kind) {
            case DiffKind::ExtraTable:
                what = PostgresPlannerText::tr("extra table");
                break;
            case DiffKind::ExtraColumn:
                what = PostgresPlannerText::tr("extra column");
                break;
            case DiffKind::ExtraConstraint:
                what = PostgresPlannerText::tr("extra constraint");
                break;
            case DiffKind::ExtraIndex:
                what = PostgresPlannerText::tr("extra index");
                break;
            case DiffKind::ExtraView:
                what = PostgresPlannerText::tr("extra view");
                break;
            case DiffKind::ExtraTrigger:
                what = PostgresPlannerText::tr("extra trigger");
                break;
            case DiffKind::ExtraSequence:
                what = PostgresPlannerText::tr("extra sequence");
                break;
            case DiffKind::ExtraEnum:
                what = PostgresPlannerText::tr("extra enum type");
                break;
            case DiffKind::ExtraFunction:
                what = PostgresPlannerText::tr("extra function");
                break;
            default:
                break;
            }
            if (!drop) {
                m_plan.kept << u"%1 (%2)"_s.arg(d.object, what);
                done(d.kind, d.object);
                continue;
            }
            planDrop(d);
            done(d.kind, d.object);
        }
        // Rejected table renames: the live table stays an extra.
        for (const QString &expected : std::as_const(m_rejectedTables)) {
            const Difference *d = m_diff.find(DiffKind::RenamedTable, expected);
            if (!d || !d->actual)
                continue;
            Difference extra = *d;
            extra.kind = DiffKind::ExtraTable;
            extra.object = *d->actual;
            extra.table = *d->actual;
            if (dropRequested(extra))
                planDrop(extra);
            else
                m_plan.kept << PostgresPlannerText::tr("%1 (extra table; not a rename of %2)")
                                   .arg(*d->actual, expected);
        }
    }

    void planDrop(const Difference &d)
    {
        const Table *at = d.kind == DiffKind::ExtraTable ? m_a.table(d.table) : actualOf(d.table);
        const QList<Hazard> gone{Hazard::DataLoss, Hazard::BackwardIncompatible};
        const QList<Hazard> compat{Hazard::BackwardIncompatible};
        switch (d.kind) {
        case DiffKind::ExtraTable: {
            if (!at)
                return;
            Step &s =
                addStep(StepPhase::Drops,
                        PostgresPlannerText::tr("Drop table %1 (its rows are lost)").arg(d.object),
                        {u"DROP TABLE "_s + qt(*at)}, gone + QList<Hazard>{Hazard::ExclusiveLock},
                        {}, {d.object});
            PreflightCheck c = rowCountCheck(
                *at, PostgresPlannerText::tr("rows of %1 that are dropped").arg(d.object));
            c.hazard = Hazard::DataLoss;
            s.preflight << c;
            return;
        }
        case DiffKind::ExtraColumn: {
            if (!at)
                return;
            addStep(StepPhase::Drops,
                    PostgresPlannerText::tr("Drop column %1 (its values are lost)").arg(d.object),
                    {u"ALTER TABLE "_s + qualifiedText(d.table) + u" DROP COLUMN "_s + qi(d.name)},
                    gone + QList<Hazard>{Hazard::ExclusiveLock}, {d.table}, {d.object});
            blockViewsUsing(*at, d.name);
            for (const View &v : m_a.views)
                if (m_blockedViews.contains(v.qualifiedName()) &&
                    mentionsRelation(v.definition, at->schema, at->name) &&
                    mentionsWord(v.definition, d.name))
                    m_droppedForGood.insert(v.qualifiedName()); // it reads what is dropped
            return;
        }
        case DiffKind::ExtraConstraint:
            addStep(
                StepPhase::Drops, PostgresPlannerText::tr("Drop constraint %1").arg(d.object),
                {u"ALTER TABLE "_s + qualifiedText(d.table) + u" DROP CONSTRAINT "_s + qi(d.name)},
                compat, {d.table}, {d.object});
            return;
        case DiffKind::ExtraIndex:
            addStep(StepPhase::Drops, PostgresPlannerText::tr("Drop index %1").arg(d.object),
                    {u"DROP INDEX "_s + qq(d.table.section(u'.', 0, 0), d.name)}, compat, {d.table},
                    {d.object});
            return;
        case DiffKind::ExtraTrigger:
            if (at)
                m_droppedForGood.insert(at->qualifiedName() + u'|' + d.name);
            addStep(
                StepPhase::Drops, PostgresPlannerText::tr("Drop trigger %1").arg(d.object),
                {u"DROP TRIGGER IF EXISTS "_s + qi(d.name) + u" ON "_s + qualifiedText(d.table)},
                compat, {d.table}, {d.object});
            return;
        case DiffKind::ExtraView: {
            const View *v = findView(m_a, d.object);
            if (!v)
                return;
            m_droppedForGood.insert(d.object);
            if (m_blockedViews.contains(d.object))
                return; // already dropped as a blocker and not re-created
            addStep(StepPhase::Drops, PostgresPlannerText::tr("Drop view %1").arg(d.object),
                    {(v->materialized ? u"DROP MATERIALIZED VIEW "_s : u"DROP VIEW "_s) +
                     qq(v->schema, v->name)},
                    v->materialized ? gone : compat, {}, {d.object});
            return;
        }
        case DiffKind::ExtraSequence:
            addStep(StepPhase::Drops, PostgresPlannerText::tr("Drop sequence %1").arg(d.object),
                    {u"DROP SEQUENCE "_s + qualifiedText(d.object)}, gone, {}, {d.object});
            return;
        case DiffKind::ExtraEnum:
            addStep(StepPhase::Drops, PostgresPlannerText::tr("Drop enum type %1").arg(d.object),
                    {u"DROP TYPE "_s + qualifiedText(d.object)}, compat, {}, {d.object});
            return;
        case DiffKind::ExtraFunction: {
            const Function *f = findFunction(m_a, d.object);
            if (!f)
                return;
            addStep(StepPhase::Drops, PostgresPlannerText::tr("Drop function %1").arg(d.object),
                    {(f->kind == u"procedure" ? u"DROP PROCEDURE "_s : u"DROP FUNCTION "_s) +
                     qq(f->schema, f->name) + u'(' + f->arguments + u')'},
                    compat, {}, {d.object});
            return;
        }
        default:
            return;
        }
    }

    // ---- migration history ---------------------------------------------------------------

    void planStamp()
    {
        const Difference *d = nullptr;
        for (const Difference &x : m_diff.differences)
            if (x.kind == DiffKind::MigrationVersion)
                d = &x;
        if (!d)
            return;
        const QString version =
            !m_r.stampVersion.isEmpty() ? m_r.stampVersion : d->expected.value_or(QString());
        const MigrationHistory *h = nullptr;
        for (const MigrationHistory &x : m_a.migrationHistory)
            if (x.schema + u'.' + x.table == d->table)
                h = &x;
        if (!h && !m_e.migrationHistory.isEmpty())
            h = &m_e.migrationHistory.first();
        if (h && !h->readable) {
            // Nothing is written to a history this role may not even read.
            (m_r.stamp ? m_plan.unresolved : m_plan.kept)
                << PostgresPlannerText::tr("%1 cannot be read by this role, so its version is "
                                           "unknown; the expected schema is at %2")
                       .arg(d->object, version);
            done(d->kind, d->object);
            return;
        }
        if (!m_r.stamp) {
            m_plan.kept << PostgresPlannerText::tr(
                               "%1 says version %2; the expected schema is at %3 (--stamp sets it)")
                               .arg(d->object, d->actual.value_or(PostgresPlannerText::tr("none")),
                                    version);
            done(d->kind, d->object);
            return;
        }
        if (!h || h->tool != u"alembic" || version.isEmpty()) {
            m_plan.unresolved
                << PostgresPlannerText::tr(
                       "%1 cannot be stamped automatically (%2): set it to %3 with the migration "
                       "tool itself.")
                       .arg(d->object, h ? h->tool : PostgresPlannerText::tr("no history table"),
                            version);
            done(d->kind, d->object);
            return;
        }
        const QString t = qq(h->schema, h->table);
        addStep(StepPhase::Stamp,
                PostgresPlannerText::tr("Stamp %1 with version %2").arg(d->object, version),
                {u"DELETE FROM "_s + t, u"INSERT INTO "_s + t + u" (version_num) VALUES ("_s +
                                            quoteLiteral(version) + u')'},
                {}, {d->object}, {d->object});
        done(d->kind, d->object);
    }

    // ---- sessions in the way ------------------------------------------------------------------

    void addSessionChecks()
    {
        if (m_plan.steps.isEmpty())
            return;
        // The step that runs first carries them.
        Step *first = &m_plan.steps.first();
        for (Step &s : m_plan.steps)
            if (s.phase < first->phase)
                first = &s;
        PreflightCheck longTx;
        longTx.check = u"long_transactions"_s;
        longTx.description = PostgresPlannerText::tr(
            "other sessions with a transaction open for more than a minute");
        longTx.hazard = Hazard::ExclusiveLock;
        longTx.informational = true;
        const QString where =
            u" FROM pg_catalog.pg_stat_activity WHERE pid <> pg_catalog.pg_backend_pid() AND "
            u"xact_start < now() - interval '1 minute'"_s;
        longTx.sql = u"SELECT count(*)"_s + where;
        longTx.samplesSql =
            u"SELECT pid || ' ' || coalesce(usename::text, '') || ' open ' || "
            u"date_trunc('second', now() - xact_start) || ': ' || left(coalesce(query, ''), 60)"_s +
            where + u" ORDER BY xact_start LIMIT 5"_s;
        QList<PreflightCheck> checks;
        if (!m_touched.isEmpty()) {
            QStringList names;
            QStringList sortedTouched = m_touched.values();
            sortedTouched.sort();
            for (const QString &t : std::as_const(sortedTouched))
                names << quoteLiteral(qualifiedText(t));
            PreflightCheck locks;
            locks.check = u"locks"_s;
            locks.description = PostgresPlannerText::tr(
                "other sessions holding locks on the tables the plan changes");
            locks.hazard = Hazard::ExclusiveLock;
            locks.informational = true;
            const QString from =
                u" FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid "
                u"WHERE l.pid <> pg_catalog.pg_backend_pid() AND l.relation IN (SELECT "
                u"pg_catalog.to_regclass(x) FROM unnest(ARRAY["_s +
                names.join(u", "_s) + u"]::text[]) AS x)"_s;
            locks.sql = u"SELECT count(DISTINCT l.pid)"_s + from;
            locks.samplesSql =
                u"SELECT DISTINCT a.pid || ' ' || coalesce(a.usename::text, '') || ' "
                u"' || l.mode || ' on ' || l.relation::regclass::text"_s +
                from + u" LIMIT 5"_s;
            checks << locks;
        }
        checks << longTx;
        first->preflight = checks + first->preflight;
    }

    const SchemaDiff &m_diff;
    const Schema &m_e;
    const Schema &m_a;
    const Resolutions &m_r;
    MigrationPlan m_plan;
    int m_serverVersion = 150000;

    QSet<QString> m_done;
    QSet<QString> m_skipped;                // resolved by another step (a table created whole …)
    QHash<QString, QString> m_tableRename;  // expected → actual
    QHash<QString, QString> m_tableCurrent; // actual → expected
    QHash<QString, QHash<QString, QString>> m_colRename; // expected table → (expected → actual)
    QHash<QString, QHash<QString, QString>> m_colCurrent; // actual table → (actual → expected)
    QSet<QString> m_rejectedTables;
    QSet<QString> m_createdSequences;
    QSet<QString> m_touched; // live tables, for the lock check

    QList<Blocker> m_fkBlockers;
    QHash<const Constraint *, QStringList> m_blockerObjects;
    QSet<QString> m_blockedTriggers; // "actual table|trigger"
    QSet<QString> m_blockedViews;
    QStringList m_blockedViewOrder;
    QHash<QString, QStringList> m_viewObjects;
    QList<const View *> m_missingViews;
    QSet<QString> m_droppedForGood; // views and triggers dropped on request: not re-created
    QList<QPair<const Table *, QString>> m_defaultBlockers;
};

} // namespace

Result<MigrationPlan> planPostgres(const SchemaDiff &diff, const Schema &expected,
                                   const Schema &actual, const Resolutions &resolutions)
{
    if (actual.dialect != Dialect::Postgres)
        return makeError(ErrorKind::Internal,
                         QCoreApplication::translate(
                             "sm::PostgresPlanner", "The PostgreSQL planner was given a %1 schema.")
                             .arg(dialectName(actual.dialect)));
    return PgPlanner(diff, expected, actual, resolutions).run();
}

} // namespace sm
