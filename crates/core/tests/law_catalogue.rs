//! The legal catalogue against `legal/README.md` §1 and §6: instruments, their dates and
//! successors, and the provision trees the grounds of Điều 2.2 rest on.

use chrono::NaiveDate;
use quyche::Regulation;
use quyche::law::{Citation, InstrumentId, InstrumentKind, Point, Status};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn reg() -> &'static Regulation {
    Regulation::khanh_hoa_ref()
}

#[test]
fn every_instrument_of_legal_section_6_is_catalogued_with_its_dates() {
    // (number, kind, signed, first day, last day, successor, status) — legal §6. How sure the
    // replacement itself is, when less sure than the instrument (`successor_status`), is checked
    // below.
    type Row = (
        &'static str,
        InstrumentKind,
        Option<NaiveDate>,
        Option<NaiveDate>,
        Option<NaiveDate>,
        Option<&'static str>,
        Status,
    );
    let rows: Vec<Row> = vec![
        (
            "103/2016/QH13",
            InstrumentKind::Law,
            Some(d(2016, 4, 5)),
            Some(d(2017, 1, 1)),
            Some(d(2026, 6, 30)),
            Some("126/2025/QH15"),
            Status::Confirmed,
        ),
        (
            "126/2025/QH15",
            InstrumentKind::Law,
            Some(d(2025, 12, 10)),
            Some(d(2026, 7, 1)),
            None,
            None,
            Status::Confirmed,
        ),
        (
            "24/2018/QH14",
            InstrumentKind::Law,
            Some(d(2018, 6, 12)),
            Some(d(2019, 1, 1)),
            Some(d(2026, 6, 30)),
            Some("116/2025/QH15"),
            Status::Confirmed,
        ),
        (
            "116/2025/QH15",
            InstrumentKind::Law,
            Some(d(2025, 12, 10)),
            Some(d(2026, 7, 1)),
            None,
            None,
            Status::Confirmed,
        ),
        (
            "86/2015/QH13",
            InstrumentKind::Law,
            Some(d(2015, 11, 19)),
            None,
            Some(d(2026, 6, 30)),
            None,
            Status::Confirmed,
        ),
        (
            "72/2013/NĐ-CP",
            InstrumentKind::Decree,
            Some(d(2013, 7, 15)),
            Some(d(2013, 9, 1)),
            Some(d(2024, 12, 24)),
            Some("147/2024/NĐ-CP"),
            Status::Confirmed,
        ),
        (
            "27/2018/NĐ-CP",
            InstrumentKind::Decree,
            Some(d(2018, 3, 1)),
            Some(d(2018, 4, 15)),
            Some(d(2024, 12, 24)),
            None,
            Status::Confirmed,
        ),
        (
            "147/2024/NĐ-CP",
            InstrumentKind::Decree,
            Some(d(2024, 11, 9)),
            Some(d(2024, 12, 25)),
            None,
            None,
            Status::Confirmed,
        ),
        (
            "09/2017/NĐ-CP",
            InstrumentKind::Decree,
            Some(d(2017, 2, 9)),
            Some(d(2017, 3, 30)),
            Some(d(2026, 6, 30)),
            Some("244/2026/NĐ-CP"),
            Status::Confirmed,
        ),
        (
            "244/2026/NĐ-CP",
            InstrumentKind::Decree,
            Some(d(2026, 6, 26)),
            Some(d(2026, 7, 1)),
            None,
            None,
            Status::ConfirmedOcr,
        ),
        (
            "237/2026/NĐ-CP",
            InstrumentKind::Decree,
            None,
            Some(d(2026, 7, 1)),
            None,
            None,
            Status::ConfirmedOcr,
        ),
        (
            "09/2019/NĐ-CP",
            InstrumentKind::Decree,
            Some(d(2019, 1, 24)),
            Some(d(2019, 3, 12)),
            None,
            None,
            Status::Confirmed,
        ),
        (
            "15/2020/NĐ-CP",
            InstrumentKind::Decree,
            None,
            None,
            Some(d(2026, 6, 30)),
            Some("174/2026/NĐ-CP"),
            Status::Confirmed,
        ),
        (
            "174/2026/NĐ-CP",
            InstrumentKind::Decree,
            Some(d(2026, 5, 15)),
            Some(d(2026, 7, 1)),
            None,
            None,
            Status::ConfirmedOcr,
        ),
        (
            "2086/QĐ-UBND",
            InstrumentKind::Decision,
            Some(d(2020, 8, 12)),
            Some(d(2020, 8, 12)),
            None,
            None,
            Status::Confirmed,
        ),
        (
            "01/2023/QĐ-UBND",
            InstrumentKind::Decision,
            Some(d(2023, 1, 5)),
            Some(d(2023, 1, 31)),
            None,
            None,
            Status::Confirmed,
        ),
        // Legal §6: its end date comes from its replacement, its content was not read (U).
        (
            "18/2020/QĐ-UBND",
            InstrumentKind::Decision,
            None,
            None,
            Some(d(2023, 1, 30)),
            Some("01/2023/QĐ-UBND"),
            Status::Unconfirmed,
        ),
        // Legal §2 and §6: in force from 2017-02-15, its end unknown.
        (
            "38/2016/TT-BTTTT",
            InstrumentKind::Circular,
            Some(d(2016, 12, 26)),
            Some(d(2017, 2, 15)),
            None,
            None,
            Status::Confirmed,
        ),
    ];
    for (id, kind, signed, from, to, successor, status) in rows {
        let i = reg()
            .instrument(&InstrumentId::new(id))
            .unwrap_or_else(|| panic!("legal §6: {id} must be catalogued"));
        assert_eq!(i.kind, kind, "{id} kind");
        assert_eq!(i.signed, signed, "{id} signed (legal §6)");
        assert_eq!(i.in_force.from, from, "{id} first day in force (legal §6)");
        assert_eq!(i.in_force.to, to, "{id} last day in force (legal §6)");
        assert_eq!(
            i.successor.as_ref().map(|s| s.as_str()),
            successor,
            "{id} successor"
        );
        assert_eq!(i.status, status, "{id} status (legal §6)");
        assert!(
            !i.short.vi.is_ascii() || i.short.vi.contains('/'),
            "{id} vi name"
        );
    }
}

