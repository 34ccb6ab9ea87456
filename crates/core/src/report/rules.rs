//! The reporting rules of a regulation, as data (`crates/core/data/khanh-hoa-2086/reporting.json`):
//! who reports to whom and how often (Điều 8, 9.3 of the regulation), the data window of each
//! periodic report (NĐ 09/2019/NĐ-CP Điều 12, QĐ 01/2023/QĐ-UBND Điều 4) and the sending deadlines
//! (NĐ 09/2019/NĐ-CP Điều 8 khoản 5; QĐ 01/2023/QĐ-UBND for Khánh Hòa).

use crate::error::{Error, ErrorCode, Result};
use crate::law::{Citation, InstrumentId, Point, Status};
use crate::org::Role;
use crate::regulation::Regulation;
use crate::text::Label;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The national floor on the gap between the end of a report's data window and its sending
/// deadline: at least one working day (NĐ 09/2019/NĐ-CP Điều 8 khoản 5 điểm b, status C). A
/// province may give more time, never less: [`Regulation::validate_reporting`] refuses a smaller
/// configured gap.
pub const NATIONAL_MINIMUM_GAP: u32 = 1;

/// The number of the national decree on the reporting regime of state administrative bodies.
pub const DECREE_09_2019: &str = "09/2019/NĐ-CP";

/// NĐ 09/2019/NĐ-CP Điều 8 khoản 5 điểm b: the minimum gap of one working day (status C).
pub fn minimum_gap_citation() -> Citation {
    Citation::article(DECREE_09_2019, 8)
        .clause(5)
        .point(Point::B)
}

/// How often a report is due (Điều 8: "Định kỳ sáu (06) tháng, hàng năm hoặc đột xuất").
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub enum Frequency {
    /// Every six months (định kỳ 6 tháng; Điều 8.1, 8.2).
    SixMonthly,
    /// Every year (hằng năm; Điều 8.1, 8.2).
    Annual,
    /// Ad hoc, on request or when difficulties arise (đột xuất; Điều 8.1, 9.3): no fixed window
    /// or deadline.
    AdHoc,
}

impl Frequency {
    /// The stable snake_case id.
    pub fn as_str(&self) -> &'static str {
        match self {
            Frequency::SixMonthly => "six_monthly",
            Frequency::Annual => "annual",
            Frequency::AdHoc => "ad_hoc",
        }
    }

    /// Bilingual label.
    pub fn label(&self) -> Label {
        match self {
            Frequency::SixMonthly => Label::new("6 tháng", "six-monthly"),
            Frequency::Annual => Label::new("hằng năm", "annual"),
            Frequency::AdHoc => Label::new("đột xuất", "ad hoc"),
        }
    }
}

/// Who sends a report: a body about its own work (Điều 8.1), or the lead agency consolidating
/// everyone's (Điều 8.2). The consolidating level's deadline comes after the bodies' (NĐ 09/2019
/// Điều 8 khoản 5).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub enum ReportLevel {
    /// A body's own report to the lead agency (Điều 8.1) or, for difficulties, to the People's
    /// Committee through the lead agency (Điều 9.3).
    Body,
    /// The lead agency's consolidated report to the People's Committee (Điều 8.2).
    Consolidated,
}

impl ReportLevel {
    /// Bilingual label.
    pub fn label(&self) -> Label {
        match self {
            ReportLevel::Body => Label::new("báo cáo của cơ quan, đơn vị", "a body's report"),
            ReportLevel::Consolidated => Label::new(
                "báo cáo tổng hợp của cơ quan chủ trì",
                "the lead agency's consolidated report",
            ),
        }
    }
}

/// A legal source of a reporting rule: the instrument and, when identified, the provision, with
/// the status of the fact in `legal/README.md`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Basis {
    /// The instrument.
    pub instrument: InstrumentId,
    /// The provision, when identified (`None`: the legal pack names the instrument only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provision: Option<Citation>,
    /// How sure the fact is.
    pub status: Status,
    /// Remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}

/// A reporting obligation of Điều 8 or 9.3: who reports (the holders of a duty of the matrix),
/// to whom, how often, and how the report is consolidated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ReportingObligation {
    /// Stable id, e.g. `8.1-six-monthly`.
    pub id: String,
    /// The duty of the responsibility matrix whose holders report (e.g. `8.1`): the reporters on
    /// a day are the bodies playing a role that holds it then.
    pub duty: String,
    /// The provision that sets the obligation.
    pub citation: Citation,
    /// How often.
    pub frequency: Frequency,
    /// A body's own report or the lead agency's consolidated one.
    pub level: ReportLevel,
    /// The role that receives it.
    pub recipient: Role,
    /// The role it goes through, if any (Điều 9.3: "thông qua Sở Thông tin và Truyền thông").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<Role>,
    /// What the report covers.
    pub content: Label,
    /// How sure the obligation is.
    pub status: Status,
}

/// A day of the year relative to the report's year Y: `year_offset` −1 is the year before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct MonthDay {
    /// Month, 1–12.
    pub month: u32,
    /// Day of the month (29 February is refused: it does not exist every year).
    pub day: u32,
    /// Year relative to the report's year (−1 = the previous year).
    #[serde(default)]
    pub year_offset: i32,
}

