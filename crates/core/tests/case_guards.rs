//! Guards and log details that the conformance scenarios cannot reach with the built-in table.

#![allow(clippy::result_large_err)]

use quyche::Regulation;
use quyche::case::{Actor, Case, CaseStatus, Command};
use quyche::json::canonical;
use serde_json::json;

fn at(s: &str) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(s).unwrap()
}

fn cmd(v: serde_json::Value) -> Command {
    Command::from_value(v).unwrap()
}

/// A case with one open removal request, detected and handled by the lead agency on 2026-08-03.
fn handling(reg: &Regulation) -> Case {
    let lead = Actor::body("so-vhttdl");
    let (mut case, _) = Case::start(
        reg,
        cmd(
            json!({"type": "detect", "source": "press_review", "content": {"platform": "Facebook",
            "platform_kind": "social_network", "kind": "post", "summary": "Tin bịa đặt",
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
            "09:10",
            json!({"type": "open_verification", "method": "meeting", "consulted": ["cong-an-tinh"]}),
        ),
        (
            &lead,
            "10:00",
            json!({"type": "record_meeting", "attendees": ["so-vhttdl", "cong-an-tinh"], "conclusion": "Vi phạm"}),
        ),
        (
            &lead,
            "10:30",
            json!({"type": "conclude", "verdict": "violating",
            "grounds": [{"instrument": "116/2025/QH15", "article": 7, "clause": 1, "point": "c"}]}),
        ),
        (
            &lead,
            "11:00",
            json!({"type": "assign_action", "kind": "removal_request", "assignee": "cong-an-tinh"}),
        ),
    ];
    for (a, t, c) in steps {
        case.apply(reg, cmd(c), a, at(&format!("2026-08-03T{t}:00+07:00")))
            .unwrap();
    }
    case
}

#[test]
fn closing_with_an_open_action_is_refused_even_where_a_province_allows_close_from_handling() {
    // The built-in table only closes from handled/published; a province that allows closing from
    // `handling` still cannot close while an action has no result (Điều 7.2.b, 7.3.b).
    let mut reg = Regulation::khanh_hoa();
    let close = reg
        .workflow
        .transitions
        .iter_mut()
        .find(|t| t.command.as_str() == "close")
        .unwrap();
    close.from.push(CaseStatus::Handling);
    let mut case = handling(&reg);
    let err = case
        .apply(
            &reg,
            cmd(json!({"type": "close"})),
            &Actor::body("so-vhttdl"),
            at("2026-08-03T12:00:00+07:00"),
        )
        .unwrap_err();
    assert_eq!(err.code.as_str(), "ACTION_OPEN");
    assert!(
        err.citations
            .iter()
            .any(|c| c.key() == "2086/QĐ-UBND:7.2.b")
    );
}

#[test]
fn a_refusal_leaves_the_case_unchanged() {
    let reg = Regulation::khanh_hoa();
    let mut case = handling(&reg);
    let before = case.clone();
    let err = case
        .apply(
            &reg,
            cmd(json!({"type": "publish_results", "title": "x"})),
            &Actor::body("cong-an-tinh"),
            at("2026-08-03T12:00:00+07:00"),
        )
        .unwrap_err();
    assert_eq!(err.code.as_str(), "INVALID_TRANSITION");
    // The police are also not a press outlet (Điều 7.5.b): the second failing guard is related.
    assert!(
        err.related
            .iter()
            .any(|e| e.code.as_str() == "NOT_AUTHORIZED")
    );
    assert_eq!(case, before);
}

#[test]
fn a_passed_deadline_is_advised_on_the_next_step() {
    // Luật An ninh mạng 2025 Điều 25.2.b: 24 h; a step 30 h later shows DEADLINE_PASSED.
    let reg = Regulation::khanh_hoa();
    let mut case = handling(&reg);
    let applied = case
        .apply(
            &reg,
            cmd(json!({"type": "assign_officer", "officer": "Lê Văn C"})),
            &Actor::body("so-vhttdl"),
            at("2026-08-04T17:00:00+07:00"),
        )
        .unwrap();
    assert!(
        applied
            .advisories
            .iter()
            .any(|a| serde_json::to_value(a.code).unwrap() == "DEADLINE_PASSED")
    );
}

#[test]
fn nfd_input_is_stored_in_nfc_so_hashes_do_not_depend_on_the_keyboard() {
    let reg = Regulation::khanh_hoa();
    let nfd = "Tin bi\u{0323}a \u{0111}a\u{0306}\u{0323}t"; // "Tin bịa đặt" decomposed
    let mk = |summary: &str| {
        Case::start(
            &reg,
            cmd(json!({"type": "detect", "source": "press_review", "content": {"platform": "Facebook",
                "platform_kind": "social_network", "kind": "post", "summary": summary}})),
            &Actor::body("so-vhttdl"),
            at("2026-08-03T08:00:00+07:00"),
        )
        .unwrap()
        .0
    };
    let a = mk(nfd);
    let b = mk("Tin bịa đặt");
    assert_eq!(a.content.summary, "Tin bịa đặt");
    assert_eq!(a.head_hash(), b.head_hash());
}

#[test]
fn fact_times_are_stored_in_vietnam_time() {
    let reg = Regulation::khanh_hoa();
    let (case, _) = Case::start(
        &reg,
        cmd(
            json!({"type": "detect", "source": "press_review", "content": {"platform": "Facebook",
            "platform_kind": "social_network", "kind": "post", "summary": "x"}}),
        ),
        &Actor::body("so-vhttdl"),
        at("2026-08-03T01:00:00Z"),
    )
    .unwrap();
    assert_eq!(
        serde_json::to_value(case.events[0].at).unwrap(),
        "2026-08-03T08:00:00+07:00"
    );
}

#[test]
fn canonical_json_matches_python_json_dumps_sorted_compact() {
    // json.dumps({"b": "é\u0001\"", "a": [1, None, True]}, ensure_ascii=False, sort_keys=True,
    //            separators=(",", ":"))
    let v = json!({"b": "é\u{1}\"", "a": [1, null, true]});
    assert_eq!(
        canonical(&v),
        "{\"a\":[1,null,true],\"b\":\"é\\u0001\\\"\"}"
    );
}

#[test]
fn every_transition_cites_the_regulation_and_the_diagram_covers_every_command() {
    let reg = Regulation::khanh_hoa();
    let diagram = reg.workflow.mermaid();
    for t in &reg.workflow.transitions {
        assert!(
            !t.citations.is_empty(),
            "{} has no citation",
            t.command.as_str()
        );
        for c in &t.citations {
            assert!(
                reg.provision(c).is_some(),
                "{} cites unknown {}",
                t.command.as_str(),
                c.key()
            );
        }
        assert!(
            diagram.contains(&format!(": {}\n", t.command.as_str())),
            "{} missing from diagram",
            t.command.as_str()
        );
    }
}
