// The example page, for an officer: which steps of the procedure the chosen body may take now,
// each with the articles that allow or forbid it. Every rule comes from the quyche package (the
// Rust core compiled to WebAssembly, ./pkg/ copied there by scripts/build-wasm.sh): the workflow,
// the guards, the labels, the roles and action kinds are the regulation's data. This file only
// reads the form, calls the package and lays the answers out.
import init, * as quyche from "./pkg/index.web.js";
import { buildSampleCase } from "./sample-case.js";
import { TEXT } from "./i18n.js";
import { renderWorkflow } from "./diagram.js";

const { Regulation, Case, QuycheError, reportingCalendar } = quyche;

/** The vocabularies whose labels the page shows (Regulation.vocabulary). */
const VOCABULARIES = [
  "case_status",
  "command",
  "role",
  "activity",
  "participation",
  "frequency",
  "report_level",
  "action_kind",
  "action_mode",
  "outcome",
  "platform_response",
];

const state = {
  lang: "vi",
  reg: null,
  case: null,
  /** The last result shown: {applied} or {error}. */
  result: null,
  vocab: {},
  pending: null,
};

const $ = (sel) => document.querySelector(sel);
const t = (key) => TEXT[state.lang][key];

/** A tag with text content and attributes (never innerHTML with data). */
function h(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c !== undefined && c !== null) e.append(c instanceof Node ? c : String(c));
  return e;
}

/** The regulation's label of a vocabulary value in the current language. */
function term(vocab, id) {
  const found = state.vocab[vocab]?.get(id);
  return found ? found[state.lang] : id;
}

function loadVocabularies() {
  for (const name of VOCABULARIES) {
    state.vocab[name] = new Map(state.reg.vocabulary(name).map((x) => [x.id, x.label]));
  }
}

function bodyName(id) {
  return state.reg.body(id)?.name[state.lang] ?? id;
}

function cite(c) {
  return state.reg.formatCitation(c, state.lang);
}

function citeList(list) {
  const seen = new Set();
  return list
    .map(cite)
    .filter((s) => !seen.has(s) && seen.add(s))
    .map((s) => h("span", { class: "cite" }, s));
}

/** "24 giờ", "2 ngày làm việc", "ngay lập tức": a time limit in the page's words. */
function limitText(limit) {
  if (limit === "immediately") return t("immediately");
  const [[unit, n]] = Object.entries(limit);
  return `${n} ${t(unit)}`;
}

/** A time in Vietnam time as "dd/mm/yyyy hh:mm" (the library writes +07:00). */
function when(instant) {
  const [d, time] = instant.split("T");
  const [y, m, day] = d.split("-");
  return `${day}/${m}/${y} ${time.slice(0, 5)}`;
}

/** The chosen fact time, in Vietnam time. */
function at() {
  const v = $("#at").value || "2026-08-04T09:00";
  return `${v.length === 16 ? `${v}:00` : v}+07:00`;
}

const day = () => at().slice(0, 10);

function actor() {
  return $("#actor").value;
}

// ----- Payload presets: plausible commands from the case and the regulation's data -----

/** The roles `body` plays on the chosen day. */
function rolesOf(body) {
  return new Set(state.reg.rolesOf(body, day()).map((a) => a.role));
}

/** The first body other than the actor playing one of `grants`' roles on the chosen day. */
function bodyFor(grants) {
  for (const g of grants ?? []) {
    const found = state.reg.bodiesFor(g.role, day()).find((a) => a.body !== actor());
    if (found) return found.body;
  }
  return undefined;
}

/** The bodies carrying a verification duty on the chosen day (Điều 5.2), the actor excepted. */
function verifiers() {
  const out = [];
  for (const duty of state.reg.participants("verification")) {
    if (duty.participation === "lead") continue;
    for (const a of state.reg.bodiesForDuty(duty.id, day())) {
      if (a.body !== actor() && !out.includes(a.body)) out.push(a.body);
    }
  }
  return out;
}

