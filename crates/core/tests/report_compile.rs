//! Compiling periodic reports from case logs (Điều 8): exact counts for a handful of cases built
//! through `Case::start`/`apply`, the window rule (events outside it never leak in), grounds
//! grouped with their successors, per-body figures, work outside cases, input validation, no
//! personal data, and the Markdown rendering.
//!
//! The cases follow the corrected workflow: the lead agency *requests* the police to remove the
//! content (Điều 7.1.a(4), 7.2.a) and the police send the platform a removal request whose
//! deadline binds the platform (Điều 7.2.b). A platform's missed deadline is reported on its own
//! line (`platform_deadlines_missed`, the platforms' compliance), never as the police's lateness
//! as the old reports did.

use chrono::{DateTime, FixedOffset, NaiveDate};
use quyche::Regulation;
use quyche::case::*;
use quyche::law::Bound;
use quyche::org::BodyId;
use quyche::report::*;
use quyche::rules::{ActionKindId, Frequency, ReportLevel, WorkKindId};
use quyche::text::Lang;
use serde_json::{Value, json};

const AUTHOR: &str = "nguoidung.bimat.99";
const OFFICER_LEAD: &str = "Nguyễn Thị Cán Bộ";
const OFFICER_POLICE: &str = "Trần Văn Điều Tra";

fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dd).unwrap()
}

fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

/// The built-in regulation with the two example bodies of the conformance scenarios.
fn reg() -> Regulation {
    let mut reg = Regulation::khanh_hoa();
    reg.register_body_json(
        r#"{"body": {"id": "so-y-te", "name": {"vi": "Sở Y tế tỉnh Khánh Hòa", "en": "Khánh Hòa Department of Health"},
            "valid": {"from": "2020-08-12"}, "status": "C"},
            "roles": [{"role": "department", "body": "so-y-te", "valid": {"from": "2020-08-12"}, "status": "C"}]}"#,
    )
    .unwrap();
    reg.register_body_json(
        r#"{"body": {"id": "ubnd-phuong-nha-trang", "name": {"vi": "UBND phường Nha Trang", "en": "Nha Trang Ward People's Committee"},
            "valid": {"from": "2025-07-01"}, "status": "C"},
            "roles": [{"role": "commune_committee", "body": "ubnd-phuong-nha-trang", "valid": {"from": "2025-07-01"}, "status": "C"}]}"#,
    )
    .unwrap();
    reg
}

fn actor(body: &str, officer: Option<&str>) -> Actor {
    Actor::new(BodyId::new(body), officer.map(String::from))
}

fn cmd(v: Value) -> Command {
    Command::from_value(v).unwrap()
}

fn detect(source: &str, platform_kind: &str, topics: &[&str], id: &str) -> Command {
    cmd(json!({
        "type": "detect", "case_id": id, "source": source, "topics": topics,
        "content": {"platform": "Facebook", "platform_kind": platform_kind, "kind": "post",
                    "summary": "Tin sai sự thật", "author_handle": AUTHOR,
                    "url": format!("https://facebook.com/{AUTHOR}/posts/1")}
    }))
}

/// Applies steps `(actor, officer, time, command)` to a new case.
fn build(reg: &Regulation, steps: Vec<(&str, Option<&str>, &str, Command)>) -> Case {
    let mut it = steps.into_iter();
    let (b, o, t, c) = it.next().unwrap();
    let (mut case, _) = Case::start(reg, c, &actor(b, o), at(t)).unwrap();
    for (b, o, t, c) in it {
        case.apply(reg, c, &actor(b, o), at(t))
            .unwrap_or_else(|e| panic!("{t} {b}: {e}"));
    }
    case
}

