// SPDX-License-Identifier: MIT
#include "SchemaText.h"

#include "util/Plural.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sm {
namespace {

// This file's messages: lupdate files them under sm::SchemaText, the context the runtime looks up.
struct SchemaTextText
{
    Q_DECLARE_TR_FUNCTIONS(sm::SchemaText)
};

// Lays rows out in columns padded to the widest cell; the last column is never padded.
QString alignRows(const QList<QStringList> &rows, const QString &indent)
{
    QList<qsizetype> widths;
    for (const QStringList &r : rows)
        for (qsizetype i = 0; i < r.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], r[i].size());
        }
    QString out;
    for (const QStringList &r : rows) {
        QString line = indent;
        for (qsizetype i = 0; i < r.size(); ++i) {
            line += i + 1 < r.size() ? r[i].leftJustified(widths[i] + 2) : r[i];
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out += line + u'\n';
    }
    return out;
}

// "(a > 0)" stays as it is; "a > 0" gets its parentheses. Never "((a > 0))".
QString parenthesized(const QString &expr)
{
    if (expr.startsWith(u'(') && expr.endsWith(u')')) {
        int depth = 0;
        bool wrapped = true;
        for (qsizetype i = 0; i < expr.size(); ++i) {
            if (expr[i] == u'(')
                ++depth;
            else if (expr[i] == u')' && --depth == 0 && i + 1 < expr.size())
                wrapped = false;
        }
        if (wrapped && depth == 0)
            return expr;
    }
    return u'(' + expr + u')';
}

} // namespace

QString displayName(const QString &name, Dialect dialect)
{
    static const QRegularExpression plain(u"^[a-z_][a-z0-9_$]*$"_s);
    static const QRegularExpression plainAnyCase(u"^[A-Za-z_][A-Za-z0-9_$]*$"_s);
    const bool ok = dialect == Dialect::Postgres ? plain.match(name).hasMatch()
                                                 : plainAnyCase.match(name).hasMatch();
    if (ok)
        return name;
    QString q = name;
    q.replace(u'"', u"\"\""_s);
    return u'"' + q + u'"';
}

QString displayQualified(const QString &schema, const QString &name, Dialect dialect)
{
    return displayName(schema, dialect) + u'.' + displayName(name, dialect);
}

QString constraintSummary(const Constraint &c)
{
    QString kind;
    switch (c.kind) {
    case ConstraintKind::PrimaryKey:
        kind = u"primary key"_s;
        break;
    case ConstraintKind::ForeignKey:
        kind = u"foreign key"_s;
        break;
    case ConstraintKind::Unique:
        kind = u"unique"_s;
        break;
    case ConstraintKind::Check:
        kind = u"check"_s;
        break;
    case ConstraintKind::Exclusion:
        kind = u"exclude"_s;
        break;
    }
    QString s = kind;
    if (!c.name.isEmpty())
        s += u' ' + c.name;
    if (c.kind == ConstraintKind::Check) {
        s += u' ' + parenthesized(c.checkExpr);
    } else if (c.kind == ConstraintKind::ForeignKey) {
        s += u" (" + c.columns.join(u", "_s) + u") → " +
             (c.refSchema.isEmpty() ? QString() : c.refSchema + u'.') + c.refTable + u'(' +
             c.refColumns.join(u", "_s) + u')';
        if (c.onDelete != u"NO ACTION")
            s += u" ON DELETE " + c.onDelete;
        if (c.onUpdate != u"NO ACTION")
            s += u" ON UPDATE " + c.onUpdate;
        if (!c.match.isEmpty())
            s += u" MATCH " + c.match;
        if (c.deferrable)
            s += c.initiallyDeferred ? u" DEFERRABLE INITIALLY DEFERRED"_s : u" DEFERRABLE"_s;
    } else if (c.kind == ConstraintKind::Exclusion) {
        s += u' ' + c.definition;
    } else {
        s += u" (" + c.columns.join(u", "_s) + u')';
    }
    if (!c.validated)
        s += u" NOT VALID"_s;
    return s;
}

QString indexSummary(const Index &i)
{
    QString s = (i.unique ? u"unique index "_s : u"index "_s) + i.name + u' ' +
                (i.columns.size() == 1 ? parenthesized(i.columns.first())
                                       : u'(' + i.columns.join(u", "_s) + u')');
    if (!i.include.isEmpty())
        s += u" include (" + i.include.join(u", "_s) + u')';
    if (!i.method.isEmpty() && i.method != u"btree")
        s += u" using " + i.method;
    if (!i.predicate.isEmpty())
        s += u" where " + i.predicate;
    if (!i.valid)
        s += u" INVALID"_s;
    return s;
}

