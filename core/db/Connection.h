// SPDX-License-Identifier: MIT
#pragma once

// An open database: one named QSqlDatabase, used only on the thread that opened it.
// Every statement we run goes through query()/exec() so it is counted and logged (redacted).

#include "db/ConnectionSpec.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

struct sqlite3;

namespace sm {

enum class AccessMode {
    ReadOnly,  // inspection: SQLite opened read-only, PostgreSQL sessions default to read only
    ReadWrite, // repair mode
};

class Connection
{
public:
    // Opens and checks the database. A SQLite file that does not exist is never created; its
    // header is checked before it is opened.
    static Result<Connection> open(const ConnectionSpec &spec, AccessMode mode);
    // A private in-memory SQLite database (the scratch database a DDL file is loaded into).
    static Result<Connection> openInMemorySqlite();

    Connection(Connection &&) noexcept;
    Connection &operator=(Connection &&) noexcept;
    ~Connection();

    const ConnectionSpec &spec() const;
    Dialect dialect() const { return spec().dialect; }
    AccessMode mode() const;
    QString serverVersion() const;   // "15.18", "3.40.1"
    int serverVersionNumber() const; // 150018, 3040001

    // Runs one statement with bound values; the query is positioned before its first row.
    Result<QSqlQuery> query(const QString &sql, const QVariantList &binds = {});
    // Runs one statement whose result is not needed.
    Status exec(const QString &sql, const QVariantList &binds = {});

    // Statements run through this connection since it was opened (tests and benchmarks
    // use it to prove that introspection does not issue one query per table).
    int queryCount() const;
    void resetQueryCount();

    QSqlDatabase database() const;
    // The driver's sqlite3* (same library as ours), or nullptr for PostgreSQL.
    sqlite3 *sqliteHandle() const;

private:
    struct Private;
    explicit Connection(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

// Quotes an identifier for the dialect: "name" with embedded quotes doubled.
QString quoteIdentifier(const QString &name);

} // namespace sm
