// SPDX-License-Identifier: MIT
// schemamedic-cli inspect and snapshot against real databases: output, exit codes, and bad
// input that gets one clear sentence on stderr and changes nothing.

#include "TestSupport.h"
#include "schema/Snapshot.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sm;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args,
           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SM_CLI_PATH), args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

const char *kShop = R"(
CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email TEXT NOT NULL UNIQUE,
  name TEXT,
  created_at TEXT DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE "order" (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  total NUMERIC CHECK (total >= 0),
  "Weird Name" TEXT
);
CREATE INDEX order_user ON "order"(user_id) WHERE total > 0;
CREATE VIEW big_orders AS SELECT * FROM "order" WHERE total > 100;
INSERT INTO users(email, name) VALUES ('ada@example.org', 'Ada'), ('bob@example.org', NULL);
INSERT INTO "order"(user_id, total, "Weird Name") VALUES (1, 12.5, 'x'), (1, 250, NULL), (2, 0, 'y');
)";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"shop.db"_s);
        const QString err = test::createSqliteDatabase(m_db, QString::fromUtf8(kShop));
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    void usage()
    {
        Run none = runCli({});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.out.contains(u"Usage: schemamedic-cli"_s));
        Run help = runCli({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"inspect"_s));
    }

    void inspectText()
    {
        Run r = runCli({u"inspect"_s, u"--db"_s, u"sqlite:"_s + m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(u"SQLite 3."_s));
        QVERIFY(r.out.contains(u"2 tables, 1 view"_s));
        QVERIFY(r.out.contains(u"\nmain.users\n"_s));
        QVERIFY(r.out.contains(u"\nmain.order\n"_s));
        QVERIFY(r.out.contains(u"  \"Weird Name\"  "_s) || r.out.contains(u"  Weird Name  "_s));
        // Aligned: the header and each column start their cells at the same offsets.
        const QStringList lines = r.out.split(u'\n');
        const qsizetype header = lines.indexOf(u"main.users"_s) + 1;
        QVERIFY(lines[header].startsWith(u"  column"_s));
        const qsizetype typeAt = lines[header].indexOf(u"type"_s);
        QCOMPARE(lines[header + 2].indexOf(u"TEXT"_s), typeAt); // email TEXT NOT NULL
        QVERIFY(lines[header + 2].contains(u"NOT NULL"_s));
        QVERIFY(r.out.contains(u"foreign key"_s));
        QVERIFY(r.out.contains(u"ON DELETE CASCADE"_s));
        QVERIFY(r.out.contains(u"index order_user (user_id) where total > 0"_s));
        QVERIFY(r.out.contains(u"view main.big_orders"_s));
    }

    void inspectJsonIsASnapshot()
    {
        Run r = runCli({u"inspect"_s, u"--db"_s, u"sqlite:"_s + m_db, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto schema = readSnapshot(r.out.toUtf8());
        QVERIFY2(schema.ok(), qPrintable(schema.ok() ? QString() : schema.error().message));
        QCOMPARE(schema->dialect, Dialect::Sqlite);
        QCOMPARE(schema->tables.size(), 2);
        QVERIFY(schema->table(u"main.order"_s));
        QVERIFY(schema->table(u"main.order"_s)->column(u"Weird Name"_s));
    }

    void snapshotWritesTheSameSchema()
    {
        const QString out = m_dir.filePath(u"snap.json"_s);
        Run r = runCli({u"snapshot"_s, u"--db"_s, u"sqlite:"_s + m_db, u"--out"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto fromFile = loadSnapshotFile(out);
        QVERIFY(fromFile.ok());
        Run j = runCli({u"inspect"_s, u"--db"_s, u"sqlite:"_s + m_db, u"--format"_s, u"json"_s});
        auto fromInspect = readSnapshot(j.out.toUtf8());
        QVERIFY(fromInspect.ok());
        QVERIFY(*fromFile == *fromInspect);
    }

    void badInputIsOneSentenceAndExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"Unknown command"_s;
        QTest::newRow("no db") << QStringList{u"inspect"_s} << u"needs --db URL"_s;
        QTest::newRow("bad scheme")
            << QStringList{u"inspect"_s, u"--db"_s, u"mysql://h/db"_s} << u"not supported"_s;
        QTest::newRow("bad port") << QStringList{u"inspect"_s, u"--db"_s,
                                                 u"postgresql://u@h:99999/db"_s}
                                  << u"1 to 65535"_s;
        QTest::newRow("bad format")
            << QStringList{u"inspect"_s, u"--db"_s, u"sqlite:x.db"_s, u"--format"_s, u"xml"_s}
            << u"--format must be text or json"_s;
        QTest::newRow("unknown option")
            << QStringList{u"inspect"_s, u"--dbx"_s, u"y"_s} << u"dbx"_s;
        QTest::newRow("snapshot without out")
            << QStringList{u"snapshot"_s, u"--db"_s, u"sqlite:x.db"_s} << u"--out"_s;
        QTest::newRow("refused port")
            << QStringList{u"inspect"_s, u"--db"_s,
                           u"postgresql://u@127.0.0.1:1/db?connect_timeout=3"_s}
            << u"connection refused"_s;
    }

    void badInputIsOneSentenceAndExit2()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        Run r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        const QString first = r.err.section(u'\n', 0, 0);
        QVERIFY2(first.startsWith(u"error: "_s), qPrintable(r.err));
        QVERIFY2(first.contains(expected), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void missingDatabaseIsNotCreated()
    {
        const QString path = m_dir.filePath(u"typo.db"_s);
        Run r = runCli({u"inspect"_s, u"--db"_s, u"sqlite:"_s + path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(u"error: The SQLite database "_s));
        QVERIFY(r.err.contains(u"does not exist"_s));
        QVERIFY(!QFileInfo::exists(path));
    }

    void notADatabase()
    {
        const QString path = m_dir.filePath(u"readme.txt"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello\n");
        f.close();
        Run r = runCli({u"inspect"_s, u"--db"_s, u"sqlite:"_s + path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"is not a SQLite database"_s));
    }

    void snapshotToUnwritablePlace()
    {
        Run r = runCli({u"snapshot"_s, u"--db"_s, u"sqlite:"_s + m_db, u"--out"_s,
                        u"/nonexistent-dir/x/snap.json"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"Cannot write the snapshot"_s));
    }

    void diffExitCodesAndFormats()
    {
        const QString expected = m_dir.filePath(u"expected.sql"_s);
        {
            QFile f(expected);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QByteArray ddl = QByteArray(kShop).left(QByteArray(kShop).indexOf("INSERT"));
            f.write(QByteArray(ddl).replace("  name TEXT,",
                                            "  name TEXT NOT NULL DEFAULT '',\n  taskType TEXT,"));
        }
        Run r = runCli({u"diff"_s, u"--db"_s, u"sqlite:"_s + m_db, u"--expected"_s, expected});
        QCOMPARE(r.exitCode, 1); // drift found
        QVERIFY2(r.out.contains(u"main.users"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"column_nullability"_s));
        QVERIFY(r.out.contains(u"missing_column"_s));
        QVERIFY(!r.out.contains(u"\x1b["_s)); // no colour when stdout is not a terminal

        Run j = runCli({u"diff"_s, u"--db"_s, u"sqlite:"_s + m_db, u"--expected"_s, expected,
                        u"--format"_s, u"json"_s});
        QCOMPARE(j.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
        QCOMPARE(o[u"format"_s].toString(), u"schemamedic.diff/1"_s);
        QCOMPARE(o[u"summary"_s][u"differences"_s].toInt(), 3); // NOT NULL, default, taskType

        // A snapshot of the database diffed against the database: nothing.
        const QString snap = m_dir.filePath(u"same.json"_s);
        QCOMPARE(runCli({u"snapshot"_s, u"--db"_s, u"sqlite:"_s + m_db, u"--out"_s, snap}).exitCode,
                 0);
        Run same = runCli({u"diff"_s, u"--db"_s, u"sqlite:"_s + m_db, u"--expected"_s, snap});
        QCOMPARE(same.exitCode, 0);
        QVERIFY(same.out.startsWith(u"No differences"_s));
        Run verified = runCli({u"verify"_s, u"--db"_s, u"sqlite:"_s + m_db, u"--expected"_s, snap});
        QCOMPARE(verified.exitCode, 0);
        QVERIFY(verified.out.startsWith(u"Verified: the database matches"_s));
        Run notVerified =
            runCli({u"verify"_s, u"--db"_s, u"sqlite:"_s + m_db, u"--expected"_s, expected});
        QCOMPARE(notVerified.exitCode, 1);
        QVERIFY(notVerified.out.startsWith(u"Not verified"_s));
        // … and the database against itself as a URL.
        QCOMPARE(runCli({u"diff"_s, u"--db"_s, u"sqlite:"_s + m_db, u"--expected"_s,
                         u"sqlite:"_s + m_db})
                     .exitCode,
                 0);
    }

    void diffOptions()
    {
        const QString renamed = m_dir.filePath(u"renamed.sql"_s);
        {
            QFile f(renamed);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QByteArray ddl = QByteArray(kShop).left(QByteArray(kShop).indexOf("INSERT"));
            f.write(QByteArray(ddl).replace("\"Weird Name\" TEXT", "note TEXT"));
        }
        Run undeclared = runCli({u"diff"_s, u"--db"_s, u"sqlite:"_s + m_db, u"--expected"_s,
                                 renamed, u"--format"_s, u"json"_s});
        QCOMPARE(undeclared.exitCode, 1);
        QVERIFY(undeclared.out.contains(u"\"missing_column\""_s)); // names too far apart to guess
        Run declared =
            runCli({u"diff"_s, u"--db"_s, u"sqlite:"_s + m_db, u"--expected"_s, renamed,
                    u"--rename-column"_s, u"order.Weird Name=note"_s, u"--format"_s, u"json"_s});
        QCOMPARE(declared.exitCode, 1);
        const QJsonArray items =
            QJsonDocument::fromJson(declared.out.toUtf8()).object()[u"differences"_s].toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0][u"kind"_s].toString(), u"renamed_column"_s);
        QVERIFY(items[0][u"declared"_s].toBool());

        Run ignored = runCli({u"diff"_s, u"--db"_s, u"sqlite:"_s + m_db, u"--expected"_s, renamed,
                              u"--ignore"_s, u"main.order.*"_s});
        QCOMPARE(ignored.exitCode, 0);

        Run version = runCli({u"diff"_s, u"--db"_s, u"sqlite:"_s + m_db, u"--expected"_s,
                              u"sqlite:"_s + m_db, u"--expect-version"_s, u"e940f3"_s});
        QCOMPARE(version.exitCode, 1);
        QVERIFY(version.out.contains(u"migration_version"_s));
        QVERIFY(version.out.contains(u"e940f3"_s));

        for (const QStringList &bad :
             {QStringList{u"--rename-table"_s, u"nonsense"_s},
              QStringList{u"--rename-column"_s, u"a=b"_s},
              QStringList{u"--expected"_s, m_dir.filePath(u"none.sql"_s)}}) {
            Run r = runCli(QStringList{u"diff"_s, u"--db"_s, u"sqlite:"_s + m_db} + bad +
                           (bad.contains(u"--expected"_s) ? QStringList{}
                                                          : QStringList{u"--expected"_s, renamed}));
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.startsWith(u"error: "_s), qPrintable(r.err));
        }
    }

    void malformedDdlStopsBeforeTouchingTheDatabase()
    {
        const QString bad = m_dir.filePath(u"bad.sql"_s);
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("CREATE TABLE ok(x);\nCREATE TABLE broken(y TEXT DEFAULT 'unterminated);\n");
        }
        Run r = runCli({u"diff"_s, u"--db"_s, u"sqlite:"_s + m_db, u"--expected"_s, bad});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(u"error: bad.sql:2: SQLite rejected this statement"_s),
                 qPrintable(r.err));
        const QString binary = m_dir.filePath(u"binary.sql"_s);
        {
            QFile f(binary);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("\x00\x01\x02garbage", 10));
        }
        Run b = runCli({u"diff"_s, u"--db"_s, u"sqlite:"_s + m_db, u"--expected"_s, binary});
        QCOMPARE(b.exitCode, 2);
        QVERIFY(b.err.contains(u"binary file"_s));
        const QString latin1 = m_dir.filePath(u"latin1.sql"_s);
        {
            QFile f(latin1);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("CREATE TABLE caf\xe9(x);");
        }
        Run l = runCli({u"diff"_s, u"--db"_s, u"sqlite:"_s + m_db, u"--expected"_s, latin1});
        QCOMPARE(l.exitCode, 2);
        QVERIFY(l.err.contains(u"not UTF-8"_s));
        const QString empty = m_dir.filePath(u"empty.sql"_s);
        {
            QFile f(empty);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QVERIFY(runCli({u"diff"_s, u"--db"_s, u"sqlite:"_s + m_db, u"--expected"_s, empty})
                    .err.contains(u"is empty"_s));
    }

    void postgresInspect()
    {
        SM_CREATE_PG_DATABASE(db, "cli");
        {
            auto c = Connection::open(db.spec(), AccessMode::ReadWrite);
            QVERIFY(c.ok());
            QCOMPARE(test::execScript(*c, u"CREATE TABLE \"Invoice\"(id serial PRIMARY KEY, "
                                          "amount numeric(12,2) NOT NULL DEFAULT 0);"
                                          "INSERT INTO \"Invoice\"(amount) VALUES (1), (2);"_s),
                     QString());
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PGPASSWORD"_s, db.spec().password);
        Run r = runCli({u"inspect"_s, u"--db"_s, db.spec().redacted()}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(u"PostgreSQL 1"_s));
        QVERIFY(r.out.contains(u"\npublic.\"Invoice\"\n"_s));
        QVERIFY(r.out.contains(u"numeric(12,2)"_s));
        QVERIFY(!r.out.contains(db.spec().password));

        env.insert(u"PGPASSWORD"_s, u"wrong"_s);
        Run bad = runCli({u"inspect"_s, u"--db"_s, db.spec().redacted()}, env);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.startsWith(u"error: The server at"_s));
        QVERIFY(bad.err.contains(u"refused the password"_s));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
