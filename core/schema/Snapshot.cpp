// SPDX-License-Identifier: MIT
#include "Snapshot.h"
#include "util/JsonNumber.h"
#include "util/JsonReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <vector>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

using namespace Qt::StringLiterals;

namespace sm {
namespace {

// This file's messages: lupdate files them under sm::Snapshot, the context the runtime looks up.
struct SnapshotText
{
    Q_DECLARE_TR_FUNCTIONS(sm::Snapshot)
};

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonValue optionalString(const std::optional<QString> &s)
{
    return s ? QJsonValue(*s) : QJsonValue(QJsonValue::Null);
}

// qint64 round-trips through a string: JSON numbers are doubles and lose precision past 2^53.
QJsonValue int64Value(qint64 v)
{
    return QString::number(v);
}

template<typename T, typename F> QJsonArray mapArray(const QList<T> &list, F f)
{
    QJsonArray out;
    for (const T &item : list)
        out.append(f(item));
    return out;
}

QJsonObject columnToJson(const Column &c)
{
    QJsonObject o{{u"name"_s, c.name},
                  {u"type"_s, c.type},
                  {u"notNull"_s, c.notNull},
                  {u"default"_s, optionalString(c.defaultExpr)}};
    if (!c.identity.isEmpty())
        o[u"identity"_s] = c.identity;
    if (!c.generatedExpr.isEmpty()) {
        o[u"generated"_s] = c.generatedExpr;
        o[u"generatedStored"_s] = c.generatedStored;
    }
    if (c.hidden)
        o[u"hidden"_s] = true;
    if (!c.collation.isEmpty())
        o[u"collation"_s] = c.collation;
    if (!c.comment.isEmpty())
        o[u"comment"_s] = c.comment;
    return o;
}

QJsonObject constraintToJson(const Constraint &c)
{
    QJsonObject o{{u"kind"_s, constraintKindName(c.kind)},
                  {u"name"_s, c.name},
                  {u"columns"_s, toArray(c.columns)},
                  {u"definition"_s, c.definition}};
    if (!c.checkExpr.isEmpty())
        o[u"check"_s] = c.checkExpr;
    if (c.kind == ConstraintKind::ForeignKey) {
        o[u"refSchema"_s] = c.refSchema;
        o[u"refTable"_s] = c.refTable;
        o[u"refColumns"_s] = toArray(c.refColumns);
        o[u"onDelete"_s] = c.onDelete;
        o[u"onUpdate"_s] = c.onUpdate;
        o[u"match"_s] = c.match;
    }
    o[u"deferrable"_s] = c.deferrable;
    o[u"initiallyDeferred"_s] = c.initiallyDeferred;
    o[u"validated"_s] = c.validated;
    if (c.noInherit)
        o[u"noInherit"_s] = true;
    return o;
}

QJsonObject indexToJson(const Index &i)
{
    QJsonObject o{{u"name"_s, i.name},
                  {u"columns"_s, toArray(i.columns)},
                  {u"unique"_s, i.unique},
                  {u"primary"_s, i.primary},
                  {u"constraintIndex"_s, i.constraintIndex},
                  {u"method"_s, i.method},
                  {u"predicate"_s, i.predicate},
                  {u"definition"_s, i.definition}};
    if (!i.include.isEmpty())
        o[u"include"_s] = toArray(i.include);
    if (!i.valid)
        o[u"valid"_s] = false;
    return o;
}

QJsonObject triggerToJson(const Trigger &t)
{
    return QJsonObject{{u"name"_s, t.name},
                       {u"timing"_s, t.timing},
                       {u"events"_s, toArray(t.events)},
                       {u"function"_s, t.function},
                       {u"definition"_s, t.definition},
                       {u"enabled"_s, t.enabled}};
}

QJsonObject tableToJson(const Table &t)
{
    QJsonObject o{{u"schema"_s, t.schema},
                  {u"name"_s, t.name},
                  {u"kind"_s, tableKindName(t.kind)},
                  {u"columns"_s, mapArray(t.columns, columnToJson)},
                  {u"constraints"_s, mapArray(t.constraints, constraintToJson)},
                  {u"indexes"_s, mapArray(t.indexes, indexToJson)},
                  {u"triggers"_s, mapArray(t.triggers, triggerToJson)}};
    if (!t.comment.isEmpty())
        o[u"comment"_s] = t.comment;
    if (!t.partitionOf.isEmpty()) {
        o[u"partitionOf"_s] = t.partitionOf;
        o[u"partitionBound"_s] = t.partitionBound;
    }
    if (!t.partitionKey.isEmpty())
        o[u"partitionKey"_s] = t.partitionKey;
    if (!t.inherits.isEmpty())
        o[u"inherits"_s] = toArray(t.inherits);
    if (t.strict)
        o[u"strict"_s] = true;
    if (t.withoutRowid)
        o[u"withoutRowid"_s] = true;
    if (t.autoincrement)
        o[u"autoincrement"_s] = true;
    if (!t.createSql.isEmpty())
        o[u"createSql"_s] = t.createSql;
    return o;
}

QJsonObject viewToJson(const View &v)
{
    QJsonObject o{{u"schema"_s, v.schema},
                  {u"name"_s, v.name},
                  {u"materialized"_s, v.materialized},
                  {u"definition"_s, v.definition},
                  {u"columns"_s, toArray(v.columns)}};
    if (!v.indexes.isEmpty())
        o[u"indexes"_s] = mapArray(v.indexes, indexToJson);
    if (!v.comment.isEmpty())
        o[u"comment"_s] = v.comment;
    return o;
}

QJsonObject sequenceToJson(const Sequence &s)
{
    return QJsonObject{{u"schema"_s, s.schema},
                       {u"name"_s, s.name},
                       {u"dataType"_s, s.dataType},
                       {u"start"_s, int64Value(s.start)},
                       {u"increment"_s, int64Value(s.increment)},
                       {u"min"_s, int64Value(s.minValue)},
                       {u"max"_s, int64Value(s.maxValue)},
                       {u"cache"_s, int64Value(s.cache)},
                       {u"cycle"_s, s.cycle},
                       {u"ownedBy"_s, s.ownedBy}};
}

QJsonObject enumToJson(const EnumType &e)
{
    QJsonObject o{{u"schema"_s, e.schema}, {u"name"_s, e.name}, {u"labels"_s, toArray(e.labels)}};
    if (!e.comment.isEmpty())
        o[u"comment"_s] = e.comment;
    return o;
}

QJsonObject domainToJson(const Domain &d)
{
    QJsonObject o{{u"schema"_s, d.schema},
                  {u"name"_s, d.name},
                  {u"baseType"_s, d.baseType},
                  {u"notNull"_s, d.notNull},
                  {u"default"_s, optionalString(d.defaultExpr)},
                  {u"checks"_s, toArray(d.checks)}};
    if (!d.comment.isEmpty())
        o[u"comment"_s] = d.comment;
    return o;
}

QJsonObject functionToJson(const Function &f)
{
    QJsonObject o{{u"schema"_s, f.schema},        {u"name"_s, f.name},
                  {u"arguments"_s, f.arguments},  {u"returns"_s, f.returns},
                  {u"language"_s, f.language},    {u"kind"_s, f.kind},
                  {u"definition"_s, f.definition}};
    if (!f.comment.isEmpty())
        o[u"comment"_s] = f.comment;
    return o;
}

QJsonObject historyToJson(const MigrationHistory &h)
{
    QJsonObject o{{u"tool"_s, h.tool},
                  {u"schema"_s, h.schema},
                  {u"table"_s, h.table},
                  {u"currentVersion"_s, h.currentVersion},
                  {u"entries"_s, mapArray(h.entries, [](const MigrationEntry &e) {
                       return QJsonObject{{u"version"_s, e.version},
                                          {u"name"_s, e.name},
                                          {u"appliedAt"_s, e.appliedAt},
                                          {u"success"_s, e.success}};
                   })}};
    if (!h.readable)
        o[u"readable"_s] = false; // written only when false: older snapshots read as readable
    return o;
}

// Reading: JsonReader walks the document once and each field goes straight into the model.
// What a field holds when it is missing or of another JSON type is what QJsonValue's
// toString()/toBool() gave when snapshots were read through QJsonDocument: "" or the default,
// so a hand-edited snapshot reads as it always did. Unknown keys are skipped.

QString text(JsonReader &r)
{
    if (r.peek() == JsonReader::Kind::String)
        return r.string();
    r.skip();
    return {};
}

std::optional<QString> optionalText(JsonReader &r)
{
    if (r.peek() == JsonReader::Kind::String)
        return r.string();
    r.skip();
    return std::nullopt;
}

bool flag(JsonReader &r, bool otherwise = false)
{
    if (r.peek() == JsonReader::Kind::Bool)
        return r.boolean();
    r.skip();
    return otherwise;
}

qint64 whole(JsonReader &r)
{
    // A value no int64 can hold reads as 0, as it did through QJsonValue.
    switch (r.peek()) {
    case JsonReader::Kind::String:
        return wholeNumber(r.string()).value_or(0);
    case JsonReader::Kind::Number: {
        const std::optional<double> d = r.number();
        return d ? wholeNumber(*d).value_or(0) : 0;
    }
    default:
        r.skip();
        return 0;
    }
}

QStringList texts(JsonReader &r)
{
    QStringList out;
    if (!r.enterArray()) {
        r.skip();
        return out;
    }
    while (r.nextElement())
        out.append(text(r));
    return out;
}

// Calls field(key) for each member of the object that comes next; field takes the value or
// skip()s it. Anything but an object is skipped and reads as {}.
template<typename F> void members(JsonReader &r, F field)
{
    if (!r.enterObject()) {
        r.skip();
        return;
    }
    QByteArrayView key;
    while (r.nextKey(&key))
        field(key);
}

// An array of objects, each read by readOne into a T; anything but an array reads as [].
template<typename T, typename F> QList<T> objects(JsonReader &r, F readOne)
{
    QList<T> out;
    if (!r.enterArray()) {
        r.skip();
        return out;
    }
    while (r.nextElement())
        out.append(readOne(r));
    return out;
}

// The same for the short lists of every table (columns, constraints, indexes, triggers): read
// into a scratch vector first and made a QList of exactly that size, rather than grown an
// element at a time. Growing them was half the time of reading a snapshot of 10,000 tables
// (perf), and the unused capacity was memory the kernel had to fault in. The scratch is used
// as a stack, so a T nested in a T would be safe too.
template<typename T, typename F> QList<T> tableObjects(JsonReader &r, F readOne)
{
    static thread_local std::vector<T> scratch;
    if (!r.enterArray()) {
        r.skip();
        return {};
    }
    const size_t base = scratch.size();
    while (r.nextElement())
        scratch.push_back(readOne(r));
    QList<T> out;
    out.reserve(qsizetype(scratch.size() - base));
    for (size_t i = base; i < scratch.size(); ++i)
        out.append(std::move(scratch[i]));
    scratch.resize(base);
    return out;
}

Column readColumn(JsonReader &r)
{
    Column c;
    members(r, [&](QByteArrayView k) {
        if (k == "name")
            c.name = text(r);
        else if (k == "type")
            c.type = text(r);
        else if (k == "notNull")
            c.notNull = flag(r);
        else if (k == "default")
            c.defaultExpr = optionalText(r);
        else if (k == "identity")
            c.identity = text(r);
        else if (k == "generated")
            c.generatedExpr = text(r);
        else if (k == "generatedStored")
            c.generatedStored = flag(r);
        else if (k == "hidden")
            c.hidden = flag(r);
        else if (k == "collation")
            c.collation = text(r);
        else if (k == "comment")
            c.comment = text(r);
        else
            r.skip();
    });
    return c;
}

Constraint readConstraint(JsonReader &r)
{
    Constraint c;
    QString kind;
    // A foreign key's own fields apply only once "kind" (which may come after them) says
    // foreign_key; on another kind they keep the model's defaults.
    Constraint fk;
    fk.onDelete.clear();
    fk.onUpdate.clear();
    members(r, [&](QByteArrayView k) {
        if (k == "kind")
            kind = text(r);
        else if (k == "name")
            c.name = text(r);
        else if (k == "columns")
            c.columns = texts(r);
        else if (k == "definition")
            c.definition = text(r);
        else if (k == "check")
            c.checkExpr = text(r);
        else if (k == "refSchema")
            fk.refSchema = text(r);
        else if (k == "refTable")
            fk.refTable = text(r);
        else if (k == "refColumns")
            fk.refColumns = texts(r);
        else if (k == "onDelete")
            fk.onDelete = text(r);
        else if (k == "onUpdate")
            fk.onUpdate = text(r);
        else if (k == "match")
            fk.match = text(r);
        else if (k == "deferrable")
            c.deferrable = flag(r);
        else if (k == "initiallyDeferred")
            c.initiallyDeferred = flag(r);
        else if (k == "validated")
            c.validated = flag(r, true);
        else if (k == "noInherit")
            c.noInherit = flag(r);
        else
            r.skip();
    });
    c.kind = constraintKindFromName(kind).value_or(ConstraintKind::Check);
    if (c.kind == ConstraintKind::ForeignKey) {
        c.refSchema = std::move(fk.refSchema);
        c.refTable = std::move(fk.refTable);
        c.refColumns = std::move(fk.refColumns);
        c.onDelete = std::move(fk.onDelete);
        c.onUpdate = std::move(fk.onUpdate);
        c.match = std::move(fk.match);
    }
    return c;
}

Index readIndex(JsonReader &r)
{
    Index i;
    members(r, [&](QByteArrayView k) {
        if (k == "name")
            i.name = text(r);
        else if (k == "columns")
            i.columns = texts(r);
        else if (k == "include")
            i.include = texts(r);
        else if (k == "unique")
            i.unique = flag(r);
        else if (k == "primary")
            i.primary = flag(r);
        else if (k == "constraintIndex")
            i.constraintIndex = flag(r);
        else if (k == "method")
            i.method = text(r);
        else if (k == "predicate")
            i.predicate = text(r);
        else if (k == "definition")
            i.definition = text(r);
        else if (k == "valid")
            i.valid = flag(r, true);
        else
            r.skip();
    });
    return i;
}

Trigger readTrigger(JsonReader &r)
{
    Trigger t;
    members(r, [&](QByteArrayView k) {
        if (k == "name")
            t.name = text(r);
        else if (k == "timing")
            t.timing = text(r);
        else if (k == "events")
            t.events = texts(r);
        else if (k == "function")
            t.function = text(r);
        else if (k == "definition")
            t.definition = text(r);
        else if (k == "enabled")
            t.enabled = flag(r, true);
        else
            r.skip();
    });
    return t;
}

Table readTable(JsonReader &r)
{
    Table t;
    QString kind;
    members(r, [&](QByteArrayView k) {
        if (k == "schema")
            t.schema = text(r);
        else if (k == "name")
            t.name = text(r);
        else if (k == "kind")
            kind = text(r);
        else if (k == "columns")
            t.columns = tableObjects<Column>(r, readColumn);
        else if (k == "constraints")
            t.constraints = tableObjects<Constraint>(r, readConstraint);
        else if (k == "indexes")
            t.indexes = tableObjects<Index>(r, readIndex);
        else if (k == "triggers")
            t.triggers = tableObjects<Trigger>(r, readTrigger);
        else if (k == "comment")
            t.comment = text(r);
        else if (k == "partitionOf")
            t.partitionOf = text(r);
        else if (k == "partitionBound")
            t.partitionBound = text(r);
        else if (k == "partitionKey")
            t.partitionKey = text(r);
        else if (k == "inherits")
            t.inherits = texts(r);
        else if (k == "strict")
            t.strict = flag(r);
        else if (k == "withoutRowid")
            t.withoutRowid = flag(r);
        else if (k == "autoincrement")
            t.autoincrement = flag(r);
        else if (k == "createSql")
            t.createSql = text(r);
        else
            r.skip();
    });
    t.kind = tableKindFromName(kind).value_or(TableKind::Table);
    return t;
}

View readView(JsonReader &r)
{
    View v;
    members(r, [&](QByteArrayView k) {
        if (k == "schema")
            v.schema = text(r);
        else if (k == "name")
            v.name = text(r);
        else if (k == "materialized")
            v.materialized = flag(r);
        else if (k == "definition")
            v.definition = text(r);
        else if (k == "columns")
            v.columns = texts(r);
        else if (k == "indexes")
            v.indexes = tableObjects<Index>(r, readIndex);
        else if (k == "comment")
            v.comment = text(r);
        else
            r.skip();
    });
    return v;
}

Sequence readSequence(JsonReader &r)
{
    // A missing field reads as 0 or "", as QJsonValue gave it, not as the model's defaults.
    Sequence s;
    s.dataType.clear();
    s.start = s.increment = s.minValue = s.maxValue = s.cache = 0;
    members(r, [&](QByteArrayView k) {
        if (k == "schema")
            s.schema = text(r);
        else if (k == "name")
            s.name = text(r);
        else if (k == "dataType")
            s.dataType = text(r);
        else if (k == "start")
            s.start = whole(r);
        else if (k == "increment")
            s.increment = whole(r);
        else if (k == "min")
            s.minValue = whole(r);
        else if (k == "max")
            s.maxValue = whole(r);
        else if (k == "cache")
            s.cache = whole(r);
        else if (k == "cycle")
            s.cycle = flag(r);
        else if (k == "ownedBy")
            s.ownedBy = text(r);
        else
            r.skip();
    });
    return s;
}

EnumType readEnum(JsonReader &r)
{
    EnumType e;
    members(r, [&](QByteArrayView k) {
        if (k == "schema")
            e.schema = text(r);
        else if (k == "name")
            e.name = text(r);
        else if (k == "labels")
            e.labels = texts(r);
        else if (k == "comment")
            e.comment = text(r);
        else
            r.skip();
    });
    return e;
}

Domain readDomain(JsonReader &r)
{
    Domain d;
    members(r, [&](QByteArrayView k) {
        if (k == "schema")
            d.schema = text(r);
        else if (k == "name")
            d.name = text(r);
        else if (k == "baseType")
            d.baseType = text(r);
        else if (k == "notNull")
            d.notNull = flag(r);
        else if (k == "default")
            d.defaultExpr = optionalText(r);
        else if (k == "checks")
            d.checks = texts(r);
        else if (k == "comment")
            d.comment = text(r);
        else
            r.skip();
    });
    return d;
}

Function readFunction(JsonReader &r)
{
    Function f;
    f.kind.clear();
    members(r, [&](QByteArrayView k) {
        if (k == "schema")
            f.schema = text(r);
        else if (k == "name")
            f.name = text(r);
        else if (k == "arguments")
            f.arguments = text(r);
        else if (k == "returns")
            f.returns = text(r);
        else if (k == "language")
            f.language = text(r);
        else if (k == "kind")
            f.kind = text(r);
        else if (k == "definition")
            f.definition = text(r);
        else if (k == "comment")
            f.comment = text(r);
        else
            r.skip();
    });
    return f;
}

MigrationEntry readMigrationEntry(JsonReader &r)
{
    MigrationEntry e;
    members(r, [&](QByteArrayView k) {
        if (k == "version")
            e.version = text(r);
        else if (k == "name")
            e.name = text(r);
        else if (k == "appliedAt")
            e.appliedAt = text(r);
        else if (k == "success")
            e.success = flag(r, true);
        else
            r.skip();
    });
    return e;
}

MigrationHistory readHistory(JsonReader &r)
{
    MigrationHistory h;
    members(r, [&](QByteArrayView k) {
        if (k == "tool")
            h.tool = text(r);
        else if (k == "schema")
            h.schema = text(r);
        else if (k == "table")
            h.table = text(r);
        else if (k == "currentVersion")
            h.currentVersion = text(r);
        else if (k == "entries")
            h.entries = objects<MigrationEntry>(r, readMigrationEntry);
        else if (k == "readable")
            h.readable = flag(r, true);
        else
            r.skip();
    });
    return h;
}

// A whole file in memory. On Linux the buffer is asked for in 2 MB pages: a snapshot of
// 10,000 tables is 80 MB, and on a virtual machine faulting it in 4 kB pages cost 0.1–0.2 s
// (bench/ANALYSIS.md). Elsewhere, or when the kernel says no, it is an ordinary QByteArray.
class FileBytes final
{
public:
    explicit FileBytes(QFile &file)
    {
        const qint64 size = file.size();
#ifdef Q_OS_LINUX
        constexpr qint64 kHugePage = 2 * 1024 * 1024;
        if (size >= kHugePage) {
            m_length = size_t((size + kHugePage - 1) / kHugePage * kHugePage);
            void *p = ::mmap(nullptr, m_length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                             -1, 0);
            if (p != MAP_FAILED) {
                m_mapped = static_cast<char *>(p);
                ::madvise(p, m_length, MADV_HUGEPAGE); // a hint; 4 kB pages if refused
                qint64 got = 0;
                while (got < size) {
                    const qint64 n = file.read(m_mapped + got, size - got);
                    if (n <= 0)
                        break;
                    got += n;
                }
                // A file that changed size while we read it is read again the ordinary way.
                if (got == size && file.atEnd()) {
                    m_view = QByteArrayView(m_mapped, got);
                    m_ok = true;
                    return;
                }
                ::munmap(m_mapped, m_length);
                m_mapped = nullptr;
                if (!file.seek(0))
                    return;
            }
        }
#endif
        m_bytes = file.readAll();
        m_view = m_bytes;
        m_ok = file.error() == QFileDevice::NoError;
    }
    ~FileBytes()
    {
#ifdef Q_OS_LINUX
        if (m_mapped)
            ::munmap(m_mapped, m_length);
#endif
    }
    Q_DISABLE_COPY_MOVE(FileBytes)

