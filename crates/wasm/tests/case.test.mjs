// Cases through the npm package: the 2026 walkthrough case (examples/web/sample-case.js, from
// crates/core/examples/walkthrough/case.rs) step by step, a refusal with its articles, allowed
// commands, bodies involved, the basis of an event, JSON round trips and replay.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as quyche from "quyche";
import { buildSampleCase, registration, rest, steps } from "../../../examples/web/sample-case.js";
import { assertChain, thrown } from "./helpers.mjs";

const { Regulation, Case, QuycheError, allowedCommands, basis } = quyche;

function sample(all = false) {
  const reg = Regulation.khanhHoa();
  return { reg, c: buildSampleCase(quyche, reg, { all }) };
}

test("Điều 5.1: the commune committee's notification goes to Sở VHTTDL, the lead agency in 2026", () => {
  const reg = Regulation.khanhHoa();
  reg.registerBody(registration);
  const c = Case.start(reg, steps[0].command, steps[0].actor, steps[0].at);
  assert.equal(c.id, "KH-2026-0042");
  assert.equal(c.status, "detected");
  assert.equal(c.lastApplied.event.seq, 1);
  const applied = c.apply(steps[1].command, steps[1].actor, steps[1].at);
  assert.equal(applied.event.effects.lead_agency, "so-vhttdl");
  assert.equal(c.status, "reported");
  assert.deepEqual(c.lastApplied, applied);
});

test("the walkthrough reaches `handling` with a 24-hour removal deadline (Điều 25.2.b Luật An ninh mạng 2025)", () => {
  const { c } = sample();
  assert.equal(c.status, "handling");
  assert.deepEqual(
    c.events.map((e) => e.effects.status),
    ["detected", "reported", "received", "verifying", "verifying", "verifying", "assessed", "handling"],
  );
  const d = c.events[7].effects.deadline;
  assert.equal(d.hours, 24);
  assert.equal(d.due, "2026-08-05T08:30:00+07:00");
  assert.deepEqual(d.provision, { instrument: "116/2025/QH15", article: 25, clause: 2, point: "b" });
  assertChain(c.events, "walkthrough");
});

test("Điều 7.5.b: the police may not publish the results; the refusal cites Điều 6.5 and 7.5.b and leaves the case unchanged", () => {
  const { reg, c } = sample();
  const before = c.toJson();
  const e = thrown(() =>
    c.apply({ type: "publish_results", title: "Kết quả xử lý" }, "cong-an-tinh", "2026-08-04T09:00:00+07:00"),
  );
  assert.ok(e instanceof QuycheError);
  assert.equal(e.code, "INVALID_TRANSITION");
  assert.equal(e.kind, "rule_violation");
  assert.deepEqual(e.related.map((r) => r.code), ["NOT_AUTHORIZED"]);
  assert.ok(e.related[0] instanceof QuycheError);
  const cites = [...e.citations, ...e.related[0].citations].map((x) => reg.formatCitation(x, "vi"));
  assert.ok(cites.includes("điểm b khoản 5 Điều 7 Quy chế 2086/QĐ-UBND"), cites.join("; "));
  assert.ok(e.help && e.helpVi);
  assert.equal(c.toJson(), before);
});

test("allowedCommands: before a result is reported, Báo Khánh Hòa may do nothing; publish_results is refused as INVALID_TRANSITION", () => {
  const { c } = sample();
  const checks = c.allowedCommands("bao-khanh-hoa", "2026-08-04T09:00:00+07:00");
  assert.equal(checks.length, 13, "one check per row of the workflow table");
  assert.deepEqual(checks.filter((x) => x.allowed), []);
  const publish = checks.find((x) => x.command === "publish_results");
  assert.deepEqual(publish.failures.map((f) => f.code), ["INVALID_TRANSITION"]);
  assert.ok(publish.citations.some((x) => x.article === 7 && x.clause === 5 && x.point === "b"));
  assert.equal(publish.label.vi, "Đưa tin kết quả xử lý");
  // Once the police report the result, the outlet may publish (Điều 7.5.b).
  c.apply(rest[0].command, rest[0].actor, rest[0].at);
  const now = c.allowedCommands("bao-khanh-hoa", "2026-08-05T07:00:00+07:00");
  assert.ok(now.find((x) => x.command === "publish_results").allowed);
});

test("allowedCommands before a case: Sở VHTTDL may detect (Điều 7.1.d); Báo Khánh Hòa may detect too", () => {
  const reg = Regulation.khanhHoa();
  const lead = allowedCommands(reg, "so-vhttdl", "2026-08-03T08:00:00+07:00");
  assert.deepEqual(lead.filter((x) => x.allowed).map((x) => x.command), ["detect"]);
  const unknown = allowedCommands(reg, "no-such-body", new Date("2026-08-03T01:00:00Z"));
  assert.ok(unknown.every((x) => !x.allowed));
});

