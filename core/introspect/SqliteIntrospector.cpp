// SPDX-License-Identifier: MIT
#include "Introspector.h"

namespace sm {

Result<Schema> introspectSqlite(Connection &, const IntrospectOptions &)
{
    return makeError(ErrorKind::Internal, QStringLiteral("SQLite introspection is being written."));
}

} // namespace sm
