//! End to end on files: `validate`, `replay`, `report`, `cases`, `claim-review`,
//! `removal-request`, run as a user runs them on the repository's example data; exit codes and
//! messages asserted, answers compared with the library's.

mod common;
use common::*;
use predicates::prelude::*;
use serde_json::Value;

fn path(p: &std::path::Path) -> &str {
    p.to_str().unwrap()
}

// ---------------------------------------------------------------- validate

#[test]
fn validate_accepts_the_fictional_regulation_and_names_it() {
    let file = fictional_path();
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let id = doc["id"].as_str().unwrap();
    quyche()
        .args(["validate", path(&file)])
        .assert()
        .success()
        .stdout(predicate::str::contains("hợp lệ").and(predicate::str::contains(id)));
    let (code, v) = run_json(&["validate", path(&file)]);
    assert_eq!(
        (code, &v["valid"], v["id"].as_str()),
        (0, &Value::Bool(true), Some(id))
    );
}

#[test]
fn validate_lists_every_problem_with_its_pointer_and_exits_1() {
    let mut doc: Value =
        serde_json::from_str(&std::fs::read_to_string(fictional_path()).unwrap()).unwrap();
    doc["register"]["assignments"][0]["body"] = "so-khong-co".into();
    doc["register"]["bodies"][1]["valid"] =
        serde_json::json!({"from": "2031-01-01", "to": "2030-01-01"});
    let dir = tmp("validate-bad");
    let file = dir.join("bad.json");
    std::fs::write(&file, doc.to_string()).unwrap();
    quyche()
        .args(["validate", path(&file)])
        .assert()
        .code(1)
        .stdout(
            predicate::str::contains("2 lỗi")
                .and(predicate::str::contains("/register/assignments/0/body"))
                .and(predicate::str::contains("/register/bodies/1/valid"))
                .and(predicate::str::contains("so-khong-co")),
        );
    let (code, v) = run_json(&["validate", "--lang", "en", path(&file)]);
    assert_eq!(code, 1);
    assert_eq!(v["valid"], false);
    let mut paths: Vec<&str> = v["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            assert_eq!(p["code"], "INVALID_REGULATION", "{p}");
            assert!(
                p["message"].is_string() && p["message_vi"].is_string(),
                "{p}"
            );
            p["path"].as_str().unwrap()
        })
        .collect();
    paths.sort();
    assert_eq!(
        paths,
        ["/register/assignments/0/body", "/register/bodies/1/valid"]
    );
}

#[test]
fn validate_refuses_a_file_that_is_not_json_or_missing() {
    let dir = tmp("validate-junk");
    let junk = dir.join("junk.json");
    std::fs::write(&junk, "{\"id\": ").unwrap();
    let (code, v) = run_json(&["validate", path(&junk)]);
    assert_eq!(code, 1);
    assert_eq!(v["problems"][0]["code"], "INVALID_JSON", "{v}");
    quyche()
        .args(["validate", path(&dir.join("missing.json"))])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("lỗi [INVALID_INPUT]")
                .and(predicate::str::contains("missing.json")),
        );
}

// ---------------------------------------------------------------- replay

#[test]
fn replay_of_the_example_bundle_summarises_every_case_as_the_library_rebuilds_it() {
    let (_, cases) = library_cases();
    let (code, v) = run_json(&["replay", path(&bundle_path())]);
    assert_eq!((code, &v["ok"]), (0, &Value::Bool(true)), "{v}");
    let got = v["files"][0]["cases"].as_array().unwrap();
    assert_eq!(got.len(), cases.len());
    for (g, c) in got.iter().zip(&cases) {
        assert_eq!(g["case_id"], c.id.to_string());
        assert_eq!(g["events"], c.events.len());
        assert_eq!(g["head_hash"], c.head_hash().to_string());
        assert_eq!(g["status"], serde_json::to_value(c.status).unwrap());
    }
    let (_, out, _) = run(&["replay", path(&bundle_path())]);
    for c in &cases {
        assert!(
            out.contains(&format!("{}  {}", c.id, c.status.vi())),
            "{out}"
        );
    }
}

