//! The case record: what is known about one piece of suspect online information and where it
//! stands in the regulation's procedure. A case is rebuilt from its events; every field is set by
//! the commands (`fold.rs`).

use super::event::Event;
use crate::law::{Bound, Citation, Limit, Status};
use crate::org::{BodyId, TerritoryId};
use crate::rules::ActionKindId;
use crate::text::Label;
use crate::vocab::*;
use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A case's stable id: chosen by the caller at detection, or derived from the detecting body and
/// times (never from the content, so an id reveals nothing about it).
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct CaseId(pub String);

impl std::fmt::Display for CaseId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Which regulation data a case or event was checked against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct RegulationRef {
    /// Regulation id, e.g. `khanh-hoa-2086`.
    pub id: String,
    /// Data version.
    pub version: String,
}

/// The content under examination.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Content {
    /// Where it is (URL), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Platform or site name, e.g. "Facebook".
    pub platform: String,
    /// What kind of service hosts it (selects the removal time limit).
    pub platform_kind: PlatformKind,
    /// What kind of item it is.
    pub kind: ContentKind,
    /// A short neutral description of the content.
    pub summary: String,
    /// Publication time, when known: it selects the legal grounds (law time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize_opt",
        deserialize_with = "crate::time::rfc3339::deserialize_opt"
    )]
    pub published_at: Option<DateTime<FixedOffset>>,
    /// The author's handle. **Personal data**: never copied into reports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author_handle: Option<String>,
    /// Language tag, e.g. `vi`.
    #[serde(default = "default_language")]
    pub language: String,
}

fn default_language() -> String {
    "vi".to_string()
}

/// The area or field the content concerns.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Area {
    /// Commune-level unit concerned, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commune: Option<String>,
    /// Field concerned (e.g. "y tế"), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// The body that manages that area or field, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<BodyId>,
    /// The territory concerned, if known (checked against the regulation's scope).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub territory: Option<TerritoryId>,
}

/// How the case was detected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Detection {
    /// The detecting body.
    pub body: BodyId,
    /// When it was detected.
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize",
        deserialize_with = "crate::time::rfc3339::deserialize"
    )]
    pub at: DateTime<FixedOffset>,
    /// How.
    pub source: DetectionSource,
}

/// The notification to the coordinating body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Notification {
    /// Channel used.
    pub channel: Channel,
    /// The body notified (the coordinator on that date).
    pub to: BodyId,
    /// When.
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize",
        deserialize_with = "crate::time::rfc3339::deserialize"
    )]
    pub at: DateTime<FixedOffset>,
    /// Document number or message reference, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

/// Who did something, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Stamp {
    /// The body.
    pub by: BodyId,
    /// When.
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize",
        deserialize_with = "crate::time::rfc3339::deserialize"
    )]
    pub at: DateTime<FixedOffset>,
}

/// The triage of the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct TriageRecord {
    /// The priority given.
    pub priority: Priority,
    /// Who.
    pub by: BodyId,
    /// When.
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize",
        deserialize_with = "crate::time::rfc3339::deserialize"
    )]
    pub at: DateTime<FixedOffset>,
}

/// An officer assigned by a body to the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Officer {
    /// The body.
    pub body: BodyId,
    /// The officer's name. **Personal data**.
    pub name: String,
}

/// A consulted body's opinion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Opinion {
    /// Who gave it.
    pub body: BodyId,
    /// When.
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize",
        deserialize_with = "crate::time::rfc3339::deserialize"
    )]
    pub at: DateTime<FixedOffset>,
    /// What the body found.
    pub finding: String,
    /// The handling direction it proposes.
    pub direction: String,
    /// The verdict it suggests, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggested_verdict: Option<Verdict>,
    /// Provisions it points to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub grounds: Vec<Citation>,
}

/// A coordination meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Meeting {
    /// When it was held.
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize",
        deserialize_with = "crate::time::rfc3339::deserialize"
    )]
    pub at: DateTime<FixedOffset>,
    /// Bodies present.
    pub attendees: Vec<BodyId>,
    /// What was agreed.
    pub conclusion: String,
}

