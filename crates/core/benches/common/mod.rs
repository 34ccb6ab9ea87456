//! Fixtures shared by the benchmarks: the 15-step lifecycle of
//! `tests/conformance/full-lifecycle-2026.json`, with the bodies it registers. A commune committee
//! detects and notifies the lead agency (Điều 5.1), which receives, opens a written consultation
//! of the police and the Party propaganda commission (two opinions, Điều 5.2) and concludes
//! violating; it requests the removal from the police, which sends the removal request to the
//! platform and records its answer, and takes the public rebuttal itself; both results are
//! reported, Báo Khánh Hòa publishes and the lead agency closes.
//!
//! [`STEPS`] is the step count and [`CONCLUDE`] the index of the `conclude` step; the benchmarks
//! check both against the fixture, so a change of the scenario shows up as a failed check instead
//! of silently measuring something else.

#![allow(dead_code)]

use chrono::{DateTime, Days, FixedOffset};
use quyche::Regulation;
use quyche::case::{Actor, Case, Command};
use quyche::org::{Body, BodyId, RoleAssignment};
use serde_json::Value;

/// Steps of the lifecycle (and events of one case's log).
pub const STEPS: usize = 15;

/// Index of the `conclude` step (the steps before it leave the case verifying, with both
/// opinions in).
pub const CONCLUDE: usize = 6;

/// One step: who, when, what.
#[derive(Clone)]
pub struct Step {
    pub actor: Actor,
    pub at: DateTime<FixedOffset>,
    pub command: Command,
}

fn scenario() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/conformance/full-lifecycle-2026.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).expect("lifecycle fixture"))
        .expect("fixture is JSON")
}

/// The built-in regulation plus the bodies the scenario registers (a commune committee, the
/// Department of Health).
pub fn regulation() -> Regulation {
    let mut reg = Regulation::khanh_hoa();
    for r in scenario()["register"].as_array().expect("register") {
        let body: Body = serde_json::from_value(r["body"].clone()).expect("body");
        let roles: Vec<RoleAssignment> = serde_json::from_value(r["roles"].clone()).expect("roles");
        reg.register_body(body, roles).expect("registers");
    }
    reg
}

/// The lifecycle's steps, shifted `days` later, with case id `case_id` (when given).
pub fn steps(days: u64, case_id: Option<&str>) -> Vec<Step> {
    let sc = scenario();
    let shift = |s: &str| -> DateTime<FixedOffset> {
        let t = DateTime::parse_from_rfc3339(s).expect("RFC 3339");
        t.checked_add_days(Days::new(days)).expect("in range")
    };
    sc["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .map(|s| {
            let mut cmd = s["command"].clone();
            if let Some(p) = cmd.pointer_mut("/content/published_at") {
                *p = Value::String(shift(p.as_str().expect("time")).to_rfc3339());
            }
            if let (Some(id), Some(m)) = (case_id, cmd.as_object_mut())
                && m["type"] == "detect"
            {
                m.insert("case_id".into(), Value::String(id.into()));
            }
            Step {
                actor: Actor::new(BodyId::new(s["actor"].as_str().expect("actor")), None),
                at: shift(s["at"].as_str().expect("at")),
                command: Command::from_value(cmd).expect("command decodes"),
            }
        })
        .collect()
}

/// Runs the steps from `detect` to the last one.
pub fn run(reg: &Regulation, steps: &[Step]) -> Case {
    let (first, rest) = steps.split_first().expect("a detect step");
    let (mut case, _) =
        Case::start(reg, first.command.clone(), &first.actor, first.at).expect("detect accepted");
    for s in rest {
        case.apply(reg, s.command.clone(), &s.actor, s.at)
            .expect("step accepted");
    }
    case
}
