//! A bundle of case logs, loaded in one call: the bodies a province registered beyond the
//! built-in ones and the event log of every case, as an analyst receives them in one file.
//!
//! ```json
//! {"regulation": "khanh-hoa-2086",
//!  "register": [{"body": {...}, "roles": [...]}],
//!  "cases": [[{event}, {event}, ...], {"id": ..., "events": [...], ...}]}
//! ```
//!
//! `regulation` (optional) is the id, or `{"id", "version"}`, the logs were recorded under;
//! `register` (optional) holds [`BodyRegistration`]s; each item of `cases` is an event log (a
//! JSON array of events) or a stored case (the shape of [`Case::to_json`]). Every log is
//! replayed under the regulation with the bodies registered, re-checking its hash chain and every
//! guard. Errors point into the bundle: `/regulation`, `/register/<i>/…`, `/cases/<i>/…`; when
//! several cases fail, the first is the error and the others are in its `related` list.
//!
//! A case always carries the regulation it was checked against; [`check_held_regulation`] is
//! the check that a report or a table compiled under one regulation makes of a case object
//! holding another (the bindings keep that object with each case).

use super::model::{Case, CaseId, RegulationRef};
use super::replay::check_regulation;
use crate::error::{Error, ErrorCode, Result};
use crate::org::BodyRegistration;
use crate::regulation::Regulation;
use serde_json::Value;
use std::collections::BTreeSet;

/// The members a bundle may have.
const MEMBERS: [&str; 3] = ["regulation", "register", "cases"];

/// A loaded bundle: the regulation with the bundle's bodies registered, and every case rebuilt
/// from its log (in the bundle's order).
#[derive(Debug, Clone)]
pub struct CaseBundle {
    /// The base regulation with the bundle's `register` applied.
    pub regulation: Regulation,
    /// The cases, each checked by replaying its log under [`CaseBundle::regulation`].
    pub cases: Vec<Case>,
}

/// Loads a bundle from JSON text (read under the limits of [`crate::json::limits`], NFC).
///
/// ```
/// # use quyche::case::{Actor, Case, Command};
/// let base = quyche::Regulation::khanh_hoa();
/// let cmd = Command::from_json(r#"{"type":"detect","source":"press_review","content":{
///     "platform":"Facebook","platform_kind":"social_network","kind":"post","summary":"Tin đồn"}}"#).unwrap();
/// let at = chrono::DateTime::parse_from_rfc3339("2026-03-02T08:00:00+07:00").unwrap();
/// let (case, _) = Case::start(&base, cmd, &Actor::body("so-vhttdl"), at).unwrap();
/// let text = format!(r#"{{"regulation": "khanh-hoa-2086", "cases": [{}]}}"#,
///                    serde_json::to_string(&case.events).unwrap());
/// let bundle = quyche::case::load_bundle_json(&base, &text).unwrap();
/// assert_eq!(bundle.cases, vec![case]);
/// let e = quyche::case::load_bundle_json(&base, r#"{"cases": [[{"seq": 1}]]}"#).unwrap_err();
/// assert_eq!((e.code.as_str(), e.path.as_deref()), ("INVALID_INPUT", Some("/cases/0/0")));
/// ```
pub fn load_bundle_json(base: &Regulation, text: &str) -> Result<CaseBundle> {
    crate::json::check_size(text)?;
    load_bundle(base, crate::json::read_json(text)?)
}

