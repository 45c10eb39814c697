// SPDX-License-Identifier: MIT
// A DDL file for PostgreSQL (design §5.2): split as psql would, checked for what would reach
// outside a scratch database before anything runs, run statement by statement, as written, into
// a scratch database, and read back with the same introspection as a live database.

#include "ExpectedSource.h"

#include "PgStatementSplitter.h"
#include "ScratchPostgres.h"
#include "db/Connection.h"
#include "introspect/Introspector.h"
#include "log/Log.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <cctype>

using namespace Qt::StringLiterals;

namespace sm {
namespace {

// This file's messages: lupdate files them under sm::PostgresDdlLoader, the context the runtime
// looks up.
struct PostgresDdlLoaderText
{
    Q_DECLARE_TR_FUNCTIONS(sm::PostgresDdlLoader)
};

// The server's message without its severity ("ERROR:  "), first line only.
QString serverMessage(const QSqlError &e)
{
    static const QRegularExpression severity(uR"(^\p{Lu}+:\s+)"_s);
    QString text = (e.databaseText().isEmpty() ? e.text() : e.databaseText()).trimmed();
    text = text.section(u'\n', 0, 0).trimmed();
    text.remove(severity);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text.size() > 300 ? text.left(297) + u"…"_s : text;
}

// Identifiers longer than NAMEDATALEN-1 (63) bytes, which PostgreSQL truncates with only a
// NOTICE: each as written and as the server will name it. Strings, comments and dollar-quoted
// bodies are skipped; a warning, so a rare miss costs nothing.
QList<QPair<QString, QString>> longIdentifiers(const QString &sql)
{
    constexpr qsizetype kMax = 63;
    const QByteArray s = sql.toUtf8();
    const qsizetype n = s.size();
    auto wordChar = [&](qsizetype k) {
        const auto c = static_cast<unsigned char>(s[k]);
        return std::isalnum(c) || c == '_' || c == '$' || c >= 0x80;
    };
    QList<QPair<QString, QString>> out;
    auto check = [&](const QByteArray &ident, bool quoted) {
        if (ident.size() <= kMax)
            return;
        qsizetype cut = kMax;
        while (cut > 0 && (static_cast<unsigned char>(ident[cut]) & 0xC0) == 0x80)
            --cut; // never split a UTF-8 character
        const QString written = QString::fromUtf8(ident);
        QString kept = QString::fromUtf8(ident.left(cut));
        out.append({written, quoted ? kept : kept.toLower()});
    };
    qsizetype i = 0;
    while (i < n) {
        const char c = s[i];
        if (c == '-' && i + 1 < n && s[i + 1] == '-') {
            while (i < n && s[i] != '\n')
                ++i;
        } else if (c == '/' && i + 1 < n && s[i + 1] == '*') {
            const qsizetype end = s.indexOf("*/", i + 2);
            i = end < 0 ? n : end + 2;
        } else if (c == '\'') {
            ++i;
            while (i < n && !(s[i] == '\'' && (i + 1 >= n || s[i + 1] != '\'')))
                i += s[i] == '\'' ? 2 : 1;
            ++i;
        } else if (c == '$') {
            qsizetype j = i + 1;
            while (j < n && s[j] != '$' && wordChar(j))
                ++j;
            if (j < n && s[j] == '$') {
                const QByteArray tag = s.mid(i, j - i + 1);
                const qsizetype end = s.indexOf(tag, j + 1);
                i = end < 0 ? n : end + tag.size();
            } else {
                i = j;
            }
        } else if (c == '"') {
            QByteArray ident;
            qsizetype j = i + 1;
            for (; j < n; ++j) {
                if (s[j] == '"') {
                    if (j + 1 < n && s[j + 1] == '"') {
                        ident += '"';
                        ++j;
                        continue;
                    }
                    break;
                }
                ident += s[j];
            }
            check(ident, true);
            i = j + 1;
        } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_' ||
                   static_cast<unsigned char>(c) >= 0x80) {
            qsizetype j = i;
            while (j < n && wordChar(j))
                ++j;
            check(s.mid(i, j - i), false);
            i = j;
        } else if (std::isdigit(static_cast<unsigned char>(c))) {
            while (i < n && wordChar(i))
                ++i;
        } else {
            ++i;
        }
    }
    return out;
}

// libpq adds "LINE n: …" for errors with a position: n counts lines of the statement.
int lineWithinStatement(const QSqlError &e)
{
    static const QRegularExpression line(uR"(\n\S+ (\d+): )"_s);
    const auto m = line.match(e.databaseText());
    return m.hasMatch() ? m.captured(1).toInt() : 1;
}

Status runScript(Connection &conn, const PgScript &script, const QString &file,
                 const ExpectedOptions &options, QStringList &warnings)
{
    // What the file says is what counts; NOTICEs ("… does not exist, skipping") are noise here.
    (void)conn.exec(u"SET client_min_messages = warning"_s);
    QSqlDatabase db = conn.database();
    bool inTransaction = false;
    int transactionLine = 0;
    const int total = int(script.statements.size());
    for (int i = 0; i < total; ++i) {
        const PgStatement &st = script.statements.at(i);
        if (options.cancelled && options.cancelled())
            return cancelledError();
        if (options.progress)
            options.progress(i, total, u"%1:%2"_s.arg(file).arg(st.line));
        // Inside the file's own transaction a failed statement would abort it: a statement we
        // may skip runs under a savepoint there.
        const bool guarded = st.kind == PgStatementKind::OwnerOrPrivilege && inTransaction;
        if (guarded)
            if (Status s = conn.exec(u"SAVEPOINT schemamedic_role"_s); !s)
                return s.error();
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(st.sql)) {
            const QSqlError e = q.lastError();
            // Only the first line: libpq's "LINE n:" context repeats the statement's text.
            const QString message = serverMessage(e);
            spdlog::debug("{}:{}: the scratch server rejected a statement: {} ({})", file, st.line,
                          message, e.nativeErrorCode());
            // A dump names production's roles: undefined_object on an owner or a privilege
            // costs nothing we compare.
            if (st.kind == PgStatementKind::OwnerOrPrivilege && e.nativeErrorCode() == u"42704") {
                if (guarded)
                    if (Status s = conn.exec(u"ROLLBACK TO SAVEPOINT schemamedic_role"_s); !s)
                        return s.error();
                warnings << u"%1:%2: "_s.arg(file).arg(st.line) +
                                PostgresDdlLoaderText::tr(
                                    "skipped this statement: %1 on the scratch server (owners "
                                    "and privileges are not compared).")
                                    .arg(message);
                continue;
            }
            const int line = st.line + lineWithinStatement(e) - 1;
            return makeError(
                ErrorKind::Input,
                u"%1:%2: "_s.arg(file).arg(line) +
                    PostgresDdlLoaderText::tr("PostgreSQL rejected this statement: %1.")
                        .arg(message),
                st.sql.left(300));
        }
        spdlog::trace("{}:{}: ran {}", file, st.line, st.sql.section(u'\n', 0, 0).left(200));
        if (guarded)
            if (Status s = conn.exec(u"RELEASE SAVEPOINT schemamedic_role"_s); !s)
                return s.error();
        if (st.kind == PgStatementKind::BeginTransaction) {
            inTransaction = true;
            transactionLine = st.line;
        } else if (st.kind == PgStatementKind::EndTransaction) {
            inTransaction = false;
        }
    }
    if (inTransaction) {
        // psql would roll it back at the end of the file; the author meant the schema.
        if (Status s = conn.exec(u"COMMIT"_s); !s)
            return s.error();
        warnings << u"%1:%2: "_s.arg(file).arg(transactionLine) +
                        PostgresDdlLoaderText::tr(
                            "the transaction begun here is never committed; it was committed "
                            "to read the schema.");
    }
    return {};
}

} // namespace

