//! Who plays each role when (legal/README.md §5), with each fact's status.

use chrono::NaiveDate;
use quyche::org::{BodyId, Role};
use quyche::{Regulation, Status};

fn reg() -> &'static Regulation {
    Regulation::khanh_hoa_ref()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn id(s: &str) -> BodyId {
    BodyId::new(s)
}

fn players(role: Role, on: NaiveDate) -> Vec<&'static str> {
    reg()
        .body_for(role, on)
        .iter()
        .map(|a| a.body.as_str())
        .collect()
}

#[test]
fn lead_agency_of_article_7_1_is_so_tttt_until_2025_02_28() {
    assert_eq!(players(Role::LeadAgency, day(2020, 8, 12)), ["so-tttt"]);
    assert_eq!(players(Role::LeadAgency, day(2024, 6, 1)), ["so-tttt"]);
    assert_eq!(players(Role::LeadAgency, day(2025, 2, 28)), ["so-tttt"]);
    assert!(
        players(Role::LeadAgency, day(2020, 8, 11)).is_empty(),
        "before the regulation"
    );
}

#[test]
fn lead_agency_on_2025_06_01_is_so_vhttdl_status_p() {
    let lead = reg().body_for(Role::LeadAgency, day(2025, 6, 1));
    assert_eq!(
        lead[0].body.as_str(),
        "so-vhttdl",
        "catch-all assignment first"
    );
    assert_eq!(
        lead[0].status,
        Status::Partial,
        "the provincial act was not read: P"
    );
    assert!(lead[0].duties.is_empty());
    assert!(lead[0].caveat().is_some(), "a P fact carries a warning");
    assert_eq!(lead.len(), 2);
    assert_eq!(lead[1].body.as_str(), "so-khcn");
    assert_eq!(lead[1].duties, ["7.1.e"]);
    let successor = reg().body(&id("so-tttt")).unwrap().successor.clone();
    assert_eq!(successor, Some(id("so-vhttdl")));
}

#[test]
fn it_duty_of_7_1_e_goes_to_so_khcn_from_2025_03_01() {
    let before = reg().bodies_for_duty("7.1.e", day(2025, 2, 28));
    assert_eq!(
        before.iter().map(|a| a.body.as_str()).collect::<Vec<_>>(),
        ["so-tttt"]
    );
    let after = reg().bodies_for_duty("7.1.e", day(2025, 3, 1));
    assert_eq!(
        after.iter().map(|a| a.body.as_str()).collect::<Vec<_>>(),
        ["so-khcn"]
    );
    let press = reg().bodies_for_duty("7.1.b", day(2025, 3, 1));
    assert_eq!(
        press.iter().map(|a| a.body.as_str()).collect::<Vec<_>>(),
        ["so-vhttdl"],
        "Điều 7.1.b (press orientation) stays with the culture department"
    );
    assert!(reg().bodies_for_duty("7.9.z", day(2025, 3, 1)).is_empty());
}

#[test]
fn dai_ptth_exists_on_2025_04_23_but_not_2025_04_24() {
    let dai = id("dai-ptth");
    assert!(reg().body_exists_on(&dai, day(2025, 4, 23)));
    assert!(!reg().body_exists_on(&dai, day(2025, 4, 24)));
    assert_eq!(reg().body(&dai).unwrap().status, Status::Confirmed);
    assert_eq!(
        reg().body_on(&dai, day(2025, 4, 24)).unwrap().id.as_str(),
        "bao-khanh-hoa",
        "merged into Báo Khánh Hòa on 2025-04-24"
    );
    assert_eq!(
        players(Role::PressOutlet, day(2025, 4, 23)),
        ["bao-khanh-hoa", "dai-ptth", "cong-ttdt"],
        "Điều 7.5 names three outlets"
    );
    assert_eq!(
        players(Role::PressOutlet, day(2025, 4, 24)),
        ["bao-khanh-hoa", "cong-ttdt"]
    );
    assert!(!reg().body_exists_on(&id("no-such-body"), day(2025, 1, 1)));
    assert!(
        reg()
            .body_on(&id("no-such-body"), day(2025, 1, 1))
            .is_none()
    );
}

#[test]
fn propaganda_commission_of_7_6_follows_the_central_merger_date_as_unconfirmed() {
    let before = reg().body_for(Role::PartyPropagandaCommission, day(2025, 2, 2));
    let after = reg().body_for(Role::PartyPropagandaCommission, day(2025, 2, 3));
    assert_eq!(before[0].body.as_str(), "ban-tuyen-giao");
    assert_eq!(after[0].body.as_str(), "ban-tuyen-giao-dan-van");
    for a in before.iter().chain(&after) {
        assert_eq!(
            a.status,
            Status::Unconfirmed,
            "provincial date is unknown: U"
        );
        assert!(a.note.as_ref().unwrap().en.contains("unknown"));
    }
}

