//! The reporting calendar: every periodic report every body owes in a year, with its window,
//! due date (working days, [`WorkCalendar::vietnam`]), recipient and the provisions it rests on;
//! and which reports are late.

use super::window::{Period, Window};
use crate::error::{Error, ErrorCode, Result};
use crate::law::{Citation, Status};
use crate::org::{BodyId, RoleAssignment, RoleId};
use crate::regulation::Regulation;
use crate::rules::{Basis, Frequency, GapRule, ReportLevel, ReportingObligation, WindowRule};
use crate::text::Label;
use crate::time::{Holiday, WorkCalendar, vn_date};
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One report one body owes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct ReportingDue {
    /// The obligation's id, e.g. `8.1-six-monthly`.
    pub obligation: String,
    /// Which report.
    pub period: Period,
    /// A body's own report or the consolidated one.
    pub level: ReportLevel,
    /// The reporting body.
    pub body: BodyId,
    /// Its name.
    pub body_name: Label,
    /// The roles through which it owes the report (on the window's last day).
    pub roles: Vec<RoleId>,
    /// The receiving body (on the window's last day).
    pub recipient: BodyId,
    /// Its name.
    pub recipient_name: Label,
    /// The data window.
    pub window: Window,
    /// The last day to send it (a working day).
    pub due: NaiveDate,
    /// Working days between the window's end and `due`.
    pub gap_working_days: u32,
    /// Holidays passed over between the window's end and `due`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<Holiday>,
    /// The provisions: the obligation, the window rule and the deadline rule — only those in
    /// force for the period.
    pub citations: Vec<Citation>,
    /// The weakest status among the facts the entry rests on (obligation, window rule, deadline
    /// rule, role assignments, holidays).
    pub status: Status,
    /// True when the entry rests on an interpretation (e.g. the consolidated deadline's number,
    /// or a body playing a role by interpretation).
    pub interpretation: bool,
    /// Why the entry is not confirmed, one line per reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Label>,
    /// True when `due` is before the `as_of` day asked about.
    pub past: bool,
}

/// A report sent: by whom, which one, when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Submission {
    /// The sending body.
    pub body: BodyId,
    /// Which report.
    pub period: Period,
    /// When it was sent.
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize",
        deserialize_with = "crate::time::rfc3339::deserialize"
    )]
    pub submitted_at: DateTime<FixedOffset>,
}

/// A report that is late: not sent by its due date (as of the day asked about), or sent after it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Overdue {
    /// The report.
    pub due: ReportingDue,
    /// When it was sent, if it was (after `due`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize_opt",
        deserialize_with = "crate::time::rfc3339::deserialize_opt"
    )]
    pub submitted_at: Option<DateTime<FixedOffset>>,
    /// Working days after the due date: until it was sent, or until the day asked about.
    pub working_days_late: i64,
}

fn name(reg: &Regulation, id: &BodyId, day: NaiveDate) -> Label {
    reg.register.body_name(id, day)
}

/// The bodies owing an obligation on `day`: the bodies playing a role that holds its duty then,
/// each once, with all the roles through which it owes it. A body's best assignment (not an
/// interpretation, then the surest status) stands for it.
pub(super) fn reporters<'a>(
    reg: &'a Regulation,
    o: &ReportingObligation,
    day: NaiveDate,
) -> Vec<(BodyId, Vec<&'a RoleAssignment>)> {
    let Some(duty) = reg.matrix.duty(&o.duty) else {
        return Vec::new();
    };
    let mut out: Vec<(BodyId, Vec<&RoleAssignment>)> = Vec::new();
    for role in duty.holders() {
        if !duty.is_held_by_on(role, day) {
            continue;
        }
        for a in reg.register.body_for(role, day) {
            if !a.covers(&duty.id) {
                continue;
            }
            match out.iter_mut().find(|(b, _)| b == &a.body) {
                Some((_, list)) => list.push(a),
                None => out.push((a.body.clone(), vec![a])),
            }
        }
    }
    for (_, list) in out.iter_mut() {
        list.sort_by_key(|a| (a.interpretation, a.status));
    }
    out
}

/// The body receiving an obligation's reports on `day`: the first body playing the recipient role
/// for all its duties (a body holding only some of the role's duties never receives reports).
pub(super) fn recipient<'a>(
    reg: &'a Regulation,
    role: &RoleId,
    day: NaiveDate,
) -> Option<&'a RoleAssignment> {
    reg.register
        .body_for(role, day)
        .into_iter()
        .find(|a| a.duties.is_empty())
}

/// The bases of `bases` that can be cited for a period whose window ends on `end`.
pub(super) fn bases_for(bases: &[Basis], end: NaiveDate) -> impl Iterator<Item = &Basis> {
    bases.iter().filter(move |b| b.applies.contains(end))
}

