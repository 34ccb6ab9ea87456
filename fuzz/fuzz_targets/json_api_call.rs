//! The JSON-string entry point `quyche_ffi::json_api::call` with an arbitrary method name and
//! arguments (input: `method\nargs`; a leading byte picks a known method half of the time so the
//! fuzzer gets past the method check). The answer must always be JSON with exactly one of `ok` and
//! `error`, never a panic (the catch_unwind fallback must never be what answers).
#![no_main]
use libfuzzer_sys::fuzz_target;

const METHODS: &[&str] = &[
    "regulation.validate",
    "citation.parse",
    "command.decode",
    "case.start",
    "case.apply",
    "case.replay",
    "case.allowed",
    "calendar.add_working_days",
    "report.calendar",
    "schedule.load",
];

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let (method, args) = if first & 1 == 0 {
        (METHODS[(first as usize >> 1) % METHODS.len()], text)
    } else {
        text.split_once('\n').unwrap_or((text, "{}"))
    };
    let out = quyche_ffi::json_api::call(method, args);
    let v: serde_json::Value = serde_json::from_str(&out).expect("answer is JSON");
    let m = v.as_object().expect("answer is an object");
    assert_eq!(m.len(), 1, "{out}");
    if let Some(e) = m.get("error") {
        assert_ne!(e["code"], "INTERNAL", "panic reached the fallback: {out}");
    } else {
        assert!(m.contains_key("ok"), "{out}");
    }
});
