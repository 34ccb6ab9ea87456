//! One error shape for the whole library, in the style of Cedar's diagnostics: a stable
//! [`ErrorCode`], an English and a Vietnamese message, a help text, the citations the refusal
//! rests on, a JSON pointer to the bad input field, and related errors.
//!
//! Domain refusals (a step the regulation forbids) and bad input are both values of [`Error`];
//! nothing in this crate panics on user input. Reading and writing errors as JSON is the
//! [`crate::json`] module's part (`Error::to_json` is defined there).

mod api;

pub use api::{ApiItem, Convention, HelpTemplate};

use crate::cite::Citation;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A result with the crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Stable error codes. The serialised form (`SCREAMING_SNAKE_CASE`) never changes once released.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub enum ErrorCode {
    /// Input does not match the expected shape or value range.
    InvalidInput,
    /// Input is not well-formed JSON.
    InvalidJson,
    /// Input exceeds a documented size or nesting limit.
    InputTooLarge,
    /// A regulation document fails validation.
    InvalidRegulation,
    /// A body id is unknown, or the body does not exist on that date.
    UnknownAgency,
    /// An instrument number or name is not in the catalogue.
    UnknownInstrument,
    /// A citation names a provision that is not in the catalogue.
    UnknownProvision,
    /// A citation could not be parsed from text.
    CitationParse,
    /// A time-limit rule is unknown or not in force on that date.
    UnknownRule,
    /// The acting body's role has no duty allowing this step.
    NotAuthorized,
    /// The step is not allowed from the case's current state.
    InvalidTransition,
    /// A violating verdict cites no legal ground.
    GroundRequired,
    /// A cited ground is not in force at the content's law time.
    GroundNotInForce,
    /// A cited provision is not one of the grounds.
    NotAGround,
    /// A cited provision is a definition the regulation borrows, never a ground.
    DefinitionNotAGround,
    /// Time runs backwards within a case.
    TimeOrder,
    /// A body outside the issuing authority (a requested role) was asked for what its duties do
    /// not name, or directed.
    RequestedBody,
    /// Results of a case touching state secrets may not be published.
    ConfidentialCase,
    /// The event log's hash chain or sequence is broken.
    LogTampered,
    /// A date is outside the supported range.
    DateOutOfRange,
    /// Detected content is not described (no summary and no URL).
    ContentRequired,
    /// The coordinating body cannot notify itself: it receives the case directly.
    NotifySelf,
    /// A verification consults no body.
    ConsultationRequired,
    /// A consulted body has no duty to verify or give opinions on that date.
    NoVerificationDuty,
    /// An opinion lacks a finding or a proposed direction.
    OpinionIncomplete,
    /// A meeting is recorded in a verification run by written consultation.
    MethodNotMeeting,
    /// A meeting attendee does not take part in the verification.
    AttendeeNotParticipant,
    /// A conclusion has neither an opinion nor a meeting behind it.
    EvidenceRequired,
    /// The action kind does not fit the role of the body requested or directed.
    ActionRoleMismatch,
    /// No action of the case has that id.
    UnknownAction,
    /// The action already has a result.
    ActionNotOpen,
    /// An action, request or proposal is still open.
    ActionOpen,
    /// The dismissal reason does not fit the case.
    DismissReasonInvalid,
    /// The content's territory is not covered by the regulation on that date.
    OutOfTerritory,
    /// No regulation of this kind is known for a territory on a date.
    NoRegulationKnown,
    /// A label contradicts the conclusion.
    LabelInvalid,
    /// A log was recorded under a data version this regulation does not replay as it is.
    LogVersion,
}