    bool ok() const
    {
        return m_ok;
    }
    QByteArrayView view() const
    {
        return m_view;
    }

private:
    QByteArray m_bytes;
    QByteArrayView m_view;
    char *m_mapped = nullptr;
    size_t m_length = 0;
    bool m_ok = false;
};

Error notValidJson(const JsonReader &r)
{
    return makeError(ErrorKind::Input, SnapshotText::tr("The snapshot is not valid JSON."),
                     SnapshotText::tr("At byte %1: %2").arg(r.errorOffset()).arg(r.errorString()));
}

} // namespace

QJsonObject snapshotToJson(const Schema &schema)
{
    return QJsonObject{{u"format"_s, kSnapshotFormat.toString()},
                       {u"dialect"_s, dialectName(schema.dialect)},
                       {u"serverVersion"_s, schema.serverVersion},
                       {u"schemas"_s, toArray(schema.schemas)},
                       {u"tables"_s, mapArray(schema.tables, tableToJson)},
                       {u"views"_s, mapArray(schema.views, viewToJson)},
                       {u"sequences"_s, mapArray(schema.sequences, sequenceToJson)},
                       {u"enums"_s, mapArray(schema.enums, enumToJson)},
                       {u"domains"_s, mapArray(schema.domains, domainToJson)},
                       {u"functions"_s, mapArray(schema.functions, functionToJson)},
                       {u"migrationHistory"_s, mapArray(schema.migrationHistory, historyToJson)}};
}

Result<Schema> snapshotFromJson(const QJsonObject &o)
{
    // One reader for every snapshot: an object embedded in a backup manifest is read as text.
    return readSnapshot(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QByteArray writeSnapshot(const Schema &schema)
{
    return QJsonDocument(snapshotToJson(schema)).toJson(QJsonDocument::Indented);
}

Result<Schema> readSnapshot(QByteArrayView data)
{
    JsonReader r(data, true);
    if (r.peek() != JsonReader::Kind::Object) {
        r.skip();
        if (!r.finish())
            return notValidJson(r);
        return makeError(ErrorKind::Input, SnapshotText::tr("The snapshot is not a JSON object."));
    }
    Schema s;
    QString format, dialect;
    members(r, [&](QByteArrayView k) {
        if (k == "format")
            format = text(r);
        else if (k == "dialect")
            dialect = text(r);
        else if (k == "serverVersion")
            s.serverVersion = text(r);
        else if (k == "schemas")
            s.schemas = texts(r);
        else if (k == "tables")
            s.tables = objects<Table>(r, readTable);
        else if (k == "views")
            s.views = objects<View>(r, readView);
        else if (k == "sequences")
            s.sequences = objects<Sequence>(r, readSequence);
        else if (k == "enums")
            s.enums = objects<EnumType>(r, readEnum);
        else if (k == "domains")
            s.domains = objects<Domain>(r, readDomain);
        else if (k == "functions")
            s.functions = objects<Function>(r, readFunction);
        else if (k == "migrationHistory")
            s.migrationHistory = objects<MigrationHistory>(r, readHistory);
        else
            r.skip();
    });
    if (!r.finish())
        return notValidJson(r);

    if (format != kSnapshotFormat) {
        if (format.startsWith(u"schemamedic.schema/"))
            return makeError(
                ErrorKind::Input,
                SnapshotText::tr("This snapshot was written in format %1, which this version of "
                                 "Schema Medic cannot read (it reads %2).")
                    .arg(format, kSnapshotFormat.toString()));
        return makeError(
            ErrorKind::Input,
            SnapshotText::tr("This JSON file is not a Schema Medic snapshot (its \"format\" "
                             "field is not %1).")
                .arg(kSnapshotFormat.toString()));
    }
    const auto known = dialectFromName(dialect);
    if (!known)
        return makeError(ErrorKind::Input,
                         SnapshotText::tr("The snapshot names an unknown database dialect \"%1\".")
                             .arg(dialect));
    s.dialect = *known;
    return s;
}

Status saveSnapshotFile(const Schema &schema, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Input,
                         SnapshotText::tr("Cannot write the snapshot to %1.").arg(path),
                         file.errorString());
    file.write(writeSnapshot(schema));
    if (!file.commit())
        return makeError(ErrorKind::Input,
                         SnapshotText::tr("Cannot write the snapshot to %1.").arg(path),
                         file.errorString());
    return {};
}

Result<Schema> loadSnapshotFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Input,
                         SnapshotText::tr("Cannot read the snapshot %1.").arg(path),
                         file.errorString());
    const FileBytes bytes(file);
    if (!bytes.ok())
        return makeError(ErrorKind::Input,
                         SnapshotText::tr("Cannot read the snapshot %1.").arg(path),
                         file.errorString());
    auto schema = readSnapshot(bytes.view());
    if (!schema) {
        // Name the file, as a DDL file's errors do: the operator may have passed several.
        Error e = schema.error();
        e.message = u"%1: "_s.arg(QFileInfo(path).fileName()) + e.message;
        return e;
    }
    return schema;
}

} // namespace sm
