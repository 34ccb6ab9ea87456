//! `quyche.Regulation`: one province's rules, loaded from JSON or built in, and its queries.

use crate::citation::citation_arg;
use crate::convert::{self, ok};
use crate::errors::to_py;
use pyo3::prelude::*;
use pyo3::types::PyTuple;
use quyche::org::{BodyId, BodyRegistration};
use std::sync::{Arc, RwLock};

/// One province's coordination regulation with the legal catalogue it depends on.
///
/// >>> import quyche
/// >>> reg = quyche.Regulation.khanh_hoa()
/// >>> reg.id
/// 'khanh-hoa-2086'
#[pyclass(frozen, module = "quyche", name = "Regulation")]
pub struct Regulation {
    /// Copy-on-write: `register_body` swaps in a new value; readers take a snapshot, so a long
    /// computation can run without the GIL while another thread registers a body.
    inner: RwLock<Arc<quyche::Regulation>>,
}

impl Regulation {
    /// A Python object holding `reg`.
    pub fn new(reg: quyche::Regulation) -> Self {
        Regulation {
            inner: RwLock::new(Arc::new(reg)),
        }
    }

    /// A Python object holding a shared value (copy-on-write, like every other).
    pub fn from_arc(reg: Arc<quyche::Regulation>) -> Self {
        Regulation {
            inner: RwLock::new(reg),
        }
    }

    /// The current value (a cheap shared snapshot).
    pub fn snapshot(&self) -> Arc<quyche::Regulation> {
        match self.inner.read() {
            Ok(g) => Arc::clone(&g),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }
}

/// The role named by a Python string argument, refused at `/role` when the regulation does
/// not declare it.
fn role_arg(reg: &quyche::Regulation, role: &Bound<'_, PyAny>) -> PyResult<quyche::org::RoleId> {
    let text = convert::string(role, "/role")?;
    Ok(ok(reg.role_named(&text).map_err(|e| e.at("/role")))?
        .id
        .clone())
}

#[pymethods]
impl Regulation {
    /// The built-in Khánh Hòa regulation (QĐ 2086/QĐ-UBND, 12 August 2020).
    ///
    /// >>> quyche.Regulation.khanh_hoa().id
    /// 'khanh-hoa-2086'
    #[staticmethod]
    fn khanh_hoa() -> Self {
        Regulation::new(quyche::Regulation::khanh_hoa())
    }

    /// Loads and validates a regulation from JSON text. Raises `quyche.InvalidInput` (code
    /// `INVALID_JSON`, `INVALID_INPUT`, `INPUT_TOO_LARGE` or `INVALID_REGULATION`) with `.path`
    /// the JSON pointer of the first bad field.
    ///
    /// >>> text = quyche.Regulation.khanh_hoa().to_json()
    /// >>> quyche.Regulation.from_json(text).id
    /// 'khanh-hoa-2086'
    #[staticmethod]
    fn from_json(py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Self> {
        let text = convert::string(text, "")?;
        // Parsing a large document releases the GIL.
        let inner = py
            .detach(|| quyche_ffi::regulation_from_json(&text))
            .map_err(to_py)?;
        Ok(Regulation::new(inner))
    }

    /// Loads and validates a regulation from a dict (the shape of `to_dict()`).
    ///
    /// >>> d = quyche.Regulation.khanh_hoa().to_dict()
    /// >>> quyche.Regulation.from_dict(d).id
    /// 'khanh-hoa-2086'
    #[staticmethod]
    fn from_dict(value: &Bound<'_, PyAny>) -> PyResult<Self> {
        let v = convert::value(value, "")?;
        Ok(Regulation::new(ok(quyche_ffi::regulation_from_value(v))?))
    }

    /// The regulation as pretty JSON text (the shape of `schemas/regulation.schema.json`).
    ///
    /// >>> quyche.Regulation.khanh_hoa().to_json().startswith("{")
    /// True
    fn to_json(&self) -> String {
        self.snapshot().to_json()
    }

    /// The regulation as plain `dict`/`list`/`str`/`int`/`bool` values, ready for `json`.
    ///
    /// >>> quyche.Regulation.khanh_hoa().to_dict()["instrument"]
    /// '2086/QĐ-UBND'
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::py(py, &*self.snapshot())
    }

