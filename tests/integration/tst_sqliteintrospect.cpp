// SPDX-License-Identifier: MIT
// SQLite introspection against real, populated database files: exact model values, a fixed
// number of statements whatever the table count, and a file left untouched.

#include "TestSupport.h"

#include "introspect/Introspector.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace sm;

namespace {

// Statements written with single spaces after CREATE so that the text SQLite stores is the
// statement itself (SQLite re-spells the "CREATE TABLE " prefix).
const QString kInvoice = uR"(CREATE TABLE "Invoice" (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  number TEXT NOT NULL UNIQUE,
  "Customer Name" TEXT COLLATE NOCASE,
  total NUMERIC(12,2) DEFAULT 0 CHECK (total >= 0),
  issued_at TEXT DEFAULT CURRENT_TIMESTAMP,
  total_cents INTEGER GENERATED ALWAYS AS (CAST(total * 100 AS INTEGER)) STORED,
  label TEXT AS (number || ' (' || coalesce("Customer Name", '?') || ')'),
  CONSTRAINT invoice_number_format CHECK (length(number) > 2 AND number NOT LIKE '%),%')
))"_s;
const QString kInventory = uR"(CREATE TABLE "Inventory" (
  sku TEXT NOT NULL,
  warehouse TEXT NOT NULL DEFAULT 'main',
  qty INTEGER NOT NULL DEFAULT 0,
  note,
  PRIMARY KEY (sku, warehouse),
  CHECK (qty >= 0)
) WITHOUT ROWID)"_s;
const QString kOrder = uR"(CREATE TABLE "order" (
  "order id" INTEGER PRIMARY KEY,
  invoice_id INTEGER CONSTRAINT order_invoice_fk REFERENCES "Invoice" ON DELETE CASCADE,
  sku TEXT,
  warehouse TEXT,
  "group" TEXT,
  FOREIGN KEY (SKU, warehouse) REFERENCES inventory (Sku, "WAREHOUSE")
    ON UPDATE CASCADE ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED
))"_s;
const QString kWeird = uR"(CREATE TABLE [Weird Name] (
  `MixedCase` INTEGER,
  "a""quote" TEXT,
  val ANY,
  UNIQUE (MixedCase, "a""quote")
) STRICT)"_s;
const QString kAlembic = u"CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                         "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"_s;
const QString kNotes = u"CREATE VIRTUAL TABLE notes USING fts5(title, body)"_s;
const QString kInvoiceIndex =
    u"CREATE INDEX invoice_customer_lower ON \"Invoice\" (lower(\"Customer Name\"), issued_at DESC)"_s;
const QString kOrderIndex =
    u"CREATE UNIQUE INDEX \"order_open\" ON \"order\" (invoice_id) WHERE \"group\" IS NOT NULL"_s;
const QString kInventoryTrigger =
    u"CREATE TRIGGER inventory_touch AFTER UPDATE OF qty ON \"Inventory\" BEGIN UPDATE "
    "\"Inventory\" SET note = 'touched' WHERE sku = NEW.sku AND warehouse = NEW.warehouse; END"_s;
const QString kOrderTrigger = u"CREATE TRIGGER order_log INSERT ON \"order\" BEGIN SELECT 1; END"_s;
const QString kView = u"CREATE VIEW \"open orders\" AS SELECT o.\"order id\" AS id, i.number "
                      "FROM \"order\" o JOIN \"Invoice\" i ON i.id = o.invoice_id"_s;

