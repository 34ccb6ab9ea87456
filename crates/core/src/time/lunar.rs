//! The Vietnamese lunisolar calendar (âm lịch), computed astronomically for UTC+07:00.
//!
//! Legal basis: the lunar public holidays of Điều 112 Bộ luật Lao động 2019 (Tết, Hùng Kings'
//! day) are lunar dates of the Vietnamese calendar, which is computed for Vietnam's meridian
//! (UTC+7) and so occasionally differs from the Chinese calendar computed for UTC+8
//! (`legal/README.md` §4). Examples: Tết 1985 fell on 21 Jan in Vietnam but 20 Feb in China;
//! Tết 2007 on 17 Feb in Vietnam but 18 Feb in China.
//!
//! Method (Hồ Ngọc Đức's published algorithm, itself after Jean Meeus): a month starts on the
//! local day of a new moon; month 11 is the month containing the winter solstice; a year from one
//! month 11 to the next with 13 months has a leap month, the first month after month 11 that
//! contains no major solar term (the sun does not enter a new 30° sector of longitude), and it
//! repeats the previous month's number. Supported solar days: 1900-01-01 to 2199-12-31.
//!
//! During development the lunar new year computed here was compared, for every year 1900–2199,
//! with one derived from an independent ephemeris (VSOP87/ELP2000 new moons and solar terms, same
//! rules): they agree for 1900–2174; 2175 and 2199 differ by a day because a new moon falls within
//! minutes of midnight, below the precision of either method so far ahead.

use crate::error::{Error, ErrorCode, Result};
use chrono::{Datelike, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::f64::consts::PI;

/// Hours east of UTC used for every lunar computation (Vietnam).
const TZ_HOURS: f64 = 7.0;
/// Julian day number of 1900-01-01 minus one: the new-moon series' reference.
const JD_1900_JAN_0: f64 = 2_415_021.076_998_695;
/// Mean synodic month, in days.
const SYNODIC: f64 = 29.530_588_853;
/// Julian day number minus `NaiveDate::num_days_from_ce`.
const JD_CE_SHIFT: i64 = 1_721_425;

/// A day of the Vietnamese lunar calendar.
///
/// ```
/// use quyche::time::{solar_to_lunar, LunarDate};
/// use chrono::NaiveDate;
/// let tet = solar_to_lunar(NaiveDate::from_ymd_opt(2026, 2, 17).unwrap()).unwrap();
/// assert_eq!(tet, LunarDate { day: 1, month: 1, year: 2026, leap: false });
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct LunarDate {
    /// Day of the month, 1–30.
    pub day: u8,
    /// Month number, 1–12 (a leap month repeats the number of the month before it).
    pub month: u8,
    /// Lunar year, named by the solar year in which its month 1 begins.
    pub year: i32,
    /// True in a leap month (tháng nhuận).
    #[serde(default)]
    pub leap: bool,
}

/// First solar day the lunar functions accept.
pub const LUNAR_MIN: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(d) => d,
    None => panic!("valid date"),
};
/// Last solar day the lunar functions accept.
pub const LUNAR_MAX: NaiveDate = match NaiveDate::from_ymd_opt(2199, 12, 31) {
    Some(d) => d,
    None => panic!("valid date"),
};

/// The lunar date of a solar day (Vietnamese calendar, UTC+7).
///
/// Errors with [`ErrorCode::DateOutOfRange`] outside 1900-01-01 ..= 2199-12-31.
///
/// ```
/// use quyche::time::solar_to_lunar;
/// use chrono::NaiveDate;
/// // Hùng Kings' day 2026 (10th day of the 3rd lunar month).
/// let l = solar_to_lunar(NaiveDate::from_ymd_opt(2026, 4, 26).unwrap()).unwrap();
/// assert_eq!((l.day, l.month, l.year, l.leap), (10, 3, 2026, false));
/// ```
pub fn solar_to_lunar(date: NaiveDate) -> Result<LunarDate> {
    check_solar(date)?;
    let jd = julian_day(date);
    let mut start_year = date.year();
    if month11(start_year) > jd {
        start_year -= 1;
    }
    let months = sui_months(start_year);
    // The last month starting on or before `jd` (the list ends with the next month 11).
    let i = months.iter().rposition(|m| m.start <= jd).unwrap_or(0);
    let m = months[i];
    Ok(LunarDate {
        day: (jd - m.start + 1) as u8,
        month: m.month,
        year: m.year,
        leap: m.leap,
    })
}

