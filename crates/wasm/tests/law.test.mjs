// Regulation queries through the npm package: the grounds of Điều 2.2 by date, successors,
// time limits, bodies and roles by date, the responsibility matrix of Điều 5–9, the regulation's
// own roles, activities and vocabularies, citations, registering a user's own body
// ({body, roles}), the workflow table. Role, activity and rule arguments are plain strings checked
// against the regulation (an unknown one is INVALID_INPUT at /role, /activity or /rule).
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  Regulation,
  QuycheError,
  parseCitation,
  findCitations,
  scanCitations,
  formatCitation,
} from "quyche";
import { thrown } from "./helpers.mjs";

const reg = Regulation.khanhHoa();
const cyber2018 = (clause, point) => ({ instrument: "24/2018/QH14", article: 8, clause, point });

test("Điều 2.2: three grounds in force on 2020-09-01, two on 2025-01-15 (NĐ 72/2013 replaced on 2024-12-25), the 2025 laws' from 2026-07-01", () => {
  assert.equal(reg.groundsInForce("2020-09-01").length, 3);
  assert.deepEqual(reg.groundsInForce("2025-01-15").map((g) => g.id), ["press-2016-art9", "cyber-2018-art8-1"]);
  assert.ok(reg.groundsInForce("2025-01-15").every((g) => g.kind === "harm"));
  const after = reg.groundsInForce("2026-07-01").map((g) => g.id);
  assert.ok(after.includes("cyber-2025-art7-1") && !after.includes("cyber-2018-art8-1"));
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
  assert.equal(row.binds, "platform", "the limit binds the platform that received the request");
  assert.ok(reg.allTimeLimits().length >= reg.timeLimits("provider_removal_on_request", "2026-07-01").length);
});

test("timeLimits: NĐ 72/2013 Điều 23d gave platforms 3 hours until 2024-12-24; an unknown rule is refused at /rule", () => {
  const limits = reg.timeLimits("platform_removal", "2024-12-24");
  assert.ok(limits.length > 0 && limits.every((t) => t.limit.hours === 3));
  assert.deepEqual(reg.timeLimits("platform_removal", "2024-12-25"), [], "NĐ 72/2013 ended on 2024-12-24");
  const e = thrown(() => reg.timeLimits("removal_request", "2025-01-01"));
  assert.ok(e instanceof QuycheError);
  assert.deepEqual([e.code, e.path], ["INVALID_INPUT", "/rule"]);
  assert.match(e.messageVi, /platform_removal/, "the refusal lists the rules the regulation declares");
});

test("bodiesFor: Sở TT&TT leads on 2024-06-01, Sở VHTTDL on 2025-06-01 (merger of 2025-03-01)", () => {
  assert.deepEqual(reg.bodiesFor("lead_agency", "2024-06-01").map((a) => a.body), ["so-tttt"]);
  assert.equal(reg.bodiesFor("lead_agency", "2025-06-01")[0].body, "so-vhttdl");
  assert.ok(reg.rolesOf("so-vhttdl", "2025-06-01").some((a) => a.role === "lead_agency"));
  assert.ok(!reg.rolesOf("so-vhttdl", "2024-06-01").some((a) => a.role === "lead_agency"));
  assert.deepEqual(reg.rolesOf("no-such-body", "2025-06-01"), []);
});

test("bodies: Đài PT-TH Khánh Hòa exists until 2025-04-23, then Báo Khánh Hòa stands for it", () => {
  assert.deepEqual(reg.body("dai-ptth")?.successors.map((s) => s.body), ["bao-khanh-hoa"]);
  assert.equal(reg.bodyOn("dai-ptth", "2025-04-23")?.id, "dai-ptth");
  assert.equal(reg.bodyOn("dai-ptth", "2025-04-24")?.id, "bao-khanh-hoa");
  assert.ok(reg.bodiesOn("2025-04-23").some((b) => b.id === "dai-ptth"));
  assert.ok(!reg.bodiesOn("2025-04-24").some((b) => b.id === "dai-ptth"));
  assert.equal(reg.body("nobody"), undefined);
  assert.ok(reg.bodies().length >= reg.bodiesOn("2025-04-24").length);
});

