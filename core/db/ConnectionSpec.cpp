// SPDX-License-Identifier: MIT
#include "ConnectionSpec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace sm {
namespace {

// This file's messages: lupdate files them under sm::ConnectionSpec, the context the runtime looks
// up.
struct ConnectionSpecText
{
    Q_DECLARE_TR_FUNCTIONS(sm::ConnectionSpec)
};

// libpq URI parameters we pass through; anything else is a typo the operator should hear about.
const QStringList kKnownParams = {
    u"sslmode"_s,         u"connect_timeout"_s, u"application_name"_s, u"sslrootcert"_s,
    u"sslcert"_s,         u"sslkey"_s,          u"sslcrl"_s,           u"target_session_attrs"_s,
    u"options"_s,         u"keepalives"_s,      u"keepalives_idle"_s,  u"gssencmode"_s,
    u"channel_binding"_s,
};
const QStringList kSslModes = {u"disable"_s, u"allow"_s,     u"prefer"_s,
                               u"require"_s, u"verify-ca"_s, u"verify-full"_s};

Error usage(const QString &message)
{
    return makeError(ErrorKind::Usage, message);
}

Result<ConnectionSpec> parseSqlite(const QString &url)
{
    QString rest = url.mid(u"sqlite:"_s.size());
    if (rest.startsWith(u"//")) {
        // sqlite:///abs/path — an empty authority, then an absolute path.
        rest = rest.mid(2);
        if (!rest.startsWith(u'/'))
            return usage(ConnectionSpecText::tr(
                "A sqlite:// URL must be followed by an absolute path, as in "
                "sqlite:///var/lib/app.db."));
    }
    rest = QUrl::fromPercentEncoding(rest.toUtf8());
    if (rest.isEmpty())
        return usage(ConnectionSpecText::tr("The SQLite URL names no file; write sqlite:PATH."));
    if (rest.contains(QChar(0)))
        return usage(ConnectionSpecText::tr("The SQLite path contains a NUL character."));
    ConnectionSpec spec;
    spec.dialect = Dialect::Sqlite;
    spec.path = QDir::cleanPath(QFileInfo(rest).absoluteFilePath());
    return spec;
}

Result<ConnectionSpec> parsePostgres(const QString &url)
{
    // Check the port ourselves first: QUrl's own message for it is not one for people.
    {
        const qsizetype start = url.indexOf(u"://"_s) + 3;
        qsizetype end = url.size();
        for (const QChar stop : {u'/', u'?', u'#'}) {
            const qsizetype i = url.indexOf(stop, start);
            if (i >= 0 && i < end)
                end = i;
        }
        const QString authority = url.mid(start, end - start);
        const QString hostPort = authority.mid(authority.lastIndexOf(u'@') + 1);
        const qsizetype colon = hostPort.lastIndexOf(u':');
        if (colon >= 0 && !hostPort.endsWith(u']')) {
            bool ok = false;
            const int port = hostPort.mid(colon + 1).toInt(&ok);
            if (!ok || port < 1 || port > 65535)
                return usage(ConnectionSpecText::tr(
                    "The port in the URL must be a number from 1 to 65535."));
        }
    }
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid())
        return makeError(ErrorKind::Usage,
                         ConnectionSpecText::tr("The PostgreSQL URL is malformed."),
                         u.errorString());
    ConnectionSpec spec;
    spec.dialect = Dialect::Postgres;
    spec.host = u.host(QUrl::FullyDecoded);
    spec.user = u.userName(QUrl::FullyDecoded);
    spec.password = u.password(QUrl::FullyDecoded);
    if (u.port() > 0)
        spec.port = u.port();
    QString path = u.path(QUrl::FullyDecoded);
    if (path.startsWith(u'/'))
        path = path.mid(1);
    if (path.contains(u'/'))
        return usage(ConnectionSpecText::tr(
            "The PostgreSQL URL must name one database after the host, as in "
            "postgresql://user@host/dbname."));
    spec.database = path;

    const QUrlQuery query(u);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"password") {
            spec.password = value;
        } else if (key == u"host") {
            spec.host = value;
        } else if (key == u"port") {
            bool ok = false;
            const int port = value.toInt(&ok);
            if (!ok || port < 1 || port > 65535)
                return usage(ConnectionSpecText::tr(
                    "The port in the URL must be a number from 1 to 65535."));
            spec.port = port;
        } else if (key == u"dbname") {
            spec.database = value;
        } else if (key == u"user") {
            spec.user = value;
        } else if (kKnownParams.contains(key)) {
            if (key == u"sslmode" && !kSslModes.contains(value))
                return usage(ConnectionSpecText::tr("sslmode must be one of %1.")
                                 .arg(kSslModes.join(u", "_s)));
            if (key == u"connect_timeout") {
                bool ok = false;
                const int seconds = value.toInt(&ok);
                if (!ok || seconds < 0)
                    return usage(ConnectionSpecText::tr(
                        "connect_timeout must be a whole number of seconds."));
            }
            spec.params.append({key, value});
        } else {
            return usage(
                ConnectionSpecText::tr("The URL parameter \"%1\" is not a PostgreSQL connection "
                                       "parameter that Schema Medic knows.")
                    .arg(key));
        }
    }
    if (spec.host.isEmpty())
        return usage(ConnectionSpecText::tr(
            "The PostgreSQL URL names no host; write postgresql://user@host/dbname."));
    if (spec.database.isEmpty())
        return usage(ConnectionSpecText::tr("The PostgreSQL URL names no database; write "
                                            "postgresql://user@host/dbname."));
    return spec;
}

} // namespace

