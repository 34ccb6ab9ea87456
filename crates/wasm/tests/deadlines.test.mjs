// Every reporting-deadline scenario of tests/conformance/deadlines/*.json (format in the README
// there) through the JavaScript API, with the checks of crates/core/tests/conformance_deadlines.rs:
// the data window, the due date of each level, the skipped holidays, calendar entries member by
// member, or the expected validation error.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { Regulation, QuycheError, reportingCalendar, reportingWindow } from "quyche";
import { doc } from "./helpers.mjs";

const dir = new URL("../../../tests/conformance/deadlines/", import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort();

test("there are at least 12 deadline scenarios", () => {
  assert.ok(files.length >= 12, `found ${files.length}`);
});

/** The regulation document with the scenario's `config` overrides of the reporting rules. */
function configured(config, frequency) {
  const d = doc();
  const dl = d.reporting.deadlines;
  if (config?.minimum_gap !== undefined) dl.minimum.working_days = config.minimum_gap;
  if (config?.body_gap !== undefined) dl.body.working_days = config.body_gap;
  if (config?.consolidated_gap !== undefined) dl.consolidated.working_days = config.consolidated_gap;
  if (config?.window) {
    const rule = d.reporting.windows.find((w) => w.frequency === frequency);
    assert.ok(rule, "no window rule to configure");
    for (const k of ["start", "end"]) if (config.window[k]) rule[k] = config.window[k];
  }
  return d;
}

for (const file of files) {
  const sc = JSON.parse(readFileSync(new URL(file, dir), "utf8"));
  test(`${sc.name}: ${sc.description}`, () => {
    for (const k of ["name", "description", "cites", "input", "expect"]) assert.ok(k in sc, `missing ${k}`);
    const { input, expect } = sc;
    const period = { frequency: input.frequency, year: input.year };
    let reg;
    let window;
    let error;
    try {
      reg = Regulation.fromJson(JSON.stringify(configured(sc.config, input.frequency)));
      for (const r of sc.register ?? []) reg.registerBody({ ...r.body, roles: r.roles });
      window = reportingWindow(reg, period);
    } catch (e) {
      assert.ok(e instanceof QuycheError, String(e));
      error = e;
    }
    if (expect.error !== undefined) {
      assert.ok(error, `accepted, expected ${expect.error}`);
      assert.equal(error.code, expect.error, error.message);
      assert.equal(error.path ?? null, expect.path);
      return;
    }
    assert.equal(error, undefined, `refused: ${error?.code} ${error?.message}`);
    assert.deepEqual(window, expect.window);
    const cal = reportingCalendar(reg, period.year, input.as_of).filter(
      (x) => x.period.frequency === period.frequency && x.period.year === period.year,
    );
    if (expect.no_entries === true) {
      assert.equal(cal.length, 0, "expected no entries");
      return;
    }
    assert.ok(cal.length > 0, "no calendar entry");
    for (const [level, due] of Object.entries(expect.due)) {
      const ofLevel = cal.filter((x) => x.level === level);
      assert.ok(ofLevel.length > 0, `no ${level} entry`);
      for (const x of ofLevel) assert.equal(x.due, due, `${level} ${x.body}`);
    }
    for (const [level, dates] of Object.entries(expect.skipped ?? {})) {
      for (const x of cal.filter((y) => y.level === level)) {
        assert.deepEqual(x.skipped.map((h) => h.date), dates, `${level} ${x.body}: skipped`);
      }
    }
    for (const e of expect.entries ?? []) {
      const x = cal.find((y) => y.obligation === e.obligation && y.body === e.body);
      assert.ok(x, `no entry ${JSON.stringify(e)}`);
      for (const [k, v] of Object.entries(e)) assert.deepEqual(x[k], v, `entry ${e.obligation}/${e.body}: ${k}`);
    }
  });
}