/** A plausible payload for each command, from the case as it stands (editable before applying). */
function preset(command) {
  const c = state.case?.data;
  const me = actor();
  const mine = rolesOf(me);
  const actions = c?.actions ?? [];
  const open = actions.filter((a) => !a.result && !a.withdrawn);
  const kinds = state.reg.workflow().actions;
  const lawDay = (c?.content.published_at ?? c?.detection.at ?? at()).slice(0, 10);
  const ground = state.reg.groundsInForce(lawDay)[0];
  const vi = state.lang === "vi";
  const note = "";
  switch (command) {
    case "detect":
      return {
        type: "detect",
        source: "own_monitoring",
        topics: ["health"],
        content: {
          platform: "Facebook",
          platform_kind: "social_network",
          kind: "post",
          summary: vi ? "Bài đăng sai sự thật về dịch bệnh" : "A false post about an epidemic",
          published_at: at(),
        },
      };
    case "notify_lead":
      return { type: "notify_lead", channel: "email" };
    case "receive":
      return { type: "receive" };
    case "triage":
      return { type: "triage", priority: "normal" };
    case "open_verification":
      return { type: "open_verification", method: "written_consultation", consulted: verifiers().slice(0, 2) };
    case "consult": {
      const asked = new Set(c?.verification?.consulted ?? []);
      return { type: "consult", consulted: verifiers().filter((b) => !asked.has(b)).slice(0, 1) };
    }
    case "assign_officer":
      return { type: "assign_officer", officer: "Nguyễn Văn A" };
    case "submit_opinion":
      return {
        type: "submit_opinion",
        finding: vi ? "Thông tin không đúng sự thật" : "The information is false",
        direction: vi ? "Đề nghị gỡ bỏ và phản bác" : "Request removal and a rebuttal",
        suggested_verdict: "violating",
      };
    case "record_meeting":
      return {
        type: "record_meeting",
        attendees: c?.verification?.consulted ?? [],
        conclusion: vi ? "Thống nhất xử lý" : "Agreed handling",
      };
    case "mark_confidential":
      return { type: "mark_confidential", note };
    case "conclude":
      return { type: "conclude", verdict: "violating", grounds: ground ? [ground.citation] : [], note };
    case "dismiss":
      return { type: "dismiss", reason: "not_false_or_harmful", note };
    case "take_action": {
      // An action kind the actor's own roles may take (Điều 7: within its own authority).
      const kind = kinds.find((k) => (k.takers ?? []).some((g) => mine.has(g.role)));
      return { type: "take_action", kind: kind?.id ?? "public_rebuttal", note };
    }
    case "request_action": {
      // Điều 7.1.a (ý thứ 4): the lead agency requests a body whose role acts on request.
      const kind = kinds.find((k) => bodyFor(k.requestable)) ?? kinds[0];
      return { type: "request_action", kind: kind.id, body: bodyFor(kind.requestable) ?? "", note };
    }
    case "propose_direction": {
      const kind = kinds.find((k) => bodyFor(k.directable)) ?? kinds[0];
      return { type: "propose_direction", kind: kind.id, bodies: [bodyFor(kind.directable)].filter(Boolean), note };
    }
    case "direct_action": {
      const p = (c?.proposals ?? []).find((x) => !x.withdrawn);
      if (p) return { type: "direct_action", kind: p.kind, body: p.bodies[0], proposal_id: p.id, note };
      const kind = kinds.find((k) => bodyFor(k.directable)) ?? kinds[0];
      return { type: "direct_action", kind: kind.id, body: bodyFor(kind.directable) ?? "", note };
    }
    case "send_removal_request": {
      // Điều 7.2.b: the police (or the lead agency) ask the platform; the deadline is the platform's.
      const removal = open.find((a) => a.kind === "removal" && a.body === me);
      return {
        type: "send_removal_request",
        licensing: "cross_border",
        ...(removal ? { action_id: removal.id } : {}),
      };
    }
    case "record_platform_response": {
      const r = (c?.removal_requests ?? []).find((x) => !x.response && x.by === me);
      return { type: "record_platform_response", request_id: r?.id ?? "R1", response: "complied" };
    }
    case "withdraw_action": {
      const a = open.find((x) => x.opened_by === me) ?? open[0];
      return { type: "withdraw_action", action_id: a?.id ?? "A1", reason: vi ? "Không còn cần thiết" : "No longer needed" };
    }
    case "report_result": {
      const a = open.find((x) => x.body === me) ?? open[0];
      return { type: "report_result", action_id: a?.id ?? "A1", outcome: "done", note };
    }
    case "label_content":
      return { type: "label_content", label: "false", note };
    case "publish_results":
      return {
        type: "publish_results",
        title: vi ? "Kết quả xử lý thông tin sai sự thật" : "Results of handling false information",
      };
    case "close":
      return { type: "close", note };
    default:
      return { type: command };
  }
}

// ----- Rendering -----

