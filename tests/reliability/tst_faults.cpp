// SPDX-License-Identifier: MIT
// The faults of issue 9 that are neither a kill of the CLI nor a bad input: the PostgreSQL server
// stopped mid-apply and as COMMIT is sent, a full disk while the backup is written and under the
// journal, a backup folder the user may not write, a SQLite file locked by another writer between
// backup and apply, and the proof that the read-only commands never write (PostgreSQL: every
// statement in the server's log; SQLite: a 0444 file in a 0555 folder stays byte-identical).
//
// The exact moment of a fault comes from the test-only hook SCHEMAMEDIC_FAULT_AT=EVENT:stop: the
// CLI stops itself (SIGSTOP) right after EVENT is on disk, the test changes the world (stops the
// server, fills the disk, takes the lock) and lets it go on with SIGCONT. No timing guesses.
// PostgreSQL runs on a private cluster this test starts (like tst_tls), with log_statement = all.

#include "LoggingCluster.h"
#include "TestSupport.h"
#include "run/Journal.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace sm;
using namespace sm::test;

namespace {

const QString kSeed = u"002_integer_ids_to_uuid"_s;

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// A SQLite file as sqlite3 sees it (schema and rows) plus its exact bytes.
QByteArray sqliteFingerprint(const QString &path)
{
    QProcess p;
    p.start(u"sqlite3"_s, {u"-readonly"_s, path, u".dump"_s});
    p.waitForFinished(60000);
    QFile f(path);
    const QByteArray bytes = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("unreadable");
    return sha256(p.readAllStandardOutput()) + ' ' + sha256(bytes);
}

// Why `line` is not one clear sentence, or "" when it is (as tst_badinput judges it).
QString sentenceProblem(const QString &line)
{
    if (!line.startsWith(u"error: "_s))
        return u"does not start with \"error: \""_s;
    if (!line.endsWith(u'.'))
        return u"does not end with a period"_s;
    QString text = line.mid(7);
    text.remove(QRegularExpression(u"\"[^\"]*\""_s));
    // Paths and file names hold dots; sentences are told apart by ". " + a capital letter.
    if (QRegularExpression(u"[.!?]\\s+\\p{Lu}"_s).match(text).hasMatch())
        return u"is more than one sentence"_s;
    for (const QString &raw : {u"QSql"_s, u"Unable to"_s, u"FATAL:"_s, u"ERROR:"_s,
                               u"connection to server at"_s, u"libpq"_s, u"pg_dump: error"_s})
        if (text.contains(raw))
            return u"contains raw tool text (%1)"_s.arg(raw);
    return {};
}

// The line an operator reads first: the one that starts "error: " (progress lines come before).
QString errorLine(const QString &err)
{
    for (const QString &l : err.split(u'\n'))
        if (l.startsWith(u"error: "_s))
            return l;
    return {};
}

QStringList journalEvents(const QString &dir)
{
    const QStringList files = QDir(dir).entryList({u"*.jsonl"_s}, QDir::Files);
    if (files.size() != 1)
        return {u"<%1 journals>"_s.arg(files.size())};
    auto c = readJournal(QDir(dir).filePath(files.first()));
    if (!c)
        return {u"<unreadable>"_s};
    QStringList out;
    for (const JournalRecord &r : c->records)
        out << r.event;
    return out;
}

QString onlyJournal(const QString &dir)
{
    const QStringList files = QDir(dir).entryList({u"*.jsonl"_s}, QDir::Files);
    return files.size() == 1 ? QDir(dir).filePath(files.first()) : QString();
}

// The state letter of a process (/proc/PID/stat): 'T' once SIGSTOP has taken effect.
char processState(qint64 pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return '?';
    const QByteArray s = f.readAll();
    const qsizetype close = s.lastIndexOf(')');
    return close >= 0 && close + 2 < s.size() ? s.at(close + 2) : '?';
}

// A throwaway PostgreSQL cluster that logs every statement (with session id, application name
// and database) into a file the test reads. Stopped and removed by its destructor.
class SmallDisk
{
public:
    SmallDisk() = default;
    ~SmallDisk() { unmount(); }
    Q_DISABLE_COPY_MOVE(SmallDisk)

    QString mount(const QString &dir, qint64 bytes)
    {
        QDir().mkpath(dir);
        m_dir = dir;
        const QString kb = QString::number(bytes / 1024) + u'k';
        const QString tmpfs = runProgram(
            u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size="_s + kb, u"tmpfs"_s, dir});
        if (tmpfs.isEmpty()) {
            m_mounted = true;
            return {};
        }
        // No tmpfs (a container without CAP_SYS_ADMIN rarely allows a loop device either, but
        // try): an image file of that size with a file system on it.
        const QString image = dir + u".img"_s;
        QString e = runProgram(u"truncate"_s, {u"-s"_s, kb, image});
        if (e.isEmpty())
            e = runProgram(u"mkfs.ext2"_s, {u"-q"_s, u"-F"_s, u"-m"_s, u"0"_s, image});
        if (e.isEmpty())
            e = runProgram(u"mount"_s, {u"-o"_s, u"loop"_s, image, dir});
        if (e.isEmpty()) {
            m_mounted = true;
            return {};
        }
        return u"neither a tmpfs (%1) nor a loop-mounted image (%2) could be mounted"_s.arg(
            tmpfs.trimmed(), e.trimmed());
    }

    void unmount()
    {
        if (!m_mounted)
            return;
        if (!runProgram(u"umount"_s, {m_dir}).isEmpty())
            runProgram(u"umount"_s, {u"-l"_s, m_dir}); // something still has a file open
        m_mounted = false;
        QFile::remove(m_dir + u".img"_s);
    }

    qint64 available() const { return QStorageInfo(m_dir).bytesAvailable(); }

    // Leaves about `keep` bytes free: the rest goes to a file of real (not sparse) bytes.
    bool fillLeaving(qint64 keep)
    {
        QStorageInfo info(m_dir);
        info.refresh();
        qint64 toWrite = info.bytesAvailable() - keep;
        QFile f(m_dir + u"/filler"_s);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
            return false;
        const QByteArray chunk(4096, 'x');
        while (toWrite > 0) {
            const qint64 n = std::min<qint64>(toWrite, chunk.size());
            if (f.write(chunk.constData(), n) != n)
                return false;
            toWrite -= n;
        }
        return f.flush();
    }

    // Everything in the folder but the filler.
    QStringList contents() const
    {
        QStringList out;
        QDirIterator it(m_dir,
                        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString p = it.next();
            if (!p.endsWith(u"/filler"_s) && !p.endsWith(u"/lost+found"_s))
                out << p.mid(m_dir.size() + 1);
        }
        out.sort();
        return out;
    }

private:
    QString m_dir;
    bool m_mounted = false;
};

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{QDir::tempPath() + u"/schemamedic-faults-XXXXXX"_s};
    std::unique_ptr<LoggingCluster> m_cluster;
    QString m_clusterProblem;
    QString m_pristine;     // seed 002 as broken, with its rows (a template for each case)
    QString m_expectedJson; // seed 002's expected schema as a snapshot
    QString m_pgBefore;
    QString m_cli = QStringLiteral(SM_CLI_PATH); // one that nobody may run
    int m_n = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    struct Run
    {
        int exitCode = -1; // -2 crashed, -3 hung
        QString out;
        QString err;
        QString hang; // where a hung CLI was, first: a failure message is cut at 1,000 characters
        QString all() const { return hang + out + err; }
    };

