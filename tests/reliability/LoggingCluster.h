// SPDX-License-Identifier: MIT
#pragma once

// A private PostgreSQL cluster that logs every statement (log_statement = all, with session id,
// application name and database in each line), and a scanner that proves from that log that the
// sessions to a database never wrote and ran read-only. Shared by tst_faults (the CLI) and
// tst_readonlygui (the console). Started like tst_tls's cluster: initdb as the postgres user
// when root, a free port on 127.0.0.1, password authentication.

#include "db/ConnectionSpec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>

namespace sm::test {

using namespace Qt::StringLiterals;

inline bool isRoot()
{
    return ::geteuid() == 0;
}

// Runs a program (as the postgres OS user when asServer and we are root); "" or the error.
inline QString runProgram(const QString &program, const QStringList &args, bool asServer = false,
                          int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (asServer && isRoot())
        p.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + args);
    else
        p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return program + u" did not finish"_s;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return u"%1 %2 failed: %3"_s.arg(program, args.join(u' '),
                                         QString::fromUtf8(p.readAll()).left(2000));
    return {};
}

inline QString serverBinDir()
{
    QStringList dirs;
    for (const QString &v :
         QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (QFileInfo(u"/usr/lib/postgresql/%1/bin/initdb"_s.arg(v)).isExecutable())
            dirs << u"/usr/lib/postgresql/%1/bin"_s.arg(v);
    std::sort(dirs.begin(), dirs.end(), [](const QString &a, const QString &b) {
        return a.section(u'/', 4, 4).toDouble() < b.section(u'/', 4, 4).toDouble();
    });
    return dirs.isEmpty() ? QString() : dirs.last();
}

inline int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    ::close(fd);
    return port;
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

class LoggingCluster
{
public:
    LoggingCluster() = default;
    ~LoggingCluster() { stop(u"immediate"_s); }
    Q_DISABLE_COPY_MOVE(LoggingCluster)

    QString start(const QString &binDir)
    {
        m_bin = binDir;
        if (!m_dir.isValid())
            return u"no temporary directory"_s;
        m_password = u"faults-%1"_s.arg(QString::number(quint64(::getpid()) * 104729u, 16));
        if (!writeFile(m_dir.filePath(u"pwfile"_s), m_password.toUtf8() + '\n'))
            return u"cannot write the password file"_s;
        if (isRoot())
            if (QString e = runProgram(u"chown"_s, {u"-R"_s, u"postgres:postgres"_s, m_dir.path()});
                !e.isEmpty())
                return e;
        if (QString e =
                runProgram(m_bin + u"/initdb"_s,
                           {u"-D"_s, data(), u"-U"_s, u"schemamedic"_s,
                            u"--pwfile="_s + m_dir.filePath(u"pwfile"_s), u"--auth=scram-sha-256"_s,
                            u"-E"_s, u"UTF8"_s, u"--locale=C.UTF-8"_s, u"-N"_s},
                           true);
            !e.isEmpty())
            return e;
        QFile::remove(m_dir.filePath(u"pwfile"_s));
        for (int attempt = 0; attempt < 3; ++attempt) {
            m_port = freePort();
            QFile conf(data() + u"/postgresql.auto.conf"_s);
            if (!conf.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return u"cannot write postgresql.auto.conf"_s;
            conf.write(u"port = %1\nlisten_addresses = '127.0.0.1'\n"
                       "unix_socket_directories = '%2'\nfsync = off\n"
                       "log_statement = 'all'\nlog_line_prefix = '%m|%c|%a|%d| '\n"
                       "log_min_messages = warning\nlog_min_error_statement = error\n"_s.arg(m_port)
                           .arg(m_dir.path())
                           .toUtf8());
            conf.close();
            if (isRoot())
                runProgram(u"chown"_s, {u"postgres:postgres"_s, conf.fileName()});
            const QString e = startServer();
            if (e.isEmpty())
                return {};
            if (attempt == 2)
                return e + u"\n"_s + logTail();
        }
        return u"not started"_s;
    }

    QString startServer()
    {
        const QString e =
            runProgram(m_bin + u"/pg_ctl"_s,
                       {u"-D"_s, data(), u"-l"_s, logPath(), u"-w"_s, u"-t"_s, u"60"_s, u"start"_s},
                       true, 90000);
        m_running = e.isEmpty();
        return e;
    }

    // -m fast: clients are told and disconnected, then a clean shutdown. -m immediate: every
    // process quits at once; the next start runs crash recovery.
    QString stop(const QString &mode)
    {
        if (!m_running)
            return {};
        m_running = false;
        return runProgram(m_bin + u"/pg_ctl"_s,
                          {u"-D"_s, data(), u"-m"_s, mode, u"-w"_s, u"-t"_s, u"60"_s, u"stop"_s},
                          true, 90000);
    }

    ConnectionSpec admin(const QString &database = u"postgres"_s) const
    {
        ConnectionSpec s;
        s.dialect = Dialect::Postgres;
        s.host = u"127.0.0.1"_s;
        s.port = m_port;
        s.user = u"schemamedic"_s;
        s.database = database;
        s.password = m_password;
        return s;
    }
    QString url(const QString &database) const
    {
        return u"postgresql://schemamedic@127.0.0.1:%1/%2"_s.arg(m_port).arg(database);
    }
    QString password() const { return m_password; }
    QString logPath() const { return m_dir.filePath(u"server.log"_s); }
    qint64 logSize() const { return QFileInfo(logPath()).size(); }
    QString logFrom(qint64 offset) const
    {
        QFile f(logPath());
        if (!f.open(QIODevice::ReadOnly) || !f.seek(offset))
            return {};
        return QString::fromUtf8(f.readAll());
    }
    QString logTail() const
    {
        QFile f(logPath());
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(3000)) : QString();
    }

private:
    QString data() const { return m_dir.filePath(u"data"_s); }

    QTemporaryDir m_dir{QDir::tempPath() + u"/schemamedic-faults-pg-XXXXXX"_s};
    QString m_bin;
    QString m_password;
    int m_port = 0;
    bool m_running = false;
};

// One statement as the server logged it.
struct Logged
{
    QString session; // %c
    QString application;
    QString database;
    QString sql;
};

inline QList<Logged> parseLog(const QString &text)
{
    static const QRegularExpression head(
        u"^[^|]*\\|([^|]*)\\|([^|]*)\\|([^|]*)\\| [A-Z]+:  (?:statement|execute [^:]*): (.*)$"_s);
    QList<Logged> out;
    bool inStatement = false;
    for (const QString &line : text.split(u'\n')) {
        const auto m = head.match(line);
        if (m.hasMatch()) {
            out.append({m.captured(1), m.captured(2), m.captured(3), m.captured(4)});
            inStatement = true;
        } else if (inStatement && line.startsWith(u'\t')) {
            out.last().sql += u'\n' + line.mid(1);
        } else {
            inStatement = false;
        }
    }
    return out;
}

// Text of a statement without its string literals, quoted identifiers and comments: the words
// that are left are the statement's own.
inline QString statementWords(const QString &sql)
{
    QString s = sql;
    s.remove(QRegularExpression(u"--[^\\n]*"_s));
    s.remove(QRegularExpression(u"/\\*.*?\\*/"_s, QRegularExpression::DotMatchesEverythingOption));
    s.replace(QRegularExpression(u"\\$([A-Za-z_]*)\\$.*?\\$\\1\\$"_s,
                                 QRegularExpression::DotMatchesEverythingOption),
              u"''"_s);
    s.replace(QRegularExpression(u"'(?:[^']|'')*'"_s), u"''"_s);
    s.replace(QRegularExpression(u"\"(?:[^\"]|\"\")*\""_s), u"\"\""_s);
    return s;
}

// Why a statement writes (or could unlock writing), or "" when it only reads.
inline QString writeReason(const QString &sql)
{
    static const QRegularExpression writes(
        u"\\b(INSERT|UPDATE|DELETE|MERGE|CREATE|ALTER|DROP|TRUNCATE|GRANT|REVOKE|COMMENT|"
        "REINDEX|VACUUM|CLUSTER|REFRESH|LOCK|COPY|SECURITY\\s+LABEL|IMPORT|CALL|DO|"
        "NEXTVAL|SETVAL|PG_ADVISORY\\w*|PG_TRY_ADVISORY\\w*|LO_\\w+|PG_TERMINATE_BACKEND|"
        "PG_CANCEL_BACKEND|FOR\\s+(?:NO\\s+KEY\\s+)?UPDATE|FOR\\s+(?:KEY\\s+)?SHARE|"
        "READ\\s+WRITE|SELECT\\s[^;]*\\bINTO\\b|PREPARE\\s+TRANSACTION)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    // Switching read-only off, by SET or set_config(): the value is a literal, so this looks
    // at the statement as it was sent.
    static const QRegularExpression unlock(
        u"transaction_read_only['\"]?\\s*(,|=|\\bTO\\b)\\s*'?(off|false|0|no)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = writes.match(statementWords(sql)); m.hasMatch())
        return m.captured(1).toUpper();
    if (unlock.match(sql).hasMatch())
        return u"READ ONLY OFF"_s;
    return {};
}

// The statements the Qt PostgreSQL driver sends itself when it connects, before our code runs.
inline bool isDriverPreamble(const QString &sql)
{
    static const QRegularExpression re(
        u"^\\s*(SET\\s+(CLIENT_ENCODING|DATESTYLE|standard_conforming_strings|extra_float_digits|"
        "bytea_output)\\b|select\\s+version\\(\\)|SELECT\\s+'\\\\\\\\'\\s+x$|SHOW\\s)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(sql).hasMatch();
}

struct Scan
{
    QStringList writes;      // "session: reason: sql"
    QStringList notReadOnly; // sessions that ran a statement before SET … READ ONLY
    int statements = 0;
    QSet<QString> sessions;
};

// Every statement the sessions to one of `databases` sent.
inline Scan scan(const QList<Logged> &log, const QStringList &databases)
{
    Scan s;
    QSet<QString> readOnly;
    for (const Logged &l : log) {
        if (!databases.contains(l.database))
            continue;
        ++s.statements;
        s.sessions.insert(l.session);
        if (const QString why = writeReason(l.sql); !why.isEmpty())
            s.writes << u"%1 (%2): %3: %4"_s.arg(l.session, l.application, why, l.sql.left(300));
        if (QRegularExpression(u"^\\s*SET\\s+SESSION\\s+CHARACTERISTICS\\s+AS\\s+TRANSACTION\\s+"
                               "READ\\s+ONLY\\s*;?\\s*$"_s,
                               QRegularExpression::CaseInsensitiveOption)
                .match(l.sql)
                .hasMatch()) {
            readOnly.insert(l.session);
            continue;
        }
        if (!readOnly.contains(l.session) && !isDriverPreamble(l.sql))
            s.notReadOnly << u"%1 (%2): %3"_s.arg(l.session, l.application, l.sql.left(300));
    }
    return s;
}

// A size-limited folder: tmpfs when mount is allowed, else a loop-mounted ext2 image. Unmounted by
// the destructor on every path.

} // namespace sm::test
