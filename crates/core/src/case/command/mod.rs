//! Commands: the steps of the workflow table, each with its payload type. JSON form:
//! `{"type": "<command>", ...payload fields}`; unknown fields are refused.

mod build;
mod detection;
mod handling;
mod procedure;

pub use detection::{Actor, Detect, NotifyLead, Receive, Triage};
pub use handling::{
    AssignAction, DirectAction, ProposeDirection, RecordPlatformResponse, ReportResult,
    RequestAction, SendRemovalRequest, TakeAction, TriggerTime, WithdrawAction,
};
pub use procedure::{
    AssignOfficer, Close, Conclude, Consult, Dismiss, LabelContent, MarkConfidential,
    OpenVerification, PublishResults, RecordMeeting, SubmitOpinion,
};

use crate::error::{Error, Result};
use crate::vocab::CommandKind;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A command with its payload.
///
/// ```
/// let c = quyche::case::Command::from_json(r#"{"type":"notify_lead","channel":"email"}"#).unwrap();
/// assert_eq!(c.kind(), quyche::vocab::CommandKind::NotifyLead);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
#[allow(clippy::large_enum_variant)] // commands are short-lived values; boxing Detect would only complicate every caller
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub enum Command {
    /// See [`Detect`].
    Detect(Detect),
    /// See [`NotifyLead`].
    NotifyLead(NotifyLead),
    /// See [`Receive`].
    Receive(Receive),
    /// See [`Triage`].
    Triage(Triage),
    /// See [`OpenVerification`].
    OpenVerification(OpenVerification),
    /// See [`Consult`].
    Consult(Consult),
    /// See [`AssignOfficer`].
    AssignOfficer(AssignOfficer),
    /// See [`SubmitOpinion`].
    SubmitOpinion(SubmitOpinion),
    /// See [`RecordMeeting`].
    RecordMeeting(RecordMeeting),
    /// See [`MarkConfidential`].
    MarkConfidential(MarkConfidential),
    /// See [`Conclude`].
    Conclude(Conclude),
    /// See [`Dismiss`].
    Dismiss(Dismiss),
    /// See [`TakeAction`].
    TakeAction(TakeAction),
    /// See [`RequestAction`].
    RequestAction(RequestAction),
    /// See [`ProposeDirection`].
    ProposeDirection(ProposeDirection),
    /// See [`DirectAction`].
    DirectAction(DirectAction),
    /// See [`SendRemovalRequest`].
    SendRemovalRequest(SendRemovalRequest),
    /// See [`RecordPlatformResponse`].
    RecordPlatformResponse(RecordPlatformResponse),
    /// See [`WithdrawAction`].
    WithdrawAction(WithdrawAction),
    /// See [`ReportResult`].
    ReportResult(ReportResult),
    /// See [`LabelContent`].
    LabelContent(LabelContent),
    /// See [`PublishResults`].
    PublishResults(PublishResults),
    /// See [`Close`].
    Close(Close),
    /// See [`AssignAction`] (logs of earlier data versions only).
    AssignAction(AssignAction),
}

