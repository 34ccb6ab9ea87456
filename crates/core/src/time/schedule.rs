//! Official yearly schedules of days off and swapped working days, loaded as data.
//!
//! Điều 112 Bộ luật Lao động 2019 leaves the exact days of Tết and the day next to National Day
//! to the Prime Minister each year (`legal/README.md` §4). A [`Schedule`] records such a decision:
//! for each holiday it names, its ranges of days off **replace** the computed default of that
//! holiday in that year; `working_days` are days (usually Saturdays) made working days in
//! exchange. Only schedules in the legal pack ship with the crate ([`builtin_schedules`]).

use super::holidays::{HolidayKind, is_weekend};
use super::lunar::{LUNAR_MAX, LUNAR_MIN};
use crate::error::{Error, ErrorCode, Result};
use crate::law::{Citation, Status};
use crate::text::Label;
use chrono::{Datelike, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A run of consecutive days off (both ends included) given for one holiday.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct DaysOff {
    /// The holiday these days belong to; its computed default is replaced for the year.
    pub holiday: HolidayKind,
    /// First day off.
    pub from: NaiveDate,
    /// Last day off (inclusive).
    pub to: NaiveDate,
}

impl DaysOff {
    /// Every day of the run.
    pub fn dates(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        self.from.iter_days().take_while(|d| *d <= self.to)
    }
}

/// An official schedule of one year's days off (e.g. the Prime Minister's Tết schedule for civil
/// servants).
///
/// ```
/// use quyche::time::{Schedule, HolidayKind};
/// let s = Schedule::from_json_str(r#"{
///   "year": 2026,
///   "days_off": [{"holiday": "tet", "from": "2026-02-14", "to": "2026-02-22"}],
///   "source": {"vi": "Lịch nghỉ Tết 2026", "en": "Tết 2026 schedule"},
///   "status": "C"
/// }"#).unwrap();
/// assert_eq!(s.covers(), vec![HolidayKind::Tet]);
/// assert_eq!(s.days_off_dates().count(), 9);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Schedule {
    /// The year whose holidays the schedule fixes (days may reach into December of the year
    /// before and January of the year after, e.g. a New Year break).
    pub year: i32,
    /// Days off, by holiday. For every holiday named here (other than
    /// [`HolidayKind::Other`]) the computed default days of `year` are replaced.
    pub days_off: Vec<DaysOff>,
    /// Days made working days in exchange (làm bù), usually Saturdays.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub working_days: Vec<NaiveDate>,
    /// Who decided it and where it was read.
    pub source: Label,
    /// The decision's citation, when its number is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citation: Option<Citation>,
    /// How sure the schedule is (`legal/README.md` status).
    pub status: Status,
    /// Remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}

impl Schedule {
    /// Parses and validates a schedule from JSON. Errors carry the JSON pointer of the bad field:
    /// [`ErrorCode::InvalidJson`] for syntax, [`ErrorCode::InvalidInput`] for shape or
    /// inconsistent days, [`ErrorCode::DateOutOfRange`] for a year outside 1900–2199.
    pub fn from_json_str(text: &str) -> Result<Schedule> {
        let s: Schedule = crate::json::from_str(text)?;
        s.validate()?;
        Ok(s)
    }

    /// The holidays whose computed defaults this schedule replaces (sorted, without
    /// [`HolidayKind::Other`]).
    pub fn covers(&self) -> Vec<HolidayKind> {
        let mut kinds: Vec<HolidayKind> = self
            .days_off
            .iter()
            .map(|r| r.holiday)
            .filter(|k| *k != HolidayKind::Other)
            .collect();
        kinds.sort();
        kinds.dedup();
        kinds
    }

    /// Every day off with its holiday, in the order given.
    pub fn days_off_dates(&self) -> impl Iterator<Item = (NaiveDate, HolidayKind)> + '_ {
        self.days_off
            .iter()
            .flat_map(|r| r.dates().map(move |d| (d, r.holiday)))
    }

    /// Checks the schedule: year in 1900–2199, each run ordered and at most 31 days, every day
    /// between 1 Dec of the year before and 31 Jan of the year after, no day both off and
    /// working. Paths are JSON pointers into the schedule.
    pub fn validate(&self) -> Result<()> {
        if !(LUNAR_MIN.year()..=LUNAR_MAX.year()).contains(&self.year) {
            return Err(Error::new(
                ErrorCode::DateOutOfRange,
                format!("schedule year {} is outside 1900–2199", self.year),
                format!("năm của lịch nghỉ {} nằm ngoài khoảng 1900–2199", self.year),
            )
            .at("/year"));
        }
        if self.source.vi.trim().is_empty() || self.source.en.trim().is_empty() {
            return Err(Error::invalid(
                "/source",
                "a schedule must name its source in Vietnamese and English",
                "lịch nghỉ phải ghi nguồn bằng tiếng Việt và tiếng Anh",
            ));
        }
        let (lo, hi) = self.window();
        let in_window = |d: NaiveDate, path: String| {
            if d < lo || d > hi {
                Err(Error::invalid(
                    path,
                    format!("{d} is outside the schedule's window {lo} to {hi}"),
                    format!("ngày {d} nằm ngoài khoảng {lo} đến {hi} của lịch nghỉ"),
                ))
            } else {
                Ok(())
            }
        };
        for (i, r) in self.days_off.iter().enumerate() {
            if r.to < r.from {
                return Err(Error::invalid(
                    format!("/days_off/{i}/to"),
                    format!("days off end ({}) before they start ({})", r.to, r.from),
                    format!("ngày kết thúc ({}) trước ngày bắt đầu ({})", r.to, r.from),
                ));
            }
            in_window(r.from, format!("/days_off/{i}/from"))?;
            in_window(r.to, format!("/days_off/{i}/to"))?;
            if (r.to - r.from).num_days() >= 31 {
                return Err(Error::invalid(
                    format!("/days_off/{i}"),
                    "a run of days off is longer than 31 days",
                    "một đợt nghỉ dài hơn 31 ngày",
                ));
            }
        }
        for (i, w) in self.working_days.iter().enumerate() {
            let path = format!("/working_days/{i}");
            in_window(*w, path.clone())?;
            if self.days_off_dates().any(|(d, _)| d == *w) {
                return Err(Error::invalid(
                    path,
                    format!("{w} is listed both as a day off and as a working day"),
                    format!("ngày {w} vừa là ngày nghỉ vừa là ngày làm việc"),
                ));
            }
            if !is_weekend(*w) {
                return Err(Error::invalid(
                    path,
                    format!(
                        "{w} is a weekday: only a Saturday or Sunday can be swapped into a working day"
                    ),
                    format!(
                        "ngày {w} là ngày thường: chỉ thứ Bảy hoặc Chủ nhật mới được đổi thành ngày làm việc"
                    ),
                ));
            }
        }
        Ok(())
    }

    /// The days a schedule for `year` may touch: 1 Dec of the year before to 31 Jan of the
    /// year after.
    fn window(&self) -> (NaiveDate, NaiveDate) {
        let lo = NaiveDate::from_ymd_opt(self.year - 1, 12, 1).unwrap_or(LUNAR_MIN);
        let hi = NaiveDate::from_ymd_opt(self.year + 1, 1, 31).unwrap_or(LUNAR_MAX);
        (lo, hi)
    }
}

