// SPDX-License-Identifier: MIT
#pragma once

// The console's answer to core's Confirmer (design §2): the operator's acknowledgements, made
// on a page or dialog, checked against the request the run actually sends.

#include "run/Confirmer.h"

#include <QSet>
#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>

namespace sm::gui {

// What the operator agreed to on screen.
struct Acknowledgement
{
    QString action;        // "repair", "restore": an answer for one never answers the other
    QString databaseName;  // as typed (or, when no typing was asked, the name that was shown)
    QSet<QString> hazards; // hazard names ticked one by one
};

// core/ calls Confirmer::confirm() synchronously, on the worker thread, at the one moment that
// matters: after the verified backup and before the first write. The GUI thread must not block
// and must not spin a nested event loop, so the roles are split:
//  - the worker thread blocks in confirm() (only it waits; it holds no lock the GUI needs);
//  - the request is handed to the GUI through `requestHandler` (which posts it, queued), so the
//    Confirm page can show what the run is really about to do, with the backup it just took;
//  - the GUI thread answers with acknowledge() or decline(), before or after the request
//    arrives (a dialog that asks first, then starts the work, answers before).
// The answer is never taken on trust: confirm() returns true only when the acknowledgement
// covers the request exactly — same action, the database name typed as the request names it,
// every hazard the request lists ticked. A run whose plan changed between the screen and the
// write (new hazards, another database) is therefore declined, and nothing is written.
class GuiConfirmer final : public Confirmer
{
public:
    GuiConfirmer() = default;
    Q_DISABLE_COPY_MOVE(GuiConfirmer)

    // Called on the worker thread with each request before confirm() waits; must not block.
    void setRequestHandler(std::function<void(const ConfirmRequest &)> handler);

    // GUI thread, any time: the operator's answer. The first answer counts.
    void acknowledge(const Acknowledgement &ack);
    void decline();

    bool confirm(const ConfirmRequest &request) override;

    // Why `ack` does not cover `request`, in one sentence; empty when it does.
    static QString refusalReason(const ConfirmRequest &request, const Acknowledgement &ack);
    // The last refusal (empty when the last request was confirmed or declined by the operator).
    QString lastRefusal() const;

private:
    std::function<void(const ConfirmRequest &)> m_handler;
    mutable std::mutex m_mutex;
    std::condition_variable m_answered;
    std::optional<Acknowledgement> m_ack;
    bool m_declined = false;
    QString m_lastRefusal;
};

} // namespace sm::gui
