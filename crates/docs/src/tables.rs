//! CSV: the cases of a listing, one row per case ([`cases_csv`], from the core's
//! [`quyche::report::CaseRow`], so without personal data), and the figures of a compiled report
//! in long form, one row per figure ([`report_csv`]). Headers are stable snake_case ids; each
//! vocabulary value comes with its label in the chosen language. RFC 4180 (the `csv` crate),
//! UTF-8, optionally with a byte-order mark for spreadsheet programs that need one.

use quyche::error::{Error, ErrorCode, Result};
use quyche::law::Citation;
use quyche::regulation::Regulation;
use quyche::report::{CaseRow, PeriodicReport};
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
    t.map(|t| quyche::time::to_vn(t).to_rfc3339()).unwrap_or_default()
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
        r.topics.iter().map(|t| t.as_str()).collect::<Vec<_>>().join(";"),
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
        r.grounds.iter().map(|c| c.key()).collect::<Vec<_>>().join(";"),
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

/// A row of figures being written.
struct Figures<'a> {
    w: csv::Writer<Vec<u8>>,
    lang: Lang,
    body: (&'a str, String),
}

impl Figures<'_> {
    fn row(&mut self, section: &str, item: &str, label: &Label, value: impl ToString) -> Result<()> {
        self.w
            .write_record([
                section,
                item,
                label.get(self.lang),
                self.body.0,
                &self.body.1,
                &value.to_string(),
            ])
            .map_err(failed)
    }

    fn tally<K>(
        &mut self,
        section: &str,
        m: &std::collections::BTreeMap<K, u32>,
        id: impl Fn(&K) -> String,
        label: impl Fn(&K) -> Label,
    ) -> Result<()> {
        for (k, n) in m {
            self.row(section, &id(k), &label(k), n)?;
        }
        Ok(())
    }
}

/// A compiled report's figures as CSV in long form: `section, item, label, body, body_name,
/// value` — the case figures (body empty), then each body's row of the per-body table. Counts
/// only: a report holds no personal data (the core's [`PeriodicReport`]).
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
    let mut f = Figures {
        w,
        lang: options.lang,
        body: ("", String::new()),
    };
    let c = &r.cases;
    let lab = Label::new;
    f.row("cases", "new", &lab("Phát hiện mới", "Newly detected"), c.new)?;
    f.row("cases", "carried_over", &lab("Chuyển tiếp từ kỳ trước", "Carried over"), c.carried_over)?;
    f.row("cases", "total", &lab("Tổng số vụ việc", "Cases in the period"), c.total)?;
    f.tally("by_status", &c.by_status, |k| k.as_str().into(), |k| k.label())?;
    f.tally("by_detection_source", &c.by_detection_source, |k| k.as_str().into(), |k| k.label())?;
    f.tally("by_platform_kind", &c.by_platform_kind, |k| k.as_str().into(), |k| k.label())?;
    f.tally("by_topic", &c.by_topic, |k| k.as_str().into(), |k| k.label())?;
    f.tally("by_verdict", &c.by_verdict, |k| k.as_str().into(), |k| k.label())?;
    for g in &c.by_ground {
        f.row("by_ground", &g.group, &g.label, g.cases)?;
    }
    f.row(
        "cases",
        "confidential",
        &lab("Vụ việc liên quan đến bí mật nhà nước", "Cases touching state secrets"),
        c.confidential,
    )?;
    let action = |k: &quyche::rules::ActionKindId| {
        reg.workflow
            .action(k)
            .map_or_else(|| Label::new(k.as_str(), k.as_str()), |a| a.label.clone())
    };
    f.tally("actions_by_kind", &c.actions_by_kind, |k| k.as_str().into(), action)?;
    f.tally("outcomes", &c.outcomes, |k| k.as_str().into(), |k| k.label())?;
    f.row(
        "cases",
        "deadlines_missed",
        &lab("Việc xử lý chậm so với thời hạn", "Actions past their deadline"),
        c.deadlines_missed.len(),
    )?;
    let p = &c.platforms;
    f.row("platforms", "sent", &lab("Yêu cầu gỡ bỏ đã gửi", "Removal requests sent"), p.sent)?;
    f.tally("platforms", &p.responses, |k| k.as_str().into(), |k| k.label())?;
    f.row("platforms", "pending", &lab("Chưa phản hồi", "Unanswered"), p.pending)?;
    f.row("platforms", "late", &lab("Nền tảng chậm thực hiện", "Platforms late"), p.late)?;
    f.row("cases", "published", &lab("Vụ việc được thông báo kết quả", "Cases with results announced"), c.published)?;
    f.tally("dismissed", &c.dismissed, |k| k.as_str().into(), |k| k.label())?;
    f.row("cases", "closed", &lab("Vụ việc đã kết thúc", "Cases closed"), c.closed)?;
    f.row("cases", "open_at_end", &lab("Vụ việc còn đang xử lý cuối kỳ", "Cases open at the end"), c.open_at_end)?;
    let work = |k: &quyche::rules::WorkKindId| {
        reg.reporting
            .work_kind(k)
            .map_or_else(|| Label::new(k.as_str(), k.as_str()), |x| x.label.clone())
    };
    f.row("work", "total", &lab("Hoạt động khác", "Other work"), r.work.total)?;
    f.tally("work", &r.work.by_kind, |k| k.as_str().into(), work)?;
    for b in &r.per_body {
        let name = b.name.get(options.lang).to_string();
        f.body = (b.body.as_str(), name);
        f.row("per_body", "detected", &lab("Phát hiện", "Detected"), b.detected)?;
        f.row("per_body", "notified", &lab("Thông báo", "Notified"), b.notified)?;
        f.row("per_body", "consulted", &lab("Được lấy ý kiến", "Consulted"), b.consulted)?;
        f.row("per_body", "opinions", &lab("Ý kiến", "Opinions"), b.opinions)?;
        f.row("per_body", "actions", &lab("Việc xử lý", "Actions"), b.actions)?;
        f.row("per_body", "results", &lab("Kết quả", "Results"), b.results.values().sum::<u32>())?;
        f.row("per_body", "deadlines_missed", &lab("Chậm hạn", "Late"), b.deadlines_missed)?;
        f.row("per_body", "removal_requests", &lab("Yêu cầu gỡ bỏ", "Removal requests"), b.removal_requests)?;
        f.row("per_body", "published", &lab("Thông báo kết quả", "Announcements"), b.published)?;
    }
    finish(f.w, options.bom)
}
