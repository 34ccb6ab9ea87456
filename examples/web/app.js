// The page an official uses: choose the acting body and the time, see the steps it may take now
// (with their articles and deadlines) and record one through a form generated from the command's
// JSON Schema; follow the case's story; keep several cases in this browser; see the deadlines
// across cases; print the six-month or annual report. Every rule, word and article comes from the
// quyche package (the Rust core compiled to WebAssembly, ./pkg/, copied there by
// scripts/build-wasm.sh); the page reads forms, calls the package and lays the answers out.
// Here: saving and reopening cases, recording a step, the case and its next steps, wiring. Beside
// it: page-state.js (state, acting body and time), words.js (the library's words), forms.js
// (forms from the schema), panels.js (deadlines, workflow, who does what, the report).
import init, * as quyche from "./pkg/index.web.js";
import { buildSampleCase } from "./sample-case.js";
import { TEXT } from "./i18n.js";
import { h } from "./dom.js";
import { commandForm } from "./forms.js";
import { preset } from "./presets.js";
import { nowVn, parseVn, showInstant } from "./vntime.js";
import * as store from "./store.js";
import { $, actor, at, cur, day, other, state, t } from "./page-state.js";
import { bodyName, cite, citeList, deadlineLine, doneAt, plain, term, vocabulary } from "./words.js";
import { makeReport, renderDeadlines, renderDiagram, renderMatrix, renderReport, renderReportControls, renderReportDue } from "./panels.js";

const { Regulation, Case, QuycheError, reportDocument, renderMarkdown } = quyche;

// ----- Saving and reopening -----

async function persist(c, registrations = []) {
  const old = state.cases.get(c.id)?.record;
  const record = { id: c.id, events: c.events, head: c.headHash, registrations: old?.registrations ?? registrations, saved: new Date().toISOString() };
  await store.save(record);
  state.cases.set(c.id, { record, case: c, error: null });
}

function registerAll(registrations) {
  for (const r of registrations ?? []) if (!state.reg.body(r.body.id)) state.reg.registerBody(r);
}

/** Reopens a saved record: replays its events (hash chain and every guard) up to the saved head. */
function reopen(record) {
  try {
    registerAll(record.registrations);
    return { record, case: Case.replayToHead(state.reg, record.events, record.head), error: null };
  } catch (e) {
    if (!(e instanceof QuycheError)) throw e;
    return { record, case: null, error: e };
  }
}

async function loadSaved() {
  for (const record of await store.loadAll()) state.cases.set(record.id, reopen(record));
  const last = localStorage.getItem("quyche-current");
  if (last && state.cases.has(last)) state.current = last;
}

function download(name, type, text) {
  const a = h("a", { href: URL.createObjectURL(new Blob([text], { type })), download: name });
  document.body.append(a);
  a.click();
  a.remove();
}

function exportCase(id) {
  const { record } = state.cases.get(id);
  download(`${id}.jsonl`, "application/x-ndjson", record.events.map((e) => JSON.stringify(e)).join("\n") + "\n");
}

async function importFile(file) {
  const text = await file.text();
  try {
    let events;
    try {
      events = text.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
    } catch (e) {
      throw { plainMessage: `${t("badJsonl")}: ${e.message}` };
    }
    const c = Case.replay(state.reg, events);
    await persist(c);
    state.current = c.id;
    state.result = { note: t("imported")(c.id, events.length) };
  } catch (e) {
    if (!(e instanceof QuycheError) && !e.plainMessage) throw e;
    state.result = { error: e.plainMessage ? { messageVi: e.plainMessage, message: e.plainMessage, code: "INVALID_JSON" } : e };
  }
  renderAll();
}

// ----- Recording a step -----

function formContext() {
  const data = cur()?.data;
  const lawDay = (data?.content?.published_at ?? data?.detection?.at ?? at()).slice(0, 10);
  const refs = {
    action_id: (data?.actions ?? []).map((a) => ({ value: a.id, label: `${a.id} — ${term("action_kind", a.kind)} — ${bodyName(a.body)}` })),
    request_id: (data?.removal_requests ?? []).map((r) => ({ value: r.id, label: `${r.id} — ${r.platform} — ${bodyName(r.by)}` })),
    proposal_id: (data?.proposals ?? []).map((p) => ({ value: p.id, label: `${p.id} — ${term("action_kind", p.kind)}` })),
  };
  return {
    schema: state.schema,
    fields: state.fields,
    lang: state.lang,
    vocabulary,
    bodies: () => state.reg.bodiesOn(day()),
    grounds: () => state.reg.groundsInForce(lawDay),
    refs: (k) => refs[k],
    cite,
    none: () => t("none"),
    missing: (label) => t("missing")(label),
    badTime: (label, v) => t("badTime")(label, v),
    searchLabel: () => t("searchGrounds"),
    searchHint: () => t("searchHint"),
  };
}

