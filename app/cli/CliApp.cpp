// SPDX-License-Identifier: MIT
#include "CliApp.h"

#include "db/Connection.h"
#include "diff/Diff.h"
#include "expected/ExpectedSource.h"
#include "introspect/Introspector.h"
#include "log/Log.h"
#include "plan/Plan.h"
#include "run/Backup.h"
#include "run/Journal.h"
#include "run/Manifest.h"
#include "run/RepairRun.h"
#include "run/Report.h"
#include "run/Restore.h"
#include "schema/SchemaText.h"
#include "schema/Snapshot.h"
#include "util/ExitCode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sm::cli {
namespace {

// This file's messages: lupdate files them under sm::cli, the context the runtime looks up.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(sm::cli)
};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// One clear sentence first, the details after (design §4.2).
int fail(const Error &e, int code)
{
    spdlog::info("failed: {}", e.message);
    err() << CliText::tr("error: ") << e.message << u'\n';
    if (!e.details.isEmpty())
        err() << e.details << u'\n';
    err().flush();
    return code;
}

int exitCodeFor(const Error &e)
{
    switch (e.kind) {
    case ErrorKind::Usage:
    case ErrorKind::Input:
    case ErrorKind::Connection:
        return ExitUsage;
    case ErrorKind::Query:
    case ErrorKind::Internal:
        return ExitUsage;
    }
    return ExitUsage;
}

const char *kUsage = R"(Usage: schemamedic-cli <command> [options]

Commands:
  inspect   --db URL [--format text|json]      print the live schema
  snapshot  --db URL --out FILE.json           save the live schema as a snapshot
  diff      --db URL --expected SRC [--format text|json] [options]
                                               compare the live schema with the expected one
  plan      --db URL --expected SRC [--format sql|json|text] [options]
                                               the repair plan, with live pre-flight figures
  verify    --db URL --expected SRC [options]  exit 0 when the database matches, 1 when not
  repair    --db URL --expected SRC [--backup-dir DIR] [--yes] [--dry-run]
            [--allow-hazard KIND]… [options]   backup, apply in one transaction, verify, commit
  report    --journal FILE [--out FILE.md]     the incident report of a run
  backup    --db URL --out DIR                 take a verified backup (new or empty DIR)
  restore   --db URL --backup DIR [--yes]      restore a backup, verify it; asks first
            (both take --lock-timeout MS: how long to wait for others' locks)

SRC is a .sql DDL file, a .json snapshot or a database URL.

Options of diff, plan and verify:
  --schema NAME                 PostgreSQL schema to compare (repeatable)
  --scratch URL|local           where a PostgreSQL DDL file is loaded (default: local)
  --ignore GLOB                 leave out objects whose name matches (repeatable)
  --rename-table OLD=NEW        declare a table rename (repeatable)
  --rename-column TABLE.OLD=NEW declare a column rename (repeatable)
  --no-rename-detection         never propose renames
  --expect-version V            the migration-history version the schema should be at
Options of plan:
  --using TABLE.COLUMN=EXPR     USING expression of a type change (repeatable)
  --backfill TABLE.COLUMN=EXPR  value for existing NULLs before SET NOT NULL (repeatable)
  --drop-extra                  also drop objects the expected schema lacks (off: kept)
  --stamp                       set the migration-history table to the expected version
  --lock-timeout MS  --statement-timeout MS

URLs:
  sqlite:PATH                   a SQLite database file (never created)
  postgresql://user@host[:port]/dbname[?sslmode=…&connect_timeout=…]
  The password comes from PGPASSWORD, PGPASSFILE or ~/.pgpass, never the command line.

Exit codes: 0 done or no drift, 1 drift found, 2 usage or input error,
3 failed and rolled back, 4 failed and not rolled back.
)";

// QCommandLineParser's messages end with a period or not, depending on the message.
QString sentence(const QString &text)
{
    return text.endsWith(u'.') ? text : text + u'.';
}

