// SPDX-License-Identifier: MIT
// Verified SQLite backups and restores on populated files: manifest and checksums, a restore
// after damage that brings back schema, row counts and every byte of data, refusals that
// change nothing, WAL and hot journals, and the CLI's exit codes and confirmation.

#include "TestSupport.h"
#include "diff/Diff.h"
#include "introspect/Introspector.h"
#include "run/Backup.h"
#include "run/Manifest.h"
#include "run/Restore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace sm;

namespace {

const char *kShop = R"(
PRAGMA foreign_keys = ON;
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
CREATE TRIGGER order_guard BEFORE INSERT ON "order" WHEN NEW.total < 0
  BEGIN SELECT RAISE(ABORT, 'negative'); END;
INSERT INTO users(email, name) VALUES ('ada@example.org', 'Ada'), ('bob@example.org', NULL),
  ('cy@example.org', 'Cy');
INSERT INTO "order"(user_id, total, "Weird Name") VALUES (1, 12.5, 'x'), (1, 250, NULL),
  (2, 0, 'y'), (2, NULL, NULL), (3, 99.99, '☃');
)";

// Every row of every table, in a stable order, hashed: equal data gives an equal fingerprint.
QByteArray fingerprint(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList tables;
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' "
                       "ORDER BY type, name",
                       -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) {
        hash.addData(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 1))));
        tables << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    }
    sqlite3_finalize(st);
    for (const QString &t : tables) {
        const QByteArray sql = (u"SELECT * FROM \""_s + t + u"\" ORDER BY 1"_s).toUtf8();
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
            continue; // views over a table ORDER BY 1 work; anything else is skipped alike
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int i = 0; i < sqlite3_column_count(st); ++i) {
                hash.addData(QByteArray::number(sqlite3_column_type(st, i)));
                hash.addData(QByteArray(reinterpret_cast<const char *>(sqlite3_column_blob(st, i)),
                                        sqlite3_column_bytes(st, i)));
                hash.addData("|");
            }
            hash.addData("\n");
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return hash.result().toHex();
}

qint64 scalar(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    qint64 v = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

QString exec(sqlite3 *db, const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) == SQLITE_OK)
        return {};
    const QString e = QString::fromUtf8(err);
    sqlite3_free(err);
    return e;
}

QString execOn(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    const QString e = exec(db, sql);
    sqlite3_close(db);
    return e;
}

class RecordingConfirmer final : public Confirmer
{
public:
    explicit RecordingConfirmer(bool answer)
        : m_answer(answer)
    {}
    bool confirm(const ConfirmRequest &request) override
    {
        requests.append(request);
        return m_answer;
    }
    QList<ConfirmRequest> requests;

private:
    bool m_answer;
};

ConnectionSpec sqliteSpec(const QString &path)
{
    ConnectionSpec s;
    s.dialect = Dialect::Sqlite;
    s.path = path;
    return s;
}