/// Loads a bundle from a JSON value (its strings taken as they are: the bindings normalise them
/// to NFC while converting). See the module documentation for the shape and the errors.
pub fn load_bundle(base: &Regulation, value: Value) -> Result<CaseBundle> {
    let Value::Object(mut members) = value else {
        return Err(Error::invalid(
            "",
            "A bundle of cases is a JSON object with `cases` (and optionally `regulation` and `register`).",
            "Gói vụ việc phải là đối tượng JSON có `cases` (và có thể có `regulation`, `register`).",
        ));
    };
    if let Some(key) = members.keys().find(|k| !MEMBERS.contains(&k.as_str())) {
        return Err(unknown_member(key));
    }
    if let Some(r) = members.remove("regulation") {
        check_declared(base, &r)?;
    }
    let mut reg = base.clone();
    if let Some(r) = members.remove("register") {
        let regs: Vec<BodyRegistration> =
            crate::json::from_value(r).map_err(|e| e.under("/register"))?;
        for (i, r) in regs.into_iter().enumerate() {
            reg.register_body(r.body, r.roles)
                .map_err(|e| e.under(&format!("/register/{i}")))?;
        }
    }
    let Some(Value::Array(items)) = members.remove("cases") else {
        return Err(Error::invalid(
            "/cases",
            "The bundle needs `cases`: a list of event logs or stored cases.",
            "Gói vụ việc cần có `cases`: danh sách nhật ký sự kiện hoặc vụ việc đã lưu.",
        ));
    };
    let cases = replay_all(&reg, items)?;
    Ok(CaseBundle {
        regulation: reg,
        cases,
    })
}

fn unknown_member(key: &str) -> Error {
    let key = crate::text::echo(key);
    Error::invalid(
        format!("/{}", crate::error::pointer_token(&key)),
        format!(
            "A bundle has no member `{key}`; its members are `regulation`, `register` and `cases`."
        ),
        format!(
            "Gói vụ việc không có mục `{key}`; các mục là `regulation`, `register` và `cases`."
        ),
    )
}

/// The bundle's `regulation`: an id, or `{"id", "version"}`, that must be the base's.
fn check_declared(base: &Regulation, r: &Value) -> Result<()> {
    if let Value::String(id) = r {
        let declared = RegulationRef {
            id: id.clone(),
            version: base.version.clone(),
        };
        return check_regulation(base, &declared).map_err(|e| e.at("/regulation"));
    }
    let declared: RegulationRef = crate::json::from_ref(r).map_err(|e| e.under("/regulation"))?;
    // Its pointers are `/regulation/id` and `/regulation/version` already.
    check_regulation(base, &declared)
}

/// Replays every item of `cases`; all are checked, the first failure is the error with the
/// others related. A case id given twice is refused at `/cases/<i>`.
fn replay_all(reg: &Regulation, items: Vec<Value>) -> Result<Vec<Case>> {
    let mut out = Vec::with_capacity(items.len());
    let mut errors = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        match one_case(reg, item) {
            Ok(c) => out.push(c),
            Err(e) => errors.push(e.under(&format!("/cases/{i}"))),
        }
    }
    let mut errors = errors.into_iter();
    if let Some(first) = errors.next() {
        return Err(first.with_related(errors));
    }
    let mut seen = BTreeSet::new();
    for (i, c) in out.iter().enumerate() {
        if !seen.insert(&c.id) {
            return Err(given_twice(i, &c.id));
        }
    }
    Ok(out)
}

fn given_twice(i: usize, id: &CaseId) -> Error {
    let id = crate::text::echo(&id.0);
    Error::invalid(
        format!("/cases/{i}"),
        format!("Case `{id}` is given twice."),
        format!("Vụ việc `{id}` bị lặp lại."),
    )
}

/// One item of `cases`: an event log, or a stored case checked against its own log.
fn one_case(reg: &Regulation, item: Value) -> Result<Case> {
    match item {
        Value::Array(_) => Case::replay_owned(reg, super::log_from_value(reg, item)?),
        Value::Object(_) => Case::from_value(reg, item),
        _ => Err(Error::invalid(
            "",
            "Each case is an event log (a list of events) or a stored case (an object).",
            "Mỗi vụ việc là một nhật ký sự kiện (danh sách sự kiện) hoặc một vụ việc đã lưu (đối tượng).",
        )),
    }
}

