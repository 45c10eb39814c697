// SPDX-License-Identifier: MIT
// schemamedic-bench-repair: runs a real repair (sm::runRepair, exactly what
// `schemamedic-cli repair --yes` runs: pre-flight, verified backup, apply in one transaction,
// verify, commit, verify again) and times every phase from the journal's events as they are
// written. bench/run compares the run without its backup with a hand-written sqlite3 script of
// the same 12-step rebuild (bench/README.md).
//
//   schemamedic-bench-repair --db URL --expected SRC --backup-dir DIR [--journal-dir DIR]
//                            [--allow-hazard KIND]... (default: every hazard allowed)
//
// Exit codes: 0 repaired, 2 usage error, 3 the repair did not end in Done (the JSON says why).

#include "db/ConnectionSpec.h"
#include "expected/ExpectedSource.h"
#include "log/Log.h"
#include "plan/Plan.h"
#include "run/Confirmer.h"
#include "run/RepairRun.h"
#include "util/Heap.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int ExitRepaired = 0;
constexpr int ExitUsage = 2;
constexpr int ExitFailed = 3;

class YesConfirmer final : public sm::Confirmer
{
public:
    bool confirm(const sm::ConfirmRequest &) override { return true; }
};

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

int emit(const QJsonObject &o, int code)
{
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    std::fflush(stdout);
    return code;
}

