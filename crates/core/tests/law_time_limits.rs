//! The time limits of legal/README.md §2, by rule and law time. The regulation itself only
//! says "kịp thời" (timely, Điều 4.2); the hours come from these instruments.

use chrono::NaiveDate;
use quyche::Regulation;
use quyche::law::{Bound, Citation, Limit, LimitQuery, Point, Status};
use quyche::vocab::{Licensing, PlatformKind, RemovalTarget, Trigger};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn reg() -> &'static Regulation {
    Regulation::khanh_hoa_ref()
}

/// The time-limit rules of the built-in catalogue. Rules are data (strings) since the rewrite;
/// these are the ids `time-limits.json` uses.
mod rule {
    pub const PLATFORM_REMOVAL: &str = "platform_removal";
    pub const CROSS_BORDER_NOTICE: &str = "cross_border_notice";
    pub const PROVIDER_REMOVAL_ON_REQUEST: &str = "provider_removal_on_request";
    pub const PROVIDER_USER_DATA: &str = "provider_user_data";
    pub const ACCOUNT_LOCK: &str = "account_lock";
    pub const OWNER_REMOVAL_ON_STATE_REQUEST: &str = "owner_removal_on_state_request";
    pub const OWNER_REMOVAL_ON_USER_REQUEST: &str = "owner_removal_on_user_request";
    pub const SPOKESPERSON_STATEMENT: &str = "spokesperson_statement";
    pub const PRESS_CORRECTION_ONLINE: &str = "press_correction_online";
    pub const PRESS_CORRECTION_DAILY: &str = "press_correction_daily";
    pub const PRESS_REMOVAL_ON_REQUEST: &str = "press_removal_on_request";
}

fn query(kind: PlatformKind, licensing: Option<Licensing>, target: RemovalTarget) -> LimitQuery {
    LimitQuery {
        platform_kind: kind,
        licensing,
        target: Some(target),
        trigger: None,
    }
}

#[test]
fn platform_removal_is_3_hours_until_2024_12_24_and_gone_on_2024_12_25() {
    let rows = reg().time_limits(rule::PLATFORM_REMOVAL, d(2024, 12, 24));
    assert_eq!(rows.len(), 2, "NĐ 72/2013 Điều 23d khoản 1.c and 2.c");
    for r in &rows {
        assert_eq!(r.limit, Limit::Hours(3));
        assert_eq!(r.status, Status::Confirmed);
        let c = r.provision.clone().unwrap();
        assert_eq!(
            (c.article, c.article_suffix, c.point),
            (23, Some(Point::D), Some(Point::C))
        );
    }
    assert!(
        reg()
            .time_limits(rule::PLATFORM_REMOVAL, d(2024, 12, 25))
            .is_empty()
    );
    assert!(
        reg()
            .time_limits(rule::PLATFORM_REMOVAL, d(2018, 4, 14))
            .is_empty(),
        "NĐ 27/2018 from 2018-04-15"
    );
}

#[test]
fn provider_removal_is_24_hours_then_24_hours_with_a_6_hour_emergency() {
    let r = reg().time_limits(rule::PROVIDER_REMOVAL_ON_REQUEST, d(2025, 6, 1));
    assert_eq!(r.len(), 1);
    assert_eq!((r[0].limit, r[0].emergency_limit), (Limit::Hours(24), None));
    assert_eq!(
        r[0].provision,
        Some(
            Citation::article("24/2018/QH14", 26)
                .clause(2)
                .point(Point::B)
        )
    );
    let r = reg().time_limits(rule::PROVIDER_REMOVAL_ON_REQUEST, d(2026, 7, 1));
    assert_eq!(r.len(), 1);
    assert_eq!(
        (r[0].limit, r[0].emergency_limit),
        (Limit::Hours(24), Some(Limit::Hours(6)))
    );
    assert_eq!(
        r[0].provision,
        Some(
            Citation::article("116/2025/QH15", 25)
                .clause(2)
                .point(Point::B)
        )
    );
    assert_eq!(
        reg().time_limits(rule::PROVIDER_REMOVAL_ON_REQUEST, d(2026, 6, 30))[0].emergency_limit,
        None
    );
}

