// SPDX-License-Identifier: MIT
#include "Schema.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sm {

QString dialectName(Dialect d)
{
    return d == Dialect::Postgres ? u"postgresql"_s : u"sqlite"_s;
}

std::optional<Dialect> dialectFromName(const QString &name)
{
    if (name == u"postgresql")
        return Dialect::Postgres;
    if (name == u"sqlite")
        return Dialect::Sqlite;
    return std::nullopt;
}

namespace {
constexpr std::pair<ConstraintKind, const char16_t *> kConstraintKinds[] = {
    {ConstraintKind::PrimaryKey, u"primary_key"}, {ConstraintKind::ForeignKey, u"foreign_key"},
    {ConstraintKind::Unique, u"unique"},          {ConstraintKind::Check, u"check"},
    {ConstraintKind::Exclusion, u"exclusion"},
};
constexpr std::pair<TableKind, const char16_t *> kTableKinds[] = {
    {TableKind::Table, u"table"},
    {TableKind::PartitionedTable, u"partitioned_table"},
    {TableKind::ForeignTable, u"foreign_table"},
    {TableKind::VirtualTable, u"virtual_table"},
};

template<typename E, size_t N>
QString nameOf(const std::pair<E, const char16_t *> (&table)[N], E value)
{
    for (const auto &[e, n] : table)
        if (e == value)
            return QString::fromUtf16(n);
    return {};
}

template<typename E, size_t N>
std::optional<E> valueOf(const std::pair<E, const char16_t *> (&table)[N], const QString &name)
{
    for (const auto &[e, n] : table)
        if (name == QStringView(n))
            return e;
    return std::nullopt;
}

template<typename T> void sortByQualifiedName(QList<T> &list)
{
    std::stable_sort(list.begin(), list.end(), [](const T &a, const T &b) {
        return std::tie(a.schema, a.name) < std::tie(b.schema, b.name);
    });
}
} // namespace

QString constraintKindName(ConstraintKind k)
{
    return nameOf(kConstraintKinds, k);
}
std::optional<ConstraintKind> constraintKindFromName(const QString &name)
{
    return valueOf(kConstraintKinds, name);
}
QString foreignKeyActions(const Constraint &c)
{
    QString out;
    if (!c.match.isEmpty())
        out += u" MATCH "_s + c.match;
    if (c.onUpdate != u"NO ACTION")
        out += u" ON UPDATE "_s + c.onUpdate;
    if (c.onDelete != u"NO ACTION")
        out += u" ON DELETE "_s + c.onDelete;
    return out;
}

QString tableKindName(TableKind k)
{
    return nameOf(kTableKinds, k);
}
std::optional<TableKind> tableKindFromName(const QString &name)
{
    return valueOf(kTableKinds, name);
}

const Column *Table::column(const QString &columnName) const
{
    for (const Column &c : columns)
        if (c.name == columnName)
            return &c;
    return nullptr;
}

const Constraint *Table::primaryKey() const
{
    for (const Constraint &c : constraints)
        if (c.kind == ConstraintKind::PrimaryKey)
            return &c;
    return nullptr;
}

const Table *Schema::table(const QString &schemaName, const QString &name) const
{
    for (const Table &t : tables)
        if (t.schema == schemaName && t.name == name)
            return &t;
    return nullptr;
}

const Table *Schema::table(const QString &qualifiedName) const
{
    const qsizetype dot = qualifiedName.indexOf(u'.');
    if (dot < 0)
        return table(dialect == Dialect::Sqlite ? u"main"_s : u"public"_s, qualifiedName);
    return table(qualifiedName.left(dot), qualifiedName.mid(dot + 1));
}

void Schema::normalize()
{
    schemas.sort();
    sortByQualifiedName(tables);
    sortByQualifiedName(views);
    sortByQualifiedName(sequences);
    sortByQualifiedName(enums);
    sortByQualifiedName(domains);
    std::stable_sort(functions.begin(), functions.end(), [](const Function &a, const Function &b) {
        return std::tie(a.schema, a.name, a.arguments) < std::tie(b.schema, b.name, b.arguments);
    });
    std::stable_sort(migrationHistory.begin(), migrationHistory.end(),
                     [](const MigrationHistory &a, const MigrationHistory &b) {
                         return std::tie(a.schema, a.table) < std::tie(b.schema, b.table);
                     });
    for (Table &t : tables) {
        // Columns keep ordinal order; named members are sorted for a stable comparison.
        std::stable_sort(t.constraints.begin(), t.constraints.end(),
                         [](const Constraint &a, const Constraint &b) {
                             return std::tie(a.kind, a.name, a.definition) <
                                    std::tie(b.kind, b.name, b.definition);
                         });
        std::stable_sort(t.indexes.begin(), t.indexes.end(),
                         [](const Index &a, const Index &b) { return a.name < b.name; });
        std::stable_sort(t.triggers.begin(), t.triggers.end(),
                         [](const Trigger &a, const Trigger &b) { return a.name < b.name; });
    }
    for (View &v : views)
        std::stable_sort(v.indexes.begin(), v.indexes.end(),
                         [](const Index &a, const Index &b) { return a.name < b.name; });
}

} // namespace sm
