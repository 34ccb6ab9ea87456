#!/usr/bin/env bash
# Tests the Python package as users install it, in fresh virtual environments:
#   1. the release manylinux2014 x86_64 wheel of dist/ (built by scripts/build-wheels.sh);
#   2. a wheel that pip builds from the sdist of dist/ (PEP 517 through maturin, in release mode),
# each with the Python suite run as scripts/test.sh runs it (crates/py/tests, QUYCHE_EXPECT_WHEEL=1,
# so test_package.py fails if the tests import anything but the installed wheel). Both suites run
# even when the first fails; the script fails if either does.
# Usage: scripts/test-wheels.sh
# scripts/test.sh (CI) runs it. It calls scripts/build-wheels.sh for the two artifacts it needs
# (cargo does nothing when they are up to date), so it installs what that script installs.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export CARGO_INCREMENTAL=0
export CARGO_TERM_COLOR=never
export PATH="$HOME/.cargo/bin:$PATH"
work=$root/target/test-wheels

started=$SECONDS
step() { printf '\n== [%4ss] %s ==\n' "$((SECONDS - started))" "$*"; }

step "Build: the manylinux2014 x86_64 wheel and the sdist (scripts/build-wheels.sh)"
scripts/build-wheels.sh manylinux-x86_64 sdist
shopt -s nullglob
wheels=(dist/quyche-*-manylinux2014_x86_64.*.whl)
sdists=(dist/quyche-*.tar.gz)
((${#wheels[@]} == 1 && ${#sdists[@]} == 1)) || {
  echo "expected one manylinux2014 x86_64 wheel and one sdist in dist/" >&2
  exit 1
}

run_suite() { # label: the Python suite as scripts/test.sh runs it, against the venv's quyche
  local rc=0
  (cd crates/py/tests && QUYCHE_EXPECT_WHEEL=1 "$venv/bin/python" -m pytest -q -p no:cacheprovider) \
    || rc=$?
  if [[ $rc -eq 5 ]]; then echo "pytest collected no tests" >&2; fi
  if [[ $rc -ne 0 ]]; then failed+=("$1"); fi
}
installed() { # where quyche is imported from, and its version
  (cd / && "$venv/bin/python" -c 'import quyche; print(quyche.__version__, quyche.__file__)')
}
pip_() { "$venv/bin/python" -m pip --quiet --disable-pip-version-check "$@"; }
failed=()

venv=$work/venv
step "Fresh venv ${venv#"$root"/} with the suite's tools (crates/py/requirements-dev.txt)"
rm -rf "$venv"
python3 -m venv "$venv"
pip_ install -r crates/py/requirements-dev.txt

step "Wheel: pip install ${wheels[0]#dist/}, then pytest"
pip_ install "${wheels[0]}"
installed
run_suite "the manylinux2014 wheel"

step "Sdist: pip builds a wheel from ${sdists[0]#dist/}"
# The same venv, with the first wheel uninstalled: pip's build is isolated anyway (it installs the
# build backend the sdist names, maturin, into a temporary environment, and runs cargo in release
# mode). Into an empty target folder each time, as on a user's machine: the sdist's files all carry
# the same old timestamp (reproducible archives), so a kept folder would look up to date to cargo
# and the wheel would hold the previous sdist's code.
pip_ uninstall -y quyche
rm -rf "$work/from-sdist" "$root/target/from-sdist"
sdist_started=$SECONDS
CARGO_TARGET_DIR=$root/target/from-sdist pip_ wheel --no-deps --wheel-dir "$work/from-sdist" \
  "${sdists[0]}"
echo "built from the sdist in $((SECONDS - sdist_started)) s:" "$work"/from-sdist/*.whl
step "Sdist: pip install the wheel built from it, then pytest"
pip_ install "$work"/from-sdist/quyche-*.whl
installed
run_suite "the wheel built from the sdist"

if ((${#failed[@]})); then
  step "FAILED against: $(IFS=,; echo "${failed[*]}")"
  exit 1
fi
step "Both wheels passed in $((SECONDS - started)) s"
