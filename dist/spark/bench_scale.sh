#!/usr/bin/env bash
# The measurements of docs/scale.md: ingest into SQLite and PostgreSQL, bulk load of
# extracted evidence, query latency, and Spark local mode against one process.
#   bash dist/spark/bench_scale.sh BINARY N POSTGRES_URL [PYTHON_WITH_PYSPARK]
# BINARY: a release build of detente; N: generated articles; POSTGRES_URL: an empty
# database (e.g. from .ci/postgres-start.sh). Prints one line per measurement.
set -euo pipefail
bin="$(readlink -f "$1")"; n="$2"; pg="$3"; py="${4:-python3}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
"$py" -c "
import json, random, sys
sys.path.insert(0, '$here')
from test_local import article
rng = random.Random(17)
with open('$work/articles.jsonl', 'w') as f:
    for i in range($n):
        f.write(json.dumps(article(rng, i)) + '\n')
"
mb=$(du -m "$work/articles.jsonl" | cut -f1)
echo "input: $n articles, $mb MB of JSONL"
t() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; }
r() { printf '%-44s %8.2f s  %8.0f articles/s\n' "$1" "$2" "$(echo "$n / $2" | bc -l)"; }
r "extract - (one process)" "$(t sh -c "'$bin' extract --format jsonl - < '$work/articles.jsonl' > '$work/evidence.jsonl'")"
r "ingest articles -> SQLite" "$(t "$bin" ingest -q --db "$work/a.db" "$work/articles.jsonl")"
r "ingest articles -> PostgreSQL" "$(t "$bin" ingest -q --db "$pg" "$work/articles.jsonl")"
r "ingest --evidence (bulk load) -> SQLite" "$(t "$bin" ingest --evidence --db "$work/b.db" "$work/evidence.jsonl")"
pg_b="${pg/\/detente_test/\/detente_bulk}"
if [ "$pg_b" != "$pg" ] && psql "$pg" -qc "DROP DATABASE IF EXISTS detente_bulk" -c "CREATE DATABASE detente_bulk" >/dev/null 2>&1; then
  r "ingest --evidence (bulk load) -> PostgreSQL" "$(t "$bin" ingest --evidence --db "$pg_b" "$work/evidence.jsonl")"
fi
for q in "quotes --speaker Adjei --limit 50" "quotes --since 2025-06 --limit 50" "actors --limit 50" "search ceasefire --limit 20"; do
  # shellcheck disable=SC2086
  s=$(t "$bin" $q --db "$work/a.db"); p=$(t "$bin" $q --db "$pg")
  printf '%-44s SQLite %6.3f s  PostgreSQL %6.3f s\n' "$q" "$s" "$p"
done
ls -l "$work/a.db" | awk '{printf "SQLite file: %.1f MB\n", $5/1e6}'
psql "$pg" -Atc "SELECT 'PostgreSQL database: ' || round(pg_database_size(current_database())/1e6, 1) || ' MB'" 2>/dev/null || true
if "$py" -c "import pyspark" 2>/dev/null; then
  for cores in 1 2; do
    "$py" "$here/test_local.py" --binary "$bin" --articles "$n" --partitions 8 --cores "$cores" 2>/dev/null | sed -n 1p
  done
fi
