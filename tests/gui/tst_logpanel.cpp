// SPDX-License-Identifier: MIT
// The log panel: lines logged anywhere (any thread) arrive in the bounded model on the GUI
// thread, the bound holds, the level filter works, a password in a logged URL shows as ***,
// and in the main window the log is a dock while repair mode needs a confirmation.

#include "LogModel.h"
#include "LogPanel.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "log/Log.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace sm::gui;

namespace {

bool containsLine(const QAbstractItemModel *model, const QString &text)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(LogModel::MessageRole).toString().contains(text))
            return true;
    return false;
}

} // namespace

class TestLogPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void linesArrive();
    void linesFromOtherThreads();
    void boundIsRespected();
    void levelFilter();
    void passwordIsRedacted();
    void panelGoneStopsNothing();
    void mainWindowHasLogDock();
    void repairModeNeedsConfirmation();

private:
    // Answers the next QMessageBox by the button whose text contains `button`.
    void answerNextBox(const QString &button, QString *text);

    QTemporaryDir m_dir;
    QString m_db;
};

void TestLogPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    sm::log::Options options;
    options.toFile = false;
    sm::log::init(options);
    m_db = m_dir.filePath(u"shop.db"_s);
    const QString err = sm::test::createSqliteDatabase(
        m_db, u"CREATE TABLE \"order\"(id INTEGER PRIMARY KEY, note TEXT);"_s);
    QVERIFY2(err.isEmpty(), qPrintable(err));
}

void TestLogPanel::answerNextBox(const QString &button, QString *text)
{
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, button, text] {
        auto *box = qobject_cast<QMessageBox *>(qApp->activeModalWidget());
        if (box == nullptr)
            return;
        *text = box->text() + u'\n' + box->informativeText();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().contains(button)) {
                b->click();
                break;
            }
        }
        timer->stop();
        timer->deleteLater();
    });
    timer->start();
}

void TestLogPanel::linesArrive()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.attachToLog();
    spdlog::info("first line {}", 1);
    spdlog::warn("second line");
    QCOMPARE(model.rowCount(), 0); // handed over through the event loop, never synchronously
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data(LogModel::MessageRole).toString(), u"first line 1"_s);
    QCOMPARE(model.index(1, 0).data(LogModel::LevelRole).toInt(),
             static_cast<int>(spdlog::level::warn));
    const QString shown = model.index(1, 0).data().toString();
    QVERIFY2(shown.contains(u"warning"_s) && shown.contains(u"second line"_s), qPrintable(shown));
    QVERIFY(model.index(0, 0).data(LogModel::TimeRole).toDateTime().isValid());
}

void TestLogPanel::linesFromOtherThreads()
{
    LogModel model(100000);
    model.attachToLog();
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([t] {
            for (int i = 0; i < 250; ++i)
                spdlog::info("worker {} line {}", t, i);
        });
    for (std::thread &t : threads)
        t.join();
    QTRY_COMPARE(model.rowCount(), 1000);
    QVERIFY(containsLine(&model, u"worker 3 line 249"_s));
}

void TestLogPanel::boundIsRespected()
{
    LogModel model(50);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.attachToLog();
    for (int i = 0; i < 120; ++i)
        spdlog::info("bounded {}", i);
    QTRY_VERIFY(containsLine(&model, u"bounded 119"_s));
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.index(0, 0).data(LogModel::MessageRole).toString(), u"bounded 70"_s);
    // In several bursts, with the event loop turning in between.
    for (int i = 120; i < 200; ++i) {
        spdlog::info("bounded {}", i);
        if (i % 7 == 0)
            QCoreApplication::processEvents();
    }
    QTRY_VERIFY(containsLine(&model, u"bounded 199"_s));
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.index(0, 0).data(LogModel::MessageRole).toString(), u"bounded 150"_s);

    // The panel keeps 5,000 lines by default.
    LogPanel panel;
    QCOMPARE(panel.model()->capacity(), 5000);
}

void TestLogPanel::levelFilter()
{
    LogPanel panel;
    panel.show();
    QAbstractItemModelTester tester(panel.filter(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    spdlog::debug("filter-debug");
    spdlog::info("filter-info");
    spdlog::warn("filter-warn");
    spdlog::error("filter-error");
    QTRY_COMPARE(panel.model()->rowCount(), 4);
    auto *view = panel.findChild<QListView *>(u"logView"_s);
    QVERIFY(view);
    QAbstractItemModel *shown = view->model();
    // Default: information and above.
    QCOMPARE(shown->rowCount(), 3);
    QVERIFY(!containsLine(shown, u"filter-debug"_s));

    auto *level = panel.findChild<QComboBox *>(u"logLevel"_s);
    QVERIFY(level);
    level->setCurrentIndex(level->findData(static_cast<int>(spdlog::level::warn)));
    QCOMPARE(shown->rowCount(), 2);
    QVERIFY(containsLine(shown, u"filter-warn"_s));
    QVERIFY(containsLine(shown, u"filter-error"_s));
    level->setCurrentIndex(level->findData(static_cast<int>(spdlog::level::err)));
    QCOMPARE(shown->rowCount(), 1);
    level->setCurrentIndex(level->findData(static_cast<int>(spdlog::level::debug)));
    QCOMPARE(shown->rowCount(), 4);

    // New lines are filtered as they arrive.
    level->setCurrentIndex(level->findData(static_cast<int>(spdlog::level::err)));
    spdlog::info("filter-late-info");
    spdlog::critical("filter-late-critical");
    QTRY_COMPARE(panel.model()->rowCount(), 6);
    QCOMPARE(shown->rowCount(), 2); // filter-error and filter-late-critical
    QVERIFY(containsLine(shown, u"filter-late-critical"_s));
}

void TestLogPanel::passwordIsRedacted()
{
    LogPanel panel;
    spdlog::info("connecting to postgresql://app:Hunter2-secret@db.internal:5432/astropixel");
    spdlog::warn("libpq said: password=Hunter2-secret host=db.internal");
    QTRY_COMPARE(panel.model()->rowCount(), 2);
    for (int r = 0; r < 2; ++r) {
        const QModelIndex i = panel.model()->index(r, 0);
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(LogModel::MessageRole)})
            QVERIFY2(!i.data(role).toString().contains(u"Hunter2"_s),
                     qPrintable(i.data(role).toString()));
    }
    QVERIFY(containsLine(panel.model(), u"postgresql://app:***@db.internal:5432/astropixel"_s));
}

