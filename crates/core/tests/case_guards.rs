//! Guards and log details that the conformance scenarios cannot reach with the built-in table.

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

/// A case detected and verified by the lead agency on 2026-08-03, concluded violating, in which
/// the lead agency *requests* the police to remove the content (Điều 7.1.a(4), 7.2.a: action A1,
/// open) and the police send a removal request to the platform (Điều 7.2.b: R1, whose 24-hour
/// deadline is the platform's). Before the rewrite the lead agency "assigned" the removal to the
/// police (`assign_action`), which new steps refuse.
fn handling(reg: &Regulation) -> Case {
    let lead = Actor::body("so-vhttdl");
    let police = Actor::body("cong-an-tinh");
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
            json!({"type": "request_action", "kind": "removal", "body": "cong-an-tinh"}),
        ),
        (
            &police,
            "11:10",
            json!({"type": "send_removal_request", "licensing": "licensed_in_vietnam", "action_id": "A1"}),
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
    // Results are announced once the case is handled, not while the removal is open.
    let err = case
        .apply(
            &reg,
            cmd(json!({"type": "publish_results", "title": "x"})),
            &Actor::body("cong-an-tinh"),
            at("2026-08-03T12:00:00+07:00"),
        )
        .unwrap_err();
    assert_eq!(err.code.as_str(), "INVALID_TRANSITION");
    // Corrected by the rewrite: announcing results is part of every participant's coordination
    // (Điều 6.5), so the police are no longer refused as "not a press outlet" (the old test
    // expected a related NOT_AUTHORIZED here); the press outlet's 7.5.b duty stays.
    assert!(
        err.related
            .iter()
            .all(|e| e.code.as_str() != "NOT_AUTHORIZED")
    );
    assert_eq!(case, before);
}

#[test]
fn a_refusal_for_the_state_also_names_an_unauthorised_actor() {
    // The journalists' association takes no part in this case and is not a press outlet (Điều
    // 6.5, 7.5.b): announcing is refused for the state and for the actor alike.
    let reg = Regulation::khanh_hoa();
    let mut case = handling(&reg);
    let err = case
        .apply(
            &reg,
            cmd(json!({"type": "publish_results", "title": "x"})),
            &Actor::body("hoi-nha-bao"),
            at("2026-08-03T12:00:00+07:00"),
        )
        .unwrap_err();
    assert_eq!(err.code.as_str(), "INVALID_TRANSITION");
    assert!(
        err.related
            .iter()
            .any(|e| e.code.as_str() == "NOT_AUTHORIZED"),
        "{:?}",
        err.related
    );
}

#[test]
fn the_removal_deadline_binds_the_platform_not_the_police() {
    // Luật An ninh mạng 2025 Điều 25.2.b: the provider removes within 24 h of the request it
    // received. Before the rewrite the deadline sat on the police's "assigned" action; now it is
    // the platform's, on the removal request, and the police's action has none.
    let reg = Regulation::khanh_hoa();
    let case = handling(&reg);
    let a1 = case.action("A1").unwrap();
    assert_eq!(a1.body.as_str(), "cong-an-tinh");
    assert_eq!(a1.opened_by.as_str(), "so-vhttdl");
    assert_eq!(serde_json::to_value(a1.mode).unwrap(), "requested");
    assert!(a1.deadline.is_none());
    let r1 = &case.removal_requests[0];
    assert_eq!((r1.id.as_str(), r1.by.as_str()), ("R1", "cong-an-tinh"));
    assert_eq!(r1.action_id.as_deref(), Some("A1"));
    let d = r1.deadline.as_ref().unwrap();
    assert_eq!(d.binds, quyche::law::Bound::Platform);
    assert_eq!(d.limit, quyche::law::Limit::Hours(24));
    assert_eq!(
        d.provision.as_ref().map(|c| c.key()),
        Some("116/2025/QH15:25.2.b".to_string())
    );
    assert_eq!(d.due, at("2026-08-04T11:10:00+07:00"));
    // The law names the police cybersecurity force, not the provincial police: applying the
    // limit to this requester is an interpretation.
    assert!(d.interpretation);
}

#[test]
fn assign_action_is_refused_in_new_steps() {
    // The lead agency does not "assign" work to a peer (Điều 7.1.a(4)): it requests, advises a
    // direction, or acts within its own authority. `assign_action` is only read from old logs.
    let reg = Regulation::khanh_hoa();
    let mut case = handling(&reg);
    let before = case.clone();
    let err = case
        .apply(
            &reg,
            cmd(json!({"type": "assign_action", "kind": "investigation", "assignee": "cong-an-tinh"})),
            &Actor::body("so-vhttdl"),
            at("2026-08-03T12:00:00+07:00"),
        )
        .unwrap_err();
    assert_eq!(err.code.as_str(), "INVALID_INPUT");
    assert_eq!(err.path.as_deref(), Some("/type"));
    assert_eq!(case, before);
}

