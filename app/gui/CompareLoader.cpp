// SPDX-License-Identifier: MIT
#include "CompareLoader.h"

#include "db/Connection.h"
#include "expected/ExpectedSource.h"
#include "introspect/Introspector.h"
#include "log/Log.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace sm::gui {
namespace {

// The bar runs 0..100 over the phases: the expected side, the live side, then the quick rest.
constexpr int kExpectedEnd = 30;
constexpr int kLiveEnd = 85;

std::function<void(int, int, const QString &)> phaseProgress(QPromise<CompareOutcome> &promise,
                                                             int from, int to)
{
    return [&promise, from, to](int step, int steps, const QString &what) {
        const int value = steps > 0 ? from + (to - from) * step / steps : from;
        promise.setProgressValueAndText(value, what);
    };
}

// Plans and runs the read-only pre-flight on a connection of this thread's own.
PlanOutcome planFor(const Comparison &c, const Resolutions &resolutions,
                    const std::function<bool()> &cancelled)
{
    PlanOutcome out;
    out.resolutions = resolutions;
    auto plan = makePlan(c.diff, c.expected, c.actual, resolutions);
    if (!plan) {
        out.error = plan.error();
        return out;
    }
    if (!plan->isEmpty() && !cancelled()) {
        auto connection = Connection::open(c.live, AccessMode::ReadOnly);
        if (!connection) {
            out.preflightError = connection.error().message;
        } else if (Status s = runPreflight(*plan, *connection); !s) {
            out.preflightError = s.error().message;
        }
    }
    out.plan = std::move(*plan);
    return out;
}

// Runs on a pool thread. Everything it touches is its own: copies of the inputs, connections
// opened and closed here.
void compare(QPromise<CompareOutcome> &promise, const ConnectionSpec &live, const QString &source,
             const DiffOptions &options, const Resolutions &resolutions)
{
    CompareOutcome outcome;
    promise.setProgressRange(0, 100);
    const auto cancelled = [&promise] { return promise.isCanceled(); };

    // The expected side first: a malformed DDL file should not cost a production connection.
    promise.setProgressValueAndText(0, CompareLoader::tr("Loading the expected schema…"));
    ExpectedOptions eo;
    eo.dialect = live.dialect;
    eo.schemas = options.schemas;
    eo.progress = phaseProgress(promise, 0, kExpectedEnd);
    eo.cancelled = cancelled;
    auto expected = loadExpected(source, eo);
    if (promise.isCanceled())
        return;
    if (!expected) {
        outcome.error = expected.error();
        promise.addResult(std::move(outcome));
        return;
    }

    promise.setProgressValueAndText(kExpectedEnd,
                                    CompareLoader::tr("Connecting to %1…").arg(live.redacted()));
    auto connection = Connection::open(live, AccessMode::ReadOnly);
    if (!connection) {
        outcome.error = connection.error();
        promise.addResult(std::move(outcome));
        return;
    }
    IntrospectOptions io;
    io.schemas = options.schemas;
    io.progress = phaseProgress(promise, kExpectedEnd, kLiveEnd);
    io.cancelled = cancelled;
    auto actual = introspect(*connection, io);
    if (promise.isCanceled())
        return;
    if (!actual) {
        outcome.error = actual.error();
        promise.addResult(std::move(outcome));
        return;
    }

    promise.setProgressValueAndText(kLiveEnd, CompareLoader::tr("Comparing…"));
    auto c = std::make_shared<Comparison>();
    c->live = live;
    c->expectedSource = source;
    c->expectedLabel = expected->source;
    c->warnings = expected->warnings;
    c->options = options;
    c->expected = std::move(expected->schema);
    c->actual = std::move(*actual);
    c->diff = diff(c->expected, c->actual, options);
    spdlog::info("compared {} with {}: {} differences", live.redacted(), c->expectedLabel,
                 c->diff.differences.size());
    if (promise.isCanceled())
        return;

    promise.setProgressValueAndText(90, CompareLoader::tr("Building the difference tree…"));
    outcome.tree = DiffTreeModel::buildTree(c->expected, c->actual, c->diff);
    promise.setProgressValueAndText(95, CompareLoader::tr("Planning and running pre-flight "
                                                          "checks…"));
    outcome.plan = planFor(*c, resolutions, cancelled);
    if (promise.isCanceled())
        return;
    outcome.comparison = std::move(c);
    promise.setProgressValueAndText(100, QString());
    promise.addResult(std::move(outcome));
}

void replanWorker(QPromise<PlanOutcome> &promise, const std::shared_ptr<const Comparison> &c,
                  const Resolutions &resolutions, int generation)
{
    PlanOutcome out = planFor(*c, resolutions, [&promise] { return promise.isCanceled(); });
    out.generation = generation;
    promise.addResult(std::move(out));
}

} // namespace

