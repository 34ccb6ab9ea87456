// Errors cross into JavaScript as QuycheError (extends Error) with the core's fields.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Regulation, QuycheError } from "quyche";
import { doc } from "./helpers.mjs";

function thrown(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  assert.fail("expected a throw");
}

test("a bad field throws QuycheError INVALID_INPUT with a JSON pointer", () => {
  const d = doc();
  d.signed = 20200812;
  const e = thrown(() => Regulation.fromJson(JSON.stringify(d)));
  assert.ok(e instanceof QuycheError, "instance of the package's QuycheError");
  assert.ok(e instanceof Error);
  assert.equal(e.name, "QuycheError");
  assert.equal(e.code, "INVALID_INPUT");
  assert.equal(e.path, "/signed");
  assert.ok(e.message.length > 0 && e.messageVi.length > 0);
  assert.deepEqual(e.citations, []);
  assert.deepEqual(e.related, []);
  assert.ok(typeof e.stack === "string");
});

test("a nested bad field points into the array", () => {
  const d = doc();
  d.instruments[0].in_force.from = "12/08/2020";
  const e = thrown(() => Regulation.fromJson(JSON.stringify(d)));
  assert.equal(e.path, "/instruments/0/in_force/from");
});

test("malformed JSON is INVALID_JSON", () => {
  const e = thrown(() => Regulation.fromJson('{"id": '));
  assert.equal(e.code, "INVALID_JSON");
});

test("an inconsistent document is INVALID_REGULATION with related errors", () => {
  // The regulation's own instrument (QĐ 2086/QĐ-UBND) must be catalogued, and a validity
  // interval may not end before it starts.
  const d = doc();
  d.instrument = "9999/QĐ-UBND";
  d.in_force = { from: "2020-08-12", to: "2020-08-11" };
  const e = thrown(() => Regulation.fromJson(JSON.stringify(d)));
  assert.equal(e.code, "INVALID_REGULATION");
  assert.equal(e.path, "/instrument");
  assert.deepEqual(e.related.map((r) => r.path), ["/in_force"]);
  assert.ok(e.related.every((r) => r instanceof QuycheError));
});

test("toJSON gives the schema's snake_case shape", () => {
  const e = thrown(() => Regulation.fromJson('{"id": 7}'));
  const j = JSON.parse(JSON.stringify(e));
  assert.equal(j.code, "INVALID_INPUT");
  assert.equal(j.path, "/id");
  assert.ok("message_vi" in j && !("messageVi" in j));
});

test("kind is the family of the code (ErrorCode::family): invalid_input, not_found, rule_violation, log_tampered", async () => {
  const quyche = await import("quyche");
  const { buildSampleCase } = await import("../../../examples/web/sample-case.js");
  const reg = Regulation.khanhHoa();
  assert.equal(thrown(() => Regulation.fromJson("{")).kind, "invalid_input");
  assert.equal(thrown(() => reg.resolveInstrument("Luật Foo")).kind, "not_found");
  const c = buildSampleCase(quyche, reg);
  // Điều 7.5.b: publishing the results is the press outlets' duty, not the police's.
  const refusal = thrown(() => c.apply({ type: "publish_results", title: "x" }, "cong-an-tinh", "2026-08-04T09:00:00+07:00"));
  assert.equal(refusal.kind, "rule_violation");
  assert.ok(refusal.related.every((r) => r.kind === "rule_violation"));
  const events = c.events;
  events[0].at = "2026-08-03T08:16:00+07:00";
  assert.equal(thrown(() => quyche.Case.replay(reg, events)).kind, "log_tampered");
  assert.ok(!("kind" in refusal.toJSON()), "toJSON keeps the schema's shape");
});