/// c1: detected by Sở Y tế in March 2026; the lead agency requests the police to remove it, the
/// police request the platform, which complies within its 24 h; published, closed.
fn c1(reg: &Regulation) -> Case {
    build(
        reg,
        vec![
            (
                "so-y-te",
                None,
                "2026-03-02T08:00:00+07:00",
                detect("own_monitoring", "social_network", &["health"], "c1"),
            ),
            (
                "so-y-te",
                None,
                "2026-03-02T08:30:00+07:00",
                cmd(json!({"type": "notify_lead", "channel": "email"})),
            ),
            (
                "so-vhttdl",
                Some(OFFICER_LEAD),
                "2026-03-02T09:00:00+07:00",
                cmd(json!({"type": "receive"})),
            ),
            (
                "so-vhttdl",
                None,
                "2026-03-02T09:30:00+07:00",
                cmd(
                    json!({"type": "open_verification", "method": "written_consultation", "consulted": ["cong-an-tinh"]}),
                ),
            ),
            (
                "so-vhttdl",
                None,
                "2026-03-02T09:40:00+07:00",
                cmd(json!({"type": "assign_officer", "officer": OFFICER_LEAD})),
            ),
            (
                "cong-an-tinh",
                Some(OFFICER_POLICE),
                "2026-03-02T10:00:00+07:00",
                cmd(json!({"type": "assign_officer", "officer": OFFICER_POLICE})),
            ),
            (
                "cong-an-tinh",
                Some(OFFICER_POLICE),
                "2026-03-02T10:30:00+07:00",
                cmd(
                    json!({"type": "submit_opinion", "finding": "Bịa đặt", "direction": "Gỡ bỏ", "suggested_verdict": "violating"}),
                ),
            ),
            (
                "so-vhttdl",
                None,
                "2026-03-02T11:00:00+07:00",
                cmd(
                    json!({"type": "conclude", "verdict": "violating", "grounds": [{"instrument": "24/2018/QH14", "article": 8, "clause": 1, "point": "d"}], "note": "Sai sự thật"}),
                ),
            ),
            (
                "so-vhttdl",
                None,
                "2026-03-02T11:30:00+07:00",
                cmd(json!({"type": "request_action", "kind": "removal", "body": "cong-an-tinh"})),
            ),
            (
                "cong-an-tinh",
                None,
                "2026-03-02T11:40:00+07:00",
                cmd(
                    json!({"type": "send_removal_request", "licensing": "licensed_in_vietnam", "action_id": "A1"}),
                ),
            ),
            (
                "cong-an-tinh",
                None,
                "2026-03-03T09:30:00+07:00",
                cmd(
                    json!({"type": "record_platform_response", "request_id": "R1", "response": "complied",
                        "responded_at": "2026-03-03T09:00:00+07:00"}),
                ),
            ),
            (
                "cong-an-tinh",
                None,
                "2026-03-03T10:00:00+07:00",
                cmd(
                    json!({"type": "report_result", "action_id": "A1", "outcome": "done", "note": "Đã gỡ"}),
                ),
            ),
            (
                "bao-khanh-hoa",
                None,
                "2026-03-04T09:00:00+07:00",
                cmd(json!({"type": "publish_results", "title": "Xử lý tin sai"})),
            ),
            (
                "so-vhttdl",
                None,
                "2026-03-05T08:00:00+07:00",
                cmd(json!({"type": "close"})),
            ),
        ],
    )
}

/// c2: the lead agency's own press review in June 2026; the police's removal request to the
/// platform is due 12 Jun and the platform misses it (it complies on 19 Jun); the police's result
/// comes on 20 Jun, after the window.
fn c2(reg: &Regulation) -> Case {
    build(
        reg,
        vec![
            (
                "so-vhttdl",
                None,
                "2026-06-10T08:00:00+07:00",
                detect(
                    "press_review",
                    "general_website",
                    &["economy_finance"],
                    "c2",
                ),
            ),
            (
                "so-vhttdl",
                None,
                "2026-06-10T09:00:00+07:00",
                cmd(json!({"type": "receive"})),
            ),
            (
                "so-vhttdl",
                None,
                "2026-06-10T09:30:00+07:00",
                cmd(
                    json!({"type": "open_verification", "method": "meeting", "consulted": ["cong-an-tinh"]}),
                ),
            ),
            (
                "so-vhttdl",
                None,
                "2026-06-11T08:00:00+07:00",
                cmd(
                    json!({"type": "record_meeting", "attendees": ["so-vhttdl", "cong-an-tinh"], "conclusion": "Vi phạm"}),
                ),
            ),
            (
                "so-vhttdl",
                None,
                "2026-06-11T09:00:00+07:00",
                cmd(
                    json!({"type": "conclude", "verdict": "violating", "grounds": [{"instrument": "103/2016/QH13", "article": 9, "clause": 8}]}),
                ),
            ),
            (
                "so-vhttdl",
                None,
                "2026-06-11T10:00:00+07:00",
                cmd(json!({"type": "request_action", "kind": "removal", "body": "cong-an-tinh"})),
            ),
            (
                "cong-an-tinh",
                None,
                "2026-06-11T10:10:00+07:00",
                cmd(
                    json!({"type": "send_removal_request", "licensing": "licensed_in_vietnam", "action_id": "A1"}),
                ),
            ),
            (
                "cong-an-tinh",
                None,
                "2026-06-20T09:00:00+07:00",
                cmd(
                    json!({"type": "record_platform_response", "request_id": "R1", "response": "complied",
                        "responded_at": "2026-06-19T16:00:00+07:00"}),
                ),
            ),
            (
                "cong-an-tinh",
                None,
                "2026-06-20T10:00:00+07:00",
                cmd(json!({"type": "report_result", "action_id": "A1", "outcome": "partly_done"})),
            ),
        ],
    )
}

/// c3: detected and received in November 2025, dismissed in January 2026 (carried over).
fn c3(reg: &Regulation) -> Case {
    build(
        reg,
        vec![
            (
                "ubnd-phuong-nha-trang",
                None,
                "2025-11-20T08:00:00+07:00",
                detect("own_monitoring", "messaging", &["policy_law"], "c3"),
            ),
            (
                "ubnd-phuong-nha-trang",
                None,
                "2025-11-20T08:30:00+07:00",
                cmd(json!({"type": "notify_lead", "channel": "postal"})),
            ),
            (
                "so-vhttdl",
                None,
                "2025-11-21T09:00:00+07:00",
                cmd(json!({"type": "receive"})),
            ),
            (
                "so-vhttdl",
                None,
                "2026-01-05T09:00:00+07:00",
                cmd(json!({"type": "dismiss", "reason": "unrelated_to_province"})),
            ),
        ],
    )
}

