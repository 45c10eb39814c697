// SPDX-License-Identifier: MIT
// The bad input corpus (issue 9): every kind of bad input an operator may meet, fed to the real
// schemamedic-cli. Each row asserts the exit code, that stderr's first line is ONE sentence that
// starts "error: " and names the thing at fault, that the database is unchanged (SQLite: the
// sha256 of `sqlite3 .dump` and of the file's bytes; PostgreSQL: a catalog and data fingerprint),
// and that nothing was created where nothing should be. A few rows are inputs that look odd but
// must WORK (0 tables, names with quotes, spaces, unicode and reserved words, long identifiers).

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

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
    qint64 ms = 0;
};

// Flags of a row.
constexpr int kPostgres = 1; // needs the test server
constexpr int kNobody = 2;   // runs as an unprivileged user (root reads and writes anything)
constexpr int kLocked = 4;   // another process holds an EXCLUSIVE lock on the watched file

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// A SQLite file as sqlite3 sees it (schema and rows) plus its exact bytes.
QByteArray sqliteFingerprint(const QString &path)
{
    if (!QFileInfo::exists(path))
        return "absent";
    QProcess p;
    p.start(u"sqlite3"_s, {u"-readonly"_s, path, u".dump"_s});
    p.waitForFinished(60000);
    QFile f(path);
    const QByteArray bytes = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("unreadable");
    return sha256(p.readAllStandardOutput()) + ' ' + sha256(bytes);
}

// A port nobody listens on: bound by us for a moment, then released.
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    int port = 1;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    ::close(fd);
    return port;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write(data) == data.size();
}

bool copyDir(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    for (const QString &name : QDir(from).entryList(QDir::Files))
        if (!QFile::copy(from + u'/' + name, to + u'/' + name))
            return false;
    return true;
}

