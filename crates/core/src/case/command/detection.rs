//! The payloads of the first steps: detection, notification, receipt, triage.

use crate::case::model::{Area, CaseId, Content};
use crate::org::BodyId;
use crate::vocab::{Channel, DetectionSource, Priority, Topic};
use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The acting body and, optionally, the officer acting for it (personal data).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Actor {
    /// The body.
    pub body: BodyId,
    /// The officer's name, if recorded. **Personal data**: never copied into reports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub officer: Option<String>,
}

impl Actor {
    /// An actor without an officer name.
    pub fn body(id: &str) -> Self {
        Actor {
            body: BodyId::new(id),
            officer: None,
        }
    }
}

/// `detect`: a body records suspect content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Detect {
    /// Case id (1–64 characters of A–Z, a–z, 0–9, '-', '_', '.'; put no personal data in it);
    /// derived from the detecting body and time when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_id: Option<CaseId>,
    /// The content.
    pub content: Content,
    /// Topics.
    #[serde(default)]
    pub topics: Vec<Topic>,
    /// Area or field concerned.
    #[serde(default)]
    pub area: Area,
    /// Touches Party or State secrets.
    #[serde(default)]
    pub state_secret: bool,
    /// How it was detected.
    pub source: DetectionSource,
    /// When it was detected; defaults to the event's time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize_opt",
        deserialize_with = "crate::time::rfc3339::deserialize_opt"
    )]
    pub detected_at: Option<DateTime<FixedOffset>>,
}

/// `notify_lead`: the detecting body notifies the coordinating body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct NotifyLead {
    /// Channel.
    pub channel: Channel,
    /// Document number or message reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

/// `receive`: the coordinating body receives the case.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Receive {
    /// Remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// `triage`: the case is sorted by priority before verification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Triage {
    /// The priority given.
    pub priority: Priority,
    /// Remarks.
    #[serde(default)]
    pub note: String,
}
