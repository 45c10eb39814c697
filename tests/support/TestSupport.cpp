// SPDX-License-Identifier: MIT
#include "TestSupport.h"

#include "expected/PgStatementSplitter.h"

#include <QFile>
#include <QRandomGenerator>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sm::test {

std::optional<ConnectionSpec> postgresServer()
{
    const QString url = qEnvironmentVariable("SCHEMAMEDIC_TEST_PG_URL");
    if (url.isEmpty())
        return std::nullopt;
    auto spec = ConnectionSpec::parse(url);
    if (!spec)
        return std::nullopt;
    const QString password = qEnvironmentVariable("SCHEMAMEDIC_TEST_PG_PASSWORD");
    if (!password.isEmpty())
        spec->password = password;
    return *spec;
}

bool postgresRequired()
{
    return qEnvironmentVariable("CI").compare(u"true"_s, Qt::CaseInsensitive) == 0;
}

QString createSqliteDatabase(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        const QString e = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return e;
    }
    char *err = nullptr;
    QString out;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        out = QString::fromUtf8(err ? err : "unknown error");
        sqlite3_free(err);
    }
    sqlite3_close(db);
    return out;
}

QString execScript(Connection &connection, const QString &sql)
{
    if (connection.dialect() == Dialect::Sqlite) {
        char *err = nullptr;
        if (sqlite3_exec(connection.sqliteHandle(), sql.toUtf8().constData(), nullptr, nullptr,
                         &err) != SQLITE_OK) {
            const QString out = QString::fromUtf8(err ? err : "unknown error");
            sqlite3_free(err);
            return out;
        }
        return {};
    }
    // One statement at a time: sent as one string, the driver reports only the first
    // statement's error and a later failure would pass unnoticed.
    auto script = splitPostgresScript(sql, u"test-script"_s);
    if (!script)
        return script.error().toString();
    for (const PgStatement &st : std::as_const(script->statements)) {
        Status s = connection.exec(st.sql);
        if (!s)
            return u"line %1: "_s.arg(st.line) + s.error().toString();
    }
    return {};
}

QString readFixture(const QString &relativePath)
{
    QFile f(QStringLiteral(SM_FIXTURES_DIR) + u'/' + relativePath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QString PostgresDatabase::create(const QString &prefix)
{
    const auto server = postgresServer();
    if (!server)
        return u"no PostgreSQL test server"_s;
    m_admin = *server;
    auto admin = Connection::open(m_admin, AccessMode::ReadWrite);
    if (!admin)
        return admin.error().toString();
    const QString name = prefix.toLower() + u'_' +
                         QString::number(QRandomGenerator::global()->generate64() % 1000000000ULL);
    if (Status s = admin->exec(u"CREATE DATABASE "_s + quoteIdentifier(name)); !s)
        return s.error().toString();
    m_spec = m_admin;
    m_spec.database = name;
    return {};
}

PostgresDatabase::~PostgresDatabase()
{
    if (m_spec.database.isEmpty())
        return;
    auto admin = Connection::open(m_admin, AccessMode::ReadWrite);
    if (admin)
        (void)admin->exec(u"DROP DATABASE IF EXISTS "_s + quoteIdentifier(m_spec.database) +
                          u" WITH (FORCE)"_s);
}

} // namespace sm::test
