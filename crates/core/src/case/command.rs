//! Commands: one per row of the workflow table (DESIGN.md), each with its payload type.
//! JSON form: `{"type": "<command>", ...payload fields}`; unknown fields are refused.

use super::model::{Area, CaseId, Content};
use super::vocab::*;
use crate::law::Citation;
use crate::org::BodyId;
use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The acting body and, optionally, the officer acting for it (personal data).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
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

/// `detect`: a body records suspect content (Điều 5.1, 6.2, 7.1.d, 7.3.a).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Detect {
    /// Case id; derived from the event when absent.
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
    /// Touches Party or State secrets (Điều 4.2).
    #[serde(default)]
    pub state_secret: bool,
    /// How it was detected.
    pub source: DetectionSource,
    /// When it was detected; defaults to the event's time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "crate::time::rfc3339::serialize_opt")]
    pub detected_at: Option<DateTime<FixedOffset>>,
}

/// `notify_lead`: the detecting body notifies the lead agency (Điều 5.1, 7.3.a).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct NotifyLead {
    /// Channel (Điều 5.1 a or b).
    pub channel: Channel,
    /// Document number or message reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

/// `receive`: the lead agency receives the case (Điều 7.1.a(2)).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Receive {
    /// Remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// `open_verification`: the lead agency starts a meeting or written consultation (Điều 5.2,
/// 7.1.a(3)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct OpenVerification {
    /// Meeting or written consultation.
    pub method: Method,
    /// Bodies consulted.
    pub consulted: Vec<BodyId>,
}

/// `assign_officer`: a participating body assigns a competent officer (Điều 5.3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct AssignOfficer {
    /// The officer's name (personal data).
    pub officer: String,
}

/// `submit_opinion`: a consulted body gives its opinion (Điều 5.2.b, 7.2.a, 7.4.a, 7.5.a, 7.6.b,
/// 7.7.b).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
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

/// `record_meeting`: the lead agency records a coordination meeting (Điều 5.2.a).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct RecordMeeting {
    /// Bodies present.
    pub attendees: Vec<BodyId>,
    /// What was agreed.
    pub conclusion: String,
}

/// `conclude`: the lead agency concludes (Điều 2.2, 7.1.a(3)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Conclude {
    /// Violating or not.
    pub verdict: Verdict,
    /// Grounds from the Điều 2.2 catalogue in force at the content's law time.
    #[serde(default)]
    pub grounds: Vec<Citation>,
    /// Reasoning.
    #[serde(default)]
    pub note: String,
}

/// `dismiss`: the lead agency dismisses the case (Điều 1.1, 2.2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
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

/// `assign_action`: the lead agency (or the People's Committee directing) assigns a handling
/// action (Điều 7.1.a(4), 7.2.b, 7.3.b, 7.4.c).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct AssignAction {
    /// What is to be done.
    pub kind: ActionKind,
    /// Who does it.
    pub assignee: BodyId,
    /// Emergency (shorter removal limit from 2026-07-01).
    #[serde(default)]
    pub emergency: bool,
    /// For a removal request: platform or account owner (default platform).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<RemovalTarget>,
    /// Instructions.
    #[serde(default)]
    pub note: String,
}

/// `report_result`: the assignee reports an action's result (Điều 7.2.b, 7.3.b).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct ReportResult {
    /// The action, e.g. `A1`.
    pub action_id: String,
    /// What came of it.
    pub outcome: Outcome,
    /// Details.
    #[serde(default)]
    pub note: String,
}

/// `publish_results`: a press outlet publishes the handling results (Điều 6.5, 7.5.b).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct PublishResults {
    /// Title of the piece.
    pub title: String,
    /// Where, if online.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// `close`: the lead agency closes the case (Điều 7.1.a).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Close {
    /// Remarks.
    #[serde(default)]
    pub note: String,
}

/// A command with its payload.
///
/// ```
/// let c: quyche::case::Command = serde_json::from_str(
///     r#"{"type":"notify_lead","channel":"email"}"#).unwrap();
/// assert_eq!(c.kind(), quyche::case::CommandKind::NotifyLead);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
#[allow(clippy::large_enum_variant)] // commands are short-lived values; boxing Detect would only complicate every caller
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub enum Command {
    /// See [`Detect`].
    Detect(Detect),
    /// See [`NotifyLead`].
    NotifyLead(NotifyLead),
    /// See [`Receive`].
    Receive(Receive),
    /// See [`OpenVerification`].
    OpenVerification(OpenVerification),
    /// See [`AssignOfficer`].
    AssignOfficer(AssignOfficer),
    /// See [`SubmitOpinion`].
    SubmitOpinion(SubmitOpinion),
    /// See [`RecordMeeting`].
    RecordMeeting(RecordMeeting),
    /// See [`Conclude`].
    Conclude(Conclude),
    /// See [`Dismiss`].
    Dismiss(Dismiss),
    /// See [`AssignAction`].
    AssignAction(AssignAction),
    /// See [`ReportResult`].
    ReportResult(ReportResult),
    /// See [`PublishResults`].
    PublishResults(PublishResults),
    /// See [`Close`].
    Close(Close),
}

