//! The published finding of a case: what a fact-check record (schema.org `ClaimReview`) states
//! once the case's handling results were announced — the claim, the rating in Vietnamese and
//! English, the grounds, and each announcement with the body that made it and the provisions
//! that allowed it. Refused for a case touching Party or State secrets (nothing of it is
//! published, as the regulation's publication step says) and for a case whose results were not
//! announced. The author's handle is never copied. No file format lives here.

use super::figures::NamedBody;
use super::requests::CitedProvision;
use crate::case::{Case, CaseId, Event, Refusal, RegulationRef, basis};
use crate::error::{Error, ErrorCode, Result};
use crate::regulation::Regulation;
use crate::rules::GuardId;
use crate::text::Label;
use crate::vocab::{CommandKind, ContentKind, ContentLabel, PlatformKind, Verdict};
use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Where the rating's words come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub enum RatingBasis {
    /// The label given to the content (fake, false, verified).
    ContentLabel,
    /// The conclusion's verdict, the content having no label: the library words a violating
    /// verdict as "false or harmful information", the regulation's own subject.
    Verdict,
}

/// The rating of the claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Rating {
    /// The rating in words, in Vietnamese and English.
    pub label: Label,
    /// Where the words come from.
    pub basis: RatingBasis,
    /// The content label, when one was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_label: Option<ContentLabel>,
    /// The verdict.
    pub verdict: Verdict,
}

/// The content the claim was made in (never its author).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct ReviewedContent {
    /// Where it appeared, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The platform or site.
    pub platform: String,
    /// Its kind.
    pub platform_kind: PlatformKind,
    /// What kind of item it is.
    pub kind: ContentKind,
    /// Its language tag.
    pub language: String,
    /// When it was published, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize_opt",
        deserialize_with = "crate::time::rfc3339::deserialize_opt"
    )]
    pub published_at: Option<DateTime<FixedOffset>>,
}

/// One announcement of the results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Announcement {
    /// The announcing body, named as on that day.
    pub body: NamedBody,
    /// The piece's title.
    pub title: String,
    /// Where, if online.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When.
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize",
        deserialize_with = "crate::time::rfc3339::deserialize"
    )]
    pub at: DateTime<FixedOffset>,
    /// The provisions under which that body announced them (the workflow row for its roles).
    pub citations: Vec<CitedProvision>,
}

/// What a fact-check record of a published case states.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct PublishedFinding {
    /// The regulation the case is handled under.
    pub regulation: RegulationRef,
    /// The case.
    pub case_id: CaseId,
    /// The claim: the content's neutral description.
    pub claim: String,
    /// Where it was made.
    pub content: ReviewedContent,
    /// The rating.
    pub rating: Rating,
    /// The grounds of the conclusion.
    pub grounds: Vec<CitedProvision>,
    /// When it was concluded.
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize",
        deserialize_with = "crate::time::rfc3339::deserialize"
    )]
    pub concluded_at: DateTime<FixedOffset>,
    /// The announcements, in order.
    pub announcements: Vec<Announcement>,
}

/// The rating of a conclusion: the content label's words, else the verdict's.
fn rating(case: &Case, verdict: Verdict) -> Rating {
    match &case.label {
        Some(l) => Rating {
            label: l.label.label(),
            basis: RatingBasis::ContentLabel,
            content_label: Some(l.label),
            verdict,
        },
        None => Rating {
            label: match verdict {
                Verdict::Violating => Label::new(
                    "Thông tin sai sự thật, xấu, độc",
                    "False or harmful information",
                ),
                _ => verdict.label(),
            },
            basis: RatingBasis::Verdict,
            content_label: None,
            verdict,
        },
    }
}

/// The announcing event of each publication, in order.
fn announcing_events(case: &Case) -> impl Iterator<Item = &Event> {
    case.events
        .iter()
        .filter(|e| e.command.kind() == CommandKind::PublishResults)
}

/// The published finding of `case`. Refused with
/// [`ErrorCode::ConfidentialCase`] (citing the regulation's publication guard) for a case
/// touching Party or State secrets, and with [`ErrorCode::InvalidInput`] at `/publications` for
/// a case whose results were not announced.
///
/// ```
/// # use quyche::case::{Actor, Case, Command};
/// let reg = quyche::Regulation::khanh_hoa_ref();
/// let cmd = Command::from_json(r#"{"type":"detect","source":"press_review","content":{
///     "platform":"Facebook","platform_kind":"social_network","kind":"post","summary":"Tin đồn"}}"#).unwrap();
/// let at = chrono::DateTime::parse_from_rfc3339("2026-03-02T08:00:00+07:00").unwrap();
/// let (case, _) = Case::start(reg, cmd, &Actor::body("so-vhttdl"), at).unwrap();
/// let e = quyche::report::published_finding(reg, &case).unwrap_err();
/// assert_eq!(e.path.as_deref(), Some("/publications"));
/// ```
pub fn published_finding(reg: &Regulation, case: &Case) -> Result<PublishedFinding> {
    if case.state_secret {
        let citations = reg
            .workflow
            .rows(CommandKind::PublishResults)
            .find_map(|t| t.guard(GuardId::NotConfidential))
            .map(|g| g.citations.clone())
            .unwrap_or_default();
        return Err(Refusal::Confidential.error(citations));
    }
    let not_published = || {
        Error::new(
            ErrorCode::InvalidInput,
            format!("The results of case `{}` have not been announced.", case.id),
            format!("Kết quả xử lý vụ việc `{}` chưa được thông báo.", case.id),
        )
        .at("/publications")
        .with_help(
            "A fact-check record follows the announcement of the results.",
            "Chỉ lập bản kiểm chứng sau khi đã thông báo kết quả xử lý.",
        )
    };
    let assessment = case.assessment.as_ref().ok_or_else(not_published)?;
    if case.publications.is_empty() {
        return Err(not_published());
    }
    let announcements = case
        .publications
        .iter()
        .zip(announcing_events(case))
        .map(|(p, e)| {
            let day = crate::time::vn_date(&p.at);
            Announcement {
                body: NamedBody {
                    body: p.body.clone(),
                    name: reg.register.body_name(&p.body, day),
                },
                title: p.title.clone(),
                url: p.url.clone(),
                at: p.at,
                citations: basis(reg, e)
                    .iter()
                    .map(|c| CitedProvision::new(reg, c))
                    .collect(),
            }
        })
        .collect();
    Ok(PublishedFinding {
        regulation: case.regulation.clone(),
        case_id: case.id.clone(),
        claim: case.content.summary.clone(),
        content: ReviewedContent {
            url: case.content.url.clone(),
            platform: case.content.platform.clone(),
            platform_kind: case.content.platform_kind,
            kind: case.content.kind,
            language: case.content.language.clone(),
            published_at: case.content.published_at,
        },
        rating: rating(case, assessment.verdict),
        grounds: assessment
            .grounds
            .iter()
            .map(|c| CitedProvision::new(reg, c))
            .collect(),
        concluded_at: assessment.at,
        announcements,
    })
}