QString fixtureScript()
{
    const QStringList ddl = {kInvoice,          kInventory,    kOrder,        kWeird,
                             kAlembic,          kNotes,        kInvoiceIndex, kOrderIndex,
                             kInventoryTrigger, kOrderTrigger, kView};
    return u"PRAGMA foreign_keys = ON;\n"_s + ddl.join(u";\n"_s) + uR"(;
INSERT INTO "Invoice" (number, "Customer Name", total) VALUES
  ('INV-1', 'Ada', 12.5), ('INV-2', NULL, 0), ('INV-3', 'bob', NULL);
INSERT INTO "Inventory" (sku, warehouse, qty, note) VALUES
  ('A-1', 'main', 3, NULL), ('A-2', 'east', 0, x'00ff'), ('B-1', 'main', 7, 42);
INSERT INTO "order" (invoice_id, sku, warehouse, "group") VALUES
  (1, 'A-1', 'main', 'g'), (1, 'A-2', 'east', NULL), (2, NULL, NULL, NULL), (NULL, 'B-1', 'main', 'h');
INSERT INTO [Weird Name] VALUES (1, 'x', 1), (2, NULL, 'text'), (NULL, 'y', x'01'), (3, 'z', 2.5), (4, 'w', NULL);
INSERT INTO alembic_version VALUES ('ae1027a6acf');
INSERT INTO notes (title, body) VALUES ('first', 'some words'), ('second', NULL);
ANALYZE;
)"_s;
}

// A schema of `tables` tables, each with a PK, an FK to the previous one, a UNIQUE, a CHECK,
// an expression index and a row; plus a view and a trigger every tenth table.
QString generatedScript(int tables)
{
    QString sql = u"PRAGMA foreign_keys = ON;\nBEGIN;\n"_s;
    for (int i = 0; i < tables; ++i) {
        sql += u"CREATE TABLE t%1 (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES t%2 "
               "ON DELETE CASCADE, name TEXT UNIQUE CHECK (name <> ''));\n"
               "CREATE INDEX t%1_name ON t%1 (lower(name)) WHERE name IS NOT NULL;\n"
               "INSERT INTO t%1 VALUES (1, %3, 'n%1');\n"_s.arg(i)
                   .arg(std::max(i - 1, 0))
                   .arg(i == 0 ? u"NULL"_s : u"1"_s);
        if (i % 10 == 0)
            sql += u"CREATE VIEW v%1 AS SELECT id, name FROM t%1;\n"
                   "CREATE TRIGGER g%1 AFTER DELETE ON t%1 BEGIN SELECT 1; END;\n"_s.arg(i);
    }
    return sql + u"COMMIT;\n"_s;
}

Result<Connection> openDb(const QString &path, AccessMode mode = AccessMode::ReadOnly)
{
    auto spec = ConnectionSpec::parse(u"sqlite:"_s + path);
    if (!spec)
        return spec.error();
    return Connection::open(*spec, mode);
}

const Constraint *findConstraint(const Table &t, ConstraintKind kind, const QString &name,
                                 const QStringList &columns = {})
{
    for (const Constraint &c : t.constraints)
        if (c.kind == kind && c.name == name && (columns.isEmpty() || c.columns == columns))
            return &c;
    return nullptr;
}

// The error text of a failed result, empty otherwise (QVERIFY2 evaluates its message eagerly).
template<typename T> QByteArray why(const Result<T> &r)
{
    return r ? QByteArray() : r.error().toString().toUtf8();
}

const Index *findIndex(const Table &t, const QString &name)
{
    for (const Index &i : t.indexes)
        if (i.name == name)
            return &i;
    return nullptr;
}

QStringList tableNames(const Schema &s)
{
    QStringList out;
    for (const Table &t : s.tables)
        out << t.name;
    return out;
}

} // namespace

class TestSqliteIntrospect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tablesAndOptions();
    void columns();
    void constraints();
    void indexesTriggersViews();
    void virtualTableAndHistory();
    void queryCountDoesNotGrowWithTables();
    void readOnlyLeavesFileUntouched();
    void emptyDatabase_data();
    void emptyDatabase();
    void brokenViewAndMissingModule();
    void cancellation();

private:
    QTemporaryDir m_dir;
    QString m_path;
    Schema m_schema;
};

void TestSqliteIntrospect::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"fixture.db"_s);
    const QString err = test::createSqliteDatabase(m_path, fixtureScript());
    QVERIFY2(err.isEmpty(), qPrintable(err));
    auto c = openDb(m_path);
    QVERIFY2(c, why(c).constData());
    auto s = introspect(*c);
    QVERIFY2(s, why(s).constData());
    m_schema = *s;
    QCOMPARE(m_schema.serverVersion, c->serverVersion());
}

