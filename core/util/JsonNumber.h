// SPDX-License-Identifier: MIT
#pragma once
// Whole numbers read from JSON that anyone may have edited (snapshots, backup manifests).

#include <QJsonValue>
#include <QString>

#include <cmath>
#include <optional>

namespace sm {

// A whole number written as JSON text ("9007199254740993": past 2^53 a double cannot hold it).
inline std::optional<qint64> wholeNumber(const QString &text)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

// A JSON number as a 64-bit integer; nullopt when it is not one (a fraction, a number out of
// range such as 1e300, NaN). Casting such a double to qint64 is undefined behaviour (found by
// fuzz/fuzz_snapshot).
inline std::optional<qint64> wholeNumber(double d)
{
    // [-2^63, 2^63): both bounds are exact doubles.
    if (!std::isfinite(d) || d != std::trunc(d) || d < -9223372036854775808.0 ||
        d >= 9223372036854775808.0)
        return std::nullopt;
    return static_cast<qint64>(d);
}

// A JSON number or numeric string as a 64-bit integer; nullopt when it is neither.
inline std::optional<qint64> jsonInt64(const QJsonValue &v)
{
    if (v.isString())
        return wholeNumber(v.toString());
    if (!v.isDouble())
        return std::nullopt;
    return wholeNumber(v.toDouble());
}

} // namespace sm
