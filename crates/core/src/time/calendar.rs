//! The working-day calendar of Vietnamese state bodies: Monday–Friday (`legal/README.md` §4)
//! minus the public holidays of Điều 112 Bộ luật Lao động 2019, with official yearly schedules
//! overriding the computed defaults, and deadline arithmetic that explains itself.
//!
//! Every answer ([`DayCount`], [`HourDeadline`]) lists the holidays it skipped or crossed and
//! carries a [`Status`]: it is only as sure as the least sure holiday it rests on, and it is U
//! when its span touches a Tết or National Day period that no loaded official schedule fixes (the
//! Prime Minister may place days off there that the defaults do not know).

use super::holidays::{
    Holiday, HolidayKind, HolidayOrigin, holiday_citation, is_weekend, next_day, statutory_holidays,
};
use super::lunar::{LUNAR_MAX, LUNAR_MIN, LunarDate, lunar_new_year, solar_to_lunar};
use super::schedule::{Schedule, builtin_schedules};
use super::vn::{to_vn, vn_date};
use crate::error::{Error, ErrorCode, Result};
use crate::law::Status;
use crate::text::Label;
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, TimeDelta};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::sync::OnceLock;

/// How the calendar treats questions the law leaves open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct CalendarOptions {
    /// Give a compensatory day off (nghỉ bù) on the next free weekday when a holiday falls on a
    /// Saturday or Sunday, or on the same day as another holiday. **Default: on**: the labour
    /// law's rule (its citation and status are data, `data/vietnam/labour-code.json`). Official
    /// schedules are taken as they are: holidays a schedule covers get no computed compensatory
    /// day.
    #[serde(default = "yes")]
    pub compensatory_days: bool,
}

fn yes() -> bool {
    true
}

impl Default for CalendarOptions {
    fn default() -> Self {
        CalendarOptions {
            compensatory_days: true,
        }
    }
}

/// The data a [`WorkCalendar`] is built from (its serialised form).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct CalendarConfig {
    /// Options for questions the law leaves open.
    #[serde(default)]
    pub options: CalendarOptions,
    /// Official yearly schedules overriding the computed defaults.
    #[serde(default)]
    pub schedules: Vec<Schedule>,
}

/// The result of counting working days: the date reached, the working days counted, and what
/// was skipped on the way.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct DayCount {
    /// Where the count starts.
    pub from: NaiveDate,
    /// Where it ends (the deadline, for [`WorkCalendar::add_working_days`]).
    pub date: NaiveDate,
    /// Working days from `from` (exclusive) to `date` (inclusive); negative when `date` is before
    /// `from`.
    pub working_days: i64,
    /// Holidays on the non-working days passed over, in date order.
    pub skipped: Vec<Holiday>,
    /// Plain weekend days (Saturday, Sunday without a holiday) passed over.
    pub weekend_days: u32,
    /// The weakest status among the facts the answer rests on.
    pub status: Status,
    /// Why the status is not C, one line per reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Label>,
}

/// An hour-based deadline. Hour limits in the legal environment ("trong 24 giờ",
/// `legal/README.md` §2) run in **calendar hours**: nights, weekends and holidays do not pause
/// them. The holidays the period crosses are listed for information only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct HourDeadline {
    /// Start of the period, in Vietnam time.
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize",
        deserialize_with = "crate::time::rfc3339::deserialize"
    )]
    pub start: DateTime<FixedOffset>,
    /// Length in hours.
    pub hours: u32,
    /// End of the period, in Vietnam time.
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize",
        deserialize_with = "crate::time::rfc3339::deserialize"
    )]
    pub due: DateTime<FixedOffset>,
    /// Whether the Vietnam day of `due` is a working day.
    pub due_on_working_day: bool,
    /// Holidays on the Vietnam days from `start` to `due` (they do not pause the count).
    pub crossed: Vec<Holiday>,
}

