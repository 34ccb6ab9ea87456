//! The grounds of Điều 2.2 of the regulation and their successors (legal/README.md §1), on both
//! sides of the two law changes: 2024-12-25 (NĐ 147/2024 replaces NĐ 72/2013) and 2026-07-01
//! (the 2025 Press and Cybersecurity Laws).

use chrono::NaiveDate;
use quyche::Regulation;
use quyche::law::{Citation, GroundKind, GroundOrigin, Point, Status};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn reg() -> &'static Regulation {
    Regulation::khanh_hoa_ref()
}

fn in_force(day: NaiveDate) -> Vec<String> {
    let mut v: Vec<String> = reg()
        .grounds_in_force(day)
        .iter()
        .map(|g| g.citation.key())
        .collect();
    v.sort();
    v
}

fn keys(v: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = v.iter().map(|s| s.to_string()).collect();
    v.sort();
    v
}

#[test]
fn in_2020_the_three_grounds_named_by_dieu_2_2_apply() {
    assert_eq!(
        in_force(d(2020, 9, 1)),
        keys(&["103/2016/QH13:9", "24/2018/QH14:8.1", "72/2013/NĐ-CP:5"])
    );
}

#[test]
fn decree_72_article_5_stops_on_2024_12_24_and_nothing_replaces_it_on_2024_12_25() {
    let three = keys(&["103/2016/QH13:9", "24/2018/QH14:8.1", "72/2013/NĐ-CP:5"]);
    assert_eq!(
        in_force(d(2024, 12, 24)),
        three,
        "NĐ 72/2013 in force to 2024-12-24"
    );
    let two = keys(&["103/2016/QH13:9", "24/2018/QH14:8.1"]);
    assert_eq!(
        in_force(d(2024, 12, 25)),
        two,
        "NĐ 147/2024 has no identified prohibited-acts article"
    );
    assert_eq!(in_force(d(2025, 1, 15)), two);
}

#[test]
fn the_2025_laws_take_over_on_2026_07_01() {
    let old = keys(&["103/2016/QH13:9", "24/2018/QH14:8.1"]);
    assert_eq!(in_force(d(2026, 6, 30)), old);
    let new = keys(&["126/2025/QH15:8", "116/2025/QH15:7.1", "116/2025/QH15:7.2"]);
    assert_eq!(in_force(d(2026, 7, 1)), new);
    assert_eq!(in_force(d(2026, 8, 1)), new);
}

#[test]
fn the_successor_grounds_are_marked_as_interpretations_with_their_status() {
    for g in reg()
        .catalogue
        .grounds
        .iter()
        .filter(|g| matches!(g.origin, GroundOrigin::Successor { .. }))
    {
        let note = g
            .note
            .as_ref()
            .expect("successor grounds explain the interpretation");
        // The rewrite's note on khoản 2 Điều 7 LANM 2025 explains its point-by-point reading
        // ("interpretation" / "cách hiểu") rather than the capitalised marker the other notes use.
        assert!(
            note.en.to_lowercase().contains("interpretation")
                && (note.vi.contains("DIỄN GIẢI") || note.vi.contains("cách hiểu")),
            "{}",
            g.id
        );
    }
    let press = reg()
        .catalogue
        .grounds
        .iter()
        .find(|g| g.citation == Citation::article("126/2025/QH15", 8))
        .unwrap();
    assert_eq!(
        press.status,
        Status::Unconfirmed,
        "Điều 8 LBC 2025: clauses not read (U)"
    );
    let cyber = reg()
        .ground_for(
            &Citation::article("116/2025/QH15", 7)
                .clause(2)
                .point(Point::G),
            d(2026, 8, 1),
        )
        .unwrap();
    assert_eq!(cyber.status, Status::ConfirmedOcr);
    // New in the rewrite: khoản 2 Điều 7 LANM 2025 is read point by point, and point h (trade in
    // personal data) succeeds nothing of khoản 1 Điều 8 LANM 2018, so it is no ground.
    let h = Citation::article("116/2025/QH15", 7)
        .clause(2)
        .point(Point::H);
    assert!(reg().ground_for(&h, d(2026, 8, 1)).is_none());
    assert!(reg().catalogue.grounds_covering(&h).is_empty());
}

#[test]
fn the_grounds_named_by_the_regulation_cite_dieu_2_2_a_b_c() {
    let cited: Vec<(String, Citation)> = reg()
        .catalogue
        .grounds
        .iter()
        .filter(|g| g.kind == GroundKind::Harm)
        .filter_map(|g| match &g.origin {
            GroundOrigin::Regulation { cited_by } => Some((g.citation.key(), cited_by.clone())),
            _ => None,
        })
        .collect();
    let k = |p| Citation::article("2086/QĐ-UBND", 2).clause(2).point(p);
    assert_eq!(
        cited,
        vec![
            ("103/2016/QH13:9".to_string(), k(Point::A)),
            ("24/2018/QH14:8.1".to_string(), k(Point::B)),
            ("72/2013/NĐ-CP:5".to_string(), k(Point::C)),
        ]
    );
}

