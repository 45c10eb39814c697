// SPDX-License-Identifier: MIT
// schemamedic-bench-introspect: times sm::introspect() on a live database and prints one JSON
// object (bench/README.md). It opens the connection read-only, resets the query count before
// every introspection, runs it --repeat times and reports the wall time of each run, the
// number of statements each run issued, what was read, and the process's peak RSS.
//
//   schemamedic-bench-introspect --db URL [--repeat R] [--schema NAME]...
//
// The PostgreSQL password comes from libpq's usual sources (PGPASSWORD, PGPASSFILE,
// ~/.pgpass) or from SCHEMAMEDIC_BENCH_PG_PASSWORD; never from the command line.
// Exit codes: 0 measured, 2 usage error, 3 the connection or an introspection failed (the
// JSON then carries "error").

#include "db/Connection.h"
#include "db/ConnectionSpec.h"
#include "introspect/Introspector.h"
#include "log/Log.h"
#include "util/Heap.h"

#include "diff/Diff.h"
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <QJsonObject>

#include <spdlog/sinks/base_sink.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <mutex>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr int ExitMeasured = 0;
constexpr int ExitUsage = 2;
constexpr int ExitFailed = 3;

// A field of /proc/self/status in MB ("VmHWM", "VmRSS"), or -1 where there is none.
double procStatusMb(QByteArrayView field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith(field) || line.size() <= field.size() || line.at(field.size()) != ':')
            continue;
        const QList<QByteArray> parts = line.mid(field.size() + 1).simplified().split(' ');
        bool ok = false;
        const double kb = parts.value(0).toDouble(&ok);
        return ok ? kb / 1024.0 : -1;
    }
    return -1;
}

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2.0;
}

// Collects the execution time Connection::query() logs for every statement ("<ms> ms: <sql>"
// at trace level): the time until the result arrived, as opposed to the time we then spend
// turning rows into the model. If that line ever changes, the breakdown just reads 0.
class ExecTimeSink final : public spdlog::sinks::base_sink<std::mutex>
{
public:
    double take()
    {
        std::lock_guard lock(mutex_);
        return std::exchange(m_ms, 0.0);
    }

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override
    {
        if (msg.level != spdlog::level::trace)
            return;
        const std::string_view text(msg.payload.data(), msg.payload.size());
        const size_t end = text.find(" ms: ");
        if (end == std::string_view::npos)
            return;
        qint64 ms = 0;
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + end, ms);
        if (ec == std::errc() && ptr == text.data() + end)
            m_ms += static_cast<double>(ms);
    }
    void flush_() override {}

private:
    double m_ms = 0;
};

// Splits one introspection into the steps it reports through IntrospectOptions::progress:
// wall time, statement time (ExecTimeSink) and statements issued, per step.
class StepClock
{
public:
    struct Step
    {
        QString name;
        double ms = 0;
        double execMs = 0;
        int queries = 0;
        double rssMb = 0; // resident set when the step ended
    };

    StepClock(sm::Connection &connection, ExecTimeSink &sink)
        : m_connection(connection)
        , m_sink(sink)
    {}

    void start()
    {
        m_steps.clear();
        m_sink.take();
        m_current = u"(before the first step)"_s;
        m_queries = m_connection.queryCount();
        m_timer.start();
    }
    void mark(const QString &next)
    {
        const int queries = m_connection.queryCount();
        m_steps.append({m_current, m_timer.nsecsElapsed() / 1e6, m_sink.take(), queries - m_queries,
                        procStatusMb("VmRSS")});
        m_queries = queries;
        m_current = next;
        m_timer.restart();
    }
    const QList<Step> &steps() const { return m_steps; }

private:
    sm::Connection &m_connection;
    ExecTimeSink &m_sink;
    QList<Step> m_steps;
    QString m_current;
    int m_queries = 0;
    QElapsedTimer m_timer;
};

