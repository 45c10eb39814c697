#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The measuring half of bench/run: runs Schema Medic's introspection and the reference tools
side by side on the databases bench/run loaded, checks what was read against the generator's
manifest, prints a Markdown report and optionally writes bench/RESULTS.md.

bench/run is the way to call it; see bench/README.md for what is measured and how to read it.
Python 3 standard library only. Exit status: 0 every check passed, 1 a check failed,
2 a measurement could not be taken.
"""

import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

PG_RATIO_TARGET = 0.5  # our PostgreSQL introspection / pg_dump --schema-only, at most
JUDGED_FROM = 1000     # fewer tables than this: process start-up dominates, ratio not judged

# Counts compared with the generator's manifest: (our key, manifest key).
CHECKED_COUNTS = [
    ("tables", "tables"), ("columns", "columns"), ("generated_columns", "generated_columns"),
    ("primary_keys", "primary_keys"), ("foreign_keys", "foreign_keys"), ("uniques", "uniques"),
    ("checks", "checks"), ("indexes_created", "indexes_explicit"), ("views", "views"),
    ("materialized_views", "materialized_views"), ("triggers", "triggers"),
    ("sequences", "sequences"), ("enums", "enums"), ("functions", "functions"),
]


class MeasureError(Exception):
    pass


def run_timed(argv, env, capture_stdout=False):
    """Runs argv to completion. Returns wall ms, the child's peak RSS in MB, its exit status,
    and its stdout (when captured) and stderr."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL,
                                stdout=out if capture_stdout else subprocess.DEVNULL,
                                stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall_ms = (time.perf_counter() - start) * 1000.0
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        out.seek(0)
        err.seek(0)
        return {
            "wall_ms": wall_ms,
            "maxrss_mb": usage.ru_maxrss / 1024.0,  # Linux reports KiB
            "rc": proc.returncode,
            "stdout": out.read().decode("utf-8", "replace") if capture_stdout else "",
            "stderr": err.read().decode("utf-8", "replace"),
        }


def run_ours(bench, url, repeat, env):
    r = run_timed([bench, "--db", url, "--repeat", str(repeat)], env, capture_stdout=True)
    try:
        data = json.loads(r["stdout"]) if r["stdout"].strip() else {}
    except json.JSONDecodeError:
        data = {}
    if r["rc"] != 0 or "error" in data or not data:
        message = data.get("error") or r["stderr"].strip() or f"exit status {r['rc']}"
        raise MeasureError(f"schemamedic-bench-introspect on {url}: {message}")
    data["process_wall_ms"] = r["wall_ms"]
    return data


def run_reference(argv, env, what):
    r = run_timed(argv, env)
    if r["rc"] != 0:
        raise MeasureError(f"{what} failed (exit {r['rc']}): {r['stderr'].strip()[:500]}")
    return r


def median(values):
    return statistics.median(values) if values else float("nan")


def side_by_side(bench, url, reference_argv, reference_name, repeat, env, log):
    """One warm-up of each, then `repeat` rounds alternating which goes first; every run of
    ours is a fresh process with a fresh connection, like every run of the reference."""
    log(f"  warm-up: {reference_name} and schemamedic-bench-introspect")
    run_reference(reference_argv, env, reference_name)
    run_ours(bench, url, 1, env)
    ours, ref = [], []
    for r in range(repeat):
        order = ["ours", "ref"] if r % 2 == 0 else ["ref", "ours"]
        for who in order:
            if who == "ours":
                ours.append(run_ours(bench, url, 1, env))
                log(f"  round {r + 1}/{repeat}: ours {ours[-1]['median_ms']:.0f} ms "
                    f"(process {ours[-1]['process_wall_ms']:.0f} ms)")
            else:
                ref.append(run_reference(reference_argv, env, reference_name))
                log(f"  round {r + 1}/{repeat}: {reference_name} {ref[-1]['wall_ms']:.0f} ms")
    return {
        "ours_ms": [o["median_ms"] for o in ours],
        "ours_process_ms": [o["process_wall_ms"] for o in ours],
        "ours_connect_ms": [o.get("connect_ms", 0) for o in ours],
        "ours_peak_rss_mb": max(o.get("peak_rss_mb", 0) for o in ours),
        "ref_ms": [x["wall_ms"] for x in ref],
        "ref_peak_rss_mb": max(x["maxrss_mb"] for x in ref),
        "ours_median_ms": median([o["median_ms"] for o in ours]),
        "ours_diff_ms": median([o.get("diff_median_ms", 0) for o in ours]),
        "ours_process_median_ms": median([o["process_wall_ms"] for o in ours]),
        "ref_median_ms": median([x["wall_ms"] for x in ref]),
    }


