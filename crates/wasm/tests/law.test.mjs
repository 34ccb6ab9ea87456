// Regulation queries through the npm package: the grounds of Điều 2.2 by date, successors,
// time limits, bodies and roles by date, the responsibility matrix of Điều 5–9, citations,
// registering a user's own body, the workflow table.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  Regulation,
  QuycheError,
  parseCitation,
  findCitations,
  formatCitation,
  vocabulary,
} from "quyche";
import { thrown } from "./helpers.mjs";

const reg = Regulation.khanhHoa();
const cyber2018 = (clause, point) => ({ instrument: "24/2018/QH14", article: 8, clause, point });

test("Điều 2.2: three grounds in force on 2020-09-01, two on 2025-01-15 (NĐ 72/2013 replaced on 2024-12-25)", () => {
  assert.equal(reg.groundsInForce("2020-09-01").length, 3);
  assert.equal(reg.groundsInForce("2025-01-15").length, 2);
  assert.ok(reg.groundsInForce("2025-01-15").every((g) => g.kind === "harm"));
});

test("Điều 2.2: điểm đ khoản 1 Điều 8 Luật An ninh mạng 2018 is a ground on 2025-01-15, not after 2026-07-01", () => {
  const c = cyber2018(1, "đ");
  assert.equal(reg.groundFor(c, "2025-01-15")?.id, "cyber-2018-art8-1");
  assert.equal(reg.groundFor(c, "2026-07-01"), undefined, "Luật An ninh mạng 2025 replaces it on 2026-07-01");
});

test("successorOf: Điều 8.1 Luật An ninh mạng 2018 goes to khoản 1 and 2 Điều 7 Luật An ninh mạng 2025 from 2026-07-01", () => {
  const s = reg.successorOf(cyber2018(1, "d"));
  assert.deepEqual(
    s.map((x) => [x.instrument, x.citation?.clause, x.from]),
    [
      ["116/2025/QH15", 1, "2026-07-01"],
      ["116/2025/QH15", 2, "2026-07-01"],
    ],
  );
});

test("timeLimits: a provider removes on request within 24 h, 6 h in an emergency, from 2026-07-01 (Điều 25.2.b Luật An ninh mạng 2025)", () => {
  const [row] = reg.timeLimits("provider_removal_on_request", "2026-07-01");
  assert.deepEqual(row.limit, { hours: 24 });
  assert.deepEqual(row.emergency_limit, { hours: 6 });
  assert.deepEqual(row.provision, { instrument: "116/2025/QH15", article: 25, clause: 2, point: "b" });
  assert.equal(row.status, "C");
  assert.ok(reg.timeLimitRows().length >= reg.timeLimits("provider_removal_on_request", "2026-07-01").length);
});

test("bodiesFor: Sở TT&TT leads on 2024-06-01, Sở VHTTDL on 2025-06-01 (merger of 2025-03-01)", () => {
  assert.equal(reg.bodiesFor("lead_agency", "2024-06-01")[0].body, "so-tttt");
  assert.equal(reg.bodiesFor("lead_agency", "2025-06-01")[0].body, "so-vhttdl");
  assert.ok(reg.rolesOf("so-vhttdl", "2025-06-01").some((a) => a.role === "lead_agency"));
  assert.ok(!reg.rolesOf("so-vhttdl", "2024-06-01").some((a) => a.role === "lead_agency"));
  assert.deepEqual(reg.rolesOf("no-such-body", "2025-06-01"), []);
});

test("bodies: Đài PT-TH Khánh Hòa exists until 2025-04-23, then Báo Khánh Hòa stands for it", () => {
  assert.equal(reg.body("dai-ptth")?.successor, "bao-khanh-hoa");
  assert.equal(reg.bodyOn("dai-ptth", "2025-04-23")?.id, "dai-ptth");
  assert.equal(reg.bodyOn("dai-ptth", "2025-04-24")?.id, "bao-khanh-hoa");
  assert.ok(reg.bodiesOn("2025-04-23").some((b) => b.id === "dai-ptth"));
  assert.ok(!reg.bodiesOn("2025-04-24").some((b) => b.id === "dai-ptth"));
  assert.equal(reg.body("nobody"), undefined);
  assert.ok(reg.bodies().length >= reg.bodiesOn("2025-04-24").length);
});

test("responsibility matrix: Điều 7.5.b gives the press outlet the publish duty, and no Điều 7.8 exists", () => {
  const matrix = reg.responsibilityMatrix();
  const b = matrix.find((d) => d.id === "7.5.b");
  assert.equal(b.role, "press_outlet");
  assert.equal(b.participation, "publish");
  assert.deepEqual(reg.duty("7.5.b"), b);
  assert.equal(reg.duty("7.8.a"), undefined);
  assert.ok(reg.dutiesOf("press_outlet").some((d) => d.id === "7.5.b"));
  assert.ok(!reg.dutiesOf("press_outlet").some((d) => d.activity === "verification" && d.participation === "lead"));
});

test("Điều 7.3 binds departments and district committees; commune committees only from 2025-07-01", () => {
  const before = reg.dutiesOf("commune_committee", "2025-06-30").map((d) => d.id);
  const after = reg.dutiesOf("commune_committee", "2025-07-01").map((d) => d.id);
  assert.ok(!before.includes("7.3.a"));
  assert.ok(after.includes("7.3.a"));
});

