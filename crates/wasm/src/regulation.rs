//! `Regulation`: one province's rules, loaded from JSON or built in, with the queries of the core
//! (`law`, `org`, `duty` modules and the workflow table), each a one-line pipeline.

use crate::convert::{JsResult, date, from_js, from_ts, string, ts, ts_refs, ts_vec};
use crate::error::{to_js, wrong_type};
use js_sys::{Function, Reflect};
use quyche::duty::{Activity, Duty};
use quyche::law::{Citation, Ground, Instrument, InstrumentId, Provision, Succession, TimeLimit};
use quyche::org::{Body, BodyId, BodyRegistration, Role, RoleAssignment, RoleId};
use quyche::regulation::Term;
use std::rc::Rc;
use tsify::Ts;
use wasm_bindgen::convert::TryFromJsValue;
use wasm_bindgen::prelude::*;

/// One province's coordination regulation with the legal catalogue it depends on.
///
/// Every answer is given as of a date (`"YYYY-MM-DD"`): the law moved in 2024–2026 and several
/// bodies merged in 2025.
///
/// ```js
/// import { Regulation } from "quyche";
/// const reg = Regulation.khanhHoa();
/// reg.bodiesFor("lead_agency", "2025-06-01")[0].body; // "so-vhttdl"
/// ```
#[wasm_bindgen]
pub struct Regulation {
    pub(crate) inner: Rc<quyche::Regulation>,
}

/// A second handle on a regulation, handed from a `Regulation` object to the functions that take
/// one as an argument (see [`shared`]). Not part of the public API.
#[wasm_bindgen(skip_typescript)]
pub struct RegulationHandle {
    inner: Rc<quyche::Regulation>,
}

/// The regulation behind a JavaScript `Regulation` argument, shared, not copied. Anything else
/// (another object, a freed regulation, a primitive) is a `QuycheError` `INVALID_INPUT`: the
/// generated glue's own check would throw a plain `Error` instead.
pub(crate) fn shared(value: &JsValue, arg: &str) -> JsResult<Rc<quyche::Regulation>> {
    let bad = || wrong_type(arg, "a Regulation");
    if !value.is_object() {
        return Err(bad());
    }
    let method = Reflect::get(value, &JsValue::from_str("__handle"))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .ok_or_else(bad)?;
    let handle = method.call0(value).map_err(|_| bad())?;
    RegulationHandle::try_from_js_value(handle)
        .map(|h| h.inner)
        .map_err(|_| bad())
}

/// A citation argument read against `reg` (see [`Regulation::citation_arg`]).
fn citation_arg(value: &JsValue, reg: &quyche::Regulation) -> JsResult<Citation> {
    if value.is_string() {
        let text = string(value, "citation")?;
        quyche::json::check_size(&text).map_err(|e| to_js(e.at("/citation")))?;
        return Citation::read(&text, reg).map_err(|e| to_js(e.at("/citation")));
    }
    from_js(value, "citation", "a citation")
}

/// The regulation of an optional argument: the built-in Khánh Hòa one when it is `undefined`.
pub(crate) fn shared_or_builtin(
    value: &Option<JsValue>,
    arg: &str,
) -> JsResult<Rc<quyche::Regulation>> {
    match value {
        None => Ok(Rc::new(quyche::Regulation::khanh_hoa())),
        Some(v) => shared(v, arg),
    }
}

impl Regulation {
    pub(crate) fn from_rc(inner: Rc<quyche::Regulation>) -> Regulation {
        Regulation { inner }
    }

    /// A citation argument: a citation object, or a string (its key, or a citation in words
    /// parsed against this regulation, as in Python), else `INVALID_INPUT` at `/citation`.
    fn citation_arg(&self, value: &JsValue) -> JsResult<Citation> {
        citation_arg(value, &self.inner)
    }

    /// A role argument: a role the regulation declares, else `INVALID_INPUT` at `/role`.
    fn role_arg(&self, role: &JsValue) -> JsResult<RoleId> {
        let text = string(role, "role")?;
        let r = self
            .inner
            .role_named(&text)
            .map_err(|e| to_js(e.at("/role")))?;
        Ok(r.id.clone())
    }
}

#[wasm_bindgen]
impl Regulation {
    /// The built-in Khánh Hòa regulation (QĐ 2086/QĐ-UBND, 12 August 2020).
    #[wasm_bindgen(js_name = khanhHoa)]
    pub fn khanh_hoa() -> Regulation {
        Regulation::from_rc(Rc::new(quyche::Regulation::khanh_hoa()))
    }

