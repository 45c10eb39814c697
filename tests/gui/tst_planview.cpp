// SPDX-License-Identifier: MIT
// The differences page end to end on real SQLite files: compare in the background, the tree,
// the detail pane with both sides and the live pre-flight figures, resolutions that re-plan
// (USING expression, dropping an extra object, rejecting a rename), and the plan view's
// script, highlighting, copy and export.

#include "ComparisonView.h"
#include "DiffDetailPane.h"
#include "DiffFilterModel.h"
#include "DiffFixtures.h"
#include "DiffTreeModel.h"
#include "PlanView.h"
#include "SeedFixtures.h"
#include "SqlHighlighter.h"
#include "TestSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace sm;
using namespace sm::test::difffixtures;
using sm::gui::ComparisonView;
using sm::gui::DiffTreeModel;

class TestPlanView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seed003ShowsDifferencesAndPreflight();
    void usingExpressionReplans();
    void droppingAnExtraObjectReplans();
    void rejectingARenameReplans();
    void missingExpectedFileFails();
    void exportCopyAndHighlighting();

private:
    // A SQLite file from a script and, if given, an expected .sql file beside it.
    QString database(const QString &name, const QString &live);
    QString expectedFile(const QString &name, const char *sql);
    // Starts a comparison and waits until it is on screen.
    bool compareAndWait(ComparisonView &view, const QString &db, const QString &expected);
    // Selects the row of `object` whose Change column says `change` and shows it.
    bool select(ComparisonView &view, const QString &object, const QString &change = {});

    QTemporaryDir m_dir;
};

void TestPlanView::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestPlanView::database(const QString &name, const QString &live)
{
    const QString path = m_dir.filePath(name + u".db"_s);
    QFile::remove(path);
    const QString err = sm::test::createSqliteDatabase(path, live);
    return err.isEmpty() ? path : QString();
}