int usageError(const QString &message)
{
    err() << CliText::tr("error: ") << message << u'\n' << QString::fromUtf8(kUsage);
    err().flush();
    return ExitUsage;
}

struct Common
{
    QCommandLineParser parser;
    QCommandLineOption db{u"db"_s, CliText::tr("Database URL."), u"URL"_s};
    QCommandLineOption format{u"format"_s, CliText::tr("Output format."), u"FORMAT"_s};
    QCommandLineOption outFile{u"out"_s, CliText::tr("Output file."), u"FILE"_s};
    QCommandLineOption schema{u"schema"_s, CliText::tr("PostgreSQL schema to read (repeatable)."),
                              u"NAME"_s};
    QCommandLineOption verbose{{u"v"_s, u"verbose"_s}, CliText::tr("Log progress to stderr.")};
    QCommandLineOption expected{u"expected"_s, CliText::tr("Expected schema."), u"SRC"_s};
    QCommandLineOption scratch{u"scratch"_s, CliText::tr("Scratch database for DDL."), u"URL"_s};
    QCommandLineOption ignore{u"ignore"_s, CliText::tr("Glob of objects to leave out."), u"GLOB"_s};
    QCommandLineOption renameTable{u"rename-table"_s, CliText::tr("Declared table rename."),
                                   u"OLD=NEW"_s};
    QCommandLineOption renameColumn{u"rename-column"_s, CliText::tr("Declared column rename."),
                                    u"TABLE.OLD=NEW"_s};
    QCommandLineOption noRenames{u"no-rename-detection"_s, CliText::tr("Never propose renames.")};
    QCommandLineOption expectVersion{u"expect-version"_s,
                                     CliText::tr("Expected migration version."), u"V"_s};
    QCommandLineOption usingExpr{u"using"_s, CliText::tr("USING expression of a type change."),
                                 u"TABLE.COLUMN=EXPR"_s};
    QCommandLineOption backfill{u"backfill"_s, CliText::tr("Value for existing NULLs."),
                                u"TABLE.COLUMN=EXPR"_s};
    QCommandLineOption dropExtra{u"drop-extra"_s,
                                 CliText::tr("Drop objects the expected schema lacks.")};
    QCommandLineOption stamp{u"stamp"_s,
                             CliText::tr("Set the history table to the expected version.")};
    QCommandLineOption lockTimeout{u"lock-timeout"_s, CliText::tr("lock_timeout in ms."), u"MS"_s};
    QCommandLineOption statementTimeout{u"statement-timeout"_s,
                                        CliText::tr("statement_timeout in ms."), u"MS"_s};
    QCommandLineOption backupDir{u"backup-dir"_s, CliText::tr("Where the backup goes."), u"DIR"_s};
    QCommandLineOption yes{u"yes"_s, CliText::tr("Confirm without asking (for scripts).")};
    QCommandLineOption dryRun{u"dry-run"_s,
                              CliText::tr("Rehearse in a transaction that always rolls back.")};
    QCommandLineOption allowHazard{u"allow-hazard"_s, CliText::tr("Run a plan with this hazard."),
                                   u"KIND"_s};
    QCommandLineOption journal{u"journal"_s, CliText::tr("A run's journal."), u"FILE"_s};
};

// OLD=NEW pairs from repeatable options; a malformed one is a usage error.
std::optional<QList<QPair<QString, QString>>> parsePairs(const QStringList &values)
{
    QList<QPair<QString, QString>> out;
    for (const QString &v : values) {
        const qsizetype eq = v.indexOf(u'=');
        if (eq <= 0 || eq == v.size() - 1)
            return std::nullopt;
        out.append({v.left(eq).trimmed(), v.mid(eq + 1).trimmed()});
    }
    return out;
}

