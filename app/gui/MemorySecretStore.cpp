// SPDX-License-Identifier: MIT
#include "MemorySecretStore.h"

using namespace Qt::StringLiterals;

namespace sm::gui {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
    setAvailability(Availability::Available);
}

MemorySecretStore::~MemorySecretStore() = default;

SecretResult MemorySecretStore::unavailable() const
{
    return {SecretResult::Status::Unavailable,
            {},
            noKeychainMessage(),
            u"MemorySecretStore is set to unavailable"_s};
}

void MemorySecretStore::setAvailable(bool available)
{
    m_available = available;
    setAvailability(available ? Availability::Available : Availability::Unavailable,
                    available ? QString() : unavailable().details);
}

void MemorySecretStore::probe()
{
    setAvailable(m_available);
}

void MemorySecretStore::read(const QString &key, QObject *context, Callback callback)
{
    SecretResult r;
    if (!m_available)
        r = unavailable();
    else if (const auto it = m_secrets.constFind(key); it != m_secrets.cend())
        r = {SecretResult::Status::Ok, *it, {}, {}};
    else
        r = {SecretResult::Status::NotFound, {}, tr("No password is saved for %1.").arg(key), {}};
    deliverLater(context, std::move(callback), std::move(r));
}

void MemorySecretStore::write(const QString &key, const QString &password, QObject *context,
                              Callback callback)
{
    SecretResult r;
    if (!m_available) {
        r = unavailable();
    } else {
        m_secrets.insert(key, password);
        ++m_writes;
        r.status = SecretResult::Status::Ok;
    }
    deliverLater(context, std::move(callback), std::move(r));
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    SecretResult r;
    if (!m_available) {
        r = unavailable();
    } else {
        m_secrets.remove(key);
        r.status = SecretResult::Status::Ok;
    }
    deliverLater(context, std::move(callback), std::move(r));
}

} // namespace sm::gui