QString TestPlanView::expectedFile(const QString &name, const char *sql)
{
    const QString path = m_dir.filePath(name + u"-expected.sql"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(sql);
    return path;
}

bool TestPlanView::compareAndWait(ComparisonView &view, const QString &db, const QString &expected)
{
    QSignalSpy shown(&view, &ComparisonView::comparisonShown);
    QSignalSpy failed(view.loader(), &sm::gui::CompareLoader::failed);
    view.compare(*ConnectionSpec::parse(u"sqlite:"_s + db), expected);
    if (!QTest::qWaitFor([&] { return shown.count() > 0 || failed.count() > 0; }, 60000))
        return false;
    if (failed.count() > 0) {
        qWarning() << failed.first().first().value<sm::Error>().toString();
        return false;
    }
    return true;
}

bool TestPlanView::select(ComparisonView &view, const QString &object, const QString &change)
{
    view.filterMode()->setCurrentIndex(0); // differences only
    auto *proxy = view.filterModel();
    std::function<QModelIndex(const QModelIndex &)> find = [&](const QModelIndex &parent) {
        for (int r = 0; r < proxy->rowCount(parent); ++r) {
            const QModelIndex i = proxy->index(r, 0, parent);
            if (i.data(DiffTreeModel::ObjectRole).toString() == object &&
                (change.isEmpty() ||
                 i.siblingAtColumn(DiffTreeModel::ChangeColumn).data().toString() == change))
                return i;
            if (const QModelIndex c = find(i); c.isValid())
                return c;
        }
        return QModelIndex();
    };
    const QModelIndex i = find({});
    if (!i.isValid())
        return false;
    view.tree()->setCurrentIndex(i);
    return view.detailPane()->object().object == object;
}

void TestPlanView::seed003ShowsDifferencesAndPreflight()
{
    const QString seed = u"003_sqlite_factory_reboot"_s;
    const QString db =
        database(u"seed003"_s, sm::test::readFixture(u"seeds/"_s + seed + u"/live.sql"_s));
    QVERIFY(!db.isEmpty());
    ComparisonView view;
    view.resize(1280, 700);
    view.show();
    QVERIFY(compareAndWait(view, db, sm::test::seedDir(seed) + u"/expected.sql"_s));

    const SchemaDiff &d = view.comparison()->diff;
    QCOMPARE(d.differences.size(), 5);
    QCOMPARE(view.counts().differences, 5);
    QCOMPARE(view.counts().decisions, 0);
    // Each missing CHECK is added by a rebuild whose pre-flight looks for violating rows.
    QCOMPARE(view.counts().risky, 4);
    QVERIFY2(view.summaryText().startsWith(u"5 "_s), qPrintable(view.summaryText()));
    // A row is selected from the start: the detail pane is never empty after a comparison.
    QVERIFY(view.tree()->currentIndex().isValid());
    QVERIFY(!view.detailPane()->object().object.isEmpty());

    // The plan is there, with its steps and the complete script.
    auto *plan = view.planView();
    QVERIFY(plan->hasPlan());
    QCOMPARE(plan->stepList()->topLevelItemCount() >= plan->plan().steps.size(), true);
    QVERIFY(plan->plan().steps.size() > 0);
    QVERIFY(plan->script().contains(u"BEGIN IMMEDIATE"_s));
    QVERIFY(plan->script().contains(u"chk_username_length"_s));
    QCOMPARE(plan->scriptView()->toPlainText(), plan->script());

    // The missing CHECK: both sides, and the live rows that break it, with sample values.
    QVERIFY(select(view, u"main.users.chk_username_length"_s));
    auto *pane = view.detailPane();
    QVERIFY2(pane->comparisonText().contains(u"length(username) >= 3"_s),
             qPrintable(pane->comparisonText()));
    const QString preflight = pane->preflightText();
    QVERIFY2(preflight.contains(u"✗"_s), qPrintable(preflight));
    QVERIFY2(preflight.contains(u": 2"_s), qPrintable(preflight)); // two usernames too short
    QVERIFY2(preflight.contains(u"for example"_s), qPrintable(preflight));
    // A missing constraint has nothing to decide.
    QVERIFY(!pane->usingEdit()->isVisibleTo(pane));
    QVERIFY(!pane->dropCheck()->isVisibleTo(pane));
}

void TestPlanView::usingExpressionReplans()
{
    const QString db = database(u"seed000-using"_s, QString::fromUtf8(kSeed000Live));
    const QString expected = expectedFile(u"seed000"_s, kSeed000Expected);
    ComparisonView view;
    view.show();
    QVERIFY(compareAndWait(view, db, expected));

    QVERIFY(select(view, u"main.annotations.user_id"_s, u"type changed"_s));
    auto *pane = view.detailPane();
    // Side by side with the differing part marked in words, not colour alone.
    const QString sides = pane->comparisonText();
    QVERIFY2(sides.contains(u"TEXT"_s) && sides.contains(u"INTEGER ◀"_s), qPrintable(sides));
    QVERIFY(sides.contains(u"'anonymous'"_s));
    QVERIFY(pane->usingEdit()->isVisibleTo(pane));

    const QString before = view.planView()->script();
    QVERIFY(!before.contains(u"printf('u%d', \"user_id\")"_s));
    QSignalSpy updated(&view, &ComparisonView::planUpdated);
    pane->usingEdit()->setText(u"printf('u%d', \"user_id\")"_s);
    pane->usingApply()->click();
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 30000);
    QCOMPARE(view.resolutions().usingExpr.value(u"main.annotations.user_id"_s),
             u"printf('u%d', \"user_id\")"_s);
    const QString after = view.planView()->script();
    QVERIFY2(after.contains(u"printf('u%d', \"user_id\")"_s), qPrintable(after));
    // The pane kept the object and shows the resolution it was planned with.
    QCOMPARE(pane->object().object, u"main.annotations.user_id"_s);
    QCOMPARE(pane->usingEdit()->text(), u"printf('u%d', \"user_id\")"_s);

    // Clearing it goes back to the database's own conversion.
    pane->usingEdit()->clear();
    pane->usingApply()->click();
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 2, 30000);
    QCOMPARE(view.planView()->script(), before);
}

