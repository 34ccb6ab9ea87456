//! The periodic report as DOCX, read back: the package, the page (A4, the margins of Nghị định
//! 30/2020), the typeface and sizes, and the layout's parts in order — the header table (managing
//! and issuing body, number | national name, motto, place and date), the kind and summary,
//! "Kính gửi", the opening, the sections, then "Nơi nhận" beside the signature — each holding the
//! text of the same document model the Markdown is rendered from.
#![allow(clippy::result_large_err)]

mod common;

use common::package::{Item, all_attrs, body, first_attr, part, parts};
use common::{HANDLE, closed, regulation};
use quyche::report::{Block, DocumentOptions, ReportDocument, Window, compile_report, document};
use quyche::text::Lang;

fn report_doc(lang: Lang, annex: bool) -> ReportDocument {
    let reg = regulation();
    let cases = vec![closed(&reg)];
    let w = Window::new("2026-06-15".parse().unwrap(), "2026-12-14".parse().unwrap()).unwrap();
    let report = compile_report(&reg, &cases, w, &quyche::org::BodyId::new("so-vhttdl")).unwrap();
    document(&reg, &report, DocumentOptions { lang, annex })
}

fn twips(mm: f64) -> i64 {
    (mm * 1440.0 / 25.4).round() as i64
}

#[test]
fn the_package_is_a_word_document_on_a4_with_the_decrees_margins() {
    let bytes = quyche_docs::report_docx(&report_doc(Lang::Vi, false)).unwrap();
    let names = parts(&bytes);
    for p in [
        "[Content_Types].xml",
        "_rels/.rels",
        "word/document.xml",
        "word/styles.xml",
    ] {
        assert!(names.iter().any(|n| n == p), "{p} in {names:?}");
    }
    let xml = part(&bytes, "word/document.xml");
    let num = |name: &str, key: &str| first_attr(&xml, name, key).unwrap().parse::<i64>().unwrap();
    // A4 portrait: 210 × 297 mm.
    assert_eq!(
        (num("w:pgSz", "w:w"), num("w:pgSz", "w:h")),
        (twips(210.0), twips(297.0))
    );
    // Top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
    let within = |v: i64, lo: f64, hi: f64| (twips(lo)..=twips(hi)).contains(&v);
    assert!(within(num("w:pgMar", "w:top"), 20.0, 25.0));
    assert!(within(num("w:pgMar", "w:bottom"), 20.0, 25.0));
    assert!(within(num("w:pgMar", "w:left"), 30.0, 35.0));
    assert!(within(num("w:pgMar", "w:right"), 15.0, 20.0));
}

#[test]
fn every_run_is_times_new_roman_and_the_body_is_13_to_14_points() {
    let bytes = quyche_docs::report_docx(&report_doc(Lang::Vi, false)).unwrap();
    let xml = part(&bytes, "word/document.xml");
    let fonts = all_attrs(&xml, "w:rFonts", "w:ascii");
    assert!(!fonts.is_empty());
    assert!(fonts.iter().all(|f| f == "Times New Roman"), "{fonts:?}");
    assert!(
        all_attrs(&xml, "w:rFonts", "w:hAnsi")
            .iter()
            .all(|f| f == "Times New Roman")
    );
    // Every paragraph of text outside the tables is at 13 or 14 pt (the rules under the issuer,
    // the motto and the summary are empty 1-pt paragraphs).
    for item in body(&xml) {
        if let Item::Para { sizes, text, .. } = item
            && !text.is_empty()
        {
            assert!(
                sizes.iter().all(|s| (26..=28).contains(s)),
                "{text:?} at {sizes:?}"
            );
        }
    }
}

