//! End to end on the questions to the rules (`calendar`, `allowed`, `grounds`, `matrix`,
//! `law-map`), the command line itself (errors, `--help`, completions) and `--regulation`:
//! every answer compared with the library's, every citation taken from the regulation's data.

mod common;
use common::*;
use predicates::prelude::*;
use quyche::case::{Actor, allowed_commands};
use quyche::org::BodyId;
use quyche::regulation::Regulation;
use serde_json::Value;

fn day(d: chrono::NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

#[test]
fn calendar_lists_the_bodys_reports_with_due_days_and_provisions() {
    let reg = Regulation::khanh_hoa();
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 6, 17).unwrap();
    let expected: Vec<_> = quyche::report::reporting_calendar(&reg, 2026, as_of)
        .unwrap()
        .into_iter()
        .filter(|d| d.body.as_str() == "so-vhttdl")
        .collect();
    assert!(!expected.is_empty());
    // The day written as people write it, or as ISO: the same calendar.
    let (code, out, _) = run(&[
        "calendar",
        "2026",
        "--body",
        "so-vhttdl",
        "--as-of",
        "17/06/2026",
    ]);
    assert_eq!(code, 0);
    let (_, iso, _) = run(&[
        "calendar",
        "2026",
        "--body",
        "so-vhttdl",
        "--as-of",
        "2026-06-17",
    ]);
    assert_eq!(out, iso);
    for d in &expected {
        assert!(out.contains(&format!("hạn gửi {}", day(d.due))), "{out}");
        for c in &d.citations {
            assert!(out.contains(&c.vi(&reg)), "{out}");
        }
    }
    let (code, v) = run_json(&[
        "calendar",
        "2026",
        "--body",
        "so-vhttdl",
        "--as-of",
        "17/06/2026",
    ]);
    assert_eq!(
        (code, v.as_array().map(Vec::len)),
        (0, Some(expected.len()))
    );
    let (code, v) = run_json(&[
        "calendar",
        "2026",
        "--body",
        "so-khong-co",
        "--as-of",
        "17/06/2026",
    ]);
    assert_eq!(
        (
            code,
            v["error"]["code"].as_str(),
            v["error"]["path"].as_str()
        ),
        (1, Some("UNKNOWN_AGENCY"), Some("/body"))
    );
}

#[test]
fn allowed_gives_the_librarys_answer_for_a_case_of_the_example() {
    let (reg, cases) = library_cases();
    let case = &cases[3];
    let at = quyche::time::parse_instant("2026-05-20T08:00:00+07:00").unwrap();
    let expected = allowed_commands(&reg, Some(case), &Actor::body("cong-an-tinh"), at);
    assert!(expected.iter().any(|c| c.allowed) && expected.iter().any(|c| !c.allowed));
    let id = case.id.to_string();
    let b = bundle_path();
    let args = [
        "allowed",
        b.to_str().unwrap(),
        "--case",
        &id,
        "--body",
        "cong-an-tinh",
    ];
    // Vietnam time as people write it, and RFC 3339: the same instant.
    let (code, v) = run_json(&[&args[..], &["--at", "20/05/2026 08:00"]].concat());
    assert_eq!(code, 0, "{v}");
    let (_, v2) = run_json(&[&args[..], &["--at", "2026-05-20T08:00:00+07:00"]].concat());
    assert_eq!(v, v2);
    let got: Vec<(String, bool)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["command"].as_str().unwrap().to_string(),
                c["allowed"].as_bool().unwrap(),
            )
        })
        .collect();
    let want: Vec<(String, bool)> = expected
        .iter()
        .map(|c| (c.command.as_str().to_string(), c.allowed))
        .collect();
    assert_eq!(got, want);
    let (_, out, _) = run(&[&args[..], &["--at", "20/05/2026 08:00"]].concat());
    for c in expected.iter().filter(|c| c.allowed) {
        assert!(out.contains(&format!("✓ {}", c.label.vi)), "{out}");
    }
    // Before detection, without a case file.
    let (code, v) = run_json(&["allowed", "--body", "so-vhttdl", "--at", "03/08/2026 08:00"]);
    assert_eq!(code, 0);
    assert!(
        v.as_array()
            .unwrap()
            .iter()
            .any(|c| c["command"] == "detect" && c["allowed"] == true),
        "{v}"
    );
    // A time without its offset is refused at --at.
    let (code, v) = run_json(&[
        "allowed",
        "--body",
        "so-vhttdl",
        "--at",
        "2026-08-03T08:00:00",
    ]);
    assert_eq!((code, v["error"]["path"].as_str()), (1, Some("/at")));
}

