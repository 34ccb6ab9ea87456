//! Members a format does not have are refused (`INVALID_INPUT` at the member's JSON pointer),
//! never dropped: an edit that adds a member anywhere in a stored event log, a stored case, a
//! regulation document or a body registration cannot pass unnoticed (a dropped member would
//! leave the hash chain intact). Each test adds one member to every object of a real document in
//! turn, so every type at every depth is covered, including those serde would decode leniently
//! (the internally tagged command, actor, advisory and deadline rules, the ground's origin).

use quyche::case::{Actor, Case, Command, events_from_json};
use quyche::{Error, ErrorCode, Regulation};
use serde_json::Value;
use std::collections::BTreeSet;

/// The member added by every test: with a `null` value, which is no excuse either.
const EXTRA: &str = "zz_extra";

/// The case of the conformance scenario `full-lifecycle-2026` (the corrected workflow from
/// detection to closing, with a removal request and its deadline, recipients and citations),
/// built through the API, as JSON, with the regulation and its registered bodies.
fn lifecycle() -> (Regulation, Value) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/conformance/full-lifecycle-2026.json"
    );
    let scenario: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("scenario")).expect("JSON");
    let mut reg = Regulation::khanh_hoa();
    for r in scenario["register"].as_array().expect("register") {
        reg.register_body_json(&r.to_string())
            .expect("registration");
    }
    let mut case: Option<Case> = None;
    for step in scenario["steps"].as_array().expect("steps") {
        let cmd = Command::from_value(step["command"].clone()).expect("command");
        let actor: Actor = match &step["actor"] {
            Value::String(b) => Actor::body(b),
            v => serde_json::from_value(v.clone()).expect("actor"),
        };
        let at = chrono::DateTime::parse_from_rfc3339(step["at"].as_str().expect("at"))
            .expect("RFC 3339");
        match case.as_mut() {
            None => case = Some(Case::start(&reg, cmd, &actor, at).expect("detect").0),
            Some(c) => {
                c.apply(&reg, cmd, &actor, at).expect("step");
            }
        }
    }
    let case = quyche::json::to_value(&case.expect("a case")).expect("writes");
    (reg, case)
}

/// True when some pointer of `pointers` has the shape `shape` (`*` for any array index).
fn has_shape(pointers: &[String], shape: &str) -> bool {
    pointers.iter().any(|p| {
        let a: Vec<&str> = p.split('/').collect();
        let b: Vec<&str> = shape.split('/').collect();
        a.len() == b.len()
            && a.iter()
                .zip(&b)
                .all(|(x, y)| *y == "*" && x.parse::<usize>().is_ok() || x == y)
    })
}

