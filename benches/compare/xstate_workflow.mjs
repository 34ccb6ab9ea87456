// The case workflow of QĐ 2086/QĐ-UBND written by hand with xstate v5, as a reader would write
// it, for the side-by-side benchmark (benches/README.md).
//
// It implements the corrected workflow table of the built-in data
// (crates/core/data/khanh-hoa-2086/workflow.json) with the same checks as
// benches/compare/transitions_workflow.py, whose docstring lists them: the row's source states
// (one state node per case status), the row's actor rule (any body with a role, a role granted by
// an assignment that covers the row, detector, consulted body, participant, action taker, holder
// of an open action, opener, platform requester, any of several rules; the actor exists on the
// day; a body that ceased to exist is answered for by its successors), time order, the row's
// state guards (no self-notification, receipt from `detected` only of the lead agency's own
// detection, meetings only in a verification by meeting, an opinion or a meeting before the
// conclusion, no dismissal of a violating case, handling only after a violating verdict, nothing
// published of a confidential case, nothing open at closing) and the payload guards (described
// content and ordered times, allowed channel and method, consulted bodies that exist, are listed
// once and hold a verification duty, complete opinions, attendees who took part, a violating
// verdict citing a catalogued provision that is a ground, not a definition, in force at the
// content's law time, a fitting dismissal reason, an action kind whose takers, requestable or
// directable roles include the body concerned, open items handled by their holder). Effects: the
// next status (`handling_or_handled`: handled when nothing else is open), the ids A1…, P1…, R1…,
// the lead agency notified. Each accepted step is appended to an event log with a SHA-256 hash
// chain over canonical JSON (`hashChain: false` for guards only).
//
// The facts are read from quyche's own data files, so this file adds no legal fact. What it does
// not do, and quyche does: NFC normalisation, payload validation with JSON pointers and size
// limits, the territory guard (the benchmark's content names no territory), deadlines, result
// recipients, steps due, advisories, bilingual errors with citations, replay.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { assign, createActor, setup } from "xstate";

const DATA = new URL("../../crates/core/data/khanh-hoa-2086/", import.meta.url);
const load = (name) => JSON.parse(readFileSync(new URL(name, DATA), "utf8"));

/** Vietnam calendar day (YYYY-MM-DD) of an instant. */
const vnDay = (at) => new Date(Date.parse(at) + 7 * 3600e3).toISOString().slice(0, 10);
const inForce = (from, to, day) => (!from || from <= day) && (!to || day <= to);
/** Citation `part` ("2086/QĐ-UBND:7.1.a(2)") is `whole` or a part of it. */
const within = (part, whole) =>
  part === whole || (part.startsWith(whole) && (part[whole.length] === "." || part[whole.length] === "("));
/** Structured citation `cite` lies within `ground` (every level of `ground` is the same). */
const covers = (ground, cite) => Object.entries(ground).every(([k, v]) => cite[k] === v);
const citeKey = (c) => JSON.stringify(Object.keys(c).sort().map((k) => [k, c[k]]));

