//! Bundles of case logs (the `register` + `cases` file an analyst receives) load in one call,
//! and a periodic report (Điều 8) refuses, naming the case, a case checked against another
//! regulation or data version than the report's.

#[path = "../benches/common/mod.rs"]
mod common;

use quyche::ErrorCode;
use quyche::case::{CaseId, Command, load_bundle};
use quyche::org::BodyId;
use quyche::report::{CASE_COLUMNS, Window, case_cells, case_row, compile_report};
use serde_json::{Value, json};

fn cases(reg: &quyche::Regulation) -> Vec<quyche::case::Case> {
    (0..3u64)
        .map(|i| {
            let mut steps = common::steps(i, None);
            if let Command::Detect(det) = &mut steps[0].command {
                det.case_id = Some(CaseId(format!("KH-BUNDLE-{i}")));
            }
            common::run(reg, &steps)
        })
        .collect()
}

fn window() -> Window {
    let d = |m, day| chrono::NaiveDate::from_ymd_opt(2026, m, day).expect("date");
    Window::new(d(1, 1), d(12, 14)).expect("window")
}

#[test]
fn a_bundle_gives_the_cases_and_the_report_of_its_logs() {
    let reg = common::regulation();
    let cases = cases(&reg);
    let logs: Vec<Value> = cases
        .iter()
        .map(|c| serde_json::to_value(&c.events).expect("events"))
        .collect();
    let bundle = load_bundle(&reg, json!({"regulation": reg.id, "cases": logs})).expect("loads");
    assert_eq!(bundle.cases, cases);
    let lead = BodyId::new("so-vhttdl");
    assert_eq!(
        compile_report(&bundle.regulation, &bundle.cases, window(), &lead).expect("compiles"),
        compile_report(&reg, &cases, window(), &lead).expect("compiles"),
    );
    // One row per case, in the fixed columns.
    let status = CASE_COLUMNS.iter().position(|c| c.name == "status");
    for c in &bundle.cases {
        let cells = case_cells(&case_row(&bundle.regulation, c));
        assert_eq!(cells.len(), CASE_COLUMNS.len());
        assert_eq!(cells[status.expect("status column")], c.status.as_str());
    }
}

#[test]
fn a_case_of_another_data_version_is_refused_by_name() {
    let reg = common::regulation();
    let mut cases = cases(&reg);
    cases[1].regulation.version = "2020.01.01".into();
    let lead = BodyId::new("so-vhttdl");
    let e = compile_report(&reg, &cases, window(), &lead).expect_err("refused");
    assert_eq!(e.code, ErrorCode::LogVersion);
    assert_eq!(e.path.as_deref(), Some("/cases/1/regulation/version"));
    assert!(
        e.message_vi.starts_with("Vụ việc `KH-BUNDLE-1`: "),
        "{}",
        e.message_vi
    );
    assert!(
        e.message.starts_with("Case `KH-BUNDLE-1`: "),
        "{}",
        e.message
    );
}