/// The solar day of a lunar date (Vietnamese calendar, UTC+7).
///
/// Errors, each pointing at the argument at fault: [`ErrorCode::InvalidInput`] when the date
/// does not exist (month not 1–12 at `/month`, day not 1–30 or day 30 of a 29-day month at
/// `/day`, `leap` for a month that is not leap that year at `/leap`);
/// [`ErrorCode::DateOutOfRange`] at `/year` when the solar day falls outside 1900-01-01 ..=
/// 2199-12-31.
///
/// ```
/// use quyche::time::lunar_to_solar;
/// use chrono::NaiveDate;
/// assert_eq!(lunar_to_solar(1, 1, 1985, false).unwrap(), NaiveDate::from_ymd_opt(1985, 1, 21).unwrap());
/// let e = lunar_to_solar(1, 2, 2025, true).unwrap_err();
/// assert_eq!((e.code.as_str(), e.path.as_deref()), ("INVALID_INPUT", Some("/leap")));
/// assert_eq!(lunar_to_solar(31, 1, 2026, false).unwrap_err().path.as_deref(), Some("/day"));
/// ```
pub fn lunar_to_solar(day: u8, month: u8, year: i32, leap: bool) -> Result<NaiveDate> {
    let refused = |path: &str| no_such_day(day, month, year, leap).at(path);
    if !(1..=12).contains(&month) {
        return Err(refused("/month"));
    }
    if !(1..=30).contains(&day) {
        return Err(refused("/day"));
    }
    if !(LUNAR_MIN.year() - 1..=LUNAR_MAX.year()).contains(&year) {
        return Err(out_of_range_lunar(year).at("/year"));
    }
    // Months 11 and 12 of lunar year Y lie in the span that starts at month 11 of solar year Y.
    let start_year = if month >= 11 { year } else { year - 1 };
    let months = sui_months(start_year);
    let found = months
        .windows(2)
        .find(|w| w[0].month == month && w[0].leap == leap && w[0].year == year);
    let Some(w) = found else {
        // Only a leap month can be missing: the year repeats no month, or another one.
        return Err(refused("/leap"));
    };
    if i64::from(day) > w[1].start - w[0].start {
        return Err(refused("/day"));
    }
    let date = from_julian_day(w[0].start + i64::from(day) - 1)
        .ok_or_else(|| out_of_range_lunar(year).at("/year"))?;
    check_solar(date).map_err(|_| out_of_range_lunar(year).at("/year"))?;
    Ok(date)
}

/// Tết: the solar day of lunar new year's day (1/1) of lunar year `year` (1900–2199).
///
/// ```
/// use quyche::time::lunar_new_year;
/// use chrono::NaiveDate;
/// // Vietnam's Tết 2007 came one day before China's (18 Feb).
/// assert_eq!(lunar_new_year(2007).unwrap(), NaiveDate::from_ymd_opt(2007, 2, 17).unwrap());
/// ```
pub fn lunar_new_year(year: i32) -> Result<NaiveDate> {
    lunar_to_solar(1, 1, year, false)
}

/// The leap month of lunar year `year`, if it has one (the number it repeats), e.g. `Some(6)`
/// for 2025.
pub fn leap_month(year: i32) -> Result<Option<u8>> {
    if !(LUNAR_MIN.year()..=LUNAR_MAX.year()).contains(&year) {
        return Err(out_of_range_lunar(year));
    }
    let mut found = None;
    for start_year in [year - 1, year] {
        for m in sui_months(start_year) {
            if m.year == year && m.leap {
                found = Some(m.month);
            }
        }
    }
    Ok(found)
}

/// The number of days (29 or 30) of a lunar month.
pub fn month_length(month: u8, year: i32, leap: bool) -> Result<u8> {
    lunar_to_solar(1, month, year, leap)?;
    match lunar_to_solar(30, month, year, leap) {
        Ok(_) => Ok(30),
        Err(e) if e.code == ErrorCode::InvalidInput => Ok(29),
        Err(e) => Err(e),
    }
}

fn check_solar(date: NaiveDate) -> Result<()> {
    if date < LUNAR_MIN || date > LUNAR_MAX {
        return Err(Error::new(
            ErrorCode::DateOutOfRange,
            format!("{date} is outside the lunar calendar's range 1900-01-01 to 2199-12-31"),
            format!(
                "ngày {} nằm ngoài phạm vi âm lịch được tính (01/01/1900 đến 31/12/2199)",
                date.format("%d/%m/%Y")
            ),
        ));
    }
    Ok(())
}

