//! `WorkCalendar`: the working-day calendar of Vietnamese state bodies (Monday–Friday minus the
//! holidays of Điều 112 Bộ luật Lao động 2019, with official schedules), and the lunar calendar.

use crate::convert::{
    JsResult, count, date, from_js, from_ts, instant, instant_out, int, ts, ts_vec, year,
};
use crate::error::to_js;
use quyche::time::{CalendarConfig, DayCount, DayInfo, Holiday, HourDeadline, LunarDate, Schedule};
use tsify::Ts;
use wasm_bindgen::prelude::*;

/// The working-day calendar. Every answer that counts days lists the holidays it skipped and
/// carries the status of the least sure fact it rests on.
///
/// ```js
/// const cal = WorkCalendar.vietnam();
/// cal.addWorkingDays("2026-02-13", 1).date; // "2026-02-23" (official Tết break 14–22 Feb)
/// ```
#[wasm_bindgen]
pub struct WorkCalendar {
    inner: quyche::time::WorkCalendar,
}

#[wasm_bindgen]
impl WorkCalendar {
    /// A calendar from its configuration (options and official schedules; no built-in schedule
    /// is added), or `WorkCalendar.vietnam()` when `config` is omitted.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_optional_param_type = "CalendarConfig")] config: Option<JsValue>,
    ) -> JsResult<WorkCalendar> {
        let Some(config) = config else {
            return Ok(WorkCalendar::vietnam());
        };
        let config: CalendarConfig = from_js(&config, "config", "a calendar configuration")?;
        let inner = quyche::time::WorkCalendar::from_config(config).map_err(to_js)?;
        Ok(WorkCalendar { inner })
    }

    /// The calendar with default options and the built-in official schedules.
    pub fn vietnam() -> WorkCalendar {
        WorkCalendar {
            inner: quyche::time::WorkCalendar::vietnam(),
        }
    }

    /// A new calendar with `schedule` added; it replaces a loaded schedule of the same year that
    /// names one of the same holidays.
    #[wasm_bindgen(js_name = withSchedule)]
    pub fn with_schedule(&self, schedule: Ts<Schedule>) -> JsResult<WorkCalendar> {
        let s: Schedule = from_ts(&schedule, "schedule", "a schedule")?;
        let inner = self.inner.clone().with_schedule(s).map_err(to_js)?;
        Ok(WorkCalendar { inner })
    }

    /// The configuration the calendar was built from.
    pub fn config(&self) -> JsResult<Ts<CalendarConfig>> {
        ts(&self.inner.config())
    }

    /// True when state bodies work on `day` (throws `DATE_OUT_OF_RANGE` outside 1900–2199).
    #[wasm_bindgen(js_name = isWorkingDay)]
    pub fn is_working_day(
        &self,
        #[wasm_bindgen(unchecked_param_type = "NaiveDate")] day: JsValue,
    ) -> JsResult<bool> {
        self.inner
            .is_working_day(date(&day, "day")?)
            .map_err(at("day"))
    }

    /// The holidays on `day` (several when holidays coincide).
    #[wasm_bindgen(js_name = holidaysOn)]
    pub fn holidays_on(
        &self,
        #[wasm_bindgen(unchecked_param_type = "NaiveDate")] day: JsValue,
    ) -> JsResult<Vec<Ts<Holiday>>> {
        ts_vec(
            &self
                .inner
                .holidays_on(date(&day, "day")?)
                .map_err(at("day"))?,
        )
    }

    /// Everything known about `day`: weekday, lunar date, working or not, holidays.
    #[wasm_bindgen(js_name = dayInfo)]
    pub fn day_info(
        &self,
        #[wasm_bindgen(unchecked_param_type = "NaiveDate")] day: JsValue,
    ) -> JsResult<Ts<DayInfo>> {
        ts(&self.inner.day_info(date(&day, "day")?).map_err(at("day"))?)
    }

    /// Every holiday (statutory, default, official, compensatory) in solar year `year`.
    #[wasm_bindgen(js_name = holidaysIn)]
    pub fn holidays_in(
        &self,
        #[wasm_bindgen(js_name = year, unchecked_param_type = "number")] y: JsValue,
    ) -> JsResult<Vec<Ts<Holiday>>> {
        ts_vec(
            &self
                .inner
                .holidays_in(year(&y, "year")?)
                .map_err(at("year"))?,
        )
    }

    /// The date `n` working days after `start`, with the holidays and weekend days skipped.
    #[wasm_bindgen(js_name = addWorkingDays)]
    pub fn add_working_days(
        &self,
        #[wasm_bindgen(unchecked_param_type = "NaiveDate")] start: JsValue,
        #[wasm_bindgen(unchecked_param_type = "number")] n: JsValue,
    ) -> JsResult<Ts<DayCount>> {
        let (start, n) = (date(&start, "start")?, count(&n, "n")?);
        let blame = self.blame(start, "start", "n");
        ts(&self.inner.add_working_days(start, n).map_err(blame)?)
    }

    /// The working days after `a` up to and including `b` (negative when `b < a`), with what
    /// was skipped.
    #[wasm_bindgen(js_name = countWorkingDays)]
    pub fn count_working_days(
        &self,
        #[wasm_bindgen(unchecked_param_type = "NaiveDate")] a: JsValue,
        #[wasm_bindgen(unchecked_param_type = "NaiveDate")] b: JsValue,
    ) -> JsResult<Ts<DayCount>> {
        let (a, b) = (date(&a, "a")?, date(&b, "b")?);
        let blame = self.blame(a, "a", "b");
        ts(&self.inner.count_working_days(a, b).map_err(blame)?)
    }

    /// The number of working days after `a` up to and including `b` (negative when `b < a`).
    #[wasm_bindgen(js_name = workingDaysBetween)]
    pub fn working_days_between(
        &self,
        #[wasm_bindgen(unchecked_param_type = "NaiveDate")] a: JsValue,
        #[wasm_bindgen(unchecked_param_type = "NaiveDate")] b: JsValue,
    ) -> JsResult<f64> {
        let (a, b) = (date(&a, "a")?, date(&b, "b")?);
        // Within 1900–2199 the count fits a JavaScript number exactly.
        let blame = self.blame(a, "a", "b");
        self.inner
            .working_days_between(a, b)
            .map(|n| n as f64)
            .map_err(blame)
    }

    /// `start` plus `hours` calendar hours, in Vietnam time (the laws' "trong 24 giờ" limits run
    /// through nights, weekends and holidays).
    #[wasm_bindgen(js_name = addHours)]
    pub fn add_hours(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | Date")] start: JsValue,
        #[wasm_bindgen(unchecked_param_type = "number")] hours: JsValue,
    ) -> JsResult<String> {
        let (start, hours) = (instant(&start, "start")?, count(&hours, "hours")?);
        let blame = self.blame(quyche::time::vn_date(&start), "start", "hours");
        instant_out(self.inner.add_hours(start, hours).map_err(blame)?)
    }

    /// `addHours` with an explanation: whether the deadline falls on a working day and which
    /// holidays the period crosses.
    #[wasm_bindgen(js_name = explainHours)]
    pub fn explain_hours(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | Date")] start: JsValue,
        #[wasm_bindgen(unchecked_param_type = "number")] hours: JsValue,
    ) -> JsResult<Ts<HourDeadline>> {
        let (start, hours) = (instant(&start, "start")?, count(&hours, "hours")?);
        let blame = self.blame(quyche::time::vn_date(&start), "start", "hours");
        ts(&self.inner.explain_hours(start, hours).map_err(blame)?)
    }
}