#[test]
fn replay_reads_json_lines_and_needs_the_locally_registered_bodies() {
    let dir = tmp("replay-jsonl");
    let log = dir.join("log.jsonl");
    std::fs::write(&log, bundle_jsonl()).unwrap();
    // The first case was detected by a ward the built-in regulation does not know.
    let (code, v) = run_json(&["replay", path(&log)]);
    assert_eq!(code, 1);
    let f = &v["files"][0];
    assert_eq!(f["error"]["code"], "UNKNOWN_AGENCY", "{v}");
    assert_eq!(f["failing_event"]["line"], 1);
    assert_eq!(f["failing_event"]["seq"], 1);
    assert_eq!(f["failing_event"]["case_id"], case_id(0));
    // With the bundle's registrations every case replays, each with its lines.
    let (code, v) = run_json(&["replay", "--register", path(&bundle_path()), path(&log)]);
    assert_eq!(code, 0, "{v}");
    let f = &v["files"][0];
    let lines = bundle_jsonl().lines().count();
    assert_eq!(
        (f["lines"].as_u64(), f["events"].as_u64()),
        (Some(lines as u64), Some(lines as u64))
    );
    assert_eq!(f["cases"][0]["first_line"], 1);
    assert_eq!(
        f["cases"].as_array().unwrap().last().unwrap()["last_line"],
        lines
    );
    quyche()
        .args(["replay", "--register", path(&bundle_path()), path(&log)])
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "{} vụ việc, {lines} sự kiện",
            f["cases"].as_array().unwrap().len()
        )))
        // Piped: no progress bar drawn.
        .stderr(predicate::str::is_empty());
}

#[test]
fn replay_of_a_truncated_log_names_the_cut_line_and_exits_1() {
    let dir = tmp("replay-truncated");
    let full = bundle_jsonl();
    let lines = full.lines().count();
    let cut = &full[..full.len() - 40];
    let log = dir.join("cut.jsonl");
    std::fs::write(&log, cut).unwrap();
    quyche()
        .args(["replay", "--register", path(&bundle_path()), path(&log)])
        .assert()
        .code(1)
        .stdout(
            predicate::str::contains("[INVALID_JSON]")
                .and(predicate::str::contains(format!("dòng {lines}")))
                .and(predicate::str::contains("bị cắt cụt")),
        );
    let (code, v) = run_json(&[
        "replay",
        "--lang",
        "en",
        "--register",
        path(&bundle_path()),
        path(&log),
    ]);
    assert_eq!(code, 1);
    let f = &v["files"][0];
    assert_eq!(f["failing_event"]["line"], lines, "{v}");
    assert!(
        f["error"]["path"]
            .as_str()
            .unwrap()
            .starts_with(&format!("/{lines}")),
        "{v}"
    );
    assert!(
        f["error"]["help"].as_str().unwrap().contains("cut short"),
        "{v}"
    );
    // With a good file before it: each file its own summary, exit 1 for the one refused.
    let (code, v) = run_json(&["replay", path(&bundle_path()), path(&log)]);
    assert_eq!(code, 1);
    assert_eq!(
        (&v["files"][0]["ok"], &v["files"][1]["ok"]),
        (&Value::Bool(true), &Value::Bool(false)),
        "{v}"
    );
}

#[test]
fn replay_of_an_edited_event_gives_its_case_sequence_number_and_code() {
    let dir = tmp("replay-tampered");
    let mut lines: Vec<String> = bundle_jsonl().lines().map(str::to_string).collect();
    // Event 7 of the first case (its conclusion): the note rewritten after the fact.
    let mut ev: Value = serde_json::from_str(&lines[6]).unwrap();
    assert_eq!(ev["seq"], 7);
    ev["command"]["note"] = "Ghi chú sửa sau".into();
    lines[6] = ev.to_string();
    let log = dir.join("edited.jsonl");
    std::fs::write(&log, lines.join("\n") + "\n").unwrap();
    let (code, v) = run_json(&["replay", "--register", path(&bundle_path()), path(&log)]);
    assert_eq!(code, 1);
    let f = &v["files"][0];
    assert_eq!(f["error"]["code"], "LOG_TAMPERED", "{v}");
    assert_eq!(
        f["failing_event"],
        serde_json::json!({"case_id": case_id(0), "seq": 7, "line": 7})
    );
    quyche()
        .args(["replay", "--register", path(&bundle_path()), path(&log)])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(format!(
            "vụ việc {}, số thứ tự 7, dòng 7",
            case_id(0)
        )));
}

