//! Who reports at which level, to whom, on which basis and by when.

use crate::error::{Error, ErrorCode, Result};
use crate::law::Citation;
use crate::org::BodyId;
use crate::regulation::Regulation;
use crate::report::due::{bases_for, period_citations, recipient, reporters};
use crate::report::figures::NamedBody;
use crate::report::window::{Period, Window};
use crate::rules::{Frequency, ReportLevel, ReportingObligation};
use crate::text::Label;
use crate::time::WorkCalendar;
use chrono::NaiveDate;

/// A body with its name on `day`.
pub(super) fn named(reg: &Regulation, id: &BodyId, day: NaiveDate) -> NamedBody {
    NamedBody {
        body: id.clone(),
        name: reg.register.body_name(id, day),
    }
}

/// The report's header facts.
pub(super) struct Header {
    pub level: ReportLevel,
    pub obligation: Option<String>,
    pub period: Option<Period>,
    pub due: Option<NaiveDate>,
    pub recipients: Vec<NamedBody>,
    pub citations: Vec<Citation>,
    pub warnings: Vec<Label>,
}

fn caveat(what_vi: &str, what_en: &str, s: crate::law::Status) -> Label {
    Label::new(
        format!("{what_vi} có mức {} ({})", s.code(), s.label().vi),
        format!("{what_en} has status {} ({})", s.code(), s.label().en),
    )
}

impl Header {
    /// The header of `reporter`'s report for `window`.
    pub fn of(reg: &Regulation, window: Window, reporter: &BodyId) -> Result<Header> {
        if reg.register.body(reporter).is_none() {
            return Err(Error::new(
                ErrorCode::UnknownAgency,
                format!(
                    "Unknown reporting body `{}`.",
                    crate::text::echo(reporter.as_str())
                ),
                format!(
                    "Không có cơ quan báo cáo `{}`.",
                    crate::text::echo(reporter.as_str())
                ),
            )
            .at("/reporter"));
        }
        let end = window.to;
        let (level, any) = level_of(reg, reporter, end)?;
        let period = Period::of_window(reg, window);
        let frequency = period.map_or(Frequency::AdHoc, |p| p.frequency);
        let obligation = reg.reporting.obligation(level, frequency);
        let o = obligation.unwrap_or(any);
        let mut h = Header {
            level,
            obligation: obligation.map(|o| o.id.clone()),
            period,
            due: None,
            recipients: Vec::new(),
            citations: vec![o.citation.clone()],
            warnings: Vec::new(),
        };
        if let Some(a) = recipient(reg, &o.recipient, end) {
            h.recipients.push(named(reg, &a.body, end));
            if let Some(c) = a.caveat() {
                h.warnings.push(Label::new(
                    format!("Cơ quan nhận báo cáo: {}", c.vi),
                    format!("Report recipient: {}", c.en),
                ));
            }
        }
        if period.is_some() {
            h.periodic(reg, o, end)?;
        }
        Ok(h)
    }

    /// The window rule's and the deadline's bases in force for the period, and the due date.
    fn periodic(
        &mut self,
        reg: &Regulation,
        o: &ReportingObligation,
        end: NaiveDate,
    ) -> Result<()> {
        let Some(w) = reg.reporting.window_rule(o.frequency) else {
            return Ok(());
        };
        let gap = reg.reporting.deadlines.gap(self.level, end);
        self.citations = period_citations(reg, o, w, gap, end);
        if !w.status.is_confirmed() {
            self.warnings.push(caveat(
                "Quy định kỳ số liệu",
                "The data window rule",
                w.status,
            ));
        }
        let Some(gap) = gap else { return Ok(()) };
        self.due = Some(
            WorkCalendar::vietnam()
                .add_working_days(end, gap.working_days)?
                .date,
        );
        if !gap.status.is_confirmed() {
            self.warnings.push(caveat(
                "Quy định thời hạn gửi báo cáo",
                "The sending deadline rule",
                gap.status,
            ));
        }
        if bases_for(&gap.basis, end).next().is_none() {
            self.warnings.push(Label::new(
                "Không có căn cứ cho thời hạn gửi của kỳ này.",
                "No basis is known for this period's sending deadline.",
            ));
        }
        if gap.interpretation
            && let Some(n) = &gap.note
        {
            self.warnings.push(n.clone());
        }
        Ok(())
    }
}

/// The reporter's level on `end`, with one of its obligations; `NOT_AUTHORIZED` when it owes
/// none.
fn level_of<'a>(
    reg: &'a Regulation,
    reporter: &BodyId,
    end: NaiveDate,
) -> Result<(ReportLevel, &'a ReportingObligation)> {
    let owes = |level: ReportLevel| {
        reg.reporting
            .obligations
            .iter()
            .filter(|o| o.level == level)
            .find(|o| reporters(reg, o, end).iter().any(|(b, _)| b == reporter))
    };
    if let Some(o) = owes(ReportLevel::Consolidated) {
        return Ok((ReportLevel::Consolidated, o));
    }
    if let Some(o) = owes(ReportLevel::Body) {
        return Ok((ReportLevel::Body, o));
    }
    let name = reg.register.body_name(reporter, end);
    Err(Error::new(
        ErrorCode::NotAuthorized,
        format!("{} has no reporting duty on {end}.", name.en),
        format!(
            "{} không có nhiệm vụ báo cáo vào ngày {}.",
            name.vi,
            end.format("%d/%m/%Y")
        ),
    )
    .with_citations(
        reg.reporting
            .obligations
            .iter()
            .map(|o| o.citation.clone())
            .collect::<std::collections::BTreeSet<_>>(),
    )
    .at("/reporter"))
}
