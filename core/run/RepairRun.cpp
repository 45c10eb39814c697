// SPDX-License-Identifier: MIT
#include "RepairRun.h"

#include "db/Connection.h"
#include "introspect/Introspector.h"
#include "log/Log.h"
#include "run/Backup.h"
#include "run/Journal.h"
#include "util/ExitCode.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QThread>

using namespace Qt::StringLiterals;

namespace sm {
namespace {

// This file's messages: lupdate files them under sm::RepairRun, the context the runtime looks up.
struct RepairRunText
{
    Q_DECLARE_TR_FUNCTIONS(sm::RepairRun)
};

// The tables whose row counts must not change: every table a step touches, except the
// migration-history table a stamp writes to on purpose.
QStringList touchedTables(const MigrationPlan &plan)
{
    QStringList out;
    for (const Step &s : plan.steps)
        if (s.phase != StepPhase::Stamp)
            for (const QString &t : s.tables)
                if (!out.contains(t))
                    out << t;
    return out;
}

QString qualifiedFrom(Dialect d, const QString &table)
{
    const qsizetype dot = table.indexOf(u'.');
    return dot < 0 ? quoteIdent(d, table) : quoteQualified(d, table.left(dot), table.mid(dot + 1));
}

class Run
{
public:
    explicit Run(const RepairOptions &o)
        : m_o(o)
    {}

