// Reporting (Điều 8, 9.3) through the npm package: the reporting calendar with working-day due
// dates, late reports, compiling a report from case logs, Markdown rendering.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as quyche from "quyche";
import { buildSampleCase } from "../../../examples/web/sample-case.js";
import { thrown } from "./helpers.mjs";

const { Regulation, reportingCalendar, overdue, compileReport, renderMarkdown, reportingWindow } = quyche;
const reg = Regulation.khanhHoa();

test("Điều 8: six-monthly reports of 2026 — bodies due Tue 16 Jun (window end 14 Jun + 2 working days), Sở VHTTDL to UBND tỉnh later", () => {
  const cal = reportingCalendar(reg, 2026, "2026-06-17");
  const lead = cal.find((d) => d.obligation === "8.2-six-monthly");
  assert.equal(lead.body, "so-vhttdl");
  assert.equal(lead.recipient, "ubnd-tinh");
  assert.equal(lead.due, "2026-06-19");
  const police = cal.find((d) => d.obligation === "8.1-six-monthly" && d.body === "cong-an-tinh");
  assert.equal(police.due, "2026-06-16");
  assert.ok(police.past);
  assert.deepEqual(police.window, { from: "2025-12-15", to: "2026-06-14" });
  assert.ok(police.citations.some((c) => c.instrument === "2086/QĐ-UBND" && c.article === 8 && c.clause === 1));
});

test("reportingWindow: the 6-month report of 2026 covers 15 Dec 2025 → 14 Jun 2026; an ad hoc report has none", () => {
  assert.deepEqual(reportingWindow(reg, { frequency: "six_monthly", year: 2026 }), { from: "2025-12-15", to: "2026-06-14" });
  const e = thrown(() => reportingWindow(reg, { frequency: "ad_hoc", year: 2026 }));
  assert.equal(e.code, "INVALID_INPUT");
  assert.equal(e.path, "/frequency");
});

test("overdue: the police report sent Wed 17 Jun 2026 is one working day late", () => {
  const late = overdue(reg, "2026-06-22", [
    { body: "cong-an-tinh", period: { frequency: "six_monthly", year: 2026 }, submitted_at: "2026-06-17T09:00:00+07:00" },
  ]);
  const police = late.find((l) => l.due.body === "cong-an-tinh" && l.due.period.year === 2026);
  assert.equal(police.working_days_late, 1);
  const e = thrown(() => overdue(reg, "2026-06-22", [{ body: "nobody", period: { frequency: "annual", year: 2026 }, submitted_at: "2026-06-17T09:00:00+07:00" }]));
  assert.equal(e.code, "UNKNOWN_AGENCY");
  assert.equal(e.path, "/0/body");
});

test("compileReport: the lead agency's consolidated 2026 report counts the walkthrough case and keeps no personal data", () => {
  const r = Regulation.khanhHoa();
  const c = buildSampleCase(quyche, r, { all: true });
  const report = compileReport(r, { cases: [c], period: { frequency: "annual", year: 2026 }, reporter: "so-vhttdl" });
  assert.equal(report.level, "consolidated");
  assert.equal(report.cases.total, 1);
  assert.equal(report.cases.by_verdict.violating, 1);
  assert.equal(report.cases.actions_by_kind.removal_request, 1);
  assert.equal(report.cases.published, 1);
  const md = renderMarkdown(report, "vi");
  assert.ok(md.includes("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  assert.ok(md.includes("năm 2026"));
  assert.ok(md.includes("Nơi nhận:"));
  for (const personal of ["tai.khoan.a", "Cán bộ theo dõi"]) assert.ok(!md.includes(personal), personal);
  assert.ok(renderMarkdown(report, "en").includes("SOCIALIST REPUBLIC OF VIETNAM"));
  const fromData = compileReport(r, { cases: [c.data], period: { frequency: "annual", year: 2026 }, reporter: "so-vhttdl" });
  assert.deepEqual(fromData, report, "a Case or its JSON record give the same report");
});

test("compileReport refuses a case whose log was edited, pointing into the request", () => {
  const r = Regulation.khanhHoa();
  const c = buildSampleCase(quyche, r);
  const data = c.data;
  data.events[1].command.reference = "CV-99";
  const e = thrown(() =>
    compileReport(r, { cases: [data], window: { from: "2025-12-15", to: "2026-12-14" }, reporter: "so-vhttdl" }),
  );
  assert.equal(e.code, "LOG_TAMPERED");
  assert.match(e.path, /^\/cases\/0/);
  const unknown = thrown(() => compileReport(r, { cases: [], window: { from: "2025-12-15", to: "2026-06-14" }, reporter: "nobody" }));
  assert.equal(unknown.code, "UNKNOWN_AGENCY");
  assert.equal(unknown.path, "/reporter");
});