void TestPlanView::droppingAnExtraObjectReplans()
{
    const QString db = database(u"seed000-drop"_s, QString::fromUtf8(kSeed000Live));
    const QString expected = expectedFile(u"seed000"_s, kSeed000Expected);
    ComparisonView view;
    view.show();
    QVERIFY(compareAndWait(view, db, expected));
    const QString object = u"main.annotations.foreign key (user_id)"_s;
    QVERIFY(select(view, object));
    auto *pane = view.detailPane();
    QVERIFY(pane->dropCheck()->isVisibleTo(pane));
    QVERIFY(!pane->dropCheck()->isChecked()); // extra objects are kept by default
    QVERIFY2(view.planView()->plan().kept.join(u'\n').contains(u"foreign key"_s),
             qPrintable(view.planView()->plan().kept.join(u'\n')));
    const QString before = view.planView()->script();

    QSignalSpy updated(&view, &ComparisonView::planUpdated);
    pane->dropCheck()->click();
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 30000);
    QVERIFY(view.resolutions().drop.contains(object));
    QVERIFY(pane->dropCheck()->isChecked());
    QVERIFY(view.planView()->script() != before);
    QVERIFY(!view.planView()->plan().kept.join(u'\n').contains(u"foreign key"_s));
    // The live table no longer keeps REFERENCES users in the rebuilt definition.
    const QString script = view.planView()->script();
    const qsizetype create = script.indexOf(u"CREATE TABLE"_s);
    QVERIFY(create >= 0);
    QVERIFY2(!script.mid(create, script.indexOf(u';', create) - create)
                     .contains(u"REFERENCES \"users\""_s, Qt::CaseInsensitive) ||
                 !script.mid(create).contains(u"users(id)"_s),
             qPrintable(script));
}

void TestPlanView::rejectingARenameReplans()
{
    const QString db = database(u"rename"_s, QString::fromUtf8(kRenameLive));
    const QString expected = expectedFile(u"rename"_s, kRenameExpected);
    ComparisonView view;
    view.show();
    QVERIFY(compareAndWait(view, db, expected));
    // A guessed rename is a decision to make.
    QCOMPARE(view.counts().decisions, 1);

    const QString object = u"main.tasks.task_type"_s;
    QVERIFY(select(view, object, u"rename?"_s));
    auto *pane = view.detailPane();
    QVERIFY(pane->acceptRename()->isVisibleTo(pane));
    QVERIFY(!pane->acceptRename()->isChecked());
    QVERIFY(!pane->rejectRename()->isChecked());
    const QString before = view.planView()->script();
    QVERIFY2(before.contains(u"RENAME COLUMN \"taskType\" TO \"task_type\""_s), qPrintable(before));

    // Accepting what is planned anyway settles the decision without a new plan.
    pane->acceptRename()->click();
    QCOMPARE(view.counts().decisions, 0);

    QSignalSpy updated(&view, &ComparisonView::planUpdated);
    pane->rejectRename()->click();
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 30000);
    QVERIFY(view.resolutions().rejectRenames.contains(object));
    QVERIFY(pane->rejectRename()->isChecked());
    const QString after = view.planView()->script();
    QVERIFY(after != before);
    // Rejected: nothing to decide about the rename any more, and it is no longer planned.
    QCOMPARE(view.counts().decisions, static_cast<int>(view.planView()->plan().unresolved.size()));
    QVERIFY2(!after.contains(u"RENAME COLUMN"_s, Qt::CaseInsensitive), qPrintable(after));
    QVERIFY2(after.contains(u"ADD COLUMN task_type"_s), qPrintable(after));
    QVERIFY(view.planView()->plan().kept.join(u'\n').contains(u"taskType"_s));
}

void TestPlanView::missingExpectedFileFails()
{
    const QString db = database(u"missing"_s, QString::fromUtf8(kRenameLive));
    ComparisonView view;
    QSignalSpy failed(view.loader(), &sm::gui::CompareLoader::failed);
    QSignalSpy shown(&view, &ComparisonView::comparisonShown);
    view.compare(*ConnectionSpec::parse(u"sqlite:"_s + db), m_dir.filePath(u"nope.sql"_s));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
    QCOMPARE(shown.count(), 0);
    const auto error = failed.first().first().value<sm::Error>();
    QVERIFY2(error.message.contains(u"nope.sql"_s), qPrintable(error.toString()));
    QVERIFY(!view.hasComparison());
}

