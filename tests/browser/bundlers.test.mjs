// The package in a bundler: esbuild bundles tests/browser/esbuild/app.js (the esbuild recipe of
// crates/wasm/npm/README.md, which imports `quyche` and `quyche/quyche_bg.wasm` by name, through
// the package's `exports` map) into target/browser-esbuild/, and headless Chromium runs the page:
// the module is fetched from the file esbuild emitted, errors are QuycheError. The README's
// recipe must be the page's code. Run by scripts/test.sh under `timeout`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { withPage, root } from "./harness.mjs";

const require = createRequire(`${root}crates/wasm/package.json`);
const OUT = "target/browser-esbuild";
const APP = new URL("./esbuild/app.js", import.meta.url);

/** The lines between `// --- recipe ---` and `// --- end ---`. */
function recipe(text) {
  const m = text.match(/^\/\/ --- recipe ---\n([\s\S]*?)^\/\/ --- end ---$/m);
  assert.ok(m, "recipe markers");
  return m[1];
}

test("the README's esbuild recipe is the bundled page's code", () => {
  const readme = readFileSync(`${root}crates/wasm/npm/README.md`, "utf8");
  assert.ok(readme.includes("```js esbuild\n" + recipe(readFileSync(APP, "utf8")) + "```"), "README block = app.js recipe");
});

test("a page bundled by esbuild (browser build, .wasm as a file) runs in headless Chromium", async () => {
  const esbuild = require("esbuild");
  rmSync(`${root}${OUT}`, { recursive: true, force: true });
  mkdirSync(`${root}${OUT}`, { recursive: true });
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ["tests/browser/esbuild/app.js"],
    bundle: true,
    format: "esm",
    platform: "browser",
    loader: { ".wasm": "file" },
    outdir: OUT,
    // The package is installed in crates/wasm/node_modules (a link to the built crates/wasm/pkg).
    nodePaths: ["crates/wasm/node_modules"],
    metafile: true,
    logLevel: "silent",
  });
  assert.deepEqual(result.errors, []);
  const inputs = Object.keys(result.metafile.inputs);
  assert.ok(inputs.includes("crates/wasm/pkg/index.web.js"), `the browser entry was bundled: ${inputs}`);
  assert.ok(!inputs.includes("crates/wasm/pkg/index.node.js"), "not the Node entry");
  const wasm = Object.keys(result.metafile.outputs).filter((f) => f.endsWith(".wasm"));
  assert.equal(wasm.length, 1, `one .wasm emitted: ${wasm}`);
  copyFileSync(new URL("./esbuild/index.html", import.meta.url), `${root}${OUT}/index.html`);

  await withPage(OUT, "/index.html", async (page, base, problems) => {
    await page.waitForSelector("body[data-ready]", { timeout: 20000 });
    assert.equal(await page.locator("#regulation").textContent(), "khanh-hoa-2086");
    assert.equal(await page.locator("#error").textContent(), "true INVALID_INPUT /id");
    assert.deepEqual(problems, []);
    const fetched = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
    assert.ok(fetched.includes(`${base}/${wasm[0].split("/").pop()}`), `the emitted .wasm was loaded: ${fetched}`);
  });
});