impl ErrorCode {
    /// Every code, in declaration order (for tests and documentation walking them all).
    pub const ALL: &'static [ErrorCode] = &[
        ErrorCode::InvalidInput,
        ErrorCode::InvalidJson,
        ErrorCode::InputTooLarge,
        ErrorCode::InvalidRegulation,
        ErrorCode::UnknownAgency,
        ErrorCode::UnknownInstrument,
        ErrorCode::UnknownProvision,
        ErrorCode::CitationParse,
        ErrorCode::UnknownRule,
        ErrorCode::NotAuthorized,
        ErrorCode::InvalidTransition,
        ErrorCode::GroundRequired,
        ErrorCode::GroundNotInForce,
        ErrorCode::NotAGround,
        ErrorCode::DefinitionNotAGround,
        ErrorCode::TimeOrder,
        ErrorCode::RequestedBody,
        ErrorCode::ConfidentialCase,
        ErrorCode::LogTampered,
        ErrorCode::DateOutOfRange,
        ErrorCode::ContentRequired,
        ErrorCode::NotifySelf,
        ErrorCode::ConsultationRequired,
        ErrorCode::NoVerificationDuty,
        ErrorCode::OpinionIncomplete,
        ErrorCode::MethodNotMeeting,
        ErrorCode::AttendeeNotParticipant,
        ErrorCode::EvidenceRequired,
        ErrorCode::ActionRoleMismatch,
        ErrorCode::UnknownAction,
        ErrorCode::ActionNotOpen,
        ErrorCode::ActionOpen,
        ErrorCode::DismissReasonInvalid,
        ErrorCode::OutOfTerritory,
        ErrorCode::NoRegulationKnown,
        ErrorCode::LabelInvalid,
        ErrorCode::LogVersion,
    ];

    /// The stable string form, e.g. `"NOT_AUTHORIZED"`.
    pub fn as_str(&self) -> &'static str {
        match self {
            ErrorCode::InvalidInput => "INVALID_INPUT",
            ErrorCode::InvalidJson => "INVALID_JSON",
            ErrorCode::InputTooLarge => "INPUT_TOO_LARGE",
            ErrorCode::InvalidRegulation => "INVALID_REGULATION",
            ErrorCode::UnknownAgency => "UNKNOWN_AGENCY",
            ErrorCode::UnknownInstrument => "UNKNOWN_INSTRUMENT",
            ErrorCode::UnknownProvision => "UNKNOWN_PROVISION",
            ErrorCode::CitationParse => "CITATION_PARSE",
            ErrorCode::UnknownRule => "UNKNOWN_RULE",
            ErrorCode::NotAuthorized => "NOT_AUTHORIZED",
            ErrorCode::InvalidTransition => "INVALID_TRANSITION",
            ErrorCode::GroundRequired => "GROUND_REQUIRED",
            ErrorCode::GroundNotInForce => "GROUND_NOT_IN_FORCE",
            ErrorCode::NotAGround => "NOT_A_GROUND",
            ErrorCode::DefinitionNotAGround => "DEFINITION_NOT_A_GROUND",
            ErrorCode::TimeOrder => "TIME_ORDER",
            ErrorCode::RequestedBody => "REQUESTED_BODY",
            ErrorCode::ConfidentialCase => "CONFIDENTIAL_CASE",
            ErrorCode::LogTampered => "LOG_TAMPERED",
            ErrorCode::DateOutOfRange => "DATE_OUT_OF_RANGE",
            ErrorCode::ContentRequired => "CONTENT_REQUIRED",
            ErrorCode::NotifySelf => "NOTIFY_SELF",
            ErrorCode::ConsultationRequired => "CONSULTATION_REQUIRED",
            ErrorCode::NoVerificationDuty => "NO_VERIFICATION_DUTY",
            ErrorCode::OpinionIncomplete => "OPINION_INCOMPLETE",
            ErrorCode::MethodNotMeeting => "METHOD_NOT_MEETING",
            ErrorCode::AttendeeNotParticipant => "ATTENDEE_NOT_PARTICIPANT",
            ErrorCode::EvidenceRequired => "EVIDENCE_REQUIRED",
            ErrorCode::ActionRoleMismatch => "ACTION_ROLE_MISMATCH",
            ErrorCode::UnknownAction => "UNKNOWN_ACTION",
            ErrorCode::ActionNotOpen => "ACTION_NOT_OPEN",
            ErrorCode::ActionOpen => "ACTION_OPEN",
            ErrorCode::DismissReasonInvalid => "DISMISS_REASON_INVALID",
            ErrorCode::OutOfTerritory => "OUT_OF_TERRITORY",
            ErrorCode::NoRegulationKnown => "NO_REGULATION_KNOWN",
            ErrorCode::LabelInvalid => "LABEL_INVALID",
            ErrorCode::LogVersion => "LOG_VERSION",
        }
    }
}

/// The family of an error code: what kind of failure it is. Bindings map each family to one
/// exception class (Python) or a `kind` property (JavaScript).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub enum ErrorFamily {
    /// The input is malformed, too large or out of range.
    InvalidInput,
    /// An id, instrument, provision, rule or action does not exist (on that date).
    NotFound,
    /// The regulation refuses the step (a guard of the workflow failed).
    RuleViolation,
    /// An event log's chain, order or recorded effects were altered.
    LogTampered,
}

