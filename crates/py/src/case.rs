//! `quyche.Case`: one piece of suspect online information moving through the regulation's
//! procedure, with its hash-chained event log.

use crate::convert::Reg;
use crate::convert::{self, ok};
use crate::regulation::Regulation;
use chrono::{DateTime, FixedOffset};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use quyche::case::Command;

/// A case: its state, its event log, and the regulation it is checked against (held, so
/// `case.apply(command, actor, at)` needs no regulation argument; bodies registered on that
/// regulation later are seen by the case).
///
/// >>> import quyche
/// >>> reg = quyche.Regulation.khanh_hoa()
/// >>> case, first = quyche.Case.start(reg,
/// ...     {"type": "detect", "source": "press_review", "content": {"platform": "Facebook",
/// ...      "platform_kind": "social_network", "kind": "post", "summary": "Tin đồn"}},
/// ...     "so-vhttdl", "2026-03-02T08:00:00+07:00")
/// >>> case.apply({"type": "receive"}, "so-vhttdl", "2026-03-02T09:00:00+07:00")["event"]["effects"]["status"]
/// 'received'
#[pyclass(module = "quyche", name = "Case")]
pub struct Case {
    reg: Py<Regulation>,
    inner: quyche::case::Case,
}

/// A command argument: a dict `{"type": ..., ...payload}`; errors point into it.
fn command(obj: &Bound<'_, PyAny>) -> PyResult<Command> {
    let v = convert::value(obj, "")?;
    ok(Command::from_value(v))
}

/// An events argument as JSON text: a JSON string as is, or a list of event dicts (a list of
/// more than `MAX_EVENTS` is refused before any event is converted).
fn events_text(obj: &Bound<'_, PyAny>) -> PyResult<String> {
    if obj.is_instance_of::<PyString>() {
        let t = convert::string(obj, "")?;
        ok(quyche::json::check_size(&t))?;
        return Ok(t);
    }
    let max = quyche::json::MAX_EVENTS;
    if let Ok(n) = obj.len()
        && n > max
        && (obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>())
    {
        let e = quyche::json::limits::too_many("", n, max, ("events", "sự kiện"));
        return Err(crate::errors::to_py(e));
    }
    Ok(convert::value(obj, "")?.to_string())
}

/// `Case.start` / `Regulation.detect`.
pub fn start<'py>(
    reg: &Bound<'py, Regulation>,
    command_obj: &Bound<'py, PyAny>,
    actor: &Bound<'py, PyAny>,
    at: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyTuple>> {
    let py = reg.py();
    let cmd = command(command_obj)?;
    let actor = convert::actor(actor)?;
    let at = convert::instant(at, "/at")?;
    let snap = reg.get().snapshot();
    let (case, advisories) = ok(quyche::case::Case::start(&snap, cmd, &actor, at))?;
    let applied = convert::py(py, &case.last_applied(advisories))?;
    let case = Bound::new(
        py,
        Case {
            reg: reg.clone().unbind(),
            inner: case,
        },
    )?;
    PyTuple::new(py, [case.into_any(), applied])
}

impl Case {
    fn wrap(reg: &Bound<'_, Regulation>, inner: quyche::case::Case) -> Self {
        Case {
            reg: reg.clone().unbind(),
            inner,
        }
    }

    /// The rebuilt core case (for reports and bulk functions).
    pub fn core(&self) -> &quyche::case::Case {
        &self.inner
    }

    /// The regulation object the case holds (and was checked against).
    pub fn held(&self) -> &Py<Regulation> {
        &self.reg
    }

    /// A Python case from a rebuilt core case.
    pub fn from_core(reg: &Bound<'_, Regulation>, inner: quyche::case::Case) -> Self {
        Case::wrap(reg, inner)
    }
}

#[pymethods]
impl Case {
    /// Starts a case with a `detect` command by `actor` (a body id or `{"body", "officer"}`) at
    /// `at` (an aware `datetime` or an RFC 3339 string with offset). Returns `(case, applied)`,
    /// `applied` being `{"event": {...}, "advisories": [...]}`. A refused step raises a
    /// `quyche.QuycheError` subclass (usually `RuleViolation`) naming the articles.
    ///
    /// >>> case, applied = quyche.Case.start(reg,
    /// ...     {"type": "detect", "source": "press_review", "content": {"platform": "Facebook",
    /// ...      "platform_kind": "social_network", "kind": "post", "summary": "Tin đồn"}},
    /// ...     "so-vhttdl", "2026-03-02T08:00:00+07:00")
    /// >>> applied["event"]["seq"]
    /// 1
    #[staticmethod]
    fn start<'py>(
        reg: Reg<'py>,
        command: &Bound<'py, PyAny>,
        actor: &Bound<'py, PyAny>,
        at: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyTuple>> {
        start(&reg, command, actor, at)
    }