fn out_of_range_lunar(year: i32) -> Error {
    Error::new(
        ErrorCode::DateOutOfRange,
        format!("lunar year {year} is outside the supported range (solar days 1900–2199)"),
        format!("năm âm lịch {year} nằm ngoài phạm vi được tính (dương lịch 1900–2199)"),
    )
}

fn no_such_day(day: u8, month: u8, year: i32, leap: bool) -> Error {
    let (l_en, l_vi) = if leap {
        (" (leap)", " nhuận")
    } else {
        ("", "")
    };
    Error::new(
        ErrorCode::InvalidInput,
        format!("lunar day {day} of month {month}{l_en} of year {year} does not exist"),
        format!("không có ngày {day} tháng {month}{l_vi} năm {year} âm lịch"),
    )
}

/// One lunar month of a span between two months 11.
#[derive(Debug, Clone, Copy)]
struct Month {
    start: i64,
    month: u8,
    year: i32,
    leap: bool,
}

/// The months from month 11 of solar year `y` (the one containing the winter solstice) up to and
/// including month 11 of `y + 1` (which closes the list): 13 or 14 entries.
fn sui_months(y: i32) -> Vec<Month> {
    let a11 = month11(y);
    let b11 = month11(y + 1);
    let k = ((a11 as f64 - JD_1900_JAN_0) / SYNODIC + 0.5).floor() as i64;
    // A span of 13 lunations (more than 365 days) holds a leap month.
    let leap_at = if b11 - a11 > 365 {
        Some(leap_month_offset(k))
    } else {
        None
    };
    let count = if leap_at.is_some() { 13 } else { 12 };
    let mut out = Vec::with_capacity(count + 1);
    for i in 0..count {
        // Position in the 11, 12, 1, …, 10 cycle, not counting the leap month itself.
        let pos = match leap_at {
            Some(l) if i >= l => i - 1,
            _ => i,
        };
        let month = ((pos + 10) % 12 + 1) as u8;
        out.push(Month {
            start: new_moon_day(k + i as i64),
            month,
            // The first months 11 and 12 of the span belong to lunar year y.
            year: if month >= 11 && i < 4 { y } else { y + 1 },
            leap: leap_at == Some(i),
        });
    }
    out.push(Month {
        start: b11,
        month: 11,
        year: y + 1,
        leap: false,
    });
    out
}

/// Julian day number of the first day of month 11 of solar year `y` (UTC+7).
fn month11(y: i32) -> i64 {
    let dec31 = NaiveDate::from_ymd_opt(y, 12, 31).map_or(0, julian_day);
    let off = (dec31 - 2_415_021) as f64;
    let k = (off / SYNODIC).floor() as i64;
    let nm = new_moon_day(k);
    // Sun longitude sector at the new moon: ≥ 270° means the solstice has passed already.
    if sun_sector(nm) >= 9 {
        new_moon_day(k - 1)
    } else {
        nm
    }
}

/// Index (1-based, after month 11) of the first month without a major solar term.
fn leap_month_offset(k: i64) -> usize {
    let mut i = 1;
    let mut arc = sun_sector(new_moon_day(k + i as i64));
    loop {
        let last = arc;
        i += 1;
        arc = sun_sector(new_moon_day(k + i as i64));
        if arc == last || i >= 14 {
            break;
        }
    }
    i - 1
}

/// The local (UTC+7) day number of the `k`-th new moon after 1900-01-01.
fn new_moon_day(k: i64) -> i64 {
    (new_moon(k) + 0.5 + TZ_HOURS / 24.0).floor() as i64
}

/// The 30° sector (0–11) of the sun's longitude at local midnight starting day `jd`.
fn sun_sector(jd: i64) -> i64 {
    (sun_longitude(jd as f64 - 0.5 - TZ_HOURS / 24.0) / PI * 6.0).floor() as i64
}

