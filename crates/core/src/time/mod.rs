//! Time: Vietnam time (UTC+07:00), the Vietnamese lunar calendar, the public holidays of Điều 112
//! Bộ luật Lao động 2019 and the working-day calendar of state bodies.
//!
//! | File | Holds |
//! |---|---|
//! | `vn` | [`VN_OFFSET`], [`to_vn`], [`vn_date`], [`parse_instant`] (offset required) |
//! | `lunar` | [`solar_to_lunar`], [`lunar_to_solar`], [`lunar_new_year`] — computed for UTC+7 |
//! | `holidays` | [`Holiday`], [`HolidayKind`], [`statutory_holidays`] (Điều 112; defaults marked U) |
//! | `schedule` | [`Schedule`]: official yearly days off and swapped working days, as data |
//! | `calendar` | [`WorkCalendar`]: `is_working_day`, `add_working_days`, `working_days_between`, hours |
//!
//! All dates are Vietnam calendar days; all instants carry an offset and are shown at +07:00.
//! Nothing here reads a clock: "now" is always an argument.
//!
//! ```
//! use quyche::time::{WorkCalendar, parse_instant, vn_date};
//! let cal = WorkCalendar::vietnam();
//! let received = parse_instant("2026-02-13T16:00:00+07:00").unwrap();
//! let due = cal.add_working_days(vn_date(&received), 2).unwrap();
//! assert_eq!(due.date.to_string(), "2026-02-24"); // after the official Tết break 14–22 Feb
//! ```

mod calendar;
mod holidays;
mod lunar;
pub(crate) mod rfc3339;
mod schedule;
mod vn;

pub use calendar::{
    CalendarConfig, CalendarOptions, DayCount, DayInfo, HourDeadline, WorkCalendar,
};
pub use holidays::{
    Holiday, HolidayKind, HolidayOrigin, LabourLaw, LabourRule, holiday_citation, is_weekend,
    labour_law, statutory_holidays,
};
pub use lunar::{
    LUNAR_MAX, LUNAR_MIN, LunarDate, leap_month, lunar_new_year, lunar_to_solar, month_length,
    solar_to_lunar,
};
pub use schedule::{DaysOff, Schedule, builtin_schedules};
pub use vn::{VN_OFFSET, parse_instant, to_vn, vn_date};
