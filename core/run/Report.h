// SPDX-License-Identifier: MIT
#pragma once

// The incident report (design §5.8): Markdown rendered from a run's journal, never from
// memory — what was wrong, the plan with its SQL, the backup and its checksums, a timeline,
// the verification, and the exact command that undoes it.

#include "util/Result.h"

#include <QString>

namespace sm {

Result<QString> renderReport(const QString &journalPath);

} // namespace sm
