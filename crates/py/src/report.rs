//! Reporting (Điều 8, 9.3): the reporting calendar, late reports, periodic reports compiled from
//! case logs and rendered as Markdown; and the bulk replay of JSON Lines event logs.

use crate::case::Case;
use crate::convert::Reg;
use crate::convert::{self, ok};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString, PyTuple};
use quyche::report::{DocumentOptions, Period, PeriodicReport, Submission};
use quyche::text::Lang;
use serde_json::{Value, json};

/// Every periodic report every body owes for `year`, with its data window, due date (working
/// days), recipient, citations and status; `past` says whether the due date is before `as_of`.
///
/// >>> import quyche
/// >>> reg = quyche.Regulation.khanh_hoa()
/// >>> cal = quyche.reporting_calendar(reg, 2026, "2026-01-01")
/// >>> [d["due"] for d in cal if d["obligation"] == "8.2-six-monthly"]
/// ['2026-06-19']
#[pyfunction]
pub fn reporting_calendar<'py>(
    py: Python<'py>,
    reg: Reg<'py>,
    year: &Bound<'py, PyAny>,
    as_of: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let year: i32 = convert::int(year, "/year")?;
    let as_of = convert::date(as_of, "/as_of")?;
    let snap = reg.get().snapshot();
    convert::py(
        py,
        &ok(quyche::report::reporting_calendar(&snap, year, as_of))?,
    )
}

/// The data window of a periodic report: `{"from", "to"}` (both days included). `frequency` is
/// one the regulation's reporting rules give a window (`"six_monthly"`, `"annual"`, …);
/// `index` is the month or quarter for monthly and quarterly reports (default 1). A frequency
/// without a window (`"ad_hoc"`) raises `InvalidInput` at `/frequency`.
///
/// >>> quyche.report_window(reg, "six_monthly", 2026)
/// {'from': '2025-12-15', 'to': '2026-06-14'}
#[pyfunction]
#[pyo3(signature = (reg, frequency, year, index=None))]
pub fn report_window<'py>(
    py: Python<'py>,
    reg: Reg<'py>,
    frequency: &Bound<'py, PyAny>,
    year: &Bound<'py, PyAny>,
    index: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let period = Period {
        frequency: convert::name(frequency, "/frequency")?,
        year: convert::int(year, "/year")?,
        index: match index.filter(|i| !i.is_none()) {
            Some(i) => convert::int(i, "/index")?,
            None => 1,
        },
    };
    let snap = reg.get().snapshot();
    convert::py(py, &ok(period.window(&snap))?)
}

/// The reports that are late as of `as_of`: not sent by their due date, or sent after it.
/// `submitted` lists `{"body", "period": {"frequency", "year"}, "submitted_at"}` dicts
/// (`submitted_at` an aware datetime or RFC 3339 string).
///
/// >>> late = quyche.overdue(reg, "2026-06-22", [{"body": "cong-an-tinh",
/// ...     "period": {"frequency": "six_monthly", "year": 2026}, "submitted_at": "2026-06-17T09:00:00+07:00"}])
/// >>> [l["working_days_late"] for l in late if l["due"]["body"] == "cong-an-tinh" and l["due"]["period"]["year"] == 2026]
/// [1]
#[pyfunction]
pub fn overdue<'py>(
    py: Python<'py>,
    reg: Reg<'py>,
    as_of: &Bound<'py, PyAny>,
    submitted: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let as_of = convert::date(as_of, "/as_of")?;
    let submitted: Vec<Submission> = convert::decode(submitted, "")?;
    let snap = reg.get().snapshot();
    convert::py(py, &ok(quyche::report::overdue(&snap, as_of, &submitted))?)
}

/// The `(from, to)` tuple form of a window or `(frequency, year)` form of a period, as a dict.
fn pair(obj: &Bound<'_, PyAny>, keys: [&str; 2]) -> PyResult<Option<Value>> {
    let Ok(t) = obj.cast::<PyTuple>() else {
        return Ok(None);
    };
    let v = convert::value(t.as_any(), "")?;
    match v {
        Value::Array(items) if items.len() == 2 => {
            let mut it = items.into_iter();
            Ok(Some(json!({ keys[0]: it.next(), keys[1]: it.next() })))
        }
        other => Ok(Some(other)),
    }
}

