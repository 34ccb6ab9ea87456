//! The working-day calendar: Monday–Friday minus the holidays of Điều 112 Bộ luật Lao động 2019,
//! official schedules overriding defaults (`legal/README.md` §4), and deadline arithmetic.

use chrono::NaiveDate;
use quyche::time::{
    CalendarConfig, CalendarOptions, DayCount, HolidayKind, HolidayOrigin, Schedule, WorkCalendar,
    parse_instant,
};
use quyche::{ErrorCode, Status};

fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dd).unwrap()
}

fn cal() -> WorkCalendar {
    WorkCalendar::vietnam()
}

fn no_compensation() -> WorkCalendar {
    WorkCalendar::new(
        CalendarOptions {
            compensatory_days: false,
        },
        quyche::time::builtin_schedules(),
    )
    .unwrap()
}

#[test]
fn tet_2026_official_schedule_14_to_22_feb_is_all_off() {
    let c = cal();
    for day in d(2026, 2, 14).iter_days().take(9) {
        assert!(
            !c.is_working_day(day).unwrap(),
            "legal §4: Tết 2026 break includes {day}"
        );
        let h = c.holidays_on(day).unwrap();
        assert_eq!(h.len(), 1, "{day}");
        assert_eq!(h[0].kind, HolidayKind::Tet);
        assert_eq!(h[0].origin, HolidayOrigin::Official);
        assert_eq!(
            h[0].status,
            Status::Confirmed,
            "legal §4 gives Tết 2026 as C"
        );
        assert_eq!(h[0].citation.key(), "45/2019/QH14:112");
    }
    assert!(
        c.is_working_day(d(2026, 2, 13)).unwrap(),
        "Friday before the break"
    );
    assert!(
        c.is_working_day(d(2026, 2, 23)).unwrap(),
        "Monday after the break"
    );
}

#[test]
fn official_schedule_replaces_the_computed_tet_default() {
    // Without the schedule, Tết 2026 would default to 16–20 Feb (29 tháng Chạp + 1–4 tháng Giêng).
    let bare = WorkCalendar::new(CalendarOptions::default(), vec![]).unwrap();
    let tet: Vec<_> = bare
        .holidays_in(2026)
        .unwrap()
        .into_iter()
        .filter(|h| h.kind == HolidayKind::Tet && h.origin == HolidayOrigin::Default)
        .map(|h| h.date)
        .collect();
    assert_eq!(tet, d(2026, 2, 16).iter_days().take(5).collect::<Vec<_>>());
    // With it, no default Tết day remains and there is no compensatory day for Tết.
    let h = cal().holidays_in(2026).unwrap();
    assert!(
        h.iter()
            .all(|h| h.kind != HolidayKind::Tet || h.origin == HolidayOrigin::Official)
    );
    assert_eq!(h.iter().filter(|h| h.kind == HolidayKind::Tet).count(), 9);
}

#[test]
fn national_day_2025_is_a_holiday() {
    let c = cal();
    let h = c.holidays_on(d(2025, 9, 2)).unwrap();
    assert_eq!(h.len(), 1);
    assert_eq!(h[0].kind, HolidayKind::NationalDay);
    assert_eq!(
        h[0].status,
        Status::Confirmed,
        "Điều 112: 2 Sep is fixed by law"
    );
    // 2 Sep 2025 is a Tuesday: the default adjacent day is Monday 1 Sep, marked U.
    let adj = c.holidays_on(d(2025, 9, 1)).unwrap();
    assert_eq!(adj[0].origin, HolidayOrigin::Default);
    assert_eq!(adj[0].status, Status::Unconfirmed);
    assert!(c.is_working_day(d(2025, 9, 3)).unwrap());
}

#[test]
fn fixed_solar_holidays_of_article_112() {
    let c = cal();
    for (day, kind) in [
        (d(2025, 1, 1), HolidayKind::NewYear),
        (d(2025, 4, 30), HolidayKind::VictoryDay),
        (d(2025, 5, 1), HolidayKind::LabourDay),
        (d(2025, 4, 7), HolidayKind::HungKings),
    ] {
        let h = c.holidays_on(day).unwrap();
        assert!(
            h.iter().any(|h| h.kind == kind),
            "Điều 112: {kind:?} on {day}"
        );
        assert!(!c.is_working_day(day).unwrap());
    }
}

#[test]
fn hung_kings_2026_on_a_sunday_gets_a_compensatory_monday_when_the_option_is_on() {
    let c = cal();
    let hung = c.holidays_on(d(2026, 4, 26)).unwrap();
    assert_eq!(hung[0].kind, HolidayKind::HungKings);
    let comp = c.holidays_on(d(2026, 4, 27)).unwrap();
    assert_eq!(comp.len(), 1);
    assert_eq!(comp[0].origin, HolidayOrigin::Compensatory);
    assert_eq!(comp[0].compensates, Some(d(2026, 4, 26)));
    assert_eq!(
        comp[0].status,
        Status::Confirmed,
        "legal §4: the compensatory day off is C (Bộ luật Lao động 2019 Điều 111.3)"
    );
    assert_eq!(comp[0].citation.key(), "45/2019/QH14:111.3");
    assert!(no_compensation().is_working_day(d(2026, 4, 27)).unwrap());
}