#[test]
fn that_decree_147_replaced_decree_72_is_only_partly_confirmed() {
    // Legal §6: NĐ 147/2024 itself is C, but that it *replaced* NĐ 72/2013 is read only in a
    // news report (P). The instrument's own status stays C; the replacement carries its own.
    let nd72 = reg()
        .instrument(&InstrumentId::new("72/2013/NĐ-CP"))
        .unwrap();
    assert_eq!(nd72.status, Status::Confirmed);
    assert_eq!(
        nd72.successor.as_ref().map(|s| s.as_str()),
        Some("147/2024/NĐ-CP")
    );
    assert_eq!(nd72.successor_status, Some(Status::Partial));
    // Every other replacement is as sure as the instrument's metadata.
    for i in &reg().catalogue.instruments {
        if i.id.as_str() != "72/2013/NĐ-CP" {
            assert_eq!(i.successor_status, None, "{}", i.id);
        }
    }
}

#[test]
fn partial_dates_are_explained_in_notes_not_invented() {
    // Legal §6 gives only the year for 237/2026 and 15/2020 and no start for 86/2015.
    for id in [
        "237/2026/NĐ-CP",
        "15/2020/NĐ-CP",
        "86/2015/QH13",
        "126/2025/QH15",
    ] {
        let i = reg().instrument(&InstrumentId::new(id)).unwrap();
        let note = i
            .note
            .as_ref()
            .unwrap_or_else(|| panic!("{id} needs a note"));
        assert!(!note.vi.is_empty() && !note.en.is_empty());
    }
    // Legal §6 (now): 18/2020/QĐ-UBND, replaced by 01/2023, has an end date taken from its
    // replacement and content nobody has read. The rewrite catalogues it with status U (so that
    // a report for an earlier period can say its basis is unconfirmed) instead of leaving it out;
    // its note says where the date comes from.
    let old = reg()
        .instrument(&InstrumentId::new("18/2020/QĐ-UBND"))
        .expect("18/2020/QĐ-UBND is catalogued (status U)");
    assert_eq!(old.status, Status::Unconfirmed);
    assert_eq!((old.signed, old.in_force.from), (None, None));
    let note = old.note.as_ref().expect("18/2020 explains its dates");
    assert!(!note.vi.is_empty() && !note.en.is_empty());
    let n = reg()
        .instrument(&InstrumentId::new("01/2023/QĐ-UBND"))
        .unwrap()
        .note
        .clone()
        .unwrap();
    assert!(n.vi.contains("18/2020/QĐ-UBND"));
}

#[test]
fn the_note_on_01_2023_does_not_deny_that_18_2020_is_catalogued() {
    assert!(
        reg()
            .instrument(&InstrumentId::new("18/2020/QĐ-UBND"))
            .is_some()
    );
    let n = reg()
        .instrument(&InstrumentId::new("01/2023/QĐ-UBND"))
        .unwrap()
        .note
        .clone()
        .unwrap();
    assert!(
        !n.en.contains("not catalogued") && !n.vi.contains("không được đưa vào danh mục"),
        "{}",
        n.en
    );
}

