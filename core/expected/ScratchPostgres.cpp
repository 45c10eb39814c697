// SPDX-License-Identifier: MIT
#include "ScratchPostgres.h"

#include "db/Connection.h"
#include "log/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QVersionNumber>

#include <optional>

#include <pwd.h>
#include <signal.h>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sm {
namespace {

// This file's messages: lupdate files them under sm::ScratchPostgres, the context the runtime looks
// up.
struct ScratchPostgresText
{
    Q_DECLARE_TR_FUNCTIONS(sm::ScratchPostgres)
};

Error noServerError()
{
    return makeError(ErrorKind::Usage,
                     ScratchPostgresText::tr(
                         "A PostgreSQL DDL file is loaded into a scratch database, and there is "
                         "none: --scratch local needs the PostgreSQL server package installed, "
                         "or pass --scratch URL with a server where a temporary database may be "
                         "created."));
}

// An empty database on a server the operator named, dropped (WITH FORCE) on destruction.
class TemporaryDatabase final : public ScratchPostgres
{
public:
    static Result<std::unique_ptr<ScratchPostgres>> create(const QString &url);
    ~TemporaryDatabase() override;

private:
    TemporaryDatabase() = default;
    std::optional<Connection> m_admin;
    QString m_name;
};

Result<std::unique_ptr<ScratchPostgres>> TemporaryDatabase::create(const QString &url)
{
    auto spec = ConnectionSpec::parse(url);
    if (!spec)
        return spec.error();
    auto admin = Connection::open(*spec, AccessMode::ReadWrite);
    if (!admin)
        return admin.error();
    const QString name = u"schemamedic_scratch_%1"_s.arg(QRandomGenerator::system()->generate64(),
                                                         16, 16, QChar(u'0'));
    // template0: whatever an administrator added to template1 is not part of the file's schema.
    // The C locale is compatible with every server encoding.
    if (Status s =
            admin->exec(u"CREATE DATABASE "_s + quoteIdentifier(name) +
                        u" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"_s);
        !s) {
        if (s.error().message.contains(u"permission denied"_s))
            return makeError(ErrorKind::Input,
                             ScratchPostgresText::tr(
                                 "The user \"%1\" may not create databases on the scratch server "
                                 "%2; give it CREATEDB, or pass --scratch local.")
                                 .arg(spec->user, spec->redacted()),
                             s.error().message);
        return makeError(ErrorKind::Input,
                         ScratchPostgresText::tr(
                             "A temporary database cannot be created on the scratch server %1.")
                             .arg(spec->redacted()),
                         s.error().message);
    }
    spdlog::info("created the scratch database {} on {}", name, spec->redacted());
    std::unique_ptr<TemporaryDatabase> db(new TemporaryDatabase);
    db->m_name = name;
    db->m_spec = *spec;
    db->m_spec.database = name;
    db->m_admin.emplace(std::move(*admin));
    return std::unique_ptr<ScratchPostgres>(std::move(db));
}

TemporaryDatabase::~TemporaryDatabase()
{
    if (!m_admin)
        return;
    // FORCE (PostgreSQL 13) ends sessions the file may have left behind (dblink, …).
    const QString drop =
        u"DROP DATABASE IF EXISTS "_s + quoteIdentifier(m_name) +
        (m_admin->serverVersionNumber() >= 130000 ? u" WITH (FORCE)"_s : QString());
    Status s = m_admin->exec(drop);
    if (!s && s.error().kind == ErrorKind::Connection) {
        auto again = Connection::open(m_admin->spec(), AccessMode::ReadWrite);
        if (again)
            s = again->exec(drop);
    }
    if (s)
        spdlog::info("dropped the scratch database {}", m_name);
    else
        spdlog::warn("the scratch database {} on {} could not be dropped: {}", m_name,
                     m_admin->spec().redacted(), s.error().toString());
}

// A private cluster in a temporary directory: trust authentication on a Unix socket in that
// directory only, no TCP port, fsync off. Stopped (immediate) and removed on destruction.
class LocalCluster final : public ScratchPostgres
{
public:
    static Result<std::unique_ptr<ScratchPostgres>> start(const std::function<bool()> &cancelled);
    ~LocalCluster() override;
    QString directory() const override { return m_dir ? m_dir->path() : QString(); }

private:
    LocalCluster() = default;
    struct Outcome
    {
        bool ok = false;
        QString output;
    };
    Outcome run(const QString &tool, const QStringList &arguments, int timeoutMs) const;
    QString dataDirectory() const { return m_dir->path() + u"/data"_s; }
    QString serverLog() const;

