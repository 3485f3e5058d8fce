#!/usr/bin/env bash
# The measurements of docs/scale.md: ingest into SQLite and PostgreSQL, bulk load of
# extracted evidence (COPY against row inserts), query latency on both engines, and Spark
# local mode against one process.
#   bash dist/spark/bench_scale.sh BINARY N POSTGRES_URL [PYTHON_WITH_PYSPARK]
# BINARY: a release build of detente; N: generated articles; POSTGRES_URL: a database of a
# cluster whose role may create databases (e.g. from .ci/postgres-start.sh); the script
# works in databases detente_bench_* beside it, created afresh. Set ROW_INSERTS=0 to skip
# the (slow) row-insert loads, EVIDENCE=0 to skip `extract -` and the bulk loads of its
# evidence, SPARK=0 to skip Spark, WORK=DIR to keep the files in DIR, INPUT=FILE to take
# the first N articles of a JSONL file instead of generating them, SPEAKER=NAME and
# AFFILIATION=SIDE for the filtered queries (the generator's Adjei and Ghana by default).
# Prints one line per measurement. Generated inputs are never committed.
set -euo pipefail
bin="$(readlink -f "$1")"; n="$2"; pg="$3"; py="${4:-python3}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ -n "${WORK:-}" ]; then work="$WORK"; mkdir -p "$work"; else
  work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT; fi
if [ -n "${INPUT:-}" ]; then
  # News-length articles instead of generated ones (e.g. from dist/spark/news_sample.py).
  head -n "$n" "$INPUT" > "$work/articles.jsonl"
else
"$py" -c "
import json, random, sys
sys.path.insert(0, '$here')
from test_local import article
rng = random.Random(17)
with open('$work/articles.jsonl', 'w') as f:
    for i in range($n):
        f.write(json.dumps(article(rng, i)) + '\n')
"
fi
mb=$(du -m "$work/articles.jsonl" | cut -f1)
echo "input: $n articles, $mb MB of JSONL; load average $(cut -d' ' -f1-3 /proc/loadavg)"
# A fresh database NAME on the cluster of $pg, and its URL.
db_url() {
  local name="$1" base="${pg%%\?*}" query=""
  [ "$base" != "$pg" ] && query="?${pg#*\?}"
  psql "$pg" -qc "DROP DATABASE IF EXISTS $name WITH (FORCE)" -c "CREATE DATABASE $name" >/dev/null
  echo "${base%/*}/$name$query"
}
t() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; }
r() { printf '%-48s %8.2f s  %8.0f articles/s\n' "$1" "$2" "$(echo "$n / $2" | bc -l)"; }
pg_a=$(db_url detente_bench_ingest); pg_e=$(db_url detente_bench_evidence)
rm -f "$work"/a.db* "$work"/b.db*
r "ingest articles -> SQLite" "$(t "$bin" ingest -q --db "$work/a.db" "$work/articles.jsonl")"
r "ingest articles -> PostgreSQL (COPY)" "$(t "$bin" ingest -q --db "$pg_a" "$work/articles.jsonl")"
if [ "${EVIDENCE:-1}" != 0 ]; then
  r "extract - (one process)" "$(t sh -c "'$bin' extract --format jsonl - < '$work/articles.jsonl' > '$work/evidence.jsonl'")"
  echo "evidence: $(wc -l < "$work/evidence.jsonl") records, $(du -m "$work/evidence.jsonl" | cut -f1) MB"
  r "ingest --evidence -> SQLite" "$(t "$bin" ingest --evidence --db "$work/b.db" "$work/evidence.jsonl")"
  r "ingest --evidence -> PostgreSQL (COPY)" "$(t "$bin" ingest --evidence --db "$pg_e" "$work/evidence.jsonl")"
fi
if [ "${ROW_INSERTS:-1}" != 0 ]; then
  pg_ar=$(db_url detente_bench_ingest_rows); pg_er=$(db_url detente_bench_evidence_rows)
  r "ingest articles -> PostgreSQL (row inserts)" "$(t "$bin" ingest -q --row-inserts --db "$pg_ar" "$work/articles.jsonl")"
  r "ingest --evidence -> PostgreSQL (row inserts)" "$(t "$bin" ingest --evidence --row-inserts --db "$pg_er" "$work/evidence.jsonl")"
fi
# Whole commands (process start, connection, query, output); the best of three runs.
best() { local b=999 x; for _ in 1 2 3; do x=$(t "$@"); b=$(echo "if ($x < $b) $x else $b" | bc); done; echo "$b"; }
sp="${SPEAKER:-Adjei}"; af="${AFFILIATION:-Ghana}"
for q in "quotes --speaker $sp --limit 50" "quotes --since 2025-06 --limit 50" \
         "quotes --limit 50" "quotes --affiliation $af --limit 50" \
         "quotes --speaker $sp --since 2025-06 --limit 50" "actors --limit 50" "timeline --limit 50" "timeline --since 2025-06 --limit 50" \
         "search ceasefire --limit 20"; do
  # shellcheck disable=SC2086
  s=$(best "$bin" $q --db "$work/a.db"); p=$(best "$bin" $q --db "$pg_a")
  printf '%-48s SQLite %6.3f s  PostgreSQL %6.3f s\n' "$q" "$s" "$p"
done
ls -l "$work/a.db" | awk '{printf "SQLite file: %.1f MB\n", $5/1e6}'
psql "$pg_a" -Atc "SELECT 'PostgreSQL database: ' || round(pg_database_size(current_database())/1e6, 1) || ' MB'"
if [ "${SPARK:-1}" != 0 ] && "$py" -c "import pyspark" 2>/dev/null; then
  for cores in 1 2; do
    "$py" "$here/test_local.py" --binary "$bin" --articles "$n" --partitions 8 --cores "$cores" 2>/dev/null | sed -n 1p
  done
fi
