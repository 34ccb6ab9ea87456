//! For analysts: a bundle of case logs loaded in one call, the flat table of cases for pandas,
//! and pickling of `Case` and `Regulation` (for `multiprocessing` and Dask). The loading,
//! checking and the table's columns are the core's (`quyche::case::load_bundle`,
//! `quyche::report::case_cells`); this file converts.

use crate::case::Case;
use crate::convert::{self, ok};
use crate::errors::to_py;
use crate::regulation::Regulation;
use chrono::NaiveDate;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use quyche::report::{CASE_COLUMNS, CellKind};
use serde_json::Value;
use std::sync::{Arc, Mutex, Weak};

/// Where cases come from.
enum Source {
    /// A bundle as a JSON value (a dict).
    Value(Value),
    /// A bundle as JSON text.
    Text(String),
    /// A file: a bundle (`.json`) or a JSON Lines log (`.jsonl`).
    File(std::path::PathBuf),
    /// JSON Lines logs, one per file or text (several cases in each, or one).
    Parts(Vec<Part>),
}

/// One JSON Lines log of a list.
enum Part {
    Text(String),
    File(std::path::PathBuf),
}

/// The path of an `os.PathLike`, or `None` for another object.
fn fspath(
    py: Python<'_>,
    obj: &Bound<'_, PyAny>,
    path: &str,
) -> PyResult<Option<std::path::PathBuf>> {
    if obj.is_instance_of::<PyString>() || !obj.hasattr("__fspath__")? {
        return Ok(None);
    }
    let p = py.import("os")?.call_method1("fspath", (obj,))?;
    Ok(Some(convert::string(&p, path)?.into()))
}

fn source(py: Python<'_>, obj: &Bound<'_, PyAny>) -> PyResult<Source> {
    if obj.is_instance_of::<PyString>() {
        return convert::string(obj, "").map(Source::Text);
    }
    if let Some(p) = fspath(py, obj, "")? {
        return Ok(Source::File(p));
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        let mut parts = Vec::new();
        for (i, item) in obj.try_iter()?.enumerate() {
            let item = item?;
            let at = format!("/{i}");
            parts.push(match fspath(py, &item, &at)? {
                Some(p) => Part::File(p),
                None => Part::Text(convert::string(&item, &at)?),
            });
        }
        return Ok(Source::Parts(parts));
    }
    if obj.is_instance_of::<PyDict>() {
        return convert::value(obj, "").map(Source::Value);
    }
    Err(to_py(quyche::Error::invalid(
        "",
        "expected a bundle (dict or JSON text), a path (os.PathLike) to a .json bundle or a .jsonl log, or a list of JSON Lines logs (paths or texts)",
        "Cần một gói vụ việc (dict hoặc văn bản JSON), một đường dẫn (os.PathLike) tới tệp gói .json hoặc nhật ký .jsonl, hoặc danh sách nhật ký JSON Lines (đường dẫn hoặc văn bản).",
    )))
}

/// A file that cannot be opened or read: `OSError`.
fn open(p: &std::path::Path) -> std::io::Result<std::io::BufReader<std::fs::File>> {
    std::fs::File::open(p).map(std::io::BufReader::new)
}

/// The JSON Lines logs of `parts`, every case under `reg` (`quyche::case::CaseParts`: a failure
/// in part `k` points at `/<k>/<line>/…`, a case in two parts is refused). A file that cannot be
/// opened raises `OSError`.
fn jsonl_parts(
    reg: &quyche::Regulation,
    parts: Vec<Part>,
) -> PyResult<quyche::Result<Vec<quyche::case::Case>>> {
    let mut all = quyche::case::CaseParts::default();
    for part in parts {
        all.add(match part {
            Part::Text(t) => quyche_ffi::cases_from_jsonl(reg, &t),
            Part::File(p) => quyche_ffi::cases_from_jsonl_reader(reg, open(&p)?),
        });
    }
    Ok(all.finish())
}

