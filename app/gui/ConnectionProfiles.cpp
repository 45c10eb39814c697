// SPDX-License-Identifier: MIT
#include "ConnectionProfiles.h"

#include <QSettings>

#include <memory>

using namespace Qt::StringLiterals;

namespace sm::gui {
namespace {

const auto kGroup = u"connections"_s;
const auto kArray = u"profiles"_s;
const auto kLast = u"last"_s;

// The keys written are exactly these: a test reads the file back to prove no password is there.
void store(QSettings &s, const ConnectionProfile &p)
{
    s.setValue(u"name"_s, p.name);
    s.setValue(u"engine"_s, dialectName(p.engine));
    s.setValue(u"host"_s, p.host);
    s.setValue(u"port"_s, p.port);
    s.setValue(u"database"_s, p.database);
    s.setValue(u"user"_s, p.user);
    s.setValue(u"sslmode"_s, p.sslMode);
    s.setValue(u"connectTimeout"_s, p.connectTimeout);
    s.setValue(u"rememberPassword"_s, p.rememberPassword);
    s.setValue(u"path"_s, p.sqlitePath);
}

ConnectionProfile load(const QSettings &s)
{
    ConnectionProfile p;
    p.name = s.value(u"name"_s).toString();
    p.engine = dialectFromName(s.value(u"engine"_s).toString()).value_or(Dialect::Postgres);
    p.host = s.value(u"host"_s, p.host).toString();
    p.port = s.value(u"port"_s, p.port).toInt();
    p.database = s.value(u"database"_s).toString();
    p.user = s.value(u"user"_s).toString();
    p.sslMode = s.value(u"sslmode"_s).toString();
    p.connectTimeout = s.value(u"connectTimeout"_s, p.connectTimeout).toInt();
    p.rememberPassword = s.value(u"rememberPassword"_s, false).toBool();
    p.sqlitePath = s.value(u"path"_s).toString();
    return p;
}

std::unique_ptr<QSettings> open(const QString &file)
{
    return file.isEmpty() ? std::make_unique<QSettings>()
                          : std::make_unique<QSettings>(file, QSettings::IniFormat);
}

} // namespace

ConnectionSpec ConnectionProfile::spec(const QString &password) const
{
    ConnectionSpec s;
    s.dialect = engine;
    if (engine == Dialect::Sqlite) {
        s.path = sqlitePath;
        return s;
    }
    s.host = host.trimmed();
    s.port = port;
    s.database = database.trimmed();
    s.user = user.trimmed();
    s.password = password;
    if (!sslMode.isEmpty())
        s.setParam(u"sslmode"_s, sslMode);
    if (connectTimeout > 0)
        s.setParam(u"connect_timeout"_s, QString::number(connectTimeout));
    s.setParam(u"application_name"_s, u"schemamedic"_s);
    return s;
}

ConnectionProfile ConnectionProfile::fromSpec(const ConnectionSpec &spec, const QString &name)
{
    ConnectionProfile p;
    p.name = name;
    p.engine = spec.dialect;
    if (spec.dialect == Dialect::Sqlite) {
        p.sqlitePath = spec.path;
        return p;
    }
    p.host = spec.host;
    p.port = spec.port;
    p.database = spec.database;
    p.user = spec.user;
    p.sslMode = spec.param(u"sslmode"_s);
    bool ok = false;
    const int timeout = spec.param(u"connect_timeout"_s).toInt(&ok);
    if (ok)
        p.connectTimeout = timeout;
    return p;
}

QString ConnectionProfile::secretKey() const
{
    if (engine == Dialect::Sqlite)
        return {};
    return u"postgresql://%1@%2:%3/%4"_s.arg(user.trimmed(), host.trimmed())
        .arg(port)
        .arg(database.trimmed());
}

ConnectionProfiles::ConnectionProfiles(QString settingsFile)
    : m_file(std::move(settingsFile))
{}

QList<ConnectionProfile> ConnectionProfiles::all() const
{
    auto s = open(m_file);
    s->beginGroup(kGroup);
    QList<ConnectionProfile> result;
    const int n = s->beginReadArray(kArray);
    for (int i = 0; i < n; ++i) {
        s->setArrayIndex(i);
        ConnectionProfile p = load(*s);
        if (!p.name.isEmpty())
            result << p;
    }
    s->endArray();
    s->endGroup();
    return result;
}

std::optional<ConnectionProfile> ConnectionProfiles::find(const QString &name) const
{
    for (const ConnectionProfile &p : all())
        if (p.name == name)
            return p;
    return std::nullopt;
}

void ConnectionProfiles::save(const ConnectionProfile &profile, const QString &previousName)
{
    // The profile takes the place of the one it replaces (or renames); a rename onto an
    // existing name replaces that one too, so a name is never there twice.
    const QString replaced = previousName.isEmpty() ? profile.name : previousName;
    QList<ConnectionProfile> list;
    qsizetype at = -1;
    for (const ConnectionProfile &p : all()) {
        if (p.name == replaced || p.name == profile.name) {
            if (at < 0)
                at = list.size();
            continue;
        }
        list << p;
    }
    list.insert(at < 0 ? list.size() : at, profile);
    write(list);
}

void ConnectionProfiles::remove(const QString &name)
{
    QList<ConnectionProfile> list = all();
    list.removeIf([&name](const ConnectionProfile &p) { return p.name == name; });
    write(list);
}

void ConnectionProfiles::write(const QList<ConnectionProfile> &profiles)
{
    auto s = open(m_file);
    s->beginGroup(kGroup);
    s->remove(kArray);
    s->beginWriteArray(kArray, static_cast<int>(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        s->setArrayIndex(i);
        store(*s, profiles.at(i));
    }
    s->endArray();
    s->endGroup();
    s->sync();
}

ConnectionProfile ConnectionProfiles::lastUsed() const
{
    auto s = open(m_file);
    s->beginGroup(kGroup);
    s->beginGroup(kLast);
    ConnectionProfile p = load(*s);
    s->endGroup();
    s->endGroup();
    return p;
}

void ConnectionProfiles::setLastUsed(const ConnectionProfile &profile)
{
    auto s = open(m_file);
    s->beginGroup(kGroup);
    s->beginGroup(kLast);
    store(*s, profile);
    s->endGroup();
    s->endGroup();
    s->sync();
}

} // namespace sm::gui
