//! Regressions for inputs found by the fuzz targets (`fuzz/`, `json_api_call`) and by the
//! hostile-input review of the JSON-string API. Each test names what used to go wrong. (Those of
//! the core's own readers are in `crates/core/tests/fuzz_regressions.rs`.)

use quyche_ffi::json_api::call;
use serde_json::Value;

/// Fact times outside the calendar's years (1900–2199) used to be accepted: a case could be
/// detected in the year 9999, with deadlines nobody could compute.
#[test]
fn fact_times_outside_the_calendar_are_refused() {
    let args = serde_json::json!({
        "command": {"type": "detect", "source": "press_review", "content": {"platform": "Facebook",
            "platform_kind": "social_network", "kind": "post", "summary": "Tin đồn"}},
        "actor": "so-vhttdl", "at": "9999-12-31T08:00:00+07:00"});
    let out: Value = serde_json::from_str(&call("case.start", &args.to_string())).unwrap();
    assert_eq!(out["error"]["code"], "DATE_OUT_OF_RANGE");
    assert_eq!(out["error"]["path"], "/at");
}