    RepairResult execute()
    {
        auto journal = Journal::open({}, m_o.journalDirectory);
        if (!journal)
            return finish(RepairOutcome::Stopped, journal.error().message, journal.error().details);
        m_journal.emplace(std::move(*journal));
        m_result.runId = m_journal->runId();
        m_result.journalPath = m_journal->path();
        if (!record(u"started"_s, {{u"target"_s, m_o.target.redacted()},
                                   {u"dialect"_s, dialectName(m_o.target.dialect)},
                                   {u"expected"_s, m_o.expectedSource},
                                   {u"dryRun"_s, m_o.dryRun}})) {
            // Not even the first record (a full disk): no run without its account.
            const QString why = m_journalError->details.isEmpty()
                                    ? QString()
                                    : u" ("_s + m_journalError->details + u')';
            return finish(RepairOutcome::Stopped,
                          RepairRunText::tr("The journal %1 cannot be written%2, so the repair did "
                                            "not start; nothing was changed.")
                              .arg(m_result.journalPath, why),
                          {}, /*terminalRecorded=*/true);
        }

        // Pre-flight: what differs, the plan, and the live figures — read-only.
        say(RepairRunText::tr("Pre-flight: reading the live schema."));
        {
            auto conn = Connection::open(m_o.target, AccessMode::ReadOnly);
            if (!conn)
                return fail(RepairOutcome::Stopped, conn.error());
            auto actual = introspect(*conn);
            if (!actual)
                return fail(RepairOutcome::Stopped, actual.error());
            m_before = *actual;
            const SchemaDiff d = diff(m_o.expected, *actual, m_o.diffOptions);
            record(u"diff"_s, {{u"diff"_s, diffToJson(d)}});
            auto plan = makePlan(d, m_o.expected, *actual, m_o.resolutions);
            if (!plan)
                return fail(RepairOutcome::Stopped, plan.error());
            if (Status s = runPreflight(*plan, *conn); !s)
                return fail(RepairOutcome::Stopped, s.error());
            m_result.plan = *plan;
            record(u"plan"_s, {{u"plan"_s, planToJson(*plan)}});
            if (plan->steps.isEmpty())
                return finish(RepairOutcome::NothingToDo,
                              RepairRunText::tr(
                                  "Nothing to repair: the database matches the expected schema."));
        }
        if (auto refusal = refusalReason())
            return finish(RepairOutcome::Refused, *refusal);
        if (m_journalError)
            return fail(RepairOutcome::Stopped, journalFailure());

        // No backup, no write (a dry run always rolls back, so it needs none).
        if (!m_o.dryRun) {
            say(RepairRunText::tr("Backup: taking and verifying a backup."));
            QString dir = m_o.backupDirectory;
            if (dir.isEmpty())
                dir = QDir(Journal::defaultDirectory()).filePath(u"../backups/"_s + m_result.runId);
            dir = QDir::cleanPath(QDir(dir).absolutePath());
            record(u"backup_started"_s, {{u"directory"_s, dir}});
            BackupOptions bo;
            bo.cancelled = m_o.cancelled;
            bo.progress = m_o.backupProgress;
            auto backup = takeBackup(m_o.target, dir, bo);
            if (!backup)
                return fail(RepairOutcome::Stopped, backup.error());
            m_result.backupDirectory = backup->directory;
            QJsonArray files;
            for (const BackupFile &f : backup->manifest.files)
                files.append(QJsonObject{
                    {u"name"_s, f.name}, {u"size"_s, double(f.size)}, {u"sha256"_s, f.sha256}});
            record(u"backup_verified"_s, {{u"directory"_s, backup->directory},
                                          {u"files"_s, files},
                                          {u"verification"_s, backup->verification},
                                          {u"elapsedMs"_s, double(backup->elapsedMs)}});

            if (m_journalError)
                return fail(RepairOutcome::Stopped, journalFailure());
            if (!m_o.confirmer || !m_o.confirmer->confirm(confirmRequest())) {
                record(u"declined"_s);
                return finish(
                    RepairOutcome::Declined,
                    RepairRunText::tr("The repair was not confirmed; nothing was changed."));
            }
            record(u"confirmed"_s);
            if (m_journalError)
                return fail(RepairOutcome::Stopped, journalFailure());
        }
        return apply();
    }

private:
    // Refuses a plan with open decisions, hazards not allowed, or exact pre-flight violations.
    std::optional<QString> refusalReason()
    {
        const MigrationPlan &plan = m_result.plan;
        if (!plan.unresolved.isEmpty())
            return RepairRunText::tr("The plan has a decision still open: %1")
                .arg(plan.unresolved.first());
        QStringList notAllowed;
        for (Hazard h : plan.hazards())
            if (!m_o.allowedHazards.contains(h))
                notAllowed << hazardName(h);
        if (!notAllowed.isEmpty())
            return RepairRunText::tr(
                       "The plan has hazards that were not allowed: %1 (allow each with "
                       "--allow-hazard after reading the plan).")
                .arg(notAllowed.join(u", "_s));
        for (const Step &s : plan.steps)
            for (const PreflightCheck &c : s.preflight)
                if (!c.informational && c.exact && c.violations.value_or(0) > 0)
                    return RepairRunText::tr(
                               "Pre-flight: %1: %2%3; resolve them first (a --using, --backfill "
                               "or a data fix).")
                        .arg(c.description)
                        .arg(*c.violations)
                        .arg(c.samples.isEmpty() ? QString()
                                                 : u" ("_s + c.samples.join(u", "_s) + u')');
        return std::nullopt;
    }

    ConfirmRequest confirmRequest() const
    {
        const MigrationPlan &plan = m_result.plan;
        ConfirmRequest r;
        r.action = u"repair"_s;
        r.databaseName = m_o.target.displayName();
        QStringList lines;
        lines << RepairRunText::tr("Apply %n step(s) to %1.", nullptr,
                                   static_cast<int>(plan.steps.size()))
                     .arg(m_o.target.redacted());
        for (const Step &s : plan.steps)
            lines << u"  %1. %2"_s.arg(s.id).arg(s.title);
        for (Hazard h : plan.hazards())
            lines << u"  ⚠ "_s + hazardName(h) + u": "_s + hazardExplanation(h);
        lines << RepairRunText::tr("Backup: %1").arg(m_result.backupDirectory);
        r.summary = lines.join(u'\n');
        const QList<Hazard> hs = plan.hazards();
        for (Hazard h : hs)
            r.hazards << hazardName(h);
        r.requireTypedName = hs.contains(Hazard::DataLoss) || hs.contains(Hazard::TableRewrite) ||
                             hs.contains(Hazard::BackwardIncompatible);
        return r;
    }

