// Reporting (Điều 8, 9.3) through the npm package: the reporting calendar with working-day due
// dates, late reports, compiling a report from case logs (periods {frequency, year, index}),
// the report as a document in the Nghị định 30/2020 layout (reportDocument) and as Markdown.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as quyche from "quyche";
import { buildSampleCase } from "../../../examples/web/sample-case.js";
import { lifecycleRegulation, runLifecycle, thrown } from "./helpers.mjs";

const { Regulation, reportingCalendar, overdue, compileReport, renderMarkdown, reportDocument, reportingWindow } = quyche;
const reg = Regulation.khanhHoa();

test("Điều 8: six-monthly reports of 2026 — bodies due Tue 16 Jun (window end 14 Jun + 2 working days), Sở VHTTDL to UBND tỉnh later", () => {
  const cal = reportingCalendar(reg, 2026, "2026-06-17");
  const lead = cal.find((d) => d.obligation === "8.2-six-monthly");
  assert.equal(lead.body, "so-vhttdl");
  assert.equal(lead.recipient, "ubnd-tinh");
  assert.equal(lead.due, "2026-06-19");
  assert.equal(lead.interpretation, true, "no text sets the lead agency's 5 days: an interpretation");
  const police = cal.find((d) => d.obligation === "8.1-six-monthly" && d.body === "cong-an-tinh");
  assert.equal(police.due, "2026-06-16");
  assert.equal(police.recipient, "so-vhttdl", "Điều 8.1: bodies report to the lead agency");
  assert.ok(police.past);
  assert.deepEqual(police.window, { from: "2025-12-15", to: "2026-06-14" });
  assert.ok(police.citations.some((c) => c.instrument === "2086/QĐ-UBND" && c.article === 8 && c.clause === 1));
});

test("reportingWindow: the 6-month report of 2026 covers 15 Dec 2025 → 14 Jun 2026 (index 1, the only one); an ad hoc report has none", () => {
  const six = { frequency: "six_monthly", year: 2026 };
  assert.deepEqual(reportingWindow(reg, six), { from: "2025-12-15", to: "2026-06-14" });
  assert.deepEqual(reportingWindow(reg, { ...six, index: 1 }), reportingWindow(reg, six));
  assert.deepEqual(reportingWindow(reg, { frequency: "annual", year: 2026 }), { from: "2025-12-15", to: "2026-12-14" });
  const e = thrown(() => reportingWindow(reg, { frequency: "ad_hoc", year: 2026 }));
  assert.equal(e.code, "INVALID_INPUT");
  assert.equal(e.path, "/frequency");
});

test("overdue: the police report sent Wed 17 Jun 2026 is one working day late", () => {
  const late = overdue(reg, "2026-06-22", [
    { body: "cong-an-tinh", period: { frequency: "six_monthly", year: 2026 }, submitted_at: "2026-06-17T09:00:00+07:00" },
  ]);
  const police = late.filter((l) => l.due.body === "cong-an-tinh" && l.due.period.year === 2026 && l.due.period.frequency === "six_monthly");
  assert.deepEqual(police.map((l) => l.working_days_late), [1], "due Tue 16 Jun, sent Wed 17 Jun");
  const e = thrown(() => overdue(reg, "2026-06-22", [{ body: "nobody", period: { frequency: "annual", year: 2026 }, submitted_at: "2026-06-17T09:00:00+07:00" }]));
  assert.equal(e.code, "UNKNOWN_AGENCY");
  assert.equal(e.path, "/0/body");
});

