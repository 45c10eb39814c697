// SPDX-License-Identifier: MIT
// libFuzzer target: the SQLite CREATE TABLE / INDEX / TRIGGER text reader. Whatever the text, it
// must return (never crash, hang or read out of bounds), give the same answer twice, and only
// ever quote pieces of the statement it was given.

#include "FuzzSupport.h"

#include "introspect/CreateTableReader.h"

using namespace sm::sqlite;

namespace {

void checkQuoted(const QString &sql, const QString &piece, const char *what)
{
    if (!piece.isEmpty() && !sql.contains(piece))
        sm::fuzz::fail(what, piece);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString sql = sm::fuzz::text(data, size);

    const CreateTable table = readCreateTable(sql);
    SM_FUZZ_CHECK(readCreateTable(sql) == table, sql);
    for (const ColumnDef &c : table.columns) {
        checkQuoted(sql, c.text, "a column's text is not part of the statement");
        SM_FUZZ_CHECK(table.column(c.name) != nullptr, c.name);
        for (const ConstraintDef &k : c.constraints)
            checkQuoted(sql, k.text, "a column constraint's text is not part of the statement");
    }
    for (const ConstraintDef &k : table.constraints) {
        checkQuoted(sql, k.text, "a table constraint's text is not part of the statement");
        for (const IndexedColumn &t : k.terms)
            checkQuoted(sql, t.text, "a key term's text is not part of the statement");
    }

    const CreateIndex index = readCreateIndex(sql);
    SM_FUZZ_CHECK(readCreateIndex(sql) == index, sql);
    for (const IndexedColumn &t : index.columns)
        checkQuoted(sql, t.text, "an index term's text is not part of the statement");

    const CreateTrigger trigger = readCreateTrigger(sql);
    SM_FUZZ_CHECK(readCreateTrigger(sql) == trigger, sql);

    // A token as the reader sees it, e.g. one quoted name: unquoting never grows it.
    const QString unquoted = unquoteIdentifier(sql);
    SM_FUZZ_CHECK(unquoted.size() <= sql.size(), unquoted);
    return 0;
}
