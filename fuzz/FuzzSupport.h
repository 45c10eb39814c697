// SPDX-License-Identifier: MIT
#pragma once

// Shared by the fuzz targets: turning libFuzzer's bytes into the text a reader gets, and a check
// that reports a broken invariant as a crash, so libFuzzer keeps the input that caused it.

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace sm::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Readers get text decoded from UTF-8 (files, sqlite_schema, argv): invalid sequences become
// U+FFFD exactly as they would in the application.
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

[[noreturn]] inline void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n%s\n", what, detail.toUtf8().constData());
    std::abort();
}

} // namespace sm::fuzz

#define SM_FUZZ_CHECK(cond, detail)                                                                \
    do {                                                                                           \
        if (!(cond))                                                                               \
            ::sm::fuzz::fail(#cond, (detail));                                                     \
    } while (false)
