//! Documents (issue 18), written by the document crate every front-end shares (`quyche_docs`):
//! the periodic report as DOCX in the Nghị định 30/2020 layout, a removal request as its facts
//! (JSON) and as a DOCX letter, schema.org ClaimReview of a published case, cases and a report's
//! figures as CSV, and the figures as rows. No rule lives here: the core decides (which ground is
//! in force, who may publish, what is personal data), the document crate lays it out.

use crate::case::Case;
use crate::convert::{self, Reg, ok};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyTuple};
use quyche::report::{DocumentOptions, PeriodicReport};
use quyche::text::Lang;
use quyche_docs::CsvOptions;

/// The language argument: `"vi"` (default) or `"en"`.
fn lang_arg(lang: Option<&Bound<'_, PyAny>>) -> PyResult<Lang> {
    match lang.filter(|l| !l.is_none()) {
        Some(l) => convert::name(l, "/lang"),
        None => Ok(Lang::Vi),
    }
}

/// A `Case` object or a case dict, as the core case.
fn one_case(obj: &Bound<'_, PyAny>, path: &str) -> PyResult<quyche::case::Case> {
    match obj.cast::<Case>() {
        Ok(c) => Ok(c.borrow().core().clone()),
        Err(_) => convert::decode(obj, path),
    }
}

/// A list of `Case` objects or case dicts.
fn cases(obj: &Bound<'_, PyAny>) -> PyResult<Vec<quyche::case::Case>> {
    if !(obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>()) {
        return Err(crate::errors::to_py(quyche::Error::invalid(
            "/cases",
            "expected a list of cases (Case objects or case dicts)",
            "cần danh sách vụ việc (đối tượng Case hoặc dict)",
        )));
    }
    let mut out = Vec::new();
    for (i, item) in obj.try_iter()?.enumerate() {
        out.push(one_case(&item?, &format!("/cases/{i}"))?);
    }
    Ok(out)
}

/// `bytes` written to `path` (any `os.PathLike` or `str`) and `None`, or returned when `path` is
/// `None`.
fn deliver<'py>(
    py: Python<'py>,
    bytes: Vec<u8>,
    path: Option<&Bound<'py, PyAny>>,
) -> PyResult<Option<Bound<'py, PyBytes>>> {
    match path.filter(|p| !p.is_none()) {
        None => Ok(Some(PyBytes::new(py, &bytes))),
        Some(p) => {
            let p = py.import("os")?.call_method1("fspath", (p,))?;
            let p = convert::string(&p, "/path")?;
            py.detach(|| std::fs::write(p, bytes))?;
            Ok(None)
        }
    }
}

/// The periodic report (a dict from `compile_report`) as DOCX in the Nghị định 30/2020 layout
/// (Phụ lục I): A4, Times New Roman, the header table with the managing body and the national
/// motto, the title, "Kính gửi", the sections, "Nơi nhận" and the signature by title — the same
/// document model as `report_document` and `render_markdown`. `date` (a day) fills the place and
/// date line ("Khánh Hòa, ngày 05 tháng 12 năm 2026"); without it the line is left for the day
/// of signing. Writes the file at `path` and returns `None`, or returns the bytes when `path` is
/// `None`.
///
/// >>> data = quyche.report_docx(reg, report)
/// >>> data[:2]
/// b'PK'
#[pyfunction]
#[pyo3(signature = (reg, report, path=None, *, lang=None, annex=false, date=None))]
pub fn report_docx<'py>(
    py: Python<'py>,
    reg: Reg<'py>,
    report: &Bound<'py, PyAny>,
    path: Option<&Bound<'py, PyAny>>,
    lang: Option<&Bound<'py, PyAny>>,
    annex: bool,
    date: Option<&Bound<'py, PyAny>>,
) -> PyResult<Option<Bound<'py, PyBytes>>> {
    let lang = lang_arg(lang)?;
    let report: PeriodicReport = convert::decode(report, "")?;
    let date = match date.filter(|d| !d.is_none()) {
        Some(d) => Some(convert::date(d, "/date")?),
        None => None,
    };
    let snap = reg.get().snapshot();
    let mut doc = quyche::report::document(&snap, &report, DocumentOptions { lang, annex });
    if let Some(d) = date {
        doc = quyche_docs::docx::dated(&doc, snap.province.get(lang), d);
    }
    let bytes = ok(quyche_docs::report_docx(&doc))?;
    deliver(py, bytes, path)
}

/// The figures of a report dict (from `compile_report`) as rows of a long table, one per figure:
/// `{"section", "item", "label": {"vi", "en"}, "body"?: {"body", "name"}, "value"}` — the case
/// figures, the work outside cases, then each body's row of the per-body table. Counts only (no
/// personal data); `pandas.DataFrame(rows)` makes a table of it.
///
/// >>> rows = quyche.report_figure_rows(reg, report)
/// >>> [r["value"] for r in rows if r["section"] == "cases" and r["item"] == "total"]
/// [0]
#[pyfunction]
pub fn report_figure_rows<'py>(
    py: Python<'py>,
    reg: Reg<'py>,
    report: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let report: PeriodicReport = convert::decode(report, "")?;
    let snap = reg.get().snapshot();
    convert::py(py, &quyche::report::figure_rows(&snap, &report))
}

