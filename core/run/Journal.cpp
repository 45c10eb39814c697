// SPDX-License-Identifier: MIT
#include "Journal.h"

#include "db/ConnectionSpec.h"
#include "run/Manifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sm {
namespace {

// This file's messages: lupdate files them under sm::Journal, the context the runtime looks up.
struct JournalText
{
    Q_DECLARE_TR_FUNCTIONS(sm::Journal)
};

bool isSecretKey(const QString &key)
{
    static const QRegularExpression re(
        uR"(^(pass(word)?|passwd|pwd|secret|token|api[_-]?key|pgpassword)$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(key).hasMatch();
}

QJsonValue redactValue(const QJsonValue &v);

QJsonArray redactArray(const QJsonArray &a)
{
    QJsonArray out;
    for (const QJsonValue &v : a)
        out.append(redactValue(v));
    return out;
}

QJsonValue redactValue(const QJsonValue &v)
{
    if (v.isString())
        return redactSecrets(v.toString());
    if (v.isArray())
        return redactArray(v.toArray());
    if (v.isObject())
        return redactJson(v.toObject());
    return v;
}

// One JSON string literal, escaped as QJsonDocument escapes it.
QByteArray jsonString(const QString &s)
{
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

const QStringList &reservedKeys()
{
    static const QStringList keys{u"ts"_s, u"run"_s, u"event"_s};
    return keys;
}

QString sanitizeRunId(const QString &id)
{
    QString out;
    for (QChar c : id)
        out += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'_' || c == u'.'
                   ? c
                   : u'_';
    return out;
}

} // namespace

bool isTerminalJournalEvent(const QString &event)
{
    return event == kJournalDone || event == kJournalRolledBack || event == kJournalFailed;
}

QJsonObject redactJson(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isSecretKey(it.key()) && !it.value().isNull() && !it.value().isBool())
            out.insert(it.key(), u"***"_s);
        else
            out.insert(it.key(), redactValue(it.value()));
    }
    return out;
}

#ifdef SCHEMAMEDIC_FAULT_INJECTION
// Test builds only (CMake option SCHEMAMEDIC_FAULT_INJECTION):
// SCHEMAMEDIC_FAULT_AT=EVENT[#N]:ACTION acts at the Nth record of EVENT (default the first). kill:
// SIGKILL right after that record is on disk, as a crash would. journal-fail: that record and every
// later one fail to be written, as on a full disk. stop: SIGSTOP right after that record is on
// disk, so that a test can change the world (stop the server, fill the disk, take a lock) at an
// exact point and then let the run go on with SIGCONT; no timing guesses.
struct FaultPlan
{
    QString event;
    int nth = 1;
    QString action;
    int seen = 0;
    bool failing = false;

    static FaultPlan fromEnvironment()
    {
        FaultPlan f;
        const QString spec = qEnvironmentVariable("SCHEMAMEDIC_FAULT_AT");
        const QString where = spec.section(u':', 0, 0);
        f.action = spec.section(u':', 1);
        f.event = where.section(u'#', 0, 0);
        if (where.contains(u'#'))
            f.nth = std::max(1, where.section(u'#', 1).toInt());
        return f;
    }
};
#endif

struct Journal::Private
{
    QString runId;
    QString path;
    QFile file;
    int syncs = 0;
#ifdef SCHEMAMEDIC_FAULT_INJECTION
    FaultPlan fault = FaultPlan::fromEnvironment();
#endif
};

Journal::Journal(std::unique_ptr<Private> p)
    : d(std::move(p))
{}
Journal::Journal(Journal &&) noexcept = default;
Journal &Journal::operator=(Journal &&) noexcept = default;
Journal::~Journal() = default;

QString Journal::runId() const
{
    return d->runId;
}
QString Journal::path() const
{
    return d->path;
}
int Journal::syncCount() const
{
    return d->syncs;
}

QString Journal::defaultDirectory()
{
    const QString env = qEnvironmentVariable("SCHEMAMEDIC_JOURNAL_DIR");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/journal"_s;
}

QString Journal::newRunId()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s) + u'-' +
           QString::number(QRandomGenerator::global()->generate() & 0xffffff, 16)
               .rightJustified(6, u'0');
}

