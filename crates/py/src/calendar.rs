//! The working-day calendar of Vietnamese state bodies (`quyche.WorkCalendar`, and module
//! functions over the built-in one), the lunar calendar and instants, over `datetime.date` /
//! `datetime.datetime` (or ISO strings). The same names as the npm package's `WorkCalendar`.

use crate::convert::{self, at, ok};
use chrono::{DateTime, FixedOffset, NaiveDate};
use pyo3::prelude::*;
use quyche::time::{CalendarConfig, LunarDate, Schedule};
use std::sync::OnceLock;

/// The working-day calendar: Monday–Friday minus the holidays of Điều 112 Bộ luật Lao động 2019,
/// with official schedules (Tết 2026: 14–22 Feb). Every answer that counts days lists the
/// holidays it skipped and carries the status of the least sure fact it rests on.
/// `WorkCalendar()` (or `WorkCalendar.vietnam()`) is the built-in one; `WorkCalendar(config)`
/// builds one from a configuration (`schemas/calendar-config.schema.json`).
///
/// >>> import quyche
/// >>> wc = quyche.WorkCalendar.vietnam()
/// >>> wc.add_working_days("2026-02-13", 1)["date"]
/// '2026-02-23'
#[pyclass(frozen, module = "quyche", name = "WorkCalendar")]
pub struct WorkCalendar {
    inner: quyche::time::WorkCalendar,
}

/// The built-in calendar, kept so its per-year holiday cache is shared by every module function.
fn cal() -> &'static WorkCalendar {
    static CAL: OnceLock<WorkCalendar> = OnceLock::new();
    CAL.get_or_init(WorkCalendar::vietnam)
}

impl WorkCalendar {
    /// Points a refusal without a pointer at `first` when the day it gives is itself outside
    /// the calendar, else at `second` (the count that ran past it, or the other end).
    fn blame(
        &self,
        day: NaiveDate,
        first: &'static str,
        second: &'static str,
    ) -> impl Fn(quyche::Error) -> quyche::Error {
        let outside = self.inner.is_working_day(day).is_err();
        at(if outside { first } else { second })
    }
}

#[pymethods]
impl WorkCalendar {
    /// A calendar from its configuration (options and official schedules; no built-in schedule
    /// is added), or the built-in one when `config` is omitted.
    ///
    /// >>> quyche.WorkCalendar().is_working_day("2026-02-17")
    /// False
    #[new]
    #[pyo3(signature = (config=None))]
    fn new(config: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
        let Some(config) = config.filter(|c| !c.is_none()) else {
            return Ok(WorkCalendar::vietnam());
        };
        let config: CalendarConfig = convert::decode(config, "/config")?;
        let inner = ok(quyche::time::WorkCalendar::from_config(config))?;
        Ok(WorkCalendar { inner })
    }

    /// The calendar with default options and the built-in official schedules.
    ///
    /// >>> quyche.WorkCalendar.vietnam().working_days_between("2026-02-13", "2026-02-23")
    /// 1
    #[staticmethod]
    fn vietnam() -> Self {
        WorkCalendar {
            inner: quyche::time::WorkCalendar::vietnam(),
        }
    }

    /// A new calendar with `schedule` added (`schemas/schedule.schema.json`); it replaces a
    /// loaded schedule of the same year that names one of the same holidays.
    ///
    /// >>> wc = quyche.WorkCalendar.vietnam()
    /// >>> wc.with_schedule(wc.config()["schedules"][0]).holidays_in(2026) == wc.holidays_in(2026)
    /// True
    fn with_schedule(&self, schedule: &Bound<'_, PyAny>) -> PyResult<Self> {
        let s: Schedule = convert::decode(schedule, "/schedule")?;
        let inner = ok(self.inner.clone().with_schedule(s))?;
        Ok(WorkCalendar { inner })
    }