/// The citations of an obligation's period: the obligation, the window rule's and the deadline
/// rule's bases in force for it, and the ordering rule for a consolidated report.
pub(super) fn period_citations(
    reg: &Regulation,
    o: &ReportingObligation,
    w: &WindowRule,
    gap: Option<&GapRule>,
    end: NaiveDate,
) -> Vec<Citation> {
    let mut citations = vec![o.citation.clone()];
    citations.extend(bases_for(&w.basis, end).filter_map(|b| b.provision.clone()));
    if let Some(g) = gap {
        citations.extend(bases_for(&g.basis, end).filter_map(|b| b.provision.clone()));
    }
    let ordering = &reg.reporting.deadlines.ordering;
    if o.level == ReportLevel::Consolidated && ordering.applies.contains(end) {
        citations.extend(ordering.provision.clone());
    }
    let mut seen = std::collections::HashSet::new();
    citations.retain(|c| seen.insert(c.clone()));
    citations
}

fn caveat(what: &str, what_vi: &str, status: Status) -> Label {
    let s = status.label();
    Label::new(
        format!("{what_vi}: {} (mức {})", s.vi, status.code()),
        format!("{what}: {} (status {})", s.en, status.code()),
    )
}

/// Every periodic report owed for `year`: one entry per obligation, period and body playing a
/// role that holds the obligation's duty on the window's last day, with the window, the due date
/// counted in working days after the window ends (the level's deadline rule for that period),
/// the recipient on that day, and whether the due date is before `as_of`. Ad hoc reports have no
/// date and are not listed, nor is a window ending before the regulation came into force. Each
/// entry cites only the bases in force for its period; a period with no basis read for its
/// deadline says so (status U).
///
/// Sorted by due date, then level (bodies first), then body id. Errors: a year whose dates leave
/// the calendar's range (1900–2199) is [`ErrorCode::DateOutOfRange`].
///
/// ```
/// use chrono::NaiveDate;
/// use quyche::report::reporting_calendar;
/// let reg = quyche::Regulation::khanh_hoa_ref();
/// let as_of = NaiveDate::from_ymd_opt(2026, 6, 17).unwrap();
/// let cal = reporting_calendar(reg, 2026, as_of).unwrap();
/// let lead = cal.iter().find(|d| d.obligation == "8.2-six-monthly").unwrap();
/// assert_eq!(lead.body.as_str(), "so-vhttdl");
/// assert_eq!(lead.recipient.as_str(), "ubnd-tinh");
/// let police = cal.iter().find(|d| d.obligation == "8.1-six-monthly" && d.body.as_str() == "cong-an-tinh").unwrap();
/// assert_eq!(police.due.to_string(), "2026-06-16"); // Sun 14 Jun + 2 working days
/// assert!(police.past && police.due < lead.due);
/// ```
pub fn reporting_calendar(
    reg: &Regulation,
    year: i32,
    as_of: NaiveDate,
) -> Result<Vec<ReportingDue>> {
    let mut out = Vec::new();
    for o in &reg.reporting.obligations {
        if o.frequency == Frequency::AdHoc {
            continue;
        }
        let Some(wrule) = reg.reporting.window_rule(o.frequency) else {
            continue;
        };
        for period in Period::all_in(o.frequency, year) {
            let window = period.window_of(wrule)?;
            if reg.in_force.contains(window.to) {
                out.extend(entries(reg, o, wrule, period, window, as_of)?);
            }
        }
    }
    out.sort_by(|a, b| (a.due, a.level, &a.body).cmp(&(b.due, b.level, &b.body)));
    Ok(out)
}