#[test]
fn a_passed_deadline_is_advised_on_the_next_step() {
    // Luật An ninh mạng 2025 Điều 25.2.b: the platform has 24 h; a step 30 h after the request,
    // with no answer recorded, shows DEADLINE_PASSED for the platform's removal request.
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
    let passed: Vec<_> = applied
        .advisories
        .iter()
        .filter(|a| serde_json::to_value(a.code).unwrap() == "DEADLINE_PASSED")
        .collect();
    assert_eq!(passed.len(), 1, "{:?}", applied.advisories);
    assert!(passed[0].message.contains("R1"), "{}", passed[0].message);
    assert!(
        passed[0]
            .citations
            .iter()
            .any(|c| c.key() == "116/2025/QH15:25.2.b")
    );
    // Once the platform's answer is recorded, its deadline no longer runs.
    case.apply(
        &reg,
        cmd(
            json!({"type": "record_platform_response", "request_id": "R1", "response": "complied",
            "responded_at": "2026-08-04T16:00:00+07:00"}),
        ),
        &Actor::body("cong-an-tinh"),
        at("2026-08-04T17:10:00+07:00"),
    )
    .unwrap();
    let applied = case
        .apply(
            &reg,
            cmd(json!({"type": "assign_officer", "officer": "Lê Văn D"})),
            &Actor::body("so-vhttdl"),
            at("2026-08-04T17:20:00+07:00"),
        )
        .unwrap();
    assert!(
        applied
            .advisories
            .iter()
            .all(|a| serde_json::to_value(a.code).unwrap() != "DEADLINE_PASSED")
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

/// A lifecycle log recorded under the earlier data version (2026.11.28), when the lead agency
/// "assigned" work (`assign_action`): `tests/legacy/`, kept byte for byte.
fn earlier_version_log() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/legacy");
    let text =
        std::fs::read_to_string(format!("{dir}/lifecycle-case-2026.11.28.json")).expect("fixture");
    let case: serde_json::Value = serde_json::from_str(&text).expect("fixture JSON");
    case["events"].to_string()
}

#[test]
fn an_earlier_version_log_migrates_its_assignments_to_requests() {
    // `assign_action` is only read from old logs: the lead agency's assignments to the police
    // and the press become requests (Điều 7.1.a(4)), the old kind `removal_request` is renamed
    // `removal`, and the case is recorded again under the current rules.
    let reg = Regulation::khanh_hoa();
    let m = quyche::case::migrate(&reg, &earlier_version_log()).unwrap();
    assert_eq!(m.from_version, "2026.11.28");
    assert_eq!(m.case.status, CaseStatus::Closed);
    assert_eq!(m.case.regulation.version, reg.version);
    assert_eq!(m.notes.len(), 2, "{:?}", m.notes);
    assert!(m.notes.iter().all(|n| n.en.contains("request_action")));
    let kinds: Vec<(&str, &str, &str)> = m
        .case
        .actions
        .iter()
        .map(|a| (a.kind.as_str(), a.body.as_str(), a.opened_by.as_str()))
        .collect();
    assert_eq!(kinds[0], ("removal", "cong-an-tinh", "so-vhttdl"));
    assert!(
        m.case
            .actions
            .iter()
            .all(|a| serde_json::to_value(a.mode).unwrap() == "requested")
    );
    // The new log is a log of the current version: it replays as it is.
    assert_eq!(Case::replay(&reg, &m.case.events).unwrap(), m.case);
}

#[test]

fn replaying_an_earlier_version_log_says_to_migrate() {
    let reg = Regulation::khanh_hoa();
    let e = Case::replay_json(&reg, &earlier_version_log()).unwrap_err();
    assert_eq!(e.code.as_str(), "LOG_VERSION", "{e} at {:?}", e.path);
    assert!(
        e.help.as_deref().is_some_and(|h| h.contains("migrate")),
        "{:?}",
        e.help
    );
}

#[test]
fn the_police_sanction_within_their_own_authority() {
    // Corrected by the rewrite (the old engine held that the police never impose a sanction):
    // the police lead handling (chủ trì, Điều 7.2.b) and take an administrative sanction within
    // their own authority; the event rests on 7.2.b. A press outlet has no such authority.
    let reg = Regulation::khanh_hoa();
    let mut case = handling(&reg);
    let sanction = json!({"type": "take_action", "kind": "administrative_sanction"});
    let err = case
        .apply(
            &reg,
            cmd(sanction.clone()),
            &Actor::body("bao-khanh-hoa"),
            at("2026-08-03T12:00:00+07:00"),
        )
        .unwrap_err();
    assert_eq!(
        (err.code.as_str(), err.path.as_deref()),
        ("NOT_AUTHORIZED", Some("/kind"))
    );
    let applied = case
        .apply(
            &reg,
            cmd(sanction),
            &Actor::body("cong-an-tinh"),
            at("2026-08-03T12:10:00+07:00"),
        )
        .unwrap();
    let event = applied.event.clone();
    let a2 = case.action("A2").unwrap();
    assert_eq!(serde_json::to_value(a2.mode).unwrap(), "own");
    assert_eq!(
        (a2.body.as_str(), a2.opened_by.as_str()),
        ("cong-an-tinh", "cong-an-tinh")
    );
    let basis: Vec<String> = quyche::case::basis(&reg, &event)
        .iter()
        .map(|c| c.key())
        .collect();
    assert!(
        basis.contains(&"2086/QĐ-UBND:7.2.b".to_string()),
        "{basis:?}"
    );
}

#[test]
fn a_gone_body_with_two_successors_names_both() {
    // Sở TT&TT ceased on 2025-02-28: merged into Sở KH&CN, its press and online-content
    // functions (the lead agency's role here) going to Sở VHTTDL.
    let reg = Regulation::khanh_hoa();
    let e = Case::start(
        &reg,
        cmd(
            json!({"type": "detect", "source": "press_review", "content": {"platform": "Facebook",
            "platform_kind": "social_network", "kind": "post", "summary": "x"}}),
        ),
        &Actor::body("so-tttt"),
        at("2025-06-01T08:00:00+07:00"),
    )
    .unwrap_err();
    assert_eq!(e.code.as_str(), "UNKNOWN_AGENCY");
    let help = e.help.clone().unwrap_or_default();
    assert!(
        help.contains("Science and Technology") && help.contains("Culture"),
        "{help}"
    );
}