    QString m_bin;
    QString m_runuser; // set when we are root: the server runs as the postgres user
    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_started = false;
};

LocalCluster::Outcome LocalCluster::run(const QString &tool, const QStringList &arguments,
                                        int timeoutMs) const
{
    QString program = m_bin + u'/' + tool;
    QStringList argv = arguments;
    if (!m_runuser.isEmpty()) {
        argv = QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + arguments;
        program = m_runuser;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString &key : keys)
        if (key.startsWith(u"PG"_s))
            env.remove(key); // PGDATA, PGPORT … must not redirect the tools
    env.insert(u"LC_ALL"_s, u"C"_s);
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir->path()); // the postgres user may not enter ours
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, argv);
    if (!p.waitForStarted(10000))
        return {false, p.errorString()};
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        return {false, ScratchPostgresText::tr("%1 did not finish within %2 seconds.")
                           .arg(tool)
                           .arg(timeoutMs / 1000)};
    }
    const QString output = QString::fromLocal8Bit(p.readAll()).trimmed();
    return {p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, output};
}

QString LocalCluster::serverLog() const
{
    QFile f(m_dir->path() + u"/server.log"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = f.readAll();
    return QString::fromLocal8Bit(all.right(2000)).trimmed();
}

int majorVersionOf(const QString &binDirectory)
{
    // Debian: /usr/lib/postgresql/15/bin; PGDG RPM: /usr/pgsql-15/bin.
    QString name = QDir(binDirectory + u"/.."_s).absolutePath().section(u'/', -1);
    if (name.startsWith(u"pgsql-"_s))
        name = name.mid(6);
    return QVersionNumber::fromString(name).majorVersion();
}

Result<std::unique_ptr<ScratchPostgres>> LocalCluster::start(const std::function<bool()> &cancelled)
{
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<LocalCluster> c(new LocalCluster);
    c->m_bin = serverBinDirectory();
    if (c->m_bin.isEmpty())
        return noServerError();

    uid_t uid = 0;
    gid_t gid = 0;
    const bool root = geteuid() == 0;
    if (root) {
        struct passwd pw = {};
        struct passwd *found = nullptr;
        char buffer[4096];
        if (getpwnam_r("postgres", &pw, buffer, sizeof buffer, &found) != 0 || !found)
            return makeError(ErrorKind::Usage,
                             ScratchPostgresText::tr(
                                 "PostgreSQL will not run as root and there is no postgres user to "
                                 "run it as; pass --scratch URL with a server where a temporary "
                                 "database may be created."));
        uid = found->pw_uid;
        gid = found->pw_gid;
        c->m_runuser = QStandardPaths::findExecutable(
            u"runuser"_s, {u"/usr/sbin"_s, u"/sbin"_s, u"/usr/bin"_s, u"/bin"_s});
        if (c->m_runuser.isEmpty())
            return makeError(ErrorKind::Usage,
                             ScratchPostgresText::tr(
                                 "PostgreSQL will not run as root and runuser, needed to run it as "
                                 "the postgres user, is not installed; pass --scratch URL with a "
                                 "server where a temporary database may be created."));
    }

    // The socket path must fit in sockaddr_un (107 bytes); as root, the postgres user must be
    // able to reach the directory, which /tmp guarantees.
    QString base = root ? u"/tmp"_s : QDir::tempPath();
    if (base.toLocal8Bit().size() > 60)
        base = u"/tmp"_s;
    c->m_dir = std::make_unique<QTemporaryDir>(base + u"/schemamedic-scratch-XXXXXX"_s);
    if (!c->m_dir->isValid())
        return makeError(ErrorKind::Internal,
                         ScratchPostgresText::tr(
                             "A temporary directory for the scratch cluster cannot be created in "
                             "%1.")
                             .arg(base),
                         c->m_dir->errorString());
    const QString dir = c->m_dir->path();
    if (root && chown(QFile::encodeName(dir).constData(), uid, gid) != 0)
        return makeError(ErrorKind::Internal,
                         ScratchPostgresText::tr(
                             "The scratch cluster's directory %1 cannot be given to the postgres "
                             "user.")
                             .arg(dir),
                         QString::fromLocal8Bit(strerror(errno)));

    QStringList initdb = {u"-D"_s,
                          c->dataDirectory(),
                          u"-U"_s,
                          u"postgres"_s,
                          u"--auth-local=trust"_s,
                          u"--auth-host=reject"_s,
                          u"-E"_s,
                          u"UTF8"_s,
                          u"--locale=C"_s,
                          u"-N"_s};
    if (majorVersionOf(c->m_bin) >= 13)
        initdb << u"--no-instructions"_s;
    if (Outcome o = c->run(u"initdb"_s, initdb, 120000); !o.ok)
        return makeError(
            ErrorKind::Internal,
            ScratchPostgresText::tr("The scratch cluster cannot be created (initdb failed)."),
            o.output.right(2000));
    if (cancelled && cancelled())
        return makeError(ErrorKind::Internal,
                         ScratchPostgresText::tr("Loading the DDL file was cancelled."));

    // Settings for a server that lives for seconds and holds no data worth keeping.
    QString socketDir = dir;
    socketDir.replace(u'\'', u"''"_s);
    const QString settings = u"\n# Schema Medic scratch cluster\n"
                             "listen_addresses = ''\n"
                             "port = 5432\n"
                             "unix_socket_directories = '"_s +
                             socketDir +
                             u"'\n"
                             "unix_socket_permissions = 0700\n"
                             "fsync = off\n"
                             "synchronous_commit = off\n"
                             "full_page_writes = off\n"
                             "wal_level = minimal\n"
                             "max_wal_senders = 0\n"
                             "shared_buffers = 16MB\n"
                             "max_connections = 10\n"
                             "autovacuum = off\n"
                             "jit = off\n"
                             "logging_collector = off\n"_s;
    {
        QFile conf(c->dataDirectory() + u"/postgresql.conf"_s);
        if (!conf.open(QIODevice::Append | QIODevice::Text) || conf.write(settings.toUtf8()) < 0)
            return makeError(
                ErrorKind::Internal,
                ScratchPostgresText::tr("The scratch cluster's configuration cannot be written."),
                conf.errorString());
    }

    const QStringList pgctl = {
        u"-D"_s, c->dataDirectory(), u"-l"_s, dir + u"/server.log"_s, u"-w"_s, u"-t"_s,
        u"60"_s, u"start"_s};
    if (Outcome o = c->run(u"pg_ctl"_s, pgctl, 70000); !o.ok) {
        c->m_started = QFile::exists(c->dataDirectory() + u"/postmaster.pid"_s);
        return makeError(
            ErrorKind::Internal,
            ScratchPostgresText::tr("The scratch cluster does not start (pg_ctl start failed)."),
            QString(o.output + u'\n' + c->serverLog()).trimmed());
    }
    c->m_started = true;

    c->m_spec.dialect = Dialect::Postgres;
    c->m_spec.host = dir;
    c->m_spec.port = 5432;
    c->m_spec.user = u"postgres"_s;
    c->m_spec.database = u"postgres"_s;
    c->m_spec.setParam(u"sslmode"_s, u"disable"_s);
    spdlog::info("started a scratch cluster in {} ({} ms, {})", dir, timer.elapsed(), c->m_bin);
    return std::unique_ptr<ScratchPostgres>(std::move(c));
}

LocalCluster::~LocalCluster()
{
    if (!m_dir)
        return;
    if (m_started) {
        const Outcome o = run(u"pg_ctl"_s,
                              {u"-D"_s, dataDirectory(), u"-m"_s, u"immediate"_s, u"-w"_s, u"-t"_s,
                               u"30"_s, u"stop"_s},
                              40000);
        if (!o.ok) {
            // pg_ctl is gone or stuck: SIGQUIT is the postmaster's immediate shutdown.
            spdlog::warn("pg_ctl stop failed for the scratch cluster {}: {}", m_dir->path(),
                         o.output);
            QFile pidFile(dataDirectory() + u"/postmaster.pid"_s);
            const pid_t pid = pidFile.open(QIODevice::ReadOnly)
                                  ? pid_t(pidFile.readLine().trimmed().toLong())
                                  : 0;
            if (pid > 0 && ::kill(pid, SIGQUIT) == 0) {
                for (int i = 0; i < 100 && ::kill(pid, 0) == 0; ++i)
                    QThread::msleep(50);
            }
        }
    }
    const QString path = m_dir->path();
    if (!m_dir->remove())
        spdlog::warn("the scratch cluster directory {} could not be removed", path);
    else
        spdlog::info("removed the scratch cluster {}", path);
}

} // namespace