void TestSqliteIntrospect::tablesAndOptions()
{
    QCOMPARE(m_schema.dialect, Dialect::Sqlite);
    QCOMPARE(m_schema.schemas, QStringList{u"main"_s});
    QVERIFY(!m_schema.serverVersion.isEmpty());
    // sqlite_sequence, sqlite_stat1 and the fts5 shadow tables are not the operator's tables.
    QCOMPARE(tableNames(m_schema), (QStringList{u"Inventory"_s, u"Invoice"_s, u"Weird Name"_s,
                                                u"alembic_version"_s, u"notes"_s, u"order"_s}));
    for (const Table &t : m_schema.tables)
        QCOMPARE(t.schema, u"main"_s);

    const Table *invoice = m_schema.table(u"main"_s, u"Invoice"_s);
    QVERIFY(invoice);
    QCOMPARE(invoice->kind, TableKind::Table);
    QCOMPARE(invoice->createSql, kInvoice);
    QVERIFY(invoice->autoincrement);
    QVERIFY(!invoice->strict);
    QVERIFY(!invoice->withoutRowid);

    const Table *inventory = m_schema.table(u"main.Inventory"_s);
    QVERIFY(inventory);
    QVERIFY(inventory->withoutRowid);
    QVERIFY(!inventory->strict);
    QVERIFY(!inventory->autoincrement);
    QCOMPARE(inventory->createSql, kInventory);

    const Table *weird = m_schema.table(u"main"_s, u"Weird Name"_s);
    QVERIFY(weird);
    QVERIFY(weird->strict);
    QVERIFY(!weird->withoutRowid);
    QCOMPARE(weird->createSql, kWeird);
}

void TestSqliteIntrospect::columns()
{
    const Table *invoice = m_schema.table(u"main"_s, u"Invoice"_s);
    QVERIFY(invoice);
    QCOMPARE(invoice->columns.size(), 7);
    const QList<Column> expected = {
        Column{u"id"_s, u"INTEGER"_s, false, std::nullopt, {}, {}, false, false, {}, {}},
        Column{u"number"_s, u"TEXT"_s, true, std::nullopt, {}, {}, false, false, {}, {}},
        Column{u"Customer Name"_s,
               u"TEXT"_s,
               false,
               std::nullopt,
               {},
               {},
               false,
               false,
               u"NOCASE"_s,
               {}},
        Column{u"total"_s, u"NUMERIC(12,2)"_s, false, u"0"_s, {}, {}, false, false, {}, {}},
        Column{
            u"issued_at"_s, u"TEXT"_s, false, u"CURRENT_TIMESTAMP"_s, {}, {}, false, false, {}, {}},
        Column{u"total_cents"_s,
               u"INTEGER"_s,
               false,
               std::nullopt,
               {},
               u"CAST(total * 100 AS INTEGER)"_s,
               true,
               false,
               {},
               {}},
        Column{u"label"_s,
               u"TEXT"_s,
               false,
               std::nullopt,
               {},
               u"number || ' (' || coalesce(\"Customer Name\", '?') || ')'"_s,
               false,
               false,
               {},
               {}},
    };
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Column &got = invoice->columns[i];
        QCOMPARE(got.name, expected[i].name);
        QCOMPARE(got.type, expected[i].type);
        QCOMPARE(got.notNull, expected[i].notNull);
        QCOMPARE(got.defaultExpr, expected[i].defaultExpr);
        QCOMPARE(got.generatedExpr, expected[i].generatedExpr);
        QCOMPARE(got.generatedStored, expected[i].generatedStored);
        QCOMPARE(got.collation, expected[i].collation);
        QCOMPARE(got, expected[i]);
    }

    const Table *inventory = m_schema.table(u"main"_s, u"Inventory"_s);
    QVERIFY(inventory);
    QCOMPARE(inventory->columns.size(), 4);
    QCOMPARE(inventory->columns[1].defaultExpr, std::optional<QString>(u"'main'"_s));
    QCOMPARE(inventory->columns[3].name, u"note"_s);
    QCOMPARE(inventory->columns[3].type, QString());
    QVERIFY(inventory->columns[0].notNull);

    const Table *weird = m_schema.table(u"main"_s, u"Weird Name"_s);
    QVERIFY(weird);
    QStringList names;
    for (const Column &c : weird->columns)
        names << c.name + u':' + c.type;
    QCOMPARE(names, (QStringList{u"MixedCase:INTEGER"_s, u"a\"quote:TEXT"_s, u"val:ANY"_s}));
}

