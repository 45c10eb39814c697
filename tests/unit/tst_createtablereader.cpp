// SPDX-License-Identifier: MIT
// The SQLite CREATE TABLE / INDEX / TRIGGER reader: what it extracts from real statements, and
// that no input, however broken, crashes or hangs it.

#include "introspect/CreateTableReader.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sm;
using namespace sm::sqlite;

Q_DECLARE_METATYPE(sm::ConstraintKind)

namespace {

// Statements that SQLite accepts, used for the expectations and as seeds for mutation.
const QStringList &validStatements()
{
    static const QStringList list = {
        uR"(CREATE TABLE "order" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, [Weird Name] TEXT COLLATE NOCASE NOT NULL DEFAULT 'a'')b', `x` REAL CHECK (`x` > 0 AND (x < 10)), total NUMERIC(10, 2) GENERATED ALWAYS AS (x * 2) STORED, CONSTRAINT "no ) here" CHECK (length([Weird Name]) <> 3 OR [Weird Name] IN (')', ',', '('))))"_s,
        u"CREATE TABLE child(id INTEGER, parent_id INTEGER NOT NULL CONSTRAINT fk_parent REFERENCES \"order\"(id) ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED, note TEXT -- a comment, with ) and ,\n, /* block, ) */ PRIMARY KEY (id, parent_id), UNIQUE (note COLLATE NOCASE DESC) ON CONFLICT REPLACE, CONSTRAINT fk2 FOREIGN KEY (parent_id) REFERENCES other ON DELETE SET DEFAULT) WITHOUT ROWID"_s,
        u"CREATE TABLE s (a INT, b TEXT, c ANY, CHECK (a > 0), CHECK (b <> '')) STRICT, WITHOUT ROWID;"_s,
        u"CREATE TABLE IF NOT EXISTS main.\"Inventory\"(sku TEXT, qty INTEGER DEFAULT -1, v AS (qty + 1), w INTEGER AS (abs(qty)) VIRTUAL)"_s,
        u"CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize = 'porter ascii')"_s,
        u"CREATE TABLE copy AS SELECT * FROM t"_s,
        u"CREATE TABLE t(a INTEGER, b, PRIMARY KEY(a AUTOINCREMENT) UNIQUE(b) CHECK(a<>b))"_s,
        u"CREATE UNIQUE INDEX \"ix one\" ON \"order\" (lower([Weird Name]), x DESC, \"id\" COLLATE NOCASE) WHERE x IS NOT NULL AND [Weird Name] <> ')';"_s,
        u"CREATE TRIGGER IF NOT EXISTS trg_upd AFTER UPDATE OF qty, sku ON \"Inventory\" FOR EACH ROW BEGIN UPDATE x SET y = 1; END"_s,
    };
    return list;
}

} // namespace

class TestCreateTableReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unquote_data();
    void unquote();
    void tableOptions_data();
    void tableOptions();
    void columns_data();
    void columns();
    void constraints_data();
    void constraints();
    void createIndex_data();
    void createIndex();
    void createTrigger_data();
    void createTrigger();
    void garbageNeverCrashesOrHangs();
};

void TestCreateTableReader::unquote_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare") << u"order_id"_s << u"order_id"_s;
    QTest::newRow("double") << u"\"order\""_s << u"order"_s;
    QTest::newRow("doubled") << u"\"a\"\"b\""_s << u"a\"b"_s;
    QTest::newRow("backtick") << u"`x`"_s << u"x"_s;
    QTest::newRow("bracket") << u"[Weird Name]"_s << u"Weird Name"_s;
    QTest::newRow("single") << u"'it''s'"_s << u"it's"_s;
    QTest::newRow("unterminated") << u"\"abc"_s << u"abc"_s;
    QTest::newRow("lone quote") << u"\""_s << u"\""_s;
}

void TestCreateTableReader::unquote()
{
    QFETCH(QString, token);
    QFETCH(QString, expected);
    QCOMPARE(unquoteIdentifier(token), expected);
}