    /// The configuration the calendar was built from.
    ///
    /// >>> "schedules" in quyche.WorkCalendar.vietnam().config()
    /// True
    fn config<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::py(py, &self.inner.config())
    }

    /// True when state bodies work on `day` (raises `DATE_OUT_OF_RANGE` outside 1900–2199).
    ///
    /// >>> import datetime
    /// >>> quyche.WorkCalendar.vietnam().is_working_day(datetime.date(2026, 2, 23))
    /// True
    fn is_working_day(&self, day: &Bound<'_, PyAny>) -> PyResult<bool> {
        let day = convert::date(day, "/day")?;
        ok(self.inner.is_working_day(day).map_err(at("/day")))
    }

    /// The holidays on `day` (several when holidays coincide).
    ///
    /// >>> [h["kind"] for h in quyche.WorkCalendar.vietnam().holidays_on("2026-02-17")]
    /// ['tet']
    fn holidays_on<'py>(
        &self,
        py: Python<'py>,
        day: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let day = convert::date(day, "/day")?;
        convert::py(py, &ok(self.inner.holidays_on(day).map_err(at("/day")))?)
    }

    /// Everything the calendar knows about `day`: weekday, lunar date, working or not, holidays.
    ///
    /// >>> quyche.WorkCalendar.vietnam().day_info("2026-02-17")["lunar"]
    /// {'day': 1, 'month': 1, 'year': 2026, 'leap': False}
    fn day_info<'py>(
        &self,
        py: Python<'py>,
        day: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let day = convert::date(day, "/day")?;
        convert::py(py, &ok(self.inner.day_info(day).map_err(at("/day")))?)
    }

    /// Every holiday dated in solar year `year` (statutory, official, compensatory), by date.
    ///
    /// >>> sum(1 for h in quyche.WorkCalendar.vietnam().holidays_in(2026) if h["kind"] == "tet")
    /// 9
    fn holidays_in<'py>(
        &self,
        py: Python<'py>,
        year: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let year: i32 = convert::int(year, "/year")?;
        convert::py(py, &ok(self.inner.holidays_in(year).map_err(at("/year")))?)
    }

    /// The date `n` working days after `start`, with what was skipped: `{"from", "date",
    /// "working_days", "skipped": [holidays], "weekend_days", "status", "warnings"?}`.
    ///
    /// >>> quyche.WorkCalendar.vietnam().add_working_days("2026-02-13", 1)["date"]
    /// '2026-02-23'
    fn add_working_days<'py>(
        &self,
        py: Python<'py>,
        start: &Bound<'_, PyAny>,
        n: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let start = convert::date(start, "/start")?;
        let n: u32 = convert::int(n, "/n")?;
        let blame = self.blame(start, "/start", "/n");
        convert::py(
            py,
            &ok(self.inner.add_working_days(start, n).map_err(blame))?,
        )
    }

    /// Like `working_days_between`, with what was skipped (the `add_working_days` dict shape).
    ///
    /// >>> len(quyche.WorkCalendar.vietnam().count_working_days("2026-02-13", "2026-02-23")["skipped"])
    /// 9
    fn count_working_days<'py>(
        &self,
        py: Python<'py>,
        a: &Bound<'_, PyAny>,
        b: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let a = convert::date(a, "/a")?;
        let b = convert::date(b, "/b")?;
        let blame = self.blame(a, "/a", "/b");
        convert::py(py, &ok(self.inner.count_working_days(a, b).map_err(blame))?)
    }

    /// The working days after `a` up to and including `b` (negative when `b` is before `a`).
    ///
    /// >>> quyche.WorkCalendar.vietnam().working_days_between("2026-02-23", "2026-02-13")
    /// -1
    fn working_days_between(&self, a: &Bound<'_, PyAny>, b: &Bound<'_, PyAny>) -> PyResult<i64> {
        let a = convert::date(a, "/a")?;
        let b = convert::date(b, "/b")?;
        let blame = self.blame(a, "/a", "/b");
        ok(self.inner.working_days_between(a, b).map_err(blame))
    }

    /// `start` plus `hours` calendar hours (the laws' "trong 24 giờ" limits run through nights
    /// and holidays), as an aware `datetime` in UTC+07:00.
    ///
    /// >>> quyche.WorkCalendar.vietnam().add_hours("2026-02-16T10:00:00+07:00", 48).isoformat()
    /// '2026-02-18T10:00:00+07:00'
    fn add_hours(
        &self,
        start: &Bound<'_, PyAny>,
        hours: &Bound<'_, PyAny>,
    ) -> PyResult<DateTime<FixedOffset>> {
        let start = convert::instant(start, "/start")?;
        let hours: u32 = convert::int(hours, "/hours")?;
        let blame = self.blame(quyche::time::vn_date(&start), "/start", "/hours");
        ok(self.inner.add_hours(start, hours).map_err(blame))
    }

    /// `add_hours` with an explanation: whether the deadline falls on a working day and which
    /// holidays the period crosses (`schemas/hour-deadline.schema.json`).
    ///
    /// >>> quyche.WorkCalendar.vietnam().explain_hours("2026-02-16T10:00:00+07:00", 24)["due"]
    /// '2026-02-17T10:00:00+07:00'
    fn explain_hours<'py>(
        &self,
        py: Python<'py>,
        start: &Bound<'_, PyAny>,
        hours: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let start = convert::instant(start, "/start")?;
        let hours: u32 = convert::int(hours, "/hours")?;
        let blame = self.blame(quyche::time::vn_date(&start), "/start", "/hours");
        convert::py(
            py,
            &ok(self.inner.explain_hours(start, hours).map_err(blame))?,
        )
    }

    fn __repr__(&self) -> String {
        "WorkCalendar(...)".to_string()
    }
}