/// Verification of the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Verification {
    /// Meeting or written consultation.
    pub method: Method,
    /// Bodies consulted.
    pub consulted: Vec<BodyId>,
    /// Opinions received.
    #[serde(default)]
    pub opinions: Vec<Opinion>,
    /// Meetings held.
    #[serde(default)]
    pub meetings: Vec<Meeting>,
    /// When it was opened.
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize",
        deserialize_with = "crate::time::rfc3339::deserialize"
    )]
    pub opened_at: DateTime<FixedOffset>,
}

/// The conclusion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Assessment {
    /// Violating or not.
    pub verdict: Verdict,
    /// The grounds, in force at the content's law time.
    #[serde(default)]
    pub grounds: Vec<Citation>,
    /// Reasoning.
    pub note: String,
    /// When.
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize",
        deserialize_with = "crate::time::rfc3339::deserialize"
    )]
    pub at: DateTime<FixedOffset>,
}

/// A computed deadline: whom it binds, when it falls due, the provision that sets the limit with
/// the limit's own status, and whether applying it here is an interpretation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Deadline {
    /// When it falls due.
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize",
        deserialize_with = "crate::time::rfc3339::deserialize"
    )]
    pub due: DateTime<FixedOffset>,
    /// The limit applied.
    pub limit: Limit,
    /// Whom it binds.
    pub binds: Bound,
    /// The time-limit row used.
    pub rule_id: String,
    /// The provision, when identified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provision: Option<Citation>,
    /// The instrument setting it.
    pub instrument: String,
    /// How sure the limit itself is (on the day it was applied).
    pub status: Status,
    /// True when applying the limit to this step is an interpretation (the law does not name
    /// this requester, or the clock's start was taken from another event).
    #[serde(default)]
    pub interpretation: bool,
    /// Why applying it is an interpretation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub application: Vec<Label>,
}

/// Who receives a result report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Recipients {
    /// Main recipient(s).
    pub to: Vec<BodyId>,
    /// Copies ("đồng gửi").
    #[serde(default)]
    pub cc: Vec<BodyId>,
    /// The provisions routing it.
    pub citations: Vec<Citation>,
    /// True when the routing is an interpretation.
    #[serde(default)]
    pub interpretation: bool,
}

/// The result of an action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct ActionResult {
    /// What came of it.
    pub outcome: Outcome,
    /// Details.
    pub note: String,
    /// The body that reported it (the acting body, or one answering for it).
    pub by: BodyId,
    /// When reported.
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize",
        deserialize_with = "crate::time::rfc3339::deserialize"
    )]
    pub at: DateTime<FixedOffset>,
    /// Computed recipients.
    pub recipients: Recipients,
}

/// A withdrawal of an open action or proposal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Withdrawal {
    /// Who.
    pub by: BodyId,
    /// When.
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize",
        deserialize_with = "crate::time::rfc3339::deserialize"
    )]
    pub at: DateTime<FixedOffset>,
    /// Why.
    pub reason: String,
}

/// A handling action: a body acting within its authority, on request, or on direction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Action {
    /// Id within the case, e.g. `A1`.
    pub id: String,
    /// What is done.
    pub kind: ActionKindId,
    /// How the body came to carry it.
    pub mode: ActionMode,
    /// Who does it.
    pub body: BodyId,
    /// Who opened it (the body itself, the requester or the directing authority).
    pub opened_by: BodyId,
    /// When.
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize",
        deserialize_with = "crate::time::rfc3339::deserialize"
    )]
    pub opened_at: DateTime<FixedOffset>,
    /// Flagged as an emergency.
    #[serde(default)]
    pub emergency: bool,
    /// Remarks.
    #[serde(default)]
    pub note: String,
    /// The proposal it follows, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposal: Option<String>,
    /// The acting body's deadline, where a limit applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Deadline>,
    /// The result, once reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<ActionResult>,
    /// The withdrawal, if withdrawn.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawn: Option<Withdrawal>,
}