void TestSqliteIntrospect::constraints()
{
    const Table *invoice = m_schema.table(u"main"_s, u"Invoice"_s);
    QVERIFY(invoice);
    QCOMPARE(invoice->constraints.size(), 4);
    const Constraint *pk = invoice->primaryKey();
    QVERIFY(pk);
    QCOMPARE(pk->columns, QStringList{u"id"_s});
    QCOMPARE(pk->name, QString());
    QCOMPARE(pk->definition, u"PRIMARY KEY (\"id\")"_s);
    const Constraint *unique = findConstraint(*invoice, ConstraintKind::Unique, {});
    QVERIFY(unique);
    QCOMPARE(unique->columns, QStringList{u"number"_s});
    QCOMPARE(unique->definition, u"UNIQUE (\"number\")"_s);
    const Constraint *unnamed = findConstraint(*invoice, ConstraintKind::Check, {});
    QVERIFY(unnamed);
    QCOMPARE(unnamed->checkExpr, u"total >= 0"_s);
    QCOMPARE(unnamed->definition, u"CHECK (total >= 0)"_s);
    const Constraint *named =
        findConstraint(*invoice, ConstraintKind::Check, u"invoice_number_format"_s);
    QVERIFY(named);
    QCOMPARE(named->checkExpr, u"length(number) > 2 AND number NOT LIKE '%),%'"_s);

    const Table *inventory = m_schema.table(u"main"_s, u"Inventory"_s);
    QVERIFY(inventory);
    QCOMPARE(inventory->constraints.size(), 2);
    QVERIFY(inventory->primaryKey());
    QCOMPARE(inventory->primaryKey()->columns, (QStringList{u"sku"_s, u"warehouse"_s}));
    QCOMPARE(inventory->primaryKey()->definition, u"PRIMARY KEY (\"sku\", \"warehouse\")"_s);
    QVERIFY(findConstraint(*inventory, ConstraintKind::Check, {}));
    QCOMPARE(findConstraint(*inventory, ConstraintKind::Check, {})->checkExpr, u"qty >= 0"_s);

    const Table *order = m_schema.table(u"main"_s, u"order"_s);
    QVERIFY(order);
    QCOMPARE(order->constraints.size(), 3);
    QCOMPARE(order->primaryKey()->columns, QStringList{u"order id"_s});
    QCOMPARE(order->primaryKey()->definition, u"PRIMARY KEY (\"order id\")"_s);
    // The FK names no parent columns: it refers to the parent's primary key.
    const Constraint *toInvoice =
        findConstraint(*order, ConstraintKind::ForeignKey, u"order_invoice_fk"_s);
    QVERIFY(toInvoice);
    QCOMPARE(toInvoice->columns, QStringList{u"invoice_id"_s});
    QCOMPARE(toInvoice->refSchema, u"main"_s);
    QCOMPARE(toInvoice->refTable, u"Invoice"_s);
    QCOMPARE(toInvoice->refColumns, QStringList{u"id"_s});
    QCOMPARE(toInvoice->onDelete, u"CASCADE"_s);
    QCOMPARE(toInvoice->onUpdate, u"NO ACTION"_s);
    QVERIFY(!toInvoice->deferrable);
    QCOMPARE(toInvoice->definition,
             u"FOREIGN KEY (\"invoice_id\") REFERENCES \"Invoice\" (\"id\") ON DELETE CASCADE"_s);
    // Written in other cases: reported as the tables and columns are declared.
    const Constraint *toInventory = findConstraint(*order, ConstraintKind::ForeignKey, {});
    QVERIFY(toInventory);
    QCOMPARE(toInventory->columns, (QStringList{u"sku"_s, u"warehouse"_s}));
    QCOMPARE(toInventory->refTable, u"Inventory"_s);
    QCOMPARE(toInventory->refColumns, (QStringList{u"sku"_s, u"warehouse"_s}));
    QCOMPARE(toInventory->onDelete, u"SET NULL"_s);
    QCOMPARE(toInventory->onUpdate, u"CASCADE"_s);
    QCOMPARE(toInventory->match, QString());
    QVERIFY(toInventory->deferrable);
    QVERIFY(toInventory->initiallyDeferred);
    QCOMPARE(toInventory->definition,
             u"FOREIGN KEY (\"sku\", \"warehouse\") REFERENCES \"Inventory\" (\"sku\", "
             "\"warehouse\") ON DELETE SET NULL ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED"_s);

    const Table *weird = m_schema.table(u"main"_s, u"Weird Name"_s);
    QVERIFY(weird);
    QCOMPARE(weird->constraints.size(), 1);
    QCOMPARE(weird->constraints[0].kind, ConstraintKind::Unique);
    QCOMPARE(weird->constraints[0].columns, (QStringList{u"MixedCase"_s, u"a\"quote"_s}));
    QCOMPARE(weird->constraints[0].definition, u"UNIQUE (\"MixedCase\", \"a\"\"quote\")"_s);

    const Table *alembic = m_schema.table(u"main"_s, u"alembic_version"_s);
    QVERIFY(alembic);
    QCOMPARE(alembic->primaryKey()->name, u"alembic_version_pkc"_s);
}