/// c4: detected and dismissed in October 2025: ended before the window.
fn c4(reg: &Regulation) -> Case {
    build(
        reg,
        vec![
            (
                "so-vhttdl",
                None,
                "2025-10-01T08:00:00+07:00",
                detect("software_alert", "social_network", &["other"], "c4"),
            ),
            (
                "so-vhttdl",
                None,
                "2025-10-01T09:00:00+07:00",
                cmd(json!({"type": "receive"})),
            ),
            (
                "so-vhttdl",
                None,
                "2025-10-02T09:00:00+07:00",
                cmd(json!({"type": "dismiss", "reason": "unrelated_to_province"})),
            ),
        ],
    )
}

/// c5: detected after the window (20 June 2026).
fn c5(reg: &Regulation) -> Case {
    build(
        reg,
        vec![(
            "so-y-te",
            None,
            "2026-06-20T08:00:00+07:00",
            detect("own_monitoring", "social_network", &["health"], "c5"),
        )],
    )
}

/// c6: detected by Sở Y tế in May 2026 and notified; received on 15 June, after the window.
fn c6(reg: &Regulation) -> Case {
    build(
        reg,
        vec![
            (
                "so-y-te",
                None,
                "2026-05-20T08:00:00+07:00",
                detect(
                    "citizen_report",
                    "video_sharing",
                    &["health", "social_order"],
                    "c6",
                ),
            ),
            (
                "so-y-te",
                None,
                "2026-05-20T09:00:00+07:00",
                cmd(json!({"type": "notify_lead", "channel": "electronic_document"})),
            ),
            (
                "so-vhttdl",
                None,
                "2026-06-15T09:00:00+07:00",
                cmd(json!({"type": "receive"})),
            ),
        ],
    )
}

fn all_cases(reg: &Regulation) -> Vec<Case> {
    vec![c1(reg), c2(reg), c3(reg), c4(reg), c5(reg), c6(reg)]
}

fn h1_2026() -> Window {
    Window::new(d(2025, 12, 15), d(2026, 6, 14)).unwrap()
}

fn n<K: Ord>(m: &std::collections::BTreeMap<K, u32>, k: K) -> u32 {
    m.get(&k).copied().unwrap_or(0)
}

