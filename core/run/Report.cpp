// SPDX-License-Identifier: MIT
#include "Report.h"

#include "run/Journal.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sm {
namespace {

// This file's messages: lupdate files them under sm::Report, the context the runtime looks up.
struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(sm::Report)
};

// Markdown table cells must not break the table.
QString cell(QString s)
{
    s.replace(u'|', u"\\|"_s);
    s.replace(u'\n', u' ');
    if (s.size() > 120)
        s = s.left(117) + u"…"_s;
    return s;
}

QString value(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() ? u"—"_s : v.toString();
}

QString duration(qint64 ms)
{
    if (ms < 1000)
        return u"%1 ms"_s.arg(ms);
    return u"%1 s"_s.arg(double(ms) / 1000.0, 0, 'f', 1);
}

} // namespace

Result<QString> renderReport(const QString &journalPath)
{
    auto contents = readJournal(journalPath);
    if (!contents)
        return contents.error();
    const QList<JournalRecord> &records = contents->records;
    if (records.isEmpty())
        return makeError(ErrorKind::Input,
                         ReportText::tr("The journal %1 holds no event.").arg(journalPath));

    auto find = [&](const QString &event) -> const JournalRecord * {
        for (const JournalRecord &r : records)
            if (r.event == event)
                return &r;
        return nullptr;
    };
    auto findLast = [&](const QString &event) -> const JournalRecord * {
        for (auto it = records.crbegin(); it != records.crend(); ++it)
            if (it->event == event)
                return &*it;
        return nullptr;
    };

    const JournalRecord &first = records.first();
    const JournalRecord &last = records.last();
    const QString target = first.data[u"target"_s].toString();
    QString out;
    out += u"# Schema Medic incident report\n\n"_s;
    out += u"| | |\n|---|---|\n"_s;
    out += u"| Database | `%1` (%2) |\n"_s.arg(target, first.data[u"dialect"_s].toString());
    out += u"| Expected schema | `%1` |\n"_s.arg(first.data[u"expected"_s].toString());
    out += u"| Run | `%1`%2 |\n"_s.arg(first.run, first.data[u"dryRun"_s].toBool() ? u" (dry run)"_s
                                                                                   : QString());
    out += u"| Started | %1 |\n"_s.arg(first.ts.toString(Qt::ISODateWithMs));
    out += u"| Last event | %1 at %2 |\n"_s.arg(last.event, last.ts.toString(Qt::ISODateWithMs));
    QString outcome;
    if (last.event == u"done")
        outcome = find(u"committed"_s) ? ReportText::tr("repaired and verified")
                                       : ReportText::tr("nothing to repair");
    else if (last.event == u"rolled_back")
        outcome = ReportText::tr("rolled back — the database is as it was");
    else if (last.event == u"failed")
        outcome = find(u"committed"_s)
                      ? ReportText::tr("failed after the commit — see below how to restore")
                      : ReportText::tr("stopped before any change: %1")
                            .arg(last.data[u"reason"_s].toString());
    else if (last.event == u"commit_unknown")
        outcome = ReportText::tr("the connection was lost during the commit, so whether it was "
                                 "committed is not known — verify the database");
    else
        outcome = ReportText::tr("did not finish (the journal ends at \"%1\")").arg(last.event);
    out += u"| Outcome | %1 |\n"_s.arg(cell(outcome));
    if (contents->tornTail)
        out += ReportText::tr(
            "\nThe journal's last line was cut short (the process was stopped while writing "
            "it).\n");

    if (const JournalRecord *d = find(u"diff"_s)) {
        const QJsonObject diff = d->data[u"diff"_s].toObject();
        const QJsonArray items = diff[u"differences"_s].toArray();
        out += u"\n## What was wrong\n\n"_s;
        out += ReportText::tr("%1 difference(s) between the database and the expected schema.\n\n")
                   .arg(items.size());
        out += u"| Kind | Object | Expected | Actual |\n|---|---|---|---|\n"_s;
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            out += u"| %1 | `%2` | %3 | %4 |\n"_s.arg(
                o[u"kind"_s].toString(), cell(o[u"object"_s].toString()),
                cell(value(o[u"expected"_s])), cell(value(o[u"actual"_s])));
        }
    }

    if (const JournalRecord *p = find(u"plan"_s)) {
        const QJsonObject plan = p->data[u"plan"_s].toObject();
        out += u"\n## The plan\n\n"_s;
        QStringList hazards;
        for (const QJsonValue &h : plan[u"hazards"_s].toArray())
            hazards << u"`"_s + h.toString() + u'`';
        out += ReportText::tr("Hazards: %1\n")
                   .arg(hazards.isEmpty() ? ReportText::tr("none") : hazards.join(u", "_s));
        for (const QJsonValue &k : plan[u"kept"_s].toArray())
            out += ReportText::tr("- kept: %1\n").arg(k.toString());
        for (const QJsonValue &sv : plan[u"steps"_s].toArray()) {
            const QJsonObject s = sv.toObject();
            out += u"\n### %1. %2\n\n"_s.arg(s[u"id"_s].toInt()).arg(s[u"title"_s].toString());
            QStringList hs;
            for (const QJsonValue &h : s[u"hazards"_s].toArray())
                hs << u"`"_s + h.toString() + u'`';
            if (!hs.isEmpty())
                out += ReportText::tr("Hazards: %1\n\n").arg(hs.join(u", "_s));
            for (const QJsonValue &cv : s[u"preflight"_s].toArray()) {
                const QJsonObject c = cv.toObject();
                QStringList samples;
                for (const QJsonValue &x : c[u"samples"_s].toArray())
                    samples << x.toString();
                out += u"- %1: %2%3%4\n"_s.arg(
                    c[u"description"_s].toString(),
                    c[u"violations"_s].isNull()
                        ? u"—"_s
                        : QString::number(c[u"violations"_s].toDouble(), 'f', 0),
                    c[u"exact"_s].toBool(true) ? QString() : ReportText::tr(" (at most)"),
                    samples.isEmpty() ? QString() : u" — "_s + samples.join(u", "_s));
            }
            out += u"\n```sql\n"_s;
            for (const QJsonValue &q : s[u"sql"_s].toArray())
                out += q.toString().trimmed() + u";\n"_s;
            out += u"```\n"_s;
        }
    }

    if (const JournalRecord *b = find(u"backup_verified"_s)) {
        out += u"\n## Backup\n\n"_s;
        out += ReportText::tr("Taken and verified before any change: `%1` (%2).\n\n")
                   .arg(b->data[u"directory"_s].toString(), b->data[u"verification"_s].toString());
        out += u"| File | Bytes | SHA-256 |\n|---|---|---|\n"_s;
        for (const QJsonValue &fv : b->data[u"files"_s].toArray()) {
            const QJsonObject f = fv.toObject();
            out += u"| %1 | %2 | `%3` |\n"_s.arg(f[u"name"_s].toString())
                       .arg(qint64(f[u"size"_s].toDouble()))
                       .arg(f[u"sha256"_s].toString());
        }
    }

    out += u"\n## Timeline\n\n| Time | +Elapsed | Event | Detail |\n|---|---|---|---|\n"_s;
    for (const JournalRecord &r : records) {
        if (r.event == u"diff" || r.event == u"plan")
            continue;
        QString detail;
        if (r.event == u"statement")
            detail =
                u"`"_s + cell(r.data[u"sql"_s].toString()) + u"` "_s +
                duration(qint64(r.data[u"ms"_s].toDouble())) +
                (r.data[u"ok"_s].toBool(true) ? QString()
                                              : u" — "_s + cell(r.data[u"error"_s].toString()));
        else if (r.data.contains(u"title"_s))
            detail = cell(r.data[u"title"_s].toString());
        else if (r.data.contains(u"reason"_s))
            detail = cell(r.data[u"reason"_s].toString());
        else if (r.data.contains(u"directory"_s))
            detail = u"`"_s + r.data[u"directory"_s].toString() + u'`';
        out += u"| %1 | %2 | %3 | %4 |\n"_s.arg(r.ts.toString(u"HH:mm:ss.zzz"_s),
                                                duration(first.ts.msecsTo(r.ts)), r.event, detail);
    }

    const JournalRecord *inTx = findLast(u"verified_in_transaction"_s);
    const JournalRecord *afterCommit = findLast(u"verified_after_commit"_s);
    if (inTx || afterCommit) {
        out += u"\n## Verification\n\n"_s;
        if (inTx) {
            out += ReportText::tr("Inside the transaction, before the commit: %1\n\n")
                       .arg(inTx->data[u"ok"_s].toBool() ? ReportText::tr("passed")
                                                         : ReportText::tr("failed"));
            for (const QJsonValue &c : inTx->data[u"checks"_s].toArray())
                out += u"- "_s + c.toString() + u'\n';
            for (const QJsonValue &c : inTx->data[u"problems"_s].toArray())
                out += u"- ✗ "_s + c.toString() + u'\n';
        }
        if (afterCommit)
            out += ReportText::tr("\nAfter the commit, on a new connection: %1\n")
                       .arg(afterCommit->data[u"ok"_s].toBool() ? ReportText::tr("passed")
                                                                : ReportText::tr("failed"));
    }

    if (const JournalRecord *b = find(u"backup_verified"_s)) {
        out += u"\n## To undo\n\n"_s;
        out += ReportText::tr(
            "Restore the backup taken before the repair (its checksums are checked first; "
            "you are asked to type the database name):\n\n");
        out += u"```sh\nschemamedic-cli restore --db '%1' --backup '%2'\n```\n"_s.arg(
            target, b->data[u"directory"_s].toString());
    }
    return out;
}

} // namespace sm