/// The JSON pointer of every object in `v`.
fn objects(v: &Value, at: &str, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            out.push(at.to_string());
            for (k, x) in m {
                let token = k.replace('~', "~0").replace('/', "~1");
                objects(x, &format!("{at}/{token}"), out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                objects(x, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// The pointers of [`objects`], one per shape: array indices count as one (the first instance
/// of `/bodies/*/name` stands for all of them).
fn one_per_shape(v: &Value) -> Vec<String> {
    let mut all = Vec::new();
    objects(v, "", &mut all);
    let mut seen = BTreeSet::new();
    all.into_iter()
        .filter(|p| {
            let shape: Vec<&str> = p
                .split('/')
                .map(|t| if t.parse::<usize>().is_ok() { "*" } else { t })
                .collect();
            seen.insert(shape.join("/"))
        })
        .collect()
}

/// `v` with member [`EXTRA`] added to the object at `pointer`.
fn with_extra(v: &Value, pointer: &str) -> Value {
    let mut edited = v.clone();
    let object = edited.pointer_mut(pointer).and_then(Value::as_object_mut);
    object.expect("an object").insert(EXTRA.into(), Value::Null);
    edited
}

/// Checks that `e` refuses the member added at `pointer` (under `prefix`), in both languages.
fn refused_at(e: Error, prefix: &str, pointer: &str) {
    let want = format!("{prefix}{pointer}/{EXTRA}");
    assert_eq!(
        (e.code, e.path.as_deref()),
        (ErrorCode::InvalidInput, Some(want.as_str())),
        "{}",
        e.message
    );
    assert!(
        e.message
            .starts_with("unknown member `zz_extra`; expected one of "),
        "{want}: {}",
        e.message
    );
    assert!(
        e.message_vi
            .starts_with("trường `zz_extra` không có trong định dạng")
    );
}

#[test]
fn replay_refuses_an_unknown_member_in_every_object_of_an_event_log() {
    let (reg, case) = lifecycle();
    let reg = &reg;
    let log = case["events"].clone();
    assert!(Case::replay_json(reg, &log.to_string()).is_ok());
    let mut pointers = Vec::new();
    objects(&log, "", &mut pointers);
    // The depths of the issue, among others: the event, its actor, command, content and area,
    // effects, a deadline and the citation inside it, recipients and their citations, the
    // regulation reference.
    for shape in [
        "/0",
        "/0/actor",
        "/0/command",
        "/0/command/content",
        "/*/effects",
        "/*/effects/deadline",
        "/*/effects/deadline/provision",
        "/*/effects/recipients",
        "/*/effects/recipients/citations/*",
        "/0/regulation",
        "/*/command/grounds/*",
    ] {
        assert!(has_shape(&pointers, shape), "{shape}");
    }
    for p in &pointers {
        let text = with_extra(&log, p).to_string();
        refused_at(Case::replay_json(reg, &text).unwrap_err(), "", p);
        refused_at(events_from_json(&text).unwrap_err(), "", p);
    }
}

#[test]
fn a_stored_case_refuses_an_unknown_member_in_every_object() {
    let (reg, case) = lifecycle();
    let reg = &reg;
    assert!(Case::from_json(reg, &case.to_string()).is_ok());
    let mut pointers = Vec::new();
    objects(&case, "", &mut pointers);
    for shape in [
        "",
        "/content",
        "/actions/*",
        "/removal_requests/*",
        "/removal_requests/*/deadline",
        "/assessment",
        "/verification",
        "/regulation",
        "/events/0/command/content",
        "/events/*/effects/deadline/provision",
    ] {
        assert!(has_shape(&pointers, shape), "{shape}");
    }
    for p in &pointers {
        let text = with_extra(&case, p).to_string();
        refused_at(Case::from_json(reg, &text).unwrap_err(), "", p);
    }
}

#[test]
fn a_regulation_document_refuses_an_unknown_member_in_every_kind_of_object() {
    let doc = quyche::json::to_value(Regulation::khanh_hoa_ref()).unwrap();
    let pointers = one_per_shape(&doc);
    // Among them the types decoded by hand: who may issue a command, what an advisory and a
    // deadline rule are about, why a provision is a ground.
    for shape in [
        "/workflow/transitions/*/actor",
        "/workflow/transitions/*/actor/rules/*",
        "/workflow/advisories/*",
        "/workflow/deadlines/*/on",
        "/catalogue/grounds/*/origin",
    ] {
        let mut all = Vec::new();
        objects(&doc, "", &mut all);
        assert!(has_shape(&all, shape), "{shape}");
        assert!(has_shape(&pointers, shape), "{shape} (one per shape)");
    }
    // A map with open keys (old action-kind id → new) has no unknown members.
    let maps = ["/previous_versions/0/renamed_action_kinds"];
    for p in pointers.iter().filter(|p| !maps.contains(&p.as_str())) {
        let text = with_extra(&doc, p).to_string();
        refused_at(Regulation::from_json(&text).unwrap_err(), "", p);
    }
}

#[test]
fn a_body_registration_refuses_an_unknown_member_in_the_body_and_its_roles() {
    let registration = serde_json::json!({
        "body": {"id": "so-vi-du", "name": {"vi": "Sở Ví Dụ", "en": "Example Department"},
                 "valid": {"from": "2025-07-01"}, "status": "C"},
        "roles": [{"role": "commune_committee", "body": "so-vi-du",
                   "valid": {"from": "2025-07-01"}, "status": "C"}]});
    let mut reg = Regulation::khanh_hoa();
    let mut pointers = Vec::new();
    objects(&registration, "", &mut pointers);
    assert_eq!(
        pointers,
        [
            "",
            "/body",
            "/body/name",
            "/body/valid",
            "/roles/0",
            "/roles/0/valid"
        ]
    );
    for p in &pointers {
        let text = with_extra(&registration, p).to_string();
        refused_at(reg.register_body_json(&text).unwrap_err(), "", p);
    }
    reg.register_body_json(&registration.to_string()).unwrap();
}