void TestCreateTableReader::tableOptions_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("constraints");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<bool>("withoutRowid");
    QTest::addColumn<QString>("module");

    const QStringList &v = validStatements();
    QTest::newRow("order") << v[0] << true << u"order"_s << 4 << 1 << false << false << QString();
    QTest::newRow("child") << v[1] << true << u"child"_s << 3 << 3 << false << true << QString();
    QTest::newRow("strict+without rowid")
        << v[2] << true << u"s"_s << 3 << 2 << true << true << QString();
    QTest::newRow("qualified") << v[3] << true << u"Inventory"_s << 4 << 0 << false << false
                               << QString();
    QTest::newRow("virtual") << v[4] << true << u"docs"_s << 0 << 0 << false << false << u"fts5"_s;
    QTest::newRow("as select") << v[5] << true << u"copy"_s << 0 << 0 << false << false
                               << QString();
    QTest::newRow("constraints without commas")
        << v[6] << true << u"t"_s << 2 << 3 << false << false << QString();
    QTest::newRow("lower case, comments")
        << u"create /* c */ table -- x\n [a b] (c) strict"_s << true << u"a b"_s << 1 << 0 << true
        << false << QString();
    QTest::newRow("truncated") << u"CREATE TABLE t(a INT, b"_s << false << u"t"_s << 2 << 0 << false
                               << false << QString();
    QTest::newRow("not create table") << u"CREATE INDEX i ON t(a)"_s << false << QString() << 0 << 0
                                      << false << false << QString();
    QTest::newRow("unknown option")
        << u"CREATE TABLE t(a) FAST"_s << false << u"t"_s << 1 << 0 << false << false << QString();
}

void TestCreateTableReader::tableOptions()
{
    QFETCH(QString, sql);
    const CreateTable t = readCreateTable(sql);
    QTEST(t.complete, "complete");
    QTEST(t.name, "name");
    QTEST(int(t.columns.size()), "columns");
    QTEST(int(t.constraints.size()), "constraints");
    QTEST(t.strict, "strict");
    QTEST(t.withoutRowid, "withoutRowid");
    QTEST(t.module, "module");
    QCOMPARE(t.complete, t.error.isEmpty());
}

void TestCreateTableReader::columns_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("collation");
    QTest::addColumn<bool>("notNull");
    QTest::addColumn<QString>("defaultExpr"); // "<none>" when there is no DEFAULT
    QTest::addColumn<QString>("generatedExpr");
    QTest::addColumn<bool>("generatedStored");
    QTest::addColumn<bool>("autoincrement");
    QTest::addColumn<int>("constraints");

    const QStringList &v = validStatements();
    QTest::newRow("autoincrement pk") << v[0] << u"ID"_s << u"INTEGER"_s << QString() << false
                                      << u"<none>"_s << QString() << false << true << 1;
    QTest::newRow("bracketed name, collate, string default")
        << v[0] << u"weird name"_s << u"TEXT"_s << u"NOCASE"_s << true << u"'a'')b'"_s << QString()
        << false << false << 0;
    QTest::newRow("backtick name, nested check")
        << v[0] << u"x"_s << u"REAL"_s << QString() << false << u"<none>"_s << QString() << false
        << false << 1;
    QTest::newRow("stored generated, type with comma")
        << v[0] << u"total"_s << u"NUMERIC(10, 2)"_s << QString() << false << u"<none>"_s
        << u"x * 2"_s << true << false << 0;
    QTest::newRow("negative default") << v[3] << u"qty"_s << u"INTEGER"_s << QString() << false
                                      << u"-1"_s << QString() << false << false << 0;
    QTest::newRow("short generated, no type") << v[3] << u"v"_s << QString() << QString() << false
                                              << u"<none>"_s << u"qty + 1"_s << false << false << 0;
    QTest::newRow("virtual generated") << v[3] << u"w"_s << u"INTEGER"_s << QString() << false
                                       << u"<none>"_s << u"abs(qty)"_s << false << false << 0;
    QTest::newRow("fk column") << v[1] << u"parent_id"_s << u"INTEGER"_s << QString() << true
                               << u"<none>"_s << QString() << false << false << 1;
    QTest::newRow("comment after column") << v[1] << u"note"_s << u"TEXT"_s << QString() << false
                                          << u"<none>"_s << QString() << false << false << 0;
    QTest::newRow("parenthesised default")
        << u"CREATE TABLE t(d TEXT DEFAULT (datetime('now', ')')) NOT NULL)"_s << u"d"_s
        << u"TEXT"_s << QString() << true << u"(datetime('now', ')'))"_s << QString() << false
        << false << 0;
    QTest::newRow("multi-word type, quoted collation")
        << u"CREATE TABLE t(\"a b\" DOUBLE PRECISION COLLATE \"RTRIM\" UNIQUE)"_s << u"a b"_s
        << u"DOUBLE PRECISION"_s << u"RTRIM"_s << false << u"<none>"_s << QString() << false
        << false << 1;
}

