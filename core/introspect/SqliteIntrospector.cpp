// SPDX-License-Identifier: MIT
// SQLite introspection: sqlite_schema plus the pragma table-valued functions joined against it,
// so the number of statements is the same for 5 tables and for 5,000 (design §5.1). What the
// pragmas do not say (CHECKs, names, COLLATE, generated expressions, deferrability, index
// expressions) comes from the stored CREATE text through CreateTableReader.

#include "CreateTableReader.h"
#include "Introspector.h"

#include "log/Log.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sm {
namespace {

// This file's messages: lupdate files them under sm::SqliteIntrospector, the context the runtime
// looks up.
struct SqliteIntrospectorText
{
    Q_DECLARE_TR_FUNCTIONS(sm::SqliteIntrospector)
};

using Row = QVariantList;
using Rows = QList<Row>;

// Runs one statement and hands each row to `onRow` as it is read, so that a large result (the
// columns of 10,000 tables: 226,000 rows) is never held whole. SQLite reports some errors (a
// view over a dropped table, a virtual table whose module is missing) only while stepping, so
// the error is checked after the last row as well.
template<typename OnRow>
Status forEachRow(Connection &connection, const QString &sql, const QVariantList &binds,
                  OnRow &&onRow)
{
    auto q = connection.query(sql, binds);
    if (!q)
        return q.error();
    const int n = q->record().count();
    Row row;
    row.reserve(n);
    while (q->next()) {
        row.clear();
        for (int i = 0; i < n; ++i)
            row << (q->isNull(i) ? QVariant() : q->value(i));
        onRow(std::as_const(row));
    }
    if (q->lastError().isValid())
        return makeError(
            ErrorKind::Query,
            SqliteIntrospectorText::tr("A statement failed: %1").arg(q->lastError().databaseText()),
            sql.left(2000));
    return {};
}

// The same, for a statement ordered so that the rows of one group (a foreign key, an index)
// come together: `onGroup` gets the rows of each group whole, one group at a time.
template<typename SameGroup, typename OnGroup>
Status forEachGroup(Connection &connection, const QString &sql, SameGroup &&sameGroup,
                    OnGroup &&onGroup)
{
    Rows group;
    Status s = forEachRow(connection, sql, {}, [&](const Row &r) {
        if (!group.isEmpty() && !sameGroup(group.first(), r)) {
            onGroup(std::as_const(group));
            group.clear();
        }
        group << r;
    });
    if (s && !group.isEmpty())
        onGroup(std::as_const(group));
    return s;
}

// Runs one statement and reads every row (small results).
Result<Rows> fetch(Connection &connection, const QString &sql, const QVariantList &binds = {})
{
    Rows rows;
    if (Status s = forEachRow(connection, sql, binds, [&](const Row &r) { rows << r; }); !s)
        return s.error();
    return rows;
}

// SQLite compares names case-insensitively (ASCII); fold them for lookups.
QString key(const QString &name)
{
    return name.toCaseFolded();
}

bool sameNames(const QStringList &a, const QStringList &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].compare(b[i], Qt::CaseInsensitive) != 0)
            return false;
    return true;
}

QString quotedList(const QStringList &names)
{
    QStringList out;
    for (const QString &n : names)
        out << quoteIdentifier(n);
    return out.join(u", "_s);
}

QString termText(const QString &column, const sqlite::IndexedColumn *term)
{
    QString s = quoteIdentifier(column);
    if (term && !term->collation.isEmpty())
        s += u" COLLATE "_s + term->collation;
    if (term && term->descending)
        s += u" DESC"_s;
    return s;
}

// PRIMARY KEY / UNIQUE text built from the catalog's columns, decorated with what only the
// CREATE text says (COLLATE, DESC, ON CONFLICT), so that equal keys compare equal whether
// they were written at column or table level.
QString keyDefinition(const QString &keyword, const QStringList &columns,
                      const sqlite::ConstraintDef *parsed)
{
    QStringList terms;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const sqlite::IndexedColumn *term =
            parsed && i < parsed->terms.size() ? &parsed->terms[i] : nullptr;
        terms << termText(columns[i], term);
    }
    QString s = keyword + u" ("_s + terms.join(u", "_s) + u')';
    if (parsed && !parsed->onConflict.isEmpty())
        s += u" ON CONFLICT "_s + parsed->onConflict;
    return s;
}