    // What a CLI that does not finish is doing: its state and, where gdb is installed, every
    // thread's stack (printed whole as a warning, its first frames kept for the message).
    static QString whereHung(qint64 pid)
    {
        QString out = u"hung, state %1; "_s.arg(QChar::fromLatin1(processState(pid)));
        QProcess gdb;
        gdb.start(u"gdb"_s, {u"-p"_s, QString::number(pid), u"-batch"_s, u"-nx"_s, u"-ex"_s,
                             u"thread apply all bt 25"_s});
        if (gdb.waitForFinished(30000)) {
            const QString stacks = QString::fromUtf8(gdb.readAllStandardOutput());
            qWarning().noquote() << "stacks of the hung CLI:\n" << stacks;
            QStringList frames;
            for (const QString &line : stacks.split(u'\n'))
                if (line.startsWith(u'#') && frames.size() < 12)
                    frames << line.simplified().left(100);
            out += frames.join(u" | "_s);
        } else {
            gdb.kill();
            gdb.waitForFinished(1000);
        }
        return out + u'\n';
    }

    QProcessEnvironment env(const QString &journalDir, const QString &fault = {}) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"SCHEMAMEDIC_JOURNAL_DIR"_s, journalDir);
        e.insert(u"SCHEMAMEDIC_LOG_DIR"_s, path(u"logs"_s));
        e.remove(u"PGPASSFILE"_s);
        e.remove(u"SCHEMAMEDIC_FAULT_AT"_s);
        if (m_cluster)
            e.insert(u"PGPASSWORD"_s, m_cluster->password());
        if (!fault.isEmpty())
            e.insert(u"SCHEMAMEDIC_FAULT_AT"_s, fault);
        return e;
    }

    void start(QProcess &p, const QStringList &args, const QProcessEnvironment &e,
               bool asNobody = false)
    {
        QProcessEnvironment ee = e;
        if (asNobody && isRoot()) // a log file of its own: root's would be closed to it
            ee.insert(u"SCHEMAMEDIC_LOG_DIR"_s, path(u"logs-nobody"_s));
        p.setProcessEnvironment(ee);
        if (asNobody && isRoot())
            p.start(u"runuser"_s, QStringList{u"-u"_s, u"nobody"_s, u"--"_s, m_cli} + args);
        else
            p.start(QStringLiteral(SM_CLI_PATH), args);
        p.closeWriteChannel();
    }

    static Run finish(QProcess &p, int timeoutMs = 90000)
    {
        Run r;
        if (!p.waitForFinished(timeoutMs)) {
            r.hang = whereHung(p.processId());
            p.kill();
            p.waitForFinished(5000);
            r.exitCode = -3;
        } else {
            r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        }
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    Run cli(const QStringList &args, const QProcessEnvironment &e, bool asNobody = false)
    {
        QProcess p;
        start(p, args, e, asNobody);
        return finish(p);
    }

    // Waits until the CLI has stopped itself at its fault point (or ended, which is a failure).
    static bool waitUntilStopped(QProcess &p, QString *why)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 120000) {
            if (p.state() == QProcess::NotRunning) {
                *why = u"the CLI ended before its fault point: "_s +
                       QString::fromUtf8(p.readAllStandardError());
                return false;
            }
            if (processState(p.processId()) == 'T')
                return true;
            QThread::msleep(20);
        }
        *why = u"the CLI never reached its fault point"_s;
        return false;
    }

    static QStringList allHazards()
    {
        QStringList args;
        for (const char *h : {"data_loss", "table_rewrite", "exclusive_lock", "blocks_writes",
                              "check_violation", "not_null_violation", "rename_guess",
                              "backward_incompatible", "cast_may_fail", "duplicates", "orphans"})
            args << u"--allow-hazard"_s << QString::fromLatin1(h);
        return args;
    }

    QStringList repairArgs(const QString &url, const QString &expected, const QString &backup) const
    {
        return QStringList{u"repair"_s,     u"--db"_s,         url,
                           u"--expected"_s, expected,          u"--stamp"_s,
                           u"--yes"_s,      u"--backup-dir"_s, backup} +
               allHazards();
    }

    // Schema (pg_dump --schema-only) and every row of every table, as one text.
    QString pgState(const QString &database)
    {
        const ConnectionSpec db = m_cluster->admin(database);
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"PGPASSWORD"_s, db.password);
        QProcess dump;
        dump.setProcessEnvironment(e);
        dump.start(u"pg_dump"_s, {u"--schema-only"_s, u"--no-owner"_s, u"-h"_s, db.host, u"-p"_s,
                                  QString::number(db.port), u"-U"_s, db.user, db.database});
        dump.waitForFinished(60000);
        if (dump.exitCode() != 0)
            return u"error: "_s + QString::fromUtf8(dump.readAllStandardError());
        QStringList lines = QString::fromUtf8(dump.readAllStandardOutput()).split(u'\n');
        lines.removeIf([](const QString &l) {
            return l.startsWith(u"\\restrict "_s) || l.startsWith(u"\\unrestrict "_s);
        });
        QString s = lines.join(u'\n');
        auto c = Connection::open(db, AccessMode::ReadOnly);
        if (!c)
            return u"error: "_s + c.error().toString();
        auto tables = c->query(u"SELECT format('%I.%I', schemaname, tablename) FROM pg_tables "
                               "WHERE schemaname = 'public' ORDER BY 1"_s);
        QStringList names;
        while (tables && tables->next())
            names << tables->value(0).toString();
        for (const QString &t : std::as_const(names)) {
            auto q = c->query(u"SELECT count(*), md5(coalesce(string_agg(t::text, E'\\n' ORDER BY "
                              "t::text), '')) FROM "_s +
                              t + u" t"_s);
            if (!q || !q->next())
                return u"error: rows of "_s + t;
            s += u"\n%1 %2 %3"_s.arg(t, q->value(0).toString(), q->value(1).toString());
        }
        return s;
    }

    // A copy of the broken seed database on the private cluster.
    QString freshPgDatabase(QString *error)
    {
        const QString name = u"fault_%1"_s.arg(++m_n);
        auto admin = Connection::open(m_cluster->admin(), AccessMode::ReadWrite);
        if (!admin) {
            *error = admin.error().toString();
            return {};
        }
        if (Status s = admin->exec(u"CREATE DATABASE %1 TEMPLATE %2"_s.arg(
                quoteIdentifier(name), quoteIdentifier(m_pristine)));
            !s) {
            *error = s.error().toString();
            return {};
        }
        return name;
    }

    // Starts the private cluster the first time a test needs it; fails under CI=true when it
    // cannot, skips elsewhere.
    bool requireCluster()
    {
        if (m_cluster)
            return true;
        if (!m_clusterProblem.isEmpty())
            return false;
        const QString bin = serverBinDir();
        if (bin.isEmpty()) {
            m_clusterProblem = u"the PostgreSQL server binaries (initdb) are not installed"_s;
            return false;
        }
        auto cluster = std::make_unique<LoggingCluster>();
        if (QString e = cluster->start(bin); !e.isEmpty()) {
            m_clusterProblem = e;
            return false;
        }
        m_cluster = std::move(cluster);
        // Seed 002 as broken (the template of every case), and its expected schema as a
        // snapshot read back from a database that holds it.
        auto admin = Connection::open(m_cluster->admin(), AccessMode::ReadWrite);
        m_pristine = u"pristine"_s;
        const auto setUp = [&]() -> QString {
            if (!admin)
                return admin.error().toString();
            for (const QString &db : {u"pristine"_s, u"expected"_s})
                if (Status s = admin->exec(u"CREATE DATABASE "_s + db); !s)
                    return s.error().toString();
            for (const auto &[db, file] : {std::pair{u"pristine"_s, u"live.sql"_s},
                                           std::pair{u"expected"_s, u"expected.sql"_s}}) {
                auto c = Connection::open(m_cluster->admin(db), AccessMode::ReadWrite);
                if (!c)
                    return c.error().toString();
                if (QString e =
                        test::execScript(*c, test::readFixture(u"seeds/"_s + kSeed + u'/' + file));
                    !e.isEmpty())
                    return e;
            }
            m_expectedJson = path(u"expected-002.json"_s);
            const Run snap = cli({u"snapshot"_s, u"--db"_s, m_cluster->url(u"expected"_s),
                                  u"--out"_s, m_expectedJson},
                                 env(path(u"journal-setup"_s)));
            if (snap.exitCode != 0)
                return snap.all();
            QFile::setPermissions(m_expectedJson, QFileDevice::Permissions(0x6444));
            m_pgBefore = pgState(m_pristine);
            return m_pgBefore.startsWith(u"error"_s) ? m_pgBefore : QString();
        };
        if (QString e = setUp(); !e.isEmpty()) {
            m_clusterProblem = e;
            m_cluster.reset();
            return false;
        }
        return true;
    }

    // A populated SQLite database with awkward names and a child under ON DELETE CASCADE, and
    // `fillerBytes` of incompressible rows. Its expected schema adds a column and an index.
    QString makeSqlite(const QString &name, int fillerBytes)
    {
        const QString file = path(name);
        const QString sql =
            u"PRAGMA foreign_keys = ON;\n"
            "CREATE TABLE \"order\" (id INTEGER PRIMARY KEY, customer TEXT NOT NULL, "
            "\"Weird Name\" TEXT);\n"
            "CREATE TABLE line (id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES \"order\"(id) "
            "ON DELETE CASCADE, qty TEXT);\n"
            "INSERT INTO \"order\" VALUES (1, 'Ada', NULL), (2, 'O''Brien', 'ünïcode'), "
            "(3, '', 'x');\n"
            "INSERT INTO line VALUES (1, 1, '2'), (2, 1, 'two'), (3, 2, NULL), (4, 3, '000123');\n"
            "CREATE TABLE filler (id INTEGER PRIMARY KEY, b BLOB);\n"
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO filler(b) SELECT randomblob(4000) FROM n;\n"_s.arg(
                std::max(1, fillerBytes / 4000));
        const QString e = test::createSqliteDatabase(file, sql);
        return e.isEmpty() ? file : QString();
    }

    QString sqliteExpected()
    {
        const QString file = path(u"expected-sqlite.sql"_s);
        if (!QFileInfo::exists(file)) {
            writeFile(file,
                      "CREATE TABLE \"order\" (id INTEGER PRIMARY KEY, customer TEXT NOT NULL, "
                      "\"Weird Name\" TEXT, note TEXT);\n"
                      "CREATE TABLE line (id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES "
                      "\"order\"(id) ON DELETE CASCADE, qty TEXT);\n"
                      "CREATE INDEX line_order ON line(order_id);\n"
                      "CREATE TABLE filler (id INTEGER PRIMARY KEY, b BLOB);\n");
            QFile::setPermissions(file, QFileDevice::Permissions(0x6444));
        }
        return file;
    }

