#!/usr/bin/env bash
# Latency of the dashboard's pages and API on two stores (docs/scale.md): starts
# `detente serve` on each, waits until it answers, then times each path with curl (the
# best of five, after one warm-up request).
#   bash dist/spark/bench_dashboard.sh BINARY STORE_A STORE_B [ARTICLE_NAME]
# STORE_A, STORE_B: an SQLite file and a PostgreSQL URL holding the same articles (e.g.
# those bench_scale.sh leaves with WORK=DIR).
set -euo pipefail
bin="$(readlink -f "$1")"; a="$2"; b="$3"; article="${4:-sample-5000}"
paths=("/" "/api/quotes?speaker=Adjei" "/api/quotes?affiliation=Ghana" "/api/actors"
       "/api/timeline" "/api/search?q=ceasefire" "/api/articles" "/api/articles/$article")
declare -A result
port=18431
for store in "$a" "$b"; do
  port=$((port + 1))
  "$bin" serve --db "$store" --addr "127.0.0.1:$port" >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 600); do curl -sf -o /dev/null "http://127.0.0.1:$port/api" && break; sleep 0.2; done
  sleep 5  # the quote index is built beside the first requests
  for p in "${paths[@]}"; do
    curl -s -o /dev/null "http://127.0.0.1:$port$p"
    best=999
    for _ in 1 2 3 4 5; do
      t=$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port$p")
      best=$(echo "if ($t < $best) $t else $best" | bc)
    done
    result["$store|$p"]=$best
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
printf '%-36s %10s %10s\n' path "A (s)" "B (s)"
for p in "${paths[@]}"; do
  printf '%-36s %10.4f %10.4f\n' "$p" "${result["$a|$p"]}" "${result["$b|$p"]}"
done