/** Opens the form of step `type`, prefilled with `values` or the preset ones. */
function openForm(type, values = null) {
  state.pending = type;
  const data = cur()?.data;
  const initial = values ?? preset(type, { reg: state.reg, data, actor: actor(), day: day(), at: at() });
  state.form = commandForm(formContext(), type, initial);
  $("#form-title").replaceChildren(term("command", type), " ", h("span", { class: "alt", lang: other() }, TEXT[other()] && vocabulary("command").find((x) => x.id === type)?.label[other()]));
  $("#form-fields").replaceChildren(state.form.element);
  $("#json-mode").checked = false;
  $("#json-box").hidden = true;
  $("#step-form").hidden = false;
  $("#form-errors").replaceChildren();
  $("#step-form").scrollIntoView({ block: "start" });
  $("#form-fields").querySelector("input, select, textarea")?.focus();
}

function readCommand() {
  if ($("#json-mode").checked) {
    try {
      return JSON.parse($("#json-text").value);
    } catch (e) {
      throw { fields: [{ path: "", message: `${t("badJson")}: ${e.message}` }] };
    }
  }
  return state.form.read();
}

async function applyPending(ev) {
  ev.preventDefault();
  let command;
  try {
    command = readCommand();
  } catch (e) {
    if (!e.fields) throw e;
    $("#form-errors").replaceChildren(...e.fields.map((f) => h("li", {}, f.message)));
    $("#form-errors").focus();
    return;
  }
  const c = cur();
  try {
    if (!c || command.type === "detect") {
      const started = Case.start(state.reg, command, actor(), at());
      await persist(started);
      state.current = started.id;
      state.result = { applied: started.lastApplied };
    } else {
      state.result = { applied: c.apply(command, actor(), at()) };
      await persist(c);
    }
    $("#step-form").hidden = true;
    state.pending = null;
  } catch (e) {
    if (!(e instanceof QuycheError)) throw e;
    state.result = { error: e };
    markField(e.path);
  }
  renderAll();
  resultBox().focus();
}

/** Marks the form field a refusal's JSON pointer names. */
function markField(path) {
  for (const el of document.querySelectorAll("#step-form .bad")) el.classList.remove("bad");
  if (!path) return;
  const el = document.querySelector(`#step-form [data-path="${CSS.escape(path)}"]`);
  el?.classList.add("bad");
}

// ----- Rendering -----

function renderStatic() {
  document.documentElement.lang = state.lang;
  for (const e of document.querySelectorAll("[data-t]")) e.textContent = t(e.dataset.t);
  for (const e of document.querySelectorAll("[data-t-alt]")) e.textContent = TEXT[other()][e.dataset.tAlt];
  $("#lang").textContent = t("lang");
  // The regulation named from its data, not written here (the page runs any regulation).
  $("#subtitle").textContent = t("subtitle")(state.reg);
  document.title = `${t("title")} — ${state.reg.instrument}`;
}

function renderActors() {
  const sel = $("#actor");
  const keep = sel.value;
  sel.replaceChildren(...state.reg.bodiesOn(day()).map((b) => h("option", { value: b.id }, b.name[state.lang])));
  sel.value = [...sel.options].some((o) => o.value === keep) ? keep : "so-vhttdl";
}

