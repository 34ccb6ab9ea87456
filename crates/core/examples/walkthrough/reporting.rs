//! Walkthrough, reporting part: the 2026 reporting calendar of the lead agency and of one
//! department, then a 6-month report compiled from a handful of cases and rendered as a
//! document in the layout of Nghị định 30/2020 (Vietnamese Markdown).

use chrono::{DateTime, FixedOffset, NaiveDate};
use quyche::Regulation;
use quyche::case::{Actor, Case, Command};
use quyche::org::BodyId;
use quyche::report::{
    ReportingDue, Window, WorkRecord, compile_report, render_markdown, reporting_calendar,
};
use quyche::text::Lang;
use serde_json::json;

/// The department registered for the walkthrough, as in the conformance scenarios.
const DEPARTMENT: &str = r#"{"body": {"id": "so-y-te",
  "name": {"vi": "Sở Y tế tỉnh Khánh Hòa", "en": "Khánh Hòa Department of Health"},
  "valid": {"from": "2020-08-12"}, "status": "C"},
  "roles": [{"role": "department", "body": "so-y-te", "valid": {"from": "2020-08-12"}, "status": "C"}]}"#;

/// Prints the reporting part of the walkthrough.
pub fn print(reg: &Regulation) {
    let mut reg = reg.clone();
    if let Err(e) = reg.register_body_json(DEPARTMENT) {
        println!("cannot register so-y-te: {e}");
        return;
    }
    println!("\n== Lịch báo cáo năm 2026 / 2026 reporting calendar ==");
    let as_of = day(2026, 6, 17);
    match reporting_calendar(&reg, 2026, as_of) {
        Ok(cal) => {
            for body in ["so-vhttdl", "so-y-te"] {
                for due in cal.iter().filter(|d| d.body.as_str() == body) {
                    print_due(&reg, due);
                }
            }
            println!("  (P, U: mức xác nhận của căn cứ; \"đã qua\": hạn gửi trước ngày {as_of})");
        }
        Err(e) => println!("calendar: {e}"),
    }

    println!(
        "\n== Báo cáo 6 tháng đầu năm 2026 của cơ quan chủ trì / the lead agency's six-month report ==\n"
    );
    let cases = match sample_cases(&reg) {
        Ok(c) => c,
        Err(e) => {
            println!("cannot build the sample cases: {e}");
            return;
        }
    };
    let work = [
        WorkRecord::new(
            "training",
            "so-vhttdl",
            day(2026, 4, 10),
            "Tập huấn nhận diện tin giả",
        ),
        WorkRecord::new("press_review", "so-vhttdl", day(2026, 3, 2), "Điểm báo"),
        WorkRecord::new("rebuttal", "bao-khanh-hoa", day(2026, 3, 6), "Bài phản bác"),
    ];
    let window = match Window::new(day(2025, 12, 15), day(2026, 6, 14)) {
        Ok(w) => w,
        Err(e) => return println!("window: {e}"),
    };
    let report = compile_report(&reg, &cases, window, &BodyId::new("so-vhttdl"))
        .and_then(|r| r.with_work(&reg, &work))
        .map(|r| {
            r.with_sections(
                &["Một số cơ quan chưa cử cán bộ đầu mối theo dõi thông tin trên mạng."],
                &["Đề nghị UBND tỉnh bố trí kinh phí vận hành phần mềm theo dõi, giám sát thông tin trên không gian mạng."],
            )
        });
    match report {
        Ok(r) => println!("{}", render_markdown(&reg, &r, Lang::Vi)),
        Err(e) => println!("report: {e}"),
    }
}