impl ErrorCode {
    /// The family of this code.
    ///
    /// ```
    /// use quyche::error::{ErrorCode, ErrorFamily};
    /// assert_eq!(ErrorCode::GroundRequired.family(), ErrorFamily::RuleViolation);
    /// assert_eq!(ErrorCode::UnknownAgency.family(), ErrorFamily::NotFound);
    /// ```
    pub fn family(&self) -> ErrorFamily {
        use ErrorCode::*;
        match self {
            InvalidInput | InvalidJson | InputTooLarge | InvalidRegulation | CitationParse
            | DateOutOfRange | LogVersion => ErrorFamily::InvalidInput,
            UnknownAgency | UnknownInstrument | UnknownProvision | UnknownRule | UnknownAction
            | NoRegulationKnown => ErrorFamily::NotFound,
            LogTampered => ErrorFamily::LogTampered,
            NotAuthorized
            | InvalidTransition
            | GroundRequired
            | GroundNotInForce
            | NotAGround
            | DefinitionNotAGround
            | TimeOrder
            | RequestedBody
            | ConfidentialCase
            | ContentRequired
            | NotifySelf
            | ConsultationRequired
            | NoVerificationDuty
            | OpinionIncomplete
            | MethodNotMeeting
            | AttendeeNotParticipant
            | EvidenceRequired
            | ActionRoleMismatch
            | ActionNotOpen
            | ActionOpen
            | DismissReasonInvalid
            | OutOfTerritory
            | LabelInvalid => ErrorFamily::RuleViolation,
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The library's error: the same shape in Rust, Python and JavaScript.
///
/// A [`Box`] around [`ErrorData`], so that `Result<T, Error>` stays one pointer wide (no
/// `clippy::result_large_err` in callers' code); the fields read through it (`e.code`,
/// `e.message_vi`, …) by [`Deref`](std::ops::Deref).
///
/// ```
/// use quyche::{Error, ErrorCode};
/// let e = Error::new(ErrorCode::InvalidInput, "date is malformed", "ngày không hợp lệ")
///     .at("/content/published_at")
///     .with_help("Use RFC 3339 with an offset.", "Dùng định dạng RFC 3339 có múi giờ.");
/// assert_eq!(e.code.as_str(), "INVALID_INPUT");
/// assert_eq!(e.path.as_deref(), Some("/content/published_at"));
/// assert_eq!(std::mem::size_of::<quyche::Result<()>>(), std::mem::size_of::<usize>());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, thiserror::Error)]
#[serde(transparent)]
pub struct Error(Box<ErrorData>);

/// The JSON Schema of an [`Error`] is that of its fields, under the name `Error`.
impl JsonSchema for Error {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        ErrorData::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        ErrorData::schema_id()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        ErrorData::json_schema(generator)
    }
}

/// The library's error: the same shape in Rust, Python and JavaScript (the fields of an
/// [`Error`], which holds them boxed).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "ts", tsify(rename = "ErrorJson"))]
#[schemars(rename = "Error")]
#[non_exhaustive]
pub struct ErrorData {
    /// Stable machine-readable code.
    pub code: ErrorCode,
    /// What went wrong, in English.
    pub message: String,
    /// What went wrong, in Vietnamese.
    pub message_vi: String,
    /// How to fix it, in English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// How to fix it, in Vietnamese.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help_vi: Option<String>,
    /// The provisions the refusal rests on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub citations: Vec<Citation>,
    /// A JSON pointer (RFC 6901) into the input, for bad input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Further errors found together with this one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", tsify(type = "ErrorJson[]"))]
    pub related: Vec<Error>,
    /// The help as a template naming an API item, when it names one: `help` and `help_vi` are
    /// it rendered for Rust; each binding renders it in its own convention. Not part of the
    /// JSON form (which carries the rendered help).
    #[serde(skip)]
    #[schemars(skip)]
    pub help_api: Option<HelpTemplate>,
}

/// Equal when the JSON forms are: `help_api` only says how `help` was written.
impl PartialEq for ErrorData {
    fn eq(&self, o: &Self) -> bool {
        self.code == o.code
            && self.message == o.message
            && self.message_vi == o.message_vi
            && self.help == o.help
            && self.help_vi == o.help_vi
            && self.citations == o.citations
            && self.path == o.path
            && self.related == o.related
    }
}

impl std::ops::Deref for Error {
    type Target = ErrorData;
    fn deref(&self) -> &ErrorData {
        &self.0
    }
}

impl std::ops::DerefMut for Error {
    fn deref_mut(&mut self) -> &mut ErrorData {
        &mut self.0
    }
}

impl From<ErrorData> for Error {
    fn from(d: ErrorData) -> Self {
        Error(Box::new(d))
    }
}

impl Error {
    /// The fields, by value.
    pub fn into_data(self) -> ErrorData {
        *self.0
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.message)?;
        if let Some(p) = &self.path {
            write!(f, " (at {p})")?;
        }
        Ok(())
    }
}

impl Error {
    /// A new error with its code and messages in English and Vietnamese.
    pub fn new(code: ErrorCode, message: impl Into<String>, message_vi: impl Into<String>) -> Self {
        Error(Box::new(ErrorData {
            code,
            message: message.into(),
            message_vi: message_vi.into(),
            help: None,
            help_vi: None,
            citations: Vec::new(),
            path: None,
            related: Vec::new(),
            help_api: None,
        }))
    }

