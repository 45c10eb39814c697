// SPDX-License-Identifier: MIT
#pragma once

// A migration plan (design §4.3–§4.4): ordered steps, each with a title a person understands,
// its SQL, its hazards, the tables it touches and the read-only pre-flight checks that turn a
// hazard from "may" into "will, on these rows".

#include "diff/Diff.h"
#include "schema/Schema.h"
#include "util/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace sm {

class Connection;

enum class Hazard {
    DataLoss,         // drop table/column/sequence, lossy cast, a rebuild that could fire ON DELETE
    CastMayFail,      // a type change; pre-flight counts the rows that would fail
    NotNullViolation, // SET NOT NULL over existing NULLs; needs a backfill
    Duplicates,       // UNIQUE/PK over duplicate values
    Orphans,          // FK over rows with no parent
    CheckViolation,   // a new CHECK over rows that break it
    TableRewrite,     // the table is rewritten (copied)
    ExclusiveLock,    // ACCESS EXCLUSIVE (PostgreSQL) / the database is locked (SQLite)
    BlocksWrites,     // writers wait (SHARE lock, CREATE INDEX)
    NotTransactional, // cannot run inside the apply transaction
    RenameGuess,      // a rename inferred, not given
    BackwardIncompatible, // drops or renames something the running application may still use
};

QString hazardName(Hazard h); // "data_loss", … as in the JSON contract
std::optional<Hazard> hazardFromName(const QString &name);
QString hazardExplanation(Hazard h); // one line for people

// Which group a step belongs to; steps run in this order (stable within a group).
enum class StepPhase {
    RemoveBlockers, // views, triggers, foreign keys, defaults that stand in the way
    Tables,         // create (in foreign-key order), change, rebuild tables
    Constraints,    // add constraints (NOT VALID, then VALIDATE)
    Indexes,
    Views,
    Functions, // functions first, then the triggers that call them
    Triggers,
    Sequences,
    Drops, // objects the operator chose to drop (opt-in)
    Stamp, // the migration-history stamp (only with --stamp)
};

struct PreflightCheck
{
    QString check;       // cast | nulls | duplicates | orphans | check_violation | table_size |
                         // locks | long_transactions | value_types
    QString description; // "rows of annotations.user_id that cannot become uuid"
    Hazard hazard = Hazard::CastMayFail;
    QString sql;        // read-only; returns one row, one integer: the number of violations
    QString samplesSql; // read-only; returns up to five rows, one text column (may be empty)
    // Filled by runPreflight():
    std::optional<qint64> violations;
    QStringList samples;
    bool exact = true; // false when the count is an upper bound (never lower than the truth)
    bool informational = false; // a figure (table size, value-type mix), not a violation count

    friend bool operator==(const PreflightCheck &, const PreflightCheck &) = default;
};

struct Step
{
    int id = 0;
    StepPhase phase = StepPhase::Tables;
    QString title;   // "Change annotations.user_id from integer to character varying(255)"
    QStringList sql; // statements, each complete, no trailing semicolon needed
    QList<Hazard> hazards;
    QStringList tables; // schema.table touched
    QList<PreflightCheck> preflight;
    bool transactional = true; // false: runs after commit, in its own idempotent phase
    QStringList objects;       // diff objects this step resolves (Difference::object)

    friend bool operator==(const Step &, const Step &) = default;
};

// The operator's decisions (design §4.2); each has a safe default.
struct Resolutions
{
    QHash<QString, QString> usingExpr; // "schema.table.column" or "table.column" → USING expression
    QHash<QString, QString> backfill; // "schema.table.column" or "table.column" → SQL expression
    bool dropExtra = false;           // drop every object the expected schema lacks
    QSet<QString> drop;               // drop these extra objects (Difference::object)
    QSet<QString> rejectRenames;      // renamed_* objects the operator says are not renames
    bool stamp = false;               // set the history table to the expected version
    QString stampVersion;             // the version to stamp (from --expect-version or the diff)
    int lockTimeoutMs = 5000;
    int statementTimeoutMs = 0; // 0: none

    // The value for a column key in one of the maps above, accepting both spellings.
    static QString lookup(const QHash<QString, QString> &map, const QString &schema,
                          const QString &table, const QString &column);
};

struct MigrationPlan
{
    Dialect dialect = Dialect::Sqlite;
    QList<Step> steps;
    QStringList kept;       // extra objects left in place, for people ("main.legacy (extra table)")
    QStringList unresolved; // decisions the operator still has to make; a plan with any is refused

    QList<Hazard> hazards() const; // the union, in enum order
    bool isEmpty() const { return steps.isEmpty(); }
};

// Builds the plan for a diff. `expected` and `actual` are the schemas the diff was made from.
Result<MigrationPlan> makePlan(const SchemaDiff &diff, const Schema &expected, const Schema &actual,
                               const Resolutions &resolutions);

// Dialect planners (PostgresPlanner.cpp, SqlitePlanner.cpp). They append steps with the right
// phase; makePlan() orders and numbers them.
Result<MigrationPlan> planPostgres(const SchemaDiff &diff, const Schema &expected,
                                   const Schema &actual, const Resolutions &resolutions);
Result<MigrationPlan> planSqlite(const SchemaDiff &diff, const Schema &expected,
                                 const Schema &actual, const Resolutions &resolutions);

// Orders steps by phase (stable), moves non-transactional steps after the transactional ones,
// and numbers them from 1. makePlan() calls it.
void orderSteps(MigrationPlan &plan);

// Runs every pre-flight check read-only against the live database and fills in the figures.
Status runPreflight(MigrationPlan &plan, Connection &connection);

// "schemamedic.plan/1"
QJsonObject planToJson(const MigrationPlan &plan);

// The complete script `repair` would execute — transaction control, pragmas, timeouts — so that
// psql or sqlite3 can run it as it is.
QString planToSql(const MigrationPlan &plan, const Resolutions &resolutions);

// Identifier quoting, one function per dialect (design: no exceptions).
QString quoteIdent(Dialect dialect, const QString &name);
QString quoteQualified(Dialect dialect, const QString &schema, const QString &name);
// A string literal for the dialect: 'it''s'. For values that must be in DDL text (defaults,
// stamps), never for data — data is bound.
QString quoteLiteral(const QString &value);

} // namespace sm