    /// Pickling (``multiprocessing``, Dask): the built-in regulation by name, any other by its
    /// JSON (validated again when unpickled).
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        crate::analysts::reduce_regulation(slf)
    }

    /// Stable id, e.g. `"khanh-hoa-2086"`.
    #[getter]
    fn id(&self) -> String {
        self.snapshot().id.clone()
    }

    /// Version of the data set (recorded in every case event).
    #[getter]
    fn version(&self) -> String {
        self.snapshot().version.clone()
    }

    // ----- law -----

    /// Every catalogued instrument (laws, decrees, decisions) with its status and validity.
    ///
    /// >>> any(i["id"] == "2086/QĐ-UBND" for i in quyche.Regulation.khanh_hoa().instruments())
    /// True
    fn instruments<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::py(py, &self.snapshot().catalogue.instruments)
    }

    /// The instrument named by `name`: its number (`"72/2013/NĐ-CP"`) or a name such as
    /// `"Luật An ninh mạng 2018"`. Raises `quyche.NotFound` (`UNKNOWN_INSTRUMENT`).
    ///
    /// >>> quyche.Regulation.khanh_hoa().instrument("luat an ninh mang 2018")["id"]
    /// '24/2018/QH14'
    fn instrument<'py>(
        &self,
        py: Python<'py>,
        name: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let name = convert::string(name, "/name")?;
        let reg = self.snapshot();
        convert::py(py, ok(reg.resolve_instrument(&name))?)
    }

    /// Every provision of the catalogue (articles, clauses, points), flattened.
    ///
    /// >>> len(quyche.Regulation.khanh_hoa().provisions()) > 50
    /// True
    fn provisions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::py(py, &self.snapshot().catalogue.all_provisions())
    }

    /// The provision a citation names (a `Citation`, a dict, or text), or `None`.
    ///
    /// >>> quyche.Regulation.khanh_hoa().provision("Điều 5 khoản 1 Quyết định 2086/QĐ-UBND")["citation"]["article"]
    /// 5
    fn provision<'py>(
        &self,
        py: Python<'py>,
        citation: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let reg = self.snapshot();
        let c = citation_arg(citation, &reg)?;
        convert::py(py, &reg.provision(&c))
    }

    /// Every ground row (Điều 2.2 and its successors), whatever its dates.
    ///
    /// >>> all("id" in g for g in quyche.Regulation.khanh_hoa().grounds())
    /// True
    fn grounds<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::py(py, &self.snapshot().catalogue.grounds)
    }

    /// The grounds of Điều 2.2 in force on `day` (a `date`, an ISO string, or an aware
    /// `datetime`).
    ///
    /// >>> ids = [g["id"] for g in quyche.Regulation.khanh_hoa().grounds_in_force("2025-01-15")]
    /// >>> "cyber-2018-art8-1" in ids
    /// True
    fn grounds_in_force<'py>(
        &self,
        py: Python<'py>,
        day: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let day = convert::date(day, "/day")?;
        convert::py(py, &self.snapshot().grounds_in_force(day))
    }

    /// The ground in force on `day` that covers `citation`, or `None`.
    ///
    /// >>> g = quyche.Regulation.khanh_hoa().ground_for("điểm đ khoản 1 Điều 8 Luật An ninh mạng 2018", "2025-01-15")
    /// >>> g["id"]
    /// 'cyber-2018-art8-1'
    fn ground_for<'py>(
        &self,
        py: Python<'py>,
        citation: &Bound<'_, PyAny>,
        day: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let reg = self.snapshot();
        let c = citation_arg(citation, &reg)?;
        let day = convert::date(day, "/day")?;
        convert::py(py, &reg.ground_for(&c, day))
    }

    /// Every ground row covering `citation`, whatever its dates.
    ///
    /// >>> len(quyche.Regulation.khanh_hoa().grounds_covering("Điều 8 khoản 1 Luật An ninh mạng 2018")) >= 1
    /// True
    fn grounds_covering<'py>(
        &self,
        py: Python<'py>,
        citation: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let reg = self.snapshot();
        let c = citation_arg(citation, &reg)?;
        convert::py(py, &reg.catalogue.grounds_covering(&c))
    }

    /// Where a provision went: its successors (e.g. the Cybersecurity Law 2018's Điều 8 in the
    /// 2025 law from 2026-07-01), as dicts.
    ///
    /// >>> s = quyche.Regulation.khanh_hoa().successor_of("Điều 8 khoản 1 Luật An ninh mạng 2018")
    /// >>> isinstance(s, list)
    /// True
    fn successor_of<'py>(
        &self,
        py: Python<'py>,
        citation: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let reg = self.snapshot();
        let c = citation_arg(citation, &reg)?;
        convert::py(py, &reg.successor_of(&c))
    }

    /// The time limits of rule `rule` (e.g. `"provider_removal_on_request"`) in force on `day`.
    ///
    /// >>> reg = quyche.Regulation.khanh_hoa()
    /// >>> [t["limit"] for t in reg.time_limits("provider_removal_on_request", "2025-01-15")]
    /// [{'hours': 24}]
    fn time_limits<'py>(
        &self,
        py: Python<'py>,
        rule: &Bound<'_, PyAny>,
        day: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let rule = convert::string(rule, "/rule")?;
        let day = convert::date(day, "/day")?;
        let reg = self.snapshot();
        let rule = ok(reg.time_limit_rule_named(&rule).map_err(|e| e.at("/rule")))?;
        convert::py(py, &reg.time_limits(&rule, day))
    }

    /// Every time-limit row, whatever its dates.
    ///
    /// >>> len(quyche.Regulation.khanh_hoa().all_time_limits()) > 0
    /// True
    fn all_time_limits<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::py(py, &self.snapshot().catalogue.time_limits)
    }

    // ----- organisations -----

    /// The roles the regulation declares (its own vocabulary: ids, labels, the provision that
    /// creates each).
    ///
    /// >>> "lead_agency" in [r["id"] for r in quyche.Regulation.khanh_hoa().roles()]
    /// True
    fn roles<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::py(py, &self.snapshot().register.roles)
    }

    /// Every value of vocabulary `name` (`"role"`, `"case_status"`, `"command"`, …) with its
    /// Vietnamese and English label: `[{"id", "label": {"vi", "en"}}]`.
    ///
    /// >>> [t["label"]["vi"] for t in quyche.Regulation.khanh_hoa().vocabulary("status")][0]
    /// 'đã xác nhận'
    fn vocabulary<'py>(
        &self,
        py: Python<'py>,
        name: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let name = convert::string(name, "/name")?;
        let reg = self.snapshot();
        convert::py(py, &ok(reg.vocabulary(&name).map_err(|e| e.at("/name")))?)
    }

    /// Every body (built in and registered), whatever its dates.
    ///
    /// >>> any(b["id"] == "so-vhttdl" for b in quyche.Regulation.khanh_hoa().bodies())
    /// True
    fn bodies<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::py(py, &self.snapshot().register.bodies)
    }

    /// The bodies that exist on `day`.
    ///
    /// >>> "dai-ptth" in [b["id"] for b in quyche.Regulation.khanh_hoa().bodies_on("2025-05-01")]
    /// False
    fn bodies_on<'py>(
        &self,
        py: Python<'py>,
        day: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let day = convert::date(day, "/day")?;
        convert::py(py, &quyche_ffi::bodies_on(&self.snapshot(), day))
    }

    /// The body with id `id`, or `None`.
    ///
    /// >>> quyche.Regulation.khanh_hoa().body("cong-an-tinh")["name"]["en"]
    /// 'Khánh Hòa Provincial Police'
    fn body<'py>(&self, py: Python<'py>, id: &Bound<'_, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let id = BodyId::new(&convert::string(id, "/id")?);
        convert::py(py, &self.snapshot().body(&id))
    }

    /// Who plays `role` (e.g. `"lead_agency"`) on `day`: role assignments as dicts.
    ///
    /// >>> [a["body"] for a in quyche.Regulation.khanh_hoa().body_for("lead_agency", "2025-02-28")]
    /// ['so-tttt']
    fn body_for<'py>(
        &self,
        py: Python<'py>,
        role: &Bound<'_, PyAny>,
        day: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let reg = self.snapshot();
        let role = role_arg(&reg, role)?;
        let day = convert::date(day, "/day")?;
        convert::py(py, &reg.body_for(&role, day))
    }

    /// The roles body `body` plays on `day`.
    ///
    /// >>> [a["role"] for a in quyche.Regulation.khanh_hoa().roles_of("so-vhttdl", "2025-06-01")][:1]
    /// ['lead_agency']
    fn roles_of<'py>(
        &self,
        py: Python<'py>,
        body: &Bound<'_, PyAny>,
        day: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let body = BodyId::new(&convert::string(body, "/body")?);
        let day = convert::date(day, "/day")?;
        convert::py(py, &self.snapshot().roles_of(&body, day))
    }

    /// The role assignments through which bodies hold duty `duty_id` (e.g. `"5.1"`) on `day`.
    ///
    /// >>> len(quyche.Regulation.khanh_hoa().bodies_for_duty("5.1", "2026-01-05")) > 0
    /// True
    fn bodies_for_duty<'py>(
        &self,
        py: Python<'py>,
        duty_id: &Bound<'_, PyAny>,
        day: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let duty_id = convert::string(duty_id, "/duty_id")?;
        let day = convert::date(day, "/day")?;
        convert::py(py, &self.snapshot().bodies_for_duty(&duty_id, day))
    }

    /// Adds your own body (a department, a commune committee, …) with the roles it plays, in the
    /// form of `schemas/body-registration.schema.json`: `{"body": {"id", "name": {"vi", "en"},
    /// "valid": {"from"}, "status"}, "roles": [...]}`. Checked first; a refused registration
    /// changes nothing, and errors point into that form (`/body/id`, `/roles/0/role`).
    ///
    /// >>> reg = quyche.Regulation.khanh_hoa()
    /// >>> reg.register_body({"body": {"id": "so-y-te-vd", "name": {"vi": "Sở Y tế (ví dụ)",
    /// ...     "en": "Department of Health (example)"}, "valid": {"from": "2020-08-12"}, "status": "C"},
    /// ...     "roles": [{"role": "department", "body": "so-y-te-vd", "valid": {"from": "2020-08-12"},
    /// ...                "status": "C"}]})
    /// >>> reg.body("so-y-te-vd")["id"]
    /// 'so-y-te-vd'
    fn register_body(&self, registration: &Bound<'_, PyAny>) -> PyResult<()> {
        let r: BodyRegistration = convert::decode(registration, "")?;
        let mut guard = match self.inner.write() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        let mut next = (**guard).clone();
        ok(next.register_body(r.body, r.roles))?;
        *guard = Arc::new(next);
        Ok(())
    }

    // ----- duties -----

    /// The whole responsibility matrix (Điều 5–9), one dict per duty.
    ///
    /// >>> "5.1" in [d["id"] for d in quyche.Regulation.khanh_hoa().duties()]
    /// True
    fn duties<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::py(py, &self.snapshot().matrix.duties)
    }

    /// The activities of Điều 6's kind (monitoring, verification, handling…) the duties serve.
    ///
    /// >>> "verification" in [a["id"] for a in quyche.Regulation.khanh_hoa().activities()]
    /// True
    fn activities<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::py(py, &self.snapshot().matrix.activities)
    }

    /// The duty with id `id` (e.g. `"7.5.b"`), or `None`.
    ///
    /// >>> quyche.Regulation.khanh_hoa().duty("5.1")["id"]
    /// '5.1'
    fn duty<'py>(&self, py: Python<'py>, id: &Bound<'_, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let id = convert::string(id, "/id")?;
        convert::py(py, &self.snapshot().duty(&id))
    }

    /// The duties of `role`; with `day`, only those held on that day.
    ///
    /// >>> len(quyche.Regulation.khanh_hoa().duties_of("press_outlet")) > 0
    /// True
    #[pyo3(signature = (role, day=None))]
    fn duties_of<'py>(
        &self,
        py: Python<'py>,
        role: &Bound<'_, PyAny>,
        day: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let reg = self.snapshot();
        let role = role_arg(&reg, role)?;
        match day {
            Some(d) => convert::py(py, &reg.duties_of_on(&role, convert::date(d, "/day")?)),
            None => convert::py(py, &reg.duties_of(&role)),
        }
    }

    /// The duties taking part in `activity` (e.g. `"verification"`).
    ///
    /// >>> len(quyche.Regulation.khanh_hoa().participants("verification")) > 0
    /// True
    fn participants<'py>(
        &self,
        py: Python<'py>,
        activity: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let reg = self.snapshot();
        let activity = convert::string(activity, "/activity")?;
        let a = ok(reg.activity_named(&activity).map_err(|e| e.at("/activity")))?;
        convert::py(py, &reg.participants(&a.id))
    }

    /// The duties resting on `citation` (or a part of it).
    ///
    /// >>> [d["id"] for d in quyche.Regulation.khanh_hoa().duty_for("Điều 5 khoản 1 Quyết định 2086/QĐ-UBND")]
    /// ['5.1']
    fn duty_for<'py>(
        &self,
        py: Python<'py>,
        citation: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let reg = self.snapshot();
        let c = citation_arg(citation, &reg)?;
        convert::py(py, &reg.duty_for(&c))
    }

    /// The case workflow as a Mermaid state diagram.
    ///
    /// >>> quyche.Regulation.khanh_hoa().workflow_mermaid().startswith("stateDiagram")
    /// True
    fn workflow_mermaid(&self) -> String {
        self.snapshot().workflow.mermaid()
    }

    // ----- cases -----

    /// Starts a case with a `detect` command: returns `(case, applied)` where `applied` is
    /// `{"event": ..., "advisories": [...]}`. Same as `quyche.Case.start(reg, ...)`.
    ///
    /// >>> case, applied = quyche.Regulation.khanh_hoa().detect(
    /// ...     {"type": "detect", "source": "press_review", "content": {"platform": "Facebook",
    /// ...      "platform_kind": "social_network", "kind": "post", "summary": "Tin đồn"}},
    /// ...     "so-vhttdl", "2026-03-02T08:00:00+07:00")
    /// >>> case.status
    /// 'detected'
    fn detect<'py>(
        slf: &Bound<'py, Self>,
        command: &Bound<'py, PyAny>,
        actor: &Bound<'py, PyAny>,
        at: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyTuple>> {
        crate::case::start(slf, command, actor, at)
    }

    /// Every command of the workflow for `actor` at `at` before any case exists: allowed, or
    /// denied with the failing guards (dicts with `command`, `allowed`, `failures`, `citations`).
    ///
    /// >>> checks = quyche.Regulation.khanh_hoa().allowed_commands("so-vhttdl", "2026-03-02T08:00:00+07:00")
    /// >>> [c["command"] for c in checks if c["allowed"]]
    /// ['detect']
    fn allowed_commands<'py>(
        &self,
        py: Python<'py>,
        actor: &Bound<'_, PyAny>,
        at: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let actor = convert::actor(actor)?;
        let at = convert::instant(at, "/at")?;
        let reg = self.snapshot();
        convert::py(py, &quyche::case::allowed_commands(&reg, None, &actor, at))
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Regulation>()
            .is_ok_and(|o| *o.get().snapshot() == *self.snapshot())
    }

    fn __repr__(&self) -> String {
        let reg = self.snapshot();
        format!("Regulation(id={:?}, version={:?})", reg.id, reg.version)
    }
}
