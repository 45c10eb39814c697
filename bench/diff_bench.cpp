// SPDX-License-Identifier: MIT
// schemamedic-bench-diff: times what `schemamedic-cli diff` does on a large schema — read the
// expected schema (a snapshot or a second database), introspect the live one, sm::diff() — each
// part on its own, and prints one JSON object with the differences found by kind
// (bench/README.md). bench/run compares those counts with what generate_schema.py --drift
// changed.
//
//   schemamedic-bench-diff --db URL --expected SNAPSHOT.json|URL [--repeat R]
//
// The PostgreSQL password comes from libpq's usual sources or SCHEMAMEDIC_BENCH_PG_PASSWORD.
// Exit codes: 0 measured, 2 usage error, 3 loading, connecting or introspecting failed (the
// JSON then carries "error").

#include "db/Connection.h"
#include "db/ConnectionSpec.h"
#include "diff/Diff.h"
#include "expected/ExpectedSource.h"
#include "introspect/Introspector.h"
#include "log/Log.h"
#include "util/Heap.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

using namespace Qt::StringLiterals;

namespace {

constexpr int ExitMeasured = 0;
constexpr int ExitUsage = 2;
constexpr int ExitFailed = 3;

double peakRssMb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith("VmHWM:"))
            return line.mid(6).simplified().split(' ').value(0).toDouble() / 1024.0;
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

QJsonArray toJson(const QList<double> &v)
{
    QJsonArray a;
    for (double x : v)
        a.append(round2(x));
    return a;
}

int emit(const QJsonObject &o, int code)
{
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    std::fflush(stdout);
    return code;
}

int failWith(QJsonObject o, const sm::Error &e)
{
    o.insert(u"error"_s, e.message);
    o.insert(u"details"_s, e.details);
    std::fprintf(stderr, "schemamedic-bench-diff: %s\n", qPrintable(e.toString()));
    return emit(o, ExitFailed);
}

int usage(const QString &message)
{
    std::fprintf(stderr,
                 "schemamedic-bench-diff: %s\nUsage: schemamedic-bench-diff --db URL "
                 "--expected SNAPSHOT.json|URL [--repeat R]\n",
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
    QCoreApplication::setApplicationName(u"schemamedic-bench-diff"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times expected load + introspection + diff; prints JSON."_s);
    parser.addHelpOption();
    const QCommandLineOption db(u"db"_s, u"The live database (sqlite:PATH | postgresql://…)."_s,
                                u"URL"_s);
    const QCommandLineOption expected(
        u"expected"_s, u"The expected schema: a .json snapshot or a database URL."_s, u"SRC"_s);
    const QCommandLineOption repeat(u"repeat"_s, u"Rounds in this process (default 1)."_s, u"R"_s,
                                    u"1"_s);
    parser.addOptions({db, expected, repeat});
    parser.process(app);
    if (!parser.isSet(db) || !parser.isSet(expected))
        return usage(u"--db URL and --expected SRC are required."_s);
    bool ok = false;
    const int repeats = parser.value(repeat).toInt(&ok);
    if (!ok || repeats < 1)
        return usage(u"--repeat must be a positive number."_s);

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
    out.insert(u"format"_s, u"schemamedic.bench.diff/1"_s);
    out.insert(u"dialect"_s, sm::dialectName(spec->dialect));
    out.insert(u"db"_s, spec->redacted());
    out.insert(u"repeat"_s, repeats);

    const QString source = parser.value(expected);
    auto kind = sm::classifySource(source);
    if (!kind)
        return usage(kind.error().message);
    if (*kind == sm::SourceKind::DdlFile)
        return usage(u"--expected must be a snapshot or a URL: a DDL file's load time would "
                     "measure the scratch database."_s);
    out.insert(u"expected_kind"_s,
               *kind == sm::SourceKind::Snapshot ? u"snapshot"_s : u"connection"_s);

    QElapsedTimer timer;
    timer.start();
    auto conn = sm::Connection::open(*spec, sm::AccessMode::ReadOnly);
    if (!conn)
        return failWith(out, conn.error());
    out.insert(u"connect_ms"_s, round2(timer.nsecsElapsed() / 1e6));

    QList<double> loadMs, introspectMs, diffMs, totalMs;
    sm::SchemaDiff last;
    qsizetype expectedTables = 0, actualTables = 0;
    for (int r = 0; r < repeats; ++r) {
        sm::ExpectedOptions eo;
        eo.dialect = spec->dialect;
        timer.restart();
        auto exp = sm::loadExpected(source, eo);
        loadMs << timer.nsecsElapsed() / 1e6;
        if (!exp)
            return failWith(out, exp.error());

        timer.restart();
        auto actual = sm::introspect(*conn, {});
        introspectMs << timer.nsecsElapsed() / 1e6;
        if (!actual)
            return failWith(out, actual.error());

        // The diff compares the schemas of the expected side, as the CLI does by default.
        timer.restart();
        last = sm::diff(exp->schema, *actual, {});
        diffMs << timer.nsecsElapsed() / 1e6;
        totalMs << loadMs.last() + introspectMs.last() + diffMs.last();
        expectedTables = exp->schema.tables.size();
        actualTables = actual->tables.size();
    }

    std::map<QString, int> byKind;
    for (const sm::Difference &d : std::as_const(last.differences))
        ++byKind[sm::diffKindName(d.kind)];
    QJsonObject kinds;
    for (const auto &[k, n] : byKind)
        kinds.insert(k, n);

    out.insert(u"load_expected_ms"_s, toJson(loadMs));
    out.insert(u"introspect_ms"_s, toJson(introspectMs));
    out.insert(u"diff_ms"_s, toJson(diffMs));
    out.insert(u"total_ms"_s, toJson(totalMs));
    out.insert(u"load_expected_median_ms"_s, round2(median(loadMs)));
    out.insert(u"introspect_median_ms"_s, round2(median(introspectMs)));
    out.insert(u"diff_median_ms"_s, round2(median(diffMs)));
    out.insert(u"total_median_ms"_s, round2(median(totalMs)));
    out.insert(u"expected_tables"_s, double(expectedTables));
    out.insert(u"actual_tables"_s, double(actualTables));
    out.insert(u"differences"_s, double(last.differences.size()));
    out.insert(u"by_kind"_s, kinds);
    out.insert(u"peak_rss_mb"_s, round2(peakRssMb()));
    return emit(out, ExitMeasured);
}
