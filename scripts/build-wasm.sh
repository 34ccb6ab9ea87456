#!/usr/bin/env bash
# Builds the npm package `quyche` into crates/wasm/pkg/ (no wasm-pack):
#   cargo (wasm32, profile release-wasm) → wasm-bindgen --target web → wasm-opt -Oz (npm
#   binaryen); one glue and one `web/quyche_bg.wasm` serve both entry modules (index.web.js, and
#   index.node.js, which instantiates the same module synchronously from the file). The
#   declarations are post-processed so that a default tsconfig compiles against them (see
#   below); the browser build is also copied to examples/web/pkg/ for the example page.
# Needs: the wasm32-unknown-unknown target, wasm-bindgen-cli at the version pinned in Cargo.lock,
# and `npm ci` run in crates/wasm (for wasm-opt). scripts/test.sh installs all three.
# Usage: scripts/build-wasm.sh [--dev]   (--dev: dev profile, no wasm-opt; for quick local tries)
set -euo pipefail
cd "$(dirname "$0")/.."

profile=release-wasm
if [[ "${1:-}" == "--dev" ]]; then profile=dev; fi
target_subdir=$([[ $profile == dev ]] && echo debug || echo "$profile")

wasm_dir=crates/wasm
pkg=$wasm_dir/pkg
raw=target/wasm32-unknown-unknown/$target_subdir/quyche_wasm.wasm
wasm_opt=$wasm_dir/node_modules/.bin/wasm-opt

cargo build --target wasm32-unknown-unknown --profile "$profile" -p quyche-wasm

rm -rf "$pkg"
mkdir -p "$pkg"
wasm-bindgen --target web --out-name quyche --out-dir "$pkg/web" "$raw"
bindgen_size=$(stat -c %s "$pkg/web/quyche_bg.wasm")

if [[ $profile != dev ]]; then
  # wasm-opt takes ~30 s on this module: reuse the result when wasm-bindgen's output is unchanged.
  cache=target/wasm-opt-cache
  key=$( { "$wasm_opt" --version; cat "$pkg/web/quyche_bg.wasm"; } | sha256sum | cut -c1-64)
  if [[ ! -f $cache/$key.wasm ]]; then
    mkdir -p "$cache"
    rm -f "$cache"/*.wasm
    "$wasm_opt" -Oz "$pkg/web/quyche_bg.wasm" -o "$cache/$key.tmp"
    mv "$cache/$key.tmp" "$cache/$key.wasm"
  else
    echo "wasm-opt: reusing $cache/$key.wasm"
  fi
  cp "$cache/$key.wasm" "$pkg/web/quyche_bg.wasm"
fi

# Declarations. wasm-bindgen's web/quyche.d.ts ends with its loader (`InitInput`, `InitOutput`
# listing the raw wasm exports, `initSync`, the default export); index.d.ts declares the package's
# own `init`/`initSync` instead, so that section is cut. Its classes also declare
# `[Symbol.dispose]()`, which only compiles with `lib` ESNext.Disposable (or ESNext): those lines
# are dropped, so a default tsconfig compiles (`using` still works at runtime where the engine
# has `Symbol.dispose`; `free()` stays declared). web/quyche_bg.wasm.d.ts (the raw wasm ABI) is
# removed: the package declares `quyche/quyche_bg.wasm` as a file URL (npm/quyche_bg.wasm.d.ts).
# tsify writes a Rust map as `Map<K, V>`, which is not what crosses (values go through JSON, see
# crates/wasm/src/convert.rs: a map is a plain object both ways) and needs `lib` ES2015: it becomes
# `Record<K, V>`.
node -e '
  const fs = require("fs");
  const file = process.argv[1];
  let s = fs.readFileSync(file, "utf8");
  const loader = s.indexOf("\nexport type InitInput = ");
  if (loader < 0) throw new Error(`${file}: wasm-bindgen loader section not found`);
  s = s.slice(0, loader + 1);
  s = s.replace(/^ *\[Symbol\.dispose\]\(\): void;\n/gm, "");
  s = s.replace(/\bMap<([^<>]*)>/g, "Record<$1>");
  for (const bad of ["Symbol.dispose", "Map<", "InitOutput", "__wbg_init", "__setErrorClass", "RegulationHandle"]) {
    if (s.includes(bad)) throw new Error(`${file}: still mentions ${bad}`);
  }
  fs.writeFileSync(file, s);
' "$pkg/web/quyche.d.ts"
rm "$pkg/web/quyche_bg.wasm.d.ts"

cp "$wasm_dir"/npm/{error.js,error.d.ts,index.node.js,index.web.js,index.d.ts,quyche_bg.wasm.d.ts,README.md} "$pkg/"
cp LICENSE-MIT LICENSE-APACHE "$wasm_dir/CHANGELOG.md" "$pkg/"
version=$(cargo metadata --format-version 1 --no-deps \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const m=JSON.parse(s);console.log(m.packages.find(p=>p.name==="quyche-wasm").version)})')
node -e '
  const fs = require("fs");
  const [src, dst, version] = process.argv.slice(1);
  const p = JSON.parse(fs.readFileSync(src, "utf8"));
  p.version = version;
  fs.writeFileSync(dst, JSON.stringify(p, null, 2) + "\n");
' "$wasm_dir/npm/package.json" "$pkg/package.json" "$version"

# The example web page (examples/web/, served as a static folder) loads the browser build from
# its own ./pkg/ (gitignored).
web_pkg=examples/web/pkg
rm -rf "$web_pkg"
mkdir -p "$web_pkg"
cp -r "$pkg"/{index.web.js,error.js,web} "$web_pkg/"

# Tests and the TypeScript check import the package by name, through its `exports` map.
if [[ -d $wasm_dir/node_modules ]]; then
  ln -sfn ../pkg "$wasm_dir/node_modules/quyche"
fi

size=$(stat -c %s "$pkg/web/quyche_bg.wasm")
gz=$(gzip -9 -c "$pkg/web/quyche_bg.wasm" | wc -c)
echo "quyche_bg.wasm ($profile): raw $size bytes ($(( size / 1024 )) KiB) (cargo: $(stat -c %s "$raw"), wasm-bindgen: $bindgen_size); gzip -9: $gz bytes ($(( gz / 1024 )) KiB)"
