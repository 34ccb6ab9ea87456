//! The compiled periodic report ([`PeriodicReport`]) and its figures. Only counts, ids,
//! vocabulary values and dates: no content summary, URL, author handle, officer name, note or
//! title from a case is ever copied into a report. The free-text sections are the reporter's.

use super::rules::ReportLevel;
use super::window::{Period, Window};
use super::work::WorkKind;
use crate::case::{
    ActionKind, CaseId, CaseStatus, DetectionSource, DismissReason, Outcome, PlatformKind,
    RegulationRef, Topic, Verdict,
};
use crate::law::{Citation, Status};
use crate::org::BodyId;
use crate::text::Label;
use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A body with its name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct NamedBody {
    /// The body.
    pub body: BodyId,
    /// Its name.
    pub name: Label,
}

/// Cases concluded violating under one group of grounds: a ground named by Điều 2.2 together with
/// its successors (e.g. khoản 1 Điều 8 Luật An ninh mạng 2018 with khoản 1 and 2 Điều 7 Luật An
/// ninh mạng 2025), so that figures stay comparable across the 2024–2026 reforms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct GroundCount {
    /// The id of the ground named by the regulation (the group's root), e.g. `cyber-2018-art8-1`.
    pub group: String,
    /// The root ground's label.
    pub label: Label,
    /// The root's provision and its successors' in the catalogue.
    pub citations: Vec<Citation>,
    /// Cases concluded in the window citing a provision of the group (once per case).
    pub cases: u32,
}

/// An action whose legal deadline fell in the window and was missed: no result by the due time,
/// or a result after it. Counted in the window containing the due time only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct MissedDeadline {
    /// The case.
    pub case: CaseId,
    /// The action, e.g. `A1`.
    pub action: String,
    /// What it was.
    pub kind: ActionKind,
    /// Who had to do it.
    pub assignee: BodyId,
    /// Its name.
    pub assignee_name: Label,
    /// When it was due.
    #[serde(serialize_with = "crate::time::rfc3339::serialize")]
    pub due: DateTime<FixedOffset>,
    /// The limit in hours.
    pub hours: u32,
    /// The provision setting the limit, when identified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provision: Option<Citation>,
    /// How sure the limit is.
    pub status: Status,
    /// When the late result was reported, if it was within the window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "crate::time::rfc3339::serialize_opt")]
    pub late_result_at: Option<DateTime<FixedOffset>>,
}

/// The case figures of a report. Definitions (all days are Vietnam calendar days):
///
/// - **new**: detected (the detection's fact time) within the window;
/// - **carried over** (chuyển tiếp): detected before the window and neither closed nor dismissed
///   before it started;
/// - cases detected after the window, or ended before it, are not counted;
/// - every other figure counts only **events whose fact time falls within the window** (a case's
///   events before or after the window never leak in): detection source, platform kind and topic
///   describe the new cases; `by_status` and `open_at_end` are the state at the end of the window,
///   rebuilt from the events up to then.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct CaseFigures {
    /// Cases detected within the window.
    pub new: u32,
    /// Cases detected earlier and still open when the window began.
    pub carried_over: u32,
    /// `new + carried_over`.
    pub total: u32,
    /// Counted cases by status at the end of the window.
    #[cfg_attr(feature = "ts", tsify(type = "Partial<Record<CaseStatus, number>>"))]
    pub by_status: BTreeMap<CaseStatus, u32>,
    /// New cases by detection source.
    #[cfg_attr(
        feature = "ts",
        tsify(type = "Partial<Record<DetectionSource, number>>")
    )]
    pub by_detection_source: BTreeMap<DetectionSource, u32>,
    /// New cases by platform kind.
    #[cfg_attr(feature = "ts", tsify(type = "Partial<Record<PlatformKind, number>>"))]
    pub by_platform_kind: BTreeMap<PlatformKind, u32>,
    /// New cases by topic (a case counts once under each of its topics).
    #[cfg_attr(feature = "ts", tsify(type = "Partial<Record<Topic, number>>"))]
    pub by_topic: BTreeMap<Topic, u32>,
    /// Conclusions within the window by verdict.
    #[cfg_attr(feature = "ts", tsify(type = "Partial<Record<Verdict, number>>"))]
    pub by_verdict: BTreeMap<Verdict, u32>,
    /// Violating conclusions within the window by group of grounds (Điều 2.2 and successors).
    pub by_ground: Vec<GroundCount>,
    /// Actions assigned within the window, by kind.
    #[cfg_attr(feature = "ts", tsify(type = "Partial<Record<ActionKind, number>>"))]
    pub actions_by_kind: BTreeMap<ActionKind, u32>,
    /// Results reported within the window, by outcome.
    #[cfg_attr(feature = "ts", tsify(type = "Partial<Record<Outcome, number>>"))]
    pub outcomes: BTreeMap<Outcome, u32>,
    /// Cases whose handling results were published within the window (Điều 6.5, 7.5.b).
    pub published: u32,
    /// Cases dismissed within the window, by reason.
    #[cfg_attr(feature = "ts", tsify(type = "Partial<Record<DismissReason, number>>"))]
    pub dismissed: BTreeMap<DismissReason, u32>,
    /// Cases closed within the window.
    pub closed: u32,
    /// Counted cases neither closed nor dismissed at the end of the window.
    pub open_at_end: u32,
    /// Action deadlines that fell due within the window and were missed.
    pub deadlines_missed: Vec<MissedDeadline>,
}

