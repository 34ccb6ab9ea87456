#!/usr/bin/env bash
# Tests the Python package as users install it, in fresh virtual environments:
#   1. the release manylinux2014 x86_64 wheel of dist/ (built by scripts/build-wheels.sh);
#   2. a wheel that pip builds from the sdist of dist/ (PEP 517 through maturin, in release mode),
# each with the Python suite run as scripts/test.sh runs it (crates/py/tests, QUYCHE_EXPECT_WHEEL=1,
# so test_package.py fails if the tests import anything but the installed wheel).
# Usage: scripts/test-wheels.sh
# Not part of scripts/test.sh (CI time); it calls scripts/build-wheels.sh for the two artifacts it
# needs (cargo does nothing when they are up to date), so it installs what that script installs.
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

fresh_venv() { # dir: a new venv with the suite's tools (crates/py/requirements-dev.txt)
  rm -rf "$1"
  python3 -m venv "$1"
  "$1/bin/python" -m pip install --quiet --disable-pip-version-check -r crates/py/requirements-dev.txt
}
run_suite() { # venv
  (
    cd crates/py/tests
    rc=0
    QUYCHE_EXPECT_WHEEL=1 "$1/bin/python" -m pytest -q -p no:cacheprovider || rc=$?
    if [[ $rc -eq 5 ]]; then echo "pytest collected no tests" >&2; fi
    exit $rc
  )
}
installed() { # venv: where quyche was imported from, and its version
  (cd / && "$1/bin/python" -c 'import quyche; print(quyche.__version__, quyche.__file__)')
}

step "Wheel: fresh venv, install ${wheels[0]#dist/}"
fresh_venv "$work/wheel"
"$work/wheel/bin/python" -m pip install --quiet --disable-pip-version-check "${wheels[0]}"
installed "$work/wheel"
step "Wheel: pytest"
run_suite "$work/wheel"

step "Sdist: fresh venv, pip builds a wheel from ${sdists[0]#dist/}"
fresh_venv "$work/sdist"
rm -rf "$work/from-sdist"
# pip's isolated build installs the build backend the sdist names (maturin) and runs cargo in
# release mode. Dependencies compiled before are reused from target/from-sdist; the project's own
# crates are rebuilt each time (cargo keys them by the temporary folder pip unpacks the sdist in).
CARGO_TARGET_DIR=$root/target/from-sdist "$work/sdist/bin/python" -m pip wheel --quiet \
  --disable-pip-version-check --no-deps --wheel-dir "$work/from-sdist" "${sdists[0]}"
ls -l "$work/from-sdist"
"$work/sdist/bin/python" -m pip install --quiet --disable-pip-version-check "$work"/from-sdist/quyche-*.whl
installed "$work/sdist"
step "Sdist: pytest"
run_suite "$work/sdist"

step "Both wheels passed in $((SECONDS - started)) s"