#[test]
fn ground_for_finds_the_ground_covering_a_point_only_while_in_force() {
    let dd = Citation::article("24/2018/QH14", 8)
        .clause(1)
        .point(Point::Dd);
    assert_eq!(
        reg().ground_for(&dd, d(2025, 1, 15)).unwrap().id,
        "cyber-2018-art8-1"
    );
    assert!(
        reg().ground_for(&dd, d(2026, 7, 1)).is_none(),
        "Điều 8.1 LANM 2018 ended 2026-06-30"
    );
    let k13 = Citation::article("103/2016/QH13", 9).clause(13);
    assert!(reg().ground_for(&k13, d(2020, 9, 1)).is_some());
    // Khoản 2 Điều 8 LANM 2018 is not named by Điều 2.2.b.
    assert!(
        reg()
            .ground_for(
                &Citation::article("24/2018/QH14", 8).clause(2),
                d(2020, 9, 1)
            )
            .is_none()
    );
    let e72 = Citation::article("72/2013/NĐ-CP", 5)
        .clause(1)
        .point(Point::E);
    assert!(reg().ground_for(&e72, d(2024, 12, 24)).is_some());
    assert!(reg().ground_for(&e72, d(2024, 12, 25)).is_none());
    assert_eq!(reg().catalogue.grounds_covering(&e72).len(), 1);
    assert!(
        reg()
            .catalogue
            .grounds_covering(&Citation::article("24/2018/QH14", 2).clause(3))
            .is_empty()
    );
}

#[test]
fn the_cyberspace_definition_has_a_successor_but_is_never_a_ground() {
    let def = Citation::article("24/2018/QH14", 2).clause(3);
    let s = reg().successor_of(&def);
    assert_eq!(s.len(), 1);
    assert_eq!(
        s[0].citation,
        Some(Citation::article("116/2025/QH15", 2).clause(5))
    );
    assert_eq!(s[0].from, d(2026, 7, 1));
    assert_eq!(s[0].status, Status::Partial);
    for day in [d(2020, 9, 1), d(2026, 8, 1)] {
        assert!(
            reg()
                .grounds_in_force(day)
                .iter()
                .all(|g| g.kind == GroundKind::Harm)
        );
        assert!(reg().ground_for(&def, day).is_none());
    }
}

#[test]
fn successor_of_maps_old_grounds_with_date_and_status() {
    // Điều 9 LBC 2016 → Điều 8 LBC 2025, C-ocr, from 2026-07-01.
    let s = reg().successor_of(&Citation::article("103/2016/QH13", 9).clause(8));
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].citation, Some(Citation::article("126/2025/QH15", 8)));
    assert_eq!(
        (s[0].from, s[0].status),
        (d(2026, 7, 1), Status::ConfirmedOcr)
    );
    // khoản 1 Điều 8 LANM 2018 (and any of its points) → khoản 1 and 2 Điều 7 LANM 2025.
    let s = reg().successor_of(
        &Citation::article("24/2018/QH14", 8)
            .clause(1)
            .point(Point::D),
    );
    let cites: Vec<_> = s.iter().filter_map(|x| x.citation.clone()).collect();
    assert_eq!(
        cites,
        vec![
            Citation::article("116/2025/QH15", 7).clause(1),
            Citation::article("116/2025/QH15", 7).clause(2)
        ]
    );
    // Điều 5 NĐ 72/2013 → NĐ 147/2024 with no article identified (U), from 2024-12-25.
    let s = reg().successor_of(
        &Citation::article("72/2013/NĐ-CP", 5)
            .clause(1)
            .point(Point::Dd),
    );
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].instrument.as_str(), "147/2024/NĐ-CP");
    assert_eq!(
        (s[0].citation.clone(), s[0].from, s[0].status),
        (None, d(2024, 12, 25), Status::Unconfirmed)
    );
}

#[test]
fn successor_of_falls_back_to_the_instrument_link_with_status_u() {
    // No provision mapping is known for Điều 6 NĐ 09/2017; only NĐ 244/2026 replaces it.
    let s = reg().successor_of(&Citation::article("09/2017/NĐ-CP", 6).clause(3));
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].instrument.as_str(), "244/2026/NĐ-CP");
    assert_eq!(
        (s[0].citation.clone(), s[0].from, s[0].status),
        (None, d(2026, 7, 1), Status::Unconfirmed)
    );
    // Current law and the regulation itself have no successor.
    assert!(
        reg()
            .successor_of(&Citation::article("116/2025/QH15", 7).clause(1))
            .is_empty()
    );
    assert!(
        reg()
            .successor_of(&Citation::article("2086/QĐ-UBND", 2))
            .is_empty()
    );
    assert!(
        reg()
            .successor_of(&Citation::article("1/2099/NĐ-CP", 1))
            .is_empty()
    );
    // A citation wider than the ground (all of Điều 8) is not mapped as a whole.
    assert_eq!(
        reg().successor_of(&Citation::article("24/2018/QH14", 8))[0].citation,
        None
    );
}

#[test]
fn every_ground_and_successor_names_a_catalogued_provision() {
    for g in &reg().catalogue.grounds {
        assert!(
            reg().provision(&g.citation).is_some(),
            "{} not in provisions",
            g.citation.key()
        );
        for s in &g.successors {
            if let Some(c) = &s.citation {
                assert!(
                    reg().provision(c).is_some(),
                    "{} not in provisions",
                    c.key()
                );
            }
        }
    }
}
