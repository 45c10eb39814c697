// SPDX-License-Identifier: MIT
// The main window on real files: the demo database loads in the background and fills the
// tree, the window says READ-ONLY, a file that is not a database gives one clear message,
// and the German catalogue loads.

#include "ComparisonView.h"
#include "DiffDetailPane.h"
#include "DiffFilterModel.h"
#include "DiffTreeModel.h"
#include "MainWindow.h"
#include "PlanView.h"
#include "RepairWizard.h"
#include "SchemaFilterModel.h"
#include "SchemaTreeModel.h"
#include "TestSupport.h"
#include "Translations.h"
#include "db/ConnectionSpec.h"
#include "run/Journal.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QWizard>

using namespace Qt::StringLiterals;
using sm::gui::ComparisonView;
using sm::gui::DiffTreeModel;
using sm::gui::MainWindow;
using sm::gui::SchemaTreeModel;

namespace {

// Selects the row of the "Migration history" group (the alembic_version table has a row of its
// own under Tables, with the same object name), as the operator clicks it.
bool selectHistoryRow(ComparisonView *view)
{
    const DiffTreeModel *model = view->model();
    const QModelIndex group = model->groupIndex(DiffTreeModel::Kind::History);
    if (!group.isValid() || model->rowCount(group) != 1)
        return false;
    const QModelIndex row = view->filterModel()->mapFromSource(model->index(0, 0, group));
    if (!row.isValid())
        return false;
    view->tree()->setCurrentIndex(row);
    return view->detailPane()->object().kind == DiffTreeModel::Kind::History;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensDemoDatabase();
    void filterBox();
    void cancelWhileReading();
    void invalidFileShowsOneClearMessage();
    void badUrlShowsMessage();
    void germanCatalogue();
    void interruptedRunIsShownAtStart();
    void comparesWithExpectedSchema();
    void demoWalkthroughKeepsEveryRow();
    void screenshots();

private:
    // Answers the next modal dialog from inside the event loop, the way a user would.
    void answerNextModal(QString *text, QString *details);

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile sql(QStringLiteral(SM_DEMO_SQL));
    QVERIFY2(sql.open(QIODevice::ReadOnly), SM_DEMO_SQL);
    m_demo = m_dir.filePath(u"demo.db"_s);
    const QString err = sm::test::createSqliteDatabase(m_demo, QString::fromUtf8(sql.readAll()));
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QVERIFY(sm::gui::installTranslations(u"en"_s));
}

void TestMainWindow::answerNextModal(QString *text, QString *details)
{
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, text, details] {
        auto *box = qobject_cast<QMessageBox *>(qApp->activeModalWidget());
        if (box == nullptr)
            return;
        *text = box->text();
        *details = box->detailedText();
        box->button(QMessageBox::Ok)->click();
        timer->stop();
        timer->deleteLater();
    });
    timer->start();
}

void TestMainWindow::opensDemoDatabase()
{
    MainWindow window;
    QSignalSpy loaded(&window, &MainWindow::schemaLoaded);
    window.show();
    QVERIFY(window.windowTitle().contains(u"READ-ONLY"_s));
    window.openUrl(u"sqlite:"_s + m_demo);

    auto *tree = window.findChild<QTreeView *>(u"schemaTree"_s);
    QVERIFY(tree);
    QTRY_VERIFY(tree->model()->rowCount() > 0);
    QCOMPARE(loaded.count(), 1);
    QVERIFY(!window.isLoading());

    const QString title = window.windowTitle();
    QVERIFY2(title.contains(u"READ-ONLY"_s), qPrintable(title));
    QVERIFY2(title.contains(u"demo.db"_s), qPrintable(title));
    QVERIFY2(title.contains(u"sqlite:"_s), qPrintable(title));

    auto *mode = window.findChild<QLabel *>(u"modeLabel"_s);
    QVERIFY(mode && mode->isVisible());
    QCOMPARE(mode->text(), u"READ-ONLY"_s);
    QVERIFY(window.findChild<QLabel *>(u"connectionLabel"_s)->text().contains(m_demo));
    QVERIFY(window.findChild<QLabel *>(u"versionLabel"_s)->text().startsWith(u"SQLite 3."_s));

    // The demo has six tables (alembic_version included) and one view.
    const SchemaTreeModel *model = window.schemaModel();
    const QModelIndex tables = model->groupIndex(SchemaTreeModel::Kind::Table);
    QCOMPARE(model->rowCount(tables), 6);
    QCOMPARE(model->rowCount(model->groupIndex(SchemaTreeModel::Kind::View)), 1);
    const QModelIndex history = model->groupIndex(SchemaTreeModel::Kind::History);
    QCOMPARE(model->rowCount(history), 1);
    const QModelIndex alembic = model->index(0, SchemaTreeModel::DefinitionColumn, history);
    QVERIFY2(alembic.data().toString().contains(u"e940f3c1a2b7"_s),
             qPrintable(alembic.data().toString()));

    // The first table is selected and its definition shown.
    auto *detail = window.findChild<QPlainTextEdit *>(u"detail"_s);
    QVERIFY(detail);
    QVERIFY2(detail->toPlainText().startsWith(u"CREATE TABLE"_s),
             qPrintable(detail->toPlainText()));
    QVERIFY(tree->currentIndex().isValid());
    QVERIFY(tree->isExpanded(tree->currentIndex()));
}

