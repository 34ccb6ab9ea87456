//! Regressions for inputs found by the fuzz targets (`fuzz/`) and by the hostile-input review of
//! the native JSON functions. Each test names what used to go wrong. (Those found through the
//! JSON-string API are in `crates/ffi/tests/fuzz_regressions.rs`.)

use quyche::case::{Actor, Case, Command, events_from_json};
use serde_json::{Value, json};

fn at(s: &str) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(s).unwrap()
}

/// A whole case under the current data version, by the corrected workflow: detected by the lead
/// agency, verified with the police, concluded violating, the police requested to remove the
/// content and reporting it done, closed. (The fixture of `tests/bad-inputs/fixtures` was
/// recorded under the earlier data version; `case::migrate` reads it, not the readers here.)
fn lifecycle() -> Case {
    let reg = quyche::Regulation::khanh_hoa_ref();
    let lead = Actor::body("so-vhttdl");
    let police = Actor::body("cong-an-tinh");
    let cmd = |v: Value| Command::from_value(v).unwrap();
    let (mut case, _) = Case::start(
        reg,
        cmd(
            json!({"type": "detect", "source": "press_review", "content": {"platform": "Facebook",
            "platform_kind": "social_network", "kind": "post", "summary": "Tin đồn",
            "published_at": "2026-08-02T10:00:00+07:00"}}),
        ),
        &lead,
        at("2026-08-03T08:00:00+07:00"),
    )
    .unwrap();
    let steps = [
        (&lead, "09:00", json!({"type": "receive"})),
        (
            &lead,
            "09:30",
            json!({"type": "open_verification", "method": "written_consultation", "consulted": ["cong-an-tinh"]}),
        ),
        (
            &police,
            "10:00",
            json!({"type": "submit_opinion", "finding": "Bịa đặt", "direction": "Gỡ bỏ"}),
        ),
        (
            &lead,
            "11:00",
            json!({"type": "conclude", "verdict": "violating",
                "grounds": [{"instrument": "116/2025/QH15", "article": 7, "clause": 1, "point": "c"}]}),
        ),
        (
            &lead,
            "11:30",
            json!({"type": "request_action", "kind": "removal", "body": "cong-an-tinh"}),
        ),
        (
            &police,
            "15:00",
            json!({"type": "report_result", "action_id": "A1", "outcome": "done"}),
        ),
        (&lead, "16:00", json!({"type": "close"})),
    ];
    for (a, t, c) in steps {
        case.apply(reg, cmd(c), a, at(&format!("2026-08-03T{t}:00+07:00")))
            .unwrap();
    }
    case
}

fn fixture_events() -> Value {
    serde_json::to_value(&lifecycle().events).expect("events")
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
    // Sorted keys (a `Value`), as the JSON-string API used to write the replayed case.
    let case = serde_json::to_value(lifecycle()).expect("case");
    let text = case.to_string();
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
    let lead = Actor::body("so-vhttdl");
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

/// Fact times outside the calendar's years (1900–2199) used to be accepted: a case could be
/// detected in the year 9999, with deadlines nobody could compute. (The JSON-string form of this
/// regression, through `case.start`, moved to the quyche-ffi crate with `json_api`.)
#[test]
fn fact_times_outside_the_calendar_are_refused() {
    let reg = quyche::Regulation::khanh_hoa_ref();
    let detect = Command::from_value(json!({"type": "detect", "source": "press_review",
        "content": {"platform": "Facebook", "platform_kind": "social_network", "kind": "post",
            "summary": "Tin đồn"}}))
    .unwrap();
    let e = Case::start(
        reg,
        detect,
        &Actor::body("so-vhttdl"),
        at("9999-12-31T08:00:00+07:00"),
    )
    .unwrap_err();
    assert_eq!(e.code.as_str(), "DATE_OUT_OF_RANGE");
    assert_eq!(e.path.as_deref(), Some("/at"));
}
