// SPDX-License-Identifier: MIT
#include "Snapshot.h"
#include "util/JsonNumber.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

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

QStringList toStringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out << e.toString();
    return out;
}

QJsonValue optionalString(const std::optional<QString> &s)
{
    return s ? QJsonValue(*s) : QJsonValue(QJsonValue::Null);
}

std::optional<QString> toOptionalString(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    return std::nullopt;
}

// qint64 round-trips through a string: JSON numbers are doubles and lose precision past 2^53.
QJsonValue int64Value(qint64 v)
{
    return QString::number(v);
}
qint64 toInt64(const QJsonValue &v)
{
    return jsonInt64(v).value_or(0); // a value no int64 can hold reads as 0, as text did
}

template<typename T, typename F> QJsonArray mapArray(const QList<T> &list, F f)
{
    QJsonArray out;
    for (const T &item : list)
        out.append(f(item));
    return out;
}

template<typename T, typename F> QList<T> mapList(const QJsonValue &v, F f)
{
    QList<T> out;
    const QJsonArray a = v.toArray();
    out.reserve(a.size());
    for (const QJsonValue &e : a)
        out.append(f(e.toObject()));
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

Column columnFromJson(const QJsonObject &o)
{
    Column c;
    c.name = o[u"name"_s].toString();
    c.type = o[u"type"_s].toString();
    c.notNull = o[u"notNull"_s].toBool();
    c.defaultExpr = toOptionalString(o[u"default"_s]);
    c.identity = o[u"identity"_s].toString();
    c.generatedExpr = o[u"generated"_s].toString();
    c.generatedStored = o[u"generatedStored"_s].toBool();
    c.hidden = o[u"hidden"_s].toBool();
    c.collation = o[u"collation"_s].toString();
    c.comment = o[u"comment"_s].toString();
    return c;
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

Constraint constraintFromJson(const QJsonObject &o)
{
    Constraint c;
    c.kind = constraintKindFromName(o[u"kind"_s].toString()).value_or(ConstraintKind::Check);
    c.name = o[u"name"_s].toString();
    c.columns = toStringList(o[u"columns"_s]);
    c.definition = o[u"definition"_s].toString();
    c.checkExpr = o[u"check"_s].toString();
    if (c.kind == ConstraintKind::ForeignKey) {
        c.refSchema = o[u"refSchema"_s].toString();
        c.refTable = o[u"refTable"_s].toString();
        c.refColumns = toStringList(o[u"refColumns"_s]);
        c.onDelete = o[u"onDelete"_s].toString();
        c.onUpdate = o[u"onUpdate"_s].toString();
        c.match = o[u"match"_s].toString();
    }
    c.deferrable = o[u"deferrable"_s].toBool();
    c.initiallyDeferred = o[u"initiallyDeferred"_s].toBool();
    c.validated = o[u"validated"_s].toBool(true);
    c.noInherit = o[u"noInherit"_s].toBool();
    return c;
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

Index indexFromJson(const QJsonObject &o)
{
    Index i;
    i.name = o[u"name"_s].toString();
    i.columns = toStringList(o[u"columns"_s]);
    i.include = toStringList(o[u"include"_s]);
    i.unique = o[u"unique"_s].toBool();
    i.primary = o[u"primary"_s].toBool();
    i.constraintIndex = o[u"constraintIndex"_s].toBool();
    i.method = o[u"method"_s].toString();
    i.predicate = o[u"predicate"_s].toString();
    i.definition = o[u"definition"_s].toString();
    i.valid = o[u"valid"_s].toBool(true);
    return i;
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

Trigger triggerFromJson(const QJsonObject &o)
{
    Trigger t;
    t.name = o[u"name"_s].toString();
    t.timing = o[u"timing"_s].toString();
    t.events = toStringList(o[u"events"_s]);
    t.function = o[u"function"_s].toString();
    t.definition = o[u"definition"_s].toString();
    t.enabled = o[u"enabled"_s].toBool(true);
    return t;
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

Table tableFromJson(const QJsonObject &o)
{
    Table t;
    t.schema = o[u"schema"_s].toString();
    t.name = o[u"name"_s].toString();
    t.kind = tableKindFromName(o[u"kind"_s].toString()).value_or(TableKind::Table);
    t.columns = mapList<Column>(o[u"columns"_s], columnFromJson);
    t.constraints = mapList<Constraint>(o[u"constraints"_s], constraintFromJson);
    t.indexes = mapList<Index>(o[u"indexes"_s], indexFromJson);
    t.triggers = mapList<Trigger>(o[u"triggers"_s], triggerFromJson);
    t.comment = o[u"comment"_s].toString();
    t.partitionOf = o[u"partitionOf"_s].toString();
    t.partitionBound = o[u"partitionBound"_s].toString();
    t.partitionKey = o[u"partitionKey"_s].toString();
    t.inherits = toStringList(o[u"inherits"_s]);
    t.strict = o[u"strict"_s].toBool();
    t.withoutRowid = o[u"withoutRowid"_s].toBool();
    t.autoincrement = o[u"autoincrement"_s].toBool();
    t.createSql = o[u"createSql"_s].toString();
    return t;
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

View viewFromJson(const QJsonObject &o)
{
    View v;
    v.schema = o[u"schema"_s].toString();
    v.name = o[u"name"_s].toString();
    v.materialized = o[u"materialized"_s].toBool();
    v.definition = o[u"definition"_s].toString();
    v.columns = toStringList(o[u"columns"_s]);
    v.indexes = mapList<Index>(o[u"indexes"_s], indexFromJson);
    v.comment = o[u"comment"_s].toString();
    return v;
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

Sequence sequenceFromJson(const QJsonObject &o)
{
    Sequence s;
    s.schema = o[u"schema"_s].toString();
    s.name = o[u"name"_s].toString();
    s.dataType = o[u"dataType"_s].toString();
    s.start = toInt64(o[u"start"_s]);
    s.increment = toInt64(o[u"increment"_s]);
    s.minValue = toInt64(o[u"min"_s]);
    s.maxValue = toInt64(o[u"max"_s]);
    s.cache = toInt64(o[u"cache"_s]);
    s.cycle = o[u"cycle"_s].toBool();
    s.ownedBy = o[u"ownedBy"_s].toString();
    return s;
}

QJsonObject enumToJson(const EnumType &e)
{
    QJsonObject o{{u"schema"_s, e.schema}, {u"name"_s, e.name}, {u"labels"_s, toArray(e.labels)}};
    if (!e.comment.isEmpty())
        o[u"comment"_s] = e.comment;
    return o;
}

EnumType enumFromJson(const QJsonObject &o)
{
    return EnumType{o[u"schema"_s].toString(), o[u"name"_s].toString(),
                    toStringList(o[u"labels"_s]), o[u"comment"_s].toString()};
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

Domain domainFromJson(const QJsonObject &o)
{
    Domain d;
    d.schema = o[u"schema"_s].toString();
    d.name = o[u"name"_s].toString();
    d.baseType = o[u"baseType"_s].toString();
    d.notNull = o[u"notNull"_s].toBool();
    d.defaultExpr = toOptionalString(o[u"default"_s]);
    d.checks = toStringList(o[u"checks"_s]);
    d.comment = o[u"comment"_s].toString();
    return d;
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

Function functionFromJson(const QJsonObject &o)
{
    Function f;
    f.schema = o[u"schema"_s].toString();
    f.name = o[u"name"_s].toString();
    f.arguments = o[u"arguments"_s].toString();
    f.returns = o[u"returns"_s].toString();
    f.language = o[u"language"_s].toString();
    f.kind = o[u"kind"_s].toString();
    f.definition = o[u"definition"_s].toString();
    f.comment = o[u"comment"_s].toString();
    return f;
}

QJsonObject historyToJson(const MigrationHistory &h)
{
    return QJsonObject{{u"tool"_s, h.tool},
                       {u"schema"_s, h.schema},
                       {u"table"_s, h.table},
                       {u"currentVersion"_s, h.currentVersion},
                       {u"entries"_s, mapArray(h.entries, [](const MigrationEntry &e) {
                            return QJsonObject{{u"version"_s, e.version},
                                               {u"name"_s, e.name},
                                               {u"appliedAt"_s, e.appliedAt},
                                               {u"success"_s, e.success}};
                        })}};
}

MigrationHistory historyFromJson(const QJsonObject &o)
{
    MigrationHistory h;
    h.tool = o[u"tool"_s].toString();
    h.schema = o[u"schema"_s].toString();
    h.table = o[u"table"_s].toString();
    h.currentVersion = o[u"currentVersion"_s].toString();
    h.entries = mapList<MigrationEntry>(o[u"entries"_s], [](const QJsonObject &e) {
        return MigrationEntry{e[u"version"_s].toString(), e[u"name"_s].toString(),
                              e[u"appliedAt"_s].toString(), e[u"success"_s].toBool(true)};
    });
    return h;
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
    const QString format = o[u"format"_s].toString();
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
    const auto dialect = dialectFromName(o[u"dialect"_s].toString());
    if (!dialect)
        return makeError(ErrorKind::Input,
                         SnapshotText::tr("The snapshot names an unknown database dialect \"%1\".")
                             .arg(o[u"dialect"_s].toString()));
    Schema s;
    s.dialect = *dialect;
    s.serverVersion = o[u"serverVersion"_s].toString();
    s.schemas = toStringList(o[u"schemas"_s]);
    s.tables = mapList<Table>(o[u"tables"_s], tableFromJson);
    s.views = mapList<View>(o[u"views"_s], viewFromJson);
    s.sequences = mapList<Sequence>(o[u"sequences"_s], sequenceFromJson);
    s.enums = mapList<EnumType>(o[u"enums"_s], enumFromJson);
    s.domains = mapList<Domain>(o[u"domains"_s], domainFromJson);
    s.functions = mapList<Function>(o[u"functions"_s], functionFromJson);
    s.migrationHistory = mapList<MigrationHistory>(o[u"migrationHistory"_s], historyFromJson);
    return s;
}

QByteArray writeSnapshot(const Schema &schema)
{
    return QJsonDocument(snapshotToJson(schema)).toJson(QJsonDocument::Indented);
}

Result<Schema> readSnapshot(const QByteArray &data)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error != QJsonParseError::NoError)
        return makeError(ErrorKind::Input, SnapshotText::tr("The snapshot is not valid JSON."),
                         SnapshotText::tr("At byte %1: %2").arg(err.offset).arg(err.errorString()));
    if (!doc.isObject())
        return makeError(ErrorKind::Input, SnapshotText::tr("The snapshot is not a JSON object."));
    return snapshotFromJson(doc.object());
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
    auto schema = readSnapshot(file.readAll());
    if (!schema) {
        // Name the file, as a DDL file's errors do: the operator may have passed several.
        Error e = schema.error();
        e.message = u"%1: "_s.arg(QFileInfo(path).fileName()) + e.message;
        return e;
    }
    return schema;
}

} // namespace sm