// ---------------------------------------------------------------- report

#[test]
fn report_writes_docx_markdown_json_and_csv() {
    let dir = tmp("report");
    let base = [
        "report",
        "--period",
        "six_monthly:2026",
        "--reporter",
        "so-vhttdl",
    ];
    let (code, md, _) = run(&[&base[..], &[path(&bundle_path())]].concat());
    assert_eq!(code, 0);
    assert!(md.contains("Kính gửi") && md.contains("BÁO CÁO"), "{md}");
    for ext in ["docx", "md", "json", "csv"] {
        let out = dir.join(format!("report.{ext}"));
        quyche()
            .args(base)
            .args([path(&bundle_path()), "-o", path(&out)])
            .assert()
            .success()
            .stdout(predicate::str::contains("Đã ghi"));
        let bytes = std::fs::read(&out).unwrap();
        match ext {
            "docx" => assert!(
                bytes.starts_with(b"PK") && bytes.windows(17).any(|w| w == b"word/document.xml")
            ),
            "md" => assert_eq!(String::from_utf8(bytes).unwrap(), md),
            "json" => {
                let v: Value = serde_json::from_slice(&bytes).unwrap();
                assert!(v["report"].is_object() && v["document"].is_object());
            }
            _ => assert!(
                String::from_utf8(bytes)
                    .unwrap()
                    .starts_with("section,item,label")
            ),
        }
    }
}

#[test]
fn report_refuses_a_bad_period_and_an_unknown_format() {
    let (code, v) = run_json(&[
        "report",
        "--period",
        "six_monthly",
        "--reporter",
        "so-vhttdl",
        path(&bundle_path()),
    ]);
    assert_eq!(
        (code, v["error"]["path"].as_str()),
        (1, Some("/period")),
        "{v}"
    );
    let (code, v) = run_json(&[
        "report",
        "--period",
        "weekly:2026",
        "--reporter",
        "so-vhttdl",
        path(&bundle_path()),
    ]);
    assert_eq!(code, 1);
    assert!(
        v["error"]["path"].as_str().unwrap().starts_with("/period"),
        "{v}"
    );
    quyche()
        .args([
            "report",
            "--period",
            "six_monthly:2026",
            "--reporter",
            "so-vhttdl",
            path(&bundle_path()),
            "-o",
            "r.pdf",
        ])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("tại /output")
                .and(predicate::str::contains(".docx, .md, .json, .csv")),
        );
}

#[test]
fn report_date_fills_the_date_line_of_the_docx_and_the_markdown() {
    let dir = tmp("report-date");
    let base = [
        "report",
        "--period",
        "six_monthly:2026",
        "--reporter",
        "so-vhttdl",
    ];
    // Both ways of writing the day; zero before a day under 10, none before month 8.
    for (given, ext) in [("05/08/2026", "docx"), ("2026-08-05", "docx")] {
        let out = dir.join(format!("r-{}.{ext}", given.replace('/', "-")));
        quyche()
            .args(base)
            .args([path(&bundle_path()), "--date", given, "-o", path(&out)])
            .assert()
            .success();
        let xml = document_xml(&out);
        assert!(
            xml.contains("Khánh Hòa, ngày 05 tháng 8 năm 2026"),
            "{given}: {xml}"
        );
        assert!(!xml.contains("ngày … tháng"), "{given}");
    }
    // Months 1 and 2 take a zero; the English line too.
    let out = dir.join("r-feb.docx");
    quyche()
        .args(base)
        .args([
            path(&bundle_path()),
            "--date",
            "14/02/2026",
            "-o",
            path(&out),
        ])
        .assert()
        .success();
    assert!(document_xml(&out).contains("Khánh Hòa, ngày 14 tháng 02 năm 2026"));
    let out = dir.join("r-en.docx");
    quyche()
        .args(base)
        .args([path(&bundle_path()), "--date", "05/08/2026", "--lang", "en"])
        .args(["-o", path(&out)])
        .assert()
        .success();
    let xml = document_xml(&out);
    assert!(xml.contains("Khánh Hòa, 5 August 2026"), "{xml}");
    // The Markdown (stdout) carries the same line; without --date it stays blank.
    let (code, md, _) = run(&[&base[..], &[path(&bundle_path()), "--date", "05/08/2026"]].concat());
    assert_eq!(code, 0);
    assert!(md.contains("*Khánh Hòa, ngày 05 tháng 8 năm 2026*"), "{md}");
    let (_, md, _) = run(&[&base[..], &[path(&bundle_path())]].concat());
    assert!(md.contains("ngày … tháng … năm 2026"), "{md}");
}