    /// Loads and validates a regulation from JSON text. Throws a `QuycheError` (code
    /// `INVALID_JSON`, `INVALID_INPUT`, `INPUT_TOO_LARGE` or `INVALID_REGULATION`) whose `path`
    /// is the JSON pointer of the first bad field.
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    ) -> JsResult<Regulation> {
        let text = string(&text, "text")?;
        let inner = quyche_ffi::regulation_from_json(&text).map_err(to_js)?;
        Ok(Regulation::from_rc(Rc::new(inner)))
    }

    /// The regulation as pretty JSON text (the shape of `schemas/regulation.schema.json`).
    #[wasm_bindgen(js_name = toJson)]
    pub fn to_json(&self) -> String {
        // Compact serialiser + re-indent: the same text as `to_json()`, without a second
        // (pretty) copy of the regulation's serialisation code in the module.
        quyche_ffi::regulation_to_json(&self.inner)
    }

    /// Stable id, e.g. `"khanh-hoa-2086"`.
    #[wasm_bindgen(getter)]
    pub fn id(&self) -> String {
        self.inner.id.clone()
    }

    /// Version of the data set (recorded in every case event).
    #[wasm_bindgen(getter)]
    pub fn version(&self) -> String {
        self.inner.version.clone()
    }

    /// The instrument that issued the regulation, e.g. `"2086/QĐ-UBND"`.
    #[wasm_bindgen(getter)]
    pub fn instrument(&self) -> String {
        self.inner.instrument.as_str().to_string()
    }

    /// The regulation's title in Vietnamese and English.
    #[wasm_bindgen(getter)]
    pub fn title(&self) -> JsResult<Ts<quyche::Label>> {
        ts(&self.inner.title)
    }

    /// The province, in Vietnamese and English.
    #[wasm_bindgen(getter)]
    pub fn province(&self) -> JsResult<Ts<quyche::Label>> {
        ts(&self.inner.province)
    }

    #[wasm_bindgen(js_name = "__handle", skip_typescript)]
    pub fn handle(&self) -> RegulationHandle {
        RegulationHandle {
            inner: Rc::clone(&self.inner),
        }
    }

    /// Adds a user's own body and the roles it plays (a department, a commune committee, …). The
    /// registration is checked first (kebab-case id not yet used, NFC labels, validity, known
    /// duties, single-body roles; JSON pointers relative to the registration); a refused one
    /// leaves the regulation unchanged. Cases already started keep the regulation they were
    /// started with.
    #[wasm_bindgen(js_name = registerBody)]
    pub fn register_body(&mut self, registration: Ts<BodyRegistration>) -> JsResult<()> {
        let r: BodyRegistration = from_ts(&registration, "registration", "a body registration")?;
        Rc::make_mut(&mut self.inner)
            .register_body(r.body, r.roles)
            .map_err(to_js)
    }

    /// The grounds of Điều 2.2 that can make information false or harmful at law time `day`
    /// (the content's publication date), read with their successors.
    #[wasm_bindgen(js_name = groundsInForce)]
    pub fn grounds_in_force(
        &self,
        #[wasm_bindgen(unchecked_param_type = "NaiveDate")] day: JsValue,
    ) -> JsResult<Vec<Ts<Ground>>> {
        ts_refs(&self.inner.grounds_in_force(date(&day, "day")?))
    }

    /// The ground in force on `day` that covers `citation`, if any.
    #[wasm_bindgen(js_name = groundFor)]
    pub fn ground_for(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Citation | string")] citation: JsValue,
        #[wasm_bindgen(unchecked_param_type = "NaiveDate")] day: JsValue,
    ) -> JsResult<Option<Ts<Ground>>> {
        let c = self.citation_arg(&citation)?;
        self.inner
            .ground_for(&c, date(&day, "day")?)
            .map(ts)
            .transpose()
    }

    /// Where the rule cited by `citation` went after its instrument was replaced.
    #[wasm_bindgen(js_name = successorOf)]
    pub fn successor_of(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Citation | string")] citation: JsValue,
    ) -> JsResult<Vec<Ts<Succession>>> {
        let c = self.citation_arg(&citation)?;
        ts_vec(&self.inner.successor_of(&c))
    }

    /// The time limits of `rule` in force on `day` (several rows may apply).
    #[wasm_bindgen(js_name = timeLimits)]
    pub fn time_limits(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] rule: JsValue,
        #[wasm_bindgen(unchecked_param_type = "NaiveDate")] day: JsValue,
    ) -> JsResult<Vec<Ts<TimeLimit>>> {
        let rule = string(&rule, "rule")?;
        let rule = self
            .inner
            .time_limit_rule_named(&rule)
            .map_err(|e| to_js(e.at("/rule")))?;
        ts_refs(&self.inner.time_limits(&rule, date(&day, "day")?))
    }

    /// Every row of the time-limit catalogue, whatever its dates.
    #[wasm_bindgen(js_name = allTimeLimits)]
    pub fn all_time_limits(&self) -> JsResult<Vec<Ts<TimeLimit>>> {
        ts_vec(&self.inner.catalogue.time_limits)
    }

    /// Every catalogued instrument (laws, decrees, decisions) with its status and validity.
    pub fn instruments(&self) -> JsResult<Vec<Ts<Instrument>>> {
        ts_vec(&self.inner.catalogue.instruments)
    }

    /// Every provision of the catalogue (articles, clauses, points), flattened.
    pub fn provisions(&self) -> JsResult<Vec<Ts<Provision>>> {
        ts_refs(&self.inner.catalogue.all_provisions())
    }

    /// Every ground row (Điều 2.2 and its successors), whatever its dates.
    pub fn grounds(&self) -> JsResult<Vec<Ts<Ground>>> {
        ts_vec(&self.inner.catalogue.grounds)
    }

    /// Every ground row covering `citation`, whatever its dates.
    #[wasm_bindgen(js_name = groundsCovering)]
    pub fn grounds_covering(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Citation | string")] citation: JsValue,
    ) -> JsResult<Vec<Ts<Ground>>> {
        let c = self.citation_arg(&citation)?;
        ts_refs(&self.inner.catalogue.grounds_covering(&c))
    }

    /// The catalogued instrument named by `text` (its number, short name or an alias, with or
    /// without diacritics), e.g. `"Luật An ninh mạng 2018"`.
    #[wasm_bindgen(js_name = resolveInstrument)]
    pub fn resolve_instrument(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    ) -> JsResult<Ts<Instrument>> {
        let text = string(&text, "text")?;
        ts(self.inner.resolve_instrument(&text).map_err(to_js)?)
    }

    /// The instrument with number `id`, if catalogued.
    #[wasm_bindgen(js_name = instrumentById)]
    pub fn instrument_by_id(&self, id: Ts<InstrumentId>) -> JsResult<Option<Ts<Instrument>>> {
        let id = from_ts(&id, "id", "an instrument number")?;
        self.inner.instrument(&id).map(ts).transpose()
    }

    /// The catalogued provision designated exactly by `citation`, with its text summary and
    /// status, if any.
    pub fn provision(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Citation | string")] citation: JsValue,
    ) -> JsResult<Option<Ts<Provision>>> {
        let c = self.citation_arg(&citation)?;
        self.inner.provision(&c).map(ts).transpose()
    }

    /// The body with id `id`, whether or not it still exists.
    pub fn body(&self, id: Ts<BodyId>) -> JsResult<Option<Ts<Body>>> {
        let id = from_ts(&id, "id", "a body id")?;
        self.inner.body(&id).map(ts).transpose()
    }

    /// The roles the regulation declares (its own vocabulary: ids, labels, the provision that
    /// creates each).
    pub fn roles(&self) -> JsResult<Vec<Ts<Role>>> {
        ts_vec(&self.inner.register.roles)
    }

    /// The activities the duties serve (monitoring, verification, handling…).
    pub fn activities(&self) -> JsResult<Vec<Ts<Activity>>> {
        ts_vec(&self.inner.matrix.activities)
    }

    /// Every value of vocabulary `name` (`"role"`, `"case_status"`, `"command"`, …) with its
    /// Vietnamese and English label: the regulation's own roles, activities, action kinds and
    /// work kinds, and the engine's closed vocabularies.
    pub fn vocabulary(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] name: JsValue,
    ) -> JsResult<Vec<Ts<Term>>> {
        let name = string(&name, "name")?;
        ts_vec(
            &self
                .inner
                .vocabulary(&name)
                .map_err(|e| to_js(e.at("/name")))?,
        )
    }

    /// Every body of the regulation (including merged ones), in order.
    pub fn bodies(&self) -> JsResult<Vec<Ts<Body>>> {
        ts_vec(&self.inner.register.bodies)
    }

    /// The bodies that exist on `day`: those an officer can act for then.
    #[wasm_bindgen(js_name = bodiesOn)]
    pub fn bodies_on(
        &self,
        #[wasm_bindgen(unchecked_param_type = "NaiveDate")] day: JsValue,
    ) -> JsResult<Vec<Ts<Body>>> {
        ts_refs(&quyche_ffi::bodies_on(&self.inner, date(&day, "day")?))
    }

    /// The body that stands for `id` on `day`: `id` itself if it exists then, otherwise the first
    /// successor along its chain that does (Đài PT-TH → Báo Khánh Hòa after 2025-04-23).
    #[wasm_bindgen(js_name = bodyOn)]
    pub fn body_on(
        &self,
        id: Ts<BodyId>,
        #[wasm_bindgen(unchecked_param_type = "NaiveDate")] day: JsValue,
    ) -> JsResult<Option<Ts<Body>>> {
        let id = from_ts(&id, "id", "a body id")?;
        self.inner
            .body_on(&id, date(&day, "day")?)
            .map(ts)
            .transpose()
    }

    /// Who plays `role` on `day`: the assignments, each with its status, interpretation flag and
    /// note (assignments covering all the role's duties first).
    #[wasm_bindgen(js_name = bodiesFor)]
    pub fn bodies_for(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] role: JsValue,
        #[wasm_bindgen(unchecked_param_type = "NaiveDate")] day: JsValue,
    ) -> JsResult<Vec<Ts<RoleAssignment>>> {
        let role = self.role_arg(&role)?;
        ts_refs(&self.inner.body_for(&role, date(&day, "day")?))
    }

    /// The roles body `body` plays on `day` (empty for an unknown body).
    #[wasm_bindgen(js_name = rolesOf)]
    pub fn roles_of(
        &self,
        body: Ts<BodyId>,
        #[wasm_bindgen(unchecked_param_type = "NaiveDate")] day: JsValue,
    ) -> JsResult<Vec<Ts<RoleAssignment>>> {
        let body = from_ts(&body, "body", "a body id")?;
        ts_refs(&self.inner.roles_of(&body, date(&day, "day")?))
    }

    /// The responsibility matrix of Điều 5–9: every duty as a row (id, citation, principal role
    /// and co-holders, activity, kind of participation, counterparts, label).
    pub fn duties(&self) -> JsResult<Vec<Ts<Duty>>> {
        ts_vec(&self.inner.matrix.duties)
    }

    /// The duty with id `id` (e.g. `"7.1.a.2"`, `"7.3.đ"`), if any.
    pub fn duty(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
    ) -> JsResult<Option<Ts<Duty>>> {
        self.inner.duty(&string(&id, "id")?).map(ts).transpose()
    }

    /// The duties `role` holds: on `day` when given (co-holders only within their validity),
    /// otherwise at any time.
    #[wasm_bindgen(js_name = dutiesOf)]
    pub fn duties_of(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] role: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "NaiveDate")] day: Option<JsValue>,
    ) -> JsResult<Vec<Ts<Duty>>> {
        let role = self.role_arg(&role)?;
        match day {
            None => ts_refs(&self.inner.duties_of(&role)),
            Some(day) => ts_refs(&self.inner.duties_of_on(&role, date(&day, "day")?)),
        }
    }

    /// Who takes part in `activity` and how: every duty serving it.
    pub fn participants(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] activity: JsValue,
    ) -> JsResult<Vec<Ts<Duty>>> {
        let activity = string(&activity, "activity")?;
        let a = self
            .inner
            .activity_named(&activity)
            .map_err(|e| to_js(e.at("/activity")))?;
        ts_refs(&self.inner.participants(&a.id))
    }

    /// The duty or duties behind `citation` (citing Điều 7.3 gives its six points; citing Điều
    /// 5.1.a gives the duty of Điều 5.1).
    #[wasm_bindgen(js_name = dutyFor)]
    pub fn duty_for(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Citation | string")] citation: JsValue,
    ) -> JsResult<Vec<Ts<Duty>>> {
        let c = self.citation_arg(&citation)?;
        ts_refs(&self.inner.duty_for(&c))
    }

    /// The assignments through which bodies carry duty `dutyId` on `day` (each body once).
    #[wasm_bindgen(js_name = bodiesForDuty)]
    pub fn bodies_for_duty(
        &self,
        #[wasm_bindgen(js_name = dutyId, unchecked_param_type = "string")] duty_id: JsValue,
        #[wasm_bindgen(unchecked_param_type = "NaiveDate")] day: JsValue,
    ) -> JsResult<Vec<Ts<RoleAssignment>>> {
        let id = string(&duty_id, "dutyId")?;
        ts_refs(&self.inner.bodies_for_duty(&id, date(&day, "day")?))
    }

    /// The case workflow as data: one transition per command (states it may start from, the
    /// state it leads to, who may issue it, the articles) and the action kinds.
    pub fn workflow(&self) -> JsResult<Ts<quyche::rules::Workflow>> {
        ts(&self.inner.workflow)
    }

    /// The workflow as a Mermaid state diagram, generated from the transition table.
    #[wasm_bindgen(js_name = workflowMermaid)]
    pub fn workflow_mermaid(&self) -> String {
        self.inner.workflow.mermaid()
    }

    /// Parses one citation (the whole text) against this regulation's instrument catalogue,
    /// e.g. `"điểm đ khoản 1 Điều 8 Luật An ninh mạng 2018"` (throws `CITATION_PARSE`).
    #[wasm_bindgen(js_name = parseCitation)]
    pub fn parse_citation(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    ) -> JsResult<Ts<Citation>> {
        let text = string(&text, "text")?;
        ts(&Citation::parse_with(&text, &*self.inner).map_err(to_js)?)
    }

    /// Every citation found in free text, in order of appearance.
    #[wasm_bindgen(js_name = findCitations)]
    pub fn find_citations(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    ) -> JsResult<Vec<Ts<Citation>>> {
        let text = string(&text, "text")?;
        ts_vec(&Citation::find_all(&text, &*self.inner))
    }

    /// A citation written out in Vietnamese (`"điểm đ khoản 1 Điều 8 Luật An ninh mạng 2018"`)
    /// or English (`"Art. 8(1)(đ), Cybersecurity Law 2018"`).
    #[wasm_bindgen(js_name = formatCitation)]
    pub fn format_citation(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Citation | string")] citation: JsValue,
        lang: Ts<quyche::text::Lang>,
    ) -> JsResult<String> {
        let c = self.citation_arg(&citation)?;
        let lang = from_ts(&lang, "lang", "\"vi\" or \"en\"")?;
        Ok(c.in_lang(&*self.inner, lang))
    }
}

