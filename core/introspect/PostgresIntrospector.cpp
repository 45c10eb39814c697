// SPDX-License-Identifier: MIT
// PostgreSQL introspection: the catalog queries of PostgresQueries.h, each read once for the
// whole database and distributed over the model by relation oid.
#include "Introspector.h"
#include "PostgresQueries.h"

#include "log/Log.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace sm {
namespace {

// This file's messages: lupdate files them under sm::Introspector, the context the runtime looks
// up.
struct IntrospectorText
{
    Q_DECLARE_TR_FUNCTIONS(sm::Introspector)
};

// The rows of one catalog query, copied out of the driver: they may have been read on another
// connection, in another thread (see prefetch below), and are consumed here like a QSqlQuery.
class Rows
{
public:
    static Rows from(QSqlQuery &q)
    {
        Rows r;
        const int columns = q.record().count();
        while (q.next()) {
            QVariantList row;
            row.reserve(columns);
            for (int i = 0; i < columns; ++i)
                row.append(q.value(i));
            r.m_rows.append(std::move(row));
        }
        return r;
    }
    bool next() { return ++m_at < m_rows.size(); }
    QVariant value(int i) const { return m_rows[m_at].value(i); }
    bool isNull(int i) const { return m_rows[m_at].value(i).isNull(); }

private:
    QList<QVariantList> m_rows;
    qsizetype m_at = -1;
};

QString text(const Rows &q, int i)
{
    return q.isNull(i) ? QString() : q.value(i).toString();
}

std::optional<QString> optionalText(const Rows &q, int i)
{
    if (q.isNull(i))
        return std::nullopt;
    return q.value(i).toString();
}

// Lists come back as JSON arrays: Qt's driver hands PostgreSQL arrays over as unparsed text,
// and names may hold commas, quotes and braces.
QStringList list(const Rows &q, int i)
{
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(q.value(i).toString().toUtf8()).array();
    for (const QJsonValue &v : a)
        out << v.toString();
    return out;
}

QString referentialAction(const QString &code)
{
    if (code == u"r")
        return u"RESTRICT"_s;
    if (code == u"c")
        return u"CASCADE"_s;
    if (code == u"n")
        return u"SET NULL"_s;
    if (code == u"d")
        return u"SET DEFAULT"_s;
    return u"NO ACTION"_s;
}

ConstraintKind constraintKind(const QString &contype)
{
    if (contype == u"p")
        return ConstraintKind::PrimaryKey;
    if (contype == u"f")
        return ConstraintKind::ForeignKey;
    if (contype == u"u")
        return ConstraintKind::Unique;
    if (contype == u"x")
        return ConstraintKind::Exclusion;
    return ConstraintKind::Check;
}

// pg_trigger.tgtype bits, from PostgreSQL's catalog/pg_trigger.h.
enum TriggerType : int {
    TriggerBefore = 1 << 1,
    TriggerInsert = 1 << 2,
    TriggerDelete = 1 << 3,
    TriggerUpdate = 1 << 4,
    TriggerTruncate = 1 << 5,
    TriggerInstead = 1 << 6,
};

Trigger triggerFrom(const Rows &q)
{
    Trigger t;
    t.name = text(q, 1);
    const int type = q.value(2).toInt();
    t.timing = (type & TriggerInstead)  ? u"INSTEAD OF"_s
               : (type & TriggerBefore) ? u"BEFORE"_s
                                        : u"AFTER"_s;
    if (type & TriggerInsert)
        t.events << u"INSERT"_s;
    if (type & TriggerUpdate)
        t.events << u"UPDATE"_s;
    if (type & TriggerDelete)
        t.events << u"DELETE"_s;
    if (type & TriggerTruncate)
        t.events << u"TRUNCATE"_s;
    t.function = text(q, 3);
    t.definition = text(q, 4);
    t.enabled = text(q, 5) != u"D";
    return t;
}

Index indexFrom(const Rows &q)
{
    Index i;
    i.name = text(q, 1);
    i.unique = q.value(2).toBool();
    i.primary = q.value(3).toBool();
    i.constraintIndex = q.value(4).toBool();
    i.method = text(q, 5);
    i.predicate = text(q, 6);
    i.definition = text(q, 7);
    i.valid = q.value(8).toBool();
    i.columns = list(q, 9);
    i.include = list(q, 10);
    return i;
}

// Enters an empty search_path for the duration of introspection and puts the caller's back
// afterwards, whatever way we leave: the same connection may go on to run the caller's SQL.
class EmptySearchPath
{
public:
    explicit EmptySearchPath(Connection &c)
        : m_connection(c)
    {}
    ~EmptySearchPath()
    {
        if (m_saved)
            (void)m_connection.exec(pgq::kRestoreSearchPath, {*m_saved});
    }
    Q_DISABLE_COPY_MOVE(EmptySearchPath)