/// Compiles the periodic report of `reporter` from `cases` (`Case` objects or case dicts) for a
/// data `window` (`(from, to)` or `{"from", "to"}`) or a `period` (`("six_monthly", 2026)` or
/// `{"frequency", "year", "index"}`), with optional `work` records outside cases and free-text
/// `difficulties` and `proposals`. Returns the report as a dict (its figures never contain
/// officers' names or work titles, and case ids only with `include_case_ids=True`). Errors point into `{"cases", "window", "period",
/// "reporter", "work"}`. Every case is checked against the regulation it holds, which must be
/// `reg` (the same object, or one equal to it, e.g. unpickled): a `Case` loaded under another
/// regulation, another data version or other registered bodies raises `quyche.InvalidInput`
/// (`LOG_VERSION`) at `/cases/<i>` naming the case, rather than being counted under rules it was
/// not checked against.
///
/// >>> report = quyche.compile_report(reg, [], reporter="so-vhttdl", period=("six_monthly", 2026))
/// >>> report["window"], report["level"]
/// ({'from': '2025-12-15', 'to': '2026-06-14'}, 'consolidated')
#[pyfunction]
#[pyo3(signature = (reg, cases, *, reporter, window=None, period=None, work=None, difficulties=None, proposals=None, include_case_ids=false))]
#[allow(clippy::too_many_arguments)]
pub fn compile_report<'py>(
    py: Python<'py>,
    reg: Reg<'py>,
    cases: &Bound<'py, PyAny>,
    reporter: &Bound<'py, PyAny>,
    window: Option<&Bound<'py, PyAny>>,
    period: Option<&Bound<'py, PyAny>>,
    work: Option<&Bound<'py, PyAny>>,
    difficulties: Option<&Bound<'py, PyAny>>,
    proposals: Option<&Bound<'py, PyAny>>,
    include_case_ids: bool,
) -> PyResult<Bound<'py, PyAny>> {
    // Everything but the cases travels as one request value, so error pointers are the core's.
    let mut req = serde_json::Map::new();
    req.insert("reporter".into(), convert::value(reporter, "/reporter")?);
    let members = [
        ("window", window, Some(["from", "to"])),
        ("period", period, Some(["frequency", "year"])),
        ("work", work, None),
        ("difficulties", difficulties, None),
        ("proposals", proposals, None),
    ];
    for (key, obj, keys) in members {
        let Some(obj) = obj.filter(|o| !o.is_none()) else {
            continue;
        };
        let path = format!("/{key}");
        let v = match keys {
            Some(k) => match pair(obj, k)? {
                Some(v) => v,
                None => convert::value(obj, &path)?,
            },
            None => convert::value(obj, &path)?,
        };
        req.insert(key.into(), v);
    }
    let mut request: quyche_ffi::ReportRequest = ok(quyche::json::from_value(Value::Object(req)))?;
    let snap = reg.get().snapshot();
    request.cases = case_list(cases, &snap)?;
    request.include_case_ids = include_case_ids;
    let report = ok(py.detach(|| quyche_ffi::compile_report_request(&snap, &request)))?;
    convert::py(py, &report)
}

/// `Case` objects or case dicts, as core cases (dicts are decoded; the report re-checks every
/// case by replaying it). A `Case` object must hold the report's regulation (`reg`).
fn case_list(
    cases: &Bound<'_, PyAny>,
    reg: &std::sync::Arc<quyche::Regulation>,
) -> PyResult<Vec<quyche::case::Case>> {
    let mut held = crate::analysts::HeldCheck::new(reg.clone());
    if !(cases.is_instance_of::<PyList>() || cases.is_instance_of::<PyTuple>()) {
        let v = convert::value(cases, "/cases")?;
        return convert::decode_value(v, "/cases");
    }
    let mut out = Vec::new();
    for (i, item) in cases.try_iter()?.enumerate() {
        let item = item?;
        match item.cast::<Case>() {
            Ok(c) => {
                held.check(i, &c.borrow())?;
                out.push(c.borrow().core().clone())
            }
            Err(_) => out.push(convert::decode(&item, &format!("/cases/{i}"))?),
        }
    }
    Ok(out)
}

/// The language argument: `"vi"` (default) or `"en"`.
fn lang_arg(lang: Option<&Bound<'_, PyAny>>) -> PyResult<Lang> {
    match lang.filter(|l| !l.is_none()) {
        Some(l) => convert::name(l, "/lang"),
        None => Ok(Lang::Vi),
    }
}

/// A report dict (from `compile_report`) as a document in the Nghị định 30/2020 layout (Phụ lục
/// I): header, number and place-date line, title, "Kính gửi", sections, "Nơi nhận", signature;
/// with `annex=True` an annex of provenance (statuses, interpretations) follows. Returns the
/// document model as a dict (`{"issuer", "number", "place_date", "kind", "summary",
/// "addressees", "opening", "sections", "receivers", "signature", "annex", …}`), for other
/// renderers.
///
/// >>> doc = quyche.report_document(reg, report)
/// >>> doc["kind"]
/// 'BÁO CÁO'
#[pyfunction]
#[pyo3(signature = (reg, report, lang=None, annex=false))]
pub fn report_document<'py>(
    py: Python<'py>,
    reg: Reg<'py>,
    report: &Bound<'py, PyAny>,
    lang: Option<&Bound<'py, PyAny>>,
    annex: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let lang = lang_arg(lang)?;
    let report: PeriodicReport = convert::decode(report, "")?;
    let snap = reg.get().snapshot();
    let doc = quyche::report::document(&snap, &report, DocumentOptions { lang, annex });
    convert::py(py, &doc)
}

