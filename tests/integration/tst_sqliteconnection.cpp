// SPDX-License-Identifier: MIT
// Opening SQLite files: bad input gets one clear sentence and changes nothing.

#include "TestSupport.h"
#include "db/Connection.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace sm;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

ConnectionSpec sqliteSpec(const QString &path)
{
    return *ConnectionSpec::parse(u"sqlite:"_s + path);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestSqliteConnection : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"app.db"_s);
        const QString err = test::createSqliteDatabase(
            m_db, u"CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT);"
                  "INSERT INTO users(name) VALUES ('ada'), (NULL), ('grace');"_s);
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    void opensAndReadsVersion()
    {
        auto c = Connection::open(sqliteSpec(m_db), AccessMode::ReadOnly);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
        QCOMPARE(c->dialect(), Dialect::Sqlite);
        QVERIFY(c->serverVersion().startsWith(u"3."_s));
        QVERIFY(c->serverVersionNumber() >= 3040000);
        QVERIFY(c->sqliteHandle() != nullptr);
        auto q = c->query(u"SELECT count(*) FROM users WHERE name IS NOT NULL"_s);
        QVERIFY(q.ok());
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toInt(), 2);
    }

    void boundValuesAreBound()
    {
        auto c = Connection::open(sqliteSpec(m_db), AccessMode::ReadOnly);
        QVERIFY(c.ok());
        auto q = c->query(u"SELECT count(*) FROM users WHERE name = ?"_s, {u"ada' OR '1'='1"_s});
        QVERIFY(q.ok());
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toInt(), 0);
    }

    void readOnlyRefusesWritesAndChangesNothing()
    {
        const QByteArray before = fileHash(m_db);
        {
            auto c = Connection::open(sqliteSpec(m_db), AccessMode::ReadOnly);
            QVERIFY(c.ok());
            QCOMPARE(c->mode(), AccessMode::ReadOnly);
            QVERIFY(!c->exec(u"CREATE TABLE t(x)"_s).ok());
            QVERIFY(!c->exec(u"INSERT INTO users(name) VALUES ('x')"_s).ok());
        }
        QCOMPARE(fileHash(m_db), before);
    }

    void readWriteCanWrite()
    {
        const QString path = m_dir.filePath(u"rw.db"_s);
        QVERIFY(test::createSqliteDatabase(path, u"CREATE TABLE t(x);"_s).isEmpty());
        auto c = Connection::open(sqliteSpec(path), AccessMode::ReadWrite);
        QVERIFY(c.ok());
        QVERIFY(c->exec(u"INSERT INTO t VALUES (?)"_s, {42}).ok());
    }

    void queryCountCountsStatements()
    {
        auto c = Connection::open(sqliteSpec(m_db), AccessMode::ReadOnly);
        QVERIFY(c.ok());
        c->resetQueryCount();
        QVERIFY(c->exec(u"SELECT 1"_s).ok());
        QVERIFY(!c->exec(u"SELECT * FROM no_such_table"_s).ok());
        QCOMPARE(c->queryCount(), 2);
    }

    void failedStatementIsOneSentence()
    {
        auto c = Connection::open(sqliteSpec(m_db), AccessMode::ReadOnly);
        QVERIFY(c.ok());
        Status s = c->exec(u"SELECT * FROM no_such_table"_s);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Query);
        QVERIFY(s.error().message.contains(u"no such table"_s));
        QVERIFY(!s.error().message.contains(u'\n'));
    }

    void emptyFileIsAValidDatabase()
    {
        const QString path = m_dir.filePath(u"empty.db"_s);
        writeFile(path, {});
        auto c = Connection::open(sqliteSpec(path), AccessMode::ReadOnly);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
        QCOMPARE(QFileInfo(path).size(), 0);
    }

    void badFilesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text file") << u"notes.txt"_s << QByteArray("CREATE TABLE x(y);\n")
                                   << u"is not a SQLite database"_s;
        QTest::newRow("png") << u"image.db"_s << QByteArray("\x89PNG\r\n\x1a\n0000000000000000")
                             << u"is not a SQLite database"_s;
        QTest::newRow("truncated header")
            << u"trunc.db"_s << QByteArray("SQLite format 3\0\x10\x00", 18) << u"is truncated"_s;
        QByteArray garbage("SQLite format 3\0", 16);
        garbage.append(QByteArray(4096 - 16, '\xAB'));
        QTest::newRow("corrupt") << u"corrupt.db"_s << garbage << u"SQLite database"_s;
    }

    void badFilesAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(name);
        writeFile(path, bytes);
        auto c = Connection::open(sqliteSpec(path), AccessMode::ReadOnly);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, ErrorKind::Input);
        QVERIFY2(c.error().message.contains(expected), qPrintable(c.error().message));
        QVERIFY(c.error().message.contains(path));
        QVERIFY(!c.error().message.contains(u'\n'));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes); // unchanged
    }

    void missingFileIsNeverCreated_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("read-only") << int(AccessMode::ReadOnly);
        QTest::newRow("read-write") << int(AccessMode::ReadWrite);
    }

    void missingFileIsNeverCreated()
    {
        QFETCH(int, mode);
        const QString path = m_dir.filePath(u"typo.db"_s);
        auto c = Connection::open(sqliteSpec(path), AccessMode(mode));
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.contains(u"does not exist"_s), qPrintable(c.error().message));
        QVERIFY(!QFileInfo::exists(path));
    }

    void directoryIsRefused()
    {
        auto c = Connection::open(sqliteSpec(m_dir.path()), AccessMode::ReadOnly);
        QVERIFY(!c.ok());
        QVERIFY(c.error().message.contains(u"is a directory"_s));
    }

    void lockedDatabaseSaysSo()
    {
        const QString path = m_dir.filePath(u"locked.db"_s);
        QVERIFY(test::createSqliteDatabase(path, u"CREATE TABLE t(x); INSERT INTO t VALUES(1);"_s)
                    .isEmpty());
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
        auto c = Connection::open(sqliteSpec(path), AccessMode::ReadOnly);
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(other);
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.contains(u"locked by another process"_s),
                 qPrintable(c.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSqliteConnection)
#include "tst_sqliteconnection.moc"