/// Decoded through [`Command::from_value`]: the `type` member picks the payload type, which is
/// decoded once, by its own decoder, so a failure names the bad field.
impl<'de> Deserialize<'de> for Command {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
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
            Command::Triage(_) => CommandKind::Triage,
            Command::OpenVerification(_) => CommandKind::OpenVerification,
            Command::Consult(_) => CommandKind::Consult,
            Command::AssignOfficer(_) => CommandKind::AssignOfficer,
            Command::SubmitOpinion(_) => CommandKind::SubmitOpinion,
            Command::RecordMeeting(_) => CommandKind::RecordMeeting,
            Command::MarkConfidential(_) => CommandKind::MarkConfidential,
            Command::Conclude(_) => CommandKind::Conclude,
            Command::Dismiss(_) => CommandKind::Dismiss,
            Command::TakeAction(_) => CommandKind::TakeAction,
            Command::RequestAction(_) => CommandKind::RequestAction,
            Command::ProposeDirection(_) => CommandKind::ProposeDirection,
            Command::DirectAction(_) => CommandKind::DirectAction,
            Command::SendRemovalRequest(_) => CommandKind::SendRemovalRequest,
            Command::RecordPlatformResponse(_) => CommandKind::RecordPlatformResponse,
            Command::WithdrawAction(_) => CommandKind::WithdrawAction,
            Command::ReportResult(_) => CommandKind::ReportResult,
            Command::LabelContent(_) => CommandKind::LabelContent,
            Command::PublishResults(_) => CommandKind::PublishResults,
            Command::Close(_) => CommandKind::Close,
            Command::AssignAction(_) => CommandKind::AssignAction,
        }
    }

    /// Decodes a command from JSON text (read strictly, NFC), with a JSON pointer on failure.
    ///
    /// ```
    /// let e = quyche::case::Command::from_json(r#"{"type":"notify_lead","channel":"fax"}"#).unwrap_err();
    /// assert_eq!(e.path.as_deref(), Some("/channel"));
    /// ```
    pub fn from_json(text: &str) -> Result<Command> {
        crate::json::check_size(text)?;
        Command::from_value(crate::json::read_json(text)?)
    }

    /// Decodes a command from a JSON value: the payload is decoded by its own type so the
    /// error's JSON pointer names the bad field.
    pub fn from_value(v: serde_json::Value) -> Result<Command> {
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
                    "Lệnh cần có trường `type` là tên lệnh.",
                ));
            }
        };
        let Some(k) = CommandKind::from_id(&kind) else {
            let known: Vec<&str> = CommandKind::ids().collect();
            return Err(Error::invalid(
                "/type",
                format!(
                    "Unknown command `{}`; the commands are: {}.",
                    crate::text::echo(&kind),
                    known.join(", ")
                ),
                format!(
                    "Không có lệnh `{}`; các lệnh: {}.",
                    crate::text::echo(&kind),
                    crate::text::code_list(known.iter().copied())
                ),
            ));
        };
        decode(k, serde_json::Value::Object(m))
    }
}

/// The payload of command `k` from `p`.
fn decode(k: CommandKind, p: serde_json::Value) -> Result<Command> {
    use crate::json::from_value as de;
    Ok(match k {
        CommandKind::Detect => Command::Detect(de(p)?),
        CommandKind::NotifyLead => Command::NotifyLead(de(p)?),
        CommandKind::Receive => Command::Receive(de(p)?),
        CommandKind::Triage => Command::Triage(de(p)?),
        CommandKind::OpenVerification => Command::OpenVerification(de(p)?),
        CommandKind::Consult => Command::Consult(de(p)?),
        CommandKind::AssignOfficer => Command::AssignOfficer(de(p)?),
        CommandKind::SubmitOpinion => Command::SubmitOpinion(de(p)?),
        CommandKind::RecordMeeting => Command::RecordMeeting(de(p)?),
        CommandKind::MarkConfidential => Command::MarkConfidential(de(p)?),
        CommandKind::Conclude => Command::Conclude(de(p)?),
        CommandKind::Dismiss => Command::Dismiss(de(p)?),
        CommandKind::TakeAction => Command::TakeAction(de(p)?),
        CommandKind::RequestAction => Command::RequestAction(de(p)?),
        CommandKind::ProposeDirection => Command::ProposeDirection(de(p)?),
        CommandKind::DirectAction => Command::DirectAction(de(p)?),
        CommandKind::SendRemovalRequest => Command::SendRemovalRequest(de(p)?),
        CommandKind::RecordPlatformResponse => Command::RecordPlatformResponse(de(p)?),
        CommandKind::WithdrawAction => Command::WithdrawAction(de(p)?),
        CommandKind::ReportResult => Command::ReportResult(de(p)?),
        CommandKind::LabelContent => Command::LabelContent(de(p)?),
        CommandKind::PublishResults => Command::PublishResults(de(p)?),
        CommandKind::Close => Command::Close(de(p)?),
        CommandKind::AssignAction => Command::AssignAction(de(p)?),
    })
}