/// The figures of a report dict as CSV text (RFC 4180, UTF-8): columns `section, item, label,
/// body, body_name, value`, the labels in `lang`; `bom=True` starts with a byte-order mark for
/// spreadsheet programs that need one.
///
/// >>> quyche.report_csv(reg, report).splitlines()[0]
/// 'section,item,label,body,body_name,value'
#[pyfunction]
#[pyo3(signature = (reg, report, *, lang=None, bom=false))]
pub fn report_csv(
    reg: Reg<'_>,
    report: &Bound<'_, PyAny>,
    lang: Option<&Bound<'_, PyAny>>,
    bom: bool,
) -> PyResult<String> {
    let lang = lang_arg(lang)?;
    let report: PeriodicReport = convert::decode(report, "")?;
    let snap = reg.get().snapshot();
    ok(quyche_docs::report_csv(
        &snap,
        &report,
        CsvOptions { lang, bom },
    ))
}

/// Cases (`Case` objects or case dicts) as CSV text, one row per case: ids, vocabulary values
/// with their labels in `lang`, dates and counts — no officer's name, author's handle or URL, and
/// for a confidential case not even its summary or platform.
///
/// >>> quyche.cases_csv(reg, [case]).split(",")[:3]
/// ['case_id', 'regulation', 'status']
#[pyfunction]
#[pyo3(signature = (reg, cases, *, lang=None, bom=false))]
pub fn cases_csv(
    reg: Reg<'_>,
    cases: &Bound<'_, PyAny>,
    lang: Option<&Bound<'_, PyAny>>,
    bom: bool,
) -> PyResult<String> {
    let lang = lang_arg(lang)?;
    let list = self::cases(cases)?;
    let snap = reg.get().snapshot();
    let rows: Vec<_> = list
        .iter()
        .map(|c| quyche::report::case_row(&snap, c))
        .collect();
    ok(quyche_docs::cases_csv(
        &snap,
        &rows,
        CsvOptions { lang, bom },
    ))
}

/// schema.org `ClaimReview` JSON-LD dicts of a case whose results were announced (Điều 6.5),
/// one per online announcement, in `lang`: the claim, the rating in Vietnamese and English, the
/// announcing body as author, the dates, the content's address — never the author's handle.
/// Refused with `quyche.RuleViolation` (code `CONFIDENTIAL_CASE`) for a case touching state
/// secrets, and with `InvalidInput` at `/publications` before any announcement.
///
/// >>> try:
/// ...     quyche.claim_reviews(reg, case)
/// ... except quyche.InvalidInput as e:
/// ...     print(e.path)
/// /publications
#[pyfunction]
#[pyo3(signature = (reg, case, *, lang=None))]
pub fn claim_reviews<'py>(
    py: Python<'py>,
    reg: Reg<'py>,
    case: &Bound<'py, PyAny>,
    lang: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let lang = lang_arg(lang)?;
    let case = one_case(case, "/case")?;
    let snap = reg.get().snapshot();
    let finding = ok(quyche::report::published_finding(&snap, &case))?;
    convert::py(py, &quyche_docs::claim_reviews(&finding, lang))
}

/// A removal request recorded in a case (`request_id`, e.g. `"R1"`) as the facts its document
/// states (a dict, the JSON form): requesting body and its authority, the platform, the content's
/// address and summary, the legal grounds in force on the content's date, the deadline with the
/// provision setting it, and the EU DSA statement-of-reasons members where they fit
/// (`decision_ground`, `facts`, `territorial_scope`, `content_date`). No author's handle.
///
/// >>> try:
/// ...     quyche.removal_request(reg, case, "R1")
/// ... except quyche.QuycheError as e:
/// ...     print(e.path)
/// /request
#[pyfunction]
pub fn removal_request<'py>(
    py: Python<'py>,
    reg: Reg<'py>,
    case: &Bound<'py, PyAny>,
    request_id: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let case = one_case(case, "/case")?;
    let id = convert::string(request_id, "/request_id")?;
    let snap = reg.get().snapshot();
    convert::py(py, &ok(quyche::report::removal_notice(&snap, &case, &id))?)
}

/// The removal request `request_id` of a case as a DOCX letter (công văn) in the Nghị định
/// 30/2020 layout, in `lang`; `annex=True` adds the certainty of its grounds. Writes `path` and
/// returns `None`, or returns the bytes when `path` is `None`.
///
/// >>> try:
/// ...     quyche.removal_request_docx(reg, case, "R1")
/// ... except quyche.QuycheError as e:
/// ...     print(e.path)
/// /request
#[pyfunction]
#[pyo3(signature = (reg, case, request_id, path=None, *, lang=None, annex=false))]
pub fn removal_request_docx<'py>(
    py: Python<'py>,
    reg: Reg<'py>,
    case: &Bound<'py, PyAny>,
    request_id: &Bound<'py, PyAny>,
    path: Option<&Bound<'py, PyAny>>,
    lang: Option<&Bound<'py, PyAny>>,
    annex: bool,
) -> PyResult<Option<Bound<'py, PyBytes>>> {
    let lang = lang_arg(lang)?;
    let case = one_case(case, "/case")?;
    let id = convert::string(request_id, "/request_id")?;
    let snap = reg.get().snapshot();
    let notice = ok(quyche::report::removal_notice(&snap, &case, &id))?;
    let bytes = ok(quyche_docs::removal_request_docx(
        &notice,
        DocumentOptions { lang, annex },
    ))?;
    deliver(py, bytes, path)
}
