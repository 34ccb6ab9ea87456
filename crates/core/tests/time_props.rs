//! Properties of the working-day calendar and the lunar calendar (Điều 112 Bộ luật Lao động
//! 2019; `legal/README.md` §4).

use chrono::{Datelike, NaiveDate, TimeDelta};
use proptest::prelude::*;
use quyche::time::{
    LUNAR_MAX, LUNAR_MIN, WorkCalendar, is_weekend, lunar_to_solar, parse_instant, solar_to_lunar,
};
use std::sync::LazyLock;

static CAL: LazyLock<WorkCalendar> = LazyLock::new(WorkCalendar::vietnam);

/// Any day from 1900-01-01 to 2199-12-31.
fn any_day() -> impl Strategy<Value = NaiveDate> {
    let span = (LUNAR_MAX - LUNAR_MIN).num_days();
    (0..=span).prop_map(|n| LUNAR_MIN + TimeDelta::days(n))
}

/// A day in 1990–2100, where deadlines are computed in practice.
fn recent_day() -> impl Strategy<Value = NaiveDate> {
    let lo = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap();
    (0i64..40_000).prop_map(move |n| lo + TimeDelta::days(n))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Adding N working days, then counting the working days back, gives N.
    #[test]
    fn add_then_count_gives_n(start in recent_day(), n in 1u32..300) {
        let due = CAL.add_working_days(start, n).unwrap();
        prop_assert_eq!(due.working_days, i64::from(n));
        prop_assert_eq!(CAL.working_days_between(start, due.date).unwrap(), i64::from(n));
        prop_assert_eq!(CAL.working_days_between(due.date, start).unwrap(), -i64::from(n));
    }

    /// No deadline falls on a holiday or (unless swapped by a schedule) a weekend.
    #[test]
    fn no_deadline_on_a_holiday_or_weekend(start in recent_day(), n in 0u32..300) {
        let due = CAL.add_working_days(start, n).unwrap();
        prop_assert!(CAL.holidays_on(due.date).unwrap().is_empty(), "{} is a holiday", due.date);
        let swapped = CAL.day_info(due.date).unwrap().swapped_working_day;
        prop_assert!(swapped || !is_weekend(due.date), "{} is a weekend day", due.date);
        // Everything skipped is really off, and lies in the counted span.
        for h in &due.skipped {
            prop_assert!(!CAL.is_working_day(h.date).unwrap());
            prop_assert!(h.date >= start && h.date <= due.date);
        }
    }

    /// Counting is additive: a→b plus b→c is a→c.
    #[test]
    fn counts_add_up(a in recent_day(), x in 0i64..400, y in 0i64..400) {
        let b = a + TimeDelta::days(x);
        let c = b + TimeDelta::days(y);
        let ab = CAL.working_days_between(a, b).unwrap();
        let bc = CAL.working_days_between(b, c).unwrap();
        prop_assert_eq!(ab + bc, CAL.working_days_between(a, c).unwrap());
        prop_assert!(ab <= x);
    }

    /// Solar → lunar → solar is the identity over the whole range.
    #[test]
    fn lunar_round_trip(day in any_day()) {
        let l = solar_to_lunar(day).unwrap();
        prop_assert!((1..=30).contains(&l.day) && (1..=12).contains(&l.month));
        prop_assert_eq!(lunar_to_solar(l.day, l.month, l.year, l.leap).unwrap(), day);
        // The lunar year is the solar year or the one before (Tết falls in Jan–Feb).
        prop_assert!(l.year == day.year() || l.year == day.year() - 1);
    }

    /// Hour limits are calendar hours: the deadline is exactly `hours` after the start, shown at
    /// +07:00 whatever offset the start was given in.
    #[test]
    fn hours_are_calendar_hours(secs in 0i64..4_000_000_000, off_h in -12i32..=14, hours in 0u32..10_000) {
        let t0 = chrono::DateTime::from_timestamp(secs, 0).unwrap();
        let off = chrono::FixedOffset::east_opt(off_h * 3600).unwrap();
        let start = parse_instant(&t0.with_timezone(&off).to_rfc3339()).unwrap();
        let due = CAL.add_hours(start, hours).unwrap();
        prop_assert_eq!((due - start).num_hours(), i64::from(hours));
        prop_assert_eq!(due.offset().local_minus_utc(), 7 * 3600);
    }
}
