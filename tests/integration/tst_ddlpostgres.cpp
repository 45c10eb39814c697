// SPDX-License-Identifier: MIT
// PostgreSQL DDL files as the expected schema (design §5.2), loaded into a scratch database on
// the test server (--scratch URL) or into a private throwaway cluster (--scratch local): real
// output of pg_dump, Alembic, Django and Prisma, refused and rejected statements, and proof
// that nothing is left behind.

#include "TestSupport.h"
#include "diff/Diff.h"
#include "expected/ExpectedSource.h"
#include "expected/ScratchPostgres.h"
#include "introspect/Introspector.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <signal.h>

using namespace Qt::StringLiterals;
using namespace sm;

namespace {

QString describe(const SchemaDiff &d)
{
    QString s;
    for (const Difference &x : d.differences)
        s += diffKindName(x.kind) + u' ' + x.object + u" [" + x.expected.value_or(u"null"_s) +
             u" | " + x.actual.value_or(u"null"_s) + u"]\n";
    return s;
}

// The test server's admin URL with its password: what an operator passes as --scratch URL.
QString scratchUrl()
{
    const ConnectionSpec s = *test::postgresServer();
    QUrl u;
    u.setScheme(u"postgresql"_s);
    u.setUserName(s.user);
    u.setPassword(s.password);
    u.setHost(s.host);
    u.setPort(s.port);
    u.setPath(u'/' + s.database);
    return u.toString();
}

QStringList scratchDatabases()
{
    auto admin = Connection::open(*test::postgresServer(), AccessMode::ReadOnly);
    if (!admin)
        return {u"cannot connect: "_s + admin.error().toString()};
    auto q = admin->query(
        u"SELECT datname FROM pg_database WHERE datname LIKE 'schemamedic\\_scratch\\_%'"_s);
    QStringList out;
    while (q && q->next())
        out << q->value(0).toString();
    return out;
}

// Directories and server processes of private clusters (ours are named schemamedic-scratch-*).
QStringList scratchDirectories()
{
    QStringList out;
    for (const QString &base : {u"/tmp"_s, QDir::tempPath()})
        for (const QString &name : QDir(base).entryList({u"schemamedic-scratch-*"_s}, QDir::Dirs))
            out << QDir(base).filePath(name);
    out.removeDuplicates();
    return out;
}

QStringList scratchProcesses()
{
    QStringList out;
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile f(u"/proc/"_s + pid + u"/cmdline"_s);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray cmd = f.readAll().replace('\0', ' ');
        if (cmd.contains("/schemamedic-scratch-") && cmd.contains("postgres"))
            out << pid + u' ' + QString::fromLocal8Bit(cmd);
    }
    return out;
}

QString fixturePath(const QString &name)
{
    return QStringLiteral(SM_FIXTURES_DIR) + u"/ddl/"_s + name;
}

QString pgDumpPath()
{
    const QString bin = ScratchPostgres::serverBinDirectory();
    if (!bin.isEmpty() && QFileInfo(bin + u"/pg_dump"_s).isExecutable())
        return bin + u"/pg_dump"_s;
    return QStandardPaths::findExecutable(u"pg_dump"_s);
}

QString pgpassField(QString s)
{
    return s.replace(u'\\', u"\\\\"_s).replace(u':', u"\\:"_s);
}

// Runs the installed pg_dump --schema-only; the password goes through a 0600 PGPASSFILE.
QString dumpSchema(const ConnectionSpec &db, QString *error)
{
    QTemporaryDir dir;
    const QString passfile = dir.filePath(u"pgpass"_s);
    {
        QFile f(passfile);
        if (!f.open(QIODevice::WriteOnly)) {
            *error = u"cannot write the pgpass file"_s;
            return {};
        }
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        f.write(QStringList{pgpassField(db.host), QString::number(db.port),
                            pgpassField(db.database), pgpassField(db.user),
                            pgpassField(db.password)}
                    .join(u':')
                    .toUtf8() +
                '\n');
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"PGPASSWORD"_s);
    env.insert(u"PGPASSFILE"_s, passfile);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(pgDumpPath(), {u"--schema-only"_s, u"-w"_s, u"-h"_s, db.host, u"-p"_s,
                           QString::number(db.port), u"-U"_s, db.user, u"-d"_s, db.database});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = QString::fromLocal8Bit(p.readAllStandardError());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

Result<ExpectedSchema> load(const QString &sql, const QString &file, const QString &scratch)
{
    ExpectedOptions o;
    o.dialect = Dialect::Postgres;
    o.scratch = scratch;
    return loadPostgresDdl(sql, file, o);
}

QString errorText(const Result<ExpectedSchema> &r)
{
    return r.ok() ? QString() : r.error().toString();
}

} // namespace

