// SPDX-License-Identifier: MIT
#include "Connection.h"

#include "log/Log.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sm {
namespace {

// This file's messages: lupdate files them under sm::Connection, the context the runtime looks up.
struct ConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(sm::Connection)
};

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"schemamedic-%1"_s.arg(counter.fetchAndAddRelaxed(1) + 1);
}

// libpq's own message, reduced to its first line (the rest repeats it or names a socket path).
QString firstLine(const QString &text)
{
    const QString t = text.trimmed();
    const qsizetype nl = t.indexOf(u'\n');
    return nl < 0 ? t : t.left(nl).trimmed();
}

// The quoted text that follows `prefix` (which ends with the opening quote) in libpq's message.
QString quotedAfter(const QString &raw, const QString &prefix)
{
    const qsizetype start = raw.indexOf(prefix);
    if (start < 0)
        return {};
    const qsizetype from = start + prefix.size();
    const qsizetype end = raw.indexOf(u'"', from);
    return end < 0 ? QString() : raw.mid(from, end - from);
}

Error postgresOpenError(const ConnectionSpec &spec, const QSqlError &err)
{
    const QString raw = err.databaseText().isEmpty() ? err.text() : err.databaseText();
    const QString where =
        spec.host.startsWith(u'/') ? spec.host : u"%1:%2"_s.arg(spec.host).arg(spec.port);
    QString msg;
    if (raw.contains(u"password authentication failed"_s) ||
        raw.contains(u"authentication failed"_s))
        msg = ConnectionText::tr("The server at %1 refused the password for user \"%2\".")
                  .arg(where, spec.user);
    else if (raw.contains(u"no password supplied"_s) || raw.contains(u"fe_sendauth"_s))
        msg = ConnectionText::tr(
                  "The server at %1 asks for a password and none was given (not in the URL, "
                  "PGPASSWORD, PGPASSFILE or ~/.pgpass).")
                  .arg(where);
    else if (raw.contains(u"Connection refused"_s))
        msg = ConnectionText::tr("Nothing is accepting connections at %1 (connection refused).")
                  .arg(where);
    else if (raw.contains(u"could not translate host name"_s) ||
             raw.contains(u"Name or service not known"_s))
        msg = ConnectionText::tr("The host name \"%1\" cannot be resolved.").arg(spec.host);
    else if (raw.contains(u"timeout expired"_s) || raw.contains(u"timed out"_s))
        msg = ConnectionText::tr("The server at %1 did not answer in time.").arg(where);
    else if (raw.contains(u"database \""_s) && raw.contains(u"does not exist"_s))
        msg = ConnectionText::tr("The database \"%1\" does not exist on the server at %2.")
                  .arg(spec.database, where);
    else if (raw.contains(u"role \""_s) && raw.contains(u"does not exist"_s))
        msg = ConnectionText::tr("The user \"%1\" does not exist on the server at %2.")
                  .arg(spec.user, where);
    else if (raw.contains(u"does not support SSL"_s))
        msg = ConnectionText::tr("The server at %1 does not offer TLS, which sslmode=%2 requires.")
                  .arg(where, spec.param(u"sslmode"_s));
    else if (raw.contains(u"root certificate file"_s))
        msg = ConnectionText::tr("The CA certificate file \"%1\" (sslrootcert) cannot be read.")
                  .arg(quotedAfter(raw, u"root certificate file \""_s));
    else if (raw.contains(u"does not match host name"_s))
        msg = ConnectionText::tr("The TLS certificate of the server at %1 is for another host "
                                 "name (\"%2\"), so it was refused.")
                  .arg(where, quotedAfter(raw, u"server certificate for \""_s));
    else if (raw.contains(u"certificate verify failed"_s))
        msg = ConnectionText::tr("The TLS certificate of the server at %1 is not signed by the "
                                 "trusted CA (sslrootcert), so it was refused.")
                  .arg(where);
    else if (raw.contains(u"SSL"_s) || raw.contains(u"certificate"_s))
        msg = ConnectionText::tr("A secure (TLS) connection to %1 could not be made as requested.")
                  .arg(where);
    else if (raw.contains(u"No such file or directory"_s))
        msg = ConnectionText::tr("No PostgreSQL server is listening at %1.").arg(where);
    else
        msg = ConnectionText::tr("Cannot connect to the PostgreSQL server at %1.").arg(where);
    return makeError(ErrorKind::Connection, msg, redactSecrets(firstLine(raw)));
}

