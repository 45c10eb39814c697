// SPDX-License-Identifier: MIT
#pragma once

// The pg_catalog queries PostgreSQL introspection runs, one per object kind (design §5.1).
// They run under an empty search_path, so format_type, pg_get_expr and pg_get_*def qualify
// every name they print; pg_catalog itself is always searched, so its names need no prefix.
// Each query takes one bound value: a JSON array of the schema names to read ([] for all).

#include <QRegularExpression>
#include <QString>

namespace sm::pgq {

using namespace Qt::StringLiterals;

// The scope every query shares: the schemas asked for (wanted), the non-system, non-extension
// schemas among them (ns) and their relations that no extension owns (rel). A CTE nobody
// references is not evaluated, so queries that need only ns pay nothing for rel. rel is
// never materialized: a query that joins it twice (constraints) would otherwise get a CTE
// scan without statistics, planned as a nested loop (two minutes instead of one second at
// 10,000 tables).
inline const QString kScope = uR"sql(
WITH wanted AS (
  SELECT json_array_elements_text(?::json) AS name
), ns AS (
  SELECT n.oid, n.nspname
  FROM pg_namespace n
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
    AND n.nspname !~ '^pg_(toast|temp)'
    AND NOT EXISTS (SELECT FROM pg_depend d
                    WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid
                      AND d.deptype = 'e')
    AND (NOT EXISTS (SELECT FROM wanted) OR n.nspname IN (SELECT name FROM wanted))
), rel AS NOT MATERIALIZED (
  SELECT c.oid, c.relkind, ns.nspname, c.relname
  FROM pg_class c
  JOIN ns ON ns.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm')
    AND NOT EXISTS (SELECT FROM pg_depend d
                    WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                      AND d.deptype = 'e')
)
)sql"_s;

// Reads the caller's search_path so that it can be put back (kLeaveCatalogSession), and empties
// it in the same trip.
// Also what the server's quote_identifier() needs to know, so that the client can print names
// as pg_get_constraintdef does (see kConstraints): the keywords it quotes (all but the
// unreserved ones) and whether it quotes every name. And the caller's jit and
// max_parallel_workers_per_gather, turned off for the catalog queries: with the catalogs of
// 10,000 tables analysed, the indexes query's cost passes jit_above_cost and compiling it took
// 0.15 s of its 1.15 s; a parallel worker for a catalog scan of a few milliseconds only
// competes with our other connections for the cores. Columns: 0 search_path, 2 keywords,
// 3 quote_all_identifiers, 4 jit, 6 max_parallel_workers_per_gather; 1, 5 and 7 set them.
inline const QString kEnterCatalogSession =
    u"SELECT current_setting('search_path'), set_config('search_path', '', false), "
    u"(SELECT string_agg(word, ' ') FROM pg_get_keywords() WHERE catcode <> 'U'), "
    u"current_setting('quote_all_identifiers'), "
    u"current_setting('jit'), set_config('jit', 'off', false), "
    u"current_setting('max_parallel_workers_per_gather'), "
    u"set_config('max_parallel_workers_per_gather', '0', false)"_s;
inline const QString kLeaveCatalogSession =
    u"SELECT set_config('search_path', ?, false), set_config('jit', ?, false), "
    u"set_config('max_parallel_workers_per_gather', ?, false)"_s;
// The same settings on a helper connection, for its transaction only.
inline const QString kHelperSettings =
    u"SELECT set_config('search_path', '', true), set_config('jit', 'off', true), "
    u"set_config('max_parallel_workers_per_gather', '0', true)"_s;

inline const QString kNamespaces = kScope + uR"sql(
SELECT nspname FROM ns ORDER BY nspname
)sql"_s;

// 0 oid, 1 schema, 2 name, 3 relkind, 4 comment, 5 is partition, 6 partition bound,
// 7 partition key, 8 parents (JSON, qualified, in inheritance order), 9 whether this role may
// SELECT from the table as a whole: USAGE on its schema and SELECT on it (a migration history
// it may not read is said so, not read)
inline const QString kTables = kScope + uR"sql(
SELECT r.oid::int8, r.nspname, r.relname, r.relkind::text,
       coalesce(d.description, ''),
       c.relispartition,
       coalesce(pg_get_expr(c.relpartbound, c.oid), ''),
       CASE WHEN r.relkind = 'p' THEN coalesce(pg_get_partkeydef(r.oid), '') ELSE '' END,
       coalesce((SELECT json_agg(pn.nspname || '.' || p.relname ORDER BY i.inhseqno)
                 FROM pg_inherits i
                 JOIN pg_class p ON p.oid = i.inhparent
                 JOIN pg_namespace pn ON pn.oid = p.relnamespace
                 WHERE i.inhrelid = r.oid), '[]'),
       has_schema_privilege(c.relnamespace, 'USAGE') AND has_table_privilege(r.oid, 'SELECT')
