// SPDX-License-Identifier: MIT
#include "ExpectedSource.h"

namespace sm {

Result<ExpectedSchema> loadPostgresDdl(const QString &, const QString &, const ExpectedOptions &)
{
    return makeError(ErrorKind::Internal,
                     QStringLiteral("Loading PostgreSQL DDL is being written."));
}

} // namespace sm
