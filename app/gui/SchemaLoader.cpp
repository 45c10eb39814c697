// SPDX-License-Identifier: MIT
#include "SchemaLoader.h"

#include "db/Connection.h"
#include "introspect/Introspector.h"
#include "log/Log.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace sm::gui {
namespace {

// Runs on a pool thread. Everything it touches is its own: the spec is a copy, the
// connection is opened and closed here.
void loadSchema(QPromise<LoadOutcome> &promise, const ConnectionSpec &spec)
{
    LoadOutcome outcome;
    auto connection = Connection::open(spec, AccessMode::ReadOnly);
    if (!connection) {
        outcome.error = connection.error();
        promise.addResult(std::move(outcome));
        return;
    }
    if (promise.isCanceled())
        return;
    outcome.serverVersion = connection->serverVersion();

    IntrospectOptions options;
    // Step 0 is the connection itself, so the bar moves as soon as the server answers.
    options.progress = [&promise](int step, int steps, const QString &what) {
        promise.setProgressRange(0, steps + 1);
        promise.setProgressValueAndText(step + 1, what);
    };
    options.cancelled = [&promise] { return promise.isCanceled(); };
    auto schema = introspect(*connection, options);
    outcome.queryCount = connection->queryCount();
    if (schema) {
        spdlog::info("read {} tables from {} in {} queries", schema->tables.size(), spec.redacted(),
                     outcome.queryCount);
        // Building a quarter of a million rows takes a moment: not on the GUI thread.
        outcome.tree = SchemaTreeModel::buildTree(*schema);
        outcome.schema = std::move(*schema);
    } else {
        outcome.error = schema.error();
    }
    promise.addResult(std::move(outcome));
}

} // namespace

SchemaLoader::SchemaLoader(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::progressRangeChanged, this, [this](int, int maximum) {
        m_maximum = maximum;
        Q_EMIT progressChanged(m_value, m_maximum, m_text);
    });
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        m_value = value;
        Q_EMIT progressChanged(m_value, m_maximum, m_text);
    });
    connect(&m_watcher, &QFutureWatcherBase::progressTextChanged, this,
            [this](const QString &text) {
                m_text = text;
                Q_EMIT progressChanged(m_value, m_maximum, m_text);
            });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SchemaLoader::onFinished);
}

SchemaLoader::~SchemaLoader()
{
    if (m_watcher.isRunning()) {
        m_watcher.disconnect(this);
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
}

void SchemaLoader::start(const ConnectionSpec &spec)
{
    if (m_watcher.isRunning())
        m_watcher.cancel(); // setFuture() below detaches the watcher from the old run
    m_active = true;
    m_cancelRequested = false;
    m_maximum = 0;
    m_value = 0;
    m_text = tr("Connecting to %1…").arg(spec.redacted());
    spdlog::info("opening {} read-only", spec.redacted());
    Q_EMIT progressChanged(m_value, m_maximum, m_text);
    m_watcher.setFuture(QtConcurrent::run(loadSchema, spec));
}

void SchemaLoader::cancel()
{
    if (!m_active)
        return;
    // Also honoured when the worker has just finished but its result has not been handed on.
    m_cancelRequested = true;
    m_watcher.cancel();
}

bool SchemaLoader::isRunning() const
{
    return m_active;
}

void SchemaLoader::onFinished()
{
    m_active = false;
    const QFuture<LoadOutcome> future = m_watcher.future();
    if (m_cancelRequested || future.isCanceled() || future.resultCount() == 0) {
        Q_EMIT cancelled();
        return;
    }
    const LoadOutcome outcome = future.result();
    if (outcome.schema)
        Q_EMIT loaded(*outcome.schema, outcome.tree, outcome.serverVersion, outcome.queryCount);
    else
        Q_EMIT failed(outcome.error);
}

} // namespace sm::gui
