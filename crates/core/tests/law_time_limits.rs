//! The time limits of legal/README.md §2, by rule and law time. The regulation itself only
//! says "kịp thời" (timely, Điều 4.2); the hours come from these instruments.

use chrono::NaiveDate;
use quyche::Regulation;
use quyche::law::{Citation, Limit, Point, Status, TimeLimitRule as R};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn reg() -> &'static Regulation {
    Regulation::khanh_hoa_ref()
}

#[test]
fn platform_removal_is_3_hours_until_2024_12_24_and_gone_on_2024_12_25() {
    let rows = reg().time_limits(R::PlatformRemoval, d(2024, 12, 24));
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
            .time_limits(R::PlatformRemoval, d(2024, 12, 25))
            .is_empty()
    );
    assert!(
        reg()
            .time_limits(R::PlatformRemoval, d(2018, 4, 14))
            .is_empty(),
        "NĐ 27/2018 from 2018-04-15"
    );
}

#[test]
fn provider_removal_is_24_hours_then_24_hours_with_a_6_hour_emergency() {
    let r = reg().time_limits(R::ProviderRemovalOnRequest, d(2025, 6, 1));
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
    let r = reg().time_limits(R::ProviderRemovalOnRequest, d(2026, 7, 1));
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
        reg().time_limits(R::ProviderRemovalOnRequest, d(2026, 6, 30))[0].emergency_limit,
        None
    );
}

#[test]
fn user_data_handover_exists_only_from_2026_07_01() {
    assert!(
        reg()
            .time_limits(R::ProviderUserData, d(2026, 6, 30))
            .is_empty()
    );
    let r = reg().time_limits(R::ProviderUserData, d(2026, 7, 1));
    assert_eq!(
        (r[0].limit, r[0].emergency_limit),
        (Limit::Hours(24), Some(Limit::Hours(3)))
    );
}

#[test]
fn spokesperson_statement_is_24_hours_under_nd_09_2017_then_nd_244_2026() {
    let r = reg().time_limits(R::SpokespersonStatement, d(2026, 6, 30));
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
    let r = reg().time_limits(R::SpokespersonStatement, d(2026, 7, 1));
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
    let lock = reg().time_limits(R::AccountLock, day);
    let state = reg().time_limits(R::OwnerRemovalOnStateRequest, day);
    let user = reg().time_limits(R::OwnerRemovalOnUserRequest, day);
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
            .time_limits(R::AccountLock, d(2024, 12, 24))
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
        on(R::PressCorrectionOnline, d(2020, 1, 1)),
        vec![(Limit::Immediately, "103/2016/QH13".into())]
    );
    assert_eq!(
        on(R::PressCorrectionDaily, d(2020, 1, 1)),
        vec![(Limit::Days(2), "103/2016/QH13".into())]
    );
    assert_eq!(
        on(R::PressCorrectionOnline, d(2026, 7, 1)),
        vec![(Limit::Immediately, "237/2026/NĐ-CP".into())]
    );
    assert_eq!(
        on(R::PressCorrectionDaily, d(2026, 7, 1)),
        vec![(Limit::Days(2), "237/2026/NĐ-CP".into())]
    );
    assert!(on(R::PressRemovalOnRequest, d(2026, 6, 30)).is_empty());
    assert_eq!(
        on(R::PressRemovalOnRequest, d(2026, 7, 1)),
        vec![(Limit::Immediately, "237/2026/NĐ-CP".into())]
    );
}

#[test]
fn every_row_cites_a_catalogued_provision_within_an_instrument_in_force() {
    let rows = reg().time_limit_rows();
    assert_eq!(rows.len(), 16);
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