    RepairResult apply()
    {
        const Dialect dialect = m_o.target.dialect;
        const bool sqlite = dialect == Dialect::Sqlite;
        auto conn = Connection::open(m_o.target, AccessMode::ReadWrite);
        if (!conn)
            return fail(RepairOutcome::RolledBack, conn.error());

        int originalForeignKeys = 0;
        if (sqlite) {
            // Outside any transaction, and read back: inside one the pragma is a silent no-op,
            // and a DROP TABLE with foreign keys on deletes every ON DELETE CASCADE child.
            auto fk = conn->query(u"PRAGMA foreign_keys"_s);
            if (fk && fk->next())
                originalForeignKeys = fk->value(0).toInt();
            (void)conn->exec(u"PRAGMA foreign_keys = OFF"_s);
            auto check = conn->query(u"PRAGMA foreign_keys"_s);
            if (!check || !check->next() || check->value(0).toInt() != 0)
                return finish(
                    RepairOutcome::Refused,
                    RepairRunText::tr(
                        "SQLite would not switch foreign keys off; nothing was changed."));
        }

        const QStringList tables = touchedTables(m_result.plan);
        constexpr int kAttempts = 4;
        for (int attempt = 1;; ++attempt) {
            auto outcome = applyOnce(*conn, tables, attempt);
            if (outcome)
                return restoreForeignKeys(*conn, originalForeignKeys, *outcome);
            if (attempt >= kAttempts) {
                // Every attempt was rolled back when its lock wait timed out.
                record(u"rolled_back"_s,
                       {{u"reason"_s, m_lastError.message}, {u"attempts"_s, attempt}});
                return restoreForeignKeys(
                    *conn, originalForeignKeys,
                    finish(
                        RepairOutcome::RolledBack,
                        RepairRunText::tr(
                            "The repair was rolled back after %1 attempts: a lock it needs was not "
                            "granted within the lock timeout (another session holds it). The "
                            "database is as it was.")
                            .arg(attempt),
                        m_lastError.message, /*terminalRecorded=*/true));
            }
            // A lock we could not get in time (55P03): wait and try the whole transaction again.
            const int waitMs = 500 * (1 << (attempt - 1));
            record(u"retry"_s, {{u"attempt"_s, attempt},
                                {u"waitMs"_s, waitMs},
                                {u"reason"_s, m_lastError.message}});
            say(RepairRunText::tr("A lock was not granted in time; retrying in %1 ms.")
                    .arg(waitMs));
            QThread::msleep(static_cast<unsigned long>(waitMs));
        }
    }

    RepairResult restoreForeignKeys(Connection &conn, int original, RepairResult result)
    {
        if (m_o.target.dialect == Dialect::Sqlite && original)
            (void)conn.exec(u"PRAGMA foreign_keys = ON"_s);
        return result;
    }

