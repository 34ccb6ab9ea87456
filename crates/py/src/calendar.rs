//! The working-day calendar of Vietnamese state bodies, the lunar calendar and instants, as
//! module functions over `datetime.date` / `datetime.datetime` (or ISO strings).

use crate::convert::{self, at, ok};
use chrono::{DateTime, FixedOffset, NaiveDate};
use pyo3::prelude::*;
use quyche::time::WorkCalendar;
use std::sync::OnceLock;

/// The built-in calendar ([`WorkCalendar::vietnam`]), kept so its per-year holiday cache is
/// shared by every call.
/// Points a refusal without a pointer at `first` when the day it gives is itself outside the
/// calendar, else at `second` (the count that ran past it, or the other end).
fn blame(
    day: chrono::NaiveDate,
    first: &'static str,
    second: &'static str,
) -> impl Fn(quyche::Error) -> quyche::Error {
    let outside = cal().is_working_day(day).is_err();
    at(if outside { first } else { second })
}

fn cal() -> &'static WorkCalendar {
    static CAL: OnceLock<WorkCalendar> = OnceLock::new();
    CAL.get_or_init(WorkCalendar::vietnam)
}

/// True when state bodies work on `day` (Monday–Friday except the holidays of Điều 112 Bộ luật
/// Lao động 2019, with official schedules such as Tết 2026: 14–22 Feb).
///
/// >>> import datetime, quyche
/// >>> quyche.is_working_day(datetime.date(2026, 2, 17))
/// False
/// >>> quyche.is_working_day("2026-02-23")
/// True
#[pyfunction]
pub fn is_working_day(day: &Bound<'_, PyAny>) -> PyResult<bool> {
    ok(cal()
        .is_working_day(convert::date(day, "/day")?)
        .map_err(at("/day")))
}

/// Everything the calendar knows about `day`: weekday, lunar date, working or not, holidays.
///
/// >>> quyche.day_info("2026-02-17")["lunar"]
/// {'day': 1, 'month': 1, 'year': 2026, 'leap': False}
#[pyfunction]
pub fn day_info<'py>(py: Python<'py>, day: &Bound<'_, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    convert::py(
        py,
        &ok(cal()
            .day_info(convert::date(day, "/day")?)
            .map_err(at("/day")))?,
    )
}

/// The date `n` working days after `start`, with what was skipped: `{"from", "date",
/// "working_days", "skipped": [holidays], "weekend_days", "status", "warnings"?}` (dates as ISO
/// strings).
///
/// >>> r = quyche.add_working_days(datetime.date(2026, 2, 13), 1)
/// >>> r["date"], len(r["skipped"])
/// ('2026-02-23', 9)
#[pyfunction]
pub fn add_working_days<'py>(
    py: Python<'py>,
    start: &Bound<'_, PyAny>,
    n: &Bound<'_, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let start = convert::date(start, "/start")?;
    let n: u32 = convert::int(n, "/n")?;
    convert::py(
        py,
        &ok(cal()
            .add_working_days(start, n)
            .map_err(blame(start, "/start", "/n")))?,
    )
}

/// The working days after `a` up to and including `b` (negative when `b` is before `a`).
///
/// >>> quyche.working_days_between("2026-02-13", "2026-02-23")
/// 1
#[pyfunction]
pub fn working_days_between(a: &Bound<'_, PyAny>, b: &Bound<'_, PyAny>) -> PyResult<i64> {
    let a = convert::date(a, "/a")?;
    let b = convert::date(b, "/b")?;
    ok(cal()
        .working_days_between(a, b)
        .map_err(blame(a, "/a", "/b")))
}

/// Like `working_days_between`, with what was skipped (the `add_working_days` dict shape).
///
/// >>> quyche.count_working_days("2026-02-13", "2026-02-23")["working_days"]
/// 1
#[pyfunction]
pub fn count_working_days<'py>(
    py: Python<'py>,
    a: &Bound<'_, PyAny>,
    b: &Bound<'_, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let a = convert::date(a, "/a")?;
    let b = convert::date(b, "/b")?;
    convert::py(
        py,
        &ok(cal().count_working_days(a, b).map_err(blame(a, "/a", "/b")))?,
    )
}

/// Every holiday dated in `year` (statutory, official, compensatory), sorted by date.
///
/// >>> sum(1 for h in quyche.holidays_in(2026) if h["kind"] == "tet")
/// 9
#[pyfunction]
pub fn holidays_in<'py>(py: Python<'py>, year: &Bound<'_, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let year: i32 = convert::int(year, "/year")?;
    convert::py(py, &ok(cal().holidays_in(year).map_err(at("/year")))?)
}

/// `start` plus `hours` calendar hours (the laws' "trong 24 giờ" limits run through nights and
/// holidays), as an aware `datetime` in UTC+07:00.
///
/// >>> quyche.add_hours("2026-02-16T10:00:00+07:00", 24).isoformat()
/// '2026-02-17T10:00:00+07:00'
#[pyfunction]
pub fn add_hours(
    start: &Bound<'_, PyAny>,
    hours: &Bound<'_, PyAny>,
) -> PyResult<DateTime<FixedOffset>> {
    let start = convert::instant(start, "/start")?;
    let hours: u32 = convert::int(hours, "/hours")?;
    ok(cal()
        .is_working_day(quyche::time::vn_date(&start))
        .map_err(at("/start")))?;
    ok(cal().add_hours(start, hours).map_err(at("/hours")))
}

/// An instant from an RFC 3339 string with an offset (or an aware `datetime`), in UTC+07:00.
/// A time without an offset is refused with `quyche.InvalidInput`.
///
/// >>> quyche.parse_instant("2026-02-17T01:00:00Z").isoformat()
/// '2026-02-17T08:00:00+07:00'
#[pyfunction]
pub fn parse_instant(text: &Bound<'_, PyAny>) -> PyResult<DateTime<FixedOffset>> {
    convert::instant(text, "")
}

/// The Vietnamese lunar date of `day`: `{"day", "month", "year", "leap"}`.
///
/// >>> quyche.to_lunar("2026-02-17")
/// {'day': 1, 'month': 1, 'year': 2026, 'leap': False}
#[pyfunction]
pub fn to_lunar<'py>(py: Python<'py>, day: &Bound<'_, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let day = convert::date(day, "/day")?;
    convert::py(
        py,
        &ok(quyche::time::solar_to_lunar(day).map_err(at("/day")))?,
    )
}

/// The solar date of a Vietnamese lunar date.
///
/// >>> quyche.from_lunar(10, 3, 2026)
/// datetime.date(2026, 4, 26)
#[pyfunction]
#[pyo3(signature = (day, month, year, leap=false))]
pub fn from_lunar(
    day: &Bound<'_, PyAny>,
    month: &Bound<'_, PyAny>,
    year: &Bound<'_, PyAny>,
    leap: bool,
) -> PyResult<NaiveDate> {
    let d: u8 = convert::int(day, "/day")?;
    let m: u8 = convert::int(month, "/month")?;
    let y: i32 = convert::int(year, "/year")?;
    ok(quyche::time::lunar_to_solar(d, m, y, leap))
}
