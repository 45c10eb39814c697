// SPDX-License-Identifier: MIT
#include "KeychainSecretStore.h"

#include "log/Log.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace sm::gui {

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::serviceName()
{
    return u"Schema Medic"_s;
}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    run(job, key, context, std::move(callback));
}

void KeychainSecretStore::write(const QString &key, const QString &password, QObject *context,
                                Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setTextData(password);
    run(job, key, context, std::move(callback));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    run(job, key, context, std::move(callback));
}

void KeychainSecretStore::probe()
{
    // A key that is never written: "not found" means a keychain answered.
    read(u"schemamedic-probe"_s, this, {});
}

void KeychainSecretStore::run(QKeychain::Job *job, const QString &key, QObject *context,
                              Callback callback)
{
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text QSettings copy of a password

    // One answer per call: whichever comes first of the job's and the time limit's.
    auto answered = std::make_shared<bool>(false);
    QPointer<QObject> target(context);
    auto finish = [answered, target, callback](const SecretResult &result) {
        if (*answered)
            return;
        *answered = true;
        if (target && callback)
            callback(result);
    };

    connect(job, &QKeychain::Job::finished, this, [this, finish, key](QKeychain::Job *j) {
        SecretResult r;
        switch (j->error()) {
        case QKeychain::NoError:
            r.status = SecretResult::Status::Ok;
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j))
                r.password = read->textData();
            setAvailability(Availability::Available);
            break;
        case QKeychain::EntryNotFound:
            r.status = SecretResult::Status::NotFound;
            r.message = tr("The system keychain has no password for %1.").arg(key);
            setAvailability(Availability::Available);
            break;
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            r.status = SecretResult::Status::Failed;
            r.message = tr("The system keychain refused access to the password for %1.").arg(key);
            r.details = j->errorString();
            setAvailability(Availability::Available);
            break;
        case QKeychain::CouldNotDeleteEntry:
            r.status = SecretResult::Status::Failed;
            r.message =
                tr("The password for %1 could not be removed from the system keychain.").arg(key);
            r.details = j->errorString();
            break;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
        case QKeychain::OtherError:
            // On Linux a missing Secret Service comes back as OtherError with D-Bus's words.
            r.status = SecretResult::Status::Unavailable;
            r.message = noKeychainMessage();
            r.details = j->errorString();
            setAvailability(Availability::Unavailable, r.details);
            break;
        }
        if (r.status != SecretResult::Status::Ok && r.status != SecretResult::Status::NotFound)
            spdlog::info("keychain: {} ({})", r.message, r.details);
        finish(r);
    });

    QTimer::singleShot(m_timeoutMs, this, [this, finish, answered] {
        if (*answered)
            return;
        const QString details = tr("The system keychain did not answer within %n second(s).",
                                   nullptr, m_timeoutMs / 1000);
        setAvailability(Availability::Unavailable, details);
        finish({SecretResult::Status::Unavailable, {}, noKeychainMessage(), details});
    });
    job->start();
}

} // namespace sm::gui
