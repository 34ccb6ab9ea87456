#!/usr/bin/env bash
# Interleaved A/B timing of two probe builds: `benches/probe/ab.sh A B WHAT [N]` runs A and B
# alternately six times and prints each one's best microseconds per run (the shared VM's load
# changes hit both alike). Build a probe with `cargo build --release` in benches/probe and copy
# target/release/quyche-probe aside before and after a change.
set -euo pipefail
a="$1"; b="$2"; what="$3"; n="${4:-4000}"
best() { sort -n | head -1; }
ra=(); rb=()
for _ in 1 2 3 4 5 6; do
  ra+=("$("$a" "$what" "$n" | awk '{print $2}')")
  rb+=("$("$b" "$what" "$n" | awk '{print $2}')")
done
echo "$what: A $(printf '%s\n' "${ra[@]}" | best) us, B $(printf '%s\n' "${rb[@]}" | best) us"