Result<Schema> inspectLive(const Common &c, const QString &url)
{
    auto spec = ConnectionSpec::parse(url);
    if (!spec)
        return spec.error();
    auto conn = Connection::open(*spec, AccessMode::ReadOnly);
    if (!conn)
        return conn.error();
    IntrospectOptions options;
    options.schemas = c.parser.values(c.schema);
    auto schema = introspect(*conn, options);
    if (schema)
        spdlog::info("read {} tables from {} in {} queries", schema->tables.size(),
                     spec->redacted(), conn->queryCount());
    return schema;
}

int cmdInspect(Common &c)
{
    const QString format = c.parser.isSet(c.format) ? c.parser.value(c.format) : u"text"_s;
    if (format != u"text" && format != u"json")
        return usageError(CliText::tr("--format must be text or json."));
    auto schema = inspectLive(c, c.parser.value(c.db));
    if (!schema)
        return fail(schema.error(), exitCodeFor(schema.error()));
    if (format == u"json") {
        out() << QString::fromUtf8(writeSnapshot(*schema));
    } else {
        auto spec = ConnectionSpec::parse(c.parser.value(c.db));
        out() << schemaToText(*schema, spec->redacted());
    }
    out().flush();
    return ExitOk;
}

int cmdSnapshot(Common &c)
{
    if (!c.parser.isSet(c.outFile))
        return usageError(CliText::tr("snapshot needs --out FILE.json."));
    auto schema = inspectLive(c, c.parser.value(c.db));
    if (!schema)
        return fail(schema.error(), exitCodeFor(schema.error()));
    if (Status s = saveSnapshotFile(*schema, c.parser.value(c.outFile)); !s)
        return fail(s.error(), ExitUsage);
    err() << CliText::tr("Saved %1 tables to %2.")
                 .arg(schema->tables.size())
                 .arg(c.parser.value(c.outFile))
          << u'\n';
    return ExitOk;
}

// What diff, plan and repair share: the options that shape a comparison, the expected schema
// (loaded first: a malformed DDL file should not cost a production connection), the live
// schema, and their differences.
struct Comparison
{
    Schema expected;
    Schema actual;
    SchemaDiff diff;
    QString expectedSource;
};

// Returns an exit code when it had to stop (usage or input error), nothing when it compared.
std::optional<int> compareLive(Common &c, const char *command, Comparison &out)
{
    if (!c.parser.isSet(c.expected))
        return usageError(
            CliText::tr("%1 needs --expected SRC (a .sql file, a .json snapshot or a URL).")
                .arg(QLatin1String(command)));
    DiffOptions options;
    auto tables = parsePairs(c.parser.values(c.renameTable));
    if (!tables)
        return usageError(CliText::tr("--rename-table takes OLD=NEW."));
    auto columns = parsePairs(c.parser.values(c.renameColumn));
    if (!columns)
        return usageError(CliText::tr("--rename-column takes TABLE.OLD=NEW."));
    for (const auto &[ref, name] : *columns)
        if (!ref.contains(u'.'))
            return usageError(CliText::tr("--rename-column takes TABLE.OLD=NEW."));
    options.renameTables = *tables;
    options.renameColumns = *columns;
    options.detectRenames = !c.parser.isSet(c.noRenames);
    options.ignore = c.parser.values(c.ignore);
    options.schemas = c.parser.values(c.schema);
    options.expectVersion = c.parser.value(c.expectVersion);

    auto spec = ConnectionSpec::parse(c.parser.value(c.db));
    if (!spec)
        return fail(spec.error(), ExitUsage);
    ExpectedOptions eo;
    eo.dialect = spec->dialect;
    eo.scratch = c.parser.value(c.scratch);
    eo.schemas = options.schemas;
    auto expected = loadExpected(c.parser.value(c.expected), eo);
    if (!expected)
        return fail(expected.error(), ExitUsage);
    for (const QString &w : std::as_const(expected->warnings))
        err() << CliText::tr("warning: ") << w << u'\n';
    auto actual = inspectLive(c, c.parser.value(c.db));
    if (!actual)
        return fail(actual.error(), exitCodeFor(actual.error()));
    out.expected = std::move(expected->schema);
    out.actual = std::move(*actual);
    out.expectedSource = expected->source;
    out.diff = diff(out.expected, out.actual, options);
    spdlog::info("{} of {} against {}: {} differences", command, spec->redacted(),
                 out.expectedSource, out.diff.differences.size());
    return std::nullopt;
}