/// Loads every case of `source` in one call, each checked by replaying its log (hash chain and
/// every step of the regulation), without holding the GIL. Returns `(regulation, cases)`: the
/// regulation with the bodies the bundle registers (a new object when it registers some, else
/// `reg` itself) and the `Case` objects, which hold it.
///
/// `source` is one of:
///
/// - a bundle: a dict, JSON text, or a path (``os.PathLike``) to a ``.json`` file, shaped
///   ``{"regulation": id, "register": [{"body", "roles"}], "cases": [events, ...]}`` — each case
///   an event log (a list of events) or a stored case (``Case.to_dict()``);
/// - a path to a JSON Lines log (``.jsonl`` or ``.ndjson``: one event per line, cases
///   interleaved or grouped);
/// - a list of JSON Lines logs (paths or texts), e.g. one file per case or per partition.
///
/// A bundle is read whole (at most 64 MiB, ``INPUT_TOO_LARGE`` beyond); a ``.jsonl`` file is read
/// line by line, so a log of any size loads (each line at most 64 MiB).
///
/// ``reg`` is the regulation the logs were recorded under (default: the built-in Khánh Hòa
/// regulation). Errors carry JSON pointers into the bundle (``/register/<i>/…``,
/// ``/cases/<i>/<event>/…``), or the 1-based line in a JSON Lines log (``/<line>/…``, and
/// ``/<part>/<line>/…`` in a list); when several cases fail, the others are in ``.related``.
///
/// >>> kh = quyche.Regulation.khanh_hoa()
/// >>> first, _ = quyche.Case.start(kh, {"type": "detect", "source": "press_review",
/// ...     "content": {"platform": "Facebook", "platform_kind": "social_network", "kind": "post",
/// ...                 "summary": "Tin đồn"}}, "so-vhttdl", "2026-03-02T08:00:00+07:00")
/// >>> kh_again, loaded = quyche.load_cases({"regulation": "khanh-hoa-2086", "cases": [first.events]}, kh)
/// >>> kh_again is kh, loaded == [first]
/// (True, True)
/// >>> try:
/// ...     quyche.load_cases({"cases": [[dict(first.events[0], seq=2)]]})
/// ... except quyche.LogTampered as e:
/// ...     print(e.code, e.path)
/// LOG_TAMPERED /cases/0/0/seq
#[pyfunction]
#[pyo3(signature = (source, reg=None))]
pub fn load_cases<'py>(
    py: Python<'py>,
    source: &Bound<'py, PyAny>,
    reg: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyTuple>> {
    let reg: Bound<'py, Regulation> = match reg.filter(|r| !r.is_none()) {
        Some(r) => r.extract::<crate::convert::Reg<'py>>()?.0,
        None => Bound::new(py, Regulation::new(quyche::Regulation::khanh_hoa()))?,
    };
    let src = self::source(py, source)?;
    let base = reg.get().snapshot();
    let jsonl = |p: &std::path::Path| p.extension().is_some_and(|x| x == "jsonl" || x == "ndjson");
    let loaded = py.detach(
        || -> PyResult<quyche::Result<(Option<quyche::Regulation>, Vec<_>)>> {
            let bundle = |r: quyche::Result<quyche::case::CaseBundle>| {
                r.map(|b| {
                    let changed = b.regulation != *base;
                    (changed.then_some(b.regulation), b.cases)
                })
            };
            Ok(match src {
                Source::Value(v) => bundle(quyche::case::load_bundle(&base, v)),
                Source::Text(t) => bundle(quyche::case::load_bundle_json(&base, &t)),
                Source::File(p) if jsonl(&p) => {
                    quyche_ffi::cases_from_jsonl_reader(&base, open(&p)?).map(|c| (None, c))
                }
                Source::File(p) => {
                    let text = std::fs::read_to_string(&p)?;
                    bundle(quyche::case::load_bundle_json(
                        &base,
                        &quyche::text::nfc(&text),
                    ))
                }
                Source::Parts(parts) => jsonl_parts(&base, parts)?.map(|c| (None, c)),
            })
        },
    )?;
    let (registered, cases) = ok(loaded)?;
    let reg = match registered {
        Some(r) => Bound::new(py, Regulation::new(r))?,
        None => reg,
    };
    let list = PyList::empty(py);
    for c in cases {
        list.append(Bound::new(py, Case::from_core(&reg, c))?)?;
    }
    PyTuple::new(py, [reg.into_any(), list.into_any()])
}

/// One cell as a Python value: instants as aware `datetime`s (UTC+07:00), days as `date`s.
fn cell<'py>(py: Python<'py>, kind: CellKind, v: &Value) -> PyResult<Bound<'py, PyAny>> {
    let text = v.as_str();
    match (kind, text) {
        (CellKind::Instant, Some(t)) => {
            let t = ok(quyche::time::parse_instant(t))?;
            Ok(t.into_pyobject(py)?.into_any())
        }
        (CellKind::Date, Some(d)) => {
            let d: NaiveDate = ok(quyche_ffi::parse_date(d))?;
            Ok(d.into_pyobject(py)?.into_any())
        }
        _ => convert::py(py, v),
    }
}

