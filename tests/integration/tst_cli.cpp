// SPDX-License-Identifier: MIT
// schemamedic-cli inspect and snapshot against real databases: output, exit codes, and bad
// input that gets one clear sentence on stderr and changes nothing.

#include "TestSupport.h"
#include "schema/Snapshot.h"

#include <QFileInfo>
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