FROM rel r
JOIN pg_class c ON c.oid = r.oid
-- A join, not obj_description() (an SQL function run once per row): 20 % of this query.
LEFT JOIN pg_description d ON d.objoid = r.oid AND d.classoid = 'pg_class'::regclass
                          AND d.objsubid = 0
WHERE r.relkind IN ('r', 'p', 'f')
ORDER BY r.nspname, r.relname
)sql"_s;

// 0 table oid, 1 attnum, 2 name, 3 type, 4 not null, 5 default, 6 identity, 7 generated,
// 8 collation (when not the type's own), 9 comment. Unordered: sorting 200,000 wide rows
// spilled to disk on the server (a second at 10,000 tables); the client puts each table's
// columns in attnum order instead.
// A column default cannot refer to a column (only a generated column's expression can), so
// its text needs no relation to name columns by: pg_get_expr(adbin, relid) opens the relation
// (a lock and a relcache entry per table), with 0 it does not. Same text for all 74,712
// defaults of the 10,000-table bench schema; the query went from 5.0 s to 2.8 s there (psql,
// on a loaded machine).
inline const QString kColumns = kScope + uR"sql(
SELECT a.attrelid::int8, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod),
       a.attnotnull,
       pg_get_expr(ad.adbin, CASE WHEN a.attgenerated = '' THEN 0 ELSE ad.adrelid END),
       a.attidentity::text,
       a.attgenerated::text,
       CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation
            THEN CASE WHEN cn.nspname = 'pg_catalog' THEN co.collname
                      ELSE cn.nspname || '.' || co.collname END
            ELSE '' END,
       coalesce(d.description, '')
FROM pg_attribute a
JOIN rel r ON r.oid = a.attrelid
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
-- One join instead of col_description() per row: measured 30 % of this query at 10,000 tables.
LEFT JOIN pg_description d ON d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass
                          AND d.objsubid = a.attnum
LEFT JOIN pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
WHERE r.relkind IN ('r', 'p', 'f') AND a.attnum > 0 AND NOT a.attisdropped
)sql"_s;

// 0 table oid, 1 name, 2 contype, 3 column numbers ({1,2}), 4 definition (NULL when the client
// prints it, below), 5 check expression, 6 referenced schema, 7 referenced table, 8 referenced
// table oid, 9 referenced column numbers, 10 referenced column names (JSON) when the
// referenced table is not among the tables read, 11 on delete, 12 on update, 13 match,
// 14 deferrable, 15 initially deferred, 16 validated, 17 no inherit, 18 nulls not distinct.
// Column numbers, not names: the client already has every column of the tables read, and a
// json_agg subquery per row cost two thirds of this query at 10,000 tables.
// A foreign key that references a partitioned table has a hidden copy per referenced
// partition on the same table (conparentid set); those are bookkeeping, not constraints
// anyone declared, and are left out. Copies on partitions of a partitioned table are kept.
// The definition of a primary key or unique constraint without INCLUDE columns, of a foreign
// key without SET NULL or SET DEFAULT column lists (confdelsetcols) and of every CHECK is
// printed by the client from what it has, exactly as pg_get_constraintdef prints it
// (ruleutils.c; constraintDefinition() in PostgresIntrospector.cpp): the server's call looks up
// every key column's name again, and deparses a CHECK's expression a second time; 0.4 s of
// the helper connection's time for 26,502 constraints at 10,000 tables, every one of them the
// server's text to the byte. EXCLUDE and keys with INCLUDE columns stay with the server.
// NULLS NOT DISTINCT and the column lists exist from PostgreSQL 15 on: see forServer().
inline const QString kConstraints = kScope + uR"sql(
SELECT con.conrelid::int8, con.conname, con.contype::text, con.conkey::text,
       CASE WHEN (con.contype IN ('p', 'u') AND ix.indnatts = ix.indnkeyatts)
              OR (con.contype = 'f' AND {con.confdelsetcols} IS NULL)
              OR con.contype = 'c'
            THEN NULL ELSE pg_get_constraintdef(con.oid) END,
       CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid) ELSE '' END,
       coalesce(fn.nspname, ''), coalesce(fc.relname, ''), con.confrelid::int8,
       con.confkey::text,
       CASE WHEN con.contype = 'f' AND fr.oid IS NULL THEN
         (SELECT json_agg(a.attname ORDER BY k.ord)
          FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
          JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) END,
       con.confdeltype::text, con.confupdtype::text, con.confmatchtype::text,
       con.condeferrable, con.condeferred, con.convalidated, con.connoinherit,
       coalesce({ix.indnullsnotdistinct}, false)
