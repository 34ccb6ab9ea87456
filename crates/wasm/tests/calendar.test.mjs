// The working-day calendar (Monday–Friday minus the holidays of Điều 112 Bộ luật Lao động 2019,
// official schedules) and the lunar calendar, through the npm package.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  WorkCalendar,
  QuycheError,
  parseInstant,
  solarToLunar,
  lunarToSolar,
  lunarNewYear,
  isWorkingDay,
  addWorkingDays,
  countWorkingDays,
  workingDaysBetween,
  holidaysIn,
  dayInfo,
  addHours,
} from "quyche";
import { thrown } from "./helpers.mjs";

const cal = WorkCalendar.vietnam();

test("the official Tết 2026 break (14–22 Feb) is skipped: Fri 13 Feb + 1 working day = Mon 23 Feb, nine holidays skipped", () => {
  const due = cal.addWorkingDays("2026-02-13", 1);
  assert.equal(due.date, "2026-02-23");
  assert.equal(due.working_days, 1);
  assert.equal(due.skipped.length, 9);
  assert.ok(due.skipped.every((h) => h.kind === "tet"));
  assert.deepEqual(due.skipped[0].citation, { instrument: "45/2019/QH14", article: 112 });
  assert.equal(cal.isWorkingDay("2026-02-17"), false);
  assert.equal(cal.isWorkingDay("2026-02-23"), true);
});

test("National Day 2025: 1 Sep (default adjacent day, status U) and 2 Sep are off, so Fri 29 Aug + 2 = Thu 4 Sep", () => {
  const due = cal.addWorkingDays("2025-08-29", 2);
  assert.equal(due.date, "2025-09-04");
  assert.equal(due.status, "U", "the adjacent day is a default, not an official fact");
  assert.deepEqual(due.skipped.map((h) => h.date), ["2025-09-01", "2025-09-02"]);
  assert.equal(due.weekend_days, 2);
  assert.ok(due.warnings.length > 0);
});

test("workingDaysBetween counts after a, up to b; negative backwards; countWorkingDays explains it", () => {
  assert.equal(cal.workingDaysBetween("2026-02-13", "2026-02-23"), 1);
  assert.equal(cal.workingDaysBetween("2026-02-23", "2026-02-13"), -1);
  assert.equal(cal.countWorkingDays("2026-02-13", "2026-02-23").skipped.length, 9);
});

test("holidaysIn(2026) lists nine Tết days and Hùng Kings' day (10th day of the 3rd lunar month = 26 Apr 2026)", () => {
  const h = cal.holidaysIn(2026);
  assert.equal(h.filter((x) => x.kind === "tet").length, 9);
  assert.ok(h.some((x) => x.kind === "hung_kings" && x.date === "2026-04-26"));
  assert.equal(lunarToSolar({ day: 10, month: 3, year: 2026, leap: false }), "2026-04-26");
  const info = cal.dayInfo("2026-04-26");
  assert.equal(info.working, false);
  assert.deepEqual(info.lunar, { day: 10, month: 3, year: 2026, leap: false });
  assert.deepEqual(cal.holidaysOn("2026-04-26").map((x) => x.kind), ["hung_kings"]);
});

test("hour limits run in calendar hours across holidays; a time without offset is refused", () => {
  assert.equal(cal.addHours("2026-02-16T10:00:00+07:00", 24), "2026-02-17T10:00:00+07:00");
  const ex = cal.explainHours("2026-02-16T10:00:00+07:00", 24);
  assert.equal(ex.due_on_working_day, false);
  assert.ok(ex.crossed.length >= 2);
  assert.equal(parseInstant("2026-02-17T01:00:00Z"), "2026-02-17T08:00:00+07:00");
  assert.equal(thrown(() => parseInstant("2026-02-17T08:00:00")).code, "INVALID_INPUT");
});

test("the lunar calendar: Tết 2026 is 17 Feb", () => {
  assert.equal(lunarNewYear(2026), "2026-02-17");
  assert.deepEqual(solarToLunar("2026-02-17"), { day: 1, month: 1, year: 2026, leap: false });
});

test("dates outside 1900–2199 are DATE_OUT_OF_RANGE, not a crash", () => {
  const e = thrown(() => cal.isWorkingDay("1899-12-31"));
  assert.ok(e instanceof QuycheError);
  assert.equal(e.code, "DATE_OUT_OF_RANGE");
  assert.equal(thrown(() => cal.holidaysIn(2200)).code, "DATE_OUT_OF_RANGE");
  assert.equal(thrown(() => cal.addWorkingDays("2199-12-30", 10)).code, "DATE_OUT_OF_RANGE");
});

test("a calendar without compensatory days and without official schedules (options from its config)", () => {
  const plain = new WorkCalendar({ options: { compensatory_days: false }, schedules: [] });
  assert.equal(plain.config().options.compensatory_days, false);
  assert.deepEqual(plain.config().schedules, []);
  assert.ok(cal.config().schedules.length > 0, "vietnam() carries the built-in official schedules");
  assert.equal(new WorkCalendar().config().schedules.length, cal.config().schedules.length);
});

test("the module-level functions use the Vietnam calendar (Tết 2026 break, Hùng Kings 2026)", () => {
  assert.deepEqual(addWorkingDays("2026-02-13", 1), cal.addWorkingDays("2026-02-13", 1));
  assert.equal(isWorkingDay("2026-02-17"), false);
  assert.equal(workingDaysBetween("2026-02-13", "2026-02-23"), 1);
  assert.equal(countWorkingDays("2026-02-13", "2026-02-23").skipped.length, 9);
  assert.equal(holidaysIn(2026).filter((h) => h.kind === "tet").length, 9);
  assert.equal(dayInfo("2026-04-26").holidays[0].kind, "hung_kings");
  assert.equal(addHours("2026-02-16T10:00:00+07:00", 6), "2026-02-16T16:00:00+07:00");
  assert.equal(thrown(() => addWorkingDays("2026-02-13", -1)).code, "INVALID_INPUT");
});

// Issue 15, item 7: refusals of the calendar's range carry the pointer of the argument, as in
// Python.
test("out-of-range refusals point at their argument", () => {
  const cal = WorkCalendar.vietnam();
  for (const [call, path] of [
    [() => cal.addHours("2199-12-31T20:00:00+07:00", 2 ** 32 - 1), "/hours"],
    [() => cal.addWorkingDays("1899-12-31", 1), "/start"],
    [() => cal.holidaysIn(0), "/year"],
    [() => cal.addWorkingDays("2199-12-30", 10), "/n"],
    [() => lunarToSolar({ day: 1, month: 13, year: 2026, leap: false }), "/month"],
    [() => cal.isWorkingDay("1850-01-01"), "/day"],
  ]) {
    const e = thrown(call);
    assert.equal(e.path, path, `${path}: ${e.message}`);
  }
});
