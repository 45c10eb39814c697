// SPDX-License-Identifier: MIT
// The schema tree: a real introspected SQLite database through QAbstractItemModelTester, the
// layout of known items, the name filter, every group from a hand-written PostgreSQL-like
// schema, and a 10,000-table schema.

#include "SchemaFilterModel.h"
#include "SchemaTreeModel.h"
#include "TestSupport.h"
#include "introspect/Introspector.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sm;
using sm::gui::SchemaFilterModel;
using sm::gui::SchemaTreeModel;
using Kind = SchemaTreeModel::Kind;

namespace {

// Awkward names on purpose: a quoted capitalised table, a reserved word, a space, camelCase.
const char *kFixture = R"sql(
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    nickname TEXT DEFAULT 'anonymous'
);
CREATE TABLE "Invoice" (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    total NUMERIC(12, 2) NOT NULL CONSTRAINT total_positive CHECK (total >= 0)
);
CREATE TABLE "order" (
    id INTEGER PRIMARY KEY,
    "invoiceId" INTEGER REFERENCES "Invoice" (id),
    "taskType" TEXT NOT NULL DEFAULT 'bbox',
    "Weird Name" TEXT
);
CREATE INDEX order_invoice_idx ON "order" ("invoiceId");
CREATE TRIGGER order_touch AFTER INSERT ON "order" BEGIN SELECT 1; END;
CREATE VIEW big_invoices AS SELECT id, total FROM "Invoice" WHERE total > 1000;
INSERT INTO users VALUES (1, 'a@example.org', NULL), (2, 'b@example.org', 'bee');
INSERT INTO "Invoice" VALUES (1, 1, 10.5), (2, 2, 2000);
INSERT INTO "order" VALUES (1, 1, 'bbox', NULL), (2, NULL, 'polygon', 'x');
)sql";

// Finds the direct child of `parent` whose NameRole is `name`.
QModelIndex child(const QAbstractItemModel &model, const QModelIndex &parent, const QString &name)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        if (i.data(SchemaTreeModel::NameRole).toString() == name)
            return i;
    }
    return {};
}

QString text(const QModelIndex &i, int column)
{
    return i.siblingAtColumn(column).data().toString();
}

Schema everyKind()
{
    Schema s;
    s.dialect = Dialect::Postgres;
    s.serverVersion = u"15.4"_s;
    Table t;
    t.schema = u"public"_s;
    t.name = u"annotations"_s;
    t.columns = {
        Column{u"id"_s, u"bigint"_s, true, std::nullopt, u"always"_s, {}, false, false, {}, {}},
        Column{u"user_id"_s,
               u"character varying(255)"_s,
               false,
               u"'anonymous'::text"_s,
               {},
               {},
               false,
               false,
               {},
               {}}};
    Constraint pk;
    pk.kind = ConstraintKind::PrimaryKey;
    pk.name = u"annotations_pkey"_s;
    pk.columns = {u"id"_s};
    pk.definition = u"PRIMARY KEY (id)"_s;
    t.constraints = {pk};
    s.tables = {t};
    Table other = t;
    other.schema = u"audit"_s;
    other.name = u"events"_s;
    s.tables.append(other);
    View v;
    v.schema = u"public"_s;
    v.name = u"recent"_s;
    v.definition = u" SELECT id\n   FROM annotations;"_s;
    v.columns = {u"id"_s};
    s.views = {v};
    Sequence seq;
    seq.schema = u"public"_s;
    seq.name = u"annotations_id_seq"_s;
    seq.ownedBy = u"public.annotations.id"_s;
    s.sequences = {seq};
    s.enums = {EnumType{u"public"_s, u"mood"_s, {u"sad"_s, u"it's ok"_s}, {}}};
    s.domains = {Domain{
        u"public"_s, u"posint"_s, u"integer"_s, true, std::nullopt, {u"CHECK (VALUE > 0)"_s}, {}}};
    Function f;
    f.schema = u"public"_s;
    f.name = u"touch"_s;
    f.returns = u"trigger"_s;
    f.language = u"plpgsql"_s;
    f.definition = u"CREATE OR REPLACE FUNCTION public.touch() …"_s;
    s.functions = {f};
    MigrationHistory h;
    h.tool = u"alembic"_s;
    h.schema = u"public"_s;
    h.table = u"alembic_version"_s;
    h.currentVersion = u"a1b2c3"_s;
    h.entries = {MigrationEntry{u"a1b2c3"_s, {}, {}, true}};
    s.migrationHistory = {h};
    return s;
}

} // namespace

class TestSchemaTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelTesterOnRealDatabase();
    void knownItems();
    void filterFindsColumn();
    void everyGroup();
    void emptyGroupsAreHidden();
    void tenThousandTables();

private:
    QTemporaryDir m_dir;
    Schema m_schema;
};

void TestSchemaTreeModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"fixture.db"_s);
    const QString err = sm::test::createSqliteDatabase(path, QString::fromUtf8(kFixture));
    QVERIFY2(err.isEmpty(), qPrintable(err));
    auto spec = ConnectionSpec::parse(u"sqlite:"_s + path);
    QVERIFY(spec.ok());
    auto connection = Connection::open(*spec, AccessMode::ReadOnly);
    QVERIFY2(connection.ok(), qPrintable(connection ? QString() : connection.error().toString()));
    auto schema = introspect(*connection);
    QVERIFY2(schema.ok(), qPrintable(schema ? QString() : schema.error().toString()));
    m_schema = *schema;
    QCOMPARE(m_schema.tables.size(), 3);
}

void TestSchemaTreeModel::modelTesterOnRealDatabase()
{
    SchemaTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchema(m_schema);
    QVERIFY(model.rowCount() > 0);
    SchemaFilterModel proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setFilterFixedString(u"id"_s);
    proxy.setFilterFixedString(u"zzz-nothing"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterFixedString(QString());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestSchemaTreeModel::knownItems()
{
    SchemaTreeModel model;
    model.setSchema(m_schema);

    // Tables and Views only: SQLite has no sequences, enums, domains or functions.
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex tables = model.index(0, 0);
    QCOMPARE(tables, model.groupIndex(Kind::Table));
    QCOMPARE(tables.data(SchemaTreeModel::KindRole).value<Kind>(), Kind::Group);
    QCOMPARE(tables.data().toString(), u"Tables (3)"_s);
    QCOMPARE(model.rowCount(tables), 3);
    QVERIFY(!model.parent(tables).isValid());
    QCOMPARE(model.rowCount(tables.siblingAtColumn(1)), 0);

    const QModelIndex order = child(model, tables, u"order"_s);
    QVERIFY(order.isValid());
    QCOMPARE(order.data(SchemaTreeModel::KindRole).value<Kind>(), Kind::Table);
    QCOMPARE(model.parent(order), tables);
    QVERIFY(order.data(SchemaTreeModel::DefinitionRole).toString().startsWith(u"CREATE TABLE"_s));
    QVERIFY(order.data(SchemaTreeModel::DefinitionRole).toString().contains(u"order_touch"_s));

    // Columns first, in ordinal order, then constraints, indexes, triggers.
    QStringList names;
    QList<Kind> kinds;
    for (int r = 0; r < model.rowCount(order); ++r) {
        const QModelIndex i = model.index(r, 0, order);
        QCOMPARE(model.parent(i), order);
        QCOMPARE(model.parent(i).row(), order.row());
        names.append(i.data(SchemaTreeModel::NameRole).toString());
        kinds.append(i.data(SchemaTreeModel::KindRole).value<Kind>());
    }
    QCOMPARE(names.mid(0, 4),
             (QStringList{u"id"_s, u"invoiceId"_s, u"taskType"_s, u"Weird Name"_s}));
    QVERIFY(kinds.contains(Kind::PrimaryKey));
    QVERIFY(kinds.contains(Kind::ForeignKey));
    QVERIFY(kinds.indexOf(Kind::ForeignKey) > kinds.lastIndexOf(Kind::Column));
    QVERIFY(kinds.indexOf(Kind::Index) > kinds.lastIndexOf(Kind::ForeignKey));
    QCOMPARE(kinds.last(), Kind::Trigger);
    QCOMPARE(names.last(), u"order_touch"_s);

    const QModelIndex taskType = child(model, order, u"taskType"_s);
    QCOMPARE(text(taskType, SchemaTreeModel::TypeColumn), u"TEXT"_s);
    QCOMPARE(text(taskType, SchemaTreeModel::NullableColumn), u"no"_s);
    QCOMPARE(text(taskType, SchemaTreeModel::DefinitionColumn), u"'bbox'"_s);
    QCOMPARE(taskType.data(SchemaTreeModel::QualifiedNameRole).toString(),
             u"main.order.taskType"_s);
    QVERIFY(taskType.data(SchemaTreeModel::DefinitionRole)
                .toString()
                .contains(u"\"taskType\" TEXT NOT NULL DEFAULT 'bbox'"_s));
    QVERIFY(!taskType.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(text(child(model, order, u"Weird Name"_s), SchemaTreeModel::NullableColumn), u"yes"_s);

    const QModelIndex idx = child(model, order, u"order_invoice_idx"_s);
    QCOMPARE(idx.data(SchemaTreeModel::KindRole).value<Kind>(), Kind::Index);
    QVERIFY(idx.data(SchemaTreeModel::DefinitionRole).toString().startsWith(u"CREATE INDEX"_s));

    const QModelIndex invoice = child(model, tables, u"Invoice"_s);
    const QModelIndex check = child(model, invoice, u"total_positive"_s);
    QVERIFY(check.isValid());
    QCOMPARE(check.data(SchemaTreeModel::KindRole).value<Kind>(), Kind::Check);
    QVERIFY(check.data(SchemaTreeModel::DefinitionRole).toString().contains(u"total >= 0"_s));
    bool cascade = false;
    for (int r = 0; r < model.rowCount(invoice); ++r) {
        const QModelIndex i = model.index(r, 0, invoice);
        if (i.data(SchemaTreeModel::KindRole).value<Kind>() == Kind::ForeignKey)
            cascade = i.data(SchemaTreeModel::DefinitionRole).toString().contains(u"CASCADE"_s);
    }
    QVERIFY(cascade);

    const QModelIndex views = model.groupIndex(Kind::View);
    QCOMPARE(views.row(), 1);
    QCOMPARE(model.rowCount(views), 1);
    const QModelIndex view = model.index(0, 0, views);
    QCOMPARE(view.data(SchemaTreeModel::NameRole).toString(), u"big_invoices"_s);
    QVERIFY(view.data(SchemaTreeModel::DefinitionRole).toString().contains(u"total > 1000"_s));

    QCOMPARE(model.headerData(SchemaTreeModel::ObjectColumn, Qt::Horizontal).toString(),
             u"Object"_s);
    QCOMPARE(model.columnCount(), 4);
}

void TestSchemaTreeModel::filterFindsColumn()
{
    SchemaTreeModel model;
    model.setSchema(m_schema);
    SchemaFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterFixedString(u"TASKTYPE"_s); // case-insensitive

    QCOMPARE(proxy.rowCount(), 1); // only the Tables group
    const QModelIndex tables = proxy.index(0, 0);
    QCOMPARE(proxy.rowCount(tables), 1);
    const QModelIndex order = proxy.index(0, 0, tables);
    QCOMPARE(order.data(SchemaTreeModel::NameRole).toString(), u"order"_s);
    QCOMPARE(proxy.rowCount(order), 1);
    const QModelIndex column = proxy.index(0, 0, order);
    QCOMPARE(column.data(SchemaTreeModel::NameRole).toString(), u"taskType"_s);
    QCOMPARE(proxy.parent(column), order);

    // A matching table keeps its children.
    proxy.setFilterFixedString(u"users"_s);
    const QModelIndex users = proxy.index(0, 0, proxy.index(0, 0));
    QCOMPARE(users.data(SchemaTreeModel::NameRole).toString(), u"users"_s);
    QVERIFY(proxy.rowCount(users) >= 3);
}

void TestSchemaTreeModel::everyGroup()
{
    SchemaTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchema(everyKind());
    QStringList groups;
    for (int r = 0; r < model.rowCount(); ++r)
        groups.append(model.index(r, 0).data().toString());
    QCOMPARE(groups,
             (QStringList{u"Tables (2)"_s, u"Views (1)"_s, u"Sequences (1)"_s, u"Enum types (1)"_s,
                          u"Domains (1)"_s, u"Functions (1)"_s, u"Migration history (1)"_s}));
    const QModelIndex tables = model.groupIndex(Kind::Table);
    QCOMPARE(model.index(0, 0, tables).data().toString(), u"annotations"_s);
    QCOMPARE(model.index(1, 0, tables).data().toString(), u"audit.events"_s); // not in public
    const QModelIndex annotations = model.index(0, 0, tables);
    QVERIFY(annotations.data(SchemaTreeModel::DefinitionRole)
                .toString()
                .contains(u"user_id character varying(255) DEFAULT 'anonymous'::text"_s));
    const QModelIndex enumNode = model.index(0, 0, model.groupIndex(Kind::Enum));
    QVERIFY(enumNode.data(SchemaTreeModel::DefinitionRole).toString().contains(u"'it''s ok'"_s));
    const QModelIndex history = model.index(0, 0, model.groupIndex(Kind::History));
    QCOMPARE(model.rowCount(history), 1);
    QCOMPARE(model.index(0, 0, history).data().toString(), u"a1b2c3"_s);
    QCOMPARE(model.parent(model.index(0, 0, history)), history);
    QCOMPARE(history.siblingAtColumn(SchemaTreeModel::DefinitionColumn).data().toString(),
             u"at a1b2c3"_s);
    // A history this role may not read says so, with nothing under it.
    Schema unreadable = everyKind();
    unreadable.migrationHistory.first().readable = false;
    unreadable.migrationHistory.first().currentVersion.clear();
    unreadable.migrationHistory.first().entries.clear();
    model.setSchema(unreadable);
    const QModelIndex closed = model.index(0, 0, model.groupIndex(Kind::History));
    QCOMPARE(model.rowCount(closed), 0);
    QCOMPARE(closed.siblingAtColumn(SchemaTreeModel::DefinitionColumn).data().toString(),
             u"not readable by this role"_s);
    const QModelIndex view = model.index(0, 0, model.groupIndex(Kind::View));
    QVERIFY(view.data(SchemaTreeModel::DefinitionRole)
                .toString()
                .startsWith(u"CREATE VIEW recent AS"_s));
}

void TestSchemaTreeModel::emptyGroupsAreHidden()
{
    SchemaTreeModel model;
    model.setSchema(Schema{});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.groupIndex(Kind::Table).isValid());
}

void TestSchemaTreeModel::tenThousandTables()
{
    Schema s;
    s.tables.reserve(10000);
    for (int i = 0; i < 10000; ++i) {
        Table t;
        t.schema = u"main"_s;
        t.name = u"t%1"_s.arg(i, 5, 10, QLatin1Char('0'));
        for (const char *c : {"id", "name", "owner_id", "created_at", "payload"})
            t.columns.append(Column{QString::fromLatin1(c),
                                    u"TEXT"_s,
                                    false,
                                    std::nullopt,
                                    {},
                                    {},
                                    false,
                                    false,
                                    {},
                                    {}});
        Constraint pk;
        pk.kind = ConstraintKind::PrimaryKey;
        pk.columns = {u"id"_s};
        t.constraints = {pk};
        t.indexes = {Index{t.name + u"_owner_idx"_s,
                           {u"owner_id"_s},
                           {},
                           false,
                           false,
                           false,
                           {},
                           {},
                           u"CREATE INDEX …"_s,
                           true}};
        t.createSql = u"CREATE TABLE "_s + t.name + u" (…)"_s;
        s.tables.append(t);
    }
    QElapsedTimer timer;
    timer.start();
    SchemaTreeModel model;
    model.setSchema(s);
    const qint64 built = timer.restart();
    QCOMPARE(model.rowCount(model.groupIndex(Kind::Table)), 10000);
    SchemaFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterFixedString(u"t09999"_s);
    const qint64 filtered = timer.elapsed();
    const QModelIndex tables = proxy.index(0, 0);
    QCOMPARE(proxy.rowCount(tables), 1);
    QCOMPARE(proxy.index(0, 0, tables).data(SchemaTreeModel::NameRole).toString(), u"t09999"_s);
    qInfo("10,000 tables: model built in %lld ms, filtered in %lld ms", built, filtered);
}

QTEST_MAIN(TestSchemaTreeModel)
#include "tst_schematreemodel.moc"