int usage(const QString &message)
{
    std::fprintf(stderr,
                 "schemamedic-bench-repair: %s\nUsage: schemamedic-bench-repair --db URL "
                 "--expected SRC --backup-dir DIR [--journal-dir DIR] [--allow-hazard KIND]...\n",
                 qPrintable(message));
    return ExitUsage;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer process;
    process.start();
    // As schemamedic-cli does (app/cli/main.cpp).
    sm::reserveHeapInLargePages();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"SchemaMedic"_s);
    QCoreApplication::setApplicationName(u"schemamedic-bench-repair"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times a real repair run, phase by phase; prints JSON."_s);
    parser.addHelpOption();
    const QCommandLineOption db(u"db"_s, u"The database to repair."_s, u"URL"_s);
    const QCommandLineOption expected(u"expected"_s, u"The expected schema."_s, u"SRC"_s);
    const QCommandLineOption backupDir(u"backup-dir"_s, u"Where the backup goes."_s, u"DIR"_s);
    const QCommandLineOption journalDir(u"journal-dir"_s, u"Where the journal goes."_s, u"DIR"_s);
    const QCommandLineOption allow(u"allow-hazard"_s, u"A hazard to allow (repeatable)."_s,
                                   u"KIND"_s);
    parser.addOptions({db, expected, backupDir, journalDir, allow});
    parser.process(app);
    if (!parser.isSet(db) || !parser.isSet(expected) || !parser.isSet(backupDir))
        return usage(u"--db, --expected and --backup-dir are required."_s);

    sm::log::Options logOptions;
    logOptions.toStderr = true;
    logOptions.stderrLevel = spdlog::level::warn;
    logOptions.toFile = false;
    sm::log::init(logOptions);
    sm::log::installQtMessageHandler();

    auto spec = sm::ConnectionSpec::parse(parser.value(db));
    if (!spec)
        return usage(spec.error().message);
    const QByteArray password = qgetenv("SCHEMAMEDIC_BENCH_PG_PASSWORD");
    if (spec->dialect == sm::Dialect::Postgres && spec->password.isEmpty() && !password.isEmpty())
        spec->password = QString::fromUtf8(password);

    QJsonObject out;
    out.insert(u"format"_s, u"schemamedic.bench.repair/1"_s);
    out.insert(u"db"_s, spec->redacted());

    QElapsedTimer timer;
    timer.start();
    sm::ExpectedOptions eo;
    eo.dialect = spec->dialect;
    auto exp = sm::loadExpected(parser.value(expected), eo);
    if (!exp) {
        out.insert(u"error"_s, exp.error().message);
        return emit(out, ExitFailed);
    }
    out.insert(u"load_expected_ms"_s, round2(timer.nsecsElapsed() / 1e6));

    YesConfirmer yes;
    sm::RepairOptions o;
    o.target = *spec;
    o.expected = exp->schema;
    o.expectedSource = parser.value(expected);
    o.backupDirectory = parser.value(backupDir);
    o.journalDirectory = parser.value(journalDir);
    o.confirmer = &yes;
    const QStringList allowed = parser.values(allow);
    for (int h = 0; h <= static_cast<int>(sm::Hazard::BackwardIncompatible); ++h) {
        const auto hazard = static_cast<sm::Hazard>(h);
        if (allowed.isEmpty() || allowed.contains(sm::hazardName(hazard)))
            o.allowedHazards.insert(hazard);
    }

    // Every journal event with the time it was written, from the start of runRepair().
    QJsonArray events;
    double statementsMs = 0;
    int statements = 0;
    QElapsedTimer run;
    o.journaled = [&](const QString &event, const QJsonObject &data) {
        events.append(
            QJsonObject{{u"event"_s, event}, {u"at_ms"_s, round2(run.nsecsElapsed() / 1e6)}});
        if (event == u"statement"_s) {
            statementsMs += data.value(u"ms"_s).toDouble();
            ++statements;
        }
    };
    run.start();
    const sm::RepairResult r = sm::runRepair(o);
    const double totalMs = run.nsecsElapsed() / 1e6;

    auto at = [&events](const QString &event, bool last = false) -> std::optional<double> {
        std::optional<double> found;
        for (const QJsonValue &v : std::as_const(events)) {
            const QJsonObject e = v.toObject();
            if (e.value(u"event"_s).toString() == event) {
                found = e.value(u"at_ms"_s).toDouble();
                if (!last)
                    break;
            }
        }
        return found;
    };
    const auto backupStart = at(u"backup_started"_s);
    const auto backupEnd = at(u"backup_verified"_s);
    const double backupMs = backupStart && backupEnd ? *backupEnd - *backupStart : 0;
    QJsonObject phases;
    auto phase = [&](const QString &name, std::optional<double> from, std::optional<double> to) {
        if (from && to)
            phases.insert(name, round2(*to - *from));
    };
    phase(u"preflight"_s, std::optional<double>(0.0), at(u"plan"_s));
    phase(u"backup"_s, backupStart, backupEnd);
    phase(u"apply"_s, at(u"apply_started"_s), at(u"step_done"_s, true));
    phase(u"verify_in_transaction"_s, at(u"step_done"_s, true), at(u"verified_in_transaction"_s));
    phase(u"commit"_s, at(u"verified_in_transaction"_s), at(u"committed"_s));
    phase(u"verify_after_commit"_s, at(u"committed"_s), at(u"verified_after_commit"_s));

    QJsonArray steps;
    for (const sm::Step &s : r.plan.steps)
        steps.append(QJsonObject{
            {u"id"_s, s.id}, {u"title"_s, s.title}, {u"sql"_s, QJsonArray::fromStringList(s.sql)}});
    out.insert(u"outcome"_s, r.outcome == sm::RepairOutcome::Done ? u"done"_s : u"not done"_s);
    out.insert(u"message"_s, r.message);
    if (!r.details.isEmpty())
        out.insert(u"details"_s, r.details);
    out.insert(u"total_ms"_s, round2(totalMs));
    out.insert(u"backup_ms"_s, round2(backupMs));
    out.insert(u"without_backup_ms"_s, round2(totalMs - backupMs));
    out.insert(u"statements_ms"_s, round2(statementsMs));
    out.insert(u"statements"_s, statements);
    out.insert(u"phases_ms"_s, phases);
    out.insert(u"steps"_s, steps);
    out.insert(u"verification"_s, QJsonArray::fromStringList(r.verification));
    out.insert(u"events"_s, events);
    out.insert(u"process_ms_before_exit"_s, round2(process.nsecsElapsed() / 1e6));
    return emit(out, r.outcome == sm::RepairOutcome::Done ? ExitRepaired : ExitFailed);
}
