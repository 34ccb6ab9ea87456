//! Constructors for the payloads. The payload structs are `#[non_exhaustive]` (a later version of
//! the regulation may add a field), so code outside this crate builds one with `new` (the required
//! fields) or `Default`, then sets the optional fields it needs:
//!
//! ```
//! use quyche::case::{Command, Conclude};
//! use quyche::vocab::Verdict;
//! let mut c = Conclude::new(Verdict::NotViolating);
//! c.note = "Không có căn cứ vi phạm.".into();
//! let cmd = Command::from(c);
//! assert_eq!(cmd.kind(), quyche::vocab::CommandKind::Conclude);
//! ```

use super::*;
use crate::case::model::{Area, Content};
use crate::org::BodyId;
use crate::rules::ActionKindId;
use crate::vocab::{
    Channel, ContentKind, ContentLabel, DetectionSource, DismissReason, Licensing, Method, Outcome,
    PlatformKind, PlatformResponse, Priority, Trigger, Verdict,
};
use chrono::{DateTime, FixedOffset};

impl Actor {
    /// The actor `body`, with the officer acting for it when given (personal data).
    pub fn new(body: BodyId, officer: Option<String>) -> Self {
        Actor { body, officer }
    }

    /// The same actor with the officer acting for the body (personal data).
    pub fn with_officer(mut self, officer: impl Into<String>) -> Self {
        self.officer = Some(officer.into());
        self
    }
}

impl Content {
    /// Content on `platform` (of kind `platform_kind`), of kind `kind`, described by `summary`;
    /// no URL, publication time or author, language `vi`.
    pub fn new(
        platform: impl Into<String>,
        platform_kind: PlatformKind,
        kind: ContentKind,
        summary: impl Into<String>,
    ) -> Self {
        Content {
            url: None,
            platform: platform.into(),
            platform_kind,
            kind,
            summary: summary.into(),
            published_at: None,
            author_handle: None,
            language: "vi".to_string(),
        }
    }
}

impl Detect {
    /// `detect` of `content`, found by `source`; no topics, area, secret or detection time.
    pub fn new(content: Content, source: DetectionSource) -> Self {
        Detect {
            case_id: None,
            content,
            topics: Vec::new(),
            area: Area::default(),
            state_secret: false,
            source,
            detected_at: None,
        }
    }
}

impl NotifyLead {
    /// `notify_lead` through `channel`, without a reference.
    pub fn new(channel: Channel) -> Self {
        NotifyLead {
            channel,
            reference: None,
        }
    }
}

impl Triage {
    /// `triage` with `priority`, without remarks.
    pub fn new(priority: Priority) -> Self {
        Triage {
            priority,
            note: String::new(),
        }
    }
}

impl TriggerTime {
    /// The moment `at` of event `kind`.
    pub fn new(kind: Trigger, at: DateTime<FixedOffset>) -> Self {
        TriggerTime { kind, at }
    }
}

impl TakeAction {
    /// `take_action` of kind `kind`: not an emergency, no trigger, no remarks.
    pub fn new(kind: ActionKindId) -> Self {
        TakeAction {
            kind,
            emergency: false,
            trigger: None,
            note: String::new(),
        }
    }
}

impl RequestAction {
    /// `request_action` of kind `kind` from `body`: not an emergency, no trigger, no remarks.
    pub fn new(kind: ActionKindId, body: BodyId) -> Self {
        RequestAction {
            kind,
            body,
            emergency: false,
            trigger: None,
            note: String::new(),
        }
    }
}

impl ProposeDirection {
    /// `propose_direction` of kind `kind` to `bodies`, without remarks.
    pub fn new(kind: ActionKindId, bodies: Vec<BodyId>) -> Self {
        ProposeDirection {
            kind,
            bodies,
            note: String::new(),
        }
    }
}

impl DirectAction {
    /// `direct_action` of kind `kind` to `body`: no proposal, not an emergency, no trigger.
    pub fn new(kind: ActionKindId, body: BodyId) -> Self {
        DirectAction {
            kind,
            body,
            proposal_id: None,
            emergency: false,
            trigger: None,
            note: String::new(),
        }
    }
}

