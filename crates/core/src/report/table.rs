//! A compiled report's figures as the rows of a long table ([`figure_rows`]): one row per figure,
//! `section, item, label, body, value`, in the order the document states them — the case figures
//! first (the body empty), then each body's row of the per-body table. Counts only, like the
//! report itself: no personal data. The document crate writes these rows as CSV; the bindings
//! return them as a table (a list of dicts, a pandas `DataFrame` away). No file format lives here.

use super::figures::{NamedBody, PeriodicReport};
use crate::regulation::Regulation;
use crate::rules::{ActionKindId, WorkKindId};
use crate::text::Label;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The group a figure belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub enum FigureSection {
    /// Totals over the cases (new, carried over, total, confidential, published, closed…).
    Cases,
    /// Cases by where they stand at the end of the window.
    ByStatus,
    /// Cases by how they were detected.
    ByDetectionSource,
    /// Cases by the platform's kind.
    ByPlatformKind,
    /// Cases by topic.
    ByTopic,
    /// Conclusions by verdict.
    ByVerdict,
    /// Violating conclusions by group of grounds.
    ByGround,
    /// Actions by kind.
    ActionsByKind,
    /// Results of actions by outcome.
    Outcomes,
    /// Removal requests to platforms and their answers.
    Platforms,
    /// Dismissed cases by reason.
    Dismissed,
    /// Work outside cases, by kind.
    Work,
    /// One body's row of the per-body table.
    PerBody,
}

impl FigureSection {
    /// The section's id (its JSON value).
    pub fn as_str(&self) -> &'static str {
        match self {
            FigureSection::Cases => "cases",
            FigureSection::ByStatus => "by_status",
            FigureSection::ByDetectionSource => "by_detection_source",
            FigureSection::ByPlatformKind => "by_platform_kind",
            FigureSection::ByTopic => "by_topic",
            FigureSection::ByVerdict => "by_verdict",
            FigureSection::ByGround => "by_ground",
            FigureSection::ActionsByKind => "actions_by_kind",
            FigureSection::Outcomes => "outcomes",
            FigureSection::Platforms => "platforms",
            FigureSection::Dismissed => "dismissed",
            FigureSection::Work => "work",
            FigureSection::PerBody => "per_body",
        }
    }
}

/// One figure of a compiled report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct FigureRow {
    /// The group.
    pub section: FigureSection,
    /// The figure's id within its group: a vocabulary value, an action or work kind id, a
    /// ground group, or a named total (`total`, `new`, `sent`…).
    pub item: String,
    /// The figure in words, in Vietnamese and English.
    pub label: Label,
    /// The body, for a row of the per-body table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<NamedBody>,
    /// The count.
    pub value: u32,
}

/// Rows being collected.
struct Rows {
    out: Vec<FigureRow>,
    body: Option<NamedBody>,
}

impl Rows {
    fn add(&mut self, section: FigureSection, item: &str, label: Label, value: impl Count) {
        self.out.push(FigureRow {
            section,
            item: item.to_string(),
            label,
            body: self.body.clone(),
            value: value.count(),
        });
    }

    fn total(&mut self, section: FigureSection, item: &str, vi: &str, en: &str, value: impl Count) {
        self.add(section, item, Label::new(vi, en), value);
    }

    fn tally<K>(
        &mut self,
        section: FigureSection,
        m: &BTreeMap<K, u32>,
        id: impl Fn(&K) -> String,
        label: impl Fn(&K) -> Label,
    ) {
        for (k, n) in m {
            self.add(section, &id(k), label(k), *n);
        }
    }
}

/// A count of any integer width, saturating at `u32::MAX`.
trait Count {
    fn count(self) -> u32;
}

impl Count for u32 {
    fn count(self) -> u32 {
        self
    }
}

impl Count for usize {
    fn count(self) -> u32 {
        u32::try_from(self).unwrap_or(u32::MAX)
    }
}

fn action_label(reg: &Regulation, k: &ActionKindId) -> Label {
    reg.workflow
        .action(k)
        .map_or_else(|| Label::new(k.as_str(), k.as_str()), |a| a.label.clone())
}

fn work_label(reg: &Regulation, k: &WorkKindId) -> Label {
    reg.reporting
        .work_kind(k)
        .map_or_else(|| Label::new(k.as_str(), k.as_str()), |x| x.label.clone())
}