/// Parses an RFC 3339 time that carries an offset and returns it in Vietnam time
/// (`"2026-02-17T01:00:00Z"` → `"2026-02-17T08:00:00+07:00"`); a time without an offset throws.
#[wasm_bindgen(js_name = parseInstant)]
pub fn parse_instant(
    #[wasm_bindgen(unchecked_param_type = "string | Date")] text: JsValue,
) -> JsResult<String> {
    instant_out(instant(&text, "text")?)
}

/// The Vietnamese lunar date of a solar day (computed for UTC+7).
#[wasm_bindgen(js_name = solarToLunar)]
pub fn solar_to_lunar(
    #[wasm_bindgen(unchecked_param_type = "NaiveDate")] day: JsValue,
) -> JsResult<Ts<LunarDate>> {
    ts(&quyche::time::solar_to_lunar(date(&day, "day")?).map_err(at("day"))?)
}

/// The solar day of a Vietnamese lunar date (`leap` for a day of a leap month).
#[wasm_bindgen(js_name = lunarToSolar)]
pub fn lunar_to_solar(lunar: Ts<LunarDate>) -> JsResult<String> {
    let l: LunarDate = from_ts(&lunar, "lunar", "a lunar date")?;
    quyche::time::lunar_to_solar(l.day, l.month, l.year, l.leap)
        .map(|d| d.to_string())
        .map_err(to_js)
}