    // One attempt at the transaction. nullopt: retry (lock timeout); otherwise the result.
    std::optional<RepairResult> applyOnce(Connection &conn, const QStringList &tables, int attempt)
    {
        const Dialect dialect = m_o.target.dialect;
        const bool sqlite = dialect == Dialect::Sqlite;
        auto rollback = [&](RepairOutcome outcome, const Error &e) -> RepairResult {
            (void)conn.exec(u"ROLLBACK"_s);
            record(u"rolled_back"_s, {{u"reason"_s, e.message}, {u"details"_s, e.details}});
            QString message = e.message;
            if (outcome == RepairOutcome::RolledBack && !sqlite &&
                e.kind == ErrorKind::Connection) {
                // The server went away (stopped, crashed, our backend terminated): it keeps
                // nothing of a transaction that never committed. One sentence that says so.
                message = m_position.isEmpty()
                              ? RepairRunText::tr(
                                    "The connection to the PostgreSQL server was lost before the "
                                    "repair was committed, so the server rolled the repair back "
                                    "and the database is as it was.")
                              : RepairRunText::tr(
                                    "The connection to the PostgreSQL server was lost before the "
                                    "repair was committed (during %1), so the server rolled the "
                                    "repair back and the database is as it was.")
                                    .arg(m_position);
            } else if (outcome == RepairOutcome::RolledBack) {
                message =
                    RepairRunText::tr(
                        "The repair failed and was rolled back; the database is as it was. %1")
                        .arg(e.message);
            }
            return finish(outcome, message, e.details, /*terminalRecorded=*/true);
        };

        if (Status s = conn.exec(sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s); !s)
            return fail(RepairOutcome::RolledBack, s.error());
        record(u"apply_started"_s, {{u"attempt"_s, attempt}});
        if (!sqlite) {
            for (const QString &set :
                 {u"SET LOCAL lock_timeout = '%1ms'"_s.arg(m_o.resolutions.lockTimeoutMs),
                  u"SET LOCAL statement_timeout = '%1ms'"_s.arg(
                      m_o.resolutions.statementTimeoutMs)})
                if (Status s = conn.exec(set); !s)
                    return rollback(RepairOutcome::RolledBack, s.error());
        }
        // Row counts before, inside the same transaction: nothing else can change them now.
        auto before = rowCounts(conn, tables);
        if (!before)
            return rollback(RepairOutcome::RolledBack, before.error());

        for (const Step &step : std::as_const(m_result.plan.steps)) {
            if (!step.transactional)
                continue;
            say(RepairRunText::tr("Step %1: %2").arg(step.id).arg(step.title));
            m_position = RepairRunText::tr("step %1, %2").arg(step.id).arg(step.title);
            record(u"step_started"_s, {{u"step"_s, step.id}, {u"title"_s, step.title}});
            for (const QString &sql : step.sql) {
                // Nothing runs that the journal cannot tell about.
                if (m_journalError)
                    return rollback(m_o.dryRun ? RepairOutcome::DryRunFailed
                                               : RepairOutcome::RolledBack,
                                    journalFailure());
                if (m_o.cancelled && m_o.cancelled())
                    return rollback(m_o.dryRun ? RepairOutcome::DryRunFailed
                                               : RepairOutcome::RolledBack,
                                    makeError(ErrorKind::Internal,
                                              RepairRunText::tr("Cancelled by the operator.")));
                QElapsedTimer t;
                t.start();
                Status s = conn.exec(sql);
                record(u"statement"_s, {{u"step"_s, step.id},
                                        {u"sql"_s, sql},
                                        {u"ms"_s, double(t.elapsed())},
                                        {u"ok"_s, s.ok()},
                                        {u"error"_s, s.ok() ? QString() : s.error().message}});
                if (!s) {
                    if (!sqlite && s.error().code == u"55P03") {
                        (void)conn.exec(u"ROLLBACK"_s);
                        m_lastError = s.error();
                        record(u"lock_timeout"_s, {{u"step"_s, step.id}});
                        return std::nullopt;
                    }
                    Error e = s.error();
                    e.message = RepairRunText::tr("Step %1 (%2) failed: %3")
                                    .arg(step.id)
                                    .arg(step.title, e.message);
                    return rollback(
                        m_o.dryRun ? RepairOutcome::DryRunFailed : RepairOutcome::RolledBack, e);
                }
            }
            record(u"step_done"_s, {{u"step"_s, step.id}});
        }

        m_position = RepairRunText::tr("the verification");
        // Verify inside the transaction, before anything is committed.
        say(RepairRunText::tr(
            "Verify: comparing the changed schema with the expected one before committing."));
        QStringList problems = verify(conn, tables, *before);
        record(u"verified_in_transaction"_s,
               {{u"ok"_s, problems.isEmpty()},
                {u"checks"_s, QJsonArray::fromStringList(m_result.verification)},
                {u"problems"_s, QJsonArray::fromStringList(problems)}});
        if (!problems.isEmpty())
            return rollback(m_o.dryRun ? RepairOutcome::DryRunFailed : RepairOutcome::RolledBack,
                            makeError(ErrorKind::Internal,
                                      RepairRunText::tr("Verification failed before the commit: %1")
                                          .arg(problems.first()),
                                      problems.join(u'\n')));
        if (m_o.dryRun) {
            (void)conn.exec(u"ROLLBACK"_s);
            record(u"rolled_back"_s, {{u"reason"_s, u"dry run"_s}});
            return finish(
                RepairOutcome::DryRunPassed,
                RepairRunText::tr(
                    "Dry run: the plan applied and verified, then rolled back as promised; "
                    "the database is unchanged."),
                {}, true);
        }

        if (m_journalError)
            return rollback(RepairOutcome::RolledBack, journalFailure());
        // The transaction's id, so that a COMMIT whose answer never arrives can be looked up.
        m_position = RepairRunText::tr("the commit");
        QString txid;
        if (!sqlite) {
            auto q = conn.query(u"SELECT pg_catalog.txid_current()"_s);
            if (!q && q.error().kind == ErrorKind::Connection)
                return rollback(RepairOutcome::RolledBack, q.error()); // COMMIT never sent
            if (q && q->next())
                txid = q->value(0).toString();
        }
#ifdef SCHEMAMEDIC_FAULT_INJECTION
        faultInjectionPoint(u"commit"_s); // tests: the server goes away as COMMIT is sent
#endif
        if (Status s = conn.exec(u"COMMIT"_s); !s) {
            // The connection died around the COMMIT: the server may have committed before it
            // went, so "rolled back" would be a guess. Ask the server; when it cannot answer,
            // say that it is unknown.
            if (!sqlite && s.error().kind == ErrorKind::Connection) {
                const QString status = transactionStatus(txid);
                if (status == u"committed") {
                    record(u"committed"_s, {{u"confirmedAfter"_s, s.error().message}});
                } else if (status == u"aborted") {
                    record(u"rolled_back"_s, {{u"reason"_s, s.error().message},
                                              {u"transaction"_s, txid},
                                              {u"status"_s, status}});
                    return finish(RepairOutcome::RolledBack,
                                  RepairRunText::tr(
                                      "The connection to the PostgreSQL server was lost during "
                                      "the commit, and the server reports that the repair was not "
                                      "committed, so the database is as it was."),
                                  s.error().details, /*terminalRecorded=*/true);
                } else {
                    return commitUnknown(s.error(), txid);
                }
            } else {
                return rollback(RepairOutcome::RolledBack, s.error());
            }
        } else {
            record(u"committed"_s);
        }

        // Steps that cannot run in a transaction, each on its own, journaled.
        for (const Step &step : std::as_const(m_result.plan.steps)) {
            if (step.transactional)
                continue;
            record(u"step_started"_s,
                   {{u"step"_s, step.id}, {u"title"_s, step.title}, {u"afterCommit"_s, true}});
            for (const QString &sql : step.sql) {
                if (m_journalError)
                    return failAfterCommit(journalFailure().message);
                Status s = conn.exec(sql);
                record(u"statement"_s, {{u"step"_s, step.id}, {u"sql"_s, sql}, {u"ok"_s, s.ok()}});
                if (!s)
                    return failAfterCommit(
                        RepairRunText::tr("Step %1 (%2), which runs after the commit, failed: %3")
                            .arg(step.id)
                            .arg(step.title, s.error().message));
            }
            record(u"step_done"_s, {{u"step"_s, step.id}});
        }

        // Verify again, on a fresh connection: what another session now sees.
        auto fresh = Connection::open(m_o.target, AccessMode::ReadOnly);
        if (!fresh)
            return failAfterCommit(fresh.error().message);
        auto after = introspect(*fresh);
        if (!after)
            return failAfterCommit(after.error().message);
        const QStringList left = unexpectedDifferences(diff(m_o.expected, *after, m_o.diffOptions));
        record(u"verified_after_commit"_s,
               {{u"ok"_s, left.isEmpty()}, {u"problems"_s, QJsonArray::fromStringList(left)}});
        if (!left.isEmpty())
            return failAfterCommit(
                RepairRunText::tr("After the commit the database still differs: %1")
                    .arg(left.first()));
        record(u"done"_s);
        return finish(RepairOutcome::Done,
                      RepairRunText::tr("Repaired: %n step(s) committed and verified. Backup: %1",
                                        nullptr, static_cast<int>(m_result.plan.steps.size()))
                          .arg(m_result.backupDirectory),
                      {}, true);
    }

