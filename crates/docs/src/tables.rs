//! CSV: the cases of a listing, one row per case ([`cases_csv`], from the core's
//! [`quyche::report::CaseRow`], so without personal data), and the figures of a compiled report
//! in long form, one row per figure ([`report_csv`]). Headers are stable snake_case ids; each
//! vocabulary value comes with its label in the chosen language. RFC 4180 (the `csv` crate),
//! UTF-8, optionally with a byte-order mark for spreadsheet programs that need one.

use quyche::error::{Error, ErrorCode, Result};
use quyche::law::Citation;
use quyche::regulation::Regulation;
use quyche::report::{CaseRow, PeriodicReport, figure_rows};
use quyche::text::{Label, Lang};

/// How a CSV file is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CsvOptions {
    /// The language of the label columns.
    pub lang: Lang,
    /// Start with a UTF-8 byte-order mark (Excel reads Vietnamese correctly with it).
    pub bom: bool,
}

fn failed(e: impl std::fmt::Display) -> Error {
    Error::new(
        ErrorCode::InvalidInput,
        format!("the CSV text could not be written: {e}"),
        format!("không ghi được tệp CSV: {e}"),
    )
}

fn finish(w: csv::Writer<Vec<u8>>, bom: bool) -> Result<String> {
    let bytes = w.into_inner().map_err(failed)?;
    let text = String::from_utf8(bytes).map_err(failed)?;
    Ok(if bom { format!("\u{feff}{text}") } else { text })
}

fn time(t: &Option<chrono::DateTime<chrono::FixedOffset>>) -> String {
    t.map(|t| quyche::time::to_vn(t).to_rfc3339())
        .unwrap_or_default()
}

fn cites(reg: &Regulation, c: &[Citation], lang: Lang) -> String {
    c.iter()
        .map(|c| match lang {
            Lang::Vi => c.vi(reg),
            Lang::En => c.en(reg),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The columns of [`cases_csv`], in order.
pub const CASE_COLUMNS: [&str; 40] = [
    "case_id",
    "regulation",
    "status",
    "status_label",
    "confidential",
    "summary",
    "platform",
    "platform_kind",
    "platform_kind_label",
    "content_kind",
    "content_kind_label",
    "topics",
    "topics_label",
    "law_date",
    "detected_by",
    "detected_by_name",
    "source",
    "source_label",
    "detected_at",
    "notified_by",
    "received_at",
    "consulted",
    "opinions",
    "verdict",
    "verdict_label",
    "grounds",
    "grounds_keys",
    "concluded_at",
    "label",
    "label_label",
    "actions",
    "actions_open",
    "removal_requests",
    "platform_responses",
    "announcements",
    "ended_at",
    "dismiss_reason",
    "dismiss_reason_label",
    "events",
    "head_hash",
];

fn case_record(reg: &Regulation, r: &CaseRow, lang: Lang) -> Vec<String> {
    let l = |x: Label| x.get(lang).to_string();
    let opt = |x: Option<String>| x.unwrap_or_default();
    vec![
        r.case_id.to_string(),
        r.regulation.clone(),
        r.status.as_str().into(),
        l(r.status.label()),
        r.confidential.to_string(),
        opt(r.summary.clone()),
        opt(r.platform.clone()),
        r.platform_kind.as_str().into(),
        l(r.platform_kind.label()),
        r.content_kind.as_str().into(),
        l(r.content_kind.label()),
        r.topics
            .iter()
            .map(|t| t.as_str())
            .collect::<Vec<_>>()
            .join(";"),
        r.topics
            .iter()
            .map(|t| l(t.label()))
            .collect::<Vec<_>>()
            .join("; "),
        r.law_date.to_string(),
        r.detected_by.body.to_string(),
        l(r.detected_by.name.clone()),
        r.source.as_str().into(),
        l(r.source.label()),
        time(&Some(r.detected_at)),
        opt(r.notified_by.map(|c| c.as_str().to_string())),
        time(&r.received_at),
        r.consulted.to_string(),
        r.opinions.to_string(),
        opt(r.verdict.map(|v| v.as_str().to_string())),
        opt(r.verdict.map(|v| l(v.label()))),
        cites(reg, &r.grounds, lang),
        r.grounds
            .iter()
            .map(|c| c.key())
            .collect::<Vec<_>>()
            .join(";"),
        time(&r.concluded_at),
        opt(r.label.map(|x| x.as_str().to_string())),
        opt(r.label.map(|x| l(x.label()))),
        r.actions.to_string(),
        r.actions_open.to_string(),
        r.removal_requests.to_string(),
        r.platform_responses
            .iter()
            .map(|p| p.as_str())
            .collect::<Vec<_>>()
            .join(";"),
        r.announcements.to_string(),
        time(&r.ended_at),
        opt(r.dismiss_reason.map(|d| d.as_str().to_string())),
        opt(r.dismiss_reason.map(|d| l(d.label()))),
        r.events.to_string(),
        r.head_hash.clone(),
    ]
}

/// The cases as CSV, one row per case (the columns of [`CASE_COLUMNS`]).
///
/// ```
/// let reg = quyche::Regulation::khanh_hoa_ref();
/// let text = quyche_docs::cases_csv(reg, &[], Default::default()).unwrap();
/// assert!(text.starts_with("case_id,regulation,status,"));
/// ```
pub fn cases_csv(reg: &Regulation, rows: &[CaseRow], options: CsvOptions) -> Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(CASE_COLUMNS).map_err(failed)?;
    for r in rows {
        w.write_record(case_record(reg, r, options.lang))
            .map_err(failed)?;
    }
    finish(w, options.bom)
}

/// The columns of [`report_csv`], in order.
pub const FIGURE_COLUMNS: [&str; 6] = ["section", "item", "label", "body", "body_name", "value"];

/// A compiled report's figures as CSV in long form: `section, item, label, body, body_name,
/// value`, one row per figure of the core's [`figure_rows`] — the case figures (body empty), the
/// work outside cases, then each body's row of the per-body table. Counts only: a report holds
/// no personal data (the core's [`PeriodicReport`]).
///
/// ```
/// let reg = quyche::Regulation::khanh_hoa_ref();
/// let w = quyche::report::Window::new("2025-12-15".parse().unwrap(), "2026-06-14".parse().unwrap()).unwrap();
/// let report = quyche::report::compile_report(reg, &[], w, &quyche::org::BodyId::new("so-vhttdl")).unwrap();
/// let text = quyche_docs::report_csv(reg, &report, Default::default()).unwrap();
/// assert!(text.contains("cases,total,"));
/// ```
pub fn report_csv(reg: &Regulation, r: &PeriodicReport, options: CsvOptions) -> Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(FIGURE_COLUMNS).map_err(failed)?;
    for f in figure_rows(reg, r) {
        let (body, name) = match &f.body {
            Some(b) => (b.body.as_str(), b.name.get(options.lang)),
            None => ("", ""),
        };
        let value = f.value.to_string();
        let label = f.label.get(options.lang);
        w.write_record([f.section.as_str(), &f.item, label, body, name, &value])
            .map_err(failed)?;
    }
    finish(w, options.bom)
}
