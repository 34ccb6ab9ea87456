// Cases through the npm package, on the corrected workflow: the 2026 walkthrough case
// (examples/web/sample-case.js, from crates/core/examples/walkthrough/case.rs) step by step, the
// full lifecycle of tests/conformance/full-lifecycle-2026.json, refusals with their articles,
// allowed commands, bodies involved, the basis of an event, JSON round trips and replay.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as quyche from "quyche";
import { buildSampleCase, registration, rest, steps } from "../../../examples/web/sample-case.js";
import {
  CONCLUDE,
  OPINION,
  REBUTTAL,
  REMOVAL,
  REQUEST,
  STEPS,
  assertChain,
  citationKey,
  lifecycle,
  lifecycleRegulation,
  runLifecycle,
  thrown,
} from "./helpers.mjs";

const { Regulation, Case, QuycheError, allowedCommands, basis } = quyche;

function sample(all = false) {
  const reg = Regulation.khanhHoa();
  return { reg, c: buildSampleCase(quyche, reg, { all }) };
}

const keys = (citations) => citations.map(citationKey);

test("the lifecycle fixture is the corrected workflow: the lead agency requests, nobody assigns", () => {
  const types = lifecycle().steps.map((s) => s.command.type);
  assert.equal(types.length, STEPS);
  assert.ok(!types.includes("assign_action"));
  assert.deepEqual(
    [OPINION, CONCLUDE, REQUEST, REMOVAL, REBUTTAL].map((i) => types[i]),
    ["submit_opinion", "conclude", "request_action", "send_removal_request", "take_action"],
  );
  const sampleTypes = [...steps, ...rest].map((s) => s.command.type);
  assert.ok(!sampleTypes.includes("assign_action"), "the web page's sample case too");
  assert.ok(sampleTypes.includes("request_action") && sampleTypes.includes("send_removal_request"));
});

test("the full 2026 lifecycle closes; every event hash matches node:crypto; recipients and the platform's deadline", () => {
  const reg = lifecycleRegulation();
  const { c, results } = runLifecycle(reg);
  assert.equal(c.status, "closed");
  assert.equal(c.events.length, STEPS);
  assert.deepEqual(results.map((r) => r.event.seq), Array.from({ length: STEPS }, (_, i) => i + 1));
  assertChain(c.events, "full lifecycle");
  assert.equal(c.headHash, lifecycle().final_hash, "the head hash the Rust runner recorded");
  // Điều 5.1: the ward committee notified the lead agency playing the role that day.
  assert.equal(results[1].event.effects.lead_agency, "so-vhttdl");
  // Điều 7.1.a (ý thứ 4), 7.2.a: the lead agency requests the police (it assigns no work to a
  // peer); the police report to the People's Committee, copying the lead agency (Điều 7.2.b).
  const [action] = c.data.actions;
  assert.deepEqual([action.mode, action.body, action.opened_by], ["requested", "cong-an-tinh", "so-vhttdl"]);
  const r = results[11].event.effects.recipients;
  assert.deepEqual([r.to, r.cc], [["ubnd-tinh"], ["so-vhttdl"]]);
  // Điều 7.2.b: the 24 hours of the Cybersecurity Law 2025 bind the platform that received the
  // police's request, from that request.
  const d = results[REMOVAL].event.effects.deadline;
  assert.deepEqual([d.binds, d.due, d.limit], ["platform", "2026-08-04T11:40:00+07:00", { hours: 24 }]);
});