test("compileReport: the lead agency's consolidated 2026 report counts the walkthrough case and keeps no personal data", () => {
  const r = Regulation.khanhHoa();
  const c = buildSampleCase(quyche, r, { all: true });
  const request = { cases: [c], period: { frequency: "annual", year: 2026 }, reporter: "so-vhttdl" };
  const report = compileReport(r, request);
  assert.equal(report.level, "consolidated", "the lead agency consolidates (Điều 8.2)");
  assert.deepEqual(report.recipients.map((x) => x.body), ["ubnd-tinh"], "Điều 8.2: to the People's Committee");
  assert.equal(report.cases.total, 1);
  assert.equal(report.cases.by_verdict.violating, 1);
  // Điều 7.2.b: one removal request went to the platform, which complied; A1 and A2 were done.
  assert.deepEqual(report.cases.actions_by_kind, { public_rebuttal: 1, removal: 1 });
  assert.deepEqual([report.cases.platforms.sent, report.cases.platforms.responses], [1, { complied: 1 }]);
  assert.equal(report.cases.published, 1);
  assert.equal(report.cases.closed, 1);
  const text = JSON.stringify(report);
  for (const personal of ["tai.khoan.a", "Cán bộ theo dõi"]) assert.ok(!text.includes(personal), personal);
  assert.ok(!text.includes(c.id), "case ids only on request");
  const fromData = compileReport(r, { ...request, cases: [c.data] });
  assert.deepEqual(fromData, report, "a Case or its JSON record give the same report");
});

