// A report's figures as rows (reportFigureRows) and a removal request as the facts its document
// states (removalRequest): the core's quyche::report::figure_rows and removal_notice, as
// Python's report_figure_rows and removal_request (crates/py/tests/test_documents.py asserts the
// same of the same case). The case is the 15-step lifecycle of
// tests/conformance/full-lifecycle-2026.json; never the author's handle.
import { test } from "node:test";
import assert from "node:assert/strict";
import { QuycheError, compileReport, formatCitation, removalRequest, reportFigureRows } from "quyche";
import { REMOVAL, checkPointers, lifecycle, lifecycleRegulation, runLifecycle, thrown } from "./helpers.mjs";

const SCENARIO = lifecycle();
const HANDLE = SCENARIO.steps[0].command.content.author_handle;
const CONTENT_URL = SCENARIO.steps[0].command.content.url;
const CONCLUDE = SCENARIO.steps.find((s) => s.command.type === "conclude");
const SEND = SCENARIO.steps[REMOVAL];

const report = (reg, c) =>
  compileReport(reg, { cases: [c], reporter: "so-vhttdl", window: { from: "2026-06-15", to: "2026-12-14" } });

test("reportFigureRows: one row per figure — the case total, the police's removal request in the per-body table", () => {
  const reg = lifecycleRegulation();
  const { c } = runLifecycle(reg);
  const r = report(reg, c);
  const rows = reportFigureRows(reg, r);
  const total = rows.filter((x) => x.section === "cases" && x.item === "total");
  assert.deepEqual(total.map((x) => x.value), [r.cases.total]);
  assert.equal(r.cases.total, 1);
  const police = rows.filter((x) => x.section === "per_body" && x.body?.body === "cong-an-tinh");
  assert.equal(Object.fromEntries(police.map((x) => [x.item, x.value])).removal_requests, 1);
  for (const x of rows) {
    assert.ok(x.label.vi && x.label.en, `${x.section}/${x.item} labelled in both languages`);
    assert.ok(Number.isInteger(x.value) && x.value >= 0, `${x.section}/${x.item} is a count`);
  }
  assert.ok(!JSON.stringify(rows).includes(HANDLE), "counts only, no author's handle");
  // The same rows for the case's JSON record (the report is plain data).
  assert.deepEqual(reportFigureRows(reg, JSON.parse(JSON.stringify(r))), rows);
});

test("removalRequest: R1 as the police sent it — the content's address, the conclusion's ground with its text, the platform's 24-hour deadline", () => {
  const reg = lifecycleRegulation();
  const { c } = runLifecycle(reg, REMOVAL + 1);
  const n = removalRequest(reg, c, "R1");
  assert.equal(n.request_id, "R1");
  assert.equal(n.requester.body, SEND.actor);
  assert.equal(n.requester.body, "cong-an-tinh");
  assert.equal(n.content.url, CONTENT_URL);
  assert.equal(n.decision_ground, "illegal_content");
  assert.deepEqual(n.territorial_scope, ["VN"]);
  // The legal grounds are the conclusion's (the data's citations), each with its text under the
  // regulation.
  assert.deepEqual(n.legal_grounds.map((g) => g.provision.citation), CONCLUDE.command.grounds);
  for (const g of n.legal_grounds) {
    assert.equal(g.provision.text.vi, formatCitation(g.provision.citation, "vi", reg));
    assert.equal(g.provision.text.en, formatCitation(g.provision.citation, "en", reg));
  }
  assert.ok(n.authority.length > 0, "the provisions under which the police sent it");
  // The deadline is the one recorded when the request was sent (the scenario's expectation).
  checkPointers("send_removal_request", "deadline", n.deadline.deadline, SEND.expect.deadline);
  assert.ok(n.deadline.set_by.vi && n.deadline.set_by.en);
  assert.ok(!JSON.stringify(n).includes(HANDLE), "never the author's handle");
  // The same facts from the case's JSON record.
  assert.deepEqual(removalRequest(reg, c.data, "R1"), n);
});

test("removalRequest: an unknown request is refused at /request; a bad case at /case", () => {
  const reg = lifecycleRegulation();
  const { c } = runLifecycle(reg, REMOVAL + 1);
  const e = thrown(() => removalRequest(reg, c, "R9"));
  assert.ok(e instanceof QuycheError);
  assert.equal(e.path, "/request");
  const bad = thrown(() => removalRequest(reg, { not: "a case" }, "R1"));
  assert.ok(bad instanceof QuycheError);
  assert.equal(bad.kind, "invalid_input");
  assert.ok(bad.path.startsWith("/case"), bad.path);
  const badReport = thrown(() => reportFigureRows(reg, { not: "a report" }));
  assert.ok(badReport instanceof QuycheError);
  assert.equal(badReport.kind, "invalid_input");
});