Result<Journal> Journal::open(const QString &runIdIn, const QString &directoryIn)
{
    auto p = std::make_unique<Private>();
    p->runId = sanitizeRunId(runIdIn.isEmpty() ? newRunId() : runIdIn);
    const QString directory = directoryIn.isEmpty() ? defaultDirectory() : directoryIn;
    if (!QDir().mkpath(directory))
        return makeError(
            ErrorKind::Input,
            JournalText::tr("The journal folder %1 cannot be created.").arg(directory));
    p->path = QDir(directory).filePath(p->runId + u".jsonl"_s);
    const bool existed = QFileInfo::exists(p->path);
    p->file.setFileName(p->path);
    // Unbuffered: each record reaches the kernel in one write() on an O_APPEND descriptor.
    if (!p->file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return makeError(ErrorKind::Input,
                         JournalText::tr("The journal %1 cannot be written.").arg(p->path),
                         p->file.errorString());
    p->file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (existed && p->file.size() > 0) {
        // Resuming after a kill mid-write: start the next record on a line of its own so that
        // the torn one stays a single unreadable line.
        QFile reader(p->path);
        if (reader.open(QIODevice::ReadOnly) && reader.seek(reader.size() - 1) &&
            reader.read(1) != "\n") {
            p->file.write("\n");
            (void)::fsync(p->file.handle());
        }
    }
    if (!existed)
        syncDirectory(directory); // the new file's name must survive a power cut too
    return Journal(std::move(p));
}

Status Journal::append(const QString &event, const QJsonObject &dataIn)
{
    const QJsonObject data = redactJson(dataIn);
    QJsonObject rest;
    for (auto it = data.begin(); it != data.end(); ++it)
        rest.insert(reservedKeys().contains(it.key()) ? u"data."_s + it.key() : it.key(),
                    it.value());
    QByteArray line =
        "{\"ts\":" + jsonString(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)) +
        ",\"run\":" + jsonString(d->runId) + ",\"event\":" + jsonString(redactSecrets(event));
    if (!rest.isEmpty()) {
        const QByteArray body = QJsonDocument(rest).toJson(QJsonDocument::Compact);
        line += ',' + body.mid(1); // drops the '{', keeps the '}'
    } else {
        line += '}';
    }
    line += '\n';
#ifdef SCHEMAMEDIC_FAULT_INJECTION
    int signalAfterWrite = 0;
    if (!d->fault.event.isEmpty() && event == d->fault.event && ++d->fault.seen == d->fault.nth) {
        if (d->fault.action == u"journal-fail")
            d->fault.failing = true;
        else if (d->fault.action == u"kill")
            signalAfterWrite = SIGKILL;
        else if (d->fault.action == u"stop")
            signalAfterWrite = SIGSTOP;
    }
    if (d->fault.failing)
        return makeError(ErrorKind::Input,
                         JournalText::tr("The journal %1 cannot be written.").arg(d->path),
                         u"No space left on device (injected fault)"_s);
#endif
    if (d->file.write(line) != line.size())
        return makeError(ErrorKind::Input,
                         JournalText::tr("The journal %1 cannot be written.").arg(d->path),
                         d->file.errorString());
    if (::fsync(d->file.handle()) != 0)
        return makeError(ErrorKind::Input,
                         JournalText::tr("The journal %1 cannot be flushed to disk.").arg(d->path),
                         QString::fromLocal8Bit(strerror(errno)));
    ++d->syncs;
#ifdef SCHEMAMEDIC_FAULT_INJECTION
    if (signalAfterWrite)
        ::raise(signalAfterWrite);
#endif
    return {};
}

#ifdef SCHEMAMEDIC_FAULT_INJECTION
void faultInjectionPoint(const QString &name)
{
    // A point between two journal events (e.g. after the backup's free-space check, before its
    // first byte is written): SCHEMAMEDIC_FAULT_AT=NAME:stop stops the process there.
    const FaultPlan plan = FaultPlan::fromEnvironment();
    if (plan.event == name && plan.action == u"stop")
        ::raise(SIGSTOP);
}
#endif

Result<JournalContents> readJournal(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Input,
                         JournalText::tr("The journal %1 cannot be read.").arg(path),
                         f.errorString());
    const QByteArray all = f.readAll();
    JournalContents c;
    const QList<QByteArray> lines = all.split('\n');
    // split() leaves an empty last piece when the file ends with '\n'; otherwise the last piece
    // was never finished.
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &raw = lines.at(i);
        const bool last = i == lines.size() - 1;
        if (raw.trimmed().isEmpty())
            continue;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &pe);
        const QJsonObject o = doc.object();
        const bool valid = doc.isObject() && o.contains(u"event"_s) && o.contains(u"ts"_s);
        if (!valid) {
            if (last) {
                c.tornTail = true;
                c.tornText = QString::fromUtf8(raw);
                continue;
            }
            c.problems << JournalText::tr("line %1 is not a journal record").arg(i + 1);
            continue;
        }
        JournalRecord r;
        r.ts = QDateTime::fromString(o[u"ts"_s].toString(), Qt::ISODateWithMs);
        r.run = o[u"run"_s].toString();
        r.event = o[u"event"_s].toString();
        r.line = static_cast<int>(i + 1);
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!reservedKeys().contains(it.key()))
                r.data.insert(it.key(), it.value());
        c.records.append(r);
    }
    return c;
}

QList<UnfinishedRun> findUnfinishedRuns(const QString &directoryIn)
{
    const QString directory = directoryIn.isEmpty() ? Journal::defaultDirectory() : directoryIn;
    QList<UnfinishedRun> out;
    const QFileInfoList files =
        QDir(directory).entryInfoList({u"*.jsonl"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &fi : files) {
        auto contents = readJournal(fi.absoluteFilePath());
        if (!contents)
            continue;
        // An empty journal is a run that could not write its first record (a full disk): it
        // stopped before doing anything and said so; there is nothing to report at start-up.
        if (contents->records.isEmpty() && !contents->tornTail)
            continue;
        bool finished = false;
        for (const JournalRecord &r : std::as_const(contents->records))
            finished = finished || isTerminalJournalEvent(r.event);
        if (finished)
            continue;
        UnfinishedRun u;
        u.runId = fi.completeBaseName();
        u.path = fi.absoluteFilePath();
        u.events = static_cast<int>(contents->records.size());
        u.tornTail = contents->tornTail;
        if (!contents->records.isEmpty()) {
            u.started = contents->records.first().ts;
            u.lastEvent = contents->records.last();
        }
        out.append(u);
    }
    std::sort(out.begin(), out.end(),
              [](const UnfinishedRun &a, const UnfinishedRun &b) { return a.started < b.started; });
    return out;
}

} // namespace sm