QString schemaToText(const Schema &schema, const QString &source)
{
    QString out;
    const QString engine = schema.dialect == Dialect::Postgres ? u"PostgreSQL"_s : u"SQLite"_s;
    out += u"%1 %2 · %3\n"_s.arg(engine, schema.serverVersion, source);
    out += englishPlural(
        SchemaTextText::tr("%n table(s)", nullptr, static_cast<int>(schema.tables.size())),
        static_cast<int>(schema.tables.size()));
    out += u", " + englishPlural(SchemaTextText::tr("%n view(s)", nullptr,
                                                    static_cast<int>(schema.views.size())),
                                 static_cast<int>(schema.views.size()));
    if (schema.dialect == Dialect::Postgres) {
        out += u", " + englishPlural(SchemaTextText::tr("%n sequence(s)", nullptr,
                                                        static_cast<int>(schema.sequences.size())),
                                     static_cast<int>(schema.sequences.size()));
        out += u", " + englishPlural(SchemaTextText::tr("%n enum type(s)", nullptr,
                                                        static_cast<int>(schema.enums.size())),
                                     static_cast<int>(schema.enums.size()));
        out += u", " + englishPlural(SchemaTextText::tr("%n function(s)", nullptr,
                                                        static_cast<int>(schema.functions.size())),
                                     static_cast<int>(schema.functions.size()));
    }
    out += u"\n"_s;

    for (const Table &t : schema.tables) {
        QString heading = displayQualified(t.schema, t.name, schema.dialect);
        if (t.kind == TableKind::PartitionedTable)
            heading += u"  (partitioned " + t.partitionKey + u')';
        if (!t.partitionOf.isEmpty())
            heading += u"  (partition of " + t.partitionOf + u' ' + t.partitionBound + u')';
        if (!t.inherits.isEmpty())
            heading += u"  (inherits " + t.inherits.join(u", "_s) + u')';
        if (t.strict)
            heading += u"  STRICT"_s;
        if (t.withoutRowid)
            heading += u"  WITHOUT ROWID"_s;
        out += u'\n' + heading + u'\n';
        QList<QStringList> rows;
        rows.append({SchemaTextText::tr("column"), SchemaTextText::tr("type"),
                     SchemaTextText::tr("null"), SchemaTextText::tr("default")});
        for (const Column &c : t.columns) {
            QString extra = c.defaultExpr.value_or(QString());
            if (!c.identity.isEmpty())
                extra = u"identity "_s + c.identity;
            if (!c.generatedExpr.isEmpty())
                extra = u"generated as (" + c.generatedExpr +
                        (c.generatedStored ? u") stored"_s : u") virtual"_s);
            QString type = c.type;
            if (!c.collation.isEmpty())
                type += u" collate " + c.collation;
            rows.append({c.name, type.isEmpty() ? u"—"_s : type,
                         c.notNull ? u"NOT NULL"_s : u"null"_s, extra});
        }
        out += alignRows(rows, u"  "_s);
        for (const Constraint &c : t.constraints)
            out += u"  " + constraintSummary(c) + u'\n';
        for (const Index &i : t.indexes)
            if (!i.constraintIndex)
                out += u"  " + indexSummary(i) + u'\n';
        for (const Trigger &tr : t.triggers)
            out += u"  trigger " + tr.name + u' ' + tr.timing + u' ' + tr.events.join(u" OR "_s) +
                   (tr.function.isEmpty() ? QString() : u" → " + tr.function) +
                   (tr.enabled ? QString() : u" (disabled)"_s) + u'\n';
    }
    for (const View &v : schema.views)
        out += u'\n' + (v.materialized ? u"materialized view "_s : u"view "_s) +
               displayQualified(v.schema, v.name, schema.dialect) + u" (" +
               v.columns.join(u", "_s) + u")\n";
    if (!schema.sequences.isEmpty())
        out += u'\n';
    for (const Sequence &s : schema.sequences)
        out += u"sequence " + displayQualified(s.schema, s.name, schema.dialect) + u' ' +
               s.dataType + u" start %1 increment %2"_s.arg(s.start).arg(s.increment) +
               (s.cycle ? u" cycle"_s : QString()) +
               (s.ownedBy.isEmpty() ? QString() : u" owned by " + s.ownedBy) + u'\n';
    for (const EnumType &e : schema.enums)
        out += u"enum " + displayQualified(e.schema, e.name, schema.dialect) + u" (" +
               e.labels.join(u", "_s) + u")\n";
    for (const Domain &d : schema.domains)
        out += u"domain " + displayQualified(d.schema, d.name, schema.dialect) + u' ' + d.baseType +
               (d.notNull ? u" NOT NULL"_s : QString()) +
               (d.defaultExpr ? u" DEFAULT " + *d.defaultExpr : QString()) +
               (d.checks.isEmpty() ? QString() : u' ' + d.checks.join(u' ')) + u'\n';
    for (const Function &f : schema.functions)
        out += f.kind + u' ' + displayQualified(f.schema, f.name, schema.dialect) + u'(' +
               f.arguments + u')' + (f.returns.isEmpty() ? QString() : u" returns " + f.returns) +
               (f.language.isEmpty() ? QString() : u" language " + f.language) + u'\n';
    for (const MigrationHistory &h : schema.migrationHistory)
        out += u"\nmigration history (" + h.tool + u") " + h.schema + u'.' + h.table + u": " +
               (!h.readable                  ? SchemaTextText::tr("not readable by this role")
                : h.currentVersion.isEmpty() ? SchemaTextText::tr("no version recorded")
                                             : h.currentVersion) +
               u'\n';
    return out;
}

} // namespace sm