class TestDdlPostgres : public QObject
{
    Q_OBJECT

    QStringList m_directoriesBefore;
    QStringList m_processesBefore;

private Q_SLOTS:
    void initTestCase()
    {
        SM_REQUIRE_POSTGRES();
        // The lead starts tests as root in CI: "local" must work there through the postgres user.
        QVERIFY2(!ScratchPostgres::serverBinDirectory().isEmpty(),
                 "the PostgreSQL server binaries are needed for --scratch local");
        m_directoriesBefore = scratchDirectories();
        m_processesBefore = scratchProcesses();
    }

    void cleanupTestCase()
    {
        if (!test::postgresServer())
            return;
        QCOMPARE(scratchDatabases(), QStringList());
        QCOMPARE(scratchDirectories(), m_directoriesBefore);
        QCOMPARE(scratchProcesses(), m_processesBefore);
    }

    void pgDumpRoundTrip_data()
    {
        QTest::addColumn<QString>("scratch");
        QTest::newRow("scratch URL") << u"url"_s;
        QTest::newRow("scratch local") << u"local"_s;
    }

    // pg_dump --schema-only of a populated database, loaded, diffs empty against the database.
    void pgDumpRoundTrip()
    {
        QFETCH(QString, scratch);
        SM_CREATE_PG_DATABASE(db, "ddl_dump");
        {
            auto c = Connection::open(db.spec(), AccessMode::ReadWrite);
            QVERIFY(c.ok());
            const QString source = test::readFixture(u"ddl/pg_dump_source.sql"_s);
            QVERIFY(!source.isEmpty());
            QCOMPARE(test::execScript(*c, source), QString());
        }
        if (pgDumpPath().isEmpty()) {
            if (test::postgresRequired())
                QFAIL("CI=true but pg_dump is not installed (scripts/test installs it).");
            QSKIP("pg_dump is not installed");
        }
        QString dumpError;
        const QString dump = dumpSchema(db.spec(), &dumpError);
        QVERIFY2(!dump.isEmpty(), qPrintable(dumpError));
        QVERIFY(dump.contains(u"BEGIN ATOMIC"_s));

        const QString where = scratch == u"url" ? scratchUrl() : u"local"_s;
        auto conn = Connection::open(db.spec(), AccessMode::ReadOnly);
        QVERIFY(conn.ok());
        auto live = introspect(*conn);
        QVERIFY2(live.ok(), qPrintable(live.ok() ? QString() : live.error().toString()));
        QVERIFY(live->table(u"public"_s, u"Invoice"_s));

        // The dump taken now, and the one committed as a fixture (same source, pg_dump 15.18).
        for (const auto &[file, sql] :
             {std::pair{u"now.sql"_s, dump},
              std::pair{u"pg_dump_schema.sql"_s, test::readFixture(u"ddl/pg_dump_schema.sql"_s)}}) {
            auto expected = load(sql, file, where);
            QVERIFY2(expected.ok(), qPrintable(errorText(expected)));
            const SchemaDiff d = diff(expected->schema, *live);
            QVERIFY2(d.isEmpty(), qPrintable(file + u":\n"_s + describe(d)));
            QCOMPARE(expected->schema.functions.size(), live->functions.size());
            QCOMPARE(expected->schema.tables.size(), 4);
            if (sql.contains(u"\\restrict "_s))
                QVERIFY2(
                    expected->warnings.first().contains(u": skipped the psql command \\restrict"_s),
                    qPrintable(expected->warnings.join(u'\n')));
            // The private cluster has no role "schemamedic": OWNER TO is skipped, said so.
            const QString ownerSkipped = u"role \"%1\" does not exist"_s.arg(db.spec().user);
            QCOMPARE(expected->warnings.join(u'\n').contains(ownerSkipped), scratch == u"local");
        }
        QCOMPARE(scratchDatabases(), QStringList());
    }