int cmdDiff(Common &c)
{
    const QString format = c.parser.isSet(c.format) ? c.parser.value(c.format) : u"text"_s;
    if (format != u"text" && format != u"json")
        return usageError(CliText::tr("--format must be text or json."));
    Comparison cmp;
    if (auto stop = compareLive(c, "diff", cmp))
        return *stop;
    if (format == u"json")
        out() << QString::fromUtf8(
            QJsonDocument(diffToJson(cmp.diff)).toJson(QJsonDocument::Indented));
    else
        out() << diffToText(cmp.diff, isatty(fileno(stdout)) == 1);
    out().flush();
    return cmp.diff.isEmpty() ? ExitOk : ExitDrift;
}

// The comparison as a verdict: after a repair, or from a monitoring job.
int cmdVerify(Common &c)
{
    Comparison cmp;
    if (auto stop = compareLive(c, "verify", cmp))
        return *stop;
    if (cmp.diff.isEmpty()) {
        out() << CliText::tr("Verified: the database matches %1.").arg(cmp.expectedSource) << u'\n';
        out().flush();
        return ExitOk;
    }
    out() << CliText::tr("Not verified: the database differs from %1.").arg(cmp.expectedSource)
          << u'\n' << diffToText(cmp.diff, isatty(fileno(stdout)) == 1);
    out().flush();
    return ExitDrift;
}

// --using / --backfill TABLE.COLUMN=EXPR, and the rest of the operator's decisions.
std::optional<int> readResolutions(Common &c, Resolutions &r)
{
    for (const auto &[option, map] :
         {std::pair{&c.usingExpr, &r.usingExpr}, std::pair{&c.backfill, &r.backfill}}) {
        auto pairs = parsePairs(c.parser.values(*option));
        if (!pairs)
            return usageError(
                CliText::tr("--%1 takes TABLE.COLUMN=EXPR.").arg(option->names().first()));
        for (const auto &[key, expr] : *pairs) {
            if (!key.contains(u'.'))
                return usageError(
                    CliText::tr("--%1 takes TABLE.COLUMN=EXPR.").arg(option->names().first()));
            map->insert(key, expr);
        }
    }
    r.dropExtra = c.parser.isSet(c.dropExtra);
    r.stamp = c.parser.isSet(c.stamp);
    r.stampVersion = c.parser.value(c.expectVersion);
    for (const auto &[option, field] : {std::pair{&c.lockTimeout, &r.lockTimeoutMs},
                                        std::pair{&c.statementTimeout, &r.statementTimeoutMs}}) {
        if (!c.parser.isSet(*option))
            continue;
        bool ok = false;
        const int ms = c.parser.value(*option).toInt(&ok);
        if (!ok || ms < 0)
            return usageError(
                CliText::tr("--%1 takes a number of milliseconds.").arg(option->names().first()));
        *field = ms;
    }
    return std::nullopt;
}

