//! Command decoding (`Command::from_json`) on arbitrary text, then the decoded command run
//! through the guards: as a case start, and applied to the lifecycle case after a fuzzer-chosen
//! number of steps, by a fuzzer-chosen actor. Nothing may panic; the crate's compact JSON of the
//! command and of an accepted step is serde_json's, byte for byte.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quyche::case::{Actor, Case, Command, allowed_commands};

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let (step, who) = (data[0] as usize, data[1] as usize);
    let Ok(text) = std::str::from_utf8(&data[2..]) else {
        return;
    };
    let Ok(cmd) = Command::from_json(text) else {
        return;
    };
    same_text(&cmd);
    let reg = quyche::Regulation::khanh_hoa_ref();
    let actor = Actor::body(quyche_fuzz::ACTORS[who % quyche_fuzz::ACTORS.len()]);
    let at = chrono::DateTime::parse_from_rfc3339("2026-08-06T08:00:00+07:00").unwrap();
    let _ = Case::start(reg, cmd.clone(), &actor, at);
    let cases = quyche_fuzz::lifecycle_cases();
    let mut case = cases[step % cases.len()].clone();
    let _ = allowed_commands(reg, Some(&case), &actor, at);
    if let Ok(applied) = case.apply(reg, cmd, &actor, at) {
        same_text(&applied);
        // An accepted step must replay to the same case.
        let again = Case::replay(reg, &case.events).expect("accepted log replays");
        assert_eq!(again, case);
    }
});

/// The crate's compact JSON of `v` is serde_json's.
fn same_text<T: serde::Serialize>(v: &T) {
    let ours = quyche::json::to_text(v).unwrap();
    assert_eq!(ours, serde_json::to_string(v).unwrap());
}
