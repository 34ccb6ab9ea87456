//! Regressions for inputs found by the fuzz targets (`fuzz/`) and by the hostile-input review of
//! the native JSON functions. Each test names what used to go wrong. (Those found through the
//! JSON-string API are in `crates/ffi/tests/fuzz_regressions.rs`.)

use quyche::case::{Case, Command, events_from_json};
use serde_json::Value;

fn fixture_events() -> Value {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/bad-inputs/fixtures"
    );
    let text = std::fs::read_to_string(format!("{dir}/lifecycle-case.json")).expect("fixture");
    let case: Value = serde_json::from_str(&text).expect("fixture JSON");
    case["events"].clone()
}

/// serde_json keeps the last of two equal keys in a `Value`; the native event-log reader used
/// to, so a log whose first event said `"seq": 1, "seq": 9` read as seq 9 (or the reverse could
/// hide an edit from a reviewer reading the first key).
#[test]
fn native_event_log_refuses_duplicate_keys() {
    let text = fixture_events().to_string();
    // Keys are written in sorted order: put a second `seq` in front of the first event's.
    let dup = text.replacen("[{\"actor\":", "[{\"seq\":1,\"actor\":", 1);
    assert_ne!(dup, text, "the first event starts with its actor");
    let e = events_from_json(&dup).unwrap_err();
    assert_eq!(e.code.as_str(), "INVALID_INPUT");
    assert_eq!(e.path.as_deref(), Some("/0/seq"));
    let reg = quyche::Regulation::khanh_hoa_ref();
    assert!(events_from_json(&text).is_ok());
    let e = Case::replay_json(reg, &dup).unwrap_err();
    assert_eq!(e.path.as_deref(), Some("/0/seq"));
}

/// The same for a stored case given as text.
#[test]
fn native_case_reader_refuses_duplicate_keys() {
    let reg = quyche::Regulation::khanh_hoa_ref();
    let case = Case::replay_json(reg, &fixture_events().to_string()).expect("replays");
    // Keys sorted, as a `Value` writes them.
    let text = quyche::json::to_value(&case).expect("writes").to_string();
    assert!(Case::from_json(reg, &text).is_ok());
    let dup = text.replacen("{\"actions\":", "{\"status\":\"closed\",\"actions\":", 1);
    assert_ne!(dup, text, "the case starts with its actions");
    let e = Case::from_json(reg, &dup).unwrap_err();
    assert_eq!(e.code.as_str(), "INVALID_INPUT");
    assert_eq!(e.path.as_deref(), Some("/status"));
}

/// A meeting attendee refused on replay used to be reported at `/{i}/attendees/0` (the
/// replay mistook `/attendees` for the event's own `/at`); it belongs under `/command`.
#[test]
fn replayed_attendee_errors_point_into_the_command() {
    let reg = quyche::Regulation::khanh_hoa_ref();
    let at = |s: &str| chrono::DateTime::parse_from_rfc3339(s).unwrap();
    let lead = quyche::case::Actor::body("so-vhttdl");
    let detect = Command::from_json(
        r#"{"type":"detect","source":"press_review","content":{"platform":"Facebook",
        "platform_kind":"social_network","kind":"post","summary":"Tin đồn"}}"#,
    )
    .unwrap();
    let (mut case, _) = Case::start(reg, detect, &lead, at("2026-08-03T08:00:00+07:00")).unwrap();
    for (cmd, t) in [
        (r#"{"type":"receive"}"#, "2026-08-03T09:00:00+07:00"),
        (
            r#"{"type":"open_verification","method":"meeting","consulted":["cong-an-tinh"]}"#,
            "2026-08-03T09:30:00+07:00",
        ),
        (
            r#"{"type":"record_meeting","attendees":["cong-an-tinh"],"conclusion":"Gỡ bỏ"}"#,
            "2026-08-03T10:00:00+07:00",
        ),
    ] {
        case.apply(reg, Command::from_json(cmd).unwrap(), &lead, at(t))
            .unwrap();
    }
    // Forge the meeting's attendee (re-hashing the event) so only the guard can object.
    let mut events = case.events.clone();
    if let Command::RecordMeeting(m) = &mut events[3].command {
        m.attendees = vec![quyche::org::BodyId::new("bao-khanh-hoa")];
    }
    events[3].hash = events[3].compute_hash();
    let e = Case::replay(reg, &events).unwrap_err();
    assert_eq!(
        e.code.as_str(),
        "ATTENDEE_NOT_PARTICIPANT",
        "Điều 5.2.a: {e}"
    );
    assert_eq!(e.path.as_deref(), Some("/3/command/attendees/0"));
}