/// The entries of one obligation's period, one per reporting body.
fn entries(
    reg: &Regulation,
    o: &ReportingObligation,
    wrule: &WindowRule,
    period: Period,
    window: Window,
    as_of: NaiveDate,
) -> Result<Vec<ReportingDue>> {
    let end = window.to;
    let Some(gap) = reg.reporting.deadlines.gap(o.level, end) else {
        return Ok(Vec::new());
    };
    let count = WorkCalendar::vietnam().add_working_days(end, gap.working_days)?;
    let Some(to) = recipient(reg, &o.recipient, end) else {
        return Ok(Vec::new());
    };
    let citations = period_citations(reg, o, wrule, Some(gap), end);
    let mut out = Vec::new();
    for (body, assignments) in reporters(reg, o, end) {
        let best = assignments[0];
        let mut warnings = Vec::new();
        let mut status = o.status;
        let mut push = |s: Status, w: Label| {
            status = status.max(s);
            if !s.is_confirmed() {
                warnings.push(w);
            }
        };
        push(
            wrule.status,
            caveat("Data window rule", "Quy định kỳ số liệu", wrule.status),
        );
        push(
            gap.status,
            caveat("Sending deadline rule", "Quy định thời hạn gửi", gap.status),
        );
        push(
            best.status,
            caveat(
                "Who plays the reporting role",
                "Cơ quan thực hiện vai trò",
                best.status,
            ),
        );
        push(
            to.status,
            caveat("Who receives the report", "Cơ quan nhận báo cáo", to.status),
        );
        status = status.max(count.status);
        warnings.extend(count.warnings.iter().cloned());
        if gap.interpretation
            && let Some(n) = &gap.note
        {
            warnings.push(n.clone());
        }
        out.push(ReportingDue {
            obligation: o.id.clone(),
            period,
            level: o.level,
            body_name: name(reg, &body, end),
            roles: assignments.iter().map(|a| a.role.clone()).collect(),
            body,
            recipient: to.body.clone(),
            recipient_name: name(reg, &to.body, end),
            window,
            due: count.date,
            gap_working_days: gap.working_days,
            skipped: count.skipped.clone(),
            citations: citations.clone(),
            status,
            interpretation: gap.interpretation || best.interpretation || to.interpretation,
            warnings,
            past: count.date < as_of,
        });
    }
    Ok(out)
}

/// The periodic reports that are late as of `as_of`: due before `as_of` and not sent by the due
/// date (Vietnam day of `submitted_at`), whether sent late or not yet sent. Every periodic report
/// due since the regulation came into force is considered; a submission after `as_of` is not
/// yet known and is ignored; of several submissions of one report, the earliest counts.
///
/// Errors (JSON pointers into `submitted`): an unknown body is [`ErrorCode::UnknownAgency`] at
/// `/<i>/body`; an ad hoc period is [`ErrorCode::InvalidInput`] at `/<i>/period/frequency`; an
/// `as_of` outside 1900–2199 is [`ErrorCode::DateOutOfRange`].
///
/// ```
/// use chrono::{DateTime, NaiveDate};
/// use quyche::org::BodyId;
/// use quyche::report::{overdue, Period, Submission};
/// use quyche::rules::Frequency;
/// let reg = quyche::Regulation::khanh_hoa_ref();
/// let as_of = NaiveDate::from_ymd_opt(2026, 6, 22).unwrap();
/// let sent = Submission {
///     body: BodyId::new("cong-an-tinh"),
///     period: Period::of_year(Frequency::SixMonthly, 2026),
///     submitted_at: DateTime::parse_from_rfc3339("2026-06-17T09:00:00+07:00").unwrap(),
/// };
/// let late = overdue(reg, as_of, &[sent]).unwrap();
/// let police = late.iter().find(|l| l.due.body.as_str() == "cong-an-tinh" && l.due.period.year == 2026).unwrap();
/// assert_eq!(police.working_days_late, 1); // due Tue 16 Jun, sent Wed 17 Jun
/// ```
pub fn overdue(
    reg: &Regulation,
    as_of: NaiveDate,
    submitted: &[Submission],
) -> Result<Vec<Overdue>> {
    for (i, s) in submitted.iter().enumerate() {
        if reg.register.body(&s.body).is_none() {
            return Err(Error::new(
                ErrorCode::UnknownAgency,
                format!("Unknown body `{}`.", crate::text::echo(s.body.as_str())),
                format!("Không có cơ quan `{}`.", crate::text::echo(s.body.as_str())),
            )
            .at(format!("/{i}/body")));
        }
        if s.period.frequency == Frequency::AdHoc {
            return Err(Error::invalid(
                format!("/{i}/period/frequency"),
                "Ad hoc reports have no due date to be late against.",
                "Báo cáo đột xuất không có thời hạn để xét chậm.",
            ));
        }
    }
    let cal = WorkCalendar::vietnam();
    // The calendar's range (1900–2199) bounds the years looked at.
    cal.is_working_day(as_of).map_err(|e| e.under("/as_of"))?;
    let first = reg.in_force.from.map_or(as_of.year(), |d| d.year());
    let mut out = Vec::new();
    for year in first..=as_of.year() + 1 {
        for due in reporting_calendar(reg, year, as_of)? {
            if due.due >= as_of {
                continue;
            }
            let sent = submitted
                .iter()
                .filter(|s| {
                    s.body == due.body
                        && s.period == due.period
                        && vn_date(&s.submitted_at) <= as_of
                })
                .map(|s| s.submitted_at)
                .min_by_key(|t| t.timestamp());
            let until = match sent {
                Some(t) if vn_date(&t) <= due.due => continue,
                Some(t) => vn_date(&t),
                None => as_of,
            };
            let working_days_late = cal.working_days_between(due.due, until)?;
            out.push(Overdue {
                due,
                submitted_at: sent,
                working_days_late,
            });
        }
    }
    Ok(out)
}