void TestCreateTableReader::columns()
{
    QFETCH(QString, sql);
    QFETCH(QString, column);
    QFETCH(QString, defaultExpr);
    const CreateTable t = readCreateTable(sql);
    QVERIFY2(t.complete, qPrintable(t.error));
    const ColumnDef *c = t.column(column);
    QVERIFY(c);
    QTEST(c->type, "type");
    QTEST(c->collation, "collation");
    QTEST(c->notNull, "notNull");
    QCOMPARE(c->defaultExpr.value_or(u"<none>"_s), defaultExpr);
    QTEST(c->generatedExpr, "generatedExpr");
    QCOMPARE(c->generated, !c->generatedExpr.isEmpty());
    QTEST(c->generatedStored, "generatedStored");
    QTEST(c->autoincrement, "autoincrement");
    QTEST(int(c->constraints.size()), "constraints");
}

void TestCreateTableReader::constraints_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("column"); // empty: table-level constraint
    QTest::addColumn<int>("index");
    QTest::addColumn<ConstraintKind>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QString>("checkExpr");
    QTest::addColumn<QString>("refTable");
    QTest::addColumn<QStringList>("refColumns");
    QTest::addColumn<QString>("onDelete");
    QTest::addColumn<QString>("onUpdate");
    QTest::addColumn<bool>("deferred");
    QTest::addColumn<QString>("onConflict");
    QTest::addColumn<QString>("text");

    const QStringList &v = validStatements();
    const QStringList none;
    QTest::newRow("column pk") << v[0] << u"id"_s << 0 << ConstraintKind::PrimaryKey << QString()
                               << QStringList{u"id"_s} << QString() << QString() << none
                               << QString() << QString() << false << QString()
                               << u"PRIMARY KEY AUTOINCREMENT"_s;
    QTest::newRow("unnamed nested check")
        << v[0] << u"x"_s << 0 << ConstraintKind::Check << QString() << none
        << u"`x` > 0 AND (x < 10)"_s << QString() << none << QString() << QString() << false
        << QString() << u"CHECK (`x` > 0 AND (x < 10))"_s;
    QTest::newRow("named check with ) and , in strings")
        << v[0] << QString() << 0 << ConstraintKind::Check << u"no ) here"_s << none
        << u"length([Weird Name]) <> 3 OR [Weird Name] IN (')', ',', '(')"_s << QString() << none
        << QString() << QString() << false << QString()
        << u"CHECK (length([Weird Name]) <> 3 OR [Weird Name] IN (')', ',', '('))"_s;
    QTest::newRow("named column fk, deferred")
        << v[1] << u"parent_id"_s << 0 << ConstraintKind::ForeignKey << u"fk_parent"_s
        << QStringList{u"parent_id"_s} << QString() << u"order"_s << QStringList{u"id"_s}
        << u"CASCADE"_s << u"SET NULL"_s << true << QString()
        << u"REFERENCES \"order\"(id) ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY "
           "DEFERRED"_s;
    QTest::newRow("table pk") << v[1] << QString() << 0 << ConstraintKind::PrimaryKey << QString()
                              << QStringList{u"id"_s, u"parent_id"_s} << QString() << QString()
                              << none << QString() << QString() << false << QString()
                              << u"PRIMARY KEY (id, parent_id)"_s;
    QTest::newRow("unique with collate, conflict")
        << v[1] << QString() << 1 << ConstraintKind::Unique << QString() << QStringList{u"note"_s}
        << QString() << QString() << none << QString() << QString() << false << u"REPLACE"_s
        << u"UNIQUE (note COLLATE NOCASE DESC) ON CONFLICT REPLACE"_s;
    QTest::newRow("named table fk, no parent columns")
        << v[1] << QString() << 2 << ConstraintKind::ForeignKey << u"fk2"_s
        << QStringList{u"parent_id"_s} << QString() << u"other"_s << none << u"SET DEFAULT"_s
        << QString() << false << QString()
        << u"FOREIGN KEY (parent_id) REFERENCES other ON DELETE SET DEFAULT"_s;
    QTest::newRow("pk autoincrement inside parentheses")
        << v[6] << QString() << 0 << ConstraintKind::PrimaryKey << QString() << QStringList{u"a"_s}
        << QString() << QString() << none << QString() << QString() << false << QString()
        << u"PRIMARY KEY(a AUTOINCREMENT)"_s;
    QTest::newRow("check after unique without comma")
        << v[6] << QString() << 2 << ConstraintKind::Check << QString() << none << u"a<>b"_s
        << QString() << none << QString() << QString() << false << QString() << u"CHECK(a<>b)"_s;
    QTest::newRow("not deferrable")
        << u"CREATE TABLE t(a REFERENCES p(id) NOT DEFERRABLE INITIALLY DEFERRED NOT NULL)"_s
        << u"a"_s << 0 << ConstraintKind::ForeignKey << QString() << QStringList{u"a"_s}
        << QString() << u"p"_s << QStringList{u"id"_s} << QString() << QString() << false
        << QString() << u"REFERENCES p(id) NOT DEFERRABLE INITIALLY DEFERRED"_s;
    QTest::newRow("reserved-word parent")
        << u"CREATE TABLE t(a, FOREIGN KEY(a) REFERENCES [order] ([select]) ON UPDATE NO ACTION "
           "ON DELETE RESTRICT)"_s
        << QString() << 0 << ConstraintKind::ForeignKey << QString() << QStringList{u"a"_s}
        << QString() << u"order"_s << QStringList{u"select"_s} << u"RESTRICT"_s << u"NO ACTION"_s
        << false << QString()
        << u"FOREIGN KEY(a) REFERENCES [order] ([select]) ON UPDATE NO ACTION ON DELETE "
           "RESTRICT"_s;
}