CompareLoader::CompareLoader(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<sm::gui::PlanOutcome>();
    connect(&m_compare, &QFutureWatcherBase::progressRangeChanged, this, [this](int, int maximum) {
        m_maximum = maximum;
        Q_EMIT progressChanged(m_value, m_maximum, m_text);
    });
    connect(&m_compare, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        m_value = value;
        Q_EMIT progressChanged(m_value, m_maximum, m_text);
    });
    connect(&m_compare, &QFutureWatcherBase::progressTextChanged, this,
            [this](const QString &text) {
                if (text.isEmpty())
                    return;
                m_text = text;
                Q_EMIT progressChanged(m_value, m_maximum, m_text);
            });
    connect(&m_compare, &QFutureWatcherBase::finished, this, &CompareLoader::onCompareFinished);
    connect(&m_plan, &QFutureWatcherBase::finished, this, &CompareLoader::onPlanFinished);
}

CompareLoader::~CompareLoader()
{
    for (QFutureWatcherBase *w : {static_cast<QFutureWatcherBase *>(&m_compare),
                                  static_cast<QFutureWatcherBase *>(&m_plan)}) {
        if (w->isRunning()) {
            w->disconnect(this);
            w->cancel();
            w->waitForFinished();
        }
    }
}

void CompareLoader::start(const ConnectionSpec &live, const QString &expectedSource,
                          const DiffOptions &options, const Resolutions &resolutions)
{
    if (m_compare.isRunning())
        m_compare.cancel(); // setFuture() below detaches the watcher from the old run
    ++m_generation;         // a re-plan of the comparison on screen is stale now
    m_planning = false;
    m_active = true;
    m_cancelRequested = false;
    m_maximum = 0;
    m_value = 0;
    m_text = tr("Loading the expected schema…");
    spdlog::info("comparing {} with {}", live.redacted(), expectedSource);
    Q_EMIT progressChanged(m_value, m_maximum, m_text);
    m_compare.setFuture(QtConcurrent::run(compare, live, expectedSource, options, resolutions));
}

void CompareLoader::replan(const std::shared_ptr<const Comparison> &comparison,
                           const Resolutions &resolutions)
{
    if (!comparison)
        return;
    if (m_plan.isRunning())
        m_plan.cancel();
    m_planning = true;
    m_plan.setFuture(QtConcurrent::run(replanWorker, comparison, resolutions, ++m_generation));
}

void CompareLoader::cancel()
{
    if (!m_active)
        return;
    m_cancelRequested = true;
    m_compare.cancel();
}

bool CompareLoader::isRunning() const
{
    return m_active;
}

bool CompareLoader::isPlanning() const
{
    return m_planning;
}

void CompareLoader::onCompareFinished()
{
    m_active = false;
    const QFuture<CompareOutcome> future = m_compare.future();
    if (m_cancelRequested || future.isCanceled() || future.resultCount() == 0) {
        Q_EMIT cancelled();
        return;
    }
    const CompareOutcome outcome = future.result();
    if (outcome.comparison) {
        PlanOutcome plan = outcome.plan;
        plan.generation = m_generation;
        Q_EMIT compared(outcome.comparison, outcome.tree, plan);
    } else {
        Q_EMIT failed(outcome.error);
    }
}

void CompareLoader::onPlanFinished()
{
    const QFuture<PlanOutcome> future = m_plan.future();
    if (future.isCanceled() || future.resultCount() == 0)
        return; // superseded: the newer run delivers
    const PlanOutcome outcome = future.result();
    if (outcome.generation != m_generation)
        return;
    m_planning = false;
    Q_EMIT planned(outcome);
}

} // namespace sm::gui
