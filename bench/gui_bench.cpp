// SPDX-License-Identifier: MIT
// schemamedic-bench-gui: the console's responsiveness on a large schema, measured in the real
// MainWindow (run with QT_QPA_PLATFORM=offscreen) and printed as one JSON object
// (bench/README.md):
//
//  1. load: the window opens --db exactly as File → Open does (SchemaLoader in the background).
//     A 5 ms timer on the GUI thread records every gap between its ticks: the longest gap
//     while the worker runs is the longest stall. Then the time from the worker's result
//     arriving on the GUI thread until the schema tree has been painted.
//  2. compare (with --expected): the same for File → Compare (CompareLoader: expected side,
//     live introspection, diff, tree rows, plan and pre-flight in the background), then the
//     time until the difference tree has been painted.
//  3. tree: the comparison of step 2 cut down to the first tables that make --nodes rows
//     (default 100,000) and handed to the Differences page the way the loader hands it over
//     (CompareLoader::compared): the time until the tree has been painted.
//
//   schemamedic-bench-gui --db URL [--expected SNAPSHOT.json] [--nodes N] [--timeout S]
//
// Times are taken on the GUI thread with one monotonic clock; "painted" means the tree's
// viewport received its Paint event and the event loop came round once after it. Exit codes:
// 0 measured, 2 usage error, 3 a load or comparison failed or timed out.

#include "ComparisonView.h"
#include "DiffTreeModel.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "SchemaTreeModel.h"
#include "db/ConnectionSpec.h"
#include "diff/Diff.h"
#include "log/Log.h"
#include "plan/Plan.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;
using sm::gui::Comparison;
using sm::gui::DiffTreeModel;
using sm::gui::MainWindow;

namespace {

constexpr int ExitMeasured = 0;
constexpr int ExitUsage = 2;
constexpr int ExitFailed = 3;
constexpr int TickMs = 5;

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

double peakRssMb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith("VmHWM:"))
            return line.mid(6).simplified().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

qint64 countRows(const QAbstractItemModel *m, const QModelIndex &parent)
{
    const int rows = m->rowCount(parent);
    qint64 total = rows;
    for (int r = 0; r < rows; ++r)
        total += countRows(m, m->index(r, 0, parent));
    return total;
}

// Watches the GUI thread: the ticks of a 5 ms timer, the moment a QFutureWatcher's result
// (or progress) reaches the GUI thread, and the first paint of one viewport.
class Probe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Probe)

public:
    Probe()
    {
        m_clock.start();
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(TickMs);
        connect(&m_timer, &QTimer::timeout, this, [this] { m_ticks.append(now()); });
        m_timer.start();
    }

    double now() const { return m_clock.nsecsElapsed() / 1e6; }
    double lastCallOut() const { return m_lastCallOut; }

    // Calls `done(paintEndMs)` once `viewport` has painted and the event loop came round.
    void awaitPaint(QWidget *viewport, std::function<void(double)> done)
    {
        m_viewport = viewport;
        m_paintDone = std::move(done);
        viewport->update();
    }

    // The longest gap between ticks that ended in (from, to], and how many exceeded 50 ms.
    std::pair<double, int> maxGap(double from, double to) const
    {
        double prev = from;
        double worst = 0;
        int over = 0;
        for (double t : m_ticks) {
            if (t <= from)
                continue;
            if (t > to)
                break;
            worst = std::max(worst, t - prev);
            over += (t - prev) > 50.0 ? 1 : 0;
            prev = t;
        }
        return {worst, over};
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FutureCallOut)
            m_lastCallOut = now();
        else if (event->type() == QEvent::Paint && m_viewport && watched == m_viewport) {
            m_viewport = nullptr;
            QTimer::singleShot(0, this, [this] {
                auto done = std::exchange(m_paintDone, {});
                if (done)
                    done(now());
            });
        }
        return false;
    }