#[test]
fn consolidated_six_month_report_2026_has_exact_counts_under_dieu_8_2() {
    let reg = reg();
    let r = compile_report(&reg, &all_cases(&reg), h1_2026(), &BodyId::new("so-vhttdl")).unwrap();
    assert_eq!(
        r.level,
        ReportLevel::Consolidated,
        "Điều 8.2: the lead agency consolidates"
    );
    assert_eq!(r.obligation.as_deref(), Some("8.2-six-monthly"));
    assert_eq!(r.period, Some(Period::of_year(Frequency::SixMonthly, 2026)));
    assert_eq!(
        r.recipients[0].body.as_str(),
        "ubnd-tinh",
        "Điều 8.2: to the People's Committee"
    );
    let f = &r.cases;
    assert_eq!(
        (f.new, f.carried_over, f.total),
        (3, 1, 4),
        "c1, c2, c6 new; c3 carried over; c4 ended before; c5 after"
    );
    assert_eq!(n(&f.by_status, CaseStatus::Closed), 1);
    assert_eq!(
        n(&f.by_status, CaseStatus::Handling),
        1,
        "c2 still handling on 14 Jun: its 20 Jun result must not leak in"
    );
    assert_eq!(n(&f.by_status, CaseStatus::Dismissed), 1);
    assert_eq!(
        n(&f.by_status, CaseStatus::Reported),
        1,
        "c6 received on 15 Jun, after the window"
    );
    assert_eq!(f.by_status.values().sum::<u32>(), 4);
    assert_eq!(n(&f.by_detection_source, DetectionSource::OwnMonitoring), 1);
    assert_eq!(n(&f.by_detection_source, DetectionSource::PressReview), 1);
    assert_eq!(n(&f.by_detection_source, DetectionSource::CitizenReport), 1);
    assert_eq!(
        n(&f.by_detection_source, DetectionSource::SoftwareAlert),
        0,
        "c4 ended before the window"
    );
    assert_eq!(
        n(&f.by_platform_kind, PlatformKind::SocialNetwork),
        1,
        "c5 (after) and c4 (before) not counted"
    );
    assert_eq!(
        n(&f.by_platform_kind, PlatformKind::Messaging),
        0,
        "carried-over c3 was detected before the window"
    );
    assert_eq!(n(&f.by_topic, Topic::Health), 2);
    assert_eq!(n(&f.by_topic, Topic::SocialOrder), 1);
    assert_eq!(n(&f.by_topic, Topic::EconomyFinance), 1);
    assert_eq!(n(&f.by_verdict, Verdict::Violating), 2);
    let groups: Vec<(&str, u32)> = f
        .by_ground
        .iter()
        .map(|g| (g.group.as_str(), g.cases))
        .collect();
    assert_eq!(
        groups,
        vec![("cyber-2018-art8-1", 1), ("press-2016-art9", 1)]
    );
    assert_eq!(
        n(&f.actions_by_kind, ActionKindId::new("removal")),
        2,
        "the police's requested removals"
    );
    assert_eq!(n(&f.outcomes, Outcome::Done), 1);
    assert_eq!(
        n(&f.outcomes, Outcome::PartlyDone),
        0,
        "c2's result of 20 Jun is outside the window"
    );
    assert_eq!(f.published, 1, "Điều 7.5.b");
    assert_eq!(
        n(&f.dismissed, DismissReason::UnrelatedToProvince),
        1,
        "c3 only: c4's dismissal is before the window"
    );
    assert_eq!(f.closed, 1);
    assert_eq!(f.open_at_end, 2);
    // The platforms' compliance, on its own line: two requests sent, c1's answered in time, c2's
    // unanswered at the end of the window and late.
    let p = &f.platforms;
    assert_eq!((p.sent, p.pending, p.late), (2, 1, 1));
    assert_eq!(n(&p.responses, PlatformResponse::Complied), 1);
    // Corrected by the rewrite: the removal deadline binds the platform (Luật An ninh mạng 2018
    // Điều 26.2.b), so c2's missed deadline is the platform's, not the police's.
    assert!(f.deadlines_missed.is_empty(), "{:?}", f.deadlines_missed);
    assert_eq!(f.platform_deadlines_missed.len(), 1);
    let m = &f.platform_deadlines_missed[0];
    assert_eq!(
        (m.item.as_str(), m.binds, m.body.as_ref()),
        ("R1", Bound::Platform, None)
    );
    assert_eq!(m.party.vi, "Facebook");
    assert_eq!(m.case, None, "no case id unless asked");
    assert_eq!(m.due, at("2026-06-12T10:10:00+07:00"));
    assert_eq!(
        m.provision.as_ref().map(|c| c.key()),
        Some("24/2018/QH14:26.2.b".to_string())
    );
    assert_eq!(m.late_at, None, "the late removal is after the window");
    // Figures per body (Điều 8.2 consolidates everyone's).
    let row = |id: &str| r.per_body.iter().find(|b| b.body.as_str() == id).unwrap();
    assert_eq!((row("so-y-te").detected, row("so-y-te").notified), (2, 2));
    assert_eq!(row("so-vhttdl").detected, 1);
    let police = row("cong-an-tinh");
    assert_eq!(
        (
            police.consulted,
            police.opinions,
            police.actions,
            police.removal_requests,
            police.deadlines_missed
        ),
        (2, 1, 2, 2, 0)
    );
    assert_eq!(n(&police.results, Outcome::Done), 1);
    assert_eq!(row("bao-khanh-hoa").published, 1);
    assert!(
        r.per_body
            .iter()
            .all(|b| b.body.as_str() != "ubnd-phuong-nha-trang"),
        "c3's detector acted before the window only"
    );
    let involved: Vec<&str> = r.bodies_involved.iter().map(|b| b.body.as_str()).collect();
    assert_eq!(
        involved,
        vec!["bao-khanh-hoa", "cong-an-tinh", "so-vhttdl", "so-y-te"]
    );
}

#[test]
fn annual_report_groups_a_ground_with_its_successors_across_the_2026_reform() {
    // khoản 1 Điều 8 Luật An ninh mạng 2018 (to 30 Jun 2026) and khoản 1–2 Điều 7 Luật An ninh
    // mạng 2025 (from 1 Jul 2026) are one group (Điều 2.2 read with the successor table).
    let reg = reg();
    let c7 = build(
        &reg,
        vec![
            (
                "so-vhttdl",
                None,
                "2026-08-03T08:00:00+07:00",
                detect("own_monitoring", "social_network", &["health"], "c7"),
            ),
            (
                "so-vhttdl",
                None,
                "2026-08-03T09:00:00+07:00",
                cmd(json!({"type": "receive"})),
            ),
            (
                "so-vhttdl",
                None,
                "2026-08-03T09:30:00+07:00",
                cmd(
                    json!({"type": "open_verification", "method": "written_consultation", "consulted": ["cong-an-tinh"]}),
                ),
            ),
            (
                "cong-an-tinh",
                None,
                "2026-08-03T10:00:00+07:00",
                cmd(json!({"type": "submit_opinion", "finding": "Sai", "direction": "Gỡ"})),
            ),
            (
                "so-vhttdl",
                None,
                "2026-08-03T11:00:00+07:00",
                cmd(
                    json!({"type": "conclude", "verdict": "violating", "grounds": [
            {"instrument": "116/2025/QH15", "article": 7, "clause": 1, "point": "c"},
            {"instrument": "116/2025/QH15", "article": 7, "clause": 2, "point": "g"}]}),
                ),
            ),
        ],
    );
    let mut cases = all_cases(&reg);
    cases.push(c7);
    let w = Window::new(d(2025, 12, 15), d(2026, 12, 14)).unwrap();
    let r = compile_report(&reg, &cases, w, &BodyId::new("so-vhttdl")).unwrap();
    assert_eq!(r.period, Some(Period::of_year(Frequency::Annual, 2026)));
    assert_eq!(r.obligation.as_deref(), Some("8.2-annual"));
    let cyber = r
        .cases
        .by_ground
        .iter()
        .find(|g| g.group == "cyber-2018-art8-1")
        .unwrap();
    assert_eq!(
        cyber.cases, 2,
        "c1 (2018 law) and c7 (2025 law, two clauses) count once each in one group"
    );
    assert_eq!(
        cyber.citations.len(),
        3,
        "the 2018 clause and its two 2025 successors"
    );
    // In the annual window c2's late result (20 Jun) and c5 (20 Jun) are now inside.
    assert_eq!(n(&r.cases.outcomes, Outcome::PartlyDone), 1);
    assert_eq!(r.cases.new, 5);
    // The platform complied on 19 Jun, after its deadline: late, with the time it complied.
    assert_eq!(
        r.cases.platform_deadlines_missed[0].late_at,
        Some(at("2026-06-19T16:00:00+07:00"))
    );
    assert!(r.cases.deadlines_missed.is_empty());
}