// The page cache of every SQLite connection, in KiB (PRAGMA cache_size takes it negated).
constexpr int kSqliteCacheKiB = 64 * 1024;

// SQLite refuses to open what is not a database only when it first reads it; we check first.
Status checkSqliteFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(
            ErrorKind::Input,
            ConnectionText::tr("The SQLite database %1 does not exist (Schema Medic never creates "
                               "an empty one).")
                .arg(path));
    if (info.isDir())
        return makeError(
            ErrorKind::Input,
            ConnectionText::tr("%1 is a directory, not a SQLite database file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorKind::Input,
            !info.isReadable()
                ? ConnectionText::tr("The SQLite database %1 cannot be read: this user has no "
                                     "permission to read it.")
                      .arg(path)
                : ConnectionText::tr("The SQLite database %1 cannot be read.").arg(path),
            file.errorString());
    if (file.size() == 0)
        return {}; // a 0-byte file is a valid empty database
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3\0", 16))
        return makeError(ErrorKind::Input,
                         ConnectionText::tr(
                             "%1 is not a SQLite database (its header is not \"SQLite format 3\").")
                             .arg(path));
    if (file.size() < 100)
        return makeError(
            ErrorKind::Input,
            ConnectionText::tr("%1 is truncated: it is shorter than a SQLite header.").arg(path));
    return {};
}

Error sqliteError(const QString &path, const QSqlError &err)
{
    const int code = err.nativeErrorCode().toInt();
    QString msg;
    switch (code & 0xff) {
    case SQLITE_NOTADB:
        msg = ConnectionText::tr("%1 is not a SQLite database, or it is encrypted.").arg(path);
        break;
    case SQLITE_CORRUPT:
        msg = ConnectionText::tr("The SQLite database %1 is corrupt.").arg(path);
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        msg = ConnectionText::tr("The SQLite database %1 is locked by another process.").arg(path);
        break;
    case SQLITE_CANTOPEN:
        msg = ConnectionText::tr("The SQLite database %1 cannot be opened.").arg(path);
        break;
    case SQLITE_READONLY:
        msg = ConnectionText::tr("The SQLite database %1 is read-only.").arg(path);
        break;
    default:
        msg = ConnectionText::tr("The SQLite database %1 cannot be read.").arg(path);
    }
    return makeError(ErrorKind::Input, msg, err.text());
}

// SQLSTATE class 08 (connection exception), 57P01–57P03 (terminated by an administrator,
// crash shutdown, cannot connect now), or libpq's own words when the socket just closed.
bool isConnectionLoss(const QSqlError &err)
{
    const QString code = err.nativeErrorCode();
    if (code.startsWith(u"08"_s) || code == u"57P01" || code == u"57P02" || code == u"57P03")
        return true;
    const QString text = err.databaseText() + err.driverText();
    return err.type() == QSqlError::ConnectionError ||
           text.contains(u"server closed the connection"_s) ||
           text.contains(u"no connection to the server"_s) ||
           text.contains(u"terminating connection"_s);
}

} // namespace

struct Connection::Private
{
    ConnectionSpec spec;
    AccessMode mode = AccessMode::ReadOnly;
    QString name;
    QString serverVersion;
    int serverVersionNumber = 0;
    int queries = 0;

