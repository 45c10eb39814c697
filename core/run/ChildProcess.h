// SPDX-License-Identifier: MIT
#pragma once

// Running the PostgreSQL client tools (pg_dump, pg_restore): argument lists only, the password
// through a private 0600 PGPASSFILE named in the child's environment (design §5.10), never argv
// and never PGPASSWORD; choosing the binaries and checking their major version.

#include "db/ConnectionSpec.h"
#include "util/Result.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QTemporaryDir;

namespace sm {

struct ChildOutcome
{
    bool started = false;
    bool cancelled = false;
    bool timedOut = false;
    int exitCode = -1; // -1 when it did not exit normally
    QString output;    // stdout + stderr, as text
    QString errorText; // why it could not start
    bool ok() const { return started && !cancelled && !timedOut && exitCode == 0; }
};

struct ChildOptions
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    int timeoutMs = -1;              // -1: no limit
    std::function<bool()> cancelled; // polled every 100 ms; true kills the child
    std::function<void()> tick;      // called every 100 ms while it runs (progress)
    // Called once on this thread as soon as the child has started, while it runs: work that
    // can overlap the child's (the row counts of a backup overlap pg_dump). Ticks and the
    // cancellation check resume when it returns.
    std::function<void()> whileRunning;
};

// Starts `program` with `arguments` (never a shell) and waits for it.
ChildOutcome runChild(const QString &program, const QStringList &arguments,
                      const ChildOptions &options = {});

// A password file for libpq (mode 0600, in a private 0700 directory) that exists as long as
// this object does; the destructor removes it on every path.
class PgPassFile
{
public:
    PgPassFile();
    ~PgPassFile();
    PgPassFile(const PgPassFile &) = delete;
    PgPassFile &operator=(const PgPassFile &) = delete;

    // Writes the password (escaped for the file format) for any host/port/database/user.
    Status write(const QString &password);
    QString path() const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

// The environment a PostgreSQL client tool runs with: ours without PGPASSWORD, with
// PGPASSFILE pointing at `passFile` when one was written (empty: libpq's own rules).
QProcessEnvironment postgresToolEnvironment(const QString &passFile);

// The password for `spec` that a child should get: the spec's own, or the PGPASSWORD of our
// environment (the CLI's documented source), moved into a file instead of being inherited.
QString effectivePassword(const ConnectionSpec &spec);

// Connection arguments for pg_dump/pg_restore: -h -p -U -d (a conninfo string when the spec
// carries sslmode and friends) and -w (never prompt). The password is never among them.
QStringList postgresConnectionArguments(const ConnectionSpec &spec);

struct PgTool
{
    QString program;       // absolute path
    QString versionText;   // "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"
    QString version;       // "15.18", "9.6.0"
    int versionNumber = 0; // 150018, 90600
    int major() const { return versionNumber / 10000; }
};

// Finds `tool` (pg_dump, pg_restore): SCHEMAMEDIC_PG_BIN_DIR when set (and only there), else
// the newest /usr/lib/postgresql/*/bin or /usr/pgsql-*/bin, else PATH; and reads its version.
Result<PgTool> findPostgresTool(const QString &tool);

// Refuses a tool older than the server's major version, in one sentence.
Status checkToolAgainstServer(const PgTool &tool, int serverVersionNumber);

// "15.18" / "9.6.0" → 150018 / 90600; 0 when unreadable.
int parsePostgresVersion(const QString &text);

} // namespace sm
