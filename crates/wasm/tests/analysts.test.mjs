// For analysts through the npm package: every case of the example's bundle (register + cases)
// or of JSON Lines texts in one call (loadCases), and the flat table of cases without personal
// data (caseTable). The same core loaders and columns as Python's load_cases and case_table.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as quyche from "quyche";
import { thrown } from "./helpers.mjs";

const { Regulation, Case, loadCases, caseTable, compileReport, QuycheError } = quyche;
const bundleText = readFileSync(new URL("../../../examples/python/cases-2026.json", import.meta.url), "utf8");
const bundle = () => JSON.parse(bundleText);
const jsonl = (cases) => cases.flatMap((c) => c.toJSON().events.map((e) => JSON.stringify(e) + "\n")).join("");

test("loadCases: the example's bundle, as an object or its text, with the bodies it registers", () => {
  const { regulation, cases } = loadCases(bundle());
  assert.equal(cases.length, 5);
  assert.ok(cases.every((c) => c instanceof Case));
  assert.ok(JSON.parse(regulation.toJson()).register.bodies.some((b) => b.id === "ubnd-phuong-nha-trang"));
  const again = loadCases(bundleText);
  assert.deepEqual(again.cases.map((c) => c.headHash), cases.map((c) => c.headHash));
  // Điều 8: the six-month report compiles under the regulation returned.
  const report = compileReport(regulation, { cases, period: { frequency: "six_monthly", year: 2026 }, reporter: "so-vhttdl" });
  assert.equal(report.cases.total, 4, "the case of 20 June 2026 is after the window (15/12/2025 – 14/06/2026)");
});

test("loadCases: JSON Lines texts, one per case, under a given regulation; a broken line names its text and line", () => {
  const { regulation, cases } = loadCases(bundle());
  const parts = cases.map((c) => jsonl([c]));
  const loaded = loadCases(parts, regulation);
  assert.deepEqual(loaded.cases.map((c) => c.headHash), cases.map((c) => c.headHash));
  parts[2] = parts[2].replace('"seq":2,', '"seq":7,');
  const e = thrown(() => loadCases(parts, regulation));
  assert.ok(e instanceof QuycheError);
  assert.equal(e.code, "LOG_TAMPERED");
  assert.match(e.path, /^\/2\/2\//);
  assert.match(e.messageVi ?? e.message_vi, /^Dòng 2: /);
});

test("loadCases: a tampered bundle names the case and the event; another regulation is refused at /regulation", () => {
  const doc = bundle();
  doc.cases[1][2].at = "2026-02-05T09:05:00+07:00";
  const e = thrown(() => loadCases(doc));
  assert.equal(e.code, "LOG_TAMPERED");
  assert.equal(e.path, "/cases/1/2/hash");
  const other = bundle();
  other.regulation = "ninh-thuan-2099";
  const v = thrown(() => loadCases(other));
  assert.equal(v.code, "LOG_VERSION");
  assert.equal(v.path, "/regulation");
  assert.equal(thrown(() => loadCases(42)).path, "/source");
});

test("caseTable: one row per case in fixed columns, no officer's name or author's handle", () => {
  const reg = Regulation.khanhHoa();
  const c = Case.start(reg, { type: "detect", source: "own_monitoring", content: {
    platform: "Facebook", platform_kind: "social_network", kind: "post", summary: "Tin đồn về lũ",
    author_handle: "nguoi.dang.tin", url: "https://facebook.com/nguoi.dang.tin/posts/1" } },
    "so-vhttdl", "2026-08-03T08:00:00+07:00");
  c.apply({ type: "receive" }, "so-vhttdl", "2026-08-03T09:00:00+07:00");
  c.apply({ type: "open_verification", method: "written_consultation", consulted: ["cong-an-tinh", "ban-tuyen-giao-dan-van"] },
    "so-vhttdl", "2026-08-03T09:30:00+07:00");
  c.apply({ type: "assign_officer", officer: "Nguyễn Văn A" }, { body: "cong-an-tinh", officer: "Trần Thị B" }, "2026-08-03T10:00:00+07:00");
  assert.match(JSON.stringify(c), /Nguyễn Văn A/);
  const [row] = caseTable([c], reg);
  const text = JSON.stringify(row);
  for (const personal of ["Nguyễn Văn A", "Trần Thị B", "nguoi.dang.tin", "facebook.com"]) {
    assert.ok(!text.includes(personal), personal);
  }
  assert.deepEqual(Object.keys(row).slice(0, 3), ["case_id", "regulation", "status"]);
  assert.equal(row.detected_at, "2026-08-03T08:00:00+07:00");
  assert.equal(row.received_at, "2026-08-03T09:00:00+07:00");
  assert.equal(row.verdict, null);
  assert.equal(row.consulted, 2);
  const { regulation, cases } = loadCases(bundle());
  const rows = caseTable(cases, regulation);
  assert.deepEqual(rows[0].grounds, ["24/2018/QH14:8.1.d"]);
  assert.equal(rows[0].detected_by_name_vi, "UBND phường Nha Trang");
  // Without the regulation that registers the ward, its case does not replay.
  assert.equal(thrown(() => caseTable(cases)).path.slice(0, 3), "/0/");
});
