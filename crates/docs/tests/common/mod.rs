//! The case the document tests use: the 15 steps of `tests/conformance/full-lifecycle-2026.json`
//! (a ward committee detects, the lead agency verifies and concludes violating under the
//! Cybersecurity Law 2025, the police send a removal request to the platform, Báo Khánh Hòa
//! announces the results, the lead agency closes the case), taken from the scenario file so the
//! tests and the three languages' conformance suites rest on the same facts.
#![allow(dead_code, clippy::result_large_err)]

pub mod package;

use chrono::{DateTime, FixedOffset};
use quyche::Regulation;
use quyche::case::{Actor, Case, Command};
use quyche::org::BodyRegistration;
use serde_json::Value;
use std::path::PathBuf;

/// The author's handle in the scenario: personal data no document may carry.
pub const HANDLE: &str = "nguoidung.a";

pub fn scenario() -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/conformance/full-lifecycle-2026.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

pub fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

/// The built-in regulation with the scenario's registered bodies.
pub fn regulation() -> Regulation {
    let mut reg = Regulation::khanh_hoa();
    for r in scenario()["register"].as_array().unwrap() {
        let r: BodyRegistration = serde_json::from_value(r.clone()).unwrap();
        reg.register_body(r.body, r.roles).unwrap();
    }
    reg
}

/// The case after the scenario's first `steps` steps.
pub fn case(reg: &Regulation, steps: usize) -> Case {
    let sc = scenario();
    let mut case: Option<Case> = None;
    for step in sc["steps"].as_array().unwrap().iter().take(steps) {
        let cmd = Command::from_value(step["command"].clone()).unwrap();
        let actor = Actor::body(step["actor"].as_str().unwrap());
        let when = at(step["at"].as_str().unwrap());
        match case.as_mut() {
            None => case = Some(Case::start(reg, cmd, &actor, when).unwrap().0),
            Some(c) => {
                c.apply(reg, cmd, &actor, when).unwrap();
            }
        }
    }
    case.unwrap()
}

/// The whole scenario: a closed case.
pub fn closed(reg: &Regulation) -> Case {
    case(reg, 15)
}