/// Refuses case number `i` (`id`), held with the regulation `held`, in a report or table
/// compiled under `reg`: both must be the same regulation, the same data version and the same
/// bodies, or the case was checked against rules the report does not apply. Cheap when `held`
/// and `reg` are the same value in memory; otherwise they are compared in full.
/// [`ErrorCode::LogVersion`] at `/cases/<i>`, naming the case and what differs.
///
/// ```
/// let reg = quyche::Regulation::khanh_hoa();
/// let id = quyche::case::CaseId("case-1".into());
/// assert!(quyche::case::check_held_regulation(&reg, &reg.clone(), 0, &id).is_ok());
/// let mut other = reg.clone();
/// other.version = "1999.01.01".into();
/// let e = quyche::case::check_held_regulation(&reg, &other, 3, &id).unwrap_err();
/// assert_eq!((e.code.as_str(), e.path.as_deref()), ("LOG_VERSION", Some("/cases/3")));
/// assert!(e.message_vi.contains("case-1"));
/// ```
pub fn check_held_regulation(
    reg: &Regulation,
    held: &Regulation,
    i: usize,
    id: &CaseId,
) -> Result<()> {
    if std::ptr::eq(reg, held) || reg == held {
        return Ok(());
    }
    let (en, vi) = held_difference(reg, held);
    let id = crate::text::echo(&id.0);
    Err(Error::new(
        ErrorCode::LogVersion,
        format!("Case `{id}` was checked against another regulation than the one given: {en}."),
        format!("Vụ việc `{id}` được kiểm tra theo một quy chế khác với quy chế được dùng ở đây: {vi}."),
    )
    .with_help(
        "Use the regulation the cases were loaded with (the one a bundle load returns, or `case.regulation`), or load the cases again under this regulation.",
        "Dùng quy chế đã dùng để nạp các vụ việc (quy chế trả về khi nạp gói, hoặc `case.regulation`), hoặc nạp lại các vụ việc theo quy chế này.",
    )
    .at(format!("/cases/{i}")))
}

/// The cases of several logs read one after the other (JSON Lines files, one per case or per
/// partition): each part's cases or its error, added in order. A failure in part `k` points
/// at `/<k>/…`; a case given in two parts is refused at the second (`/<k>`). Every part is
/// taken: the first failure is the error, the others are in its `related` list.
///
/// ```
/// use quyche::case::{CaseParts, CaseId};
/// let mut parts = CaseParts::default();
/// parts.add(Ok(vec![]));
/// parts.add(Err(quyche::Error::invalid("/3/seq", "bad", "sai")));
/// let e = parts.finish().unwrap_err();
/// assert_eq!(e.path.as_deref(), Some("/1/3/seq"));
/// ```
#[derive(Debug, Default)]
pub struct CaseParts {
    cases: Vec<Case>,
    seen: BTreeSet<CaseId>,
    errors: Vec<Error>,
    parts: usize,
}

impl CaseParts {
    /// Adds the next part: its cases, or why it could not be read.
    pub fn add(&mut self, part: Result<Vec<Case>>) {
        let k = self.parts;
        self.parts += 1;
        match part {
            Err(e) => self.errors.push(e.under(&format!("/{k}"))),
            Ok(cases) => {
                for c in cases {
                    if self.seen.contains(&c.id) {
                        let id = crate::text::echo(&c.id.0);
                        self.errors.push(Error::invalid(
                            format!("/{k}"),
                            format!("Case `{id}` is in more than one log."),
                            format!("Vụ việc `{id}` có trong nhiều nhật ký."),
                        ));
                        continue;
                    }
                    self.seen.insert(c.id.clone());
                    self.cases.push(c);
                }
            }
        }
    }

    /// Every case, in the order of the parts, or the first failure with the others related.
    pub fn finish(self) -> Result<Vec<Case>> {
        let mut errors = self.errors.into_iter();
        match errors.next() {
            Some(first) => Err(first.with_related(errors)),
            None => Ok(self.cases),
        }
    }
}

