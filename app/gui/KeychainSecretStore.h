// SPDX-License-Identifier: MIT
#pragma once

// The system keychain through QtKeychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Store). Jobs run asynchronously on the GUI thread; QtKeychain's insecure
// plain-text fallback is never enabled.

#include "SecretStore.h"

namespace QKeychain {
class Job;
}

namespace sm::gui {

class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QString &password, QObject *context,
               Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;
    void probe() override;

    // A keychain that never answers (a D-Bus service that hangs) counts as unavailable.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    static QString serviceName();

private:
    void run(QKeychain::Job *job, const QString &key, QObject *context, Callback callback);

    int m_timeoutMs = 8000;
};

} // namespace sm::gui
