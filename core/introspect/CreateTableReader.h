// SPDX-License-Identifier: MIT
#pragma once

// Reads SQLite's stored CREATE TABLE / CREATE INDEX / CREATE TRIGGER text for what the pragmas
// do not expose (CHECKs, constraint names, COLLATE, generated expressions, AUTOINCREMENT,
// deferrability, index expressions and WHERE). It never fails hard: whatever the input, it
// returns, with `complete == false` and the part it understood when the text is not valid.

#include "schema/Schema.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace sm::sqlite {

// One term of an indexed-column list: PRIMARY KEY (…), UNIQUE (…), CREATE INDEX … (…).
struct IndexedColumn
{
    QString name;       // unquoted column name when the term is a plain column, else empty
    QString expression; // the term's expression as written when it is not a plain column
    QString collation;  // COLLATE name (unquoted), empty when not given
    bool descending = false;
    QString text; // the whole term as written

    friend bool operator==(const IndexedColumn &, const IndexedColumn &) = default;
};

// A PRIMARY KEY, UNIQUE, CHECK or FOREIGN KEY constraint, column-level or table-level.
struct ConstraintDef
{
    ConstraintKind kind = ConstraintKind::Check;
    QString name;               // CONSTRAINT name (unquoted); empty when unnamed
    QList<IndexedColumn> terms; // PRIMARY KEY / UNIQUE terms; the column itself at column level
    QStringList columns;        // key columns: plain names of `terms`, or the FK's local columns
    QString checkExpr;          // CHECK: the expression inside the parentheses, as written
    QString onConflict;         // ON CONFLICT resolution in upper case, empty when not given
    bool autoincrement = false; // PRIMARY KEY … AUTOINCREMENT

    // FOREIGN KEY (REFERENCES at column level)
    QString refTable;       // unquoted, as written
    QStringList refColumns; // empty when the clause names no parent columns
    QString onDelete;       // upper case ("CASCADE", "SET NULL" …); empty when not given
    QString onUpdate;
    QString match;
    bool deferrable = false;
    bool initiallyDeferred = false;

    QString text; // the constraint as written, from its keyword on (without CONSTRAINT name)

    friend bool operator==(const ConstraintDef &, const ConstraintDef &) = default;
};

struct ColumnDef
{
    QString name; // unquoted
    QString type; // declared type as written, empty when none
    bool notNull = false;
    bool primaryKey = false;
    bool unique = false;
    bool autoincrement = false;
    std::optional<QString> defaultExpr; // DEFAULT value as written (parentheses kept)
    QString collation;                  // COLLATE name, unquoted
    bool generated = false;
    QString generatedExpr;            // GENERATED ALWAYS AS (expr): expr as written
    bool generatedStored = false;     // STORED; VIRTUAL (the default) is false
    QList<ConstraintDef> constraints; // column-level PRIMARY KEY / UNIQUE / CHECK / REFERENCES
    QString text;                     // the whole column definition as written

    friend bool operator==(const ColumnDef &, const ColumnDef &) = default;
};

struct CreateTable
{
    bool complete = false; // the whole statement was understood
    QString error;         // why not, for logs (English, not shown to operators)

    QString schema; // qualifier as written, usually empty
    QString name;
    bool temporary = false;
    bool ifNotExists = false;
    bool asSelect = false; // CREATE TABLE … AS SELECT: no column definitions to read

    bool isVirtual = false; // CREATE VIRTUAL TABLE … USING module(arguments)
    QString module;
    QString moduleArguments; // inside the parentheses, as written

    QList<ColumnDef> columns;
    QList<ConstraintDef> constraints; // table-level, in the order written
    bool strict = false;
    bool withoutRowid = false;

    // Column by name, case-insensitively as SQLite compares names; nullptr when absent.
    const ColumnDef *column(QStringView name) const;

    friend bool operator==(const CreateTable &, const CreateTable &) = default;
};

struct CreateIndex
{
    bool complete = false;
    QString error;
    QString name;
    QString table;
    bool unique = false;
    QList<IndexedColumn> columns;
    QString where; // partial index predicate as written, empty when none

    friend bool operator==(const CreateIndex &, const CreateIndex &) = default;
};

struct CreateTrigger
{
    bool complete = false;
    QString error;
    QString name;
    QString table;
    QString timing = QStringLiteral("BEFORE"); // BEFORE (SQLite's default) | AFTER | INSTEAD OF
    QString event;                             // INSERT | UPDATE | DELETE
    QStringList updateOf;                      // UPDATE OF columns

    friend bool operator==(const CreateTrigger &, const CreateTrigger &) = default;
};

CreateTable readCreateTable(QStringView sql);
CreateIndex readCreateIndex(QStringView sql);
CreateTrigger readCreateTrigger(QStringView sql);

// "x", `x`, [x] and 'x' lose their quotes (doubled quotes become one); a bare word is kept.
QString unquoteIdentifier(QStringView token);

} // namespace sm::sqlite
