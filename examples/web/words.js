// The library's words as the page shows them: vocabulary labels, body names, citations (each once,
// long lists folded), messages with ids replaced by names, time limits and deadlines with their
// state. Nothing here decides anything; every word comes from the quyche package.
import { QuycheError } from "./pkg/index.web.js";
import { h } from "./dom.js";
import { showInstant } from "./vntime.js";
import { at, state, t } from "./page-state.js";

/** The terms of vocabulary `name` (cached; empty for a name the regulation does not have). */
export function vocabulary(name) {
  if (!state.vocab.has(name)) {
    let terms = [];
    try {
      terms = state.reg.vocabulary(name);
    } catch (e) {
      if (!(e instanceof QuycheError)) throw e;
    }
    state.vocab.set(name, terms);
  }
  return state.vocab.get(name);
}

/** The label of value `id` of vocabulary `name` in the page's language. */
export function term(name, id) {
  return vocabulary(name).find((x) => x.id === id)?.label[state.lang] ?? id;
}

/** A body's name in the page's language. */
export function bodyName(id) {
  return state.reg.body(id)?.name[state.lang] ?? id;
}

/** A citation written out in the page's language. */
export const cite = (c) => state.reg.formatCitation(c, state.lang);

/** The articles, each once; past `max` of them, the rest behind a "+N" disclosure. */
export function citeList(list, max = 3) {
  const seen = new Set();
  const chips = (list ?? [])
    .map(cite)
    .filter((s) => !seen.has(s) && seen.add(s))
    .map((s) => h("span", { class: "cite" }, s));
  if (chips.length <= max + 1) return chips;
  return [...chips.slice(0, max), h("details", { class: "more" }, h("summary", {}, t("moreCites")(chips.length - max)), chips.slice(max))];
}

/** A library message in plain words: each `id` in backticks replaced by the name of the body,
 * state, command or role it stands for. */
export function plain(text) {
  return text.replace(/`([^`]+)`/g, (_, id) => {
    const b = state.reg.body(id);
    if (b) return b.name[state.lang];
    for (const v of ["command", "case_status", "role", "action_kind", "outcome", "platform_response"]) {
      const found = vocabulary(v).find((x) => x.id === id);
      if (found) return `“${found.label[state.lang]}”`;
    }
    return id;
  });
}

/** "24 giờ", "2 ngày làm việc", "ngay lập tức": a time limit in the page's words. */
export function limitText(limit) {
  if (limit === "immediately") return t("immediately");
  const [[unit, n]] = Object.entries(limit);
  return `${n} ${t(unit)}`;
}


// ----- Deadlines -----

/** The open deadlines of a case: actions not yet reported or withdrawn, removal requests not yet
 * answered. */
export function openDeadlines(data) {
  const out = [];
  for (const a of data?.actions ?? []) {
    if (!a.result && !a.withdrawn && a.deadline) out.push({ item: a.id, what: term("action_kind", a.kind), body: a.body, deadline: a.deadline });
  }
  for (const r of data?.removal_requests ?? []) {
    if (!r.response && r.deadline) out.push({ item: r.id, what: `${t("removalRequest")} — ${r.platform}`, body: r.by, deadline: r.deadline });
  }
  return out;
}

/** A deadline with its state: met or late once what it binds is done (`doneAt`), otherwise
 * running or passed at the chosen time. */
export function deadlineLine(d, doneAt = null) {
  const due = Date.parse(d.due);
  const word = doneAt ? (Date.parse(doneAt) <= due ? "met" : "late") : due < Date.parse(at()) ? "passed" : "running";
  return h("span", { class: `deadline ${word}` },
    `${t("deadlineOf")(t(`binds_${d.binds}`))}: ${limitText(d.limit)} → ${showInstant(d.due)} `,
    h("strong", {}, t(word)), " ",
    d.provision ? citeList([d.provision]) : d.instrument,
    d.interpretation ? ` (${t("interpretation")})` : "");
}

/** When the action or removal request an event opened was answered, if it was. */
export function doneAt(data, fx) {
  const r = fx.request_id && (data.removal_requests ?? []).find((x) => x.id === fx.request_id);
  if (r) return r.response?.at ?? null;
  const a = fx.action_id && (data.actions ?? []).find((x) => x.id === fx.action_id);
  return a ? a.result?.at ?? a.withdrawn?.at ?? null : null;
}