QString writeFakeTool(const QString &dir, const QString &name, const QString &version)
{
    const QString path = dir + u'/' + name;
    if (!writeFile(path, (u"#!/bin/sh\nif [ \"$1\" = \"--version\" ]; then echo \"%1 (PostgreSQL) "
                          "%2\"; exit 0; fi\nexit 0\n"_s)
                             .arg(name, version)
                             .toUtf8()))
        return {};
    QFile::setPermissions(path,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

// Why `line` is not one clear sentence, or "" when it is.
QString sentenceProblem(const QString &line)
{
    if (!line.startsWith(u"error: "_s))
        return u"does not start with \"error: \""_s;
    if (!line.endsWith(u'.'))
        return u"does not end with a period"_s;
    if (line.endsWith(u".."_s) && !line.endsWith(u"..."_s))
        return u"ends with two periods"_s;
    QString text = line.mid(7);
    // Quoted names and values may hold anything; paths hold dots.
    text.remove(QRegularExpression(u"\"[^\"]*\""_s));
    if (QRegularExpression(u"[.!?]\\s+\\p{Lu}"_s).match(text).hasMatch())
        return u"is more than one sentence"_s;
    for (const QString &raw : {u"QSql"_s, u"Unable to"_s, u"FATAL:"_s, u"ERROR:"_s,
                               u"connection to server at"_s, u"libpq"_s})
        if (text.contains(raw))
            return u"contains raw driver text (%1)"_s.arg(raw);
    if (text.size() > 400)
        return u"is too long for one sentence"_s;
    return {};
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    bool m_root = ::geteuid() == 0;
    QString m_db;    // a small healthy SQLite database
    QString m_other; // a copy of it under another name
    QString m_pgUrl; // the test database, without its password
    QString m_pgEmptyUrl;
    QString m_scratch; // --scratch URL: the test server's admin URL with its password
    std::unique_ptr<test::PostgresDatabase> m_pg;
    std::unique_ptr<test::PostgresDatabase> m_pgEmpty;
    int m_freePort = 1;
    QString m_nobodyCli = QStringLiteral(SM_CLI_PATH);

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QProcessEnvironment env(const QStringList &extra) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"SCHEMAMEDIC_JOURNAL_DIR"_s, path(u"journal"_s));
        e.insert(u"SCHEMAMEDIC_LOG_DIR"_s, path(u"logs"_s));
        if (auto server = test::postgresServer())
            e.insert(u"PGPASSWORD"_s, server->password);
        e.remove(u"PGPASSFILE"_s);
        for (const QString &kv : extra)
            e.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        return e;
    }

    Run cli(const QStringList &args, const QStringList &extraEnv, bool asNobody)
    {
        QProcess p;
        p.setProcessEnvironment(env(extraEnv));
        QElapsedTimer timer;
        timer.start();
        if (asNobody && m_root)
            p.start(u"runuser"_s, QStringList{u"-u"_s, u"nobody"_s, u"--"_s, m_nobodyCli} + args);
        else
            p.start(QStringLiteral(SM_CLI_PATH), args);
        p.closeWriteChannel(); // no terminal: a question is refused, never waited for
        Run r;
        if (!p.waitForFinished(45000)) {
            p.kill();
            p.waitForFinished(5000);
            r.exitCode = -3; // hung
            return r;
        }
        r.ms = timer.elapsed();
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QByteArray postgresFingerprint(const QString &url)
    {
        auto spec = ConnectionSpec::parse(url);
        if (!spec)
            return "bad url";
        spec->password = test::postgresServer()->password;
        auto conn = Connection::open(*spec, AccessMode::ReadOnly);
        if (!conn)
            return "cannot connect: " + conn.error().message.toUtf8();
        auto q = conn->query(
            u"SELECT md5(coalesce(string_agg(c.relname || ':' || c.relkind || ':' || "
            "coalesce(a.attname, '') || ':' || coalesce(format_type(a.atttypid, a.atttypmod), ''), "
            "',' ORDER BY c.relname, a.attnum), '')) || ' ' || "
            "(SELECT count(*) FROM pg_namespace) || ' ' || "
            "(SELECT coalesce(md5(string_agg(i::text, ',' ORDER BY i.id)), '') FROM "
            "public.items i) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT "
            "a.attisdropped WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND "
            "n.nspname NOT LIKE 'pg_toast%'"_s);
        if (!q || !q->next())
            return "query failed";
        return q->value(0).toString().toUtf8();
    }

    QByteArray fingerprint(const QString &watch)
    {
        if (watch.isEmpty())
            return {};
        if (watch.startsWith(u"postgresql:"_s))
            return postgresFingerprint(watch);
        return sqliteFingerprint(watch);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // nobody must reach the files of the rows that run as nobody, and write its journal.
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                QFileDevice::ExeOther);
        for (const QString &d : {u"journal"_s, u"logs"_s}) {
            QVERIFY(QDir().mkpath(path(d)));
            QFile::setPermissions(path(d), QFileDevice::Permissions(0x7777));
        }
        m_freePort = freePort();
        if (m_root) {
            // The build folder may be closed to nobody (under /root): give it a copy it can run.
            QProcess probe;
            probe.start(u"runuser"_s, {u"-u"_s, u"nobody"_s, u"--"_s, m_nobodyCli, u"--version"_s});
            if (!probe.waitForFinished(30000) || probe.exitCode() != 0) {
                m_nobodyCli = path(u"schemamedic-cli"_s);
                QVERIFY(QFile::copy(QStringLiteral(SM_CLI_PATH), m_nobodyCli));
                QFile::setPermissions(m_nobodyCli, QFileDevice::Permissions(0x7555));
            }
        }

        // SQLite: a healthy database and every broken kind of file.
        m_db = path(u"shop.db"_s);
        QCOMPARE(test::createSqliteDatabase(
                     m_db, u"CREATE TABLE items(id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
                           "INSERT INTO items(name) VALUES ('bolt'), ('nut'), ('gear');\n"
                           "CREATE VIEW named AS SELECT name FROM items;\n"
                           "CREATE TABLE filler(x BLOB);\n"
                           "INSERT INTO filler VALUES (randomblob(3000)), (randomblob(3000));\n"_s),
                 QString());
        m_other = path(u"other.db"_s);
        QVERIFY(QFile::copy(m_db, m_other));
        QFile real(m_db);
        QVERIFY(real.open(QIODevice::ReadOnly));
        const QByteArray bytes = real.readAll();
        QVERIFY(bytes.size() > 4096);
        QVERIFY(writeFile(path(u"notes.txt"_s), "These are not the tables you are looking for.\n"));
        QVERIFY(writeFile(path(u"zero.db"_s), {}));
        QVERIFY(writeFile(path(u"truncated.db"_s), bytes.left(1000)));
        QByteArray corrupt = bytes.left(100);
        for (qsizetype i = 100; i < bytes.size(); ++i)
            corrupt.append(char((i * 7919) % 251));
        QVERIFY(writeFile(path(u"corrupt.db"_s), corrupt));
        QVERIFY(QDir().mkpath(path(u"folder.db"_s)));
        QVERIFY(QFile::copy(m_db, path(u"unreadable.db"_s)));
        QVERIFY(QFile::setPermissions(path(u"unreadable.db"_s), QFileDevice::Permissions()));
        QVERIFY(QFile::copy(m_db, path(u"readonly.db"_s)));
        QVERIFY(QFile::setPermissions(path(u"readonly.db"_s),
                                      QFileDevice::ReadOwner | QFileDevice::ReadOther));
        QVERIFY(QFile::copy(m_db, path(u"locked.db"_s)));

        // Expected schemas.
        QVERIFY(writeFile(path(u"expected.sql"_s),
                          "CREATE TABLE items(id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                          "price NUMERIC);\n"));
        QByteArray binary;
        for (int i = 0; i < 4096; ++i)
            binary.append(char(i % 256));
        QVERIFY(writeFile(path(u"binary.sql"_s), binary));
        QVERIFY(writeFile(path(u"empty.sql"_s), {}));
        {
            QFile huge(path(u"huge.sql"_s));
            QVERIFY(huge.open(QIODevice::WriteOnly));
            const QByteArray line = "-- " + QByteArray(96, 'x') + '\n';
            for (int i = 0; i < 500000; ++i) // 50 MB of comments and nothing else
                huge.write(line);
        }
        QVERIFY(writeFile(path(u"latin1.sql"_s), "CREATE TABLE caf\xe9 (id int);\n"));
        QVERIFY(writeFile(path(u"unterminated.sql"_s),
                          "CREATE TABLE a (id int);\nCREATE TABLE b (x text DEFAULT 'oops);\n"));
        QVERIFY(writeFile(path(u"dollar.sql"_s),
                          "CREATE TABLE a (id int);\n\nCREATE FUNCTION f() RETURNS int AS $body$\n"
                          "BEGIN RETURN 1; END;\n"));
        QVERIFY(writeFile(path(u"mysql.sql"_s),
                          "CREATE TABLE `users` (\n  `id` int NOT NULL AUTO_INCREMENT,\n"
                          "  PRIMARY KEY (`id`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n"));
        QVERIFY(writeFile(path(u"syntax.sql"_s), "CREATE TABLE a (id int);\n\nCREATE TABLE b (\n"
                                                 "  id int,\n  x int,,\n  y int\n);\n"));
        const QByteArray long70(70, 'l');
        QVERIFY(writeFile(path(u"long.sql"_s), "CREATE TABLE " + long70 + " (id int);\n"));
        QVERIFY(writeFile(path(u"odd.sql"_s),
                          "CREATE TABLE \"we\"\"ird\" (id int);\n"
                          "CREATE TABLE \"with space\" (\"a column\" int, \"select\" text);\n"
                          "CREATE TABLE \"café_ü\" (\"ñame\" text);\n"
                          "CREATE TABLE \"order\" (\"from\" int, \"group\" text);\n"));
        QVERIFY(writeFile(path(u"notjson.json"_s), "{ \"format\": \"schemamedic.schema/1\", "));

        // A snapshot and a backup written by the tool itself, then spoiled.
        Run snap = cli(
            {u"snapshot"_s, u"--db"_s, u"sqlite:"_s + m_db, u"--out"_s, path(u"snapshot.json"_s)},
            {}, false);
        QVERIFY2(snap.exitCode == 0, qPrintable(snap.err));
        QFile s(path(u"snapshot.json"_s));
        QVERIFY(s.open(QIODevice::ReadOnly));
        QVERIFY(writeFile(path(u"future.json"_s),
                          s.readAll().replace("schemamedic.schema/1", "schemamedic.schema/7")));
        const QString backup = path(u"backup"_s);
        Run b = cli({u"backup"_s, u"--db"_s, u"sqlite:"_s + m_db, u"--out"_s, backup}, {}, false);
        QVERIFY2(b.exitCode == 0, qPrintable(b.err));
        const QStringList files = QDir(backup).entryList({u"*.sqlite"_s, u"*.db"_s}, QDir::Files);
        QCOMPARE(files.size(), 1);
        const QString dataFile = files.first();
        QVERIFY(copyDir(backup, path(u"backup-changed"_s)));
        {
            QFile f(path(u"backup-changed/"_s + dataFile));
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray all = f.readAll();
            all[all.size() - 10] = char(all[all.size() - 10] ^ 0x5a); // same size, other bytes
            f.seek(0);
            f.write(all);
        }
        QVERIFY(copyDir(backup, path(u"backup-missing"_s)));
        QVERIFY(QFile::remove(path(u"backup-missing/"_s + dataFile)));
        QVERIFY(copyDir(backup, path(u"backup-notjson"_s)));
        QVERIFY(writeFile(path(u"backup-notjson/manifest.json"_s), "manifest? what manifest"));

        // pg_dump: none at all, and one too old for the server.
        QVERIFY(QDir().mkpath(path(u"bin-empty"_s)));
        QVERIFY(QDir().mkpath(path(u"bin-old"_s)));
        QVERIFY(!writeFakeTool(path(u"bin-old"_s), u"pg_dump"_s, u"9.6.0"_s).isEmpty());
        QVERIFY(!writeFakeTool(path(u"bin-old"_s), u"pg_restore"_s, u"9.6.0"_s).isEmpty());

        // PostgreSQL: a database with a table and rows, and one with nothing in it.
        if (auto server = test::postgresServer()) {
            m_pg = std::make_unique<test::PostgresDatabase>();
            QCOMPARE(m_pg->create(u"badinput"_s), QString());
            m_pgEmpty = std::make_unique<test::PostgresDatabase>();
            QCOMPARE(m_pgEmpty->create(u"badinput_empty"_s), QString());
            auto conn = Connection::open(m_pg->spec(), AccessMode::ReadWrite);
            QVERIFY(conn.ok());
            QCOMPARE(test::execScript(*conn, u"CREATE TABLE items (id int PRIMARY KEY, name text "
                                             "NOT NULL);\nINSERT INTO items VALUES (1, 'bolt'), "
                                             "(2, 'nut');\nCREATE VIEW named AS SELECT name FROM "
                                             "items;\n"_s),
                     QString());
            ConnectionSpec noPassword = m_pg->spec();
            noPassword.password.clear();
            m_pgUrl = noPassword.redacted();
            noPassword = m_pgEmpty->spec();
            noPassword.password.clear();
            m_pgEmptyUrl = noPassword.redacted();
            QUrl u;
            u.setScheme(u"postgresql"_s);
            u.setUserName(server->user);
            u.setPassword(server->password);
            u.setHost(server->host);
            u.setPort(server->port);
            u.setPath(u'/' + server->database);
            m_scratch = u.toString();
        } else if (test::postgresRequired()) {
            QFAIL("CI=true but SCHEMAMEDIC_TEST_PG_URL is not set: run scripts/test.");
        }
    }

    void corpus_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QStringList>("mentions"); // in the error sentence, or in stdout (0/1)
        QTest::addColumn<QString>("watch");        // the database that must not change
        QTest::addColumn<QString>("absent");       // a path that must not exist afterwards
        QTest::addColumn<QStringList>("extraEnv");
        QTest::addColumn<int>("flags");

        const QString db = u"sqlite:"_s + m_db;
        const QString pg = m_pgUrl;
        const QString scratch = m_scratch;
        const QString host = test::postgresServer() ? test::postgresServer()->host : u"h"_s;
        const int port = test::postgresServer() ? test::postgresServer()->port : 5432;
        const QString pgDb = m_pg ? m_pg->spec().database : u"x"_s;
        const QString pgUser = test::postgresServer() ? test::postgresServer()->user : u"u"_s;
        auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };
        auto sqliteUrl = [this](const QString &file) -> QString {
            return u"sqlite:"_s + path(file);
        };
        auto pgAt = [&](const QString &user, const QString &hostPort, const QString &dbName,
                        const QString &query = {}) {
            return u"postgresql://%1@%2/%3%4"_s.arg(user, hostPort, dbName, query);
        };
        const QString hostPort = u"%1:%2"_s.arg(host).arg(port);

        // ---- connections -------------------------------------------------------------------
        row("wrong password") << QStringList{u"inspect"_s, u"--db"_s, pg} << 2
                              << QStringList{u"refused the password"_s, pgUser} << pg << QString()
                              << QStringList{u"PGPASSWORD=certainly-wrong"_s} << kPostgres;
        row("unreachable host") << QStringList{u"inspect"_s, u"--db"_s,
                                               pgAt(pgUser, u"192.0.2.1:5432"_s, pgDb,
                                                    u"?connect_timeout=2"_s)}
                                << 2 << QStringList{u"192.0.2.1"_s} << QString() << QString()
                                << QStringList() << kPostgres;
        row("refused port") << QStringList{u"inspect"_s, u"--db"_s,
                                           pgAt(pgUser, u"127.0.0.1:%1"_s.arg(m_freePort), pgDb,
                                                u"?connect_timeout=2"_s)}
                            << 2
                            << QStringList{u"connection refused"_s, QString::number(m_freePort)}
                            << QString() << QString() << QStringList() << kPostgres;
        row("unknown database") << QStringList{u"inspect"_s, u"--db"_s,
                                               pgAt(pgUser, hostPort, u"no_such_db_9"_s)}
                                << 2 << QStringList{u"\"no_such_db_9\" does not exist"_s}
                                << QString() << QString() << QStringList() << kPostgres;
        // With password authentication the server does not tell an unknown user from a wrong
        // password (on purpose); the sentence names the user either way.
        row("unknown user") << QStringList{u"inspect"_s, u"--db"_s,
                                           pgAt(u"no_such_user_9"_s, hostPort, pgDb)}
                            << 2 << QStringList{u"\"no_such_user_9\""_s} << pg << QString()
                            << QStringList() << kPostgres;
        row("TLS required, not offered")
            << QStringList{u"inspect"_s, u"--db"_s, pg + u"?sslmode=require"_s} << 2
            << QStringList{u"does not offer TLS"_s, u"sslmode=require"_s} << pg << QString()
            << QStringList() << kPostgres;
        row("bad URL scheme") << QStringList{u"inspect"_s, u"--db"_s, u"mysql://u@h/db"_s} << 2
                              << QStringList{u"\"mysql\" is not supported"_s} << QString()
                              << QString() << QStringList() << 0;
        row("bad port") << QStringList{u"inspect"_s, u"--db"_s, u"postgresql://u@h:99999/db"_s} << 2
                        << QStringList{u"1 to 65535"_s} << QString() << QString() << QStringList()
                        << 0;
        row("URL without a database")
            << QStringList{u"inspect"_s, u"--db"_s, u"postgresql://u@h:5432"_s} << 2
            << QStringList{u"names no database"_s} << QString() << QString() << QStringList() << 0;
        row("unknown URL parameter")
            << QStringList{u"inspect"_s, u"--db"_s, u"postgresql://u@h/db?sslmod=require"_s} << 2
            << QStringList{u"\"sslmod\""_s} << QString() << QString() << QStringList() << 0;

        // ---- SQLite files ------------------------------------------------------------------
        row("not a SQLite file") << QStringList{u"inspect"_s, u"--db"_s, sqliteUrl(u"notes.txt"_s)}
                                 << 2 << QStringList{u"notes.txt is not a SQLite database"_s}
                                 << path(u"notes.txt"_s) << QString() << QStringList() << 0;
        row("0-byte file is an empty database")
            << QStringList{u"inspect"_s, u"--db"_s, sqliteUrl(u"zero.db"_s)} << 0
            << QStringList{u"0 tables"_s} << path(u"zero.db"_s) << QString() << QStringList() << 0;
        row("truncated SQLite file")
            << QStringList{u"inspect"_s, u"--db"_s, sqliteUrl(u"truncated.db"_s)} << 2
            << QStringList{u"truncated.db is corrupt"_s} << path(u"truncated.db"_s) << QString()
            << QStringList() << 0;
        row("corrupted SQLite file")
            << QStringList{u"inspect"_s, u"--db"_s, sqliteUrl(u"corrupt.db"_s)} << 2
            << QStringList{u"corrupt.db is corrupt"_s} << path(u"corrupt.db"_s) << QString()
            << QStringList() << 0;
        row("directory given as a file")
            << QStringList{u"inspect"_s, u"--db"_s, sqliteUrl(u"folder.db"_s)} << 2
            << QStringList{u"folder.db is a directory"_s} << QString() << QString() << QStringList()
            << 0;
        row("missing file") << QStringList{u"inspect"_s, u"--db"_s, sqliteUrl(u"typo.db"_s)} << 2
                            << QStringList{u"typo.db does not exist"_s} << QString()
                            << path(u"typo.db"_s) << QStringList() << 0;
        row("missing file for repair") << QStringList{u"repair"_s,
                                                      u"--db"_s,
                                                      sqliteUrl(u"typo2.db"_s),
                                                      u"--expected"_s,
                                                      path(u"expected.sql"_s),
                                                      u"--yes"_s,
                                                      u"--backup-dir"_s,
                                                      path(u"bk-typo"_s)}
                                       << 2 << QStringList{u"typo2.db does not exist"_s}
                                       << QString() << path(u"typo2.db"_s) << QStringList() << 0;
        row("SQLite file without read permission")
            << QStringList{u"inspect"_s, u"--db"_s, sqliteUrl(u"unreadable.db"_s)} << 2
            << QStringList{u"unreadable.db cannot be read"_s, u"permission"_s} << QString()
            << QString() << QStringList() << kNobody;
        row("locked SQLite database, repair")
            << QStringList{u"repair"_s,
                           u"--db"_s,
                           sqliteUrl(u"locked.db"_s),
                           u"--expected"_s,
                           path(u"expected.sql"_s),
                           u"--yes"_s,
                           u"--backup-dir"_s,
                           path(u"bk-locked"_s)}
            << 2 << QStringList{u"locked.db is locked by another process"_s} << path(u"locked.db"_s)
            << path(u"bk-locked"_s) << QStringList() << kLocked;
        row("read-only SQLite file, repair")
            << QStringList{u"repair"_s,
                           u"--db"_s,
                           sqliteUrl(u"readonly.db"_s),
                           u"--expected"_s,
                           path(u"expected.sql"_s),
                           u"--yes"_s,
                           u"--backup-dir"_s,
                           path(u"bk-readonly"_s)}
            << 2 << QStringList{u"readonly.db is read-only"_s} << path(u"readonly.db"_s)
            << path(u"bk-readonly"_s) << QStringList() << kNobody;

        // ---- DDL files ---------------------------------------------------------------------
        auto diffSqlite = [&](const QString &file) {
            return QStringList{u"diff"_s, u"--db"_s, db, u"--expected"_s, path(file)};
        };
        auto diffPg = [&](const QString &file) {
            return QStringList{u"diff"_s,  u"--db"_s,      pg,     u"--expected"_s,
                               path(file), u"--scratch"_s, scratch};
        };
        row("binary DDL file") << diffSqlite(u"binary.sql"_s) << 2
                               << QStringList{u"binary.sql is a binary file"_s} << m_db << QString()
                               << QStringList() << 0;
        row("empty DDL file") << diffSqlite(u"empty.sql"_s) << 2
                              << QStringList{u"empty.sql is empty"_s} << m_db << QString()
                              << QStringList() << 0;
        row("huge DDL file, 50 MB of comments")
            << diffPg(u"huge.sql"_s) << 2 << QStringList{u"huge.sql"_s, u"no SQL statement"_s} << pg
            << QString() << QStringList() << kPostgres;
        row("DDL not UTF-8") << diffSqlite(u"latin1.sql"_s) << 2
                             << QStringList{u"latin1.sql is not UTF-8"_s} << m_db << QString()
                             << QStringList() << 0;
        row("unterminated string") << diffPg(u"unterminated.sql"_s) << 2
                                   << QStringList{u"unterminated.sql:2:"_s, u"never closed"_s} << pg
                                   << QString() << QStringList() << kPostgres;
        row("unterminated string, SQLite")
            << diffSqlite(u"unterminated.sql"_s) << 2
            << QStringList{u"unterminated.sql:2:"_s, u"unrecognized token"_s} << m_db << QString()
            << QStringList() << 0;
        row("unterminated dollar quote")
            << diffPg(u"dollar.sql"_s) << 2
            << QStringList{u"dollar.sql:3:"_s, u"dollar-quoted string"_s, u"never closed"_s} << pg
            << QString() << QStringList() << kPostgres;
        row("MySQL DDL for PostgreSQL")
            << diffPg(u"mysql.sql"_s) << 2 << QStringList{u"mysql.sql:1:"_s, u"`"_s} << pg
            << QString() << QStringList() << kPostgres;
        row("PostgreSQL DDL for SQLite")
            << diffSqlite(u"dollar.sql"_s) << 2
            << QStringList{u"dollar.sql:3:"_s, u"SQLite rejected this statement"_s} << m_db
            << QString() << QStringList() << 0;
        row("syntax error names its line")
            << diffPg(u"syntax.sql"_s) << 2 << QStringList{u"syntax.sql:5:"_s, u"syntax error"_s}
            << pg << QString() << QStringList() << kPostgres;
        row("syntax error names its line, SQLite")
            << diffSqlite(u"syntax.sql"_s) << 2
            << QStringList{u"syntax.sql:3:"_s, u"syntax error"_s} << m_db << QString()
            << QStringList() << 0;
        row("expected file missing")
            << diffSqlite(u"nowhere.sql"_s) << 2 << QStringList{u"nowhere.sql does not exist"_s}
            << m_db << path(u"nowhere.sql"_s) << QStringList() << 0;

        // ---- snapshots and backups ---------------------------------------------------------
        row("snapshot of another format version")
            << diffSqlite(u"future.json"_s) << 2 << QStringList{u"schemamedic.schema/7"_s} << m_db
            << QString() << QStringList() << 0;
        row("snapshot that is not JSON") << diffSqlite(u"notjson.json"_s) << 2
                                         << QStringList{u"notjson.json"_s, u"not valid JSON"_s}
                                         << m_db << QString() << QStringList() << 0;
        auto restore = [&](const QString &target, const QString &dir) {
            return QStringList{u"restore"_s,  u"--db"_s, target,
                               u"--backup"_s, path(dir), u"--yes"_s};
        };
        row("backup with a changed checksum")
            << restore(db, u"backup-changed"_s) << 2 << QStringList{u"has changed"_s} << m_db
            << QString() << QStringList() << 0;
        row("backup with a missing file")
            << restore(db, u"backup-missing"_s) << 2 << QStringList{u"is missing"_s} << m_db
            << QString() << QStringList() << 0;
        row("backup manifest for another database")
            << restore(u"sqlite:"_s + m_other, u"backup"_s) << 2
            << QStringList{u"\"shop.db\""_s, u"\"other.db\""_s} << m_other << QString()
            << QStringList() << 0;
        row("backup manifest not JSON")
            << restore(db, u"backup-notjson"_s) << 2 << QStringList{u"manifest"_s, u"not usable"_s}
            << m_db << QString() << QStringList() << 0;
        row("--backup folder that does not exist")
            << restore(db, u"no-such-backup"_s) << 2
            << QStringList{u"no-such-backup"_s, u"manifest.json"_s} << m_db
            << path(u"no-such-backup"_s) << QStringList() << 0;
        row("restore without --yes and no terminal")
            << QStringList{u"restore"_s, u"--db"_s, db, u"--backup"_s, path(u"backup"_s)} << 2
            << QStringList{u"--yes"_s} << m_db << QString() << QStringList() << 0;
        row("pg_dump missing") << QStringList{u"backup"_s, u"--db"_s, pg, u"--out"_s,
                                              path(u"pgbk-none"_s)}
                               << 2 << QStringList{u"pg_dump was not found"_s} << pg
                               << path(u"pgbk-none"_s)
                               << QStringList{u"SCHEMAMEDIC_PG_BIN_DIR="_s + path(u"bin-empty"_s)}
                               << kPostgres;
        row("pg_dump too old") << QStringList{u"backup"_s, u"--db"_s, pg, u"--out"_s,
                                              path(u"pgbk-old"_s)}
                               << 2 << QStringList{u"pg_dump 9.6"_s} << pg << path(u"pgbk-old"_s)
                               << QStringList{u"SCHEMAMEDIC_PG_BIN_DIR="_s + path(u"bin-old"_s)}
                               << kPostgres;

        // ---- odd but valid: these must work ------------------------------------------------
        row("identifiers longer than 63 bytes")
            << diffPg(u"long.sql"_s) << 1
            << QStringList{u"missing_table  "_s + QString(63, u'l') + u"  "_s,
                           u"stderr:warning: long.sql:1: the name \""_s + QString(70, u'l') +
                               u"\" is longer than 63 bytes"_s}
            << pg << QString() << QStringList() << kPostgres;
        row("names with quotes, spaces, unicode, reserved words")
            << diffPg(u"odd.sql"_s) << 1
            << QStringList{u"public.we\"ird"_s, u"public.with space"_s, u"public.café_ü"_s,
                           u"public.order"_s}
            << pg << QString() << QStringList() << kPostgres;
        row("names with quotes, spaces, unicode, reserved words, SQLite")
            << diffSqlite(u"odd.sql"_s) << 1
            << QStringList{u"main.we\"ird"_s, u"main.with space"_s, u"main.café_ü"_s,
                           u"main.order"_s}
            << m_db << QString() << QStringList() << 0;
        row("schema with 0 tables")
            << QStringList{u"inspect"_s, u"--db"_s, m_pgEmptyUrl} << 0 << QStringList{u"0 tables"_s}
            << m_pgEmptyUrl << QString() << QStringList() << kPostgres;

        // ---- the command line --------------------------------------------------------------
        row("--format unknown") << QStringList{u"inspect"_s, u"--db"_s, db, u"--format"_s,
                                               u"yaml"_s}
                                << 2 << QStringList{u"--format must be text or json"_s} << m_db
                                << QString() << QStringList() << 0;
        row("unknown command") << QStringList{u"fix-everything"_s, u"--db"_s, db} << 2
                               << QStringList{u"\"fix-everything\""_s} << m_db << QString()
                               << QStringList() << 0;
        row("unknown option") << QStringList{u"inspect"_s, u"--db"_s, db, u"--colour"_s} << 2
                              << QStringList{u"colour"_s} << m_db << QString() << QStringList()
                              << 0;
        row("--expected missing") << QStringList{u"diff"_s, u"--db"_s, db} << 2
                                  << QStringList{u"needs --expected"_s} << m_db << QString()
                                  << QStringList() << 0;
        row("--out into a folder that does not exist")
            << QStringList{u"snapshot"_s, u"--db"_s, db, u"--out"_s,
                           path(u"no-such-dir/snap.json"_s)}
            << 2 << QStringList{u"no-such-dir/snap.json"_s} << m_db << path(u"no-such-dir"_s)
            << QStringList() << 0;
        row("--lock-timeout not a number")
            << QStringList{u"repair"_s,
                           u"--db"_s,
                           db,
                           u"--expected"_s,
                           path(u"expected.sql"_s),
                           u"--lock-timeout"_s,
                           u"soon"_s}
            << 2 << QStringList{u"--lock-timeout"_s} << m_db << QString() << QStringList() << 0;
        row("--allow-hazard unknown") << QStringList{u"repair"_s,
                                                     u"--db"_s,
                                                     db,
                                                     u"--expected"_s,
                                                     path(u"expected.sql"_s),
                                                     u"--allow-hazard"_s,
                                                     u"everything"_s}
                                      << 2 << QStringList{u"\"everything\" is not a hazard"_s}
                                      << m_db << QString() << QStringList() << 0;
        row("report of a journal that does not exist")
            << QStringList{u"report"_s, u"--journal"_s, path(u"no-such.jsonl"_s)} << 2
            << QStringList{u"no-such.jsonl"_s} << QString() << path(u"no-such.jsonl"_s)
            << QStringList() << 0;
    }

    void corpus()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QStringList, mentions);
        QFETCH(QString, watch);
        QFETCH(QString, absent);
        QFETCH(QStringList, extraEnv);
        QFETCH(int, flags);
        if (flags & kPostgres)
            SM_REQUIRE_POSTGRES();

        const QByteArray before = fingerprint(watch);
        QProcess locker;
        if (flags & kLocked) {
            // Another writer holds the whole file: BEGIN EXCLUSIVE, then waits with it.
            locker.start(u"sqlite3"_s, {watch});
            QVERIFY(locker.waitForStarted());
            locker.write("BEGIN EXCLUSIVE;\nSELECT 'locked';\n");
            QVERIFY(locker.waitForReadyRead(10000));
            QVERIFY(locker.readAllStandardOutput().contains("locked"));
        }
        const Run r = cli(args, extraEnv, flags & kNobody);
        if (flags & kLocked) {
            locker.closeWriteChannel(); // sqlite3 rolls back and exits at end of input
            QVERIFY(locker.waitForFinished(10000));
        }

        QVERIFY2(r.exitCode != -3, "the CLI hung (no exit within 45 s)");
        QVERIFY2(
            r.exitCode == code,
            qPrintable(u"exit %1, expected %2; stderr: %3"_s.arg(r.exitCode).arg(code).arg(r.err)));
        QVERIFY2(r.ms < 30000, qPrintable(u"took %1 ms"_s.arg(r.ms)));
        QVERIFY2(!r.err.contains(u"QSqlDatabase"_s), qPrintable(r.err)); // Qt's own warnings
        if (code >= 2) {
            const QString first = r.err.section(u'\n', 0, 0);
            qInfo("%s", qPrintable(first)); // the sentence an operator reads, in the test log
            const QString problem = sentenceProblem(first);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(u"the first line of stderr %1: %2"_s.arg(problem, first)));
            for (const QString &m : mentions)
                QVERIFY2(first.contains(m, Qt::CaseInsensitive),
                         qPrintable(u"\"%1\" not in: %2"_s.arg(m, first)));
            QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        } else {
            for (const QString &m : mentions) {
                // "stderr:" marks a warning the run must print; everything else is its output.
                const bool inErr = m.startsWith(u"stderr:"_s);
                const QString text = inErr ? r.err : r.out;
                const QString what = inErr ? m.mid(7) : m;
                QVERIFY2(text.contains(what), qPrintable(u"\"%1\" not in: %2"_s.arg(what, text)));
            }
        }
        if (!watch.isEmpty())
            QCOMPARE(fingerprint(watch), before);
        if (!absent.isEmpty())
            QVERIFY2(!QFileInfo::exists(absent), qPrintable(absent + u" was created"_s));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
