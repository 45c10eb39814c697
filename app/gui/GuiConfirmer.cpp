// SPDX-License-Identifier: MIT
#include "GuiConfirmer.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sm::gui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("sm::gui::GuiConfirmer", text);
}
} // namespace

void GuiConfirmer::setRequestHandler(std::function<void(const ConfirmRequest &)> handler)
{
    std::lock_guard lock(m_mutex);
    m_handler = std::move(handler);
}

void GuiConfirmer::acknowledge(const Acknowledgement &ack)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_ack || m_declined)
            return;
        m_ack = ack;
    }
    m_answered.notify_all();
}

void GuiConfirmer::decline()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_ack)
            m_ack.reset();
        m_declined = true;
    }
    m_answered.notify_all();
}

bool GuiConfirmer::confirm(const ConfirmRequest &request)
{
    std::function<void(const ConfirmRequest &)> handler;
    {
        std::lock_guard lock(m_mutex);
        handler = m_handler;
    }
    if (handler)
        handler(request);
    std::unique_lock lock(m_mutex);
    m_answered.wait(lock, [this] { return m_declined || m_ack.has_value(); });
    if (m_declined) {
        m_lastRefusal.clear();
        return false;
    }
    m_lastRefusal = refusalReason(request, *m_ack);
    return m_lastRefusal.isEmpty();
}

QString GuiConfirmer::refusalReason(const ConfirmRequest &request, const Acknowledgement &ack)
{
    if (ack.action != request.action)
        return tr("The confirmation was given for a %1, not for this %2.")
            .arg(ack.action, request.action);
    if (ack.databaseName != request.databaseName)
        return tr("The confirmation names the database \"%1\", but the run is about \"%2\".")
            .arg(ack.databaseName, request.databaseName);
    QStringList missing;
    for (const QString &h : request.hazards)
        if (!ack.hazards.contains(h))
            missing << h;
    if (!missing.isEmpty())
        return tr("The run has hazards that were not acknowledged: %1.").arg(missing.join(u", "_s));
    return {};
}

QString GuiConfirmer::lastRefusal() const
{
    std::lock_guard lock(m_mutex);
    return m_lastRefusal;
}

} // namespace sm::gui