impl Action {
    /// True while the action has neither a result nor a withdrawal.
    pub fn is_open(&self) -> bool {
        self.result.is_none() && self.withdrawn.is_none()
    }
}

/// The coordinating body's advice to the directing authority to direct bodies to act.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Proposal {
    /// Id within the case, e.g. `P1`.
    pub id: String,
    /// What should be done.
    pub kind: ActionKindId,
    /// The bodies that should do it.
    pub bodies: Vec<BodyId>,
    /// Who proposed it.
    pub by: BodyId,
    /// When.
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize",
        deserialize_with = "crate::time::rfc3339::deserialize"
    )]
    pub at: DateTime<FixedOffset>,
    /// Remarks.
    #[serde(default)]
    pub note: String,
    /// The actions directed on it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub directed: Vec<String>,
    /// The withdrawal, if withdrawn.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawn: Option<Withdrawal>,
}

impl Proposal {
    /// True while nothing has been directed on it and it is not withdrawn.
    pub fn is_open(&self) -> bool {
        self.directed.is_empty() && self.withdrawn.is_none()
    }
}

/// What the addressee of a removal request did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct PlatformAnswer {
    /// What it did.
    pub response: PlatformResponse,
    /// When it did it (none for no answer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize_opt",
        deserialize_with = "crate::time::rfc3339::deserialize_opt"
    )]
    pub at: Option<DateTime<FixedOffset>>,
    /// Who recorded it, and when.
    pub recorded: Stamp,
    /// Remarks.
    #[serde(default)]
    pub note: String,
}

/// A removal request sent to a platform or an account owner; the deadline is theirs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct RemovalRequest {
    /// Id within the case, e.g. `R1`.
    pub id: String,
    /// Who sent it.
    pub by: BodyId,
    /// When.
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize",
        deserialize_with = "crate::time::rfc3339::deserialize"
    )]
    pub at: DateTime<FixedOffset>,
    /// The platform or the account owner.
    pub target: RemovalTarget,
    /// The platform's name.
    pub platform: String,
    /// Its kind.
    pub platform_kind: PlatformKind,
    /// Licensed in Vietnam or cross-border.
    pub licensing: Licensing,
    /// Flagged as urgent.
    #[serde(default)]
    pub urgent: bool,
    /// The action it carries out, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_id: Option<String>,
    /// Document number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// The addressee's deadline, where a limit applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Deadline>,
    /// The answer, once recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<PlatformAnswer>,
}

/// A step due from a body after another step (e.g. a reply to a notification within some
/// working days).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct StepDue {
    /// The regulation's deadline rule.
    pub rule: String,
    /// The step expected.
    pub expect: CommandKind,
    /// The body expected to take it.
    pub body: BodyId,
    /// The deadline.
    pub deadline: Deadline,
    /// When the step was taken, if it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize_opt",
        deserialize_with = "crate::time::rfc3339::deserialize_opt"
    )]
    pub met_at: Option<DateTime<FixedOffset>>,
}

/// A label given to the content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct LabelRecord {
    /// The label.
    pub label: ContentLabel,
    /// Who.
    pub by: BodyId,
    /// When.
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize",
        deserialize_with = "crate::time::rfc3339::deserialize"
    )]
    pub at: DateTime<FixedOffset>,
}

/// An announcement of the handling results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Publication {
    /// The announcing body (its own channel).
    pub body: BodyId,
    /// Title of the piece.
    pub title: String,
    /// Where, if online.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When.
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize",
        deserialize_with = "crate::time::rfc3339::deserialize"
    )]
    pub at: DateTime<FixedOffset>,
}

/// How the case ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Closing {
    /// Closed or dismissed.
    pub status: CaseStatus,
    /// Dismissal reason, when dismissed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<DismissReason>,
    /// The earlier case this duplicates, when dismissed as a duplicate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<CaseId>,
    /// Remarks.
    #[serde(default)]
    pub note: String,
    /// When.
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize",
        deserialize_with = "crate::time::rfc3339::deserialize"
    )]
    pub at: DateTime<FixedOffset>,
}