ScratchPostgres::~ScratchPostgres() = default;

QString ScratchPostgres::serverBinDirectory()
{
    // Debian: /usr/lib/postgresql/<major>/bin; PGDG RPMs: /usr/pgsql-<major>/bin.
    struct Layout
    {
        const char16_t *parent;
        const char16_t *prefix;
    };
    static const Layout layouts[] = {{u"/usr/lib/postgresql", u""}, {u"/usr", u"pgsql-"}};
    QString best;
    QVersionNumber bestVersion;
    for (const Layout &layout : layouts) {
        const QDir parent(QString::fromUtf16(layout.parent));
        const QString prefix = QString::fromUtf16(layout.prefix);
        const QStringList names =
            parent.entryList({prefix + u'*'}, QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &name : names) {
            const QVersionNumber v = QVersionNumber::fromString(name.mid(prefix.size()));
            const QString bin = parent.filePath(name) + u"/bin"_s;
            if (v.isNull() || !QFileInfo(bin + u"/initdb"_s).isExecutable() ||
                !QFileInfo(bin + u"/pg_ctl"_s).isExecutable())
                continue;
            if (best.isEmpty() || v > bestVersion) {
                best = bin;
                bestVersion = v;
            }
        }
    }
    if (best.isEmpty()) {
        const QString initdb = QStandardPaths::findExecutable(u"initdb"_s);
        if (!initdb.isEmpty() && QFileInfo(initdb).dir().exists(u"pg_ctl"_s))
            best = QFileInfo(initdb).absolutePath();
    }
    return best;
}

Result<std::unique_ptr<ScratchPostgres>>
ScratchPostgres::create(const QString &scratch, const std::function<bool()> &cancelled)
{
    const QString s = scratch.trimmed();
    if (s.isEmpty() || s.compare(u"local"_s, Qt::CaseInsensitive) == 0) {
        if (serverBinDirectory().isEmpty())
            return noServerError();
        return LocalCluster::start(cancelled);
    }
    if (s.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) ||
        s.startsWith(u"postgres://"_s, Qt::CaseInsensitive))
        return TemporaryDatabase::create(s);
    return makeError(ErrorKind::Usage,
                     ScratchPostgresText::tr(
                         "--scratch takes \"local\" or the postgresql:// URL of a server where a "
                         "temporary database may be created."));
}

} // namespace sm
