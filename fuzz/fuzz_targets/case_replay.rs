//! Event-log decoding and replay: arbitrary text through `events_from_json` + `Case::replay` +
//! `Case::from_json`, and the valid 12-event lifecycle log with one node replaced by a
//! fuzzer-chosen JSON value, replayed as is (tamper detection) and re-chained (so the mutated
//! events reach the guards). Nothing may panic; a log that replays must round-trip, and its
//! compact JSON (`Case::to_json`, the crate's own writer) must be serde_json's, byte for byte.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quyche::case::{Case, events_from_json};

fuzz_target!(|data: &[u8]| {
    let reg = quyche::Regulation::khanh_hoa_ref();
    if data.first().is_some_and(|b| b & 1 == 0) {
        if let Ok(text) = std::str::from_utf8(&data[1..]) {
            if let Ok(events) = events_from_json(text) {
                let _ = Case::replay(reg, &events);
            }
            let _ = Case::from_json(reg, text);
        }
        return;
    }
    let Some((sel, frag)) = quyche_fuzz::mutation(data.get(1..).unwrap_or_default()) else {
        return;
    };
    let v = quyche_fuzz::mutate(quyche_fuzz::lifecycle_log(), sel, &frag);
    let text = v.to_string();
    let Ok(mut events) = events_from_json(&text) else {
        return;
    };
    let _ = Case::replay(reg, &events);
    quyche_fuzz::rechain(&mut events);
    if let Ok(case) = Case::replay(reg, &events) {
        let json = case.to_json();
        assert_eq!(json, serde_json::to_string(&case).unwrap());
        let back = Case::from_json(reg, &json).expect("a replayed case reloads");
        assert_eq!(back, case);
    }
});
