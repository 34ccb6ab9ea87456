#!/usr/bin/env bash
# Runs every test suite of quyche from a fresh machine: installs what it needs itself.
# Usage: scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_INCREMENTAL=0
export CARGO_TERM_COLOR=never

step() { printf '\n== %s ==\n' "$*"; }

step "Rust: format, lints, tests"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets -- -D warnings
cargo test --workspace