    /// An [`ErrorCode::InvalidInput`] error at JSON pointer `path`.
    pub fn invalid(
        path: impl Into<String>,
        message: impl Into<String>,
        message_vi: impl Into<String>,
    ) -> Self {
        Error::new(ErrorCode::InvalidInput, message, message_vi).at(path)
    }

    /// Sets the JSON pointer to the bad field.
    pub fn at(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// Prefixes the JSON pointer with `prefix` (used when a nested value is checked on its own).
    pub fn under(mut self, prefix: &str) -> Self {
        self.path = Some(format!("{prefix}{}", self.path.as_deref().unwrap_or("")));
        self
    }

    /// Sets the help text in English and Vietnamese.
    pub fn with_help(mut self, en: impl Into<String>, vi: impl Into<String>) -> Self {
        self.help = Some(en.into());
        self.help_vi = Some(vi.into());
        self
    }

    /// Sets a help text that names an API item: `en` and `vi` hold `{api}` where its name goes.
    /// The help reads with the Rust name; [`Error::render_help`] names it for another language.
    ///
    /// ```
    /// use quyche::error::{ApiItem, Convention, Error, ErrorCode};
    /// let e = Error::new(ErrorCode::UnknownAgency, "no such body", "không có cơ quan")
    ///     .with_help_naming(ApiItem::RegisterBody, "Register it with {api}.", "Đăng ký bằng {api}.");
    /// assert_eq!(e.help_vi.as_deref(), Some("Đăng ký bằng `Regulation::register_body`."));
    /// let js = e.render_help(Convention::JavaScript);
    /// assert_eq!(js.help_vi.as_deref(), Some("Đăng ký bằng `Regulation.registerBody`."));
    /// ```
    pub fn with_help_naming(
        mut self,
        item: ApiItem,
        en: impl Into<String>,
        vi: impl Into<String>,
    ) -> Self {
        let t = HelpTemplate {
            item,
            en: en.into(),
            vi: vi.into(),
        };
        let (en, vi) = t.render(Convention::Rust);
        self.help = Some(en);
        self.help_vi = Some(vi);
        self.help_api = Some(t);
        self
    }

    /// The error with every help that names an API item (its own and its related errors')
    /// written in `convention`.
    pub fn render_help(mut self, convention: Convention) -> Self {
        if let Some(t) = &self.help_api {
            let (en, vi) = t.render(convention);
            self.help = Some(en);
            self.help_vi = Some(vi);
        }
        self.related = std::mem::take(&mut self.related)
            .into_iter()
            .map(|r| r.render_help(convention))
            .collect();
        self
    }

    /// Adds the provisions the error rests on.
    pub fn with_citations(mut self, citations: impl IntoIterator<Item = Citation>) -> Self {
        self.citations.extend(citations);
        self
    }

    /// Adds related errors.
    pub fn with_related(mut self, related: impl IntoIterator<Item = Error>) -> Self {
        self.related.extend(related);
        self
    }
}

/// Escapes one JSON-pointer reference token (RFC 6901: `~` → `~0`, `/` → `~1`).
///
/// ```
/// assert_eq!(quyche::error::pointer_token("a/b~c"), "a~1b~0c");
/// ```
pub fn pointer_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `ErrorCode::ALL` holds every code once: the schema (derived from the enum) lists the same.
    #[test]
    fn all_lists_every_code_once() {
        let schema = serde_json::to_value(schemars::schema_for!(ErrorCode)).unwrap();
        let text = schema.to_string();
        let mut from_schema: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
        from_schema.retain(|c| text.contains(&format!("\"{c}\"")));
        assert_eq!(from_schema.len(), ErrorCode::ALL.len());
        let listed = schema["oneOf"].as_array().map_or(0, Vec::len)
            + schema["enum"].as_array().map_or(0, Vec::len);
        assert_eq!(listed, ErrorCode::ALL.len(), "{schema}");
        let mut seen = std::collections::HashSet::new();
        assert!(ErrorCode::ALL.iter().all(|c| seen.insert(*c)));
    }

    /// `Result<T, Error>` is one pointer wide (plus the payload): no `result_large_err` for callers.
    #[test]
    fn a_result_is_small() {
        assert_eq!(
            std::mem::size_of::<Result<()>>(),
            std::mem::size_of::<usize>()
        );
        assert!(std::mem::size_of::<Result<u64>>() <= 2 * std::mem::size_of::<usize>());
        // What the box saves: the fields themselves are far beyond clippy's 128-byte threshold.
        let fields = std::mem::size_of::<ErrorData>();
        eprintln!("ErrorData: {fields} bytes; Result<()>: 8 bytes");
        assert!(fields > 128, "{fields}");
    }
}
