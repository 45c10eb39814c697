#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the SQLite demo database from resources/demo/demo.sql with the sqlite3 CLI, replacing
# whatever was at that path (and its -journal/-wal/-shm files). scripts/demo and
# tests/integration/tst_demo use it, so the test repairs exactly the database the demo opens.
#
#   scripts/lib/demo-db.sh OUT.db
set -euo pipefail

if [ $# -ne 1 ] || [ -z "$1" ]; then
  echo "usage: $0 OUT.db" >&2
  exit 2
fi
out="$1"
sql="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/resources/demo/demo.sql"
rm -f "$out" "$out-journal" "$out-wal" "$out-shm"
sqlite3 -bail "$out" < "$sql"
