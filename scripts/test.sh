#!/usr/bin/env bash
# Runs every test suite of quyche from a fresh machine: installs what it needs itself.
# Usage: scripts/test.sh
#
# Steps: system packages (Debian, only when missing) → Rust wasm target and wasm-bindgen-cli at
# the version in Cargo.lock → Python venv (.venv) and npm tools (crates/wasm/node_modules) →
# Rust fmt/clippy/tests (with doctests and the JSON-Schema staleness test) and the walkthrough →
# Python wheel built, installed into .venv and tested with pytest + mypy --strict → the release
# manylinux2014 wheel and a wheel built from the sdist, each in a fresh venv → npm package
# built (scripts/build-wasm.sh) and tested with node --test + tsc → browser tests in headless
# Chromium (smoke test, an esbuild bundle, the example page).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export CARGO_INCREMENTAL=0
export CARGO_TERM_COLOR=never
export PATH="$HOME/.cargo/bin:$PATH"

started=$SECONDS
step() { printf '\n== [%4ss] %s ==\n' "$((SECONDS - started))" "$*"; }
sudo_if_needed() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

step "System packages (Debian; only what is missing)"
apt_missing=()
command -v node >/dev/null && command -v npm >/dev/null || apt_missing+=(nodejs npm)
python3 -c 'import ensurepip, venv' 2>/dev/null || apt_missing+=(python3-venv)
[[ -x /usr/bin/chromium ]] || apt_missing+=(chromium chromium-driver)
# The DOCX files opened by another program (crates/docs/tests/libreoffice.rs): LibreOffice
# converts them to PDF, poppler reads the PDF back; Liberation Serif has Times New Roman's
# metrics, so the page count is the one Word gives. Installing them took 2 min 04 s here.
command -v soffice >/dev/null || apt_missing+=(libreoffice-writer)
command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null || apt_missing+=(poppler-utils)
fc-list 2>/dev/null | grep -q LiberationSerif || apt_missing+=(fonts-liberation)
if ((${#apt_missing[@]})); then
  echo "installing: ${apt_missing[*]}"
  sudo_if_needed apt-get update
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y "${apt_missing[@]}"
else
  echo "nothing to install"
fi

step "Rust: wasm32 target and wasm-bindgen-cli"
rustup target add wasm32-unknown-unknown
# The CLI must be the exact version of the wasm-bindgen crate in Cargo.lock.
wb_version=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
[[ -n $wb_version ]] || { echo "wasm-bindgen not found in Cargo.lock" >&2; exit 1; }
if [[ "$(wasm-bindgen --version 2>/dev/null || true)" == "wasm-bindgen $wb_version" ]]; then
  echo "wasm-bindgen $wb_version already installed"
else
  # --debug: ~45 s instead of ~110 s, byte-identical output. No --locked (fails on this index).
  cargo install wasm-bindgen-cli --version "$wb_version" --no-default-features --debug
fi

step "Python: virtual environment .venv"
[[ -x .venv/bin/python ]] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r crates/py/requirements-dev.txt

step "npm: build and test tools (crates/wasm, from package-lock.json)"
stamp=crates/wasm/node_modules/.quyche-lock
if cmp -s crates/wasm/package-lock.json "$stamp" 2>/dev/null; then
  echo "node_modules up to date"
else
  (cd crates/wasm && npm ci --no-audit --no-fund)
  cp crates/wasm/package-lock.json "$stamp"
fi

step "Rust: format"
cargo fmt --all -- --check
step "Rust: clippy (host, and wasm32 for the WebAssembly crate)"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy -p quyche-wasm --target wasm32-unknown-unknown -- -D warnings
step "Rust: the crate builds with its MSRV (rust-version, one release below stable)"
# The crate, its tests, benches and examples compiled with the oldest toolchain it claims
# (measured: ~70 CPU-seconds cold on 2 cores). RUSTUP_AUTO_INSTALL=0 is set on these machines, so
# the toolchain is installed explicitly (minimal profile: rustc, cargo, std).
msrv=$(awk -F'"' '/^rust-version/ { print $2; exit }' Cargo.toml)
rustup toolchain install "$msrv" --profile minimal --no-self-update
cargo "+$msrv" check -p quyche --all-targets
step "Rust: tests and doctests (schemas/ staleness included)"
# With LibreOffice required, the document test fails instead of skipping when it is missing
# (two conversions to PDF: 9–14 s here, on a shared 2-core machine).
QUYCHE_REQUIRE_LIBREOFFICE=1 cargo test --workspace
step "Rust: the README's main command (the walkthrough) runs to its end"
# Its output is deterministic; what it shows is asserted by the conformance tests. Here: it
# completes (no panic), takes the case to its closing by the lead agency (Điều 7.1.a) and prints
# the reporting part.
cargo run -q -p quyche --example walkthrough > target/walkthrough.txt
grep -q "Trạng thái / Status: Đã kết thúc / Closed" target/walkthrough.txt
grep -q "^5. The 2026 reporting calendar and a six-month report$" target/walkthrough.txt

step "Python: build the wheel (dev profile) and install it into .venv"
rm -f target/wheels/quyche-*.whl
.venv/bin/maturin build -m crates/py/Cargo.toml --out target/wheels
.venv/bin/python -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps \
  target/wheels/quyche-*.whl
step "Python: pytest against the installed wheel"
# Run from crates/py/tests, where the source tree's python/ folder is not importable, so the
# tests import the wheel (test_package.py checks this when QUYCHE_EXPECT_WHEEL=1).
(
  cd crates/py/tests
  rc=0
  QUYCHE_EXPECT_WHEEL=1 "$root/.venv/bin/python" -m pytest -q -p no:cacheprovider || rc=$?
  if [[ $rc -eq 5 ]]; then echo "pytest collected no tests" >&2; fi
  exit $rc
)
step "Python: mypy --strict (tests and the installed package)"
(
  cd crates/py/tests
  "$root/.venv/bin/python" -m mypy --strict --cache-dir "$root/target/mypy-cache" .
  "$root/.venv/bin/python" -m mypy --strict --cache-dir "$root/target/mypy-cache" -p quyche
  "$root/.venv/bin/python" -m mypy --strict --cache-dir "$root/target/mypy-cache" "$root/examples/python"
)
"$root/.venv/bin/python" -c 'import time; t = time.perf_counter(); import quyche; print(f"import quyche: {(time.perf_counter() - t) * 1000:.1f} ms")'

step "Python: the release wheel and the sdist as users install them (scripts/test-wheels.sh)"
# The release manylinux2014 x86_64 wheel (zig; auditwheel confirms the tag) and a wheel pip builds
# from the sdist, each tested with the suite in a fresh venv. The aarch64, musllinux and Windows
# wheels stay in scripts/build-wheels.sh (README, "Python release wheels and the sdist": ~8-10 more
# minutes of release builds on 2 cores).
scripts/test-wheels.sh

step "WebAssembly: build the npm package (scripts/build-wasm.sh)"
scripts/build-wasm.sh
# tests/api.test.mjs compares the npm package's API with the Python package's: it runs
# crates/py/tests/api_listing.py with .venv/bin/python, so it needs the wheel installed above.
step "WebAssembly: node --test (API parity with the wheel, errors, hostile input, web build, schemas, exports, npm pack, tsc --strict)"
(cd crates/wasm && node --test tests/*.test.mjs)
step "Browser: smoke test, esbuild bundle and example page in headless Chromium"
timeout 180 node --test tests/browser/*.test.mjs

step "All suites passed in $((SECONDS - started)) s"