void TestCreateTableReader::constraints()
{
    QFETCH(QString, sql);
    QFETCH(QString, column);
    QFETCH(int, index);
    const CreateTable t = readCreateTable(sql);
    QVERIFY2(t.complete, qPrintable(t.error));
    const QList<ConstraintDef> *list = &t.constraints;
    if (!column.isEmpty()) {
        const ColumnDef *c = t.column(column);
        QVERIFY(c);
        list = &c->constraints;
    }
    QVERIFY(index < list->size());
    const ConstraintDef &c = list->at(index);
    QTEST(c.kind, "kind");
    QTEST(c.name, "name");
    QTEST(c.columns, "columns");
    QTEST(c.checkExpr, "checkExpr");
    QTEST(c.refTable, "refTable");
    QTEST(c.refColumns, "refColumns");
    QTEST(c.onDelete, "onDelete");
    QTEST(c.onUpdate, "onUpdate");
    QTEST(c.initiallyDeferred, "deferred");
    QTEST(c.onConflict, "onConflict");
    QTEST(c.text, "text");
}

void TestCreateTableReader::createIndex_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("table");
    QTest::addColumn<bool>("unique");
    QTest::addColumn<QStringList>("terms"); // name, or expression
    QTest::addColumn<QString>("where");

    QTest::newRow("expression, partial")
        << validStatements()[7] << true << u"ix one"_s << u"order"_s << true
        << QStringList{u"lower([Weird Name])"_s, u"x"_s, u"id"_s}
        << u"x IS NOT NULL AND [Weird Name] <> ')'"_s;
    QTest::newRow("plain") << u"CREATE INDEX i ON t(a, b)"_s << true << u"i"_s << u"t"_s << false
                           << QStringList{u"a"_s, u"b"_s} << QString();
    QTest::newRow("truncated") << u"CREATE INDEX i ON t(a"_s << false << u"i"_s << u"t"_s << false
                               << QStringList{u"a"_s} << QString();
}

