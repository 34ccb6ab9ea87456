//! The guards the engine can apply, and how a regulation switches one on for a row of its
//! workflow table with the articles it rests on. A guard the row does not list does not apply.
//! Guards that are not law (the case's state, the actor's authority, time order, input limits)
//! always apply and are not listed.

use crate::law::Citation;
use crate::text::Label;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A guard the engine implements. Each refuses with its own error code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub enum GuardId {
    /// The detected content is described (a summary or a URL): `CONTENT_REQUIRED`.
    ContentRequired,
    /// The content's territory is one the regulation covers on the detection date:
    /// `OUT_OF_TERRITORY`.
    TerritoryCovered,
    /// The coordinating body does not notify itself: `NOTIFY_SELF`.
    NotifySelf,
    /// A case is received from `detected` only when the coordinating body detected it:
    /// `INVALID_TRANSITION`.
    ReceiveNeedsNotification,
    /// A verification consults at least one body: `CONSULTATION_REQUIRED`.
    ConsultationRequired,
    /// Each consulted body holds, on that date, one of the row's `duties`:
    /// `NO_VERIFICATION_DUTY`.
    VerificationDuty,
    /// An opinion has a finding and a proposed direction: `OPINION_INCOMPLETE`.
    OpinionComplete,
    /// A meeting is recorded only in a verification by meeting: `METHOD_NOT_MEETING`.
    MeetingMethod,
    /// Meeting attendees are the coordinating body and the consulted bodies:
    /// `ATTENDEE_NOT_PARTICIPANT`.
    AttendeesTookPart,
    /// A conclusion follows an opinion or a meeting: `EVIDENCE_REQUIRED`.
    EvidenceRequired,
    /// A violating verdict cites a ground: `GROUND_REQUIRED`.
    GroundRequired,
    /// A cited ground is a catalogued provision and one of the grounds: `UNKNOWN_PROVISION`,
    /// `NOT_A_GROUND`.
    GroundInCatalogue,
    /// A borrowed definition is never a ground: `DEFINITION_NOT_A_GROUND`.
    NotADefinition,
    /// A cited ground is in force at the content's law time: `GROUND_NOT_IN_FORCE`.
    GroundInForce,
    /// A case concluded violating is handled, not dismissed: `INVALID_TRANSITION`.
    NotViolating,
    /// The dismissal reason fits the case: `DISMISS_REASON_INVALID`.
    DismissReasonFits,
    /// Handling follows a violating verdict: `INVALID_TRANSITION`.
    ViolationRequired,
    /// A body outside the issuing authority (a requested role) may be requested only what its
    /// duties name, and never directed: `REQUESTED_BODY`.
    RequestedBodyScope,
    /// Nothing of a confidential case is published: `CONFIDENTIAL_CASE`.
    NotConfidential,
    /// A case is closed only when no action, request or proposal is open: `ACTION_OPEN`.
    NothingOpen,
}

impl GuardId {
    /// The stable snake_case id.
    pub fn as_str(&self) -> &'static str {
        match self {
            GuardId::ContentRequired => "content_required",
            GuardId::TerritoryCovered => "territory_covered",
            GuardId::NotifySelf => "notify_self",
            GuardId::ReceiveNeedsNotification => "receive_needs_notification",
            GuardId::ConsultationRequired => "consultation_required",
            GuardId::VerificationDuty => "verification_duty",
            GuardId::OpinionComplete => "opinion_complete",
            GuardId::MeetingMethod => "meeting_method",
            GuardId::AttendeesTookPart => "attendees_took_part",
            GuardId::EvidenceRequired => "evidence_required",
            GuardId::GroundRequired => "ground_required",
            GuardId::GroundInCatalogue => "ground_in_catalogue",
            GuardId::NotADefinition => "not_a_definition",
            GuardId::GroundInForce => "ground_in_force",
            GuardId::NotViolating => "not_violating",
            GuardId::DismissReasonFits => "dismiss_reason_fits",
            GuardId::ViolationRequired => "violation_required",
            GuardId::RequestedBodyScope => "requested_body_scope",
            GuardId::NotConfidential => "not_confidential",
            GuardId::NothingOpen => "nothing_open",
        }
    }
}

/// A guard a row applies, with the articles it rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct GuardRule {
    /// Which guard. — Điều kiện.
    pub guard: GuardId,
    /// The articles it rests on (cited by its refusals). — Điều khoản làm căn cứ.
    pub citations: Vec<Citation>,
    /// For `verification_duty`: the duties that make a body consultable. — Các nhiệm vụ cho phép
    /// lấy ý kiến.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub duties: Vec<String>,
    /// True when the guard reads the text beyond what it says; its refusals say so. — Là cách
    /// hiểu.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub interpretation: bool,
    /// Why the guard is read this way. — Ghi chú.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}
