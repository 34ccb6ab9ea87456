// Browser entry of the quyche package (wasm-bindgen's `--target web` build). Call the default
// export (`await init()`) or `initSync({ module })` once before anything else.
//
// The public API is listed name by name: the generated glue also exports wasm-bindgen plumbing
// (`RegulationHandle`, `__setErrorClass`, its own loader) that stays internal. A new export of
// crates/wasm/src must be added here (tests/exports.test.mjs compares this list with the
// TypeScript declarations).
import wasmInit, { initSync as wasmInitSync, __setErrorClass } from "./web/quyche.js";
import { QuycheError } from "./error.js";

export {
  Case,
  Regulation,
  WorkCalendar,
  addHours,
  addWorkingDays,
  basis,
  callJson,
  caseTable,
  compileReport,
  countWorkingDays,
  dayInfo,
  findCitations,
  formatCitation,
  holidaysIn,
  isWorkingDay,
  loadCases,
  loadJsonl,
  lunarNewYear,
  lunarToSolar,
  overdue,
  parseCitation,
  parseInstant,
  removalRequest,
  renderMarkdown,
  replayJsonl,
  reportDocument,
  reportFigureRows,
  reportingCalendar,
  reportingWindow,
  scanCitations,
  solarToLunar,
  version,
  workingDaysBetween,
} from "./web/quyche.js";
export { QuycheError };

/** Loads and instantiates the WebAssembly module, by default `web/quyche_bg.wasm` next to this
 * file (`new URL(…, import.meta.url)`), or what `{ module_or_path }` names: a URL, a `Response`,
 * bytes or a compiled `WebAssembly.Module`. Resolves (to nothing) once the package is ready. */
export default async function init(options) {
  await wasmInit(options);
  __setErrorClass(QuycheError);
}

/** Instantiates the module synchronously from its bytes or a compiled module:
 * `initSync({ module })`. */
export function initSync(options) {
  wasmInitSync(options);
  __setErrorClass(QuycheError);
}
