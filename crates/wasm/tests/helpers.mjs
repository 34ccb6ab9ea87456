// Shared test helpers: the built-in regulation as a JSON document that tests can damage, error
// capture, and an independent JavaScript implementation of the event hash recipe
// (crates/core/src/case/event.rs, "Canonical JSON").
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { Regulation } from "quyche";

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

/** Sets the member at JSON pointer `pointer` (RFC 6901) of `obj`. */
export function setPointer(obj, pointer, value) {
  const tokens = pointer
    .split("/")
    .slice(1)
    .map((t) => t.replaceAll("~1", "/").replaceAll("~0", "~"));
  let o = obj;
  for (const t of tokens.slice(0, -1)) {
    assert.ok(o !== null && typeof o === "object" && t in o, `pointer ${pointer} exists`);
    o = o[t];
  }
  const last = tokens.at(-1);
  assert.ok(last in o, `pointer ${pointer} exists`);
  o[last] = value;
}