    // committed / aborted / in progress, as the server's txid_status() says on a new
    // connection; "" when it cannot be asked (the server is gone).
    QString transactionStatus(const QString &txid)
    {
        if (txid.isEmpty())
            return {};
        auto fresh = Connection::open(m_o.target, AccessMode::ReadOnly);
        if (!fresh)
            return {};
        auto q = fresh->query(u"SELECT pg_catalog.txid_status(?::bigint)"_s, {txid});
        return q && q->next() ? q->value(0).toString() : QString();
    }

    // The COMMIT was sent and no answer came back. Not terminal in the journal on purpose: the
    // next start reports the run and says to verify.
    RepairResult commitUnknown(const Error &e, const QString &txid)
    {
        record(u"commit_unknown"_s,
               {{u"reason"_s, e.message}, {u"details"_s, e.details}, {u"transaction"_s, txid}});
        return finish(
            RepairOutcome::NotRolledBack,
            RepairRunText::tr(
                "The connection to the PostgreSQL server was lost while the repair was being "
                "committed, so it is not known whether it was committed as a whole or not at "
                "all: when the server is back, run schemamedic-cli verify, and restore the "
                "backup in %1 if the repair is unwanted.")
                .arg(m_result.backupDirectory),
            RepairRunText::tr("To restore: schemamedic-cli restore --db %1 --backup %2")
                    .arg(m_o.target.redacted(), m_result.backupDirectory) +
                (e.details.isEmpty() ? QString() : u"\n"_s + e.details),
            /*terminalRecorded=*/true);
    }

