//! Work outside cases and the reporter's free-text sections.

use super::cases::bump;
use crate::error::Result;
use crate::org::BodyId;
use crate::regulation::Regulation;
use crate::report::figures::{BodyFigures, PeriodicReport, WorkFigures};
use crate::report::work::WorkRecord;
use crate::rules::ReportLevel;
use std::collections::BTreeMap;

impl PeriodicReport {
    /// Adds the work outside cases done within the window: the reporter's own records for a
    /// body's report, everyone's for the consolidated report (also in the per-body figures).
    /// Records outside the window are ignored. Titles are never copied into the report.
    ///
    /// Errors: a record whose kind is not the regulation's, whose body is unknown on its date or
    /// whose citation does not fit its kind ([`WorkRecord::check`]), with the pointer
    /// `/work/<i>/…`.
    pub fn with_work(mut self, reg: &Regulation, records: &[WorkRecord]) -> Result<PeriodicReport> {
        for (i, r) in records.iter().enumerate() {
            r.check(reg).map_err(|e| e.under(&format!("/work/{i}")))?;
        }
        let day = self.window.to;
        let mut rows: BTreeMap<BodyId, BodyFigures> = self
            .per_body
            .drain(..)
            .map(|r| (r.body.clone(), r))
            .collect();
        let mut work = WorkFigures::default();
        for r in records.iter().filter(|r| self.window.contains(r.date)) {
            if self.level == ReportLevel::Body && r.body != self.reporter.body {
                continue;
            }
            bump(&mut work.by_kind, r.kind.clone());
            work.total += 1;
            let row = rows
                .entry(r.body.clone())
                .or_insert_with(|| BodyFigures::new(super::header::named(reg, &r.body, day)));
            bump(&mut row.work, r.kind.clone());
        }
        self.work = work;
        self.per_body = rows.into_values().collect();
        Ok(self)
    }

    /// Sets the reporter's free-text sections: difficulties and obstacles, and proposals.
    /// Normalised to NFC; empty lines are dropped. The text is the reporter's responsibility: it
    /// must not name private persons.
    pub fn with_sections(mut self, difficulties: &[&str], proposals: &[&str]) -> PeriodicReport {
        let clean = |v: &[&str]| -> Vec<String> {
            v.iter()
                .map(|s| crate::text::nfc(s.trim()))
                .filter(|s| !s.is_empty())
                .collect()
        };
        self.difficulties = clean(difficulties);
        self.proposals = clean(proposals);
        self
    }
}