/// Lunar new year's day (Tết) of `year`.
#[wasm_bindgen(js_name = lunarNewYear)]
pub fn lunar_new_year(
    #[wasm_bindgen(js_name = year, unchecked_param_type = "number")] y: JsValue,
) -> JsResult<String> {
    let y = int(&y, "year", f64::from(i32::MIN), f64::from(i32::MAX))? as i32;
    quyche::time::lunar_new_year(y)
        .map(|d| d.to_string())
        .map_err(at("year"))
}

/// A refusal of the core without a pointer (a date out of the calendar's range, a count that
/// runs past it), pointed at the argument `arg`.
fn at(arg: &'static str) -> impl Fn(quyche::Error) -> JsValue {
    move |e| match e.path {
        Some(_) => to_js(e),
        None => to_js(e.at(format!("/{arg}"))),
    }
}

impl WorkCalendar {
    /// Points a refusal at `first` when the day `day` it gives is itself outside the calendar,
    /// else at `second` (the count that ran past it, or the other end).
    fn blame(
        &self,
        day: chrono::NaiveDate,
        first: &'static str,
        second: &'static str,
    ) -> impl Fn(quyche::Error) -> JsValue {
        let outside = self.inner.is_working_day(day).is_err();
        at(if outside { first } else { second })
    }
}

thread_local! {
    /// The default calendar of the module-level functions, built once.
    static VIETNAM: WorkCalendar = WorkCalendar::vietnam();
}

/// `WorkCalendar.vietnam().isWorkingDay(day)`: true when state bodies work on `day`.
#[wasm_bindgen(js_name = isWorkingDay)]
pub fn is_working_day(
    #[wasm_bindgen(unchecked_param_type = "NaiveDate")] day: JsValue,
) -> JsResult<bool> {
    VIETNAM.with(|c| c.is_working_day(day))
}

/// `WorkCalendar.vietnam().addWorkingDays(start, n)`: the date `n` working days after `start`,
/// with the holidays and weekend days skipped.
#[wasm_bindgen(js_name = addWorkingDays)]
pub fn add_working_days(
    #[wasm_bindgen(unchecked_param_type = "NaiveDate")] start: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] n: JsValue,
) -> JsResult<Ts<DayCount>> {
    VIETNAM.with(|c| c.add_working_days(start, n))
}

/// `WorkCalendar.vietnam().countWorkingDays(a, b)`.
#[wasm_bindgen(js_name = countWorkingDays)]
pub fn count_working_days(
    #[wasm_bindgen(unchecked_param_type = "NaiveDate")] a: JsValue,
    #[wasm_bindgen(unchecked_param_type = "NaiveDate")] b: JsValue,
) -> JsResult<Ts<DayCount>> {
    VIETNAM.with(|c| c.count_working_days(a, b))
}

/// `WorkCalendar.vietnam().workingDaysBetween(a, b)`.
#[wasm_bindgen(js_name = workingDaysBetween)]
pub fn working_days_between(
    #[wasm_bindgen(unchecked_param_type = "NaiveDate")] a: JsValue,
    #[wasm_bindgen(unchecked_param_type = "NaiveDate")] b: JsValue,
) -> JsResult<f64> {
    VIETNAM.with(|c| c.working_days_between(a, b))
}

/// `WorkCalendar.vietnam().holidaysIn(year)`.
#[wasm_bindgen(js_name = holidaysIn)]
pub fn holidays_in(
    #[wasm_bindgen(js_name = year, unchecked_param_type = "number")] y: JsValue,
) -> JsResult<Vec<Ts<Holiday>>> {
    VIETNAM.with(|c| c.holidays_in(y))
}

/// `WorkCalendar.vietnam().dayInfo(day)`.
#[wasm_bindgen(js_name = dayInfo)]
pub fn day_info(
    #[wasm_bindgen(unchecked_param_type = "NaiveDate")] day: JsValue,
) -> JsResult<Ts<DayInfo>> {
    VIETNAM.with(|c| c.day_info(day))
}

/// `WorkCalendar.vietnam().addHours(start, hours)`.
#[wasm_bindgen(js_name = addHours)]
pub fn add_hours(
    #[wasm_bindgen(unchecked_param_type = "string | Date")] start: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] hours: JsValue,
) -> JsResult<String> {
    VIETNAM.with(|c| c.add_hours(start, hours))
}
