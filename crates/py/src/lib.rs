//! Python bindings of `quyche` (module `quyche._native`): conversion and naming only; every rule
//! lives in the core crate (`quyche`), reached through its public API and through
//! [`quyche_ffi`], the conversion layer every binding shares.
//!
//! The pure-Python part of the package (`python/quyche/`) re-exports these items and defines the
//! exception classes ([`errors::to_py`] raises them). Arguments are converted by [`convert`], so
//! a wrong type is a `quyche.InvalidInput`, never a panic.
#![forbid(unsafe_code)]
// `quyche::Error` is one rich structured value (see the core crate); refusals are not a hot path.
#![allow(clippy::result_large_err)]

mod analysts;
mod calendar;
mod case;
mod citation;
mod convert;
mod documents;
mod errors;
mod regulation;
mod report;

use pyo3::prelude::*;

/// The version of the core library, e.g. `"0.1.0"`.
///
/// >>> import quyche
/// >>> import re
/// >>> bool(re.fullmatch(r"\d+\.\d+\.\d+", quyche.version()))
/// True
#[pyfunction]
fn version() -> &'static str {
    quyche_ffi::version()
}

/// The JSON-string entry point every binding shares (`quyche_ffi::json_api::call`): `method` (e.g.
/// `"case.start"`) and its arguments as JSON text; returns `{"ok": ...}` or `{"error": ...}` as
/// JSON text. Never raises for bad input: the error is in the answer.
///
/// >>> import json, quyche
/// >>> json.loads(quyche.call_json("citation.parse", '{"text": "điểm d khoản 1 Điều 8 Luật An ninh mạng 2018"}'))["ok"]["key"]
/// '24/2018/QH14:8.1.d'
#[pyfunction]
fn call_json(py: Python<'_>, method: &Bound<'_, PyAny>, args: &Bound<'_, PyAny>) -> String {
    // A method or arguments that are not text are answered like any other refusal.
    let text = |obj: &Bound<'_, PyAny>, path: &str| convert::text_arg(obj, path);
    match (text(method, "/method"), text(args, "/args")) {
        (Ok(m), Ok(a)) => py.detach(|| quyche_ffi::json_api::call(&m, &a)),
        (Err(e), _) | (_, Err(e)) => quyche_ffi::json_api::error_answer(&e),
    }
}

/// The native module.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(version, m)?)?;
    m.add_function(wrap_pyfunction!(call_json, m)?)?;
    m.add_class::<regulation::Regulation>()?;
    m.add_class::<citation::Citation>()?;
    m.add_class::<case::Case>()?;
    m.add_function(wrap_pyfunction!(citation::find_citations, m)?)?;
    m.add_function(wrap_pyfunction!(citation::scan_citations, m)?)?;
    m.add_function(wrap_pyfunction!(calendar::is_working_day, m)?)?;
    m.add_function(wrap_pyfunction!(calendar::day_info, m)?)?;
    m.add_function(wrap_pyfunction!(calendar::add_working_days, m)?)?;
    m.add_function(wrap_pyfunction!(calendar::working_days_between, m)?)?;
    m.add_function(wrap_pyfunction!(calendar::count_working_days, m)?)?;
    m.add_function(wrap_pyfunction!(calendar::holidays_in, m)?)?;
    m.add_function(wrap_pyfunction!(calendar::add_hours, m)?)?;
    m.add_function(wrap_pyfunction!(calendar::parse_instant, m)?)?;
    m.add_function(wrap_pyfunction!(calendar::to_lunar, m)?)?;
    m.add_function(wrap_pyfunction!(calendar::from_lunar, m)?)?;
    m.add_function(wrap_pyfunction!(report::reporting_calendar, m)?)?;
    m.add_function(wrap_pyfunction!(report::report_window, m)?)?;
    m.add_function(wrap_pyfunction!(report::overdue, m)?)?;
    m.add_function(wrap_pyfunction!(report::compile_report, m)?)?;
    m.add_function(wrap_pyfunction!(report::report_document, m)?)?;
    m.add_function(wrap_pyfunction!(report::render_markdown, m)?)?;
    m.add_function(wrap_pyfunction!(report::replay_jsonl, m)?)?;
    m.add_function(wrap_pyfunction!(report::load_jsonl, m)?)?;
    for f in [
        wrap_pyfunction!(documents::report_docx, m)?,
        wrap_pyfunction!(documents::report_figure_rows, m)?,
        wrap_pyfunction!(documents::report_csv, m)?,
        wrap_pyfunction!(documents::cases_csv, m)?,
        wrap_pyfunction!(documents::claim_reviews, m)?,
        wrap_pyfunction!(documents::removal_request, m)?,
        wrap_pyfunction!(documents::removal_request_docx, m)?,
    ] {
        m.add_function(f)?;
    }
    // For analysts (bundles, the table of cases).
    m.add_function(wrap_pyfunction!(analysts::load_cases, m)?)?;
    m.add_function(wrap_pyfunction!(analysts::case_table, m)?)?;
    m.add_function(wrap_pyfunction!(analysts::_regulation_from_pickle, m)?)?;
    Ok(())
}