    RepairResult failAfterCommit(const QString &what)
    {
        record(u"failed"_s, {{u"reason"_s, what}, {u"committed"_s, true}});
        return finish(
            RepairOutcome::NotRolledBack,
            RepairRunText::tr(
                "%1 The changes were committed. To return to the state before the repair: "
                "schemamedic-cli restore --db %2 --backup %3")
                .arg(what, m_o.target.redacted(), m_result.backupDirectory),
            {}, true);
    }

    Result<QHash<QString, qint64>> rowCounts(Connection &conn, const QStringList &tables)
    {
        QHash<QString, qint64> out;
        for (const QString &t : tables) {
            // A table the plan creates has no rows before; one it renames is counted by its old
            // name.
            const Table *live = m_before.table(t);
            if (!live)
                continue;
            auto q = conn.query(u"SELECT count(*) FROM "_s + qualifiedFrom(m_o.target.dialect, t));
            if (!q)
                return q.error();
            out.insert(t, q->next() ? q->value(0).toLongLong() : 0);
        }
        return out;
    }

    // The differences the operator chose to keep are allowed; anything else is a failure.
    QStringList unexpectedDifferences(const SchemaDiff &d) const
    {
        QStringList out;
        const Resolutions &r = m_o.resolutions;
        for (const Difference &x : d.differences) {
            const bool kept = isExtraKind(x.kind) && !r.dropExtra && !r.drop.contains(x.object);
            const bool unstamped = x.kind == DiffKind::MigrationVersion && !r.stamp;
            if (!kept && !unstamped)
                out << diffKindName(x.kind) + u' ' + x.object;
        }
        return out;
    }