#[test]
fn the_layout_of_the_decree_in_order_with_the_document_models_text() {
    let doc = report_doc(Lang::Vi, false);
    let bytes = quyche_docs::report_docx(&doc).unwrap();
    let items = body(&part(&bytes, "word/document.xml"));
    // 1. The header table: managing and issuing body with the number | national name, motto,
    //    place and date.
    let Item::Table(cells) = &items[0] else {
        panic!("the document opens with the header table: {:?}", items[0])
    };
    assert_eq!(cells.len(), 2);
    let left = format!(
        "{}\n{}\n{}",
        doc.parent.as_ref().unwrap(),
        doc.issuer,
        doc.number
    );
    assert_eq!(cells[0], left);
    assert_eq!(
        doc.motto,
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc"
        ]
    );
    assert_eq!(
        cells[1],
        format!("{}\n{}\n{}", doc.motto[0], doc.motto[1], doc.place_date)
    );
    assert!(doc.place_date.starts_with("Khánh Hòa, ngày"));
    // 2. Then every paragraph in the model's order: kind, summary, "Kính gửi", opening, each
    //    section's heading and blocks.
    let texts: Vec<String> = items
        .iter()
        .map(Item::text)
        .filter(|t| !t.is_empty())
        .collect();
    let mut expected = vec![doc.kind.clone(), doc.summary.clone()];
    expected.push(match doc.addressees.as_slice() {
        [one] => format!("Kính gửi: {one}."),
        _ => "Kính gửi:".into(),
    });
    expected.push(doc.opening.clone());
    for s in &doc.sections {
        expected.push(s.heading.clone());
        for b in &s.blocks {
            match b {
                Block::Heading(h) | Block::Paragraph(h) => expected.push(h.clone()),
                Block::Bullets(items) => expected.extend(items.iter().map(|i| format!("- {i}"))),
                Block::Table { header, .. } => expected.push(header.join("\n")),
                other => panic!("a block kind this test does not know: {other:?}"),
            }
        }
    }
    let mut at = 1;
    for want in &expected {
        let found = texts[at..]
            .iter()
            .position(|t| t == want || t.starts_with(want.as_str()));
        let Some(i) = found else {
            panic!("{want:?} not found after item {at} in {texts:#?}")
        };
        at += i + 1;
    }
    // 3. Last, "Nơi nhận" beside the signature by title.
    let Some(Item::Table(sig)) = items.iter().rev().find(|i| matches!(i, Item::Table(_))) else {
        panic!()
    };
    assert!(sig[0].starts_with("Nơi nhận:"));
    for r in &doc.receivers {
        assert!(sig[0].contains(r.as_str()), "{r}");
    }
    assert!(sig[1].contains(&doc.signature.title));
    // The kind is bold and centred (Phụ lục I).
    let kind = items.iter().find(|i| i.text() == doc.kind).unwrap();
    assert!(matches!(
        kind,
        Item::Para {
            bold: true,
            centred: true,
            ..
        }
    ));
}

#[test]
fn the_english_document_and_the_annex_come_from_the_same_model() {
    let doc = report_doc(Lang::En, true);
    let bytes = quyche_docs::report_docx(&doc).unwrap();
    let xml = part(&bytes, "word/document.xml");
    let text: String = body(&xml)
        .iter()
        .map(Item::text)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(text.contains("SOCIALIST REPUBLIC OF VIETNAM"));
    assert!(text.contains(&doc.summary));
    let annex = doc.annex.as_ref().unwrap();
    assert!(text.contains(&annex.heading));
    // The annex starts on its own page.
    assert!(xml.contains("w:pageBreakBefore"));
}

#[test]
fn no_personal_data_in_the_report() {
    let bytes = quyche_docs::report_docx(&report_doc(Lang::Vi, true)).unwrap();
    let xml = part(&bytes, "word/document.xml");
    assert!(!xml.contains(HANDLE));
    assert!(!xml.contains("facebook.com/p/1"));
}

#[test]
fn a_dated_report_writes_the_date_as_the_decree_does() {
    let doc = report_doc(Lang::Vi, false);
    let d = quyche_docs::docx::dated(&doc, "Khánh Hòa", "2026-12-05".parse().unwrap());
    assert_eq!(d.place_date, "Khánh Hòa, ngày 05 tháng 12 năm 2026");
    let feb = quyche_docs::docx::date_line("Khánh Hòa", Lang::Vi, "2027-02-15".parse().unwrap());
    assert_eq!(feb, "Khánh Hòa, ngày 15 tháng 02 năm 2027");
    let bytes = quyche_docs::report_docx(&d).unwrap();
    assert!(part(&bytes, "word/document.xml").contains("ngày 05 tháng 12 năm 2026"));
}
