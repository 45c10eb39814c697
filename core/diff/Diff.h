// SPDX-License-Identifier: MIT
#pragma once

// Compares an expected schema with the actual one (design §4.3): every difference kind,
// constraints and indexes matched by definition rather than by generated names, renames
// proposed with their evidence but never assumed.

#include "schema/Schema.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace sm {

enum class DiffKind {
    MissingTable,
    ExtraTable,
    RenamedTable,
    MissingColumn,
    ExtraColumn,
    RenamedColumn,
    ColumnType,
    ColumnNullability,
    ColumnDefault,
    ColumnIdentity,
    MissingConstraint,
    ExtraConstraint,
    ChangedConstraint,
    MissingIndex,
    ExtraIndex,
    ChangedIndex,
    MissingView,
    ExtraView,
    ChangedView,
    MissingTrigger,
    ExtraTrigger,
    ChangedTrigger,
    MissingSequence,
    ExtraSequence,
    ChangedSequence,
    MissingEnum,
    ExtraEnum,
    ChangedEnum,
    MissingFunction,
    ExtraFunction,
    ChangedFunction,
    MigrationVersion,
};

QString diffKindName(DiffKind k); // "missing_table", … as in the JSON contract
std::optional<DiffKind> diffKindFromName(const QString &name);
bool isExtraKind(DiffKind k); // an object the expected schema lacks

struct Difference
{
    DiffKind kind = DiffKind::MissingTable;
    QString object; // schema.table[.member], named as the expected side names it
    QString table;  // schema.table the difference belongs to, empty for schema-level objects
    QString name;   // the member's (or object's) own name
    std::optional<QString> expected; // null when the expected side has nothing
    std::optional<QString> actual;   // null when the live side has nothing
    // Renames: why we think so ("same type integer; names equal ignoring case and
    // underscores"); declared is true when the operator said so (--rename-…).
    QString evidence;
    bool declared = false;

    friend bool operator==(const Difference &, const Difference &) = default;
};

struct DiffOptions
{
    QStringList schemas; // PostgreSQL schemas to compare; empty: those of the expected side
    QStringList ignore;  // globs on object names (table, schema.table, schema.table.member)
    bool detectRenames = true;
    QList<QPair<QString, QString>> renameTables;  // OLD=NEW as the operator declared them
    QList<QPair<QString, QString>> renameColumns; // TABLE.OLD=NEW
    QString expectVersion; // the migration version the schema should be at, empty: not checked
};

struct SchemaDiff
{
    Dialect dialect = Dialect::Sqlite;
    QList<Difference> differences;

    bool isEmpty() const { return differences.isEmpty(); }
    int count(DiffKind kind) const;
    const Difference *find(DiffKind kind, const QString &object) const;
};

SchemaDiff diff(const Schema &expected, const Schema &actual, const DiffOptions &options = {});

// "schemamedic.diff/1"
QJsonObject diffToJson(const SchemaDiff &d);
// For people: grouped by table, expected | actual aligned; ANSI colour only when asked.
QString diffToText(const SchemaDiff &d, bool colour);

// How a difference names a constraint: its name, or for an unnamed one what it is
// ("foreign key (user_id)", "check (total >= 0)"). The planner finds constraints by it.
QString constraintLabel(const Constraint &c);

// Normalisation used by the matcher, exposed for tests and for the planner.
QString normalizeSqlText(const QString &sql); // whitespace, case outside literals, parens
QString normalizeIdentifierForRename(const QString &name); // taskType, task_type → tasktype
bool namesMatchForRename(const QString &a, const QString &b, bool allowPlural);

} // namespace sm
