// SPDX-License-Identifier: MIT
#pragma once

// Reads a live database into a Schema with a fixed number of bulk catalog queries
// (design §5.1): the count does not grow with the number of tables.

#include "db/Connection.h"
#include "schema/Schema.h"
#include "util/Result.h"

#include <QSet>
#include <QStringList>

#include <functional>

namespace sm {

struct IntrospectOptions
{
    // PostgreSQL schemas to read; empty means every non-system schema.
    QStringList schemas;
    // Called between catalog queries: (step, steps, what is being read).
    std::function<void(int, int, const QString &)> progress;
    // Polled between catalog queries; returning true stops with an error.
    std::function<bool()> cancelled;
    // PostgreSQL: read the largest catalogs on helper connections sharing one exported
    // snapshot. Must be false when the caller is inside a transaction whose uncommitted
    // changes the reading must see (verification before a commit).
    bool parallel = true;
};

// Dispatches on the connection's dialect. The result is normalized (see Schema::normalize).
Result<Schema> introspect(Connection &connection, const IntrospectOptions &options = {});

Result<Schema> introspectSqlite(Connection &connection, const IntrospectOptions &options);
Result<Schema> introspectPostgres(Connection &connection, const IntrospectOptions &options);

// Reads the migration-history tables that are present (alembic_version, _prisma_migrations,
// django_migrations, flyway_schema_history, schema_migrations, __EFMigrationsHistory).
// Issues one query per history table found: at most six, whatever the schema's size.
// `withoutTableSelect` (PostgreSQL): "schema.table" names the role may not SELECT from as a
// whole (no USAGE on the schema, or no SELECT on the table); such a history costs one more
// query, for its column privileges, and is marked unreadable rather than read when they do not
// cover it.
Result<QList<MigrationHistory>>
readMigrationHistory(Connection &connection, const QList<Table> &tables,
                     const QSet<QString> *withoutTableSelect = nullptr);

Error cancelledError();

} // namespace sm