#[test]
fn compensatory_days_follow_the_weekend_holidays_in_order() {
    // 2023: Hùng Kings on Sat 29 Apr, Victory Day on Sun 30 Apr, Labour Day on Mon 1 May.
    let c = cal();
    let comp: Vec<_> = c
        .holidays_in(2023)
        .unwrap()
        .into_iter()
        .filter(|h| h.origin == HolidayOrigin::Compensatory)
        .map(|h| (h.date, h.kind))
        .collect();
    assert!(
        comp.contains(&(d(2023, 5, 2), HolidayKind::HungKings)),
        "{comp:?}"
    );
    assert!(
        comp.contains(&(d(2023, 5, 3), HolidayKind::VictoryDay)),
        "{comp:?}"
    );
    // New Year 2023 fell on a Sunday.
    assert!(
        comp.contains(&(d(2023, 1, 2), HolidayKind::NewYear)),
        "{comp:?}"
    );
    assert!(c.is_working_day(d(2023, 5, 4)).unwrap());
}

#[test]
fn adding_working_days_skips_holidays_and_says_which() {
    // Tue 29 Apr 2025 + 1 working day: 30 Apr and 1 May (Điều 112) are off → Fri 2 May.
    let due = cal().add_working_days(d(2025, 4, 29), 1).unwrap();
    assert_eq!(due.date, d(2025, 5, 2));
    let kinds: Vec<_> = due.skipped.iter().map(|h| h.kind).collect();
    assert_eq!(kinds, [HolidayKind::VictoryDay, HolidayKind::LabourDay]);
    assert_eq!(
        due.status,
        Status::Confirmed,
        "only statutory days were skipped"
    );
    assert!(due.warnings.is_empty());
}

#[test]
fn zero_working_days_from_a_day_off_is_the_next_working_day() {
    let c = cal();
    let sat = c.add_working_days(d(2025, 6, 7), 0).unwrap();
    assert_eq!(sat.date, d(2025, 6, 9));
    assert_eq!(sat.weekend_days, 2);
    let mon = c.add_working_days(d(2025, 6, 9), 0).unwrap();
    assert_eq!((mon.date, mon.weekend_days), (d(2025, 6, 9), 0));
}

#[test]
fn counting_across_an_unscheduled_tet_is_unconfirmed() {
    // No official schedule for Tết 2027 is loaded: the default days are used and said to be U.
    let due: DayCount = cal().add_working_days(d(2027, 2, 1), 10).unwrap();
    assert_eq!(due.status, Status::Unconfirmed);
    assert!(
        due.warnings.iter().any(|w| w.en.contains("Tết 2027")),
        "{:?}",
        due.warnings
    );
    assert!(due.skipped.iter().any(|h| h.kind == HolidayKind::Tet));
    // The same kind of count across Tết 2026, fixed by the official schedule (C), is C.
    let due = cal().add_working_days(d(2026, 2, 10), 5).unwrap();
    assert_eq!(due.date, d(2026, 2, 24));
    assert_eq!(due.status, Status::Confirmed);
}

#[test]
fn working_days_between_counts_after_the_first_day_up_to_the_last() {
    let c = cal();
    assert_eq!(
        c.working_days_between(d(2025, 6, 9), d(2025, 6, 13))
            .unwrap(),
        4
    );
    assert_eq!(
        c.working_days_between(d(2025, 6, 13), d(2025, 6, 9))
            .unwrap(),
        -4
    );
    assert_eq!(
        c.working_days_between(d(2025, 6, 9), d(2025, 6, 9))
            .unwrap(),
        0
    );
    // The Tết 2026 break: Fri 13 Feb → Mon 23 Feb is one working day.
    let n = c
        .count_working_days(d(2026, 2, 13), d(2026, 2, 23))
        .unwrap();
    assert_eq!(n.working_days, 1);
    assert_eq!(n.skipped.len(), 9);
}

#[test]
fn a_loaded_schedule_with_a_swapped_saturday() {
    // A made-up schedule (test data only): Tết 2027 off 4–12 Feb, Saturday 20 Feb worked instead.
    let s = Schedule::from_json_str(
        r#"{"year": 2027,
            "days_off": [{"holiday": "tet", "from": "2027-02-04", "to": "2027-02-12"}],
            "working_days": ["2027-02-20"],
            "source": {"vi": "Lịch thử", "en": "Test schedule"},
            "status": "P"}"#,
    )
    .unwrap();
    let c = cal().with_schedule(s).unwrap();
    assert!(
        c.is_working_day(d(2027, 2, 20)).unwrap(),
        "swapped Saturday is a working day"
    );
    assert!(!c.is_working_day(d(2027, 2, 4)).unwrap());
    // The computed default (5–9 Feb) is gone: 3 Feb is a working day, 10 Feb is not.
    assert!(c.is_working_day(d(2027, 2, 3)).unwrap());
    assert!(!c.is_working_day(d(2027, 2, 10)).unwrap());
    let info = c.day_info(d(2027, 2, 20)).unwrap();
    assert!(info.swapped_working_day && info.working);
    assert_eq!(info.iso_weekday, 6);
    // An answer resting on a P schedule is P, with a warning naming the day.
    let due = c.add_working_days(d(2027, 2, 3), 1).unwrap();
    assert_eq!(due.date, d(2027, 2, 15));
    assert_eq!(due.status, Status::Partial);
    assert_eq!(due.warnings.len(), 9);
}