// A closed panel takes its sink out; logging goes on for everyone else.
void TestLogPanel::panelGoneStopsNothing()
{
    LogModel survivor;
    survivor.attachToLog();
    {
        LogPanel panel;
        spdlog::info("while the panel lives");
    }
    spdlog::info("after the panel is gone");
    QTRY_VERIFY(containsLine(&survivor, u"after the panel is gone"_s));
}

void TestLogPanel::mainWindowHasLogDock()
{
    MainWindow window;
    window.show();
    QVERIFY(window.logPanel());
    QVERIFY(window.logPanel()->isVisible());
    auto *toggle = window.findChild<QAction *>(u"logAction"_s);
    QVERIFY(toggle);
    toggle->trigger();
    QVERIFY(!window.logPanel()->isVisible());
    toggle->trigger();
    QVERIFY(window.logPanel()->isVisible());

    window.openUrl(u"sqlite:"_s + m_db);
    QSignalSpy loaded(&window, &MainWindow::schemaLoaded);
    QTRY_COMPARE(loaded.count(), 1);
    QTRY_VERIFY(containsLine(window.logPanel()->model(), u"opened sqlite:"_s));
}

void TestLogPanel::repairModeNeedsConfirmation()
{
    MainWindow window;
    window.show();
    QSignalSpy changed(&window, &MainWindow::repairModeChanged);
    auto *action = window.findChild<QAction *>(u"repairModeAction"_s);
    QVERIFY(action);
    QVERIFY(!action->isEnabled()); // nothing open: nothing to repair
    window.requestRepairMode();
    QCOMPARE(qApp->activeModalWidget(), nullptr);

    QSignalSpy loaded(&window, &MainWindow::schemaLoaded);
    window.openUrl(u"sqlite:"_s + m_db);
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(action->isEnabled());
    QVERIFY(!window.isRepairMode());
    auto *mode = window.findChild<QLabel *>(u"modeLabel"_s);
    QCOMPARE(mode->text(), u"READ-ONLY"_s);

    // Declining keeps read-only.
    QString asked;
    answerNextBox(u"Stay read-only"_s, &asked);
    action->trigger();
    QTRY_VERIFY(!asked.isEmpty());
    QTRY_COMPARE(qApp->activeModalWidget(), nullptr);
    QVERIFY2(asked.contains(u"shop.db"_s), qPrintable(asked)); // names the database
    QVERIFY(!window.isRepairMode());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(mode->text(), u"READ-ONLY"_s);
    QVERIFY(window.windowTitle().contains(u"READ-ONLY"_s));

    // Escape is safe too.
    window.requestRepairMode();
    auto *box = qobject_cast<QMessageBox *>(qApp->activeModalWidget());
    QVERIFY(box);
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_COMPARE(qApp->activeModalWidget(), nullptr);
    QVERIFY(!window.isRepairMode());

    // Accepting switches, visibly.
    asked.clear();
    answerNextBox(u"Allow changes"_s, &asked);
    action->trigger();
    QTRY_VERIFY(window.isRepairMode());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toBool(), true);
    QCOMPARE(mode->text(), u"REPAIR MODE"_s);
    QVERIFY(window.windowTitle().contains(u"REPAIR MODE"_s));
    QVERIFY(!window.windowTitle().contains(u"READ-ONLY"_s));
    auto *band = window.findChild<QLabel *>(u"repairModeBand"_s);
    QVERIFY(band && band->isVisible());
    QVERIFY(band->text().contains(u"shop.db"_s));

    // Back to read-only needs no confirmation; opening a database always starts read-only.
    action->trigger();
    QVERIFY(!window.isRepairMode());
    QCOMPARE(changed.count(), 2);
    QVERIFY(!band->isVisible());
    answerNextBox(u"Allow changes"_s, &asked);
    action->trigger();
    QTRY_VERIFY(window.isRepairMode());
    const QString other = m_dir.filePath(u"other.db"_s);
    QVERIFY(sm::test::createSqliteDatabase(other, u"CREATE TABLE t(x);"_s).isEmpty());
    window.openUrl(u"sqlite:"_s + other);
    QTRY_COMPARE(loaded.count(), 2);
    QVERIFY(!window.isRepairMode());
    QCOMPARE(mode->text(), u"READ-ONLY"_s);
}

QTEST_MAIN(TestLogPanel)
#include "tst_logpanel.moc"