/// Julian date (TT≈UT) of the `k`-th new moon after 1900-01-01 (Meeus, "Astronomical
/// Algorithms", abridged series as used by Hồ Ngọc Đức).
fn new_moon(k: i64) -> f64 {
    let k = k as f64;
    let t = k / 1236.85;
    let t2 = t * t;
    let t3 = t2 * t;
    let dr = PI / 180.0;
    let mut jd1 = 2_415_020.759_33 + 29.530_588_68 * k + 0.000_117_8 * t2 - 0.000_000_155 * t3;
    jd1 += 0.000_33 * ((166.56 + 132.87 * t - 0.009_173 * t2) * dr).sin();
    let m = 359.2242 + 29.105_356_08 * k - 0.000_033_3 * t2 - 0.000_003_47 * t3;
    let mpr = 306.0253 + 385.816_918_06 * k + 0.010_730_6 * t2 + 0.000_012_36 * t3;
    let f = 21.2964 + 390.670_506_46 * k - 0.001_652_8 * t2 - 0.000_002_39 * t3;
    let mut c1 = (0.1734 - 0.000_393 * t) * (m * dr).sin() + 0.0021 * (2.0 * dr * m).sin();
    c1 = c1 - 0.4068 * (mpr * dr).sin() + 0.0161 * (dr * 2.0 * mpr).sin();
    c1 -= 0.0004 * (dr * 3.0 * mpr).sin();
    c1 = c1 + 0.0104 * (dr * 2.0 * f).sin() - 0.0051 * (dr * (m + mpr)).sin();
    c1 = c1 - 0.0074 * (dr * (m - mpr)).sin() + 0.0004 * (dr * (2.0 * f + m)).sin();
    c1 = c1 - 0.0004 * (dr * (2.0 * f - m)).sin() - 0.0006 * (dr * (2.0 * f + mpr)).sin();
    c1 = c1 + 0.0010 * (dr * (2.0 * f - mpr)).sin() + 0.0005 * (dr * (2.0 * mpr + m)).sin();
    let deltat = if t < -11.0 {
        0.001 + 0.000_839 * t + 0.000_226_1 * t2 - 0.000_008_45 * t3 - 0.000_000_081 * t * t3
    } else {
        -0.000_278 + 0.000_265 * t + 0.000_262 * t2
    };
    jd1 + c1 - deltat
}

/// The sun's apparent longitude (radians, 0–2π) at Julian date `jdn`.
fn sun_longitude(jdn: f64) -> f64 {
    let t = (jdn - 2_451_545.0) / 36_525.0;
    let t2 = t * t;
    let dr = PI / 180.0;
    let m = 357.529_10 + 35_999.050_30 * t - 0.000_155_9 * t2 - 0.000_000_48 * t * t2;
    let l0 = 280.466_45 + 36_000.769_83 * t + 0.000_303_2 * t2;
    let mut dl = (1.914_600 - 0.004_817 * t - 0.000_014 * t2) * (dr * m).sin();
    dl += (0.019_993 - 0.000_101 * t) * (dr * 2.0 * m).sin() + 0.000_290 * (dr * 3.0 * m).sin();
    let l = (l0 + dl) * dr;
    l - 2.0 * PI * (l / (2.0 * PI)).floor()
}

/// Julian day number of a (proleptic Gregorian) date.
fn julian_day(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce()) + JD_CE_SHIFT
}

fn from_julian_day(jd: i64) -> Option<NaiveDate> {
    i32::try_from(jd - JD_CE_SHIFT)
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }

    #[test]
    fn julian_day_matches_the_standard_epoch() {
        // 2000-01-01 is JDN 2451545 (noon epoch J2000.0).
        assert_eq!(julian_day(d(2000, 1, 1)), 2_451_545);
        assert_eq!(from_julian_day(2_451_545), Some(d(2000, 1, 1)));
    }

    #[test]
    fn spans_have_twelve_or_thirteen_months() {
        for y in 1899..=2199 {
            let n = sui_months(y).len();
            assert!(n == 13 || n == 14, "span from month 11 of {y}: {n} entries");
        }
    }

    #[test]
    fn leap_month_2025_is_the_sixth() {
        // 2025 (Ất Tỵ) has a leap 6th month starting 25 Jul 2025.
        assert_eq!(leap_month(2025).unwrap(), Some(6));
        assert_eq!(lunar_to_solar(1, 6, 2025, true).unwrap(), d(2025, 7, 25));
        assert_eq!(leap_month(2026).unwrap(), None);
    }

    #[test]
    fn out_of_range_is_date_out_of_range() {
        assert_eq!(
            solar_to_lunar(d(1899, 12, 31)).unwrap_err().code,
            ErrorCode::DateOutOfRange
        );
        assert_eq!(
            solar_to_lunar(d(2200, 1, 1)).unwrap_err().code,
            ErrorCode::DateOutOfRange
        );
        assert_eq!(
            lunar_to_solar(1, 1, 2300, false).unwrap_err().code,
            ErrorCode::DateOutOfRange
        );
    }

    #[test]
    fn month_lengths_are_29_or_30() {
        let total: u32 = (1..=12)
            .map(|m| u32::from(month_length(m, 2026, false).unwrap()))
            .sum();
        // 2026 has 12 months: 354 or 355 days, from Tết 2026 to Tết 2027.
        assert_eq!(
            i64::from(total),
            (d(2027, 2, 6) - d(2026, 2, 17)).num_days()
        );
    }
}