/// Everything the calendar knows about one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct DayInfo {
    /// The day.
    pub date: NaiveDate,
    /// ISO weekday, 1 = Monday … 7 = Sunday.
    pub iso_weekday: u8,
    /// The Vietnamese lunar date.
    pub lunar: LunarDate,
    /// True when state bodies work that day.
    pub working: bool,
    /// True for a weekend day made a working day by an official schedule (ngày làm bù).
    pub swapped_working_day: bool,
    /// Holidays on that day.
    pub holidays: Vec<Holiday>,
}

/// The working-day calendar.
///
/// ```
/// use quyche::time::WorkCalendar;
/// use chrono::NaiveDate;
/// let cal = WorkCalendar::vietnam();
/// let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
/// // Friday 13 Feb 2026 + 1 working day: the official Tết break runs 14–22 Feb.
/// let due = cal.add_working_days(d(2026, 2, 13), 1).unwrap();
/// assert_eq!(due.date, d(2026, 2, 23));
/// assert_eq!(due.skipped.len(), 9);
/// ```
#[derive(Debug, Clone)]
pub struct WorkCalendar {
    options: CalendarOptions,
    schedules: Vec<Schedule>,
    /// Holidays belonging to each year (index = year − 1900), computed on first use.
    years: Vec<OnceLock<Vec<Holiday>>>,
}

impl Default for WorkCalendar {
    fn default() -> Self {
        WorkCalendar::vietnam()
    }
}

impl WorkCalendar {
    /// The calendar with default options and the built-in official schedules
    /// ([`builtin_schedules`]).
    pub fn vietnam() -> Self {
        Self::build(CalendarOptions::default(), builtin_schedules())
    }

    /// A calendar with `options` and `schedules` (no built-in schedule is added). Errors:
    /// an invalid schedule, or two schedules of one year naming the same holiday
    /// ([`ErrorCode::InvalidInput`], path `/schedules/<i>/…`).
    pub fn new(options: CalendarOptions, schedules: Vec<Schedule>) -> Result<Self> {
        for (i, s) in schedules.iter().enumerate() {
            s.validate()
                .map_err(|e| e.under(&format!("/schedules/{i}")))?;
            for (j, earlier) in schedules[..i].iter().enumerate() {
                if earlier.year != s.year {
                    continue;
                }
                if let Some(k) = s.days_off.iter().position(|r| {
                    r.holiday != HolidayKind::Other && earlier.covers().contains(&r.holiday)
                }) {
                    return Err(Error::invalid(
                        format!("/schedules/{i}/days_off/{k}/holiday"),
                        format!(
                            "schedules {j} and {i} both fix {:?} for {}",
                            s.days_off[k].holiday, s.year
                        ),
                        format!(
                            "lịch nghỉ {j} và {i} cùng quy định ngày nghỉ {} năm {}",
                            s.days_off[k].holiday.label().vi,
                            s.year
                        ),
                    ));
                }
            }
        }
        Ok(Self::build(options, schedules))
    }

    /// A calendar from its serialised configuration (see [`WorkCalendar::new`]).
    pub fn from_config(config: CalendarConfig) -> Result<Self> {
        Self::new(config.options, config.schedules)
    }

    /// The configuration this calendar was built from.
    pub fn config(&self) -> CalendarConfig {
        CalendarConfig {
            options: self.options,
            schedules: self.schedules.clone(),
        }
    }

    /// Adds an official schedule. It **replaces** any loaded schedule of the same year that
    /// names one of the same holidays (to correct or update built-in data).
    pub fn with_schedule(self, schedule: Schedule) -> Result<Self> {
        schedule.validate()?;
        let covers = schedule.covers();
        let mut schedules: Vec<Schedule> = self
            .schedules
            .into_iter()
            .filter(|s| s.year != schedule.year || !s.covers().iter().any(|k| covers.contains(k)))
            .collect();
        schedules.push(schedule);
        Self::new(self.options, schedules)
    }

