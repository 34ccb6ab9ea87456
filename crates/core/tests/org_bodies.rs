//! Who plays each role when (legal/README.md §5), with each fact's status.

use chrono::NaiveDate;
use quyche::org::{BodyId, RoleId};
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

/// Roles are data since the rewrite: the ids of `roles.json`.
fn role(s: &str) -> RoleId {
    RoleId::new(s)
}

const LEAD: &str = "lead_agency";
const POLICE: &str = "police";
const DISTRICT: &str = "district_committee";
const COMMUNE: &str = "commune_committee";
const PRESS: &str = "press_outlet";
const PROPAGANDA: &str = "party_propaganda_commission";
const PEOPLES_COMMITTEE: &str = "provincial_peoples_committee";

fn players(r: &str, on: NaiveDate) -> Vec<&'static str> {
    reg()
        .body_for(&role(r), on)
        .iter()
        .map(|a| a.body.as_str())
        .collect()
}

#[test]
fn lead_agency_of_article_7_1_is_so_tttt_until_2025_02_28() {
    assert_eq!(players(LEAD, day(2020, 8, 12)), ["so-tttt"]);
    assert_eq!(players(LEAD, day(2024, 6, 1)), ["so-tttt"]);
    assert_eq!(players(LEAD, day(2025, 2, 28)), ["so-tttt"]);
    assert!(
        players(LEAD, day(2020, 8, 11)).is_empty(),
        "before the regulation"
    );
}

#[test]
fn lead_agency_on_2025_06_01_is_so_vhttdl_status_p() {
    let lead = reg().body_for(&role(LEAD), day(2025, 6, 1));
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
    // Legal §5 (the rewrite follows it; the old data had one successor, Sở VHTTDL): Sở TT&TT
    // merged into the new Sở KH&CN (C); only its press and online-content functions went to Sở
    // VHTTDL (P). Both successors say what they took over.
    let tttt = reg().body(&id("so-tttt")).unwrap();
    let successors: Vec<(&str, Status)> = tttt
        .successors
        .iter()
        .map(|s| (s.body.as_str(), s.status))
        .collect();
    assert_eq!(
        successors,
        [
            ("so-khcn", Status::Confirmed),
            ("so-vhttdl", Status::Partial)
        ]
    );
    assert!(tttt.successors.iter().all(|s| s.scope.is_some()));
    let standing: Vec<&str> = reg()
        .register
        .standing_for(&id("so-tttt"), day(2025, 6, 1))
        .iter()
        .map(|b| b.id.as_str())
        .collect();
    assert_eq!(standing, ["so-khcn", "so-vhttdl"]);
    // Either successor answers for Sở TT&TT once it is gone, never before.
    let reg_ = &reg().register;
    assert!(reg_.answers_for(&id("so-vhttdl"), &id("so-tttt"), day(2025, 6, 1)));
    assert!(reg_.answers_for(&id("so-khcn"), &id("so-tttt"), day(2025, 6, 1)));
    assert!(!reg_.answers_for(&id("so-vhttdl"), &id("so-tttt"), day(2025, 2, 28)));
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
        players(PRESS, day(2025, 4, 23)),
        ["bao-khanh-hoa", "dai-ptth", "cong-ttdt"],
        "Điều 7.5 names three outlets"
    );
    assert_eq!(
        players(PRESS, day(2025, 4, 24)),
        ["bao-khanh-hoa", "cong-ttdt"]
    );
    assert_eq!(
        reg().body(&dai).unwrap().successors[0].body.as_str(),
        "bao-khanh-hoa"
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
    let before = reg().body_for(&role(PROPAGANDA), day(2025, 2, 2));
    let after = reg().body_for(&role(PROPAGANDA), day(2025, 2, 3));
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
    assert_eq!(players(DISTRICT, day(2025, 6, 30)), ["ubnd-cap-huyen"]);
    let after = reg().body_for(&role(DISTRICT), day(2025, 7, 1));
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
    let commune_roles: Vec<&str> = reg()
        .roles_of(&id("ubnd-cap-xa"), day(2025, 7, 1))
        .iter()
        .map(|a| a.role.as_str())
        .collect();
    assert_eq!(commune_roles, [COMMUNE, DISTRICT]);
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
    assert_eq!(players(POLICE, day(2026, 8, 1)), ["cong-an-tinh"]);
    assert_eq!(players(PEOPLES_COMMITTEE, day(2026, 8, 1)), ["ubnd-tinh"]);
}