#[test]
fn a_body_reports_on_the_cases_it_took_part_in_to_the_lead_agency_under_dieu_8_1() {
    let reg = reg();
    let r = compile_report(&reg, &all_cases(&reg), h1_2026(), &BodyId::new("so-y-te")).unwrap();
    assert_eq!(r.level, ReportLevel::Body);
    assert_eq!(r.obligation.as_deref(), Some("8.1-six-monthly"));
    assert_eq!(
        r.recipients[0].body.as_str(),
        "so-vhttdl",
        "Điều 8.1: sent to the lead agency"
    );
    assert_eq!(
        (r.cases.new, r.cases.carried_over),
        (2, 0),
        "c1 and c6; c5 is after the window"
    );
    assert_eq!(r.per_body.len(), 1);
    assert_eq!(r.per_body[0].body.as_str(), "so-y-te");
    assert_eq!(r.per_body[0].detected, 2);
}

#[test]
fn a_body_without_a_reporting_duty_cannot_report() {
    // The Party commissions are only requested (Điều 7.6–7.7), not bound by Điều 8.1.
    let reg = reg();
    let e = compile_report(&reg, &[], h1_2026(), &BodyId::new("ban-noi-chinh")).unwrap_err();
    assert_eq!(e.code.as_str(), "NOT_AUTHORIZED");
    assert_eq!(e.path.as_deref(), Some("/reporter"));
    let e = compile_report(&reg, &[], h1_2026(), &BodyId::new("so-khong-co")).unwrap_err();
    assert_eq!(e.code.as_str(), "UNKNOWN_AGENCY");
}

#[test]
fn an_ad_hoc_window_is_allowed_and_named_by_its_dates() {
    let reg = reg();
    let w = Window::new(d(2026, 3, 1), d(2026, 3, 31)).unwrap();
    let r = compile_report(&reg, &all_cases(&reg), w, &BodyId::new("so-vhttdl")).unwrap();
    assert_eq!(r.period, None);
    assert_eq!(
        (r.cases.new, r.cases.carried_over),
        (1, 0),
        "c1 only; c3 was dismissed in January"
    );
    let md = render_markdown(&reg, &r, Lang::Vi);
    assert!(
        md.contains("từ ngày 01/03/2026 đến ngày 31/03/2026"),
        "{md}"
    );
}

#[test]
fn inverted_window_is_refused_with_a_pointer() {
    assert_eq!(
        Window::new(d(2026, 6, 14), d(2025, 12, 15))
            .unwrap_err()
            .path
            .as_deref(),
        Some("/window/to")
    );
    let reg = reg();
    let w = Window {
        from: d(2026, 6, 14),
        to: d(2025, 12, 15),
    };
    let e = compile_report(&reg, &[], w, &BodyId::new("so-vhttdl")).unwrap_err();
    assert_eq!(e.code.as_str(), "INVALID_INPUT");
}

#[test]
fn a_tampered_case_is_refused_with_its_index_in_the_pointer() {
    let reg = reg();
    let mut cases = all_cases(&reg);
    let Command::ReportResult(r) = &mut cases[1].events[8].command else {
        panic!("c2's ninth event is the police's result");
    };
    r.outcome = Outcome::Done;
    let e = compile_report(&reg, &cases, h1_2026(), &BodyId::new("so-vhttdl")).unwrap_err();
    assert_eq!(e.code.as_str(), "LOG_TAMPERED");
    assert_eq!(e.path.as_deref(), Some("/cases/1/events/8/hash"));
    // Fields edited without touching the log: the case no longer matches its events.
    let mut cases = all_cases(&reg);
    cases[2].status = CaseStatus::Closed;
    let e = compile_report(&reg, &cases, h1_2026(), &BodyId::new("so-vhttdl")).unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.path.as_deref()),
        ("LOG_TAMPERED", Some("/cases/2"))
    );
    // The same case twice.
    let mut cases = all_cases(&reg);
    cases.push(cases[0].clone());
    let e = compile_report(&reg, &cases, h1_2026(), &BodyId::new("so-vhttdl")).unwrap_err();
    assert_eq!(e.path.as_deref(), Some("/cases/6/id"));
}

