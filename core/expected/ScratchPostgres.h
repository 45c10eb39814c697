// SPDX-License-Identifier: MIT
#pragma once

// A PostgreSQL database that exists only while this object lives (design §5.2): a temporary
// database on a server the operator named (--scratch URL), or a private throwaway cluster
// started from the installed server binaries (--scratch local). The destructor removes it on
// every path.

#include "db/ConnectionSpec.h"
#include "util/Result.h"

#include <QString>

#include <functional>
#include <memory>

namespace sm {

class ScratchPostgres
{
public:
    // `scratch`: "local", a postgresql:// URL, or empty for local when the server binaries are
    // installed. `cancelled` is polled between the steps of starting a cluster.
    static Result<std::unique_ptr<ScratchPostgres>>
    create(const QString &scratch, const std::function<bool()> &cancelled = {});

    virtual ~ScratchPostgres();
    ScratchPostgres(const ScratchPostgres &) = delete;
    ScratchPostgres &operator=(const ScratchPostgres &) = delete;

    // Where to load: an empty database nobody else uses.
    const ConnectionSpec &spec() const { return m_spec; }
    // The private cluster's directory (socket and data), empty for a temporary database.
    virtual QString directory() const { return {}; }

    // The newest installed server bin directory that holds initdb, or empty.
    static QString serverBinDirectory();

protected:
    ScratchPostgres() = default;
    ConnectionSpec m_spec;
};

} // namespace sm