#[test]
fn report_refuses_a_bad_date_at_its_option() {
    for bad in ["31/02/2026", "5/8/2026", "2026-13-01", "mai"] {
        let (code, v) = run_json(&[
            "report",
            "--period",
            "six_monthly:2026",
            "--reporter",
            "so-vhttdl",
            path(&bundle_path()),
            "--date",
            bad,
        ]);
        assert_eq!(
            (code, v["error"]["path"].as_str()),
            (1, Some("/date")),
            "{bad}: {v}"
        );
        assert_eq!(v["error"]["code"], "INVALID_INPUT", "{bad}: {v}");
        assert!(
            v["error"]["help"].to_string().contains("dd/mm/yyyy"),
            "{bad}: {v}"
        );
    }
    // In human form, on stderr with the option's pointer; nothing written.
    let out = tmp("report-bad-date").join("r.docx");
    quyche()
        .args([
            "report",
            "--period",
            "six_monthly:2026",
            "--reporter",
            "so-vhttdl",
            path(&bundle_path()),
            "--date",
            "31/02/2026",
            "-o",
            path(&out),
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("tại /date").and(predicate::str::contains("31/02/2026")));
    assert!(!out.exists());
}

// ---------------------------------------------------------------- other documents

#[test]
fn cases_table_has_one_row_per_case_and_no_column_for_people() {
    let (_, cases) = library_cases();
    let (code, csv, _) = run(&["cases", path(&bundle_path())]);
    assert_eq!(code, 0);
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows.len(), cases.len() + 1, "{csv}");
    assert!(rows[0].starts_with("case_id,"));
    for c in &cases {
        assert!(csv.contains(&c.id.to_string()));
    }
    // No column for people: officers and authors stay out of the table.
    for col in rows[0].split(',') {
        assert!(
            !["officer", "author", "handle"]
                .iter()
                .any(|p| col.contains(p)),
            "{col}"
        );
    }
    let (code, v) = run_json(&["cases", path(&bundle_path())]);
    assert_eq!((code, v.as_array().map(Vec::len)), (0, Some(cases.len())));
}

#[test]
fn claim_review_of_a_published_case_and_refusal_of_an_unpublished_one() {
    let published = case_id(0);
    let (code, v) = run_json(&["claim-review", path(&bundle_path()), "--case", &published]);
    assert_eq!(code, 0, "{v}");
    let r = &v.as_array().unwrap()[0];
    assert_eq!(
        (r["@context"].as_str(), r["@type"].as_str()),
        (Some("https://schema.org"), Some("ClaimReview"))
    );
    assert!(
        r["claimReviewed"].is_string() && r["reviewRating"].is_object(),
        "{r}"
    );
    // Case 4 of the example is still being handled: nothing was published.
    let (code, v) = run_json(&["claim-review", path(&bundle_path()), "--case", &case_id(3)]);
    assert_eq!(code, 1, "{v}");
    assert!(v["error"]["code"].is_string());
    // Several cases and no --case: the command asks which.
    quyche()
        .args(["claim-review", path(&bundle_path())])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--case"));
}

#[test]
fn removal_request_as_docx_and_json_and_an_unknown_request() {
    let dir = tmp("removal");
    let docx = dir.join("r1.docx");
    quyche()
        .args([
            "removal-request",
            path(&bundle_path()),
            "--case",
            &case_id(0),
            "-o",
            path(&docx),
        ])
        .assert()
        .success();
    assert!(std::fs::read(&docx).unwrap().starts_with(b"PK"));
    let (code, v) = run_json(&["request", path(&bundle_path()), "--case", &case_id(0)]);
    assert_eq!(code, 0, "{v}");
    assert!(v.is_object());
    let (code, v) = run_json(&[
        "request",
        path(&bundle_path()),
        "--case",
        &case_id(0),
        "--request",
        "R9",
    ]);
    assert_eq!(code, 1, "{v}");
    assert!(v["error"]["message_vi"].is_string());
}