    Status enter()
    {
        auto q = m_connection.query(pgq::kEnterEmptySearchPath);
        if (!q)
            return q.error();
        if (q->next())
            m_saved = q->value(0).toString();
        return {};
    }

private:
    Connection &m_connection;
    std::optional<QString> m_saved;
};

// Reads one catalog query on a connection of its own that imports `snapshot`, so that what it
// sees is exactly what the main connection sees. Runs in a worker thread: the connection is
// opened, used and closed there.
Result<Rows> readOnSnapshot(const ConnectionSpec &spec, const QString &snapshot, const QString &sql,
                            const QString &wanted)
{
    auto c = Connection::open(spec, AccessMode::ReadOnly);
    if (!c)
        return c.error();
    // A snapshot id is a token the server made; SET cannot take a bound value.
    const QString importSnapshot =
        u"SET TRANSACTION SNAPSHOT '"_s + QString(snapshot).remove(u'\'') + u'\'';
    for (const QString &stmt :
         QStringList{u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s, importSnapshot,
                     u"SELECT set_config('search_path', '', true)"_s})
        if (Status s = c->exec(stmt); !s)
            return s.error();
    auto q = c->query(sql, {wanted});
    if (!q)
        return q.error();
    Rows rows = Rows::from(*q);
    (void)c->exec(u"COMMIT"_s);
    return rows;
}

// Commits the read-only snapshot transaction of the main connection on every way out.
class SnapshotTransaction
{
public:
    explicit SnapshotTransaction(Connection &c)
        : m_connection(c)
    {}
    ~SnapshotTransaction()
    {
        if (m_open)
            (void)m_connection.exec(u"COMMIT"_s);
    }
    Q_DISABLE_COPY_MOVE(SnapshotTransaction)

    // The exported snapshot id, or nothing when the transaction could not be started.
    std::optional<QString> begin()
    {
        // Inside the caller's transaction block a BEGIN is only a warning, and our COMMIT
        // would end the caller's transaction: outside a block every statement is its own
        // transaction, so its start is the statement's start.
        auto outside =
            m_connection.query(u"SELECT transaction_timestamp() = statement_timestamp()"_s);
        if (!outside || !outside->next() || !outside->value(0).toBool())
            return std::nullopt;
        if (!m_connection.exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s))
            return std::nullopt;
        m_open = true;
        auto q = m_connection.query(u"SELECT pg_export_snapshot()"_s);
        if (!q || !q->next())
            return std::nullopt;
        return q->value(0).toString();
    }

private:
    Connection &m_connection;
    bool m_open = false;
};

} // namespace

