// The panels beside the case: deadlines across the saved cases, the workflow drawing and its words,
// who does what (Điều 5–9), and the periodic report (Điều 8) in the Nghị định 30/2020 layout.
import { QuycheError, compileReport, reportDocument, reportingCalendar } from "./pkg/index.web.js";
import { renderWorkflow, workflowText } from "./diagram.js";
import { h } from "./dom.js";
import { renderReportDocument } from "./report-view.js";
import { dayOf, showDate, showInstant } from "./vntime.js";
import { $, actor, at, cur, day, state, t } from "./page-state.js";
import { bodyName, citeList, openDeadlines, plain, term } from "./words.js";
export function renderDeadlines() {
  const now = at();
  const today = day();
  const rows = [];
  for (const { case: c } of state.cases.values()) {
    if (!c) continue;
    for (const d of openDeadlines(c.data)) rows.push({ c, ...d });
  }
  rows.sort((a, b) => Date.parse(a.deadline.due) - Date.parse(b.deadline.due));
  const cls = (r) => (Date.parse(r.deadline.due) < Date.parse(now) ? "overdue" : dayOf(r.deadline.due) === today ? "today" : "later");
  $("#deadline-summary").textContent = t("deadlineSummary")(rows.filter((r) => cls(r) === "overdue").length, rows.filter((r) => cls(r) === "today").length, rows.length, showInstant(now));
  const byBody = new Map();
  for (const r of rows) byBody.set(r.body, [...(byBody.get(r.body) ?? []), r]);
  $("#deadlines").replaceChildren(
    ...(rows.length
      ? [...byBody.entries()].map(([body, list]) =>
          h("section", { class: "by-body" }, h("h3", {}, bodyName(body)),
            h("ul", {}, list.map((r) =>
              h("li", { class: cls(r) },
                h("strong", {}, t(`dl_${cls(r)}`)), " ",
                showInstant(r.deadline.due), ` — ${r.c.id} ${r.item}: ${r.what} — ${t(`binds_${r.deadline.binds}`)} `,
                r.deadline.provision ? citeList([r.deadline.provision]) : r.deadline.instrument)))))
      : [h("p", { class: "none" }, t("noDeadlines"))]),
  );
}

export function renderDiagram(list) {
  const allowed = new Set(list.filter((x) => x.allowed).map((x) => x.command));
  const text = state.reg.workflowMermaid();
  const opts = {
    stateLabel: (s) => term("case_status", s),
    commandLabel: (c) => term("command", c),
    current: cur()?.status,
    allowed,
    title: t("workflow"),
    desc: t("workflowAlt"),
  };
  $("#diagram").replaceChildren(renderWorkflow(text, opts));
  $("#diagram").setAttribute("aria-label", t("diagramRegion"));
  $("#workflow-text").replaceChildren(...workflowText(text, opts).map((line) => h("li", {}, line)));
}

/** Who carries each duty of Điều 5–9 on the chosen day; the acting body's own duties marked. */
export function renderMatrix() {
  const d = day();
  $("#matrix").replaceChildren(
    ...state.reg.responsibilityMatrix().map((duty) => {
      const carriers = state.reg.bodiesForDuty(duty.id, d);
      const mine = carriers.some((a) => a.body === actor());
      const roles = [duty.role, ...(duty.also ?? []).map((x) => x.role)];
      return h("li", { class: mine ? "mine" : "", "data-duty": duty.id },
        h("strong", {}, duty.label[state.lang]), " ", citeList([duty.citation]),
        h("div", {}, `${roles.map((r) => term("role", r)).join(", ")} · ${term("activity", duty.activity)} · ${term("participation", duty.participation)}`),
        h("div", { class: "help" }, carriers.map((a) => bodyName(a.body) + (a.interpretation ? ` (${t("interpretation")})` : "")).join("; ")));
    }),
  );
}

export function renderReportControls() {
  const sel = $("#reporter");
  const keep = sel.value || "so-vhttdl";
  sel.replaceChildren(...state.reg.bodiesOn(day()).map((b) => h("option", { value: b.id }, b.name[state.lang])));
  sel.value = keep;
  const freq = $("#frequency");
  const keepF = freq.value || "six_monthly";
  freq.replaceChildren(...["six_monthly", "annual"].map((f) => h("option", { value: f }, term("frequency", f))));
  freq.value = keepF;
  if (!$("#year").value) $("#year").value = day().slice(0, 4);
  renderReportDue();
}

/** When the chosen body owes the chosen report and to whom (Điều 8, reportingCalendar). */
export function renderReportDue() {
  const box = $("#report-due");
  let due;
  try {
    due = reportingCalendar(state.reg, Number($("#year").value), day()).find((d) => d.body === $("#reporter").value && d.period.frequency === $("#frequency").value);
  } catch (e) {
    if (!(e instanceof QuycheError)) throw e;
  }
  if (!due) return box.replaceChildren();
  box.replaceChildren(
    h("span", {}, t("reportDue")(showDate(due.window.from), showDate(due.window.to), showDate(due.due), due.recipient_name[state.lang]), " ",
      citeList(due.citations, 1), due.interpretation ? ` (${t("interpretation")})` : ""));
}

export function makeReport() {
  const frequency = $("#frequency").value;
  const period = { frequency, year: Number($("#year").value), ...(frequency === "six_monthly" ? { index: 1 } : {}) };
  const cases = [...state.cases.values()].map((x) => x.case).filter(Boolean);
  try {
    const report = compileReport(state.reg, { cases, period, reporter: $("#reporter").value });
    state.report = { report, doc: reportDocument(state.reg, report, state.lang), error: null };
  } catch (e) {
    if (!(e instanceof QuycheError)) throw e;
    state.report = { error: e };
  }
  renderReport();
}

export function renderReport() {
  const box = $("#report-doc");
  const r = state.report;
  $("#report-actions").hidden = !r?.report;
  if (!r) return box.replaceChildren();
  if (r.error) return box.replaceChildren(h("p", { class: "refusal" }, plain(state.lang === "vi" ? r.error.messageVi : r.error.message)));
  box.replaceChildren(renderReportDocument(r.doc));
}
