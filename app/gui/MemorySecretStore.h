// SPDX-License-Identifier: MIT
#pragma once

// A SecretStore in memory, for tests: answers asynchronously like a keychain, and can be
// told to behave as if no keychain were there.

#include "SecretStore.h"

#include <QHash>

namespace sm::gui {

class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QString &password, QObject *context,
               Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;
    void probe() override;

    // false: every call answers Unavailable and nothing is kept.
    void setAvailable(bool available);
    bool contains(const QString &key) const { return m_secrets.contains(key); }
    QString password(const QString &key) const { return m_secrets.value(key); }
    int writeCount() const { return m_writes; }

private:
    SecretResult unavailable() const;

    QHash<QString, QString> m_secrets;
    bool m_available = true;
    int m_writes = 0;
};

} // namespace sm::gui