def compare_counts(ours, manifest):
    # The generator counts every CREATE INDEX, materialized views' included.
    ours = dict(ours)
    ours["indexes_created"] = ours.get("indexes_explicit", 0) + ours.get("view_indexes", 0)
    rows = []
    for key, mkey in CHECKED_COUNTS:
        expected = manifest.get(mkey, 0)
        found = ours.get(key, 0)
        rows.append({"object": key, "expected": expected, "found": found,
                     "ok": expected == found})
    return rows


def engine(name, args, bench, env, log, url, small_url, reference_argv, reference_name,
           manifest):
    log(f"{name}: {reference_name} vs schemamedic-bench-introspect, N={args.tables}")
    res = {"engine": name, "reference": reference_name, "error": None}
    try:
        res["side"] = side_by_side(bench, url, reference_argv, reference_name, args.repeat,
                                   env, log)
        log(f"{name}: {args.repeat} introspections in one process (warm), N={args.tables}")
        res["warm"] = run_ours(bench, url, args.repeat, env)
        log(f"{name}: query count at N={args.small}")
        res["small"] = run_ours(bench, small_url, 1, env)
    except MeasureError as e:
        res["error"] = str(e)
        log(f"{name}: NOT MEASURED: {e}")
        return res
    res["counts"] = compare_counts(res["warm"]["counts"], manifest)
    side = res["side"]
    # Judged on whole processes: both start, connect, read the schema and exit. (SQLite parses
    # the whole schema when a connection first reads it, which our connect step does.)
    res["ratio"] = side["ours_process_median_ms"] / side["ref_median_ms"]
    res["introspect_ratio"] = side["ours_median_ms"] / side["ref_median_ms"]
    return res


def fmt_ms(v):
    if v != v:  # NaN
        return "—"
    return f"{v / 1000:.2f} s" if v >= 10000 else f"{v:.0f} ms" if v >= 100 else f"{v:.1f} ms"


def fmt_runs(values):
    return ", ".join(f"{v:.0f}" for v in values)


def verdict(ok):
    return "PASS" if ok else "**FAIL**"


