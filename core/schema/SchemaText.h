// SPDX-License-Identifier: MIT
#pragma once

// A schema as text for people: grouped by table, aligned columns. Used by `inspect` and
// wherever a schema is shown as plain text.

#include "schema/Schema.h"

#include <QString>

namespace sm {

// A name as people should read it: quoted only when it has to be ("Weird Name", "Invoice").
QString displayName(const QString &name, Dialect dialect);
QString displayQualified(const QString &schema, const QString &name, Dialect dialect);

QString constraintSummary(const Constraint &c);
QString indexSummary(const Index &i);
QString schemaToText(const Schema &schema, const QString &source);

} // namespace sm