FROM pg_constraint con
JOIN rel r ON r.oid = con.conrelid
LEFT JOIN rel fr ON fr.oid = con.confrelid AND fr.relkind IN ('r', 'p', 'f')
LEFT JOIN pg_class fc ON fc.oid = con.confrelid
LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
LEFT JOIN pg_index ix ON ix.indexrelid = con.conindid AND con.contype IN ('p', 'u')
WHERE r.relkind IN ('r', 'p', 'f')
  AND con.contype IN ('p', 'u', 'f', 'c', 'x')
  AND NOT EXISTS (SELECT FROM pg_constraint pc
                  WHERE pc.oid = con.conparentid AND pc.conrelid = con.conrelid)
ORDER BY con.conrelid, con.conname
)sql"_s;

// 0 relation oid, 1 name, 2 unique, 3 primary, 4 backs a constraint, 5 method, 6 predicate,
// 7 definition (NULL when the client prints it, below), 8 valid, 9 column numbers (int2vector
// text: "1 3 0", 0 for an expression), 10 number of key columns (the rest are INCLUDE
// columns), 11 the key expressions in order (JSON), only for an index that has any, 12 the
// key columns' sort options (int2vector text, INDOPTION_DESC 1, INDOPTION_NULLS_FIRST 2),
// 13 index of a partitioned table, 14 nulls not distinct.
// conindid is also set on foreign keys (to the referenced table's index), hence the contype
// and conrelid conditions. pg_get_indexdef(oid, column, true) deparses the whole index each
// time, so it is called for expression columns only; the client names the other columns.
// An index behind a constraint gets no definition: nothing reads it (the constraint's own
// definition re-creates it, and the diff and the plans pass such indexes by), and it was 44 %
// of the pg_get_indexdef calls at 10,000 tables (0.5 s of the server's time).
// The definition of an index on plain columns is printed by the client (indexDefinition() in
// PostgresIntrospector.cpp) when pg_get_indexdef would name no operator class, collation or
// option: every key column's operator class is the default one for the column's type (what
// GetDefaultOpClass() in indexcmds.c finds: an exact match of the base type, text for varchar,
// the polymorphic class for an enum, array, range or multirange when no exact one exists),
// of an access method whose options support function we know and the class has none (so no
// opclass options can be set), and the column's collation is the index's. Anything else goes
// to the server. At 10,000 tables this took the query from 1.47 s to 0.94 s of server time,
// the 1,432 expression indexes left to pg_get_indexdef included; all 16,830 definitions read
// there are the server's text to the byte.
// Column 14, NULLS NOT DISTINCT, exists from PostgreSQL 15 on: see forServer().
inline const QString kIndexes = kScope + uR"sql(, safe_default AS (
  -- Default operator classes that cannot take options (their family has no options function).
  SELECT oc.oid, oc.opcmethod, oc.opcintype
  FROM pg_opclass oc
  JOIN pg_am m ON m.oid = oc.opcmethod
  WHERE oc.opcdefault
    AND m.amname IN ('btree', 'hash', 'gist', 'gin', 'spgist', 'brin')
    AND NOT EXISTS (SELECT FROM pg_amproc p
                    WHERE p.amprocfamily = oc.opcfamily
                      AND p.amprocnum = CASE m.amname WHEN 'btree' THEN 5 WHEN 'hash' THEN 3
                                                      WHEN 'gist' THEN 10 WHEN 'gin' THEN 7
                                                      WHEN 'spgist' THEN 6 ELSE 5 END)
), plain_default AS (
  -- (class, column type) pairs that need no look at pg_type: one hashed lookup per column.
  SELECT oid AS opc, opcintype AS typ FROM safe_default
  UNION ALL
  SELECT oc.oid, 'varchar'::regtype FROM safe_default oc
  WHERE oc.opcintype = 'text'::regtype
    AND NOT EXISTS (SELECT FROM pg_opclass x
                    WHERE x.opcmethod = oc.opcmethod AND x.opcdefault
                      AND x.opcintype = 'varchar'::regtype)
)
SELECT i.indrelid::int8, ic.relname, i.indisunique, i.indisprimary, b.backs, am.amname,
       coalesce(pg_get_expr(i.indpred, i.indrelid), ''),
       CASE WHEN b.backs THEN ''
            WHEN i.indexprs IS NULL AND ic.reloptions IS NULL
             AND NOT EXISTS (
               SELECT FROM unnest(i.indkey::int2[], i.indclass::oid[], i.indcollation::oid[])
                             AS k(attnum, opc, coll)
               JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
               WHERE k.opc IS NOT NULL -- INCLUDE columns have none
                 AND ((k.coll <> 0 AND k.coll <> a.attcollation)
                      OR NOT ((k.opc, a.atttypid) IN (SELECT opc, typ FROM plain_default)
                              OR EXISTS (
                                SELECT FROM pg_type t
                                JOIN pg_type bt ON bt.oid = CASE WHEN t.typtype = 'd'
                                                                 THEN t.typbasetype ELSE t.oid END
                                JOIN safe_default oc ON oc.oid = k.opc
                                WHERE t.oid = a.atttypid
                                  AND (oc.opcintype = bt.oid
                                       OR (bt.typtype = 'e' AND oc.opcintype = 'anyenum'::regtype
                                           OR bt.typcategory = 'A'
                                              AND oc.opcintype = 'anyarray'::regtype
                                           OR bt.typtype = 'r' AND oc.opcintype = 'anyrange'::regtype
                                           OR bt.typtype = 'm'
                                              AND oc.opcintype = 'anymultirange'::regtype
                                           OR bt.oid = 'varchar'::regtype
                                              AND oc.opcintype = 'text'::regtype)
                                          AND NOT EXISTS (SELECT FROM pg_opclass x
                                                          WHERE x.opcmethod = oc.opcmethod
                                                            AND x.opcdefault
                                                            AND x.opcintype = bt.oid))))))
            THEN NULL
            ELSE pg_get_indexdef(i.indexrelid) END,
       i.indisvalid, i.indkey::text, i.indnkeyatts,
       CASE WHEN i.indexprs IS NOT NULL THEN
         (SELECT json_agg(pg_get_indexdef(i.indexrelid, k, true) ORDER BY k)
          FROM generate_series(1, i.indnkeyatts) AS k
          WHERE i.indkey[k - 1] = 0) END,
       i.indoption::text, ic.relkind = 'I', {i.indnullsnotdistinct}
