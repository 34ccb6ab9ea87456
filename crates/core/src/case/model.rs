//! The case record: what is known about one piece of suspect online information and where it
//! stands in the regulation's procedure. A case is rebuilt from its events; every field here is
//! set by exactly one command (see [`super::Command`]).

use super::event::Event;
use super::vocab::*;
use crate::law::Citation;
use crate::org::BodyId;
use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A case's stable id. Supplied by the caller at detection, or derived from the detection event
/// (`"case-"` + 16 hex digits of its hash), so an id is never reused for other content.
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
pub struct Content {
    /// Where it is (URL), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Platform or site name, e.g. "Facebook".
    pub platform: String,
    /// What kind of service hosts it (picks the removal time limit).
    pub platform_kind: PlatformKind,
    /// What kind of item it is.
    pub kind: ContentKind,
    /// A short neutral description of the content.
    pub summary: String,
    /// Publication time, when known: it picks the legal grounds (law time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "crate::time::rfc3339::serialize_opt")]
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

/// The area or field the content concerns (Điều 7.3.đ: the body that manages it verifies and
/// resolves the underlying issue).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
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
}

/// How the case was detected (Điều 6.2, 7.1.d, 7.3.a).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Detection {
    /// The detecting body.
    pub body: BodyId,
    /// When it was detected.
    #[serde(serialize_with = "crate::time::rfc3339::serialize")]
    pub at: DateTime<FixedOffset>,
    /// How.
    pub source: DetectionSource,
}

/// The notification to the lead agency (Điều 5.1, 7.3.a).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Notification {
    /// Channel used (Điều 5.1 a or b).
    pub channel: Channel,
    /// The lead agency notified (computed for the date).
    pub to: BodyId,
    /// When.
    #[serde(serialize_with = "crate::time::rfc3339::serialize")]
    pub at: DateTime<FixedOffset>,
    /// Document number or message reference, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

/// An officer assigned by a body to the case (Điều 5.3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Officer {
    /// The body.
    pub body: BodyId,
    /// The officer's name. **Personal data**.
    pub name: String,
}

/// A consulted body's opinion (Điều 5.2.b and the "give opinions" duties of Điều 7).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Opinion {
    /// Who gave it.
    pub body: BodyId,
    /// When.
    #[serde(serialize_with = "crate::time::rfc3339::serialize")]
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

/// A coordination meeting (Điều 5.2.a).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Meeting {
    /// When it was held.
    #[serde(serialize_with = "crate::time::rfc3339::serialize")]
    pub at: DateTime<FixedOffset>,
    /// Bodies present.
    pub attendees: Vec<BodyId>,
    /// What was agreed.
    pub conclusion: String,
}

/// Verification of the case (Điều 5.2, 6.3, 7.1.a(3)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
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
    #[serde(serialize_with = "crate::time::rfc3339::serialize")]
    pub opened_at: DateTime<FixedOffset>,
}

/// The lead agency's conclusion (Điều 2.2, 7.1.a(3)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Assessment {
    /// Violating or not.
    pub verdict: Verdict,
    /// The grounds (Điều 2.2 catalogue, in force at the content's law time).
    #[serde(default)]
    pub grounds: Vec<Citation>,
    /// Reasoning.
    pub note: String,
    /// When.
    #[serde(serialize_with = "crate::time::rfc3339::serialize")]
    pub at: DateTime<FixedOffset>,
}

/// A computed deadline with the provision that sets it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Deadline {
    /// When it falls due.
    #[serde(serialize_with = "crate::time::rfc3339::serialize")]
    pub due: DateTime<FixedOffset>,
    /// The limit applied, in hours.
    pub hours: u32,
    /// The time-limit row id used.
    pub rule_id: String,
    /// The provision, when identified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provision: Option<Citation>,
    /// The instrument setting it.
    pub instrument: String,
    /// How sure the limit is.
    pub status: crate::law::Status,
    /// True when applying the limit to this request is our interpretation.
    #[serde(default)]
    pub interpretation: bool,
}

/// The result of an action (Điều 7.2.b, 7.3.b).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct ActionResult {
    /// What came of it.
    pub outcome: Outcome,
    /// Details.
    pub note: String,
    /// When reported.
    #[serde(serialize_with = "crate::time::rfc3339::serialize")]
    pub at: DateTime<FixedOffset>,
    /// Computed recipients: the People's Committee, copy to the lead agency.
    pub recipients: Recipients,
}

/// Who receives a result report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Recipients {
    /// Main recipient(s).
    pub to: Vec<BodyId>,
    /// Copies ("đồng gửi").
    #[serde(default)]
    pub cc: Vec<BodyId>,
    /// The provisions routing it.
    pub citations: Vec<Citation>,
    /// True when the routing extends the text to an assignee it does not name.
    #[serde(default)]
    pub interpretation: bool,
}

