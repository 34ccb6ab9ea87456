// Every reporting-deadline scenario of tests/conformance/deadlines/*.json (format in the README
// there) through the JavaScript API, with the checks of crates/core/tests/conformance_deadlines.rs
// and of the Python runner (crates/py/tests/test_deadlines.py): the built-in regulation with the
// scenario's `patch` applied to its document and loaded with full validation, then the data
// window, the due date of each level, the skipped holidays, calendar entries member by member, or
// the expected refusal with the citations it must give.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { Regulation, QuycheError, reportingCalendar, reportingWindow } from "quyche";
import { TESTS, citationKey } from "./helpers.mjs";

const dir = new URL("conformance/deadlines/", TESTS);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort();

test("there are at least 12 deadline scenarios", () => {
  assert.ok(files.length >= 12, `found ${files.length}`);
});

/** The built-in regulation's document with the `["set", pointer, value]` operations applied. */
function patched(ops) {
  const doc = JSON.parse(Regulation.khanhHoa().toJson());
  for (const [op, pointer, value] of ops ?? []) {
    assert.equal(op, "set", `unknown patch op ${op}`);
    const tokens = pointer.split("/").slice(1);
    const last = tokens.pop();
    let target = doc;
    for (const t of tokens) target = target[Array.isArray(target) ? Number(t) : t];
    target[Array.isArray(target) ? Number(last) : last] = value;
  }
  return doc;
}

/** The patched regulation with the scenario's bodies, and the period's window. */
function loaded(sc) {
  const reg = Regulation.fromJson(JSON.stringify(patched(sc.patch)));
  for (const r of sc.register ?? []) reg.registerBody(r);
  const period = { frequency: sc.input.frequency, year: sc.input.year };
  return { reg, period, window: reportingWindow(reg, period) };
}

for (const file of files) {
  const sc = JSON.parse(readFileSync(new URL(file, dir), "utf8"));
  test(`${sc.name}: ${sc.description}`, () => {
    for (const k of ["name", "description", "cites", "input", "expect"]) assert.ok(k in sc, `missing ${k}`);
    assert.equal(`${sc.name}.json`, file);
    const { input, expect } = sc;
    if (expect.error !== undefined) {
      // Loading the document validates the reporting rules (Điều 8; NĐ 09/2019 Điều 8.5).
      let e;
      try {
        loaded(sc);
      } catch (err) {
        e = err;
      }
      assert.ok(e instanceof QuycheError, `accepted, expected ${expect.error}`);
      assert.deepStrictEqual([e.code, e.path ?? null], [expect.error, expect.path], e.message);
      assert.ok(e.message.length > 0 && e.messageVi.length > 0);
      const keys = (e.citations ?? []).map(citationKey);
      for (const key of expect.citations ?? []) assert.ok(keys.includes(key), `${key} not cited: ${keys}`);
      return;
    }
    const { reg, period, window } = loaded(sc);
    assert.deepStrictEqual(window, expect.window);
    const cal = reportingCalendar(reg, input.year, input.as_of).filter(
      (d) => d.period.frequency === period.frequency && d.period.year === period.year,
    );
    if (expect.no_entries === true) {
      assert.equal(cal.length, 0, `${cal.length} entries, expected none`);
      return;
    }
    assert.ok(cal.length > 0, "no calendar entry");
    for (const [level, due] of Object.entries(expect.due)) {
      const ofLevel = cal.filter((d) => d.level === level);
      assert.ok(ofLevel.length > 0, `no ${level} entry`);
      for (const d of ofLevel) assert.equal(d.due, due, `${level} ${d.body}`);
    }
    for (const [level, dates] of Object.entries(expect.skipped ?? {})) {
      for (const d of cal.filter((x) => x.level === level)) {
        assert.deepStrictEqual((d.skipped ?? []).map((h) => h.date), dates, `${level} ${d.body}: skipped`);
      }
    }
    for (const e of expect.entries ?? []) {
      const entry = cal.find((d) => d.obligation === e.obligation && d.body === e.body);
      assert.ok(entry, `no entry ${JSON.stringify(e)}`);
      for (const [k, v] of Object.entries(e)) assert.deepStrictEqual(entry[k], v, `${e.obligation}/${e.body}: ${k}`);
    }
  });
}
