// SPDX-License-Identifier: MIT
// TLS (issue 9, security): a private PostgreSQL cluster with SSL and a certificate signed by a CA
// that this test generates with openssl. sslmode=verify-full with the right CA connects; a wrong
// CA, a certificate for another host name, a CA file that does not exist, and sslmode=require
// against a server without TLS are each refused with one clear sentence and exit 2.

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace sm;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

bool isRoot()
{
    return ::geteuid() == 0;
}

// Runs a program (as the postgres OS user when asServer and we are root); "" or the error.
QString runProgram(const QString &program, const QStringList &args, bool asServer = false,
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

QString serverBinDir()
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

int freePort()
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

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// A throwaway cluster with SSL; stopped and removed by its destructor on every path.
class TlsCluster
{
public:
    TlsCluster() = default;
    ~TlsCluster() { stop(); }
    Q_DISABLE_COPY_MOVE(TlsCluster)

    // Certificates first, then initdb and pg_ctl start. Returns "" or what went wrong.
    QString start(const QString &binDir)
    {
        m_bin = binDir;
        if (!m_dir.isValid())
            return u"no temporary directory"_s;
        const QString certs = m_dir.filePath(u"certs"_s);
        QDir().mkpath(certs);
        if (QString e = makeCertificates(certs); !e.isEmpty())
            return e;
        m_password = u"tls-%1"_s.arg(QString::number(quint64(::getpid()) * 7919u, 16));
        if (!writeFile(m_dir.filePath(u"pwfile"_s), m_password.toUtf8() + '\n'))
            return u"cannot write the password file"_s;
        if (isRoot())
            if (QString e = runProgram(u"chown"_s, {u"-R"_s, u"postgres:postgres"_s, m_dir.path()});
                !e.isEmpty())
                return e;
        // The key must be private to the server's user.
        QFile::setPermissions(m_dir.filePath(u"certs/server.key"_s),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile::setPermissions(m_dir.filePath(u"certs/other-name.key"_s),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
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
            const QString options =
                u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c ssl=on "
                "-c ssl_cert_file=%3 -c ssl_key_file=%4"_s.arg(m_port)
                    .arg(m_dir.path(), certs + u"/server.crt"_s, certs + u"/server.key"_s);
            const QString e = runProgram(m_bin + u"/pg_ctl"_s,
                                         {u"-D"_s, data(), u"-l"_s, m_dir.filePath(u"server.log"_s),
                                          u"-w"_s, u"-t"_s, u"60"_s, u"-o"_s, options, u"start"_s},
                                         true, 90000);
            if (e.isEmpty()) {
                m_running = true;
                return {};
            }
            if (attempt == 2)
                return e + u"\n"_s + serverLog();
        }
        return u"not started"_s;
    }

    // Puts the certificate for another host name in place and makes the server load it.
    QString switchToOtherName()
    {
        const QString certs = m_dir.filePath(u"certs"_s);
        for (const char *ext : {"crt", "key"}) {
            const QString to = certs + u"/server."_s + QLatin1String(ext);
            QFile::remove(to);
            if (!QFile::copy(certs + u"/other-name."_s + QLatin1String(ext), to))
                return u"cannot copy the other certificate"_s;
        }
        if (isRoot())
            runProgram(u"chown"_s, {u"-R"_s, u"postgres:postgres"_s, certs});
        QFile::setPermissions(certs + u"/server.key"_s,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return runProgram(m_bin + u"/pg_ctl"_s, {u"-D"_s, data(), u"reload"_s}, true);
    }

    void stop()
    {
        if (m_running)
            runProgram(m_bin + u"/pg_ctl"_s,
                       {u"-D"_s, data(), u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s}, true);
        m_running = false;
    }

    int port() const { return m_port; }
    QString password() const { return m_password; }
    QString cert(const QString &name) const { return m_dir.filePath(u"certs/"_s + name); }
    QString serverLog() const
    {
        QFile f(m_dir.filePath(u"server.log"_s));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(3000)) : QString();
    }

private:
    QString data() const { return m_dir.filePath(u"data"_s); }

    QString openssl(const QString &dir, const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(dir);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(u"openssl"_s, args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return u"openssl %1: %2"_s.arg(args.join(u' '), QString::fromUtf8(p.readAll()));
        return {};
    }

    // ca.crt signs server.crt (localhost, 127.0.0.1) and other-name.crt (db.example.org);
    // wrong-ca.crt signs nothing of ours.
    QString makeCertificates(const QString &dir)
    {
        const QString days = u"2"_s;
        for (const QString &ca : {u"ca"_s, u"wrong-ca"_s})
            if (QString e =
                    openssl(dir, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                  u"-keyout"_s, ca + u".key"_s, u"-out"_s, ca + u".crt"_s,
                                  u"-days"_s, days, u"-subj"_s, u"/CN=Schema Medic test "_s + ca});
                !e.isEmpty())
                return e;
        struct Leaf
        {
            QString name;
            QString cn;
            QString san;
        };
        for (const Leaf &leaf :
             {Leaf{u"server"_s, u"localhost"_s, u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s},
              Leaf{u"other-name"_s, u"db.example.org"_s, u"subjectAltName=DNS:db.example.org"_s}}) {
            if (!writeFile(dir + u'/' + leaf.name + u".ext"_s, leaf.san.toUtf8() + '\n'))
                return u"cannot write the extension file"_s;
            if (QString e = openssl(dir, {u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                          u"-keyout"_s, leaf.name + u".key"_s, u"-out"_s,
                                          leaf.name + u".csr"_s, u"-subj"_s, u"/CN="_s + leaf.cn});
                !e.isEmpty())
                return e;
            if (QString e = openssl(dir, {u"x509"_s, u"-req"_s, u"-in"_s, leaf.name + u".csr"_s,
                                          u"-CA"_s, u"ca.crt"_s, u"-CAkey"_s, u"ca.key"_s,
                                          u"-CAcreateserial"_s, u"-out"_s, leaf.name + u".crt"_s,
                                          u"-days"_s, days, u"-extfile"_s, leaf.name + u".ext"_s});
                !e.isEmpty())
                return e;
        }
        return {};
    }

    QTemporaryDir m_dir{QDir::tempPath() + u"/schemamedic-tls-XXXXXX"_s};
    QString m_bin;
    QString m_password;
    int m_port = 0;
    bool m_running = false;
};

// Why `line` is not one clear sentence, or "" when it is.
QString sentenceProblem(const QString &line)
{
    if (!line.startsWith(u"error: "_s))
        return u"does not start with \"error: \""_s;
    if (!line.endsWith(u'.'))
        return u"does not end with a period"_s;
    QString text = line.mid(7);
    text.remove(QRegularExpression(u"\"[^\"]*\""_s));
    if (QRegularExpression(u"[.!?]\\s+\\p{Lu}"_s).match(text).hasMatch())
        return u"is more than one sentence"_s;
    for (const QString &raw : {u"SSL error"_s, u"FATAL:"_s, u"connection to server at"_s})
        if (text.contains(raw))
            return u"contains raw driver text (%1)"_s.arg(raw);
    return {};
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

    std::unique_ptr<TlsCluster> m_cluster;
    QTemporaryDir m_home;

    Run inspect(const QString &url, const QString &password)
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"PGPASSWORD"_s, password);
        e.remove(u"PGPASSFILE"_s);
        e.remove(u"PGSSLROOTCERT"_s);
        e.insert(u"HOME"_s, m_home.path()); // no ~/.postgresql/root.crt of the machine's
        e.insert(u"SCHEMAMEDIC_JOURNAL_DIR"_s, m_home.filePath(u"journal"_s));
        e.insert(u"SCHEMAMEDIC_LOG_DIR"_s, m_home.filePath(u"logs"_s));
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(SM_CLI_PATH), {u"inspect"_s, u"--db"_s, url});
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished(5000);
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QString url(const QString &host, const QString &query) const
    {
        return u"postgresql://schemamedic@%1:%2/postgres?%3"_s.arg(host)
            .arg(m_cluster->port())
            .arg(query);
    }

    static void verifyRefused(const Run &r, const QStringList &mentions)
    {
        QVERIFY2(r.exitCode == 2, qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(r.err)));
        const QString first = r.err.section(u'\n', 0, 0);
        qInfo("%s", qPrintable(first)); // the sentence an operator reads, in the test log
        const QString problem = sentenceProblem(first);
        QVERIFY2(problem.isEmpty(), qPrintable(u"%1: %2"_s.arg(problem, first)));
        for (const QString &m : mentions)
            QVERIFY2(first.contains(m), qPrintable(u"\"%1\" not in: %2"_s.arg(m, first)));
        QVERIFY(r.out.isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        const bool haveOpenssl = !QStandardPaths::findExecutable(u"openssl"_s).isEmpty();
        const QString bin = serverBinDir();
        if (!haveOpenssl || bin.isEmpty()) {
            const QString what =
                haveOpenssl ? u"the PostgreSQL server binaries (initdb)"_s : u"openssl"_s;
            if (test::postgresRequired())
                QFAIL(qPrintable(
                    u"CI=true but %1 is not installed: the TLS test must run."_s.arg(what)));
            QSKIP(qPrintable(what + u" is not installed"_s));
        }
        QVERIFY(m_home.isValid());
        m_cluster = std::make_unique<TlsCluster>();
        const QString e = m_cluster->start(bin);
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void cleanupTestCase() { m_cluster.reset(); }

    void verifyFullWithTheRightCaConnects()
    {
        const Run r = inspect(url(u"127.0.0.1"_s, u"sslmode=verify-full&sslrootcert="_s +
                                                      m_cluster->cert(u"ca.crt"_s)),
                              m_cluster->password());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + m_cluster->serverLog()));
        QVERIFY2(r.out.startsWith(u"PostgreSQL "_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"0 tables"_s));
        // … and by host name too (the certificate names localhost as well).
        const Run named = inspect(url(u"localhost"_s, u"sslmode=verify-full&sslrootcert="_s +
                                                          m_cluster->cert(u"ca.crt"_s)),
                                  m_cluster->password());
        QVERIFY2(named.exitCode == 0, qPrintable(named.err));
    }

    void wrongCaIsRefused()
    {
        for (const QString &mode : {u"verify-full"_s, u"verify-ca"_s}) {
            const Run r = inspect(
                url(u"127.0.0.1"_s,
                    u"sslmode=%1&sslrootcert=%2"_s.arg(mode, m_cluster->cert(u"wrong-ca.crt"_s))),
                m_cluster->password());
            verifyRefused(
                r, {u"127.0.0.1:%1"_s.arg(m_cluster->port()), u"not signed by the trusted CA"_s});
        }
    }

    void missingCaFileIsRefused()
    {
        const QString missing = m_home.filePath(u"no-such-ca.crt"_s);
        const Run r = inspect(url(u"127.0.0.1"_s, u"sslmode=verify-full&sslrootcert="_s + missing),
                              m_cluster->password());
        verifyRefused(r, {missing, u"cannot be read"_s});
        QVERIFY(!QFileInfo::exists(missing));
    }

    void requireAgainstAServerWithoutTlsIsRefused()
    {
        SM_REQUIRE_POSTGRES();
        ConnectionSpec spec = *test::postgresServer();
        const QString password = spec.password;
        spec.password.clear();
        spec.setParam(u"sslmode"_s, u"require"_s);
        const Run r = inspect(spec.redacted(), password);
        verifyRefused(r, {u"does not offer TLS"_s, u"sslmode=require"_s});
    }

    // Last: it changes the server's certificate.
    void hostNameMismatchIsRefused()
    {
        const QString e = m_cluster->switchToOtherName();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        const QString target = url(u"127.0.0.1"_s, u"sslmode=verify-full&sslrootcert="_s +
                                                       m_cluster->cert(u"ca.crt"_s));
        // The reload is asynchronous: wait until new connections get the other certificate.
        Run r;
        for (int i = 0; i < 50; ++i) {
            r = inspect(target, m_cluster->password());
            if (r.exitCode != 0)
                break;
            QThread::msleep(200);
        }
        verifyRefused(r, {u"127.0.0.1:%1"_s.arg(m_cluster->port()), u"another host name"_s,
                          u"db.example.org"_s});
        // The same certificate with verify-ca (no host check) still connects: only the name is
        // wrong.
        const Run caOnly = inspect(
            url(u"127.0.0.1"_s, u"sslmode=verify-ca&sslrootcert="_s + m_cluster->cert(u"ca.crt"_s)),
            m_cluster->password());
        QVERIFY2(caOnly.exitCode == 0, qPrintable(caOnly.err));
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
