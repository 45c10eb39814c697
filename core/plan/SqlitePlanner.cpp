// SPDX-License-Identifier: MIT
// The SQLite planner (design §5.6): native ALTER TABLE where SQLite 3.40 allows it, otherwise
// SQLite's own 12-step rebuild from the expected CREATE text. Views and triggers that would make
// the rename fail are dropped first and re-created after; rowids and sqlite_sequence are kept.
// PRAGMA foreign_keys=OFF before BEGIN is the script's job (planToSql / the applier).

#include "Plan.h"
#include "SqliteRebuild.h"

#include "introspect/CreateTableReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sm {
namespace {

// This file's messages: lupdate files them under sm::SqlitePlanner, the context the runtime looks
// up.
struct SqlitePlannerText
{
    Q_DECLARE_TR_FUNCTIONS(sm::SqlitePlanner)
};

QString q(const QString &name)
{
    return quoteIdent(Dialect::Sqlite, name);
}

QString fold(const QString &s)
{
    return s.toLower();
}

// SQLite's affinity rules (datatype3 §3.1), in their order: FLOATING POINT is INTEGER.
enum class Affinity { Integer, Text, Blob, Real, Numeric };

Affinity affinityOf(const QString &declared, bool strict)
{
    const QString t = declared.trimmed().toUpper();
    if (strict && t == u"ANY")
        return Affinity::Blob; // stored as given, never converted
    if (t.contains(u"INT"))
        return Affinity::Integer;
    if (t.contains(u"CHAR") || t.contains(u"CLOB") || t.contains(u"TEXT"))
        return Affinity::Text;
    if (t.isEmpty() || t.contains(u"BLOB"))
        return Affinity::Blob;
    if (t.contains(u"REAL") || t.contains(u"FLOA") || t.contains(u"DOUB"))
        return Affinity::Real;
    return Affinity::Numeric;
}

QString affinityName(Affinity a)
{
    switch (a) {
    case Affinity::Integer:
        return u"INTEGER"_s;
    case Affinity::Text:
        return u"TEXT"_s;
    case Affinity::Blob:
        return u"BLOB"_s;
    case Affinity::Real:
        return u"REAL"_s;
    case Affinity::Numeric:
        return u"NUMERIC"_s;
    }
    return {};
}

bool isNumeric(Affinity a)
{
    return a == Affinity::Integer || a == Affinity::Real || a == Affinity::Numeric;
}

const Column *findColumn(const Table *t, const QString &name)
{
    if (!t)
        return nullptr;
    for (const Column &c : t->columns)
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return &c;
    return nullptr;
}

QString parsedConstraintLabel(const sqlite::ConstraintDef &k, const QString &column)
{
    Constraint c;
    c.kind = k.kind;
    c.name = k.name;
    c.columns = k.columns.isEmpty() ? QStringList{column} : k.columns;
    c.checkExpr = k.checkExpr;
    return constraintLabel(c);
}

const Constraint *findConstraint(const Table *t, const QString &label)
{
    if (!t)
        return nullptr;
    for (const Constraint &c : t->constraints)
        if (constraintLabel(c) == label)
            return &c;
    return nullptr;
}

// An INTEGER PRIMARY KEY is the rowid: copying it copies the rowid.
bool hasRowidAlias(const Table &t)
{
    if (t.withoutRowid)
        return false;
    const Constraint *pk = t.primaryKey();
    if (!pk || pk->columns.size() != 1)
        return false;
    const Column *c = findColumn(&t, pk->columns.first());
    return c && c->type.trimmed().compare(u"INTEGER"_s, Qt::CaseInsensitive) == 0;
}

bool contains(const QList<Hazard> &l, Hazard h)
{
    return l.contains(h);
}

void addHazard(QList<Hazard> &l, Hazard h)
{
    if (!contains(l, h))
        l.append(h);
}

// A default ADD COLUMN accepts: a constant, not CURRENT_* and not an expression in parentheses.
bool constantDefault(const QString &d)
{
    const QString t = d.trimmed().toUpper();
    return !t.startsWith(u'(') && t != u"CURRENT_TIME" && t != u"CURRENT_DATE" &&
           t != u"CURRENT_TIMESTAMP";
}

bool isNullLiteral(const std::optional<QString> &d)
{
    return !d || d->trimmed().compare(u"NULL"_s, Qt::CaseInsensitive) == 0;
}

// A kept index, written for `table` from its parsed CREATE INDEX text (the table may have been
// renamed since the text was stored).
std::optional<QString> indexSqlFor(const Index &ix, const QString &table)
{
    const sqlite::CreateIndex p = sqlite::readCreateIndex(ix.definition);
    if (!p.complete || p.columns.isEmpty())
        return std::nullopt;
    QStringList terms;
    for (const sqlite::IndexedColumn &t : p.columns)
        terms << t.text;
    QString s = (p.unique ? u"CREATE UNIQUE INDEX "_s : u"CREATE INDEX "_s) + q(ix.name) +
                u" ON "_s + q(table) + u" ("_s + terms.join(u", "_s) + u')';
    if (!p.where.isEmpty())
        s += u" WHERE "_s + p.where;
    return s;
}

// A kept trigger's text with its ON target renamed when its table was renamed.
QString retargetTrigger(const QString &definition, const QString &oldTable, const QString &newTable)
{
    if (oldTable.compare(newTable, Qt::CaseInsensitive) == 0)
        return definition;
    const QList<sqlite::SqlToken> tokens = sqlite::tokenizeSql(definition);
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        const sqlite::SqlToken &t = tokens[i];
        if (t.kind != sqlite::SqlToken::Kind::Word || QStringView(definition)
                                                          .mid(t.begin, t.end - t.begin)
                                                          .compare(u"ON"_s, Qt::CaseInsensitive))
            continue;
        const sqlite::SqlToken &n = tokens[i + 1];
        const QString name =
            sqlite::unquoteIdentifier(QStringView(definition).mid(n.begin, n.end - n.begin));
        if (name.compare(oldTable, Qt::CaseInsensitive) != 0)
            continue;
        QString out = definition;
        out.replace(n.begin, n.end - n.begin, q(newTable));
        return out;
    }
    return definition;
}

struct Mapped
{
    QString target; // column of the new table
    QString copy;   // INSERT … SELECT expression; empty: not copied, its default applies
    QString value;  // what a row will hold (pre-flight)
    QString raw;    // the value before any backfill (NULL counts)
    const Column *expected = nullptr;
    const Column *source = nullptr;
};

struct TableWork
{
    const Table *e = nullptr;
    const Table *a = nullptr;
    const Difference *rename = nullptr; // accepted renamed_table
    sqlite::CreateTable parsedE;
    sqlite::CreateTable parsedA;
    QHash<QString, QString> renamedFrom;   // fold(expected column) → live name (accepted)
    QSet<QString> newColumns;              // fold(expected column) with no live source
    QList<const Difference *> diffs;       // every difference of this table
    QList<const Difference *> missingCols; // missing columns (incl. rejected renames)
    QList<QPair<QString, const Difference *>> extraCols; // live name, its difference
    bool rebuild = false;
    QStringList reasons;
};

class SqlitePlanner
{
public:
    SqlitePlanner(const SchemaDiff &diff, const Schema &expected, const Schema &actual,
                  const Resolutions &resolutions)
        : m_diff(diff)
        , m_e(expected)
        , m_a(actual)
        , m_res(resolutions)
    {}

    Result<MigrationPlan> run();

private:
    bool rejected(const Difference &d, const QString &oldObject) const
    {
        return m_res.rejectRenames.contains(d.object) || m_res.rejectRenames.contains(oldObject);
    }
    bool dropRequested(const QString &object, const QString &alt = {}) const
    {
        return m_res.dropExtra || m_res.drop.contains(object) ||
               (!alt.isEmpty() && m_res.drop.contains(alt));
    }
    void handled(const Difference *d) { m_handled.insert(d); }
    void handled(QList<const Difference *> ds)
    {
        for (const Difference *d : ds)
            m_handled.insert(d);
    }