test("dutiesInvolved names each body with its articles (Điều 5.1, 7.1.a, 7.2, 7.6, 7.2.b/7.3.b)", () => {
  const { c } = sample();
  const inv = c.dutiesInvolved();
  const by = Object.fromEntries(inv.map((i) => [i.body, i]));
  assert.deepEqual(Object.keys(by), [
    "ubnd-phuong-nha-trang",
    "so-vhttdl",
    "cong-an-tinh",
    "ban-tuyen-giao-dan-van",
    "ubnd-tinh",
  ]);
  assert.ok(by["so-vhttdl"].citations.some((x) => x.article === 7 && x.clause === 1 && x.point === "a"));
  assert.deepEqual(by["cong-an-tinh"].roles, ["police"]);
  assert.ok(by["ubnd-tinh"].why.vi.includes("Nhận báo cáo"));
});

test("basis: the commune committee detects under Điều 5.1, 6.2 and 7.3.a", () => {
  const { reg, c } = sample();
  const b = c.basis(c.events[0]).map((x) => reg.formatCitation(x, "vi"));
  assert.deepEqual(b, [
    "khoản 1 Điều 5 Quy chế 2086/QĐ-UBND",
    "khoản 2 Điều 6 Quy chế 2086/QĐ-UBND",
    "điểm a khoản 3 Điều 7 Quy chế 2086/QĐ-UBND",
  ]);
  assert.deepEqual(basis(reg, c.events[0]), c.basis(c.events[0]));
});

test("the finished case is closed; JSON round trips; replay rebuilds it; the officer's name stays in the log", () => {
  const { reg, c } = sample(true);
  assert.equal(c.status, "closed");
  assert.equal(JSON.stringify(c), c.toJson(), "toJSON gives the same JSON as toJson()");
  assert.deepEqual(c.data, JSON.parse(c.toJson()));
  const again = Case.fromJson(reg, c.toJson());
  assert.equal(again.toJson(), c.toJson());
  assert.equal(again.lastApplied, undefined);
  const replayed = Case.replay(reg, c.events);
  assert.equal(replayed.headHash, c.headHash);
  assert.equal(Case.replayToHead(reg, c.events, c.headHash).toJson(), c.toJson());
  assert.equal(c.events[2].actor.officer, "Cán bộ theo dõi");
});

test("replayToHead detects a dropped last event that replay alone cannot see", () => {
  const { reg, c } = sample(true);
  const shortened = c.events.slice(0, -1);
  assert.equal(Case.replay(reg, shortened).status, "published");
  const e = thrown(() => Case.replayToHead(reg, shortened, c.headHash));
  assert.equal(e.code, "LOG_TAMPERED");
  assert.equal(e.kind, "log_tampered");
});

test("a tampered log is refused at the edited event with a JSON pointer", () => {
  const { reg, c } = sample();
  const events = c.events;
  events[3].command.consulted = ["cong-an-tinh"];
  const e = thrown(() => Case.replay(reg, events));
  assert.equal(e.code, "LOG_TAMPERED");
  assert.equal(e.path, "/3/hash");
  const bad = c.toJson().replace("Email 08:40", "Email 09:40");
  assert.equal(thrown(() => Case.fromJson(reg, bad)).code, "LOG_TAMPERED");
});

test("a case keeps the regulation it was started with; bodies registered later do not change it", () => {
  const reg = Regulation.khanhHoa();
  const c = buildSampleCase(quyche, reg);
  reg.registerBody({
    id: "so-y-te",
    name: { vi: "Sở Y tế", en: "Department of Health" },
    valid: { from: "2020-08-12" },
    status: "C",
    roles: [{ role: "department", body: "so-y-te", valid: { from: "2020-08-12" }, status: "C" }],
  });
  assert.ok(reg.body("so-y-te"));
  assert.equal(c.regulation.body("so-y-te"), undefined);
  assert.ok(c.regulation.body("ubnd-phuong-nha-trang"));
});

test("a JavaScript Date is a fact time; a time without an offset is refused", () => {
  const reg = Regulation.khanhHoa();
  reg.registerBody(registration);
  const c = Case.start(reg, steps[0].command, steps[0].actor, new Date("2026-08-03T01:15:00Z"));
  assert.equal(c.events[0].at, "2026-08-03T08:15:00+07:00", "stored in Vietnam time");
  const e = thrown(() => c.apply(steps[1].command, steps[1].actor, "2026-08-03T08:40:00"));
  assert.equal(e.code, "INVALID_INPUT");
  assert.match(e.message, /offset/);
});
