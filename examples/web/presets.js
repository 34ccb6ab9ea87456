// Starting values for a step's form, from the case as it stands and the regulation's data (the
// officer changes them before recording): the body a request goes to is one whose role acts on
// request, the action an answer reports is the acting body's open one, and so on. Nothing here
// decides whether a step is allowed; the library does.

/**
 * Prefilled values of command `type`. `ctx`: `{reg, data (the case record or undefined), actor,
 * day, at}`.
 */
export function preset(type, { reg, data, actor, day, at }) {
  const mine = new Set(reg.rolesOf(actor, day).map((a) => a.role));
  const actions = data?.actions ?? [];
  const open = actions.filter((a) => !a.result && !a.withdrawn);
  const kinds = reg.workflow().actions;
  /** The first body other than the actor playing one of `grants`' roles on the day. */
  const bodyFor = (grants) => {
    for (const g of grants ?? []) {
      const found = reg.bodiesFor(g.role, day).find((a) => a.body !== actor);
      if (found) return found.body;
    }
    return undefined;
  };
  /** The bodies carrying a verification duty on the day (Điều 5.2), the actor excepted. */
  const verifiers = () => {
    const out = [];
    for (const duty of reg.participants("verification")) {
      if (duty.participation === "lead") continue;
      for (const a of reg.bodiesForDuty(duty.id, day)) if (a.body !== actor && !out.includes(a.body)) out.push(a.body);
    }
    return out;
  };
  switch (type) {
    case "detect":
      return { source: "own_monitoring", content: { platform_kind: "social_network", kind: "post", published_at: at } };
    case "notify_lead":
      return { channel: "email" };
    case "triage":
      return { priority: "normal" };
    case "open_verification":
      return { method: "written_consultation", consulted: verifiers().slice(0, 2) };
    case "consult": {
      const asked = new Set(data?.verification?.consulted ?? []);
      return { consulted: verifiers().filter((b) => !asked.has(b)).slice(0, 1) };
    }
    case "record_meeting":
      return { attendees: data?.verification?.consulted ?? [] };
    case "conclude":
      return { verdict: "violating" };
    case "take_action": {
      const kind = kinds.find((k) => (k.takers ?? []).some((g) => mine.has(g.role)));
      return { kind: kind?.id };
    }
    case "request_action": {
      const kind = kinds.find((k) => bodyFor(k.requestable)) ?? kinds[0];
      return { kind: kind.id, body: bodyFor(kind.requestable) };
    }
    case "propose_direction": {
      const kind = kinds.find((k) => bodyFor(k.directable)) ?? kinds[0];
      return { kind: kind.id, bodies: [bodyFor(kind.directable)].filter(Boolean) };
    }
    case "direct_action": {
      const p = (data?.proposals ?? []).find((x) => !x.withdrawn);
      if (p) return { kind: p.kind, body: p.bodies[0], proposal_id: p.id };
      const kind = kinds.find((k) => bodyFor(k.directable)) ?? kinds[0];
      return { kind: kind.id, body: bodyFor(kind.directable) };
    }
    case "send_removal_request": {
      const removal = open.find((a) => a.kind === "removal" && a.body === actor);
      return { licensing: "cross_border", ...(removal ? { action_id: removal.id } : {}) };
    }
    case "record_platform_response": {
      const r = (data?.removal_requests ?? []).find((x) => !x.response && x.by === actor);
      return { request_id: r?.id, response: "complied" };
    }
    case "withdraw_action":
      return { action_id: (open.find((x) => x.opened_by === actor) ?? open[0])?.id };
    case "report_result":
      return { action_id: (open.find((x) => x.body === actor) ?? open[0])?.id, outcome: "done" };
    case "label_content":
      return { label: "false" };
    default:
      return {};
  }
}