    /// Applies `command` by `actor` at `at`. Returns `{"event": {...}, "advisories": [...]}`;
    /// on refusal raises (the case is unchanged) with `.code`, `.citations`, `.path`, `.help`.
    ///
    /// >>> case.apply({"type": "receive"}, "so-vhttdl", "2026-03-02T09:00:00+07:00")["event"]["seq"]
    /// 2
    fn apply<'py>(
        &mut self,
        py: Python<'py>,
        command: &Bound<'py, PyAny>,
        actor: &Bound<'py, PyAny>,
        at: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let cmd = self::command(command)?;
        let actor = convert::actor(actor)?;
        let at = convert::instant(at, "/at")?;
        let reg = self.reg.get().snapshot();
        let applied = ok(self.inner.apply(&reg, cmd, &actor, at))?;
        convert::py(py, &applied)
    }

    /// Every command of the workflow for `actor` at `at`: `{"command", "label", "allowed",
    /// "failures", "citations"}` dicts, denied ones with the failing guards as error dicts.
    ///
    /// >>> allowed = [c["command"] for c in case.allowed_commands("so-vhttdl", "2026-03-02T10:00:00+07:00") if c["allowed"]]
    /// >>> "open_verification" in allowed and "dismiss" in allowed and "conclude" not in allowed
    /// True
    fn allowed_commands<'py>(
        &self,
        py: Python<'py>,
        actor: &Bound<'py, PyAny>,
        at: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let actor = convert::actor(actor)?;
        let at = convert::instant(at, "/at")?;
        let reg = self.reg.get().snapshot();
        convert::py(py, &self.inner.allowed_commands(&reg, &actor, at))
    }

    /// Which bodies are involved in the case now and why: `{"body", "name", "roles", "why",
    /// "citations"}` dicts.
    ///
    /// >>> case.duties_involved()[0]["body"]
    /// 'so-vhttdl'
    fn duties_involved<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let reg = self.reg.get().snapshot();
        convert::py(py, &self.inner.duties_involved(&reg))
    }

    /// The articles event number `seq` (from 1) rests on, as `Citation`s. Raises
    /// `quyche.InvalidInput` at `/seq` for a number outside the log.
    ///
    /// >>> "2086/QĐ-UBND:7.1.d" in [c.key for c in case.basis(1)]
    /// True
    fn basis(&self, seq: &Bound<'_, PyAny>) -> PyResult<Vec<crate::citation::Citation>> {
        let seq: usize = convert::int(seq, "/seq")?;
        let ev = seq
            .checked_sub(1)
            .and_then(|i| self.inner.events.get(i))
            .ok_or_else(|| {
                crate::errors::to_py(quyche::Error::invalid(
                    "/seq",
                    format!("the case has no event {seq}"),
                    format!("vụ việc không có sự kiện {seq}"),
                ))
            })?;
        let reg = self.reg.get().snapshot();
        Ok(quyche::case::basis(&reg, ev)
            .into_iter()
            .map(|inner| crate::citation::Citation { inner })
            .collect())
    }

    /// The event log as a list of dicts (JSON-ready; times are RFC 3339 strings in UTC+07:00).
    /// Each event's `hash` is SHA-256 of `prev_hash` + the canonical JSON of the event without
    /// `hash` (see the package docs).
    ///
    /// >>> [e["command"]["type"] for e in case.events]
    /// ['detect', 'receive']
    #[getter]
    fn events<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::py(py, &self.inner.events)
    }

    /// The case id.
    #[getter]
    fn id(&self) -> String {
        self.inner.id.0.clone()
    }

    /// The workflow state, e.g. `"received"`.
    #[getter]
    fn status(&self) -> &'static str {
        self.inner.status.as_str()
    }

    /// The hash of the last event (store it elsewhere to detect dropped trailing events).
    #[getter]
    fn head_hash(&self) -> String {
        self.inner.head_hash().to_string()
    }

    /// The case's law time (the content's publication time, else its detection time), as an
    /// aware `datetime` in UTC+07:00: it picks the grounds in force.
    #[getter]
    fn law_time(&self) -> DateTime<FixedOffset> {
        self.inner.law_time()
    }

    /// The regulation the case is checked against.
    #[getter]
    fn regulation(&self, py: Python<'_>) -> Py<Regulation> {
        self.reg.clone_ref(py)
    }

    /// The case (fields and events) as compact JSON text.
    ///
    /// >>> quyche.Case.from_json(reg, case.to_json()) == case
    /// True
    fn to_json(&self) -> String {
        self.inner.to_json()
    }

    /// The case (fields and events) as a dict.
    ///
    /// >>> case.to_dict()["status"]
    /// 'received'
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::py(py, &self.inner)
    }

    /// Loads a case from JSON text and checks it by replaying its own events. Raises
    /// `quyche.LogTampered` when the log or the stored fields were altered.
    ///
    /// >>> quyche.Case.from_json(reg, case.to_json()).status
    /// 'received'
    #[staticmethod]
    fn from_json(py: Python<'_>, reg: Reg<'_>, text: &Bound<'_, PyAny>) -> PyResult<Self> {
        let text = convert::string(text, "")?;
        ok(quyche::json::check_size(&text))?;
        let snap = reg.get().snapshot();
        let inner = ok(py.detach(|| quyche::case::Case::from_json(&snap, &text)))?;
        Ok(Case::wrap(&reg, inner))
    }

    /// Loads a case from its dict form (`to_dict()`), checked like `from_json`.
    ///
    /// >>> quyche.Case.from_dict(reg, case.to_dict()).head_hash == case.head_hash
    /// True
    #[staticmethod]
    fn from_dict(py: Python<'_>, reg: Reg<'_>, value: &Bound<'_, PyAny>) -> PyResult<Self> {
        let text = convert::value(value, "")?.to_string();
        let snap = reg.get().snapshot();
        let inner = ok(py.detach(|| quyche::case::Case::from_json(&snap, &text)))?;
        Ok(Case::wrap(&reg, inner))
    }

    /// Migrates a log recorded under an earlier data version of the regulation (a list of event
    /// dicts, or a JSON array as text): its hash chain is checked as written, then every step is
    /// applied again under today's rules (`assign_action` read as the step it stands for now).
    /// Returns `{"case": Case, "from_version", "old_head", "notes": [{"vi", "en"}]}`; keep
    /// `old_head` with the new log as its provenance. Raises `quyche.LogTampered` for a broken
    /// chain, `LOG_VERSION` for a version the regulation does not list as earlier.
    ///
    /// >>> try:
    /// ...     quyche.Case.migrate(reg, case.events)  # a log of today's version: nothing to do
    /// ... except quyche.QuycheError as e:
    /// ...     print(e.code, e.path)
    /// LOG_VERSION /0/regulation/version
    #[staticmethod]
    fn migrate<'py>(
        py: Python<'py>,
        reg: Reg<'py>,
        events: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyDict>> {
        let text = events_text(events)?;
        let snap = reg.get().snapshot();
        let m = ok(py.detach(|| quyche::case::migrate(&snap, &text)))?;
        let out = PyDict::new(py);
        out.set_item("case", Bound::new(py, Case::wrap(&reg, m.case))?)?;
        out.set_item("from_version", m.from_version)?;
        out.set_item("old_head", m.old_head)?;
        out.set_item("notes", convert::py(py, &m.notes)?)?;
        Ok(out)
    }

    /// Rebuilds a case from its events (a list of event dicts, or a JSON array as text),
    /// re-checking the hash chain and every guard. With `head`, also checks that the log ends at
    /// that anchored hash. Raises `quyche.LogTampered` with `.path` = `/<index>/<field>`.
    ///
    /// >>> quyche.Case.replay(reg, case.events) == case
    /// True
    #[staticmethod]
    #[pyo3(signature = (reg, events, head=None))]
    fn replay(
        py: Python<'_>,
        reg: Reg<'_>,
        events: &Bound<'_, PyAny>,
        head: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let text = events_text(events)?;
        let head = head.map(|h| convert::string(h, "/head")).transpose()?;
        let snap = reg.get().snapshot();
        let inner = ok(py.detach(|| {
            let evs = quyche::case::log_from_json(&snap, &text)?;
            match &head {
                Some(h) => quyche::case::Case::replay_to_head(&snap, &evs, h),
                None => quyche::case::Case::replay_owned(&snap, evs),
            }
        }))?;
        Ok(Case::wrap(&reg, inner))
    }

    /// Pickling (``multiprocessing``, Dask): the regulation object and the case's JSON; the
    /// log is replayed again when unpickled.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        crate::analysts::reduce_case(slf)
    }

    fn __len__(&self) -> usize {
        self.inner.events.len()
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Case>()
            .is_ok_and(|o| o.borrow().inner == self.inner)
    }

    fn __repr__(&self) -> String {
        format!(
            "Case(id={:?}, status={:?}, events={})",
            self.inner.id.0,
            self.inner.status.as_str(),
            self.inner.events.len()
        )
    }
}
