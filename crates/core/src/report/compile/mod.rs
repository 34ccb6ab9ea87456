//! Compiling a periodic report from case logs: the counting rules are documented on
//! [`CaseFigures`](super::CaseFigures). Every case is checked by replaying its log first.
//!
//! | File | Does |
//! |---|---|
//! | `mod.rs` | the entry points and the order of the work |
//! | `header.rs` | who reports at which level, to whom, on which basis, by when |
//! | `cases.rs` | the case figures, case by case |
//! | `grounds.rs` | grounds grouped with their successors |
//! | `deadlines.rs` | missed deadlines (bodies' and platforms', apart) and platform compliance |
//! | `rows.rs` | the per-body rows |
//! | `work.rs` | work outside cases and the reporter's free-text sections |

mod cases;
mod deadlines;
mod grounds;
mod header;
mod rows;
mod work;

use super::digest::Digest;
use super::figures::*;
use super::window::Window;
use crate::case::{Case, RegulationRef, check_case_regulation, rebuilds_to};
use crate::error::{Error, ErrorCode, Result};
use crate::org::BodyId;
use crate::regulation::Regulation;
use crate::rules::ReportLevel;
use std::collections::BTreeSet;

/// What a report shows beyond its figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReportOptions {
    /// List case ids in the missed deadlines (off by default: a user-chosen id may contain a
    /// name, and ids have no place in a document sent upward).
    pub include_case_ids: bool,
}

/// Checks every case by replaying its log, refusing a case given twice first (before any
/// replay): an error's JSON pointer starts with `/cases/<i>`.
fn check_cases(reg: &Regulation, cases: &[Case]) -> Result<()> {
    let mut ids = BTreeSet::new();
    for (i, c) in cases.iter().enumerate() {
        if !ids.insert(&c.id) {
            return Err(Error::invalid(
                format!("/cases/{i}/id"),
                format!("Case `{}` is given twice.", crate::text::echo(&c.id.0)),
                format!("Vụ việc `{}` bị lặp lại.", crate::text::echo(&c.id.0)),
            ));
        }
    }
    for (i, c) in cases.iter().enumerate() {
        check_case_regulation(reg, i, c)?;
        let same = rebuilds_to(reg, c).map_err(|e| e.under(&format!("/cases/{i}/events")))?;
        if !same {
            return Err(Error::new(
                ErrorCode::LogTampered,
                format!("Case {i}: its fields differ from what its event log rebuilds."),
                format!("Vụ việc {i}: thông tin khác với kết quả dựng lại từ nhật ký sự kiện."),
            )
            .at(format!("/cases/{i}")));
        }
    }
    Ok(())
}

/// Compiles the report of `reporter` for `window` from `cases`.
///
/// - The reporter's level is read on the window's last day: the body holding a consolidated
///   obligation compiles the **consolidated** report over every case, with figures per body; a
///   body holding a body-level obligation compiles **its own** report over the cases it took
///   part in.
/// - The counting rules are those of [`CaseFigures`]: new and carried-over cases, and only
///   events whose fact time is within the window.
/// - Work outside cases and the free-text sections are added with
///   [`PeriodicReport::with_work`] and [`PeriodicReport::with_sections`].
///
/// Errors (JSON pointers into `{ "cases": [...], "window": {...}, "reporter": … }`): an
/// inverted window (`/window/to`); an unknown reporter (`/reporter`, `UNKNOWN_AGENCY`) or one
/// with no reporting duty then (`/reporter`, `NOT_AUTHORIZED`); a case given twice
/// (`/cases/<i>/id`); a case checked against another regulation or data version
/// (`LOG_VERSION` at `/cases/<i>/regulation/…`, naming the case); a case whose log does not
/// replay or does not rebuild it
/// (`/cases/<i>/events/<j>/…` or `/cases/<i>`).
pub fn compile_report(
    reg: &Regulation,
    cases: &[Case],
    window: Window,
    reporter: &BodyId,
) -> Result<PeriodicReport> {
    compile(reg, cases, None, window, reporter, ReportOptions::default())
}

/// Cases whose logs were checked by replay against one regulation, once: reports compiled from
/// them skip the replay that [`compile_report`] does on every call.
///
/// ```
/// use quyche::report::{CheckedCases, Window};
/// let reg = quyche::Regulation::khanh_hoa();
/// let checked = CheckedCases::new(&reg, &[]).unwrap();
/// let d = |m, day| chrono::NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let w = Window::new(d(1, 1), d(6, 14)).unwrap();
/// let r = checked.compile(w, &quyche::org::BodyId::new("so-vhttdl")).unwrap();
/// assert_eq!(r.cases.total, 0);
/// ```
#[derive(Debug, Clone)]
pub struct CheckedCases<'a> {
    reg: &'a Regulation,
    cases: &'a [Case],
    digest: Digest,
}

impl<'a> CheckedCases<'a> {
    /// Checks every case by replaying its log against `reg`, with the errors of
    /// [`compile_report`] (`/cases/<i>/…`).
    pub fn new(reg: &'a Regulation, cases: &'a [Case]) -> Result<CheckedCases<'a>> {
        check_cases(reg, cases)?;
        Ok(CheckedCases {
            reg,
            cases,
            digest: Digest::new(cases),
        })
    }

    /// The checked cases.
    pub fn cases(&self) -> &'a [Case] {
        self.cases
    }

    /// The report of `reporter` for `window`, as [`compile_report`] gives it.
    pub fn compile(&self, window: Window, reporter: &BodyId) -> Result<PeriodicReport> {
        self.compile_with(window, reporter, ReportOptions::default())
    }

    /// [`CheckedCases::compile`] with options.
    pub fn compile_with(
        &self,
        window: Window,
        reporter: &BodyId,
        options: ReportOptions,
    ) -> Result<PeriodicReport> {
        compile(
            self.reg,
            self.cases,
            Some(&self.digest),
            window,
            reporter,
            options,
        )
    }
}

/// Compiles the report; `digest` is that of the checked `cases`, or `None` when they are still
/// to be checked.
fn compile(
    reg: &Regulation,
    cases: &[Case],
    digest: Option<&Digest>,
    window: Window,
    reporter: &BodyId,
    options: ReportOptions,
) -> Result<PeriodicReport> {
    window.check()?;
    let head = header::Header::of(reg, window, reporter)?;
    let fresh;
    let digest = match digest {
        Some(d) => d,
        None => {
            check_cases(reg, cases)?;
            fresh = Digest::new(cases);
            &fresh
        }
    };
    let counted = cases::count(reg, cases, digest, window, reporter, head.level, options);
    let per_body = match head.level {
        ReportLevel::Consolidated => counted.rows.into_sorted(),
        ReportLevel::Body => vec![counted.own_row],
    };
    Ok(PeriodicReport {
        regulation: RegulationRef {
            id: reg.id.clone(),
            version: reg.version.clone(),
        },
        regulation_title: reg.title.clone(),
        province: reg.province.clone(),
        reporter: header::named(reg, reporter, window.to),
        level: head.level,
        obligation: head.obligation,
        period: head.period,
        window,
        due: head.due,
        recipients: head.recipients,
        citations: head.citations,
        cases: counted.figures,
        per_body,
        work: WorkFigures::default(),
        bodies_involved: counted.involved,
        difficulties: Vec::new(),
        proposals: Vec::new(),
        warnings: head.warnings,
    })
}