void TestMainWindow::filterBox()
{
    MainWindow window;
    window.show();
    window.openUrl(u"sqlite:"_s + m_demo);
    auto *tree = window.findChild<QTreeView *>(u"schemaTree"_s);
    QTRY_VERIFY(tree->model()->rowCount() > 0);

    auto *filter = window.findChild<QLineEdit *>(u"filter"_s);
    QVERIFY(filter);
    QTest::keyClicks(filter, u"tasktype"_s);
    // Debounced: wait for the tree to show only the path to campaign_task."taskType".
    QTRY_COMPARE(tree->model()->rowCount(), 1);
    const QModelIndex table = tree->model()->index(0, 0, tree->model()->index(0, 0));
    QCOMPARE(table.data(SchemaTreeModel::NameRole).toString(), u"campaign_task"_s);
    QCOMPARE(tree->model()->rowCount(table), 1);
    const QModelIndex column = tree->model()->index(0, 0, table);
    QCOMPARE(column.data(SchemaTreeModel::NameRole).toString(), u"taskType"_s);
    QVERIFY(tree->isExpanded(table));

    tree->setCurrentIndex(column);
    auto *detail = window.findChild<QPlainTextEdit *>(u"detail"_s);
    QVERIFY2(detail->toPlainText().contains(u"\"taskType\" TEXT NOT NULL DEFAULT 'bbox'"_s),
             qPrintable(detail->toPlainText()));

    filter->clear();
    QTRY_COMPARE(tree->model()->rowCount(), window.schemaModel()->rowCount());
}

void TestMainWindow::cancelWhileReading()
{
    MainWindow window;
    QSignalSpy loaded(&window, &MainWindow::schemaLoaded);
    window.show();
    window.openUrl(u"sqlite:"_s + m_demo);
    // Progress shows in place, with a Cancel button, while the worker reads.
    QVERIFY(window.isLoading());
    auto *cancel = window.findChild<QPushButton *>(u"cancelButton"_s);
    QVERIFY(cancel);
    QVERIFY(cancel->isVisible());
    cancel->click();
    QTRY_VERIFY(!window.isLoading());
    QVERIFY(!cancel->isVisible());
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(window.schemaModel()->rowCount(), 0);
    QVERIFY(window.statusBar()->currentMessage().contains(u"cancelled"_s));

    // The next attempt is not affected by the cancelled one.
    window.openUrl(u"sqlite:"_s + m_demo);
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(window.schemaModel()->rowCount() > 0);
}

