// What `npm pack` would publish (read with `npm pack --dry-run --json` in the built package):
// one copy of the WebAssembly module, shared by the Node and browser entries; every target of
// the `exports` map; the README and both license texts (the repository's own); and the metadata
// npm users see.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const pkgDir = dirname(createRequire(import.meta.url).resolve("quyche/package.json"));
const repo = new URL("../../../", import.meta.url);
const manifest = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const [packed] = JSON.parse(execFileSync(npm, ["pack", "--dry-run", "--json"], { cwd: pkgDir, encoding: "utf8" }));
const files = packed.files.map((f) => f.path).sort();

/** Every file an `exports` target names (conditions flattened). */
function targets(value) {
  if (typeof value === "string") return [value.replace(/^\.\//, "")];
  return Object.values(value).flatMap(targets);
}

test("the tarball holds one .wasm, the one both entries load", () => {
  assert.deepEqual(files.filter((f) => f.endsWith(".wasm")), ["web/quyche_bg.wasm"]);
  assert.match(readFileSync(join(pkgDir, "index.node.js"), "utf8"), /"\.\/web\/quyche_bg\.wasm"/);
  assert.equal(manifest.exports["./quyche_bg.wasm"].default, "./web/quyche_bg.wasm");
});

test("every target of the exports map and of `types` is in the tarball", () => {
  const named = new Set([...targets(manifest.exports), manifest.types.replace(/^\.\//, "")]);
  for (const t of named) assert.ok(files.includes(t), `${t} is packed`);
});

test("the tarball holds exactly the package's files, with the README, the changelog and both licenses", () => {
  assert.deepEqual(files, [
    "CHANGELOG.md",
    "LICENSE-APACHE",
    "LICENSE-MIT",
    "README.md",
    "error.d.ts",
    "error.js",
    "index.d.ts",
    "index.node.js",
    "index.web.js",
    "package.json",
    "quyche_bg.wasm.d.ts",
    "web/quyche.d.ts",
    "web/quyche.js",
    "web/quyche_bg.wasm",
  ]);
  for (const license of ["LICENSE-MIT", "LICENSE-APACHE"]) {
    assert.equal(readFileSync(join(pkgDir, license), "utf8"), readFileSync(new URL(license, repo), "utf8"), license);
  }
});

test("the metadata: SPDX license, keywords, engines, no placeholder URL", () => {
  assert.equal(manifest.name, "quyche");
  assert.equal(manifest.license, "MIT OR Apache-2.0");
  assert.equal(manifest.type, "module");
  assert.ok(manifest.keywords.length >= 3, "keywords");
  assert.match(manifest.engines.node, /^>=\d+/);
  const text = JSON.stringify(manifest);
  assert.doesNotMatch(text, /example\.(invalid|com|org)|TODO|FIXME|placeholder/i);
  for (const field of ["repository", "homepage", "bugs"]) {
    if (manifest[field] !== undefined) assert.match(JSON.stringify(manifest[field]), /https:\/\//, field);
  }
  assert.equal(manifest.version, packed.version);
  assert.notEqual(manifest.version, "0.0.0", "the build writes the crate's version");
});
