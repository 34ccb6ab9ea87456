// DESIGN.md, Bindings: "One API: the same functions in both [Python and JS], differing only in
// case convention; a test compares the two lists." This is that test.
//
// - Python's API: crates/py/tests/api_listing.py, run with the Python that has the wheel
//   installed (`.venv/bin/python`, or $QUYCHE_PYTHON) in isolated mode (`-I`), so what is listed
//   is the installed package, found by introspection (`quyche.__all__` and the members each class
//   defines; dunder methods are Python protocol).
// - JavaScript's API: the built package's runtime exports (`import * as quyche from "quyche"`),
//   and for each class its own static and prototype members, minus wasm-bindgen's internal
//   glue (names starting with `__`; `length`/`name`/`prototype`/`constructor` of every function).
// - Python names are compared in camelCase (`bodies_for` ↔ `bodiesFor`).
// - tests/api/allowlist.json lists the differences allowed, each with its reason. Any other
//   difference fails, and so does an entry of the allow-list that is no longer a difference.
//
// It runs where both packages exist: in scripts/test.sh after the wheel is installed into .venv
// (the Python step) and the npm package is built (scripts/build-wasm.sh), as part of
// `node --test tests/*.test.mjs`. Without the installed wheel it fails, saying so.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import * as quyche from "quyche";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const LISTING = `${ROOT}crates/py/tests/api_listing.py`;
const ALLOWLIST = `${ROOT}tests/api/allowlist.json`;

const camel = (name) => name.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());

/** The installed Python package's names (`name`, `Class.member`), as listed by api_listing.py. */
function pythonListing() {
  const python = process.env.QUYCHE_PYTHON ?? `${ROOT}.venv/bin/python`;
  assert.ok(
    existsSync(python),
    `${python} not found: build the wheel and install it into .venv (scripts/test.sh does), or set QUYCHE_PYTHON`,
  );
  const out = execFileSync(python, ["-I", LISTING], { cwd: tmpdir(), encoding: "utf8" });
  return JSON.parse(out);
}

/** Function members every JavaScript function has. */
const FUNCTION_OWN = new Set(["length", "name", "prototype", "constructor", "arguments", "caller"]);

/** The package's names (`name`, `Class.member`): exports, and the own members of its classes. */
function jsListing() {
  const names = [];
  for (const [name, value] of Object.entries(quyche)) {
    names.push(name);
    if (typeof value !== "function" || !/^[A-Z]/.test(name)) continue;
    const own = [...Object.getOwnPropertyNames(value), ...Object.getOwnPropertyNames(value.prototype ?? {})];
    for (const m of new Set(own)) {
      if (!FUNCTION_OWN.has(m) && !m.startsWith("__")) names.push(`${name}.${m}`);
    }
  }
  return names.sort();
}

/**
 * Compares the two lists under the allow-list. `allow` is `{python_only, js_only}`, each a list
 * of `{name, reason}` in its language's spelling (`Class.*`: every member of that class).
 * Returns what fails: differences not allowed, and allowed entries that are no longer differences.
 */
function compare(pythonNames, jsNames, allow) {
  const py = new Set(pythonNames.map((n) => n.split(".").map(camel).join(".")));
  const js = new Set(jsNames);
  const covers = (entries) => (name) =>
    entries.some((e) => {
      const n = e.name.split(".").map(camel).join(".");
      return n.endsWith(".*") ? name.startsWith(n.slice(0, -1)) : n === name;
    });
  const pyAllowed = covers(allow.python_only);
  const jsAllowed = covers(allow.js_only);
  const onlyPython = [...py].filter((n) => !js.has(n));
  const onlyJs = [...js].filter((n) => !py.has(n));
  const stale = (entries, only) =>
    entries.filter((e) => !only.some((n) => covers([e])(n))).map((e) => e.name);
  return {
    onlyPython: onlyPython.filter((n) => !pyAllowed(n)).sort(),
    onlyJs: onlyJs.filter((n) => !jsAllowed(n)).sort(),
    staleAllowances: [...stale(allow.python_only, onlyPython), ...stale(allow.js_only, onlyJs)].sort(),
  };
}

const allow = JSON.parse(readFileSync(ALLOWLIST, "utf8"));

test("the allow-list gives a reason for every difference it allows", () => {
  for (const e of [...allow.python_only, ...allow.js_only]) {
    assert.ok(typeof e.name === "string" && e.name.length > 0, JSON.stringify(e));
    assert.ok(typeof e.reason === "string" && e.reason.length > 20, `no reason for ${e.name}`);
  }
});

test("both listings are real: the installed wheel and the built package, each with the shared core", () => {
  const py = pythonListing();
  assert.match(py.module_file, /site-packages/, "the listing is the installed wheel's, not the source tree's");
  const js = jsListing();
  for (const [p, j] of [["Regulation.khanh_hoa", "Regulation.khanhHoa"], ["Case.start", "Case.start"],
    ["Case.allowed_commands", "Case.allowedCommands"], ["compile_report", "compileReport"],
    ["WorkCalendar.add_working_days", "WorkCalendar.addWorkingDays"], ["call_json", "callJson"]]) {
    assert.ok(py.names.includes(p), `Python: ${p}`);
    assert.ok(js.includes(j), `JS: ${j}`);
  }
});

test("one API: Python and JavaScript name the same functions (case convention aside), except the allow-list", () => {
  const result = compare(pythonListing().names, jsListing(), allow);
  assert.deepEqual(
    result,
    { onlyPython: [], onlyJs: [], staleAllowances: [] },
    "give the other package the same function (a thin pipeline over the same core call), or write the " +
      "difference with its reason in tests/api/allowlist.json; remove allowances that are no longer " +
      `differences:\n${JSON.stringify(result, null, 1)}`,
  );
});

test("the comparison fails on a function added to one side only, and on a stale allowance", () => {
  const py = pythonListing().names;
  const js = jsListing();
  // A method only JavaScript has, a module function only Python has.
  assert.deepEqual(compare(py, [...js, "Regulation.onlyInJs"], allow).onlyJs, ["Regulation.onlyInJs"]);
  assert.deepEqual(compare([...py, "only_in_python"], js, allow).onlyPython, ["onlyInPython"]);
  // A renamed function shows on both sides.
  const renamed = compare(py.filter((n) => n !== "Regulation.bodies_for"), js, allow);
  assert.deepEqual([renamed.onlyPython, renamed.onlyJs], [[], ["Regulation.bodiesFor"]]);
  // An allowance for something both sides now have is reported.
  const both = { ...allow, js_only: [...allow.js_only, { name: "Case.apply", reason: "stale entry for the test" }] };
  assert.deepEqual(compare(py, js, both).staleAllowances, ["Case.apply"]);
});