    /// The options in use.
    pub fn options(&self) -> &CalendarOptions {
        &self.options
    }

    /// The official schedules in use.
    pub fn schedules(&self) -> &[Schedule] {
        &self.schedules
    }

    fn build(options: CalendarOptions, schedules: Vec<Schedule>) -> Self {
        let n = (LUNAR_MAX.year() - LUNAR_MIN.year() + 1) as usize;
        WorkCalendar {
            options,
            schedules,
            years: (0..n).map(|_| OnceLock::new()).collect(),
        }
    }

    /// True when state bodies work on `date`: a swapped working day of an official schedule, or a
    /// Monday–Friday that is no holiday. Errors with [`ErrorCode::DateOutOfRange`] outside
    /// 1900-01-01 ..= 2199-12-31.
    pub fn is_working_day(&self, date: NaiveDate) -> Result<bool> {
        Ok(self.state(date)?.0)
    }

    /// The holidays on `date` (several when holidays coincide).
    pub fn holidays_on(&self, date: NaiveDate) -> Result<Vec<Holiday>> {
        Ok(self.state(date)?.1)
    }

    /// Everything known about `date`: weekday, lunar date, working or not, holidays.
    pub fn day_info(&self, date: NaiveDate) -> Result<DayInfo> {
        let (working, holidays, swapped) = self.state(date)?;
        Ok(DayInfo {
            date,
            iso_weekday: date.weekday().number_from_monday() as u8,
            lunar: solar_to_lunar(date)?,
            working,
            swapped_working_day: swapped,
            holidays,
        })
    }

    /// Every holiday (statutory, default, official, compensatory) dated in solar year `year`,
    /// sorted by date.
    ///
    /// ```
    /// use quyche::time::{WorkCalendar, HolidayKind};
    /// let h = WorkCalendar::vietnam().holidays_in(2026).unwrap();
    /// // The official Tết 2026 schedule: 9 days off, 14–22 Feb.
    /// assert_eq!(h.iter().filter(|h| h.kind == HolidayKind::Tet).count(), 9);
    /// ```
    pub fn holidays_in(&self, year: i32) -> Result<Vec<Holiday>> {
        if !(LUNAR_MIN.year()..=LUNAR_MAX.year()).contains(&year) {
            return Err(out_of_range(
                &format!("year {year}"),
                &format!("năm {year}"),
            ));
        }
        let mut out = Vec::new();
        for y in year - 1..=year + 1 {
            if let Some(table) = self.year_table(y)? {
                out.extend(table.iter().filter(|h| h.date.year() == year).cloned());
            }
        }
        out.sort_by_key(|h| (h.date, h.kind));
        Ok(out)
    }

    /// The date `n` working days after `start`: the n-th working day strictly after `start`.
    /// `n = 0` gives `start` itself when it is a working day, else the next working day (an
    /// obligation due "on" a day off falls due on the next working day).
    ///
    /// `skipped` lists the holidays passed over: on the days after `start` up to the deadline
    /// (for `n = 0`: from `start` up to the day before the deadline). Errors with
    /// [`ErrorCode::DateOutOfRange`] when the count leaves 1900–2199.
    ///
    /// ```
    /// use quyche::time::WorkCalendar;
    /// use chrono::NaiveDate;
    /// let cal = WorkCalendar::vietnam();
    /// let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    /// // 1 Sep 2025 (Mon, default adjacent day) and 2 Sep 2025 (Tue, National Day) are off.
    /// let due = cal.add_working_days(d(2025, 8, 29), 2).unwrap();
    /// assert_eq!(due.date, d(2025, 9, 4));
    /// assert_eq!(due.status.code(), "U"); // the adjacent day is a default
    /// ```
    pub fn add_working_days(&self, start: NaiveDate, n: u32) -> Result<DayCount> {
        let mut tally = Tally::default();
        let mut d = start;
        let mut left = n;
        if n == 0 {
            loop {
                let (working, holidays, _) = self.state(d)?;
                if working {
                    break;
                }
                tally.skip(d, holidays);
                d = self.after(d)?;
            }
            return self.finish(start, d, 0, tally, start, d);
        }
        self.state(start)?;
        while left > 0 {
            d = self.after(d)?;
            let (working, holidays, _) = self.state(d)?;
            if working {
                left -= 1;
            } else {
                tally.skip(d, holidays);
            }
        }
        self.finish(start, d, i64::from(n), tally, start, d)
    }