function renderCases() {
  const items = [...state.cases.values()].map(({ record, case: c, error }) => {
    const id = record.id;
    const status = c ? term("case_status", c.status) : t("unreadable");
    const summary = c?.data.content.summary ?? "";
    return h("li", { class: id === state.current ? "current" : "", "data-case": id },
      h("button", { type: "button", class: "open-case", "aria-current": id === state.current ? "true" : null, onclick: () => selectCase(id) },
        h("strong", {}, id), " — ", status),
      h("span", { class: "meta" }, `${record.events.length} ${t("events")} · `,
        c ? h("span", { class: "badge ok" }, `✓ ${t("verified")}`) : h("span", { class: "badge bad" }, `✗ ${error ? plain(state.lang === "vi" ? error.messageVi : error.message) : ""}`)),
      summary ? h("span", { class: "summary" }, summary) : null,
      h("button", { type: "button", class: "small", "aria-label": `${t("export")} ${id}`, onclick: () => exportCase(id) }, t("export")),
      h("button", { type: "button", class: "small", "aria-label": `${t("delete")} ${id}`, onclick: () => deleteCase(id) }, t("delete")));
  });
  $("#cases").replaceChildren(...(items.length ? items : [h("li", { class: "none" }, t("noCases"))]));
}

/** Deletes a saved case from this browser, after asking (export its log first to keep it). */
async function deleteCase(id) {
  if (!window.confirm(t("confirmDelete")(id))) return;
  await store.remove(id);
  state.cases.delete(id);
  if (state.current === id) state.current = null;
  state.result = { note: t("deleted")(id) };
  renderAll();
}

function selectCase(id) {
  state.current = id;
  localStorage.setItem("quyche-current", id);
  state.result = null;
  $("#step-form").hidden = true;
  renderAll();
  $("#case-title").focus();
}

function checks() {
  const c = cur();
  return c ? c.allowedCommands(actor(), at()) : state.reg.allowedCommands(actor(), at());
}

/** The open deadlines of the case a step concerns (the actor's actions, its removal requests). */
function stepDeadlines(type) {
  const data = cur()?.data;
  if (!data) return [];
  const me = actor();
  if (["report_result", "withdraw_action", "send_removal_request"].includes(type)) {
    return (data.actions ?? []).filter((a) => !a.result && !a.withdrawn && a.deadline && (a.body === me || a.opened_by === me)).map((a) => [a.id, a.deadline]);
  }
  if (type === "record_platform_response") {
    return (data.removal_requests ?? []).filter((r) => !r.response && r.by === me && r.deadline).map((r) => [r.id, r.deadline]);
  }
  return [];
}

function renderSteps(list) {
  const allowed = list.filter((x) => x.allowed);
  const refused = list.filter((x) => !x.allowed);
  $("#allowed-count").textContent = allowed.length ? t("allowedNow")(allowed.length, bodyName(actor()), showInstant(at())) : "";
  $("#next").replaceChildren(
    ...allowed.map((x) =>
      h("li", { "data-command": x.command },
        h("button", { type: "button", class: "do", onclick: () => openForm(x.command) }, x.label[state.lang]),
        h("span", { class: "alt", lang: other() }, x.label[other()]),
        h("div", { class: "cites" }, citeList(x.citations)),
        stepDeadlines(x.command).map(([id, d]) => h("div", {}, `${id}: `, deadlineLine(d))))),
  );
  if (!allowed.length) $("#next").append(h("li", { class: "none" }, t("nothingNow")(bodyName(actor()), showInstant(at()))));
  $("#refused-count").textContent = t("refusedCount")(refused.length);
  $("#refused-list").replaceChildren(
    ...refused.map((x) =>
      h("li", { "data-command": x.command },
        h("strong", {}, x.label[state.lang]),
        h("ul", { class: "reasons" }, x.failures.map((f) => h("li", {}, plain(state.lang === "vi" ? f.message_vi : f.message), " ", citeList(f.citations)))),
        h("div", { class: "codes" }, `${t("codes")}: ${x.command} · ${x.failures.map((f) => f.code).join(", ")}`))),
  );
}

/** The last result: a refusal of the open form stays in the form, next to its button; anything
 * else at the top of the case. */
function resultBox() {
  const inForm = !$("#step-form").hidden && state.result?.error;
  $(inForm ? "#result" : "#form-refusal").replaceChildren();
  return $(inForm ? "#form-refusal" : "#result");
}

