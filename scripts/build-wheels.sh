#!/usr/bin/env bash
# Builds the Python package for release into dist/: release profile, stripped, abi3 (one wheel per
# platform serves CPython ≥ 3.9). Installs what it needs itself.
#
# Usage: scripts/build-wheels.sh [ARTIFACT...]     (default: all of them, then scripts/check-wheels.sh)
#   manylinux-x86_64  manylinux-aarch64   glibc ≥ 2.17 (manylinux2014), cross-linked by zig
#   musllinux-x86_64  musllinux-aarch64   musl ≥ 1.2 (musllinux_1_2), cross-linked by zig
#   windows-x86_64                        x86_64-pc-windows-gnu, linked by Debian's mingw-w64;
#                                         built here, never run here (no Windows)
#   sdist                                 the source distribution (pip builds it with cargo)
# macOS wheels need Apple's SDK: README.md ("Packages") has the recipe for a macOS runner.
#
# Steps: Debian packages (mingw-w64's x86_64 compiler and binutils, python3-venv; only when
# missing) → rustup targets → a build venv (target/build-venv: maturin, ziglang, auditwheel at the
# versions of crates/py/requirements-build.txt) → the artifacts (musl wheels: libc entry renamed)
# → the checks.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export CARGO_INCREMENTAL=0
export CARGO_TERM_COLOR=never
export PATH="$HOME/.cargo/bin:$PATH"
out=$root/dist

all=(manylinux-x86_64 manylinux-aarch64 musllinux-x86_64 musllinux-aarch64 windows-x86_64 sdist)
wanted=("$@")
((${#wanted[@]})) || wanted=("${all[@]}")
for w in "${wanted[@]}"; do
  [[ " ${all[*]} " == *" $w "* ]] || { echo "unknown artifact: $w (one of: ${all[*]})" >&2; exit 2; }
done
wants() { [[ " ${wanted[*]} " == *" $1 "* ]]; }

started=$SECONDS
step() { printf '\n== [%4ss] %s ==\n' "$((SECONDS - started))" "$*"; }
sudo_if_needed() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

step "System packages (Debian; only what is missing)"
apt_missing=()
python3 -c 'import ensurepip, venv' 2>/dev/null || apt_missing+=(python3-venv)
if wants windows-x86_64; then
  # The x86_64 half of Debian's mingw-w64: the linker driver rustc calls for windows-gnu, dlltool
  # (pyo3 links python3.dll through raw-dylib, which rustc turns into an import library with it)
  # and objdump for the import check.
  command -v x86_64-w64-mingw32-gcc >/dev/null || apt_missing+=(gcc-mingw-w64-x86-64)
  command -v x86_64-w64-mingw32-dlltool >/dev/null && command -v x86_64-w64-mingw32-objdump >/dev/null \
    || apt_missing+=(binutils-mingw-w64-x86-64)
fi
if ((${#apt_missing[@]})); then
  echo "installing: ${apt_missing[*]}"
  sudo_if_needed apt-get update
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    "${apt_missing[@]}"
else
  echo "nothing to install"
fi

step "Rust: targets"
targets=()
wants manylinux-x86_64 && targets+=(x86_64-unknown-linux-gnu)
wants manylinux-aarch64 && targets+=(aarch64-unknown-linux-gnu)
wants musllinux-x86_64 && targets+=(x86_64-unknown-linux-musl)
wants musllinux-aarch64 && targets+=(aarch64-unknown-linux-musl)
wants windows-x86_64 && targets+=(x86_64-pc-windows-gnu)
((${#targets[@]})) && rustup target add "${targets[@]}"

step "Python: build venv target/build-venv (maturin, ziglang, auditwheel)"
venv=$root/target/build-venv
[[ -x $venv/bin/python ]] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r crates/py/requirements-build.txt
# maturin --zig runs `python -m ziglang` with the python found on PATH: the venv's must come first.
export PATH="$venv/bin:$PATH"

mkdir -p "$out"
build() { # artifact, glob of its old files in dist/, maturin arguments…
  local name=$1 old=$2
  shift 2
  step "Build: $name"
  rm -f "$out"/$old
  maturin "$@" -m crates/py/Cargo.toml --out "$out"
}
# zig links a musl extension against musl's libc under the name `libc.so`. musl's loader resolves
# every `libc.*` name to itself without looking at the disk (ldso/dynlink.c, load_library's
# reserved names), so the wheel would load; but auditwheel's musllinux policy (and the wheels built
# in the PyPA musllinux images) name it `libc.musl-<arch>.so.1`. Rename the entry (patchelf) and
# repack the wheel so that its RECORD hashes stay right (`wheel unpack` / `wheel pack`).
musl_libc_name() { # arch (x86_64 or aarch64)
  local whl tmp so
  whl=$(echo "$out"/quyche-*-musllinux_1_2_"$1".whl)
  tmp=$(mktemp -d)
  wheel unpack -d "$tmp" "$whl" >/dev/null
  so=$(echo "$tmp"/quyche-*/quyche/_native*.so)
  if readelf -d "$so" | grep -qF 'Shared library: [libc.so]'; then
    patchelf --replace-needed libc.so "libc.musl-$1.so.1" "$so"
    rm "$whl"
    wheel pack -d "$out" "$tmp"/quyche-*/ >/dev/null
    echo "$(basename "$whl"): libc.so renamed libc.musl-$1.so.1"
  fi
  rm -rf "$tmp"
}
release=(build --release --strip)
wants manylinux-x86_64 && build manylinux-x86_64 'quyche-*-manylinux*_x86_64.whl' \
  "${release[@]}" --zig --compatibility manylinux2014 --target x86_64-unknown-linux-gnu
wants manylinux-aarch64 && build manylinux-aarch64 'quyche-*-manylinux*_aarch64.whl' \
  "${release[@]}" --zig --compatibility manylinux2014 --target aarch64-unknown-linux-gnu
wants musllinux-x86_64 && build musllinux-x86_64 'quyche-*-musllinux*_x86_64.whl' \
  "${release[@]}" --zig --compatibility musllinux_1_2 --target x86_64-unknown-linux-musl
wants musllinux-x86_64 && musl_libc_name x86_64
wants musllinux-aarch64 && build musllinux-aarch64 'quyche-*-musllinux*_aarch64.whl' \
  "${release[@]}" --zig --compatibility musllinux_1_2 --target aarch64-unknown-linux-musl
wants musllinux-aarch64 && musl_libc_name aarch64
wants windows-x86_64 && build windows-x86_64 'quyche-*-win_amd64.whl' \
  "${release[@]}" --target x86_64-pc-windows-gnu
wants sdist && build sdist 'quyche-*.tar.gz' sdist

step "Check: platform tags, imports, licences, sizes (scripts/check-wheels.sh)"
scripts/check-wheels.sh "$out"
step "Built in $((SECONDS - started)) s"