    /// The number of working days after `a` up to and including `b` (negative when `b < a`),
    /// with what was skipped. `count_working_days(a, add_working_days(a, n).date)` is `n` for
    /// every `n ≥ 1`.
    pub fn count_working_days(&self, a: NaiveDate, b: NaiveDate) -> Result<DayCount> {
        let (lo, hi, sign) = if a <= b { (a, b, 1) } else { (b, a, -1) };
        self.state(lo)?;
        self.state(hi)?;
        let mut tally = Tally::default();
        let mut count = 0i64;
        let mut d = lo;
        while d < hi {
            d = next_day(d);
            let (working, holidays, _) = self.state(d)?;
            if working {
                count += 1;
            } else {
                tally.skip(d, holidays);
            }
        }
        self.finish(a, b, sign * count, tally, lo, hi)
    }

    /// The number of working days after `a` up to and including `b` (negative when `b < a`).
    ///
    /// ```
    /// use quyche::time::WorkCalendar;
    /// use chrono::NaiveDate;
    /// let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    /// let cal = WorkCalendar::vietnam();
    /// assert_eq!(cal.working_days_between(d(2026, 2, 13), d(2026, 2, 23)).unwrap(), 1);
    /// assert_eq!(cal.working_days_between(d(2026, 2, 23), d(2026, 2, 13)).unwrap(), -1);
    /// ```
    pub fn working_days_between(&self, a: NaiveDate, b: NaiveDate) -> Result<i64> {
        Ok(self.count_working_days(a, b)?.working_days)
    }

    /// `start` plus `hours` **calendar** hours, in Vietnam time. The laws' "trong 24 giờ" limits
    /// (`legal/README.md` §2) are calendar hours: nights, weekends and holidays count.
    ///
    /// ```
    /// use quyche::time::{WorkCalendar, parse_instant};
    /// let cal = WorkCalendar::vietnam();
    /// let t = parse_instant("2026-02-16T10:00:00+07:00").unwrap();
    /// assert_eq!(cal.add_hours(t, 24).unwrap().to_rfc3339(), "2026-02-17T10:00:00+07:00");
    /// ```
    pub fn add_hours(
        &self,
        start: DateTime<FixedOffset>,
        hours: u32,
    ) -> Result<DateTime<FixedOffset>> {
        to_vn(start)
            .checked_add_signed(TimeDelta::hours(i64::from(hours)))
            .ok_or_else(|| {
                out_of_range(
                    &format!("{start} + {hours} h"),
                    &format!("{} cộng {hours} giờ", start.format("%H:%M ngày %d/%m/%Y")),
                )
            })
    }

    /// [`WorkCalendar::add_hours`] with an explanation: whether the deadline falls on a working
    /// day and which holidays the period crosses (they do not pause it).
    pub fn explain_hours(&self, start: DateTime<FixedOffset>, hours: u32) -> Result<HourDeadline> {
        let start = to_vn(start);
        let due = self.add_hours(start, hours)?;
        let mut crossed = Vec::new();
        let mut d = vn_date(&start);
        loop {
            crossed.extend(self.state(d)?.1);
            if d >= vn_date(&due) {
                break;
            }
            d = next_day(d);
        }
        Ok(HourDeadline {
            start,
            hours,
            due,
            due_on_working_day: self.is_working_day(vn_date(&due))?,
            crossed,
        })
    }

