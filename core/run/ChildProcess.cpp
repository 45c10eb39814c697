// SPDX-License-Identifier: MIT
#include "ChildProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVersionNumber>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace sm {
namespace {

// This file's messages: lupdate files them under sm::ChildProcess, the context the runtime looks
// up.
struct ChildProcessText
{
    Q_DECLARE_TR_FUNCTIONS(sm::ChildProcess)
};

// libpq's password-file format: backslash and colon are escaped with a backslash.
QString escapePassFileField(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c == u'\\' || c == u':')
            out += u'\\';
        out += c;
    }
    return out;
}

// A conninfo value in single quotes, with ' and \ escaped.
QString conninfoValue(const QString &v)
{
    QString out = v;
    out.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u'\'' + out + u'\'';
}

} // namespace

ChildOutcome runChild(const QString &program, const QStringList &arguments,
                      const ChildOptions &options)
{
    ChildOutcome r;
    QProcess p;
    p.setProcessEnvironment(options.environment);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, arguments);
    if (!p.waitForStarted(10000)) {
        r.errorText = p.errorString();
        return r;
    }
    r.started = true;
    if (options.whileRunning)
        options.whileRunning();
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (!p.waitForFinished(100)) {
        if (p.state() == QProcess::NotRunning)
            break;
        output += p.readAll();
        if (options.tick)
            options.tick();
        if (options.cancelled && options.cancelled()) {
            r.cancelled = true;
            break;
        }
        if (options.timeoutMs >= 0 && timer.elapsed() > options.timeoutMs) {
            r.timedOut = true;
            break;
        }
    }
    if (r.cancelled || r.timedOut) {
        p.terminate();
        if (!p.waitForFinished(3000)) {
            p.kill();
            p.waitForFinished(3000);
        }
    }
    output += p.readAll();
    r.output = QString::fromLocal8Bit(output).trimmed();
    if (p.exitStatus() == QProcess::NormalExit && !r.cancelled && !r.timedOut)
        r.exitCode = p.exitCode();
    return r;
}

PgPassFile::PgPassFile()
    : m_dir(std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/schemamedic-pgpass-XXXXXX"_s))
{}

PgPassFile::~PgPassFile()
{
    if (!m_path.isEmpty())
        QFile::remove(m_path);
    // QTemporaryDir removes the (0700) directory itself.
}

Status PgPassFile::write(const QString &password)
{
    if (!m_dir->isValid())
        return makeError(ErrorKind::Internal,
                         ChildProcessText::tr(
                             "A private temporary folder for the password file cannot be created."),
                         m_dir->errorString());
    // QTemporaryDir creates the folder 0700; the file is created 0600 before any byte is in it.
    const QString path = m_dir->filePath(u"pgpass"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::NewOnly))
        return makeError(ErrorKind::Internal,
                         ChildProcessText::tr("The temporary password file cannot be written."),
                         f.errorString());
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_path = path;
    const QByteArray line = (u"*:*:*:*:"_s + escapePassFileField(password) + u'\n').toUtf8();
    if (f.write(line) != line.size() || !f.flush())
        return makeError(ErrorKind::Internal,
                         ChildProcessText::tr("The temporary password file cannot be written."),
                         f.errorString());
    return {};
}

QString PgPassFile::path() const
{
    return m_path;
}

QProcessEnvironment postgresToolEnvironment(const QString &passFile)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"PGPASSWORD"_s);
    if (!passFile.isEmpty())
        env.insert(u"PGPASSFILE"_s, passFile);
    env.insert(u"LC_MESSAGES"_s, u"C"_s);
    return env;
}

QString effectivePassword(const ConnectionSpec &spec)
{
    if (!spec.password.isEmpty())
        return spec.password;
    return qEnvironmentVariable("PGPASSWORD");
}

QStringList postgresConnectionArguments(const ConnectionSpec &spec)
{
    QStringList args;
    if (!spec.host.isEmpty())
        args << u"-h"_s << spec.host;
    args << u"-p"_s << QString::number(spec.port);
    if (!spec.user.isEmpty())
        args << u"-U"_s << spec.user;
    args << u"-w"_s;
    QStringList conninfo;
    for (const auto &[k, v] : spec.params)
        if (k != u"password")
            conninfo << k + u'=' + conninfoValue(v);
    if (conninfo.isEmpty())
        args << u"-d"_s << spec.database;
    else
        args << u"-d"_s
             << (u"dbname="_s + conninfoValue(spec.database) + u' ' + conninfo.join(u' '));
    return args;
}

