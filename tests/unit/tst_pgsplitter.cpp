// SPDX-License-Identifier: MIT
// Splitting PostgreSQL scripts as psql would: dollar quotes, comments and strings that hold
// semicolons, line numbers, psql meta-commands, COPY data, BEGIN ATOMIC bodies, and the
// statements refused before anything runs.

#include "expected/PgStatementSplitter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sm;

namespace {

QStringList sqlOf(const PgScript &s)
{
    QStringList out;
    for (const PgStatement &st : s.statements)
        out << st.sql;
    return out;
}

QList<int> linesOf(const PgScript &s)
{
    QList<int> out;
    for (const PgStatement &st : s.statements)
        out << st.line;
    return out;
}

} // namespace

class TestPgSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dollarQuotedBodies()
    {
        const QString sql = uR"(CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1; PERFORM 2;
  RETURN 3;
END $$;
CREATE FUNCTION g() RETURNS text LANGUAGE plpgsql AS $body$
BEGIN RETURN $$ ; $$; END
$body$;
SELECT 1;)"_s;
        auto r = splitPostgresScript(sql, u"f.sql"_s);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->statements.size(), 3);
        QVERIFY(r->statements[0].sql.endsWith(u"END $$"_s));
        QVERIFY(r->statements[1].sql.contains(u"RETURN $$ ; $$; END\n$body$"_s));
        QCOMPARE(r->statements[2].sql, u"SELECT 1"_s);
        QCOMPARE(linesOf(*r), (QList<int>{1, 6, 9}));
        QVERIFY(r->warnings.isEmpty());
    }

    void commentsAndStrings()
    {
        const QString sql = uR"(-- a comment; with a semicolon
/* a block; /* nested; */ still; */
CREATE TABLE t (a text DEFAULT 'x;y', b text DEFAULT 'it''s; fine');
INSERT INTO t VALUES (E'back\'slash; here', 'plain'); -- trailing; comment

   /* leading */ SELECT "odd;name" FROM t;
)"_s;
        auto r = splitPostgresScript(sql, u"c.sql"_s);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(
            sqlOf(*r),
            (QStringList{u"CREATE TABLE t (a text DEFAULT 'x;y', b text DEFAULT 'it''s; fine')"_s,
                         u"INSERT INTO t VALUES (E'back\\'slash; here', 'plain')"_s,
                         u"SELECT \"odd;name\" FROM t"_s}));
        QCOMPARE(linesOf(*r), (QList<int>{3, 4, 6}));
    }

    void atomicBodiesStayWhole()
    {
        const QString sql = uR"(CREATE TABLE x (a int);
CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql
BEGIN ATOMIC
  SELECT CASE WHEN a > 0 THEN a ELSE 0 END;
  SELECT a + b;
END;
CREATE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC INSERT INTO x VALUES (1); END;
SELECT 2;
)"_s;
        auto r = splitPostgresScript(sql, u"a.sql"_s);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->statements.size(), 4);
        QVERIFY(r->statements[1].sql.endsWith(u"SELECT a + b;\nEND"_s));
        QVERIFY(r->statements[2].sql.endsWith(u"VALUES (1); END"_s));
        QCOMPARE(linesOf(*r), (QList<int>{1, 2, 7, 8}));

        // A broken body is left as the scanner split it: the server names its first line.
        auto broken = splitPostgresScript(u"CREATE FUNCTION f() RETURNS int LANGUAGE sql\n"
                                          "BEGIN ATOMIC SELEC 1; END;\nSELECT 2;\n"_s,
                                          u"b.sql"_s);
        QVERIFY(broken.ok());
        QCOMPARE(linesOf(*broken), (QList<int>{1, 2, 3}));
    }

    void metaCommandsAreSkippedWithWarnings()
    {
        const QString sql = uR"(\restrict Zx9yK3mQpL
SET statement_timeout = 0;
\connect app
  \set ON_ERROR_STOP on
CREATE TABLE t (a int);
\unrestrict Zx9yK3mQpL
)"_s;
        auto r = splitPostgresScript(sql, u"dump.sql"_s);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(sqlOf(*r),
                 (QStringList{u"SET statement_timeout = 0"_s, u"CREATE TABLE t (a int)"_s}));
        QCOMPARE(linesOf(*r), (QList<int>{2, 5}));
        QCOMPARE(r->warnings,
                 (QStringList{u"dump.sql:1: skipped the psql command \\restrict"_s,
                              u"dump.sql:3: skipped the psql command \\connect"_s,
                              u"dump.sql:4: skipped the psql command \\set"_s,
                              u"dump.sql:6: skipped the psql command \\unrestrict"_s}));
        // The key of \restrict is a secret of the dump: it appears nowhere.
        QVERIFY(!r->warnings.join(u' ').contains(u"Zx9yK3mQpL"_s));
    }

    void copyDataIsSkipped()
    {
        // The data holds what would confuse a scanner: quotes, dollar quotes, semicolons, and
        // lines that start with a backslash (\N is NULL).
        const QString sql = u"CREATE TABLE t (a int, b text);\n"
                            "COPY public.t (a, b) FROM stdin;\n"
                            "1\tit's; $$ open\n"
                            "\\N\t\\N\n"
                            "2\t/* not a comment\n"
                            "\\.\n"
                            "CREATE INDEX t_a ON t (a);\n"
                            "COPY t FROM STDIN WITH (FORMAT csv);\n"
                            "3,\"x\"\n"
                            "\\.\n"
                            "SELECT 1;\n"_s;
        auto r = splitPostgresScript(sql, u"data.sql"_s);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(sqlOf(*r), (QStringList{u"CREATE TABLE t (a int, b text)"_s,
                                         u"CREATE INDEX t_a ON t (a)"_s, u"SELECT 1"_s}));
        QCOMPARE(linesOf(*r), (QList<int>{1, 7, 11}));
        QCOMPARE(r->warnings.size(), 2);
        QVERIFY(r->warnings[0].startsWith(u"data.sql:2: skipped COPY … FROM stdin"_s));
        QVERIFY(r->warnings[1].startsWith(u"data.sql:8: skipped COPY … FROM stdin"_s));
    }

    void copyDataToTheEndOfTheFile()
    {
        auto r = splitPostgresScript(u"CREATE TABLE t (a text);\nCOPY t FROM stdin;\nx'y\n"_s,
                                     u"e.sql"_s);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(sqlOf(*r), QStringList{u"CREATE TABLE t (a text)"_s});
        QCOMPARE(r->warnings.size(), 1);
    }

    void copyToStdoutAndAStrayEndOfData()
    {
        auto r = splitPostgresScript(u"COPY (SELECT 1) TO STDOUT;\n\\.\nSELECT 2;\n"_s, u"o.sql"_s);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(sqlOf(*r), QStringList{u"SELECT 2"_s});
        QCOMPARE(r->warnings.size(), 2);
        QVERIFY(r->warnings[0].startsWith(u"o.sql:1: skipped COPY … TO STDOUT"_s));
        QCOMPARE(r->warnings[1], u"o.sql:2: skipped the psql command \\."_s);
    }

    void statementKinds()
    {
        const QString sql =
            u"BEGIN;\nALTER TABLE public.t OWNER TO app;\nGRANT SELECT ON t TO "
            "reader;\nALTER FUNCTION f() OWNER TO app;\nSET ROLE app;\n"
            "ALTER TABLE t ADD COLUMN b int;\nCOMMIT;\nCREAT TABLE oops (a int);\n"_s;
        auto r = splitPostgresScript(sql, u"k.sql"_s);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->statements.size(), 8);
        using K = PgStatementKind;
        const QList<K> expected = {K::BeginTransaction, K::OwnerOrPrivilege,
                                   K::OwnerOrPrivilege, K::OwnerOrPrivilege,
                                   K::OwnerOrPrivilege, K::Plain,
                                   K::EndTransaction,   K::Plain};
        for (int i = 0; i < expected.size(); ++i)
            QVERIFY2(r->statements[i].kind == expected[i], qPrintable(r->statements[i].sql));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("words");
        QTest::newRow("COPY PROGRAM")
            << u"COPY t FROM PROGRAM 'cat /etc/passwd'"_s << u"COPY … PROGRAM is refused"_s;
        QTest::newRow("COPY TO file") << u"COPY t TO '/tmp/out.csv'"_s
                                      << u"COPY with a file on the database server is refused"_s;
        QTest::newRow("COPY FROM file") << u"COPY t (a) FROM '/etc/passwd' WITH (FORMAT text)"_s
                                        << u"COPY with a file on the database server is refused"_s;
        QTest::newRow("CREATE DATABASE")
            << u"CREATE DATABASE other"_s << u"CREATE DATABASE is refused"_s;
        QTest::newRow("DROP DATABASE")
            << u"DROP DATABASE IF EXISTS prod"_s << u"DROP DATABASE is refused"_s;
        QTest::newRow("ALTER DATABASE")
            << u"ALTER DATABASE prod SET work_mem = '1GB'"_s << u"ALTER DATABASE is refused"_s;
        QTest::newRow("ALTER SYSTEM")
            << u"ALTER SYSTEM SET fsync = off"_s << u"ALTER SYSTEM is refused"_s;
        QTest::newRow("CREATE TABLESPACE")
            << u"CREATE TABLESPACE fast LOCATION '/ssd'"_s << u"CREATE TABLESPACE is refused"_s;
        QTest::newRow("ALTER TABLESPACE") << u"ALTER TABLESPACE fast SET (seq_page_cost = 1)"_s
                                          << u"ALTER TABLESPACE is refused"_s;
        QTest::newRow("ALTER TABLESPACE OWNER")
            << u"ALTER TABLESPACE fast OWNER TO app"_s << u"ALTER TABLESPACE is refused"_s;
        QTest::newRow("DROP TABLESPACE")
            << u"DROP TABLESPACE fast"_s << u"DROP TABLESPACE is refused"_s;
        QTest::newRow("CREATE ROLE") << u"CREATE ROLE app LOGIN"_s << u"CREATE ROLE is refused"_s;
        QTest::newRow("CREATE USER")
            << u"CREATE USER app PASSWORD 'x'"_s << u"CREATE USER is refused"_s;
        QTest::newRow("ALTER ROLE") << u"ALTER ROLE app SUPERUSER"_s << u"ALTER ROLE is refused"_s;
        QTest::newRow("ALTER USER SET")
            << u"ALTER USER app SET search_path = x"_s << u"ALTER USER is refused"_s;
        QTest::newRow("ALTER ROLE RENAME")
            << u"ALTER ROLE app RENAME TO boss"_s << u"ALTER ROLE is refused"_s;
        QTest::newRow("DROP ROLE") << u"DROP ROLE app"_s << u"DROP ROLE is refused"_s;
        QTest::newRow("GRANT role") << u"GRANT pg_read_server_files TO app"_s
                                    << u"Granting or revoking a role is refused"_s;
        QTest::newRow("PREPARE TRANSACTION")
            << u"PREPARE TRANSACTION 'x'"_s << u"PREPARE TRANSACTION is refused"_s;
    }

    void refused()
    {
        QFETCH(QString, statement);
        QFETCH(QString, words);
        // Line 4, after a comment and a statement that is fine, inside a dollar quote's reach.
        const QString sql = u"-- header\nCREATE TABLE t (a int);\n\n   "_s + statement +
                            u";\nCREATE TABLE later (a int);\n"_s;
        auto r = splitPostgresScript(sql, u"bad.sql"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Input);
        QVERIFY2(r.error().message.startsWith(u"bad.sql:4: "_s + words),
                 qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(u'\n'));
        QVERIFY(r.error().message.endsWith(u'.'));
        QCOMPARE(r.error().details, statement);
    }

    void unparseableIsLeftToTheServer()
    {
        auto r = splitPostgresScript(u"CREATE TABLE t (a int);\nCREAT TABLE u (a int);\n"_s,
                                     u"typo.sql"_s);
        QVERIFY(r.ok());
        QCOMPARE(r->statements.size(), 2);
        QCOMPARE(r->statements[1].line, 2);
    }

    void unterminated_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("message");
        QTest::newRow("string")
            << u"SELECT 1;\nSELECT 'abc;\nSELECT 2;\n"_s
            << u"u.sql:2: a string opened here is never closed (a ' is missing)."_s;
        QTest::newRow("E string")
            << u"SELECT 1;\n\nSELECT E'abc\\';\n"_s
            << u"u.sql:3: a string opened here is never closed (a ' is missing)."_s;
        QTest::newRow("dollar quote")
            << u"SELECT 1;\nCREATE FUNCTION f() RETURNS int AS $fn$\nSELECT 1;\n"_s
            << u"u.sql:2: a dollar-quoted string opened here is never closed ($fn$ is missing)."_s;
        QTest::newRow("identifier")
            << u"SELECT \"abc FROM t;\n"_s
            << u"u.sql:1: a quoted identifier opened here is never closed (a \" is missing)."_s;
        QTest::newRow("comment")
            << u"SELECT 1;\n\n\n/* never closed\nSELECT 2;\n"_s
            << u"u.sql:4: a /* comment opened here is never closed (*/ is missing)."_s;
    }

    void unterminated()
    {
        QFETCH(QString, sql);
        QFETCH(QString, message);
        auto r = splitPostgresScript(sql, u"u.sql"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Input);
        QCOMPARE(r.error().message, message);
    }

    void nothingButComments()
    {
        auto r = splitPostgresScript(u"-- nothing\n/* at all */\n\\connect x\n"_s, u"n.sql"_s);
        QVERIFY(r.ok());
        QVERIFY(r->statements.isEmpty());
        QCOMPARE(r->warnings.size(), 1);
    }

    void nonAsciiKeepsLines()
    {
        auto r = splitPostgresScript(
            u"COMMENT ON SCHEMA public IS 'Größe; ünïcödé';\n-- ☃\nCREATE TABLE \"Größe\" (a int);\n"_s,
            u"u8.sql"_s);
        QVERIFY(r.ok());
        QCOMPARE(linesOf(*r), (QList<int>{1, 3}));
        QCOMPARE(r->statements[1].sql, u"CREATE TABLE \"Größe\" (a int)"_s);
    }
};

QTEST_GUILESS_MAIN(TestPgSplitter)
#include "tst_pgsplitter.moc"