function renderStatic() {
  document.documentElement.lang = state.lang;
  for (const e of document.querySelectorAll("[data-t]")) e.textContent = t(e.dataset.t);
  $("#lang").textContent = t("lang");
  if (state.pending) $("#payload-command").textContent = `${state.pending} — ${term("command", state.pending)}`;
  document.title = `${t("title")} — 2086/QĐ-UBND`;
}

function renderActors() {
  const sel = $("#actor");
  const keep = sel.value;
  sel.replaceChildren(
    ...state.reg.bodiesOn(day()).map((b) => h("option", { value: b.id }, b.name[state.lang])),
  );
  sel.value = [...sel.options].some((o) => o.value === keep) ? keep : "so-vhttdl";
}

function renderStatusLine() {
  const c = state.case;
  $("#status-line").textContent = c
    ? t("caseLine")(c.id, term("case_status", c.status), c.events.length)
    : t("noCase");
}

function checks() {
  return state.case
    ? state.case.allowedCommands(actor(), at())
    : state.reg.allowedCommands(actor(), at());
}

/** The commands table: what the chosen body may do now first, then what it may not and why. */
function renderCommands(list) {
  const row = (x) => {
    const own = new Set(x.citations.map(cite));
    const reasons = x.failures.map((f) =>
      h("div", { class: "reason" }, h("code", {}, f.code), " ", state.lang === "vi" ? f.message_vi : f.message, " ",
        // The articles of the refusal, where they add to the command's own.
        citeList((f.citations ?? []).filter((c) => !own.has(cite(c))))),
    );
    return h(
      "tr",
      { class: x.allowed ? "allowed" : "refused", "data-command": x.command },
      h("td", {}, x.label[state.lang], h("div", {}, h("code", { class: "id" }, x.command))),
      h("td", { class: "mark" }, x.allowed ? "✓" : "✗"),
      h("td", {}, citeList(x.citations)),
      h("td", {}, reasons),
      h("td", {}, h("button", { type: "button", class: x.allowed ? "do" : "try", onclick: () => openForm(x.command) }, x.allowed ? t("doIt") : t("tryIt"))),
    );
  };
  const allowed = list.filter((x) => x.allowed);
  const refused = list.filter((x) => !x.allowed);
  $("#allowed-count").textContent = t("allowedNow")(allowed.length, bodyName(actor()), when(at()));
  $("#commands tbody").replaceChildren(...allowed.map(row), ...refused.map(row));
}

function openForm(command) {
  state.pending = command;
  $("#payload-command").textContent = `${command} — ${term("command", command)}`;
  $("#payload").value = JSON.stringify(preset(command), null, 2);
  $("#payload-form").hidden = false;
  $("#payload").focus();
}

function applyPending(ev) {
  ev.preventDefault();
  let command;
  try {
    command = JSON.parse($("#payload").value);
  } catch (e) {
    state.result = { error: { code: "INVALID_JSON", message: `${TEXT.en.badJson}: ${e.message}`, messageVi: `${TEXT.vi.badJson}: ${e.message}`, citations: [], related: [] } };
    renderAll();
    return;
  }
  try {
    if (!state.case || command.type === "detect") {
      state.case = Case.start(state.reg, command, actor(), at());
      state.result = { applied: state.case.lastApplied };
    } else {
      state.result = { applied: state.case.apply(command, actor(), at()) };
    }
    $("#payload-form").hidden = true;
  } catch (e) {
    if (!(e instanceof QuycheError)) throw e;
    state.result = { error: e };
  }
  renderAll();
}

/** A deadline: whom it binds, the limit, when it falls, its provision and status. */
function deadlineView(d) {
  const basis = d.provision ? citeList([d.provision]) : d.instrument;
  return h("div", { class: "deadline" },
    `${t("deadlineOf")(t(`binds_${d.binds}`))}: ${limitText(d.limit)} → ${when(d.due)} `, basis,
    ` (${t("statusWord")} ${d.status}${d.interpretation ? `, ${t("interpretation")}` : ""})`,
    (d.application ?? []).map((a) => h("div", { class: "help" }, a[state.lang])));
}