/// One body's figures within the window (Điều 8.2: the lead agency consolidates everyone's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct BodyFigures {
    /// The body.
    pub body: BodyId,
    /// Its name.
    pub name: Label,
    /// New cases it detected (Điều 6.2, 7.3.a).
    pub detected: u32,
    /// Notifications it sent to the lead agency (Điều 5.1).
    pub notified: u32,
    /// Verifications it was consulted in (Điều 5.2).
    pub consulted: u32,
    /// Opinions it gave (Điều 5.2.b).
    pub opinions: u32,
    /// Actions assigned to it (Điều 7.1.a(4)).
    pub actions_assigned: u32,
    /// Results it reported, by outcome (Điều 7.2.b, 7.3.b).
    #[cfg_attr(feature = "ts", tsify(type = "Partial<Record<Outcome, number>>"))]
    pub results: BTreeMap<Outcome, u32>,
    /// Its action deadlines missed.
    pub deadlines_missed: u32,
    /// Handling results it published (Điều 7.5.b).
    pub published: u32,
    /// Its work outside cases, by kind.
    #[cfg_attr(feature = "ts", tsify(type = "Partial<Record<WorkKind, number>>"))]
    pub work: BTreeMap<WorkKind, u32>,
}

impl BodyFigures {
    /// A row of zeros for `body`.
    pub fn new(body: NamedBody) -> BodyFigures {
        BodyFigures {
            body: body.body,
            name: body.name,
            detected: 0,
            notified: 0,
            consulted: 0,
            opinions: 0,
            actions_assigned: 0,
            results: BTreeMap::new(),
            deadlines_missed: 0,
            published: 0,
            work: BTreeMap::new(),
        }
    }
}

/// Work outside cases within the window.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct WorkFigures {
    /// Records by kind.
    #[cfg_attr(feature = "ts", tsify(type = "Partial<Record<WorkKind, number>>"))]
    pub by_kind: BTreeMap<WorkKind, u32>,
    /// All records.
    pub total: u32,
}

/// A compiled periodic report (Điều 8.1 for a body, 8.2 for the lead agency's consolidated
/// report). Serialisable; contains no personal data (test: `report_privacy`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct PeriodicReport {
    /// The regulation it was compiled under.
    pub regulation: RegulationRef,
    /// The regulation's title.
    pub regulation_title: Label,
    /// The province (the place in the report's header).
    pub province: Label,
    /// The reporting body.
    pub reporter: NamedBody,
    /// A body's report or the consolidated one.
    pub level: ReportLevel,
    /// The obligation met, when the window is a periodic one (e.g. `8.2-six-monthly`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub obligation: Option<String>,
    /// The periodic report whose window this is; `None` for an ad hoc window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// The data window.
    pub window: Window,
    /// The sending deadline of a periodic report (working days after the window ends, see
    /// [`DueRules`](super::DueRules)); `None` for an ad hoc window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<chrono::NaiveDate>,
    /// Who receives it ("Kính gửi").
    pub recipients: Vec<NamedBody>,
    /// The provisions it answers to.
    pub citations: Vec<Citation>,
    /// Case figures (for a body's report: the cases it took part in).
    pub cases: CaseFigures,
    /// Figures per body: every body involved, for the consolidated report; the reporter alone
    /// for a body's report.
    pub per_body: Vec<BodyFigures>,
    /// Work outside cases (for a body's report: its own records).
    pub work: WorkFigures,
    /// The bodies that took part in the counted cases within the window.
    pub bodies_involved: Vec<NamedBody>,
    /// Difficulties and obstacles (khó khăn, vướng mắc; Điều 8.2, 9.3): the reporter's text.
    #[serde(default)]
    pub difficulties: Vec<String>,
    /// Proposals (đề xuất, kiến nghị; Điều 8.1, 8.2): the reporter's text.
    #[serde(default)]
    pub proposals: Vec<String>,
    /// Caveats: statuses below C and interpretations the report rests on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Label>,
}
