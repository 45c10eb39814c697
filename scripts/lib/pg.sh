# SPDX-License-Identifier: MIT
# A throwaway PostgreSQL cluster: initdb into a temporary directory, a free port on 127.0.0.1,
# password (SCRAM) authentication, removed on stop. PostgreSQL refuses to run as root, so as
# root every server command runs as the `postgres` OS user.
#
#   sm_pg_start   sets SM_PG_DIR, SM_PG_PORT, SCHEMAMEDIC_TEST_PG_URL, SCHEMAMEDIC_TEST_PG_PASSWORD
#   sm_pg_stop    stops the server and removes the directory (safe to call twice)

sm_pg_bindir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$d" ] && [ -x "$d/initdb" ] || { echo "PostgreSQL server binaries not found" >&2; return 1; }
  echo "$d"
}

sm_pg_as_server() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

sm_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

sm_pg_start() {
  local bindir
  bindir=$(sm_pg_bindir) || return 1
  SM_PG_DIR=$(mktemp -d /tmp/schemamedic-pg.XXXXXX)
  chmod 700 "$SM_PG_DIR"
  local password
  password=$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')
  ( umask 077; printf '%s\n' "$password" > "$SM_PG_DIR/pwfile" )
  [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$SM_PG_DIR"
  sm_pg_as_server "$bindir/initdb" -D "$SM_PG_DIR/data" -U schemamedic --pwfile="$SM_PG_DIR/pwfile" \
    --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 -N >"$SM_PG_DIR/initdb.log" 2>&1 \
    || { cat "$SM_PG_DIR/initdb.log" >&2; return 1; }
  rm -f "$SM_PG_DIR/pwfile"
  local tries=0
  while :; do
    SM_PG_PORT=$(sm_free_port)
    if sm_pg_as_server "$bindir/pg_ctl" -D "$SM_PG_DIR/data" -l "$SM_PG_DIR/server.log" -w -t 60 \
        -o "-p $SM_PG_PORT -k $SM_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200" \
        start >/dev/null; then
      break
    fi
    tries=$((tries + 1))
    if [ $tries -ge 3 ]; then cat "$SM_PG_DIR/server.log" >&2; return 1; fi
  done
  export SCHEMAMEDIC_TEST_PG_URL="postgresql://schemamedic@127.0.0.1:$SM_PG_PORT/postgres"
  export SCHEMAMEDIC_TEST_PG_PASSWORD="$password"
  export SM_PG_DIR SM_PG_PORT
  echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$SM_PG_PORT ($SM_PG_DIR)" >&2
}

sm_pg_stop() {
  [ -n "${SM_PG_DIR:-}" ] && [ -d "$SM_PG_DIR" ] || return 0
  local bindir
  bindir=$(sm_pg_bindir) || true
  if [ -n "$bindir" ] && [ -f "$SM_PG_DIR/data/postmaster.pid" ]; then
    sm_pg_as_server "$bindir/pg_ctl" -D "$SM_PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$SM_PG_DIR"
  SM_PG_DIR=
}
