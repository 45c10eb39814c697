// SPDX-License-Identifier: MIT
// The difference tree over real SQLite databases: seed 000 translated to SQLite (a column whose
// type, default and foreign key drifted), the seed 001 and 003 fixtures, a proposed rename,
// QAbstractItemModelTester over the model and its filter, the plan's hazards in the Risk
// column, and a 10,000-table comparison.

#include "DiffFilterModel.h"
#include "DiffFixtures.h"
#include "DiffTreeModel.h"
#include "SeedFixtures.h"
#include "TestSupport.h"
#include "Translations.h"
#include "expected/ExpectedSource.h"
#include "introspect/Introspector.h"
#include "plan/Plan.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sm;
using sm::gui::DiffFilterModel;
using sm::gui::DiffTreeModel;
using Kind = DiffTreeModel::Kind;
using Change = DiffTreeModel::Change;
using Mode = DiffFilterModel::Mode;

using namespace sm::test::difffixtures;

namespace {

struct Compared
{
    Schema expected;
    Schema actual;
    SchemaDiff diff;
};

QModelIndex child(const QAbstractItemModel &model, const QModelIndex &parent, const QString &name,
                  const QString &change = {})
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        if (i.data(DiffTreeModel::NameRole).toString() == name &&
            (change.isEmpty() ||
             i.siblingAtColumn(DiffTreeModel::ChangeColumn).data().toString() == change))
            return i;
    }
    return {};
}

// The model's plural forms ("%n difference(s)") come from the catalogue.
QString plural(const char *text, int n)
{
    return DiffTreeModel::tr(text, nullptr, n);
}

QString text(const QModelIndex &i, int column)
{
    return i.siblingAtColumn(column).data().toString();
}

QStringList names(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(parent); ++r)
        out << model.index(r, 0, parent).data(DiffTreeModel::NameRole).toString();
    return out;
}

} // namespace

class TestDiffTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelTesterOnSeed000();
    void seed000Rows();
    void seed000RiskFromPlan();
    void filterModes();
    void searchIsByName();
    void seedFixtures_data();
    void seedFixtures();
    void proposedRenameAndMissingTable();
    void tenThousandTables();

private:
    Compared compare(const QString &name, const QString &live, const QString &expectedFile);
    Compared compareSql(const QString &name, const char *live, const char *expected);

    QTemporaryDir m_dir;
    Compared m_seed000;
};

Compared TestDiffTreeModel::compare(const QString &name, const QString &live,
                                    const QString &expectedFile)
{
    Compared out;
    const QString path = m_dir.filePath(name + u".db"_s);
    const QString err = sm::test::createSqliteDatabase(path, live);
    if (!err.isEmpty()) {
        QTest::qFail(qPrintable(err), __FILE__, __LINE__);
        return out;
    }
    auto connection =
        Connection::open(*ConnectionSpec::parse(u"sqlite:"_s + path), AccessMode::ReadOnly);
    if (!connection) {
        QTest::qFail(qPrintable(connection.error().toString()), __FILE__, __LINE__);
        return out;
    }
    auto actual = introspect(*connection);
    ExpectedOptions o;
    o.dialect = Dialect::Sqlite;
    auto expected = loadExpected(expectedFile, o);
    if (!actual || !expected) {
        QTest::qFail("cannot read one side", __FILE__, __LINE__);
        return out;
    }
    out.actual = *actual;
    out.expected = expected->schema;
    out.diff = diff(out.expected, out.actual);
    return out;
}

Compared TestDiffTreeModel::compareSql(const QString &name, const char *live, const char *expected)
{
    const QString file = m_dir.filePath(name + u"-expected.sql"_s);
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(expected);
    f.close();
    return compare(name, QString::fromUtf8(live), file);
}

void TestDiffTreeModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(sm::gui::installTranslations(u"en"_s));
    m_seed000 = compareSql(u"seed000"_s, kSeed000Live, kSeed000Expected);
    QCOMPARE(sm::test::diffLines(m_seed000.diff),
             sm::test::sorted({u"column_type main.annotations.user_id"_s,
                               u"column_default main.annotations.user_id"_s,
                               u"extra_constraint main.annotations.foreign key (user_id)"_s}));
}