/// A handling action assigned to a body (Điều 6.4, 7.1.a(4)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Action {
    /// Id within the case, e.g. `A1`.
    pub id: String,
    /// What is to be done.
    pub kind: ActionKind,
    /// Who does it.
    pub assignee: BodyId,
    /// Who assigned it.
    pub assigned_by: BodyId,
    /// When.
    #[serde(serialize_with = "crate::time::rfc3339::serialize")]
    pub assigned_at: DateTime<FixedOffset>,
    /// Flagged as an emergency (shorter limits from 2026-07-01).
    #[serde(default)]
    pub emergency: bool,
    /// Instructions.
    #[serde(default)]
    pub note: String,
    /// The legal deadline, where a limit applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Deadline>,
    /// The result, once reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<ActionResult>,
}

/// Publication of the handling results (Điều 6.5, 7.5.b).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Publication {
    /// The outlet.
    pub outlet: BodyId,
    /// Title of the piece.
    pub title: String,
    /// Where, if online.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When.
    #[serde(serialize_with = "crate::time::rfc3339::serialize")]
    pub at: DateTime<FixedOffset>,
}

/// How the case ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
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
    #[serde(serialize_with = "crate::time::rfc3339::serialize")]
    pub at: DateTime<FixedOffset>,
}

/// One case of suspect online information.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "ts", tsify(rename = "CaseData"))]
pub struct Case {
    /// Stable id.
    pub id: CaseId,
    /// The regulation it is handled under.
    pub regulation: RegulationRef,
    /// Where it stands.
    pub status: CaseStatus,
    /// The content.
    pub content: Content,
    /// Topics (drive the advisories of Điều 7.7).
    pub topics: Vec<Topic>,
    /// Area or field concerned.
    #[serde(default)]
    pub area: Area,
    /// Touches Party or State secrets (Điều 4.2): results are not published.
    pub state_secret: bool,
    /// Detection.
    pub detection: Detection,
    /// Notification to the lead agency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notification: Option<Notification>,
    /// When the lead agency received it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "crate::time::rfc3339::serialize_opt")]
    pub received_at: Option<DateTime<FixedOffset>>,
    /// Verification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<Verification>,
    /// Officers assigned (Điều 5.3).
    #[serde(default)]
    pub officers: Vec<Officer>,
    /// The conclusion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment: Option<Assessment>,
    /// Handling actions.
    #[serde(default)]
    pub actions: Vec<Action>,
    /// Publication of results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publication: Option<Publication>,
    /// Closing or dismissal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closing: Option<Closing>,
    /// The hash-chained event log the case is rebuilt from.
    pub events: Vec<Event>,
}

impl Case {
    /// The content's law time (Điều 2.2 read with legal §1): publication time if known, else
    /// detection time. It picks the legal grounds.
    pub fn law_time(&self) -> DateTime<FixedOffset> {
        self.content.published_at.unwrap_or(self.detection.at)
    }

    /// The fact time of the last event.
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

    /// Open actions (no result yet).
    pub fn open_actions(&self) -> impl Iterator<Item = &Action> {
        self.actions.iter().filter(|a| a.result.is_none())
    }

    /// Every body taking part in the case: detector, lead agency notified, consulted bodies,
    /// assignees, publishing outlet.
    pub fn participants(&self) -> Vec<BodyId> {
        let mut seen = std::collections::HashSet::new();
        self.participant_ids()
            .filter(|b| seen.insert(*b))
            .cloned()
            .collect()
    }

    /// True when `body` is one of [`Case::participants`] (without collecting them), the actors
    /// being those of `log` (the case's events, or during a replay those checked so far).
    pub(crate) fn is_participant(&self, body: &BodyId, log: &[Event]) -> bool {
        self.participant_ids_in(log).any(|b| b == body)
    }

    /// The bodies of [`Case::participants`] in its order, repeats included.
    fn participant_ids(&self) -> impl Iterator<Item = &BodyId> {
        self.participant_ids_in(&self.events)
    }

    /// [`Case::participant_ids`] with the actors of `log`.
    fn participant_ids_in<'a>(&'a self, log: &'a [Event]) -> impl Iterator<Item = &'a BodyId> {
        std::iter::once(&self.detection.body)
            .chain(self.notification.as_ref().map(|n| &n.to))
            .chain(self.verification.iter().flat_map(|v| v.consulted.iter()))
            .chain(log.iter().map(|e| &e.actor.body))
            .chain(self.actions.iter().map(|a| &a.assignee))
    }
}