vocab! {
    /// The command names of the workflow table.
    CommandKind {
        /// `detect`
        Detect = "detect", "Phát hiện", "Detect";
        /// `notify_lead`
        NotifyLead = "notify_lead", "Thông báo cơ quan chủ trì", "Notify the lead agency";
        /// `receive`
        Receive = "receive", "Tiếp nhận", "Receive";
        /// `open_verification`
        OpenVerification = "open_verification", "Tổ chức kiểm tra, xác minh", "Open verification";
        /// `assign_officer`
        AssignOfficer = "assign_officer", "Cử cán bộ", "Assign an officer";
        /// `submit_opinion`
        SubmitOpinion = "submit_opinion", "Gửi ý kiến", "Submit an opinion";
        /// `record_meeting`
        RecordMeeting = "record_meeting", "Ghi nhận cuộc họp", "Record a meeting";
        /// `conclude`
        Conclude = "conclude", "Kết luận", "Conclude";
        /// `dismiss`
        Dismiss = "dismiss", "Loại vụ việc", "Dismiss";
        /// `assign_action`
        AssignAction = "assign_action", "Giao xử lý", "Assign an action";
        /// `report_result`
        ReportResult = "report_result", "Báo cáo kết quả", "Report a result";
        /// `publish_results`
        PublishResults = "publish_results", "Đưa tin kết quả xử lý", "Publish the results";
        /// `close`
        Close = "close", "Kết thúc vụ việc", "Close";
    }
}

/// Decoded through [`Command::from_value`]: the `type` member picks the payload type, which is
/// decoded once, by its own decoder. (serde's derived decoder for an internally tagged enum
/// buffers the payload and decodes it a second way, so every payload type was compiled twice,
/// and leniently.) A failure inside the payload keeps its JSON pointer when the crate's decoder
/// reads the command (within an event or a case); other deserialisers name the field in the
/// message.
impl<'de> Deserialize<'de> for Command {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = serde_json::Value::deserialize(d)?;
        Command::from_value(v).map_err(|e| crate::json::by_hand::nested(&e))
    }
}

impl Command {
    /// The command's name.
    pub fn kind(&self) -> CommandKind {
        match self {
            Command::Detect(_) => CommandKind::Detect,
            Command::NotifyLead(_) => CommandKind::NotifyLead,
            Command::Receive(_) => CommandKind::Receive,
            Command::OpenVerification(_) => CommandKind::OpenVerification,
            Command::AssignOfficer(_) => CommandKind::AssignOfficer,
            Command::SubmitOpinion(_) => CommandKind::SubmitOpinion,
            Command::RecordMeeting(_) => CommandKind::RecordMeeting,
            Command::Conclude(_) => CommandKind::Conclude,
            Command::Dismiss(_) => CommandKind::Dismiss,
            Command::AssignAction(_) => CommandKind::AssignAction,
            Command::ReportResult(_) => CommandKind::ReportResult,
            Command::PublishResults(_) => CommandKind::PublishResults,
            Command::Close(_) => CommandKind::Close,
        }
    }

    /// Decodes a command from JSON text (NFC-normalised), with a JSON pointer on failure.
    ///
    /// ```
    /// let e = quyche::case::Command::from_json(r#"{"type":"notify_lead","channel":"fax"}"#).unwrap_err();
    /// assert_eq!(e.path.as_deref(), Some("/channel"));
    /// ```
    pub fn from_json(text: &str) -> crate::Result<Command> {
        crate::json::check_size(text)?;
        Command::from_value(crate::json::read_json(text)?)
    }

    /// Decodes a command from a JSON value. Unlike plain serde (whose internally tagged enums lose
    /// the position of an error), the payload is decoded by its own type so the error's JSON
    /// pointer names the bad field.
    pub fn from_value(v: serde_json::Value) -> crate::Result<Command> {
        use crate::error::Error;
        use crate::json::from_value as de;
        let serde_json::Value::Object(mut m) = v else {
            return Err(Error::invalid(
                "",
                "A command is a JSON object.",
                "Lệnh phải là một đối tượng JSON.",
            ));
        };
        let kind = match m.remove("type") {
            Some(serde_json::Value::String(s)) => s,
            _ => {
                return Err(Error::invalid(
                    "/type",
                    "A command has a string `type` naming it.",
                    "Lệnh cần trường `type` là tên lệnh.",
                ));
            }
        };
        let p = serde_json::Value::Object(m);
        Ok(match kind.as_str() {
            "detect" => Command::Detect(de(p)?),
            "notify_lead" => Command::NotifyLead(de(p)?),
            "receive" => Command::Receive(de(p)?),
            "open_verification" => Command::OpenVerification(de(p)?),
            "assign_officer" => Command::AssignOfficer(de(p)?),
            "submit_opinion" => Command::SubmitOpinion(de(p)?),
            "record_meeting" => Command::RecordMeeting(de(p)?),
            "conclude" => Command::Conclude(de(p)?),
            "dismiss" => Command::Dismiss(de(p)?),
            "assign_action" => Command::AssignAction(de(p)?),
            "report_result" => Command::ReportResult(de(p)?),
            "publish_results" => Command::PublishResults(de(p)?),
            "close" => Command::Close(de(p)?),
            other => {
                let known: Vec<&str> = CommandKind::ALL.iter().map(|k| k.as_str()).collect();
                return Err(Error::invalid(
                    "/type",
                    format!(
                        "Unknown command `{other}`; expected one of {}.",
                        known.join(", ")
                    ),
                    format!(
                        "Lệnh `{other}` không tồn tại; các lệnh: {}.",
                        known.join(", ")
                    ),
                ));
            }
        })
    }
}
