#!/usr/bin/env bash
# Runs every benchmark of issue 7 and prints a summary table (benches/README.md explains them).
# Measurements only: nothing here fails on a missed target, and nothing here runs in CI or in
# scripts/test.sh.
#
#   benches/run.sh            full run (about 15–25 minutes on 2 cores, most of it building and
#                             checking the 10^5 cases of the report benchmark and 10^6 events)
#   benches/run.sh --quick    short measurements, 20 000 report cases, 200 000 JSONL events
#   benches/run.sh --only rust|python|node
#
# Needs: cargo; python3 with venv; node + npm. For the npm package it runs scripts/build-wasm.sh
# (wasm32 target and wasm-bindgen-cli at the Cargo.lock version, which scripts/test.sh installs;
# `npm ci` in crates/wasm is run here when its wasm-opt is missing). Results: target/criterion/,
# target/bench-results/.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
only=all
while [[ $# -gt 0 ]]; do
  case $1 in
    --quick) quick=1 ;;
    --only) only=$2; shift ;;
    *) echo "usage: benches/run.sh [--quick] [--only rust|python|node]" >&2; exit 2 ;;
  esac
  shift
done

if [[ $quick == 1 ]]; then
  crit=(--warm-up-time 1 --measurement-time 2)
  export QUYCHE_BENCH_CASES=${QUYCHE_BENCH_CASES:-20000}
  py_args=(--events 200000 --min-time 1)
  node_args=(--min-time 1)
else
  crit=(--warm-up-time 3 --measurement-time 10)
  export QUYCHE_BENCH_CASES=${QUYCHE_BENCH_CASES:-100000}
  py_args=(--events 1000000 --min-time 5)
  node_args=(--min-time 5)
fi
results=target/bench-results
mkdir -p "$results"

echo "== machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ $only == all || $only == rust ]]; then
  echo "== Rust (criterion)"
  cargo bench -p quyche --bench case -- "${crit[@]}" 2>&1 | grep -E '^[a-z_]|time:|thrpt:' || true
  cargo bench -p quyche --bench report -- "${crit[@]}" 2>&1 | grep -E '^[a-z_]|time:|thrpt:|built|checked' || true
  cargo bench -p quyche-ffi --bench jsonl -- "${crit[@]}" 2>&1 | grep -E '^[a-z_]|time:|thrpt:' || true
fi

if [[ $only == all || $only == python ]]; then
  echo "== Python (release wheel)"
  venv=target/bench-venv
  [[ -x $venv/bin/python ]] || python3 -m venv "$venv"
  "$venv/bin/pip" install -q maturin==1.16.0 -r benches/compare/requirements.txt
  rm -rf target/bench-wheels
  "$venv/bin/maturin" build --release -q -m crates/py/Cargo.toml --out target/bench-wheels
  "$venv/bin/pip" install -q --force-reinstall --no-deps target/bench-wheels/quyche-*.whl
  "$venv/bin/python" benches/python/bench.py "${py_args[@]}" --json "$results/python.json"
fi

if [[ $only == all || $only == node ]]; then
  echo "== Node (npm package, release build)"
  [[ -x crates/wasm/node_modules/.bin/wasm-opt ]] || (cd crates/wasm && npm ci --no-audit --no-fund --silent)
  scripts/build-wasm.sh
  (cd benches/compare && npm ci --no-audit --no-fund --silent)
  node benches/node/bench.mjs "${node_args[@]}" --json "$results/node.json"
fi

echo
echo "== Summary ($(date -u +%Y-%m-%dT%H:%MZ); load $(cut -d' ' -f1-3 /proc/loadavg))"
python3 benches/summary.py