#[test]
fn district_committees_of_7_3_end_2025_06_30_and_communes_take_over_by_interpretation() {
    assert_eq!(
        players(Role::DistrictCommittee, day(2025, 6, 30)),
        ["ubnd-cap-huyen"]
    );
    let after = reg().body_for(Role::DistrictCommittee, day(2025, 7, 1));
    assert_eq!(after.len(), 1);
    assert_eq!(after[0].body.as_str(), "ubnd-cap-xa");
    assert!(after[0].interpretation, "the mapping is an interpretation");
    assert_eq!(after[0].status, Status::Unconfirmed);
    assert!(after[0].caveat().unwrap().en.contains("interpretation"));
    assert!(!reg().body_exists_on(&id("ubnd-cap-huyen"), day(2025, 7, 1)));
    assert_eq!(
        reg().body(&id("ubnd-cap-huyen")).unwrap().status,
        Status::Confirmed
    );
    // The duty side agrees: communes carry 7.3.a from the same day.
    let holders = reg().bodies_for_duty("7.3.a", day(2025, 7, 1));
    assert_eq!(
        holders.iter().map(|a| a.body.as_str()).collect::<Vec<_>>(),
        ["ubnd-cap-xa"]
    );
    let commune_roles: Vec<Role> = reg()
        .roles_of(&id("ubnd-cap-xa"), day(2025, 7, 1))
        .iter()
        .map(|a| a.role)
        .collect();
    assert_eq!(
        commune_roles,
        [Role::CommuneCommittee, Role::DistrictCommittee]
    );
    assert_eq!(
        reg().roles_of(&id("ubnd-cap-xa"), day(2025, 6, 30)).len(),
        1,
        "Điều 1.2 only, before the district level ended"
    );
}

#[test]
fn unchanged_bodies_are_unconfirmed_and_province_merger_is_noted() {
    for b in ["cong-an-tinh", "hoi-nha-bao", "ban-noi-chinh", "ubnd-tinh"] {
        let body = reg().body(&id(b)).unwrap();
        assert_eq!(
            body.status,
            Status::Unconfirmed,
            "{b}: unchanged as far as known (U)"
        );
        assert!(body.exists_on(day(2026, 8, 1)));
    }
    let ubnd = reg().body(&id("ubnd-tinh")).unwrap();
    assert!(ubnd.note.as_ref().unwrap().en.contains("Ninh Thuận"));
    assert_eq!(players(Role::Police, day(2026, 8, 1)), ["cong-an-tinh"]);
    assert_eq!(
        players(Role::ProvincialPeoplesCommittee, day(2026, 8, 1)),
        ["ubnd-tinh"]
    );
}

#[test]
fn roles_of_the_lead_agency_change_with_the_reform() {
    let roles = |b: &str, d: NaiveDate| -> Vec<Role> {
        reg().roles_of(&id(b), d).iter().map(|a| a.role).collect()
    };
    assert_eq!(roles("so-tttt", day(2024, 6, 1)), [Role::LeadAgency]);
    assert!(roles("so-tttt", day(2025, 6, 1)).is_empty());
    assert_eq!(roles("so-vhttdl", day(2025, 6, 1)), [Role::LeadAgency]);
    assert!(roles("unknown", day(2025, 6, 1)).is_empty());
}

#[test]
fn every_assignment_lies_within_its_bodys_existence() {
    for a in &reg().assignments {
        let b = reg().body(&a.body).unwrap();
        for d in [a.valid.from, a.valid.to].into_iter().flatten() {
            assert!(
                b.exists_on(d),
                "{} plays {:?} on {d} but does not exist",
                a.body,
                a.role
            );
        }
    }
}

#[test]
fn single_body_roles_have_one_full_player_per_day() {
    // Probe every boundary date of the data.
    let mut days: Vec<NaiveDate> = reg()
        .assignments
        .iter()
        .flat_map(|a| [a.valid.from, a.valid.to])
        .flatten()
        .collect();
    days.push(day(2026, 8, 1));
    for d in days {
        for role in Role::ALL.into_iter().filter(|r| r.single_body()) {
            let full = reg()
                .body_for(role, d)
                .iter()
                .filter(|a| a.duties.is_empty())
                .count();
            assert_eq!(full, 1, "{role:?} on {d}");
        }
    }
}

#[test]
fn body_names_are_bilingual_nfc() {
    for b in &reg().bodies {
        assert!(
            quyche::text::is_nfc(&b.name.vi) && !b.name.en.is_empty(),
            "{}",
            b.id
        );
        let ok =
            b.id.as_str()
                .bytes()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-');
        assert!(ok, "{} is kebab-case ascii", b.id);
    }
}
