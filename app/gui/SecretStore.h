// SPDX-License-Identifier: MIT
#pragma once

// Where connection passwords are kept: the system keychain in the application, memory in
// tests. Every call answers later, once, on the GUI thread; never a plain-text file.

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace sm::gui {

struct SecretResult
{
    enum class Status {
        Ok,
        NotFound,    // the keychain answered: no password for this key
        Unavailable, // no keychain answers (no Secret Service on D-Bus, …): ask each time
        Failed,      // the keychain answered with an error (access denied, …)
    };
    Status status = Status::Failed;
    QString password; // a successful read only
    QString message;  // one translated sentence when status is not Ok
    QString details;  // the backend's own words

    bool ok() const { return status == Status::Ok; }
};

class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Availability { Unknown, Available, Unavailable };
    Q_ENUM(Availability)

    using Callback = std::function<void(const SecretResult &)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    // Each answers through `callback` on the GUI thread, unless `context` is gone by then.
    virtual void read(const QString &key, QObject *context, Callback callback) = 0;
    virtual void write(const QString &key, const QString &password, QObject *context,
                       Callback callback) = 0;
    virtual void remove(const QString &key, QObject *context, Callback callback) = 0;

    // Asks once whether a keychain answers at all; availabilityChanged() tells the outcome.
    virtual void probe() = 0;

    Availability availability() const { return m_availability; }
    // One sentence for the operator when unavailable, with the backend's words in details.
    QString unavailableMessage() const { return m_unavailableMessage; }
    QString unavailableDetails() const { return m_unavailableDetails; }

    static QString noKeychainMessage();

Q_SIGNALS:
    void availabilityChanged(sm::gui::SecretStore::Availability availability);

protected:
    void setAvailability(Availability availability, const QString &details = {});
    // Calls back through the event loop, so an answer never arrives inside the request.
    static void deliverLater(QObject *context, Callback callback, SecretResult result);

private:
    Availability m_availability = Availability::Unknown;
    QString m_unavailableMessage;
    QString m_unavailableDetails;
};

} // namespace sm::gui