impl MonthDay {
    /// The date in the report of year `year`, if it exists.
    pub fn in_year(&self, year: i32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(year.checked_add(self.year_offset)?, self.month, self.day)
    }
}

/// The data window of a periodic report: first and last day, both included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct WindowRule {
    /// Six-monthly or annual.
    pub frequency: Frequency,
    /// First day of the window.
    pub start: MonthDay,
    /// Last day of the window.
    pub end: MonthDay,
    /// Where the rule comes from.
    pub basis: Vec<Basis>,
    /// How sure the rule is.
    pub status: Status,
    /// Remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}

/// A sending deadline: a number of working days after the data window ends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct GapRule {
    /// Working days after the last day of the window.
    pub working_days: u32,
    /// Where the rule comes from.
    pub basis: Vec<Basis>,
    /// How sure the rule is.
    pub status: Status,
    /// True when the number is the library's choice where the law gives none.
    #[serde(default)]
    pub interpretation: bool,
    /// Remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}

/// The sending deadlines of each level and the national constraints on them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct DueRules {
    /// The national minimum gap (NĐ 09/2019 Điều 8 khoản 5 điểm b: 1 working day, C). Refused
    /// below [`NATIONAL_MINIMUM_GAP`].
    pub minimum: GapRule,
    /// The bodies' deadline (Khánh Hòa: 2 working days, QĐ 01/2023/QĐ-UBND, P).
    pub body: GapRule,
    /// The lead agency's consolidated deadline: after the bodies' (NĐ 09/2019 Điều 8 khoản 5).
    pub consolidated: GapRule,
    /// The rule that a lower level's deadline comes before the consolidating level's.
    pub ordering: Basis,
}

impl DueRules {
    /// The deadline rule of `level`.
    pub fn for_level(&self, level: ReportLevel) -> &GapRule {
        match level {
            ReportLevel::Body => &self.body,
            ReportLevel::Consolidated => &self.consolidated,
        }
    }
}

/// A regulation's reporting rules (the `reporting` member of [`Regulation`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ReportingRules {
    /// Who reports to whom and how often.
    pub obligations: Vec<ReportingObligation>,
    /// The data windows of the periodic reports.
    pub windows: Vec<WindowRule>,
    /// The sending deadlines.
    pub deadlines: DueRules,
}

impl ReportingRules {
    /// The window rule for `frequency` (none for [`Frequency::AdHoc`]).
    pub fn window_rule(&self, frequency: Frequency) -> Option<&WindowRule> {
        self.windows.iter().find(|w| w.frequency == frequency)
    }

    /// The obligation of `level` and `frequency`, if any.
    pub fn obligation(
        &self,
        level: ReportLevel,
        frequency: Frequency,
    ) -> Option<&ReportingObligation> {
        self.obligations
            .iter()
            .find(|o| o.level == level && o.frequency == frequency)
    }
}

fn problem(path: String, en: String, vi: String) -> Error {
    Error::new(ErrorCode::InvalidRegulation, en, vi).at(path)
}