fn work() -> Vec<WorkRecord> {
    vec![
        WorkRecord::new(
            "training",
            "so-vhttdl",
            d(2026, 4, 10),
            "Tập huấn nhận diện tin giả",
        ),
        WorkRecord::new(
            "press_review",
            "so-vhttdl",
            d(2026, 1, 5),
            "Điểm báo tuần 1",
        ),
        WorkRecord::new(
            "press_review",
            "so-vhttdl",
            d(2026, 7, 5),
            "Điểm báo ngoài kỳ",
        ),
        WorkRecord::new(
            "rebuttal",
            "bao-khanh-hoa",
            d(2026, 3, 6),
            "Phản bác tin sai",
        ),
        WorkRecord::new(
            "team_meeting",
            "so-vhttdl",
            d(2025, 12, 15),
            "Họp Tổ theo dõi",
        ),
        WorkRecord {
            citation: Some(
                quyche::law::Citation::article("2086/QĐ-UBND", 7)
                    .clause(3)
                    .point(quyche::law::Point::C),
            ),
            ..WorkRecord::new(
                "training",
                "so-y-te",
                d(2026, 5, 5),
                "Tập huấn cho công chức ngành y tế",
            )
        },
    ]
}

#[test]
fn work_outside_cases_is_counted_within_the_window_with_its_citation() {
    let reg = reg();
    let r = compile_report(&reg, &all_cases(&reg), h1_2026(), &BodyId::new("so-vhttdl"))
        .unwrap()
        .with_work(&reg, &work())
        .unwrap();
    assert_eq!(
        r.work.total, 5,
        "the 5 Jul press review is outside the window"
    );
    assert_eq!(
        n(&r.work.by_kind, WorkKindId::new("training")),
        2,
        "Điều 7.1.c and 7.3.c"
    );
    assert_eq!(
        n(&r.work.by_kind, WorkKindId::new("press_review")),
        1,
        "Điều 7.1.d"
    );
    assert_eq!(
        n(&r.work.by_kind, WorkKindId::new("rebuttal")),
        1,
        "Điều 7.5.c"
    );
    assert_eq!(
        n(&r.work.by_kind, WorkKindId::new("team_meeting")),
        1,
        "Điều 7.1.a(1), first day of the window"
    );
    let y = r
        .per_body
        .iter()
        .find(|b| b.body.as_str() == "so-y-te")
        .unwrap();
    assert_eq!(n(&y.work, WorkKindId::new("training")), 1);
    // A body's report counts its own records only.
    let own = compile_report(&reg, &all_cases(&reg), h1_2026(), &BodyId::new("so-y-te"))
        .unwrap()
        .with_work(&reg, &work())
        .unwrap();
    assert_eq!(own.work.total, 1);
}

#[test]
fn a_work_record_must_cite_a_provision_of_its_kind() {
    let reg = reg();
    let mut bad = work();
    bad[1].citation = Some(
        quyche::law::Citation::article("2086/QĐ-UBND", 7)
            .clause(5)
            .point(quyche::law::Point::C),
    );
    let r = compile_report(&reg, &[], h1_2026(), &BodyId::new("so-vhttdl")).unwrap();
    let e = r.clone().with_work(&reg, &bad).unwrap_err();
    assert_eq!(
        e.path.as_deref(),
        Some("/work/1/citation"),
        "a press review is Điều 7.1.d, not 7.5.c"
    );
    let mut gone = work();
    gone[0].body = BodyId::new("dai-ptth"); // merged into Báo Khánh Hòa on 2025-04-24
    let e = r.with_work(&reg, &gone).unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.path.as_deref()),
        ("UNKNOWN_AGENCY", Some("/work/0/body"))
    );
}

#[test]
fn compiled_reports_carry_no_personal_data() {
    let reg = reg();
    let cases = all_cases(&reg);
    // The fixtures do carry personal data: the test would prove nothing otherwise.
    let raw = serde_json::to_string(&cases).unwrap();
    assert!(raw.contains(AUTHOR) && raw.contains(OFFICER_LEAD) && raw.contains(OFFICER_POLICE));
    for reporter in ["so-vhttdl", "so-y-te", "cong-an-tinh"] {
        for w in [
            h1_2026(),
            Window::new(d(2025, 12, 15), d(2026, 12, 14)).unwrap(),
        ] {
            let r = compile_report(&reg, &cases, w, &BodyId::new(reporter))
                .unwrap()
                .with_work(&reg, &work())
                .unwrap();
            let annexed = |lang| {
                document_markdown(&document(&reg, &r, DocumentOptions { lang, annex: true }))
            };
            let text = serde_json::to_string(&r).unwrap()
                + &render_markdown(&reg, &r, Lang::Vi)
                + &render_markdown(&reg, &r, Lang::En)
                + &annexed(Lang::Vi)
                + &annexed(Lang::En);
            for secret in [
                AUTHOR,
                OFFICER_LEAD,
                OFFICER_POLICE,
                "facebook.com",
                "Tin sai sự thật",
                "Tập huấn nhận diện",
            ] {
                assert!(
                    !text.contains(secret),
                    "{reporter}: `{secret}` leaked into the report"
                );
            }
        }
    }
}

