// The example page: every rule comes from the quyche package (the Rust core compiled to
// WebAssembly, ./pkg/ copied there by scripts/build-wasm.sh); this file only reads the form,
// calls the package and lays the answers out.
import init, * as quyche from "./pkg/index.web.js";
import { buildSampleCase } from "./sample-case.js";
import { TEXT } from "./i18n.js";
import { renderWorkflow } from "./diagram.js";

const { Regulation, Case, QuycheError, allowedCommands, reportingCalendar, vocabulary } = quyche;

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

/** The library's label of a vocabulary value in the current language. */
function term(vocab, id) {
  const found = state.vocab[vocab]?.get(id);
  return found ? found[state.lang] : id;
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

/** The chosen fact time, in Vietnam time. */
function at() {
  const v = $("#at").value || "2026-08-04T09:00";
  return `${v.length === 16 ? `${v}:00` : v}+07:00`;
}

const day = () => at().slice(0, 10);

function actor() {
  return $("#actor").value;
}

/** A plausible payload for each command, from the case as it stands (editable before applying). */
function preset(command) {
  const c = state.case?.data;
  const open = c?.actions.find((a) => !a.result);
  const lawDay = (c?.content.published_at ?? c?.detection.at ?? at()).slice(0, 10);
  const ground = state.reg.groundsInForce(lawDay)[0];
  const vi = state.lang === "vi";
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
    case "open_verification":
      return { type: "open_verification", method: "written_consultation", consulted: ["cong-an-tinh"] };
    case "assign_officer":
      return { type: "assign_officer", officer: "Nguyễn Văn A" };
    case "submit_opinion":
      return {
        type: "submit_opinion",
        finding: vi ? "Thông tin không đúng sự thật" : "The information is false",
        direction: vi ? "Đề nghị yêu cầu gỡ bỏ" : "Request removal",
        suggested_verdict: "violating",
      };
    case "record_meeting":
      return { type: "record_meeting", attendees: c?.verification?.consulted ?? [], conclusion: vi ? "Thống nhất xử lý" : "Agreed handling" };
    case "conclude":
      return { type: "conclude", verdict: "violating", grounds: ground ? [ground.citation] : [], note: "" };
    case "dismiss":
      return { type: "dismiss", reason: "not_false_or_harmful", note: "" };
    case "assign_action":
      return { type: "assign_action", kind: "removal_request", assignee: "cong-an-tinh" };
    case "report_result":
      return { type: "report_result", action_id: open?.id ?? "A1", outcome: "done", note: "" };
    case "publish_results":
      return { type: "publish_results", title: vi ? "Kết quả xử lý thông tin sai sự thật" : "Results of handling false information" };
    case "close":
      return { type: "close", note: "" };
    default:
      return { type: command };
  }
}

function renderStatic() {
  document.documentElement.lang = state.lang;
  for (const e of document.querySelectorAll("[data-t]")) e.textContent = t(e.dataset.t);
  $("#lang").textContent = t("lang");
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
    : allowedCommands(state.reg, actor(), at());
}

function renderCommands(list) {
  const rows = list.map((x) => {
    const own = new Set(x.citations.map(cite));
    const reasons = x.failures.map((f) =>
      h("div", { class: "reason" }, h("code", {}, f.code), " ", state.lang === "vi" ? f.message_vi : f.message, " ",
        // The articles of the refusal, where they add to the command's own.
        citeList((f.citations ?? []).filter((c) => !own.has(cite(c))))),
    );
    return h(
      "tr",
      { class: x.allowed ? "allowed" : "refused", "data-command": x.command },
      h("td", {}, term("command", x.command)),
      h("td", { class: "mark" }, x.allowed ? "✓" : "✗"),
      h("td", {}, citeList(x.citations)),
      h("td", {}, reasons),
      h("td", {}, h("button", { type: "button", class: x.allowed ? "do" : "try", onclick: () => openForm(x.command) }, x.allowed ? t("doIt") : t("tryIt"))),
    );
  });
  $("#commands tbody").replaceChildren(...rows);
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
  ];
  if (fx.lead_agency) parts.push(h("div", {}, `${t("lead")}: ${bodyName(fx.lead_agency)}`));
  if (fx.deadline) {
    const d = fx.deadline;
    parts.push(h("div", {}, `${t("deadline")}: ${d.hours} ${t("hours")} → ${d.due} `, d.provision ? citeList([d.provision]) : d.instrument, ` (${d.status}${d.interpretation ? `, ${t("interpretation")}` : ""})`));
  }
  if (fx.recipients) {
    parts.push(h("div", {}, `${t("recipients")}: ${fx.recipients.to.map(bodyName).join(", ")} / ${fx.recipients.cc.map(bodyName).join(", ")} `, citeList(fx.recipients.citations)));
  }
  if (r.applied.advisories.length) {
    parts.push(h("div", {}, `${t("advisories")}:`), h("ul", {}, r.applied.advisories.map((a) => h("li", { "data-code": a.code }, state.lang === "vi" ? a.message_vi : a.message, " ", citeList(a.citations ?? [])))));
  }
  box.replaceChildren(h("div", { class: "success" }, parts));
}

function renderLog() {
  const c = state.case;
  const events = c ? c.events : [];
  $("#log tbody").replaceChildren(
    ...events.map((ev, i) =>
      h("tr", { "data-seq": ev.seq },
        h("td", {}, ev.seq),
        h("td", {}, ev.at.replace("T", " ").slice(0, 16)),
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
  if (!c) return chain.replaceChildren();
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
  const mine = new Set(state.reg.rolesOf(actor(), d).map((a) => a.role));
  const rows = state.reg.responsibilityMatrix().map((duty) => {
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
  for (const name of ["case_status", "command", "role", "activity", "participation", "frequency", "report_level"]) {
    state.vocab[name] = new Map(vocabulary(name).map((x) => [x.id, x.label]));
  }
  $("#version").textContent = quyche.version();
  $("#lang").addEventListener("click", () => {
    state.lang = state.lang === "vi" ? "en" : "vi";
    renderAll();
  });
  $("#actor").addEventListener("change", renderAll);
  $("#at").addEventListener("change", renderAll);
  $("#load-sample").addEventListener("click", () => {
    state.reg = Regulation.khanhHoa();
    state.case = buildSampleCase(quyche, state.reg);
    state.result = { applied: state.case.lastApplied };
    $("#at").value = "2026-08-04T09:00";
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