function renderResult() {
  const box = resultBox();
  const r = state.result;
  if (!r) return box.replaceChildren();
  if (r.note) return box.replaceChildren(h("div", { class: "success" }, r.note));
  if (r.error) {
    const all = [r.error, ...(r.error.related ?? [])];
    box.replaceChildren(
      h("div", { class: "refusal", role: "alert" },
        h("strong", {}, t("refused")),
        h("ul", {}, all.map((e) => h("li", { "data-code": e.code }, plain(state.lang === "vi" ? e.messageVi : e.message), " ", citeList(e.citations)))),
        h("div", { class: "codes" }, `${t("codes")}: ${all.map((e) => e.code + (e.path ? ` ${e.path}` : "")).join(", ")}`)),
    );
    return;
  }
  const ev = r.applied.event;
  const fx = ev.effects;
  const parts = [
    h("strong", {}, `${t("accepted")}: ${term("command", ev.command.type)} → `),
    h("span", { class: "state", "data-status": fx.status }, term("case_status", fx.status)),
    h("div", {}, `${t("basis")}: `, citeList(cur().basis(ev))),
  ];
  if (fx.lead_agency) parts.push(h("div", {}, `${t("lead")}: ${bodyName(fx.lead_agency)}`));
  if (fx.deadline) parts.push(h("div", {}, deadlineLine(fx.deadline)));
  if (fx.recipients) parts.push(h("div", {}, `${t("recipients")}: ${fx.recipients.to.map(bodyName).join(", ")} / ${fx.recipients.cc.map(bodyName).join(", ") || "—"} `, citeList(fx.recipients.citations)));
  for (const a of r.applied.advisories) parts.push(h("div", { class: "advisory" }, `${t("advisory")}: `, plain(state.lang === "vi" ? a.message_vi : a.message), " ", citeList(a.citations)));
  box.replaceChildren(h("div", { class: "success" }, parts));
}

/** A short description of what a step recorded, from its payload. */
function stepDetail(cmd) {
  const bits = [];
  if (cmd.content?.summary) bits.push(cmd.content.summary);
  if (cmd.kind && cmd.type !== "detect") bits.push(term("action_kind", cmd.kind));
  if (cmd.body) bits.push(bodyName(cmd.body));
  if (cmd.consulted?.length) bits.push(cmd.consulted.map(bodyName).join(", "));
  if (cmd.verdict) bits.push(term("verdict", cmd.verdict));
  if (cmd.outcome) bits.push(`${cmd.action_id}: ${term("outcome", cmd.outcome)}`);
  if (cmd.response) bits.push(`${cmd.request_id}: ${term("platform_response", cmd.response)}`);
  if (cmd.title) bits.push(cmd.title);
  return bits.join(" — ");
}


function renderCase() {
  const c = cur();
  const saved = state.current ? state.cases.get(state.current) : null;
  $("#case-title").textContent = c ? t("caseTitle")(c.id) : saved ? t("caseTitle")(saved.record.id) : t("noCase");
  $("#status-line").textContent = c ? t("caseLine")(term("case_status", c.status), c.events.length, bodyName(c.data.detection.body)) : saved?.error ? plain(state.lang === "vi" ? saved.error.messageVi : saved.error.message) : t("noCaseHint");
  const events = c ? c.events : [];
  $("#timeline").replaceChildren(
    ...events.map((ev) =>
      h("li", { "data-seq": ev.seq },
        h("div", { class: "when" }, showInstant(ev.at)),
        h("div", { class: "what" }, h("strong", {}, term("command", ev.command.type)), " — ", bodyName(ev.actor.body), " → ", h("em", {}, term("case_status", ev.effects.status))),
        stepDetail(ev.command) ? h("div", { class: "detail" }, stepDetail(ev.command)) : null,
        h("div", { class: "cites" }, citeList(c.basis(ev))),
        ev.effects.deadline ? h("div", {}, deadlineLine(ev.effects.deadline, doneAt(c.data, ev.effects))) : null)),
  );
  const chain = $("#chain");
  if (!c) {
    chain.hidden = true;
  } else {
    chain.hidden = false;
    let ok = true;
    let why = "";
    try {
      ok = Case.replayToHead(state.reg, events, c.headHash).headHash === c.headHash;
    } catch (e) {
      ok = false;
      why = e.message;
    }
    $("#chain-summary").className = ok ? "badge ok" : "badge bad";
    $("#chain-summary").textContent = ok ? `✓ ${t("chainOk")(events.length)}` : `✗ ${t("chainBad")} ${why}`;
    $("#chain-details").replaceChildren(
      h("p", {}, t("chainExplain")),
      h("ol", { class: "hashes" }, events.map((ev, i) =>
        h("li", {}, `${showInstant(ev.at)} `, h("code", { class: i === 0 || events[i - 1].hash === ev.prev_hash ? "linked" : "broken" }, `${ev.prev_hash.slice(0, 12)}… → ${ev.hash.slice(0, 12)}…`)))),
      h("p", {}, `${t("head")}: `, h("code", { class: "head" }, c.headHash)));
  }
  $("#export-current").hidden = !c;
}