    /// (working, holidays, swapped working day) for one date.
    fn state(&self, date: NaiveDate) -> Result<(bool, Vec<Holiday>, bool)> {
        if date < LUNAR_MIN || date > LUNAR_MAX {
            return Err(out_of_range(
                &date.to_string(),
                &date.format("ngày %d/%m/%Y").to_string(),
            ));
        }
        let mut holidays = Vec::new();
        for y in date.year() - 1..=date.year() + 1 {
            if let Some(table) = self.year_table(y)? {
                holidays.extend(table.iter().filter(|h| h.date == date).cloned());
            }
        }
        let swapped = self
            .schedules
            .iter()
            .any(|s| (s.year - date.year()).abs() <= 1 && s.working_days.contains(&date));
        let working = swapped || (holidays.is_empty() && !is_weekend(date));
        Ok((working, holidays, swapped))
    }

    /// The day after `d`, refusing to leave the supported range.
    fn after(&self, d: NaiveDate) -> Result<NaiveDate> {
        if d >= LUNAR_MAX {
            return Err(out_of_range(
                "a day after 2199-12-31",
                "một ngày sau 31/12/2199",
            ));
        }
        Ok(next_day(d))
    }

    /// The holidays belonging to year `y`, or `None` when `y` is outside 1900–2199.
    fn year_table(&self, y: i32) -> Result<Option<&[Holiday]>> {
        let Some(cell) = usize::try_from(y - LUNAR_MIN.year())
            .ok()
            .and_then(|i| self.years.get(i))
        else {
            return Ok(None);
        };
        if let Some(v) = cell.get() {
            return Ok(Some(v));
        }
        let built = self.build_year(y)?;
        Ok(Some(cell.get_or_init(|| built)))
    }

    /// Statutory holidays and defaults of `y`, minus the holidays its official schedules cover,
    /// plus the schedules' days, plus compensatory days when the option is on.
    fn build_year(&self, y: i32) -> Result<Vec<Holiday>> {
        let scheds: Vec<&Schedule> = self.schedules.iter().filter(|s| s.year == y).collect();
        let covered: BTreeSet<HolidayKind> = scheds.iter().flat_map(|s| s.covers()).collect();
        let mut days: Vec<Holiday> = statutory_holidays(y)?
            .into_iter()
            .filter(|h| !covered.contains(&h.kind))
            .collect();
        let mut official_dates = BTreeSet::new();
        for s in &scheds {
            for (date, kind) in s.days_off_dates() {
                official_dates.insert(date);
                let mut h = Holiday::new(date, kind, HolidayOrigin::Official, s.status);
                h.source = Some(s.source.clone());
                h.note = s.note.clone();
                if kind == HolidayKind::Other {
                    h.citation = s.citation.clone().unwrap_or_else(holiday_citation);
                }
                days.push(h);
            }
        }
        if self.options.compensatory_days {
            let swapped: BTreeSet<NaiveDate> = scheds
                .iter()
                .flat_map(|s| s.working_days.iter().copied())
                .collect();
            let mut taken: BTreeSet<NaiveDate> = days.iter().map(|h| h.date).collect();
            let mut seen = BTreeSet::new();
            let mut base: Vec<(NaiveDate, HolidayKind)> = days
                .iter()
                .filter(|h| h.origin != HolidayOrigin::Official)
                .map(|h| (h.date, h.kind))
                .collect();
            base.sort();
            for (date, kind) in base {
                // Compensatory day (status U, legal/README.md §4): the holiday falls on a
                // weekend, on an official day off, or on the same day as another holiday.
                let clash = (is_weekend(date) && !swapped.contains(&date))
                    || official_dates.contains(&date)
                    || !seen.insert(date);
                if !clash {
                    continue;
                }
                let mut c = next_day(date);
                while is_weekend(c) || taken.contains(&c) {
                    c = next_day(c);
                }
                taken.insert(c);
                let rule = &super::holidays::labour_law().compensatory;
                let mut h = Holiday::new(c, kind, HolidayOrigin::Compensatory, rule.status);
                h.citation = rule.citation.clone();
                h.label = Label::new(
                    format!("Nghỉ bù {} ({})", kind.label().vi, date.format("%d/%m/%Y")),
                    format!("Compensatory day for {} ({date})", kind.label().en),
                );
                h.compensates = Some(date);
                h.note = Some(rule.label.clone());
                days.push(h);
            }
        }
        days.sort_by_key(|h| (h.date, h.kind));
        Ok(days)
    }