export class Table {
  constructor(registrations) {
    const wf = load("workflow.json");
    this.coordinator = wf.coordinator;
    this.rows = Object.fromEntries(
      wf.transitions.map((t) => [
        t.command,
        { ...t, guardIds: Object.fromEntries((t.guards ?? []).map((g) => [g.guard, g])) },
      ]),
    );
    const roles = (grants) => new Set((grants ?? []).map((g) => g.role));
    this.actions = Object.fromEntries(
      wf.actions.map((a) => [
        a.id,
        { takers: roles(a.takers), requestable: roles(a.requestable), directable: roles(a.directable) },
      ]),
    );
    this.takerRoles = new Set(Object.values(this.actions).flatMap((a) => [...a.takers]));
    this.channels = new Set(wf.channels.map((c) => c.channel));
    this.methods = new Set(wf.methods.map((m) => m.method));
    this.bodies = new Map(
      [...load("bodies.json"), ...registrations.map((r) => r.body)].map((b) => [
        b.id,
        { from: b.valid.from, to: b.valid.to, successors: (b.successors ?? []).map((s) => s.body) },
      ]),
    );
    this.assignments = [...load("assignments.json"), ...registrations.flatMap((r) => r.roles)].map(
      (a) => ({
        body: a.body,
        role: a.role,
        from: a.valid.from,
        to: a.valid.to,
        duties: a.duties ?? [],
        interpretation: a.interpretation ?? false,
        status: a.status,
      }),
    );
    this.duties = new Map(
      load("duties.json").map((d) => [
        d.id,
        {
          citation: d.citation,
          role: d.role,
          also: (d.also ?? []).map((h) => ({ role: h.role, from: h.valid?.from, to: h.valid?.to })),
        },
      ]),
    );
    this.provisions = new Set();
    const todo = [...load("provisions.json")];
    while (todo.length) {
      const p = todo.pop();
      this.provisions.add(citeKey(p.citation));
      todo.push(...(p.children ?? []));
    }
    const grounds = load("grounds.json");
    this.grounds = grounds
      .filter((g) => (g.kind ?? "harm") === "harm")
      .map((g) => ({ citation: g.citation, from: g.in_force.from, to: g.in_force.to }));
    this.definitions = grounds.filter((g) => g.kind === "definition").map((g) => g.citation);
  }
  exists(body, day) {
    const b = this.bodies.get(body);
    return b !== undefined && inForce(b.from, b.to, day);
  }
  assignmentsOf(body, day) {
    return this.assignments.filter((a) => a.body === body && inForce(a.from, a.to, day));
  }
  rolesOf(body, day) {
    return new Set(this.assignmentsOf(body, day).map((a) => a.role));
  }
  /** Roles of `body` whose assignment may grant `row` (a duty-limited one only for rows citing
   * one of its duties). */
  grantingRoles(body, day, row) {
    const out = new Set();
    for (const a of this.assignmentsOf(body, day)) {
      const grants =
        a.duties.length === 0 ||
        a.duties.some((d) => {
          const duty = this.duties.get(d);
          return duty && row.citations.some((c) => within(duty.citation, c) || within(c, duty.citation));
        });
      if (grants) out.add(a.role);
    }
    return out;
  }
  plays(body, role, day) {
    return this.assignmentsOf(body, day).some((a) => a.role === role && a.duties.length === 0);
  }
  leadAgency(day) {
    const players = this.assignments
      .filter((a) => a.role === this.coordinator && a.duties.length === 0 && inForce(a.from, a.to, day))
      .sort((x, y) => x.interpretation - y.interpretation || (x.status < y.status ? -1 : x.status > y.status ? 1 : 0));
    return players.length ? players[0].body : null;
  }
  answersFor(actor, holder, day) {
    if (actor === holder) return true;
    if (this.exists(holder, day)) return false;
    const todo = [holder];
    const seen = new Set();
    while (todo.length) {
      const b = todo.pop();
      if (seen.has(b) || !this.bodies.has(b)) continue;
      seen.add(b);
      if (this.exists(b, day)) {
        if (b === actor) return true;
        continue;
      }
      todo.push(...this.bodies.get(b).successors);
    }
    return false;
  }
  hasDuty(body, duties, day) {
    return this.assignmentsOf(body, day).some((a) =>
      duties.some((d) => {
        if (a.duties.length && !a.duties.includes(d)) return false;
        const duty = this.duties.get(d);
        return duty.role === a.role || duty.also.some((h) => h.role === a.role && inForce(h.from, h.to, day));
      }),
    );
  }
  /** Why `cite` is not a ground in force at `lawDay`, or null. */
  groundRefusal(cite, lawDay) {
    if (!this.provisions.has(citeKey(cite))) return "not in the catalogue";
    const covering = this.grounds.filter((g) => covers(g.citation, cite));
    if (!covering.length) {
      return this.definitions.some((d) => covers(d, cite)) ? "a definition, not a ground" : "not a ground";
    }
    return covering.some((g) => inForce(g.from, g.to, lawDay)) ? null : "not in force at the content's law time";
  }
}

const sorted = (v) =>
  Array.isArray(v)
    ? v.map(sorted)
    : v && typeof v === "object"
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted(v[k])]))
      : v;
const canonical = (v) => JSON.stringify(sorted(v));