QString planToText(const MigrationPlan &plan)
{
    QString text;
    if (plan.steps.isEmpty())
        text += CliText::tr("Nothing to do: the database matches the expected schema.") + u'\n';
    for (const Step &s : plan.steps) {
        text += u"%1. %2\n"_s.arg(s.id).arg(s.title);
        for (Hazard h : s.hazards)
            text += u"     ⚠ "_s + hazardName(h) + u": "_s + hazardExplanation(h) + u'\n';
        for (const PreflightCheck &p : s.preflight) {
            if (!p.violations)
                continue;
            text += u"     "_s +
                    (p.informational ? u"ℹ "_s : (*p.violations > 0 ? u"✗ "_s : u"✓ "_s)) +
                    p.description + u": "_s + QString::number(*p.violations) +
                    (p.exact ? QString() : CliText::tr(" (at most)"));
            if (!p.samples.isEmpty())
                text += u" — "_s + p.samples.join(u", "_s);
            text += u'\n';
        }
    }
    for (const QString &k : plan.kept)
        text += CliText::tr("kept: ") + k + u'\n';
    for (const QString &u : plan.unresolved)
        text += CliText::tr("UNRESOLVED: ") + u + u'\n';
    return text;
}

int cmdPlan(Common &c)
{
    const QString format = c.parser.isSet(c.format) ? c.parser.value(c.format) : u"sql"_s;
    if (format != u"sql" && format != u"json" && format != u"text")
        return usageError(CliText::tr("--format must be sql, json or text."));
    Resolutions resolutions;
    if (auto stop = readResolutions(c, resolutions))
        return *stop;
    Comparison cmp;
    if (auto stop = compareLive(c, "plan", cmp))
        return *stop;
    auto plan = makePlan(cmp.diff, cmp.expected, cmp.actual, resolutions);
    if (!plan)
        return fail(plan.error(), ExitUsage);
    // Pre-flight reads the live rows, read-only: the figures belong in every rendering.
    auto spec = ConnectionSpec::parse(c.parser.value(c.db));
    auto conn = Connection::open(*spec, AccessMode::ReadOnly);
    if (!conn)
        return fail(conn.error(), exitCodeFor(conn.error()));
    if (Status s = runPreflight(*plan, *conn); !s)
        return fail(s.error(), ExitUsage);
    if (format == u"json")
        out() << QString::fromUtf8(
            QJsonDocument(planToJson(*plan)).toJson(QJsonDocument::Indented));
    else if (format == u"text")
        out() << planToText(*plan);
    else
        out() << planToSql(*plan, resolutions);
    out().flush();
    for (const QString &u : std::as_const(plan->unresolved))
        err() << CliText::tr("warning: unresolved: ") << u << u'\n';
    return ExitOk;
}

// ---- backup and restore ------------------------------------------------------------------
// They have options of their own (--backup, --yes), parsed here so that the comparison
// commands' option set stays as it is.

// Asks on the terminal: the operator types the database name. --yes answers for scripts.
class TerminalConfirmer final : public Confirmer
{
public:
    explicit TerminalConfirmer(bool yes)
        : m_yes(yes)
    {}
    bool confirm(const ConfirmRequest &request) override
    {
        err() << request.summary << u'\n';
        if (m_yes) {
            err() << CliText::tr("Confirmed by --yes.") << u'\n';
            err().flush();
            return true;
        }
        if (isatty(fileno(stdin)) != 1)
            return false;
        err() << CliText::tr("Type the database name (%1) to go on, anything else to stop: ")
                     .arg(request.databaseName);
        err().flush();
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed();
        return !request.requireTypedName ? !answer.isEmpty() : answer == request.databaseName;
    }

private:
    bool m_yes = false;
};

