// SPDX-License-Identifier: MIT
#pragma once

// Expected failures as values: one clear sentence for the operator, details for the curious.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace sm {

enum class ErrorKind {
    Usage,      // the request itself is wrong (bad URL, bad option)
    Input,      // a file or database we were pointed at is unusable
    Connection, // a server could not be reached or refused us
    Query,      // a statement failed
    Internal,
};

struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString message; // one sentence, shown first
    QString details; // driver text, SQLSTATE, file:line … shown after
    QString code;    // SQLSTATE (PostgreSQL) or result code (SQLite) of a failed statement

    friend bool operator==(const Error &, const Error &) = default;
    QString toString() const
    {
        return details.isEmpty() ? message : message + QStringLiteral("\n") + details;
    }
};

inline Error makeError(ErrorKind kind, QString message, QString details = {})
{
    return Error{kind, std::move(message), std::move(details), {}};
}

template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_v(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

// For operations that produce nothing but can fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {}
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace sm
