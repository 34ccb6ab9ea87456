// Hostile input never aborts the WebAssembly module: every bad argument throws a QuycheError,
// and the module keeps working afterwards.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as quyche from "quyche";
import { buildSampleCase, registration, steps } from "../../../examples/web/sample-case.js";
import { doc, thrown } from "./helpers.mjs";

const { Regulation, Case, WorkCalendar, QuycheError } = quyche;
const AT = "2026-08-03T08:00:00+07:00";
const DETECT = steps[0].command;
const REPORT = quyche.compileReport(Regulation.khanhHoa(), {
  cases: [],
  reporter: "cong-an-tinh",
  period: { frequency: "six_monthly", year: 2026 },
});

/** The module still answers a real question correctly. */
function stillWorks() {
  const reg = Regulation.khanhHoa();
  assert.equal(reg.bodiesFor("lead_agency", "2025-06-01")[0].body, "so-vhttdl");
  const c = buildSampleCase(quyche, reg);
  assert.equal(c.status, "handling");
}

/** `fn` throws a QuycheError (with `code` among `codes` when given). */
function refuses(fn, codes, what) {
  const e = thrown(fn);
  assert.ok(e instanceof QuycheError, `${what}: threw ${e}`);
  if (codes) assert.ok(codes.includes(e.code), `${what}: ${e.code} ${e.message}`);
  assert.ok(e.message.length > 0 && e.messageVi.length > 0, what);
  return e;
}

const WRONG = [undefined, null, 123, 1.5, NaN, Infinity, {}, [], true, Symbol("x"), 10n, () => 1, "x"];

test("arguments of the wrong type throw QuycheError INVALID_INPUT", () => {
  for (const bad of WRONG) {
    if (typeof bad !== "string") refuses(() => Regulation.fromJson(bad), ["INVALID_INPUT"], `fromJson(${String(bad)})`);
  }
  const reg = Regulation.khanhHoa();
  const cal = WorkCalendar.vietnam();
  for (const bad of WRONG) {
    const s = typeof bad === "symbol" ? "symbol" : String(bad);
    refuses(() => Case.start(bad, DETECT, "so-vhttdl", AT), ["INVALID_INPUT"], `start reg ${s}`);
    refuses(() => Case.start(reg, bad, "so-vhttdl", AT), ["INVALID_INPUT", "INVALID_JSON"], `start command ${s}`);
    refuses(() => Case.start(reg, DETECT, "so-vhttdl", bad), ["INVALID_INPUT"], `start at ${s}`);
    refuses(() => reg.groundsInForce(bad), ["INVALID_INPUT"], `groundsInForce ${s}`);
    // Roles are plain strings checked against the regulation ("x" is no role of it).
    refuses(() => reg.bodiesFor(bad, "2025-06-01"), ["INVALID_INPUT"], `bodiesFor ${s}`);
    if (bad !== 123) {
      refuses(() => cal.addWorkingDays("2026-01-01", bad), ["INVALID_INPUT"], `addWorkingDays n ${s}`);
      refuses(() => cal.holidaysIn(bad), ["INVALID_INPUT"], `holidaysIn ${s}`);
      refuses(() => quyche.reportingCalendar(reg, bad, "2026-01-01"), ["INVALID_INPUT"], `reportingCalendar ${s}`);
    }
    refuses(() => quyche.renderMarkdown(bad, REPORT, "vi"), ["INVALID_INPUT"], `renderMarkdown regulation ${s}`);
    refuses(() => quyche.renderMarkdown(reg, bad, "vi"), ["INVALID_INPUT", "INVALID_JSON"], `renderMarkdown report ${s}`);
    refuses(() => quyche.reportDocument(reg, bad, "vi"), ["INVALID_INPUT", "INVALID_JSON"], `reportDocument report ${s}`);
    refuses(() => reg.dutiesOf(bad), ["INVALID_INPUT"], `dutiesOf ${s}`);
    refuses(() => reg.participants(bad), ["INVALID_INPUT"], `participants ${s}`);
    refuses(() => reg.timeLimits(bad, "2026-07-01"), ["INVALID_INPUT"], `timeLimits ${s}`);
    refuses(() => reg.vocabulary(bad), ["INVALID_INPUT"], `vocabulary ${s}`);
  }
  for (const bad of [undefined, null, 5, {}, [], true, 10n, Symbol("s")]) {
    refuses(() => Case.start(reg, DETECT, bad, AT), ["INVALID_INPUT"], `start actor ${String(bad?.toString?.() ?? bad)}`);
  }
  stillWorks();
});