    void alembicOffline()
    {
        SM_REQUIRE_POSTGRES();
        auto e = load(test::readFixture(u"ddl/alembic_offline.sql"_s), u"alembic_offline.sql"_s,
                      scratchUrl());
        QVERIFY2(e.ok(), qPrintable(errorText(e)));
        const Table *account = e->schema.table(u"public"_s, u"account"_s);
        QVERIFY(account);
        QVERIFY(account->column(u"last_login"_s));
        QCOMPARE(account->column(u"last_login"_s)->type, u"timestamp with time zone"_s);
        QCOMPARE(account->column(u"status"_s)->type, u"public.account_status"_s);
        QCOMPARE(account->column(u"id"_s)->defaultExpr.value_or(QString()),
                 u"nextval('public.account_id_seq'::regclass)"_s);
        QVERIFY(std::any_of(account->indexes.cbegin(), account->indexes.cend(),
                            [](const Index &i) { return i.name == u"ix_account_last_login"; }));
        QVERIFY(e->schema.table(u"public"_s, u"alembic_version"_s));
        QCOMPARE(e->schema.migrationHistory.size(), 1);
        QCOMPARE(e->schema.migrationHistory.first().tool, u"alembic"_s);
        QCOMPARE(e->schema.migrationHistory.first().currentVersion, u"7a8b9c0d1e2f"_s);
        QVERIFY(e->warnings.isEmpty());
    }

    void djangoSqlmigrate()
    {
        SM_REQUIRE_POSTGRES();
        auto e = load(test::readFixture(u"ddl/django_sqlmigrate.sql"_s), u"django_sqlmigrate.sql"_s,
                      scratchUrl());
        QVERIFY2(e.ok(), qPrintable(errorText(e)));
        const Table *product = e->schema.table(u"public"_s, u"catalog_product"_s);
        QVERIFY(product);
        QVERIFY(e->schema.table(u"public"_s, u"catalog_supplier"_s));
        QCOMPARE(product->column(u"supplier_id"_s)->type, u"bigint"_s);
        const auto fk =
            std::find_if(product->constraints.cbegin(), product->constraints.cend(),
                         [](const Constraint &c) { return c.kind == ConstraintKind::ForeignKey; });
        QVERIFY(fk != product->constraints.cend());
        QCOMPARE(fk->name, u"catalog_product_supplier_id_4dd661ea_fk_catalog_supplier_id"_s);
        QVERIFY(fk->deferrable && fk->initiallyDeferred);
        QVERIFY(std::any_of(product->constraints.cbegin(), product->constraints.cend(),
                            [](const Constraint &c) { return c.kind == ConstraintKind::Unique; }));
        QVERIFY(std::any_of(product->indexes.cbegin(), product->indexes.cend(), [](const Index &i) {
            return i.name == u"product_supplier_recent" && i.definition.contains(u"created DESC"_s);
        }));
    }

    void prismaMigration()
    {
        SM_REQUIRE_POSTGRES();
        auto e = load(test::readFixture(u"ddl/prisma_migration.sql"_s), u"prisma_migration.sql"_s,
                      scratchUrl());
        QVERIFY2(e.ok(), qPrintable(errorText(e)));
        const Table *user = e->schema.table(u"public"_s, u"User"_s);
        const Table *post = e->schema.table(u"public"_s, u"Post"_s);
        QVERIFY(user && post);
        QVERIFY(!e->schema.table(u"public"_s, u"user"_s));
        QVERIFY(user->column(u"createdAt"_s));
        QCOMPARE(user->column(u"createdAt"_s)->type, u"timestamp(3) without time zone"_s);
        QCOMPARE(user->column(u"role"_s)->type, u"public.\"Role\""_s);
        QVERIFY(post->column(u"authorId"_s));
        QCOMPARE(user->primaryKey()->name, u"User_pkey"_s);
        const auto fk =
            std::find_if(post->constraints.cbegin(), post->constraints.cend(),
                         [](const Constraint &c) { return c.kind == ConstraintKind::ForeignKey; });
        QVERIFY(fk != post->constraints.cend());
        QCOMPARE(fk->name, u"Post_authorId_fkey"_s);
        QCOMPARE(fk->refTable, u"User"_s);
        QCOMPARE(fk->onDelete, u"RESTRICT"_s);
        QCOMPARE(fk->onUpdate, u"CASCADE"_s);
        QVERIFY(std::any_of(user->indexes.cbegin(), user->indexes.cend(), [](const Index &i) {
            return i.name == u"User_email_key" && i.unique;
        }));
        QCOMPARE(e->schema.enums.size(), 1);
        QCOMPARE(e->schema.enums.first().name, u"Role"_s);
    }