/// `reg` as the built-in regulation (`Regulation::khanh_hoa`) with bodies registered on it, in
/// order: the registrations that rebuild it exactly (`register_body` one after the other, as
/// [`load_bundle`] does with a bundle's `register`), or `None` when `reg` is not such a
/// regulation (another one, or one changed otherwise). A compact form to send a regulation
/// between processes: its registrations are a few hundred bytes, its document hundreds of
/// kilobytes.
///
/// ```
/// let mut reg = quyche::Regulation::khanh_hoa();
/// assert_eq!(quyche::case::builtin_registrations(&reg).map(|r| r.len()), Some(0));
/// reg.register_body_json(r#"{"body": {"id": "so-y-te-vd", "name": {"vi": "Sở Y tế",
///     "en": "Department of Health"}, "valid": {"from": "2020-08-12"}, "status": "C"}}"#).unwrap();
/// let regs = quyche::case::builtin_registrations(&reg).unwrap();
/// assert_eq!(regs[0].body.id.as_str(), "so-y-te-vd");
/// reg.version = "other".into();
/// assert!(quyche::case::builtin_registrations(&reg).is_none());
/// ```
pub fn builtin_registrations(reg: &Regulation) -> Option<Vec<BodyRegistration>> {
    let base = Regulation::khanh_hoa_ref();
    let (bodies, assignments) = (&reg.register.bodies, &reg.register.assignments);
    let (nb, na) = (base.register.bodies.len(), base.register.assignments.len());
    if reg.id != base.id
        || bodies.get(..nb)? != base.register.bodies.as_slice()
        || assignments.get(..na)? != base.register.assignments.as_slice()
    {
        return None;
    }
    // Each registration pushed its body, then its roles (which name it).
    let mut extra = assignments[na..].iter().peekable();
    let mut out = Vec::new();
    for body in &bodies[nb..] {
        let mut roles = Vec::new();
        while let Some(a) = extra.next_if(|a| a.body == body.id) {
            roles.push(a.clone());
        }
        out.push(BodyRegistration {
            body: body.clone(),
            roles,
        });
    }
    if extra.next().is_some() {
        return None;
    }
    // Everything else must be the built-in's: rebuild and compare.
    let mut rebuilt = base.clone();
    for r in &out {
        rebuilt
            .register_body(r.body.clone(), r.roles.clone())
            .ok()?;
    }
    (rebuilt == *reg).then_some(out)
}

/// Refuses case number `i` of a report compiled under `reg` when the case says it was checked
/// against another regulation or data version: [`ErrorCode::LogVersion`] at
/// `/cases/<i>/regulation/id` or `/cases/<i>/regulation/version`, naming the case.
pub(crate) fn check_case_regulation(reg: &Regulation, i: usize, case: &Case) -> Result<()> {
    check_regulation(reg, &case.regulation).map_err(|mut e| {
        let id = crate::text::echo(&case.id.0);
        e.message = format!("Case `{id}`: {}", e.message);
        e.message_vi = format!("Vụ việc `{id}`: {}", e.message_vi);
        e.under(&format!("/cases/{i}"))
    })
}

