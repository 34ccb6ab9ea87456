// Every case scenario of tests/conformance/*.json through the JavaScript API, with the outcomes
// the Rust runner checks (crates/core/tests/conformance.rs): registered bodies, each step's
// status, advisories, deadline, recipients, lead agency or error code and pointer, the
// `allowed` checks, replay, the tamper operation and its expected refusal, and the final head
// hash. Every event hash is also recomputed here in JavaScript (node:crypto) from the event
// objects, byte for byte.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { Regulation, Case, QuycheError, allowedCommands } from "quyche";
import { assertChain, eventHash, setPointer } from "./helpers.mjs";

const dir = new URL("../../../tests/conformance/", import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort();

test("there are at least 40 scenarios", () => {
  assert.ok(files.length >= 40, `found ${files.length}`);
});

/** The tamper operations of the scenario format. */
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

for (const file of files) {
  const sc = JSON.parse(readFileSync(new URL(file, dir), "utf8"));
  test(`${sc.name}: ${sc.description}`, () => {
    assert.equal(`${sc.name}.json`, file);
    const reg = Regulation.khanhHoa();
    for (const r of sc.register ?? []) reg.registerBody({ ...r.body, roles: r.roles });
    let c;
    sc.steps.forEach((step, n) => {
      const ctx = `step ${n} (${step.command.type})`;
      const expect = step.expect;
      const actor = step.officer ? { body: step.actor, officer: step.officer } : step.actor;
      let applied;
      let error;
      try {
        if (!c) {
          c = Case.start(reg, step.command, actor, step.at);
          applied = c.lastApplied;
        } else {
          applied = c.apply(step.command, actor, step.at);
        }
      } catch (e) {
        assert.ok(e instanceof QuycheError, `${ctx}: ${e}`);
        error = e;
      }
      if (expect.error === undefined) {
        assert.equal(error, undefined, `${ctx}: refused ${error?.code} (${error?.message})`);
        assert.equal(c.status, expect.status, `${ctx}: status`);
        const got = applied.advisories.map((a) => a.code);
        for (const a of expect.advisories ?? []) assert.ok(got.includes(a), `${ctx}: advisory ${a} missing from ${got}`);
        if (expect.deadline) {
          const d = applied.event.effects.deadline;
          assert.ok(d, `${ctx}: no deadline`);
          assert.equal(d.hours, expect.deadline.hours, `${ctx}: deadline hours`);
          assert.equal(d.instrument, expect.deadline.instrument, `${ctx}: deadline instrument`);
        }
        if (expect.recipients) {
          const r = applied.event.effects.recipients;
          assert.ok(r, `${ctx}: no recipients`);
          assert.deepEqual(r.to, expect.recipients.to, `${ctx}: recipients to`);
          assert.deepEqual(r.cc, expect.recipients.cc, `${ctx}: recipients cc`);
        }
        if ("lead_agency" in expect) {
          assert.equal(applied.event.effects.lead_agency ?? null, expect.lead_agency, `${ctx}: lead agency`);
        }
      } else {
        assert.ok(error, `${ctx}: accepted, expected ${expect.error}`);
        assert.equal(error.code, expect.error, `${ctx}: ${error.message}`);
        if ("path" in expect) assert.equal(error.path ?? null, expect.path, `${ctx}: path`);
        assert.ok(error.message.length > 0 && error.messageVi.length > 0, `${ctx}: messages`);
      }
    });
    for (const a of sc.allowed ?? []) {
      const checks = c ? c.allowedCommands(a.actor, a.at) : allowedCommands(reg, a.actor, a.at);
      const allowed = checks.filter((x) => x.allowed).map((x) => x.command);
      assert.deepEqual(allowed, a.allowed, `allowed for ${a.actor}`);
      for (const [cmd, code] of Object.entries(a.denied)) {
        const check = checks.find((x) => x.command === cmd);
        assert.ok(check, `no check for ${cmd}`);
        assert.ok(
          !check.allowed && check.failures.some((f) => f.code === code),
          `${cmd} for ${a.actor}: expected denial ${code}, got ${check.failures.map((f) => f.code)}`,
        );
      }
    }
    if (!c) return;
    const events = c.events;
    assertChain(events, sc.name);
    const replayed = Case.replay(reg, events);
    assert.equal(replayed.toJson(), c.toJson(), "the log rebuilds the case exactly");
    if (sc.tamper) {
      const copy = structuredClone(events);
      tamper(copy, sc.tamper);
      let e;
      try {
        Case.replay(reg, copy);
      } catch (err) {
        e = err;
      }
      assert.ok(e instanceof QuycheError, "tampered log accepted");
      assert.equal(e.code, sc.expect_replay.error, e.message);
      assert.equal(e.path ?? null, sc.expect_replay.path);
    }
    assert.equal(c.headHash, sc.final_hash, "final head hash as recorded by the Rust runner");
    assert.equal(events.at(-1).hash, sc.final_hash);
  });
}