test("responsibility matrix: Điều 7.5.b gives the press outlet the publish duty, and no Điều 7.8 exists", () => {
  const matrix = reg.duties();
  const b = matrix.find((d) => d.id === "7.5.b");
  assert.equal(b.role, "press_outlet");
  assert.equal(b.participation, "publish");
  assert.deepEqual(reg.duty("7.5.b"), b);
  assert.equal(reg.duty("7.8.a"), undefined);
  assert.ok(reg.dutiesOf("press_outlet").some((d) => d.id === "7.5.b"));
  assert.ok(reg.dutiesOf("press_outlet", "2026-01-05").some((d) => d.id === "7.5.b"));
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
  assert.ok(reg.participants("verification").some((d) => d.id === "5.2"), "Điều 5.2: verification");
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

test("registerBody adds a commune committee; a second registration of the same id is refused at /body/id", () => {
  const r = Regulation.khanhHoa();
  const registration = {
    body: {
      id: "ubnd-xa-vi-du",
      name: { vi: "UBND xã Ví Dụ", en: "Ví Dụ Commune People's Committee" },
      valid: { from: "2025-07-01" },
      status: "C",
    },
    roles: [{ role: "commune_committee", body: "ubnd-xa-vi-du", valid: { from: "2025-07-01" }, status: "C" }],
  };
  r.registerBody(registration);
  assert.equal(r.rolesOf("ubnd-xa-vi-du", "2025-07-01")[0].role, "commune_committee");
  // Điều 5.1 binds the commune committees too: the new body carries the duty to notify.
  assert.ok(r.bodiesForDuty("5.1", "2026-01-05").some((a) => a.body === "ubnd-xa-vi-du"));
  const e = thrown(() => r.registerBody(registration));
  assert.equal(e.code, "INVALID_INPUT");
  assert.equal(e.path, "/body/id");
  assert.equal(reg.body("ubnd-xa-vi-du"), undefined, "other Regulation objects are unchanged");
});

test("registerBody: a role must name the body registered with it; the earlier flat form is refused at its stray member", () => {
  const r = Regulation.khanhHoa();
  const body = { id: "so-y-te", name: { vi: "Sở Y tế", en: "Department of Health" }, valid: { from: "2020-08-12" }, status: "C" };
  const role = { role: "department", body: "so-y-te", valid: { from: "2020-08-12" }, status: "C" };
  const wrong = thrown(() => r.registerBody({ body: { ...body, id: "so-xay-dung" }, roles: [role] }));
  assert.deepEqual([wrong.code, wrong.path], ["INVALID_INPUT", "/roles/0/body"]);
  assert.equal(r.body("so-xay-dung"), undefined, "a refused registration changes nothing");
  const flat = thrown(() => r.registerBody({ ...body, roles: [role] }));
  assert.deepEqual([flat.code, flat.path], ["INVALID_INPUT", "/id"]);
  const unknownRole = thrown(() => r.registerBody({ body, roles: [{ ...role, role: "mayor" }] }));
  assert.deepEqual([unknownRole.code, unknownRole.path], ["INVALID_INPUT", "/roles/0/role"]);
  r.registerBody({ body, roles: [role] });
  assert.deepEqual(r.rolesOf("so-y-te", "2026-01-05").map((a) => a.role), ["department"]);
});

test("registerBody: a second lead agency on the same days is refused with Điều 7.1", () => {
  const r = Regulation.khanhHoa();
  const e = thrown(() =>
    r.registerBody({
      body: { id: "so-khac", name: { vi: "Sở khác", en: "Another department" }, valid: { from: "2025-07-01" }, status: "C" },
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

test("the workflow table follows the corrected procedure: request, propose and direct, never assign (Điều 7.1.a)", () => {
  const wf = reg.workflow();
  const commands = wf.transitions.map((t) => t.command);
  for (const c of ["request_action", "propose_direction", "direct_action", "send_removal_request", "withdraw_action"]) {
    assert.ok(commands.includes(c), c);
  }
  assert.ok(!commands.includes("assign_action"), "no body assigns work to a peer");
  const close = wf.transitions.find((t) => t.command === "close");
  assert.deepEqual(close.from, ["handled", "published"]);
  const publish = wf.transitions.find((t) => t.command === "publish_results");
  assert.deepEqual(publish.from, ["handled", "published"]);
});

test("vocabulary is the regulation's: its roles (Điều 7.1 creates the lead agency), case states, commands; an unknown name at /name", () => {
  const roles = reg.vocabulary("role");
  assert.equal(roles[0].id, "lead_agency");
  assert.equal(roles[0].label.vi, "Cơ quan chủ trì");
  assert.ok(roles.every((t) => t.label.vi && t.label.en));
  assert.deepEqual(roles.map((t) => t.id), reg.roles().map((r) => r.id));
  assert.deepEqual(reg.roles()[0].provision, { instrument: "2086/QĐ-UBND", article: 7, clause: 1 });
  assert.deepEqual(reg.vocabulary("status").map((t) => t.id), ["C", "C-ocr", "P", "U"]);
  const statuses = reg.vocabulary("case_status").map((t) => t.id);
  assert.equal(statuses[0], "detected");
  assert.ok(statuses.includes("closed") && statuses.includes("dismissed"));
  const commands = reg.vocabulary("command").map((t) => t.id);
  for (const c of ["request_action", "direct_action", "send_removal_request"]) assert.ok(commands.includes(c), c);
  const e = thrown(() => reg.vocabulary("colours"));
  assert.deepEqual([e.code, e.path], ["INVALID_INPUT", "/name"]);
});

test("roles and activities are the regulation's data; an unknown role or activity is refused at its argument", () => {
  const activities = reg.activities().map((a) => a.id);
  for (const a of ["monitoring", "verification", "handling", "reporting"]) assert.ok(activities.includes(a), a);
  assert.deepEqual(reg.vocabulary("activity").map((t) => t.id), activities);
  const roles = reg.roles().map((r) => r.id);
  for (const r of ["lead_agency", "police", "press_outlet", "provincial_peoples_committee"]) assert.ok(roles.includes(r), r);
  for (const [call, path] of [
    [() => reg.dutiesOf("gardener"), "/role"],
    [() => reg.dutiesOf("gardener", "2026-01-05"), "/role"],
    [() => reg.bodiesFor("gardener", "2026-01-05"), "/role"],
    [() => reg.participants("gardening"), "/activity"],
  ]) {
    const e = thrown(call);
    assert.ok(e instanceof QuycheError);
    assert.deepEqual([e.code, e.path], ["INVALID_INPUT", path]);
    assert.ok(e.messageVi.startsWith("Quy chế này không có"), e.messageVi);
  }
});

// Issue 16: "Luật Báo chí" without its year fits the 2016 and the 2025 law; findCitations cannot
// tell which, so scanCitations reports the part instead of dropping it.
test("an ambiguous citation is reported, not dropped", () => {
  const scan = scanCitations("vi phạm Điều 9 Luật Báo chí và Điều 8 Luật An ninh mạng 2018");
  assert.deepStrictEqual(
    scan.citations.map((c) => [c.instrument, c.article]),
    [["24/2018/QH14", 8]],
  );
  assert.equal(scan.unresolved.length, 1);
  assert.equal(scan.unresolved[0].code, "UNKNOWN_INSTRUMENT");
  assert.ok(scan.unresolved[0].message_vi.includes("Luật Báo chí"));
});