#[test]
fn roles_of_the_lead_agency_change_with_the_reform() {
    let roles = |b: &str, d: NaiveDate| -> Vec<&str> {
        reg()
            .roles_of(&id(b), d)
            .iter()
            .map(|a| a.role.as_str())
            .collect()
    };
    assert_eq!(roles("so-tttt", day(2024, 6, 1)), [LEAD]);
    assert!(roles("so-tttt", day(2025, 6, 1)).is_empty());
    assert_eq!(roles("so-vhttdl", day(2025, 6, 1)), [LEAD]);
    assert!(roles("unknown", day(2025, 6, 1)).is_empty());
}

#[test]
fn every_assignment_lies_within_its_bodys_existence() {
    for a in &reg().register.assignments {
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
        .register
        .assignments
        .iter()
        .flat_map(|a| [a.valid.from, a.valid.to])
        .flatten()
        .collect();
    days.push(day(2026, 8, 1));
    for d in days {
        for r in reg().register.roles.iter().filter(|r| r.single_body) {
            let full = reg()
                .body_for(&r.id, d)
                .iter()
                .filter(|a| a.duties.is_empty())
                .count();
            assert_eq!(full, 1, "{} on {d}", r.id);
        }
    }
}

#[test]
fn body_names_are_bilingual_nfc() {
    for b in &reg().register.bodies {
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

#[test]
fn bao_khanh_hoa_after_the_province_merger_and_the_e_portal_are_unconfirmed() {
    // Legal §5: Báo Khánh Hòa's role is C until the province merger of 2025-07-01, U after it;
    // the provincial e-portal is a state portal named with the outlets in 7.5, and every fact
    // about it is U (the old data had it C).
    let bao = |d| {
        reg()
            .body_for(&role(PRESS), d)
            .into_iter()
            .find(|a| a.body.as_str() == "bao-khanh-hoa")
            .unwrap()
    };
    assert_eq!(bao(day(2025, 6, 30)).status, Status::Confirmed);
    assert!(bao(day(2025, 6, 30)).caveat().is_none());
    assert_eq!(bao(day(2025, 7, 1)).status, Status::Unconfirmed);
    assert!(
        bao(day(2025, 7, 1))
            .caveat()
            .unwrap()
            .en
            .contains("status U")
    );
    assert_eq!(
        reg().body(&id("bao-khanh-hoa")).unwrap().status,
        Status::Confirmed
    );
    let portal = reg().body(&id("cong-ttdt")).unwrap();
    assert_eq!(portal.status, Status::Unconfirmed);
    assert!(portal.caveat().is_some());
    for d in [day(2020, 9, 1), day(2026, 8, 1)] {
        let a = reg()
            .body_for(&role(PRESS), d)
            .into_iter()
            .find(|a| a.body.as_str() == "cong-ttdt")
            .unwrap();
        assert_eq!(a.status, Status::Unconfirmed, "{d}");
    }
}

#[test]
fn the_commune_level_is_named_as_it_was_on_each_date() {
    // Legal §5: "xã, phường, thị trấn" until 2025-06-30; "xã, phường, đặc khu" after.
    let xa = reg().body(&id("ubnd-cap-xa")).unwrap();
    assert!(xa.name_on(day(2025, 6, 30)).vi.contains("thị trấn"));
    assert!(!xa.name_on(day(2025, 7, 1)).vi.contains("thị trấn"));
    assert!(xa.name_on(day(2025, 7, 1)).vi.contains("đặc khu"));
    assert_eq!(
        reg()
            .register
            .body_name(&id("ubnd-cap-xa"), day(2024, 1, 1)),
        *xa.name_on(day(2024, 1, 1))
    );
    // A body without dated names is named by its name on every date.
    let ubnd = reg().body(&id("ubnd-tinh")).unwrap();
    assert_eq!(ubnd.name_on(day(2020, 9, 1)), &ubnd.name);
}

#[test]
fn roles_are_data_with_their_provisions_and_obligations() {
    let roles = &reg().register.roles;
    let ids: Vec<&str> = roles.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            LEAD,
            POLICE,
            "department",
            DISTRICT,
            COMMUNE,
            "journalists_association",
            PRESS,
            PROPAGANDA,
            "party_internal_affairs_commission",
            PEOPLES_COMMITTEE,
        ]
    );
    // Điều 7 khoản 6 and 7 "đề nghị": the Party commissions are requested, not bound.
    for r in roles {
        let requested = r.id.as_str().starts_with("party_");
        assert_eq!(
            r.obligation == quyche::org::Obligation::Requested,
            requested,
            "{}",
            r.id
        );
    }
    let lead = reg().role(&role(LEAD)).unwrap();
    assert_eq!(lead.provision.as_ref().unwrap().key(), "2086/QĐ-UBND:7.1");
    assert!(lead.single_body);
    assert!(reg().role(&role("nobody")).is_none());
}