test("an object that is not a Regulation, or a freed one, is refused as a QuycheError, not a glue error", () => {
  const gone = Regulation.khanhHoa();
  gone.free();
  const fake = { __handle: () => 42 };
  const liar = { __handle() { throw new Error("boom"); } };
  for (const [what, r] of [["freed", gone], ["fake", fake], ["liar", liar], ["calendar", WorkCalendar.vietnam()]]) {
    const e = refuses(() => Case.start(r, DETECT, "so-vhttdl", AT), ["INVALID_INPUT"], what);
    assert.match(e.message, /regulation/);
  }
  stillWorks();
});

test("missing keys and unknown commands point at the field", () => {
  const reg = Regulation.khanhHoa();
  const missing = refuses(() => Case.start(reg, { type: "detect" }, "so-vhttdl", AT), ["INVALID_INPUT"], "missing content");
  assert.equal(missing.path, "");
  assert.match(missing.message, /content/);
  assert.equal(refuses(() => Case.start(reg, { type: "nope" }, "so-vhttdl", AT)).path, "/type");
  assert.equal(refuses(() => Case.start(reg, { ...DETECT, content: { ...DETECT.content, kind: 7 } }, "so-vhttdl", AT)).path, "/content/kind");
  assert.equal(refuses(() => Case.start(reg, { ...DETECT, extra: 1 }, "so-vhttdl", AT)).code, "INVALID_INPUT");
  assert.equal(refuses(() => reg.registerBody({ id: "x" })).code, "INVALID_INPUT");
  assert.equal(refuses(() => reg.registerBody({ body: { id: "x" }, roles: [] })).path, "/body");
  stillWorks();
});

test("NaN and Infinity inside objects are refused (they are not JSON numbers)", () => {
  const c = buildSampleCase(quyche, Regulation.khanhHoa());
  for (const n of [NaN, Infinity, -Infinity]) {
    const e = refuses(() => c.apply({ type: "report_result", action_id: n, outcome: "done" }, "cong-an-tinh", "2026-08-04T16:00:00+07:00"), ["INVALID_INPUT"], String(n));
    assert.equal(e.path, "/action_id");
  }
  refuses(() => quyche.reportingWindow(Regulation.khanhHoa(), { frequency: "annual", year: NaN }), ["INVALID_INPUT"], "year NaN");
  refuses(() => WorkCalendar.vietnam().addWorkingDays("2026-01-01", -1), ["INVALID_INPUT"], "negative count");
  refuses(() => WorkCalendar.vietnam().addWorkingDays("2026-01-01", 2 ** 32), ["INVALID_INPUT"], "count too large");
  stillWorks();
});

test("bad dates and times are INVALID_INPUT with a help text", () => {
  const reg = Regulation.khanhHoa();
  for (const d of ["2026-02-30", "2026-2-3", "03/08/2026", "", "2026-08-03T00:00:00+07:00", "２０２６-01-01"]) {
    const e = refuses(() => reg.groundsInForce(d), ["INVALID_INPUT"], d);
    assert.ok(e.help && e.helpVi, d);
  }
  for (const t of ["2026-08-03", "2026-08-03T08:00:00", "yesterday", "2026-13-03T08:00:00+07:00", new Date(NaN)]) {
    refuses(() => Case.start(reg, DETECT, "so-vhttdl", t), ["INVALID_INPUT"], String(t));
  }
  stillWorks();
});

test("huge strings are refused as INPUT_TOO_LARGE before parsing", () => {
  const e = refuses(() => Regulation.fromJson(" ".repeat(64 * 1024 * 1024 + 1)), ["INPUT_TOO_LARGE"], "fromJson");
  assert.equal(e.path, "");
  const reg = Regulation.khanhHoa();
  const huge = { ...DETECT, content: { ...DETECT.content, summary: "a".repeat(64 * 1024 * 1024) } };
  refuses(() => Case.start(reg, huge, "so-vhttdl", AT), ["INPUT_TOO_LARGE"], "huge command");
  // Below the input limit, the guards' own limit on a text field applies, with its pointer.
  const long = { ...DETECT, content: { ...DETECT.content, summary: "a".repeat(200_000) } };
  const e2 = refuses(() => Case.start(reg, long, "so-vhttdl", AT), ["INPUT_TOO_LARGE"], "summary over the text limit");
  assert.equal(e2.path, "/content/summary");
  stillWorks();
});