void TestDiffTreeModel::modelTesterOnSeed000()
{
    DiffTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DiffFilterModel proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.setTree(DiffTreeModel::buildTree(m_seed000.expected, m_seed000.actual, m_seed000.diff));
    QVERIFY(model.rowCount() > 0);
    auto plan = makePlan(m_seed000.diff, m_seed000.expected, m_seed000.actual, {});
    QVERIFY(plan.ok());
    model.setPlan(*plan); // dataChanged over the Risk column, checked by the tester
    for (Mode m : {Mode::Everything, Mode::Missing, Mode::Extra, Mode::Changed, Mode::Renamed,
                   Mode::Risky, Mode::Differences})
        proxy.setMode(m);
    proxy.setSearchText(u"user"_s);
    proxy.setSearchText(u"zzz-nothing"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText({});
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestDiffTreeModel::seed000Rows()
{
    DiffTreeModel model;
    model.setTree(DiffTreeModel::buildTree(m_seed000.expected, m_seed000.actual, m_seed000.diff));

    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.headerData(DiffTreeModel::ExpectedColumn, Qt::Horizontal).toString(),
             u"Expected"_s);
    QCOMPARE(model.headerData(DiffTreeModel::RiskColumn, Qt::Horizontal).toString(), u"Risk"_s);

    const QModelIndex tables = model.groupIndex(Kind::Table);
    QVERIFY(tables.isValid());
    QCOMPARE(text(tables, DiffTreeModel::ObjectColumn), u"Tables (3)"_s);
    QCOMPARE(text(tables, DiffTreeModel::ChangeColumn), plural("%n difference(s)", 3));
    QCOMPARE(names(model, tables), QStringList({u"annotations"_s, u"datasets"_s, u"users"_s}));

    const QModelIndex annotations = child(model, tables, u"annotations"_s);
    QCOMPARE(annotations.data(DiffTreeModel::ChangeRole).value<Change>(), Change::Contains);
    QCOMPARE(text(annotations, DiffTreeModel::ChangeColumn), plural("%n difference(s)", 3));
    QCOMPARE(text(annotations, DiffTreeModel::ExpectedColumn), plural("%n column(s)", 6));

    // The type drift, readable at a glance: Expected TEXT, Actual INTEGER, "type changed".
    const QModelIndex type = child(model, annotations, u"user_id"_s, u"type changed"_s);
    QVERIFY(type.isValid());
    QCOMPARE(text(type, DiffTreeModel::ExpectedColumn), u"TEXT"_s);
    QCOMPARE(text(type, DiffTreeModel::ActualColumn), u"INTEGER"_s);
    QCOMPARE(type.data(DiffTreeModel::ChangeRole).value<Change>(), Change::Changed);
    QCOMPARE(type.data(DiffTreeModel::DiffKindRole).toString(), u"column_type"_s);
    QCOMPARE(type.data(DiffTreeModel::ObjectRole).toString(), u"main.annotations.user_id"_s);
    // The change is an icon and a word, never colour alone.
    QVERIFY(!type.siblingAtColumn(DiffTreeModel::ChangeColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());

    const QModelIndex def = child(model, annotations, u"user_id"_s, u"default changed"_s);
    QVERIFY(def.isValid());
    QCOMPARE(text(def, DiffTreeModel::ExpectedColumn), u"'anonymous'"_s);
    QCOMPARE(text(def, DiffTreeModel::ActualColumn), u"—"_s);

    const QModelIndex fk = child(model, annotations, u"foreign key (user_id)"_s);
    QVERIFY(fk.isValid());
    QCOMPARE(text(fk, DiffTreeModel::ChangeColumn), u"extra"_s);
    QCOMPARE(fk.data(DiffTreeModel::ChangeRole).value<Change>(), Change::Extra);
    QCOMPARE(text(fk, DiffTreeModel::ExpectedColumn), u"—"_s);
    QVERIFY2(text(fk, DiffTreeModel::ActualColumn).contains(u"users"_s),
             qPrintable(text(fk, DiffTreeModel::ActualColumn)));

    // An unchanged column reads the same on both sides, with no change.
    const QModelIndex label = child(model, annotations, u"label"_s);
    QCOMPARE(text(label, DiffTreeModel::ExpectedColumn), u"VARCHAR(200)"_s);
    QCOMPARE(text(label, DiffTreeModel::ActualColumn), u"VARCHAR(200)"_s);
    QCOMPARE(text(label, DiffTreeModel::ChangeColumn), QString());
    QCOMPARE(label.data(DiffTreeModel::DiffIndexRole).toInt(), -1);

    const QModelIndex datasets = child(model, tables, u"datasets"_s);
    QCOMPARE(datasets.data(DiffTreeModel::ChangeRole).value<Change>(), Change::None);

    // What the detail pane needs to find both sides.
    const DiffTreeModel::ObjectRef ref = model.objectRef(type);
    QCOMPARE(ref.kind, Kind::Column);
    QCOMPARE(ref.expectedTable, u"main.annotations"_s);
    QCOMPARE(ref.actualTable, u"main.annotations"_s);
    QCOMPARE(ref.expectedName, u"user_id"_s);
    QCOMPARE(ref.actualName, u"user_id"_s);
    QCOMPARE(model.findObject(u"main.annotations.user_id"_s).data(DiffTreeModel::NameRole),
             QVariant(u"user_id"_s));
}

void TestDiffTreeModel::seed000RiskFromPlan()
{
    DiffTreeModel model;
    model.setTree(DiffTreeModel::buildTree(m_seed000.expected, m_seed000.actual, m_seed000.diff));
    const QModelIndex annotations = child(model, model.groupIndex(Kind::Table), u"annotations"_s);
    const QModelIndex type = child(model, annotations, u"user_id"_s, u"type changed"_s);
    QCOMPARE(text(type, DiffTreeModel::RiskColumn), QString()); // no plan yet

    auto plan = makePlan(m_seed000.diff, m_seed000.expected, m_seed000.actual, {});
    QVERIFY(plan.ok());
    QList<Hazard> expected;
    for (const Step &s : plan->steps)
        if (s.objects.contains(u"main.annotations.user_id"_s))
            for (Hazard h : s.hazards)
                if (!expected.contains(h))
                    expected << h;
    QVERIFY(!expected.isEmpty());
    DiffTreeModel::sortBySeverity(expected);

    model.setPlan(*plan);
    const QStringList hazards = type.data(DiffTreeModel::HazardsRole).toStringList();
    QCOMPARE(hazards.size(), expected.size());
    QCOMPARE(hazards.first(), hazardName(expected.first()));
    // The most severe hazard in words, with an icon, and how many more there are.
    QString risk = DiffTreeModel::hazardText(expected.first());
    if (expected.size() > 1)
        risk += u" +"_s + QString::number(expected.size() - 1);
    QCOMPARE(text(type, DiffTreeModel::RiskColumn), risk);
    QVERIFY(!type.siblingAtColumn(DiffTreeModel::RiskColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
    // The table carries its members' risks; an unchanged table carries none.
    QVERIFY(annotations.data(DiffTreeModel::HazardsRole).toStringList().contains(hazards.first()));
    const QModelIndex users = child(model, model.groupIndex(Kind::Table), u"users"_s);
    QVERIFY(users.data(DiffTreeModel::HazardsRole).toStringList().isEmpty());

    // Dropping the extra foreign key is opt-in; choosing it makes that row lose data.
    const QModelIndex fk = child(model, annotations, u"foreign key (user_id)"_s);
    const QStringList before = fk.data(DiffTreeModel::HazardsRole).toStringList();
    Resolutions r;
    r.drop.insert(u"main.annotations.foreign key (user_id)"_s);
    auto dropping = makePlan(m_seed000.diff, m_seed000.expected, m_seed000.actual, r);
    QVERIFY(dropping.ok());
    model.setPlan(*dropping);
    const QStringList after = fk.data(DiffTreeModel::HazardsRole).toStringList();
    QVERIFY2(before != after, qPrintable(after.join(u',')));
}

void TestDiffTreeModel::filterModes()
{
    DiffTreeModel model;
    model.setTree(DiffTreeModel::buildTree(m_seed000.expected, m_seed000.actual, m_seed000.diff));
    DiffFilterModel proxy;
    proxy.setSourceModel(&model);

    // Differences only (the default): the one table with differences, and only its 3 rows.
    QCOMPARE(proxy.mode(), Mode::Differences);
    QCOMPARE(proxy.rowCount(), 1);
    const QModelIndex tables = proxy.index(0, 0);
    QCOMPARE(names(proxy, tables), QStringList({u"annotations"_s}));
    QCOMPARE(names(proxy, proxy.index(0, 0, tables)),
             QStringList({u"user_id"_s, u"user_id"_s, u"foreign key (user_id)"_s}));

    proxy.setMode(Mode::Everything);
    QCOMPARE(names(proxy, proxy.index(0, 0)),
             QStringList({u"annotations"_s, u"datasets"_s, u"users"_s}));
    const QModelIndex annotations = proxy.index(0, 0, proxy.index(0, 0));
    QVERIFY(proxy.rowCount(annotations) > 6);

    proxy.setMode(Mode::Extra);
    QCOMPARE(names(proxy, proxy.index(0, 0, proxy.index(0, 0))),
             QStringList({u"foreign key (user_id)"_s}));
    proxy.setMode(Mode::Changed);
    QCOMPARE(names(proxy, proxy.index(0, 0, proxy.index(0, 0))),
             QStringList({u"user_id"_s, u"user_id"_s}));
    proxy.setMode(Mode::Missing);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setMode(Mode::Renamed);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestDiffTreeModel::searchIsByName()
{
    DiffTreeModel model;
    model.setTree(DiffTreeModel::buildTree(m_seed000.expected, m_seed000.actual, m_seed000.diff));
    DiffFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setMode(Mode::Everything);

    proxy.setSearchText(u"  CONFIDENCE "_s); // trimmed, case-insensitive
    QCOMPARE(names(proxy, proxy.index(0, 0)), QStringList({u"annotations"_s}));
    QCOMPARE(names(proxy, proxy.index(0, 0, proxy.index(0, 0))), QStringList({u"confidence"_s}));

    // A table's name finds its members too.
    proxy.setSearchText(u"datasets"_s);
    const QModelIndex datasets = proxy.index(0, 0, proxy.index(0, 0));
    QCOMPARE(datasets.data(DiffTreeModel::NameRole).toString(), u"datasets"_s);
    const QStringList members = names(proxy, datasets);
    QCOMPARE(members.mid(0, 2), QStringList({u"id"_s, u"name"_s}));
    for (int r = 0; r < proxy.rowCount(datasets); ++r)
        QCOMPARE(proxy.index(r, 0, datasets).data(DiffTreeModel::TableNameRole).toString(),
                 u"datasets"_s);

    // Search and mode together.
    proxy.setMode(Mode::Differences);
    proxy.setSearchText(u"datasets"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(u"foreign"_s);
    QCOMPARE(names(proxy, proxy.index(0, 0, proxy.index(0, 0))),
             QStringList({u"foreign key (user_id)"_s}));
}

void TestDiffTreeModel::seedFixtures_data()
{
    QTest::addColumn<QString>("seed");
    QTest::newRow("001") << u"001_sqlite_add_constraint"_s;
    QTest::newRow("003") << u"003_sqlite_factory_reboot"_s;
}

void TestDiffTreeModel::seedFixtures()
{
    QFETCH(QString, seed);
    const Compared c = compare(seed, sm::test::readFixture(u"seeds/"_s + seed + u"/live.sql"_s),
                               sm::test::seedDir(seed) + u"/expected.sql"_s);
    QVERIFY(!c.diff.isEmpty());
    DiffTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTree(DiffTreeModel::buildTree(c.expected, c.actual, c.diff));

    // Every difference has exactly one row.
    int rows = 0;
    std::function<void(const QModelIndex &)> count = [&](const QModelIndex &parent) {
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex i = model.index(r, 0, parent);
            if (i.data(DiffTreeModel::DiffIndexRole).toInt() >= 0)
                ++rows;
            count(i);
        }
    };
    count({});
    QCOMPARE(rows, c.diff.differences.size());

    const QModelIndex tables = model.groupIndex(Kind::Table);
    const QModelIndex users = child(model, tables, u"users"_s);
    const QModelIndex check = child(model, users, u"chk_username_length"_s);
    QVERIFY(check.isValid());
    QCOMPARE(text(check, DiffTreeModel::ChangeColumn), u"missing"_s);
    QCOMPARE(check.data(DiffTreeModel::KindRole).value<Kind>(), Kind::Constraint);
    QVERIFY2(text(check, DiffTreeModel::ExpectedColumn).contains(u"length(username) >= 3"_s),
             qPrintable(text(check, DiffTreeModel::ExpectedColumn)));
    QCOMPARE(text(check, DiffTreeModel::ActualColumn), u"—"_s);
    // The unique constraints match and show as unchanged.
    const QModelIndex unique = child(model, users, u"uq_users_email"_s);
    QVERIFY(unique.isValid());
    QCOMPARE(text(unique, DiffTreeModel::ChangeColumn), QString());

    // The migration history: version 001 expected, nothing recorded.
    const QModelIndex history = model.groupIndex(Kind::History);
    QVERIFY(history.isValid());
    const QModelIndex alembic = child(model, history, u"alembic_version"_s);
    QVERIFY(alembic.isValid());
    QCOMPARE(text(alembic, DiffTreeModel::ChangeColumn), u"version differs"_s);
    QCOMPARE(text(alembic, DiffTreeModel::ExpectedColumn), u"001"_s);
    QCOMPARE(text(alembic, DiffTreeModel::ActualColumn), u"—"_s);
    // … and in words: no version recorded, what the expected schema is at, what that means.
    const QString note = DiffTreeModel::migrationNote(c.diff);
    QVERIFY2(note.startsWith(u"main.alembic_version records no version; the expected schema is "
                             "at 001. The recorded version cannot be trusted"_s),
             qPrintable(note));
    // A history the connection's role may not read (PostgreSQL privileges; the model is the
    // same): its version is unknown, and the console says so instead of "differs".
    Schema unreadable = c.actual;
    QVERIFY(!unreadable.migrationHistory.isEmpty());
    unreadable.migrationHistory.first().readable = false;
    const SchemaDiff unknown = diff(c.expected, unreadable);
    DiffTreeModel unknownModel;
    unknownModel.setTree(DiffTreeModel::buildTree(c.expected, unreadable, unknown));
    const QModelIndex unknownHistory =
        child(unknownModel, unknownModel.groupIndex(Kind::History), u"alembic_version"_s);
    QCOMPARE(text(unknownHistory, DiffTreeModel::ChangeColumn), u"version unknown"_s);
    QVERIFY2(DiffTreeModel::migrationNote(unknown).startsWith(
                 u"This role may not read main.alembic_version, so the version it records is "
                 "unknown; the expected schema is at 001."_s),
             qPrintable(DiffTreeModel::migrationNote(unknown)));

    // Nothing to say when the history agrees.
    SchemaDiff agreed = c.diff;
    agreed.differences.removeIf(
        [](const Difference &d) { return d.kind == DiffKind::MigrationVersion; });
    QCOMPARE(DiffTreeModel::migrationNote(agreed), QString());
}

void TestDiffTreeModel::proposedRenameAndMissingTable()
{
    const Compared c = compareSql(u"rename"_s, kRenameLive, kRenameExpected);
    QCOMPARE(
        sm::test::diffLines(c.diff),
        sm::test::sorted({u"renamed_column main.tasks.task_type"_s,
                          u"extra_column main.tasks.legacy"_s, u"missing_table main.briefings"_s}));
    DiffTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTree(DiffTreeModel::buildTree(c.expected, c.actual, c.diff));
    const QModelIndex tables = model.groupIndex(Kind::Table);
    const QModelIndex tasks = child(model, tables, u"tasks"_s);
    const QModelIndex rename = child(model, tasks, u"task_type"_s);
    QCOMPARE(text(rename, DiffTreeModel::ChangeColumn), u"rename?"_s);
    QCOMPARE(rename.data(DiffTreeModel::ChangeRole).value<Change>(), Change::Renamed);
    QCOMPARE(text(rename, DiffTreeModel::ExpectedColumn), u"task_type"_s);
    QCOMPARE(text(rename, DiffTreeModel::ActualColumn), u"taskType"_s);
    QCOMPARE(model.objectRef(rename).actualName, u"taskType"_s);
    const QModelIndex legacy = child(model, tasks, u"legacy"_s);
    QCOMPARE(text(legacy, DiffTreeModel::ChangeColumn), u"extra"_s);
    // Extra members come after the expected ones.
    QCOMPARE(legacy.row(), model.rowCount(tasks) - 1);

    const QModelIndex briefings = child(model, tables, u"briefings"_s);
    QCOMPARE(text(briefings, DiffTreeModel::ChangeColumn), u"missing"_s);
    QCOMPARE(text(briefings, DiffTreeModel::ExpectedColumn), plural("%n column(s)", 2));
    QCOMPARE(text(briefings, DiffTreeModel::ActualColumn), u"—"_s);
    // Its columns are there for "everything", but are not differences of their own.
    QCOMPARE(names(model, briefings).mid(0, 2), QStringList({u"id"_s, u"body"_s}));
    DiffFilterModel proxy;
    proxy.setSourceModel(&model);
    const QModelIndex shown = proxy.mapFromSource(briefings);
    QVERIFY(shown.isValid());
    QCOMPARE(proxy.rowCount(shown), 0);
    proxy.setMode(Mode::Renamed);
    QCOMPARE(names(proxy, proxy.index(0, 0, proxy.index(0, 0))), QStringList({u"task_type"_s}));
}

void TestDiffTreeModel::tenThousandTables()
{
    Schema expected;
    expected.dialect = Dialect::Sqlite;
    expected.schemas = {u"main"_s};
    expected.tables.reserve(10000);
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
        expected.tables.append(t);
    }
    Schema actual = expected;
    actual.tables[4242].columns[2].type = u"INTEGER"_s;
    actual.tables.removeAt(9999);
    const SchemaDiff d = diff(expected, actual);
    QCOMPARE(d.differences.size(), 2);

    QElapsedTimer timer;
    timer.start();
    auto tree = DiffTreeModel::buildTree(expected, actual, d);
    const qint64 built = timer.restart();
    DiffTreeModel model;
    model.setTree(tree);
    DiffFilterModel proxy;
    proxy.setSourceModel(&model);
    const qint64 filtered = timer.restart();
    QCOMPARE(model.rowCount(model.groupIndex(Kind::Table)), 10000);
    QCOMPARE(names(proxy, proxy.index(0, 0)), QStringList({u"t04242"_s, u"t09999"_s}));
    proxy.setMode(Mode::Everything);
    proxy.setSearchText(u"t07777"_s);
    QCOMPARE(names(proxy, proxy.index(0, 0)), QStringList({u"t07777"_s}));
    const qint64 searched = timer.elapsed();
    // Generous bounds for a loaded CI machine; the tree is built off the GUI thread anyway.
    QVERIFY2(built < 10000, qPrintable(QString::number(built)));
    QVERIFY2(filtered + searched < 10000, qPrintable(QString::number(filtered + searched)));
    qInfo("10,000 tables: tree built in %lld ms, filtered in %lld ms, searched in %lld ms", built,
          filtered, searched);
}

QTEST_MAIN(TestDiffTreeModel)
#include "tst_difftreemodel.moc"
