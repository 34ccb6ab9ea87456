//! A case as one row of a table, for listings and spreadsheets: where it stands and what was done,
//! as ids, vocabulary values, dates and counts. **No personal data**: no officer's name, no
//! author's handle, no URL (an address often names the account), no free text but the content's
//! neutral summary — and for a case touching Party or State secrets, not even that or the
//! platform's name. No file format lives here.

use super::figures::NamedBody;
use crate::case::{Case, CaseId};
use crate::law::Citation;
use crate::regulation::Regulation;
use crate::vocab::{
    CaseStatus, Channel, ContentKind, ContentLabel, DetectionSource, DismissReason, PlatformKind,
    PlatformResponse, Topic, Verdict,
};
use chrono::{DateTime, FixedOffset, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One case as a row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct CaseRow {
    /// The case.
    pub case_id: CaseId,
    /// The regulation id it is handled under.
    pub regulation: String,
    /// Where it stands.
    pub status: CaseStatus,
    /// Touches Party or State secrets (then no content is listed).
    pub confidential: bool,
    /// The content's neutral summary (none for a confidential case).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// The platform's name (none for a confidential case).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    /// The platform's kind.
    pub platform_kind: PlatformKind,
    /// The item's kind.
    pub content_kind: ContentKind,
    /// Topics.
    pub topics: Vec<Topic>,
    /// The day that picks the legal grounds (publication, else detection).
    pub law_date: NaiveDate,
    /// The detecting body.
    pub detected_by: NamedBody,
    /// How it was detected.
    pub source: DetectionSource,
    /// When it was detected.
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize",
        deserialize_with = "crate::time::rfc3339::deserialize"
    )]
    pub detected_at: DateTime<FixedOffset>,
    /// The channel of the notification to the coordinating body, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notified_by: Option<Channel>,
    /// When the coordinating body received it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize_opt",
        deserialize_with = "crate::time::rfc3339::deserialize_opt"
    )]
    pub received_at: Option<DateTime<FixedOffset>>,
    /// Bodies consulted.
    pub consulted: u32,
    /// Opinions received.
    pub opinions: u32,
    /// The verdict, once concluded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
    /// The grounds of the conclusion.
    pub grounds: Vec<Citation>,
    /// When it was concluded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize_opt",
        deserialize_with = "crate::time::rfc3339::deserialize_opt"
    )]
    pub concluded_at: Option<DateTime<FixedOffset>>,
    /// The label given to the content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<ContentLabel>,
    /// Handling actions opened.
    pub actions: u32,
    /// Of which still open.
    pub actions_open: u32,
    /// Removal requests sent.
    pub removal_requests: u32,
    /// What the platforms did, one entry per answered request.
    pub platform_responses: Vec<PlatformResponse>,
    /// Announcements of the results.
    pub announcements: u32,
    /// When it was closed or dismissed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize_opt",
        deserialize_with = "crate::time::rfc3339::deserialize_opt"
    )]
    pub ended_at: Option<DateTime<FixedOffset>>,
    /// Why it was dismissed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dismiss_reason: Option<DismissReason>,
    /// Events in its log.
    pub events: u32,
    /// The hash at the head of its log.
    pub head_hash: String,
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// `case` as a row, with the bodies named as on the day they acted.
///
/// ```
/// # use quyche::case::{Actor, Case, Command};
/// let reg = quyche::Regulation::khanh_hoa_ref();
/// let cmd = Command::from_json(r#"{"type":"detect","source":"press_review","content":{
///     "platform":"Facebook","platform_kind":"social_network","kind":"post","summary":"Tin đồn",
///     "author_handle":"nguoi.dang"}}"#).unwrap();
/// let at = chrono::DateTime::parse_from_rfc3339("2026-03-02T08:00:00+07:00").unwrap();
/// let (case, _) = Case::start(reg, cmd, &Actor::body("so-vhttdl"), at).unwrap();
/// let row = quyche::report::case_row(reg, &case);
/// assert_eq!(row.summary.as_deref(), Some("Tin đồn"));
/// assert!(!serde_json::to_string(&row).unwrap().contains("nguoi.dang"));
/// ```
pub fn case_row(reg: &Regulation, case: &Case) -> CaseRow {
    let secret = case.state_secret;
    let d = &case.detection;
    let v = case.verification.as_ref();
    let a = case.assessment.as_ref();
    CaseRow {
        case_id: case.id.clone(),
        regulation: case.regulation.id.clone(),
        status: case.status,
        confidential: secret,
        summary: (!secret).then(|| case.content.summary.clone()),
        platform: (!secret).then(|| case.content.platform.clone()),
        platform_kind: case.content.platform_kind,
        content_kind: case.content.kind,
        topics: case.topics.clone(),
        law_date: crate::time::vn_date(&case.law_time()),
        detected_by: NamedBody {
            body: d.body.clone(),
            name: reg.register.body_name(&d.body, crate::time::vn_date(&d.at)),
        },
        source: d.source,
        detected_at: d.at,
        notified_by: case.notification.as_ref().map(|n| n.channel),
        received_at: case.received_at,
        consulted: count(v.map_or(0, |v| v.consulted.len())),
        opinions: count(v.map_or(0, |v| v.opinions.len())),
        verdict: a.map(|a| a.verdict),
        grounds: a.map(|a| a.grounds.clone()).unwrap_or_default(),
        concluded_at: a.map(|a| a.at),
        label: case.label.as_ref().map(|l| l.label),
        actions: count(case.actions.len()),
        actions_open: count(case.open_actions().count()),
        removal_requests: count(case.removal_requests.len()),
        platform_responses: case
            .removal_requests
            .iter()
            .filter_map(|r| r.response.as_ref().map(|x| x.response))
            .collect(),
        announcements: count(case.publications.len()),
        ended_at: case.closing.as_ref().map(|c| c.at),
        dismiss_reason: case.closing.as_ref().and_then(|c| c.reason),
        events: count(case.events.len()),
        head_hash: case.head_hash().to_string(),
    }
}
