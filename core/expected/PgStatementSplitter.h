// SPDX-License-Identifier: MIT
#pragma once

// Splits a PostgreSQL script into the statements psql would send (libpg_query's scanner knows
// dollar quoting and comments), leaves out what is not for the server (psql meta-commands,
// COPY … FROM stdin and its data) and refuses, before anything runs, what would reach outside
// the scratch database the script is loaded into.

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sm {

enum class PgStatementKind {
    Plain,
    BeginTransaction, // BEGIN, START TRANSACTION
    EndTransaction,   // COMMIT, END, ROLLBACK, ABORT
    // Only names roles (OWNER TO, GRANT, REVOKE, SET ROLE …): owners and privileges are not
    // compared, so such a statement may be skipped when its role does not exist on the scratch
    // server (a dump of production names production's roles).
    OwnerOrPrivilege,
};

struct PgStatement
{
    QString sql;  // as written, without the terminating semicolon
    int line = 0; // 1-based line of its first word
    PgStatementKind kind = PgStatementKind::Plain;
};

struct PgScript
{
    QList<PgStatement> statements;
    QStringList warnings; // "file:line: what was skipped", in line order
};

// `file` names the script in messages ("schema.sql:12: …"). Errors: a statement that is refused
// (COPY … PROGRAM, COPY with a server file, databases, roles, tablespaces, ALTER SYSTEM,
// prepared transactions) or text that cannot be split (an unterminated string, quoted
// identifier, dollar quote or comment). A statement libpg_query cannot parse is not refused:
// the server will say what is wrong with it.
Result<PgScript> splitPostgresScript(const QString &sql, const QString &file);

} // namespace sm
