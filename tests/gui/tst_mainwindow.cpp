// SPDX-License-Identifier: MIT
// The main window on real files: the demo database loads in the background and fills the
// tree, the window says READ-ONLY, a file that is not a database gives one clear message,
// and the German catalogue loads.

#include "ComparisonView.h"
#include "DiffDetailPane.h"
#include "DiffTreeModel.h"
#include "MainWindow.h"
#include "PlanView.h"
#include "SchemaFilterModel.h"
#include "SchemaTreeModel.h"
#include "TestSupport.h"
#include "Translations.h"
#include "db/ConnectionSpec.h"
#include "run/Journal.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
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

    // The demo has five tables (alembic_version included) and one view.
    const SchemaTreeModel *model = window.schemaModel();
    const QModelIndex tables = model->groupIndex(SchemaTreeModel::Kind::Table);
    QCOMPARE(model->rowCount(tables), 5);
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

    QVERIFY(sm::gui::installTranslations(u"en"_s));
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
    QCOMPARE(view->comparison()->diff.differences.size(), 9);
    // The guessed rename and the NULLs of campaigns.name wait for the operator.
    QCOMPARE(view->counts().differences, 9);
    QCOMPARE(view->counts().decisions, 2);

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
    QVERIFY2(pane->preflightText().contains(u"hold NULL: 3"_s), qPrintable(pane->preflightText()));
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
