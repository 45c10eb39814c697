// SPDX-License-Identifier: MIT
#pragma once

// The append-only journal of a run (design §5.8): one JSON line per event, each written and
// fsync'd before append() returns, so a crash or a kill leaves a readable account. Secrets never
// reach it: every string passes through redactSecrets().

#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QFile;

namespace sm {

// Events that end a run; a journal without one belongs to an interrupted run.
inline constexpr QStringView kJournalDone = u"done";
inline constexpr QStringView kJournalRolledBack = u"rolled_back";
inline constexpr QStringView kJournalFailed = u"failed";
bool isTerminalJournalEvent(const QString &event);

struct JournalRecord
{
    QDateTime ts; // UTC, millisecond precision
    QString run;
    QString event;
    QJsonObject data; // everything else on the line
    int line = 0;     // 1-based line number in the file
};

class Journal
{
public:
    // Opens (creating) DIR/<runId>.jsonl for appending. Empty runId: a new one; empty
    // directory: defaultDirectory().
    static Result<Journal> open(const QString &runId = {}, const QString &directory = {});

    Journal(Journal &&) noexcept;
    Journal &operator=(Journal &&) noexcept;
    ~Journal();

    // Writes one line {"ts","run","event",…data} and fsyncs it before returning.
    Status append(const QString &event, const QJsonObject &data = {});

    QString runId() const;
    QString path() const;
    int syncCount() const; // successful fsyncs (one per append): tests check the durable path

    // SCHEMAMEDIC_JOURNAL_DIR, or AppDataLocation/journal.
    static QString defaultDirectory();
    // "20250101T120000Z-3f9a2c": sortable, unique enough for one machine.
    static QString newRunId();

private:
    struct Private;
    explicit Journal(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

struct JournalContents
{
    QList<JournalRecord> records;
    bool tornTail = false; // the last line was cut short (a kill mid-write); it is left out
    QString tornText;      // what there was of it
    QStringList problems;  // unreadable lines other than the last, by number
};

// Reads a journal; a torn last line is tolerated and reported, never fatal.
Result<JournalContents> readJournal(const QString &path);

struct UnfinishedRun
{
    QString runId;
    QString path;
    QDateTime started;       // ts of the first event
    JournalRecord lastEvent; // what is known: the last event fully written
    int events = 0;
    bool tornTail = false;
};

// Runs in `directory` (default: Journal::defaultDirectory()) whose journal has no terminal event,
// oldest first.
QList<UnfinishedRun> findUnfinishedRuns(const QString &directory = {});

#ifdef SCHEMAMEDIC_FAULT_INJECTION
// Test builds only: SCHEMAMEDIC_FAULT_AT=NAME:stop stops the process (SIGSTOP) at this point.
void faultInjectionPoint(const QString &name);
#endif

// Redacts every string in a JSON value (and any value under a key that names a secret).
QJsonObject redactJson(const QJsonObject &object);

} // namespace sm