#[test]
fn grounds_in_force_on_a_day_after_the_2025_laws_took_effect() {
    let reg = Regulation::khanh_hoa();
    let d = chrono::NaiveDate::from_ymd_opt(2026, 8, 1).unwrap();
    let in_force = reg.grounds_in_force(d);
    assert!(!in_force.is_empty());
    let (code, out, _) = run(&["grounds", "--on", "2026-08-01"]);
    assert_eq!(code, 0);
    assert!(out.contains("01/08/2026"), "{out}");
    for g in &in_force {
        assert!(
            out.contains(&format!("- {} — {}", g.citation.vi(&reg), g.label.vi)),
            "{out}"
        );
    }
    let (_, en, _) = run(&["grounds", "--on", "01/08/2026", "--lang", "en"]);
    for g in &in_force {
        assert!(en.contains(&g.citation.en(&reg)), "{en}");
    }
    let (code, v) = run_json(&["grounds", "--on", "01/08/2026"]);
    assert_eq!(
        (code, v["grounds"].as_array().map(Vec::len)),
        (0, Some(in_force.len()))
    );
    quyche()
        .args(["grounds", "--on", "30/02/2026"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("lỗi [INVALID_INPUT] tại /on")
                .and(predicate::str::contains("dd/mm/yyyy")),
        );
}

#[test]
fn matrix_of_the_police_lists_its_duties_with_their_provisions() {
    let reg = Regulation::khanh_hoa();
    let role = reg.role_named("police").unwrap();
    let duties = reg.duties_of(&role.id);
    assert!(!duties.is_empty());
    let (code, out, _) = run(&["matrix", "--role", "police"]);
    assert_eq!(code, 0);
    assert!(out.starts_with(&role.label.vi), "{out}");
    for d in &duties {
        assert!(
            out.contains(&format!("[{}] {}", d.citation.vi(&reg), d.label.vi)),
            "{out}"
        );
    }
    let (code, v) = run_json(&["matrix", "--role", "police"]);
    assert_eq!(
        (code, v[0]["duties"].as_array().map(Vec::len)),
        (0, Some(duties.len()))
    );
    let (code, v) = run_json(&["matrix", "--role", "emperor"]);
    assert_eq!(
        (code, v["error"]["path"].as_str()),
        (1, Some("/role")),
        "{v}"
    );
}

#[test]
fn law_map_is_the_librarys_and_lists_the_conformance_scenarios() {
    let reg = Regulation::khanh_hoa();
    quyche()
        .arg("law-map")
        .assert()
        .success()
        .stdout(reg.law_map_markdown(&[]));
    let (code, v) = run_json(&["law-map"]);
    assert_eq!(
        (code, v.as_array().map(Vec::len)),
        (0, Some(reg.law_map(&[]).len()))
    );
    // With the scenarios, some provision is tested by one of them (by name).
    let dir = repo("tests/conformance");
    let (code, v) = run_json(&["law-map", "--scenarios", dir.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(
        v.as_array()
            .unwrap()
            .iter()
            .any(|e| e["scenarios"].as_array().is_some_and(|s| !s.is_empty()))
    );
}

#[test]
fn another_regulation_is_used_with_regulation_and_a_bad_one_refused() {
    let fictional = fictional_path();
    let text = std::fs::read_to_string(&fictional).unwrap();
    let reg = quyche_ffi::regulation_from_json(&text).unwrap();
    let role = &reg.register.roles[0];
    let (code, v) = run_json(&[
        "matrix",
        "--regulation",
        fictional.to_str().unwrap(),
        "--role",
        role.id.as_str(),
    ]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(
        v[0]["duties"].as_array().map(Vec::len),
        Some(reg.duties_of(&role.id).len())
    );
    assert!(reg.register.body(&BodyId::new("so-vhttdl")).is_none());
    let dir = tmp("bad-regulation");
    let bad = dir.join("bad.json");
    std::fs::write(
        &bad,
        text.replacen("\"id\"", "\"colour\": \"red\", \"id\"", 1),
    )
    .unwrap();
    quyche()
        .args([
            "grounds",
            "--on",
            "01/08/2026",
            "--regulation",
            bad.to_str().unwrap(),
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("/colour").and(predicate::str::contains("bad.json")));
}

#[test]
fn a_malformed_command_line_is_refused_in_the_error_shape_with_exit_2() {
    quyche().arg("grounds").assert().code(2).stderr(
        predicate::str::contains("lỗi [INVALID_INPUT] tại /on").and(predicate::str::contains(
            "Usage: quyche grounds --on <DATE>",
        )),
    );
    let (code, v) = run_json(&["grounds"]);
    assert_eq!(code, 2);
    assert_eq!(
        (v["error"]["code"].as_str(), v["error"]["path"].as_str()),
        (Some("INVALID_INPUT"), Some("/on"))
    );
    assert!(v["error"]["help"].as_str().unwrap().contains("--help"));
    let (code, v) = run_json(&["teleport"]);
    assert_eq!((code, v["error"]["path"].as_str()), (2, Some("/command")));
    quyche()
        .args(["calendar", "twenty"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("INVALID_INPUT"));
    quyche()
        .args(["--lang", "fr", "law-map"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("/lang"));
    quyche()
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Usage: quyche"));
}

#[test]
fn help_shows_examples_and_exit_codes() {
    quyche().arg("--help").assert().success().stdout(
        predicate::str::contains("Ví dụ / Examples:")
            .and(predicate::str::contains("Mã thoát / Exit codes")),
    );
    for sub in [
        "validate",
        "replay",
        "report",
        "calendar",
        "allowed",
        "grounds",
        "matrix",
        "law-map",
        "cases",
        "claim-review",
        "removal-request",
        "completions",
    ] {
        quyche()
            .args([sub, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Ví dụ / Example"));
    }
}

#[test]
fn completions_for_every_shell() {
    for (shell, mark) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef quyche"),
        ("fish", "complete -c quyche"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        quyche()
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains(mark).and(predicate::str::contains("law-map")));
    }
    quyche().args(["completions", "tcsh"]).assert().code(2);
}

#[test]
fn json_is_offered_by_every_subcommand() {
    let b = bundle_path();
    let b = b.to_str().unwrap();
    let id = case_id(0);
    let fictional = fictional_path();
    let runs: [&[&str]; 12] = [
        &["validate", fictional.to_str().unwrap()],
        &["replay", b],
        &[
            "report",
            "--period",
            "six_monthly:2026",
            "--reporter",
            "so-vhttdl",
            b,
        ],
        &["calendar", "2026", "--as-of", "17/06/2026"],
        &["allowed", "--body", "so-vhttdl", "--at", "03/08/2026 08:00"],
        &["grounds", "--on", "01/08/2026"],
        &["matrix"],
        &["law-map"],
        &["cases", b],
        &["claim-review", b, "--case", &id],
        &["removal-request", b, "--case", &id],
        &["completions", "bash"],
    ];
    for args in runs {
        let (code, v) = run_json(args);
        assert_eq!(code, 0, "{args:?}: {v}");
        assert!(!matches!(v, Value::Null), "{args:?}");
    }
}