/// What differs between the report's regulation and a case's, in English and Vietnamese.
fn held_difference(reg: &Regulation, held: &Regulation) -> (String, String) {
    if reg.id != held.id {
        let h = crate::text::echo(&held.id);
        return (
            format!("`{h}`, not `{}`", reg.id),
            format!("`{h}`, không phải `{}`", reg.id),
        );
    }
    if reg.version != held.version {
        let h = crate::text::echo(&held.version);
        return (
            format!("data version `{h}`, not `{}`", reg.version),
            format!("phiên bản dữ liệu `{h}`, không phải `{}`", reg.version),
        );
    }
    let ids = |r: &Regulation| -> BTreeSet<String> {
        r.register
            .bodies
            .iter()
            .map(|b| b.id.as_str().to_string())
            .collect()
    };
    let (mine, theirs) = (ids(reg), ids(held));
    let only: Vec<&String> = theirs.symmetric_difference(&mine).collect();
    if only.is_empty() {
        return (
            "the same id and version with other data (bodies, roles or rules changed)".into(),
            "cùng mã và phiên bản nhưng dữ liệu khác (cơ quan, vai trò hoặc quy định đã thay đổi)"
                .into(),
        );
    }
    let list = only
        .iter()
        .map(|b| format!("`{}`", crate::text::echo(b)))
        .collect::<Vec<_>>()
        .join(", ");
    (
        format!("the bodies registered differ ({list})"),
        format!("danh sách cơ quan đăng ký khác nhau ({list})"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Cases detected on different days get different ids.
    fn case(reg: &Regulation, summary: &str, day: u32) -> Case {
        let at = format!("2026-03-{day:02}T08:00:00+07:00");
        super::super::fixtures::detected_and_received(reg, summary, &at)
    }

    fn health() -> Value {
        json!({"body": {"id": "so-y-te-vd", "name": {"vi": "Sở Y tế", "en": "Department of Health"},
                        "valid": {"from": "2020-08-12"}, "status": "C"},
               "roles": [{"role": "department", "body": "so-y-te-vd",
                          "valid": {"from": "2020-08-12"}, "status": "C"}]})
    }

    #[test]
    fn logs_and_stored_cases_load_under_the_registered_bodies() {
        let base = Regulation::khanh_hoa();
        let (a, b) = (case(&base, "Tin đồn A", 2), case(&base, "Tin đồn B", 3));
        let stored: Value = serde_json::from_str(&b.to_json()).unwrap();
        let v = json!({"regulation": {"id": base.id, "version": base.version},
                       "register": [health()], "cases": [a.events, stored]});
        let bundle = load_bundle(&base, v).unwrap();
        assert_eq!(bundle.cases, vec![a, b]);
        assert!(bundle.regulation.register.bodies.len() == base.register.bodies.len() + 1);
    }

    #[test]
    fn every_failure_is_reported_under_its_case() {
        let base = Regulation::khanh_hoa();
        let (a, b) = (case(&base, "Tin đồn A", 2), case(&base, "Tin đồn B", 3));
        let mut bad_a = serde_json::to_value(&a.events).unwrap();
        bad_a[1]["seq"] = json!(5);
        let mut bad_b = serde_json::to_value(&b.events).unwrap();
        bad_b[0]["command"]["content"]["summary"] = json!("Tin thật");
        let e = load_bundle(&base, json!({"cases": [bad_a, bad_b]})).unwrap_err();
        assert_eq!(e.code, ErrorCode::LogTampered);
        assert_eq!(e.path.as_deref(), Some("/cases/0/1/seq"));
        assert_eq!(e.related.len(), 1);
        assert_eq!(e.related[0].path.as_deref(), Some("/cases/1/0/hash"));
        let e = load_bundle(&base, json!({"cases": [a.events, a.events]})).unwrap_err();
        assert_eq!(e.path.as_deref(), Some("/cases/1"));
    }

    #[test]
    fn a_bundle_of_another_regulation_or_shape_is_refused_at_its_member() {
        let base = Regulation::khanh_hoa();
        let refused = |v: Value, code: ErrorCode, path: &str| {
            let e = load_bundle(&base, v).unwrap_err();
            assert_eq!((e.code, e.path.as_deref()), (code, Some(path)), "{e}");
        };
        refused(
            json!({"regulation": "other", "cases": []}),
            ErrorCode::LogVersion,
            "/regulation",
        );
        refused(
            json!({"regulation": {"id": base.id, "version": "1.0"}, "cases": []}),
            ErrorCode::LogVersion,
            "/regulation/version",
        );
        refused(
            json!({"cases": [], "case": []}),
            ErrorCode::InvalidInput,
            "/case",
        );
        refused(json!({"register": []}), ErrorCode::InvalidInput, "/cases");
        refused(json!([]), ErrorCode::InvalidInput, "");
        refused(json!({"cases": [7]}), ErrorCode::InvalidInput, "/cases/0");
        let mut dup = health();
        dup["body"]["id"] = json!("so-vhttdl");
        let e = load_bundle(&base, json!({"register": [dup], "cases": []})).unwrap_err();
        assert!(
            e.path.as_deref().unwrap().starts_with("/register/0/"),
            "{e}"
        );
    }

    #[test]
    fn a_case_held_with_other_bodies_is_named_with_them() {
        let reg = Regulation::khanh_hoa();
        let mut held = reg.clone();
        let r: BodyRegistration = serde_json::from_value(health()).unwrap();
        held.register_body(r.body, r.roles).unwrap();
        let id = CaseId("vv-1".into());
        let e = check_held_regulation(&reg, &held, 2, &id).unwrap_err();
        assert_eq!(e.code, ErrorCode::LogVersion);
        assert!(e.message_vi.contains("`vv-1`") && e.message_vi.contains("`so-y-te-vd`"));
        assert!(check_held_regulation(&held, &held.clone(), 2, &id).is_ok());
    }
}