test("participants and dutyFor: citing Điều 7.3 gives its six points; Điều 5.1.a gives the duty of 5.1", () => {
  assert.ok(reg.participants("publication").some((d) => d.role === "press_outlet" && d.participation === "publish"));
  assert.equal(reg.dutyFor({ instrument: "2086/QĐ-UBND", article: 7, clause: 3 }).length, 6);
  assert.equal(reg.dutyFor({ instrument: "2086/QĐ-UBND", article: 5, clause: 1, point: "a" })[0].id, "5.1");
});

test("bodiesForDuty: Điều 7.1.e goes to Sở KH&CN on 2025-06-01, not the lead agency", () => {
  assert.deepEqual(reg.bodiesForDuty("7.1.e", "2025-06-01").map((a) => a.body), ["so-khcn"]);
});

test("citations parse with or without diacritics and format in Vietnamese and English", () => {
  const c = parseCitation("DIEM D KHOAN 1 DIEU 8 LUAT AN NINH MANG 2018");
  assert.deepEqual(c, cyber2018(1, "d"));
  const dd = reg.parseCitation("điểm đ khoản 1 Điều 8 Luật An ninh mạng 2018");
  assert.equal(dd.point, "đ", "d and đ are different points");
  assert.equal(formatCitation(dd, "en"), "Art. 8(1)(đ), Cybersecurity Law 2018");
  assert.equal(reg.formatCitation(dd, "vi"), "điểm đ khoản 1 Điều 8 Luật An ninh mạng 2018");
  assert.equal(parseCitation("Điều 5 Nghị định số 72/2013/ND-CP").instrument, "72/2013/NĐ-CP");
  const e = thrown(() => parseCitation("hello"));
  assert.ok(e instanceof QuycheError);
  assert.equal(e.code, "CITATION_PARSE");
  assert.equal(e.kind, "invalid_input");
});

test("findCitations finds three citations in free text, in order", () => {
  const text =
    "Thông tin vi phạm Điều 9 Luật Báo chí 2016 và khoản 1, Điều 8 của Luật An ninh mạng năm 2018; " +
    "xem thêm Điều 5 Nghị định số 72/2013/NĐ-CP ngày 15/7/2013.";
  const found = findCitations(text);
  assert.equal(found.length, 3);
  assert.deepEqual(found[1], { instrument: "24/2018/QH14", article: 8, clause: 1 });
  assert.deepEqual(reg.findCitations(text), found);
});

test("resolveInstrument and instrumentById read the catalogue", () => {
  assert.equal(reg.resolveInstrument("luat an ninh mang nam 2018").id, "24/2018/QH14");
  assert.equal(reg.instrumentById("24/2018/QH14")?.id, "24/2018/QH14");
  assert.equal(thrown(() => reg.resolveInstrument("Luật Foo")).code, "UNKNOWN_INSTRUMENT");
  assert.equal(reg.instrument, "2086/QĐ-UBND");
  assert.equal(reg.province.vi, "Khánh Hòa");
  assert.ok(reg.provision({ instrument: "24/2018/QH14", article: 8, clause: 1, point: "đ" }));
  assert.equal(reg.provision({ instrument: "24/2018/QH14", article: 8, clause: 9 }), undefined);
});

test("registerBody adds a commune committee; a second registration of the same id is refused at /id", () => {
  const r = Regulation.khanhHoa();
  const registration = {
    id: "ubnd-xa-vi-du",
    name: { vi: "UBND xã Ví Dụ", en: "Ví Dụ Commune People's Committee" },
    valid: { from: "2025-07-01" },
    status: "C",
    roles: [{ role: "commune_committee", body: "ubnd-xa-vi-du", valid: { from: "2025-07-01" }, status: "C" }],
  };
  r.registerBody(registration);
  assert.equal(r.rolesOf("ubnd-xa-vi-du", "2025-07-01")[0].role, "commune_committee");
  const e = thrown(() => r.registerBody(registration));
  assert.equal(e.code, "INVALID_INPUT");
  assert.equal(e.path, "/id");
  assert.equal(reg.body("ubnd-xa-vi-du"), undefined, "other Regulation objects are unchanged");
});

test("registerBody: a second lead agency on the same days is refused with Điều 7.1", () => {
  const r = Regulation.khanhHoa();
  const e = thrown(() =>
    r.registerBody({
      id: "so-khac",
      name: { vi: "Sở khác", en: "Another department" },
      valid: { from: "2025-07-01" },
      status: "C",
      roles: [{ role: "lead_agency", body: "so-khac", valid: { from: "2025-07-01" }, status: "C" }],
    }),
  );
  assert.equal(e.path, "/roles/0/valid");
  assert.deepEqual(e.citations, [{ instrument: "2086/QĐ-UBND", article: 7, clause: 1 }]);
  assert.equal(r.body("so-khac"), undefined, "a refused registration leaves the regulation unchanged");
});

test("the workflow diagram is generated from the transition table", () => {
  const m = reg.workflowMermaid();
  assert.ok(m.startsWith("stateDiagram-v2\n"));
  assert.ok(m.includes("received --> verifying: open_verification"));
  const wf = reg.workflow();
  for (const t of wf.transitions) assert.ok(m.includes(`: ${t.command}`), t.command);
  const verify = wf.transitions.find((t) => t.command === "open_verification");
  assert.deepEqual(verify.from, ["received"]);
});

test("vocabulary gives the library's own names for roles and states", () => {
  const roles = vocabulary("role");
  assert.equal(roles[0].id, "lead_agency");
  assert.ok(roles.every((t) => t.label.vi && t.label.en));
  assert.deepEqual(vocabulary("status").map((t) => t.id), ["C", "C-ocr", "P", "U"]);
  assert.equal(thrown(() => vocabulary("nope")).code, "INVALID_INPUT");
});