/// The flat table of `cases`: one dict per case, the same keys in the same order in every row,
/// ready for ``pandas.DataFrame(rows)``. Instants (``detected_at``, ``received_at``,
/// ``concluded_at``, ``ended_at``) are aware ``datetime``s in UTC+07:00 (or ``None``),
/// ``law_date`` a ``date``; vocabulary values are their codes, ``grounds`` the citation keys,
/// ``topics`` and ``platform_responses`` lists of codes. **No personal data**: no officer's name,
/// no author's handle, no URL; a confidential case has no summary or platform.
///
/// ``cases`` are ``Case`` objects, each named under the regulation it holds; with ``reg``, they
/// must hold that regulation (as in ``compile_report``) and case dicts are accepted too, each
/// checked by replaying its log under ``reg``. Errors point at ``/<i>``.
///
/// >>> rows = quyche.case_table(loaded)
/// >>> rows[0]["status"], rows[0]["detected_at"].isoformat(), rows[0]["law_date"].isoformat()
/// ('detected', '2026-03-02T08:00:00+07:00', '2026-03-02')
/// >>> list(rows[0])[:3]
/// ['case_id', 'regulation', 'status']
/// >>> quyche.case_table([first.to_dict()], kh)[0]["head_hash"] == first.head_hash
/// True
#[pyfunction]
#[pyo3(signature = (cases, reg=None))]
pub fn case_table<'py>(
    py: Python<'py>,
    cases: &Bound<'py, PyAny>,
    reg: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    let reg = match reg.filter(|r| !r.is_none()) {
        Some(r) => Some(r.extract::<crate::convert::Reg<'py>>()?.get().snapshot()),
        None => None,
    };
    let mut held_check = reg.clone().map(HeldCheck::new);
    // Rows are made as the cases are read (a row is small; copying each case's log to release
    // the GIL would cost more than the row).
    let mut rows: Vec<Vec<Value>> = Vec::new();
    for (i, item) in cases.try_iter()?.enumerate() {
        let item = item?;
        match (item.cast::<Case>(), &reg) {
            (Ok(c), _) => {
                let c = c.borrow();
                if let Some(check) = held_check.as_mut() {
                    check.check(i, &c).map_err(|e| repoint(py, e, i))?;
                }
                let held = c.held().get().snapshot();
                rows.push(cells(&held, c.core()));
            }
            (Err(_), Some(r)) => {
                let at = format!("/{i}");
                let text = convert::value(&item, &at)?.to_string();
                let case = ok(py
                    .detach(|| quyche::case::Case::from_json(r, &text))
                    .map_err(|e| e.under(&at)))?;
                rows.push(cells(r, &case));
            }
            (Err(_), None) => {
                return Err(to_py(quyche::Error::invalid(
                    format!("/{i}"),
                    "expected a quyche.Case (case dicts need the regulation: case_table(cases, reg))",
                    "Cần một quyche.Case (vụ việc dạng dict cần quy chế: case_table(cases, reg)).",
                )));
            }
        }
    }
    let out = PyList::empty(py);
    for cells in rows {
        let row = PyDict::new(py);
        for (col, v) in CASE_COLUMNS.iter().zip(&cells) {
            row.set_item(col.name, cell(py, col.kind, v)?)?;
        }
        out.append(row)?;
    }
    Ok(out)
}

/// The table's cells of `case`, its bodies named under `reg`.
fn cells(reg: &quyche::Regulation, case: &quyche::case::Case) -> Vec<Value> {
    quyche::report::case_cells(&quyche::report::case_row(reg, case))
}

/// A refusal of case `i` of a report (`/cases/<i>`) said of a table's argument (`/<i>`).
fn repoint(py: Python<'_>, e: PyErr, i: usize) -> PyErr {
    let from = format!("/cases/{i}");
    let v = e.value(py);
    if let Ok(p) = v.getattr("path").and_then(|p| p.extract::<String>())
        && let Some(rest) = p.strip_prefix(&from)
    {
        let _ = v.setattr("path", format!("/{i}{rest}"));
    }
    e
}

/// The cases of a report request, `Case` objects each checked against the regulation it holds:
/// it must be the report's (`quyche::case::check_held_regulation`, `LOG_VERSION` at
/// `/cases/<i>` naming the case). Regulations already compared are remembered by address, so a
/// list of cases sharing one regulation object costs one comparison.
pub struct HeldCheck {
    report: Arc<quyche::Regulation>,
    same: Vec<Arc<quyche::Regulation>>,
}

impl HeldCheck {
    /// A check against the report's regulation.
    pub fn new(report: Arc<quyche::Regulation>) -> Self {
        HeldCheck {
            report,
            same: Vec::new(),
        }
    }

    /// Case number `i`, held with its regulation.
    pub fn check(&mut self, i: usize, case: &Case) -> PyResult<()> {
        let held = case.held().get().snapshot();
        if Arc::ptr_eq(&held, &self.report) || self.same.iter().any(|s| Arc::ptr_eq(s, &held)) {
            return Ok(());
        }
        ok(quyche::case::check_held_regulation(
            &self.report,
            &held,
            i,
            &case.core().id,
        ))?;
        self.same.push(held);
        Ok(())
    }
}