QString errorOf(const Status &s)
{
    return s.ok() ? QString() : s.error().toString();
}
template<typename T> QString errorOf(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().toString();
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args)
{
    QProcess p;
    p.setStandardInputFile(QProcess::nullDevice()); // no terminal
    p.start(QStringLiteral(SM_CLI_PATH), args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestBackupSqlite : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_n = 0;

    // A fresh populated shop database in a folder of its own.
    QString newShop()
    {
        const QString dir = m_tmp.filePath(u"case%1"_s.arg(++m_n));
        QDir().mkpath(dir);
        const QString path = dir + u"/shop.db"_s;
        const QString err = test::createSqliteDatabase(path, QString::fromUtf8(kShop));
        return err.isEmpty() ? path : QString();
    }

private Q_SLOTS:
    void backupRestoreRoundTrip()
    {
        const QString db = newShop();
        QVERIFY(!db.isEmpty());
        const QByteArray original = fingerprint(db);
        const QString out = QFileInfo(db).absolutePath() + u"/backup"_s;
        int progressCalls = 0;
        BackupOptions options;
        options.sqlitePagesPerStep = 1; // many steps: progress and the stepping are exercised
        options.progress = [&](qint64, qint64, const QString &) { ++progressCalls; };
        auto r = takeBackup(sqliteSpec(db), out, options);
        QVERIFY2(r.ok(), qPrintable(errorOf(r)));
        QVERIFY(progressCalls > 3);
        QCOMPARE(QDir(out).entryList(QDir::Files, QDir::Name),
                 (QStringList{u"database.sqlite"_s, u"manifest.json"_s}));

        // The manifest on disk says what the backup is, with correct checksums.
        QFile mf(out + u"/manifest.json"_s);
        QVERIFY(mf.open(QIODevice::ReadOnly));
        const QJsonObject m = QJsonDocument::fromJson(mf.readAll()).object();
        QCOMPARE(m[u"format"_s].toString(), u"schemamedic.backup/1"_s);
        QCOMPARE(m[u"engine"_s].toString(), u"sqlite"_s);
        QCOMPARE(m[u"database"_s].toString(), u"shop.db"_s);
        QCOMPARE(m[u"source"_s].toString(), u"sqlite:"_s + db);
        QVERIFY(m[u"created"_s].toString().endsWith(u'Z'));
        QVERIFY(!m[u"serverVersion"_s].toString().isEmpty());
        const QJsonObject file = m[u"files"_s].toArray().first().toObject();
        QFile data(out + u"/database.sqlite"_s);
        QVERIFY(data.open(QIODevice::ReadOnly));
        const QByteArray bytes = data.readAll();
        QCOMPARE(file[u"name"_s].toString(), u"database.sqlite"_s);
        QCOMPARE(file[u"size"_s].toInteger(), bytes.size());
        QCOMPARE(file[u"sha256"_s].toString().toLatin1(),
                 QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(m[u"rowCounts"_s].toObject()[u"main.users"_s].toInt(), 3);
        QCOMPARE(m[u"rowCounts"_s].toObject()[u"main.order"_s].toInt(), 5);
        QCOMPARE(m[u"verification"_s].toObject()[u"integrityCheck"_s].toString(), u"ok"_s);
        QCOMPARE(m[u"verification"_s].toObject()[u"foreignKeyViolations"_s].toInt(), 0);
        QCOMPARE(m[u"schema"_s].toObject()[u"format"_s].toString(), u"schemamedic.schema/1"_s);
        // The snapshot is the live schema.
        auto manifest = readManifest(out);
        QVERIFY2(manifest.ok(), qPrintable(errorOf(manifest)));
        {
            auto conn = Connection::open(sqliteSpec(db), AccessMode::ReadOnly);
            auto live = introspect(*conn);
            QVERIFY(diff(manifest->schema, *live).isEmpty());
        }
        QCOMPARE(fingerprint(out + u"/database.sqlite"_s), original);

        // Damage: rows deleted (with a cascade into "order"), a column dropped by a rebuild, a
        // new table.
        QCOMPARE(execOn(db, "PRAGMA foreign_keys=ON; DELETE FROM users WHERE id = 2;"), QString());
        QCOMPARE(execOn(db, "PRAGMA foreign_keys=OFF; BEGIN;"
                            "CREATE TABLE users_new (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                            "email TEXT NOT NULL UNIQUE, created_at TEXT);"
                            "INSERT INTO users_new SELECT id, email, created_at FROM users;"
                            "DROP TABLE users; ALTER TABLE users_new RENAME TO users; COMMIT;"
                            "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                            "INSERT INTO notes(body) VALUES ('after the backup');"),
                 QString());
        QCOMPARE(scalar(db, "SELECT count(*) FROM \"order\""), 3);
        QVERIFY(fingerprint(db) != original);

        RecordingConfirmer yes(true);
        RestoreReport report;
        Status s = restoreBackup(sqliteSpec(db), out, yes, {}, &report);
        QVERIFY2(s.ok(), qPrintable(errorOf(s)));
        QCOMPARE(report.outcome, RestoreOutcome::Restored);
        QCOMPARE(report.tablesVerified, 2);
        QCOMPARE(report.rowsVerified, 8);
        QCOMPARE(yes.requests.size(), 1);
        const ConfirmRequest &req = yes.requests.first();
        QVERIFY(req.requireTypedName);
        QCOMPARE(req.databaseName, u"shop.db"_s);
        QVERIFY2(req.summary.contains(u"main.notes"_s), qPrintable(req.summary));
        QVERIFY2(req.summary.contains(u"main.order has 3 rows (the backup: 5)"_s),
                 qPrintable(req.summary));

        QCOMPARE(fingerprint(db), original);
        QCOMPARE(scalar(db, "SELECT count(*) FROM \"order\" WHERE \"Weird Name\" IS NULL"), 2);
        QCOMPARE(scalar(db, "SELECT seq FROM sqlite_sequence WHERE name = 'users'"), 3);
        QCOMPARE(scalar(db, "SELECT count(*) FROM pragma_integrity_check WHERE "
                            "integrity_check = 'ok'"),
                 1);
    }

    void declinedRestoreChangesNothing()
    {
        const QString db = newShop();
        const QString out = QFileInfo(db).absolutePath() + u"/b"_s;
        QVERIFY(takeBackup(sqliteSpec(db), out).ok());
        QCOMPARE(execOn(db, "DELETE FROM \"order\""), QString());
        const QByteArray damaged = fingerprint(db);
        RecordingConfirmer no(false);
        RestoreReport report;
        Status s = restoreBackup(sqliteSpec(db), out, no, {}, &report);
        QVERIFY(!s.ok());
        QCOMPARE(report.outcome, RestoreOutcome::Refused);
        QVERIFY(s.error().message.contains(u"not confirmed"_s));
        QCOMPARE(fingerprint(db), damaged);
    }

    void tamperedBackupIsRefused()
    {
        const QString db = newShop();
        const QString out = QFileInfo(db).absolutePath() + u"/b"_s;
        QVERIFY(takeBackup(sqliteSpec(db), out).ok());
        QCOMPARE(execOn(db, "DELETE FROM users WHERE id = 3"), QString());
        const QByteArray live = fingerprint(db);
        // Flip one byte in the middle of the copy.
        QFile f(out + u"/database.sqlite"_s);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(f.size() / 2));
        char c = 0;
        QVERIFY(f.getChar(&c));
        QVERIFY(f.seek(f.size() / 2));
        QVERIFY(f.putChar(static_cast<char>(c ^ 0x01)));
        f.close();
        RecordingConfirmer yes(true);
        RestoreReport report;
        Status s = restoreBackup(sqliteSpec(db), out, yes, {}, &report);
        QVERIFY(!s.ok());
        QCOMPARE(report.outcome, RestoreOutcome::Refused);
        QVERIFY2(s.error().message.contains(u"database.sqlite"_s) &&
                     s.error().message.contains(u"SHA-256"_s),
                 qPrintable(s.error().message));
        QVERIFY(yes.requests.isEmpty()); // refused before anyone was asked
        QCOMPARE(fingerprint(db), live);
    }

    void missingBackupFileIsRefused()
    {
        const QString db = newShop();
        const QString out = QFileInfo(db).absolutePath() + u"/b"_s;
        QVERIFY(takeBackup(sqliteSpec(db), out).ok());
        QVERIFY(QFile::remove(out + u"/database.sqlite"_s));
        RecordingConfirmer yes(true);
        Status s = restoreBackup(sqliteSpec(db), out, yes);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(u"database.sqlite is missing"_s),
                 qPrintable(s.error().message));
        // No manifest at all.
        Status none = restoreBackup(sqliteSpec(db), QFileInfo(db).absolutePath(), yes);
        QVERIFY(!none.ok());
        QVERIFY(none.error().message.contains(u"no manifest.json"_s));
    }

    void wrongEngineOrDatabaseIsRefused()
    {
        const QString db = newShop();
        const QString out = QFileInfo(db).absolutePath() + u"/b"_s;
        QVERIFY(takeBackup(sqliteSpec(db), out).ok());
        const QByteArray live = fingerprint(db);

        // The same folder, relabelled as a PostgreSQL backup.
        const QString pgOut = QFileInfo(db).absolutePath() + u"/pg"_s;
        QDir().mkpath(pgOut);
        QFile::copy(out + u"/database.sqlite"_s, pgOut + u"/database.dump"_s);
        QFile mf(out + u"/manifest.json"_s);
        QVERIFY(mf.open(QIODevice::ReadOnly));
        QJsonObject m = QJsonDocument::fromJson(mf.readAll()).object();
        m[u"engine"_s] = u"postgresql"_s;
        QJsonObject file = m[u"files"_s].toArray().first().toObject();
        file[u"name"_s] = u"database.dump"_s;
        m[u"files"_s] = QJsonArray{file};
        QFile pm(pgOut + u"/manifest.json"_s);
        QVERIFY(pm.open(QIODevice::WriteOnly));
        pm.write(QJsonDocument(m).toJson());
        pm.close();
        RecordingConfirmer yes(true);
        Status s = restoreBackup(sqliteSpec(db), pgOut, yes);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(u"PostgreSQL backup"_s), qPrintable(s.error().message));

        // A backup of shop.db is not restored into other.db unless that is asked for.
        const QString other = QFileInfo(db).absolutePath() + u"/other.db"_s;
        QVERIFY(test::createSqliteDatabase(other, u"CREATE TABLE t(x); INSERT INTO t VALUES (1);"_s)
                    .isEmpty());
        Status o = restoreBackup(sqliteSpec(other), out, yes);
        QVERIFY(!o.ok());
        QVERIFY2(o.error().message.contains(u"\"shop.db\", not \"other.db\""_s),
                 qPrintable(o.error().message));
        QVERIFY(yes.requests.isEmpty());
        RestoreOptions allow;
        allow.allowOtherDatabase = true;
        Status ok = restoreBackup(sqliteSpec(other), out, yes, allow);
        QVERIFY2(ok.ok(), qPrintable(errorOf(ok)));
        QCOMPARE(fingerprint(other), live);
        QCOMPARE(fingerprint(db), live);
    }

    void outputFolderRefusals()
    {
        const QString db = newShop();
        const QString base = QFileInfo(db).absolutePath();
        // Not empty: a backup never overwrites anything.
        const QString full = base + u"/full"_s;
        QDir().mkpath(full);
        QFile keep(full + u"/manifest.json"_s);
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("precious");
        keep.close();
        auto r = takeBackup(sqliteSpec(db), full);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"is not empty"_s), qPrintable(r.error().message));
        QCOMPARE(QDir(full).entryList(QDir::Files), QStringList{u"manifest.json"_s});
        QVERIFY(keep.open(QIODevice::ReadOnly));
        QCOMPARE(keep.readAll(), QByteArray("precious"));
        // A file, and a folder under a file.
        auto f = takeBackup(sqliteSpec(db), db);
        QVERIFY(!f.ok());
        QVERIFY(f.error().message.contains(u"is not a folder"_s));
        auto g = takeBackup(sqliteSpec(db), db + u"/sub"_s);
        QVERIFY(!g.ok());
        QVERIFY2(g.error().message.contains(u"cannot be created"_s), qPrintable(g.error().message));
        // Not writable (root writes anywhere; a read-only bind is not available here).
        if (::geteuid() != 0) {
            const QString ro = base + u"/ro"_s;
            QDir().mkpath(ro);
            QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
            auto w = takeBackup(sqliteSpec(db), ro);
            QVERIFY(!w.ok());
            QVERIFY(w.error().message.contains(u"not writable"_s));
        }
    }

    void notEnoughFreeSpace()
    {
        const QString db = newShop();
        const QString out = QFileInfo(db).absolutePath() + u"/new/deeper"_s;
        BackupOptions options;
        QString probed;
        options.availableBytes = [&](const QString &where) {
            probed = where;
            return qint64(4096);
        };
        auto r = takeBackup(sqliteSpec(db), out, options);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith(u"The backup needs about"_s),
                 qPrintable(r.error().message));
        QCOMPARE(probed, QFileInfo(db).absolutePath()); // the nearest folder that exists
        QVERIFY(!QFileInfo::exists(QFileInfo(db).absolutePath() + u"/new"_s));
    }

    void cancelledBackupLeavesNothing()
    {
        const QString db = newShop();
        const QString out = QFileInfo(db).absolutePath() + u"/c"_s;
        BackupOptions options;
        options.sqlitePagesPerStep = 1;
        int steps = 0;
        options.cancelled = [&] { return ++steps > 2; };
        auto r = takeBackup(sqliteSpec(db), out, options);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(u"cancelled"_s));
        QVERIFY(!QFileInfo::exists(out));
    }

    // The checksum check of a large archive can be cancelled: it stops at its next chunk, asks
    // nothing and changes nothing.
    void cancelledChecksumCheckChangesNothing()
    {
        const QString db = newShop();
        const QString out = QFileInfo(db).absolutePath() + u"/large"_s;
        QVERIFY(takeBackup(sqliteSpec(db), out).ok());
        QCOMPARE(execOn(db, "DELETE FROM \"order\" WHERE id > 2"), QString());
        const QByteArray before = fingerprint(db);
        // The data file becomes 4 GB (sparse), and the manifest says so: hashing all of it
        // would take seconds.
        auto manifest = readManifest(out);
        QVERIFY(manifest);
        const QString dataFile = backupDataFileName(Dialect::Sqlite);
        constexpr qint64 kSize = qint64(4) << 30;
        QFile data(QDir(out).filePath(dataFile));
        QVERIFY(data.resize(kSize));
        for (BackupFile &f : manifest->files)
            if (f.name == dataFile)
                f.size = kSize;
        QVERIFY(writeManifest(*manifest, out).ok());

        RecordingConfirmer yes(true);
        RestoreOptions options;
        qint64 hashed = 0;
        options.progress = [&](qint64 done, qint64, const QString &) { hashed = done; };
        options.cancelled = [&] { return hashed >= (qint64(64) << 20); };
        Status s = restoreBackup(sqliteSpec(db), out, yes, options);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(u"cancelled; nothing was changed"_s),
                 qPrintable(s.error().message));
        QVERIFY2(hashed < (qint64(1) << 30), qPrintable(u"%1 bytes hashed"_s.arg(hashed)));
        QVERIFY(yes.requests.isEmpty());
        QCOMPARE(fingerprint(db), before);
    }

    void walDatabaseWithWritersAround()
    {
        const QString db = newShop();
        sqlite3 *writer = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(db).constData(), &writer), SQLITE_OK);
        QCOMPARE(exec(writer, "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;"
                              "INSERT INTO users(email) VALUES ('wal1@example.org'),"
                              "('wal2@example.org');"),
                 QString());
        // Committed, still only in the -wal file.
        QVERIFY(QFileInfo(db + u"-wal"_s).size() > 0);
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(db).constData(), &other), SQLITE_OK);
        QCOMPARE(exec(other, "BEGIN; INSERT INTO users(email) VALUES ('uncommitted@example.org');"),
                 QString());

        const QString out = QFileInfo(db).absolutePath() + u"/w"_s;
        auto r = takeBackup(sqliteSpec(db), out);
        QVERIFY2(r.ok(), qPrintable(errorOf(r)));
        const QString copy = out + u"/database.sqlite"_s;
        QCOMPARE(scalar(copy, "SELECT count(*) FROM users"), 5);
        QCOMPARE(scalar(copy, "SELECT count(*) FROM users WHERE email LIKE 'wal%'"), 2);
        QCOMPARE(scalar(copy, "SELECT count(*) FROM users WHERE email LIKE 'uncommitted%'"), 0);
        QCOMPARE(r->manifest.rowCounts.value(u"main.users"_s), 5);
        QCOMPARE(r->manifest.verification[u"sourceJournalMode"_s].toString(), u"wal"_s);
        // One self-contained file: no -wal/-shm beside the copy.
        QCOMPARE(QDir(out).entryList(QDir::Files, QDir::Name),
                 (QStringList{u"database.sqlite"_s, u"manifest.json"_s}));
        // The live files are untouched: its WAL is still there for its own connections.
        QVERIFY(QFileInfo::exists(db + u"-wal"_s));
        QCOMPARE(exec(other, "ROLLBACK"), QString());
        sqlite3_close(other);

        // Restore into the WAL database: it stays in WAL mode, with the backup's rows.
        QCOMPARE(exec(writer, "DELETE FROM \"order\"; INSERT INTO users(email) VALUES ('late');"),
                 QString());
        sqlite3_close(writer);
        RecordingConfirmer yes(true);
        Status s = restoreBackup(sqliteSpec(db), out, yes);
        QVERIFY2(s.ok(), qPrintable(errorOf(s)));
        QCOMPARE(scalar(db, "SELECT count(*) FROM users"), 5);
        QCOMPARE(scalar(db, "SELECT count(*) FROM \"order\""), 5);
        QCOMPARE(fingerprint(db), fingerprint(copy));
        sqlite3 *check = nullptr;
        sqlite3_open(QFile::encodeName(db).constData(), &check);
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(check, "PRAGMA journal_mode", -1, &st, nullptr);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))),
                 QByteArray("wal"));
        sqlite3_finalize(st);
        sqlite3_close(check);
    }

    void rollbackModeUncommittedWriterIsNotCopied()
    {
        const QString db = newShop();
        sqlite3 *writer = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(db).constData(), &writer), SQLITE_OK);
        QCOMPARE(exec(writer, "BEGIN; UPDATE users SET name = 'in flight';"), QString());
        const QString out = QFileInfo(db).absolutePath() + u"/r"_s;
        auto r = takeBackup(sqliteSpec(db), out);
        QVERIFY2(r.ok(), qPrintable(errorOf(r)));
        QCOMPARE(scalar(out + u"/database.sqlite"_s,
                        "SELECT count(*) FROM users WHERE name = 'in flight'"),
                 0);
        QCOMPARE(exec(writer, "ROLLBACK"), QString());
        sqlite3_close(writer);
    }

    void hotJournal()
    {
        const QString db = newShop();
        const QString out = QFileInfo(db).absolutePath() + u"/h"_s;
        QVERIFY(takeBackup(sqliteSpec(db), out).ok());
        // Enough rows that a writer with a tiny cache spills changed pages into the file.
        QCOMPARE(execOn(db, "WITH RECURSIVE n(i) AS (SELECT 10 UNION ALL SELECT i + 1 FROM n "
                            "WHERE i < 3000) INSERT INTO users(email, name) SELECT 'u' || i || "
                            "'@example.org', printf('%.400c', 'x') FROM n;"),
                 QString());
        const QByteArray committed = fingerprint(db);
        // A writer killed mid-transaction leaves a hot journal.
        const pid_t pid = fork();
        if (pid == 0) {
            sqlite3 *w = nullptr;
            sqlite3_open(QFile::encodeName(db).constData(), &w);
            sqlite3_exec(w, "PRAGMA cache_size=2; BEGIN; UPDATE users SET name = 'torn';", nullptr,
                         nullptr, nullptr);
            _exit(0);
        }
        int status = 0;
        waitpid(pid, &status, 0);
        const QString journal = db + u"-journal"_s;
        QVERIFY(QFileInfo(journal).size() > 0);
        const qint64 journalSize = QFileInfo(journal).size();

        // A backup reads only: it says why it cannot go on and leaves the journal alone.
        auto r = takeBackup(sqliteSpec(db), QFileInfo(db).absolutePath() + u"/h2"_s);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"journal left by a writer"_s),
                 qPrintable(r.error().message));
        QCOMPARE(QFileInfo(journal).size(), journalSize);
        QVERIFY(!QFileInfo::exists(QFileInfo(db).absolutePath() + u"/h2"_s));

        // A restore opens for writing: SQLite rolls the journal back, then the backup goes in.
        RecordingConfirmer yes(true);
        Status s = restoreBackup(sqliteSpec(db), out, yes);
        QVERIFY2(s.ok(), qPrintable(errorOf(s)));
        QVERIFY(yes.requests.first().summary.contains(u"main.users has 2994 rows"_s));
        QVERIFY(committed != fingerprint(db));
        QCOMPARE(fingerprint(db), fingerprint(out + u"/database.sqlite"_s));
        QCOMPARE(QFileInfo(journal).size(), 0); // gone or empty: SQLite's own doing
    }

    void restoreRolledBackWhenLocked()
    {
        const QString db = newShop();
        const QString out = QFileInfo(db).absolutePath() + u"/l"_s;
        QVERIFY(takeBackup(sqliteSpec(db), out).ok());
        QCOMPARE(execOn(db, "DELETE FROM \"order\" WHERE id > 2"), QString());
        const QByteArray before = fingerprint(db);
        sqlite3 *holder = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(db).constData(), &holder), SQLITE_OK);
        QCOMPARE(exec(holder, "BEGIN IMMEDIATE; INSERT INTO users(email) VALUES ('holder');"),
                 QString());
        RecordingConfirmer yes(true);
        RestoreOptions options;
        options.lockWaitTimeoutMs = 300;
        RestoreReport report;
        Status s = restoreBackup(sqliteSpec(db), out, yes, options, &report);
        QVERIFY(!s.ok());
        QCOMPARE(report.outcome, RestoreOutcome::RolledBack);
        QVERIFY2(s.error().message.contains(u"locked"_s), qPrintable(s.error().message));
        QCOMPARE(exec(holder, "ROLLBACK"), QString());
        sqlite3_close(holder);
        QCOMPARE(fingerprint(db), before);
    }

    void cli()
    {
        const QString db = newShop();
        const QString base = QFileInfo(db).absolutePath();
        const QString url = u"sqlite:"_s + db;
        Run b = runCli({u"backup"_s, u"--db"_s, url, u"--out"_s, base + u"/cli"_s});
        QVERIFY2(b.exitCode == 0, qPrintable(b.err));
        QVERIFY(b.out.contains(base + u"/cli"_s));
        QVERIFY(b.out.contains(u"sha256 "_s));
        QVERIFY(b.out.contains(u"verified: integrity_check ok"_s));
        // The same folder again: refused, exit 2, one sentence.
        Run again = runCli({u"backup"_s, u"--db"_s, url, u"--out"_s, base + u"/cli"_s});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.startsWith(u"error: "_s));
        QVERIFY(again.err.contains(u"is not empty"_s));
        Run noOut = runCli({u"backup"_s, u"--db"_s, url});
        QCOMPARE(noOut.exitCode, 2);

        QCOMPARE(execOn(db, "DELETE FROM users"), QString());
        const QByteArray damaged = fingerprint(db);
        // No terminal and no --yes: refused, nothing touched.
        Run refused = runCli({u"restore"_s, u"--db"_s, url, u"--backup"_s, base + u"/cli"_s});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"needs a confirmation"_s), qPrintable(refused.err));
        QCOMPARE(refused.err.count(u'\n'), 1);
        QCOMPARE(fingerprint(db), damaged);

        Run restored =
            runCli({u"restore"_s, u"--db"_s, url, u"--backup"_s, base + u"/cli"_s, u"--yes"_s});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QVERIFY(restored.out.contains(u"verified"_s));
        QCOMPARE(scalar(db, "SELECT count(*) FROM users"), 3);

        // Tampered: exit 2, the file named.
        QFile manifest(base + u"/cli/manifest.json"_s);
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QByteArray text = manifest.readAll();
        manifest.close();
        QFile data(base + u"/cli/database.sqlite"_s);
        QVERIFY(data.open(QIODevice::Append));
        data.write("x");
        data.close();
        Run tampered =
            runCli({u"restore"_s, u"--db"_s, url, u"--backup"_s, base + u"/cli"_s, u"--yes"_s});
        QCOMPARE(tampered.exitCode, 2);
        QVERIFY(tampered.err.contains(u"database.sqlite has changed"_s));

        // Rolled back (the file stays locked by another writer): exit 3.
        QVERIFY(data.resize(data.size() - 1));
        sqlite3 *holder = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(db).constData(), &holder), SQLITE_OK);
        QCOMPARE(exec(holder, "BEGIN IMMEDIATE; DELETE FROM \"order\";"), QString());
        Run locked = runCli({u"restore"_s, u"--db"_s, url, u"--backup"_s, base + u"/cli"_s,
                             u"--yes"_s, u"--lock-timeout"_s, u"300"_s});
        QCOMPARE(exec(holder, "ROLLBACK"), QString());
        sqlite3_close(holder);
        QCOMPARE(locked.exitCode, 3);
        QVERIFY2(locked.err.contains(u"rolled back"_s), qPrintable(locked.err));
    }
};

QTEST_GUILESS_MAIN(TestBackupSqlite)
#include "tst_backupsqlite.moc"
