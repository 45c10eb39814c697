// SPDX-License-Identifier: MIT
#pragma once

// Exit codes of schemamedic-cli (design §4.2); scripts rely on them.

namespace sm {

enum ExitCode : int {
    ExitOk = 0,            // done, or no drift
    ExitDrift = 1,         // drift found (diff, verify) or plan refused for a hazard not allowed
    ExitUsage = 2,         // usage or input error: bad URL, unreadable file, malformed DDL
    ExitRolledBack = 3,    // a run failed and was rolled back; the database is as it was
    ExitNotRolledBack = 4, // a run failed and could not be rolled back
};

} // namespace sm
