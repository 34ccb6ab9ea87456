// The package's runtime exports, listed. Both entry modules (Node: `quyche` and `quyche/node`;
// browsers: `quyche/web`) export exactly the public API: the names their TypeScript declarations
// declare as values, and none of wasm-bindgen's plumbing (`RegulationHandle`, which hands a
// Regulation argument to the WebAssembly side, and `__setErrorClass`, which registers
// QuycheError), although both keep working inside. A new export of crates/wasm/src goes into
// npm/index.web.js's list and into PUBLIC below.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import * as quyche from "quyche";
import * as nodeEntry from "quyche/node";
import * as webEntry from "quyche/web";

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve("quyche/package.json"));

const PUBLIC = [
  "Case",
  "QuycheError",
  "Regulation",
  "WorkCalendar",
  "addHours",
  "addWorkingDays",
  "basis",
  "callJson",
  "caseTable",
  "compileReport",
  "countWorkingDays",
  "dayInfo",
  "default",
  "findCitations",
  "formatCitation",
  "holidaysIn",
  "initSync",
  "isWorkingDay",
  "loadCases",
  "loadJsonl",
  "lunarNewYear",
  "lunarToSolar",
  "overdue",
  "parseCitation",
  "parseInstant",
  "removalRequest",
  "renderMarkdown",
  "replayJsonl",
  "reportDocument",
  "reportFigureRows",
  "reportingCalendar",
  "reportingWindow",
  "scanCitations",
  "solarToLunar",
  "version",
  "workingDaysBetween",
];

const names = (m) => Object.keys(m).sort();

const DETECT = {
  type: "detect",
  source: "press_review",
  content: { platform: "Facebook", platform_kind: "social_network", kind: "post", summary: "Tin đồn" },
};

/** The value exports of a declaration file and of what it re-exports with `export *` (parsed
 * with TypeScript's parser, no type check). */
function declaredValues(file) {
  const ts = require("typescript");
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  const out = new Set();
  const exported = (node) => ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Export;
  for (const st of source.statements) {
    if (ts.isExportDeclaration(st)) {
      const from = st.moduleSpecifier && join(dirname(file), st.moduleSpecifier.text.replace(/\.js$/, ".d.ts"));
      if (!st.exportClause) {
        for (const n of declaredValues(from)) if (n !== "default") out.add(n);
      } else if (!st.isTypeOnly && ts.isNamedExports(st.exportClause)) {
        for (const el of st.exportClause.elements) if (!el.isTypeOnly) out.add(el.name.text);
      }
    } else if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) && exported(st)) {
      const isDefault = ts.getCombinedModifierFlags(st) & ts.ModifierFlags.Default;
      out.add(isDefault ? "default" : st.name.text);
    } else if (ts.isVariableStatement(st) && exported(st)) {
      for (const d of st.declarationList.declarations) out.add(d.name.text);
    }
  }
  return out;
}

test("the Node entry exports exactly the public API", () => {
  assert.deepEqual(names(quyche), PUBLIC);
  assert.deepEqual(names(nodeEntry), PUBLIC);
});

test("the browser entry exports the same names", () => {
  assert.deepEqual(names(webEntry), PUBLIC);
});

test("the runtime exports are the values the TypeScript declarations declare", () => {
  assert.deepEqual([...declaredValues(join(pkgDir, "index.d.ts"))].sort(), PUBLIC);
});

test("the glue's other exports are wasm-bindgen plumbing, kept out of the entries", async () => {
  const glue = await import(join(pkgDir, "web", "quyche.js"));
  const hidden = names(glue).filter((n) => !PUBLIC.includes(n));
  assert.deepEqual(hidden, ["RegulationHandle", "__setErrorClass"]);
});

test("the hidden plumbing still works: errors are QuycheError, a Regulation passes as an argument", () => {
  const reg = quyche.Regulation.khanhHoa();
  assert.equal(quyche.basis(reg, reg.detect(DETECT, "so-vhttdl", "2026-08-03T08:00:00+07:00").events[0]).length > 0, true);
  assert.throws(
    () => quyche.basis({}, {}),
    (e) => e instanceof quyche.QuycheError && e.code === "INVALID_INPUT" && e.path === "/regulation",
  );
});

test("init and initSync hand out nothing (no raw WebAssembly exports)", async () => {
  assert.equal(await quyche.default(), undefined);
  assert.equal(quyche.initSync(), undefined);
  const bytes = readFileSync(join(pkgDir, "web", "quyche_bg.wasm"));
  assert.equal(webEntry.initSync({ module: bytes }), undefined);
  assert.equal(await webEntry.default({ module_or_path: bytes }), undefined);
});
