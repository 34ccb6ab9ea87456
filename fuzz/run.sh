#!/usr/bin/env bash
# Runs every fuzz target for SECONDS seconds (default 600), two at a time (one job each: the
# project's machines have two cores), and prints each target's final statistics.
# Needs a nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`). Logs go to
# fuzz/logs/<target>.log; crashes to fuzz/artifacts/<target>/ (both gitignored).
set -euo pipefail
cd "$(dirname "$0")"
SECONDS_PER_TARGET="${1:-600}"
FLAGS=(-s none -a) # no sanitizer (the crate forbids unsafe code); debug assertions on (overflow panics)
cargo +nightly fuzz build "${FLAGS[@]}"
mkdir -p logs
run() {
  local t="$1"
  mkdir -p "corpus/$t"
  cargo +nightly fuzz run "${FLAGS[@]}" "$t" -- -max_total_time="$SECONDS_PER_TARGET" \
    -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 >"logs/$t.log" 2>&1 \
    && echo "$t: ok" || echo "$t: FAILED (see fuzz/logs/$t.log and fuzz/artifacts/$t/)"
  grep -E "^Done|stat::number_of_executed_units" "logs/$t.log" || true
}
targets=(citation_parse command_decode regulation_json case_replay json_api_call value_decode)
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  run "${targets[i]}" &
  if ((i + 1 < ${#targets[@]})); then run "${targets[i + 1]}" & fi
  wait
done
