//! The payloads of handling: acting, requesting, proposing and directing actions, removal
//! requests to platforms and their answers, withdrawals and results.

use crate::org::BodyId;
use crate::rules::ActionKindId;
use crate::vocab::{Licensing, Outcome, PlatformKind, PlatformResponse, RemovalTarget, Trigger};
use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The moment a time limit counts from, given by the caller (e.g. the incident a spokesperson
/// answers, or when the body received the information).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct TriggerTime {
    /// What happened.
    pub kind: Trigger,
    /// When.
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize",
        deserialize_with = "crate::time::rfc3339::deserialize"
    )]
    pub at: DateTime<FixedOffset>,
}

/// `take_action`: a body acts within its own authority.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct TakeAction {
    /// What it does.
    pub kind: ActionKindId,
    /// An emergency (shorter limits where the law has them).
    #[serde(default)]
    pub emergency: bool,
    /// The moment the action's time limit counts from, when the law names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger: Option<TriggerTime>,
    /// Remarks.
    #[serde(default)]
    pub note: String,
}

/// `request_action`: the coordinating body requests a body to act.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct RequestAction {
    /// What is requested.
    pub kind: ActionKindId,
    /// The body requested.
    pub body: BodyId,
    /// An emergency.
    #[serde(default)]
    pub emergency: bool,
    /// The moment the action's time limit counts from, when the law names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger: Option<TriggerTime>,
    /// Remarks.
    #[serde(default)]
    pub note: String,
}

/// `propose_direction`: the coordinating body advises the directing authority to direct bodies
/// to act.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct ProposeDirection {
    /// What should be done.
    pub kind: ActionKindId,
    /// The bodies that should do it.
    pub bodies: Vec<BodyId>,
    /// Remarks.
    #[serde(default)]
    pub note: String,
}

/// `direct_action`: the directing authority directs a body to act.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct DirectAction {
    /// What is directed.
    pub kind: ActionKindId,
    /// The body directed.
    pub body: BodyId,
    /// The proposal it follows, if any (e.g. `P1`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposal_id: Option<String>,
    /// An emergency.
    #[serde(default)]
    pub emergency: bool,
    /// The moment the action's time limit counts from, when the law names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger: Option<TriggerTime>,
    /// Remarks.
    #[serde(default)]
    pub note: String,
}

/// `send_removal_request`: a request to the platform (or the account owner) to remove the
/// content. The deadline is the addressee's, from the law in force when it is sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct SendRemovalRequest {
    /// The platform or the account owner (default: the platform).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<RemovalTarget>,
    /// The platform's name (default: the content's platform).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    /// Its kind (default: the content's platform kind).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_kind: Option<PlatformKind>,
    /// Licensed in Vietnam or cross-border.
    pub licensing: Licensing,
    /// An emergency (shorter limits where the law has them).
    #[serde(default)]
    pub urgent: bool,
    /// The action it carries out, if any (e.g. `A1`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_id: Option<String>,
    /// Document number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

/// `record_platform_response`: what the addressee of a removal request did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct RecordPlatformResponse {
    /// The request, e.g. `R1`.
    pub request_id: String,
    /// What it did.
    pub response: PlatformResponse,
    /// When it did it (default: the event's time; not for `no_answer`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize_opt",
        deserialize_with = "crate::time::rfc3339::deserialize_opt"
    )]
    pub responded_at: Option<DateTime<FixedOffset>>,
    /// Remarks.
    #[serde(default)]
    pub note: String,
}

/// `withdraw_action`: an open action, request or proposal is withdrawn (e.g. its body ceased to
/// exist, before it is requested again of the successor).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct WithdrawAction {
    /// The action (`A1`) or proposal (`P1`).
    pub action_id: String,
    /// Why.
    pub reason: String,
}

/// `report_result`: the acting body reports an action's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct ReportResult {
    /// The action, e.g. `A1`.
    pub action_id: String,
    /// What came of it.
    pub outcome: Outcome,
    /// Details.
    #[serde(default)]
    pub note: String,
}

/// `assign_action`: the command of data versions before 2026.12, read only when replaying their
/// logs (see `case::legacy`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct AssignAction {
    /// What was to be done.
    pub kind: ActionKindId,
    /// Who was to do it.
    pub assignee: BodyId,
    /// Emergency.
    #[serde(default)]
    pub emergency: bool,
    /// For a removal request: platform or account owner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<RemovalTarget>,
    /// Instructions.
    #[serde(default)]
    pub note: String,
}
