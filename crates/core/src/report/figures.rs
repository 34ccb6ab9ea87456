//! The compiled periodic report ([`PeriodicReport`]) and its figures. Only counts, ids,
//! vocabulary values and dates: no content summary, URL, author handle, officer name, note or
//! title from a case is ever copied into a report. The free-text sections are the reporter's.

use super::window::{Period, Window};
use crate::case::{CaseId, RegulationRef};
use crate::law::{Bound, Citation, Limit, Status};
use crate::org::BodyId;
use crate::rules::{ActionKindId, ReportLevel, WorkKindId};
use crate::text::Label;
use crate::vocab::{
    CaseStatus, DetectionSource, DismissReason, Outcome, PlatformKind, PlatformResponse, Topic,
    Verdict,
};
use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A body with its name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct NamedBody {
    /// The body.
    pub body: BodyId,
    /// Its name.
    pub name: Label,
}

/// Cases concluded violating under one group of grounds: a ground the regulation names together
/// with its successors, so that figures stay comparable across reforms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
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

/// A deadline that fell in the window and was missed: the acting body's (no result by the due
/// time, or a result after it) or a platform's (no removal by the due time). Counted in the
/// window containing the due time only; a platform's lateness is never the requester's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct MissedDeadline {
    /// The case, only when the report was asked to list case ids (they may reveal a name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case: Option<CaseId>,
    /// The action (`A1`) or removal request (`R1`).
    pub item: String,
    /// The action's kind, for an action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ActionKindId>,
    /// Whom the deadline bound.
    pub binds: Bound,
    /// The body bound, for an action (its id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<BodyId>,
    /// The bound party's name (a body, or the platform's name).
    pub party: Label,
    /// When it was due.
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize",
        deserialize_with = "crate::time::rfc3339::deserialize"
    )]
    pub due: DateTime<FixedOffset>,
    /// The limit.
    pub limit: Limit,
    /// The provision setting the limit, when identified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provision: Option<Citation>,
    /// How sure the limit is.
    pub status: Status,
    /// When the late step was taken, if it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize_opt",
        deserialize_with = "crate::time::rfc3339::deserialize_opt"
    )]
    pub late_at: Option<DateTime<FixedOffset>>,
}

/// Removal requests sent within the window and what the platforms did: the platforms'
/// compliance, on its own line.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct PlatformFigures {
    /// Requests sent within the window.
    pub sent: u32,
    /// Their answers recorded by the end of the window.
    #[cfg_attr(
        feature = "ts",
        tsify(type = "Partial<Record<PlatformResponse, number>>")
    )]
    pub responses: BTreeMap<PlatformResponse, u32>,
    /// Requests still unanswered at the end of the window.
    pub pending: u32,
    /// Requests whose platform complied after its deadline, or not by the end of the window
    /// although due within it.
    pub late: u32,
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
#[non_exhaustive]
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
    /// Violating conclusions within the window by group of grounds (not counting confidential
    /// cases, whose content is not reported).
    pub by_ground: Vec<GroundCount>,
    /// Cases touching Party or State secrets: counted, never described.
    pub confidential: u32,
    /// Actions opened within the window, by kind.
    #[cfg_attr(feature = "ts", tsify(type = "Record<string, number>"))]
    pub actions_by_kind: BTreeMap<ActionKindId, u32>,
    /// Removal requests to platforms and the platforms' answers.
    pub platforms: PlatformFigures,
    /// Results reported within the window, by outcome.
    #[cfg_attr(feature = "ts", tsify(type = "Partial<Record<Outcome, number>>"))]
    pub outcomes: BTreeMap<Outcome, u32>,
    /// Cases whose handling results were announced within the window.
    pub published: u32,
    /// Cases dismissed within the window, by reason.
    #[cfg_attr(feature = "ts", tsify(type = "Partial<Record<DismissReason, number>>"))]
    pub dismissed: BTreeMap<DismissReason, u32>,
    /// Cases closed within the window.
    pub closed: u32,
    /// Counted cases neither closed nor dismissed at the end of the window.
    pub open_at_end: u32,
    /// Deadlines of bodies that fell due within the window and were missed.
    pub deadlines_missed: Vec<MissedDeadline>,
    /// Deadlines of platforms and account owners that fell due within the window and were
    /// missed (their compliance, never a body's lateness).
    pub platform_deadlines_missed: Vec<MissedDeadline>,
}

/// One body's figures within the window (the consolidated report has everyone's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct BodyFigures {
    /// The body.
    pub body: BodyId,
    /// Its name.
    pub name: Label,
    /// New cases it detected.
    pub detected: u32,
    /// Notifications it sent to the coordinating body.
    pub notified: u32,
    /// Verifications it was consulted in.
    pub consulted: u32,
    /// Opinions it gave.
    pub opinions: u32,
    /// Actions it carried (its own, requested or directed).
    pub actions: u32,
    /// Results it reported, by outcome.
    #[cfg_attr(feature = "ts", tsify(type = "Partial<Record<Outcome, number>>"))]
    pub results: BTreeMap<Outcome, u32>,
    /// Its own deadlines missed (never a platform's).
    pub deadlines_missed: u32,
    /// Removal requests it sent.
    pub removal_requests: u32,
    /// Announcements of results it made.
    pub published: u32,
    /// Its work outside cases, by kind.
    #[cfg_attr(feature = "ts", tsify(type = "Record<string, number>"))]
    pub work: BTreeMap<WorkKindId, u32>,
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
            actions: 0,
            results: BTreeMap::new(),
            deadlines_missed: 0,
            removal_requests: 0,
            published: 0,
            work: BTreeMap::new(),
        }
    }
}

/// Work outside cases within the window.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct WorkFigures {
    /// Records by kind.
    #[cfg_attr(feature = "ts", tsify(type = "Record<string, number>"))]
    pub by_kind: BTreeMap<WorkKindId, u32>,
    /// All records.
    pub total: u32,
}

/// A compiled periodic report: a body's own, or the coordinating body's consolidated one.
/// Serialisable; contains no personal data and, unless asked, no case id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
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
    /// The sending deadline of a periodic report (working days after the window ends); `None` for
    /// an ad hoc window.
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
    /// Difficulties and obstacles (khó khăn, vướng mắc): the reporter's text.
    #[serde(default)]
    pub difficulties: Vec<String>,
    /// Proposals (đề xuất, kiến nghị): the reporter's text.
    #[serde(default)]
    pub proposals: Vec<String>,
    /// Provenance: statuses below C and interpretations the report rests on (for the JSON and
    /// the optional annex, never the document's body).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Label>,
}