void TestMainWindow::invalidFileShowsOneClearMessage()
{
    const QString path = m_dir.filePath(u"notes.txt"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("These are my notes, not a database.\n");
    f.close();

    MainWindow window;
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    window.show();
    QString text;
    QString details;
    answerNextModal(&text, &details);
    window.openUrl(u"sqlite:"_s + path);

    QTRY_COMPARE(failed.count(), 1);
    QTRY_VERIFY(!text.isEmpty());
    QVERIFY2(text.contains(u"not a SQLite database"_s), qPrintable(text));
    QVERIFY2(!text.contains(u'\n'), qPrintable(text)); // one sentence as the headline
    QTRY_VERIFY(qApp->activeModalWidget() == nullptr);
    QCOMPARE(window.schemaModel()->rowCount(), 0);
    QVERIFY(!window.windowTitle().contains(u"notes.txt"_s));
    QVERIFY(window.windowTitle().contains(u"READ-ONLY"_s));
}

void TestMainWindow::badUrlShowsMessage()
{
    MainWindow window;
    window.show();
    QString text;
    QString details;
    answerNextModal(&text, &details);
    window.openUrl(u"mysql://nope"_s);
    QTRY_VERIFY(!text.isEmpty());
    QTRY_VERIFY(qApp->activeModalWidget() == nullptr);
}

void TestMainWindow::germanCatalogue()
{
    QVERIFY(sm::gui::installTranslations(u"de"_s));
    QCOMPARE(QCoreApplication::translate("sm::gui::SchemaTreeModel", "Tables"), u"Tabellen"_s);
    {
        MainWindow window;
        QCOMPARE(window.findChild<QLabel *>(u"modeLabel"_s)->text(), u"NUR LESEN"_s);
        QVERIFY(window.windowTitle().contains(u"NUR LESEN"_s));
        SchemaTreeModel model;
        QCOMPARE(model.headerData(SchemaTreeModel::ObjectColumn, Qt::Horizontal).toString(),
                 u"Objekt"_s);
    }
    // The core's messages come through too: lupdate files them under the contexts the
    // core looks them up in (sm::ConnectionSpec, sm::Restore, …), not under "sm".
    const QString core =
        QCoreApplication::translate("sm::Introspector", "Reading the schema was cancelled.");
    QVERIFY2(core != u"Reading the schema was cancelled."_s, qPrintable(core));
    const auto bad = sm::ConnectionSpec::parse(u"mysql://host/db"_s);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.contains(u"nicht"_s) || bad.error().message.contains(u"kein"_s),
             qPrintable(bad.error().message)); // German, from the core's own tr()
    // Plurals from the core, in German.
    QCOMPARE(QCoreApplication::translate("sm::SchemaText", "%n table(s)", nullptr, 2),
             u"2 Tabellen"_s);

    // The migration history's disagreement, said in German too.
    sm::SchemaDiff history;
    sm::Difference version;
    version.kind = sm::DiffKind::MigrationVersion;
    version.object = version.table = u"main.alembic_version"_s;
    version.expected = u"f3a9c2d17b40"_s;
    version.actual = u"e940f3c1a2b7"_s;
    history.differences.append(version);
    const QString note = DiffTreeModel::migrationNote(history);

    QVERIFY(sm::gui::installTranslations(u"en"_s));
    QVERIFY2(note.startsWith(u"main.alembic_version "_s) && note.contains(u"e940f3c1a2b7"_s) &&
                 note.contains(u"f3a9c2d17b40"_s) && !note.contains(u"says version"_s) &&
                 !note.contains(u"cannot be trusted"_s),
             qPrintable(note));
    QCOMPARE(QCoreApplication::translate("sm::gui::SchemaTreeModel", "Tables"), u"Tables"_s);
}

// A repair killed mid-apply leaves a journal without a terminal event: the next start shows it
// at the top of the window with the next safe action.
void TestMainWindow::interruptedRunIsShownAtStart()
{
    QTemporaryDir journals;
    qputenv("SCHEMAMEDIC_JOURNAL_DIR", QFile::encodeName(journals.path()));
    {
        MainWindow clean;
        QVERIFY(!clean.findChild<QLabel *>(u"interruptedRunsBanner"_s));
    }
    auto journal = sm::Journal::open({}, journals.path());
    QVERIFY(journal.ok());
    QVERIFY(journal->append(u"started"_s, {{u"target"_s, u"sqlite:/srv/app.db"_s}}).ok());
    QVERIFY(journal->append(u"apply_started"_s).ok());
    QVERIFY(journal->append(u"statement"_s, {{u"sql"_s, u"DROP TABLE \"todos\""_s}}).ok());
    MainWindow window;
    window.show();
    auto *banner = window.findChild<QLabel *>(u"interruptedRunsBanner"_s);
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"never committed"_s), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(journal->runId()));
    qunsetenv("SCHEMAMEDIC_JOURNAL_DIR");
}