test("deeply nested objects and cyclic objects throw QuycheError", () => {
  const reg = Regulation.khanhHoa();
  let deep = {};
  for (let i = 0; i < 200_000; i++) deep = { type: "detect", content: deep };
  const DEEP = ["INVALID_INPUT", "INVALID_JSON", "INPUT_TOO_LARGE"];
  refuses(() => Case.start(reg, deep, "so-vhttdl", AT), DEEP, "200 000 levels");
  let medium = [];
  for (let i = 0; i < 1000; i++) medium = [medium];
  refuses(() => Case.replay(reg, medium), DEEP, "1000 levels");
  const cyclic = { type: "receive" };
  cyclic.self = cyclic;
  refuses(() => Case.start(reg, cyclic, "so-vhttdl", AT), ["INVALID_INPUT"], "cyclic");
  const throwing = { get type() { throw new Error("getter"); } };
  refuses(() => Case.start(reg, throwing, "so-vhttdl", AT), ["INVALID_INPUT"], "throwing getter");
  refuses(() => Case.replay(reg, "[]"), ["INVALID_INPUT"], "events as text");
  refuses(() => Case.replay(reg, []), ["INVALID_INPUT"], "empty log");
  stillWorks();
});

test("odd JSON texts throw QuycheError", () => {
  for (const text of ["", "null", "[]", "{}", "NaN", '{"id": NaN}', "\u0000", "[".repeat(100000), '"\\ud800"', "\ud800"]) {
    // Deep nesting stops at the strict reader's depth limit (INPUT_TOO_LARGE), as for Case.fromJson.
    refuses(() => Regulation.fromJson(text), ["INVALID_JSON", "INVALID_INPUT", "INPUT_TOO_LARGE"], JSON.stringify(text.slice(0, 20)));
  }
  const reg = Regulation.khanhHoa();
  for (const text of ["", "{", '{"events": 1}', "[".repeat(100000)]) {
    refuses(() => Case.fromJson(reg, text), ["INVALID_JSON", "INVALID_INPUT", "INPUT_TOO_LARGE"], JSON.stringify(text.slice(0, 20)));
  }
  stillWorks();
});

test("NFD text is stored as NFC, so the event hash is the same as for NFC input", () => {
  const d = doc();
  const nfd = "Khánh Hòa".normalize("NFD");
  assert.notEqual(nfd, "Khánh Hòa");
  d.province.vi = nfd;
  assert.equal(JSON.parse(Regulation.fromJson(JSON.stringify(d)).toJson()).province.vi, "Khánh Hòa");
  const reg = Regulation.khanhHoa();
  const nfdDetect = { ...DETECT, content: { ...DETECT.content, summary: DETECT.content.summary.normalize("NFD") } };
  reg.registerBody(registration);
  const a = Case.start(reg, nfdDetect, steps[0].actor, steps[0].at);
  const b = Case.start(reg, DETECT, steps[0].actor, steps[0].at);
  assert.equal(a.events[0].command.content.summary, DETECT.content.summary);
  assert.equal(a.headHash, b.headHash);
  assert.equal(a.apply({ type: "notify_lead", channel: "email" }, "ubnd-phuong-nha-trang".normalize("NFD"), "2026-08-03T08:40:00+07:00").event.actor.body, "ubnd-phuong-nha-trang");
  stillWorks();
});

test("the module still works after a burst of hostile input", () => {
  for (let i = 0; i < 200; i++) {
    assert.throws(() => Regulation.fromJson("{"), QuycheError);
    assert.throws(() => Case.start(Regulation.khanhHoa(), { type: "detect" }, 5, "x"), QuycheError);
  }
  stillWorks();
});

// Members a format does not have are refused at their JSON pointer, never dropped: a member added
// to a stored event is not hashed, so dropping it would let an edit pass unnoticed.
const EXTRA = "zz_extra";
const lifecycleCase = () =>
  JSON.parse(readFileSync(new URL("../../../tests/bad-inputs/fixtures/lifecycle-case.json", import.meta.url), "utf8"));