/// How a regulation travels in a pickle: by the registrations over the built-in one (a few
/// hundred bytes), or by its whole document.
const BY_REGISTRATIONS: &str = "register";
const BY_DOCUMENT: &str = "json";

/// Small caches keyed by the last few regulations seen: pickling many cases that share one
/// regulation computes its state once, and unpickling them builds it once per process (each
/// unpickled `Regulation` object still has its own copy-on-write value: no aliasing).
/// A pickled regulation's state: how it travels, and the text.
type State = (&'static str, String);
/// The last few cache entries.
type Cache<K> = Mutex<Vec<(K, State)>>;
static REDUCED: Cache<Weak<quyche::Regulation>> = Mutex::new(Vec::new());
static RESTORED: Mutex<Vec<(State, Arc<quyche::Regulation>)>> = Mutex::new(Vec::new());
const CACHED: usize = 4;

fn remember<K, V>(cache: &Mutex<Vec<(K, V)>>, key: K, value: V) {
    let mut c = cache.lock().unwrap_or_else(|p| p.into_inner());
    if c.len() >= CACHED {
        c.remove(0);
    }
    c.push((key, value));
}

/// The pickled state of `snap`: its registrations over the built-in regulation, or its document.
fn state(snap: &Arc<quyche::Regulation>) -> PyResult<State> {
    {
        let c = REDUCED.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((_, s)) = c
            .iter()
            .find(|(w, _)| std::ptr::eq(w.as_ptr(), Arc::as_ptr(snap)))
        {
            return Ok(s.clone());
        }
    }
    let s = match quyche::case::builtin_registrations(snap) {
        Some(regs) => (BY_REGISTRATIONS, ok(quyche::json::to_text(&regs))?),
        None => (BY_DOCUMENT, ok(quyche::json::to_text(&**snap))?),
    };
    remember(&REDUCED, Arc::downgrade(snap), s.clone());
    Ok(s)
}

/// `Regulation.__reduce__`: the built-in regulation, unchanged, by name; one with bodies
/// registered by those registrations; any other by its compact JSON (validated again).
pub fn reduce_regulation<'py>(reg: &Bound<'py, Regulation>) -> PyResult<Bound<'py, PyTuple>> {
    let py = reg.py();
    let snap = reg.get().snapshot();
    let (how, text) = state(&snap)?;
    if how == BY_REGISTRATIONS && text == "[]" {
        let cls = py.get_type::<Regulation>();
        return PyTuple::new(
            py,
            [cls.getattr("khanh_hoa")?, PyTuple::empty(py).into_any()],
        );
    }
    let restore = py
        .import("quyche._native")?
        .getattr("_regulation_from_pickle")?;
    let args = PyTuple::new(py, [how, text.as_str()])?;
    PyTuple::new(py, [restore, args.into_any()])
}

/// Restores a pickled regulation (see `Regulation.__reduce__`); not for direct use.
#[pyfunction]
pub fn _regulation_from_pickle(py: Python<'_>, how: &str, text: String) -> PyResult<Regulation> {
    let how = if how == BY_REGISTRATIONS {
        BY_REGISTRATIONS
    } else {
        BY_DOCUMENT
    };
    let key: State = (how, text);
    {
        let c = RESTORED.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((_, r)) = c.iter().find(|(k, _)| *k == key) {
            return Ok(Regulation::from_arc(Arc::clone(r)));
        }
    }
    let built = py.detach(|| -> quyche::Result<quyche::Regulation> {
        if key.0 == BY_REGISTRATIONS {
            let regs: Vec<quyche::org::BodyRegistration> = quyche::json::from_str(&key.1)?;
            let mut reg = quyche::Regulation::khanh_hoa();
            for r in regs {
                reg.register_body(r.body, r.roles)?;
            }
            Ok(reg)
        } else {
            quyche_ffi::regulation_from_json(&key.1)
        }
    });
    let arc = Arc::new(ok(built)?);
    remember(&RESTORED, key, Arc::clone(&arc));
    Ok(Regulation::from_arc(arc))
}

/// `Case.__reduce__`: the regulation object it holds (pickled once however many cases share
/// it) and the case's JSON, restored by `Case.from_json`, which replays the log again.
pub fn reduce_case<'py>(case: &Bound<'py, Case>) -> PyResult<Bound<'py, PyTuple>> {
    let py = case.py();
    let c = case.borrow();
    let args = PyTuple::new(
        py,
        [
            c.held().clone_ref(py).into_bound(py).into_any(),
            PyString::new(py, &c.core().to_json()).into_any(),
        ],
    )?;
    PyTuple::new(
        py,
        [py.get_type::<Case>().getattr("from_json")?, args.into_any()],
    )
}