// What one introspection read, by kind; equal across runs or something is wrong.
std::map<QString, qint64> countObjects(const sm::Schema &s)
{
    std::map<QString, qint64> c;
    for (const char16_t *key : {u"tables",
                                u"columns",
                                u"generated_columns",
                                u"constraints",
                                u"primary_keys",
                                u"foreign_keys",
                                u"uniques",
                                u"checks",
                                u"exclusions",
                                u"indexes",
                                u"indexes_constraint",
                                u"indexes_explicit",
                                u"partial_indexes",
                                u"triggers",
                                u"views",
                                u"materialized_views",
                                u"view_indexes",
                                u"sequences",
                                u"enums",
                                u"domains",
                                u"functions",
                                u"schemas"})
        c[QString::fromUtf16(key)] = 0;
    c[u"tables"_s] = s.tables.size();
    c[u"views"_s] = s.views.size();
    c[u"sequences"_s] = s.sequences.size();
    c[u"enums"_s] = s.enums.size();
    c[u"domains"_s] = s.domains.size();
    c[u"functions"_s] = s.functions.size();
    c[u"schemas"_s] = s.schemas.size();
    for (const sm::Table &t : s.tables) {
        c[u"columns"_s] += t.columns.size();
        for (const sm::Column &col : t.columns)
            c[u"generated_columns"_s] += col.generatedExpr.isEmpty() ? 0 : 1;
        c[u"constraints"_s] += t.constraints.size();
        for (const sm::Constraint &k : t.constraints) {
            switch (k.kind) {
            case sm::ConstraintKind::PrimaryKey:
                ++c[u"primary_keys"_s];
                break;
            case sm::ConstraintKind::ForeignKey:
                ++c[u"foreign_keys"_s];
                break;
            case sm::ConstraintKind::Unique:
                ++c[u"uniques"_s];
                break;
            case sm::ConstraintKind::Check:
                ++c[u"checks"_s];
                break;
            case sm::ConstraintKind::Exclusion:
                ++c[u"exclusions"_s];
                break;
            }
        }
        c[u"indexes"_s] += t.indexes.size();
        for (const sm::Index &i : t.indexes) {
            ++c[(i.primary || i.constraintIndex) ? u"indexes_constraint"_s : u"indexes_explicit"_s];
            c[u"partial_indexes"_s] += i.predicate.isEmpty() ? 0 : 1;
        }
        c[u"triggers"_s] += t.triggers.size();
    }
    for (const sm::View &v : s.views) {
        c[u"materialized_views"_s] += v.materialized ? 1 : 0;
        c[u"view_indexes"_s] += v.indexes.size();
    }
    return c;
}

QJsonObject toJson(const std::map<QString, qint64> &counts)
{
    QJsonObject o;
    for (const auto &[k, v] : counts)
        o.insert(k, v);
    return o;
}

int emit(const QJsonObject &o, int code)
{
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    std::fflush(stdout);
    return code;
}

int failWith(QJsonObject o, const sm::Error &e, int code)
{
    o.insert(u"error"_s, e.message);
    o.insert(u"details"_s, e.details);
    std::fprintf(stderr, "schemamedic-bench-introspect: %s\n", qPrintable(e.toString()));
    return emit(o, code);
}

int usage(const QString &message)
{
    std::fprintf(stderr,
                 "schemamedic-bench-introspect: %s\n"
                 "Usage: schemamedic-bench-introspect --db URL [--repeat R] [--schema NAME]...\n",
                 qPrintable(message));
    return ExitUsage;
}

} // namespace