/// One case of suspect online information.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "ts", tsify(rename = "CaseData"))]
#[non_exhaustive]
pub struct Case {
    /// Stable id.
    pub id: CaseId,
    /// The regulation it is handled under.
    pub regulation: RegulationRef,
    /// Where it stands.
    pub status: CaseStatus,
    /// The content.
    pub content: Content,
    /// Topics.
    pub topics: Vec<Topic>,
    /// Area or field concerned.
    #[serde(default)]
    pub area: Area,
    /// Touches Party or State secrets: nothing of it is published, reports count it without
    /// content.
    pub state_secret: bool,
    /// When the case was marked as touching secrets after detection, and by whom.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marked_confidential: Option<Stamp>,
    /// Detection.
    pub detection: Detection,
    /// Notification to the coordinating body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notification: Option<Notification>,
    /// When the coordinating body received it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize_opt",
        deserialize_with = "crate::time::rfc3339::deserialize_opt"
    )]
    pub received_at: Option<DateTime<FixedOffset>>,
    /// Triage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub triage: Option<TriageRecord>,
    /// Verification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<Verification>,
    /// Officers assigned. **Personal data**.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub officers: Vec<Officer>,
    /// The conclusion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment: Option<Assessment>,
    /// The label given to the content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<LabelRecord>,
    /// Handling actions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
    /// Proposals of directions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub proposals: Vec<Proposal>,
    /// Removal requests to platforms or account owners.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removal_requests: Vec<RemovalRequest>,
    /// Steps due from bodies after earlier steps.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps_due: Vec<StepDue>,
    /// Announcements of the results.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub publications: Vec<Publication>,
    /// How it ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closing: Option<Closing>,
    /// The hash-chained event log.
    pub events: Vec<Event>,
}

impl Case {
    /// Law time: the content's publication time, else its detection time (it selects the
    /// grounds).
    pub fn law_time(&self) -> DateTime<FixedOffset> {
        self.content.published_at.unwrap_or(self.detection.at)
    }

    /// Fact time of the last event.
    pub fn last_at(&self) -> Option<DateTime<FixedOffset>> {
        self.events.last().map(|e| e.at)
    }

    /// The hash at the head of the log.
    pub fn head_hash(&self) -> &str {
        self.events
            .last()
            .map(|e| e.hash.as_str())
            .unwrap_or(super::event::GENESIS_HASH)
    }

    /// Open actions (no result, not withdrawn).
    pub fn open_actions(&self) -> impl Iterator<Item = &Action> {
        self.actions.iter().filter(|a| a.is_open())
    }

    /// True when an action or a proposal is still open.
    pub fn anything_open(&self) -> bool {
        self.open_actions().next().is_some() || self.proposals.iter().any(Proposal::is_open)
    }

    /// The action with id `id`.
    pub fn action(&self, id: &str) -> Option<&Action> {
        self.actions.iter().find(|a| a.id == id)
    }

    /// Every body taking part in the case: detector, coordinator notified, consulted bodies,
    /// actors of the log, acting bodies, platforms' requesters.
    pub fn participants(&self) -> Vec<BodyId> {
        let mut seen = std::collections::HashSet::new();
        self.participant_ids_in(&self.events)
            .filter(|b| seen.insert(*b))
            .cloned()
            .collect()
    }

    /// True when `body` is one of [`Case::participants`], the actors being those of `log` (the
    /// case's events, or during a replay those checked so far).
    pub(crate) fn is_participant(&self, body: &BodyId, log: &[Event]) -> bool {
        self.participant_ids_in(log).any(|b| b == body)
    }

    fn participant_ids_in<'a>(&'a self, log: &'a [Event]) -> impl Iterator<Item = &'a BodyId> {
        std::iter::once(&self.detection.body)
            .chain(self.notification.as_ref().map(|n| &n.to))
            .chain(self.verification.iter().flat_map(|v| v.consulted.iter()))
            .chain(log.iter().map(|e| &e.actor.body))
            .chain(self.actions.iter().map(|a| &a.body))
    }
}
