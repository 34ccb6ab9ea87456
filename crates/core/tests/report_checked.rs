//! `CheckedCases` (check the logs once, compile many Điều 8 reports) gives exactly the report of
//! `compile_report`, including windows that end in the middle of a log (the case's state at the
//! window's end) and windows that start after a case was detected (carried-over cases, Điều 8.2
//! consolidated figures), and refuses a tampered log like `compile_report`.

#[path = "../benches/common/mod.rs"]
mod common;

use chrono::NaiveDate;
use quyche::case::{CaseId, CaseStatus, Command};
use quyche::org::BodyId;
use quyche::report::{CheckedCases, Window, compile_report};

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).expect("date")
}

fn cases(reg: &quyche::Regulation) -> Vec<quyche::case::Case> {
    (0..4u64)
        .map(|i| {
            let mut steps = common::steps(i, None);
            if let Command::Detect(det) = &mut steps[0].command {
                det.case_id = Some(CaseId(format!("KH-CHECK-{i}")));
            }
            common::run(reg, &steps)
        })
        .collect()
}

#[test]
fn checked_cases_compile_the_same_dieu_8_report_as_compile_report() {
    let reg = common::regulation();
    let cases = cases(&reg);
    let checked = CheckedCases::new(&reg, &cases).expect("logs replay");
    let lead = BodyId::new("so-vhttdl");
    let police = BodyId::new("cong-an-tinh");
    // The cases run 3–8 Aug 2026 (one per day offset); these windows cut logs in the middle.
    let windows = [
        (d(1, 1), d(12, 14)),
        (d(8, 1), d(8, 3)),
        (d(8, 4), d(8, 5)),
        (d(8, 5), d(12, 14)),
    ];
    for (from, to) in windows {
        let w = Window::new(from, to).expect("window");
        for reporter in [&lead, &police] {
            let slow = compile_report(&reg, &cases, w, reporter).expect("compiles");
            let fast = checked.compile(w, reporter).expect("compiles");
            assert_eq!(fast, slow, "Điều 8 report for {reporter} over {from}..{to}");
        }
    }
    // Window ending on 3 Aug: case 0 is mid-handling then (two actions assigned, none reported).
    let r = checked
        .compile(Window::new(d(8, 1), d(8, 3)).expect("window"), &lead)
        .expect("compiles");
    assert_eq!(r.cases.new, 1, "only case 0 is detected by 3 Aug");
    assert_eq!(r.cases.by_status.get(&CaseStatus::Handling), Some(&1));
    // Window from 5 Aug: cases 0 and 1 were detected before it and are still open on 4 Aug
    // (case 0 closes on 5 Aug), so both are carried over.
    let r = checked
        .compile(Window::new(d(8, 5), d(12, 14)).expect("window"), &lead)
        .expect("compiles");
    assert_eq!((r.cases.carried_over, r.cases.new), (2, 2));
}

#[test]
fn checked_cases_refuse_a_tampered_log_with_its_pointer() {
    let reg = common::regulation();
    let mut cases = cases(&reg);
    if let Command::Receive(r) = &mut cases[2].events[2].command {
        r.note = Some("sửa sau".into());
    }
    let e = CheckedCases::new(&reg, &cases).expect_err("tampered");
    assert_eq!(e.code.as_str(), "LOG_TAMPERED");
    assert_eq!(e.path.as_deref(), Some("/cases/2/events/2/hash"));
}
