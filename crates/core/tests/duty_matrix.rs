//! The responsibility matrix checked against the text: every khoản and điểm of Điều 7 (and
//! each sub-item of 7.1.a) and every khoản of Điều 5, 8 and 9 is covered by exactly one duty.
//! The expected set is derived from the regulation's provision tree, and its size is also
//! asserted literally, so the data and the text cannot drift apart silently.

use quyche::Regulation;
use quyche::duty::{ActivityId, Participation};
use quyche::law::{Citation, Point, Provision};
use quyche::org::{Obligation, RoleId};
use std::collections::BTreeMap;

const I: &str = "2086/QĐ-UBND";

fn reg() -> &'static Regulation {
    Regulation::khanh_hoa_ref()
}

/// Roles and activities are data since the rewrite: the ids of `roles.json` and
/// `activities.json`.
fn role(s: &str) -> RoleId {
    RoleId::new(s)
}

fn activity(s: &str) -> ActivityId {
    ActivityId::new(s)
}

/// The five coordination activities of Điều 6, in order.
const ARTICLE_6: [&str; 5] = [
    "orientation",
    "monitoring",
    "verification",
    "handling",
    "publication",
];

fn article(n: u16) -> &'static Provision {
    reg()
        .catalogue
        .provisions
        .iter()
        .find(|p| p.citation == Citation::article(I, n))
        .expect("regulation article present")
}

fn leaves(p: &Provision) -> Vec<Citation> {
    if p.children.is_empty() {
        vec![p.citation.clone()]
    } else {
        p.children.iter().flat_map(leaves).collect()
    }
}

/// The provisions that must each carry one duty: the leaves of Điều 7 (points, and the
/// sub-items of 7.1.a), and the khoản of Điều 5, 8, 9.
fn expected() -> Vec<Citation> {
    let mut out = Vec::new();
    for n in [5, 8, 9] {
        out.extend(article(n).children.iter().map(|k| k.citation.clone()));
    }
    out.extend(leaves(article(7)));
    out
}

fn c(article: u16, clause: u16) -> Citation {
    Citation::article(I, article).clause(clause)
}

#[test]
fn expected_set_matches_the_text_literally() {
    let e = expected();
    let count = |a: u16| e.iter().filter(|c| c.article == a).count();
    assert_eq!(count(5), 3, "Điều 5 has 3 khoản");
    assert_eq!(count(8), 2, "Điều 8 has 2 khoản");
    assert_eq!(count(9), 3, "Điều 9 has 3 khoản");
    // Điều 7: 7.1 a(1..4) b c d đ e = 9; 7.2 = 2; 7.3 a–e incl. đ = 6; 7.4 = 3; 7.5 = 3;
    // 7.6 = 2; 7.7 = 2.
    let per_clause: BTreeMap<u16, usize> =
        e.iter()
            .filter(|c| c.article == 7)
            .fold(BTreeMap::new(), |mut m, c| {
                *m.entry(c.clause.unwrap()).or_default() += 1;
                m
            });
    assert_eq!(
        per_clause.into_iter().collect::<Vec<_>>(),
        [(1, 9), (2, 2), (3, 6), (4, 3), (5, 3), (6, 2), (7, 2)],
        "Điều 7 has 7 khoản with these points"
    );
    assert_eq!(count(7), 27);
}

#[test]
fn every_khoan_and_diem_is_covered_exactly_once() {
    let duties = &reg().matrix.duties;
    for want in expected() {
        let n = duties.iter().filter(|d| d.citation == want).count();
        assert_eq!(n, 1, "{} must be covered by exactly one duty", want.key());
    }
    // And no duty cites anything else (a parent, or a provision outside the set).
    let e = expected();
    for d in duties {
        assert!(
            e.contains(&d.citation),
            "duty {} cites {}, which is not a leaf of the matrix",
            d.id,
            d.citation.key()
        );
    }
    assert_eq!(duties.len(), e.len());
}

#[test]
fn duty_ids_spell_their_citation() {
    for d in &reg().matrix.duties {
        let c = &d.citation;
        let mut id = format!("{}", c.article);
        if let Some(k) = c.clause {
            id.push_str(&format!(".{k}"));
        }
        if let Some(p) = c.point {
            id.push_str(&format!(".{}", p.as_str()));
        }
        if let Some(i) = c.item {
            id.push_str(&format!(".{i}"));
        }
        assert_eq!(d.id, id);
        assert_eq!(c.instrument.as_str(), I);
    }
}