QString foreignKeyDefinition(const Constraint &c)
{
    QString s = u"FOREIGN KEY ("_s + quotedList(c.columns) + u") REFERENCES "_s +
                quoteIdentifier(c.refTable);
    if (!c.refColumns.isEmpty())
        s += u" ("_s + quotedList(c.refColumns) + u')';
    if (c.onDelete != u"NO ACTION")
        s += u" ON DELETE "_s + c.onDelete;
    if (c.onUpdate != u"NO ACTION")
        s += u" ON UPDATE "_s + c.onUpdate;
    if (!c.match.isEmpty())
        s += u" MATCH "_s + c.match;
    if (c.deferrable)
        s += c.initiallyDeferred ? u" DEFERRABLE INITIALLY DEFERRED"_s : u" DEFERRABLE"_s;
    return s;
}

// Drops what the introspection never reads of a parsed CREATE TABLE (the text of each column
// and constraint as written, declared types, defaults: the pragmas give those), right after
// parsing: at 10,000 tables the parsed texts were about 100 MB held until the end.
void dropUnreadText(sqlite::CreateTable &parsed)
{
    auto trimConstraint = [](sqlite::ConstraintDef &k) {
        k.text.clear();
        for (sqlite::IndexedColumn &t : k.terms)
            t.text.clear();
    };
    parsed.error.clear();
    parsed.moduleArguments.clear();
    for (sqlite::ColumnDef &c : parsed.columns) {
        c.text.clear();
        c.type.clear();
        c.defaultExpr.reset();
        for (sqlite::ConstraintDef &k : c.constraints)
            trimConstraint(k);
    }
    for (sqlite::ConstraintDef &k : parsed.constraints)
        trimConstraint(k);
}

// What one table needs while its members are assembled.
struct TableWork
{
    Table table;
    sqlite::CreateTable parsed;
    // Every constraint the CREATE text declares, column-level ones first, in the order written;
    // moved out of `parsed` once the columns are read (then `parsed` keeps no columns).
    QList<sqlite::ConstraintDef> constraints;
    QList<std::pair<int, QString>> primaryKey; // (position in the key, column)
    QSet<const sqlite::ConstraintDef *> used;  // constraints already matched
};

// The columns are read: keep the parsed constraints, free the parsed columns (226,000 of them
// at 10,000 tables; the later steps reuse that memory).
void keepOnlyConstraints(TableWork &w)
{
    for (sqlite::ColumnDef &c : w.parsed.columns)
        for (sqlite::ConstraintDef &k : c.constraints)
            w.constraints << std::move(k);
    for (sqlite::ConstraintDef &k : w.parsed.constraints)
        w.constraints << std::move(k);
    w.parsed.columns = {};
    w.parsed.constraints = {};
}

// The parsed constraint of `kind` on `columns` not matched yet (the catalog and the CREATE text
// describe the same constraints; only the text knows their names).
const sqlite::ConstraintDef *takeParsed(TableWork &w, ConstraintKind kind,
                                        const QStringList &columns, const QString &refTable = {})
{
    for (const sqlite::ConstraintDef &k : std::as_const(w.constraints)) {
        if (k.kind != kind || w.used.contains(&k) || !sameNames(k.columns, columns))
            continue;
        if (kind == ConstraintKind::ForeignKey &&
            k.refTable.compare(refTable, Qt::CaseInsensitive) != 0)
            continue;
        w.used.insert(&k);
        return &k;
    }
    return nullptr;
}

// A column as the table declares it: a FOREIGN KEY clause may spell it in another case.
QString declaredName(const Table &t, const QString &name)
{
    for (const Column &c : t.columns)
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return c.name;
    return name;
}

QString text(const Row &row, int i)
{
    return i < row.size() ? row[i].toString() : QString();
}
int number(const Row &row, int i)
{
    return i < row.size() ? row[i].toInt() : 0;
}
bool isNull(const Row &row, int i)
{
    return i >= row.size() || row[i].isNull();
}