function renderResult() {
  const box = $("#result");
  const r = state.result;
  if (!r) return box.replaceChildren();
  if (r.error) {
    const all = [r.error, ...(r.error.related ?? [])];
    box.replaceChildren(
      h("div", { class: "refusal" },
        h("strong", {}, `${t("refused")}: `),
        ...all.map((e) =>
          h("div", { class: "error", "data-code": e.code },
            h("code", {}, e.code), e.kind ? h("small", {}, ` (${e.kind})`) : null, " ",
            state.lang === "vi" ? e.messageVi : e.message, " ", citeList(e.citations ?? []),
            e.help ? h("div", { class: "help" }, `${t("help")}: ${state.lang === "vi" ? e.helpVi : e.help}`) : null),
        )),
    );
    return;
  }
  const ev = r.applied.event;
  const fx = ev.effects;
  const parts = [
    h("strong", {}, `${t("accepted")}: #${ev.seq} ${term("command", ev.command.type)} → `),
    h("span", { class: "state", "data-status": fx.status }, term("case_status", fx.status)),
    h("div", {}, `${t("basis")}: `, citeList(state.case.basis(ev))),
  ];
  if (fx.lead_agency) parts.push(h("div", {}, `${t("lead")}: ${bodyName(fx.lead_agency)}`));
  if (fx.action_id) parts.push(h("div", {}, `${t("action")}: ${fx.action_id}`));
  if (fx.request_id) parts.push(h("div", {}, `${t("removalRequest")}: ${fx.request_id}`));
  if (fx.deadline) parts.push(deadlineView(fx.deadline));
  if (fx.recipients) {
    parts.push(h("div", {}, `${t("recipients")}: ${fx.recipients.to.map(bodyName).join(", ")} / ${fx.recipients.cc.map(bodyName).join(", ") || "—"} `, citeList(fx.recipients.citations)));
  }
  if (r.applied.advisories.length) {
    parts.push(h("div", {}, `${t("advisories")}:`), h("ul", {}, r.applied.advisories.map((a) => h("li", { "data-code": a.code }, state.lang === "vi" ? a.message_vi : a.message, " ", citeList(a.citations ?? [])))));
  }
  box.replaceChildren(h("div", { class: "success" }, parts));
}

/** The case's actions (who acts, on whose request or direction, how it ended) and the removal
 * requests sent to platforms with the platforms' deadlines. */
function renderActions() {
  const c = state.case?.data;
  const actions = c?.actions ?? [];
  const requests = c?.removal_requests ?? [];
  const items = [
    ...actions.map((a) => {
      const end = a.result
        ? `${term("outcome", a.result.outcome)} (${bodyName(a.result.by)}, ${when(a.result.at)})`
        : a.withdrawn
          ? `${t("withdrawn")} (${a.withdrawn.reason})`
          : t("open");
      return h("li", { "data-action": a.id, class: a.result || a.withdrawn ? "done" : "open" },
        h("strong", {}, a.id), ` ${term("action_kind", a.kind)} — ${bodyName(a.body)} — ${term("action_mode", a.mode)} — `,
        h("em", {}, end), a.deadline ? deadlineView(a.deadline) : null);
    }),
    ...requests.map((r) =>
      h("li", { "data-request": r.id, class: r.response ? "done" : "open" },
        h("strong", {}, r.id), ` ${t("removalRequest")} ${r.platform} — ${bodyName(r.by)}${r.action_id ? ` (${r.action_id})` : ""} — `,
        h("em", {}, r.response ? term("platform_response", r.response.response) : t("pending")),
        r.deadline ? deadlineView(r.deadline) : null)),
  ];
  $("#actions").replaceChildren(...(items.length ? items : [h("li", { class: "none" }, t("noActions"))]));
}

function renderLog() {
  const c = state.case;
  const events = c ? c.events : [];
  $("#log tbody").replaceChildren(
    ...events.map((ev, i) =>
      h("tr", { "data-seq": ev.seq },
        h("td", {}, ev.seq),
        h("td", {}, when(ev.at)),
        h("td", {}, bodyName(ev.actor.body)),
        h("td", {}, term("command", ev.command.type)),
        h("td", {}, term("case_status", ev.effects.status)),
        h("td", {}, citeList(c.basis(ev))),
        h("td", { class: "hash" },
          h("span", { class: i > 0 && events[i - 1].hash === ev.prev_hash ? "linked" : "genesis" }, ev.prev_hash.slice(0, 10)),
          " → ", h("span", {}, ev.hash.slice(0, 10))),
      ),
    ),
  );
  const chain = $("#chain");
  renderActions();
  if (!c) {
    chain.replaceChildren();
    $("#involved").replaceChildren();
    return;
  }
  try {
    const again = Case.replay(state.reg, events);
    chain.className = again.headHash === c.headHash ? "ok" : "bad";
    chain.textContent = t("chainOk")(events.length, c.headHash);
  } catch (e) {
    chain.className = "bad";
    chain.textContent = t("chainBad")(e.message);
  }
  $("#involved").replaceChildren(
    ...c.dutiesInvolved().map((i) =>
      h("li", {}, h("strong", {}, i.name[state.lang]), ` — ${i.why[state.lang]} `, citeList(i.citations))),
  );
}