#[test]
fn reports_round_trip_through_json() {
    let reg = reg();
    let r = compile_report(&reg, &all_cases(&reg), h1_2026(), &BodyId::new("so-vhttdl"))
        .unwrap()
        .with_sections(&["Thiếu nhân lực theo dõi"], &[" ", "Bổ sung kinh phí"]);
    assert_eq!(
        r.proposals,
        vec!["Bổ sung kinh phí".to_string()],
        "blank lines dropped"
    );
    let back: PeriodicReport = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
    assert_eq!(back, r);
}

#[test]
fn markdown_follows_the_vietnamese_administrative_report_layout() {
    let reg = reg();
    let r = compile_report(&reg, &all_cases(&reg), h1_2026(), &BodyId::new("so-vhttdl"))
        .unwrap()
        .with_work(&reg, &work())
        .unwrap()
        .with_sections(
            &["Chưa có phần mềm giám sát dùng chung"],
            &["Bố trí kinh phí cho Tổ theo dõi"],
        );
    let md = render_markdown(&reg, &r, Lang::Vi);
    // Nghị định 30/2020/NĐ-CP Phụ lục I (legal §8): the managing body above the issuing body
    // (whose name drops the province it repeats), the number with the issuer's abbreviation, the
    // national name and motto, place and date, kind and summary, "Kính gửi", an opening naming
    // the decision that issued the regulation, the sections, "Nơi nhận" and the head's title.
    let order = [
        "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA",
        "**SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH**",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: …/BC-SVHTTDL",
        "Khánh Hòa, ngày … tháng … năm 2026",
        "BÁO CÁO",
        "Kết quả thực hiện Quy chế phối hợp theo dõi, xử lý thông tin sai sự thật, thông tin xấu, độc trên không gian mạng 6 tháng đầu năm 2026",
        "Kính gửi: Ủy ban nhân dân tỉnh Khánh Hòa.",
        "ban hành kèm theo Quyết định số 2086/QĐ-UBND ngày 12/8/2020",
        "I. KẾT QUẢ THỰC HIỆN",
        "II. KHÓ KHĂN, VƯỚNG MẮC",
        "Chưa có phần mềm giám sát dùng chung",
        "III. ĐỀ XUẤT, KIẾN NGHỊ",
        "Bố trí kinh phí cho Tổ theo dõi",
        "Nơi nhận:",
        "GIÁM ĐỐC",
    ];
    let mut pos = 0;
    for s in order {
        let i = md[pos..]
            .find(s)
            .unwrap_or_else(|| panic!("`{s}` missing or out of order in:\n{md}"));
        pos += i + s.len();
    }
    assert!(
        md.contains("Tổng số vụ việc trong kỳ: 4 (phát hiện mới: 3; chuyển tiếp từ kỳ trước: 1)"),
        "{md}"
    );
    assert!(
        md.contains("khoản 2 Điều 8"),
        "the title cites Điều 8.2: {md}"
    );
    // The bodies' lateness and the platforms' are on separate lines: none of the police's, one
    // of a platform's (c2's request, due 12 Jun).
    assert!(md.contains("Việc xử lý chậm so với thời hạn: 0."), "{md}");
    assert!(md.contains("nền tảng chậm thực hiện: 1"), "{md}");
    // Provenance (statuses, interpretations) never sits in the body: only in the annex.
    assert!(!r.warnings.is_empty());
    let annexed = document_markdown(&document(
        &reg,
        &r,
        DocumentOptions {
            lang: Lang::Vi,
            annex: true,
        },
    ));
    for w in &r.warnings {
        assert!(!md.contains(&w.vi), "`{}` in the body", w.vi);
        assert!(annexed.contains(&w.vi), "`{}` missing from the annex", w.vi);
    }
    let en = render_markdown(&reg, &r, Lang::En);
    for s in [
        "SOCIALIST REPUBLIC OF VIETNAM",
        "Independence - Freedom - Happiness",
        "No.: …/BC-SVHTTDL",
        "II. DIFFICULTIES AND OBSTACLES",
        "III. PROPOSALS AND RECOMMENDATIONS",
        "Recipients:",
        "the first six months of 2026",
    ] {
        assert!(en.contains(s), "`{s}` missing from:\n{en}");
    }
}

/// The steps up to a violating conclusion of a case Sở Y tế detects on `day` (verified with the
/// police).
fn to_violating(day: &str, id: &str) -> Vec<(&'static str, Option<&'static str>, String, Command)> {
    let t = |hm: &str| format!("{day}T{hm}:00+07:00");
    vec![
        (
            "so-y-te",
            None,
            t("08:00"),
            detect("own_monitoring", "social_network", &["health"], id),
        ),
        (
            "so-y-te",
            None,
            t("08:30"),
            cmd(json!({"type": "notify_lead", "channel": "email"})),
        ),
        (
            "so-vhttdl",
            None,
            t("09:00"),
            cmd(json!({"type": "receive"})),
        ),
        (
            "so-vhttdl",
            None,
            t("09:30"),
            cmd(
                json!({"type": "open_verification", "method": "written_consultation", "consulted": ["cong-an-tinh"]}),
            ),
        ),
        (
            "cong-an-tinh",
            None,
            t("10:00"),
            cmd(json!({"type": "submit_opinion", "finding": "Sai", "direction": "Phát ngôn"})),
        ),
        (
            "so-vhttdl",
            None,
            t("11:00"),
            cmd(
                json!({"type": "conclude", "verdict": "violating", "grounds": [{"instrument": "24/2018/QH14", "article": 8, "clause": 1, "point": "d"}]}),
            ),
        ),
    ]
}

