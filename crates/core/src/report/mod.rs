//! Reporting (Điều 8 and 9.3 of the regulation): who reports to whom and how often, the data
//! window and sending deadline of each periodic report, the reporting calendar, late reports, and
//! compiling and rendering a periodic report from case logs.
//!
//! | File | Holds |
//! |---|---|
//! | `rules` | [`ReportingRules`] (the regulation's `reporting` member, from `reporting.json`), [`Regulation::validate_reporting`](crate::Regulation::validate_reporting) |
//! | `window` | [`Window`], [`Period`] |
//! | `due` | [`reporting_calendar`], [`overdue`], [`ReportingDue`], [`Submission`] |
//! | `work` | [`WorkRecord`], [`WorkKind`]: work outside cases (training, propaganda, press review…) |
//! | `figures` | [`PeriodicReport`] and its figures |
//! | `compile` | [`compile_report`], [`CheckedCases`] (check once, compile many reports) |
//! | `digest` | what the reports count of each checked log, in one compact array (performance) |
//! | `render` | [`render_markdown`] |
//!
//! The regulation gives the frequency only ("định kỳ sáu (06) tháng, hàng năm hoặc đột xuất");
//! windows and deadlines come from the national reporting decree (NĐ 09/2019/NĐ-CP) and Khánh
//! Hòa's QĐ 01/2023/QĐ-UBND (`legal/README.md` §3). Each entry carries the weakest status of the
//! facts it rests on and says when a number is the library's interpretation.
//!
//! ```
//! use chrono::NaiveDate;
//! use quyche::report::{reporting_calendar, ReportLevel};
//! let reg = quyche::Regulation::khanh_hoa_ref();
//! let cal = reporting_calendar(reg, 2026, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()).unwrap();
//! let six = |level| cal.iter().find(|d| d.level == level && d.period.frequency.as_str() == "six_monthly").unwrap();
//! // Bodies send first (window end + 2 working days), the lead agency consolidates later.
//! assert_eq!(six(ReportLevel::Body).due.to_string(), "2026-06-16");
//! assert_eq!(six(ReportLevel::Consolidated).due.to_string(), "2026-06-19");
//! ```

mod compile;
mod digest;
mod due;
mod figures;
mod render;
mod rules;
mod window;
mod work;

pub use compile::{CheckedCases, compile_report};
pub use due::{Overdue, ReportingDue, Submission, overdue, reporting_calendar};
pub use figures::{
    BodyFigures, CaseFigures, GroundCount, MissedDeadline, NamedBody, PeriodicReport, WorkFigures,
};
pub use render::render_markdown;
pub use rules::{
    Basis, DECREE_09_2019, DueRules, Frequency, GapRule, MonthDay, NATIONAL_MINIMUM_GAP,
    ReportLevel, ReportingObligation, ReportingRules, WindowRule, minimum_gap_citation,
};
pub use window::{Period, Window};
pub use work::{WorkKind, WorkRecord};