void TestCreateTableReader::createIndex()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, terms);
    const CreateIndex x = readCreateIndex(sql);
    QTEST(x.complete, "complete");
    QTEST(x.name, "name");
    QTEST(x.table, "table");
    QTEST(x.unique, "unique");
    QStringList got;
    for (const IndexedColumn &c : x.columns)
        got << (c.name.isEmpty() ? c.expression : c.name);
    QCOMPARE(got, terms);
    QTEST(x.where, "where");
    if (sql == validStatements()[7]) {
        QVERIFY(x.columns[1].descending);
        QCOMPARE(x.columns[2].collation, u"NOCASE"_s);
    }
}

void TestCreateTableReader::createTrigger_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("timing");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QStringList>("updateOf");

    QTest::newRow("update of") << validStatements()[8] << u"trg_upd"_s << u"Inventory"_s
                               << u"AFTER"_s << u"UPDATE"_s << QStringList{u"qty"_s, u"sku"_s};
    QTest::newRow("default timing")
        << u"CREATE TRIGGER t1 DELETE ON \"order\" BEGIN SELECT 1; END"_s << u"t1"_s << u"order"_s
        << u"BEFORE"_s << u"DELETE"_s << QStringList{};
    QTest::newRow("instead of") << u"create temp trigger [v t] instead of insert on v begin select "
                                   "1; end"_s
                                << u"v t"_s << u"v"_s << u"INSTEAD OF"_s << u"INSERT"_s
                                << QStringList{};
}

void TestCreateTableReader::createTrigger()
{
    QFETCH(QString, sql);
    const CreateTrigger x = readCreateTrigger(sql);
    QVERIFY2(x.complete, qPrintable(x.error));
    QTEST(x.name, "name");
    QTEST(x.table, "table");
    QTEST(x.timing, "timing");
    QTEST(x.event, "event");
    QTEST(x.updateOf, "updateOf");
}

void TestCreateTableReader::garbageNeverCrashesOrHangs()
{
    // Only returning matters: truncated prefixes, random mutations of valid statements, and
    // random characters including quotes, brackets and comment openers.
    QRandomGenerator rng(20240601);
    QElapsedTimer timer;
    timer.start();
    int runs = 0;
    auto feed = [&](const QString &s) {
        const CreateTable t = readCreateTable(s);
        const CreateIndex i = readCreateIndex(s);
        const CreateTrigger g = readCreateTrigger(s);
        Q_UNUSED(t);
        Q_UNUSED(i);
        Q_UNUSED(g);
        ++runs;
    };
    for (const QString &s : validStatements())
        for (qsizetype n = 0; n <= s.size(); ++n)
            feed(s.left(n));

    static const char16_t alphabet[] = u"()[]`\"',;.-/*+ \n\tCREATE TABLE INDEX ON CHECK x'0' é\0";
    const qsizetype alphabetSize = std::size(alphabet) - 1;
    for (int k = 0; k < 3000; ++k) {
        QString s = validStatements()[rng.bounded(int(validStatements().size()))];
        const int edits = 1 + rng.bounded(8);
        for (int e = 0; e < edits && !s.isEmpty(); ++e) {
            const qsizetype at = rng.bounded(int(s.size()));
            switch (rng.bounded(3)) {
            case 0:
                s.remove(at, 1 + rng.bounded(5));
                break;
            case 1:
                s.insert(at, QChar(alphabet[rng.bounded(int(alphabetSize))]));
                break;
            default:
                s[at] = QChar(char16_t(rng.bounded(0x20, 0x7f)));
            }
        }
        feed(s);
    }
    for (int k = 0; k < 2000; ++k) {
        QString s;
        const int len = rng.bounded(200);
        for (int c = 0; c < len; ++c)
            s += rng.bounded(4) == 0 ? QChar(char16_t(rng.bounded(0, 0xD7FF)))
                                     : QChar(alphabet[rng.bounded(int(alphabetSize))]);
        feed(u"CREATE TABLE t("_s + s);
        feed(s);
    }
    // Deep nesting and long unterminated input stay linear.
    feed(u"CREATE TABLE t(a CHECK "_s + QString(100000, u'('));
    feed(u"CREATE TABLE t(a DEFAULT '"_s + QString(100000, u'x'));
    feed(u"CREATE TABLE t(a /*"_s + QString(100000, u'*'));
    QVERIFY(runs > 5000);
    QVERIFY2(timer.elapsed() < 60000, "the reader is too slow on garbage");
}

QTEST_GUILESS_MAIN(TestCreateTableReader)
#include "tst_createtablereader.moc"
