#!/usr/bin/env bash
# Load benchmark of the dashboard's hot path: /api/quotes?speaker=... on a store of
# 100,000 quotes, over loopback, with wrk (Debian: apt-get install -y wrk).
#
#   bash bench/serve_load.sh [QUOTES] [SECONDS] [CONNECTIONS] [THREADS]
#
# Target: >= 2,000 requests/s with p99 < 50 ms on two cores. Builds the release binary and
# the synthetic store generator, starts `detente serve`, and runs wrk twice with a Lua
# script that rotates through speakers:
#   1. saturation: CONNECTIONS connections as fast as they go (the most the server can do;
#      on two cores shared with wrk the tail latency there is queueing, not service time);
#   2. paced: 16 connections each waiting 5 ms between requests, an offered load of about
#      3,000 requests/s, above the target: the latency a user sees at that rate.
set -euo pipefail
cd "$(dirname "$0")/.."
quotes=${1:-100000}
secs=${2:-20}
conns=${3:-32}
threads=${4:-2}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)"; exit 2; }
cargo build --release -q -p detente -p detente-report --features tools --example make_load_store
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
cp "$work/speakers.lua" "$work/paced.lua"
echo 'delay = function() return 5 end' >>"$work/paced.lua"
echo "== saturation: $conns connections"
wrk -t"$threads" -c"$conns" -d"${secs}s" --latency -s "$work/speakers.lua" "http://127.0.0.1:$port" | tee "$work/wrk.out"
echo "== paced: 16 connections, 5 ms between requests"
wrk -t"$threads" -c16 -d"${secs}s" --latency -s "$work/paced.lua" "http://127.0.0.1:$port" | tee "$work/paced.out"
figures() { echo "requests/s=$(awk '/Requests\/sec/ {print $2}' "$1") p50=$(awk '$1 == "50%" {print $2}' "$1") p99=$(awk '$1 == "99%" {print $2}' "$1")"; }
echo "summary: quotes=$quotes load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "  saturation ($conns connections): $(figures "$work/wrk.out")"
echo "  paced (16 connections, ~3000 req/s offered): $(figures "$work/paced.out")"
echo "  target: >= 2000 requests/s with p99 < 50ms"