test("Điều 5.1: the ward committee's notification goes to Sở VHTTDL, the lead agency in 2026", () => {
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

test("the walkthrough reaches `handling`; the police's removal request gives the platform 24 hours (Điều 7.2.b; Thông tư 38/2016 Điều 5.1 for a cross-border platform)", () => {
  const { c } = sample();
  assert.equal(c.status, "handling");
  assert.deepEqual(
    c.events.map((e) => e.effects.status),
    ["detected", "reported", "received", "verifying", "verifying", "verifying", "assessed", "handling", "handling", "handling"],
  );
  // Điều 7.1.a (ý thứ 4): two requests of the lead agency, A1 to the police, A2 to the press.
  assert.deepEqual(
    c.data.actions.map((a) => [a.id, a.kind, a.mode, a.body, a.opened_by]),
    [
      ["A1", "removal", "requested", "cong-an-tinh", "so-vhttdl"],
      ["A2", "public_rebuttal", "requested", "bao-khanh-hoa", "so-vhttdl"],
    ],
  );
  const d = c.events[8].effects.deadline;
  assert.deepEqual(d.limit, { hours: 24 });
  assert.equal(d.binds, "platform", "the deadline is the platform's, not the police's");
  assert.equal(d.due, "2026-08-05T09:30:00+07:00", "counted from the request the platform received");
  assert.deepEqual(d.provision, { instrument: "38/2016/TT-BTTTT", article: 5, clause: 1 });
  assert.equal(d.interpretation, true, "the circular does not name the police as a requester");
  assertChain(c.events, "walkthrough");
});

test("Điều 6.5, 7.5.b: nothing can be announced before the results are reported; the refusal cites both and leaves the case unchanged", () => {
  const { reg, c } = sample();
  const before = c.toJson();
  const e = thrown(() =>
    c.apply({ type: "publish_results", title: "Kết quả xử lý" }, "cong-an-tinh", "2026-08-04T10:30:00+07:00"),
  );
  assert.ok(e instanceof QuycheError);
  assert.equal(e.code, "INVALID_TRANSITION");
  assert.equal(e.kind, "rule_violation");
  assert.equal(e.path, "/type");
  assert.deepEqual(e.related, [], "the police take part in the case: only the state refuses");
  const cites = e.citations.map((x) => reg.formatCitation(x, "vi"));
  assert.deepEqual(cites, ["khoản 5 Điều 6 Quy chế 2086/QĐ-UBND", "điểm b khoản 5 Điều 7 Quy chế 2086/QĐ-UBND"]);
  assert.ok(e.help && e.helpVi);
  assert.equal(c.toJson(), before);
});

test("Điều 6.5: once the case is handled any participant may announce on its own channel; a body outside the case may not", () => {
  const { c } = sample();
  for (const s of rest.slice(0, 3)) c.apply(s.command, s.actor, s.at);
  assert.equal(c.status, "handled");
  const at = "2026-08-05T09:30:00+07:00";
  const publish = (who) => c.allowedCommands(who, at).find((x) => x.command === "publish_results");
  for (const who of ["bao-khanh-hoa", "cong-an-tinh", "so-vhttdl"]) assert.ok(publish(who).allowed, who);
  const outsider = publish("so-khcn");
  assert.ok(!outsider.allowed);
  assert.deepEqual(outsider.failures.map((f) => f.code), ["NOT_AUTHORIZED"]);
  assert.ok(keys(outsider.failures[0].citations).includes("2086/QĐ-UBND:7.5.b"));
});

test("allowedCommands: while A2 is open Báo Khánh Hòa may act and report, not announce (INVALID_TRANSITION, Điều 7.5.b)", () => {
  const { reg, c } = sample();
  const checks = c.allowedCommands("bao-khanh-hoa", "2026-08-04T21:00:00+07:00");
  assert.equal(checks.length, reg.workflow().transitions.length, "one check per row of the workflow table");
  assert.deepEqual(
    checks.filter((x) => x.allowed).map((x) => x.command),
    ["assign_officer", "take_action", "report_result"],
  );
  const publish = checks.find((x) => x.command === "publish_results");
  assert.deepEqual(publish.failures.map((f) => f.code), ["INVALID_TRANSITION"]);
  assert.ok(publish.citations.some((x) => x.article === 7 && x.clause === 5 && x.point === "b"));
  assert.equal(publish.label.vi, "Thông báo kết quả xử lý");
  // Điều 7.2.b: sending a removal request is the police's (or the lead agency's), not the press's.
  const send = checks.find((x) => x.command === "send_removal_request");
  assert.deepEqual(send.failures.map((f) => f.code), ["NOT_AUTHORIZED"]);
  // Once both results are reported, the outlet may announce (Điều 7.5.b).
  for (const s of rest.slice(0, 3)) c.apply(s.command, s.actor, s.at);
  const now = c.allowedCommands("bao-khanh-hoa", "2026-08-05T09:30:00+07:00");
  assert.ok(now.find((x) => x.command === "publish_results").allowed);
});

test("allowedCommands: the lead agency requests, proposes a direction and withdraws; only the People's Committee directs (Điều 7.1.a)", () => {
  const { c } = sample();
  const at = "2026-08-04T21:00:00+07:00";
  const allowed = (who) => c.allowedCommands(who, at).filter((x) => x.allowed).map((x) => x.command);
  const lead = allowed("so-vhttdl");
  for (const cmd of ["request_action", "propose_direction", "withdraw_action", "take_action"]) assert.ok(lead.includes(cmd), cmd);
  assert.ok(!lead.includes("direct_action"));
  assert.deepEqual(allowed("ubnd-tinh"), ["direct_action"]);
  // Điều 7.2.b: the police record the platform's answer to their request and report on A1.
  const police = allowed("cong-an-tinh");
  for (const cmd of ["send_removal_request", "record_platform_response", "report_result"]) assert.ok(police.includes(cmd), cmd);
});

test("allowedCommands before a case: Sở VHTTDL may detect (Điều 7.1.d); an unknown body may do nothing", () => {
  const reg = Regulation.khanhHoa();
  const lead = allowedCommands(reg, "so-vhttdl", "2026-08-03T08:00:00+07:00");
  assert.deepEqual(lead.filter((x) => x.allowed).map((x) => x.command), ["detect"]);
  const unknown = allowedCommands(reg, "no-such-body", new Date("2026-08-03T01:00:00Z"));
  assert.ok(unknown.every((x) => !x.allowed));
});

test("assign_action is an earlier command: refused at /type, naming request_action; a request must fit the body's role (Điều 7.2.a)", () => {
  const reg = lifecycleRegulation();
  const { c } = runLifecycle(reg, REQUEST);
  const e = thrown(() =>
    c.apply({ type: "assign_action", kind: "removal", assignee: "cong-an-tinh" }, "so-vhttdl", "2026-08-03T11:30:00+07:00"),
  );
  assert.equal(e.code, "INVALID_INPUT");
  assert.equal(e.path, "/type");
  assert.match(e.message, /request_action/);
  assert.match(e.messageVi, /đề nghị \(`request_action`\)/);
  const applied = c.apply(lifecycle().steps[REQUEST].command, "so-vhttdl", "2026-08-03T11:30:00+07:00");
  assert.equal(applied.event.effects.action_id, "A1");
  // Investigating the author is the police's duty, not a press outlet's.
  const mismatch = thrown(() =>
    c.apply({ type: "request_action", kind: "investigation", body: "bao-khanh-hoa" }, "so-vhttdl", "2026-08-03T11:35:00+07:00"),
  );
  assert.deepEqual([mismatch.code, mismatch.path], ["ACTION_ROLE_MISMATCH", "/kind"]);
});

test("Điều 2.2: a violating verdict without grounds is refused at /grounds; Điều 7.5: a press outlet cannot conclude", () => {
  const reg = lifecycleRegulation();
  const { c } = runLifecycle(reg, CONCLUDE);
  const head = c.headHash;
  const none = thrown(() =>
    c.apply({ type: "conclude", verdict: "violating", note: "x", grounds: [] }, "so-vhttdl", "2026-08-03T11:00:00+07:00"),
  );
  assert.deepEqual([none.code, none.path], ["GROUND_REQUIRED", "/grounds"]);
  assert.ok(keys(none.citations).includes("2086/QĐ-UBND:2.2"));
  const press = thrown(() =>
    c.apply({ type: "conclude", verdict: "not_violating", note: "x" }, "bao-khanh-hoa", "2026-08-03T11:00:00+07:00"),
  );
  assert.equal(press.code, "NOT_AUTHORIZED");
  assert.ok(press.citations.length > 0 && press.messageVi.length > 0);
  assert.equal(c.headHash, head, "a refused step leaves the case");
});

test("dutiesInvolved names each body with its articles (Điều 5.1, 7.1.a, 5.2.b/7.2.a/7.2.b, 7.6.b, 7.5.a/7.5.c)", () => {
  const { c } = sample();
  const by = Object.fromEntries(c.dutiesInvolved().map((i) => [i.body, i]));
  assert.deepEqual(Object.keys(by), [
    "ubnd-phuong-nha-trang",
    "so-vhttdl",
    "cong-an-tinh",
    "ban-tuyen-giao-dan-van",
    "bao-khanh-hoa",
  ]);
  assert.ok(by["so-vhttdl"].citations.some((x) => x.article === 7 && x.clause === 1 && x.point === "a"));
  assert.deepEqual(by["cong-an-tinh"].roles, ["police"]);
  assert.ok(keys(by["cong-an-tinh"].citations).includes("2086/QĐ-UBND:7.2.b"));
  assert.match(by["cong-an-tinh"].why.vi, /A1, theo đề nghị của cơ quan chủ trì/);
  assert.match(by["bao-khanh-hoa"].why.vi, /A2, theo đề nghị của cơ quan chủ trì/);
  // Once results are reported, the People's Committee receives them (Điều 7.2.b).
  for (const s of rest.slice(0, 2)) c.apply(s.command, s.actor, s.at);
  const tinh = c.dutiesInvolved().find((i) => i.body === "ubnd-tinh");
  assert.ok(tinh && tinh.why.vi.includes("Nhận báo cáo"));
});

test(
  "dutiesInvolved gives each reason once: the lead agency receives two results (A1 in copy, A2 as addressee)",
  () => {
    const { c } = sample(true);
    const lead = c.dutiesInvolved().find((i) => i.body === "so-vhttdl");
    for (const text of [lead.why.vi, lead.why.en]) {
      const parts = text.split("; ");
      assert.deepEqual(parts, [...new Set(parts)], text);
    }
  },
);

test("basis: the ward committee detects under Điều 5.1, 6.2 and 7.3.a", () => {
  const { reg, c } = sample();
  const b = c.basis(c.events[0]).map((x) => reg.formatCitation(x, "vi"));
  assert.deepEqual(b, [
    "khoản 1 Điều 5 Quy chế 2086/QĐ-UBND",
    "khoản 2 Điều 6 Quy chế 2086/QĐ-UBND",
    "điểm a khoản 3 Điều 7 Quy chế 2086/QĐ-UBND",
  ]);
  assert.deepEqual(basis(reg, c.events[0]), c.basis(c.events[0]));
  // Điều 7.1.a (ý thứ 4) and 7.2.a: the request to the police.
  assert.deepEqual(keys(c.basis(c.events[7])), ["2086/QĐ-UBND:7.1.a(4)", "2086/QĐ-UBND:7.2.a"]);
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
  assert.equal(e.path, `/${shortened.length - 1}/hash`);
});

test("a tampered log is refused at the edited event with a JSON pointer", () => {
  const { reg, c } = sample();
  const events = c.events;
  events[3].command.consulted = ["cong-an-tinh"];
  const e = thrown(() => Case.replay(reg, events));
  assert.equal(e.code, "LOG_TAMPERED");
  assert.equal(e.path, "/3/hash");
  assert.match(e.messageVi, /Sự kiện 4/);
  const bad = c.toJson().replace("Email 08:40", "Email 09:40");
  assert.equal(thrown(() => Case.fromJson(reg, bad)).code, "LOG_TAMPERED");
});

test("a case keeps the regulation it was started with; bodies registered later do not change it", () => {
  const reg = Regulation.khanhHoa();
  const c = buildSampleCase(quyche, reg);
  reg.registerBody({
    body: { id: "so-y-te", name: { vi: "Sở Y tế", en: "Department of Health" }, valid: { from: "2020-08-12" }, status: "C" },
    roles: [{ role: "department", body: "so-y-te", valid: { from: "2020-08-12" }, status: "C" }],
  });
  assert.ok(reg.body("so-y-te"));
  assert.equal(c.regulation.body("so-y-te"), undefined);
  assert.ok(c.regulation.body("ubnd-phuong-nha-trang"));
});

test("a JavaScript Date is a fact time; a time without an offset is refused in both languages", () => {
  const reg = Regulation.khanhHoa();
  reg.registerBody(registration);
  const c = Case.start(reg, steps[0].command, steps[0].actor, new Date("2026-08-03T01:15:00Z"));
  assert.equal(c.events[0].at, "2026-08-03T08:15:00+07:00", "stored in Vietnam time");
  const e = thrown(() => c.apply(steps[1].command, steps[1].actor, "2026-08-03T08:40:00"));
  assert.equal(e.code, "INVALID_INPUT");
  assert.match(e.message, /offset/);
  assert.match(e.messageVi, /múi giờ/);
  assert.ok(e.help && e.helpVi);
});

test(
  "a refused time argument points at the argument (/at), as in Python",
  () => {
    const reg = Regulation.khanhHoa();
    reg.registerBody(registration);
    const c = Case.start(reg, steps[0].command, steps[0].actor, steps[0].at);
    assert.equal(thrown(() => c.apply(steps[1].command, steps[1].actor, "2026-08-03T08:40:00")).path, "/at");
    assert.equal(thrown(() => Case.start(reg, steps[0].command, steps[0].actor, "yesterday")).path, "/at");
    assert.equal(thrown(() => c.allowedCommands("so-vhttdl", "2026-08-03T08:40:00")).path, "/at");
  },
);
