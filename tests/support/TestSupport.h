// SPDX-License-Identifier: MIT
#pragma once

// Test helpers over real databases. PostgreSQL tests use the server scripts/test starts
// (SCHEMAMEDIC_TEST_PG_URL + SCHEMAMEDIC_TEST_PG_PASSWORD); each gets a database of its own.

#include "db/Connection.h"
#include "db/ConnectionSpec.h"

#include <QString>
#include <QTest>

#include <optional>

namespace sm::test {

// The admin URL of the test server, with its password, or nullopt when none is configured.
std::optional<ConnectionSpec> postgresServer();

// True when a PostgreSQL test must fail rather than skip (CI=true).
bool postgresRequired();

// Runs a whole SQL script (several statements) through the sqlite3 C API into a new file.
// Returns an empty string on success, the error otherwise.
QString createSqliteDatabase(const QString &path, const QString &sql);

// Runs a script of several statements on an open connection (SQLite: sqlite3_exec on the
// driver's handle; PostgreSQL: split with libpg_query and run one statement at a time, so
// every statement's error is seen). Returns "" or the first error.
QString execScript(Connection &connection, const QString &sql);

QString readFixture(const QString &relativePath);

// A PostgreSQL database created for one test and dropped afterwards.
class PostgresDatabase
{
public:
    PostgresDatabase() = default;
    ~PostgresDatabase();
    PostgresDatabase(const PostgresDatabase &) = delete;
    PostgresDatabase &operator=(const PostgresDatabase &) = delete;

    // Creates database `name_<random>` on the test server; returns an error text or "".
    QString create(const QString &prefix);
    const ConnectionSpec &spec() const { return m_spec; }
    bool isValid() const { return !m_spec.database.isEmpty(); }

private:
    ConnectionSpec m_admin;
    ConnectionSpec m_spec;
};

} // namespace sm::test

// Fails under CI=true, skips elsewhere, when no PostgreSQL test server is configured.
#define SM_REQUIRE_POSTGRES()                                                                      \
    do {                                                                                           \
        if (!sm::test::postgresServer()) {                                                         \
            if (sm::test::postgresRequired())                                                      \
                QFAIL("CI=true but SCHEMAMEDIC_TEST_PG_URL is not set: PostgreSQL tests must "     \
                      "run in CI (use scripts/test).");                                            \
            QSKIP("no PostgreSQL test server (SCHEMAMEDIC_TEST_PG_URL); run scripts/test");        \
        }                                                                                          \
    } while (false)

// Creates a private database for the test into `var` (a PostgresDatabase), or fails.
#define SM_CREATE_PG_DATABASE(var, prefix)                                                         \
    SM_REQUIRE_POSTGRES();                                                                         \
    sm::test::PostgresDatabase var;                                                                \
    do {                                                                                           \
        const QString err_ = var.create(QStringLiteral(prefix));                                   \
        QVERIFY2(err_.isEmpty(), qPrintable(err_));                                                \
    } while (false)
