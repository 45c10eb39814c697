// SPDX-License-Identifier: MIT
// libFuzzer target: the PostgreSQL script splitter (libpg_query's scanner plus our handling of
// psql meta-commands, COPY data and BEGIN ATOMIC bodies). Whatever the script, it is split or
// refused with a sentence; every statement is non-empty text from the script, on a line the
// script has, in order.

#include "FuzzSupport.h"

#include "expected/PgStatementSplitter.h"

using namespace Qt::StringLiterals;
using namespace sm;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString sql = sm::fuzz::text(data, size);
    const Result<PgScript> script = splitPostgresScript(sql, u"fuzz.sql"_s);
    if (!script) {
        SM_FUZZ_CHECK(!script.error().message.isEmpty(), sql);
        return 0;
    }
    const int lines = int(sql.count(u'\n')) + 1;
    int previous = 0;
    for (const PgStatement &s : script->statements) {
        SM_FUZZ_CHECK(!s.sql.isEmpty(), sql);
        SM_FUZZ_CHECK(s.line >= 1 && s.line <= lines, s.sql);
        SM_FUZZ_CHECK(s.line >= previous, s.sql);
        previous = s.line;
    }
    return 0;
}
