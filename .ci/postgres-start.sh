#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster in a folder, listening only on a Unix socket there,
# and prints the URL of its database `detente_test` (for DETENTE_TEST_POSTGRES).
#   bash .ci/postgres-start.sh DIR        (stop: pg_ctl -D DIR/data stop)
# Uses the PostgreSQL binaries on PATH or Debian's (/usr/lib/postgresql/*/bin); installs
# Debian's `postgresql` package when neither is there. Run as root, the cluster belongs to
# the `postgres` user (PostgreSQL refuses to run as root).
set -euo pipefail
dir="$(mkdir -p "$1" && cd "$1" && pwd)"
bin=""
for d in /usr/lib/postgresql/*/bin; do [ -x "$d/pg_ctl" ] && bin="$d"; done
if [ -z "$bin" ] && command -v pg_ctl >/dev/null 2>&1; then
  bin="$(dirname "$(readlink -f "$(command -v pg_ctl)")")"
fi
if [ -z "$bin" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq postgresql >/dev/null
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/pg_ctl" ] && bin="$d"; done
fi
as_owner=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$dir"
  as_owner=(runuser -u postgres --)
fi
"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -A trust -U detente -E UTF8 >"$dir/initdb.log" 2>&1
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off" start >/dev/null
"${as_owner[@]}" "$bin/createdb" -h "$dir" -U detente detente_test
echo "postgresql://detente@/detente_test?host=$dir"
