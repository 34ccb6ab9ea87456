// The case workflow of QĐ 2086/QĐ-UBND written by hand with xstate v5, as a reader would write
// it, for the side-by-side benchmark (benches/README.md).
//
// Same table and the same guards as quyche's lifecycle benchmark: the state check (the
// machine's states), the role check (which body plays which role on the event's day, from the
// dated role assignments quyche ships), the legal-ground check (a violating conclusion cites a
// provision of a ground in force at the content's law time: publication time, else detection
// time), plus the table's other actor rules (detector, consulted body, assignee), an action kind
// that fits the assignee's role, an open action for a result, and every action resolved before
// closing. Each accepted step is appended to an event log with a SHA-256 hash chain over
// canonical JSON (`hashChain: false` for guards only).
//
// The facts are read from quyche's own data files (crates/core/data/khanh-hoa-2086), so this
// file adds no legal fact. What it does not do, and quyche does: NFC normalisation, payload
// validation with JSON pointers, deadlines, result recipients, advisories, bilingual errors with
// citations, replay.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { assign, createActor, setup } from "xstate";

const DATA = new URL("../../crates/core/data/khanh-hoa-2086/", import.meta.url);
const load = (name) => JSON.parse(readFileSync(new URL(name, DATA), "utf8"));

/** Vietnam calendar day (YYYY-MM-DD) of an instant. */
const vnDay = (at) => new Date(Date.parse(at) + 7 * 3600e3).toISOString().slice(0, 10);
const inForce = (from, to, day) => (!from || from <= day) && (!to || day <= to);

export class Table {
  constructor(registrations) {
    const wf = load("workflow.json");
    this.rows = Object.fromEntries(wf.transitions.map((t) => [t.command, t]));
    this.actions = Object.fromEntries(wf.actions.map((a) => [a.kind, new Set(a.assignees)]));
    this.assignments = [...load("assignments.json"), ...registrations.flatMap((r) => r.roles)]
      .map((a) => ({ body: a.body, role: a.role, from: a.valid.from, to: a.valid.to }));
    this.grounds = load("grounds.json")
      .filter((g) => (g.kind ?? "harm") === "harm")
      .map((g) => ({ citation: g.citation, from: g.in_force.from, to: g.in_force.to }));
  }
  rolesOf(body, day) {
    const out = new Set();
    for (const a of this.assignments) {
      if (a.body === body && inForce(a.from, a.to, day)) out.add(a.role);
    }
    return out;
  }
  groundInForce(cite, day) {
    return this.grounds.some(
      (g) => inForce(g.from, g.to, day) && Object.entries(g.citation).every(([k, v]) => cite[k] === v),
    );
  }
}

const sorted = (v) =>
  Array.isArray(v)
    ? v.map(sorted)
    : v && typeof v === "object"
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted(v[k])]))
      : v;
const canonical = (v) => JSON.stringify(sorted(v));

/** The machine for a table (built once; one actor per case). */
export function workflowMachine(table) {
  const allowed = ({ context: c, event: e }) => {
    const rule = table.rows[e.type].actor;
    const roles = table.rolesOf(e.actor, vnDay(e.at));
    switch (rule.kind) {
      case "any_body":
        return roles.size > 0;
      case "roles":
        return rule.roles.some((r) => roles.has(r));
      case "detector":
        return e.actor === c.detector && !roles.has("lead_agency");
      case "consulted":
        return c.consulted.includes(e.actor);
      case "participant":
        return e.actor === c.detector || c.consulted.includes(e.actor);
      case "assignee":
        return c.actions.some((a) => a.id === e.command.action_id && a.assignee === e.actor);
      default:
        return false;
    }
  };
  const payload = ({ context: c, event: e }) => {
    const cmd = e.command;
    switch (e.type) {
      case "conclude": {
        if (c.opinions === 0) return false;
        if (cmd.verdict !== "violating") return true;
        const day = vnDay(c.content.published_at ?? c.detectedAt);
        const grounds = cmd.grounds ?? [];
        return grounds.length > 0 && grounds.every((g) => table.groundInForce(g, day));
      }
      case "assign_action": {
        const roles = table.rolesOf(cmd.assignee, vnDay(e.at));
        return [...table.actions[cmd.kind]].some((r) => roles.has(r));
      }
      case "report_result":
        return c.actions.some((a) => a.id === cmd.action_id && a.result === null);
      case "close":
        return c.actions.every((a) => a.result !== null);
      case "open_verification":
        return (cmd.consulted ?? []).length > 0;
      default:
        return true;
    }
  };
  const lastOpen = ({ context: c, event: e }) =>
    c.actions.every((a) => a.result !== null || a.id === e.command.action_id);

  const record = assign(({ context: c, event: e }) => {
    const cmd = e.command;
    const next = { ...c };
    switch (e.type) {
      case "detect":
        Object.assign(next, { detector: e.actor, content: cmd.content, detectedAt: e.at });
        break;
      case "open_verification":
        next.consulted = [...cmd.consulted];
        break;
      case "submit_opinion":
        next.opinions = c.opinions + 1;
        break;
      case "assign_action":
        next.actions = [...c.actions,
          { id: `A${c.actions.length + 1}`, assignee: cmd.assignee, kind: cmd.kind, result: null }];
        break;
      case "report_result":
        next.actions = c.actions.map((a) => (a.id === cmd.action_id ? { ...a, result: cmd.outcome } : a));
        break;
      default:
    }
    const event = { seq: c.events.length + 1, command: cmd, actor: e.actor, at: e.at };
    if (c.hashChain) {
      const prev = c.events.length ? c.events[c.events.length - 1].hash : "0".repeat(64);
      event.prev_hash = prev;
      event.hash = createHash("sha256").update(prev + canonical(event)).digest("hex");
    }
    next.events = [...c.events, event];
    return next;
  });

  // One state node per status; each command row becomes guarded transitions on its sources.
  const states = Object.fromEntries(
    ["new", "detected", "reported", "received", "verifying", "assessed", "handling", "handled",
      "published", "closed", "dismissed"].map((s) => [s, { on: {} }]),
  );
  for (const [name, row] of Object.entries(table.rows)) {
    for (const src of row.from.length ? row.from : ["new"]) {
      const t = (target, extra = []) => ({
        target,
        guard: { type: "all", params: { extra } },
        actions: "record",
      });
      if (row.to === "same") states[src].on[name] = t(undefined);
      else if (row.to === "handling_or_handled") states[src].on[name] = [t("handled", ["lastOpen"]), t("handling")];
      else states[src].on[name] = t(row.to.status);
    }
  }
  const checks = { allowed, payload, lastOpen };
  return setup({
    guards: {
      all: (args, params) => allowed(args) && payload(args) && params.extra.every((g) => checks[g](args)),
    },
    actions: { record },
  }).createMachine({
    id: "case",
    initial: "new",
    context: ({ input }) => ({
      hashChain: input?.hashChain ?? true, events: [], detector: null, content: {},
      detectedAt: null, consulted: [], opinions: 0, actions: [],
    }),
    states,
  });
}

/** A case: an xstate actor; `step` throws when a guard refuses the command. */
export class Case {
  constructor(machine, hashChain = true) {
    this.actor = createActor(machine, { input: { hashChain } }).start();
  }
  step(command, actor, at) {
    const before = this.actor.getSnapshot().context.events.length;
    this.actor.send({ type: command.type, command, actor, at });
    const snap = this.actor.getSnapshot();
    if (snap.context.events.length === before) {
      throw new Error(`${command.type} refused for ${actor} in state ${snap.value}`);
    }
  }
  get state() {
    return this.actor.getSnapshot().value;
  }
}