#[test]
fn user_data_handover_exists_only_from_2026_07_01() {
    assert!(
        reg()
            .time_limits(rule::PROVIDER_USER_DATA, d(2026, 6, 30))
            .is_empty()
    );
    let r = reg().time_limits(rule::PROVIDER_USER_DATA, d(2026, 7, 1));
    assert_eq!(
        (r[0].limit, r[0].emergency_limit),
        (Limit::Hours(24), Some(Limit::Hours(3)))
    );
}

#[test]
fn spokesperson_statement_is_24_hours_under_nd_09_2017_then_nd_244_2026() {
    let r = reg().time_limits(rule::SPOKESPERSON_STATEMENT, d(2026, 6, 30));
    assert_eq!(r.len(), 1);
    assert_eq!(
        r[0].provision,
        Some(
            Citation::article("09/2017/NĐ-CP", 6)
                .clause(3)
                .point(Point::A)
        )
    );
    assert_eq!(
        (r[0].limit, r[0].status),
        (Limit::Hours(24), Status::Confirmed)
    );
    let r = reg().time_limits(rule::SPOKESPERSON_STATEMENT, d(2026, 7, 1));
    let clauses: Vec<_> = r.iter().map(|t| t.provision.clone().unwrap()).collect();
    let a7 = Citation::article("244/2026/NĐ-CP", 7);
    assert_eq!(clauses, vec![a7.clone().clause(3), a7.clause(4)]);
    assert!(
        r.iter()
            .all(|t| t.limit == Limit::Hours(24) && t.status == Status::ConfirmedOcr)
    );
}

#[test]
fn decree_147_2024_rows_have_no_article_and_are_not_confirmed() {
    let day = d(2025, 1, 15);
    let lock = reg().time_limits(rule::ACCOUNT_LOCK, day);
    let state = reg().time_limits(rule::OWNER_REMOVAL_ON_STATE_REQUEST, day);
    let user = reg().time_limits(rule::OWNER_REMOVAL_ON_USER_REQUEST, day);
    assert_eq!(lock[0].limit, Limit::Hours(24));
    assert_eq!(state[0].limit, Limit::Hours(24));
    assert_eq!(user[0].limit, Limit::Hours(48));
    for r in [lock[0], state[0], user[0]] {
        assert_eq!(r.instrument.as_str(), "147/2024/NĐ-CP");
        assert!(r.provision.is_none(), "{}: article U", r.id);
        assert!(!r.status.is_confirmed(), "{}", r.id);
        assert!(r.note.is_some(), "{}", r.id);
    }
    assert!(
        reg()
            .time_limits(rule::ACCOUNT_LOCK, d(2024, 12, 24))
            .is_empty()
    );
}

