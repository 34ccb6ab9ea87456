//! What the library accepts, its readers read back (issue 15, item 2): random texts (empty,
//! control characters, NUL, NFD, lone combining marks, past every length limit) in every free
//! field a step takes — the summary, a user-chosen case id, an officer's name, a note, the case a
//! duplicate points to — either are refused when the step is taken, or the case that holds them
//! is read back whole by every reader: replay of the event log as text, the stored case as text,
//! and the log decoded for replay under the regulation.

use proptest::prelude::*;
use quyche::Regulation;
use quyche::case::{Actor, Case, Command, events_from_json, log_from_json};
use serde_json::{Value, json};

fn at(s: &str) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(s).unwrap()
}

/// Texts of every troublesome kind, some past the limits (200 for names, 10 000 for text).
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,40}",
        ".{0,40}",
        Just(String::new()),
        Just("\u{0}".into()),
        Just("a/b".into()),
        Just("..".into()),
        Just("e\u{301}\u{301}".into()),
        (190usize..210).prop_map(|n| "x".repeat(n)),
        (9_990usize..10_010).prop_map(|n| "ề".repeat(n)),
        (0usize..3).prop_map(|n| "\u{301}".repeat(n + 1)),
    ]
}

/// Applies `cmd` by `who` at minute `m` of 3 August 2026; `Ok(true)` when it was accepted.
fn step(reg: &Regulation, case: &mut Option<Case>, cmd: Value, who: &Actor, m: u32) -> bool {
    let Ok(cmd) = Command::from_value(cmd) else {
        return false;
    };
    let t = at(&format!(
        "2026-08-03T{:02}:{:02}:00+07:00",
        8 + m / 60,
        m % 60
    ));
    match case {
        None => match Case::start(reg, cmd, who, t) {
            Ok((c, _)) => {
                *case = Some(c);
                true
            }
            Err(_) => false,
        },
        Some(c) => c.apply(reg, cmd, who, t).is_ok(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 120, .. ProptestConfig::default() })]

    #[test]
    fn accepted_free_text_is_read_back_by_every_reader(
        summary in text(), case_id in text(), officer in text(), note in text(),
        duplicate_of in text(), with_id in any::<bool>(),
    ) {
        let reg = Regulation::khanh_hoa();
        let lead = Actor::body("so-vhttdl");
        let lead_named = Actor::new(lead.body.clone(), Some(officer.clone()));
        let mut detect = json!({"type": "detect", "source": "press_review",
            "content": {"platform": "Facebook", "platform_kind": "social_network", "kind": "post",
                        "summary": summary}});
        if with_id {
            detect["case_id"] = json!(case_id);
        }
        let mut case = None;
        if !step(&reg, &mut case, detect, &lead, 0) {
            // Refused at the door (nothing was written): go on with a plain detection.
            let plain = json!({"type": "detect", "source": "press_review",
                "content": {"platform": "Facebook", "platform_kind": "social_network",
                            "kind": "post", "summary": "Tin đồn"}});
            prop_assert!(step(&reg, &mut case, plain, &lead, 0), "plain detect refused");
        }
        if !step(&reg, &mut case, json!({"type": "receive", "note": note}), &lead_named, 10) {
            let receive = json!({"type": "receive"});
            prop_assert!(step(&reg, &mut case, receive, &lead, 10), "plain receive refused");
        }
        step(&reg, &mut case, json!({"type": "assign_officer", "officer": officer}), &lead, 20);
        step(&reg, &mut case, json!({"type": "dismiss", "reason": "duplicate",
                                     "duplicate_of": duplicate_of, "note": note}), &lead, 30);
        let case = case.unwrap();
        let log = serde_json::to_string(&case.events).unwrap();
        prop_assert_eq!(&Case::replay_json(&reg, &log).unwrap(), &case);
        prop_assert_eq!(&Case::from_json(&reg, &case.to_json()).unwrap(), &case);
        prop_assert_eq!(events_from_json(&log).unwrap(), case.events.clone());
        prop_assert_eq!(log_from_json(&reg, &log).unwrap(), case.events.clone());
    }
}