    ~Private()
    {
        if (name.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

Connection::Connection(std::unique_ptr<Private> p)
    : d(std::move(p))
{}
Connection::Connection(Connection &&) noexcept = default;
Connection &Connection::operator=(Connection &&) noexcept = default;
Connection::~Connection() = default;

const ConnectionSpec &Connection::spec() const
{
    return d->spec;
}
AccessMode Connection::mode() const
{
    return d->mode;
}
QString Connection::serverVersion() const
{
    return d->serverVersion;
}
int Connection::serverVersionNumber() const
{
    return d->serverVersionNumber;
}
int Connection::queryCount() const
{
    return d->queries;
}
void Connection::resetQueryCount()
{
    d->queries = 0;
}
QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(d->name, false);
}

sqlite3 *Connection::sqliteHandle() const
{
    if (d->spec.dialect != Dialect::Sqlite)
        return nullptr;
    const QVariant v = database().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

Result<Connection> Connection::open(const ConnectionSpec &spec, AccessMode mode)
{
    auto p = std::make_unique<Private>();
    p->spec = spec;
    p->mode = mode;

    if (spec.dialect == Dialect::Sqlite) {
        if (Status s = checkSqliteFile(spec.path); !s)
            return s.error();
        if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
            return makeError(ErrorKind::Internal,
                             ConnectionText::tr("Qt's SQLite driver (QSQLITE) is not installed."));
        p->name = nextConnectionName();
        {
            // Scoped: a copy of the handle still alive when an early return destroys the
            // Connection makes Qt warn on stderr, before our one sentence.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, p->name);
            db.setDatabaseName(spec.path);
            QStringList options{u"QSQLITE_BUSY_TIMEOUT=3000"_s};
            if (mode == AccessMode::ReadOnly)
                options << u"QSQLITE_OPEN_READONLY"_s;
            db.setConnectOptions(options.join(u';'));
            if (!db.open())
                return sqliteError(spec.path, db.lastError());
        }
        Connection c(std::move(p));
        // SQLite silently opens a file it may not write read-only; a repair would fail late.
        if (mode == AccessMode::ReadWrite) {
            sqlite3 *handle = c.sqliteHandle();
            if (handle && sqlite3_db_readonly(handle, "main") == 1)
                return makeError(ErrorKind::Input,
                                 ConnectionText::tr("The SQLite database %1 is read-only for this "
                                                    "user, and a repair needs to write it.")
                                     .arg(spec.path));
            const QFileInfo folder(QFileInfo(spec.path).absolutePath());
            if (!folder.isWritable())
                return makeError(
                    ErrorKind::Input,
                    ConnectionText::tr("The folder %1 is read-only for this user, and SQLite needs "
                                       "to write its journal file there to change %2.")
                        .arg(folder.absoluteFilePath(), QFileInfo(spec.path).fileName()));
        }
        // Reading the schema table is the first real read: it fails on a corrupt or foreign file.
        auto q = c.query(u"SELECT count(*) FROM sqlite_schema"_s);
        if (!q)
            return q.error();
        if (mode == AccessMode::ReadOnly)
            (void)c.exec(u"PRAGMA query_only = 1"_s);
        // SQLite's default page cache is 2 MB. The whole-file passes of a repair and a backup
        // (foreign_key_check, integrity_check, a rebuild's INSERT … SELECT) then re-read the same
        // index pages from disk: on a 147 MB database foreign_key_check took 4.1 s with 2 MB and
        // 1.2 s with 64 MB, integrity_check 8.0 s and 2.2 s (bench/RESULTS.md). A ceiling, not an
        // allocation: reading a schema fills only the few pages it reads.
        (void)c.exec(u"PRAGMA cache_size = -%1"_s.arg(kSqliteCacheKiB));
        c.d->serverVersion = QString::fromLatin1(sqlite3_libversion());
        c.d->serverVersionNumber = sqlite3_libversion_number();
        spdlog::info("opened {} ({}) {}", spec.redacted(), c.d->serverVersion,
                     mode == AccessMode::ReadOnly ? "read-only" : "read-write");
        return c;
    }

    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return makeError(
            ErrorKind::Internal,
            ConnectionText::tr("Qt's PostgreSQL driver (QPSQL) is not installed; install "
                               "libqt6sql6-psql."));
    p->name = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, p->name);
    db.setHostName(spec.host);
    db.setPort(spec.port);
    db.setDatabaseName(spec.database);
    if (!spec.user.isEmpty())
        db.setUserName(spec.user);
    if (!spec.password.isEmpty())
        db.setPassword(spec.password); // otherwise libpq's PGPASSWORD / PGPASSFILE / ~/.pgpass
    QStringList options;
    for (const auto &[k, v] : spec.params)
        options << k + u"='"_s + QString(v).replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s) +
                       u'\'';
    if (spec.param(u"connect_timeout"_s).isEmpty())
        options << u"connect_timeout=10"_s;
    if (spec.param(u"application_name"_s).isEmpty())
        options << u"application_name=schemamedic"_s;
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        Error e = postgresOpenError(spec, db.lastError());
        spdlog::info("connection to {} failed: {}", spec.redacted(), e.details);
        return e;
    }
    db = QSqlDatabase(); // released, as in the SQLite branch: no warning on an early return
    Connection c(std::move(p));
    if (mode == AccessMode::ReadOnly) {
        if (Status s = c.exec(u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s); !s)
            return s.error();
    }
    auto v = c.query(u"SELECT current_setting('server_version'), "
                     "current_setting('server_version_num')::int"_s);
    if (!v)
        return v.error();
    if (v->next()) {
        c.d->serverVersion = v->value(0).toString().section(u' ', 0, 0);
        c.d->serverVersionNumber = v->value(1).toInt();
    }
    spdlog::info("connected to {} (PostgreSQL {}) {}", spec.redacted(), c.d->serverVersion,
                 mode == AccessMode::ReadOnly ? "read-only" : "read-write");
    return c;
}