#[test]
fn article_7_clauses_set_each_roles_duties() {
    // Điều 7 khoản K binds the role whose provision is khoản K (departments principal in 7.3).
    for d in reg()
        .matrix
        .duties
        .iter()
        .filter(|d| d.citation.article == 7)
    {
        let k = d.citation.clause.unwrap();
        let provision = reg().role(&d.role).and_then(|r| r.provision.clone());
        assert_eq!(
            provision.as_ref().map(|c| (c.article, c.clause)),
            Some((7, Some(k))),
            "duty {} is held by the actor of khoản {k}",
            d.id
        );
    }
}

#[test]
fn article_7_6_and_7_7_are_requests_to_party_bodies() {
    for d in &reg().matrix.duties {
        let requested = d.citation.article == 7 && matches!(d.citation.clause, Some(6) | Some(7));
        assert_eq!(
            d.obligation == Obligation::Requested,
            requested,
            "duty {}: only Điều 7.6–7.7 (\"Đề nghị\") are requested",
            d.id
        );
        // A requested body is never the one that acts: it coordinates or appraises.
        if requested {
            assert!(matches!(
                d.participation,
                Participation::Coordinate | Participation::Appraise
            ));
        }
        // Party bodies are never co-holders of a mandatory duty.
        for h in &d.also {
            let obligation = reg().role(&h.role).unwrap().obligation;
            assert_eq!(obligation, Obligation::Mandatory, "duty {}", d.id);
        }
    }
    let propaganda = reg().duties_of(&role("party_propaganda_commission"));
    assert_eq!(propaganda.len(), 2, "Điều 7.6 has points a and b");
    assert!(
        propaganda
            .iter()
            .all(|d| d.obligation == Obligation::Requested),
        "Điều 7.6: the propaganda commission's duties are requested"
    );
}

#[test]
fn article_7_5_gives_press_outlets_publishing_but_no_handling() {
    let press = reg().duties_of(&role("press_outlet"));
    let ids: Vec<&str> = press.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        ["5.1", "5.3", "7.5.a", "7.5.b", "7.5.c", "8.1", "9.2", "9.3"]
    );
    assert!(
        press.iter().all(|d| d.activity != activity("handling")),
        "Điều 7.5 gives a press outlet no handling duty"
    );
    let b = reg().duty("7.5.b").unwrap();
    assert_eq!(
        (&b.activity, b.participation),
        (&activity("publication"), Participation::Publish)
    );
}

#[test]
fn article_7_3_binds_departments_and_district_committees() {
    for p in ["a", "b", "c", "d", "đ", "e"] {
        let d = reg().duty(&format!("7.3.{p}")).unwrap();
        assert_eq!(d.role, role("department"));
        assert!(
            d.is_held_by(&role("district_committee")),
            "7.3.{p} names district committees"
        );
        assert!(!d.is_interpretation_for(&role("district_committee")));
        assert!(
            d.is_interpretation_for(&role("commune_committee")),
            "7.3.{p}: communes hold it only by interpretation"
        );
    }
    let district: Vec<&str> = reg()
        .duties_of(&role("district_committee"))
        .iter()
        .map(|d| d.id.as_str())
        .collect();
    for id in ["7.3.a", "7.3.đ", "9.2"] {
        assert!(district.contains(&id));
    }
}

#[test]
fn commune_committees_carry_district_duties_from_2025_07_01_as_interpretation() {
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let before: Vec<&str> = reg()
        .duties_of_on(&role("commune_committee"), day(2025, 6, 30))
        .iter()
        .map(|d| d.id.as_str())
        .collect();
    let after: Vec<&str> = reg()
        .duties_of_on(&role("commune_committee"), day(2025, 7, 1))
        .iter()
        .map(|d| d.id.as_str())
        .collect();
    // Điều 1.2 brings communes in scope; Điều 5.1, 5.3, 8.1 bind every "địa phương".
    assert_eq!(before, ["5.1", "5.3", "8.1"]);
    assert!(after.contains(&"7.3.b") && after.contains(&"9.2"));
    assert!(reg().duties_of(&role("commune_committee")).len() == after.len());
    // Every duty of a district committee passes to communes, textually or by interpretation,
    // and the interpretation starts the day the district level ended (legal/README.md §5).
    for d in reg().duties_of(&role("district_committee")) {
        assert!(
            d.is_held_by_on(&role("commune_committee"), day(2025, 7, 1)),
            "duty {} must pass to commune committees",
            d.id
        );
        for h in d.also.iter().filter(|h| h.interpretation) {
            assert_eq!(h.valid.from, Some(day(2025, 7, 1)), "duty {}", d.id);
        }
    }
}

