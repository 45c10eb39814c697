// SPDX-License-Identifier: MIT
#include "Introspector.h"

#include "log/Log.h"

#include <QCoreApplication>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace sm {
namespace {

// This file's messages: lupdate files them under sm::Introspector, the context the runtime looks
// up.
struct IntrospectorText
{
    Q_DECLARE_TR_FUNCTIONS(sm::Introspector)
};

// Whether this role may SELECT * from a table: USAGE on its schema, and SELECT on the table or
// on every one of its columns.
const QString kMayReadTable =
    u"SELECT pg_catalog.has_schema_privilege(c.relnamespace, 'USAGE') AND "
    u"(pg_catalog.has_table_privilege(c.oid, 'SELECT') OR NOT EXISTS ("
    u"SELECT 1 FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 "
    u"AND NOT a.attisdropped AND NOT pg_catalog.has_column_privilege(c.oid, a.attnum, 'SELECT'))) "
    u"FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    u"WHERE n.nspname = ? AND c.relname = ?"_s;

struct HistoryTable
{
    const char16_t *table;
    const char16_t *tool;
};
constexpr HistoryTable kHistoryTables[] = {
    {u"alembic_version", u"alembic"},
    {u"_prisma_migrations", u"prisma"},
    {u"django_migrations", u"django"},
    {u"flyway_schema_history", u"flyway"},
    {u"schema_migrations", u"schema_migrations"},
    {u"__EFMigrationsHistory", u"efcore"},
};

QString text(const QSqlRecord &r, const QSqlQuery &q, const char16_t *field)
{
    const int i = r.indexOf(QString::fromUtf16(field));
    return i < 0 || q.isNull(i) ? QString() : q.value(i).toString();
}

MigrationEntry entryFor(const QString &tool, const QSqlQuery &q, const QSqlRecord &r)
{
    MigrationEntry e;
    if (tool == u"alembic") {
        e.version = text(r, q, u"version_num");
    } else if (tool == u"prisma") {
        e.version = text(r, q, u"migration_name");
        e.name = e.version;
        e.appliedAt = text(r, q, u"finished_at");
        e.success = !e.appliedAt.isEmpty() && text(r, q, u"rolled_back_at").isEmpty();
    } else if (tool == u"django") {
        e.version = text(r, q, u"app") + u'.' + text(r, q, u"name");
        e.name = text(r, q, u"name");
        e.appliedAt = text(r, q, u"applied");
    } else if (tool == u"flyway") {
        e.version = text(r, q, u"version");
        e.name = text(r, q, u"description");
        e.appliedAt = text(r, q, u"installed_on");
        const QString success = text(r, q, u"success").toLower();
        e.success = success == u"true" || success == u"1" || success == u"t";
    } else if (tool == u"schema_migrations") {
        e.version = text(r, q, u"version");
        const QString dirty = text(r, q, u"dirty").toLower(); // golang-migrate
        e.success = !(dirty == u"true" || dirty == u"1" || dirty == u"t");
    } else if (tool == u"efcore") {
        e.version = text(r, q, u"MigrationId");
        e.name = text(r, q, u"ProductVersion");
    }
    return e;
}

// The order a framework applied its migrations in, so the last entry is the current one.
QString orderBy(const QString &tool, const Table &t)
{
    auto has = [&](const char16_t *c) { return t.column(QString::fromUtf16(c)) != nullptr; };
    if (tool == u"prisma" && has(u"started_at"))
        return u" ORDER BY started_at, migration_name"_s;
    if (tool == u"django" && has(u"id"))
        return u" ORDER BY id"_s;
    if (tool == u"flyway" && has(u"installed_rank"))
        return u" ORDER BY installed_rank"_s;
    if (tool == u"schema_migrations" && has(u"version"))
        return u" ORDER BY version"_s;
    if (tool == u"efcore" && has(u"MigrationId"))
        return u" ORDER BY \"MigrationId\""_s;
    return {};
}

} // namespace

Error cancelledError()
{
    return makeError(ErrorKind::Internal,
                     IntrospectorText::tr("Reading the schema was cancelled."));
}

Result<Schema> introspect(Connection &connection, const IntrospectOptions &options)
{
    Result<Schema> r = connection.dialect() == Dialect::Postgres
                           ? introspectPostgres(connection, options)
                           : introspectSqlite(connection, options);
    if (r)
        r->normalize();
    return r;
}

Result<QList<MigrationHistory>> readMigrationHistory(Connection &connection,
                                                     const QList<Table> &tables,
                                                     const QSet<QString> *withoutTableSelect)
{
    QList<MigrationHistory> out;
    for (const Table &t : tables) {
        QString tool;
        for (const HistoryTable &h : kHistoryTables)
            if (t.name == QStringView(h.table))
                tool = QString::fromUtf16(h.tool);
        if (tool.isEmpty())
            continue;
        MigrationHistory h;
        h.tool = tool;
        h.schema = t.schema;
        h.table = t.name;
        if (withoutTableSelect && withoutTableSelect->contains(t.schema + u'.' + t.name)) {
            // A role may see a table in the catalogs without the right to read it. Asked
            // first: a failed SELECT would end the snapshot transaction the catalogs were
            // read in, and the whole schema with it.
            auto may = connection.query(kMayReadTable, {t.schema, t.name});
            if (!may)
                return may.error();
            if (!may->next() || !may->value(0).toBool()) {
                spdlog::warn("migration history {}.{} is not readable by this role; its version "
                             "is unknown",
                             t.schema.toStdString(), t.name.toStdString());
                h.readable = false;
                out.append(h);
                continue;
            }
        }
        const QString from = connection.dialect() == Dialect::Postgres
                                 ? quoteIdentifier(t.schema) + u'.' + quoteIdentifier(t.name)
                                 : quoteIdentifier(t.name);
        auto q = connection.query(u"SELECT * FROM "_s + from + orderBy(tool, t));
        if (!q)
            return q.error();
        const QSqlRecord record = q->record();
        while (q->next())
            h.entries.append(entryFor(tool, *q, record));
        for (auto it = h.entries.crbegin(); it != h.entries.crend(); ++it)
            if (it->success && !it->version.isEmpty()) {
                h.currentVersion = it->version;
                break;
            }
        if (tool == u"alembic") {
            QStringList heads; // alembic may hold several heads after a branch
            for (const MigrationEntry &e : std::as_const(h.entries))
                heads << e.version;
            h.currentVersion = heads.join(u',');
        }
        out.append(h);
    }
    return out;
}

} // namespace sm