function renderAll() {
  renderStatic();
  renderActors();
  renderCases();
  const list = checks();
  renderCase();
  renderSteps(list);
  renderResult();
  renderDeadlines();
  renderDiagram(list);
  renderMatrix();
  renderReportControls();
  renderReport();
}

function wire() {
  $("#lang").addEventListener("click", () => {
    state.lang = other();
    state.vocab.clear();
    if (state.report?.report) state.report.doc = reportDocument(state.reg, state.report.report, state.lang);
    // The open form is rebuilt in the other language with what was already typed.
    if (state.pending && !$("#step-form").hidden) openForm(state.pending, state.form.read({ partial: true }));
    renderAll();
  });
  $("#actor").addEventListener("change", () => {
    $("#step-form").hidden = true;
    renderAll();
  });
  $("#at").addEventListener("change", () => {
    const ok = parseVn($("#at").value) !== null;
    $("#at").setAttribute("aria-invalid", String(!ok));
    $("#at-error").textContent = ok ? "" : t("badTime")(t("time"), $("#at").value);
    if (ok) renderAll();
  });
  $("#at").addEventListener("keydown", (e) => {
    if (e.key === "Enter") $("#at").dispatchEvent(new Event("change"));
  });
  $("#now").addEventListener("click", () => {
    $("#at").value = nowVn();
    $("#at").dispatchEvent(new Event("change"));
  });
  $("#new-case").addEventListener("click", () => {
    state.current = null;
    state.result = null;
    renderAll();
    openForm("detect");
  });
  $("#load-sample").addEventListener("click", async () => {
    const c = buildSampleCase(quyche, state.reg);
    const { registration } = await import("./sample-case.js");
    await persist(c, [registration]);
    state.current = c.id;
    state.result = { note: t("sampleLoaded")(c.id) };
    $("#at").value = "04/08/2026 21:00";
    renderAll();
  });
  $("#import").addEventListener("change", (e) => {
    const f = e.target.files?.[0];
    if (f) importFile(f);
    e.target.value = "";
  });
  $("#export-current").addEventListener("click", () => state.current && exportCase(state.current));
  $("#step-form").addEventListener("submit", applyPending);
  $("#cancel").addEventListener("click", () => {
    $("#step-form").hidden = true;
    state.pending = null;
  });
  $("#json-mode").addEventListener("change", () => {
    const on = $("#json-mode").checked;
    $("#json-box").hidden = !on;
    $("#form-fields").hidden = on;
    if (on) {
      $("#json-text").value = JSON.stringify(state.form.read({ partial: true }), null, 2);
    }
  });
  $("#make-report").addEventListener("click", makeReport);
  for (const id of ["#frequency", "#year", "#reporter"]) $(id).addEventListener("change", renderReportDue);
  $("#print-report").addEventListener("click", () => window.print());
  $("#download-md").addEventListener("click", () => {
    const md = renderMarkdown(state.reg, state.report.report, state.lang);
    download(`bao-cao-${$("#frequency").value}-${$("#year").value}.md`, "text/markdown", md);
  });
  $("#download-json").addEventListener("click", () => {
    download(`bao-cao-${$("#frequency").value}-${$("#year").value}.json`, "application/json", JSON.stringify(state.report.report, null, 2));
  });
}

async function main() {
  await init();
  state.reg = Regulation.khanhHoa();
  state.schema = state.reg.commandSchema();
  state.fields = new Map(state.reg.commandFields().map((f) => [f.id, f]));
  $("#version").textContent = quyche.version();
  $("#at").value = nowVn();
  wire();
  await loadSaved();
  renderAll();
  document.body.dataset.ready = "true";
}

main().catch((e) => {
  document.body.dataset.ready = "failed";
  $("#status-line").textContent = `${e}`;
  throw e;
});
