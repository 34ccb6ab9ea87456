//! Regulation loading: arbitrary text through `Regulation::from_json` (and the FFI size check),
//! and the built-in Khánh Hòa document with one node replaced by a fuzzer-chosen JSON value,
//! loaded and validated, then used to answer queries. Nothing may panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quyche::Regulation;

fuzz_target!(|data: &[u8]| {
    if data.first().is_some_and(|b| b & 1 == 0) {
        if let Ok(text) = std::str::from_utf8(&data[1..]) {
            let _ = quyche_ffi::regulation_from_json(text);
        }
        return;
    }
    let Some((sel, frag)) = quyche_fuzz::mutation(data.get(1..).unwrap_or_default()) else {
        return;
    };
    let v = quyche_fuzz::mutate(quyche_fuzz::regulation_value(), sel, &frag);
    let text = v.to_string();
    if let Ok(reg) = Regulation::from_json(&text) {
        // A document that validates must be usable: queries and a case start must not panic.
        let day = chrono::NaiveDate::from_ymd_opt(2026, 8, 3).unwrap();
        let _ = reg.grounds_in_force(day);
        let _ = quyche::report::reporting_calendar(&reg, 2026, day);
        let cases = quyche_fuzz::lifecycle_cases();
        let _ = quyche::case::Case::replay(&reg, &cases.last().unwrap().events);
    }
});