/// `WorkCalendar.vietnam().is_working_day(day)`: true when state bodies work on `day`.
///
/// >>> import datetime, quyche
/// >>> quyche.is_working_day(datetime.date(2026, 2, 17))
/// False
/// >>> quyche.is_working_day("2026-02-23")
/// True
#[pyfunction]
pub fn is_working_day(day: &Bound<'_, PyAny>) -> PyResult<bool> {
    cal().is_working_day(day)
}

/// `WorkCalendar.vietnam().day_info(day)`: weekday, lunar date, working or not, holidays.
///
/// >>> quyche.day_info("2026-02-17")["lunar"]
/// {'day': 1, 'month': 1, 'year': 2026, 'leap': False}
#[pyfunction]
pub fn day_info<'py>(py: Python<'py>, day: &Bound<'_, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    cal().day_info(py, day)
}

/// `WorkCalendar.vietnam().add_working_days(start, n)`: the date `n` working days after
/// `start`, with what was skipped (dates as ISO strings).
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
    cal().add_working_days(py, start, n)
}

/// `WorkCalendar.vietnam().working_days_between(a, b)`.
///
/// >>> quyche.working_days_between("2026-02-13", "2026-02-23")
/// 1
#[pyfunction]
pub fn working_days_between(a: &Bound<'_, PyAny>, b: &Bound<'_, PyAny>) -> PyResult<i64> {
    cal().working_days_between(a, b)
}

/// `WorkCalendar.vietnam().count_working_days(a, b)`.
///
/// >>> quyche.count_working_days("2026-02-13", "2026-02-23")["working_days"]
/// 1
#[pyfunction]
pub fn count_working_days<'py>(
    py: Python<'py>,
    a: &Bound<'_, PyAny>,
    b: &Bound<'_, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    cal().count_working_days(py, a, b)
}

/// `WorkCalendar.vietnam().holidays_in(year)`.
///
/// >>> sum(1 for h in quyche.holidays_in(2026) if h["kind"] == "tet")
/// 9
#[pyfunction]
pub fn holidays_in<'py>(py: Python<'py>, year: &Bound<'_, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    cal().holidays_in(py, year)
}

/// `WorkCalendar.vietnam().add_hours(start, hours)`.
///
/// >>> quyche.add_hours("2026-02-16T10:00:00+07:00", 24).isoformat()
/// '2026-02-17T10:00:00+07:00'
#[pyfunction]
pub fn add_hours(
    start: &Bound<'_, PyAny>,
    hours: &Bound<'_, PyAny>,
) -> PyResult<DateTime<FixedOffset>> {
    cal().add_hours(start, hours)
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

/// The Vietnamese lunar date of a solar `day`: `{"day", "month", "year", "leap"}`.
///
/// >>> quyche.solar_to_lunar("2026-02-17")
/// {'day': 1, 'month': 1, 'year': 2026, 'leap': False}
#[pyfunction]
pub fn solar_to_lunar<'py>(py: Python<'py>, day: &Bound<'_, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let day = convert::date(day, "/day")?;
    convert::py(
        py,
        &ok(quyche::time::solar_to_lunar(day).map_err(at("/day")))?,
    )
}

/// The solar day of a Vietnamese lunar date `{"day", "month", "year", "leap"}` (the shape
/// `solar_to_lunar` returns; `leap` may be left out for a day of an ordinary month).
///
/// >>> quyche.lunar_to_solar({"day": 10, "month": 3, "year": 2026})
/// datetime.date(2026, 4, 26)
#[pyfunction]
pub fn lunar_to_solar(lunar: &Bound<'_, PyAny>) -> PyResult<NaiveDate> {
    // Errors point at the member at fault (`/month`, `/day`, `/leap`, `/year`), as in JS.
    let l: LunarDate = convert::decode(lunar, "")?;
    ok(quyche::time::lunar_to_solar(l.day, l.month, l.year, l.leap))
}

/// Lunar new year's day (Tết) of lunar year `year`.
///
/// >>> quyche.lunar_new_year(2026)
/// datetime.date(2026, 2, 17)
#[pyfunction]
pub fn lunar_new_year(year: &Bound<'_, PyAny>) -> PyResult<NaiveDate> {
    let year: i32 = convert::int(year, "/year")?;
    ok(quyche::time::lunar_new_year(year).map_err(at("/year")))
}