test("renderMarkdown: Nghị định 30/2020 Phụ lục I — motto, Kính gửi, the opening naming QĐ 2086, Nơi nhận, signature by title; annex only on request", () => {
  const r = Regulation.khanhHoa();
  const c = buildSampleCase(quyche, r, { all: true });
  const report = compileReport(r, { cases: [c], period: { frequency: "annual", year: 2026 }, reporter: "so-vhttdl", difficulties: ["Thiếu nhân lực"] });
  const vi = renderMarkdown(r, report, "vi");
  assert.ok(vi.includes("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  assert.ok(vi.includes("Kính gửi: Ủy ban nhân dân tỉnh Khánh Hòa"));
  assert.ok(vi.includes("Quyết định số 2086/QĐ-UBND ngày 12/8/2020"));
  assert.ok(vi.includes("năm 2026"));
  assert.ok(vi.includes("Nơi nhận:"));
  assert.ok(vi.includes("GIÁM ĐỐC"));
  assert.ok(vi.includes("Thiếu nhân lực"));
  for (const personal of ["tai.khoan.a", "Cán bộ theo dõi"]) assert.ok(!vi.includes(personal), personal);
  // Provenance stays out of the document's body; it is an annex printed on request.
  assert.ok(!vi.includes("PHỤ LỤC"));
  const annexed = renderMarkdown(r, report, "vi", true);
  assert.ok(annexed.startsWith(vi.trimEnd().slice(0, 200)) && annexed.includes("PHỤ LỤC"));
  assert.equal(renderMarkdown(r, report, "vi", false), vi);
  const en = renderMarkdown(r, report, "en");
  assert.ok(en.includes("SOCIALIST REPUBLIC OF VIETNAM"));
  assert.notEqual(en, vi);
});

test("reportDocument is the model renderMarkdown renders: issuer under its parent, addressees (Điều 8.2), opening, signature", () => {
  const r = lifecycleRegulation();
  const { c } = runLifecycle(r);
  const report = compileReport(r, { cases: [c], period: { frequency: "annual", year: 2026 }, reporter: "so-vhttdl" });
  const doc = reportDocument(r, report, "vi");
  assert.deepEqual([doc.lang, doc.kind], ["vi", "BÁO CÁO"]);
  assert.equal(doc.parent, "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA");
  assert.equal(doc.issuer, "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH");
  assert.deepEqual(doc.addressees, ["Ủy ban nhân dân tỉnh Khánh Hòa"], "Điều 8.2");
  assert.ok(doc.opening.includes("Quyết định số 2086/QĐ-UBND ngày 12/8/2020"));
  assert.equal(doc.signature.title, "GIÁM ĐỐC");
  assert.equal(doc.annex ?? null, null, "no annex unless asked for");
  const md = renderMarkdown(r, report, "vi");
  for (const s of doc.sections) assert.ok(md.includes(s.heading), s.heading);
  const withAnnex = reportDocument(r, report, "vi", true);
  assert.ok(withAnnex.annex);
  assert.deepEqual(withAnnex.sections, doc.sections);
  const en = reportDocument(r, report, "en");
  assert.equal(en.lang, "en");
  assert.notDeepEqual(en.sections, doc.sections);
  // A body's own report goes to the lead agency (Điều 8.1).
  const police = compileReport(r, { cases: [c], reporter: "cong-an-tinh", period: { frequency: "six_monthly", year: 2026, index: 1 } });
  assert.deepEqual(reportDocument(r, police, "vi").addressees, ["Sở Văn hóa, Thể thao và Du lịch tỉnh Khánh Hòa"]);
});

test(
  "the police's report is issued by the provincial police",
  () => {
    const police = compileReport(reg, { cases: [], reporter: "cong-an-tinh", period: { frequency: "six_monthly", year: 2026 } });
    assert.equal(reportDocument(reg, police, "vi").issuer, "CÔNG AN TỈNH KHÁNH HÒA");
  },
);

test("compileReport by period and its errors: index out of range, unknown reporter, neither window nor period, an edited log", () => {
  const r = lifecycleRegulation();
  const six = compileReport(r, { cases: [], reporter: "cong-an-tinh", period: { frequency: "six_monthly", year: 2026 } });
  assert.equal(six.level, "body");
  assert.deepEqual(six.window, { from: "2025-12-15", to: "2026-06-14" });
  assert.deepEqual(compileReport(r, { cases: [], reporter: "cong-an-tinh", period: { frequency: "six_monthly", year: 2026, index: 1 } }), six);
  const index = thrown(() => compileReport(r, { cases: [], reporter: "cong-an-tinh", period: { frequency: "six_monthly", year: 2026, index: 2 } }));
  assert.deepEqual([index.code, index.path], ["INVALID_INPUT", "/period/index"]);
  const unknown = thrown(() => compileReport(r, { cases: [], period: { frequency: "annual", year: 2026 }, reporter: "nobody" }));
  assert.deepEqual([unknown.code, unknown.path], ["UNKNOWN_AGENCY", "/reporter"]);
  const neither = thrown(() => compileReport(r, { cases: [], reporter: "so-vhttdl" }));
  assert.deepEqual([neither.code, neither.path], ["INVALID_INPUT", "/window"]);
  const { c } = runLifecycle(r);
  const data = c.data;
  data.events[1].at = "2026-08-03T08:31:00+07:00";
  const tampered = thrown(() => compileReport(r, { cases: [data], period: { frequency: "annual", year: 2026 }, reporter: "so-vhttdl" }));
  assert.deepEqual([tampered.code, tampered.path], ["LOG_TAMPERED", "/cases/0/events/1/hash"]);
});

test("include_case_ids: a missed platform deadline names its case only when asked (a user-chosen id may carry personal data)", () => {
  const r = Regulation.khanhHoa();
  const c = buildSampleCase(quyche, r);
  // Điều 7.2.b: the platform complied on 6 Aug 10:00, after its 24 hours ran out (5 Aug 09:30).
  c.apply({ type: "record_platform_response", request_id: "R1", response: "complied" }, "cong-an-tinh", "2026-08-06T10:00:00+07:00");
  const request = { cases: [c], period: { frequency: "annual", year: 2026 }, reporter: "so-vhttdl" };
  const plain = compileReport(r, request);
  assert.equal(plain.cases.platforms.late, 1);
  const [missed] = plain.cases.platform_deadlines_missed;
  assert.deepEqual([missed.item, missed.binds, missed.due], ["R1", "platform", "2026-08-05T09:30:00+07:00"]);
  assert.ok(!("case" in missed));
  const named = compileReport(r, { ...request, include_case_ids: true });
  assert.equal(named.cases.platform_deadlines_missed[0].case, "KH-2026-0042");
});