#[test]
fn lead_agency_duties_of_article_7_1_and_8_2_and_9_1() {
    let ids: Vec<&str> = reg()
        .duties_of(&role("lead_agency"))
        .iter()
        .map(|d| d.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "5.2", "7.1.a.1", "7.1.a.2", "7.1.a.3", "7.1.a.4", "7.1.b", "7.1.c", "7.1.d", "7.1.đ",
            "7.1.e", "8.2", "9.1"
        ]
    );
    let r = reg().duty("8.2").unwrap();
    assert_eq!(
        r.counterparts,
        [role("provincial_peoples_committee")],
        "Điều 8.2: the lead agency reports to the provincial People's Committee"
    );
}

#[test]
fn participants_in_verification_include_the_party_appraisers() {
    let v = reg().participants(&activity("verification"));
    let appraisers: Vec<&str> = v
        .iter()
        .filter(|d| d.participation == Participation::Appraise)
        .map(|d| d.role.as_str())
        .collect();
    assert_eq!(
        appraisers,
        [
            "party_propaganda_commission",
            "party_internal_affairs_commission"
        ],
        "Điều 7.6.b and 7.7.b: the Party commissions appraise and give opinions"
    );
    assert!(
        v.iter()
            .any(|d| d.id == "7.1.a.3" && d.participation == Participation::Lead)
    );
    // Each activity of Điều 6 has at least one duty serving it.
    for a in ARTICLE_6 {
        assert!(!reg().participants(&activity(a)).is_empty(), "Điều 6: {a}");
    }
}

#[test]
fn duty_for_finds_exact_contained_and_enclosing_rows() {
    let k71a = c(7, 1).point(Point::A);
    let ids = |v: Vec<&quyche::duty::Duty>| v.iter().map(|d| d.id.clone()).collect::<Vec<_>>();
    assert_eq!(
        ids(reg().duty_for(&k71a)),
        ["7.1.a.1", "7.1.a.2", "7.1.a.3", "7.1.a.4"],
        "Điều 7.1.a is carried by its four sub-items"
    );
    assert_eq!(ids(reg().duty_for(&k71a.clone().item(2))), ["7.1.a.2"]);
    assert_eq!(ids(reg().duty_for(&c(7, 6).point(Point::B))), ["7.6.b"]);
    assert_eq!(
        ids(reg().duty_for(&c(5, 2).point(Point::B))),
        ["5.2"],
        "Điều 5.2.b (written consultation) falls under the duty of 5.2"
    );
    assert_eq!(reg().duty_for(&Citation::article(I, 7)).len(), 27);
    assert!(reg().duty_for(&c(2, 2)).is_empty(), "Điều 2 sets no duty");
    assert!(
        reg()
            .duty_for(&Citation::article("24/2018/QH14", 8).clause(1))
            .is_empty()
    );
}

#[test]
fn activities_cite_article_6() {
    let m = &reg().matrix;
    let cite = |a: &str| m.activity(&activity(a)).unwrap().citation.clone();
    // The activities are the regulation's data now, Điều 6's five first and in order.
    let first: Vec<&str> = m.activities[..5].iter().map(|a| a.id.as_str()).collect();
    assert_eq!(first, ARTICLE_6);
    for (i, a) in ARTICLE_6.iter().enumerate() {
        assert_eq!(cite(a), Some(c(6, i as u16 + 1)), "{a}");
    }
    assert_eq!(cite("reporting"), Some(Citation::article(I, 8)));
    assert_eq!(cite("training"), None);
    // Every duty serves a declared activity.
    for d in &m.duties {
        assert!(m.activity(&d.activity).is_some(), "duty {}", d.id);
    }
}

#[test]
fn labels_are_bilingual_nfc() {
    for d in &reg().matrix.duties {
        for t in [&d.label.vi, &d.label.en] {
            assert!(
                !t.trim().is_empty() && quyche::text::is_nfc(t),
                "duty {}",
                d.id
            );
        }
    }
}

#[test]
fn article_7_1_c_has_the_lead_agency_guide_not_lead() {
    // Điều 7.1.c reads "Hướng dẫn, phối hợp với các cơ quan, đơn vị, địa phương…": the rewrite
    // encodes it as `guide` (the old matrix said `lead`, "chủ trì", which the text does not).
    let d = reg().duty("7.1.c").unwrap();
    assert_eq!(d.role, role("lead_agency"));
    assert_eq!(d.participation, Participation::Guide);
    assert_eq!(d.participation.as_str(), "guide");
    assert_eq!(
        d.counterparts,
        [role("department"), role("district_committee")]
    );
    // The other 7.1 points keep their verbs: a, b and e lead ("chủ trì"), d and đ carry out.
    for (id, p) in [
        ("7.1.a.2", Participation::Lead),
        ("7.1.b", Participation::Lead),
        ("7.1.d", Participation::Execute),
        ("7.1.đ", Participation::Execute),
        ("7.1.e", Participation::Lead),
    ] {
        assert_eq!(reg().duty(id).unwrap().participation, p, "{id}");
    }
}