int cmdRepair(Common &c)
{
    RepairOptions o;
    if (auto stop = readResolutions(c, o.resolutions))
        return *stop;
    for (const QString &name : c.parser.values(c.allowHazard)) {
        const auto h = hazardFromName(name);
        if (!h)
            return usageError(
                CliText::tr("--allow-hazard: \"%1\" is not a hazard (see plan --format text).")
                    .arg(name));
        o.allowedHazards.insert(*h);
    }
    Comparison cmp;
    if (auto stop = compareLive(c, "repair", cmp))
        return *stop;
    auto spec = ConnectionSpec::parse(c.parser.value(c.db));
    // A SQLite file (or folder) this user cannot write would fail only after the backup.
    if (spec->dialect == Dialect::Sqlite) {
        auto writable = Connection::open(*spec, AccessMode::ReadWrite);
        if (!writable)
            return fail(writable.error(), exitCodeFor(writable.error()));
    }
    o.target = *spec;
    o.expected = cmp.expected;
    o.expectedSource = cmp.expectedSource;
    o.diffOptions.renameTables = *parsePairs(c.parser.values(c.renameTable));
    o.diffOptions.renameColumns = *parsePairs(c.parser.values(c.renameColumn));
    o.diffOptions.detectRenames = !c.parser.isSet(c.noRenames);
    o.diffOptions.ignore = c.parser.values(c.ignore);
    o.diffOptions.schemas = c.parser.values(c.schema);
    o.diffOptions.expectVersion = c.parser.value(c.expectVersion);
    o.backupDirectory = c.parser.value(c.backupDir);
    o.dryRun = c.parser.isSet(c.dryRun);
    TerminalConfirmer confirmer(c.parser.isSet(c.yes));
    o.confirmer = &confirmer;
    o.progress = [](const QString &line) {
        err() << line << u'\n';
        err().flush();
    };
    const RepairResult r = runRepair(o);
    const int code = exitCodeFor(r.outcome);
    if (code == ExitOk) {
        out() << r.message << u'\n';
        for (const QString &v : r.verification)
            out() << u"  ✓ "_s << v << u'\n';
        out() << CliText::tr("Journal: %1").arg(r.journalPath) << u'\n';
        out().flush();
        return code;
    }
    Error e = makeError(ErrorKind::Internal, r.message, r.details);
    fail(e, code);
    err() << CliText::tr("Journal: %1").arg(r.journalPath) << u'\n';
    err().flush();
    return code;
}

int cmdReport(Common &c)
{
    if (!c.parser.isSet(c.journal))
        return usageError(CliText::tr("report needs --journal FILE."));
    auto report = renderReport(c.parser.value(c.journal));
    if (!report)
        return fail(report.error(), ExitUsage);
    if (c.parser.isSet(c.outFile)) {
        QSaveFile f(c.parser.value(c.outFile));
        if (!f.open(QIODevice::WriteOnly)) {
            return fail(makeError(ErrorKind::Input,
                                  CliText::tr("Cannot write the report to %1.").arg(f.fileName()),
                                  f.errorString()),
                        ExitUsage);
        }
        f.write(report->toUtf8());
        if (!f.commit())
            return fail(makeError(ErrorKind::Input,
                                  CliText::tr("Cannot write the report to %1.").arg(f.fileName()),
                                  f.errorString()),
                        ExitUsage);
        err() << CliText::tr("Wrote %1.").arg(c.parser.value(c.outFile)) << u'\n';
        return ExitOk;
    }
    out() << *report;
    out().flush();
    return ExitOk;
}