FROM pg_index i
JOIN rel r ON r.oid = i.indrelid
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_am am ON am.oid = ic.relam
CROSS JOIN LATERAL (
  SELECT EXISTS (SELECT FROM pg_constraint con
                 WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid
                   AND con.contype IN ('p', 'u', 'x')) AS backs) b
ORDER BY i.indrelid, ic.relname
)sql"_s;

// 0 oid, 1 schema, 2 name, 3 materialized, 4 definition, 5 columns (JSON), 6 comment
inline const QString kViews = kScope + uR"sql(
SELECT r.oid::int8, r.nspname, r.relname, r.relkind = 'm', pg_get_viewdef(r.oid),
       coalesce((SELECT json_agg(a.attname ORDER BY a.attnum)
                 FROM pg_attribute a
                 WHERE a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped), '[]'),
       coalesce(obj_description(r.oid, 'pg_class'), '')
FROM rel r
WHERE r.relkind IN ('v', 'm')
ORDER BY r.nspname, r.relname
)sql"_s;

// 0 table oid, 1 name, 2 tgtype bits, 3 function (qualified), 4 definition, 5 tgenabled
inline const QString kTriggers = kScope + uR"sql(
SELECT t.tgrelid::int8, t.tgname, t.tgtype::int4, pn.nspname || '.' || p.proname,
       pg_get_triggerdef(t.oid), t.tgenabled::text
FROM pg_trigger t
JOIN rel r ON r.oid = t.tgrelid
JOIN pg_proc p ON p.oid = t.tgfoid
JOIN pg_namespace pn ON pn.oid = p.pronamespace
WHERE NOT t.tgisinternal
ORDER BY t.tgrelid, t.tgname
)sql"_s;

