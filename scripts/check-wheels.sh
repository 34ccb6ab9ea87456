#!/usr/bin/env bash
# Checks the release artifacts in DIR (default dist/), as scripts/build-wheels.sh leaves them:
# - Linux wheels: `auditwheel show` says the wheel is consistent with the tag in its name
#   (manylinux_2_17 = manylinux2014, or musllinux_1_2), and the extension has no symbol table or
#   debug sections (stripped);
# - the Windows wheel: its extension (a DLL) imports python3.dll (the stable ABI), no versioned
#   python3X.dll, and otherwise only Windows system DLLs: no MinGW runtime (libgcc_s, libwinpthread,
#   libstdc++) that a Windows machine would lack. It is built here, never run here;
# - every wheel and the sdist: both licence files and the PEP 639 licence expression; the sdist:
#   the Python package's CHANGELOG.md;
# then prints each artifact's size.
# Needs auditwheel (target/build-venv, made by scripts/build-wheels.sh), readelf (binutils) and
# x86_64-w64-mingw32-objdump (Debian's binutils-mingw-w64-x86-64) for a Windows wheel.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-dist}
auditwheel=$(command -v auditwheel || echo target/build-venv/bin/auditwheel)
failed=0
fail() { echo "FAIL: $*" >&2; failed=1; }

shopt -s nullglob
artifacts=("$dir"/quyche-*.whl "$dir"/quyche-*.tar.gz)
((${#artifacts[@]})) || { echo "no quyche artifacts in $dir" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for f in "${artifacts[@]}"; do
  name=$(basename "$f")
  echo "-- $name"
  x="$tmp/$name"
  mkdir -p "$x"
  case $name in
    *.tar.gz)
      tar -xzf "$f" -C "$x"
      pkg=$(echo "$x"/quyche-*/)
      for l in LICENSE-MIT LICENSE-APACHE; do [[ -s $pkg/$l ]] || fail "$name: no $l"; done
      grep -qx 'License-Expression: MIT OR Apache-2.0' "$pkg/PKG-INFO" || fail "$name: licence expression"
      # The Python package's changelog travels in the sdist (cargo lists it with the crate's files).
      if [[ -f crates/py/CHANGELOG.md && ! -s $pkg/crates/py/CHANGELOG.md ]]; then
        fail "$name: no crates/py/CHANGELOG.md"
      fi
      continue ;;
  esac
  python3 -m zipfile -e "$f" "$x"
  info=$(echo "$x"/quyche-*.dist-info)
  for l in LICENSE-MIT LICENSE-APACHE; do [[ -s $info/licenses/$l ]] || fail "$name: no licenses/$l"; done
  grep -qx 'License-Expression: MIT OR Apache-2.0' "$info/METADATA" || fail "$name: licence expression"
  case $name in
    *linux*.whl)
      # The tag in the name, e.g. manylinux_2_17_x86_64 or musllinux_1_2_aarch64 (the last of the
      # dotted platform tags is the PEP 600 one).
      tag=${name%.whl}; tag=${tag##*-}; tag=${tag##*.}
      # A musl wheel's libc is not this (glibc) machine's: search no system folder for it (the
      # musllinux policy accepts libc.musl-<arch>.so.1 by name; the host's libc.so, a linker
      # script, would crash auditwheel's ELF reader).
      ldpaths=()
      [[ $tag == musllinux_* ]] && ldpaths=(--ldpaths "$tmp/no-libraries")
      mkdir -p "$tmp/no-libraries"
      shown=$("$auditwheel" show "${ldpaths[@]}" "$f" 2>&1) || { fail "$name: auditwheel show failed"; echo "$shown"; continue; }
      echo "$shown" | sed 's/^/   auditwheel: /'
      # auditwheel wraps long lines: join them before looking for the sentence.
      if ! echo "$shown" | tr '\n' ' ' | tr -s ' ' \
        | grep -q "is consistent with the following platform tag: \"$tag\""; then
        fail "$name: auditwheel does not confirm $tag"
      fi
      so=$(echo "$x"/quyche/_native*.so)
      sections=$(readelf -S -W "$so")
      if grep -qE '\.symtab|\.debug_' <<<"$sections"; then fail "$name: $so is not stripped"; fi
      ;;
    *win_amd64.whl)
      pyd=$(echo "$x"/quyche/_native*.pyd)
      dlls=$(x86_64-w64-mingw32-objdump -p "$pyd" | sed -n 's/^[[:space:]]*DLL Name: //p' | sort -f)
      echo "   imports: $(echo $dlls)"
      grep -qx 'python3.dll' <<<"$dlls" || fail "$name: does not import python3.dll"
      while read -r dll; do
        # Windows' own DLLs (present on every Windows ≥ 8.1) and API sets.
        case ${dll,,} in
          python3.dll | kernel32.dll | ntdll.dll | msvcrt.dll | ws2_32.dll | userenv.dll \
            | bcryptprimitives.dll | bcrypt.dll | advapi32.dll | ole32.dll | oleaut32.dll \
            | shell32.dll | user32.dll | secur32.dll | crypt32.dll | ucrtbase.dll | api-ms-win-*.dll) ;;
          *) fail "$name: imports $dll, which is neither python3.dll nor a Windows system DLL" ;;
        esac
      done <<<"$dlls"
      if x86_64-w64-mingw32-objdump -h "$pyd" | grep -q '\.debug_'; then fail "$name: not stripped"; fi
      ;;
    *) fail "$name: unexpected platform" ;;
  esac
done

echo
echo "Sizes (bytes): artifact, and its native extension unpacked"
for f in "${artifacts[@]}"; do
  name=$(basename "$f")
  ext=$(find "$tmp/$name" -name '_native*' \( -name '*.so' -o -name '*.pyd' \) -print -quit)
  printf '  %-72s %9d  %9s\n' "$name" "$(stat -c %s "$f")" "${ext:+$(stat -c %s "$ext")}"
done
((failed == 0)) || { echo "check-wheels: FAILED" >&2; exit 1; }
echo "check-wheels: all artifacts passed"