/// The schedules in `legal/README.md` §4, shipped in `crates/core/data/holidays/`: so far only
/// Tết 2026 for civil servants, 14–22 Feb 2026 (C).
pub fn builtin_schedules() -> Vec<Schedule> {
    BUILTIN
        .iter()
        .map(|(name, text)| match Schedule::from_json_str(text) {
            Ok(s) => s,
            // The files are compiled in and checked by this crate's tests: not user input.
            Err(e) => panic!("built-in schedule {name} is invalid: {e}"),
        })
        .collect()
}

const BUILTIN: [(&str, &str); 1] = [("2026.json", include_str!("../../data/holidays/2026.json"))];

#[cfg(test)]
mod tests {
    use super::*;

    fn tet2026() -> &'static str {
        BUILTIN[0].1
    }

    #[test]
    fn builtin_schedules_parse() {
        let s = builtin_schedules();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].status, Status::Confirmed);
    }

    #[test]
    fn reversed_range_points_at_its_end() {
        let text = tet2026().replace("\"2026-02-22\"", "\"2026-02-10\"");
        let e = Schedule::from_json_str(&text).unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidInput);
        assert_eq!(e.path.as_deref(), Some("/days_off/0/to"));
    }

    #[test]
    fn bad_date_points_at_the_field() {
        let text = tet2026().replace("\"2026-02-14\"", "\"2026-02-30\"");
        let e = Schedule::from_json_str(&text).unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidInput);
        assert_eq!(e.path.as_deref(), Some("/days_off/0/from"));
    }

    #[test]
    fn unknown_holiday_kind_is_refused() {
        let text = tet2026().replace("\"tet\"", "\"christmas\"");
        let e = Schedule::from_json_str(&text).unwrap_err();
        assert_eq!(e.path.as_deref(), Some("/days_off/0/holiday"));
    }

    #[test]
    fn a_day_both_off_and_working_is_refused() {
        let mut s = Schedule::from_json_str(tet2026()).unwrap();
        s.working_days
            .push(NaiveDate::from_ymd_opt(2026, 2, 14).unwrap());
        let e = s.validate().unwrap_err();
        assert_eq!(e.path.as_deref(), Some("/working_days/0"));
    }

    #[test]
    fn days_outside_the_year_window_are_refused() {
        let text = tet2026().replace("\"2026-02-14\"", "\"2025-11-30\"");
        let e = Schedule::from_json_str(&text).unwrap_err();
        assert_eq!(e.path.as_deref(), Some("/days_off/0/from"));
    }

    #[test]
    fn year_out_of_range() {
        let text = tet2026().replace("\"year\": 2026", "\"year\": 2300");
        let e = Schedule::from_json_str(&text).unwrap_err();
        assert_eq!(e.code, ErrorCode::DateOutOfRange);
        assert_eq!(e.path.as_deref(), Some("/year"));
    }
}
