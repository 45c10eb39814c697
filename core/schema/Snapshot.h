// SPDX-License-Identifier: MIT
#pragma once

// Snapshot JSON ("schemamedic.schema/1"): a Schema written to disk and read back losslessly.

#include "schema/Schema.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>

namespace sm {

inline constexpr QStringView kSnapshotFormat = u"schemamedic.schema/1";

QJsonObject snapshotToJson(const Schema &schema);
Result<Schema> snapshotFromJson(const QJsonObject &object);

QByteArray writeSnapshot(const Schema &schema); // indented UTF-8 JSON
Result<Schema> readSnapshot(QByteArrayView data);

Status saveSnapshotFile(const Schema &schema, const QString &path);
Result<Schema> loadSnapshotFile(const QString &path);

} // namespace sm
