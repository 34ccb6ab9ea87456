//! A removal request as JSON and DOCX, and the CSV files (cases, a report's figures): what each
//! states, and that none carries the author's handle.
#![allow(clippy::result_large_err)]

mod common;

use common::package::{Item, body, part};
use common::{HANDLE, closed, regulation};
use quyche::report::{
    DocumentOptions, Window, case_row, compile_report, figure_rows, removal_notice,
};
use quyche::text::Lang;
use quyche_docs::CsvOptions;

#[test]
fn the_request_as_json_carries_the_dsa_members_and_no_author() {
    let reg = regulation();
    let n = removal_notice(&reg, &closed(&reg), "R1").unwrap();
    let v = serde_json::to_value(&n).unwrap();
    for k in [
        "decision_ground",
        "legal_grounds",
        "facts",
        "territorial_scope",
        "sent_at",
        "authority",
        "deadline",
    ] {
        assert!(v.get(k).is_some(), "{k} in {v:#}");
    }
    assert_eq!(v["content"]["content_date"], "2026-08-03");
    assert_eq!(v["content"]["url"], "https://facebook.com/p/1");
    assert!(!v.to_string().contains(HANDLE));
}

#[test]
fn the_request_as_docx_states_ground_deadline_and_authority() {
    let reg = regulation();
    let n = removal_notice(&reg, &closed(&reg), "R1").unwrap();
    for lang in [Lang::Vi, Lang::En] {
        let bytes =
            quyche_docs::removal_request_docx(&n, DocumentOptions { lang, annex: true }).unwrap();
        let xml = part(&bytes, "word/document.xml");
        let items = body(&xml);
        let text: String = items.iter().map(Item::text).collect::<Vec<_>>().join("\n");
        assert!(matches!(items[0], Item::Table(_)), "the header table first");
        assert!(text.contains(n.requester.name.get(lang).to_uppercase().as_str()));
        assert!(
            text.contains(n.legal_grounds[0].provision.text.get(lang)),
            "{text}"
        );
        let d = n.deadline.as_ref().unwrap();
        assert!(
            text.contains(d.set_by.get(lang)) && text.contains(d.limit.get(lang)),
            "{text}"
        );
        assert!(text.contains(n.authority[0].text.get(lang)), "{text}");
        assert!(text.contains("https://facebook.com/p/1"));
        assert!(!xml.contains(HANDLE));
    }
}

#[test]
fn the_cases_csv_has_one_row_per_case_and_no_personal_data() {
    let reg = regulation();
    let c = closed(&reg);
    let rows = vec![case_row(&reg, &c)];
    let text = quyche_docs::cases_csv(
        &reg,
        &rows,
        CsvOptions {
            lang: Lang::Vi,
            bom: true,
        },
    )
    .unwrap();
    assert!(text.starts_with('\u{feff}'));
    let mut r = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, quyche_docs::CASE_COLUMNS);
    let records: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 1);
    let get = |k: &str| records[0][header.iter().position(|h| h == k).unwrap()].to_string();
    assert_eq!(get("case_id"), c.id.to_string());
    assert_eq!(get("status"), "closed");
    assert_eq!(get("status_label"), "Đã kết thúc");
    assert!(!text.contains(HANDLE) && !text.contains("facebook.com/p/1"));
}

#[test]
fn the_figures_csv_writes_the_cores_rows() {
    let reg = regulation();
    let cases = vec![closed(&reg)];
    let w = Window::new("2026-06-15".parse().unwrap(), "2026-12-14".parse().unwrap()).unwrap();
    let report = compile_report(&reg, &cases, w, &quyche::org::BodyId::new("so-vhttdl")).unwrap();
    let rows = figure_rows(&reg, &report);
    let text = quyche_docs::report_csv(
        &reg,
        &report,
        CsvOptions {
            lang: Lang::En,
            bom: false,
        },
    )
    .unwrap();
    let mut r = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(
        r.headers().unwrap().iter().collect::<Vec<_>>(),
        quyche_docs::FIGURE_COLUMNS
    );
    let records: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), rows.len());
    for (rec, row) in records.iter().zip(&rows) {
        assert_eq!(&rec[0], row.section.as_str());
        assert_eq!(&rec[1], row.item);
        assert_eq!(&rec[2], row.label.en);
        assert_eq!(rec[5].parse::<u32>().unwrap(), row.value);
    }
    let total = records
        .iter()
        .find(|r| &r[0] == "cases" && &r[1] == "total")
        .unwrap();
    assert_eq!(&total[5], "1");
    let police = records
        .iter()
        .find(|r| &r[0] == "per_body" && &r[3] == "cong-an-tinh" && &r[1] == "removal_requests")
        .unwrap();
    assert_eq!(&police[5], "1");
}
