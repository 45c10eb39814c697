// SPDX-License-Identifier: MIT
#pragma once

// The five seed incidents of shared/seeds/ as fixtures: the live schema as it was broken (with
// data) and the expected schema as the code wanted it, in tests/fixtures/seeds/<seed>/.

#include "diff/Diff.h"

#include <QString>
#include <QStringList>

namespace sm::test {

inline QString seedDir(const QString &seed)
{
    return QStringLiteral(SM_FIXTURES_DIR) + u"/seeds/" + seed;
}

// "kind object" for every difference, sorted: compared whole, so an extra or a missing
// difference fails the test.
inline QStringList diffLines(const SchemaDiff &d)
{
    QStringList out;
    for (const Difference &x : d.differences)
        out << diffKindName(x.kind) + u' ' + x.object;
    out.sort();
    return out;
}

inline QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

} // namespace sm::test
