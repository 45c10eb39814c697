// SPDX-License-Identifier: MIT
#include "Introspector.h"

namespace sm {

Result<Schema> introspectPostgres(Connection &, const IntrospectOptions &)
{
    return makeError(ErrorKind::Internal,
                     QStringLiteral("PostgreSQL introspection is being written."));
}

} // namespace sm
