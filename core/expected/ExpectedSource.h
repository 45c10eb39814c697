// SPDX-License-Identifier: MIT
#pragma once

// The expected schema (design §5.2): from a DDL file loaded into a scratch database of the
// target's dialect and read back with the same introspection as the live database, from a
// snapshot, or from a second connection.

#include "schema/Schema.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace sm {

struct ExpectedOptions
{
    Dialect dialect = Dialect::Sqlite; // the live database's dialect: how a .sql file is read
    // PostgreSQL DDL: "local" (a private throwaway cluster), a URL of a server on which a
    // temporary database may be created, or empty for the default (local when possible).
    QString scratch;
    QStringList schemas;
    std::function<void(int, int, const QString &)> progress;
    std::function<bool()> cancelled;
};

struct ExpectedSchema
{
    Schema schema;
    QString source;       // what was loaded, for people (file path or redacted URL)
    QStringList warnings; // file:line: what was skipped and why
};

enum class SourceKind { DdlFile, Snapshot, Connection };

// Decides what SRC is: a connection URL, a .json snapshot or a .sql DDL file (by extension,
// else by content).
Result<SourceKind> classifySource(const QString &source);

Result<ExpectedSchema> loadExpected(const QString &source, const ExpectedOptions &options);

// Reads a DDL file as text: refuses binary, empty and non-UTF-8 files with one sentence.
Result<QString> readDdlFile(const QString &path);

// Loads DDL text into a private in-memory SQLite database and introspects it.
// `file` names the source in messages ("schema.sql:12: …").
Result<ExpectedSchema> loadSqliteDdl(const QString &sql, const QString &file);

// Loads DDL text into a scratch PostgreSQL database (see ExpectedOptions::scratch).
Result<ExpectedSchema> loadPostgresDdl(const QString &sql, const QString &file,
                                       const ExpectedOptions &options);

} // namespace sm