void TestPlanView::exportCopyAndHighlighting()
{
    MigrationPlan plan;
    plan.dialect = Dialect::Sqlite;
    Step s;
    s.id = 1;
    s.title = u"Add the CHECK chk_username_length to users"_s;
    s.sql = {u"CREATE TABLE \"users_new\" (id INTEGER, name TEXT CHECK (length(name) >= 3))"_s};
    s.hazards = {Hazard::TableRewrite, Hazard::CheckViolation};
    PreflightCheck c;
    c.check = u"check_violation"_s;
    c.description = u"rows of users that break chk_username_length"_s;
    c.hazard = Hazard::CheckViolation;
    c.violations = 2;
    c.samples = {u"al"_s, u"x"_s};
    s.preflight = {c};
    plan.steps = {s};

    sm::gui::PlanView view;
    QVERIFY(!view.copyAction()->isEnabled());
    view.setPlan(plan, {});
    QVERIFY(view.copyAction()->isEnabled());
    QVERIFY(view.exportAction()->isEnabled());
    QCOMPARE(view.script(), planToSql(plan, {}));

    QCOMPARE(view.stepList()->topLevelItemCount(), 1);
    QTreeWidgetItem *step = view.stepList()->topLevelItem(0);
    QCOMPARE(step->text(1), s.title);
    // Hazard badges: a line of words (most severe first) with an icon, then the figures.
    QVERIFY(!step->icon(0).isNull());
    QCOMPARE(step->childCount(), 2);
    QCOMPARE(step->child(0)->text(1), u"check violations · table rewrite"_s);
    QVERIFY(!step->child(0)->icon(1).isNull());
    QVERIFY(step->child(0)->toolTip(1).contains(hazardExplanation(Hazard::CheckViolation)));
    QCOMPARE(step->child(1)->text(1),
             u"✗ rows of users that break chk_username_length: 2 — al, x"_s);
    QVERIFY(step->isExpanded());

    const QString file = m_dir.filePath(u"export/repair.sql"_s);
    QVERIFY(!view.exportTo(file).isEmpty()); // the folder does not exist: an error sentence
    const QString ok = m_dir.filePath(u"repair.sql"_s);
    QCOMPARE(view.exportTo(ok), QString());
    QFile f(ok);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()), view.script());

    view.copyToClipboard();
    QCOMPARE(QApplication::clipboard()->text(), view.script());

    // Selecting a step brings its SQL into view, selected.
    view.showStep(1);
    QVERIFY(view.scriptView()->textCursor().selectedText().startsWith(u"-- Step 1: "_s));

    // The highlighter: keywords, strings, quoted identifiers and comments get their formats.
    QPlainTextEdit edit;
    auto *highlighter = new sm::gui::SqlHighlighter(edit.document());
    edit.setPlainText(u"SELECT 'it''s -- no comment', \"Weird Name\" FROM t; -- done\n/* a\nb */ "
                      "DROP"_s);
    const auto formatAt = [&](int block, int column) {
        const QTextBlock b = edit.document()->findBlockByNumber(block);
        for (const QTextLayout::FormatRange &r : b.layout()->formats())
            if (column >= r.start && column < r.start + r.length)
                return r.format;
        return QTextCharFormat();
    };
    QCOMPARE(formatAt(0, 0).foreground(), highlighter->keywordFormat().foreground());
    QCOMPARE(formatAt(0, 10).foreground(), highlighter->stringFormat().foreground());
    QCOMPARE(formatAt(0, 19).foreground(),
             highlighter->stringFormat().foreground()); // "--" in a string
    QCOMPARE(formatAt(0, 32).foreground(), highlighter->identifierFormat().foreground());
    QCOMPARE(formatAt(0, 55).foreground(), highlighter->commentFormat().foreground());
    QCOMPARE(formatAt(1, 1).foreground(), highlighter->commentFormat().foreground());
    QCOMPARE(formatAt(2, 0).foreground(), highlighter->commentFormat().foreground());
    QCOMPARE(formatAt(2, 6).foreground(), highlighter->keywordFormat().foreground());
}

QTEST_MAIN(TestPlanView)
#include "tst_planview.moc"
