//! The payloads of verification, conclusion and the closing steps.

use crate::case::model::CaseId;
use crate::law::Citation;
use crate::org::BodyId;
use crate::vocab::{ContentLabel, DismissReason, Method, Verdict};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// `open_verification`: a meeting or a written consultation starts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct OpenVerification {
    /// Meeting or written consultation.
    pub method: Method,
    /// Bodies consulted.
    pub consulted: Vec<BodyId>,
}

/// `consult`: more bodies are consulted in a running verification (e.g. the successor of a body
/// that ceased to exist).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Consult {
    /// The bodies added.
    pub consulted: Vec<BodyId>,
    /// Remarks.
    #[serde(default)]
    pub note: String,
}

/// `assign_officer`: a participating body assigns a competent officer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct AssignOfficer {
    /// The officer's name. **Personal data**.
    pub officer: String,
}

/// `submit_opinion`: a consulted body gives its opinion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct SubmitOpinion {
    /// What the body found.
    pub finding: String,
    /// The handling direction it proposes.
    pub direction: String,
    /// The verdict it suggests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggested_verdict: Option<Verdict>,
    /// Provisions it points to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub grounds: Vec<Citation>,
}

/// `record_meeting`: a coordination meeting is recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct RecordMeeting {
    /// Bodies present.
    pub attendees: Vec<BodyId>,
    /// What was agreed.
    pub conclusion: String,
}

/// `mark_confidential`: the coordinating body marks the case as touching Party or State
/// secrets; from then on nothing of it is published and reports count it without content.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct MarkConfidential {
    /// Remarks.
    #[serde(default)]
    pub note: String,
}

/// `conclude`: the verdict, with its grounds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Conclude {
    /// Violating or not.
    pub verdict: Verdict,
    /// Grounds in force at the content's law time.
    #[serde(default)]
    pub grounds: Vec<Citation>,
    /// Reasoning.
    #[serde(default)]
    pub note: String,
}

/// `dismiss`: the case is dismissed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Dismiss {
    /// Why.
    pub reason: DismissReason,
    /// The earlier case, for [`DismissReason::Duplicate`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<CaseId>,
    /// Remarks.
    #[serde(default)]
    pub note: String,
}

/// `label_content`: the content is labelled (fake, false, verified true).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct LabelContent {
    /// The label.
    pub label: ContentLabel,
    /// Remarks.
    #[serde(default)]
    pub note: String,
}

/// `publish_results`: the results are announced on the acting body's own channel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct PublishResults {
    /// Title of the piece.
    pub title: String,
    /// Where, if online.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// `close`: the case is closed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Close {
    /// Remarks.
    #[serde(default)]
    pub note: String,
}