    fn covered(&self, year: i32, kind: HolidayKind) -> bool {
        self.schedules
            .iter()
            .any(|s| s.year == year && s.covers().contains(&kind))
    }

    /// Builds the answer: the weakest status of the skipped holidays, and U with a warning for
    /// every Tết or National Day period in `lo..=hi` that no loaded schedule fixes.
    fn finish(
        &self,
        from: NaiveDate,
        date: NaiveDate,
        working_days: i64,
        tally: Tally,
        lo: NaiveDate,
        hi: NaiveDate,
    ) -> Result<DayCount> {
        let mut status = Status::Confirmed;
        let mut warnings = Vec::new();
        for h in &tally.skipped {
            status = status.max(h.status);
            if !h.status.is_confirmed() && h.origin != HolidayOrigin::Default {
                warnings.push(Label::new(
                    format!("{} ({}): {}", h.label.vi, h.date, h.status.label().vi),
                    format!("{} ({}): {}", h.label.en, h.date, h.status.label().en),
                ));
            }
        }
        for y in lo.year()..=hi.year() {
            if !self.covered(y, HolidayKind::Tet) {
                let tet = lunar_new_year(y)?;
                let season = (tet - TimeDelta::days(7), tet + TimeDelta::days(8));
                if season.0 <= hi && lo <= season.1 {
                    status = Status::Unconfirmed;
                    warnings.push(Label::new(
                        format!("Tết {y}: chưa nạp lịch nghỉ chính thức; dùng ngày nghỉ mặc định (suy luận), ngày làm việc quanh Tết có thể khác."),
                        format!("Tết {y}: no official schedule loaded; default days off used (interpretation), working days around Tết may differ."),
                    ));
                }
            }
            if !self.covered(y, HolidayKind::NationalDay) {
                let season = (ymd(y, 8, 29), ymd(y, 9, 5));
                if season.0 <= hi && lo <= season.1 {
                    status = Status::Unconfirmed;
                    warnings.push(Label::new(
                        format!("Quốc khánh {y}: chưa nạp lịch nghỉ chính thức; ngày nghỉ liền kề là mặc định (suy luận)."),
                        format!("National Day {y}: no official schedule loaded; the adjacent day off is a default (interpretation)."),
                    ));
                }
            }
        }
        Ok(DayCount {
            from,
            date,
            working_days,
            skipped: tally.skipped,
            weekend_days: tally.weekend_days,
            status,
            warnings,
        })
    }
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(LUNAR_MAX)
}

/// Non-working days passed over while counting.
#[derive(Default)]
struct Tally {
    skipped: Vec<Holiday>,
    weekend_days: u32,
}

impl Tally {
    fn skip(&mut self, date: NaiveDate, holidays: Vec<Holiday>) {
        if holidays.is_empty() {
            if is_weekend(date) {
                self.weekend_days += 1;
            }
        } else {
            self.skipped.extend(holidays);
        }
    }
}

fn out_of_range(what_en: &str, what_vi: &str) -> Error {
    Error::new(
        ErrorCode::DateOutOfRange,
        format!("{what_en} is outside the calendar's range 1900-01-01 to 2199-12-31"),
        format!("{what_vi} nằm ngoài phạm vi lịch (01/01/1900 đến 31/12/2199)"),
    )
}
