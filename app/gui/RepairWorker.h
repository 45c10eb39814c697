// SPDX-License-Identifier: MIT
#pragma once

// Runs core's runRepair() off the GUI thread (design §5.9) and reports it as signals: state
// lines, every journaled event, backup progress, the confirmation request, the result.
// The run opens its own connections on the worker thread; nothing crosses back but values.

#include "GuiConfirmer.h"
#include "run/RepairRun.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QObject>

#include <atomic>
#include <memory>

namespace sm::gui {

class RepairWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepairWorker)

public:
    explicit RepairWorker(QObject *parent = nullptr);
    // Cancels (and declines a pending confirmation) and waits for the run: it polls for
    // cancellation between statements and backup steps, so this is short.
    ~RepairWorker() override;

    // Starts runRepair(options); options.confirmer, .progress, .cancelled, .journaled and
    // .backupProgress are set here. False when a run is already going.
    bool start(RepairOptions options);
    bool isRunning() const;

    // Thread-safe. Before the commit the run rolls back; a pending confirmation is declined.
    void cancel();
    bool cancelRequested() const { return m_state && m_state->cancel.load(); }

    // The operator's answer to the pending (or coming) confirmation.
    void acknowledge(const Acknowledgement &ack);
    void decline();
    QString lastRefusal() const; // why GuiConfirmer refused the last request, if it did

    RepairResult result() const { return m_result; }

Q_SIGNALS:
    void progressLine(const QString &line);
    // Emitted on the worker thread right after the event is in the journal; receivers on the
    // GUI thread get it queued. A test may connect directly (e.g. to cancel at a statement).
    void eventJournaled(const QString &event, const QJsonObject &data);
    void backupProgress(qint64 done, qint64 total, const QString &what);
    void confirmationRequested(const sm::ConfirmRequest &request);
    void finished();

private:
    struct State
    {
        GuiConfirmer confirmer;
        std::atomic_bool cancel = false;
    };
    std::shared_ptr<State> m_state;
    QFutureWatcher<RepairResult> m_watcher;
    RepairResult m_result;
    bool m_running = false;
};

} // namespace sm::gui
