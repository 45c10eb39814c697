// SPDX-License-Identifier: MIT
// The schema model and its snapshot JSON: every field survives a write and a read.

#include "run/Manifest.h"
#include "schema/Snapshot.h"
#include "util/JsonNumber.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sm;

namespace {

// A schema that sets every field of every type to a value other than its default.
Schema everything()
{
    Schema s;
    s.dialect = Dialect::Postgres;
    s.serverVersion = u"15.18"_s;
    s.schemas = {u"app"_s, u"public"_s};

    Table parent;
    parent.schema = u"public"_s;
    parent.name = u"Invoice"_s;
    parent.comment = u"bills, with \"quotes\" and ünïcode"_s;
    Column id{u"id"_s, u"bigint"_s, true, std::nullopt, u"always"_s, {}, false, false, {}, {}};
    Column title{u"title"_s, u"character varying(200)"_s,
                 true,       u"'New'::character varying"_s,
                 {},         {},
                 false,      false,
                 u"\"C\""_s, u"a title"_s};
    Column total{u"total"_s, u"numeric(12,2)"_s,
                 false,      std::nullopt,
                 {},         u"(qty * price)"_s,
                 true,       false,
                 {},         {}};
    parent.columns = {id, title, total};
    Constraint pk;
    pk.kind = ConstraintKind::PrimaryKey;
    pk.name = u"Invoice_pkey"_s;
    pk.columns = {u"id"_s};
    pk.definition = u"PRIMARY KEY (id)"_s;
    Constraint ck;
    ck.kind = ConstraintKind::Check;
    ck.name = u"title_not_blank"_s;
    ck.checkExpr = u"(title <> ''::text)"_s;
    ck.definition = u"CHECK ((title <> ''::text)) NOT VALID"_s;
    ck.validated = false;
    ck.noInherit = true;
    parent.constraints = {pk, ck};
    Index ix;
    ix.name = u"invoice_lower_title"_s;
    ix.columns = {u"lower((title)::text)"_s};
    ix.include = {u"total"_s};
    ix.unique = true;
    ix.method = u"btree"_s;
    ix.predicate = u"(total > (0)::numeric)"_s;
    ix.definition = u"CREATE UNIQUE INDEX …"_s;
    ix.valid = false;
    Index pkIx{u"Invoice_pkey"_s, {u"id"_s}, {}, true, true, true, u"btree"_s, {},
               u"CREATE …"_s,     true};
    parent.indexes = {ix, pkIx};
    parent.triggers = {Trigger{u"touch"_s,
                               u"BEFORE"_s,
                               {u"INSERT"_s, u"UPDATE"_s},
                               u"public.touch()"_s,
                               u"CREATE TRIGGER touch …"_s,
                               false}};
    parent.partitionKey = u"RANGE (id)"_s;
    parent.kind = TableKind::PartitionedTable;

    Table child;
    child.schema = u"app"_s;
    child.name = u"order"_s;
    child.columns = {
        Column{u"invoice_id"_s, u"bigint"_s, false, std::nullopt, {}, {}, false, false, {}, {}}};
    Constraint fk;
    fk.kind = ConstraintKind::ForeignKey;
    fk.name = u"order_invoice_fk"_s;
    fk.columns = {u"invoice_id"_s};
    fk.refSchema = u"public"_s;
    fk.refTable = u"Invoice"_s;
    fk.refColumns = {u"id"_s};
    fk.onDelete = u"CASCADE"_s;
    fk.onUpdate = u"SET NULL"_s;
    fk.match = u"FULL"_s;
    fk.deferrable = true;
    fk.initiallyDeferred = true;
    fk.definition = u"FOREIGN KEY …"_s;
    child.constraints = {fk};
    child.partitionOf = u"public.Invoice"_s;
    child.partitionBound = u"FOR VALUES FROM (1) TO (10)"_s;
    child.inherits = {u"public.base"_s};
    child.strict = true;
    child.withoutRowid = true;
    child.autoincrement = true;
    child.createSql = u"CREATE TABLE \"order\" (…)"_s;
    s.tables = {parent, child};

    s.views = {
        View{u"public"_s, u"Weird Name"_s, true, u" SELECT 1;"_s, {u"?column?"_s}, {pkIx}, u"v"_s}};
    Sequence seq{u"public"_s, u"s"_s, u"integer"_s,          5, -2, -100, 9007199254740993LL,
                 20,          true,   u"public.Invoice.id"_s};
    s.sequences = {seq};
    s.enums = {EnumType{u"public"_s, u"mood"_s, {u"sad"_s, u"ok"_s}, u"feelings"_s}};
    s.domains = {Domain{u"public"_s,
                        u"email"_s,
                        u"text"_s,
                        true,
                        u"''::text"_s,
                        {u"CHECK ((VALUE ~~ '%@%'::text))"_s},
                        u"d"_s}};
    s.functions = {Function{u"public"_s, u"touch"_s, u"a integer"_s, u"trigger"_s, u"plpgsql"_s,
                            u"procedure"_s, u"CREATE OR REPLACE …"_s, u"f"_s}};
    s.migrationHistory = {
        MigrationHistory{u"alembic"_s,
                         u"public"_s,
                         u"alembic_version"_s,
                         {MigrationEntry{u"e940f3"_s, u"n"_s, u"2024-01-01"_s, false}},
                         u"e940f3"_s}};
    return s;
}

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapshotRoundTripKeepsEveryField()
    {
        const Schema original = everything();
        auto back = readSnapshot(writeSnapshot(original));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back->tables, original.tables);
        QCOMPARE(back->views, original.views);
        QCOMPARE(back->sequences, original.sequences);
        QCOMPARE(back->enums, original.enums);
        QCOMPARE(back->domains, original.domains);
        QCOMPARE(back->functions, original.functions);
        QCOMPARE(back->migrationHistory, original.migrationHistory);
        QVERIFY(*back == original);
    }

    void defaultValuesRoundTrip()
    {
        Schema s;
        s.dialect = Dialect::Sqlite;
        Table t;
        t.schema = u"main"_s;
        t.name = u"t"_s;
        t.columns = {Column{u"a"_s, {}, false, u""_s, {}, {}, false, true, {}, {}}};
        s.tables = {t};
        auto back = readSnapshot(writeSnapshot(s));
        QVERIFY(back.ok());
        QVERIFY(*back == s);
        // An empty default is not the same as no default.
        QVERIFY(back->tables[0].columns[0].defaultExpr.has_value());
    }

    void snapshotFileRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.json"_s);
        QVERIFY(saveSnapshotFile(everything(), path).ok());
        auto back = loadSnapshotFile(path);
        QVERIFY(back.ok());
        QVERIFY(*back == everything());
    }

    void formatFieldIsWritten()
    {
        const QJsonObject o = snapshotToJson(everything());
        QCOMPARE(o[u"format"_s].toString(), u"schemamedic.schema/1"_s);
        QCOMPARE(o[u"dialect"_s].toString(), u"postgresql"_s);
    }

    void badSnapshotsAreRefusedWithOneSentence_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{oops") << u"not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << u"not a JSON object"_s;
        QTest::newRow("other tool")
            << QByteArray(R"({"format":"x"})") << u"not a Schema Medic snapshot"_s;
        QTest::newRow("future version")
            << QByteArray(R"({"format":"schemamedic.schema/9","dialect":"sqlite"})")
            << u"schemamedic.schema/9"_s;
        QTest::newRow("bad dialect")
            << QByteArray(R"({"format":"schemamedic.schema/1","dialect":"oracle"})")
            << u"unknown database dialect"_s;
    }

    void badSnapshotsAreRefusedWithOneSentence()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        auto r = readSnapshot(data);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(u'\n'));
    }

    // Found by fuzz/fuzz_snapshot: a number no 64-bit integer can hold was cast to one
    // (undefined behaviour). It now reads as "not a whole number".
    void wholeNumbersFromJson_data()
    {
        QTest::addColumn<QByteArray>("json"); // [value]
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("value");
        QTest::newRow("integer") << QByteArray("[42]") << true << qint64(42);
        QTest::newRow("negative") << QByteArray("[-7]") << true << qint64(-7);
        QTest::newRow("2^53") << QByteArray("[9007199254740992]") << true
                              << qint64(9007199254740992);
        QTest::newRow("string past 2^53")
            << QByteArray(R"(["9007199254740993"])") << true << qint64(9007199254740993);
        QTest::newRow("1e300") << QByteArray("[1e300]") << false << qint64(0);
        QTest::newRow("-1e300") << QByteArray("[-1e300]") << false << qint64(0);
        QTest::newRow("2^63") << QByteArray("[9223372036854775808]") << false << qint64(0);
        QTest::newRow("fraction") << QByteArray("[1.5]") << false << qint64(0);
        QTest::newRow("text") << QByteArray(R"(["twelve"])") << false << qint64(0);
        QTest::newRow("bool") << QByteArray("[true]") << false << qint64(0);
    }

    void wholeNumbersFromJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        QFETCH(qint64, value);
        const QJsonValue v = QJsonDocument::fromJson(json).array().at(0);
        const std::optional<qint64> n = jsonInt64(v);
        QCOMPARE(n.has_value(), valid);
        if (valid)
            QCOMPARE(*n, value);
    }

    void snapshotWithAnOutOfRangeNumberReads()
    {
        QFile f(QStringLiteral(SM_FUZZ_CORPUS "/snapshot/crash_int64_out_of_range.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY(data.contains("1e300"));
        auto r = readSnapshot(data); // read or refused, never undefined
        if (r)
            QCOMPARE(readSnapshot(writeSnapshot(*r))->tables, r->tables);
    }

    void manifestWithAnOutOfRangeRowCountIsRefused()
    {
        BackupManifest good;
        good.created = QDateTime::currentDateTimeUtc();
        good.files.append(BackupFile{u"data.sqlite"_s, 10, QString(64, u'a')});
        good.rowCounts.insert(u"main.t"_s, 3);
        QJsonObject o = manifestToJson(good);
        QVERIFY2(manifestFromJson(o).ok(), "the control manifest must read");
        o[u"rowCounts"_s] = QJsonObject{{u"main.t"_s, 1e300}};
        auto m = manifestFromJson(o);
        QVERIFY(!m.ok());
        QVERIFY2(m.error().message.contains(u"row count"_s), qPrintable(m.error().message));
    }

    // Snapshots are files an operator may edit by hand: members in any order, a field of the
    // wrong JSON type or missing, keys we do not know. Each reads as it did when snapshots were
    // read through QJsonDocument: "" or the field's default, never a refusal.
    void handEditedSnapshotsRead()
    {
        const QByteArray json =
            "\xEF\xBB\xBF" // a byte-order mark, as some editors add
            "{\"tables\": [{\"constraints\": ["
            // "kind" after the foreign key's fields, no onUpdate
            "  {\"refTable\": \"p\", \"refColumns\": [\"id\"], \"onDelete\": \"CASCADE\","
            "   \"columns\": [\"p_id\"], \"name\": \"fk\", \"kind\": \"foreign_key\"},"
            // foreign-key fields on a CHECK are not the CHECK's
            "  {\"refTable\": \"zzz\", \"onDelete\": \"CASCADE\", \"kind\": \"check\","
            "   \"check\": \"n > 0\", \"validated\": \"no\"},"
            "  \"not an object\"],"
            "  \"columns\": [{\"na\\u006de\": \"escaped key\", \"type\": 7, \"notNull\": \"yes\","
            "                \"default\": 5, \"future\": {\"a\": [1, {\"b\": null}]}}],"
            "  \"indexes\": {\"not\": \"an array\"}, \"schema\": \"public\", \"name\": \"t\","
            "  \"kind\": \"no such kind\", \"strict\": true}],"
            " \"sequences\": [{\"name\": \"s\", \"start\": \"9007199254740993\","
            "                  \"increment\": 1e300, \"max\": 2.5}],"
            " \"functions\": [{\"name\": \"f\"}],"
            " \"format\": \"schemamedic.schema/1\", \"dialect\": \"postgresql\","
            " \"somethingNew\": [[[]]]}";
        auto r = readSnapshot(json);
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->dialect, Dialect::Postgres);
        QCOMPARE(r->tables.size(), 1);
        const Table &t = r->tables[0];
        QCOMPARE(t.qualifiedName(), u"public.t"_s);
        QCOMPARE(t.kind, TableKind::Table);
        QVERIFY(t.strict);
        QVERIFY(t.indexes.isEmpty());

        QCOMPARE(t.columns.size(), 1);
        QCOMPARE(t.columns[0].name, u"escaped key"_s);
        QCOMPARE(t.columns[0].type, QString());
        QVERIFY(!t.columns[0].notNull);
        QVERIFY(!t.columns[0].defaultExpr.has_value());

        QCOMPARE(t.constraints.size(), 3);
        const Constraint &fk = t.constraints[0];
        QCOMPARE(fk.kind, ConstraintKind::ForeignKey);
        QCOMPARE(fk.refTable, u"p"_s);
        QCOMPARE(fk.refColumns, QStringList{u"id"_s});
        QCOMPARE(fk.onDelete, u"CASCADE"_s);
        QCOMPARE(fk.onUpdate, QString()); // missing reads as "", as it always did
        const Constraint &check = t.constraints[1];
        QCOMPARE(check.kind, ConstraintKind::Check);
        QCOMPARE(check.checkExpr, u"n > 0"_s);
        QCOMPARE(check.refTable, QString());
        QCOMPARE(check.onDelete, u"NO ACTION"_s);
        QVERIFY(check.validated);                 // not a bool: the default
        QCOMPARE(t.constraints[2], Constraint{}); // not an object: read as {}

        QCOMPARE(r->sequences.size(), 1);
        const Sequence &seq = r->sequences[0];
        QCOMPARE(seq.start, qint64(9007199254740993));
        QCOMPARE(seq.increment, qint64(0)); // no 64-bit integer holds 1e300
        QCOMPARE(seq.maxValue, qint64(0));  // nor 2.5
        QCOMPARE(seq.minValue, qint64(0));  // missing
        QCOMPARE(seq.dataType, QString());
        QCOMPARE(r->functions.size(), 1);
        QCOMPARE(r->functions[0].kind, QString());
    }

    // A snapshot of thousands of tables goes through the large-file path of loadSnapshotFile
    // (a buffer in 2 MB pages on Linux): it must read back equal, and a damaged one must be
    // refused with the file's name.
    void largeSnapshotFile()
    {
        Schema big = everything();
        const Table model = big.tables[0];
        for (int i = 0; i < 3000; ++i) {
            Table t = model;
            t.name = u"t_%1"_s.arg(i);
            big.tables.append(t);
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.json"_s);
        QVERIFY(saveSnapshotFile(big, path).ok());
        QVERIFY2(QFileInfo(path).size() > 4 * 1024 * 1024, "the file must pass the 2 MB mark");
        auto back = loadSnapshotFile(path);
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().toString()));
        QVERIFY(*back == big);

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2));
        f.close();
        auto cut = loadSnapshotFile(path);
        QVERIFY(!cut.ok());
        QCOMPARE(cut.error().message, u"big.json: The snapshot is not valid JSON."_s);
        QVERIFY2(cut.error().details.startsWith(u"At byte "_s), qPrintable(cut.error().details));
    }

    // Backups and restores hash whole archives with libcrypto: known vectors, and a file of
    // several read chunks against QCryptographicHash.
    void sha256OfFileMatchesTheStandard()
    {
        QTemporaryDir dir;
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                return QString();
            return f.fileName();
        };
        QCOMPARE(*sha256OfFile(write(u"empty"_s, {})),
                 u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s);
        QCOMPARE(*sha256OfFile(write(u"abc"_s, "abc")),
                 u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
        QByteArray big(9 * 1024 * 1024 + 17, Qt::Uninitialized);
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char((i * 131) ^ (i >> 9));
        qint64 lastProgress = 0;
        const auto sum = sha256OfFile(write(u"big"_s, big), [&](qint64 done) {
            QVERIFY(done > lastProgress);
            lastProgress = done;
        });
        QVERIFY(sum.ok());
        QCOMPARE(*sum, QString::fromLatin1(
                           QCryptographicHash::hash(big, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(lastProgress, big.size());
        const auto missing = sha256OfFile(dir.filePath(u"no such file"_s));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(u"cannot be read"_s));
    }

    void normalizeSortsNamedObjects()
    {
        Schema a = everything();
        Schema b = everything();
        std::reverse(b.tables.begin(), b.tables.end());
        std::reverse(b.tables[1].constraints.begin(), b.tables[1].constraints.end());
        std::reverse(b.tables[1].indexes.begin(), b.tables[1].indexes.end());
        QVERIFY(!(a == b));
        a.normalize();
        b.normalize();
        QVERIFY(a == b);
    }

    void lookups()
    {
        const Schema s = everything();
        QVERIFY(s.table(u"public.Invoice"_s));
        QVERIFY(s.table(u"app"_s, u"order"_s));
        QVERIFY(!s.table(u"public.order"_s));
        QCOMPARE(s.table(u"public.Invoice"_s)->primaryKey()->name, u"Invoice_pkey"_s);
        QCOMPARE(s.table(u"public.Invoice"_s)->column(u"title"_s)->type,
                 u"character varying(200)"_s);
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