    QStringList verify(Connection &conn, const QStringList &tables,
                       const QHash<QString, qint64> &before)
    {
        QStringList problems;
        m_result.verification.clear();
        IntrospectOptions inTransaction;
        inTransaction.parallel = false; // the reads must see this transaction's own changes
        auto after = introspect(conn, inTransaction);
        if (!after) {
            problems << after.error().message;
            return problems;
        }
        const QStringList left = unexpectedDifferences(diff(m_o.expected, *after, m_o.diffOptions));
        m_result.verification
            << (left.isEmpty()
                    ? RepairRunText::tr("schema matches the expected schema")
                    : RepairRunText::tr("schema still differs: %1").arg(left.join(u", "_s)));
        problems << left;

        // Row counts of every touched table: a table renamed by the plan is found by its new name.
        QHash<QString, QString> renamedTo;
        for (const Step &s : m_result.plan.steps)
            for (const QString &o : s.objects)
                if (const Table *t = after->table(o); t && s.tables.size() > 1)
                    for (const QString &old : s.tables)
                        if (old != o)
                            renamedTo.insert(old, o);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QString name = it.key();
            if (!after->table(name) && renamedTo.contains(name))
                name = renamedTo.value(name);
            if (!after->table(name))
                continue; // dropped on purpose (--drop-extra); the diff has judged it
            auto q =
                conn.query(u"SELECT count(*) FROM "_s + qualifiedFrom(m_o.target.dialect, name));
            const qint64 n = q && q->next() ? q->value(0).toLongLong() : -1;
            if (n != it.value())
                problems << RepairRunText::tr("%1 had %2 rows before and %3 after")
                                .arg(name)
                                .arg(it.value())
                                .arg(n);
        }
        m_result.verification
            << RepairRunText::tr("row counts of %1 table(s) unchanged").arg(before.size());

        if (m_o.target.dialect == Dialect::Sqlite) {
            auto fk = conn.query(u"SELECT count(*) FROM pragma_foreign_key_check"_s);
            const qint64 violations = fk && fk->next() ? fk->value(0).toLongLong() : -1;
            if (violations != 0)
                problems << RepairRunText::tr("%1 foreign key violation(s)").arg(violations);
            auto qc = conn.query(u"PRAGMA quick_check"_s);
            const QString quick =
                qc && qc->next() ? qc->value(0).toString() : RepairRunText::tr("no answer");
            if (quick != u"ok")
                problems << RepairRunText::tr("quick_check: %1").arg(quick);
            m_result.verification << RepairRunText::tr(
                                         "foreign_key_check: %1 violation(s); quick_check: %2")
                                         .arg(violations)
                                         .arg(quick);
        } else {
            auto q = conn.query(
                u"SELECT (SELECT count(*) FROM pg_catalog.pg_constraint WHERE NOT convalidated), "
                "(SELECT count(*) FROM pg_catalog.pg_index WHERE NOT indisvalid)"_s);
            const qint64 constraints = q && q->next() ? q->value(0).toLongLong() : -1;
            const qint64 indexes = q ? q->value(1).toLongLong() : -1;
            if (constraints != 0 || indexes != 0)
                problems << RepairRunText::tr(
                                "%1 constraint(s) not validated, %2 index(es) invalid")
                                .arg(constraints)
                                .arg(indexes);
            m_result.verification << RepairRunText::tr(
                                         "invalid constraints: %1; invalid indexes: %2")
                                         .arg(constraints)
                                         .arg(indexes);
        }
        (void)tables;
        return problems;
    }

    bool record(const QString &event, const QJsonObject &data = {})
    {
        if (!m_journal)
            return false;
        if (Status s = m_journal->append(event, data); !s) {
            // The journal is the source of truth: without it, stop before the next action.
            m_journalError = s.error();
            // A warning, not an error: the run's own sentence (the one error line) says it.
            spdlog::warn("journal: {}", s.error().message);
            return false;
        }
        if (m_o.journaled)
            m_o.journaled(event, data);
        return true;
    }

    void say(const QString &line)
    {
        spdlog::info("{}", line);
        if (m_o.progress)
            m_o.progress(line);
    }

    // The journal is the account of the run: once it cannot be written, the run stops before
    // its next action (rolling back what is not committed).
    Error journalFailure() const
    {
        return makeError(ErrorKind::Input,
                         RepairRunText::tr(
                             "The journal %1 cannot be written, so the run stopped before its next "
                             "action: %2")
                             .arg(m_result.journalPath, m_journalError->message),
                         m_journalError->details);
    }

    RepairResult fail(RepairOutcome outcome, const Error &e)
    {
        return finish(outcome, e.message, e.details);
    }