/// Renders a report dict (from `compile_report`) as Markdown in the Nghị định 30/2020 layout,
/// in Vietnamese (`lang="vi"`) or English (`lang="en"`); the annex of provenance only with
/// `annex=True`.
///
/// >>> md = quyche.render_markdown(reg, report)
/// >>> "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in md
/// True
#[pyfunction]
#[pyo3(signature = (reg, report, lang=None, annex=false))]
pub fn render_markdown(
    reg: Reg<'_>,
    report: &Bound<'_, PyAny>,
    lang: Option<&Bound<'_, PyAny>>,
    annex: bool,
) -> PyResult<String> {
    let lang = lang_arg(lang)?;
    let report: PeriodicReport = convert::decode(report, "")?;
    let snap = reg.get().snapshot();
    let doc = quyche::report::document(&snap, &report, DocumentOptions { lang, annex });
    Ok(quyche::report::document_markdown(&doc))
}

/// JSONL source: a `str` is the text itself; an `os.PathLike` (e.g. `pathlib.Path`) is a file,
/// read line by line by the core (no limit on the file, each line at most 64 MiB).
enum Jsonl {
    Text(String),
    File(std::path::PathBuf),
}

fn jsonl_source(py: Python<'_>, source: &Bound<'_, PyAny>) -> PyResult<Jsonl> {
    if source.is_instance_of::<PyString>() {
        return convert::string(source, "").map(Jsonl::Text);
    }
    let path = py
        .import("os")?
        .call_method1("fspath", (source,))
        .map_err(|_| {
            crate::errors::to_py(quyche::Error::invalid(
                "",
                "expected JSON Lines text (str) or a path (os.PathLike)",
                "cần văn bản JSON Lines (str) hoặc đường dẫn tệp (os.PathLike)",
            ))
        })?;
    Ok(Jsonl::File(convert::string(&path, "")?.into()))
}

/// Runs `text_fn` on the text or `reader_fn` on the opened file, without holding the GIL. A file
/// that cannot be opened raises `OSError`.
fn with_jsonl<T: Send>(
    py: Python<'_>,
    source: Jsonl,
    text_fn: impl FnOnce(&str) -> quyche::Result<T> + Send,
    reader_fn: impl FnOnce(std::io::BufReader<std::fs::File>) -> quyche::Result<T> + Send,
) -> PyResult<T> {
    let out = py.detach(|| match source {
        Jsonl::Text(t) => Ok(text_fn(&t)),
        Jsonl::File(p) => std::fs::File::open(p).map(|f| reader_fn(std::io::BufReader::new(f))),
    })?;
    ok(out)
}

/// Validates a JSON Lines event log (one event per line; cases interleaved or grouped) by
/// replaying every case in Rust without holding the GIL. `source` is the text, or a path to a
/// file of any size (read line by line). Returns `{"lines", "events", "cases": [{"case_id",
/// "status", "events", "first_line", "last_line", "head_hash"}]}`. A broken log raises
/// `quyche.LogTampered` (or the refused step's error) whose `.path` starts with the 1-based line
/// number, e.g. `/7/hash`; failures of other cases are in `.related`.
///
/// >>> import json
/// >>> text = "\n".join(json.dumps(e, ensure_ascii=False) for e in case.events)
/// >>> quyche.replay_jsonl(reg, text)["events"]
/// 2
#[pyfunction]
pub fn replay_jsonl<'py>(
    py: Python<'py>,
    reg: Reg<'py>,
    source: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let source = jsonl_source(py, source)?;
    let snap = reg.get().snapshot();
    let summary = with_jsonl(
        py,
        source,
        |t| quyche_ffi::replay_jsonl(&snap, t),
        |r| quyche_ffi::replay_jsonl_reader(&snap, r),
    )?;
    convert::py(py, &summary)
}

/// Like `replay_jsonl`, returning the rebuilt `Case` objects (in order of first appearance).
///
/// >>> cases = quyche.load_jsonl(reg, text)
/// >>> [c.head_hash for c in cases] == [case.head_hash]
/// True
#[pyfunction]
pub fn load_jsonl<'py>(
    py: Python<'py>,
    reg: Reg<'py>,
    source: &Bound<'py, PyAny>,
) -> PyResult<Vec<Case>> {
    let source = jsonl_source(py, source)?;
    let snap = reg.get().snapshot();
    let cases = with_jsonl(
        py,
        source,
        |t| quyche_ffi::cases_from_jsonl(&snap, t),
        |r| quyche_ffi::cases_from_jsonl_reader(&snap, r),
    )?;
    Ok(cases
        .into_iter()
        .map(|c| Case::from_core(&reg, c))
        .collect())
}