fn print_due(reg: &Regulation, d: &ReportingDue) {
    let cites: Vec<String> = d.citations.iter().map(|c| c.vi(reg)).collect();
    println!(
        "- {} → {}: báo cáo {} (kỳ {} → {}), hạn gửi {} [{}{}{}]",
        d.body_name.vi,
        d.recipient_name.vi,
        d.period.frequency.label().vi,
        d.window.from.format("%d/%m/%Y"),
        d.window.to.format("%d/%m/%Y"),
        d.due.format("%d/%m/%Y"),
        d.status.code(),
        if d.interpretation {
            ", cách hiểu"
        } else {
            ""
        },
        if d.past { ", đã qua" } else { "" },
    );
    println!("    căn cứ: {}", cites.join("; "));
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn at(s: &str) -> quyche::Result<DateTime<FixedOffset>> {
    quyche::time::parse_instant(s)
}

/// Builds a case from `(actor, time, command)` steps through `Case::start` and `Case::apply`.
fn build(reg: &Regulation, steps: &[(&str, &str, serde_json::Value)]) -> quyche::Result<Case> {
    let mut case: Option<Case> = None;
    for (body, time, cmd) in steps {
        let cmd = Command::from_value(cmd.clone())?;
        let actor = Actor::body(body);
        match case.as_mut() {
            None => case = Some(Case::start(reg, cmd, &actor, at(time)?)?.0),
            Some(c) => {
                c.apply(reg, cmd, &actor, at(time)?)?;
            }
        }
    }
    case.ok_or_else(|| quyche::Error::invalid("", "no steps", "không có bước nào"))
}

fn detect(id: &str, source: &str, platform_kind: &str, topic: &str) -> serde_json::Value {
    json!({"type": "detect", "case_id": id, "source": source, "topics": [topic],
           "content": {"platform": "Facebook", "platform_kind": platform_kind, "kind": "post",
                       "summary": "Tin sai sự thật", "author_handle": "nguoidung.vidu"}})
}

/// Four cases: one handled and closed; one where the platform complied late and the department's
/// spokesperson answered late (two deadlines, counted apart); one dismissed; one still waiting for
/// the lead agency when the window ends (its receipt on 15 Jun is outside).
fn sample_cases(reg: &Regulation) -> quyche::Result<Vec<Case>> {
    let closed = build(
        reg,
        &[
            (
                "so-y-te",
                "2026-03-02T08:00:00+07:00",
                detect("vd-1", "own_monitoring", "social_network", "health"),
            ),
            (
                "so-y-te",
                "2026-03-02T08:30:00+07:00",
                json!({"type": "notify_lead", "channel": "email"}),
            ),
            (
                "so-vhttdl",
                "2026-03-02T09:00:00+07:00",
                json!({"type": "receive"}),
            ),
            (
                "so-vhttdl",
                "2026-03-02T09:30:00+07:00",
                json!({"type": "open_verification", "method": "written_consultation", "consulted": ["cong-an-tinh"]}),
            ),
            (
                "cong-an-tinh",
                "2026-03-02T10:30:00+07:00",
                json!({"type": "submit_opinion", "finding": "Bịa đặt", "direction": "Gỡ bỏ"}),
            ),
            (
                "so-vhttdl",
                "2026-03-02T11:00:00+07:00",
                json!({"type": "conclude", "verdict": "violating", "grounds": [{"instrument": "24/2018/QH14", "article": 8, "clause": 1, "point": "d"}]}),
            ),
            (
                "so-vhttdl",
                "2026-03-02T11:30:00+07:00",
                json!({"type": "request_action", "kind": "removal", "body": "cong-an-tinh"}),
            ),
            (
                "cong-an-tinh",
                "2026-03-02T12:00:00+07:00",
                json!({"type": "send_removal_request", "licensing": "licensed_in_vietnam", "action_id": "A1"}),
            ),
            (
                "cong-an-tinh",
                "2026-03-02T20:00:00+07:00",
                json!({"type": "record_platform_response", "request_id": "R1", "response": "complied"}),
            ),
            (
                "cong-an-tinh",
                "2026-03-03T10:00:00+07:00",
                json!({"type": "report_result", "action_id": "A1", "outcome": "done"}),
            ),
            (
                "bao-khanh-hoa",
                "2026-03-04T09:00:00+07:00",
                json!({"type": "publish_results", "title": "Kết quả xử lý"}),
            ),
            (
                "so-vhttdl",
                "2026-03-05T08:00:00+07:00",
                json!({"type": "close"}),
            ),
        ],
    )?;
    let late = build(
        reg,
        &[
            (
                "so-vhttdl",
                "2026-06-10T08:00:00+07:00",
                detect("vd-2", "press_review", "general_website", "economy_finance"),
            ),
            (
                "so-vhttdl",
                "2026-06-10T09:00:00+07:00",
                json!({"type": "receive"}),
            ),
            (
                "so-vhttdl",
                "2026-06-10T09:30:00+07:00",
                json!({"type": "open_verification", "method": "meeting", "consulted": ["cong-an-tinh"]}),
            ),
            (
                "so-vhttdl",
                "2026-06-11T08:00:00+07:00",
                json!({"type": "record_meeting", "attendees": ["so-vhttdl", "cong-an-tinh"], "conclusion": "Vi phạm"}),
            ),
            (
                "so-vhttdl",
                "2026-06-11T09:00:00+07:00",
                json!({"type": "conclude", "verdict": "violating", "grounds": [{"instrument": "103/2016/QH13", "article": 9, "clause": 8}]}),
            ),
            (
                "so-vhttdl",
                "2026-06-11T10:00:00+07:00",
                json!({"type": "send_removal_request", "licensing": "licensed_in_vietnam"}),
            ),
            (
                "so-vhttdl",
                "2026-06-11T10:30:00+07:00",
                json!({"type": "request_action", "kind": "spokesperson_statement", "body": "so-y-te",
                       "trigger": {"kind": "receipt", "at": "2026-06-11T08:00:00+07:00"}}),
            ),
            (
                "so-y-te",
                "2026-06-13T10:00:00+07:00",
                json!({"type": "report_result", "action_id": "A1", "outcome": "done"}),
            ),
            (
                "so-vhttdl",
                "2026-06-14T10:00:00+07:00",
                json!({"type": "record_platform_response", "request_id": "R1", "response": "complied"}),
            ),
        ],
    )?;
    let dismissed = build(
        reg,
        &[
            (
                "so-y-te",
                "2026-04-01T08:00:00+07:00",
                detect("vd-3", "citizen_report", "messaging", "policy_law"),
            ),
            (
                "so-y-te",
                "2026-04-01T08:30:00+07:00",
                json!({"type": "notify_lead", "channel": "phone"}),
            ),
            (
                "so-vhttdl",
                "2026-04-01T09:00:00+07:00",
                json!({"type": "receive"}),
            ),
            (
                "so-vhttdl",
                "2026-04-02T09:00:00+07:00",
                json!({"type": "dismiss", "reason": "unrelated_to_province"}),
            ),
        ],
    )?;
    let waiting = build(
        reg,
        &[
            (
                "so-y-te",
                "2026-05-20T08:00:00+07:00",
                detect("vd-4", "citizen_report", "video_sharing", "health"),
            ),
            (
                "so-y-te",
                "2026-05-20T09:00:00+07:00",
                json!({"type": "notify_lead", "channel": "electronic_document"}),
            ),
            (
                "so-vhttdl",
                "2026-06-15T09:00:00+07:00",
                json!({"type": "receive"}),
            ),
        ],
    )?;
    Ok(vec![closed, late, dismissed, waiting])
}
