// SPDX-License-Identifier: MIT
#pragma once

// Named connections the operator uses again (prod, staging, a local file), kept in QSettings.
// A profile never holds a password: that lives in the SecretStore under secretKey().

#include "db/ConnectionSpec.h"

#include <QList>
#include <QString>

#include <optional>

namespace sm::gui {

struct ConnectionProfile
{
    QString name;
    Dialect engine = Dialect::Postgres;
    // PostgreSQL
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString user;
    QString sslMode;         // empty: libpq's default (prefer)
    int connectTimeout = 10; // seconds
    bool rememberPassword = false;
    // SQLite
    QString sqlitePath;

    // Where to connect; the password is only ever passed in, never stored here.
    ConnectionSpec spec(const QString &password = {}) const;
    static ConnectionProfile fromSpec(const ConnectionSpec &spec, const QString &name = {});
    // The keychain entry for this server and user, shared by profiles that point at the same
    // place; empty for SQLite.
    QString secretKey() const;

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

class ConnectionProfiles
{
public:
    // settingsFile empty: the application's own QSettings; otherwise an INI file (tests).
    explicit ConnectionProfiles(QString settingsFile = {});

    QList<ConnectionProfile> all() const;
    std::optional<ConnectionProfile> find(const QString &name) const;
    // Adds or replaces the profile; `previousName` renames an existing one.
    void save(const ConnectionProfile &profile, const QString &previousName = {});
    void remove(const QString &name);

    // The fields of the last connection made without a profile, to prefill the dialog.
    ConnectionProfile lastUsed() const;
    void setLastUsed(const ConnectionProfile &profile);

    QString settingsFile() const { return m_file; }

private:
    void write(const QList<ConnectionProfile> &profiles);

    QString m_file;
};

} // namespace sm::gui