impl SendRemovalRequest {
    /// `send_removal_request` to a platform licensed as `licensing`; the platform and its kind
    /// default to the content's.
    pub fn new(licensing: Licensing) -> Self {
        SendRemovalRequest {
            target: None,
            platform: None,
            platform_kind: None,
            licensing,
            urgent: false,
            action_id: None,
            reference: None,
        }
    }
}

impl RecordPlatformResponse {
    /// `record_platform_response` to request `request_id` (e.g. `R1`); answered at the event's
    /// time, without remarks.
    pub fn new(request_id: impl Into<String>, response: PlatformResponse) -> Self {
        RecordPlatformResponse {
            request_id: request_id.into(),
            response,
            responded_at: None,
            note: String::new(),
        }
    }
}

impl WithdrawAction {
    /// `withdraw_action` of `action_id` (e.g. `A1` or `P1`) for `reason`.
    pub fn new(action_id: impl Into<String>, reason: impl Into<String>) -> Self {
        WithdrawAction {
            action_id: action_id.into(),
            reason: reason.into(),
        }
    }
}

impl ReportResult {
    /// `report_result` of `action_id` (e.g. `A1`) with `outcome`, without details.
    pub fn new(action_id: impl Into<String>, outcome: Outcome) -> Self {
        ReportResult {
            action_id: action_id.into(),
            outcome,
            note: String::new(),
        }
    }
}

impl OpenVerification {
    /// `open_verification` by `method`, consulting `consulted`.
    pub fn new(method: Method, consulted: Vec<BodyId>) -> Self {
        OpenVerification { method, consulted }
    }
}

impl Consult {
    /// `consult` of more bodies, without remarks.
    pub fn new(consulted: Vec<BodyId>) -> Self {
        Consult {
            consulted,
            note: String::new(),
        }
    }
}

impl AssignOfficer {
    /// `assign_officer` of `officer` (personal data).
    pub fn new(officer: impl Into<String>) -> Self {
        AssignOfficer {
            officer: officer.into(),
        }
    }
}

impl SubmitOpinion {
    /// `submit_opinion` with a finding and a proposed direction; no verdict, no grounds.
    pub fn new(finding: impl Into<String>, direction: impl Into<String>) -> Self {
        SubmitOpinion {
            finding: finding.into(),
            direction: direction.into(),
            suggested_verdict: None,
            grounds: Vec::new(),
        }
    }
}

impl RecordMeeting {
    /// `record_meeting` attended by `attendees`, with what was agreed.
    pub fn new(attendees: Vec<BodyId>, conclusion: impl Into<String>) -> Self {
        RecordMeeting {
            attendees,
            conclusion: conclusion.into(),
        }
    }
}

impl Conclude {
    /// `conclude` with `verdict`; no grounds yet (a violating verdict needs them).
    pub fn new(verdict: Verdict) -> Self {
        Conclude {
            verdict,
            grounds: Vec::new(),
            note: String::new(),
        }
    }
}

impl Dismiss {
    /// `dismiss` for `reason`; no earlier case, no remarks.
    pub fn new(reason: DismissReason) -> Self {
        Dismiss {
            reason,
            duplicate_of: None,
            note: String::new(),
        }
    }
}

impl LabelContent {
    /// `label_content` with `label`, without remarks.
    pub fn new(label: ContentLabel) -> Self {
        LabelContent {
            label,
            note: String::new(),
        }
    }
}

impl PublishResults {
    /// `publish_results` of a piece titled `title`, without a URL.
    pub fn new(title: impl Into<String>) -> Self {
        PublishResults {
            title: title.into(),
            url: None,
        }
    }
}

/// `Command::from(payload)` for every payload.
macro_rules! into_command {
    ($($t:ident),+) => {$(
        impl From<$t> for Command {
            fn from(p: $t) -> Command {
                Command::$t(p)
            }
        }
    )+};
}

into_command!(
    Detect,
    NotifyLead,
    Receive,
    Triage,
    OpenVerification,
    Consult,
    AssignOfficer,
    SubmitOpinion,
    RecordMeeting,
    MarkConfidential,
    Conclude,
    Dismiss,
    TakeAction,
    RequestAction,
    ProposeDirection,
    DirectAction,
    SendRemovalRequest,
    RecordPlatformResponse,
    WithdrawAction,
    ReportResult,
    LabelContent,
    PublishResults,
    Close
);