QString humanSize(qint64 bytes)
{
    if (bytes < 10 * 1024)
        return CliText::tr("%1 bytes").arg(bytes);
    if (bytes < 10 * 1024 * 1024)
        return u"%1 KB"_s.arg(static_cast<double>(bytes) / 1024.0, 0, 'f', 1);
    return u"%1 MB"_s.arg(static_cast<double>(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

int cmdBackup(const ConnectionSpec &spec, const QString &dir, int lockTimeoutMs)
{
    BackupOptions options;
    if (lockTimeoutMs >= 0)
        options.lockWaitTimeoutMs = lockTimeoutMs;
    options.progress = [](qint64 done, qint64 total, const QString &what) {
        spdlog::debug("backup: {} {}/{}", what, done, total);
    };
    auto r = takeBackup(spec, dir, options);
    if (!r)
        return fail(r.error(), ExitUsage);
    out() << CliText::tr("Backup of %1 written to %2").arg(spec.redacted(), r->directory) << u'\n';
    for (const BackupFile &f : std::as_const(r->manifest.files))
        out() << u"  "_s << f.name << u"  "_s << humanSize(f.size) << u"  sha256 "_s << f.sha256
              << u'\n';
    out() << u"  "_s << kManifestFileName.toString() << u'\n';
    out() << CliText::tr("verified: %1 (%2 ms)").arg(r->verification).arg(r->elapsedMs) << u'\n';
    out().flush();
    return ExitOk;
}

int cmdRestore(const ConnectionSpec &spec, const QString &dir, bool yes, int lockTimeoutMs)
{
    // Without a terminal to ask on, only --yes may say yes: refuse before touching anything.
    if (!yes && isatty(fileno(stdin)) != 1)
        return fail(
            makeError(ErrorKind::Usage,
                      CliText::tr("restore replaces the database and needs a confirmation: run it "
                                  "on a terminal, or pass --yes in a script.")),
            ExitUsage);
    TerminalConfirmer confirmer(yes);
    RestoreOptions options;
    if (lockTimeoutMs >= 0)
        options.lockWaitTimeoutMs = lockTimeoutMs;
    RestoreReport report;
    Status s = restoreBackup(spec, dir, confirmer, options, &report);
    if (report.outcome == RestoreOutcome::Restored || report.outcome == RestoreOutcome::NotVerified)
        for (const QString &w : std::as_const(report.removed))
            err() << CliText::tr("removed, not in the backup: ") << w << u'\n';
    if (!s) {
        switch (report.outcome) {
        case RestoreOutcome::RolledBack:
            return fail(s.error(), ExitRolledBack);
        case RestoreOutcome::NotVerified:
            return fail(s.error(), ExitNotRolledBack);
        case RestoreOutcome::Refused:
        case RestoreOutcome::Restored:
            break;
        }
        return fail(s.error(), ExitUsage);
    }
    out() << CliText::tr(
                 "Restored %1 from %2 and verified: schema equal, %3 tables, %4 rows (%5 ms).")
                 .arg(spec.redacted(), QFileInfo(dir).absoluteFilePath())
                 .arg(report.tablesVerified)
                 .arg(report.rowsVerified)
                 .arg(report.elapsedMs)
          << u'\n';
    out().flush();
    return ExitOk;
}

int runBackupCommand(const QString &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db{u"db"_s, CliText::tr("Database URL."), u"URL"_s};
    const QCommandLineOption outDir{u"out"_s, CliText::tr("Backup folder (new or empty)."),
                                    u"DIR"_s};
    const QCommandLineOption backupDir{u"backup"_s, CliText::tr("Backup folder."), u"DIR"_s};
    const QCommandLineOption yes{u"yes"_s, CliText::tr("Do not ask (scripts).")};
    const QCommandLineOption verbose{{u"v"_s, u"verbose"_s},
                                     CliText::tr("Log progress to stderr.")};
    const QCommandLineOption lockTimeout{u"lock-timeout"_s, CliText::tr("Lock wait in ms."),
                                         u"MS"_s};
    if (command == u"backup")
        parser.addOptions({db, outDir, verbose, lockTimeout});
    else
        parser.addOptions({db, backupDir, yes, verbose, lockTimeout});
    QStringList rest = arguments;
    rest.removeAt(1);
    if (!parser.parse(rest))
        return usageError(sentence(parser.errorText()));
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            CliText::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    log::Options logOptions;
    logOptions.toStderr = true;
    logOptions.stderrLevel = parser.isSet(verbose) ? spdlog::level::info : spdlog::level::warn;
    log::init(logOptions);
    log::installQtMessageHandler();
    spdlog::info("schemamedic-cli {} {}", QCoreApplication::applicationVersion(), command);

    if (!parser.isSet(db))
        return usageError(CliText::tr("%1 needs --db URL.").arg(command));
    int lockTimeoutMs = -1;
    if (parser.isSet(lockTimeout)) {
        bool ok = false;
        lockTimeoutMs = parser.value(lockTimeout).toInt(&ok);
        if (!ok || lockTimeoutMs < 0)
            return usageError(CliText::tr("--lock-timeout takes a number of milliseconds."));
    }
    auto spec = ConnectionSpec::parse(parser.value(db));
    if (!spec)
        return fail(spec.error(), ExitUsage);
    if (command == u"backup") {
        if (!parser.isSet(outDir))
            return usageError(CliText::tr("backup needs --out DIR (a new or empty folder)."));
        return cmdBackup(*spec, parser.value(outDir), lockTimeoutMs);
    }
    if (!parser.isSet(backupDir))
        return usageError(CliText::tr("restore needs --backup DIR (a folder written by backup)."));
    return cmdRestore(*spec, parser.value(backupDir), parser.isSet(yes), lockTimeoutMs);
}

} // namespace

int run(const QStringList &arguments)
{
    if (arguments.size() < 2 || arguments.at(1) == u"--help" || arguments.at(1) == u"-h" ||
        arguments.at(1) == u"help") {
        out() << QString::fromUtf8(kUsage);
        return arguments.size() < 2 ? ExitUsage : ExitOk;
    }
    if (arguments.at(1) == u"--version") {
        out() << u"schemamedic-cli "_s << QCoreApplication::applicationVersion() << u'\n';
        return ExitOk;
    }
    const QString command = arguments.at(1);
    if (command == u"backup" || command == u"restore")
        return runBackupCommand(command, arguments);
    Common c;
    c.parser.addOptions(
        {c.db,        c.format,   c.outFile,     c.schema,       c.verbose,     c.expected,
         c.scratch,   c.ignore,   c.renameTable, c.renameColumn, c.noRenames,   c.expectVersion,
         c.usingExpr, c.backfill, c.dropExtra,   c.stamp,        c.lockTimeout, c.statementTimeout,
         c.backupDir, c.yes,      c.dryRun,      c.allowHazard,  c.journal});
    QStringList rest = arguments;
    rest.removeAt(1);
    if (!c.parser.parse(rest))
        return usageError(sentence(c.parser.errorText()));
    if (!c.parser.positionalArguments().isEmpty())
        return usageError(
            CliText::tr("Unexpected argument \"%1\".").arg(c.parser.positionalArguments().first()));

    log::Options logOptions;
    logOptions.toStderr = true;
    logOptions.stderrLevel = c.parser.isSet(c.verbose) ? spdlog::level::info : spdlog::level::warn;
    log::init(logOptions);
    log::installQtMessageHandler();
    spdlog::info("schemamedic-cli {} {}", QCoreApplication::applicationVersion(), command);

    if (command == u"inspect" || command == u"snapshot") {
        if (!c.parser.isSet(c.db))
            return usageError(CliText::tr("%1 needs --db URL.").arg(command));
        return command == u"inspect" ? cmdInspect(c) : cmdSnapshot(c);
    }
    // A repair that never finished is the first thing the operator must hear about.
    if (command != u"report")
        for (const UnfinishedRun &u : findUnfinishedRuns())
            err() << CliText::tr("warning: ") << describeUnfinishedRun(u) << u'\n';

    if (command == u"report")
        return cmdReport(c);
    if (command == u"repair") {
        if (!c.parser.isSet(c.db))
            return usageError(CliText::tr("%1 needs --db URL.").arg(command));
        return cmdRepair(c);
    }
    if (command == u"diff" || command == u"plan" || command == u"verify") {
        if (!c.parser.isSet(c.db))
            return usageError(CliText::tr("%1 needs --db URL.").arg(command));
        if (command == u"verify")
            return cmdVerify(c);
        return command == u"diff" ? cmdDiff(c) : cmdPlan(c);
    }
    return usageError(CliText::tr("Unknown command \"%1\".").arg(command));
}

} // namespace sm::cli
