#!/usr/bin/env bash
# Ingest speed and memory of `detente ingest` (release build).
#
#   crates/store/bench/ingest.sh [MB]        default 8 MB
#
# Builds about MB megabytes of distinct articles as one .jsonl file (the seed articles in
# ../shared/corpus/seeds when present, each copy made distinct by a numbered last line so
# that none is skipped as a duplicate; synthetic articles otherwise), then times a first
# ingest into a new database and a second, idempotent one. Prints MB/s of input and peak
# resident memory, and CPU time (steadier than wall time on a shared machine). Set
# DETENTE_BIN to use another binary.
set -euo pipefail
MB=${1:-8}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
if [ -z "${DETENTE_BIN:-}" ]; then
  (cd "$root" && cargo build --release -q -p detente)
  BIN=$root/target/release/detente
else
  BIN=$DETENTE_BIN
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$MB" "$tmp/in.jsonl" "$root/../shared/corpus/seeds" <<'PY'
import json, os, sys
mb, out, seeds = float(sys.argv[1]), sys.argv[2], sys.argv[3]
texts = []
if os.path.isdir(seeds):
    for name in sorted(os.listdir(seeds)):
        with open(os.path.join(seeds, name), encoding="utf-8", errors="replace") as f:
            texts.append(f.read())
if not texts:
    people = ["Maria Lindqvist", "Tomas Okafor", "Helena Vargas", "Arjun Mehta"]
    for i, p in enumerate(people):
        texts.append(f"Talks resume\n\nForeign minister {p} said on Tuesday: \"We will not leave "
                     f"without a text.\" Last week the delegations met in Geneva on 3 May 2024. "
                     f"\"Nobody expects miracles,\" {p} told reporters. " * 20)
target, size, i = mb * 1e6, 0, 0
with open(out, "w", encoding="utf-8") as f:
    while size < target:
        t = texts[i % len(texts)] + f"\n(bench copy {i})\n"
        line = json.dumps({"id": f"b{i}", "title": None, "date": "2025-07-22", "url": None, "text": t}) + "\n"
        f.write(line)
        size += len(line.encode())
        i += 1
print(f"input: {i} articles, {size / 1e6:.1f} MB")
PY
bytes=$(stat -c %s "$tmp/in.jsonl")
run() {
  local label=$1
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%M %U %S" -o "$tmp/rss" "$BIN" ingest --quiet --db "$tmp/bench.db" "$tmp/in.jsonl" >"$tmp/out" 2>"$tmp/err" \
    || { echo "ingest failed: $(tail -n 3 "$tmp/err")"; exit 1; }
  end=$(date +%s.%N)
  python3 - "$label" "$bytes" "$start" "$end" $(tail -n 1 "$tmp/rss") <<'PY'
import sys
label, size, start, end = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
rss, cpu = int(sys.argv[5]), float(sys.argv[6]) + float(sys.argv[7])
secs = end - start
print(f"{label}: {size / 1e6:.1f} MB in {secs:.2f} s = {size / 1e6 / secs:.1f} MB/s wall; "
      f"CPU {cpu:.2f} s = {size / 1e6 / max(cpu, 1e-9):.1f} MB per CPU-second; peak RSS {rss / 1024:.0f} MB")
PY
  sed 's/^/  /' "$tmp/out"
}
run "first ingest (extract + store)"
run "second ingest (all already stored)"
echo "database: $(( $(stat -c %s "$tmp/bench.db") / 1000000 )) MB for $(( bytes / 1000000 )) MB of input"
