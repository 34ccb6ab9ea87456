//! Reporting (Điều 8 and 9.3): the reporting calendar, late reports, compiling a periodic report
//! from case logs and rendering it as Markdown, a report's figures as rows, and a removal request
//! as the facts its document states.

use crate::case::Case;
use crate::convert::{JsResult, date, from_js, from_ts, json_text, string, ts, ts_vec, year};
use crate::error::to_js;
use crate::regulation::shared;
use quyche::report::{
    DocumentOptions, FigureRow, Overdue, Period, PeriodicReport, RemovalNotice, ReportDocument,
    ReportingDue, Submission, Window,
};
use std::rc::Rc;
use tsify::Ts;
use wasm_bindgen::prelude::*;

/// Every periodic report (six-monthly and annual) owed for `year`: one entry per obligation and
/// reporting body, with the data window, the due date in working days after it (holidays
/// skipped), the recipient, the articles, the status and whether it is before `asOf`.
#[wasm_bindgen(js_name = reportingCalendar)]
pub fn reporting_calendar(
    #[wasm_bindgen(unchecked_param_type = "Regulation")] regulation: JsValue,
    #[wasm_bindgen(js_name = year, unchecked_param_type = "number")] y: JsValue,
    #[wasm_bindgen(js_name = asOf, unchecked_param_type = "NaiveDate")] as_of: JsValue,
) -> JsResult<Vec<Ts<ReportingDue>>> {
    let reg = shared(&regulation, "regulation")?;
    let (y, as_of) = (year(&y, "year")?, date(&as_of, "asOf")?);
    ts_vec(&quyche::report::reporting_calendar(&reg, y, as_of).map_err(to_js)?)
}

/// The periodic reports late as of `asOf`, given the submissions made (pointers into
/// `submitted` on bad entries).
#[wasm_bindgen]
pub fn overdue(
    #[wasm_bindgen(unchecked_param_type = "Regulation")] regulation: JsValue,
    #[wasm_bindgen(js_name = asOf, unchecked_param_type = "NaiveDate")] as_of: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Submission[]")] submitted: JsValue,
) -> JsResult<Vec<Ts<Overdue>>> {
    let reg = shared(&regulation, "regulation")?;
    let as_of = date(&as_of, "asOf")?;
    let submitted: Vec<Submission> = from_js(&submitted, "submitted", "an array of submissions")?;
    ts_vec(&quyche::report::overdue(&reg, as_of, &submitted).map_err(to_js)?)
}

/// The data window of a periodic report under the regulation's rules (an ad hoc report has
/// none: `INVALID_INPUT` at `/frequency`).
#[wasm_bindgen(js_name = reportingWindow)]
pub fn reporting_window(
    #[wasm_bindgen(unchecked_param_type = "Regulation")] regulation: JsValue,
    period: Ts<Period>,
) -> JsResult<Ts<Window>> {
    let reg = shared(&regulation, "regulation")?;
    let p: Period = from_ts(&period, "period", "a period")?;
    ts(&p.window(&reg).map_err(to_js)?)
}

/// Compiles a periodic report (Điều 8): the cases (`Case` objects or their JSON records, each
/// checked by replaying its log), the window or the period, the reporter, work outside cases
/// and the free-text sections. Errors point into the request (`/cases/2/events/0/hash`,
/// `/reporter`, …).
#[wasm_bindgen(js_name = compileReport)]
pub fn compile_report(
    #[wasm_bindgen(unchecked_param_type = "Regulation")] regulation: JsValue,
    request: Ts<quyche_ffi::ReportRequest>,
) -> JsResult<Ts<PeriodicReport>> {
    let reg = shared(&regulation, "regulation")?;
    let text = json_text(&request.js_value(), "request", "a report request")?;
    ts(&quyche_ffi::compile_report_json(&reg, &text).map_err(to_js)?)
}

/// The report as a document in the Nghị định 30/2020 layout (Phụ lục I), in Vietnamese
/// (`"vi"`, the official form) or English (`"en"`); the annex of provenance (statuses,
/// interpretations) only when `annex` is true. The document model, for other renderers.
#[wasm_bindgen(js_name = reportDocument)]
pub fn report_document(
    #[wasm_bindgen(unchecked_param_type = "Regulation")] regulation: JsValue,
    report: Ts<PeriodicReport>,
    lang: Ts<quyche::text::Lang>,
    annex: Option<bool>,
) -> JsResult<Ts<ReportDocument>> {
    let reg = shared(&regulation, "regulation")?;
    let r: PeriodicReport = from_ts(&report, "report", "a periodic report")?;
    let lang = from_ts(&lang, "lang", "\"vi\" or \"en\"")?;
    let annex = annex.unwrap_or(false);
    ts(&quyche::report::document(
        &reg,
        &r,
        DocumentOptions { lang, annex },
    ))
}

