//! The crate's own decoder (`quyche::json`, behind every reader since it replaced
//! serde_path_to_error) decodes every real value exactly as serde_json does: the built-in
//! regulation, and the cases, events and advisories of every conformance scenario. A difference
//! would change what a stored case or a loaded regulation means. Its own compact writer
//! (`quyche::json::to_text`, behind `Case::to_json` and the WebAssembly package's values)
//! writes each of them byte for byte as `serde_json::to_string` does.

use quyche::Regulation;
use quyche::case::{Actor, Advisory, Case, Command};
use quyche::org::{Body, BodyId, RoleAssignment};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::fmt::Debug;

/// Encodes `v`, decodes it with both decoders, and checks both give `v` back; and checks the
/// crate's compact writer gives serde_json's text.
fn round_trip<T: Serialize + DeserializeOwned + PartialEq + Debug>(v: &T, what: &str) {
    same_text(v, what);
    let json = serde_json::to_value(v).expect("serialises");
    let ours: T = quyche::json::from_ref(&json)
        .unwrap_or_else(|e| panic!("{what}: quyche::json refused it: {e:?}"));
    let theirs: T = serde_json::from_value(json).expect("serde_json decodes");
    assert_eq!(&ours, v, "{what}: quyche::json");
    assert_eq!(&theirs, v, "{what}: serde_json");
}

/// Each scenario's case, the advisories of each accepted step, and its regulation.
/// `quyche::json::to_text` writes `v` as `serde_json::to_string` does.
fn same_text<T: Serialize + ?Sized>(v: &T, what: &str) {
    let ours = quyche::json::to_text(v).expect("writes");
    assert_eq!(
        ours,
        serde_json::to_string(v).expect("serialises"),
        "{what}"
    );
}

fn scenario_cases() -> Vec<(String, Case, Vec<Vec<Advisory>>, Regulation)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/conformance");
    let mut out = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("conformance dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    for path in paths {
        let sc: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("reads")).expect("JSON");
        let mut reg = Regulation::khanh_hoa();
        for r in sc["register"].as_array().into_iter().flatten() {
            let body: Body = serde_json::from_value(r["body"].clone()).expect("body");
            let roles: Vec<RoleAssignment> =
                serde_json::from_value(r["roles"].clone()).expect("roles");
            reg.register_body(body, roles).expect("registers");
        }
        let mut case: Option<Case> = None;
        let mut advisories = Vec::new();
        for step in sc["steps"].as_array().expect("steps") {
            let Ok(cmd) = Command::from_json(&step["command"].to_string()) else {
                continue;
            };
            let actor = Actor::new(
                BodyId::new(step["actor"].as_str().expect("actor")),
                step["officer"].as_str().map(String::from),
            );
            let at = chrono::DateTime::parse_from_rfc3339(step["at"].as_str().expect("at"))
                .expect("RFC 3339");
            let step_result = match case.as_mut() {
                None => Case::start(&reg, cmd, &actor, at).map(|(c, a)| {
                    case = Some(c);
                    a
                }),
                Some(c) => c.apply(&reg, cmd, &actor, at).map(|a| a.advisories),
            };
            if let Ok(a) = step_result {
                advisories.push(a);
            }
        }
        if let Some(c) = case {
            out.push((path.display().to_string(), c, advisories, reg));
        }
    }
    out
}

#[test]
fn the_built_in_regulation_decodes_the_same_with_both_decoders() {
    round_trip(Regulation::khanh_hoa_ref(), "built-in regulation");
    // An error with a pointer, messages with quotes and related errors. (`Error::to_json`, the
    // binding support's compact form, moved to the quyche-ffi crate with the JSON-string API.)
    let e = Regulation::from_json(r#"{"id": 7, "version": "x\"y"}"#).unwrap_err();
    assert!(e.path.is_some());
    same_text(&e, "error");
}

#[test]
fn every_conformance_case_decodes_the_same_with_both_decoders() {
    let cases = scenario_cases();
    assert!(
        cases.len() >= 60,
        "only {} scenarios built a case",
        cases.len()
    );
    for (name, case, advisories, reg) in &cases {
        round_trip(case, name);
        for ev in &case.events {
            round_trip(ev, name);
            round_trip(&ev.command, name);
        }
        for a in advisories {
            round_trip(a, name);
        }
        // Outputs that are only written: what every body may do now, who is involved.
        for b in &reg.register.bodies {
            let actor = Actor::body(b.id.as_str());
            let at = case.events.last().expect("events").at;
            same_text(&case.allowed_commands(reg, &actor, at), name);
        }
        same_text(&case.duties_involved(reg), name);
        assert_eq!(
            case.to_json(),
            serde_json::to_string(case).expect("serialises")
        );
        // A regulation with the scenario's registered bodies too.
        round_trip(reg, name);
    }
}