def machine_info(args):
    def cmd(argv):
        try:
            return subprocess.run(argv, capture_output=True, text=True, check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return "?"
    cpu = "?"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = "?"
    for line in cmd(["free", "-h"]).splitlines():
        if line.startswith("Mem:"):
            mem = line.split()[1]
    return {
        "date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "cpu": cpu,
        "nproc": cmd(["nproc"]),
        "memory": mem,
        "kernel": platform.release(),
        "load": " / ".join(f"{x:.2f}" for x in os.getloadavg()),
        "pg_server": args.pg_server_version,
        "pg_dump": cmd([args.pg_dump, "--version"]).replace("pg_dump (PostgreSQL) ", ""),
        "sqlite3": cmd(["sqlite3", "--version"]).split(" ")[0],
    }


def report(args, results, machine, load_before):
    pg, sl = results["postgresql"], results["sqlite"]
    smoke = args.smoke
    judged = not smoke and args.tables >= JUDGED_FROM
    not_judged = "not judged (smoke)" if smoke else f"not judged (N < {JUDGED_FROM})"
    lines = []
    add = lines.append
    checks = []  # (description, ok)

    add(f"## Introspection at scale: N = {args.tables} tables"
        f"{'' if judged else ' (timings are not judged at this size)'}")
    add("")
    add(f"{machine['date']} · {machine['cpu']} · {machine['nproc']} CPUs · "
        f"{machine['memory']} RAM · "
        f"load average (1/5/15 min) {load_before} before, {machine['load']} after · "
        f"PostgreSQL server {machine['pg_server']}, pg_dump {machine['pg_dump']} · "
        f"sqlite3 {machine['sqlite3']}, Schema Medic linked against SQLite "
        f"{(sl.get('warm') or {}).get('server_version', '?')} · "
        f"median of {args.repeat} run(s), seed {args.seed}")
    add("")
    add("| Measure | Schema Medic | Reference | Ratio | Target | Result |")
    add("|---|---:|---:|---:|---:|---|")

    for res, label in ((pg, "PostgreSQL"), (sl, "SQLite")):
        if res["error"]:
            error = " ".join(res["error"].split()).replace("|", "\\|")
            add(f"| {label}: introspection | not measured | — | — | "
                f"{'≤ 0.5×' if label == 'PostgreSQL' else '—'} | **FAIL**: {error} |")
            checks.append((f"{label} not measured", False))
            continue
        s = res["side"]
        if label == "PostgreSQL":
            ok = res["ratio"] <= PG_RATIO_TARGET
            result = verdict(ok) if judged else not_judged
            if judged:
                checks.append(("PostgreSQL ratio", ok))
            target = f"≤ {PG_RATIO_TARGET}×"
        else:
            result, target = "informative", "—"
        add(f"| {label}: read the schema, whole process | "
            f"{fmt_ms(s['ours_process_median_ms'])} | {res['reference']} "
            f"{fmt_ms(s['ref_median_ms'])} | {res['ratio']:.2f}× | {target} | {result} |")
        add(f"| {label}: of which `sm::introspect()` (after connecting) | "
            f"{fmt_ms(s['ours_median_ms'])} | — | {res['introspect_ratio']:.2f}× | — | "
            f"informative |")
        add(f"| {label}: then `sm::diff()` of the schema against itself | "
            f"{fmt_ms(s['ours_diff_ms'])} | — | — | — | informative |")
        add(f"| {label}: introspect + diff | "
            f"{fmt_ms(s['ours_median_ms'] + s['ours_diff_ms'])} | {res['reference']} "
            f"{fmt_ms(s['ref_median_ms'])} | "
            f"{(s['ours_median_ms'] + s['ours_diff_ms']) / s['ref_median_ms']:.2f}× | — | informative |")
        add(f"| {label}: of which connecting | "
            f"{fmt_ms(median(s['ours_connect_ms']))} | — | — | — | informative |")
        w = res["warm"]
        add(f"| {label}: warm, {args.repeat} run(s) in one process (median / min) | "
            f"{fmt_ms(w['median_ms'])} / {fmt_ms(w['min_ms'])} | — | — | — | informative |")
        qs, ql = res["small"]["queries_per_introspection"], w["queries_per_introspection"]
        stable = w.get("queries_stable", True) and res["small"].get("queries_stable", True)
        ok = qs == ql and stable
        checks.append((f"{label} query count", ok))
        add(f"| {label}: queries per introspection | {ql} at N={args.tables}, {qs} at "
            f"N={args.small} | — | — | equal | {verdict(ok)} |")
        peak = max(w["peak_rss_mb"], s["ours_peak_rss_mb"])
        add(f"| {label}: peak RSS | {peak:.0f} MB | {res['reference']} "
            f"{s['ref_peak_rss_mb']:.0f} MB | {peak / max(s['ref_peak_rss_mb'], 0.1):.1f}× | — | "
            f"informative |")
        bad = [c for c in res["counts"] if not c["ok"]]
        ok = not bad and w.get("counts_stable", True)
        checks.append((f"{label} objects read", ok))
        what = "all as generated" if not bad else "; ".join(
            f"{c['object']} {c['found']} (generated {c['expected']})" for c in bad)
        add(f"| {label}: objects read vs generated | {what} | — | — | equal | {verdict(ok)} |")

    add("")
    add("Ratio = median Schema Medic time / median reference time, both whole processes "
        "(start, connect, read the schema, exit; the reference's output goes to /dev/null). "
        "Ours is `schemamedic-bench-introspect --repeat 1`: one read-only connection, one "
        "`sm::introspect()`, which it also times on its own. Every round runs both, alternating "
        "which goes first, after one unmeasured warm-up of each.")

    for res, label in ((pg, "PostgreSQL"), (sl, "SQLite")):
        if res["error"]:
            continue
        s, w = res["side"], res["warm"]
        add("")
        add(f"### {label}: details")
        add("")
        add(f"- Runs, ms: Schema Medic introspection {fmt_runs(s['ours_ms'])}; whole process "
            f"{fmt_runs(s['ours_process_ms'])}; connect {fmt_runs(s['ours_connect_ms'])}; "
            f"{res['reference']} {fmt_runs(s['ref_ms'])}; warm in one process "
            f"{fmt_runs(w['runs_ms'])}.")
        c = w["counts"]
        add(f"- Read: {c.get('tables', 0)} tables, {c.get('columns', 0)} columns, "
            f"{c.get('constraints', 0)} constraints ({c.get('primary_keys', 0)} PK, "
            f"{c.get('foreign_keys', 0)} FK, {c.get('uniques', 0)} UNIQUE, "
            f"{c.get('checks', 0)} CHECK), {c.get('indexes', 0)} table indexes "
            f"({c.get('indexes_explicit', 0)} created, {c.get('indexes_constraint', 0)} behind "
            f"constraints, {c.get('partial_indexes', 0)} partial), {c.get('views', 0)} views "
            f"({c.get('materialized_views', 0)} materialized), {c.get('triggers', 0)} triggers, "
            f"{c.get('sequences', 0)} sequences, {c.get('functions', 0)} functions.")
        add(f"- Statements per introspection: {w['queries_per_introspection']} "
            f"(N={args.tables}), {res['small']['queries_per_introspection']} (N={args.small}); "
            f"RSS after connecting {w.get('rss_after_connect_mb', 0):.0f} MB, peak "
            f"{w['peak_rss_mb']:.0f} MB after {args.repeat} introspection(s).")
        steps = [st for st in w.get("steps", []) if st["median_ms"] > 0]
        total = sum(st["median_ms"] for st in steps) or 1.0
        top = sorted(steps, key=lambda st: -st["median_ms"])[:3]
        add("- Where the time goes: " + ", ".join(
            f"{st['step']} {fmt_ms(st['median_ms'])} ({100 * st['median_ms'] / total:.0f} %)"
            for st in top) + ".")
        add("")
        add(f"| Step (warm, median of {args.repeat}) | Wall | In the statement | Statements | "
            f"RSS after |")
        add("|---|---:|---:|---:|---:|")
        for st in w.get("steps", []):
            add(f"| {st['step']} | {fmt_ms(st['median_ms'])} | {fmt_ms(st['statement_ms'])} | "
                f"{st['queries']} | {st['rss_mb']:.0f} MB |")
        if label == "SQLite":
            add("")
            add("SQLite produces rows while they are read, so for SQLite \"in the statement\" "
                "covers preparing and the first row only; the rest of a step's time is SQLite "
                "and our code working through the rows together.")

    failed = [d for d, ok in checks if not ok]
    add("")
    add(f"**Overall: {'PASS' if not failed else 'FAIL (' + ', '.join(failed) + ')'}**")
    return "\n".join(lines) + "\n", not failed


def main():
    ap = argparse.ArgumentParser(description="bench/run's measuring half (see bench/README.md)")
    ap.add_argument("--bench", required=True, help="schemamedic-bench-introspect")
    ap.add_argument("--pg-url", required=True)
    ap.add_argument("--pg-url-small", required=True)
    ap.add_argument("--pg-dump", required=True)
    ap.add_argument("--pg-server-version", default="?")
    ap.add_argument("--sqlite", required=True)
    ap.add_argument("--sqlite-small", required=True)
    ap.add_argument("--manifest-pg", required=True)
    ap.add_argument("--manifest-sqlite", required=True)
    ap.add_argument("--tables", type=int, required=True)
    ap.add_argument("--small", type=int, required=True)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--loads", help="JSON file of load timings from bench/run")
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("--json-out", help="write every measurement here")
    ap.add_argument("--results", help="write the Markdown report here (bench/RESULTS.md)")
    args = ap.parse_args()

    env = dict(os.environ)
    if "PGPASSWORD" not in env:
        sys.exit("compare.py: PGPASSWORD must be set")

    def log(message):
        print(message, file=sys.stderr, flush=True)

    load_before = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    with open(args.manifest_pg, encoding="utf-8") as f:
        manifest_pg = json.load(f)
    with open(args.manifest_sqlite, encoding="utf-8") as f:
        manifest_sqlite = json.load(f)

    results = {
        "postgresql": engine("PostgreSQL", args, args.bench, env, log, args.pg_url,
                             args.pg_url_small,
                             [args.pg_dump, "--schema-only", "--file", "/dev/null",
                              "--dbname", args.pg_url],
                             "pg_dump --schema-only", manifest_pg),
        "sqlite": engine("SQLite", args, args.bench, env, log, "sqlite:" + args.sqlite,
                         "sqlite:" + args.sqlite_small,
                         ["sqlite3", "-readonly", args.sqlite, ".schema"],
                         "sqlite3 .schema", manifest_sqlite),
    }
    machine = machine_info(args)
    text, ok = report(args, results, machine, load_before)

    if args.loads:
        with open(args.loads, encoding="utf-8") as f:
            loads = json.load(f)
        text += ("\nLoading the generated schemas (not part of any ratio): " + "; ".join(
            f"{k} {v}" for k, v in loads.items()) + ".\n")
    print(text)
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as f:
            json.dump({"machine": machine, "args": vars(args), "results": results}, f, indent=2)
    if args.results:
        with open(args.results, "w", encoding="utf-8") as f:
            f.write("# Schema Medic benchmark results\n\n"
                    "Written by `bench/run --write-results`; bench/README.md explains every "
                    "figure. Re-run it rather than editing this file.\n\n")
            f.write(text)
        log(f"wrote {args.results}")
    measured = all(not r["error"] for r in results.values())
    sys.exit(0 if ok else 1 if measured else 2)


if __name__ == "__main__":
    main()