// What `schemamedic --db demo.db --expected resources/demo/expected.sql` shows: the differences
// on screen, and a decision made in the detail pane changing the plan.
void TestMainWindow::comparesWithExpectedSchema()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QSignalSpy shown(&window, &MainWindow::comparisonShown);
    window.openUrl(u"sqlite:"_s + m_demo);
    window.compareWith(QStringLiteral(SM_DEMO_EXPECTED));
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 60000);
    QVERIFY(!window.isComparing());

    auto *view = window.comparisonView();
    QCOMPARE(window.findChild<QTabWidget *>(u"mainTabs"_s)->currentWidget(), view);
    // The twelve differences resources/demo/expected.sql describes (tst_demo lists them).
    QCOMPARE(view->comparison()->diff.differences.size(), 12);
    // The guessed rename and the NULLs of campaigns.name wait for the operator.
    QCOMPARE(view->counts().differences, 12);
    QCOMPARE(view->counts().decisions, 2);
    QVERIFY2(view->summaryText().startsWith(u"12 differences · 2 need a decision · "_s),
             qPrintable(view->summaryText()));

    // The migration history claims a version the schema is not at: the console says so in
    // words above the tree, and again beside the history row, not only as two version numbers.
    const QString claim = u"main.alembic_version says version e940f3c1a2b7; the expected schema "
                          "is at f3a9c2d17b40."_s;
    auto *note = view->findChild<QLabel *>(u"migrationNote"_s);
    QVERIFY(note);
    QVERIFY(note->isVisible());
    QVERIFY2(view->migrationNoteText().contains(claim), qPrintable(view->migrationNoteText()));
    QVERIFY2(view->migrationNoteText().contains(u"cannot be trusted"_s),
             qPrintable(view->migrationNoteText()));
    QVERIFY(selectHistoryRow(view));
    QVERIFY2(view->detailPane()->comparisonText().contains(claim),
             qPrintable(view->detailPane()->comparisonText()));
    QVERIFY(view->detailPane()->stampCheck()->isVisibleTo(view->detailPane()));

    const auto *model = view->model();
    const QModelIndex type = model->findObject(u"main.annotations.user_id"_s);
    QVERIFY(type.isValid());
    QCOMPARE(type.siblingAtColumn(DiffTreeModel::ExpectedColumn).data().toString(),
             u"VARCHAR(255)"_s);
    QCOMPARE(type.siblingAtColumn(DiffTreeModel::ActualColumn).data().toString(), u"INTEGER"_s);
    QCOMPARE(type.siblingAtColumn(DiffTreeModel::ChangeColumn).data().toString(),
             u"type changed"_s);
    const QModelIndex renamed = model->findObject(u"main.campaign_tasks"_s);
    QCOMPARE(renamed.siblingAtColumn(DiffTreeModel::ChangeColumn).data().toString(), u"rename?"_s);
    QCOMPARE(renamed.siblingAtColumn(DiffTreeModel::ActualColumn).data().toString(),
             u"campaign_task"_s);

    // The NULLs: the pre-flight names them, the backfill settles them, the plan follows.
    auto *plan = view->planView();
    QVERIFY(!plan->plan().unresolved.isEmpty());
    QVERIFY(view->selectObject(u"main.campaigns.name"_s));
    auto *pane = view->detailPane();
    QVERIFY2(pane->preflightText().contains(u"hold NULL: 4"_s), qPrintable(pane->preflightText()));
    QVERIFY(pane->backfillEdit()->isVisibleTo(pane));
    QSignalSpy updated(view, &ComparisonView::planUpdated);
    pane->backfillEdit()->setText(u"'(unnamed)'"_s);
    pane->backfillApply()->click();
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 30000);
    QVERIFY2(plan->plan().unresolved.isEmpty(), qPrintable(plan->plan().unresolved.join(u'\n')));
    QVERIFY(plan->script().contains(u"'(unnamed)'"_s));
    QCOMPARE(view->counts().decisions, 1);

    // Repairing and restoring write: both wait for repair mode, then open their dialogs.
    auto *repair = window.findChild<QAction *>(u"startRepairAction"_s);
    auto *restore = window.findChild<QAction *>(u"restoreAction"_s);
    QVERIFY(repair && restore);
    QVERIFY(!repair->isEnabled());
    QVERIFY(!restore->isEnabled());
    window.requestRepairMode();
    auto *allow = window.findChild<QAbstractButton *>(u"allowRepairButton"_s);
    QVERIFY(allow);
    allow->click();
    QTRY_VERIFY(window.isRepairMode());
    QVERIFY(repair->isEnabled());
    QVERIFY(restore->isEnabled());
    repair->trigger();
    auto *wizard = window.findChild<QWizard *>(u"repairWizard"_s);
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    // The operator's backfill went with the plan into the wizard.
    QCOMPARE(wizard->currentId(), 0);
    wizard->reject();
    restore->trigger();
    auto *dialog = window.findChild<QDialog *>(u"restoreDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();
}