private:
    QElapsedTimer m_clock;
    QTimer m_timer;
    QList<double> m_ticks;
    double m_lastCallOut = 0;
    QPointer<QWidget> m_viewport;
    std::function<void(double)> m_paintDone;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"SchemaMedic"_s);
    QCoreApplication::setApplicationName(u"schemamedic-bench-gui"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the console's GUI thread on a large schema."_s);
    parser.addHelpOption();
    const QCommandLineOption db(u"db"_s, u"The database to open."_s, u"URL"_s);
    const QCommandLineOption expected(u"expected"_s, u"A snapshot to compare with."_s,
                                      u"SNAPSHOT"_s);
    const QCommandLineOption nodes(u"nodes"_s, u"Rows of the difference tree (default 100000)."_s,
                                   u"N"_s, u"100000"_s);
    const QCommandLineOption timeout(u"timeout"_s, u"Give up after S seconds (default 900)."_s,
                                     u"S"_s, u"900"_s);
    parser.addOptions({db, expected, nodes, timeout});
    parser.process(app);
    bool ok1 = false, ok2 = false;
    const qint64 wantNodes = parser.value(nodes).toLongLong(&ok1);
    const int timeoutS = parser.value(timeout).toInt(&ok2);
    if (!parser.isSet(db) || !ok1 || !ok2 || wantNodes < 1 || timeoutS < 1) {
        std::fprintf(stderr, "Usage: schemamedic-bench-gui --db URL [--expected SNAPSHOT.json] "
                             "[--nodes N] [--timeout S]\n");
        return ExitUsage;
    }

    sm::log::Options logOptions;
    logOptions.toStderr = true;
    logOptions.stderrLevel = spdlog::level::warn;
    logOptions.toFile = false;
    sm::log::init(logOptions);
    sm::log::installQtMessageHandler();

    auto spec = sm::ConnectionSpec::parse(parser.value(db));
    if (!spec) {
        std::fprintf(stderr, "schemamedic-bench-gui: %s\n", qPrintable(spec.error().message));
        return ExitUsage;
    }
    const QByteArray password = qgetenv("SCHEMAMEDIC_BENCH_PG_PASSWORD");
    if (spec->dialect == sm::Dialect::Postgres && spec->password.isEmpty() && !password.isEmpty())
        spec->password = QString::fromUtf8(password);
    const QString expectedSource = parser.value(expected);

    QJsonObject out;
    out.insert(u"format"_s, u"schemamedic.bench.gui/1"_s);
    out.insert(u"db"_s, spec->redacted());
    out.insert(u"tick_ms"_s, TickMs);
    out.insert(u"platform"_s, QGuiApplication::platformName());
    int exitCode = ExitMeasured;
    auto finish = [&out, &exitCode](int code, const QString &error = {}) {
        if (!error.isEmpty()) {
            out.insert(u"error"_s, error);
            std::fprintf(stderr, "schemamedic-bench-gui: %s\n", qPrintable(error));
        }
        out.insert(u"peak_rss_mb"_s, round2(peakRssMb()));
        exitCode = code;
        QCoreApplication::exit(code);
    };

    sm::gui::MemorySecretStore secrets;
    MainWindow window;
    window.setSecretStore(&secrets);
    window.resize(1400, 900);
    Probe probe;
    app.installEventFilter(&probe);
    auto *schemaTree = window.findChild<QTreeView *>(u"schemaTree"_s);
    sm::gui::ComparisonView *view = window.comparisonView();
    auto *diffTree = view->tree();

    QObject::connect(&window, &MainWindow::loadFailed, &window,
                     [&](const sm::Error &e) { finish(ExitFailed, u"load: "_s + e.message); });
    QObject::connect(&window, &MainWindow::comparisonFailed, &window,
                     [&](const sm::Error &e) { finish(ExitFailed, u"compare: "_s + e.message); });
    QTimer::singleShot(timeoutS * 1000, &window,
                       [&] { finish(ExitFailed, u"timed out after %1 s"_s.arg(timeoutS)); });

    // A phase's figures once its tree has painted (and a few ticks later, so that the gap
    // the paint ends is counted).
    auto phaseFigures = [&probe](double start, double resultAt, double paintEnd) {
        const auto [bgGap, bgOver] = probe.maxGap(start, resultAt);
        const auto [allGap, allOver] = probe.maxGap(start, paintEnd + 4 * TickMs);
        return QJsonObject{{u"background_ms"_s, round2(resultAt - start)},
                           {u"max_stall_ms"_s, round2(bgGap)},
                           {u"stalls_over_50ms"_s, bgOver},
                           {u"show_ms"_s, round2(paintEnd - resultAt)},
                           {u"max_stall_including_show_ms"_s, round2(allGap)},
                           {u"stalls_over_50ms_including_show"_s, allOver}};
    };

    // Phase 3: a comparison of about --nodes rows, handed to the Differences page.
    auto treePhase = [&] {
        const std::shared_ptr<const Comparison> full = view->comparison();
        const qint64 fullRows = countRows(view->model(), {});
        const qsizetype allTables = full->expected.tables.size();
        qsizetype keep = allTables;
        if (fullRows > wantNodes && allTables > 0)
            keep = std::max<qsizetype>(
                1, static_cast<qsizetype>(
                       std::ceil(double(allTables) * double(wantNodes) / double(fullRows))));
        // The first `keep` tables of both sides, diffed and turned into rows as the loader's
        // worker does; more tables while the rows fall short of --nodes (tables differ in size).
        std::shared_ptr<Comparison> cmp;
        std::shared_ptr<const DiffTreeModel::Node> tree;
        double diffMs = 0, buildMs = 0;
        QElapsedTimer t;
        for (int attempt = 0;; ++attempt) {
            cmp = std::make_shared<Comparison>(*full);
            t.start();
            cmp->expected.tables = cmp->expected.tables.mid(0, keep);
            QSet<QString> kept;
            for (const sm::Table &tb : std::as_const(cmp->expected.tables))
                kept.insert(tb.qualifiedName());
            cmp->actual.tables.removeIf(
                [&kept](const sm::Table &tb) { return !kept.contains(tb.qualifiedName()); });
            cmp->diff = sm::diff(cmp->expected, cmp->actual, cmp->options);
            diffMs = t.nsecsElapsed() / 1e6;
            t.restart();
            tree = DiffTreeModel::buildTree(cmp->expected, cmp->actual, cmp->diff);
            buildMs = t.nsecsElapsed() / 1e6;
            DiffTreeModel probeModel;
            probeModel.setTree(tree);
            const qint64 rows = countRows(&probeModel, {});
            if (rows >= wantNodes || keep >= allTables || attempt >= 5 || rows == 0)
                break;
            keep = std::min(allTables,
                            static_cast<qsizetype>(
                                std::ceil(double(keep) * double(wantNodes) / double(rows) * 1.01)));
        }
        t.restart();
        sm::gui::PlanOutcome plan;
        auto made = sm::makePlan(cmp->diff, cmp->expected, cmp->actual, plan.resolutions);
        if (made)
            plan.plan = *made;
        else
            plan.error = made.error();
        const double planMs = t.nsecsElapsed() / 1e6;

        const double start = probe.now();
        std::shared_ptr<const Comparison> handed = cmp;
        Q_EMIT view->loader()->compared(handed, tree, plan);
        const double handedAt = probe.now();
        probe.awaitPaint(diffTree->viewport(), [&, start, handedAt, keep, allTables, diffMs,
                                                buildMs, planMs](double paintEnd) {
            out.insert(u"tree"_s, QJsonObject{{u"nodes"_s, double(countRows(view->model(), {}))},
                                              {u"tables"_s, double(keep)},
                                              {u"of_tables"_s, double(allTables)},
                                              {u"differences"_s,
                                               double(view->comparison()->diff.differences.size())},
                                              {u"worker_diff_ms"_s, round2(diffMs)},
                                              {u"worker_build_tree_ms"_s, round2(buildMs)},
                                              {u"worker_plan_ms"_s, round2(planMs)},
                                              {u"hand_over_ms"_s, round2(handedAt - start)},
                                              {u"show_ms"_s, round2(paintEnd - start)}});
            finish(ExitMeasured);
        });
    };

    // Phase 2: File → Compare with the snapshot.
    auto comparePhase = [&] {
        const double start = probe.now();
        auto shown = std::make_shared<QMetaObject::Connection>();
        *shown =
            QObject::connect(&window, &MainWindow::comparisonShown, &window, [&, shown, start] {
                QObject::disconnect(*shown);
                const double resultAt = probe.lastCallOut();
                probe.awaitPaint(diffTree->viewport(), [&, start, resultAt](double paintEnd) {
                    QTimer::singleShot(6 * TickMs, &window, [&, start, resultAt, paintEnd] {
                        QJsonObject o = phaseFigures(start, resultAt, paintEnd);
                        o.insert(u"nodes"_s, double(countRows(view->model(), {})));
                        o.insert(u"differences"_s,
                                 double(view->comparison()->diff.differences.size()));
                        out.insert(u"compare"_s, o);
                        treePhase();
                    });
                });
            });
        window.compareWith(expectedSource);
    };

    // Phase 1: open the database.
    auto loadPhase = [&] {
        const double start = probe.now();
        auto loaded = std::make_shared<QMetaObject::Connection>();
        *loaded = QObject::connect(&window, &MainWindow::schemaLoaded, &window, [&, loaded, start] {
            QObject::disconnect(*loaded);
            const double resultAt = probe.lastCallOut();
            probe.awaitPaint(schemaTree->viewport(), [&, start, resultAt](double paintEnd) {
                QTimer::singleShot(6 * TickMs, &window, [&, start, resultAt, paintEnd] {
                    QJsonObject o = phaseFigures(start, resultAt, paintEnd);
                    o.insert(u"nodes"_s, double(countRows(window.schemaModel(), {})));
                    out.insert(u"load"_s, o);
                    if (expectedSource.isEmpty())
                        finish(ExitMeasured);
                    else
                        comparePhase();
                });
            });
        });
        window.openSpec(*spec);
    };

    window.show();
    // Let the window be exposed and painted once before anything is timed.
    QTimer::singleShot(300, &window, loadPhase);
    app.exec();
    app.removeEventFilter(&probe);

    const QByteArray json = QJsonDocument(out).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    std::fflush(stdout);
    return exitCode;
}

#include "gui_bench.moc"