#[test]
fn instrument_ids_are_nfc_and_unique_and_names_resolve() {
    let mut seen = std::collections::HashSet::new();
    for i in &reg().catalogue.instruments {
        assert!(quyche::text::is_nfc(i.id.as_str()), "{} must be NFC", i.id);
        assert!(seen.insert(i.id.clone()), "{} duplicated", i.id);
        let mut names = vec![i.short.vi.clone(), i.short.en.clone(), i.id.to_string()];
        names.extend(i.aliases.iter().cloned());
        for name in &names {
            let got = reg()
                .resolve_instrument(name)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(got.id, i.id, "name `{name}` resolves to its own instrument");
        }
    }
}

fn children_numbers(c: &Citation) -> Vec<u16> {
    reg()
        .provision(c)
        .unwrap()
        .children
        .iter()
        .filter_map(|p| p.citation.clause)
        .collect()
}

fn points(c: &Citation) -> Vec<Point> {
    reg()
        .provision(c)
        .unwrap()
        .children
        .iter()
        .filter_map(|p| p.citation.point)
        .collect()
}

#[test]
fn press_law_2016_article_9_has_13_clauses_with_points_1_a_to_c_and_2_a_to_d() {
    let a9 = Citation::article("103/2016/QH13", 9);
    assert_eq!(children_numbers(&a9), (1..=13).collect::<Vec<_>>());
    assert_eq!(
        points(&a9.clone().clause(1)),
        vec![Point::A, Point::B, Point::C]
    );
    assert_eq!(
        points(&a9.clone().clause(2)),
        vec![Point::A, Point::B, Point::C, Point::D]
    );
    assert_eq!(reg().provision(&a9).unwrap().status, Status::Confirmed);
}

#[test]
fn cybersecurity_law_2018_article_8_clause_1_has_points_a_to_e_with_dd() {
    let a8 = Citation::article("24/2018/QH14", 8);
    assert_eq!(
        children_numbers(&a8),
        vec![1],
        "only khoản 1 is cited by Điều 2.2.b"
    );
    assert_eq!(
        points(&a8.clone().clause(1)),
        vec![Point::A, Point::B, Point::C, Point::D, Point::Dd, Point::E]
    );
}

#[test]
fn decree_72_article_5_has_5_clauses_and_clause_1_points_a_to_e_with_dd() {
    let a5 = Citation::article("72/2013/NĐ-CP", 5);
    assert_eq!(children_numbers(&a5), vec![1, 2, 3, 4, 5]);
    assert_eq!(
        points(&a5.clone().clause(1)),
        vec![Point::A, Point::B, Point::C, Point::D, Point::Dd, Point::E]
    );
}

#[test]
fn cybersecurity_law_2025_article_7_is_c_ocr_with_clause_2_points_a_to_k() {
    let a7 = Citation::article("116/2025/QH15", 7);
    assert_eq!(children_numbers(&a7), vec![1, 2, 3, 4]);
    assert_eq!(
        points(&a7.clone().clause(1)),
        vec![Point::A, Point::B, Point::C, Point::D]
    );
    use Point::*;
    assert_eq!(
        points(&a7.clone().clause(2)),
        vec![A, B, C, D, Dd, E, G, H, I, K]
    );
    for p in reg().provision(&a7).unwrap().walk() {
        assert_eq!(p.status, Status::ConfirmedOcr, "{}", p.citation.key());
    }
}

#[test]
fn press_law_2025_article_8_is_c_ocr_but_its_clauses_are_unconfirmed() {
    let a8 = reg()
        .provision(&Citation::article("126/2025/QH15", 8))
        .unwrap();
    assert_eq!(a8.status, Status::ConfirmedOcr);
    assert!(a8.children.iter().all(|c| c.status == Status::Unconfirmed));
}

#[test]
fn every_provision_has_bilingual_labels_and_children_follow_the_alphabet() {
    for p in reg().catalogue.all_provisions() {
        assert!(
            !p.label.vi.is_empty() && !p.label.en.is_empty(),
            "{}",
            p.citation.key()
        );
        let pts: Vec<Point> = p
            .children
            .iter()
            .filter(|c| c.citation.item.is_none())
            .filter_map(|c| c.citation.point)
            .collect();
        assert!(
            pts.windows(2).all(|w| w[0] < w[1]),
            "{} points out of order",
            p.citation.key()
        );
        let cls: Vec<u16> = p
            .children
            .iter()
            .filter(|c| c.citation.point.is_none())
            .filter_map(|c| c.citation.clause)
            .collect();
        assert!(
            cls.windows(2).all(|w| w[0] < w[1]),
            "{} clauses out of order",
            p.citation.key()
        );
    }
}