Column columnFrom(const Row &r, const sqlite::CreateTable &parsed)
{
    // r: table, cid, name, type, notnull, dflt_value, pk, hidden
    Column c;
    c.name = text(r, 2);
    c.type = text(r, 3);
    c.notNull = number(r, 4) != 0;
    if (!isNull(r, 5))
        c.defaultExpr = text(r, 5);
    const int hidden = number(r, 7);
    c.hidden = hidden == 1; // a virtual table's hidden column
    const sqlite::ColumnDef *def = parsed.column(c.name);
    if (def)
        c.collation = def->collation;
    if (hidden == 2 || hidden == 3) { // generated: 2 VIRTUAL, 3 STORED
        c.generatedStored = hidden == 3;
        c.generatedExpr = def ? def->generatedExpr : QString();
    }
    return c;
}

} // namespace

Result<Schema> introspectSqlite(Connection &connection, const IntrospectOptions &options)
{
    constexpr int kSteps = 8;
    int step = 0;
    auto next = [&](const QString &what) {
        if (options.cancelled && options.cancelled())
            return false;
        if (options.progress)
            options.progress(step, kSteps, what);
        ++step;
        return true;
    };

    Schema schema;
    schema.dialect = Dialect::Sqlite;
    schema.serverVersion = connection.serverVersion();
    schema.schemas = {u"main"_s};

    // 1. Every object with its stored CREATE text.
    if (!next(SqliteIntrospectorText::tr("Reading the object list")))
        return cancelledError();
    auto objects = fetch(connection, u"SELECT type, name, tbl_name, sql, rootpage "
                                     "FROM sqlite_schema ORDER BY rowid"_s);
    if (!objects)
        return objects.error();

    // 2. STRICT / WITHOUT ROWID as SQLite itself understood them (3.37+), and which tables are
    //    the shadow tables of a virtual table. Older libraries fall back to the CREATE text.
    if (!next(SqliteIntrospectorText::tr("Reading table options")))
        return cancelledError();
    QHash<QString, Row> tableList; // folded name -> name, type, wr, strict
    if (auto rows = fetch(
            connection, u"SELECT name, type, wr, strict FROM pragma_table_list WHERE schema = ?"_s,
            {u"main"_s})) {
        for (const Row &r : std::as_const(*rows))
            tableList.insert(key(text(r, 0)), r);
    } else {
        spdlog::info("pragma_table_list unavailable, reading table options from CREATE text: {}",
                     rows.error().toString());
    }

    QList<TableWork> work;
    QHash<QString, qsizetype> tableIndex; // folded name -> index in work
    QHash<QString, QString> indexSql;     // folded index name -> CREATE INDEX text
    QList<Row> triggerRows;
    QList<View> views;
    QHash<QString, qsizetype> viewIndex;
    QStringList virtualTables;
    for (const Row &r : std::as_const(*objects)) {
        const QString type = text(r, 0);
        const QString name = text(r, 1);
        if (type == u"table") {
            // sqlite_sequence, sqlite_stat1 … belong to SQLite; shadow tables to their module.
            if (name.startsWith(u"sqlite_"_s, Qt::CaseInsensitive))
                continue;
            const auto listed = tableList.constFind(key(name));
            if (listed != tableList.cend() && text(*listed, 1) == u"shadow")
                continue;
            TableWork w;
            w.table.schema = u"main"_s;
            w.table.name = name;
            w.table.createSql = text(r, 3);
            w.parsed = sqlite::readCreateTable(w.table.createSql);
            if (!w.parsed.complete)
                spdlog::warn("the CREATE text of table {} was only partly understood: {}", name,
                             w.parsed.error);
            dropUnreadText(w.parsed);
            // Virtual tables have no b-tree of their own.
            if (number(r, 4) == 0 || w.parsed.isVirtual) {
                w.table.kind = TableKind::VirtualTable;
                virtualTables << name;
            }
            if (listed != tableList.cend()) {
                w.table.withoutRowid = number(*listed, 2) != 0;
                w.table.strict = number(*listed, 3) != 0;
            } else {
                w.table.withoutRowid = w.parsed.withoutRowid;
                w.table.strict = w.parsed.strict;
            }
            for (const sqlite::ColumnDef &c : std::as_const(w.parsed.columns))
                w.table.autoincrement = w.table.autoincrement || c.autoincrement;
            for (const sqlite::ConstraintDef &c : std::as_const(w.parsed.constraints))
                w.table.autoincrement = w.table.autoincrement || c.autoincrement;
            tableIndex.insert(key(name), work.size());
            work.append(std::move(w));
        } else if (type == u"index") {
            indexSql.insert(key(name), text(r, 3));
        } else if (type == u"trigger") {
            triggerRows << r;
        } else if (type == u"view") {
            View v;
            v.schema = u"main"_s;
            v.name = name;
            v.definition = text(r, 3);
            viewIndex.insert(key(name), views.size());
            views << v;
        }
    }
    objects->clear(); // what is still needed of it has been taken (its texts are shared)

    auto addColumn = [&](const Row &r) {
        const auto it = tableIndex.constFind(key(text(r, 0)));
        if (it == tableIndex.cend())
            return;
        TableWork &w = work[*it];
        w.table.columns << columnFrom(r, w.parsed);
        if (const int pk = number(r, 6); pk > 0)
            w.primaryKey << std::pair{pk, text(r, 2)};
    };

    // 3. Columns of ordinary tables. Virtual tables are left out: pragma_table_xinfo connects
    //    to their module, which may be missing, and one failure would fail the whole join.
    if (!next(SqliteIntrospectorText::tr("Reading columns")))
        return cancelledError();
    if (Status s = forEachRow(connection,
                              u"SELECT m.name, p.cid, p.name, p.type, p.\"notnull\", "
                              "p.dflt_value, p.pk, p.hidden "
                              "FROM sqlite_schema m JOIN pragma_table_xinfo(m.name) p "
                              "WHERE m.type = 'table' AND m.rootpage > 0"_s,
                              {}, addColumn);
        !s)
        return s.error();

    // 4. Columns of views. A view over a table that was dropped since fails to compile, which
    //    fails this join: views then go without columns rather than failing the whole read.
    if (!next(SqliteIntrospectorText::tr("Reading view columns")))
        return cancelledError();
    if (auto rows =
            fetch(connection, u"SELECT m.name, p.name FROM sqlite_schema m "
                              "JOIN pragma_table_xinfo(m.name) p WHERE m.type = 'view'"_s)) {
        for (const Row &r : std::as_const(*rows))
            if (const auto it = viewIndex.constFind(key(text(r, 0))); it != viewIndex.cend())
                views[*it].columns << text(r, 1);
    } else {
        spdlog::warn("the columns of views cannot be read (a view refers to something missing): "
                     "{}",
                     rows.error().toString());
    }

    // 5. Columns of virtual tables whose module this library has (fts5 in Debian's SQLite);
    //    one statement for the module list and one for the columns, whatever their number.
    if (!next(SqliteIntrospectorText::tr("Reading virtual tables")))
        return cancelledError();
    if (!virtualTables.isEmpty()) {
        QSet<QString> modules;
        if (auto rows = fetch(connection, u"SELECT name FROM pragma_module_list"_s)) {
            for (const Row &r : std::as_const(*rows))
                modules.insert(key(text(r, 0)));
        }
        QJsonArray usable;
        for (const QString &name : std::as_const(virtualTables)) {
            const TableWork &w = work[tableIndex.value(key(name))];
            if (modules.contains(key(w.parsed.module)))
                usable.append(name);
            else
                spdlog::warn("virtual table {} uses module \"{}\", which is not available: its "
                             "columns are not read",
                             name, w.parsed.module);
        }
        if (!usable.isEmpty()) {
            const QString names =
                QString::fromUtf8(QJsonDocument(usable).toJson(QJsonDocument::Compact));
            auto rows = fetch(connection,
                              u"SELECT m.name, p.cid, p.name, p.type, p.\"notnull\", p.dflt_value, "
                              "p.pk, p.hidden FROM sqlite_schema m "
                              "JOIN pragma_table_xinfo(m.name) p "
                              "WHERE m.name IN (SELECT value FROM json_each(?))"_s,
                              {names});
            if (rows)
                for (const Row &r : std::as_const(*rows))
                    addColumn(r);
            else
                spdlog::warn("the columns of virtual tables cannot be read: {}",
                             rows.error().toString());
        }
    }

    for (TableWork &w : work)
        keepOnlyConstraints(w);

    // Primary keys and CHECKs: the key columns from the catalog, the rest from the CREATE text.
    for (TableWork &w : work) {
        if (w.table.kind == TableKind::VirtualTable)
            continue;
        std::sort(w.primaryKey.begin(), w.primaryKey.end());
        if (!w.primaryKey.isEmpty()) {
            Constraint pk;
            pk.kind = ConstraintKind::PrimaryKey;
            for (const auto &[pos, column] : std::as_const(w.primaryKey))
                pk.columns << column;
            const sqlite::ConstraintDef *parsed =
                takeParsed(w, ConstraintKind::PrimaryKey, pk.columns);
            if (parsed)
                pk.name = parsed->name;
            pk.definition = keyDefinition(u"PRIMARY KEY"_s, pk.columns, parsed);
            w.table.constraints << pk;
        }
        for (const sqlite::ConstraintDef &k : std::as_const(w.constraints)) {
            if (k.kind != ConstraintKind::Check)
                continue;
            Constraint c;
            c.kind = ConstraintKind::Check;
            c.name = k.name;
            c.checkExpr = k.checkExpr;
            c.definition = u"CHECK ("_s + k.checkExpr + u')';
            w.table.constraints << c;
        }
    }

    // 6. Foreign keys, one row per column pair.
    if (!next(SqliteIntrospectorText::tr("Reading foreign keys")))
        return cancelledError();
    auto addForeignKey = [&](const Rows &rows) {
        const Row &first = rows.first();
        const QString tableName = text(first, 0);
        Constraint c;
        c.kind = ConstraintKind::ForeignKey;
        c.refSchema = u"main"_s;
        c.refTable = text(first, 3);
        c.onUpdate = text(first, 6).toUpper();
        c.onDelete = text(first, 7).toUpper();
        const QString match = text(first, 8).toUpper();
        c.match = match == u"NONE" ? QString() : match;
        bool namedParents = false;
        for (const Row &r : rows) {
            c.columns << text(r, 4);
            c.refColumns << text(r, 5);
            namedParents = namedParents || !isNull(r, 5);
        }
        const auto wi = tableIndex.constFind(key(tableName));
        if (wi == tableIndex.cend())
            return;
        TableWork &w = work[*wi];
        const sqlite::ConstraintDef *parsed =
            takeParsed(w, ConstraintKind::ForeignKey, c.columns, c.refTable);
        for (QString &column : c.columns)
            column = declaredName(w.table, column);
        // The parent as it is named in the database, and its key when the FK names no columns.
        if (const auto pi = tableIndex.constFind(key(c.refTable)); pi != tableIndex.cend()) {
            const TableWork &parent = work[*pi];
            c.refTable = parent.table.name;
            for (QString &column : c.refColumns)
                column = declaredName(parent.table, column);
            if (!namedParents) {
                c.refColumns.clear();
                QList<std::pair<int, QString>> pk = parent.primaryKey;
                std::sort(pk.begin(), pk.end());
                for (const auto &[pos, column] : std::as_const(pk))
                    c.refColumns << column;
            }
        } else if (!namedParents) {
            c.refColumns.clear();
        }
        if (parsed) {
            c.name = parsed->name;
            c.deferrable = parsed->deferrable;
            c.initiallyDeferred = parsed->initiallyDeferred;
        }
        c.definition = foreignKeyDefinition(c);
        w.table.constraints << c;
    };
    if (Status s = forEachGroup(
            connection,
            u"SELECT m.name, p.id, p.seq, p.\"table\", p.\"from\", p.\"to\", "
            "p.on_update, p.on_delete, p.\"match\" "
            "FROM sqlite_schema m JOIN pragma_foreign_key_list(m.name) p "
            "WHERE m.type = 'table' AND m.rootpage > 0 "
            "ORDER BY m.name, p.id, p.seq"_s,
            [](const Row &a, const Row &b) {
                return text(a, 0) == text(b, 0) && number(a, 1) == number(b, 1);
            },
            addForeignKey);
        !s)
        return s.error();

    // 7. Indexes with their columns: explicit ones and the autoindexes behind UNIQUE / PK.
    if (!next(SqliteIntrospectorText::tr("Reading indexes")))
        return cancelledError();
    auto addIndex = [&](const Rows &rows) {
        const Row &first = rows.first();
        const QString tableName = text(first, 0);
        const QString indexName = text(first, 1);
        const QString origin = text(first, 3);
        Index ix;
        ix.name = indexName;
        ix.unique = number(first, 2) != 0;
        ix.constraintIndex = origin != u"c";
        ix.primary = origin == u"pk";
        ix.definition = indexSql.value(key(indexName));
        const sqlite::CreateIndex parsed = ix.definition.isEmpty()
                                               ? sqlite::CreateIndex{}
                                               : sqlite::readCreateIndex(ix.definition);
        if (number(first, 4) != 0)
            ix.predicate = parsed.where;
        QStringList keyNames; // plain names, for matching the UNIQUE constraint
        for (const Row &r : rows) {
            if (number(r, 9) == 0)
                continue; // the rowid or the PK columns appended to every index entry
            const int seqno = number(r, 5);
            const sqlite::IndexedColumn *term =
                seqno < parsed.columns.size() ? &parsed.columns[seqno] : nullptr;
            QString col;
            if (number(r, 6) >= 0) {
                col = text(r, 7);
                keyNames << col;
                if (term && !term->collation.isEmpty())
                    col += u" COLLATE "_s + term->collation;
            } else {
                // An expression: only the CREATE INDEX text has it.
                col =
                    term ? (term->expression.isEmpty() ? term->name : term->expression) : u"(?)"_s;
                if (term && !term->collation.isEmpty())
                    col += u" COLLATE "_s + term->collation;
            }
            if (number(r, 8) != 0)
                col += u" DESC"_s;
            ix.columns << col;
        }
        const auto wi = tableIndex.constFind(key(tableName));
        if (wi == tableIndex.cend())
            return;
        TableWork &w = work[*wi];
        if (origin == u"u") {
            Constraint c;
            c.kind = ConstraintKind::Unique;
            c.columns = keyNames;
            const sqlite::ConstraintDef *k = takeParsed(w, ConstraintKind::Unique, keyNames);
            if (k)
                c.name = k->name;
            c.definition = keyDefinition(u"UNIQUE"_s, keyNames, k);
            w.table.constraints << c;
        }
        w.table.indexes << ix;
    };
    if (Status s = forEachGroup(
            connection,
            u"SELECT m.name, il.name, il.\"unique\", il.origin, il.partial, "
            "ix.seqno, ix.cid, ix.name, ix.\"desc\", ix.key "
            "FROM sqlite_schema m JOIN pragma_index_list(m.name) il "
            "JOIN pragma_index_xinfo(il.name) ix "
            "WHERE m.type = 'table' AND m.rootpage > 0 "
            "ORDER BY m.name, il.name, ix.seqno"_s,
            [](const Row &a, const Row &b) {
                return text(a, 0) == text(b, 0) && text(a, 1) == text(b, 1);
            },
            addIndex);
        !s)
        return s.error();

    for (const Row &r : std::as_const(triggerRows)) {
        Trigger t;
        t.name = text(r, 1);
        t.definition = text(r, 3);
        const sqlite::CreateTrigger parsed = sqlite::readCreateTrigger(t.definition);
        t.timing = parsed.timing;
        if (!parsed.event.isEmpty())
            t.events = {parsed.event};
        if (const auto wi = tableIndex.constFind(key(text(r, 2))); wi != tableIndex.cend())
            work[*wi].table.triggers << t;
        else
            spdlog::warn("trigger {} is on view {}; the schema model has no place for it", t.name,
                         text(r, 2));
    }

    for (TableWork &w : work)
        schema.tables << std::move(w.table);
    schema.views = std::move(views);

    // 8. Migration history: one statement per history table present (at most six).
    if (!next(SqliteIntrospectorText::tr("Reading the migration history")))
        return cancelledError();
    auto history = readMigrationHistory(connection, schema.tables);
    if (!history)
        return history.error();
    schema.migrationHistory = std::move(*history);
    if (options.progress)
        options.progress(kSteps, kSteps, SqliteIntrospectorText::tr("Done"));
    return schema;
}

} // namespace sm
