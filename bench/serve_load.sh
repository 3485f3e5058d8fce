#!/usr/bin/env bash
# Load benchmark of the dashboard's hot path: /api/quotes?speaker=... on a store of
# 100,000 quotes, over loopback, with wrk (Debian: apt-get install -y wrk).
#
#   bash bench/serve_load.sh [QUOTES] [SECONDS] [CONNECTIONS] [THREADS]
#
# Target: >= 2,000 requests/s with p99 < 50 ms on two cores. Builds the release binary and
# the synthetic store generator, starts `detente serve`, runs wrk with a Lua script that
# rotates through speakers, prints wrk's latency distribution and a one-line verdict.
set -euo pipefail
cd "$(dirname "$0")/.."
quotes=${1:-100000}
secs=${2:-20}
conns=${3:-32}
threads=${4:-2}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)"; exit 2; }
cargo build --release -q -p detente -p detente-report --example make_load_store
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
target/release/examples/make_load_store "$work/load.db" "$quotes"
port=$((20000 + RANDOM % 20000))
target/release/detente serve --db "$work/load.db" --addr "127.0.0.1:$port" >"$work/serve.log" 2>&1 &
pid=$!
for _ in $(seq 1 300); do curl -sf -o /dev/null "http://127.0.0.1:$port/api/quotes?limit=1" && break; sleep 0.1; done
curl -sf "http://127.0.0.1:$port/api/quotes?speaker=Surname042&limit=3" | head -c 300; echo
cat >"$work/speakers.lua" <<'LUA'
local n = 0
request = function()
  n = n + 1
  local path = string.format("/api/quotes?speaker=Surname%03d", n % 400)
  return wrk.format("GET", path)
end
LUA
wrk -t"$threads" -c"$conns" -d"${secs}s" --latency -s "$work/speakers.lua" "http://127.0.0.1:$port" | tee "$work/wrk.out"
rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.out")
p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.out")
echo "summary: quotes=$quotes connections=$conns threads=$threads requests/s=$rps p99=$p99 (target >= 2000 req/s, p99 < 50ms)"