function renderDiagram(list) {
  const allowed = new Set(list.filter((x) => x.allowed).map((x) => x.command));
  const text = state.reg.workflowMermaid();
  $("#mermaid").textContent = text;
  $("#diagram").replaceChildren(
    renderWorkflow(text, {
      stateLabel: (s) => term("case_status", s),
      commandLabel: (c) => term("command", c),
      current: state.case?.status,
      allowed,
    }),
  );
}

function renderMatrix() {
  const d = day();
  const mine = rolesOf(actor());
  const rows = state.reg.duties().map((duty) => {
    const carriers = state.reg.bodiesForDuty(duty.id, d);
    const ours = carriers.some((a) => a.body === actor());
    const roles = [duty.role, ...(duty.also ?? []).map((x) => x.role)];
    return h("tr", { class: ours ? "mine" : roles.some((r) => mine.has(r)) ? "role" : "", "data-duty": duty.id },
      h("td", {}, h("strong", {}, duty.id), " ", duty.label[state.lang]),
      h("td", {}, citeList([duty.citation])),
      h("td", {}, roles.map((r) => term("role", r)).join(", ")),
      h("td", {}, term("activity", duty.activity)),
      h("td", {}, term("participation", duty.participation)),
      h("td", {}, carriers.map((a) => bodyName(a.body) + (a.interpretation ? ` (${t("interpretation")})` : "")).join("; ")),
    );
  });
  $("#matrix tbody").replaceChildren(...rows);
}

function renderReporting() {
  const year = Number(day().slice(0, 4));
  let list = [];
  try {
    list = reportingCalendar(state.reg, year, day());
  } catch (e) {
    if (!(e instanceof QuycheError)) throw e;
  }
  $("#reporting tbody").replaceChildren(
    ...list.map((r) =>
      h("tr", { class: r.past ? "past" : "" },
        h("td", {}, `${term("frequency", r.period.frequency)} ${r.period.year} — ${term("report_level", r.level)}`, " ", citeList(r.citations.slice(0, 1))),
        h("td", {}, r.body_name[state.lang]),
        h("td", {}, `${r.window.from} → ${r.window.to}`),
        h("td", {}, r.due, r.past ? ` (${t("past")})` : "", r.skipped?.length ? h("small", {}, ` −${r.skipped.length}`) : null),
        h("td", {}, r.recipient_name[state.lang]),
        h("td", {}, r.status, r.interpretation ? ` (${t("interpretation")})` : ""),
      ),
    ),
  );
}

function renderAll() {
  renderStatic();
  renderActors();
  renderStatusLine();
  const list = checks();
  renderCommands(list);
  renderResult();
  renderLog();
  renderDiagram(list);
  renderMatrix();
  renderReporting();
}

async function main() {
  await init();
  state.reg = Regulation.khanhHoa();
  loadVocabularies();
  $("#version").textContent = quyche.version();
  $("#lang").addEventListener("click", () => {
    state.lang = state.lang === "vi" ? "en" : "vi";
    renderAll();
  });
  $("#actor").addEventListener("change", renderAll);
  $("#at").addEventListener("change", renderAll);
  $("#load-sample").addEventListener("click", () => {
    state.reg = Regulation.khanhHoa();
    loadVocabularies();
    state.case = buildSampleCase(quyche, state.reg);
    state.result = { applied: state.case.lastApplied };
    $("#at").value = "2026-08-04T10:00";
    renderAll();
  });
  $("#new-case").addEventListener("click", () => {
    state.case = null;
    state.result = null;
    openForm("detect");
    renderAll();
  });
  $("#payload-form").addEventListener("submit", applyPending);
  $("#cancel").addEventListener("click", () => {
    $("#payload-form").hidden = true;
  });
  renderAll();
  document.body.dataset.ready = "true";
}

main().catch((e) => {
  document.body.dataset.ready = "failed";
  $("#status-line").textContent = `${e}`;
  throw e;
});