/** A copy of `doc` with member EXTRA (value null) added to the object at `pointer`. */
function withExtra(doc, pointer) {
  const copy = structuredClone(doc);
  let target = copy;
  for (const t of pointer.split("/").slice(1)) target = target[t];
  target[EXTRA] = null;
  return copy;
}

/** `fn` refuses the member added at `pointer`, in both languages. */
function refusesMember(fn, pointer) {
  const e = refuses(fn, ["INVALID_INPUT"], pointer);
  assert.equal(e.path, `${pointer}/${EXTRA}`, e.message);
  assert.ok(e.message.startsWith(`unknown member \`${EXTRA}\`; expected one of `), e.message);
  assert.ok(e.messageVi.startsWith(`trường \`${EXTRA}\` không có trong định dạng`), e.messageVi);
}

test("replay refuses an unknown member at every depth of an event", () => {
  const reg = Regulation.khanhHoa();
  const events = lifecycleCase().events;
  assert.equal(Case.replay(reg, events).status, "closed");
  // The event, its actor, command, content and area, effects, the platform's deadline of the
  // removal request (event 11) with its provision and limit, the recipients of a reported result
  // (event 18) and their citations, the regulation reference, a ground of the conclusion (event 9).
  // The same pointers as crates/py/tests/test_hostile.py.
  for (const p of ["/0", "/0/actor", "/0/command", "/0/command/content", "/0/command/area", "/10/effects",
    "/10/effects/deadline", "/10/effects/deadline/provision", "/10/effects/deadline/limit", "/17/effects/recipients",
    "/17/effects/recipients/citations/0", "/0/regulation", "/8/command/grounds/0"]) {
    const edited = withExtra(events, p);
    refusesMember(() => Case.replay(reg, edited), p);
    refusesMember(() => Case.replayToHead(reg, edited, events.at(-1).hash), p);
  }
  stillWorks();
});

test("a stored case refuses an unknown member at every depth", () => {
  const reg = Regulation.khanhHoa();
  const stored = lifecycleCase();
  assert.equal(Case.fromJson(reg, JSON.stringify(stored)).status, "closed");
  // A removal request holds the platform's deadline now, not the action (Điều 7.2.b).
  for (const p of ["", "/content", "/area", "/actions/0", "/removal_requests/0", "/removal_requests/0/deadline",
    "/removal_requests/0/deadline/provision", "/actions/0/result", "/actions/0/result/recipients", "/assessment",
    "/verification", "/regulation", "/closing", "/events/0/command/content", "/events/10/effects/deadline/provision"]) {
    refusesMember(() => Case.fromJson(reg, JSON.stringify(withExtra(stored, p))), p);
  }
  stillWorks();
});

test("a body registration refuses an unknown member in the form, the body and its roles", () => {
  for (const p of ["", "/body", "/body/name", "/body/valid", "/roles/0", "/roles/0/valid"]) {
    const reg = Regulation.khanhHoa();
    refusesMember(() => reg.registerBody(withExtra(registration, p)), p);
  }
  Regulation.khanhHoa().registerBody(registration);
  stillWorks();
});

// Issue 15, item 6: the same input, the same answer in both languages. A string holding half of
// a surrogate pair is refused (wasm-bindgen would turn it into U+FFFD silently), given directly or
// inside an object, as Python refuses it.
test("a lone surrogate is refused, as an argument and inside an object", () => {
  const reg = Regulation.khanhHoa();
  let e = thrown(() => reg.parseCitation("Điều 8 \ud800"));
  assert.deepStrictEqual([e.code, e.path], ["INVALID_INPUT", "/text"]);
  const bad = {
    type: "detect",
    source: "press_review",
    content: { platform: "Facebook", platform_kind: "social_network", kind: "post", summary: "x\ud800" },
  };
  e = thrown(() => Case.start(reg, bad, "so-vhttdl", "2026-03-02T08:00:00+07:00"));
  assert.deepStrictEqual([e.code, e.path], ["INVALID_INPUT", "/content/summary"]);
});

// Issue 15, item 7: callJson answers arguments that are not text instead of throwing.
test("callJson answers a method or arguments that are not text", () => {
  let out = JSON.parse(quyche.callJson("case.start", 7));
  assert.deepStrictEqual([out.error.code, out.error.path], ["INVALID_INPUT", "/args"]);
  out = JSON.parse(quyche.callJson(null, "{}"));
  assert.equal(out.error.path, "/method");
});