Result<Schema> introspectPostgres(Connection &connection, const IntrospectOptions &options)
{
    // Catalog queries plus the migration-history step.
    constexpr int stepCount = 12;
    int step = 0;

    EmptySearchPath searchPath(connection);
    if (Status s = searchPath.enter(); !s)
        return s.error();

    // Bound as one JSON array: any schema name survives it, and the SQL text never changes.
    const QString wanted = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(options.schemas)).toJson(QJsonDocument::Compact));

    // Every catalog read goes through here, so that cancellation and progress are checked
    // between queries and never inside one.
    // The three largest catalogs (columns, constraints, indexes: 90 % of the time at 10,000
    // tables) are read at the same time on helper connections that share this connection's
    // snapshot. Not when the caller is inside a transaction whose changes we must see.
    SnapshotTransaction snapshotTx(connection);
    QHash<const QString *, QFuture<Result<Rows>>> prefetched;
    if (options.parallel) {
        if (const auto snapshot = snapshotTx.begin()) {
            for (const QString *sql : {&pgq::kColumns, &pgq::kIndexes, &pgq::kConstraints})
                prefetched.insert(sql, QtConcurrent::run(readOnSnapshot, connection.spec(),
                                                         *snapshot, *sql, wanted));
        }
    }

    auto read = [&](const QString &sql, const QString &what) -> Result<Rows> {
        if (options.cancelled && options.cancelled())
            return cancelledError();
        if (options.progress)
            options.progress(step, stepCount, what);
        ++step;
        if (auto it = prefetched.find(&sql); it != prefetched.end()) {
            Result<Rows> rows = it->result();
            if (rows)
                return rows;
            // A helper connection could not be had (connection limit …): read it here instead.
            spdlog::info("parallel catalog read failed, reading on the main connection: {}",
                         rows.error().message);
        }
        auto q = connection.query(sql, {wanted});
        if (!q)
            return q.error();
        return Rows::from(*q);
    };

    Schema schema;
    schema.dialect = Dialect::Postgres;
    schema.serverVersion = connection.serverVersion();

    {
        auto q = read(pgq::kNamespaces, IntrospectorText::tr("Reading schemas"));
        if (!q)
            return q.error();
        while (q->next())
            schema.schemas << text(*q, 0);
    }

    QHash<qint64, qsizetype> tableByOid;
    {
        auto q = read(pgq::kTables, IntrospectorText::tr("Reading tables"));
        if (!q)
            return q.error();
        while (q->next()) {
            Table t;
            t.schema = text(*q, 1);
            t.name = text(*q, 2);
            const QString kind = text(*q, 3);
            t.kind = kind == u"p"   ? TableKind::PartitionedTable
                     : kind == u"f" ? TableKind::ForeignTable
                                    : TableKind::Table;
            t.comment = text(*q, 4);
            const QStringList parents = list(*q, 8);
            if (q->value(5).toBool()) {
                t.partitionOf = parents.value(0);
                t.partitionBound = text(*q, 6);
            } else {
                t.inherits = parents;
            }
            t.partitionKey = text(*q, 7);
            tableByOid.insert(q->value(0).toLongLong(), schema.tables.size());
            schema.tables.append(std::move(t));
        }
    }

    // Views come before indexes so that indexes of materialized views find their view.
    QHash<qint64, qsizetype> viewByOid;
    {
        auto q = read(pgq::kViews, IntrospectorText::tr("Reading views"));
        if (!q)
            return q.error();
        while (q->next()) {
            View v;
            v.schema = text(*q, 1);
            v.name = text(*q, 2);
            v.materialized = q->value(3).toBool();
            v.definition = text(*q, 4);
            v.columns = list(*q, 5);
            v.comment = text(*q, 6);
            viewByOid.insert(q->value(0).toLongLong(), schema.views.size());
            schema.views.append(std::move(v));
        }
    }

    auto tableFor = [&](const Rows &q) -> Table * {
        const auto it = tableByOid.constFind(q.value(0).toLongLong());
        return it == tableByOid.cend() ? nullptr : &schema.tables[*it];
    };

    {
        auto q = read(pgq::kColumns, IntrospectorText::tr("Reading columns"));
        if (!q)
            return q.error();
        while (q->next()) {
            Table *t = tableFor(*q);
            if (!t)
                continue;
            Column c;
            c.name = text(*q, 1);
            c.type = text(*q, 2);
            c.notNull = q->value(3).toBool();
            const QString identity = text(*q, 5);
            c.identity = identity == u"a"   ? u"always"_s
                         : identity == u"d" ? u"by default"_s
                                            : QString();
            // pg_attrdef holds a generated column's expression where a default would be.
            if (text(*q, 6) == u"s") {
                c.generatedExpr = text(*q, 4);
                c.generatedStored = true;
            } else {
                c.defaultExpr = optionalText(*q, 4);
            }
            c.collation = text(*q, 7);
            c.comment = text(*q, 8);
            t->columns.append(std::move(c));
        }
    }

    {
        auto q = read(pgq::kConstraints, IntrospectorText::tr("Reading constraints"));
        if (!q)
            return q.error();
        while (q->next()) {
            Table *t = tableFor(*q);
            if (!t)
                continue;
            Constraint c;
            c.name = text(*q, 1);
            c.kind = constraintKind(text(*q, 2));
            c.columns = list(*q, 3);
            c.definition = text(*q, 4);
            c.checkExpr = text(*q, 5);
            if (c.kind == ConstraintKind::ForeignKey) {
                c.refSchema = text(*q, 6);
                c.refTable = text(*q, 7);
                c.refColumns = list(*q, 8);
                c.onDelete = referentialAction(text(*q, 9));
                c.onUpdate = referentialAction(text(*q, 10));
                const QString match = text(*q, 11);
                c.match = match == u"f" ? u"FULL"_s : match == u"p" ? u"PARTIAL"_s : QString();
            }
            c.deferrable = q->value(12).toBool();
            c.initiallyDeferred = q->value(13).toBool();
            c.validated = q->value(14).toBool();
            // The catalog marks every key constraint "no inherit" as well, but only a CHECK can
            // be declared NO INHERIT; keeping the flag there alone keeps it meaningful.
            c.noInherit = c.kind == ConstraintKind::Check && q->value(15).toBool();
            t->constraints.append(std::move(c));
        }
    }

    {
        auto q = read(pgq::kIndexes, IntrospectorText::tr("Reading indexes"));
        if (!q)
            return q.error();
        while (q->next()) {
            const qint64 oid = q->value(0).toLongLong();
            if (Table *t = tableFor(*q))
                t->indexes.append(indexFrom(*q));
            else if (const auto it = viewByOid.constFind(oid); it != viewByOid.cend())
                schema.views[*it].indexes.append(indexFrom(*q));
        }
    }

    {
        auto q = read(pgq::kTriggers, IntrospectorText::tr("Reading triggers"));
        if (!q)
            return q.error();
        while (q->next())
            if (Table *t = tableFor(*q))
                t->triggers.append(triggerFrom(*q));
    }

    {
        auto q = read(pgq::kSequences, IntrospectorText::tr("Reading sequences"));
        if (!q)
            return q.error();
        while (q->next()) {
            Sequence s;
            s.schema = text(*q, 0);
            s.name = text(*q, 1);
            s.dataType = text(*q, 2);
            s.start = q->value(3).toLongLong();
            s.increment = q->value(4).toLongLong();
            s.minValue = q->value(5).toLongLong();
            s.maxValue = q->value(6).toLongLong();
            s.cache = q->value(7).toLongLong();
            s.cycle = q->value(8).toBool();
            s.ownedBy = text(*q, 9);
            schema.sequences.append(std::move(s));
        }
    }

    {
        auto q = read(pgq::kEnums, IntrospectorText::tr("Reading enum types"));
        if (!q)
            return q.error();
        while (q->next())
            schema.enums.append({text(*q, 0), text(*q, 1), list(*q, 2), text(*q, 3)});
    }

    {
        auto q = read(pgq::kDomains, IntrospectorText::tr("Reading domains"));
        if (!q)
            return q.error();
        while (q->next()) {
            Domain d;
            d.schema = text(*q, 0);
            d.name = text(*q, 1);
            d.baseType = text(*q, 2);
            d.notNull = q->value(3).toBool();
            d.defaultExpr = optionalText(*q, 4);
            d.checks = list(*q, 5);
            d.comment = text(*q, 6);
            schema.domains.append(std::move(d));
        }
    }

    {
        auto q = read(pgq::kFunctions, IntrospectorText::tr("Reading functions"));
        if (!q)
            return q.error();
        while (q->next()) {
            Function f;
            f.schema = text(*q, 0);
            f.name = text(*q, 1);
            f.arguments = text(*q, 2);
            f.returns = text(*q, 3);
            f.language = text(*q, 4);
            const QString kind = text(*q, 5);
            f.kind = kind == u"p"   ? u"procedure"_s
                     : kind == u"a" ? u"aggregate"_s
                     : kind == u"w" ? u"window"_s
                                    : u"function"_s;
            f.definition = text(*q, 6);
            f.comment = text(*q, 7);
            schema.functions.append(std::move(f));
        }
    }

    if (options.cancelled && options.cancelled())
        return cancelledError();
    if (options.progress)
        options.progress(step, stepCount, IntrospectorText::tr("Reading migration history"));
    auto history = readMigrationHistory(connection, schema.tables);
    if (!history)
        return history.error();
    schema.migrationHistory = std::move(*history);
    if (options.progress)
        options.progress(stepCount, stepCount, QString());
    return schema;
}

} // namespace sm