/// The case figures (section I of the document, parts 1 to 4).
fn case_rows(reg: &Regulation, r: &PeriodicReport, f: &mut Rows) {
    use FigureSection as S;
    let c = &r.cases;
    f.total(S::Cases, "new", "Phát hiện mới", "Newly detected", c.new);
    let carried = ("Chuyển tiếp từ kỳ trước", "Carried over");
    f.total(
        S::Cases,
        "carried_over",
        carried.0,
        carried.1,
        c.carried_over,
    );
    f.total(
        S::Cases,
        "total",
        "Tổng số vụ việc trong kỳ",
        "Cases in the period",
        c.total,
    );
    f.tally(
        S::ByStatus,
        &c.by_status,
        |k| k.as_str().into(),
        |k| k.label(),
    );
    let source = |k: &crate::vocab::DetectionSource| k.as_str().to_string();
    f.tally(S::ByDetectionSource, &c.by_detection_source, source, |k| {
        k.label()
    });
    let kind = |k: &crate::vocab::PlatformKind| k.as_str().to_string();
    f.tally(S::ByPlatformKind, &c.by_platform_kind, kind, |k| k.label());
    f.tally(
        S::ByTopic,
        &c.by_topic,
        |k| k.as_str().into(),
        |k| k.label(),
    );
    f.tally(
        S::ByVerdict,
        &c.by_verdict,
        |k| k.as_str().into(),
        |k| k.label(),
    );
    for g in &c.by_ground {
        f.add(S::ByGround, &g.group, g.label.clone(), g.cases);
    }
    let secret = (
        "Vụ việc liên quan đến bí mật nhà nước",
        "Cases touching state secrets",
    );
    f.total(S::Cases, "confidential", secret.0, secret.1, c.confidential);
    let action = |k: &ActionKindId| action_label(reg, k);
    f.tally(
        S::ActionsByKind,
        &c.actions_by_kind,
        |k| k.as_str().into(),
        action,
    );
    f.tally(
        S::Outcomes,
        &c.outcomes,
        |k| k.as_str().into(),
        |k| k.label(),
    );
    let late = (
        "Việc xử lý chậm so với thời hạn",
        "Actions past their deadline",
    );
    f.total(
        S::Cases,
        "deadlines_missed",
        late.0,
        late.1,
        c.deadlines_missed.len(),
    );
    let p = &c.platforms;
    f.total(
        S::Platforms,
        "sent",
        "Yêu cầu gỡ bỏ đã gửi",
        "Removal requests sent",
        p.sent,
    );
    f.tally(
        S::Platforms,
        &p.responses,
        |k| k.as_str().into(),
        |k| k.label(),
    );
    f.total(
        S::Platforms,
        "pending",
        "Chưa phản hồi",
        "Unanswered",
        p.pending,
    );
    f.total(
        S::Platforms,
        "late",
        "Nền tảng chậm thực hiện",
        "Platforms late",
        p.late,
    );
    let missed = c.platform_deadlines_missed.len();
    let words = ("Thời hạn của nền tảng đã quá", "Platform deadlines passed");
    f.total(S::Platforms, "deadlines_missed", words.0, words.1, missed);
    let published = (
        "Vụ việc được thông báo kết quả",
        "Cases with results announced",
    );
    f.total(S::Cases, "published", published.0, published.1, c.published);
    f.tally(
        S::Dismissed,
        &c.dismissed,
        |k| k.as_str().into(),
        |k| k.label(),
    );
    f.total(
        S::Cases,
        "closed",
        "Vụ việc đã kết thúc",
        "Cases closed",
        c.closed,
    );
    let open = ("Vụ việc còn đang xử lý cuối kỳ", "Cases open at the end");
    f.total(S::Cases, "open_at_end", open.0, open.1, c.open_at_end);
}

/// The per-body table, one group of rows per body.
fn body_rows(reg: &Regulation, r: &PeriodicReport, f: &mut Rows) {
    use FigureSection as S;
    for b in &r.per_body {
        f.body = Some(NamedBody {
            body: b.body.clone(),
            name: b.name.clone(),
        });
        f.total(S::PerBody, "detected", "Phát hiện", "Detected", b.detected);
        f.total(S::PerBody, "notified", "Thông báo", "Notified", b.notified);
        f.total(
            S::PerBody,
            "consulted",
            "Được lấy ý kiến",
            "Consulted",
            b.consulted,
        );
        f.total(S::PerBody, "opinions", "Ý kiến", "Opinions", b.opinions);
        f.total(S::PerBody, "actions", "Việc xử lý", "Actions", b.actions);
        let results: u32 = b.results.values().sum();
        f.total(S::PerBody, "results", "Kết quả", "Results", results);
        f.total(
            S::PerBody,
            "deadlines_missed",
            "Chậm hạn",
            "Late",
            b.deadlines_missed,
        );
        let removal = ("Yêu cầu gỡ bỏ", "Removal requests");
        f.total(
            S::PerBody,
            "removal_requests",
            removal.0,
            removal.1,
            b.removal_requests,
        );
        f.total(
            S::PerBody,
            "published",
            "Thông báo kết quả",
            "Announcements",
            b.published,
        );
        let work = |k: &WorkKindId| work_label(reg, k);
        f.tally(
            S::PerBody,
            &b.work,
            |k| format!("work:{}", k.as_str()),
            work,
        );
    }
    f.body = None;
}

/// The report's figures as rows (the case figures, the work outside cases, then the per-body
/// table), each with its id and its words in both languages.
///
/// ```
/// use quyche::report::{FigureSection, Window, compile_report, figure_rows};
/// let reg = quyche::Regulation::khanh_hoa_ref();
/// let w = Window::new("2025-12-15".parse().unwrap(), "2026-06-14".parse().unwrap()).unwrap();
/// let report = compile_report(reg, &[], w, &quyche::org::BodyId::new("so-vhttdl")).unwrap();
/// let rows = figure_rows(reg, &report);
/// let total = rows.iter().find(|r| r.section == FigureSection::Cases && r.item == "total").unwrap();
/// assert_eq!((total.value, total.label.vi.as_str()), (0, "Tổng số vụ việc trong kỳ"));
/// ```
pub fn figure_rows(reg: &Regulation, report: &PeriodicReport) -> Vec<FigureRow> {
    use FigureSection as S;
    let mut f = Rows {
        out: Vec::new(),
        body: None,
    };
    case_rows(reg, report, &mut f);
    let w = &report.work;
    f.total(S::Work, "total", "Hoạt động khác", "Other work", w.total);
    let work = |k: &WorkKindId| work_label(reg, k);
    f.tally(S::Work, &w.by_kind, |k| k.as_str().into(), work);
    body_rows(reg, report, &mut f);
    f.out
}
