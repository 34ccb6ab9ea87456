// Every reporting-deadline scenario of tests/conformance/deadlines/*.json (format in the README
// there) through the JavaScript API, with the checks of crates/core/tests/conformance_deadlines.rs
// and of the Python runner (crates/py/tests/test_deadlines.py): the data window, the due date of
// each level, the skipped holidays, calendar entries member by member, or the expected validation
// error.
//
// The scenarios' `config` names the members of the reporting rules by meaning (README.md); the
// regulation document now holds them as data (`/reporting/deadlines/minimum`, one
// `/reporting/deadlines/levels/<i>` per level with one rule per span of periods, and window rules
// as month offsets from the period's first and last month). `configured` applies each member
// where it now lives, and an expected error pointer written for a member is read as the first
// pointer that member was written to (e.g. `/reporting/deadlines/body/working_days` →
// `/reporting/deadlines/levels/0/rules/0/working_days`), as the Rust and Python runners do.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { Regulation, QuycheError, reportingCalendar, reportingWindow } from "quyche";
import { TESTS } from "./helpers.mjs";

const dir = new URL("conformance/deadlines/", TESTS);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort();

// Scenarios the core gets wrong (the same three as KNOWN_CORE_BUGS in the Rust runner and
// DEFECTS in the Python one); each stays a todo until the core is fixed.
const DEFECTS = {
  "window-before-tet-2026":
    "core defect: regulation validation compares a window's start offset (from the period's first month) " +
    "with its end offset (from the period's last month) as if both had one anchor, so a six-monthly window " +
    "1 Jan → 12 Feb is refused at /reporting/windows/0/end",
  "window-before-april-holidays":
    "core restriction: a window rule's day of the month is 1–28 or \"last\" (rules::DayOfMonth), so the " +
    "window ending on 29 April cannot be written (INVALID_INPUT at /reporting/windows/0/end/day)",
  "minimum-below-national-floor-refused":
    "core regression: a national minimum gap of 0 working days (/reporting/deadlines/minimum/working_days) " +
    "is accepted; NĐ 09/2019 Điều 8.5.b requires at least 1",
};

const GAPS = { minimum_gap: "minimum", body_gap: "body", consolidated_gap: "consolidated" };

test("there are at least 12 deadline scenarios", () => {
  assert.ok(files.length >= 12, `found ${files.length}`);
});

/** Months since year 0 of a `YYYY-MM-DD` day. */
function month(day) {
  const [y, m] = day.split("-").map(Number);
  return y * 12 + m - 1;
}

/** The built-in regulation's document with the scenario's bodies and reporting overrides, and
 * for each overridden member (by its earlier pointer) the first pointer it was written to. */
function configured(sc) {
  const reg = Regulation.khanhHoa();
  for (const r of sc.register ?? []) reg.registerBody(r);
  const c = sc.config ?? {};
  const written = {};
  if (Object.keys(c).length === 0) return { doc: JSON.parse(reg.toJson()), written };
  const { input } = sc;
  // The window of the period under the built-in rules locates its first and last month.
  const base = reportingWindow(reg, { frequency: input.frequency, year: input.year });
  const doc = JSON.parse(reg.toJson());
  const dl = doc.reporting.deadlines;
  for (const [key, level] of Object.entries(GAPS)) {
    if (!(key in c)) continue;
    const old = `/reporting/deadlines/${level}/working_days`;
    if (level === "minimum") {
      dl.minimum.working_days = c[key];
      written[old] = old;
      continue;
    }
    dl.levels.forEach((lv, i) => {
      if (lv.level !== level) return;
      lv.rules.forEach((rule, j) => {
        rule.working_days = c[key];
        written[old] ??= `/reporting/deadlines/levels/${i}/rules/${j}/working_days`;
      });
    });
  }
  if (c.window) {
    const rule = doc.reporting.windows.find((w) => w.frequency === input.frequency);
    assert.ok(rule, "no window rule to configure");
    const first = month(base.from) - (rule.start.month_offset ?? 0);
    const last = month(base.to) - (rule.end.month_offset ?? 0);
    for (const [key, anchor] of [["start", first], ["end", last]]) {
      const w = c.window[key];
      if (w === undefined) continue;
      const m = (input.year + (w.year_offset ?? 0)) * 12 + w.month - 1;
      rule[key] = { month_offset: m - anchor, day: w.day };
    }
  }
  return { doc, written };
}

for (const file of files) {
  const sc = JSON.parse(readFileSync(new URL(file, dir), "utf8"));
  const todo = DEFECTS[sc.name];
  test(`${sc.name}: ${sc.description}`, todo ? { todo } : {}, () => {
    for (const k of ["name", "description", "cites", "input", "expect"]) assert.ok(k in sc, `missing ${k}`);
    assert.equal(`${sc.name}.json`, file);
    const { input, expect } = sc;
    const { doc, written } = configured(sc);
    const period = { frequency: input.frequency, year: input.year };
    if (expect.error !== undefined) {
      // Loading the document validates the reporting rules (Điều 8; NĐ 09/2019 Điều 8.5).
      let e;
      try {
        reportingWindow(Regulation.fromJson(JSON.stringify(doc)), period);
      } catch (err) {
        e = err;
      }
      assert.ok(e instanceof QuycheError, `accepted, expected ${expect.error}`);
      const wantPath = written[expect.path] ?? expect.path;
      assert.deepStrictEqual([e.code, e.path ?? null], [expect.error, wantPath], e.message);
      assert.ok(e.message.length > 0 && e.messageVi.length > 0);
      return;
    }
    const reg = Regulation.fromJson(JSON.stringify(doc));
    assert.deepStrictEqual(reportingWindow(reg, period), expect.window);
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