#[test]
fn two_schedules_fixing_the_same_holiday_conflict() {
    let mut a = quyche::time::builtin_schedules();
    a.push(a[0].clone());
    let e = WorkCalendar::new(CalendarOptions::default(), a).unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidInput);
    assert_eq!(e.path.as_deref(), Some("/schedules/1/days_off/0/holiday"));
}

#[test]
fn config_round_trips_through_json() {
    let c = cal();
    let json = serde_json::to_string(&c.config()).unwrap();
    let back: CalendarConfig = quyche::json::from_str(&json).unwrap();
    let c2 = WorkCalendar::from_config(back).unwrap();
    assert_eq!(c2.config(), c.config());
    let e = quyche::json::from_str::<CalendarConfig>(
        r#"{"schedules": [{"year": 2026, "days_off": [{"holiday": "tet", "from": "x", "to": "2026-02-01"}], "source": {"vi": "a", "en": "b"}, "status": "C"}]}"#,
    )
    .unwrap_err();
    assert_eq!(e.path.as_deref(), Some("/schedules/0/days_off/0/from"));
}

#[test]
fn hour_limits_run_in_calendar_hours() {
    let c = cal();
    // A 24-hour limit (legal §2) started on Friday 13 Feb 2026 at 16:00 ends on Saturday 16:00,
    // inside the Tết break: calendar hours do not pause for it.
    let start = parse_instant("2026-02-13T09:00:00Z").unwrap();
    let h = c.explain_hours(start, 24).unwrap();
    assert_eq!(h.due.to_rfc3339(), "2026-02-14T16:00:00+07:00");
    assert!(!h.due_on_working_day);
    assert_eq!(h.crossed.len(), 1);
    assert_eq!(h.crossed[0].date, d(2026, 2, 14));
    let e = parse_instant("2026-02-13T16:00:00").unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidInput);
}

#[test]
fn dates_outside_1900_2199_are_refused() {
    let c = cal();
    assert_eq!(
        c.is_working_day(d(1899, 12, 31)).unwrap_err().code,
        ErrorCode::DateOutOfRange
    );
    assert_eq!(
        c.add_working_days(d(2199, 12, 31), 1).unwrap_err().code,
        ErrorCode::DateOutOfRange
    );
    assert_eq!(
        c.holidays_in(2200).unwrap_err().code,
        ErrorCode::DateOutOfRange
    );
    assert!(c.add_working_days(d(2199, 12, 1), 5).is_ok());
}

#[test]
fn types_have_json_schemas() {
    let s = serde_json::to_value(schemars::schema_for!(DayCount)).unwrap();
    assert!(s["properties"]["skipped"].is_object());
    let s = serde_json::to_value(schemars::schema_for!(Schedule)).unwrap();
    assert!(s["properties"]["days_off"].is_object());
}

#[test]
fn the_proposed_24_november_holiday_is_not_law() {
    // legal §4: a 24 Nov "Vietnamese Culture Day" was only proposed (C: proposal only).
    let c = cal();
    assert!(c.is_working_day(d(2026, 11, 24)).unwrap());
    assert!(c.holidays_on(d(2026, 11, 24)).unwrap().is_empty());
}

#[test]
fn hung_kings_in_a_year_with_a_leap_third_month_uses_the_regular_month() {
    // 2031 has a leap 3rd month; the regular 3rd month is used and the note says it is our reading.
    let h = cal().holidays_in(2031).unwrap();
    let hung = h
        .iter()
        .find(|h| h.kind == HolidayKind::HungKings && h.origin == HolidayOrigin::Statutory)
        .unwrap();
    assert_eq!(
        hung.date,
        quyche::time::lunar_to_solar(10, 3, 2031, false).unwrap()
    );
    assert!(
        hung.note
            .as_ref()
            .is_some_and(|n| n.en.contains("interpretation"))
    );
}

#[test]
fn compensatory_days_are_on_unless_the_config_says_otherwise() {
    let cfg: CalendarConfig = quyche::json::from_str("{}").unwrap();
    assert!(cfg.options.compensatory_days);
    let cfg: CalendarConfig =
        quyche::json::from_str(r#"{"options": {"compensatory_days": false}}"#).unwrap();
    let c = WorkCalendar::from_config(cfg).unwrap();
    assert!(c.schedules().is_empty());
    assert!(c.is_working_day(d(2026, 4, 27)).unwrap());
}
