// SPDX-License-Identifier: MIT
// A DDL file for SQLite, run statement by statement into a private in-memory database through
// the driver's own handle (sqlite3_prepare_v2's tail splits it exactly as SQLite would), then
// read back with the same introspection as a live database.

#include "ExpectedSource.h"

#include "db/Connection.h"
#include "introspect/Introspector.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sm {
namespace {

// This file's messages: lupdate files them under sm::SqliteDdlLoader, the context the runtime looks
// up.
struct SqliteDdlLoaderText
{
    Q_DECLARE_TR_FUNCTIONS(sm::SqliteDdlLoader)
};

// What SQLite accepts instead, for the PostgreSQL habits that break SQLite migrations (seed 001).
QString hintFor(const QString &statement)
{
    struct Hint
    {
        const char16_t *pattern;
        const char *text;
    };
    static const Hint hints[] = {
        {uR"(\balter\s+table\b[^;]*\badd\s+constraint\b)",
         QT_TRANSLATE_NOOP("sm::SqliteDdlLoader",
                           "SQLite cannot add a constraint to an existing table: declare it inside "
                           "CREATE TABLE (Schema Medic rebuilds the table when it must).")},
        {uR"(\balter\s+table\b[^;]*\balter\s+column\b)",
         QT_TRANSLATE_NOOP("sm::SqliteDdlLoader",
                           "SQLite cannot alter a column: write the column as it should be in "
                           "CREATE TABLE.")},
        {uR"(\balter\s+table\b[^;]*\bdrop\s+constraint\b)",
         QT_TRANSLATE_NOOP("sm::SqliteDdlLoader",
                           "SQLite cannot drop a constraint: leave it out of CREATE TABLE.")},
        {uR"(~\*|!~|\s~\s)",
         QT_TRANSLATE_NOOP("sm::SqliteDdlLoader",
                           "SQLite has no regular-expression operators (~, ~*): use LIKE or GLOB, "
                           "or validate in the application.")},
        {uR"(::\s*[a-z])", QT_TRANSLATE_NOOP("sm::SqliteDdlLoader",
                                             "SQLite has no :: casts: write CAST(value AS type).")},
        {uR"(\bcreate\s+(type|extension|schema|sequence|domain|function|or\s+replace\s+function)\b)",
         QT_TRANSLATE_NOOP("sm::SqliteDdlLoader",
                           "This is PostgreSQL DDL; SQLite has no such object. Is --expected the "
                           "schema for the right database?")},
        {uR"(\bcomment\s+on\b)",
         QT_TRANSLATE_NOOP("sm::SqliteDdlLoader", "SQLite has no COMMENT ON statement.")},
    };
    for (const Hint &h : hints) {
        const QRegularExpression re(QString::fromUtf16(h.pattern),
                                    QRegularExpression::CaseInsensitiveOption);
        if (re.match(statement).hasMatch())
            return QCoreApplication::translate("sm::SqliteDdlLoader", h.text);
    }
    return {};
}

int lineAt(const QByteArray &utf8, qsizetype offset)
{
    return int(std::count(utf8.cbegin(), utf8.cbegin() + offset, '\n')) + 1;
}

// Skips whitespace and comments so a statement's line is where its first word is.
qsizetype skipTrivia(const QByteArray &s, qsizetype i)
{
    const qsizetype n = s.size();
    while (i < n) {
        if (std::isspace(static_cast<unsigned char>(s[i]))) {
            ++i;
        } else if (s[i] == '-' && i + 1 < n && s[i + 1] == '-') {
            while (i < n && s[i] != '\n')
                ++i;
        } else if (s[i] == '/' && i + 1 < n && s[i + 1] == '*') {
            const qsizetype end = s.indexOf("*/", i + 2);
            i = end < 0 ? n : end + 2;
        } else {
            break;
        }
    }
    return i;
}

// The scratch database is private: nothing in the file may reach a file on disk.
int authorizer(void *, int action, const char *, const char *, const char *, const char *)
{
    return action == SQLITE_ATTACH || action == SQLITE_DETACH ? SQLITE_DENY : SQLITE_OK;
}

} // namespace

Result<ExpectedSchema> loadSqliteDdl(const QString &sql, const QString &file)
{
    auto conn = Connection::openInMemorySqlite();
    if (!conn)
        return conn.error();
    sqlite3 *db = conn->sqliteHandle();
    if (!db)
        return makeError(ErrorKind::Internal,
                         SqliteDdlLoaderText::tr("The SQLite driver did not give its handle."));
    sqlite3_set_authorizer(db, authorizer, nullptr);

    const QByteArray utf8 = sql.toUtf8();
    qsizetype offset = 0;
    int statements = 0;
    while (true) {
        offset = skipTrivia(utf8, offset);
        if (offset >= utf8.size())
            break;
        const char *start = utf8.constData() + offset;
        const char *tail = nullptr;
        sqlite3_stmt *stmt = nullptr;
        const int line = lineAt(utf8, offset);
        int rc = sqlite3_prepare_v2(db, start, int(utf8.size() - offset), &stmt, &tail);
        const qsizetype end = tail ? tail - utf8.constData() : utf8.size();
        const QString text =
            QString::fromUtf8(start, tail ? tail - start : utf8.size() - offset).trimmed();
        if (rc == SQLITE_OK && stmt) {
            do {
                rc = sqlite3_step(stmt);
            } while (rc == SQLITE_ROW);
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
        }
        if (rc != SQLITE_OK) {
            QString message = QString::fromUtf8(sqlite3_errmsg(db)).simplified();
            if (message.size() > 200)
                message = message.left(197) + u"…"_s;
            sqlite3_finalize(stmt);
            if (sqlite3_extended_errcode(db) == SQLITE_AUTH)
                message = SqliteDdlLoaderText::tr(
                    "ATTACH and DETACH are refused: an expected schema must not reach "
                    "outside its scratch database");
            // When prepare fails its tail stops where parsing did: show up to the next semicolon.
            const QString shown = stmt ? text
                                       : QString::fromUtf8(start, utf8.size() - offset)
                                             .section(u';', 0, 0)
                                             .trimmed()
                                             .left(300);
            // The hint goes first in the details: the message stays one sentence (design §4.2).
            const QString hint = hintFor(shown);
            return makeError(
                ErrorKind::Input,
                u"%1:%2: "_s.arg(file).arg(line) +
                    SqliteDdlLoaderText::tr("SQLite rejected this statement: %1.").arg(message),
                hint.isEmpty() ? shown : hint + u'\n' + shown);
        }
        sqlite3_finalize(stmt);
        ++statements;
        if (end <= offset)
            break;
        offset = end;
    }
    if (statements == 0)
        return makeError(ErrorKind::Input,
                         SqliteDdlLoaderText::tr("%1 contains no SQL statement.").arg(file));

    auto schema = introspect(*conn, {});
    if (!schema)
        return schema.error();
    return ExpectedSchema{*schema, file, {}};
}

} // namespace sm