void TestSqliteIntrospect::indexesTriggersViews()
{
    const Table *invoice = m_schema.table(u"main"_s, u"Invoice"_s);
    QVERIFY(invoice);
    QCOMPARE(invoice->indexes.size(), 2);
    const Index *expr = findIndex(*invoice, u"invoice_customer_lower"_s);
    QVERIFY(expr);
    QCOMPARE(expr->definition, kInvoiceIndex);
    QCOMPARE(expr->columns, (QStringList{u"lower(\"Customer Name\")"_s, u"issued_at DESC"_s}));
    QVERIFY(!expr->unique);
    QVERIFY(!expr->constraintIndex);
    QCOMPARE(expr->predicate, QString());
    const Index *auto1 = findIndex(*invoice, u"sqlite_autoindex_Invoice_1"_s);
    QVERIFY(auto1);
    QCOMPARE(auto1->columns, QStringList{u"number"_s});
    QVERIFY(auto1->unique);
    QVERIFY(auto1->constraintIndex);
    QVERIFY(!auto1->primary);
    QCOMPARE(auto1->definition, QString());

    const Table *inventory = m_schema.table(u"main"_s, u"Inventory"_s);
    QCOMPARE(inventory->indexes.size(), 1);
    QVERIFY(inventory->indexes[0].primary);
    QVERIFY(inventory->indexes[0].constraintIndex);
    QCOMPARE(inventory->indexes[0].columns, (QStringList{u"sku"_s, u"warehouse"_s}));
    QCOMPARE(inventory->triggers.size(), 1);
    const Trigger &touch = inventory->triggers[0];
    QCOMPARE(touch.name, u"inventory_touch"_s);
    QCOMPARE(touch.timing, u"AFTER"_s);
    QCOMPARE(touch.events, QStringList{u"UPDATE"_s});
    QCOMPARE(touch.definition, kInventoryTrigger);
    QCOMPARE(touch.function, QString());

    const Table *order = m_schema.table(u"main"_s, u"order"_s);
    QCOMPARE(order->indexes.size(), 1);
    const Index &partial = order->indexes[0];
    QCOMPARE(partial.name, u"order_open"_s);
    QVERIFY(partial.unique);
    QVERIFY(!partial.constraintIndex);
    QCOMPARE(partial.columns, QStringList{u"invoice_id"_s});
    QCOMPARE(partial.predicate, u"\"group\" IS NOT NULL"_s);
    QCOMPARE(partial.definition, kOrderIndex);
    QCOMPARE(order->triggers.size(), 1);
    QCOMPARE(order->triggers[0].timing, u"BEFORE"_s); // SQLite's default
    QCOMPARE(order->triggers[0].events, QStringList{u"INSERT"_s});

    QCOMPARE(m_schema.views.size(), 1);
    const View &view = m_schema.views[0];
    QCOMPARE(view.schema, u"main"_s);
    QCOMPARE(view.name, u"open orders"_s);
    QCOMPARE(view.definition, kView);
    QCOMPARE(view.columns, (QStringList{u"id"_s, u"number"_s}));
    QVERIFY(!view.materialized);
}