// README's walkthrough of scripts/demo, click by click: the four decisions in the detail pane,
// repair mode, the wizard to the end; every row kept, and the console then shows no difference.
void TestMainWindow::demoWalkthroughKeepsEveryRow()
{
    QTemporaryDir work;
    qputenv("SCHEMAMEDIC_JOURNAL_DIR", QFile::encodeName(work.filePath(u"journal"_s)));
    const QString db = work.filePath(u"demo.db"_s);
    QVERIFY(QFile::copy(m_demo, db));
    const auto counts = [&db](const QString &tasks) {
        QProcess p;
        p.start(u"sqlite3"_s, {db, u"SELECT (SELECT count(*) FROM users) || ' ' || (SELECT "
                                   "count(*) FROM campaigns) || ' ' || (SELECT count(*) FROM %1) "
                                   "|| ' ' || (SELECT count(*) FROM annotations) || ' ' || "
                                   "(SELECT count(*) FROM reviews) || ' ' || (SELECT version_num "
                                   "FROM alembic_version)"_s.arg(tasks)});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    };
    QCOMPARE(counts(u"campaign_task"_s), u"120 24 960 2400 900 e940f3c1a2b7"_s);

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QSignalSpy shown(&window, &MainWindow::comparisonShown);
    window.openUrl(u"sqlite:"_s + db);
    window.compareWith(QStringLiteral(SM_DEMO_EXPECTED));
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 60000);
    auto *view = window.comparisonView();
    auto *pane = view->detailPane();
    QSignalSpy updated(view, &ComparisonView::planUpdated);
    QCOMPARE(view->counts().decisions, 2);

    // 1. Accept the rename.
    QVERIFY(view->selectObject(u"main.campaign_tasks"_s));
    QVERIFY(pane->acceptRename()->isVisibleTo(pane));
    pane->acceptRename()->click();
    QCOMPARE(view->counts().decisions, 1);
    // 2. A name for the campaigns that have none.
    QVERIFY(view->selectObject(u"main.campaigns.name"_s));
    pane->backfillEdit()->setText(u"'Imported campaign #' || id"_s);
    pane->backfillApply()->click();
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 30000);
    QCOMPARE(view->counts().decisions, 0);
    QVERIFY2(pane->preflightText().contains(u"that get the backfill value: 4"_s),
             qPrintable(pane->preflightText()));
    // 3. Drop the foreign key that would refuse the strings.
    QVERIFY(view->selectObject(u"main.annotations.foreign key (user_id)"_s));
    QVERIFY(pane->dropCheck()->isVisibleTo(pane));
    pane->dropCheck()->click();
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 2, 30000);
    // 4. Record the expected version after the repair.
    QVERIFY(selectHistoryRow(view));
    QVERIFY(pane->stampCheck()->isVisibleTo(pane));
    pane->stampCheck()->click();
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 3, 30000);
    QVERIFY(view->planOutcome().plan);
    QCOMPARE(view->planOutcome().plan->steps.size(), 10);
    QVERIFY(view->planOutcome().plan->unresolved.isEmpty());

    // 5. Repair mode; 6. the wizard, page by page.
    window.requestRepairMode();
    auto *allow = window.findChild<QAbstractButton *>(u"allowRepairButton"_s);
    QVERIFY(allow);
    QCOMPARE(allow->text(), u"Allow changes to demo.db"_s);
    allow->click();
    QTRY_VERIFY(window.isRepairMode());
    window.findChild<QAction *>(u"startRepairAction"_s)->trigger();
    auto *wizard = window.findChild<sm::gui::RepairWizard *>(u"repairWizard"_s);
    QVERIFY(wizard);
    const auto forward = [wizard] {
        return wizard->currentPage() && wizard->currentPage()->isCommitPage()
                   ? wizard->button(QWizard::CommitButton)
                   : wizard->button(QWizard::NextButton);
    };
    QTRY_VERIFY_WITH_TIMEOUT(forward()->isEnabled(), 60000);
    QCOMPARE(wizard->plan().steps.size(), 10);
    forward()->click(); // → Pre-flight
    QTRY_VERIFY_WITH_TIMEOUT(forward()->isEnabled(), 60000);
    forward()->click(); // → Backup
    QCOMPARE(wizard->currentId(), int(sm::gui::RepairWizard::BackupPage));
    wizard->findChild<QLineEdit *>(u"backupLocation"_s)->setText(work.filePath(u"backup"_s));
    wizard->findChild<QPushButton *>(u"takeBackup"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(forward()->isEnabled(), 60000);
    forward()->click(); // → Confirm
    QCOMPARE(wizard->currentId(), int(sm::gui::RepairWizard::ConfirmPage));
    const QList<QCheckBox *> hazards =
        wizard->findChildren<QCheckBox *>(QRegularExpression(u"^hazard:"_s));
    QCOMPARE(hazards.size(), 6);
    for (QCheckBox *c : hazards)
        c->setChecked(true);
    wizard->findChild<QLineEdit *>(u"typedName"_s)->setText(u"demo.db"_s);
    QCOMPARE(forward()->text(), u"&Apply 10 steps to demo.db"_s);
    forward()->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->runFinished(), 60000);
    QVERIFY2(wizard->runResult()->outcome == sm::RepairOutcome::Done,
             qPrintable(wizard->runResult()->message + u'\n' + wizard->runResult()->details));

    // Every row kept, the CASCADE children included; the history says what the schema is.
    QCOMPARE(counts(u"campaign_tasks"_s), u"120 24 960 2400 900 f3a9c2d17b40"_s);
    // Closing the wizard reads the database again: nothing left to repair, nothing to say
    // about the history.
    wizard->accept();
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 60000);
    QVERIFY2(view->summaryText().startsWith(u"✓ No differences"_s),
             qPrintable(view->summaryText()));
    QVERIFY(view->migrationNoteText().isEmpty());
    qunsetenv("SCHEMAMEDIC_JOURNAL_DIR");
}

