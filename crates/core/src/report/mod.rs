//! Reporting: who reports to whom and how often, the data window and sending deadline of each
//! periodic report (from the regulation's reporting rules, `crate::rules`), the reporting
//! calendar, late reports, and compiling a periodic report from case logs and rendering it as a
//! document.
//!
//! | File | Holds |
//! |---|---|
//! | `window` | [`Window`], [`Period`] |
//! | `due` | [`reporting_calendar`], [`overdue`], [`ReportingDue`], [`Submission`] |
//! | `work` | [`WorkRecord`]: work outside cases (training, propaganda, press review…) |
//! | `figures` | [`PeriodicReport`] and its figures |
//! | `compile/` | [`compile_report`], [`CheckedCases`] (check once, compile many reports) |
//! | `digest` | what the reports count of each checked log, in one compact array (performance) |
//! | `document` | [`ReportDocument`]: the report in the layout of Nghị định 30/2020 |
//! | `render` | [`render_markdown`], [`document_markdown`] |
//! | `requests` | [`RemovalNotice`]: a removal request of a case as the facts of a request document |
//! | `findings` | [`PublishedFinding`]: a published case as the facts of a fact-check record |
//! | `listing` | [`CaseRow`]: a case as one row of a table, without personal data |
//! | `table` | [`FigureRow`], [`figure_rows`]: a report's figures as the rows of a long table |
//! | `case_table` | [`CASE_COLUMNS`], [`case_cells`]: the rows as flat typed cells for data frames |
//!
//! Each entry carries the weakest status of the facts it rests on and says when a number is the
//! library's interpretation.
//!
//! ```
//! use chrono::NaiveDate;
//! use quyche::report::reporting_calendar;
//! use quyche::rules::ReportLevel;
//! let reg = quyche::Regulation::khanh_hoa_ref();
//! let cal = reporting_calendar(reg, 2026, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()).unwrap();
//! let six = |level| cal.iter().find(|d| d.level == level && d.period.frequency.as_str() == "six_monthly").unwrap();
//! // Bodies send first, the lead agency consolidates later.
//! assert_eq!(six(ReportLevel::Body).due.to_string(), "2026-06-16");
//! assert_eq!(six(ReportLevel::Consolidated).due.to_string(), "2026-06-19");
//! ```

mod case_table;
mod compile;
mod digest;
mod document;
mod due;
mod figures;
mod findings;
mod listing;
mod render;
mod requests;
mod table;
mod window;
mod work;

pub use case_table::{CASE_COLUMNS, CellKind, Column, case_cells};
pub use compile::{CheckedCases, ReportOptions, compile_report};
pub use document::{
    Block, DocumentOptions, ReportDocument, Section, Signature, cite, document, issuer_name,
};
pub use due::{Overdue, ReportingDue, Submission, overdue, reporting_calendar};
pub use figures::{
    BodyFigures, CaseFigures, GroundCount, MissedDeadline, NamedBody, PeriodicReport,
    PlatformFigures, WorkFigures,
};
pub use findings::{
    Announcement, PublishedFinding, Rating, RatingBasis, ReviewedContent, published_finding,
};
pub use listing::{CaseRow, case_row};
pub use render::{document_markdown, render_markdown};
pub use requests::{
    Addressee, CitedProvision, DecisionGround, NoticeContent, NoticeDeadline, NoticeGround,
    RemovalNotice, removal_notice,
};
pub use table::{FigureRow, FigureSection, figure_rows};
pub use window::{Period, Window};
pub use work::WorkRecord;