int parsePostgresVersion(const QString &text)
{
    static const QRegularExpression re(uR"((\d+)(?:\.(\d+))?(?:\.(\d+))?)"_s);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return 0;
    const int a = m.captured(1).toInt();
    const int b = m.captured(2).toInt();
    const int c = m.captured(3).toInt();
    if (a >= 10)
        return a * 10000 + b;
    return a * 10000 + b * 100 + c;
}

Result<PgTool> findPostgresTool(const QString &tool)
{
    QString program;
    const QString overrideDir = qEnvironmentVariable("SCHEMAMEDIC_PG_BIN_DIR");
    if (!overrideDir.isEmpty()) {
        const QFileInfo fi(QDir(overrideDir).filePath(tool));
        if (!fi.isFile() || !fi.isExecutable())
            return makeError(
                ErrorKind::Input,
                ChildProcessText::tr("%1 was not found in %2 (named by SCHEMAMEDIC_PG_BIN_DIR).")
                    .arg(tool, overrideDir));
        program = fi.absoluteFilePath();
    } else {
        // Debian: /usr/lib/postgresql/<major>/bin; PGDG RPMs: /usr/pgsql-<major>/bin.
        QVersionNumber best;
        const QList<QPair<QString, QString>> roots{{u"/usr/lib/postgresql"_s, QString()},
                                                   {u"/usr"_s, u"pgsql-"_s}};
        for (const auto &[root, prefix] : roots) {
            const QDir parent(root);
            const QStringList names = parent.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            for (const QString &name : names) {
                if (!prefix.isEmpty() && !name.startsWith(prefix))
                    continue;
                const QVersionNumber v = QVersionNumber::fromString(name.mid(prefix.size()));
                const QFileInfo fi(parent.filePath(name) + u"/bin/"_s + tool);
                if (v.isNull() || !fi.isExecutable())
                    continue;
                if (program.isEmpty() || v > best) {
                    best = v;
                    program = fi.absoluteFilePath();
                }
            }
        }
        if (program.isEmpty())
            program = QStandardPaths::findExecutable(tool);
        if (program.isEmpty())
            return makeError(
                ErrorKind::Input,
                ChildProcessText::tr("%1 is not installed (looked in /usr/lib/postgresql/*/bin, "
                                     "/usr/pgsql-*/bin and PATH); install the PostgreSQL client "
                                     "tools (postgresql-client) of the server's version or newer.")
                    .arg(tool));
    }
    ChildOptions options;
    options.timeoutMs = 15000;
    options.environment.insert(u"LC_MESSAGES"_s, u"C"_s);
    const ChildOutcome r = runChild(program, {u"--version"_s}, options);
    if (!r.ok())
        return makeError(ErrorKind::Input, ChildProcessText::tr("%1 does not run.").arg(program),
                         r.errorText.isEmpty() ? r.output : r.errorText);
    static const QRegularExpression re(uR"(\(PostgreSQL\)\s+(\d+(?:\.\d+)*))"_s);
    const auto m = re.match(r.output);
    if (!m.hasMatch())
        return makeError(
            ErrorKind::Input,
            ChildProcessText::tr("%1 does not report a PostgreSQL version.").arg(program),
            r.output);
    PgTool t;
    t.program = program;
    t.versionText = r.output.section(u'\n', 0, 0).trimmed();
    t.version = m.captured(1);
    t.versionNumber = parsePostgresVersion(t.version);
    spdlog::debug("{}: {}", program.toStdString(), t.versionText.toStdString());
    return t;
}

Status checkToolAgainstServer(const PgTool &tool, int serverVersionNumber)
{
    const int serverMajor = serverVersionNumber / 10000;
    if (tool.major() >= serverMajor || serverVersionNumber == 0)
        return {};
    const QString toolName = QFileInfo(tool.program).fileName();
    const QString toolMajor =
        tool.versionNumber >= 100000
            ? QString::number(tool.major())
            : u"%1.%2"_s.arg(tool.major()).arg(tool.versionNumber / 100 % 100);
    return makeError(ErrorKind::Input,
                     ChildProcessText::tr("%1 %2 cannot back up a PostgreSQL %3 server; install "
                                          "postgresql-client-%3 or newer.")
                         .arg(toolName, toolMajor)
                         .arg(serverMajor),
                     tool.program + u": "_s + tool.versionText);
}

} // namespace sm
