//! The Vietnamese lunar calendar (UTC+7) behind the lunar holidays of Điều 112 Bộ luật Lao động
//! 2019 (Tết, Hùng Kings' day), `legal/README.md` §4.

use chrono::{Datelike, NaiveDate};
use quyche::ErrorCode;
use quyche::time::{
    LUNAR_MAX, LUNAR_MIN, LunarDate, leap_month, lunar_new_year, lunar_to_solar, solar_to_lunar,
};

fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dd).unwrap()
}

/// Tết Nguyên đán (lunar 1/1) in Vietnam, 1990–2050. Outside the years marked, the dates are the
/// widely published lunar new year dates, which Vietnam shares with China in those years.
/// Where the Vietnamese calendar (UTC+7) differs from the Chinese one (UTC+8):
/// - 2007: Vietnam 17 Feb, China 18 Feb (new moon at 16:14 UTC on 17 Feb: 23:14 in Hà Nội, already
///   18 Feb in Beijing);
/// - 2030: Vietnam 2 Feb, China 3 Feb (new moon at 16:07 UTC on 2 Feb).
const TET_1990_2050: [(i32, u32, u32); 61] = [
    (1990, 1, 27),
    (1991, 2, 15),
    (1992, 2, 4),
    (1993, 1, 23),
    (1994, 2, 10),
    (1995, 1, 31),
    (1996, 2, 19),
    (1997, 2, 7),
    (1998, 1, 28),
    (1999, 2, 16),
    (2000, 2, 5),
    (2001, 1, 24),
    (2002, 2, 12),
    (2003, 2, 1),
    (2004, 1, 22),
    (2005, 2, 9),
    (2006, 1, 29),
    (2007, 2, 17), // China: 18 Feb
    (2008, 2, 7),
    (2009, 1, 26),
    (2010, 2, 14),
    (2011, 2, 3),
    (2012, 1, 23),
    (2013, 2, 10),
    (2014, 1, 31),
    (2015, 2, 19),
    (2016, 2, 8),
    (2017, 1, 28),
    (2018, 2, 16),
    (2019, 2, 5),
    (2020, 1, 25),
    (2021, 2, 12),
    (2022, 2, 1),
    (2023, 1, 22),
    (2024, 2, 10),
    (2025, 1, 29),
    (2026, 2, 17),
    (2027, 2, 6),
    (2028, 1, 26),
    (2029, 2, 13),
    (2030, 2, 2), // China: 3 Feb
    (2031, 1, 23),
    (2032, 2, 11),
    (2033, 1, 31),
    (2034, 2, 19),
    (2035, 2, 8),
    (2036, 1, 28),
    (2037, 2, 15),
    (2038, 2, 4),
    (2039, 1, 24),
    (2040, 2, 12),
    (2041, 2, 1),
    (2042, 1, 22),
    (2043, 2, 10),
    (2044, 1, 30),
    (2045, 2, 17),
    (2046, 2, 6),
    (2047, 1, 26),
    (2048, 2, 14),
    (2049, 2, 2),
    (2050, 1, 23),
];

#[test]
fn tet_matches_the_known_dates_1990_to_2050() {
    let mut wrong = Vec::new();
    for (y, m, dd) in TET_1990_2050 {
        let got = lunar_new_year(y).unwrap();
        if got != d(y, m, dd) {
            wrong.push(format!("{y}: expected {}, computed {got}", d(y, m, dd)));
        }
        assert_eq!(
            solar_to_lunar(got).unwrap(),
            LunarDate {
                day: 1,
                month: 1,
                year: y,
                leap: false
            }
        );
    }
    assert!(
        wrong.is_empty(),
        "Tết (Điều 112 lunar holiday) wrong for: {wrong:#?}"
    );
}

#[test]
fn tet_where_vietnam_and_china_differ() {
    // Tết Mậu Thân 1968: Vietnam 29 Jan, China 30 Jan.
    assert_eq!(lunar_new_year(1968).unwrap(), d(1968, 1, 29));
    // 1969: Vietnam 16 Feb, China 17 Feb.
    assert_eq!(lunar_new_year(1969).unwrap(), d(1969, 2, 16));
    // 1985: Vietnam 21 Jan, China 20 Feb — a month apart (different month 11 and leap month).
    assert_eq!(lunar_new_year(1985).unwrap(), d(1985, 1, 21));
    assert_eq!(lunar_new_year(2007).unwrap(), d(2007, 2, 17));
    assert_eq!(lunar_new_year(2030).unwrap(), d(2030, 2, 2));
}