int main(int argc, char *argv[])
{
    // As schemamedic-cli does (app/cli/main.cpp).
    sm::reserveHeapInLargePages();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"SchemaMedic"_s);
    QCoreApplication::setApplicationName(u"schemamedic-bench-introspect"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times sm::introspect on a live database; prints JSON."_s);
    parser.addHelpOption();
    const QCommandLineOption db(u"db"_s, u"Database URL (sqlite:PATH | postgresql://…)."_s,
                                u"URL"_s);
    const QCommandLineOption repeat(u"repeat"_s, u"Introspections to run (default 5)."_s, u"R"_s,
                                    u"5"_s);
    const QCommandLineOption schema(
        u"schema"_s, u"PostgreSQL schema to read (repeatable; default all)."_s, u"NAME"_s);
    // The side-by-side rounds against pg_dump / sqlite3 time a whole process that reads the
    // schema and exits, as the reference does: --bare leaves out what only the benchmark does
    // after the read (counting the objects, diffing the schema against itself), which the warm
    // run reports instead.
    const QCommandLineOption bare(
        u"bare"_s, u"Only connect, introspect and exit: no object counts, no self-diff."_s);
    parser.addOptions({db, repeat, schema, bare});
    parser.process(app);
    const bool bareRun = parser.isSet(bare);
    if (!parser.isSet(db))
        return usage(u"--db URL is required."_s);
    bool ok = false;
    const int repeats = parser.value(repeat).toInt(&ok);
    if (!ok || repeats < 1)
        return usage(u"--repeat must be a positive number."_s);

    // Warnings only, to stderr; no audit-log file: the benchmark measures introspection, and
    // stdout carries nothing but the JSON.
    sm::log::Options logOptions;
    logOptions.toStderr = true;
    logOptions.stderrLevel = spdlog::level::warn;
    logOptions.toFile = false;
    sm::log::init(logOptions);
    sm::log::installQtMessageHandler();
    auto execSink = std::make_shared<ExecTimeSink>();
    execSink->set_level(spdlog::level::trace);
    sm::log::addSink(execSink);

    auto spec = sm::ConnectionSpec::parse(parser.value(db));
    if (!spec)
        return usage(spec.error().message);
    if (spec->dialect == sm::Dialect::Postgres && spec->password.isEmpty() &&
        qEnvironmentVariableIsSet("SCHEMAMEDIC_BENCH_PG_PASSWORD"))
        spec->password = qEnvironmentVariable("SCHEMAMEDIC_BENCH_PG_PASSWORD");

    QJsonObject out;
    out.insert(u"format"_s, u"schemamedic.bench.introspect/1"_s);
    out.insert(u"dialect"_s, sm::dialectName(spec->dialect));
    out.insert(u"db"_s, spec->redacted());
    out.insert(u"repeat"_s, repeats);

    QElapsedTimer timer;
    timer.start();
    auto conn = sm::Connection::open(*spec, sm::AccessMode::ReadOnly);
    if (!conn)
        return failWith(out, conn.error(), ExitFailed);
    out.insert(u"connect_ms"_s, round2(timer.nsecsElapsed() / 1e6));
    out.insert(u"server_version"_s, conn->serverVersion());
    out.insert(u"rss_after_connect_mb"_s, round2(procStatusMb("VmRSS")));

    StepClock clock(*conn, *execSink);
    sm::IntrospectOptions options;
    options.schemas = parser.values(schema);
    options.progress = [&clock](int step, int steps, const QString &what) {
        clock.mark(step >= steps    ? u"(after the last step: normalize, clean up)"_s
                   : what.isEmpty() ? u"step %1"_s.arg(step + 1)
                                    : what);
    };

    QList<double> runs;
    QJsonArray runsJson;
    QJsonArray queriesJson;
    std::map<QString, qint64> counts;
    bool countsStable = true;
    bool queriesStable = true;
    int queries = -1;
    QList<QString> stepNames; // in the order of the first run
    std::map<QString, QList<StepClock::Step>> stepRuns;
    sm::Schema last;
    for (int r = 0; r < repeats; ++r) {
        conn->resetQueryCount();
        clock.start();
        timer.restart();
        auto result = sm::introspect(*conn, options);
        const double ms = timer.nsecsElapsed() / 1e6;
        clock.mark({});
        if (!result) {
            out.insert(u"failed_run"_s, r + 1);
            return failWith(out, result.error(), ExitFailed);
        }
        for (const StepClock::Step &st : clock.steps()) {
            if (!stepRuns.contains(st.name))
                stepNames << st.name;
            stepRuns[st.name].append(st);
        }
        runs << ms;
        runsJson.append(round2(ms));
        queriesJson.append(conn->queryCount());
        if (queries >= 0 && queries != conn->queryCount())
            queriesStable = false;
        queries = conn->queryCount();
        if (bareRun)
            continue;
        auto c = countObjects(*result);
        if (r > 0 && c != counts)
            countsStable = false;
        counts = std::move(c);
        last = std::move(*result);
    }

    // The diff of the schema against itself: every table paired and every member compared,
    // the most work a diff of this size can do (issue 3: introspect + diff).
    QList<double> diffRuns;
    qsizetype differences = 0;
    for (int r = 0; r < repeats && !bareRun; ++r) {
        timer.restart();
        const sm::SchemaDiff d = sm::diff(last, last);
        diffRuns << timer.nsecsElapsed() / 1e6;
        differences = d.differences.size();
    }
    if (!diffRuns.isEmpty()) {
        out.insert(u"diff_median_ms"_s, round2(median(diffRuns)));
        out.insert(u"diff_differences"_s, double(differences));
    }

    out.insert(u"runs_ms"_s, runsJson);
    out.insert(u"first_ms"_s, round2(runs.first()));
    out.insert(u"median_ms"_s, round2(median(runs)));
    out.insert(u"min_ms"_s, round2(*std::min_element(runs.cbegin(), runs.cend())));
    out.insert(u"queries_per_introspection"_s, queries);
    out.insert(u"queries_runs"_s, queriesJson);
    out.insert(u"queries_stable"_s, queriesStable);
    QJsonArray steps;
    for (const QString &name : std::as_const(stepNames)) {
        QList<double> ms, execMs;
        int queries = 0;
        for (const StepClock::Step &st : stepRuns[name]) {
            ms << st.ms;
            execMs << st.execMs;
            queries = std::max(queries, st.queries);
        }
        // From the first run: afterwards the allocator keeps what the first run freed.
        const double rss = stepRuns[name].first().rssMb;
        steps.append(QJsonObject{{u"step"_s, name},
                                 {u"median_ms"_s, round2(median(ms))},
                                 {u"statement_ms"_s, round2(median(execMs))},
                                 {u"queries"_s, queries},
                                 {u"rss_mb"_s, round2(rss)}});
    }
    out.insert(u"steps"_s, steps);
    if (!bareRun) {
        out.insert(u"counts"_s, toJson(counts));
        out.insert(u"counts_stable"_s, countsStable);
    }
    out.insert(u"peak_rss_mb"_s, round2(procStatusMb("VmHWM")));
    return emit(out, ExitMeasured);
}
