// The page's state and the few accessors every part uses: the regulation, the language, the saved
// cases and the open one, the acting body and time typed at the top.
import { TEXT } from "./i18n.js";
import { dayOf, nowVn, parseVn } from "./vntime.js";

/** Everything the page holds. */
export const state = {
  lang: "vi",
  reg: null,
  /** Saved cases: id → {record, case (or null), error (a failed replay)}. */
  cases: new Map(),
  current: null,
  result: null,
  pending: null,
  form: null,
  vocab: new Map(),
  schema: null,
  fields: null,
  report: null,
};

export const $ = (sel) => document.querySelector(sel);
export const t = (key) => TEXT[state.lang][key];
export const other = () => (state.lang === "vi" ? "en" : "vi");
export const cur = () => (state.current ? state.cases.get(state.current)?.case ?? null : null);

// ----- The acting body and time -----

/** The acting time typed at the top, as an instant (now if the field is not a valid time). */
export function at() {
  return parseVn($("#at").value) ?? parseVn(nowVn());
}
export const day = () => dayOf(at());
export const actor = () => $("#actor").value;
