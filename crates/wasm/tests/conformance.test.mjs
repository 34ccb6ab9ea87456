// Every case scenario of tests/conformance/*.json through the JavaScript API, with every check of
// the Rust runner (crates/core/tests/conformance.rs; the format is in scripts/gen_conformance.py)
// made the same way, as the Python runner (crates/py/tests/test_conformance.py) makes them:
// the scenario's regulation and registered bodies; each step's status, advisories present and
// absent, deadline and case members by JSON pointer, recipients, lead agency, the citations
// advisories or refusals must name, or the error code, pointer and messages; the `allowed`
// checks; the reporting calendar and compiled report queries; replay, reload of the stored case,
// the tamper operation and its expected refusal; and the final head hash. Every event hash is
// also recomputed here in JavaScript (node:crypto) from the event objects, byte for byte.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { Regulation, Case, QuycheError, reportingCalendar, compileReport } from "quyche";
import { GENESIS, TESTS, checkPointers, citationKey, eventHash, setPointer } from "./helpers.mjs";

const dir = new URL("conformance/", TESTS);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort();

test("there are at least 90 scenarios", () => {
  assert.ok(files.length >= 90, `found ${files.length}`);
});

/** The scenario's regulation (a file under tests/regulations/, else the built-in one) with its
 * registered bodies, each passed as it is ({body, roles}): a stray member is refused. */
function regulation(sc) {
  const reg =
    sc.regulation === undefined
      ? Regulation.khanhHoa()
      : Regulation.fromJson(readFileSync(new URL(`regulations/${sc.regulation}`, TESTS), "utf8"));
  for (const r of sc.register ?? []) reg.registerBody(r);
  return reg;
}

/** The step's actor: a body id, with the officer when the step names one. */
const actor = (step) => (step.officer === undefined ? step.actor : { body: step.actor, officer: step.officer });

/** The citation keys `expect.cites` names are all in `cited`. */
function cites(ctx, expect, cited) {
  for (const k of expect.cites ?? []) assert.ok(cited.includes(k), `${ctx}: ${k} not cited in ${cited}`);
}

/** The tamper operations of the scenario format (`rehash_edit` recomputes the edited event's
 * hash in JavaScript). */
function tamper(events, t) {
  const i = t.index;
  switch (t.op) {
    case "edit":
    case "rehash_edit":
      setPointer(events[i], t.pointer, t.value);
      if (t.op === "rehash_edit") events[i].hash = eventHash(events[i]);
      break;
    case "drop":
      events.splice(i, 1);
      break;
    case "insert":
      events.splice(i + 1, 0, structuredClone(events[i]));
      break;
    case "swap":
      [events[i], events[i + 1]] = [events[i + 1], events[i]];
      break;
    default:
      assert.fail(`unknown tamper op ${t.op}`);
  }
}

/** The checks of a successful step. */
function accepted(ctx, expect, c, applied) {
  assert.equal(c.status, expect.status, `${ctx}: status`);
  const got = applied.advisories.map((a) => a.code);
  for (const a of expect.advisories ?? []) assert.ok(got.includes(a), `${ctx}: advisory ${a} missing from ${got}`);
  for (const a of expect.no_advisories ?? []) assert.ok(!got.includes(a), `${ctx}: advisory ${a} present in ${got}`);
  const fx = applied.event.effects;
  if (expect.deadline !== undefined) {
    assert.ok(fx.deadline, `${ctx}: no deadline`);
    checkPointers(ctx, "deadline", fx.deadline, expect.deadline);
  }
  if (expect.recipients !== undefined) {
    assert.ok(fx.recipients, `${ctx}: no recipients`);
    assert.deepStrictEqual(fx.recipients.to, expect.recipients.to, `${ctx}: recipients to`);
    assert.deepStrictEqual(fx.recipients.cc, expect.recipients.cc, `${ctx}: recipients cc`);
  }
  if ("lead_agency" in expect) {
    assert.equal(fx.lead_agency ?? null, expect.lead_agency, `${ctx}: lead agency`);
  }
  if (expect.case !== undefined) checkPointers(ctx, "case", c.data, expect.case);
  cites(ctx, expect, applied.advisories.flatMap((a) => (a.citations ?? []).map(citationKey)));
}