Result<ExpectedSchema> loadPostgresDdl(const QString &sql, const QString &file,
                                       const ExpectedOptions &options)
{
    // Everything that is refused is refused here, before a scratch database exists.
    auto script = splitPostgresScript(sql, file);
    if (!script)
        return script.error();
    if (script->statements.isEmpty())
        return makeError(ErrorKind::Input,
                         PostgresDdlLoaderText::tr("%1 contains no SQL statement.").arg(file));
    QStringList warnings = script->warnings;
    for (const PgStatement &st : std::as_const(script->statements))
        for (const auto &[written, kept] : longIdentifiers(st.sql))
            warnings << u"%1:%2: "_s.arg(file).arg(st.line) +
                            PostgresDdlLoaderText::tr(
                                "the name \"%1\" is longer than 63 bytes; PostgreSQL shortens "
                                "it to \"%2\", as it will on the live database.")
                                .arg(written, kept);

    auto scratch = ScratchPostgres::create(options.scratch, options.cancelled);
    if (!scratch)
        return scratch.error();
    const ConnectionSpec &spec = (*scratch)->spec();
    {
        auto conn = Connection::open(spec, AccessMode::ReadWrite);
        if (!conn)
            return conn.error();
        if (Status s = runScript(*conn, *script, file, options, warnings); !s)
            return s.error();
    }
    // A fresh session: the file's SET search_path, SET ROLE … must not colour the reading.
    auto conn = Connection::open(spec, AccessMode::ReadOnly);
    if (!conn)
        return conn.error();
    IntrospectOptions io;
    io.schemas = options.schemas;
    io.progress = options.progress;
    io.cancelled = options.cancelled;
    auto schema = introspect(*conn, io);
    if (!schema)
        return schema.error();
    spdlog::info("loaded {} ({} statements, {} warnings) into the scratch database {}", file,
                 script->statements.size(), warnings.size(), spec.redacted());
    return ExpectedSchema{*schema, file, warnings};
}

} // namespace sm
