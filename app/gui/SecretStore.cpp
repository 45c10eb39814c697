// SPDX-License-Identifier: MIT
#include "SecretStore.h"

#include <QMetaObject>

namespace sm::gui {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

SecretStore::~SecretStore() = default;

QString SecretStore::noKeychainMessage()
{
    return tr("No system keychain is available, so passwords are not saved: you will be asked "
              "for the password each time.");
}

void SecretStore::setAvailability(Availability availability, const QString &details)
{
    if (availability == Availability::Unavailable) {
        m_unavailableMessage = noKeychainMessage();
        m_unavailableDetails = details;
    } else {
        m_unavailableMessage.clear();
        m_unavailableDetails.clear();
    }
    if (m_availability == availability)
        return;
    m_availability = availability;
    Q_EMIT availabilityChanged(availability);
}

void SecretStore::deliverLater(QObject *context, Callback callback, SecretResult result)
{
    if (context == nullptr || !callback)
        return;
    QMetaObject::invokeMethod(
        context, [callback = std::move(callback), result = std::move(result)] { callback(result); },
        Qt::QueuedConnection);
}

} // namespace sm::gui