/// Parses one citation against the built-in Khánh Hòa catalogue, or against `regulation`'s.
#[wasm_bindgen(js_name = parseCitation)]
pub fn parse_citation(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Regulation")] regulation: Option<JsValue>,
) -> JsResult<Ts<Citation>> {
    let reg = shared_or_builtin(&regulation, "regulation")?;
    let text = string(&text, "text")?;
    ts(&Citation::parse_with(&text, &*reg).map_err(to_js)?)
}

/// Every citation found in free text (built-in catalogue unless `regulation` is given).
#[wasm_bindgen(js_name = findCitations)]
pub fn find_citations(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Regulation")] regulation: Option<JsValue>,
) -> JsResult<Vec<Ts<Citation>>> {
    let reg = shared_or_builtin(&regulation, "regulation")?;
    ts_vec(&Citation::find_all(&string(&text, "text")?, &*reg))
}

/// A citation in Vietnamese or English (built-in catalogue unless `regulation` is given).
#[wasm_bindgen(js_name = formatCitation)]
pub fn format_citation(
    #[wasm_bindgen(unchecked_param_type = "Citation | string")] citation: JsValue,
    lang: Ts<quyche::text::Lang>,
    #[wasm_bindgen(unchecked_optional_param_type = "Regulation")] regulation: Option<JsValue>,
) -> JsResult<String> {
    let reg = shared_or_builtin(&regulation, "regulation")?;
    Regulation::from_rc(reg).format_citation(citation, lang)
}

/// Every citation found in free text, and every part that looks like a citation of an
/// instrument the catalogue cannot tell (unknown, or a name that fits several such as "Luật Báo
/// chí" without its year): `{citations, unresolved}` with `UNKNOWN_INSTRUMENT` errors
/// (built-in catalogue unless `regulation` is given). `findCitations` gives the first list only.
#[wasm_bindgen(js_name = scanCitations)]
pub fn scan_citations(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Regulation")] regulation: Option<JsValue>,
) -> JsResult<Ts<quyche::law::CitationScan>> {
    let reg = shared_or_builtin(&regulation, "regulation")?;
    ts(&Citation::scan(&string(&text, "text")?, &*reg))
}
