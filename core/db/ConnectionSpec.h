// SPDX-License-Identifier: MIT
#pragma once

// Where a database is: parsed from the URLs of design §4.1, printable without its password.

#include "schema/Schema.h"
#include "util/Result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace sm {

struct ConnectionSpec
{
    Dialect dialect = Dialect::Sqlite;

    // SQLite
    QString path; // absolute path of the database file

    // PostgreSQL
    QString host; // name, address, or a Unix-socket directory (starts with '/')
    int port = 5432;
    QString database;
    QString user;
    QString password;                      // never printed, logged or stored by us
    QList<QPair<QString, QString>> params; // sslmode, connect_timeout, application_name, …

    // Parses sqlite:PATH, sqlite:///abs, postgresql://… and postgres://…
    static Result<ConnectionSpec> parse(const QString &url);

    QString param(const QString &key) const;
    void setParam(const QString &key, const QString &value);

    // The URL with the password removed: safe for titles, logs, journals and reports.
    QString redacted() const;
    // A short name for people: the file name or the database name.
    QString displayName() const;

    friend bool operator==(const ConnectionSpec &, const ConnectionSpec &) = default;
};

// Replaces anything that looks like a password in free text (URLs with user:pass@,
// password=… pairs) with "***". Used on every line that reaches a log.
QString redactSecrets(QString text);

} // namespace sm
