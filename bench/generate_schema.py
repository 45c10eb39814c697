#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the DDL of a large, realistic schema for the introspection benchmark.

    generate_schema.py --dialect postgresql|sqlite [--tables N] [--seed S] [--rows K]
                       [--batch B] [--out FILE] [--manifest FILE.json]

Every table has a primary key and 5-40 columns of mixed types; about half of the tables
have foreign keys to earlier tables; there are UNIQUE constraints, CHECK constraints, plain,
composite, unique, partial and expression indexes, views, triggers (with trigger functions
on PostgreSQL), identity and serial columns, enums, generated columns, comments, and on
PostgreSQL three schemas (public, billing, reporting). SQLite gets the same shapes in its
own dialect (STRICT and WITHOUT ROWID tables included).

Table i is decided by (seed, i) alone, so a run with --tables 100 produces exactly the first
100 tables of a run with --tables 10000. The script is wrapped in transactions (PostgreSQL:
one per --batch tables, so a default server's lock table is never exhausted; SQLite: one).
--manifest writes the expected object counts, which the benchmark compares with what the
introspector read. Python 3 standard library only.
"""

import argparse
import json
import random
import re
import sys
import uuid

NOUNS = [
    "account", "address", "article", "asset", "booking", "branch", "campaign", "category",
    "channel", "comment", "contract", "coupon", "customer", "delivery", "department", "device",
    "discount", "document", "employee", "event", "expense", "feedback", "invoice", "inventory",
    "item", "journal", "lead", "ledger", "license", "location", "message", "metric", "note",
    "notification", "order", "order_line", "organization", "partner", "payment", "payout",
    "permission", "plan", "policy", "price", "product", "project", "promotion", "purchase",
    "quote", "receipt", "refund", "region", "report", "reservation", "review", "role", "route",
    "schedule", "session", "shipment", "sku", "subscription", "supplier", "tag", "task", "team",
    "tenant", "ticket", "transaction", "user", "vehicle", "vendor", "visit", "warehouse",
    "webhook",
]

# Column names by kind; a name already used in a table gets a numeric suffix.
NAMES = {
    "int": ["quantity", "position", "attempts", "priority_level", "retry_count", "seats",
            "sort_order", "revision"],
    "bigint": ["external_id", "bytes_used", "view_count", "sequence_no", "legacy_id"],
    "text": ["description", "notes", "body", "summary", "comment_text", "address_line"],
    "varchar": ["name", "title", "email", "code", "status_text", "phone", "slug", "reference",
                "city", "country_code", "label"],
    "numeric": ["amount", "price", "balance", "tax_rate", "discount_value", "weight_kg", "total",
                "cost"],
    "bool": ["is_active", "is_deleted", "verified", "archived", "is_default", "enabled"],
    "timestamp": ["processed_at", "sent_at", "last_seen_at", "expires_at", "synced_at"],
    "timestamptz": ["published_at", "confirmed_at", "cancelled_at", "paid_at"],
    "date": ["starts_on", "ends_on", "due_on", "birth_date", "valid_from", "valid_to"],
    "uuid": ["public_id", "correlation_id", "request_id"],
    "jsonb": ["metadata", "settings", "payload", "attributes"],
    "enum": ["status"],
    "array": ["tags"],
}
KIND_WEIGHTS = [
    ("int", 14), ("bigint", 6), ("text", 10), ("varchar", 18), ("numeric", 10), ("bool", 8),
    ("timestamp", 6), ("timestamptz", 6), ("date", 7), ("uuid", 3), ("jsonb", 5), ("enum", 3),
    ("array", 2),
]
KINDS = [k for k, _ in KIND_WEIGHTS]
WEIGHTS = [w for _, w in KIND_WEIGHTS]
# How --drift retypes a column of each kind: (new kind, new parameters).
RETYPE = {
    "int": lambda c: ("bigint", {}),
    "bigint": lambda c: ("int", {}),
    "varchar": lambda c: ("varchar", {"n": c.n * 2}),
    "text": lambda c: ("varchar", {"n": 200}),
    "numeric": lambda c: ("numeric", {"p": c.p + 2, "s": c.s}),
}
# Kinds whose generated row values are distinct per row: safe under UNIQUE.
UNIQUE_KINDS = {"int", "bigint", "text", "varchar", "uuid"}

PG_SCHEMAS = [("public", 60), ("billing", 25), ("reporting", 15)]
PG_ENUMS = [
    ("public", "order_status", ["pending", "paid", "shipped", "cancelled"]),
    ("billing", "payment_state", ["open", "settled", "failed", "refunded"]),
    ("public", "priority", ["low", "normal", "high", "urgent"]),
]


def pascal(name):
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


def quote(name):
    if name == name.lower() and name.replace("_", "").isalnum() and not name[0].isdigit():
        return name
    return '"' + name.replace('"', '""') + '"'


def sql_string(text):
    return "'" + text.replace("'", "''") + "'"


class Column:
    def __init__(self, name, kind, **kw):
        self.name = name
        self.kind = kind
        self.n = kw.get("n", 0)          # varchar length
        self.p = kw.get("p", 0)          # numeric precision / scale
        self.s = kw.get("s", 0)
        self.enum = kw.get("enum")       # (schema, name, labels)
        self.not_null = kw.get("not_null", False)
        self.default = kw.get("default")  # SQL text
        self.generated = kw.get("generated")  # expression
        self.stored = kw.get("stored", True)
        self.inline = []                 # inline constraint clauses, in order
        self.fk = None                   # parent table, for FK columns
        self.pk = False                  # the single-column primary key
        self.identity = None             # PostgreSQL: "ALWAYS" | "BY DEFAULT"
        self.autoincrement = False       # SQLite INTEGER PRIMARY KEY AUTOINCREMENT


class Table:
    def __init__(self, index, schema, name, pascal_case):
        self.index = index
        self.schema = schema
        self.name = name
        self.pascal = pascal_case
        self.columns = []
        self.constraints = []  # table-level clauses
        self.pk_kind = None
        self.pk_cols = []
        self.identity_always = False
        self.strict = False
        self.without_rowid = False
        self.keys = []         # primary-key values of the inserted rows (single-column keys)
        self.updated_col = None

    def cname(self, base):
        """A column name unique in this table, in the table's naming style."""
        used = {c.name for c in self.columns}
        name = pascal(base) if self.pascal else base
        k = 2
        candidate = name
        while candidate in used:
            candidate = f"{name}{k}" if self.pascal else f"{name}_{k}"
            k += 1
        return candidate


class Generator:
    def __init__(self, args):
        self.args = args
        self.pg = args.dialect == "postgresql"
        self.width = max(5, len(str(args.tables)))
        self.referencable = []  # tables with a single-column primary key
        self.counts = {
            "tables": 0, "columns": 0, "primary_keys": 0, "foreign_keys": 0, "uniques": 0,
            "checks": 0, "indexes_explicit": 0, "views": 0, "materialized_views": 0,
            "triggers": 0, "functions": 0, "enums": 0, "sequences": 0, "generated_columns": 0,
            "rows": 0,
        }
        self.drifted = {"columns_retyped": 0, "columns_dropped": 0, "columns_renamed": 0,
                        "indexes_dropped": 0}
        self.out = []

    # --- types and values -------------------------------------------------------------------

    def type_sql(self, t, c):
        k = c.kind
        if self.pg:
            return {
                "int": "integer", "bigint": "bigint", "text": "text", "varchar": f"varchar({c.n})",
                "numeric": f"numeric({c.p},{c.s})", "bool": "boolean", "timestamp": "timestamp",
                "timestamptz": "timestamptz", "date": "date", "uuid": "uuid", "jsonb": "jsonb",
                "enum": f"{c.enum[0]}.{c.enum[1]}" if c.enum else "text", "array": "text[]",
                "gen": "numeric",
            }[k]
        if t.strict:
            return {"int": "INTEGER", "bigint": "INTEGER", "bool": "INTEGER", "numeric": "REAL",
                    "gen": "REAL"}.get(k, "TEXT")
        return {
            "int": "INTEGER", "bigint": "BIGINT", "text": "TEXT", "varchar": f"VARCHAR({c.n})",
            "numeric": f"NUMERIC({c.p},{c.s})", "bool": "BOOLEAN", "timestamp": "DATETIME",
            "timestamptz": "TIMESTAMP", "date": "DATE", "uuid": "CHAR(36)", "jsonb": "JSON",
            "enum": "TEXT", "array": "TEXT", "gen": "NUMERIC",
        }[k]

    def default_sql(self, c, rng):
        k = c.kind
        if k in ("int", "bigint", "numeric"):
            return "0"
        if k == "bool":
            v = rng.random() < 0.7
            return ("true" if v else "false") if self.pg else ("1" if v else "0")
        if k in ("text", "varchar"):
            return "''"
        if k in ("timestamp", "timestamptz"):
            return "now()" if self.pg and rng.random() < 0.5 else "CURRENT_TIMESTAMP"
        if k == "date":
            return "CURRENT_DATE"
        if k == "uuid":
            return "gen_random_uuid()" if self.pg else None
        if k == "jsonb":
            return "'{}'::jsonb" if self.pg else "'{}'"
        if k == "enum":
            return sql_string(c.enum[2][0])
        if k == "array":
            return "'{}'::text[]" if self.pg else "'[]'"
        return None

    def value_sql(self, c, r, rng):
        k = c.kind
        if k in ("int", "bigint"):
            return str(r)
        if k == "numeric":
            return f"{r}.25"
        if k == "bool":
            v = r % 2 == 0
            return ("true" if v else "false") if self.pg else ("1" if v else "0")
        if k in ("text", "varchar"):
            return sql_string(f"{c.name[:10]} {r}")
        if k in ("timestamp", "timestamptz"):
            return f"'2024-01-{r % 28 + 1:02d} 10:{r % 60:02d}:00'"
        if k == "date":
            return f"'2024-02-{r % 28 + 1:02d}'"
        if k == "uuid":
            return sql_string(str(uuid.UUID(int=rng.getrandbits(128), version=4)))
        if k == "jsonb":
            return sql_string(json.dumps({"n": r, "source": "bench"}))
        if k == "enum":
            return sql_string(c.enum[2][r % len(c.enum[2])])
        if k == "array":
            return "'{bench,generated}'" if self.pg else "'[\"bench\"]'"
        raise ValueError(k)

    # --- one table --------------------------------------------------------------------------

    def qname(self, t, name=None):
        n = quote(name if name is not None else t.name)
        return f"{t.schema}.{n}" if self.pg else n

    def random_column(self, t, rng):
        kind = rng.choices(KINDS, WEIGHTS)[0]
        if t.strict and kind in ("enum", "array", "uuid", "jsonb"):
            kind = "text"
        kw = {}
        if kind == "varchar":
            kw["n"] = rng.choice([20, 32, 50, 100, 120, 255])
        elif kind == "numeric":
            kw["p"] = rng.choice([8, 10, 12, 14, 18])
            kw["s"] = rng.choice([0, 2, 2, 2, 4])
        elif kind == "enum":
            kw["enum"] = rng.choice(PG_ENUMS)
        c = Column(t.cname(rng.choice(NAMES[kind])), kind, **kw)
        c.not_null = rng.random() < 0.35
        if rng.random() < 0.3 or (c.not_null and kind in ("bool", "enum")):
            c.default = self.default_sql(c, rng)
        if kind == "enum" and not self.pg:
            labels = ", ".join(sql_string(v) for v in c.enum[2])
            c.inline.append(f"CHECK ({quote(c.name)} IN ({labels}))")
            self.counts["checks"] += 1
        return c

    def add_primary_key(self, t, rng, force_kind=None):
        r = rng.random()
        kind = force_kind or ("identity" if r < 0.55 else "serial" if r < 0.75
                              else "uuid" if r < 0.88 else "composite")
        t.pk_kind = kind
        self.counts["primary_keys"] += 1
        if kind == "composite":
            a = Column(t.cname("tenant_id"), "int", not_null=True)
            b = Column(t.cname("code"), "varchar", n=32, not_null=True)
            t.columns += [a, b]
            t.pk_cols = [a, b]
            cols = ", ".join(quote(c.name) for c in t.pk_cols)
            t.constraints.append(f"CONSTRAINT {quote('pk_' + t.name)} PRIMARY KEY ({cols})")
            return
        c = Column(t.cname("id"), {"identity": "bigint", "serial": "int", "uuid": "uuid"}[kind])
        c.pk = True
        t.columns.append(c)
        t.pk_cols = [c]
        style = rng.random()
        if self.pg:
            if kind == "identity":
                t.identity_always = rng.random() < 0.3
                c.default = None
                c.identity = "ALWAYS" if t.identity_always else "BY DEFAULT"
            elif kind == "uuid":
                c.default = "gen_random_uuid()"
            self.counts["sequences"] += kind in ("identity", "serial")
        elif kind == "identity" and rng.random() < 0.4:
            style = 0.0  # AUTOINCREMENT is only valid inline
            c.autoincrement = True
        if style < 0.5:
            c.inline.insert(0, "PRIMARY KEY AUTOINCREMENT" if c.autoincrement else "PRIMARY KEY")
        elif style < 0.8:
            t.constraints.append(f"CONSTRAINT {quote('pk_' + t.name)} PRIMARY KEY ({quote(c.name)})")
        else:
            t.constraints.append(f"PRIMARY KEY ({quote(c.name)})")

    def column_sql(self, t, c):
        if c.pk and c.kind == "int" and self.pg and t.pk_kind == "serial":
            parts = [quote(c.name), "serial"]
        elif c.pk and not self.pg and t.pk_kind in ("identity", "serial"):
            parts = [quote(c.name), "INTEGER"]
        else:
            parts = [quote(c.name), self.type_sql(t, c)]
        if c.identity:
            parts.append(f"GENERATED {c.identity} AS IDENTITY")
        if c.generated:
            parts.append(f"GENERATED ALWAYS AS ({c.generated})"
                         + (" STORED" if c.stored else " VIRTUAL"))
        if c.not_null and not c.pk:
            parts.append("NOT NULL")
        if c.default is not None:
            parts.append(f"DEFAULT {c.default}")
        parts += c.inline
        return " ".join(parts)

    def table(self, i):
        a = self.args
        rng = random.Random(f"schemamedic-bench:{a.seed}:{i}")
        noun = rng.choice(NOUNS)
        pascal_case = rng.random() < 0.03
        base = f"{noun}_{i:0{self.width}d}"
        schema = rng.choices([s for s, _ in PG_SCHEMAS], [w for _, w in PG_SCHEMAS])[0] if self.pg else "main"
        t = Table(i, schema, pascal(base) if pascal_case else base, pascal_case)
        t.noun = noun
        # Tables 1 and 2 carry every kind of object, so that even a tiny schema has them all.
        forced = i in (1, 2) and a.tables >= 3
        if not self.pg:
            t.strict = rng.random() < 0.03

        self.add_primary_key(t, rng, force_kind="identity" if i == 0 or forced else None)
        if not self.pg and t.pk_kind in ("uuid", "composite") and rng.random() < 0.3:
            t.without_rowid = True

        # Foreign keys to earlier tables (about half of the tables).
        fk_cols = []
        parents = self.referencable  # earlier tables only: t is added below
        if parents and (forced or rng.random() < 0.5):
            for k in range(rng.choice([1, 1, 1, 2, 2, 3])):
                p = parents[0] if forced and k == 0 else rng.choice(parents)
                pk = p.pk_cols[0]
                kind = {"bigint": "bigint", "int": "int", "uuid": "uuid"}[pk.kind]
                c = Column(t.cname(f"{p.noun}_id"), kind)
                c.fk = p
                action = rng.choice(["", "", " ON DELETE CASCADE", " ON DELETE SET NULL",
                                     " ON DELETE RESTRICT", " ON UPDATE CASCADE"])
                c.not_null = "SET NULL" not in action and rng.random() < 0.6
                deferrable = " DEFERRABLE INITIALLY DEFERRED" if rng.random() < 0.05 else ""
                ref = f"{self.qname(p)} ({quote(pk.name)})"
                if rng.random() < 0.5:
                    c.inline.append(f"REFERENCES {ref}{action}{deferrable}")
                else:
                    name = quote(f"fk_{t.name}_{k + 1}")
                    t.constraints.append(f"CONSTRAINT {name} FOREIGN KEY ({quote(c.name)}) "
                                         f"REFERENCES {ref}{action}{deferrable}")
                t.columns.append(c)
                fk_cols.append(c)
                self.counts["foreign_keys"] += 1

        # Ordinary columns up to a total of 5-40.
        if rng.random() < 0.8 or forced:
            t.columns.append(Column(t.cname("created_at"), "timestamptz", not_null=True,
                                    default="now()" if self.pg else "CURRENT_TIMESTAMP"))
        has_updated = rng.random() < 0.5 or forced
        if has_updated:
            t.updated_col = Column(t.cname("updated_at"), "timestamptz")
            t.columns.append(t.updated_col)
        target = rng.randint(5, 40)
        while len(t.columns) < target:
            t.columns.append(self.random_column(t, rng))
        if forced and not any(c.kind == "bool" for c in t.columns):
            t.columns.append(Column(t.cname("is_active"), "bool", not_null=True,
                                    default="true" if self.pg else "1"))

        plain = [c for c in t.columns if not c.pk and c.fk is None and c not in t.pk_cols]
        by_kind = lambda *kinds: [c for c in plain if c.kind in kinds]

        # A generated column (price * quantity) now and then.
        nums, ints = by_kind("numeric"), by_kind("int")
        if nums and ints and rng.random() < 0.04:
            g = Column(t.cname("line_total"), "gen",
                       generated=f"{quote(nums[0].name)} * {quote(ints[0].name)}",
                       stored=self.pg or rng.random() < 0.5)
            t.columns.append(g)
            self.counts["generated_columns"] += 1

        # CHECK constraints.
        if forced or rng.random() < 0.4:
            candidates = []
            for c in by_kind("int", "numeric", "bigint"):
                candidates.append((c, f"{quote(c.name)} >= 0"))
            for c in by_kind("varchar"):
                fn = "char_length" if self.pg else "length"
                candidates.append((c, f"{fn}({quote(c.name)}) > 0"))
            dates = by_kind("date")
            if len(dates) >= 2:
                candidates.append((None, f"{quote(dates[1].name)} >= {quote(dates[0].name)}"))
            rng.shuffle(candidates)
            for k, (c, expr) in enumerate(candidates[: rng.choice([1, 1, 2])]):
                if c is not None and rng.random() < 0.4:
                    c.inline.append(f"CHECK ({expr})")
                else:
                    t.constraints.append(f"CONSTRAINT {quote(f'ck_{t.name}_{k + 1}')} CHECK ({expr})")
                self.counts["checks"] += 1

        # UNIQUE constraints.
        uniq = by_kind(*UNIQUE_KINDS)
        if uniq and (forced or rng.random() < 0.3):
            if len(uniq) >= 2 and rng.random() < 0.3:
                cols = rng.sample(uniq, 2)
                names = ", ".join(quote(c.name) for c in cols)
                t.constraints.append(f"CONSTRAINT {quote(f'uq_{t.name}_1')} UNIQUE ({names})")
            else:
                c = rng.choice(uniq)
                if rng.random() < 0.5:
                    c.inline.append("UNIQUE")
                else:
                    t.constraints.append(f"CONSTRAINT {quote(f'uq_{t.name}_1')} UNIQUE ({quote(c.name)})")
            self.counts["uniques"] += 1

        create_pos = len(self.out)
        self.out.append(self.create_table_sql(t))
        self.counts["tables"] += 1
        self.counts["columns"] += len(t.columns)

        # Indexes: on foreign keys, then plain, composite, unique, partial, expression, GIN.
        indexes = []
        for c in fk_cols:
            if rng.random() < 0.6:
                indexes.append(("", f"({quote(c.name)})", ""))
        bools, texts = by_kind("bool"), by_kind("varchar", "text")
        wanted = rng.choice([0, 0, 1, 1, 1, 2, 2, 3]) + (3 if forced else 0)
        for k in range(wanted):
            shape = "partial" if forced and k == 0 else rng.choice(
                ["plain", "plain", "composite", "unique", "partial", "partial", "expression", "gin"])
            if shape == "plain" and plain:
                indexes.append(("", f"({quote(rng.choice(plain).name)})", ""))
            elif shape == "composite" and len(plain) >= 2:
                a_, b_ = rng.sample(plain, 2)
                indexes.append(("", f"({quote(a_.name)}, {quote(b_.name)} DESC)", ""))
            elif shape == "unique" and uniq:
                indexes.append(("UNIQUE ", f"({quote(rng.choice(uniq).name)})", ""))
            elif shape == "partial" and plain:
                c = rng.choice(uniq or plain)
                if bools:
                    b = quote(bools[0].name)
                    where = f" WHERE {b}" if self.pg else f" WHERE {b} = 1"
                else:
                    where = f" WHERE {quote(c.name)} IS NOT NULL"
                indexes.append(("UNIQUE " if c in uniq else "", f"({quote(c.name)})", where))
            elif shape == "expression" and texts:
                indexes.append(("", f"(lower({quote(rng.choice(texts).name)}))", ""))
            elif shape == "gin" and self.pg and by_kind("jsonb"):
                indexes.append(("", f"USING gin ({quote(by_kind('jsonb')[0].name)})", ""))
        indexes = list(dict.fromkeys(indexes))  # an identical second index would be noise
        index_pos = []
        for k, (unique, cols, where) in enumerate(indexes):
            name = quote(f"ix_{t.name}_{k + 1}")
            index_pos.append(len(self.out))
            self.out.append(f"CREATE {unique}INDEX {name} ON {self.qname(t)} {cols}{where};")
            self.counts["indexes_explicit"] += 1

        # Views (some joining the parent of a foreign key); materialized views on PostgreSQL.
        want_view = (i == 1 and forced) or rng.random() < 0.08
        want_mview = self.pg and ((i == 2 and forced) or rng.random() < 0.01)
        for materialized in ([False] if want_view else []) + ([True] if want_mview else []):
            shown = [t.pk_cols[0]] + rng.sample(plain, min(len(plain), rng.randint(1, 5)))
            select = [f"t.{quote(c.name)}" for c in shown]
            join = ""
            if fk_cols:
                fc = fk_cols[0]
                pk = fc.fk.pk_cols[0]
                join = f" JOIN {self.qname(fc.fk)} p ON p.{quote(pk.name)} = t.{quote(fc.name)}"
                select.append(f"p.{quote(pk.name)} AS parent_key")
            where = ""
            if bools and not materialized:
                b = quote(bools[0].name)
                where = f" WHERE t.{b}" if self.pg else f" WHERE t.{b} = 1"
            vname = ("mv_" if materialized else "v_") + t.name
            kw = "MATERIALIZED VIEW" if materialized else "VIEW"
            self.out.append(f"CREATE {kw} {self.qname(t, vname)} AS SELECT {', '.join(select)} "
                            f"FROM {self.qname(t)} t{join}{where};")
            self.counts["views"] += 1
            if materialized:
                self.counts["materialized_views"] += 1
                self.out.append(f"CREATE INDEX {quote('ix_' + vname)} ON {self.qname(t, vname)} "
                                f"({quote(t.pk_cols[0].name)});")
                self.counts["indexes_explicit"] += 1

        # Triggers: keep updated_at current; write an audit row.
        single_pk = t.pk_kind != "composite"
        # (The PostgreSQL trigger function sets NEW.updated_at: not for PascalCase tables.)
        touch = has_updated and single_pk and not (self.pg and t.pascal)
        if touch and ((i == 1 and forced) or rng.random() < 0.10):
            upd = quote(t.updated_col.name)
            name = quote(f"trg_{t.name}_touch")
            if self.pg:
                self.out.append(f"CREATE TRIGGER {name} BEFORE UPDATE ON {self.qname(t)} "
                                f"FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();")
            else:
                pk = quote(t.pk_cols[0].name)
                self.out.append(
                    f"CREATE TRIGGER {name} AFTER UPDATE ON {self.qname(t)} FOR EACH ROW "
                    f"WHEN NEW.{upd} IS OLD.{upd} BEGIN UPDATE {self.qname(t)} "
                    f"SET {upd} = CURRENT_TIMESTAMP WHERE {pk} = NEW.{pk}; END;")
            self.counts["triggers"] += 1
        if single_pk and ((i == 2 and forced) or rng.random() < 0.03):
            if self.pg:
                name = quote(f"trg_{t.name}_audit")
                self.out.append(f"CREATE TRIGGER {name} AFTER INSERT OR UPDATE OR DELETE ON "
                                f"{self.qname(t)} FOR EACH ROW EXECUTE FUNCTION public.log_change();")
                self.counts["triggers"] += 1
            else:
                pk = quote(t.pk_cols[0].name)
                for event, row in (("INSERT", "NEW"), ("DELETE", "OLD")):
                    name = quote(f"trg_{t.name}_audit_{event.lower()}")
                    self.out.append(
                        f"CREATE TRIGGER {name} AFTER {event} ON {self.qname(t)} FOR EACH ROW "
                        f"BEGIN INSERT INTO change_log (table_name, operation, row_key) VALUES "
                        f"({sql_string(t.name)}, '{event}', {row}.{pk}); END;")
                    self.counts["triggers"] += 1

        # Comments (PostgreSQL).
        if self.pg and rng.random() < 0.10:
            text = sql_string(f"Benchmark table {i}: one row per {noun.replace('_', ' ')}")
            self.out.append(f"COMMENT ON TABLE {self.qname(t)} IS {text};")
        if self.pg and plain and rng.random() < 0.05:
            text = sql_string("Set by the application; don't edit")
            self.out.append(f"COMMENT ON COLUMN {self.qname(t)}.{quote(plain[0].name)} IS {text};")

        if self.args.drift > 0:
            self.drift(t, create_pos, index_pos)
        self.rows(t, rng)
        if t.pk_kind != "composite":
            self.referencable.append(t)

    def create_table_sql(self, t):
        opts = ""
        if not self.pg:
            opts = ", ".join(o for o, on in (("WITHOUT ROWID", t.without_rowid), ("STRICT", t.strict)) if on)
            opts = " " + opts if opts else ""
        body = ",\n    ".join([self.column_sql(t, c) for c in t.columns] + t.constraints)
        return f"CREATE TABLE {self.qname(t)} (\n    {body}\n){opts};"

    def drift(self, t, create_pos, index_pos):
        """The drifted copy (--drift PCT): of the columns nothing else mentions, PCT % are
        retyped, PCT % dropped and PCT % renamed (snake_case to camelCase, which the diff's
        rename detection recognises); PCT % of the table's CREATE INDEX statements are left
        out. Its own random stream, so the undrifted rest is exactly the plain schema."""
        p = self.args.drift / 100.0
        drng = random.Random(f"schemamedic-bench-drift:{self.args.seed}:{t.index}")
        # Text that mentions columns besides their own definition: constraints, indexes,
        # views, triggers, comments, generated expressions.
        others = "\n".join([x for x in self.out[create_pos + 1:] if x] + t.constraints
                           + [c.generated or "" for c in t.columns])

        def mentioned(c):
            return re.search(r"(?<![A-Za-z0-9_])" + re.escape(quote(c.name)) + r"(?![A-Za-z0-9_])",
                             others) is not None

        changed = False
        for c in list(t.columns):
            if (c.pk or c.fk is not None or c in t.pk_cols or c.inline or c.generated
                    or c is t.updated_col or mentioned(c)):
                continue
            r = drng.random()
            if r < p:
                if t.strict or c.default is not None or c.kind not in RETYPE:
                    continue
                kind, kw = RETYPE[c.kind](c)
                c.kind = kind
                c.n, c.p, c.s = kw.get("n", c.n), kw.get("p", c.p), kw.get("s", c.s)
                self.drifted["columns_retyped"] += 1
            elif r < 2 * p:
                t.columns.remove(c)
                self.counts["columns"] -= 1
                self.drifted["columns_dropped"] += 1
            elif r < 3 * p:
                if "_" not in c.name or t.pascal:
                    continue
                head, *rest = c.name.split("_")
                c.name = head + "".join(x[:1].upper() + x[1:] for x in rest)
                self.drifted["columns_renamed"] += 1
            else:
                continue
            changed = True
        if changed:
            self.out[create_pos] = self.create_table_sql(t)
        for pos in index_pos:
            if drng.random() < p:
                self.out[pos] = None
                self.counts["indexes_explicit"] -= 1
                self.drifted["indexes_dropped"] += 1

    def rows(self, t, rng):
        k = self.args.rows
        if k <= 0:
            return
        cols = [c for c in t.columns if not c.generated]
        values = []
        for r in range(1, k + 1):
            row = []
            for c in cols:
                if c.pk and c.kind == "uuid":
                    v = self.value_sql(c, r, rng)
                    t.keys.append(v)
                elif c.pk:
                    v = str(r)
                    t.keys.append(v)
                elif c.fk is not None:
                    v = c.fk.keys[(r - 1) % len(c.fk.keys)]
                else:
                    v = self.value_sql(c, r, rng)
                row.append(v)
            values.append("(" + ", ".join(row) + ")")
        names = ", ".join(quote(c.name) for c in cols)
        override = " OVERRIDING SYSTEM VALUE" if self.pg and t.identity_always else ""
        self.out.append(f"INSERT INTO {self.qname(t)} ({names}){override} VALUES\n  "
                        + ",\n  ".join(values) + ";")
        self.counts["rows"] += k

    # --- the whole script -------------------------------------------------------------------

    def prologue(self):
        a = self.args
        self.out.append(f"-- Schema Medic benchmark schema: {a.tables} tables, seed {a.seed}, "
                        f"{a.dialect}, {a.rows} rows per table. Generated by bench/generate_schema.py.")
        if self.pg:
            self.out += ["SET client_min_messages = warning;", "BEGIN;"]
            for s, _ in PG_SCHEMAS[1:]:
                self.out.append(f"CREATE SCHEMA {s};")
            for s, name, labels in PG_ENUMS:
                self.out.append(f"CREATE TYPE {s}.{name} AS ENUM ({', '.join(map(sql_string, labels))});")
                self.counts["enums"] += 1
            self.out.append(
                "CREATE TABLE public.change_log (\n"
                "    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
                "    table_name text NOT NULL,\n    operation text NOT NULL,\n    row_key text,\n"
                "    changed_at timestamptz NOT NULL DEFAULT now()\n);")
            self.counts["sequences"] += 1
            self.out.append(
                "CREATE FUNCTION public.touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                "BEGIN\n    NEW.updated_at := now();\n    RETURN NEW;\nEND\n$$;")
            self.out.append(
                "CREATE FUNCTION public.log_change() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                "BEGIN\n    INSERT INTO public.change_log (table_name, operation)\n"
                "    VALUES (TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, TG_OP);\n"
                "    RETURN NULL;\nEND\n$$;")
            self.counts["functions"] += 2
        else:
            self.out.append("BEGIN;")
            self.out.append(
                "CREATE TABLE change_log (\n"
                "    id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                "    table_name TEXT NOT NULL,\n    operation TEXT NOT NULL,\n    row_key TEXT,\n"
                "    changed_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP\n);")
        self.counts["tables"] += 1
        self.counts["columns"] += 5
        self.counts["primary_keys"] += 1

    def run(self):
        self.prologue()
        for i in range(self.args.tables):
            if self.pg and i and i % self.args.batch == 0:
                self.out += ["COMMIT;", "BEGIN;"]
            self.table(i)
        self.out.append("COMMIT;")
        return "\n".join(x for x in self.out if x is not None) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dialect", choices=["postgresql", "sqlite"], required=True)
    ap.add_argument("--tables", type=int, default=10000, metavar="N")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rows", type=int, default=0, metavar="K", help="rows per table (default 0)")
    ap.add_argument("--batch", type=int, default=200, metavar="B",
                    help="PostgreSQL: tables per transaction (default 200)")
    ap.add_argument("--drift", type=float, default=0, metavar="PCT",
                    help="write the drifted copy: PCT %% of the columns retyped, PCT %% dropped, "
                         "PCT %% renamed, PCT %% of the indexes left out (default 0: none)")
    ap.add_argument("--out", metavar="FILE", help="write here instead of stdout")
    ap.add_argument("--manifest", metavar="FILE", help="write the expected object counts as JSON")
    args = ap.parse_args()
    if args.tables < 1 or args.rows < 0 or args.batch < 1:
        ap.error("--tables and --batch must be positive, --rows not negative")
    if not 0 <= args.drift <= 30:
        ap.error("--drift must be between 0 and 30")
    if args.drift and args.rows:
        ap.error("--drift writes the schema only: leave --rows out")

    gen = Generator(args)
    sql = gen.run()
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(sql)
    else:
        sys.stdout.write(sql)
    if args.manifest:
        manifest = {"dialect": args.dialect, "tables_requested": args.tables, "seed": args.seed,
                    **gen.counts}
        if args.drift:
            manifest["drift_percent"] = args.drift
            manifest["drift"] = gen.drifted
        manifest["constraints"] = (manifest["primary_keys"] + manifest["foreign_keys"]
                                   + manifest["uniques"] + manifest["checks"])
        with open(args.manifest, "w", encoding="utf-8") as f:
            json.dump(manifest, f, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