/** An action without result or withdrawal; a proposal neither directed nor withdrawn. */
const isOpen = (x) => x.result === null && !x.withdrawn && !x.directed;

/** The machine for a table (built once; one actor per case). */
export function workflowMachine(table) {
  const isParticipant = (c, body) =>
    body === c.detector ||
    body === c.notified ||
    c.consulted.includes(body) ||
    c.events.some((e) => e.actor === body) ||
    c.actions.some((a) => a.body === body);

  const admits = (c, rule, row, body, day) => {
    switch (rule.kind) {
      case "any_body":
        return table.rolesOf(body, day).size > 0;
      case "roles": {
        const roles = table.grantingRoles(body, day, row);
        return rule.roles.some((r) => roles.has(r));
      }
      case "detector":
        return body === c.detector;
      case "consulted":
        return c.consulted.some((x) => table.answersFor(body, x, day));
      case "participant":
        return isParticipant(c, body);
      case "action_taker":
        return [...table.rolesOf(body, day)].some((r) => table.takerRoles.has(r));
      case "action_holder":
        return c.actions.some((a) => isOpen(a) && table.answersFor(body, a.body, day));
      case "opener":
        return (
          c.actions.some((a) => isOpen(a) && table.answersFor(body, a.openedBy, day)) ||
          c.proposals.some((p) => isOpen(p) && table.answersFor(body, p.by, day))
        );
      case "platform_requester":
        return c.requests.some((r) => table.answersFor(body, r.by, day));
      case "any_of":
        return rule.rules.some((r) => admits(c, r, row, body, day));
      default:
        return false;
    }
  };

  const timeOrder = ({ context: c, event: e }) => c.lastAt === null || Date.parse(e.at) >= c.lastAt;

  const allowed = ({ context: c, event: e }) => {
    const row = table.rows[e.type];
    return table.exists(e.actor, e.day) && admits(c, row.actor, row, e.actor, e.day);
  };

  const stateGuards = ({ context: c, event: e }, status) => {
    const g = table.rows[e.type].guardIds;
    if (c.detector === null) return true;
    const detectionDay = vnDay(c.detectedAt);
    if (g.notify_self && table.plays(c.detector, table.coordinator, detectionDay)) return false;
    if (g.receive_needs_notification && status === "detected" && !table.plays(c.detector, table.coordinator, detectionDay)) {
      return false;
    }
    if (g.meeting_method && c.method !== "meeting") return false;
    if (g.evidence_required && c.opinions === 0 && c.meetings === 0) return false;
    if (g.not_violating && status === "assessed" && c.verdict === "violating") return false;
    if (g.violation_required && c.verdict !== "violating") return false;
    if (g.not_confidential && c.stateSecret) return false;
    if (g.nothing_open && (c.actions.some(isOpen) || c.proposals.some(isOpen))) return false;
    return true;
  };

  const consultedOk = (c, row, bodies, day) => {
    const g = row.guardIds;
    if (!bodies.length) return !g.consultation_required;
    const duties = g.verification_duty?.duties;
    return bodies.every(
      (b, i) =>
        table.exists(b, day) &&
        bodies.indexOf(b) === i &&
        !c.consulted.includes(b) &&
        (!duties || table.hasDuty(b, duties, day)),
    );
  };
  const kindOk = (kind, key, body, day) => {
    const k = table.actions[kind];
    return k !== undefined && table.exists(body, day) && [...table.rolesOf(body, day)].some((r) => k[key].has(r));
  };
  const holderOfOpen = (items, id, holder, body, day) => {
    const a = items.find((x) => x.id === id);
    return a !== undefined && isOpen(a) && table.answersFor(body, a[holder], day);
  };

  const payload = ({ context: c, event: e }, status) => {
    const cmd = e.command;
    const row = table.rows[e.type];
    switch (e.type) {
      case "detect": {
        const ct = cmd.content;
        if (!(ct.summary ?? "").trim() && !(ct.url ?? "").trim()) return false;
        const detected = Date.parse(cmd.detected_at ?? e.at);
        return detected <= Date.parse(e.at) && (ct.published_at == null || Date.parse(ct.published_at) <= detected);
      }
      case "notify_lead":
        return table.channels.has(cmd.channel);
      case "open_verification":
        return table.methods.has(cmd.method) && consultedOk(c, row, cmd.consulted, e.day);
      case "consult":
        return consultedOk(c, row, cmd.consulted, e.day);
      case "submit_opinion":
        return cmd.finding.trim() !== "" && cmd.direction.trim() !== "";
      case "record_meeting":
        return (
          cmd.attendees.length > 0 &&
          cmd.attendees.every((b) => b === e.actor || c.consulted.some((x) => table.answersFor(b, x, e.day)))
        );
      case "mark_confidential":
        return !c.stateSecret;
      case "conclude": {
        if (cmd.verdict !== "violating") return true;
        const lawDay = vnDay(c.content.published_at ?? c.detectedAt);
        const grounds = cmd.grounds ?? [];
        return grounds.length > 0 && grounds.every((g) => table.groundRefusal(g, lawDay) === null);
      }
      case "dismiss":
        if (cmd.reason === "duplicate") return cmd.duplicate_of != null && cmd.duplicate_of !== c.caseId;
        if (cmd.reason === "assessed_not_violating" && status !== "assessed") return false;
        return cmd.duplicate_of == null;
      case "take_action": {
        const k = table.actions[cmd.kind];
        return k !== undefined && [...table.rolesOf(e.actor, e.day)].some((r) => k.takers.has(r));
      }
      case "request_action":
        return cmd.body !== e.actor && kindOk(cmd.kind, "requestable", cmd.body, e.day);
      case "propose_direction":
        return cmd.bodies.length > 0 && cmd.bodies.every((b) => kindOk(cmd.kind, "directable", b, e.day));
      case "direct_action":
        return (
          kindOk(cmd.kind, "directable", cmd.body, e.day) &&
          (cmd.proposal_id == null || c.proposals.some((p) => p.id === cmd.proposal_id && !p.withdrawn))
        );
      case "send_removal_request":
        return cmd.action_id == null || holderOfOpen(c.actions, cmd.action_id, "body", e.actor, e.day);
      case "record_platform_response": {
        const r = c.requests.find((x) => x.id === cmd.request_id);
        if (!r || r.response !== null || !table.answersFor(e.actor, r.by, e.day)) return false;
        if (cmd.responded_at == null) return true;
        if (cmd.response === "no_answer") return false;
        const t = Date.parse(cmd.responded_at);
        return r.at <= t && t <= Date.parse(e.at);
      }
      case "withdraw_action":
        return c.actions.some((a) => a.id === cmd.action_id)
          ? holderOfOpen(c.actions, cmd.action_id, "openedBy", e.actor, e.day)
          : holderOfOpen(c.proposals, cmd.action_id, "by", e.actor, e.day);
      case "report_result":
        return holderOfOpen(c.actions, cmd.action_id, "body", e.actor, e.day);
      case "publish_results":
        return cmd.title.trim() !== "";
      default:
        return true;
    }
  };

  const nothingElseOpen = ({ context: c, event: e }) =>
    c.actions.every((a) => !isOpen(a) || a.id === e.command.action_id) &&
    c.proposals.every((p) => !isOpen(p) || p.id === e.command.action_id);

  const record = assign(({ context: c, event: e }, params) => {
    const cmd = e.command;
    const next = { ...c, lastAt: Date.parse(e.at) };
    const event = { seq: c.events.length + 1, case_id: c.caseId, command: cmd, actor: e.actor, at: e.at, status: params.status ?? c.status };
    switch (e.type) {
      case "detect":
        next.caseId = event.case_id = cmd.case_id ?? "KH-0001";
        Object.assign(next, {
          detector: e.actor,
          content: cmd.content,
          detectedAt: cmd.detected_at ?? e.at,
          stateSecret: Boolean(cmd.state_secret),
        });
        break;
      case "notify_lead":
        next.notified = event.lead_agency = table.leadAgency(e.day) ?? e.actor;
        break;
      case "open_verification":
        next.method = cmd.method;
        next.consulted = [...cmd.consulted];
        break;
      case "consult":
        next.consulted = [...c.consulted, ...cmd.consulted];
        break;
      case "submit_opinion":
        next.opinions = c.opinions + 1;
        break;
      case "record_meeting":
        next.meetings = c.meetings + 1;
        break;
      case "mark_confidential":
        next.stateSecret = true;
        break;
      case "conclude":
        next.verdict = cmd.verdict;
        break;
      case "take_action":
      case "request_action":
      case "direct_action":
        event.action_id = `A${c.actions.length + 1}`;
        next.actions = [
          ...c.actions,
          {
            id: event.action_id,
            kind: cmd.kind,
            body: e.type === "take_action" ? e.actor : cmd.body,
            openedBy: e.actor,
            result: null,
            withdrawn: false,
            directed: false,
          },
        ];
        if (e.type === "direct_action" && cmd.proposal_id != null) {
          next.proposals = c.proposals.map((p) => (p.id === cmd.proposal_id ? { ...p, directed: true } : p));
        }
        break;
      case "propose_direction":
        event.action_id = `P${c.proposals.length + 1}`;
        next.proposals = [...c.proposals, { id: event.action_id, by: e.actor, result: null, withdrawn: false, directed: false }];
        break;
      case "send_removal_request":
        event.request_id = `R${c.requests.length + 1}`;
        next.requests = [...c.requests, { id: event.request_id, by: e.actor, at: Date.parse(e.at), response: null }];
        break;
      case "record_platform_response":
        next.requests = c.requests.map((r) => (r.id === cmd.request_id ? { ...r, response: cmd.response } : r));
        break;
      case "withdraw_action":
        next.actions = c.actions.map((a) => (a.id === cmd.action_id ? { ...a, withdrawn: true } : a));
        next.proposals = c.proposals.map((p) => (p.id === cmd.action_id ? { ...p, withdrawn: true } : p));
        break;
      case "report_result":
        next.actions = c.actions.map((a) => (a.id === cmd.action_id ? { ...a, result: cmd.outcome } : a));
        break;
      default:
    }
    next.status = event.status;
    if (c.hashChain) {
      const prev = c.events.length ? c.events[c.events.length - 1].hash : "0".repeat(64);
      event.prev_hash = prev;
      event.hash = createHash("sha256").update(prev + canonical(event)).digest("hex");
    }
    next.events = [...c.events, event];
    return next;
  });

  // One state node per status; each command row becomes guarded transitions on its sources.
  const statuses = ["new", "detected", "reported", "received", "verifying", "assessed", "handling", "handled",
    "published", "closed", "dismissed"];
  const states = Object.fromEntries(statuses.map((s) => [s, { on: {} }]));
  for (const [name, row] of Object.entries(table.rows)) {
    for (const src of row.from.length ? row.from : ["new"]) {
      const t = (target, first = []) => ({
        target,
        guard: { type: "all", params: { first, status: src } },
        actions: { type: "record", params: { status: target ?? src } },
      });
      if (row.to === "same") states[src].on[name] = t(undefined);
      // xstate takes the first transition whose guard passes: handled when nothing else is open.
      else if (row.to === "handling_or_handled") states[src].on[name] = [t("handled", [nothingElseOpen]), t("handling")];
      else states[src].on[name] = t(row.to);
    }
  }
  return setup({
    guards: {
      all: (args, params) =>
        params.first.every((g) => g(args)) &&
        timeOrder(args) &&
        allowed(args) &&
        stateGuards(args, params.status) &&
        payload(args, params.status),
    },
    actions: { record },
  }).createMachine({
    id: "case",
    initial: "new",
    context: ({ input }) => ({
      hashChain: input?.hashChain ?? true, events: [], lastAt: null, caseId: null, status: "new",
      detector: null, content: {}, detectedAt: null, stateSecret: false, notified: null,
      method: null, consulted: [], opinions: 0, meetings: 0, verdict: null, actions: [],
      proposals: [], requests: [],
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
    this.actor.send({ type: command.type, command, actor, at, day: vnDay(at) });
    const snap = this.actor.getSnapshot();
    if (snap.context.events.length === before) {
      throw new Error(`${command.type} refused for ${actor} in state ${snap.value}`);
    }
  }
  get state() {
    return this.actor.getSnapshot().value;
  }
}
