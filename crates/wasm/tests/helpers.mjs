// Shared test helpers: the built-in regulation as a JSON document that tests can damage, error
// capture, an independent JavaScript implementation of the event hash recipe
// (crates/core/src/case/event.rs, "Canonical JSON"), JSON pointers, citation keys, and the real
// 2026 case of tests/conformance/full-lifecycle-2026.json (the same fixture as the Python suite's
// crates/py/tests/lifecycle.py).
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { Regulation, Case } from "quyche";

/** The repository's tests/ folder. */
export const TESTS = new URL("../../../tests/", import.meta.url);

/** A fresh copy of the built-in Khánh Hòa regulation as a plain object. */
export function doc() {
  return JSON.parse(Regulation.khanhHoa().toJson());
}

/** The value `fn` throws (fails the test when it returns). */
export function thrown(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  assert.fail("expected a throw");
}

/** Canonical JSON: object members sorted by key (code point order), no whitespace, strings as
 * `JSON.stringify` writes them, integers in plain decimal. */
export function canonical(v) {
  if (v === null || typeof v === "boolean" || typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number") {
    assert.ok(Number.isSafeInteger(v), `events hold integers only, got ${v}`);
    return String(v);
  }
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  const keys = Object.keys(v).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(",")}}`;
}

/** `hex(SHA-256(prev_hash ‖ canonical JSON of the event without `hash`))`. */
export function eventHash(event) {
  const { hash: _omitted, ...rest } = event;
  return createHash("sha256")
    .update(event.prev_hash + canonical(rest), "utf8")
    .digest("hex");
}

/** The `prev_hash` of the first event. */
export const GENESIS = "0".repeat(64);

/** Checks a log's chain in JavaScript: each hash recomputed, each `prev_hash` the previous
 * hash, `seq` counting from 1. */
export function assertChain(events, what = "log") {
  let prev = GENESIS;
  events.forEach((ev, i) => {
    assert.equal(ev.seq, i + 1, `${what}: event ${i} seq`);
    assert.equal(ev.prev_hash, prev, `${what}: event ${ev.seq} prev_hash`);
    assert.equal(eventHash(ev), ev.hash, `${what}: event ${ev.seq} hash recomputed in JS`);
    prev = ev.hash;
  });
}

function tokens(pointer) {
  return pointer
    .split("/")
    .slice(1)
    .map((t) => t.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** Marks an absent member in {@link getPointer}'s answer. */
export const MISSING = Symbol("missing");

/** The value at JSON pointer `pointer` (RFC 6901) of `doc`, or {@link MISSING} (like
 * serde_json's `pointer`). */
export function getPointer(doc, pointer) {
  let o = doc;
  for (const t of tokens(pointer)) {
    if (Array.isArray(o)) {
      if (!/^(0|[1-9]\d*)$/.test(t) || Number(t) >= o.length) return MISSING;
      o = o[Number(t)];
    } else if (o !== null && typeof o === "object" && Object.hasOwn(o, t)) {
      o = o[t];
    } else {
      return MISSING;
    }
  }
  return o;
}

/** Sets the member at JSON pointer `pointer` (RFC 6901) of `obj` (the member must exist). */
export function setPointer(obj, pointer, value) {
  const toks = tokens(pointer);
  let o = obj;
  for (const t of toks.slice(0, -1)) {
    assert.ok(o !== null && typeof o === "object" && t in o, `pointer ${pointer} exists`);
    o = o[t];
  }
  const last = toks.at(-1);
  assert.ok(last in o, `pointer ${pointer} exists`);
  o[last] = value;
}

/** Every `pointer: value` of `expect` holds in `doc` (the Rust conformance runner's
 * `pointers`): deep JSON equality, an absent member never equal. */
export function checkPointers(ctx, what, doc, expect) {
  for (const [ptr, want] of Object.entries(expect)) {
    const got = getPointer(doc, ptr);
    assert.ok(got !== MISSING, `${ctx}: ${what}${ptr} is absent, expected ${JSON.stringify(want)}`);
    assert.deepStrictEqual(got, want, `${ctx}: ${what}${ptr} = ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
  }
}

/** The compact key of a citation object (`"2086/QĐ-UBND:7.1.a"`, `"72/2013/NĐ-CP:23d.1(2)"`), as
 * the core writes it (`Citation::key`, crates/core/src/law/citation.rs). The npm package has no
 * export for it (Python has `Citation.key`), so it is written out here. */
export function citationKey(c) {
  let s = `${c.instrument}:${c.article}${c.article_suffix ?? ""}`;
  if (c.clause !== undefined) s += `.${c.clause}`;
  if (c.point !== undefined) s += `.${c.point}`;
  if (c.item !== undefined) s += `(${c.item})`;
  return s;
}

// ----- The 2026 lifecycle: tests/conformance/full-lifecycle-2026.json -----
//
// A ward committee detects and notifies the lead agency by e-mail (Điều 5.1); the lead agency
// receives it, verifies it by written consultation of the police and the Party propaganda
// commission (Điều 5.2, 7.1.a), concludes violating under the Cybersecurity Law 2025 (Điều 2.2)
// and requests the police to remove the content (Điều 7.1.a, 7.2.a); the police send the removal
// request to the platform (Điều 7.2.b; the platform's 24-hour deadline) and record its
// compliance; the lead agency rebuts within its own authority; both results are reported; Báo
// Khánh Hòa announces them (Điều 7.5.b); the lead agency closes the case.
//
//  i   command                    actor                   status after
//  0   detect                     ward committee          detected
//  1   notify_lead                ward committee          reported
//  2   receive                    so-vhttdl               received
//  3   open_verification          so-vhttdl               verifying
//  4   submit_opinion             cong-an-tinh            verifying
//  5   submit_opinion             ban-tuyen-giao-dan-van  verifying
//  6   conclude (violating)       so-vhttdl               assessed
//  7   request_action (removal)   so-vhttdl               handling
//  8   send_removal_request       cong-an-tinh            handling
//  9   take_action (rebuttal)     so-vhttdl               handling
//  10  record_platform_response   cong-an-tinh            handling
//  11  report_result A1           cong-an-tinh            handling
//  12  report_result A2           so-vhttdl               handled
//  13  publish_results            bao-khanh-hoa           published
//  14  close                      so-vhttdl               closed

export const STEPS = 15;
export const OPINION = 4;
export const CONCLUDE = 6;
export const REQUEST = 7;
export const REMOVAL = 8;
export const REBUTTAL = 9;

/** The scenario file (a fresh copy). */
export function lifecycle() {
  return JSON.parse(readFileSync(new URL("conformance/full-lifecycle-2026.json", TESTS), "utf8"));
}

/** The built-in regulation with the scenario's ward committee and Department of Health. */
export function lifecycleRegulation() {
  const reg = Regulation.khanhHoa();
  for (const r of lifecycle().register) reg.registerBody(r);
  return reg;
}

/** The case after the first `upto` steps, with each step's result. A second case of the same
 * steps needs its own `caseId` (the id is derived from the detector and the times). */
export function runLifecycle(reg, upto = STEPS, caseId = "") {
  const steps = lifecycle().steps.slice(0, upto);
  const [first, ...more] = steps;
  if (caseId) first.command.case_id = caseId;
  const c = Case.start(reg, first.command, first.actor, first.at);
  const results = [c.lastApplied];
  for (const s of more) results.push(c.apply(s.command, s.actor, s.at));
  return { c, results, steps };
}