Result<Connection> Connection::openInMemorySqlite()
{
    auto p = std::make_unique<Private>();
    p->spec.dialect = Dialect::Sqlite;
    p->spec.path = u":memory:"_s;
    p->mode = AccessMode::ReadWrite;
    p->name = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, p->name);
    db.setDatabaseName(u":memory:"_s);
    if (!db.open())
        return makeError(ErrorKind::Internal,
                         ConnectionText::tr("Cannot open an in-memory SQLite database."),
                         db.lastError().text());
    Connection c(std::move(p));
    c.d->serverVersion = QString::fromLatin1(sqlite3_libversion());
    c.d->serverVersionNumber = sqlite3_libversion_number();
    return c;
}

Result<QSqlQuery> Connection::query(const QString &sql, const QVariantList &binds)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    ++d->queries;
    QElapsedTimer timer;
    timer.start();
    bool ok = false;
    if (binds.isEmpty()) {
        ok = q.exec(sql);
    } else if (q.prepare(sql)) {
        for (const QVariant &b : binds)
            q.addBindValue(b);
        ok = q.exec();
    }
    const qint64 ms = timer.elapsed();
    if (!ok) {
        const QSqlError err = q.lastError();
        spdlog::debug("statement failed after {} ms: {}", ms, firstLine(sql));
        QString details = err.databaseText().isEmpty() ? err.text() : err.databaseText();
        if (!err.nativeErrorCode().isEmpty())
            details = u"%1 (%2)"_s.arg(details, err.nativeErrorCode());
        if (d->spec.dialect == Dialect::Sqlite) {
            const int code = err.nativeErrorCode().toInt() & 0xff;
            if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT || code == SQLITE_BUSY ||
                code == SQLITE_LOCKED)
                return sqliteError(d->spec.path, err);
        } else if (isConnectionLoss(err) || !database().isOpen()) {
            return makeError(
                ErrorKind::Connection,
                ConnectionText::tr("The connection to the PostgreSQL server was lost."),
                redactSecrets(details));
        }
        Error e = makeError(ErrorKind::Query,
                            ConnectionText::tr("A statement failed: %1").arg(firstLine(details)),
                            redactSecrets(sql.left(2000)));
        e.code = err.nativeErrorCode();
        return e;
    }
    spdlog::trace("{} ms: {}", ms, firstLine(sql));
    return q;
}

Status Connection::exec(const QString &sql, const QVariantList &binds)
{
    auto q = query(sql, binds);
    if (!q)
        return q.error();
    return {};
}

QString quoteIdentifier(const QString &name)
{
    QString out = name;
    out.replace(u'"', u"\"\""_s);
    return u'"' + out + u'"';
}

} // namespace sm