void TestSqliteIntrospect::virtualTableAndHistory()
{
    const Table *notes = m_schema.table(u"main"_s, u"notes"_s);
    QVERIFY(notes);
    QCOMPARE(notes->kind, TableKind::VirtualTable);
    QCOMPARE(notes->createSql, kNotes);
    QStringList visible, hidden;
    for (const Column &c : notes->columns)
        (c.hidden ? hidden : visible) << c.name;
    QCOMPARE(visible, (QStringList{u"title"_s, u"body"_s}));
    QCOMPARE(hidden, (QStringList{u"notes"_s, u"rank"_s}));
    QVERIFY(notes->constraints.isEmpty());

    QCOMPARE(m_schema.migrationHistory.size(), 1);
    const MigrationHistory &h = m_schema.migrationHistory[0];
    QCOMPARE(h.tool, u"alembic"_s);
    QCOMPARE(h.schema, u"main"_s);
    QCOMPARE(h.table, u"alembic_version"_s);
    QCOMPARE(h.currentVersion, u"ae1027a6acf"_s);
    QCOMPARE(h.entries.size(), 1);
}

void TestSqliteIntrospect::queryCountDoesNotGrowWithTables()
{
    int counts[2] = {0, 0};
    const int sizes[2] = {5, 500};
    for (int k = 0; k < 2; ++k) {
        const QString path = m_dir.filePath(u"gen%1.db"_s.arg(sizes[k]));
        const QString err = test::createSqliteDatabase(path, generatedScript(sizes[k]));
        QVERIFY2(err.isEmpty(), qPrintable(err));
        auto c = openDb(path);
        QVERIFY2(c, why(c).constData());
        c->resetQueryCount();
        auto s = introspect(*c);
        QVERIFY2(s, why(s).constData());
        counts[k] = c->queryCount();
        QCOMPARE(s->tables.size(), sizes[k]);
        QCOMPARE(s->views.size(), (sizes[k] + 9) / 10);
        const Table *last = s->table(u"main"_s, u"t%1"_s.arg(sizes[k] - 1));
        QVERIFY(last);
        QCOMPARE(last->constraints.size(), 4); // PK, FK, UNIQUE, CHECK
        QCOMPARE(last->indexes.size(), 2);
        const Constraint *fk = findConstraint(*last, ConstraintKind::ForeignKey, {});
        QVERIFY(fk);
        QCOMPARE(fk->refTable, u"t%1"_s.arg(sizes[k] - 2));
        QCOMPARE(fk->refColumns, QStringList{u"id"_s});
    }
    QCOMPARE(counts[1], counts[0]);
    QVERIFY(counts[0] <= 8);
}

void TestSqliteIntrospect::readOnlyLeavesFileUntouched()
{
    auto digest = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                   : QByteArray();
    };
    const QByteArray before = digest(m_path);
    const QDateTime mtime = QFileInfo(m_path).lastModified();
    QVERIFY(!before.isEmpty());
    QThread::msleep(20); // so that a write would show in a coarse mtime too
    {
        auto c = openDb(m_path, AccessMode::ReadOnly);
        QVERIFY2(c, why(c).constData());
        auto s = introspect(*c);
        QVERIFY2(s, why(s).constData());
        QCOMPARE(*s, m_schema);
    }
    QCOMPARE(digest(m_path), before);
    QCOMPARE(QFileInfo(m_path).lastModified(), mtime);
    QVERIFY(!QFile::exists(m_path + u"-journal"_s));
    QVERIFY(!QFile::exists(m_path + u"-wal"_s));
}

void TestSqliteIntrospect::emptyDatabase_data()
{
    QTest::addColumn<QString>("script"); // "<zero bytes>": an empty file
    QTest::newRow("zero-byte file") << u"<zero bytes>"_s;
    QTest::newRow("header only") << u"PRAGMA user_version = 7;"_s;
    QTest::newRow("everything dropped")
        << u"CREATE TABLE a(x INTEGER PRIMARY KEY AUTOINCREMENT); INSERT INTO a VALUES (1); "
           "DROP TABLE a;"_s;
}