// 0 schema, 1 name, 2 type, 3 start, 4 increment, 5 min, 6 max, 7 cache, 8 cycle,
// 9 owned by (schema.table.column of a serial or identity column)
inline const QString kSequences = kScope + uR"sql(
SELECT ns.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement,
       s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
       coalesce((SELECT tn.nspname || '.' || tc.relname || '.' || a.attname
                 FROM pg_depend d
                 JOIN pg_class tc ON tc.oid = d.refobjid
                 JOIN pg_namespace tn ON tn.oid = tc.relnamespace
                 JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                 WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                   AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0
                   AND d.deptype IN ('a', 'i')
                 LIMIT 1), '')
FROM pg_sequence s
JOIN pg_class c ON c.oid = s.seqrelid
JOIN ns ON ns.oid = c.relnamespace
WHERE NOT EXISTS (SELECT FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                    AND d.deptype = 'e')
ORDER BY ns.nspname, c.relname
)sql"_s;

// 0 schema, 1 name, 2 labels (JSON, in sort order), 3 comment
inline const QString kEnums = kScope + uR"sql(
SELECT ns.nspname, t.typname,
       coalesce((SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder)
                 FROM pg_enum e WHERE e.enumtypid = t.oid), '[]'),
       coalesce(obj_description(t.oid, 'pg_type'), '')
FROM pg_type t
JOIN ns ON ns.oid = t.typnamespace
WHERE t.typtype = 'e'
  AND NOT EXISTS (SELECT FROM pg_depend d
                  WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid
                    AND d.deptype = 'e')
ORDER BY ns.nspname, t.typname
)sql"_s;

// 0 schema, 1 name, 2 base type, 3 not null, 4 default, 5 CHECK definitions (JSON), 6 comment
inline const QString kDomains = kScope + uR"sql(
SELECT ns.nspname, t.typname, format_type(t.typbasetype, t.typtypmod), t.typnotnull,
       pg_get_expr(t.typdefaultbin, 0),
       coalesce((SELECT json_agg(pg_get_constraintdef(con.oid) ORDER BY con.conname)
                 FROM pg_constraint con
                 WHERE con.contypid = t.oid AND con.contype = 'c'), '[]'),
       coalesce(obj_description(t.oid, 'pg_type'), '')
FROM pg_type t
JOIN ns ON ns.oid = t.typnamespace
WHERE t.typtype = 'd'
  AND NOT EXISTS (SELECT FROM pg_depend d
                  WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid
                    AND d.deptype = 'e')
ORDER BY ns.nspname, t.typname
)sql"_s;

// 0 schema, 1 name, 2 identity arguments, 3 result, 4 language, 5 prokind, 6 definition,
// 7 comment. pg_get_functiondef refuses aggregates, so they get no definition.
inline const QString kFunctions = kScope + uR"sql(
SELECT ns.nspname, p.proname, pg_get_function_identity_arguments(p.oid),
       coalesce(pg_get_function_result(p.oid), ''), l.lanname, p.prokind::text,
       CASE WHEN p.prokind = 'a' THEN '' ELSE pg_get_functiondef(p.oid) END,
       coalesce(obj_description(p.oid, 'pg_proc'), '')
FROM pg_proc p
JOIN ns ON ns.oid = p.pronamespace
JOIN pg_language l ON l.oid = p.prolang
WHERE NOT EXISTS (SELECT FROM pg_depend d
                  WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                    AND d.deptype = 'e')
ORDER BY ns.nspname, p.proname, pg_get_function_identity_arguments(p.oid)
)sql"_s;

// A query as the server at `versionNumber` (150002 for 15.2) can run it: `{x.column}` is a
// catalog column that came with PostgreSQL 15, and before it the value the column would hold:
// pg_index.indnullsnotdistinct false, pg_constraint.confdelsetcols NULL.
inline QString forServer(QString sql, int versionNumber)
{
    static const QRegularExpression since15(
        uR"(\{(\w+\.(indnullsnotdistinct|confdelsetcols))\})"_s);
    if (versionNumber >= 150000)
        return sql.replace(since15, u"\\1"_s);
    static const QRegularExpression nullsNotDistinct(uR"(\{\w+\.indnullsnotdistinct\})"_s);
    static const QRegularExpression setColumns(uR"(\{\w+\.confdelsetcols\})"_s);
    return sql.replace(nullsNotDistinct, u"false"_s).replace(setColumns, u"NULL::int2[]"_s);
}

} // namespace sm::pgq