    QString backfillFor(const TableWork &w, const Column &c) const
    {
        QString v = Resolutions::lookup(m_res.backfill, w.e->schema, w.e->name, c.name);
        if (v.isEmpty() && w.a && w.a->name != w.e->name)
            v = Resolutions::lookup(m_res.backfill, w.a->schema, w.a->name, c.name);
        return v;
    }
    QString usingFor(const TableWork &w, const Column &c) const
    {
        QString v = Resolutions::lookup(m_res.usingExpr, w.e->schema, w.e->name, c.name);
        if (v.isEmpty() && w.a && w.a->name != w.e->name)
            v = Resolutions::lookup(m_res.usingExpr, w.a->schema, w.a->name, c.name);
        return v;
    }
    const Column *sourceOf(const TableWork &w, const Column &ec) const
    {
        if (w.newColumns.contains(fold(ec.name)))
            return nullptr;
        if (auto it = w.renamedFrom.constFind(fold(ec.name)); it != w.renamedFrom.cend())
            return findColumn(w.a, *it);
        return findColumn(w.a, ec.name);
    }
    bool needsBackfill(const TableWork &w, const Column &ec, const Column *src) const
    {
        if (!ec.notNull || !ec.generatedExpr.isEmpty())
            return false;
        if (hasRowidAlias(*w.e) &&
            w.e->primaryKey()->columns.first().compare(ec.name, Qt::CaseInsensitive) == 0)
            return false; // NULL becomes a new rowid
        if (src)
            return !src->notNull;
        return isNullLiteral(ec.defaultExpr);
    }
    bool typeChanged(const TableWork &w, const Column &ec) const
    {
        for (const Difference *d : w.diffs)
            if (d->kind == DiffKind::ColumnType &&
                d->name.compare(ec.name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }

    // The column mapping of a rebuild. `live`: names as the database has them now (pre-flight),
    // else as they are when the rebuild runs (after the native renames).
    QList<Mapped> mapColumns(const TableWork &w, bool live) const;
    QString sourceSelect(const TableWork &w, bool live, bool raw) const;

    void classify(TableWork &w);
    bool canAddNatively(const TableWork &w, const Column &ec, QSet<QString> *labels) const;
    bool canDropNatively(const TableWork &w, const QString &column) const;

    void planRenames(TableWork &w);
    void planCreate(const Table &t, const QList<const Difference *> &objects);
    void planNative(TableWork &w);
    void planRebuild(TableWork &w);
    void planIndexes(TableWork &w);
    void planViewsAndTriggers();
    void planExtraTables();
    void planStamp(const Difference &d);

    void addConstraintChecks(const TableWork &w, const Constraint &c, Step &s,
                             const QString &source) const;
    void addCastChecks(const TableWork &w, const Mapped &m, Step &s, const QString &source) const;
    QString liveTableName(const QString &expectedName) const;
    QString liveColumnName(const QString &expectedTable, const QString &column) const;

    const SchemaDiff &m_diff;
    const Schema &m_e;
    const Schema &m_a;
    const Resolutions &m_res;
    MigrationPlan m_plan;
    QList<TableWork> m_work;
    QSet<const Difference *> m_handled;
    QHash<QString, QString> m_rebuiltNames; // folded live and expected names → main.name
    QSet<QString> m_renamedLive;            // folded live names of tables renamed natively
    QList<Step> m_renameSteps, m_columnRenameSteps, m_createSteps, m_nativeSteps, m_rebuildSteps;
};

QString SqlitePlanner::liveTableName(const QString &expectedName) const
{
    for (const TableWork &w : m_work)
        if (w.e->name.compare(expectedName, Qt::CaseInsensitive) == 0)
            return w.a->name;
    return expectedName;
}

QString SqlitePlanner::liveColumnName(const QString &expectedTable, const QString &column) const
{
    for (const TableWork &w : m_work)
        if (w.e->name.compare(expectedTable, Qt::CaseInsensitive) == 0) {
            if (auto it = w.renamedFrom.constFind(fold(column)); it != w.renamedFrom.cend())
                return *it;
            return column;
        }
    return column;
}

QList<Mapped> SqlitePlanner::mapColumns(const TableWork &w, bool live) const
{
    QList<Mapped> out;
    for (const Column &ec : w.e->columns) {
        if (ec.hidden || !ec.generatedExpr.isEmpty())
            continue; // a generated column cannot be inserted into
        Mapped m;
        m.target = ec.name;
        m.expected = &ec;
        m.source = sourceOf(w, ec);
        const QString backfill = backfillFor(w, ec);
        const bool fill = needsBackfill(w, ec, m.source) && !backfill.isEmpty();
        if (m.source) {
            const bool renamed = w.renamedFrom.contains(fold(ec.name));
            QString base = q(live || !renamed ? m.source->name : ec.name);
            const QString usingExpr = typeChanged(w, ec) ? usingFor(w, ec) : QString();
            if (!usingExpr.isEmpty())
                base = u'(' + usingExpr + u')';
            m.raw = base;
            m.copy = fill ? u"coalesce("_s + base + u", ("_s + backfill + u"))"_s : base;
            m.value = m.copy;
        } else {
            m.raw = ec.defaultExpr ? u'(' + *ec.defaultExpr + u')' : u"NULL"_s;
            if (fill)
                m.copy = u'(' + backfill + u')';
            m.value = m.copy.isEmpty() ? m.raw : m.copy;
        }
        out << m;
    }
    // Extra columns the operator keeps travel with the table.
    for (const auto &[name, d] : w.extraCols) {
        if (dropRequested(d->object, w.e->qualifiedName() + u'.' + name))
            continue;
        const Column *c = findColumn(w.a, name);
        if (!c || !c->generatedExpr.isEmpty())
            continue;
        Mapped m;
        m.target = c->name;
        m.source = c;
        m.copy = m.value = m.raw = q(c->name);
        out << m;
    }
    return out;
}

QString SqlitePlanner::sourceSelect(const TableWork &w, bool live, bool raw) const
{
    QStringList cols;
    for (const Mapped &m : mapColumns(w, live))
        cols << (raw ? m.raw : m.value) + u" AS "_s + q(m.target);
    const QString table = live || !w.rename ? w.a->name : w.e->name;
    return u"(SELECT "_s + cols.join(u", "_s) + u" FROM "_s + q(table) + u')';
}

bool SqlitePlanner::canAddNatively(const TableWork &w, const Column &ec,
                                   QSet<QString> *labels) const
{
    if (!w.parsedE.complete || !ec.generatedExpr.isEmpty())
        return !ec.generatedExpr.isEmpty() && !ec.generatedStored && w.parsedE.complete &&
               !ec.notNull;
    const sqlite::ColumnDef *pc = w.parsedE.column(ec.name);
    if (!pc || pc->primaryKey || pc->unique)
        return false;
    if (pc->defaultExpr && !constantDefault(*pc->defaultExpr))
        return false;
    if (ec.notNull && isNullLiteral(pc->defaultExpr))
        return false;
    for (const sqlite::ConstraintDef &k : pc->constraints) {
        if (k.kind == ConstraintKind::PrimaryKey || k.kind == ConstraintKind::Unique)
            return false;
        if (k.kind == ConstraintKind::ForeignKey && !isNullLiteral(pc->defaultExpr))
            return false; // a REFERENCES column added with a value would need its parents
    }
    for (const sqlite::ConstraintDef &k : pc->constraints)
        labels->insert(parsedConstraintLabel(k, ec.name));
    return true;
}

bool SqlitePlanner::canDropNatively(const TableWork &w, const QString &column) const
{
    // SQLite refuses DROP COLUMN for a column in a key, index, CHECK, foreign key, generated
    // column, trigger or view; we refuse the same, by name, conservatively.
    if (!w.parsedA.complete)
        return false;
    const QString f = fold(column);
    const sqlite::ColumnDef *pc = w.parsedA.column(column);
    if (!pc || pc->primaryKey || pc->unique || !pc->constraints.isEmpty() || pc->generated)
        return false;
    for (const sqlite::ConstraintDef &k : w.parsedA.constraints) {
        for (const QString &c : k.columns)
            if (fold(c) == f)
                return false;
        if (sqlite::mentionedNames(k.text).contains(f))
            return false;
    }
    for (const sqlite::ColumnDef &c : w.parsedA.columns)
        if (c.generated && sqlite::mentionedNames(c.generatedExpr).contains(f))
            return false;
    for (const Index &ix : w.a->indexes) {
        for (const QString &c : ix.columns)
            if (fold(c) == f || sqlite::mentionedNames(c).contains(f))
                return false;
        if (sqlite::mentionedNames(ix.predicate).contains(f))
            return false;
    }
    for (const Table &t : m_a.tables)
        for (const Trigger &trg : t.triggers)
            if (sqlite::mentionedNames(trg.definition).contains(f))
                return false;
    for (const View &v : m_a.views)
        if (sqlite::mentionedNames(v.definition).contains(f))
            return false;
    // A child table's foreign key naming this column as its parent key.
    for (const Table &t : m_a.tables)
        for (const Constraint &c : t.constraints)
            if (c.kind == ConstraintKind::ForeignKey &&
                c.refTable.compare(w.a->name, Qt::CaseInsensitive) == 0)
                for (const QString &rc : c.refColumns)
                    if (fold(rc) == f)
                        return false;
    return true;
}

void SqlitePlanner::classify(TableWork &w)
{
    const QString table = w.e->qualifiedName();
    for (const Difference *d : std::as_const(w.diffs)) {
        switch (d->kind) {
        case DiffKind::RenamedColumn:
            if (rejected(*d, table + u'.' + d->actual.value_or(QString()))) {
                w.newColumns.insert(fold(d->name));
                w.missingCols << d;
                w.extraCols << qMakePair(d->actual.value_or(QString()), d);
            } else {
                w.renamedFrom.insert(fold(d->name), d->actual.value_or(QString()));
            }
            break;
        case DiffKind::MissingColumn:
            w.newColumns.insert(fold(d->name));
            w.missingCols << d;
            break;
        case DiffKind::ExtraColumn:
            w.extraCols << qMakePair(d->name, d);
            break;
        case DiffKind::ColumnType:
            w.rebuild = true;
            w.reasons << SqlitePlannerText::tr("change the type of %1 from %2 to %3")
                             .arg(d->name, d->actual.value_or(u"(none)"_s),
                                  d->expected.value_or(u"(none)"_s));
            break;
        case DiffKind::ColumnNullability:
            w.rebuild = true;
            w.reasons << (d->expected == u"NOT NULL"_s
                              ? SqlitePlannerText::tr("make %1 NOT NULL").arg(d->name)
                              : SqlitePlannerText::tr("let %1 hold NULL").arg(d->name));
            break;
        case DiffKind::ColumnDefault:
            w.rebuild = true;
            w.reasons << SqlitePlannerText::tr("set the default of %1 to %2")
                             .arg(d->name, d->expected.value_or(u"none"_s));
            break;
        case DiffKind::ColumnIdentity:
            w.rebuild = true;
            w.reasons << SqlitePlannerText::tr("change how %1 is generated").arg(d->name);
            break;
        case DiffKind::ChangedConstraint:
            w.rebuild = true;
            w.reasons << SqlitePlannerText::tr("change %1").arg(d->name);
            break;
        case DiffKind::ExtraConstraint:
            if (dropRequested(d->object)) {
                w.rebuild = true;
                w.reasons << SqlitePlannerText::tr("drop %1").arg(d->name);
            }
            break;
        default:
            break;
        }
    }

    // Columns ADD COLUMN can add, and the column-level constraints that come with them.
    QSet<QString> labels;
    for (const Difference *d : std::as_const(w.missingCols)) {
        const Column *ec = findColumn(w.e, d->name);
        if (!ec || !canAddNatively(w, *ec, &labels)) {
            w.rebuild = true;
            w.reasons << SqlitePlannerText::tr("add column %1").arg(d->name);
        }
    }
    for (const Difference *d : std::as_const(w.diffs))
        if (d->kind == DiffKind::MissingConstraint && !labels.contains(d->name)) {
            w.rebuild = true;
            w.reasons << SqlitePlannerText::tr("add %1").arg(d->name);
        }
    for (const auto &[name, d] : std::as_const(w.extraCols))
        if (dropRequested(d->object, table + u'.' + name) && !canDropNatively(w, name)) {
            w.rebuild = true;
            w.reasons << SqlitePlannerText::tr("drop column %1").arg(name);
        }
    if (w.rebuild && w.e->kind == TableKind::VirtualTable) {
        w.rebuild = false;
        m_plan.unresolved << SqlitePlannerText::tr(
                                 "%1 is a virtual table: SQLite cannot rebuild it (%2); re-create "
                                 "it by hand.")
                                 .arg(table, w.reasons.join(u"; "_s));
        handled(w.diffs);
    }
    if (w.rebuild) {
        m_rebuiltNames.insert(fold(w.a->name), w.e->qualifiedName());
        m_rebuiltNames.insert(fold(w.e->name), w.e->qualifiedName());
    }
}

void SqlitePlanner::planRenames(TableWork &w)
{
    if (w.rename) {
        Step s;
        s.phase = StepPhase::Tables;
        s.title = SqlitePlannerText::tr("Rename table %1 to %2")
                      .arg(w.a->qualifiedName(), w.e->qualifiedName());
        s.sql << u"ALTER TABLE "_s + q(w.a->name) + u" RENAME TO "_s + q(w.e->name);
        if (!w.rename->declared)
            addHazard(s.hazards, Hazard::RenameGuess);
        addHazard(s.hazards, Hazard::BackwardIncompatible);
        s.tables << w.a->qualifiedName() << w.e->qualifiedName();
        s.objects << w.rename->object;
        handled(w.rename);
        m_renameSteps << s;
    }
    const QString current = w.rename ? w.e->name : w.a->name;
    for (const Difference *d : std::as_const(w.diffs)) {
        if (d->kind != DiffKind::RenamedColumn || w.newColumns.contains(fold(d->name)))
            continue;
        Step s;
        s.phase = StepPhase::Tables;
        s.title = SqlitePlannerText::tr("Rename column %1.%2 to %3")
                      .arg(w.e->qualifiedName(), d->actual.value_or(QString()), d->name);
        s.sql << u"ALTER TABLE "_s + q(current) + u" RENAME COLUMN "_s +
                     q(d->actual.value_or(QString())) + u" TO "_s + q(d->name);
        if (!d->declared)
            addHazard(s.hazards, Hazard::RenameGuess);
        addHazard(s.hazards, Hazard::BackwardIncompatible);
        s.tables << w.e->qualifiedName();
        s.objects << d->object;
        handled(d);
        m_columnRenameSteps << s;
    }
}

void SqlitePlanner::planCreate(const Table &t, const QList<const Difference *> &objects)
{
    Step s;
    s.phase = StepPhase::Tables;
    s.title = SqlitePlannerText::tr("Create table %1").arg(t.qualifiedName());
    s.sql << t.createSql;
    for (const Index &ix : t.indexes)
        if (!ix.constraintIndex && !ix.definition.isEmpty())
            s.sql << ix.definition;
    s.tables << t.qualifiedName();
    for (const Difference *d : objects) {
        s.objects << d->object;
        handled(d);
    }
    m_createSteps << s;
    // Its triggers may read tables created later: they go with the other triggers.
    for (const Trigger &trg : t.triggers) {
        Step ts;
        ts.phase = StepPhase::Triggers;
        ts.title =
            SqlitePlannerText::tr("Create trigger %1 on %2").arg(trg.name, t.qualifiedName());
        ts.sql << trg.definition;
        ts.tables << t.qualifiedName();
        m_plan.steps << ts;
    }
}

void SqlitePlanner::addCastChecks(const TableWork &w, const Mapped &m, Step &s,
                                  const QString &source) const
{
    const Affinity target = affinityOf(m.expected->type, w.e->strict);
    const QString col = q(m.target);
    const QString where = w.e->qualifiedName() + u'.' + m.target;
    {
        PreflightCheck c;
        c.check = u"value_types"_s;
        c.description = SqlitePlannerText::tr("storage classes of the values in %1 now").arg(where);
        c.hazard = Hazard::CastMayFail;
        c.informational = true;
        c.sql = u"SELECT count(DISTINCT typeof("_s + col + u")) FROM "_s + source + u" AS s"_s;
        c.samplesSql = u"SELECT typeof("_s + col + u") || ': ' || count(*) FROM "_s + source +
                       u" AS s GROUP BY typeof("_s + col + u") ORDER BY count(*) DESC, 1 LIMIT 5"_s;
        s.preflight << c;
    }
    if (target == Affinity::Blob)
        return; // nothing is converted
    const QString type = affinityName(target);
    {
        // SQLite never fails a conversion: a value that cannot take the new type is kept as it
        // is (and a STRICT table refuses it). Compared under the CAST's affinity, a value that
        // converts compares equal to its own cast.
        PreflightCheck c;
        c.check = u"cast"_s;
        c.description = SqlitePlannerText::tr(
                            "values of %1 that will not be %2 after the copy (kept as they are; a "
                            "STRICT table refuses them)")
                            .arg(where, type);
        c.hazard = Hazard::CastMayFail;
        const QString cond =
            col + u" IS NOT NULL AND CAST("_s + col + u" AS "_s + type + u") IS NOT "_s + col;
        c.sql = u"SELECT count(*) FROM "_s + source + u" AS s WHERE "_s + cond;
        c.samplesSql = u"SELECT quote("_s + col + u") FROM "_s + source + u" AS s WHERE "_s + cond +
                       u" LIMIT 5"_s;
        s.preflight << c;
    }
    if (isNumeric(target)) {
        PreflightCheck c;
        c.check = u"cast"_s;
        c.description = SqlitePlannerText::tr(
                            "text values of %1 whose spelling is lost when stored as %2 (e.g. "
                            "'000123' becomes 123)")
                            .arg(where, type);
        c.hazard = Hazard::DataLoss;
        const QString cond = u"typeof("_s + col + u") = 'text' AND CAST("_s + col + u" AS "_s +
                             type + u") = "_s + col + u" AND CAST(CAST("_s + col + u" AS "_s +
                             type + u") AS TEXT) IS NOT "_s + col;
        c.sql = u"SELECT count(*) FROM "_s + source + u" AS s WHERE "_s + cond;
        c.samplesSql = u"SELECT quote("_s + col + u") || ' → ' || CAST("_s + col + u" AS "_s +
                       type + u") FROM "_s + source + u" AS s WHERE "_s + cond + u" LIMIT 5"_s;
        s.preflight << c;
    }
}

void SqlitePlanner::addConstraintChecks(const TableWork &w, const Constraint &k, Step &s,
                                        const QString &source) const
{
    const QString where = w.e->qualifiedName();
    PreflightCheck c;
    switch (k.kind) {
    case ConstraintKind::Check: {
        c.check = u"check_violation"_s;
        c.hazard = Hazard::CheckViolation;
        c.description = SqlitePlannerText::tr("rows of %1 that break CHECK (%2)")
                            .arg(where, k.checkExpr.simplified());
        // A CHECK fails only when its value is false; NULL passes.
        const QString cond = u"NOT coalesce(("_s + k.checkExpr + u"), 1)"_s;
        c.sql = u"SELECT count(*) FROM "_s + source + u" AS s WHERE "_s + cond;
        QStringList shown;
        const QSet<QString> names = sqlite::mentionedNames(k.checkExpr);
        for (const Column &col : w.e->columns)
            if (names.contains(fold(col.name)) && col.generatedExpr.isEmpty())
                shown << quoteLiteral(col.name + u'=') + u" || quote("_s + q(col.name) + u')';
        if (!shown.isEmpty())
            c.samplesSql = u"SELECT "_s + shown.join(u" || ', ' || "_s) + u" FROM "_s + source +
                           u" AS s WHERE "_s + cond + u" LIMIT 5"_s;
        addHazard(s.hazards, Hazard::CheckViolation);
        break;
    }
    case ConstraintKind::PrimaryKey:
    case ConstraintKind::Unique: {
        if (k.columns.isEmpty())
            return;
        if (k.kind == ConstraintKind::PrimaryKey && hasRowidAlias(*w.e))
            return; // the rowid is unique by construction
        c.check = u"duplicates"_s;
        c.hazard = Hazard::Duplicates;
        c.description = SqlitePlannerText::tr("groups of rows of %1 that share (%2)")
                            .arg(where, k.columns.join(u", "_s));
        QStringList cols, notNull, quoted;
        for (const QString &name : k.columns) {
            cols << q(name);
            notNull << q(name) + u" IS NOT NULL"_s;
            quoted << u"quote("_s + q(name) + u')';
        }
        const QString groups = u"SELECT "_s + quoted.join(u" || ', ' || "_s) +
                               u" || ' × ' || count(*) FROM "_s + source + u" AS s WHERE "_s +
                               notNull.join(u" AND "_s) + u" GROUP BY "_s + cols.join(u", "_s) +
                               u" HAVING count(*) > 1"_s;
        c.sql = u"SELECT count(*) FROM ("_s + groups + u')';
        c.samplesSql = groups + u" ORDER BY count(*) DESC LIMIT 5"_s;
        addHazard(s.hazards, Hazard::Duplicates);
        break;
    }
    case ConstraintKind::ForeignKey: {
        if (k.columns.isEmpty())
            return;
        c.check = u"orphans"_s;
        c.hazard = Hazard::Orphans;
        c.description = SqlitePlannerText::tr("rows of %1 whose (%2) has no parent in %3")
                            .arg(where, k.columns.join(u", "_s), k.refTable);
        QStringList parentCols = k.refColumns;
        const Table *parent = m_e.table(u"main"_s, k.refTable);
        if (parentCols.isEmpty() && parent && parent->primaryKey())
            parentCols = parent->primaryKey()->columns;
        QStringList notNull, match, quoted;
        for (const QString &name : k.columns) {
            notNull << u"s."_s + q(name) + u" IS NOT NULL"_s;
            quoted << u"quote(s."_s + q(name) + u')';
        }
        const QString liveParent = liveTableName(k.refTable);
        const Table *liveParentTable = m_a.table(u"main"_s, liveParent);
        bool parentKnown = liveParentTable && parentCols.size() == k.columns.size();
        for (qsizetype i = 0; parentKnown && i < k.columns.size(); ++i) {
            const QString pc = liveColumnName(k.refTable, parentCols[i]);
            if (!findColumn(liveParentTable, pc))
                parentKnown = false;
            match << u"p."_s + q(pc) + u" = s."_s + q(k.columns[i]);
        }
        QString cond = notNull.join(u" AND "_s);
        if (parentKnown)
            cond += u" AND NOT EXISTS (SELECT 1 FROM "_s + q(liveParent) + u" AS p WHERE "_s +
                    match.join(u" AND "_s) + u')';
        else
            c.exact = false; // the parent is not there yet: every child with a key counts
        c.sql = u"SELECT count(*) FROM "_s + source + u" AS s WHERE "_s + cond;
        c.samplesSql = u"SELECT "_s + quoted.join(u" || ', ' || "_s) + u" FROM "_s + source +
                       u" AS s WHERE "_s + cond + u" LIMIT 5"_s;
        addHazard(s.hazards, Hazard::Orphans);
        break;
    }
    case ConstraintKind::Exclusion:
        return;
    }
    s.preflight << c;
}

void SqlitePlanner::planNative(TableWork &w)
{
    const QString table = w.e->qualifiedName();
    const QString current = w.rename ? w.e->name : w.a->name;
    for (const Difference *d : std::as_const(w.missingCols)) {
        const Column *ec = findColumn(w.e, d->name);
        const sqlite::ColumnDef *pc = w.parsedE.column(d->name);
        if (!ec || !pc)
            continue;
        Step s;
        s.phase = StepPhase::Tables;
        s.title = SqlitePlannerText::tr("Add column %1.%2").arg(table, ec->name);
        s.sql << u"ALTER TABLE "_s + q(current) + u" ADD COLUMN "_s + pc->text;
        s.tables << table;
        s.objects << d->object;
        handled(d);
        // The column-level constraints come with it; SQLite tests its CHECKs on every row.
        const QString source = sourceSelect(w, true, false);
        for (const sqlite::ConstraintDef &k : pc->constraints) {
            const QString label = parsedConstraintLabel(k, ec->name);
            for (const Difference *cd : std::as_const(w.diffs))
                if (cd->kind == DiffKind::MissingConstraint && cd->name == label) {
                    s.objects << cd->object;
                    handled(cd);
                }
            if (const Constraint *c = findConstraint(w.e, label);
                c && c->kind == ConstraintKind::Check)
                addConstraintChecks(w, *c, s, source);
        }
        m_nativeSteps << s;
    }
    for (const auto &[name, d] : std::as_const(w.extraCols)) {
        const QString object = table + u'.' + name;
        if (!dropRequested(d->object, object)) {
            m_plan.kept << SqlitePlannerText::tr("%1 (extra column)").arg(object);
            handled(d);
            continue;
        }
        Step s;
        s.phase = StepPhase::Drops;
        s.title = SqlitePlannerText::tr("Drop column %1 and the values it holds").arg(object);
        s.sql << u"ALTER TABLE "_s + q(current) + u" DROP COLUMN "_s + q(name);
        s.hazards << Hazard::DataLoss << Hazard::BackwardIncompatible;
        s.tables << table;
        s.objects << d->object;
        PreflightCheck c;
        c.check = u"table_size"_s;
        c.hazard = Hazard::DataLoss;
        c.informational = true;
        c.description = SqlitePlannerText::tr("values in %1 that are lost (not NULL)").arg(object);
        c.sql =
            u"SELECT count(*) FROM "_s + q(w.a->name) + u" WHERE "_s + q(name) + u" IS NOT NULL"_s;
        s.preflight << c;
        handled(d);
        m_plan.steps << s;
    }
    for (const Difference *d : std::as_const(w.diffs))
        if (d->kind == DiffKind::ExtraConstraint && !dropRequested(d->object)) {
            m_plan.kept << SqlitePlannerText::tr("%1 (extra constraint)").arg(d->object);
            handled(d);
        }
}

void SqlitePlanner::planRebuild(TableWork &w)
{
    const QString table = w.e->qualifiedName();
    const QString current = w.rename ? w.e->name : w.a->name;
    const QString temp = u"_sm_new_"_s + w.e->name;

    // Kept extras go into the new table as the live table declares them.
    QStringList keptColumns, keptConstraints;
    bool dropsData = false;
    for (const auto &[name, d] : std::as_const(w.extraCols)) {
        const QString object = table + u'.' + name;
        if (dropRequested(d->object, object)) {
            dropsData = true;
            continue;
        }
        const sqlite::ColumnDef *pc = w.parsedA.column(name);
        if (pc)
            keptColumns << pc->text;
        m_plan.kept << SqlitePlannerText::tr("%1 (extra column)").arg(object);
    }
    bool dropsSomething = dropsData;
    for (const Difference *d : std::as_const(w.diffs)) {
        if (d->kind != DiffKind::ExtraConstraint)
            continue;
        if (dropRequested(d->object)) {
            dropsSomething = true;
            continue;
        }
        const Constraint *c = findConstraint(w.a, d->name);
        // Two primary keys cannot be; the expected one wins.
        if (!c || (c->kind == ConstraintKind::PrimaryKey && w.e->primaryKey()))
            continue;
        keptConstraints << (c->name.isEmpty() ? QString() : u"CONSTRAINT "_s + q(c->name) + u' ') +
                               c->definition;
        m_plan.kept << SqlitePlannerText::tr("%1 (extra constraint)").arg(d->object);
    }

    auto renamedSql = sqlite::renameCreateTable(w.e->createSql, q(temp));
    std::optional<QString> createSql;
    if (renamedSql)
        createSql = sqlite::extendCreateTable(*renamedSql, keptColumns, keptConstraints);
    if (!createSql) {
        m_plan.unresolved << SqlitePlannerText::tr(
                                 "The CREATE text of %1 could not be rewritten for a rebuild (%2); "
                                 "change it by hand.")
                                 .arg(table, w.reasons.join(u"; "_s));
        handled(w.diffs);
        return;
    }

    Step s;
    s.phase = StepPhase::Tables;
    s.title = SqlitePlannerText::tr(
                  "Rebuild %1 (%2) with SQLite's 12-step procedure; PRAGMA foreign_keys must be "
                  "OFF, set before BEGIN, or dropping the old table fires ON DELETE actions")
                  .arg(table, w.reasons.join(u", "_s));
    s.hazards << Hazard::TableRewrite << Hazard::ExclusiveLock;
    s.tables << table;

    const QList<Mapped> rebuildMap = mapColumns(w, false);
    QStringList targets, exprs;
    const bool copyRowid = !w.e->withoutRowid && !w.a->withoutRowid && !hasRowidAlias(*w.e);
    if (copyRowid) {
        targets << u"rowid"_s;
        exprs << u"rowid"_s;
    }
    for (const Mapped &m : rebuildMap)
        if (!m.copy.isEmpty()) {
            targets << q(m.target);
            exprs << m.copy;
        }
    s.sql << *createSql;
    s.sql << u"INSERT INTO "_s + q(temp) + u" ("_s + targets.join(u", "_s) + u") SELECT "_s +
                 exprs.join(u", "_s) + u" FROM "_s + q(current);
    if (w.e->autoincrement && w.a->autoincrement) {
        // DROP TABLE deletes the old sqlite_sequence row and the copy only raised the new one
        // to the largest id copied; keep the larger, so that deleted ids are never reused.
        const QString t = quoteLiteral(temp), c = quoteLiteral(current);
        s.sql << u"INSERT INTO sqlite_sequence (name, seq) SELECT "_s + t +
                     u", seq FROM sqlite_sequence WHERE name = "_s + c +
                     u" AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = "_s + t + u')';
        s.sql << u"UPDATE sqlite_sequence SET seq = (SELECT max(seq) FROM sqlite_sequence WHERE "
                 "name IN ("_s +
                     c + u", "_s + t + u")) WHERE name = "_s + t;
    }
    s.sql << u"DROP TABLE "_s + q(current);
    s.sql << u"ALTER TABLE "_s + q(temp) + u" RENAME TO "_s + q(w.e->name);

    // Indexes: the expected ones, and the live ones the operator keeps.
    for (const Index &ix : w.e->indexes)
        if (!ix.constraintIndex && !ix.definition.isEmpty())
            s.sql << ix.definition;
    for (const Difference *d : std::as_const(w.diffs)) {
        if (d->kind != DiffKind::ExtraIndex)
            continue;
        handled(d);
        s.objects << d->object;
        if (dropRequested(d->object)) {
            dropsSomething = true;
            continue;
        }
        for (const Index &ix : w.a->indexes)
            if (ix.name == d->name)
                if (auto sql = indexSqlFor(ix, w.e->name)) {
                    s.sql << *sql;
                    m_plan.kept << SqlitePlannerText::tr("%1 (extra index)").arg(d->object);
                }
    }

    // Pre-flight, over the rows as they will be copied.
    const QString source = sourceSelect(w, true, false);
    const QString rawSource = sourceSelect(w, true, true);
    {
        PreflightCheck c;
        c.check = u"table_size"_s;
        c.description = SqlitePlannerText::tr("rows of %1 copied by the rebuild").arg(table);
        c.hazard = Hazard::TableRewrite;
        c.informational = true;
        c.sql = u"SELECT count(*) FROM "_s + q(w.a->name);
        s.preflight << c;
    }
    const QList<Mapped> liveMap = mapColumns(w, true);
    for (const Mapped &m : liveMap) {
        if (!m.expected)
            continue;
        const QString object = table + u'.' + m.target;
        if (m.source && typeChanged(w, *m.expected)) {
            addHazard(s.hazards, Hazard::CastMayFail);
            const Affinity from = affinityOf(m.source->type, w.a->strict);
            const Affinity to = affinityOf(m.expected->type, w.e->strict);
            if (isNumeric(to) && !isNumeric(from))
                addHazard(s.hazards, Hazard::DataLoss);
            addCastChecks(w, m, s, source);
        }
        if (needsBackfill(w, *m.expected, m.source)) {
            const bool filled = !backfillFor(w, *m.expected).isEmpty();
            PreflightCheck c;
            c.check = u"nulls"_s;
            c.hazard = Hazard::NotNullViolation;
            c.informational = filled;
            c.description =
                filled ? SqlitePlannerText::tr("rows of %1 that get the backfill value").arg(object)
                       : SqlitePlannerText::tr("rows of %1 that hold NULL").arg(object);
            c.sql = u"SELECT count(*) FROM "_s + rawSource + u" AS s WHERE "_s + q(m.target) +
                    u" IS NULL"_s;
            s.preflight << c;
            if (!filled) {
                addHazard(s.hazards, Hazard::NotNullViolation);
                m_plan.unresolved
                    << (m.source ? SqlitePlannerText::tr(
                                       "%1 becomes NOT NULL: give --backfill %1=EXPR for the "
                                       "existing NULLs")
                                       .arg(object)
                                 : SqlitePlannerText::tr(
                                       "%1 is a new NOT NULL column without a default: give "
                                       "--backfill %1=EXPR for the existing rows")
                                       .arg(object));
            }
        }
    }
    for (const Difference *d : std::as_const(w.diffs)) {
        if (d->kind != DiffKind::MissingConstraint && d->kind != DiffKind::ChangedConstraint)
            continue;
        if (const Constraint *c = findConstraint(w.e, d->name))
            addConstraintChecks(w, *c, s, source);
    }
    for (const Difference *d : std::as_const(w.diffs))
        if ((d->kind == DiffKind::MissingIndex || d->kind == DiffKind::ChangedIndex))
            for (const Index &ix : w.e->indexes)
                if (ix.name == d->name && ix.unique) {
                    Constraint u;
                    u.kind = ConstraintKind::Unique;
                    u.columns = ix.columns;
                    addConstraintChecks(w, u, s, source);
                }
    if (dropsData)
        addHazard(s.hazards, Hazard::DataLoss);
    if (dropsSomething)
        addHazard(s.hazards, Hazard::BackwardIncompatible);

    for (const Difference *d : std::as_const(w.diffs)) {
        if (m_handled.contains(d) || d->kind == DiffKind::MissingTrigger ||
            d->kind == DiffKind::ChangedTrigger || d->kind == DiffKind::ExtraTrigger)
            continue;
        s.objects << d->object;
        handled(d);
    }
    // Preserve pre-flight ordering: facts first, then what may fail.
    m_rebuildSteps << s;
}

void SqlitePlanner::planIndexes(TableWork &w)
{
    const QString table = w.e->qualifiedName();
    for (const Difference *d : std::as_const(w.diffs)) {
        if (d->kind == DiffKind::MissingIndex || d->kind == DiffKind::ChangedIndex) {
            const auto ix = std::find_if(w.e->indexes.cbegin(), w.e->indexes.cend(),
                                         [&](const Index &i) { return i.name == d->name; });
            if (ix == w.e->indexes.cend() || ix->definition.isEmpty())
                continue;
            Step s;
            s.phase = StepPhase::Indexes;
            s.tables << table;
            s.objects << d->object;
            if (d->kind == DiffKind::ChangedIndex) {
                // SQLite cannot rename an index: drop the live one the diff paired with it.
                QString old;
                for (const Index &ai : w.a->indexes) {
                    if (ai.constraintIndex || ai.unique != ix->unique ||
                        std::any_of(w.e->indexes.cbegin(), w.e->indexes.cend(),
                                    [&](const Index &i) { return i.name == ai.name; }))
                        continue;
                    QStringList ac, ec;
                    for (const QString &c : ai.columns)
                        ac << normalizeSqlText(liveColumnName(w.e->name, c));
                    for (const QString &c : ix->columns)
                        ec << normalizeSqlText(liveColumnName(w.e->name, c));
                    if (ac == ec) {
                        old = ai.name;
                        break;
                    }
                }
                if (old.isEmpty())
                    continue;
                s.title = SqlitePlannerText::tr("Re-create index %1 on %2 as %3")
                              .arg(old, table, ix->name);
                s.sql << u"DROP INDEX "_s + q(old);
            } else {
                s.title = SqlitePlannerText::tr("Create index %1 on %2").arg(ix->name, table);
            }
            s.sql << ix->definition;
            if (ix->unique) {
                Constraint u;
                u.kind = ConstraintKind::Unique;
                u.columns = ix->columns;
                addConstraintChecks(w, u, s, sourceSelect(w, true, false));
            }
            handled(d);
            m_plan.steps << s;
        } else if (d->kind == DiffKind::ExtraIndex) {
            handled(d);
            if (!dropRequested(d->object)) {
                m_plan.kept << SqlitePlannerText::tr("%1 (extra index)").arg(d->object);
                continue;
            }
            Step s;
            s.phase = StepPhase::Drops;
            s.title = SqlitePlannerText::tr("Drop index %1 on %2").arg(d->name, table);
            s.sql << u"DROP INDEX "_s + q(d->name);
            s.hazards << Hazard::BackwardIncompatible;
            s.tables << table;
            s.objects << d->object;
            m_plan.steps << s;
        }
    }
}

void SqlitePlanner::planViewsAndTriggers()
{
    // Diff objects of views and triggers, by folded name.
    QHash<QString, QList<const Difference *>> viewDiffs, triggerDiffs;
    for (const Difference &d : m_diff.differences) {
        switch (d.kind) {
        case DiffKind::MissingView:
        case DiffKind::ChangedView:
        case DiffKind::ExtraView:
            viewDiffs[fold(d.name.contains(u'.') ? d.name.mid(d.name.lastIndexOf(u'.') + 1)
                                                 : d.name)]
                << &d;
            break;
        case DiffKind::MissingTrigger:
        case DiffKind::ChangedTrigger:
        case DiffKind::ExtraTrigger:
            triggerDiffs[fold(d.name)] << &d;
            break;
        default:
            break;
        }
    }
    auto diffOf = [](const QList<const Difference *> &l, DiffKind k) -> const Difference * {
        for (const Difference *d : l)
            if (d->kind == k)
                return d;
        return nullptr;
    };

    // ---- views ------------------------------------------------------------------------------
    // A view that reads a rebuilt table makes its rename fail: drop it first, with every view
    // that reads a dropped view, and re-create them after.
    QHash<QString, QString> dropViews; // folded name → reason
    for (const View &v : m_a.views) {
        const QSet<QString> names = sqlite::mentionedNames(v.definition);
        for (auto it = m_rebuiltNames.cbegin(); it != m_rebuiltNames.cend(); ++it)
            if (names.contains(it.key())) {
                dropViews.insert(fold(v.name),
                                 SqlitePlannerText::tr("it reads %1, which is rebuilt").arg(*it));
                break;
            }
    }
    for (bool grew = true; grew;) {
        grew = false;
        for (const View &v : m_a.views) {
            if (dropViews.contains(fold(v.name)))
                continue;
            const QSet<QString> names = sqlite::mentionedNames(v.definition);
            for (auto it = dropViews.cbegin(); it != dropViews.cend(); ++it)
                if (names.contains(it.key())) {
                    dropViews.insert(fold(v.name),
                                     SqlitePlannerText::tr("it reads a view dropped before it"));
                    grew = true;
                    break;
                }
        }
    }
    for (const View &v : m_a.views) {
        const auto &ds = viewDiffs.value(fold(v.name));
        if (diffOf(ds, DiffKind::ChangedView) && !dropViews.contains(fold(v.name)))
            dropViews.insert(fold(v.name), SqlitePlannerText::tr("to re-create it as expected"));
    }

    struct Create
    {
        QString name;
        QString sql;
        QStringList objects;
        QString table; // triggers
    };
    QList<Create> createViews;
    for (const View &v : m_a.views) {
        const QString f = fold(v.name);
        const QList<const Difference *> ds = viewDiffs.value(f);
        const Difference *extra = diffOf(ds, DiffKind::ExtraView);
        if (!dropViews.contains(f)) {
            if (extra) {
                handled(extra);
                if (!dropRequested(extra->object)) {
                    m_plan.kept << SqlitePlannerText::tr("%1 (extra view)").arg(extra->object);
                } else {
                    Step s;
                    s.phase = StepPhase::Drops;
                    s.title = SqlitePlannerText::tr("Drop view %1").arg(v.qualifiedName());
                    s.sql << u"DROP VIEW "_s + q(v.name);
                    s.hazards << Hazard::BackwardIncompatible;
                    s.objects << extra->object;
                    m_plan.steps << s;
                }
            }
            continue;
        }
        Step s;
        s.phase = StepPhase::RemoveBlockers;
        s.title =
            SqlitePlannerText::tr("Drop view %1 (%2)").arg(v.qualifiedName(), dropViews.value(f));
        s.sql << u"DROP VIEW "_s + q(v.name);
        const auto ev = std::find_if(m_e.views.cbegin(), m_e.views.cend(),
                                     [&](const View &x) { return fold(x.name) == f; });
        Create c;
        c.name = v.name;
        if (ev != m_e.views.cend()) {
            c.sql = ev->definition;
            if (const Difference *d = diffOf(ds, DiffKind::ChangedView)) {
                c.objects << d->object;
                handled(d);
            }
        } else if (extra && dropRequested(extra->object)) {
            s.hazards << Hazard::BackwardIncompatible;
            s.objects << extra->object;
            handled(extra);
        } else {
            c.sql = v.definition;
            if (extra) {
                m_plan.kept << SqlitePlannerText::tr("%1 (extra view)").arg(extra->object);
                handled(extra);
            }
        }
        if (!c.sql.isEmpty())
            createViews << c;
        m_plan.steps << s;
    }
    for (const View &ev : m_e.views) {
        const QList<const Difference *> ds = viewDiffs.value(fold(ev.name));
        if (const Difference *d = diffOf(ds, DiffKind::MissingView)) {
            createViews << Create{ev.name, ev.definition, {d->object}, {}};
            handled(d);
        }
    }
    // Views that read other views being created come after them.
    {
        QList<Create> ordered;
        QSet<QString> placed;
        while (!createViews.isEmpty()) {
            qsizetype pick = 0;
            for (qsizetype i = 0; i < createViews.size(); ++i) {
                const QSet<QString> names = sqlite::mentionedNames(createViews[i].sql);
                const bool waits =
                    std::any_of(createViews.cbegin(), createViews.cend(), [&](const Create &o) {
                        return &o != &createViews[i] && names.contains(fold(o.name));
                    });
                if (!waits) {
                    pick = i;
                    break;
                }
            }
            placed.insert(fold(createViews[pick].name));
            ordered << createViews.takeAt(pick);
        }
        for (const Create &c : std::as_const(ordered)) {
            Step s;
            s.phase = StepPhase::Views;
            s.title = SqlitePlannerText::tr("Create view main.%1").arg(c.name);
            s.sql << c.sql;
            s.objects = c.objects;
            m_plan.steps << s;
        }
    }

    // ---- triggers -----------------------------------------------------------------------------
    // Every trigger on a rebuilt table, or whose body names one, is dropped before the rebuilds
    // (the rename of the new table fails while one of them names the old one) and re-created
    // after them all.
    auto expectedTrigger = [&](const QString &name) -> std::pair<const Table *, const Trigger *> {
        for (const Table &t : m_e.tables)
            for (const Trigger &trg : t.triggers)
                if (fold(trg.name) == fold(name))
                    return {&t, &trg};
        return {nullptr, nullptr};
    };
    auto expectedNameOf = [&](const Table &live) -> QString {
        for (const TableWork &w : m_work)
            if (w.a == &live)
                return w.e->name;
        return live.name;
    };
    for (const Table &t : m_a.tables) {
        for (const Trigger &trg : t.triggers) {
            const QString f = fold(trg.name);
            const QList<const Difference *> ds = triggerDiffs.value(f);
            const Difference *extra = diffOf(ds, DiffKind::ExtraTrigger);
            const Difference *changed = diffOf(ds, DiffKind::ChangedTrigger);
            bool blocker = m_rebuiltNames.contains(fold(t.name));
            if (!blocker) {
                const QSet<QString> names = sqlite::mentionedNames(trg.definition);
                for (auto it = m_rebuiltNames.cbegin(); !blocker && it != m_rebuiltNames.cend();
                     ++it)
                    blocker = names.contains(it.key());
            }
            const bool dropIt = extra && dropRequested(extra->object);
            if (!blocker && !changed) {
                if (extra) {
                    handled(extra);
                    if (!dropIt) {
                        m_plan.kept
                            << SqlitePlannerText::tr("%1 (extra trigger)").arg(extra->object);
                        continue;
                    }
                    Step s;
                    s.phase = StepPhase::Drops;
                    s.title = SqlitePlannerText::tr("Drop trigger %1 on %2")
                                  .arg(trg.name, t.qualifiedName());
                    s.sql << u"DROP TRIGGER "_s + q(trg.name);
                    s.hazards << Hazard::BackwardIncompatible;
                    s.tables << t.qualifiedName();
                    s.objects << extra->object;
                    m_plan.steps << s;
                }
                continue;
            }
            Step s;
            s.phase = StepPhase::RemoveBlockers;
            s.title =
                blocker
                    ? SqlitePlannerText::tr("Drop trigger %1 on %2 until its tables are rebuilt")
                          .arg(trg.name, t.qualifiedName())
                    : SqlitePlannerText::tr("Drop trigger %1 on %2 to re-create it as expected")
                          .arg(trg.name, t.qualifiedName());
            s.sql << u"DROP TRIGGER IF EXISTS "_s + q(trg.name);
            s.tables << t.qualifiedName();
            const auto [et, etr] = expectedTrigger(trg.name);
            Step c;
            c.phase = StepPhase::Triggers;
            if (etr) {
                c.title = SqlitePlannerText::tr("Create trigger %1 on %2")
                              .arg(etr->name, et->qualifiedName());
                c.sql << etr->definition;
                c.tables << et->qualifiedName();
                if (changed) {
                    c.objects << changed->object;
                    handled(changed);
                }
            } else if (dropIt) {
                s.hazards << Hazard::BackwardIncompatible;
                s.objects << extra->object;
                handled(extra);
            } else {
                const QString target = expectedNameOf(t);
                c.title =
                    SqlitePlannerText::tr("Re-create trigger %1 on main.%2").arg(trg.name, target);
                c.sql << retargetTrigger(trg.definition, t.name, target);
                c.tables << u"main."_s + target;
                if (extra) {
                    m_plan.kept << SqlitePlannerText::tr("%1 (extra trigger)").arg(extra->object);
                    handled(extra);
                }
            }
            m_plan.steps << s;
            if (!c.sql.isEmpty())
                m_plan.steps << c;
        }
    }
    for (auto it = triggerDiffs.cbegin(); it != triggerDiffs.cend(); ++it) {
        const Difference *d = diffOf(*it, DiffKind::MissingTrigger);
        if (!d || m_handled.contains(d))
            continue;
        const auto [et, etr] = expectedTrigger(d->name);
        if (!etr)
            continue;
        Step c;
        c.phase = StepPhase::Triggers;
        c.title =
            SqlitePlannerText::tr("Create trigger %1 on %2").arg(etr->name, et->qualifiedName());
        c.sql << etr->definition;
        c.tables << et->qualifiedName();
        c.objects << d->object;
        handled(d);
        m_plan.steps << c;
    }
}

void SqlitePlanner::planStamp(const Difference &d)
{
    const QString version =
        m_res.stampVersion.isEmpty() ? d.expected.value_or(QString()) : m_res.stampVersion;
    const QString current = d.actual.value_or(SqlitePlannerText::tr("no version"));
    if (!m_res.stamp) {
        m_plan.kept << SqlitePlannerText::tr(
                           "%1 (migration history says %2, expected %3; give --stamp to write it)")
                           .arg(d.object, current, version);
        handled(&d);
        return;
    }
    const MigrationHistory *history = nullptr;
    for (const Schema *s : {&m_a, &m_e})
        for (const MigrationHistory &h : s->migrationHistory)
            if (!history && h.schema + u'.' + h.table == d.table)
                history = &h;
    handled(&d);
    if (!history || history->tool != u"alembic" || version.isEmpty()) {
        m_plan.unresolved << SqlitePlannerText::tr(
                                 "%1: stamping this kind of migration history is not supported; "
                                 "set it to %2 with the framework's own tool.")
                                 .arg(d.object, version.isEmpty()
                                                    ? SqlitePlannerText::tr("the expected version")
                                                    : version);
        return;
    }
    Step s;
    s.phase = StepPhase::Stamp;
    s.title =
        SqlitePlannerText::tr("Stamp %1 at version %2 (was %3)").arg(d.object, version, current);
    s.sql << u"DELETE FROM "_s + q(history->table);
    s.sql << u"INSERT INTO "_s + q(history->table) + u" (version_num) VALUES ("_s +
                 quoteLiteral(version) + u')';
    s.tables << d.table;
    s.objects << d.object;
    m_plan.steps << s;
}

void SqlitePlanner::planExtraTables()
{
    for (const Difference &d : m_diff.differences) {
        if (d.kind != DiffKind::ExtraTable)
            continue;
        handled(&d);
        if (!dropRequested(d.object)) {
            m_plan.kept << SqlitePlannerText::tr("%1 (extra table)").arg(d.object);
            continue;
        }
        const Table *t = m_a.table(d.object);
        if (!t)
            continue;
        Step s;
        s.phase = StepPhase::Drops;
        s.title = SqlitePlannerText::tr("Drop table %1 and every row in it").arg(d.object);
        s.sql << u"DROP TABLE "_s + q(t->name);
        s.hazards << Hazard::DataLoss << Hazard::BackwardIncompatible;
        s.tables << d.object;
        s.objects << d.object;
        PreflightCheck c;
        c.check = u"table_size"_s;
        c.hazard = Hazard::DataLoss;
        c.informational = true;
        c.description = SqlitePlannerText::tr("rows of %1 that are lost").arg(d.object);
        c.sql = u"SELECT count(*) FROM "_s + q(t->name);
        s.preflight << c;
        m_plan.steps << s;
    }
}

Result<MigrationPlan> SqlitePlanner::run()
{
    m_plan.dialect = Dialect::Sqlite;

    // Table pairing: accepted renames pair the expected table with the old live one; a rejected
    // rename is a missing table plus an extra one.
    QHash<QString, const Difference *> renames, rejectedRenames; // expected qualified → diff
    for (const Difference &d : m_diff.differences)
        if (d.kind == DiffKind::RenamedTable) {
            if (rejected(d, d.actual.value_or(QString())))
                rejectedRenames.insert(d.object, &d);
            else
                renames.insert(d.object, &d);
        }
    QHash<QString, QList<const Difference *>> byTable;
    QHash<QString, const Difference *> missingTables;
    for (const Difference &d : m_diff.differences) {
        if (d.kind == DiffKind::MissingTable)
            missingTables.insert(d.object, &d);
        else if (!d.table.isEmpty() && d.kind != DiffKind::RenamedTable &&
                 d.kind != DiffKind::ExtraTable && d.kind != DiffKind::MigrationVersion)
            byTable[d.table] << &d;
    }

    QList<const Table *> toCreate;
    QHash<const Table *, QList<const Difference *>> createObjects;
    for (const Table &e : m_e.tables) {
        const QString name = e.qualifiedName();
        if (const Difference *r = rejectedRenames.value(name)) {
            toCreate << &e;
            createObjects[&e] << r << byTable.value(name);
            // The old table stays unless the operator drops it.
            const QString old = r->actual.value_or(QString());
            if (dropRequested(old, r->object)) {
                if (const Table *t = m_a.table(old)) {
                    Step s;
                    s.phase = StepPhase::Drops;
                    s.title = SqlitePlannerText::tr("Drop table %1 and every row in it").arg(old);
                    s.sql << u"DROP TABLE "_s + q(t->name);
                    s.hazards << Hazard::DataLoss << Hazard::BackwardIncompatible;
                    s.tables << old;
                    m_plan.steps << s;
                }
            } else {
                m_plan.kept
                    << SqlitePlannerText::tr("%1 (extra table; not renamed to %2)").arg(old, name);
            }
            continue;
        }
        if (const Difference *m = missingTables.value(name)) {
            toCreate << &e;
            createObjects[&e] << m;
            continue;
        }
        const Difference *r = renames.value(name);
        const Table *a = r ? m_a.table(r->actual.value_or(QString())) : m_a.table(name);
        if (!a)
            continue;
        TableWork w;
        w.e = &e;
        w.a = a;
        w.rename = r;
        w.parsedE = sqlite::readCreateTable(e.createSql);
        w.parsedA = sqlite::readCreateTable(a->createSql);
        w.diffs = byTable.value(name);
        m_work << w;
    }

    for (TableWork &w : m_work)
        classify(w);

    // Tables phase, in this order: renames, new tables (parents first), native ALTERs, rebuilds.
    for (TableWork &w : m_work)
        planRenames(w);
    {
        QList<const Table *> ordered;
        QSet<QString> placed;
        while (!toCreate.isEmpty()) {
            qsizetype pick = 0; // a cycle: take the first
            for (qsizetype i = 0; i < toCreate.size(); ++i) {
                const Table *t = toCreate[i];
                const bool waits = std::any_of(
                    t->constraints.cbegin(), t->constraints.cend(), [&](const Constraint &c) {
                        return c.kind == ConstraintKind::ForeignKey &&
                               c.refTable.compare(t->name, Qt::CaseInsensitive) != 0 &&
                               std::any_of(toCreate.cbegin(), toCreate.cend(), [&](const Table *o) {
                                   return o != t &&
                                          o->name.compare(c.refTable, Qt::CaseInsensitive) == 0;
                               });
                    });
                if (!waits) {
                    pick = i;
                    break;
                }
            }
            ordered << toCreate.takeAt(pick);
        }
        for (const Table *t : std::as_const(ordered))
            planCreate(*t, createObjects.value(t));
    }
    for (TableWork &w : m_work) {
        if (w.rebuild)
            planRebuild(w);
        else
            planNative(w);
        if (!w.rebuild)
            planIndexes(w);
    }
    planViewsAndTriggers();
    planExtraTables();
    for (const Difference &d : m_diff.differences)
        if (d.kind == DiffKind::MigrationVersion)
            planStamp(d);

    QList<Step> steps;
    steps << m_renameSteps << m_columnRenameSteps << m_createSteps << m_nativeSteps
          << m_rebuildSteps << m_plan.steps;
    m_plan.steps = steps;

    for (const Difference &d : m_diff.differences)
        if (!m_handled.contains(&d))
            m_plan.unresolved << SqlitePlannerText::tr(
                                     "%1: the SQLite planner has no repair for a %2 difference.")
                                     .arg(d.object, diffKindName(d.kind));
    return std::move(m_plan);
}

} // namespace

Result<MigrationPlan> planSqlite(const SchemaDiff &diff, const Schema &expected,
                                 const Schema &actual, const Resolutions &resolutions)
{
    if (actual.dialect != Dialect::Sqlite)
        return makeError(ErrorKind::Internal,
                         QCoreApplication::translate("sm::SqlitePlanner",
                                                     "The SQLite planner was given a %1 schema.")
                             .arg(dialectName(actual.dialect)));
    return SqlitePlanner(diff, expected, actual, resolutions).run();
}

} // namespace sm