impl Regulation {
    /// Checks the reporting rules (`/reporting`): ids unique, duties and instruments known,
    /// windows well formed and not longer than a year, one window per periodic frequency, and the
    /// deadlines in order: national minimum ≥ [`NATIONAL_MINIMUM_GAP`] (NĐ 09/2019 Điều 8 khoản 5
    /// điểm b) ≤ bodies' gap < consolidated gap (Điều 8 khoản 5: a lower level sends first).
    /// The first problem is the error, the others are in `related`.
    ///
    /// ```
    /// let mut reg = quyche::Regulation::khanh_hoa();
    /// assert!(reg.validate_reporting().is_ok());
    /// reg.reporting.deadlines.body.working_days = 0;
    /// let e = reg.validate_reporting().unwrap_err();
    /// assert_eq!(e.path.as_deref(), Some("/reporting/deadlines/body/working_days"));
    /// ```
    pub fn validate_reporting(&self) -> Result<()> {
        let mut p: Vec<Error> = Vec::new();
        let r = &self.reporting;
        let known = |i: &InstrumentId| self.instrument(i).is_some();
        let basis = |p: &mut Vec<Error>, path: String, b: &Basis| {
            if !known(&b.instrument) {
                p.push(problem(
                    format!("{path}/instrument"),
                    format!("instrument `{}` is not in /instruments", b.instrument),
                    format!(
                        "văn bản `{}` không có trong danh mục /instruments",
                        b.instrument
                    ),
                ));
            }
            if let Some(c) = &b.provision
                && c.instrument != b.instrument
            {
                p.push(problem(
                    format!("{path}/provision/instrument"),
                    "the provision belongs to another instrument".into(),
                    "điều khoản thuộc văn bản khác".into(),
                ));
            }
        };
        let mut seen = std::collections::HashSet::new();
        for (i, o) in r.obligations.iter().enumerate() {
            let path = format!("/reporting/obligations/{i}");
            if !seen.insert(o.id.as_str()) {
                p.push(problem(
                    format!("{path}/id"),
                    format!("duplicate obligation id `{}`", o.id),
                    format!("mã nghĩa vụ báo cáo `{}` bị trùng", o.id),
                ));
            }
            if self.duty(&o.duty).is_none() {
                p.push(problem(
                    format!("{path}/duty"),
                    format!("duty `{}` is not in /duties", o.duty),
                    format!("nhiệm vụ `{}` không có trong /duties", o.duty),
                ));
            }
            if !known(&o.citation.instrument) {
                p.push(problem(
                    format!("{path}/citation/instrument"),
                    format!(
                        "instrument `{}` is not in /instruments",
                        o.citation.instrument
                    ),
                    format!(
                        "văn bản `{}` không có trong danh mục",
                        o.citation.instrument
                    ),
                ));
            }
            if o.frequency != Frequency::AdHoc && r.window_rule(o.frequency).is_none() {
                p.push(problem(
                    format!("{path}/frequency"),
                    format!("no window rule for `{}` reports", o.frequency.as_str()),
                    format!(
                        "không có quy định kỳ báo cáo cho loại `{}`",
                        o.frequency.as_str()
                    ),
                ));
            }
        }
        for (i, w) in r.windows.iter().enumerate() {
            let path = format!("/reporting/windows/{i}");
            if w.frequency == Frequency::AdHoc {
                p.push(problem(
                    format!("{path}/frequency"),
                    "an ad hoc report has no fixed window".into(),
                    "báo cáo đột xuất không có kỳ cố định".into(),
                ));
            }
            if r.windows[..i].iter().any(|x| x.frequency == w.frequency) {
                p.push(problem(
                    format!("{path}/frequency"),
                    "two window rules for the same frequency".into(),
                    "hai quy định kỳ báo cáo cho cùng một loại".into(),
                ));
            }
            // 2001 is not a leap year: 29 February is refused because it does not exist every year.
            let (s, e) = (w.start.in_year(2001), w.end.in_year(2001));
            for (field, d, md) in [("start", s, w.start), ("end", e, w.end)] {
                if d.is_none() || md.year_offset.abs() > 1 {
                    p.push(problem(
                        format!("{path}/{field}"),
                        "not a day of every year (or more than one year away)".into(),
                        "không phải ngày có trong mọi năm (hoặc cách quá một năm)".into(),
                    ));
                }
            }
            if let (Some(s), Some(e)) = (s, e)
                && (e < s || (e - s).num_days() > 365)
            {
                p.push(problem(
                    format!("{path}/end"),
                    "the window ends before it starts or lasts more than a year".into(),
                    "kỳ báo cáo kết thúc trước khi bắt đầu hoặc dài hơn một năm".into(),
                ));
            }
            for (j, b) in w.basis.iter().enumerate() {
                basis(&mut p, format!("{path}/basis/{j}"), b);
            }
        }
        let d = &r.deadlines;
        for (name, g) in [
            ("minimum", &d.minimum),
            ("body", &d.body),
            ("consolidated", &d.consolidated),
        ] {
            for (j, b) in g.basis.iter().enumerate() {
                basis(&mut p, format!("/reporting/deadlines/{name}/basis/{j}"), b);
            }
        }
        basis(&mut p, "/reporting/deadlines/ordering".into(), &d.ordering);
        // NĐ 09/2019 Điều 8 khoản 5 điểm b: at least one working day.
        let floor = d.minimum.working_days.max(NATIONAL_MINIMUM_GAP);
        if d.minimum.working_days < NATIONAL_MINIMUM_GAP {
            p.push(
                problem(
                    "/reporting/deadlines/minimum/working_days".into(),
                    format!("the national minimum gap is {NATIONAL_MINIMUM_GAP} working day"),
                    format!("khoảng cách tối thiểu theo quy định chung là {NATIONAL_MINIMUM_GAP} ngày làm việc"),
                )
                .with_citations([minimum_gap_citation()]),
            );
        }
        if d.body.working_days < floor {
            p.push(
                problem(
                    "/reporting/deadlines/body/working_days".into(),
                    format!(
                        "a report cannot be due {} working day(s) after its window ends: the minimum is {floor}",
                        d.body.working_days
                    ),
                    format!(
                        "thời hạn gửi báo cáo {} ngày làm việc sau khi kết thúc kỳ là quá ngắn: tối thiểu {floor} ngày",
                        d.body.working_days
                    ),
                )
                .with_citations([minimum_gap_citation()]),
            );
        }
        // NĐ 09/2019 Điều 8 khoản 5: the lower level's deadline comes before the consolidating one.
        if d.consolidated.working_days <= d.body.working_days {
            p.push(
                problem(
                    "/reporting/deadlines/consolidated/working_days".into(),
                    "the consolidated report must be due after the bodies' reports".into(),
                    "báo cáo tổng hợp phải có thời hạn sau thời hạn báo cáo của các cơ quan".into(),
                )
                .with_citations([Citation::article(DECREE_09_2019, 8).clause(5)]),
            );
        }
        let mut problems = p.into_iter();
        match problems.next() {
            None => Ok(()),
            Some(first) => Err(first.with_related(problems)),
        }
    }
}