Result<ConnectionSpec> ConnectionSpec::parse(const QString &input)
{
    const QString url = input.trimmed();
    if (url.isEmpty())
        return usage(
            ConnectionSpecText::tr("No database was given; pass a URL such as sqlite:app.db or "
                                   "postgresql://user@host/dbname."));
    if (url.startsWith(u"sqlite:", Qt::CaseInsensitive))
        return parseSqlite(url);
    if (url.startsWith(u"postgresql://", Qt::CaseInsensitive) ||
        url.startsWith(u"postgres://", Qt::CaseInsensitive))
        return parsePostgres(url);
    const qsizetype colon = url.indexOf(u':');
    if (colon > 0 && colon < 20)
        return usage(ConnectionSpecText::tr(
                         "The URL scheme \"%1\" is not supported; use sqlite: or postgresql://.")
                         .arg(url.left(colon)));
    return usage(ConnectionSpecText::tr("\"%1\" is not a database URL; write sqlite:PATH or "
                                        "postgresql://user@host/dbname.")
                     .arg(url.left(200)));
}

QString ConnectionSpec::param(const QString &key) const
{
    for (const auto &[k, v] : params)
        if (k == key)
            return v;
    return {};
}

void ConnectionSpec::setParam(const QString &key, const QString &value)
{
    for (auto &[k, v] : params)
        if (k == key) {
            v = value;
            return;
        }
    params.append({key, value});
}

QString ConnectionSpec::redacted() const
{
    if (dialect == Dialect::Sqlite)
        return u"sqlite:"_s + path;
    QUrl u;
    u.setScheme(u"postgresql"_s);
    if (!user.isEmpty())
        u.setUserName(user);
    // A host or database that ?host= / ?dbname= gave and that the URL's authority or path
    // cannot hold as it is (a socket folder, "h1,h2", upper case, a '/' in a name) goes back
    // into the query, so that the printed URL names the same place (found by fuzz/).
    const bool hostInQuery = [this] {
        if (host.startsWith(u'/'))
            return true;
        QUrl probe;
        probe.setHost(host, QUrl::StrictMode);
        return !probe.isValid() || probe.host(QUrl::FullyDecoded) != host;
    }();
    const bool databaseInQuery = database.contains(u'/');
    const bool socketDir = hostInQuery;
    if (!socketDir)
        u.setHost(host);
    else
        u.setHost(u"localhost"_s);
    if (port != 5432)
        u.setPort(port);
    u.setPath(databaseInQuery ? u"/"_s : u'/' + database);
    QUrlQuery q;
    if (socketDir)
        q.addQueryItem(u"host"_s, host);
    if (databaseInQuery)
        q.addQueryItem(u"dbname"_s, database);
    for (const auto &[k, v] : params)
        q.addQueryItem(k, v);
    if (!q.isEmpty())
        u.setQuery(q);
    QString text = u.toString(QUrl::FullyEncoded);
    if (socketDir)
        text.replace(u"//"_s + (user.isEmpty() ? QString() : user + u'@') + u"localhost"_s,
                     u"//"_s + (user.isEmpty() ? QString() : user + u'@'));
    return text;
}

QString ConnectionSpec::displayName() const
{
    if (dialect == Dialect::Sqlite)
        return QFileInfo(path).fileName();
    return database;
}

QString redactSecrets(QString text)
{
    static const QRegularExpression urlPassword(
        uR"(((?:postgres(?:ql)?|[a-z][a-z0-9+.-]*)://[^:/@\s]*):[^@/\s]*@)"_s,
        QRegularExpression::CaseInsensitiveOption);
    // The value runs on over quoted parts with backslash escapes (libpq conninfo: 'a\'b') and
    // doubled quotes (SQL: 'a''b'), so no part of a password is left behind after the first
    // quote (found by fuzz/); an unterminated quote runs to the end of the line.
    static const QRegularExpression pairPassword(
        uR"(\b((?:password|passwd|pwd|PGPASSWORD)\s*[=:]\s*)((?:'(?:[^'\\\n]|\\.)*'?|"(?:[^"\\\n]|\\.)*"?|[^\s&;,'"])+))"_s,
        QRegularExpression::CaseInsensitiveOption);
    // Until nothing changes: one replacement can bring two pieces together into a new match
    // (several URLs and pairs run together, found by fuzz/), and redacted text must come back
    // unchanged when it is redacted again. Each round is one pass over the text; the rounds are
    // bounded by its length plus 8. A fuzzed input of pieces run together needed 9 when the
    // bound was 8 (fuzz_connectionspec); 200,000 random inputs of such pieces all settled
    // within the new bound (checked with a model of the two patterns).
    for (qsizetype round = 0, rounds = text.size() + 8; round < rounds; ++round) {
        const QString before = text;
        text.replace(urlPassword, u"\\1:***@"_s);
        text.replace(pairPassword, u"\\1***"_s);
        if (text == before)
            break;
    }
    return text;
}

} // namespace sm
