// SPDX-License-Identifier: MIT
// The SQLite demo, built exactly as scripts/demo builds it (scripts/lib/demo-db.sh), end to end
// through the CLI: the differences are exactly the twelve the README lists; a repair with a
// verified backup leaves no difference; every row of every table is kept — counts and a
// per-table data fingerprint, the renamed table and the children under ON DELETE CASCADE
// included (seed 003's lesson: a rebuild must not wipe the database); and the restore gives
// back the broken database exactly.

#include "SeedFixtures.h"
#include "TestSupport.h"
#include "expected/ExpectedSource.h"
#include "introspect/Introspector.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
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

// The resolutions a demo operator gives: a name for the four unnamed campaigns.
const QString kBackfill = u"'Imported campaign #' || id"_s;

QString query(const QString &db, const QString &sql)
{
    QProcess p;
    p.start(u"sqlite3"_s, {u"-batch"_s, db, sql});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return u"<sqlite3 failed: %1>"_s.arg(QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// Schema and data of a SQLite file, as one hash: sqlite3's own .dump.
QByteArray dumpHash(const QString &db)
{
    QProcess p;
    p.start(u"sqlite3"_s, {db, u".dump"_s});
    p.waitForFinished(60000);
    return QCryptographicHash::hash(p.readAllStandardOutput(), QCryptographicHash::Sha256).toHex();
}

QString quoteIdent(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

// One table's rows: its column names, its row count, and a SHA-256 over every value of every
// row in rowid order, each value as text (a rebuild may turn the integer 17 into the text '17'
// when the column's type changes, which keeps the value; it must not lose or alter one).
// `overrides` replaces a column's expression (what the backfill will have written).
struct TableData
{
    QString columns;
    qint64 rows = -1;
    QByteArray hash;
};

TableData tableData(const QString &db, const QString &table,
                    const QHash<QString, QString> &overrides = {})
{
    TableData t;
    const QStringList cols = query(db, u"SELECT name FROM pragma_table_info(%1) ORDER BY cid"_s.arg(
                                           u'\'' + QString(table).replace(u'\'', u"''"_s) + u'\''))
                                 .split(u'\n', Qt::SkipEmptyParts);
    t.columns = cols.join(u',');
    t.rows = query(db, u"SELECT count(*) FROM %1"_s.arg(quoteIdent(table))).toLongLong();
    QStringList values;
    for (const QString &c : cols)
        values << u"quote(CAST(%1 AS TEXT))"_s.arg(overrides.value(c, quoteIdent(c)));
    const QString rows = query(db, u"SELECT %1 FROM %2 ORDER BY rowid"_s.arg(
                                       values.join(u" || ',' || "_s), quoteIdent(table)));
    t.hash = QCryptographicHash::hash(rows.toUtf8(), QCryptographicHash::Sha256).toHex();
    return t;
}

QString text(const TableData &t)
{
    return u"%1 rows (%2) %3"_s.arg(t.rows).arg(t.columns, QString::fromLatin1(t.hash));
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"SCHEMAMEDIC_JOURNAL_DIR"_s, m_dir.filePath(u"journal"_s));
        e.insert(u"SCHEMAMEDIC_LOG_DIR"_s, m_dir.filePath(u"logs"_s));
        return e;
    }

    Run cli(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(SM_CLI_PATH), args);
        p.closeWriteChannel(); // no terminal: a question would be refused, not waited for
        Run r;
        if (!p.waitForFinished(180000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // A fresh demo database, built by the script scripts/demo runs.
    QString buildDemo()
    {
        const QString path = m_dir.filePath(u"demo-%1.db"_s.arg(++m_n));
        QProcess p;
        p.start(u"bash"_s, {QStringLiteral(SM_DEMO_DB_SCRIPT), path});
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0) {
            qWarning().noquote() << p.readAllStandardError();
            return {};
        }
        return path;
    }

    static QString expected() { return QStringLiteral(SM_DEMO_EXPECTED); }

    QStringList differences(const QString &db)
    {
        ExpectedOptions eo;
        auto e = loadExpected(expected(), eo);
        if (!e)
            return {u"expected schema not loaded: "_s + e.error().message};
        auto conn =
            Connection::open(*ConnectionSpec::parse(u"sqlite:"_s + db), AccessMode::ReadOnly);
        if (!conn)
            return {u"not opened: "_s + conn.error().message};
        auto actual = introspect(*conn);
        if (!actual)
            return {u"not read: "_s + actual.error().message};
        return test::diffLines(diff(e->schema, *actual, {}));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // What `scripts/demo` puts on screen: a few thousand rows, and these twelve differences.
    void demoHasTheDriftTheReadmeDescribes()
    {
        const QString db = buildDemo();
        QVERIFY(!db.isEmpty());
        QCOMPARE(query(db, u"SELECT (SELECT count(*) FROM users) || ' ' || "
                           "(SELECT count(*) FROM campaigns) || ' ' || "
                           "(SELECT count(*) FROM campaign_task) || ' ' || "
                           "(SELECT count(*) FROM annotations) || ' ' || "
                           "(SELECT count(*) FROM reviews) || ' ' || "
                           "(SELECT count(*) FROM alembic_version)"_s),
                 u"120 24 960 2400 900 1"_s);
        // The awkward rows the repair must carry over as they are.
        QCOMPARE(query(db, u"SELECT count(*) FROM campaigns WHERE name IS NULL"_s), u"4"_s);
        QCOMPARE(query(db, u"SELECT count(*) FROM reviews WHERE score IS NULL"_s), u"180"_s);
        QCOMPARE(query(db, u"SELECT count(*) FROM reviews WHERE reviewer_id IS NULL"_s), u"69"_s);
        QCOMPARE(query(db, u"SELECT count(*) FROM users WHERE display_name LIKE '%''%'"_s),
                 u"11"_s);
        QCOMPARE(query(db, u"SELECT count(*) FROM pragma_foreign_key_check"_s), u"0"_s);

        QCOMPARE(differences(db),
                 test::sorted({
                     u"renamed_table main.campaign_tasks"_s,
                     u"missing_table main.briefings"_s,
                     u"column_type main.annotations.user_id"_s,
                     u"column_nullability main.annotations.user_id"_s,
                     u"column_default main.annotations.user_id"_s,
                     u"extra_constraint main.annotations.foreign key (user_id)"_s,
                     u"column_nullability main.campaigns.name"_s,
                     u"missing_constraint main.reviews.check (\"order\" BETWEEN 1 AND 3)"_s,
                     u"missing_constraint main.reviews.check (score BETWEEN 1 AND 5)"_s,
                     // A long CHECK is named by its first 40 characters.
                     u"missing_constraint main.reviews.check (verdict IN ('accepted', "
                     "'rejected', '…)"_s,
                     u"changed_view main.campaign_progress"_s,
                     u"migration_version main.alembic_version"_s,
                 }));

        // The CLI says the same, and the history's disagreement in a sentence.
        const Run d = cli({u"diff"_s, u"--db"_s, u"sqlite:"_s + db, u"--expected"_s, expected()});
        QCOMPARE(d.exitCode, 1);
        QVERIFY2(d.out.startsWith(u"12 differences"_s), qPrintable(d.out));
        const Run p = cli({u"plan"_s, u"--db"_s, u"sqlite:"_s + db, u"--expected"_s, expected(),
                           u"--format"_s, u"text"_s});
        // The pre-flight counted the live rows the new CHECKs must hold for: none break them.
        QVERIFY2(
            p.out.contains(u"rows of main.reviews that break CHECK (score BETWEEN 1 AND 5): 0"_s),
            qPrintable(p.out));
        QVERIFY2(p.out.contains(u"rows of main.campaigns.name that hold NULL: 4"_s),
                 qPrintable(p.out));
        QVERIFY2(p.out.contains(u"main.alembic_version (migration history says e940f3c1a2b7, "
                                "expected f3a9c2d17b40"_s),
                 qPrintable(p.out));
    }

    // Repair with a backup, then restore: nothing lost on the way there or back.
    void repairKeepsEveryRowAndRestoreGivesItBack()
    {
        const QString db = buildDemo();
        QVERIFY(!db.isEmpty());
        const QByteArray before = dumpHash(db);

        // Every table before, under the name it has after (campaign_task is renamed), with the
        // values the backfill and the stamp will have written.
        const QHash<QString, QString> renamed{{u"campaign_task"_s, u"campaign_tasks"_s}};
        QHash<QString, TableData> expectedAfter;
        const QStringList tables =
            query(db, u"SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"_s)
                .split(u'\n');
        QCOMPARE(tables,
                 (QStringList{u"alembic_version"_s, u"annotations"_s, u"campaign_task"_s,
                              u"campaigns"_s, u"reviews"_s, u"sqlite_sequence"_s, u"users"_s}));
        qint64 totalRows = 0;
        for (const QString &t : tables) {
            QHash<QString, QString> overrides;
            if (t == u"campaigns")
                overrides.insert(u"name"_s, u"coalesce(name, "_s + kBackfill + u')');
            if (t == u"alembic_version")
                overrides.insert(u"version_num"_s, u"'f3a9c2d17b40'"_s);
            const TableData d = tableData(db, t, overrides);
            QVERIFY2(d.rows > 0, qPrintable(t));
            totalRows += d.rows;
            expectedAfter.insert(renamed.value(t, t), d);
        }
        QVERIFY2(totalRows > 4000, qPrintable(QString::number(totalRows)));

        const QString backup = m_dir.filePath(u"backup-%1"_s.arg(++m_n));
        QStringList args{u"repair"_s,
                         u"--db"_s,
                         u"sqlite:"_s + db,
                         u"--expected"_s,
                         expected(),
                         u"--backfill"_s,
                         u"main.campaigns.name="_s + kBackfill,
                         u"--stamp"_s,
                         u"--drop-extra"_s,
                         u"--yes"_s,
                         u"--backup-dir"_s,
                         backup};
        for (const QString &h :
             {u"cast_may_fail"_s, u"check_violation"_s, u"table_rewrite"_s, u"exclusive_lock"_s,
              u"rename_guess"_s, u"backward_incompatible"_s})
            args << u"--allow-hazard"_s << h;
        const Run r = cli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.startsWith(u"Repaired: "_s), qPrintable(r.out));
        QVERIFY(QFile::exists(backup + u"/manifest.json"_s));

        // No difference left, by our own reading and by the CLI's.
        QCOMPARE(differences(db), QStringList());
        QCOMPARE(
            cli({u"verify"_s, u"--db"_s, u"sqlite:"_s + db, u"--expected"_s, expected()}).exitCode,
            0);

        // Every row of every table, the renamed one and the CASCADE children (campaign_tasks
        // under campaigns, annotations under campaign_tasks, reviews under annotations) with
        // them; sqlite_sequence too, so AUTOINCREMENT goes on where it was.
        for (auto it = expectedAfter.cbegin(); it != expectedAfter.cend(); ++it)
            QCOMPARE(text(tableData(db, it.key())), text(it.value()));
        QCOMPARE(query(db, u"SELECT count(*) FROM briefings"_s), u"0"_s); // the new table
        QCOMPARE(query(db, u"SELECT count(*) FROM campaigns WHERE name LIKE "
                           "'Imported campaign #%'"_s),
                 u"4"_s);
        QCOMPARE(query(db, u"SELECT count(*) FROM pragma_foreign_key_check"_s), u"0"_s);
        QCOMPARE(query(db, u"PRAGMA integrity_check"_s), u"ok"_s);
        // The CHECKs the table had lost hold again.
        QVERIFY(query(db, u"INSERT INTO reviews (annotation_id, verdict, score, reviewed_at) "
                          "VALUES (2, 'accepted', 9, '2026-01-01')"_s)
                    .contains(u"CHECK constraint failed"_s));

        // And back: the restore returns the database to exactly its broken state.
        const Run restore =
            cli({u"restore"_s, u"--db"_s, u"sqlite:"_s + db, u"--backup"_s, backup, u"--yes"_s});
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.out + restore.err));
        QCOMPARE(dumpHash(db), before);
        QCOMPARE(differences(db).size(), 12);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
