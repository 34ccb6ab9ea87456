// The JavaScript examples the package documents run, and say what they show. Sources: every
// ```js block of the package's README.md and of its TypeScript declarations (the doc comments
// of the Rust exports, which wasm-bindgen copies into quyche.d.ts), as a reader would paste them.
//
// A line `EXPR; // LITERAL …` is checked: EXPR must equal the JSON literal that starts the
// comment (a string, number, boolean or null; the rest of the comment is prose). A line
// `EXPR; // throws CODE…` must throw a QuycheError with that code. Other lines just run.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import test from "node:test";
import * as quyche from "quyche";

const pkgDir = dirname(createRequire(import.meta.url).resolve("quyche/package.json"));

/** The ```js blocks of a Markdown text (or of JSDoc comments, once their ` * ` is stripped). */
function jsBlocks(text) {
  return [...text.matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
}

/** The declarations' doc comments as plain text (each line's leading ` * ` removed). */
function declarationDocs(path) {
  return readFileSync(path, "utf8")
    .split("\n")
    .map((l) => l.replace(/^\s*\*( |$)/, ""))
    .join("\n");
}

const AsyncFunction = (async () => {}).constructor;

/** Runs one example with every export of the package in scope (imports and `init()` dropped:
 * the test has already loaded the package). Returns how many results it checked. */
async function run(block) {
  let checks = 0;
  const body = block
    .split("\n")
    .filter((l) => !/^\s*import .* from "quyche";\s*$/.test(l))
    .map((line) => {
      const m = line.match(/^(\s*)(.+?);\s*\/\/\s*(.*)$/);
      if (!m || /^(const|let|var|await|try|\})\b/.test(m[2])) return line;
      const [, indent, expr, comment] = m;
      const thrown = comment.match(/^throws ([A-Z_]+)/);
      if (thrown) {
        checks++;
        return `${indent}__throws(() => (${expr}), ${JSON.stringify(thrown[1])});`;
      }
      const literal = comment.match(/^("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false|null)(\s|$)/);
      if (literal) {
        checks++;
        return `${indent}__equal((${expr}), ${literal[1]}, ${JSON.stringify(expr)});`;
      }
      return line;
    })
    .join("\n");
  const names = Object.keys(quyche).filter((n) => n !== "default");
  const scope = {
    ...Object.fromEntries(names.map((n) => [n, quyche[n]])),
    init: quyche.default,
    __equal: (got, want, expr) => assert.deepEqual(got, want, expr),
    __throws: (fn, code) => assert.throws(fn, (e) => e instanceof quyche.QuycheError && e.code === code),
  };
  await new AsyncFunction(...Object.keys(scope), body)(...Object.values(scope));
  return checks;
}

const sources = {
  "README.md": readFileSync(join(pkgDir, "README.md"), "utf8"),
  "web/quyche.d.ts": declarationDocs(join(pkgDir, "web", "quyche.d.ts")),
};

test("the package documents runnable JavaScript examples", () => {
  const count = Object.values(sources).reduce((n, text) => n + jsBlocks(text).length, 0);
  // README: one; declarations: Case, Regulation, WorkCalendar.
  assert.ok(count >= 4, `found ${count} examples`);
});

for (const [file, text] of Object.entries(sources)) {
  jsBlocks(text).forEach((block, i) => {
    test(`${file} example ${i + 1} runs and shows what it says`, async () => {
      const checks = await run(block);
      assert.ok(checks >= 1, "the example states at least one result");
    });
  });
}

test("the checker refuses a wrong stated result and a missing throw", async () => {
  await assert.rejects(run('Regulation.khanhHoa().id; // "not-the-id"'));
  await assert.rejects(run('Regulation.khanhHoa().id; // throws INVALID_INPUT'));
  assert.equal(await run('Regulation.khanhHoa().id; // "khanh-hoa-2086"'), 1);
});