#[test]
fn hung_kings_day_is_the_10th_of_the_3rd_lunar_month() {
    // Giỗ Tổ Hùng Vương (Điều 112): 29 Apr 2023, 18 Apr 2024, 7 Apr 2025, 26 Apr 2026.
    for (y, m, dd) in [(2023, 4, 29), (2024, 4, 18), (2025, 4, 7), (2026, 4, 26)] {
        assert_eq!(lunar_to_solar(10, 3, y, false).unwrap(), d(y, m, dd), "{y}");
    }
}

#[test]
fn known_leap_months() {
    let known = [
        (2004, 2),
        (2006, 7),
        (2009, 5),
        (2012, 4),
        (2014, 9),
        (2017, 6),
        (2020, 4),
        (2023, 2),
        (2025, 6),
        (2028, 5),
        (2031, 3),
        (2033, 11),
    ];
    for (y, m) in known {
        assert_eq!(leap_month(y).unwrap(), Some(m), "leap month of {y}");
    }
    for y in [2021, 2022, 2024, 2026, 2027] {
        assert_eq!(leap_month(y).unwrap(), None, "{y} has no leap month");
    }
}

#[test]
fn nonexistent_lunar_dates_are_invalid_input() {
    // 2026 has no leap month.
    let e = lunar_to_solar(1, 3, 2026, true).unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidInput);
    assert!(e.message_vi.contains("nhuận"));
    // The 12th month of lunar 2025 has 29 days (Tết 2026 on 17 Feb follows 29 tháng Chạp).
    assert_eq!(solar_to_lunar(d(2026, 2, 16)).unwrap().day, 29);
    assert_eq!(
        lunar_to_solar(30, 12, 2025, false).unwrap_err().code,
        ErrorCode::InvalidInput
    );
    assert_eq!(
        lunar_to_solar(0, 1, 2026, false).unwrap_err().code,
        ErrorCode::InvalidInput
    );
    assert_eq!(
        lunar_to_solar(1, 13, 2026, false).unwrap_err().code,
        ErrorCode::InvalidInput
    );
}

#[test]
fn range_edges() {
    assert_eq!(solar_to_lunar(LUNAR_MIN).unwrap().year, 1899);
    assert_eq!(lunar_new_year(1900).unwrap(), d(1900, 1, 31));
    assert_eq!(solar_to_lunar(LUNAR_MAX).unwrap().year, 2199);
    for bad in [d(1899, 12, 31), d(2200, 1, 1)] {
        assert_eq!(
            solar_to_lunar(bad).unwrap_err().code,
            ErrorCode::DateOutOfRange
        );
    }
    // Lunar 12/2199 begins in 2200: beyond the solar range.
    assert_eq!(
        lunar_to_solar(1, 12, 2199, false).unwrap_err().code,
        ErrorCode::DateOutOfRange
    );
}

/// Day by day through 1990–2050: lunar days advance by one, and a new month starts after day 29
/// or 30; Tết comes exactly after month 12.
#[test]
fn lunar_days_advance_one_by_one() {
    let mut prev = solar_to_lunar(d(1989, 12, 31)).unwrap();
    let mut day = d(1990, 1, 1);
    while day.year() <= 2050 {
        let cur = solar_to_lunar(day).unwrap();
        if cur.day == 1 {
            assert!(
                prev.day == 29 || prev.day == 30,
                "{day}: month of {} days",
                prev.day
            );
            if cur.month == 1 && !cur.leap {
                assert_eq!((prev.month, cur.year), (12, prev.year + 1), "{day}");
            } else if cur.leap {
                assert_eq!(
                    (cur.month, cur.year),
                    (prev.month, prev.year),
                    "{day}: leap"
                );
            } else {
                assert_eq!((cur.month, cur.year), (prev.month + 1, prev.year), "{day}");
            }
        } else {
            assert_eq!(
                (cur.day, cur.month, cur.year, cur.leap),
                (prev.day + 1, prev.month, prev.year, prev.leap),
                "{day}"
            );
        }
        prev = cur;
        day = day.succ_opt().unwrap();
    }
}

/// Every day of the first and last supported years converts back to itself.
#[test]
fn round_trip_at_the_range_edges() {
    for (from, to) in [
        (d(1900, 1, 1), d(1900, 12, 31)),
        (d(2199, 1, 1), d(2199, 12, 31)),
    ] {
        for day in from.iter_days().take_while(|x| *x <= to) {
            let l = solar_to_lunar(day).unwrap();
            assert_eq!(lunar_to_solar(l.day, l.month, l.year, l.leap).unwrap(), day);
        }
    }
}