fn build_owned(reg: &Regulation, steps: Vec<(&str, Option<&str>, String, Command)>) -> Case {
    build(
        reg,
        steps
            .iter()
            .map(|(b, o, t, c)| (*b, *o, t.as_str(), c.clone()))
            .collect(),
    )
}

#[test]
fn a_bodys_own_missed_deadline_is_counted_against_it() {
    // The lead agency requests Sở Y tế's spokesperson to inform the press (Điều 7.3.d); NĐ
    // 09/2017 Điều 6.3.a gives it 24 h from the incident. Sở Y tế reports on 5 March: its own
    // deadline (binds the acting body), counted against it, apart from any platform's.
    let reg = reg();
    let mut steps = to_violating("2026-03-02", "c8");
    steps.push((
        "so-vhttdl",
        None,
        "2026-03-02T12:00:00+07:00".into(),
        cmd(
            json!({"type": "request_action", "kind": "spokesperson_statement", "body": "so-y-te",
            "trigger": {"kind": "incident", "at": "2026-03-02T07:00:00+07:00"}}),
        ),
    ));
    steps.push((
        "so-y-te",
        None,
        "2026-03-05T09:00:00+07:00".into(),
        cmd(json!({"type": "report_result", "action_id": "A1", "outcome": "done"})),
    ));
    let cases = vec![build_owned(&reg, steps)];
    let checked = CheckedCases::new(&reg, &cases).unwrap();
    let lead = BodyId::new("so-vhttdl");
    let r = checked.compile(h1_2026(), &lead).unwrap();
    let f = &r.cases;
    assert!(f.platform_deadlines_missed.is_empty());
    assert_eq!(f.deadlines_missed.len(), 1);
    let m = &f.deadlines_missed[0];
    assert_eq!(
        (
            m.item.as_str(),
            m.binds,
            m.body.as_ref().map(|b| b.as_str())
        ),
        ("A1", Bound::ActingBody, Some("so-y-te"))
    );
    assert_eq!(m.kind, Some(ActionKindId::new("spokesperson_statement")));
    assert_eq!(m.due, at("2026-03-03T07:00:00+07:00"));
    assert_eq!(
        m.provision.as_ref().map(|c| c.key()),
        Some("09/2017/NĐ-CP:6.3.a".to_string())
    );
    assert_eq!(m.late_at, Some(at("2026-03-05T09:00:00+07:00")));
    assert_eq!(m.case, None);
    let y = r
        .per_body
        .iter()
        .find(|b| b.body.as_str() == "so-y-te")
        .unwrap();
    assert_eq!((y.actions, y.deadlines_missed), (1, 1));
    // Case ids are listed only when asked (a chosen id may contain a name).
    let with_ids = checked
        .compile_with(
            h1_2026(),
            &lead,
            ReportOptions {
                include_case_ids: true,
            },
        )
        .unwrap();
    assert_eq!(
        with_ids.cases.deadlines_missed[0].case,
        Some(CaseId("c8".into()))
    );
    // Sở Y tế's own report shows its lateness too (Điều 8.1).
    let own = checked.compile(h1_2026(), &BodyId::new("so-y-te")).unwrap();
    assert_eq!(own.cases.deadlines_missed.len(), 1);
}

#[test]
fn a_confidential_case_is_counted_never_described() {
    // Điều 4.2: a case touching Party or State secrets, here marked after its conclusion, is
    // counted; its topic, platform kind and grounds are not reported.
    let reg = reg();
    let mut steps = to_violating("2026-04-01", "c9");
    steps.push((
        "so-vhttdl",
        None,
        "2026-04-01T11:30:00+07:00".into(),
        cmd(json!({"type": "mark_confidential"})),
    ));
    let cases = vec![build_owned(&reg, steps)];
    let r = compile_report(&reg, &cases, h1_2026(), &BodyId::new("so-vhttdl")).unwrap();
    let f = &r.cases;
    assert_eq!((f.new, f.confidential), (1, 1));
    assert_eq!(n(&f.by_verdict, Verdict::Violating), 1);
    assert!(f.by_ground.is_empty() && f.by_topic.is_empty() && f.by_platform_kind.is_empty());
    assert_eq!(n(&f.by_detection_source, DetectionSource::OwnMonitoring), 1);
    let md = render_markdown(&reg, &r, Lang::Vi);
    assert!(
        md.contains("Vụ việc liên quan đến bí mật nhà nước (không nêu nội dung): 1."),
        "{md}"
    );
    assert!(!md.contains("Y tế:"), "{md}");
}
