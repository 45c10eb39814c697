#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the SQLite table-rebuild benchmark (bench/README.md): a parent table of N rows with
an index, a trigger and a view, and two children that point at it (ON DELETE CASCADE and
ON DELETE SET NULL); the expected schema, which adds a CHECK constraint to the parent (SQLite
can only do that by rebuilding the table); and a hand-written sqlite3 script that does the same
rebuild by the 12 steps of https://www.sqlite.org/lang_altertable.html#otheralter.

    rebuild_fixture.py --rows N --out-dir DIR

writes DIR/fixture.sql (schema and rows; load it with sqlite3), DIR/expected.sql (the schema
the repair is to reach) and DIR/handwritten.sql (the reference). Python 3 standard library only.
"""

import argparse
import os

PARENT_COLUMNS = """    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    amount NUMERIC(12,2) NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    note TEXT"""
CHECK = "    CONSTRAINT ck_parent_amount CHECK (amount >= 0)"
COLUMN_LIST = "id, code, name, amount, created_at, note"

INDEX = "CREATE INDEX ix_parent_name ON parent (name);"
TRIGGER = ("CREATE TRIGGER trg_parent_delete AFTER DELETE ON parent BEGIN "
           "INSERT INTO audit_log (parent_id, action) VALUES (OLD.id, 'delete'); END;")
VIEW = ("CREATE VIEW v_parent_positive AS SELECT id, code, amount FROM parent "
        "WHERE amount > 0;")


def parent(name, with_check):
    body = PARENT_COLUMNS + (",\n" + CHECK if with_check else "")
    return f"CREATE TABLE {name} (\n{body}\n);"


def schema(with_check):
    return "\n".join([
        "CREATE TABLE audit_log (\n    id INTEGER PRIMARY KEY,\n    parent_id INTEGER,\n"
        "    action TEXT NOT NULL\n);",
        parent("parent", with_check),
        INDEX,
        TRIGGER,
        VIEW,
        "CREATE TABLE child_cascade (\n    id INTEGER PRIMARY KEY,\n"
        "    parent_id INTEGER NOT NULL REFERENCES parent (id) ON DELETE CASCADE,\n"
        "    qty INTEGER NOT NULL\n);",
        "CREATE INDEX ix_child_cascade_parent ON child_cascade (parent_id);",
        "CREATE TABLE child_set_null (\n    id INTEGER PRIMARY KEY,\n"
        "    parent_id INTEGER REFERENCES parent (id) ON DELETE SET NULL,\n"
        "    label TEXT\n);",
        "CREATE INDEX ix_child_set_null_parent ON child_set_null (parent_id);",
    ])


def fixture(rows):
    return "\n".join([
        f"-- Schema Medic rebuild benchmark: a parent of {rows} rows and its children.",
        "BEGIN;",
        schema(False),
        f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {rows})",
        "INSERT INTO parent (id, code, name, amount, created_at, note)",
        "SELECT i, 'P' || i, 'name ' || (i % 1000), (i % 10000) / 100.0,",
        "       datetime('2024-01-01', '+' || (i % 86400) || ' seconds'),",
        "       CASE WHEN i % 7 = 0 THEN NULL ELSE 'note ' || i END FROM n;",
        "INSERT INTO child_cascade (parent_id, qty) SELECT id, id % 5 FROM parent;",
        "INSERT INTO child_set_null (parent_id, label) SELECT id, 'c' || id FROM parent "
        "WHERE id % 2 = 0;",
        "INSERT INTO child_set_null (parent_id, label) SELECT NULL, 'orphan' || id FROM parent "
        "WHERE id % 50 = 0;",
        "COMMIT;",
        "",
    ])


def handwritten():
    return "\n".join([
        "-- The 12 steps of https://www.sqlite.org/lang_altertable.html#otheralter, by hand.",
        ".bail on",
        "PRAGMA foreign_keys = ON; -- as the application's connection has it",
        "-- 1. Foreign keys off, outside the transaction (inside one the pragma is a no-op).",
        "PRAGMA foreign_keys = OFF;",
        "-- 2.",
        "BEGIN;",
        "-- 3. The indexes, triggers and views of parent are known: ix_parent_name,",
        "--    trg_parent_delete, v_parent_positive (and the UNIQUE constraint's own index).",
        "-- 4.",
        parent("new_parent", True),
        "-- 5.",
        f"INSERT INTO new_parent ({COLUMN_LIST}) SELECT {COLUMN_LIST} FROM parent;",
        "-- 9, first half: the view that uses parent goes before the rename (else step 7 fails).",
        "DROP VIEW v_parent_positive;",
        "-- 6.",
        "DROP TABLE parent;",
        "-- 7.",
        "ALTER TABLE new_parent RENAME TO parent;",
        "-- 8.",
        INDEX,
        TRIGGER,
        "-- 9, second half.",
        VIEW,
        "-- 10. Prints a row per violation; none expected.",
        "PRAGMA foreign_key_check;",
        "-- 11.",
        "COMMIT;",
        "-- 12.",
        "PRAGMA foreign_keys = ON;",
        "",
    ])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=1000000, metavar="N")
    ap.add_argument("--out-dir", required=True, metavar="DIR")
    args = ap.parse_args()
    if args.rows < 1:
        ap.error("--rows must be positive")
    os.makedirs(args.out_dir, exist_ok=True)
    for name, text in (("fixture.sql", fixture(args.rows)),
                       ("expected.sql", schema(True) + "\n"),
                       ("handwritten.sql", handwritten())):
        with open(os.path.join(args.out_dir, name), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