    RepairResult finish(RepairOutcome outcome, QString message, const QString &details = {},
                        bool terminalRecorded = false)
    {
        // Never report success with a journal that does not say so.
        if (m_journalError && exitCodeFor(outcome) == 0) {
            if (outcome == RepairOutcome::Done) {
                outcome = RepairOutcome::NotRolledBack;
                message = journalFailure().message + u' ' +
                          RepairRunText::tr(
                              "The changes were committed and verified; the journal does not "
                              "record it. To return to the state before the repair: "
                              "schemamedic-cli restore --db %1 --backup %2")
                              .arg(m_o.target.redacted(), m_result.backupDirectory);
            } else {
                outcome = RepairOutcome::Stopped;
                message = journalFailure().message + u' ' + message;
            }
        }
        m_result.outcome = outcome;
        m_result.message = message;
        m_result.details = details;
        if (!terminalRecorded && m_journal) {
            const bool ok = outcome == RepairOutcome::NothingToDo;
            record(ok ? u"done"_s : u"failed"_s,
                   {{u"outcome"_s, int(outcome)}, {u"reason"_s, message}});
        }
        // Failures are the caller's to report (one sentence first); progress carries successes.
        if (exitCodeFor(outcome) == 0)
            say(message);
        else
            spdlog::info("{}", message);
        return m_result;
    }

    const RepairOptions &m_o;
    std::optional<Journal> m_journal;
    Schema m_before;
    RepairResult m_result;
    Error m_lastError;
    std::optional<Error> m_journalError;
    QString m_position; // where the transaction is, for a sentence about a lost connection
};

} // namespace

QString describeUnfinishedRun(const UnfinishedRun &run)
{
    const QString event = run.lastEvent.event;
    const QString target = run.lastEvent.data.value(u"target"_s).toString();
    auto eventsBefore = [&](const QString &name) {
        auto contents = readJournal(run.path);
        if (!contents)
            return false;
        for (const JournalRecord &r : contents->records)
            if (r.event == name)
                return true;
        return false;
    };
    QString known = RepairRunText::tr("The repair run %1 (started %2) stopped after \"%3\".")
                        .arg(run.runId, run.started.toLocalTime().toString(Qt::ISODate), event);
    QString next;
    if (eventsBefore(u"commit_unknown"_s) && !eventsBefore(u"committed"_s))
        next = RepairRunText::tr(
            "The connection was lost during its commit, so whether it was committed is not "
            "known: verify the database against the expected schema (schemamedic-cli verify); "
            "if it matches, the repair was committed, otherwise nothing was changed.");
    else if (eventsBefore(u"committed"_s))
        next = RepairRunText::tr(
            "Its changes were committed: verify the database against the expected schema "
            "(schemamedic-cli verify), and restore the run's backup if it does not match.");
    else if (eventsBefore(u"apply_started"_s))
        next = RepairRunText::tr(
            "Its transaction never committed, so the database rolled it back and is as it "
            "was; nothing to undo (verify with schemamedic-cli verify if in doubt).");
    else
        next = RepairRunText::tr("It stopped before changing anything; nothing to undo.");
    Q_UNUSED(target)
    return known + u' ' + next + u' ' + RepairRunText::tr("Journal: %1").arg(run.path);
}

RepairResult runRepair(const RepairOptions &options)
{
    return Run(options).execute();
}

int exitCodeFor(RepairOutcome outcome)
{
    switch (outcome) {
    case RepairOutcome::NothingToDo:
    case RepairOutcome::Done:
    case RepairOutcome::DryRunPassed:
        return ExitOk;
    case RepairOutcome::Refused:
        return ExitDrift; // "plan refused for a hazard not allowed"
    case RepairOutcome::Declined:
    case RepairOutcome::Stopped:
        return ExitUsage;
    case RepairOutcome::DryRunFailed:
    case RepairOutcome::RolledBack:
        return ExitRolledBack;
    case RepairOutcome::NotRolledBack:
        return ExitNotRolledBack;
    }
    return ExitUsage;
}

} // namespace sm