void TestSqliteIntrospect::emptyDatabase()
{
    QFETCH(QString, script);
    const QString path = m_dir.filePath(u"empty-%1.db"_s.arg(QTest::currentDataTag()[0]));
    if (script == u"<zero bytes>") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else {
        const QString err = test::createSqliteDatabase(path, script);
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }
    auto c = openDb(path);
    QVERIFY2(c, why(c).constData());
    auto s = introspect(*c);
    QVERIFY2(s, why(s).constData());
    Schema expected;
    expected.dialect = Dialect::Sqlite;
    expected.serverVersion = c->serverVersion();
    expected.schemas = {u"main"_s};
    QCOMPARE(*s, expected);
}

void TestSqliteIntrospect::brokenViewAndMissingModule()
{
    // A view over a dropped table and a virtual table whose module this library lacks both
    // fail pragma_table_xinfo; neither may stop the rest of the schema from being read.
    const QString path = m_dir.filePath(u"broken.db"_s);
    const QString err = test::createSqliteDatabase(
        path, u"CREATE TABLE kept (id INTEGER PRIMARY KEY, name TEXT CHECK (name <> ''));"
              "CREATE TABLE gone (x);"
              "CREATE VIEW fine AS SELECT id FROM kept;" // before: the failure comes mid-scan
              "CREATE VIEW stale AS SELECT x FROM gone;"
              "DROP TABLE gone;"
              "CREATE VIRTUAL TABLE docs USING fts5(body);"
              "PRAGMA writable_schema = ON;"
              "INSERT INTO sqlite_schema VALUES ('table', 'alien', 'alien', 0, "
              "'CREATE VIRTUAL TABLE alien USING no_such_module(a, b)');"
              "PRAGMA writable_schema = OFF;"_s);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    auto c = openDb(path);
    QVERIFY2(c, why(c).constData());
    auto s = introspect(*c);
    QVERIFY2(s, why(s).constData());
    QCOMPARE(tableNames(*s), (QStringList{u"alien"_s, u"docs"_s, u"kept"_s}));
    const Table *kept = s->table(u"main"_s, u"kept"_s);
    QCOMPARE(kept->columns.size(), 2);
    QCOMPARE(kept->constraints.size(), 2);
    const Table *alien = s->table(u"main"_s, u"alien"_s);
    QCOMPARE(alien->kind, TableKind::VirtualTable);
    QVERIFY(alien->columns.isEmpty());
    const Table *docs = s->table(u"main"_s, u"docs"_s);
    QCOMPARE(docs->kind, TableKind::VirtualTable);
    QCOMPARE(docs->columns.size(), 3); // body and the hidden docs, rank
    QCOMPARE(s->views.size(), 2);
    QCOMPARE(s->views[0].name, u"fine"_s);
    QCOMPARE(s->views[1].definition, u"CREATE VIEW stale AS SELECT x FROM gone"_s);
    // The views' columns come from one statement: one broken view costs all of them.
    QVERIFY(s->views[0].columns.isEmpty());
    QVERIFY(s->views[1].columns.isEmpty());
}

void TestSqliteIntrospect::cancellation()
{
    auto c = openDb(m_path);
    QVERIFY2(c, why(c).constData());
    QList<int> steps;
    int polls = 0;
    IntrospectOptions options;
    options.progress = [&](int step, int total, const QString &what) {
        QVERIFY(step <= total);
        QVERIFY(!what.isEmpty());
        steps << step;
    };
    options.cancelled = [&] { return ++polls > 3; };
    auto s = introspect(*c, options);
    QVERIFY(!s);
    QCOMPARE(s.error(), cancelledError());
    QCOMPARE(steps, (QList<int>{0, 1, 2}));

    steps.clear();
    options.cancelled = {};
    auto full = introspect(*c, options);
    QVERIFY2(full, why(full).constData());
    QCOMPARE(steps.size(), 9);
    QCOMPARE(steps.last(), 8);
}

QTEST_GUILESS_MAIN(TestSqliteIntrospect)
#include "tst_sqliteintrospect.moc"