#[test]
fn press_corrections_and_removal_follow_the_press_law_change() {
    let on = |rule, day| {
        reg()
            .time_limits(rule, day)
            .iter()
            .map(|t| (t.limit, t.instrument.to_string()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        on(rule::PRESS_CORRECTION_ONLINE, d(2020, 1, 1)),
        vec![(Limit::Immediately, "103/2016/QH13".into())]
    );
    assert_eq!(
        on(rule::PRESS_CORRECTION_DAILY, d(2020, 1, 1)),
        vec![(Limit::Days(2), "103/2016/QH13".into())]
    );
    assert_eq!(
        on(rule::PRESS_CORRECTION_ONLINE, d(2026, 7, 1)),
        vec![(Limit::Immediately, "237/2026/NĐ-CP".into())]
    );
    assert_eq!(
        on(rule::PRESS_CORRECTION_DAILY, d(2026, 7, 1)),
        vec![(Limit::Days(2), "237/2026/NĐ-CP".into())]
    );
    assert!(on(rule::PRESS_REMOVAL_ON_REQUEST, d(2026, 6, 30)).is_empty());
    assert_eq!(
        on(rule::PRESS_REMOVAL_ON_REQUEST, d(2026, 7, 1)),
        vec![(Limit::Immediately, "237/2026/NĐ-CP".into())]
    );
}

#[test]
fn every_row_cites_a_catalogued_provision_within_an_instrument_in_force() {
    // 16 rows before the rewrite, plus TT 38/2016's cross-border notice (legal §2).
    let rows = &reg().catalogue.time_limits;
    assert_eq!(rows.len(), 17);
    assert_eq!(
        reg().catalogue.time_limit_rules(),
        vec![
            rule::PLATFORM_REMOVAL,
            rule::CROSS_BORDER_NOTICE,
            rule::PROVIDER_REMOVAL_ON_REQUEST,
            rule::PROVIDER_USER_DATA,
            rule::ACCOUNT_LOCK,
            rule::OWNER_REMOVAL_ON_STATE_REQUEST,
            rule::OWNER_REMOVAL_ON_USER_REQUEST,
            rule::SPOKESPERSON_STATEMENT,
            rule::PRESS_CORRECTION_ONLINE,
            rule::PRESS_CORRECTION_DAILY,
            rule::PRESS_REMOVAL_ON_REQUEST,
        ]
    );
    for t in rows {
        if let Some(c) = &t.provision {
            assert!(
                reg().provision(c).is_some(),
                "{}: {} not catalogued",
                t.id,
                c.key()
            );
            assert_eq!(c.instrument, t.instrument, "{}", t.id);
        }
        let ins = reg().instrument(&t.instrument).unwrap();
        if let Some(from) = t.in_force.from {
            assert!(
                ins.in_force.contains(from),
                "{}: instrument not in force on {from}",
                t.id
            );
        }
    }
}

#[test]
fn the_3_hour_rows_pick_their_clause_by_platform_kind_and_only_for_licensed_platforms() {
    // Legal §2: khoản 1.c for general websites, khoản 2.c for social networks, both licensed in
    // Vietnam; cross-border platforms fall under TT 38/2016 instead.
    let day = d(2024, 6, 1);
    let cat = &reg().catalogue;
    let licensed = Some(Licensing::LicensedInVietnam);
    let web = cat
        .time_limit_for(
            rule::PLATFORM_REMOVAL,
            day,
            &query(
                PlatformKind::GeneralWebsite,
                licensed,
                RemovalTarget::Platform,
            ),
        )
        .unwrap();
    assert_eq!(
        web.provision.as_ref().unwrap().key(),
        "72/2013/NĐ-CP:23d.1.c"
    );
    let social = cat
        .time_limit_for(
            rule::PLATFORM_REMOVAL,
            day,
            &query(
                PlatformKind::SocialNetwork,
                licensed,
                RemovalTarget::Platform,
            ),
        )
        .unwrap();
    assert_eq!(
        social.provision.as_ref().unwrap().key(),
        "72/2013/NĐ-CP:23d.2.c"
    );
    for q in [
        query(
            PlatformKind::SocialNetwork,
            Some(Licensing::CrossBorder),
            RemovalTarget::Platform,
        ),
        // Licensing unknown: a row that names licensing does not cover it.
        query(PlatformKind::SocialNetwork, None, RemovalTarget::Platform),
        query(
            PlatformKind::SocialNetwork,
            licensed,
            RemovalTarget::AccountOwner,
        ),
        query(
            PlatformKind::VideoSharing,
            licensed,
            RemovalTarget::Platform,
        ),
    ] {
        assert!(
            cat.time_limit_for(rule::PLATFORM_REMOVAL, day, &q)
                .is_none(),
            "{q:?}"
        );
    }
    let cross = cat
        .time_limit_for(
            rule::CROSS_BORDER_NOTICE,
            day,
            &query(
                PlatformKind::SocialNetwork,
                Some(Licensing::CrossBorder),
                RemovalTarget::Platform,
            ),
        )
        .unwrap();
    assert_eq!(
        cross.provision.as_ref().unwrap().key(),
        "38/2016/TT-BTTTT:5.1"
    );
}

#[test]
fn the_cross_border_notice_outlives_its_basis_as_unconfirmed() {
    // Legal §2: TT 38/2016 Điều 5.1, 24 h, from 2017-02-15; its end is U because its basis
    // (NĐ 72/2013) ended on 2024-12-24. The row still applies afterwards, with status U.
    assert!(
        reg()
            .time_limits(rule::CROSS_BORDER_NOTICE, d(2017, 2, 14))
            .is_empty()
    );
    let before = reg().time_limits(rule::CROSS_BORDER_NOTICE, d(2024, 12, 24));
    assert_eq!(before.len(), 1);
    let t = before[0];
    assert_eq!((t.limit, t.binds), (Limit::Hours(24), Bound::Platform));
    assert_eq!(t.status_on(d(2024, 12, 24)), Status::Confirmed);
    let after = reg().time_limits(rule::CROSS_BORDER_NOTICE, d(2026, 8, 1));
    assert_eq!(after.len(), 1);
    assert_eq!(after[0].status_on(d(2024, 12, 25)), Status::Unconfirmed);
    assert_eq!(after[0].status_on(d(2026, 8, 1)), Status::Unconfirmed);
}

#[test]
fn each_limit_binds_whom_the_law_binds() {
    // Removal limits bind the platform (or the account owner), never the body that asked; the
    // spokesperson's and the press's own limits bind the acting body.
    for t in &reg().catalogue.time_limits {
        let want = match t.rule.as_str() {
            rule::OWNER_REMOVAL_ON_STATE_REQUEST | rule::OWNER_REMOVAL_ON_USER_REQUEST => {
                Bound::AccountOwner
            }
            rule::SPOKESPERSON_STATEMENT
            | rule::PRESS_CORRECTION_ONLINE
            | rule::PRESS_CORRECTION_DAILY => Bound::ActingBody,
            _ => Bound::Platform,
        };
        assert_eq!(t.binds, want, "{}", t.id);
    }
}

#[test]
fn the_spokesperson_rows_are_chosen_by_what_starts_the_clock() {
    // NĐ 09/2017: from the incident. NĐ 244/2026: from receipt (major event) or determination
    // (divided opinion); reading which clause covers which is an interpretation.
    let q = |trigger| LimitQuery {
        platform_kind: PlatformKind::Other,
        licensing: None,
        target: None,
        trigger: Some(trigger),
    };
    let cat = &reg().catalogue;
    let old = cat
        .time_limit_for(
            rule::SPOKESPERSON_STATEMENT,
            d(2026, 6, 30),
            &q(Trigger::Incident),
        )
        .unwrap();
    assert_eq!(old.provision.as_ref().unwrap().key(), "09/2017/NĐ-CP:6.3.a");
    assert!(!old.interpretation);
    let receipt = cat
        .time_limit_for(
            rule::SPOKESPERSON_STATEMENT,
            d(2026, 7, 1),
            &q(Trigger::Receipt),
        )
        .unwrap();
    assert_eq!(
        receipt.provision.as_ref().unwrap().key(),
        "244/2026/NĐ-CP:7.3"
    );
    let determined = cat
        .time_limit_for(
            rule::SPOKESPERSON_STATEMENT,
            d(2026, 7, 1),
            &q(Trigger::Determination),
        )
        .unwrap();
    assert_eq!(
        determined.provision.as_ref().unwrap().key(),
        "244/2026/NĐ-CP:7.4"
    );
    assert!(receipt.interpretation && determined.interpretation);
    assert!(
        cat.time_limit_for(
            rule::SPOKESPERSON_STATEMENT,
            d(2026, 7, 1),
            &q(Trigger::Incident)
        )
        .is_none()
    );
}