/// The report as Markdown in the Nghị định 30/2020 layout ([`report_document`] rendered).
#[wasm_bindgen(js_name = renderMarkdown)]
pub fn render_markdown(
    #[wasm_bindgen(unchecked_param_type = "Regulation")] regulation: JsValue,
    report: Ts<PeriodicReport>,
    lang: Ts<quyche::text::Lang>,
    annex: Option<bool>,
) -> JsResult<String> {
    let reg = shared(&regulation, "regulation")?;
    let r: PeriodicReport = from_ts(&report, "report", "a periodic report")?;
    let lang = from_ts(&lang, "lang", "\"vi\" or \"en\"")?;
    let annex = annex.unwrap_or(false);
    let doc = quyche::report::document(&reg, &r, DocumentOptions { lang, annex });
    Ok(quyche::report::document_markdown(&doc))
}

/// The figures of a report (from `compileReport`) as rows of a long table, one per figure:
/// `{section, item, label: {vi, en}, body?: {body, name}, value}` — the case figures, the work
/// outside cases, then each body's row of the per-body table. Counts only (no personal data).
#[wasm_bindgen(js_name = reportFigureRows)]
pub fn report_figure_rows(
    #[wasm_bindgen(unchecked_param_type = "Regulation")] regulation: JsValue,
    report: Ts<PeriodicReport>,
) -> JsResult<Vec<Ts<FigureRow>>> {
    let reg = shared(&regulation, "regulation")?;
    let r: PeriodicReport = from_ts(&report, "report", "a periodic report")?;
    ts_vec(&quyche::report::figure_rows(&reg, &r))
}

/// A removal request recorded in a case (`requestId`, e.g. `"R1"`) as the facts its document
/// states: requesting body and its authority, the platform, the content's address and summary,
/// the legal grounds in force on the content's date, the deadline with the provision setting it,
/// and the EU DSA statement-of-reasons members where they fit (`decision_ground`, `facts`,
/// `territorial_scope`, `content_date`). No author's handle. `caseValue` is a `Case` or its JSON
/// record (checked by replaying its log); an unknown request is refused at `/request`.
#[wasm_bindgen(js_name = removalRequest)]
pub fn removal_request(
    #[wasm_bindgen(unchecked_param_type = "Regulation")] regulation: JsValue,
    #[wasm_bindgen(js_name = caseValue, unchecked_param_type = "Case | CaseData")]
    case_value: JsValue,
    #[wasm_bindgen(js_name = requestId, unchecked_param_type = "string")] request_id: JsValue,
) -> JsResult<Ts<RemovalNotice>> {
    let reg = shared(&regulation, "regulation")?;
    let text = json_text(&case_value, "case", "a case")?;
    quyche::json::check_size(&text).map_err(to_js)?;
    let case = quyche::case::Case::from_json(&reg, &quyche::text::nfc(&text))
        .map_err(|e| to_js(e.under("/case")))?;
    let id = string(&request_id, "requestId")?;
    ts(&quyche::report::removal_notice(&reg, &case, &id).map_err(to_js)?)
}

/// Validates a JSON Lines event log (one event per line; cases interleaved or grouped) by
/// replaying every case: `{lines, events, cases: [{case_id, status, events, first_line,
/// last_line, head_hash}]}`. A broken log throws `LOG_TAMPERED` (or the refused step's error)
/// whose `path` starts with the 1-based line number (`/7/hash`); failures of other cases are in
/// `related`. `text` is the log itself (at most 64 MiB; there are no files in a browser).
#[wasm_bindgen(js_name = replayJsonl)]
pub fn replay_jsonl(
    #[wasm_bindgen(unchecked_param_type = "Regulation")] regulation: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> JsResult<Ts<quyche_ffi::JsonlSummary>> {
    let reg = shared(&regulation, "regulation")?;
    let text = string(&text, "text")?;
    ts(&quyche_ffi::replay_jsonl(&reg, &text).map_err(to_js)?)
}

/// Like `replayJsonl`, returning the rebuilt cases (in order of first appearance).
#[wasm_bindgen(js_name = loadJsonl)]
pub fn load_jsonl(
    #[wasm_bindgen(unchecked_param_type = "Regulation")] regulation: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> JsResult<Vec<Case>> {
    let reg = shared(&regulation, "regulation")?;
    let text = string(&text, "text")?;
    let cases = quyche_ffi::cases_from_jsonl(&reg, &text).map_err(to_js)?;
    Ok(cases
        .into_iter()
        .map(|c| Case::replayed(c, Rc::clone(&reg)))
        .collect())
}
