#!/usr/bin/env bash
# Builds the fuzz targets in fuzz/ and runs each for a bounded time; exits non-zero if any
# target crashes, panics, hangs (-timeout) or runs out of memory (-rss_limit_mb).
#
#   .ci/fuzz.sh                 # CI: 20 s per target (2.5 min, plus about 4 min for a cold build)
#   .ci/fuzz.sh 360             # a longer run: 6 min per target
#   .ci/fuzz.sh 60 html_article # some targets only
#
# Stable Rust with RUSTC_BOOTSTRAP=1 (cargo fuzz needs nightly flags). Builds go to
# fuzz/target (not the workspace's target/: sanitizer-coverage flags change every crate).
# New corpus entries go to fuzz/corpus-run/<target> (ignored by git); crashing inputs to
# fuzz/artifacts/<target>/; logs to fuzz/logs/<target>.log.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SECONDS_PER_TARGET="${1:-20}"
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
  TARGETS=(scenario_toml genius_xml html_article jsonl_reader quote_extractor date_extractor)
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi
export RUSTC_BOOTSTRAP=1

cd fuzz
# No sanitizer: every target is safe Rust, and ASan would halve the executions per second.
# Optimised without debug assertions (-O): the regex crates' internal debug assertions made
# the extractor targets 10-40 times slower. Integer overflow checks stay on for every crate.
export RUSTFLAGS="${RUSTFLAGS:-} -Coverflow-checks=on"
cargo fuzz build -O --sanitizer none
HOST="$(rustc -vV | sed -n 's/^host: //p')"
BIN="target/$HOST/release"

# Longest input per target: the extractors and readers are linear, but instrumented builds
# are slow on long inputs and the interesting structure fits in a few kilobytes.
max_len() {
  case "$1" in
    quote_extractor | date_extractor) echo 4096 ;;
    html_article | jsonl_reader) echo 16384 ;;
    *) echo 65536 ;;
  esac
}

mkdir -p logs
failed=()
printf '%-16s %12s %8s  %s\n' target executions seconds result
for t in "${TARGETS[@]}"; do
  mkdir -p "corpus-run/$t" "artifacts/$t"
  log="logs/$t.log"
  set +e
  "$BIN/$t" -max_total_time="$SECONDS_PER_TARGET" -max_len="$(max_len "$t")" -timeout=30 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="artifacts/$t/" \
    "corpus-run/$t" "corpus/$t" >"$log" 2>&1
  rc=$?
  set -e
  execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
  if [ "$rc" -eq 0 ]; then
    result=ok
  else
    result="CRASH (exit $rc): $(ls -t "artifacts/$t" | head -1)"
    failed+=("$t")
    grep -m3 -E "panicked at|ERROR: libFuzzer|SUMMARY" "$log" | sed 's/^/    /' >&2 || true
  fi
  printf '%-16s %12s %8s  %s\n' "$t" "${execs:-?}" "$SECONDS_PER_TARGET" "$result"
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: crashes in: ${failed[*]} (inputs in fuzz/artifacts/, logs in fuzz/logs/)" >&2
  exit 1
fi
