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
#include <QScopeGuard>
#include <QSet>
#include <QSqlRecord>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>

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

// The value helpers below read a Rows or, in the bulk readers, the QSqlQuery itself.
template<typename Q> QString text(const Q &q, int i)
{
    return q.isNull(i) ? QString() : q.value(i).toString();
}

template<typename Q> std::optional<QString> optionalText(const Q &q, int i)
{
    if (q.isNull(i))
        return std::nullopt;
    return q.value(i).toString();
}

// Lists come back as JSON arrays: Qt's driver hands PostgreSQL arrays over as unparsed text,
// and names may hold commas, quotes and braces.
template<typename Q> QStringList list(const Q &q, int i)
{
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(q.value(i).toString().toUtf8()).array();
    for (const QJsonValue &v : a)
        out << v.toString();
    return out;
}

// Column numbers as the server prints an int2[] ("{1,2}") or an int2vector ("1 2 0").
QList<int> columnNumbers(QStringView text)
{
    QList<int> out;
    int value = 0;
    bool inNumber = false;
    bool negative = false;
    for (const QChar ch : text) {
        if (ch.isDigit()) {
            value = value * 10 + ch.digitValue();
            inNumber = true;
        } else if (ch == u'-') {
            negative = true;
        } else if (inNumber) {
            out << (negative ? -value : value);
            value = 0;
            inNumber = negative = false;
        }
    }
    if (inNumber)
        out << (negative ? -value : value);
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

template<typename Q> Trigger triggerFrom(const Q &q)
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

// The three large catalogs are read into these in the reading thread: each row converted once,
// straight into the model's types, with the column numbers still to be named (they need every
// column of every table, which arrives in parallel).
// Columns come grouped by table as they are read: moving 226,088 columns through one growing
// list and then into their tables was a tenth of the client's time at 10,000 tables.
struct TableColumns
{
    QList<Column> columns;
    QList<int> numbers; // attnum of each column
};

struct ConstraintRow
{
    bool printDefinition = false; // the server left the definition to us (kConstraints)
    bool nullsNotDistinct = false;
    qint64 relation = 0;
    QList<int> key;
    qint64 referencedRelation = 0;
    QList<int> referencedKey;
    Constraint constraint;
};

struct IndexRow
{
    bool printDefinition = false; // the server left the definition to us (kIndexes)
    bool partitioned = false;     // the index of a partitioned table
    bool nullsNotDistinct = false;
    qint64 relation = 0;
    QList<int> key;     // 0 for an expression
    QList<int> options; // of each key column: INDOPTION_DESC 1, INDOPTION_NULLS_FIRST 2
    int keyCount = 0;
    QStringList expressions;
    Index index;
};

using ColumnRows = QHash<qint64, TableColumns>;
using ConstraintRows = QList<ConstraintRow>;
using IndexRows = QList<IndexRow>;

ColumnRows columnRows(QSqlQuery &q)
{
    ColumnRows out;
    qint64 relation = 0;
    TableColumns *table = nullptr; // valid until the next new key goes into `out`
    while (q.next()) {
        if (const qint64 r = q.value(0).toLongLong(); !table || r != relation) {
            relation = r;
            table = &out[r];
        }
        table->numbers.append(q.value(1).toInt());
        Column &c = table->columns.emplaceBack();
        c.name = text(q, 2);
        c.type = text(q, 3);
        c.notNull = q.value(4).toBool();
        const QString identity = text(q, 6);
        c.identity = identity == u"a"   ? u"always"_s
                     : identity == u"d" ? u"by default"_s
                                        : QString();
        // pg_attrdef holds a generated column's expression where a default would be.
        if (text(q, 7) == u"s") {
            c.generatedExpr = text(q, 5);
            c.generatedStored = true;
        } else {
            c.defaultExpr = optionalText(q, 5);
        }
        c.collation = text(q, 8);
        c.comment = text(q, 9);
    }
    return out;
}

ConstraintRows constraintRows(QSqlQuery &q)
{
    ConstraintRows out;
    while (q.next()) {
        ConstraintRow r;
        r.relation = q.value(0).toLongLong();
        r.key = columnNumbers(text(q, 3));
        Constraint &c = r.constraint;
        c.name = text(q, 1);
        c.kind = constraintKind(text(q, 2));
        r.printDefinition = q.isNull(4);
        c.definition = text(q, 4);
        c.checkExpr = text(q, 5);
        if (c.kind == ConstraintKind::ForeignKey) {
            c.refSchema = text(q, 6);
            c.refTable = text(q, 7);
            r.referencedRelation = q.value(8).toLongLong();
            r.referencedKey = columnNumbers(text(q, 9));
            // Named by the server when the referenced table is not among those read.
            if (!q.isNull(10))
                c.refColumns = list(q, 10);
            c.onDelete = referentialAction(text(q, 11));
            c.onUpdate = referentialAction(text(q, 12));
            const QString match = text(q, 13);
            c.match = match == u"f" ? u"FULL"_s : match == u"p" ? u"PARTIAL"_s : QString();
        }
        c.deferrable = q.value(14).toBool();
        c.initiallyDeferred = q.value(15).toBool();
        c.validated = q.value(16).toBool();
        // The catalog marks every key constraint "no inherit" as well, but only a CHECK can
        // be declared NO INHERIT; keeping the flag there alone keeps it meaningful.
        c.noInherit = c.kind == ConstraintKind::Check && q.value(17).toBool();
        r.nullsNotDistinct = q.value(18).toBool();
        out.append(std::move(r));
    }
    return out;
}

IndexRows indexRows(QSqlQuery &q)
{
    IndexRows out;
    while (q.next()) {
        IndexRow r;
        r.relation = q.value(0).toLongLong();
        Index &i = r.index;
        i.name = text(q, 1);
        i.unique = q.value(2).toBool();
        i.primary = q.value(3).toBool();
        i.constraintIndex = q.value(4).toBool();
        i.method = text(q, 5);
        i.predicate = text(q, 6);
        r.printDefinition = q.isNull(7);
        i.definition = text(q, 7);
        i.valid = q.value(8).toBool();
        r.key = columnNumbers(text(q, 9));
        r.keyCount = q.value(10).toInt();
        if (!q.isNull(11))
            r.expressions = list(q, 11);
        r.options = columnNumbers(text(q, 12));
        r.partitioned = q.value(13).toBool();
        r.nullsNotDistinct = q.value(14).toBool();
        out.append(std::move(r));
    }
    return out;
}

// Names as the server's quote_identifier() (ruleutils.c) prints them: bare when made of
// lower-case ASCII letters, digits and underscores, not starting with a digit, and not a
// keyword other than an unreserved one (or when quote_all_identifiers is on); otherwise in
// double quotes with embedded quotes doubled.
class ServerQuoting
{
public:
    ServerQuoting() = default;
    ServerQuoting(const QString &keywords, bool quoteAll)
        : m_quoteAll(quoteAll)
    {
        const auto words = QStringView(keywords).split(u' ', Qt::SkipEmptyParts);
        for (QStringView w : words)
            m_keywords.insert(w.toString());
    }

    QString quote(const QString &name) const
    {
        bool safe = !m_quoteAll && !name.isEmpty() &&
                    ((name[0] >= u'a' && name[0] <= u'z') || name[0] == u'_');
        for (qsizetype i = 0; safe && i < name.size(); ++i) {
            const QChar ch = name[i];
            safe = (ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9') || ch == u'_';
        }
        if (safe && !m_keywords.contains(name))
            return name;
        QString out = name;
        out.replace(u'"', u"\"\""_s);
        return u'"' + out + u'"';
    }

    QString quoteList(const QStringList &names) const
    {
        QString out;
        for (const QString &n : names) {
            if (!out.isEmpty())
                out += u", "_s;
            out += quote(n);
        }
        return out;
    }

private:
    QSet<QString> m_keywords;
    bool m_quoteAll = false;
};

bool allNamed(const QStringList &names)
{
    return !names.isEmpty() &&
           std::none_of(names.cbegin(), names.cend(), [](const QString &n) { return n.isEmpty(); });
}

// The definition pg_get_constraintdef(oid) prints for the constraints kConstraints leaves to
// the client: a primary key or unique constraint without INCLUDE columns, a foreign key without
// SET NULL / SET DEFAULT column lists, a CHECK (ruleutils.c, pg_get_constraintdef_worker). The
// referenced table is always qualified: under our empty search_path no table of a user schema
// is visible. A CHECK's expression is pg_get_expr's text, which is the same deparse with the
// same context. Empty when a key column has no name, which a constraint read with its table
// cannot have.
QString constraintDefinition(const Constraint &c, bool nullsNotDistinct, const ServerQuoting &q)
{
    QString out;
    if (c.kind == ConstraintKind::Check) {
        out = u"CHECK ("_s + c.checkExpr + u')';
        if (c.noInherit)
            out += u" NO INHERIT"_s;
    } else if (!allNamed(c.columns)) {
        return {};
    } else if (c.kind == ConstraintKind::PrimaryKey || c.kind == ConstraintKind::Unique) {
        out = c.kind == ConstraintKind::PrimaryKey ? u"PRIMARY KEY "_s : u"UNIQUE "_s;
        if (nullsNotDistinct)
            out += u"NULLS NOT DISTINCT "_s;
        out += u'(' + q.quoteList(c.columns) + u')';
    } else if (c.kind == ConstraintKind::ForeignKey) {
        if (!allNamed(c.refColumns))
            return {};
        out = u"FOREIGN KEY ("_s + q.quoteList(c.columns) + u") REFERENCES "_s +
              q.quote(c.refSchema) + u'.' + q.quote(c.refTable) + u'(' + q.quoteList(c.refColumns) +
              u')' + foreignKeyActions(c);
    } else {
        return {};
    }
    if (c.deferrable)
        out += u" DEFERRABLE"_s;
    if (c.initiallyDeferred)
        out += u" INITIALLY DEFERRED"_s;
    if (!c.validated)
        out += u" NOT VALID"_s;
    return out;
}

// The definition pg_get_indexdef(oid) prints for an index kIndexes leaves to the client: plain
// columns, default operator classes, the columns' own collations, no storage options
// (ruleutils.c, pg_get_indexdef_worker). `i` holds the key columns' and INCLUDE columns' names;
// `options` the key columns' sort options. Empty when a column has no name.
QString indexDefinition(const Index &i, const QString &schema, const QString &table,
                        const QList<int> &options, bool partitioned, bool nullsNotDistinct,
                        const ServerQuoting &q)
{
    if (!allNamed(i.columns) || (!i.include.isEmpty() && !allNamed(i.include)))
        return {};
    QString out = i.unique ? u"CREATE UNIQUE INDEX "_s : u"CREATE INDEX "_s;
    out += q.quote(i.name) + u" ON "_s + (partitioned ? u"ONLY "_s : QString()) + q.quote(schema) +
           u'.' + q.quote(table) + u" USING "_s + q.quote(i.method) + u" ("_s;
    for (qsizetype k = 0; k < i.columns.size(); ++k) {
        if (k > 0)
            out += u", "_s;
        out += q.quote(i.columns[k]);
        const int option = options.value(k);
        if (option & 1) // INDOPTION_DESC; NULLS FIRST goes with it unless told otherwise
            out += option & 2 ? u" DESC"_s : u" DESC NULLS LAST"_s;
        else if (option & 2) // INDOPTION_NULLS_FIRST
            out += u" NULLS FIRST"_s;
    }
    if (!i.include.isEmpty())
        out += u") INCLUDE ("_s + q.quoteList(i.include);
    out += u')';
    if (nullsNotDistinct)
        out += u" NULLS NOT DISTINCT"_s;
    if (!i.predicate.isEmpty())
        out += u" WHERE "_s + i.predicate;
    return out;
}

// Runs one bulk catalog query on `c` and converts its rows.
template<typename T>
Result<T> readBulk(Connection &c, const QString &sql, const QString &wanted,
                   T (*convert)(QSqlQuery &))
{
    auto q = c.query(sql, {wanted});
    if (!q)
        return q.error();
    return convert(*q);
}

// The settings the catalog queries run under (kEnterCatalogSession: an empty search_path, no
// JIT, no parallel workers) for the duration of introspection, and how the server quotes names;
// the caller's settings are put back afterwards, whatever way we leave: the same connection may
// go on to run the caller's SQL.
class CatalogSession
{
public:
    explicit CatalogSession(Connection &c)
        : m_connection(c)
    {}
    ~CatalogSession()
    {
        if (m_saved)
            (void)m_connection.exec(pgq::kLeaveCatalogSession,
                                    {*m_saved, m_savedJit, m_savedParallelWorkers});
    }
    Q_DISABLE_COPY_MOVE(CatalogSession)

    Status enter()
    {
        auto q = m_connection.query(pgq::kEnterCatalogSession);
        if (!q)
            return q.error();
        if (q->next()) {
            m_saved = q->value(0).toString();
            m_quoting = ServerQuoting(q->value(2).toString(), q->value(3).toString() == u"on");
            m_savedJit = q->value(4).toString();
            m_savedParallelWorkers = q->value(6).toString();
        }
        return {};
    }

    // How the server quotes names on this connection.
    const ServerQuoting &quoting() const { return m_quoting; }

private:
    Connection &m_connection;
    std::optional<QString> m_saved; // search_path
    QString m_savedJit;
    QString m_savedParallelWorkers;
    ServerQuoting m_quoting;
};

// Opens a connection of our own in a read-only transaction that imports `snapshot`, so that
// what it reads is exactly what the main connection sees.
Result<Connection> openOnSnapshot(const ConnectionSpec &spec, const QString &snapshot)
{
    auto c = Connection::open(spec, AccessMode::ReadOnly);
    if (!c)
        return c.error();
    // A snapshot id is a token the server made; SET cannot take a bound value.
    const QString importSnapshot =
        u"SET TRANSACTION SNAPSHOT '"_s + QString(snapshot).remove(u'\'') + u'\'';
    for (const QString &stmt : QStringList{u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s,
                                           importSnapshot, pgq::kHelperSettings})
        if (Status s = c->exec(stmt); !s)
            return s.error();
    return c;
}

// Reads one catalog query on a connection of its own (openOnSnapshot). Runs in a worker thread:
// the connection is opened, used and closed there.
template<typename T>
Result<T> readOnSnapshot(const ConnectionSpec &spec, const QString &snapshot, const QString &sql,
                         const QString &wanted, T (*convert)(QSqlQuery &))
{
    auto c = openOnSnapshot(spec, snapshot);
    if (!c)
        return c.error();
    Result<T> rows = readBulk(*c, sql, wanted, convert);
    (void)c->exec(u"COMMIT"_s);
    return rows;
}

// What the second helper connection reads: constraints, then indexes, on the same connection.
// Together because the server builds a cache entry for every table whose CHECK or index it
// prints (pg_get_constraintdef and pg_get_indexdef open the table for its column names), about
// 2 s for 10,000 tables in each backend that does it; one backend for both pays it once. Server
// time for the two went from 4.8 s on two backends to 2.9 s on one (10,000-table bench schema).
struct ConstraintAndIndexRows
{
    Result<ConstraintRows> constraints;
    Result<IndexRows> indexes;
};

ConstraintAndIndexRows readConstraintsAndIndexes(const ConnectionSpec &spec,
                                                 const QString &snapshot, const QString &wanted,
                                                 const QString &constraintsSql,
                                                 const QString &indexesSql)
{
    auto c = openOnSnapshot(spec, snapshot);
    if (!c)
        return {c.error(), c.error()};
    ConstraintAndIndexRows out{readBulk(*c, constraintsSql, wanted, &constraintRows),
                               readBulk(*c, indexesSql, wanted, &indexRows)};
    (void)c->exec(u"COMMIT"_s);
    return out;
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

    CatalogSession session(connection);
    if (Status s = session.enter(); !s)
        return s.error();

    const QString constraintsSql =
        pgq::forServer(pgq::kConstraints, connection.serverVersionNumber());
    const QString indexesSql = pgq::forServer(pgq::kIndexes, connection.serverVersionNumber());

    // Bound as one JSON array: any schema name survives it, and the SQL text never changes.
    const QString wanted = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(options.schemas)).toJson(QJsonDocument::Compact));

    // Every catalog read goes through here, so that cancellation and progress are checked
    // between queries and never inside one.
    // The three largest catalogs (columns, constraints, indexes: 90 % of the time at 10,000
    // tables) are read at the same time as the rest, on two helper connections that share this
    // connection's snapshot: one reads the columns, the other the constraints and then the
    // indexes (readConstraintsAndIndexes says why together). Not when the caller is inside a
    // transaction whose changes we must see.
    SnapshotTransaction snapshotTx(connection);
    std::optional<QFuture<Result<ColumnRows>>> columnsAhead;
    std::optional<QFuture<ConstraintAndIndexRows>> constraintsAndIndexesAhead;
    if (options.parallel) {
        if (const auto snapshot = snapshotTx.begin()) {
            const ConnectionSpec &spec = connection.spec();
            columnsAhead = QtConcurrent::run(readOnSnapshot<ColumnRows>, spec, *snapshot,
                                             pgq::kColumns, wanted, &columnRows);
            constraintsAndIndexesAhead = QtConcurrent::run(
                readConstraintsAndIndexes, spec, *snapshot, wanted, constraintsSql, indexesSql);
        }
    }

    auto startStep = [&](const QString &what) -> Status {
        if (options.cancelled && options.cancelled())
            return cancelledError();
        if (options.progress)
            options.progress(step, stepCount, what);
        ++step;
        return {};
    };
    auto read = [&](const QString &sql, const QString &what) -> Result<Rows> {
        if (Status s = startStep(what); !s)
            return s.error();
        auto q = connection.query(sql, {wanted});
        if (!q)
            return q.error();
        return Rows::from(*q);
    };
    // The same for the large catalogs, taking what a helper connection has read when it could.
    // `take` gives what a helper connection read (waiting for it), or nothing.
    auto readLarge = [&]<typename T>(auto take, const QString &sql, const QString &what,
                                     T (*convert)(QSqlQuery &)) -> Result<T> {
        if (Status s = startStep(what); !s)
            return s.error();
        if (std::optional<Result<T>> rows = take()) {
            if (*rows)
                return std::move(*rows);
            // A helper connection could not be had (connection limit …): read it here instead.
            spdlog::info("parallel catalog read failed, reading on the main connection: {}",
                         rows->error().message);
        }
        return readBulk(connection, sql, wanted, convert);
    };
    auto takeColumns = [&]() -> std::optional<Result<ColumnRows>> {
        if (!columnsAhead)
            return std::nullopt;
        Result<ColumnRows> rows = columnsAhead->result();
        columnsAhead.reset();
        return rows;
    };
    std::optional<ConstraintAndIndexRows> constraintsAndIndexes;
    auto takeConstraintsAndIndexes = [&] {
        if (constraintsAndIndexesAhead) {
            constraintsAndIndexes = constraintsAndIndexesAhead->result();
            constraintsAndIndexesAhead.reset();
        }
    };
    auto takeConstraints = [&]() -> std::optional<Result<ConstraintRows>> {
        takeConstraintsAndIndexes();
        if (!constraintsAndIndexes)
            return std::nullopt;
        return std::move(constraintsAndIndexes->constraints);
    };
    auto takeIndexes = [&]() -> std::optional<Result<IndexRows>> {
        takeConstraintsAndIndexes();
        if (!constraintsAndIndexes)
            return std::nullopt;
        return std::move(constraintsAndIndexes->indexes);
    };
    // Whatever way we leave, no helper thread may outlive the read: wait for them.
    auto waitForHelpers = qScopeGuard([&] {
        if (columnsAhead)
            columnsAhead->waitForFinished();
        if (constraintsAndIndexesAhead)
            constraintsAndIndexesAhead->waitForFinished();
    });

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
    // Tables this role may not SELECT from as a whole: no USAGE on the schema or no SELECT on
    // the table (it may still have every column).
    QSet<QString> withoutTableSelect;
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
            if (!q->value(9).toBool())
                withoutTableSelect.insert(t.schema + u'.' + t.name);
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

    // Each table's column numbers, in the order of its columns, to name the columns of keys.
    QList<QList<int>> columnNumbersOf(schema.tables.size());
    auto columnName = [&](qsizetype table, int number) -> QString {
        const QList<int> &numbers = columnNumbersOf[table];
        const auto it = std::lower_bound(numbers.cbegin(), numbers.cend(), number);
        if (it == numbers.cend() || *it != number)
            return QString();
        return schema.tables[table].columns[it - numbers.cbegin()].name;
    };
    auto columnNames = [&](qint64 relation, const QList<int> &numbers) -> QStringList {
        QStringList out;
        const auto table = tableByOid.constFind(relation);
        if (table == tableByOid.cend())
            return out;
        for (int n : numbers)
            out << columnName(*table, n);
        return out;
    };

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

    // The large catalogs last: their helper connections have had the time the small ones took.
    {
        auto rows = readLarge(takeColumns, pgq::kColumns, IntrospectorText::tr("Reading columns"),
                              &columnRows);
        if (!rows)
            return rows.error();
        for (auto it = rows->begin(); it != rows->end(); ++it) {
            const auto table = tableByOid.constFind(it.key());
            if (table == tableByOid.cend())
                continue;
            schema.tables[*table].columns = std::move(it->columns);
            columnNumbersOf[*table] = std::move(it->numbers);
        }
        // The rows come unordered (see kColumns): put each table's columns in their order.
        for (qsizetype t = 0; t < schema.tables.size(); ++t) {
            QList<int> &numbers = columnNumbersOf[t];
            if (std::is_sorted(numbers.cbegin(), numbers.cend()))
                continue;
            QList<qsizetype> order(numbers.size());
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(),
                      [&](qsizetype x, qsizetype y) { return numbers[x] < numbers[y]; });
            QList<Column> &columns = schema.tables[t].columns;
            QList<Column> sortedColumns;
            QList<int> sortedNumbers;
            sortedColumns.reserve(columns.size());
            sortedNumbers.reserve(numbers.size());
            for (qsizetype i : order) {
                sortedColumns.append(std::move(columns[i]));
                sortedNumbers.append(numbers[i]);
            }
            columns = std::move(sortedColumns);
            numbers = std::move(sortedNumbers);
        }
    }

    {
        auto rows = readLarge(takeConstraints, constraintsSql,
                              IntrospectorText::tr("Reading constraints"), &constraintRows);
        if (!rows)
            return rows.error();
        for (ConstraintRow &r : *rows) {
            const auto table = tableByOid.constFind(r.relation);
            if (table == tableByOid.cend())
                continue;
            Constraint &c = r.constraint;
            c.columns = columnNames(r.relation, r.key);
            if (c.kind == ConstraintKind::ForeignKey && c.refColumns.isEmpty())
                c.refColumns = columnNames(r.referencedRelation, r.referencedKey);
            if (r.printDefinition) {
                c.definition = constraintDefinition(c, r.nullsNotDistinct, session.quoting());
                if (c.definition.isEmpty())
                    spdlog::warn("constraint {} on {}: a key column has no name; definition "
                                 "left empty",
                                 c.name.toStdString(), schema.tables[*table].name.toStdString());
            }
            schema.tables[*table].constraints.append(std::move(c));
        }
    }

    {
        auto rows =
            readLarge(takeIndexes, indexesSql, IntrospectorText::tr("Reading indexes"), &indexRows);
        if (!rows)
            return rows.error();
        for (IndexRow &r : *rows) {
            const auto table = tableByOid.constFind(r.relation);
            const auto view = viewByOid.constFind(r.relation);
            if (table == tableByOid.cend() && view == viewByOid.cend())
                continue;
            // A materialized view's columns can be neither dropped nor added: column n is the
            // n-th of its list.
            auto name = [&](int n) -> QString {
                return table != tableByOid.cend() ? columnName(*table, n)
                                                  : schema.views[*view].columns.value(n - 1);
            };
            Index &i = r.index;
            qsizetype expression = 0;
            for (qsizetype k = 0; k < r.key.size(); ++k) {
                if (k >= r.keyCount) {
                    i.include << name(r.key[k]);
                } else if (r.key[k] != 0) {
                    i.columns << name(r.key[k]);
                } else {
                    // pg_get_indexdef parenthesises every key expression except a bare
                    // function call such as lower(email); that one is wrapped here so that no
                    // expression can be mistaken for a column name.
                    const QString e = r.expressions.value(expression++);
                    i.columns << (e.startsWith(u'(') ? e : u'(' + e + u')');
                }
            }
            if (r.printDefinition) {
                const bool onTable = table != tableByOid.cend();
                const QString &owner =
                    onTable ? schema.tables[*table].schema : schema.views[*view].schema;
                const QString &ownerName =
                    onTable ? schema.tables[*table].name : schema.views[*view].name;
                i.definition = indexDefinition(i, owner, ownerName, r.options, r.partitioned,
                                               r.nullsNotDistinct, session.quoting());
                if (i.definition.isEmpty())
                    spdlog::warn("index {} on {}: a column has no name; definition left empty",
                                 i.name.toStdString(), ownerName.toStdString());
            }
            if (table != tableByOid.cend())
                schema.tables[*table].indexes.append(std::move(i));
            else
                schema.views[*view].indexes.append(std::move(i));
        }
    }

    if (options.cancelled && options.cancelled())
        return cancelledError();
    if (options.progress)
        options.progress(step, stepCount, IntrospectorText::tr("Reading migration history"));
    auto history = readMigrationHistory(connection, schema.tables, &withoutTableSelect);
    if (!history)
        return history.error();
    schema.migrationHistory = std::move(*history);
    if (options.progress)
        options.progress(stepCount, stepCount, QString());
    return schema;
}

} // namespace sm