#define SM_REQUIRE_CLUSTER()                                                                       \
    do {                                                                                           \
        if (!requireCluster()) {                                                                   \
            if (test::postgresRequired())                                                          \
                QFAIL(qPrintable(u"CI=true but the private PostgreSQL cluster cannot start: "_s +  \
                                 m_clusterProblem));                                               \
            QSKIP(qPrintable(m_clusterProblem));                                                   \
        }                                                                                          \
    } while (false)

    // Mounts a small disk or fails (CI) / skips (elsewhere) with the reason.
#define SM_MOUNT(disk, dir, bytes)                                                                 \
    do {                                                                                           \
        const QString e_ = (disk).mount((dir), (bytes));                                           \
        if (!e_.isEmpty()) {                                                                       \
            if (test::postgresRequired())                                                          \
                QFAIL(qPrintable(u"CI=true but no size-limited folder: "_s + e_));                 \
            QSKIP(qPrintable(e_));                                                                 \
        }                                                                                          \
    } while (false)

    static void verifySentence(const Run &r, const QStringList &mentions)
    {
        const QString line = errorLine(r.err);
        qInfo("%s", qPrintable(line)); // the sentence an operator reads, in the test log
        QVERIFY2(!line.isEmpty(), qPrintable(u"no \"error: \" line: "_s + r.err));
        const QString problem = sentenceProblem(line);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + u": "_s + line));
        for (const QString &m : mentions)
            QVERIFY2(line.contains(m, Qt::CaseInsensitive),
                     qPrintable(u"\"%1\" not in: %2"_s.arg(m, line)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // nobody must reach the files of the cases that run as nobody, and write its journal.
        QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7755));
        for (const QString &d : {u"logs"_s, u"logs-nobody"_s, u"journal-nobody"_s}) {
            QVERIFY(QDir().mkpath(path(d)));
            QFile::setPermissions(path(d), QFileDevice::Permissions(0x7777));
        }
        if (isRoot()) {
            QProcess probe;
            probe.start(u"runuser"_s, {u"-u"_s, u"nobody"_s, u"--"_s, m_cli, u"--version"_s});
            if (!probe.waitForFinished(30000) || probe.exitCode() != 0) {
                m_cli = path(u"schemamedic-cli"_s);
                QVERIFY(QFile::copy(QStringLiteral(SM_CLI_PATH), m_cli));
                QFile::setPermissions(m_cli, QFileDevice::Permissions(0x7555));
            }
        }
        // The hook must be compiled in, or every "stop" below would silently never happen.
        const QString db = makeSqlite(u"probe.db"_s, 0);
        QVERIFY(!db.isEmpty());
        QProcess p;
        start(p, repairArgs(u"sqlite:"_s + db, sqliteExpected(), path(u"probe-backup"_s)),
              env(path(u"journal-probe"_s), u"started:stop"_s));
        QString why;
        const bool stopped = waitUntilStopped(p, &why);
        ::kill(pid_t(p.processId()), SIGKILL);
        ::kill(pid_t(p.processId()), SIGCONT);
        finish(p);
        QVERIFY2(stopped, "schemamedic-cli ignored SCHEMAMEDIC_FAULT_AT=started:stop: build it "
                          "with -DSCHEMAMEDIC_FAULT_INJECTION=ON (every CMake preset does)");
    }

    void cleanupTestCase()
    {
        m_cluster.reset();
    }

    // ---- 1. the PostgreSQL server stops while the repair runs ------------------------------
    void serverStopped_data()
    {
        QTest::addColumn<QString>("at");     // where the CLI stops itself
        QTest::addColumn<QString>("mode");   // pg_ctl stop -m
        QTest::addColumn<bool>("backFirst"); // the server is back before the CLI goes on
        QTest::addColumn<int>("code");
        QTest::addColumn<QStringList>("mentions");
        QTest::addColumn<QString>("lastEvent");
        QTest::addColumn<QString>("nextStart"); // what the next start says; "" = nothing
        const QStringList lost{u"connection to the PostgreSQL server was lost"_s,
                               u"before the repair was committed"_s, u"rolled the repair back"_s,
                               u"as it was"_s};
        QTest::newRow("immediate, mid-apply") << u"statement#2"_s << u"immediate"_s << false << 3
                                              << lost << u"rolled_back"_s << QString();
        QTest::newRow("fast, mid-apply")
            << u"statement#2"_s << u"fast"_s << false << 3 << lost << u"rolled_back"_s << QString();
        QTest::newRow("immediate, before the first step")
            << u"apply_started"_s << u"immediate"_s << false << 3 << lost << u"rolled_back"_s
            << QString();
        QTest::newRow("fast, after the verification")
            << u"verified_in_transaction"_s << u"fast"_s << false << 3 << lost << u"rolled_back"_s
            << QString();
        // COMMIT is sent and no answer comes: the server may or may not have committed.
        QTest::newRow("immediate, at the commit, server still down")
            << u"commit"_s << u"immediate"_s << false << 4
            << QStringList{u"lost while the repair was being committed"_s, u"not known"_s,
                           u"schemamedic-cli verify"_s, u"restore the backup"_s}
            << u"commit_unknown"_s << u"whether it was committed is not known"_s;
        // … and when the server is back by then, it is asked (txid_status) and says "aborted".
        QTest::newRow("fast, at the commit, server back")
            << u"commit"_s << u"fast"_s << true << 3
            << QStringList{u"lost during the commit"_s, u"not committed"_s, u"as it was"_s}
            << u"rolled_back"_s << QString();
    }

    void serverStopped()
    {
        QFETCH(QString, at);
        QFETCH(QString, mode);
        QFETCH(bool, backFirst);
        QFETCH(int, code);
        QFETCH(QStringList, mentions);
        QFETCH(QString, lastEvent);
        QFETCH(QString, nextStart);
        SM_REQUIRE_CLUSTER();
        QString error;
        const QString db = freshPgDatabase(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString journalDir = path(u"journal-%1"_s.arg(db));
        const QString backup = path(u"backup-%1"_s.arg(db));

        QProcess p;
        start(p, repairArgs(m_cluster->url(db), m_expectedJson, backup),
              env(journalDir, at + u":stop"_s));
        QString why;
        QVERIFY2(waitUntilStopped(p, &why), qPrintable(why));
        QVERIFY2(m_cluster->stop(mode).isEmpty(), "pg_ctl stop failed");
        QString restarted;
        if (backFirst)
            restarted = m_cluster->startServer();
        ::kill(pid_t(p.processId()), SIGCONT);
        const Run r = finish(p);
        // Back up before any check can fail: the next rows need the server.
        if (!backFirst)
            restarted = m_cluster->startServer();
        QVERIFY2(restarted.isEmpty(), qPrintable(restarted + m_cluster->logTail()));

        QVERIFY2(r.exitCode == code,
                 qPrintable(u"exit %1, expected %2\n"_s.arg(r.exitCode).arg(code) + r.all()));
        verifySentence(r, mentions);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        const QStringList events = journalEvents(journalDir);
        QVERIFY2(events.contains(u"apply_started"_s) && !events.contains(u"committed"_s) &&
                     !events.contains(u"done"_s),
                 qPrintable(events.join(u", "_s)));
        QVERIFY2(events.last() == lastEvent, qPrintable(events.join(u", "_s)));

        // After the restart (crash recovery for -m immediate) the database is its before-state:
        // schema and every row.
        QCOMPARE(pgState(db), m_pgBefore);
        QVERIFY(QFileInfo::exists(backup + u"/manifest.json"_s));

        // The next start: a finished run (rolled back) is not reported again; a run whose commit
        // is unknown is, with what to do.
        const Run next =
            cli({u"diff"_s, u"--db"_s, m_cluster->url(db), u"--expected"_s, m_expectedJson},
                env(journalDir));
        QCOMPARE(next.exitCode, 1); // still drifting: nothing was changed
        const QString runId = QFileInfo(onlyJournal(journalDir)).completeBaseName();
        if (nextStart.isEmpty()) {
            QVERIFY2(!next.err.contains(runId), qPrintable(next.err));
        } else {
            QVERIFY2(next.err.contains(u"warning: "_s) && next.err.contains(runId) &&
                         next.err.contains(nextStart),
                     qPrintable(next.err));
            qInfo("next start: %s", qPrintable(next.err.section(u'\n', 0, 0)));
            // The incident report says the same, from the journal.
            const Run report =
                cli({u"report"_s, u"--journal"_s, onlyJournal(journalDir)}, env(journalDir));
            QVERIFY2(report.exitCode == 0 && report.out.contains(u"is not known"_s),
                     qPrintable(report.all()));
        }
    }

    // ---- 2. the disk of the backup folder is full ------------------------------------------
    void diskFull_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<bool>("midWrite"); // passes the free-space check, then the disk fills
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("SQLite, database larger than the disk")
            << false << false << QStringList{u"needs about"_s, u"only"_s, u"free"_s};
        QTest::newRow("SQLite, disk fills while the copy is written")
            << false << true << QStringList{u"is full"_s, u"removed"_s};
        QTest::newRow("PostgreSQL, database larger than the disk")
            << true << false << QStringList{u"needs about"_s, u"only"_s, u"free"_s};
        QTest::newRow("PostgreSQL, disk fills while pg_dump writes")
            << true << true << QStringList{u"is full"_s, u"removed"_s};
    }

    void diskFull()
    {
        QFETCH(bool, postgres);
        QFETCH(bool, midWrite);
        QFETCH(QStringList, mentions);
        if (postgres)
            SM_REQUIRE_CLUSTER();
        const QString tag = QString::number(++m_n);
        const QString mountPoint = path(u"disk-"_s + tag);
        SmallDisk disk;
        // Before the fill: room for the free-space check (1.2 × the database + 1 MB), which the
        // PostgreSQL case measures with pg_database_size (some 8 MB even for a small database).
        SM_MOUNT(disk, mountPoint, midWrite ? (postgres ? 24 : 8) * 1024 * 1024 : 2 * 1024 * 1024);
        const QString backup = mountPoint + u"/backup"_s;
        const QString journalDir = path(u"journal-disk-"_s + tag);

        QString url;
        QString expected;
        QString dbName;
        QString sqliteFile;
        QByteArray before;
        if (postgres) {
            QString error;
            dbName = freshPgDatabase(&error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            // Rows that do not compress away: a dump larger than what the filled disk keeps.
            // (The other case needs none: pg_database_size alone exceeds its 2 MB.)
            auto c = Connection::open(m_cluster->admin(dbName), AccessMode::ReadWrite);
            QVERIFY(c.ok());
            if (midWrite)
                QVERIFY(
                    c->exec(u"CREATE TABLE blobs (id int PRIMARY KEY, b text); INSERT INTO blobs "
                            "SELECT i, string_agg(md5(random()::text || i || j), '') FROM "
                            "generate_series(1, 3000) i, generate_series(1, 20) j GROUP BY i"_s)
                        .ok());
            url = m_cluster->url(dbName);
            expected = m_expectedJson;
            before = pgState(dbName).toUtf8();
        } else {
            sqliteFile = makeSqlite(u"disk-%1.db"_s.arg(tag), 3 * 1024 * 1024);
            QVERIFY(!sqliteFile.isEmpty());
            url = u"sqlite:"_s + sqliteFile;
            expected = sqliteExpected();
            before = sqliteFingerprint(sqliteFile);
        }
        const QStringList args = repairArgs(url, expected, backup);

        Run r;
        if (midWrite) {
            QProcess p;
            start(p, args, env(journalDir, u"backup_writing:stop"_s));
            QString why;
            QVERIFY2(waitUntilStopped(p, &why), qPrintable(why));
            // Someone else takes the space: 64 KB are left, far less than the copy needs.
            QVERIFY(disk.fillLeaving(64 * 1024));
            ::kill(pid_t(p.processId()), SIGCONT);
            r = finish(p);
        } else {
            r = cli(args, env(journalDir));
        }
        QVERIFY2(r.exitCode == 2, qPrintable(u"exit %1\n"_s.arg(r.exitCode) + r.all()));
        verifySentence(r, mentions);
        // The sentence names the folder (the free-space check names the mounted disk it is on).
        QVERIFY2(errorLine(r.err).contains(midWrite ? backup : mountPoint), qPrintable(r.err));
        // No half backup: nothing of it is left (the folder was created by the run).
        QCOMPARE(disk.contents(), QStringList());
        const QStringList events = journalEvents(journalDir);
        QVERIFY2(events.contains(u"backup_started"_s) && !events.contains(u"backup_verified"_s) &&
                     !events.contains(u"apply_started"_s) && events.last() == u"failed"_s,
                 qPrintable(events.join(u", "_s)));
        QCOMPARE(postgres ? pgState(dbName).toUtf8() : sqliteFingerprint(sqliteFile), before);
        disk.unmount();
    }

    // A full disk under the journal: not even the first record can be written. The run must
    // not start (no run without its account), and say so in one sentence.
    void journalOnAFullDisk()
    {
        const QString tag = QString::number(++m_n);
        const QString mountPoint = path(u"journal-disk-"_s + tag);
        SmallDisk disk;
        SM_MOUNT(disk, mountPoint, 1024 * 1024);
        const QString journalDir = mountPoint + u"/journal"_s;
        QVERIFY(QDir().mkpath(journalDir));
        QVERIFY(disk.fillLeaving(0));
        const QString file = makeSqlite(u"journal-full-%1.db"_s.arg(tag), 20000);
        QVERIFY(!file.isEmpty());
        const QByteArray before = sqliteFingerprint(file);
        const QString backup = path(u"backup-journal-full-"_s + tag);
        const Run r =
            cli(repairArgs(u"sqlite:"_s + file, sqliteExpected(), backup), env(journalDir));
        QVERIFY2(r.exitCode == 2, qPrintable(u"exit %1\n"_s.arg(r.exitCode) + r.all()));
        verifySentence(r, {journalDir, u"cannot be written"_s, u"No space left on device"_s,
                           u"did not start"_s, u"nothing was changed"_s});
        QCOMPARE(sqliteFingerprint(file), before);
        QVERIFY(!QFileInfo::exists(backup));
        // What is left is an empty journal; the next start (with room again: a copy of the
        // folder) has nothing to report about a run that never began.
        const QString copied = path(u"journal-copied-"_s + tag);
        QVERIFY(QDir().mkpath(copied));
        const QStringList left = QDir(journalDir).entryList({u"*.jsonl"_s}, QDir::Files);
        QCOMPARE(left.size(), 1);
        QCOMPARE(QFileInfo(journalDir + u'/' + left.first()).size(), 0);
        QVERIFY(QFile::copy(journalDir + u'/' + left.first(), copied + u'/' + left.first()));
        disk.unmount();
        const Run next =
            cli({u"diff"_s, u"--db"_s, u"sqlite:"_s + file, u"--expected"_s, sqliteExpected()},
                env(copied));
        QCOMPARE(next.exitCode, 1);
        QVERIFY2(!next.err.contains(u"warning"_s), qPrintable(next.err));
    }

    // ---- 3. a backup folder this user may not write ----------------------------------------
    void backupDirNotWritable_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<bool>("existing"); // the folder exists (empty) / is to be created
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("SQLite, existing folder")
            << false << true << QStringList{u"is not writable"_s};
        QTest::newRow("SQLite, folder to be created")
            << false << false << QStringList{u"cannot be created"_s};
        QTest::newRow("PostgreSQL, existing folder")
            << true << true << QStringList{u"is not writable"_s};
    }

    void backupDirNotWritable()
    {
        QFETCH(bool, postgres);
        QFETCH(bool, existing);
        QFETCH(QStringList, mentions);
        if (postgres)
            SM_REQUIRE_CLUSTER();
        const QString tag = QString::number(++m_n);
        const QString parent = path(u"closed-"_s + tag);
        QVERIFY(QDir().mkpath(parent + u"/backup"_s));
        const QString backup = existing ? parent + u"/backup"_s : parent + u"/new/backup"_s;
        // As root the CLI runs as nobody, for whom 0755 is closed; otherwise 0555 closes it.
        const auto closed = QFileDevice::Permissions(isRoot() ? 0x7555 : 0x5555);
        QVERIFY(QFile::setPermissions(parent + u"/backup"_s, closed));
        QVERIFY(QFile::setPermissions(parent, closed));
        const QString journalDir = path(u"journal-nobody"_s);

        QString url;
        QString expected;
        QString dbName;
        QString sqliteFile;
        QByteArray before;
        if (postgres) {
            QString error;
            dbName = freshPgDatabase(&error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            url = m_cluster->url(dbName);
            expected = m_expectedJson;
            before = pgState(dbName).toUtf8();
        } else {
            // The database itself is writable for nobody: only the backup folder is closed.
            const QString folder = path(u"open-"_s + tag);
            QVERIFY(QDir().mkpath(folder));
            QFile::setPermissions(folder, QFileDevice::Permissions(0x7777));
            sqliteFile = makeSqlite(u"open-%1/db.sqlite"_s.arg(tag), 20000);
            QVERIFY(!sqliteFile.isEmpty());
            QFile::setPermissions(sqliteFile, QFileDevice::Permissions(0x6666));
            url = u"sqlite:"_s + sqliteFile;
            expected = sqliteExpected();
            before = sqliteFingerprint(sqliteFile);
        }
        const Run r = cli(repairArgs(url, expected, backup), env(journalDir), true);
        QVERIFY2(r.exitCode == 2, qPrintable(u"exit %1\n"_s.arg(r.exitCode) + r.all()));
        verifySentence(r, mentions + QStringList{backup});
        QCOMPARE(QDir(parent + u"/backup"_s)
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
        QVERIFY(!QFileInfo::exists(parent + u"/new"_s));
        QCOMPARE(postgres ? pgState(dbName).toUtf8() : sqliteFingerprint(sqliteFile), before);
    }

    // ---- 4. another writer locks the SQLite file after the backup, before the apply --------
    void sqliteLockedBeforeApply_data()
    {
        QTest::addColumn<QByteArray>("lock");
        QTest::newRow("a writer with a pending write (RESERVED)")
            << QByteArray("BEGIN IMMEDIATE;\nINSERT INTO line VALUES (99, 1, 'theirs');\n");
        QTest::newRow("a writer holding the whole file (EXCLUSIVE)")
            << QByteArray("BEGIN EXCLUSIVE;\n");
    }

    void sqliteLockedBeforeApply()
    {
        QFETCH(QByteArray, lock);
        const QString tag = QString::number(++m_n);
        const QString file = makeSqlite(u"locked-%1.db"_s.arg(tag), 20000);
        QVERIFY(!file.isEmpty());
        const QByteArray before = sqliteFingerprint(file);
        const QString journalDir = path(u"journal-locked-"_s + tag);
        const QString backup = path(u"backup-locked-"_s + tag);

        QProcess p;
        start(p, repairArgs(u"sqlite:"_s + file, sqliteExpected(), backup),
              env(journalDir, u"confirmed:stop"_s));
        QString why;
        QVERIFY2(waitUntilStopped(p, &why), qPrintable(why));
        QProcess locker;
        locker.start(u"sqlite3"_s, {file});
        QVERIFY(locker.waitForStarted());
        locker.write(lock + "SELECT 'locked';\n");
        QVERIFY(locker.waitForReadyRead(10000));
        QVERIFY(locker.readAllStandardOutput().contains("locked"));
        ::kill(pid_t(p.processId()), SIGCONT);
        const Run r = finish(p);
        locker.closeWriteChannel(); // sqlite3 rolls its transaction back at the end of input
        QVERIFY(locker.waitForFinished(10000));

        QVERIFY2(r.exitCode == 3, qPrintable(u"exit %1\n"_s.arg(r.exitCode) + r.all()));
        verifySentence(r, {u"locked by another process"_s, QFileInfo(file).fileName()});
        const QStringList events = journalEvents(journalDir);
        QVERIFY2(events.contains(u"backup_verified"_s) && !events.contains(u"committed"_s) &&
                     !events.contains(u"step_started"_s) &&
                     (events.last() == u"failed"_s || events.last() == u"rolled_back"_s),
                 qPrintable(events.join(u", "_s)));
        QCOMPARE(sqliteFingerprint(file), before);
        QVERIFY(!QFileInfo::exists(file + u"-journal"_s));
    }

    // ---- 5. read-only really is read-only --------------------------------------------------
    void readOnlyPostgresNeverWrites()
    {
        SM_REQUIRE_CLUSTER();
        QString error;
        const QString db = freshPgDatabase(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString other = freshPgDatabase(&error); // a second database as the expected side
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString url = m_cluster->url(db);
        const QString ddl = test::readFixture(u"seeds/"_s + kSeed + u"/expected.sql"_s);
        const QString ddlFile = path(u"expected-002.sql"_s);
        QVERIFY(writeFile(ddlFile, ddl.toUtf8()));
        const QString before = pgState(db);
        QUrl scratch;
        scratch.setScheme(u"postgresql"_s);
        scratch.setUserName(u"schemamedic"_s);
        scratch.setHost(u"127.0.0.1"_s);
        scratch.setPort(m_cluster->admin().port);
        scratch.setPath(u"/postgres"_s);
        const QString journalDir = path(u"journal-readonly"_s);
        const QString snapshot = path(u"readonly-snapshot.json"_s);

        struct Command
        {
            QStringList args;
            int code;
        };
        const QList<Command> commands{
            {{u"inspect"_s, u"--db"_s, url}, 0},
            {{u"snapshot"_s, u"--db"_s, url, u"--out"_s, snapshot}, 0},
            {{u"diff"_s, u"--db"_s, url, u"--expected"_s, m_expectedJson}, 1},
            {{u"diff"_s, u"--db"_s, url, u"--expected"_s, ddlFile, u"--scratch"_s, u"local"_s}, 1},
            {{u"diff"_s, u"--db"_s, url, u"--expected"_s, ddlFile, u"--scratch"_s,
              scratch.toString()},
             1},
            {{u"diff"_s, u"--db"_s, url, u"--expected"_s, m_cluster->url(other)}, 0},
            {{u"plan"_s, u"--db"_s, url, u"--expected"_s, m_expectedJson, u"--stamp"_s}, 0},
            {{u"plan"_s, u"--db"_s, url, u"--expected"_s, m_expectedJson, u"--format"_s, u"json"_s},
             0},
            {{u"verify"_s, u"--db"_s, url, u"--expected"_s, m_expectedJson}, 1},
        };
        const qint64 offset = m_cluster->logSize();
        for (const Command &c : commands) {
            const Run r = cli(c.args, env(journalDir));
            QVERIFY2(r.exitCode == c.code,
                     qPrintable(c.args.join(u' ') + u"\nexit %1\n"_s.arg(r.exitCode) + r.all()));
        }
        // Each backend logs its statement before running it, so the file is complete now.
        const QList<Logged> log = parseLog(m_cluster->logFrom(offset));
        const Scan s = scan(log, {db, other});
        qInfo("%d statements in %lld sessions of the read-only commands", s.statements,
              qint64(s.sessions.size()));
        QVERIFY2(s.statements > 50, "too few statements in the log: is log_statement on?");
        QVERIFY2(s.sessions.size() >= commands.size(), "fewer sessions than commands");
        QVERIFY2(s.writes.isEmpty(), qPrintable(s.writes.join(u'\n')));
        QVERIFY2(s.notReadOnly.isEmpty(), qPrintable(s.notReadOnly.join(u'\n')));
        for (const Logged &l : log)
            if (l.database == db)
                QCOMPARE(l.application, u"schemamedic"_s);
        QCOMPARE(pgState(db), before);

        // Negative controls: the scanner sees a write when there is one. A session of ours that
        // was opened for writing, and the repair's dry run (which writes, then rolls back).
        const qint64 offset2 = m_cluster->logSize();
        {
            auto w = Connection::open(m_cluster->admin(db), AccessMode::ReadWrite);
            QVERIFY(w.ok());
            QVERIFY(w->exec(u"BEGIN"_s).ok());
            QVERIFY(w->exec(u"INSERT INTO users (email) VALUES ('negative@control')"_s).ok());
            QVERIFY(w->exec(u"ROLLBACK"_s).ok());
        }
        const Run dry = cli(QStringList{u"repair"_s, u"--db"_s, url, u"--expected"_s,
                                        m_expectedJson, u"--stamp"_s, u"--dry-run"_s} +
                                allHazards(),
                            env(journalDir));
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.all()));
        const Scan negative = scan(parseLog(m_cluster->logFrom(offset2)), {db});
        const QString found = negative.writes.join(u'\n');
        QVERIFY2(found.contains(u"INSERT"_s) && found.contains(u"ALTER"_s), qPrintable(found));
        QVERIFY2(!negative.notReadOnly.isEmpty(), "the writing sessions were not noticed");
        QCOMPARE(pgState(db), before);
    }

    void readOnlySqliteLeavesTheFileAlone()
    {
        // A 0444 file in a 0555 folder: no -journal, -wal or -shm could even be created. As
        // root (for whom permissions do not bind) the commands run as nobody.
        const QString folder = path(u"readonly-folder"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString file = makeSqlite(u"readonly-folder/shop.db"_s, 200000);
        QVERIFY(!file.isEmpty());
        QVERIFY(QFile::setPermissions(file, QFileDevice::Permissions(0x4444)));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::Permissions(0x5555)));
        const QByteArray before = sqliteFingerprint(file);
        const QDateTime mtime = QFileInfo(file).lastModified();
        const QStringList listing = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden);
        const QString url = u"sqlite:"_s + file;
        const QString out = path(u"readonly-out"_s);
        QVERIFY(QDir().mkpath(out));
        QFile::setPermissions(out, QFileDevice::Permissions(0x7777));
        const QString journalDir = path(u"journal-nobody"_s);

        struct Command
        {
            QStringList args;
            int code;
        };
        const QList<Command> commands{
            {{u"inspect"_s, u"--db"_s, url}, 0},
            {{u"inspect"_s, u"--db"_s, url, u"--format"_s, u"json"_s}, 0},
            {{u"snapshot"_s, u"--db"_s, url, u"--out"_s, out + u"/snap.json"_s}, 0},
            {{u"diff"_s, u"--db"_s, url, u"--expected"_s, sqliteExpected()}, 1},
            {{u"diff"_s, u"--db"_s, url, u"--expected"_s, out + u"/snap.json"_s}, 0},
            {{u"plan"_s, u"--db"_s, url, u"--expected"_s, sqliteExpected()}, 0},
            {{u"plan"_s, u"--db"_s, url, u"--expected"_s, sqliteExpected(), u"--format"_s,
              u"json"_s},
             0},
            {{u"verify"_s, u"--db"_s, url, u"--expected"_s, sqliteExpected()}, 1},
            {{u"backup"_s, u"--db"_s, url, u"--out"_s, out + u"/backup"_s}, 0},
        };
        for (const Command &c : commands) {
            const Run r = cli(c.args, env(journalDir), true);
            QVERIFY2(r.exitCode == c.code,
                     qPrintable(c.args.join(u' ') + u"\nexit %1\n"_s.arg(r.exitCode) + r.all()));
            QCOMPARE(sqliteFingerprint(file), before);
        }
        QCOMPARE(QFileInfo(file).lastModified(), mtime);
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden), listing);
        // …and the same holds for a file we may write: read-only means read-only, not "could
        // not write".
        QFile::setPermissions(folder, QFileDevice::Permissions(0x7755));
        QFile::setPermissions(file, QFileDevice::Permissions(0x6644));
        const QDateTime mtime2 = QFileInfo(file).lastModified();
        for (const Command &c : commands) {
            if (c.args.first() == u"snapshot" || c.args.first() == u"backup")
                continue;
            const Run r = cli(c.args, env(path(u"journal-readonly-sqlite"_s)));
            QVERIFY2(r.exitCode == c.code, qPrintable(c.args.join(u' ') + r.all()));
        }
        QCOMPARE(sqliteFingerprint(file), before);
        QCOMPARE(QFileInfo(file).lastModified(), mtime2);
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden), listing);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