// Renders the demo's migration-history row, the sentence above the tree and beside it, to
// SM_SCREENSHOT_DIR (docs and review; not part of the normal run). SM_SCREENSHOT_LANG=de for
// German.
void TestMainWindow::screenshots()
{
    const QString out = qEnvironmentVariable("SM_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("set SM_SCREENSHOT_DIR to render the migration-history detail");
    const QString lang = qEnvironmentVariable("SM_SCREENSHOT_LANG", u"en"_s);
    QVERIFY(sm::gui::installTranslations(lang));
    QTemporaryDir work;
    qputenv("SCHEMAMEDIC_JOURNAL_DIR", QFile::encodeName(work.filePath(u"journal"_s)));
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QSignalSpy shown(&window, &MainWindow::comparisonShown);
        window.openUrl(u"sqlite:"_s + m_demo);
        window.compareWith(QStringLiteral(SM_DEMO_EXPECTED));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 60000);
        QVERIFY(selectHistoryRow(window.comparisonView()));
        QTest::qWait(300); // laid out and scrolled
        QDir().mkpath(out);
        QVERIFY(window.grab().save(QDir(out).filePath(u"migration-history-"_s + lang + u".png"_s)));
        // The extra foreign key and its Drop decision, for review.
        QVERIFY(window.comparisonView()->selectObject(u"main.annotations.foreign key (user_id)"_s));
        QTest::qWait(300);
        QVERIFY(window.grab().save(QDir(out).filePath(u"drop-extra-"_s + lang + u".png"_s)));
    }
    qunsetenv("SCHEMAMEDIC_JOURNAL_DIR");
    QVERIFY(sm::gui::installTranslations(u"en"_s));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