/** The checks of a refused step. */
function refused(ctx, expect, e) {
  assert.equal(e.code, expect.error, `${ctx}: ${e.message}`);
  if ("path" in expect) assert.equal(e.path ?? null, expect.path, `${ctx}: path`);
  assert.ok(e.message.length > 0 && e.messageVi.length > 0, `${ctx}: error without messages`);
  cites(ctx, expect, e.citations.map(citationKey));
}

function steps(sc, reg) {
  let c;
  sc.steps.forEach((step, n) => {
    const ctx = `step ${n} (${step.command.type})`;
    const { expect } = step;
    let applied;
    try {
      if (c === undefined) {
        c = Case.start(reg, step.command, actor(step), step.at);
        applied = c.lastApplied;
      } else {
        applied = c.apply(step.command, actor(step), step.at);
      }
    } catch (e) {
      assert.ok(e instanceof QuycheError, `${ctx}: ${e}`);
      assert.ok(expect.error !== undefined, `${ctx}: refused ${e.code} (${e.message}), expected ${expect.status}`);
      refused(ctx, expect, e);
      return;
    }
    assert.equal(expect.error, undefined, `${ctx}: accepted, expected ${expect.error}`);
    accepted(ctx, expect, c, applied);
  });
  return c;
}

function allowed(sc, reg, c) {
  for (const a of sc.allowed ?? []) {
    const checks = c ? c.allowedCommands(a.actor, a.at) : reg.allowedCommands(a.actor, a.at);
    const got = checks.filter((x) => x.allowed).map((x) => x.command);
    assert.deepStrictEqual(got, a.allowed, `allowed for ${a.actor}`);
    for (const [cmd, code] of Object.entries(a.denied)) {
      const check = checks.find((x) => x.command === cmd);
      assert.ok(check, `no check for ${cmd}`);
      const codes = check.failures.map((f) => f.code);
      assert.ok(!check.allowed && codes.includes(code), `${cmd} for ${a.actor}: expected denial ${code}, got ${codes}`);
    }
  }
}

function calendar(sc, reg) {
  for (const q of sc.calendar ?? []) {
    const entry = reportingCalendar(reg, q.year, q.as_of).find((d) => d.obligation === q.obligation && d.body === q.body);
    assert.ok(entry, `calendar: no entry for ${JSON.stringify(q)}`);
    checkPointers("calendar", "entry", entry, q.expect);
    const keys = entry.citations.map(citationKey);
    for (const k of q.absent_citations ?? []) assert.ok(!keys.includes(k), `calendar: ${k} cited in ${keys}`);
  }
}

function report(sc, reg, c) {
  const r = sc.report;
  if (r === undefined) return;
  const rep = compileReport(reg, { cases: c ? [c] : [], reporter: r.reporter, period: r.period });
  checkPointers("report", "report", rep, r.expect);
}

for (const file of files) {
  const sc = JSON.parse(readFileSync(new URL(file, dir), "utf8"));
  test(`${sc.name}: ${sc.description}`, () => {
    assert.equal(`${sc.name}.json`, file);
    const reg = regulation(sc);
    const c = steps(sc, reg);
    allowed(sc, reg, c);
    calendar(sc, reg);
    report(sc, reg, c);
    if (c === undefined) return;
    const events = c.events;
    // The hash chain, recomputed byte for byte from the event objects.
    let prev = GENESIS;
    for (const ev of events) {
      assert.equal(ev.prev_hash, prev, `event ${ev.seq}: chain`);
      assert.equal(eventHash(ev), ev.hash, `event ${ev.seq}: canonical hash differs`);
      prev = ev.hash;
    }
    // The log rebuilds the case exactly; the stored case reloads to itself.
    assert.equal(Case.replay(reg, events).toJson(), c.toJson(), "replay differs from the case");
    assert.equal(Case.fromJson(reg, c.toJson()).toJson(), c.toJson(), "the stored case does not reload to itself");
    if (sc.tamper !== undefined) {
      const bad = structuredClone(events);
      tamper(bad, sc.tamper);
      let e;
      try {
        Case.replay(reg, bad);
      } catch (err) {
        e = err;
      }
      assert.ok(e instanceof QuycheError, "tampered log accepted");
      assert.deepStrictEqual([e.code, e.path ?? null], [sc.expect_replay.error, sc.expect_replay.path], e.message);
    }
    assert.ok(sc.final_hash !== undefined, "no final_hash recorded: run the Rust runner with QUYCHE_BLESS=1");
    assert.equal(c.headHash, sc.final_hash, "final head hash differs from the Rust runner's");
  });
}
