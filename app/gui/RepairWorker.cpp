// SPDX-License-Identifier: MIT
#include "RepairWorker.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace sm::gui {

RepairWorker::RepairWorker(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<sm::ConfirmRequest>("sm::ConfirmRequest");
    connect(&m_watcher, &QFutureWatcher<RepairResult>::finished, this, [this] {
        m_result = m_watcher.future().resultCount() > 0 ? m_watcher.result() : RepairResult{};
        m_running = false;
        Q_EMIT finished();
    });
}

RepairWorker::~RepairWorker()
{
    if (m_running) {
        cancel();
        m_watcher.waitForFinished();
    }
}

bool RepairWorker::start(RepairOptions options)
{
    if (m_running)
        return false;
    m_state = std::make_shared<State>();
    m_result = {};
    m_running = true;
    // The callbacks run on the worker thread. Signals of this object are emitted from there;
    // Qt queues them to receivers on the GUI thread. The destructor waits for the run, so
    // `this` outlives every callback.
    m_state->confirmer.setRequestHandler(
        [this](const ConfirmRequest &r) { Q_EMIT confirmationRequested(r); });
    options.progress = [this](const QString &line) { Q_EMIT progressLine(line); };
    options.journaled = [this](const QString &event, const QJsonObject &data) {
        Q_EMIT eventJournaled(event, data);
    };
    options.backupProgress = [this](qint64 done, qint64 total, const QString &what) {
        Q_EMIT backupProgress(done, total, what);
    };
    std::shared_ptr<State> state = m_state;
    options.cancelled = [state] { return state->cancel.load(); };
    m_watcher.setFuture(QtConcurrent::run([state, options = std::move(options)]() mutable {
        options.confirmer = &state->confirmer;
        return runRepair(options);
    }));
    return true;
}

bool RepairWorker::isRunning() const
{
    return m_running;
}

void RepairWorker::cancel()
{
    if (!m_state)
        return;
    m_state->cancel = true;
    m_state->confirmer.decline();
}

void RepairWorker::acknowledge(const Acknowledgement &ack)
{
    if (m_state)
        m_state->confirmer.acknowledge(ack);
}

void RepairWorker::decline()
{
    if (m_state)
        m_state->confirmer.decline();
}

QString RepairWorker::lastRefusal() const
{
    return m_state ? m_state->confirmer.lastRefusal() : QString();
}

} // namespace sm::gui