    void seed002()
    {
        SM_REQUIRE_POSTGRES();
        auto e = load(test::readFixture(u"ddl/seed002_expected.sql"_s), u"seed002_expected.sql"_s,
                      scratchUrl());
        QVERIFY2(e.ok(), qPrintable(errorText(e)));
        const Table *conversations = e->schema.table(u"public"_s, u"conversations"_s);
        const Table *messages = e->schema.table(u"public"_s, u"messages"_s);
        QVERIFY(conversations && messages);
        QCOMPARE(conversations->column(u"id"_s)->type, u"uuid"_s);
        QCOMPARE(conversations->column(u"id"_s)->defaultExpr.value_or(QString()),
                 u"gen_random_uuid()"_s);
        QCOMPARE(messages->column(u"conversation_id"_s)->type, u"uuid"_s);
        QCOMPARE(messages->column(u"tool_calls"_s)->type, u"jsonb"_s);
        QCOMPARE(e->schema.migrationHistory.size(), 1);
        QCOMPARE(e->schema.migrationHistory.first().currentVersion, u"e940f362bb65"_s);
    }

    void refusedBeforeAnythingRuns_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("words");
        const QString outside = QDir::tempPath() + u"/schemamedic-refused-copy.txt"_s;
        QTest::newRow("COPY PROGRAM")
            << u"COPY t FROM PROGRAM 'touch %1'"_s.arg(outside) << u"COPY … PROGRAM is refused"_s;
        QTest::newRow("COPY TO file") << u"COPY t TO '%1'"_s.arg(outside)
                                      << u"COPY with a file on the database server is refused"_s;
        QTest::newRow("CREATE DATABASE")
            << u"CREATE DATABASE schemamedic_scratch_refused"_s << u"CREATE DATABASE is refused"_s;
        QTest::newRow("DROP DATABASE")
            << u"DROP DATABASE postgres"_s << u"DROP DATABASE is refused"_s;
        QTest::newRow("ALTER SYSTEM")
            << u"ALTER SYSTEM SET work_mem = '1GB'"_s << u"ALTER SYSTEM is refused"_s;
        QTest::newRow("CREATE TABLESPACE")
            << u"CREATE TABLESPACE t LOCATION '/tmp'"_s << u"CREATE TABLESPACE is refused"_s;
        QTest::newRow("CREATE ROLE")
            << u"CREATE ROLE schemamedic_refused"_s << u"CREATE ROLE is refused"_s;
        QTest::newRow("ALTER USER")
            << u"ALTER USER schemamedic PASSWORD 'x'"_s << u"ALTER USER is refused"_s;
    }

    void refusedBeforeAnythingRuns()
    {
        QFETCH(QString, statement);
        QFETCH(QString, words);
        SM_REQUIRE_POSTGRES();
        const QString outside = QDir::tempPath() + u"/schemamedic-refused-copy.txt"_s;
        QFile::remove(outside);
        const QString sql = u"CREATE TABLE t (a int);\n-- the next line is refused\n"_s +
                            statement + u";\nCREATE TABLE later (a int);\n"_s;
        for (const QString &where : {scratchUrl(), u"local"_s}) {
            auto e = load(sql, u"refused.sql"_s, where);
            QVERIFY(!e.ok());
            QCOMPARE(e.error().kind, ErrorKind::Input);
            QVERIFY2(e.error().message.startsWith(u"refused.sql:3: "_s + words),
                     qPrintable(e.error().message));
            QVERIFY(!e.error().message.contains(u'\n'));
        }
        QCOMPARE(scratchDatabases(), QStringList());
        QCOMPARE(scratchDirectories(), m_directoriesBefore);
        QVERIFY(!QFile::exists(outside));
        auto admin = Connection::open(*test::postgresServer(), AccessMode::ReadOnly);
        QVERIFY(admin.ok());
        auto roles =
            admin->query(u"SELECT count(*) FROM pg_roles WHERE rolname = 'schemamedic_refused'"_s);
        QVERIFY(roles.ok() && roles->next());
        QCOMPARE(roles->value(0).toInt(), 0);
    }

    void rejectedStatement_data()
    {
        QTest::addColumn<QString>("scratch");
        QTest::newRow("scratch URL") << u"url"_s;
        QTest::newRow("scratch local") << u"local"_s;
    }

    void rejectedStatement()
    {
        QFETCH(QString, scratch);
        SM_REQUIRE_POSTGRES();
        const QString where = scratch == u"url" ? scratchUrl() : u"local"_s;
        const QString typo = u"-- schema\n\nCREATE TABLE a (id int PRIMARY KEY);\n\n"
                             "CREATE TABLE b (\n  id int\n);\nCREAT TABLE c (id int);\n"_s;
        // Line 8: the statement starts there. (Lines 1–7 ran; the scratch database goes anyway.)
        auto e = load(typo, u"file.sql"_s, where);
        QVERIFY(!e.ok());
        QCOMPARE(e.error().kind, ErrorKind::Input);
        QCOMPARE(
            e.error().message,
            u"file.sql:8: PostgreSQL rejected this statement: syntax error at or near \"CREAT\"."_s);
        QCOMPARE(e.error().details, u"CREAT TABLE c (id int)"_s);

        // An error inside a long statement names the line of the error, not of the statement.
        const QString deep = u"CREATE TABLE a (id int);\nCREATE TABLE b (\n  id int,\n"
                             "  x nosuchtype,\n  y text\n);\n"_s;
        auto e2 = load(deep, u"deep.sql"_s, where);
        QVERIFY(!e2.ok());
        QCOMPARE(
            e2.error().message,
            u"deep.sql:4: PostgreSQL rejected this statement: type \"nosuchtype\" does not exist."_s);
        QVERIFY(e2.error().details.startsWith(u"CREATE TABLE b ("_s));
        QCOMPARE(scratchDatabases(), QStringList());
        QCOMPARE(scratchDirectories(), m_directoriesBefore);
    }

    void unterminated()
    {
        SM_REQUIRE_POSTGRES();
        auto dollar = load(u"CREATE TABLE t (a int);\n\nCREATE FUNCTION f() RETURNS int "
                           "LANGUAGE sql AS $body$\n  SELECT 1;\n"_s,
                           u"d.sql"_s, scratchUrl());
        QVERIFY(!dollar.ok());
        QCOMPARE(
            dollar.error().message,
            u"d.sql:3: a dollar-quoted string opened here is never closed ($body$ is missing)."_s);
        auto quote = load(u"CREATE TABLE t (a text DEFAULT 'it''s);\nCREATE TABLE u (b int);\n"_s,
                          u"q.sql"_s, scratchUrl());
        QVERIFY(!quote.ok());
        QCOMPARE(quote.error().message,
                 u"q.sql:1: a string opened here is never closed (a ' is missing)."_s);
        QCOMPARE(scratchDatabases(), QStringList());
    }

    void psqlCommandsWarnAndContinue()
    {
        SM_REQUIRE_POSTGRES();
        auto e =
            load(u"\\connect app\nCREATE TABLE t (a int);\n\\set x 1\nCREATE TABLE u (b int);\n"_s,
                 u"meta.sql"_s, scratchUrl());
        QVERIFY2(e.ok(), qPrintable(errorText(e)));
        QVERIFY(e->schema.table(u"public"_s, u"t"_s) && e->schema.table(u"public"_s, u"u"_s));
        QCOMPARE(e->warnings, (QStringList{u"meta.sql:1: skipped the psql command \\connect"_s,
                                           u"meta.sql:3: skipped the psql command \\set"_s}));
    }

    void copyDataIsSkipped()
    {
        SM_REQUIRE_POSTGRES();
        const QString sql = u"CREATE TABLE t (a int, b text);\nCOPY public.t (a, b) FROM stdin;\n"
                            "1\tit's\n\\N\t$$\n\\.\nCREATE INDEX t_b ON t (b);\n"_s;
        auto e = load(sql, u"copy.sql"_s, scratchUrl());
        QVERIFY2(e.ok(), qPrintable(errorText(e)));
        QCOMPARE(e->schema.table(u"public"_s, u"t"_s)->indexes.size(), 1);
        QCOMPARE(e->warnings.size(), 1);
        QVERIFY(e->warnings.first().startsWith(u"copy.sql:2: skipped COPY"_s));
    }

    void missingRolesOfOwnersAndGrantsAreSkipped()
    {
        SM_REQUIRE_POSTGRES();
        // Inside the file's own transaction too: the skipped statement must not abort it.
        const QString sql = u"BEGIN;\nCREATE TABLE t (a int);\nALTER TABLE t OWNER TO "
                            "nobody_here_at_all;\nGRANT SELECT ON t TO nobody_here_at_all;\n"
                            "CREATE TABLE u (b int);\nCOMMIT;\n"_s;
        auto e = load(sql, u"owners.sql"_s, scratchUrl());
        QVERIFY2(e.ok(), qPrintable(errorText(e)));
        QVERIFY(e->schema.table(u"public"_s, u"t"_s) && e->schema.table(u"public"_s, u"u"_s));
        QCOMPARE(e->warnings.size(), 2);
        QVERIFY2(e->warnings[0].startsWith(u"owners.sql:3: skipped this statement: role "
                                           "\"nobody_here_at_all\" does not exist"_s),
                 qPrintable(e->warnings[0]));
        QVERIFY(e->warnings[1].startsWith(u"owners.sql:4: "_s));
        // Anything else about a missing object is an error as usual.
        auto bad =
            load(u"ALTER TABLE nope OWNER TO nobody_here_at_all;\n"_s, u"o2.sql"_s, scratchUrl());
        QVERIFY(!bad.ok());
    }

    void passwordFromTheEnvironment()
    {
        SM_REQUIRE_POSTGRES();
        const ConnectionSpec server = *test::postgresServer();
        qputenv("PGPASSWORD", server.password.toUtf8());
        auto e = load(u"CREATE TABLE t (a int);"_s, u"env.sql"_s, server.redacted());
        qunsetenv("PGPASSWORD");
        QVERIFY2(e.ok(), qPrintable(errorText(e)));
        QVERIFY(e->schema.table(u"public"_s, u"t"_s));
    }

    void progressAndCancel()
    {
        SM_REQUIRE_POSTGRES();
        const QString sql =
            u"CREATE TABLE a (x int);\nCREATE TABLE b (x int);\nCREATE TABLE c (x int);\n"_s;
        ExpectedOptions o;
        o.dialect = Dialect::Postgres;
        o.scratch = scratchUrl();
        QStringList seen;
        o.progress = [&](int, int, const QString &what) { seen << what; };
        auto ok = loadPostgresDdl(sql, u"p.sql"_s, o);
        QVERIFY2(ok.ok(), qPrintable(errorText(ok)));
        QVERIFY(seen.contains(u"p.sql:3"_s));
        int polls = 0;
        o.cancelled = [&] { return ++polls > 2; };
        auto cancelled = loadPostgresDdl(sql, u"p.sql"_s, o);
        QVERIFY(!cancelled.ok());
        QCOMPARE(scratchDatabases(), QStringList());
    }

    void badScratch()
    {
        SM_REQUIRE_POSTGRES();
        auto e = load(u"CREATE TABLE t (a int);"_s, u"s.sql"_s, u"sqlite:/tmp/x.db"_s);
        QVERIFY(!e.ok());
        QCOMPARE(e.error().kind, ErrorKind::Usage);
        auto empty = load(u"-- nothing\n"_s, u"empty.sql"_s, scratchUrl());
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().message, u"empty.sql contains no SQL statement."_s);
    }

    // A private cluster: a socket in its own directory, no TCP port, gone afterwards.
    void localClusterLeavesNothingBehind()
    {
        SM_REQUIRE_POSTGRES();
        QElapsedTimer timer;
        timer.start();
        auto created = ScratchPostgres::create(u"local"_s);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
        std::unique_ptr<ScratchPostgres> scratch = std::move(*created);
        const qint64 ms = timer.elapsed();
        qInfo("scratch cluster started in %lld ms", ms);
        QVERIFY2(ms < 15000, "starting a scratch cluster should take seconds");
        const QString dir = scratch->directory();
        QVERIFY(QFileInfo(dir).isDir());
        QCOMPARE(scratch->spec().host, dir);
        // The URL we log for it reads back as the same place (postgresql://user@/db?host=/dir).
        auto reparsed = ConnectionSpec::parse(scratch->spec().redacted());
        QVERIFY2(reparsed.ok(), qPrintable(scratch->spec().redacted()));
        QCOMPARE(reparsed->host, dir);
        QCOMPARE(reparsed->user, u"postgres"_s);
        QVERIFY(QFileInfo::exists(dir + u"/.s.PGSQL.5432"_s));
        QFile pidFile(dir + u"/data/postmaster.pid"_s);
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const pid_t pid = pid_t(pidFile.readLine().trimmed().toLong());
        pidFile.close();
        QVERIFY(pid > 0 && ::kill(pid, 0) == 0);
        {
            auto c = Connection::open(scratch->spec(), AccessMode::ReadOnly);
            QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
            auto q =
                c->query(u"SELECT current_setting('listen_addresses'), current_setting('fsync')"_s);
            QVERIFY(q.ok() && q->next());
            QCOMPARE(q->value(0).toString(), QString());
            QCOMPARE(q->value(1).toString(), u"off"_s);
        }
        scratch.reset();
        QVERIFY(!QFileInfo::exists(dir));
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid, 0) != 0, 5000);
        QCOMPARE(scratchProcesses(), m_processesBefore);
    }

    void cliDiffWithLocalScratch()
    {
        SM_CREATE_PG_DATABASE(db, "ddl_cli");
        {
            auto c = Connection::open(db.spec(), AccessMode::ReadWrite);
            QVERIFY(c.ok());
            QCOMPARE(test::execScript(*c, test::readFixture(u"ddl/prisma_migration.sql"_s)),
                     QString());
            QCOMPARE(test::execScript(*c,
                                      u"INSERT INTO \"User\" (email) VALUES ('ada@example.org');"
                                      "INSERT INTO \"Post\" (title, \"authorId\", \"updatedAt\") "
                                      "VALUES ('Hi; there', 1, now());"_s),
                     QString());
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PGPASSWORD"_s, db.spec().password);
        auto run = [&](int expectedExit, const QString &mustContain) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(SM_CLI_PATH),
                    {u"diff"_s, u"--db"_s, db.spec().redacted(), u"--expected"_s,
                     fixturePath(u"prisma_migration.sql"_s), u"--scratch"_s, u"local"_s});
            QVERIFY(p.waitForFinished(120000));
            const QString out = QString::fromUtf8(p.readAllStandardOutput());
            const QString err = QString::fromUtf8(p.readAllStandardError());
            QVERIFY2(p.exitCode() == expectedExit, qPrintable(out + err));
            QVERIFY2(out.contains(mustContain), qPrintable(out));
        };
        run(0, QString());
        {
            auto c = Connection::open(db.spec(), AccessMode::ReadWrite);
            QVERIFY(c.ok());
            QCOMPARE(test::execScript(*c, u"DROP INDEX \"Post_authorId_idx\";"_s), QString());
        }
        run(1, u"Post_authorId_idx"_s);
        QCOMPARE(scratchDirectories(), m_directoriesBefore);
    }
};

QTEST_GUILESS_MAIN(TestDdlPostgres)
#include "tst_ddlpostgres.moc"
