// SPDX-License-Identifier: MIT
#pragma once

// The crash and fault matrix shared by the SQLite and PostgreSQL tests: a reference repair
// gives the list of journaled events; then the CLI is killed (SIGKILL) right after each one,
// and separately made to lose its journal at each one, on a fresh copy of the broken
// database. Whatever the event, the database is exactly its state before or after the repair,
// the backup is intact, the journal reads, and the next start says what happened.
// The CLI's journal acts on SCHEMAMEDIC_FAULT_AT only in builds with SCHEMAMEDIC_FAULT_INJECTION.

#include "run/Journal.h"
#include "run/Manifest.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace sm::test {

struct CliRun
{
    int exitCode = -1; // -2: killed or crashed
    bool crashed = false;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

inline CliRun runCli(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SM_CLI_PATH), args);
    p.closeWriteChannel();
    CliRun r;
    if (!p.waitForFinished(300000))
        return r;
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = r.crashed ? -2 : p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// "statement#3": the third record of that event in a run's journal, as SCHEMAMEDIC_FAULT_AT
// names it.
struct EventPoint
{
    QString event;
    int nth = 1;
    QString name() const { return event + u'#' + QString::number(nth); }
};

inline QList<EventPoint> eventPoints(const QString &journalPath, QString *error)
{
    QList<EventPoint> out;
    auto contents = readJournal(journalPath);
    if (!contents) {
        *error = contents.error().toString();
        return out;
    }
    QHash<QString, int> seen;
    for (const JournalRecord &r : contents->records)
        out.append({r.event, ++seen[r.event]});
    return out;
}

// The single journal in `dir`, or "" when there is not exactly one.
inline QString onlyJournal(const QString &dir)
{
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.jsonl")}, QDir::Files);
    return files.size() == 1 ? QDir(dir).filePath(files.first()) : QString();
}

// Every file of a backup still has the size and SHA-256 its manifest says; "" when intact.
inline QString backupProblem(const QString &dir)
{
    auto m = readManifest(dir);
    if (!m)
        return m.error().toString();
    for (const BackupFile &f : m->files) {
        const QString path = QDir(dir).filePath(f.name);
        auto sha = sha256OfFile(path);
        if (!sha)
            return sha.error().toString();
        if (*sha != f.sha256 || QFileInfo(path).size() != f.size)
            return path + QStringLiteral(" changed");
    }
    return {};
}

// What a run's journal says about it, as the next start reads it.
inline bool journalReads(const QString &path, QString *why)
{
    auto contents = readJournal(path);
    if (!contents) {
        *why = contents.error().toString();
        return false;
    }
    if (contents->records.isEmpty()) {
        *why = QStringLiteral("no records");
        return false;
    }
    return true;
}

// True when `event` was recorded at or before the point `at` of the reference run.
inline bool reached(const QList<EventPoint> &points, const EventPoint &at, const QString &event)
{
    for (const EventPoint &p : points) {
        if (p.event == event)
            return true;
        if (p.event == at.event && p.nth == at.nth)
            return false;
    }
    return false;
}

inline bool isAfterCommit(const QList<EventPoint> &points, const EventPoint &at)
{
    return reached(points, at, QStringLiteral("committed"));
}

} // namespace sm::test
