//! A removal request recorded in a case, as the facts a request document states: who asks, whom,
//! to remove what, on which legal ground in force on the content's date, by when under which
//! provision, and under which authority. The members follow the EU Digital Services Act's
//! statement-of-reasons schema where they fit (`decision_ground`, `legal_grounds` for
//! `illegal_content_legal_ground`, `facts` for `decision_facts`, `territorial_scope`,
//! `content_date`, `application_date`); the rest is the regulation's own.
//!
//! Every domain answer comes from the regulation's data: the grounds are checked in force on the
//! content's law date, the deadline is the one computed when the request was recorded (the
//! platform's, with its provision), and the authority is the workflow row that allowed the
//! requester to send it. No file format lives here: the document crate writes it as JSON or
//! DOCX. The author's handle is never copied.

use super::figures::NamedBody;
use crate::case::{Case, CaseId, Deadline, Event, PlatformAnswer, Refusal, RegulationRef, basis};
use crate::law::{Citation, Status};
use crate::regulation::Regulation;
use crate::text::Label;
use crate::validity::Validity;
use crate::vocab::{ContentKind, Licensing, PlatformKind, RemovalTarget, Verdict};
use chrono::{DateTime, FixedOffset, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A provision with its text in both languages, as a document cites it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct CitedProvision {
    /// The provision.
    pub citation: Citation,
    /// How it is written ("điểm d khoản 1 Điều 8 Luật An ninh mạng 2018").
    pub text: Label,
}

impl CitedProvision {
    /// `c` with its full text under `reg`.
    pub fn new(reg: &Regulation, c: &Citation) -> CitedProvision {
        CitedProvision {
            citation: c.clone(),
            text: Label::new(c.vi(reg), c.en(reg)),
        }
    }
}

/// Why the content is to be removed (DSA `decision_ground`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub enum DecisionGround {
    /// Concluded violating under the grounds given (DSA `DECISION_GROUND_ILLEGAL_CONTENT`).
    IllegalContent,
    /// Sent before a conclusion, where the regulation allows it (interim blocking): no ground
    /// has been decided yet.
    PendingAssessment,
}

impl DecisionGround {
    /// Bilingual label.
    pub fn label(&self) -> Label {
        match self {
            DecisionGround::IllegalContent => Label::new(
                "Thông tin vi phạm pháp luật",
                "Content in breach of the law",
            ),
            DecisionGround::PendingAssessment => Label::new(
                "Ngăn chặn tạm thời, chưa có kết luận",
                "Interim measure, before any conclusion",
            ),
        }
    }
}

/// A legal ground of the request: a provision of the conclusion, in force on the content's date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct NoticeGround {
    /// The provision cited by the conclusion, with its text.
    pub provision: CitedProvision,
    /// What the ground covers (the catalogue's description).
    pub label: Label,
    /// Its period in force (the content's date falls in it).
    pub in_force: Validity,
    /// How sure the row is.
    pub status: Status,
    /// True when the ground is the successor of one the regulation names (an interpretation).
    pub successor: bool,
}

/// The deadline of the request with the provision that sets it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct NoticeDeadline {
    /// The deadline computed when the request was recorded.
    pub deadline: Deadline,
    /// The limit in words ("24 giờ" / "24 hours").
    pub limit: Label,
    /// The provision setting it, or its instrument when no provision is identified.
    pub set_by: Label,
    /// Whom it binds, in words.
    pub binds: Label,
}

/// The addressee of the request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Addressee {
    /// The platform or the account owner.
    pub target: RemovalTarget,
    /// The platform's name.
    pub platform: String,
    /// Its kind.
    pub platform_kind: PlatformKind,
    /// Licensed in Vietnam or cross-border.
    pub licensing: Licensing,
}

/// The content to be removed (never its author).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct NoticeContent {
    /// Where it is, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// A short neutral description.
    pub summary: String,
    /// What kind of item it is (DSA `content_type`).
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
    /// The day that picks the legal grounds (publication, else detection; DSA `content_date`).
    pub content_date: NaiveDate,
}

/// A removal request of a case as the facts of a request document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct RemovalNotice {
    /// The regulation the case is handled under.
    pub regulation: RegulationRef,
    /// The regulation's title.
    pub regulation_title: Label,
    /// The province (the place of the document).
    pub province: Label,
    /// The case.
    pub case_id: CaseId,
    /// The request's id in the case (`R1`).
    pub request_id: String,
    /// Its document number, if recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// When it was sent (DSA `application_date`).
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize",
        deserialize_with = "crate::time::rfc3339::deserialize"
    )]
    pub sent_at: DateTime<FixedOffset>,
    /// The requesting body, named as on that day.
    pub requester: NamedBody,
    /// The requester's managing body, if any (the document's header).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requester_parent: Option<NamedBody>,
    /// The requester's abbreviation, if any (the document's number line).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requester_abbreviation: Option<String>,
    /// The signer's title for the requester ("GIÁM ĐỐC"), if the data has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requester_head: Option<Label>,
    /// The provisions under which the requester sent it on that day (the workflow row for the
    /// roles it played).
    pub authority: Vec<CitedProvision>,
    /// Whom it is addressed to.
    pub addressee: Addressee,
    /// What is to be removed.
    pub content: NoticeContent,
    /// Why (DSA `decision_ground`).
    pub decision_ground: DecisionGround,
    /// The verdict, once concluded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
    /// When it was concluded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(
        serialize_with = "crate::time::rfc3339::serialize_opt",
        deserialize_with = "crate::time::rfc3339::deserialize_opt"
    )]
    pub concluded_at: Option<DateTime<FixedOffset>>,
    /// The legal grounds in force on the content's date (DSA `illegal_content_legal_ground`).
    pub legal_grounds: Vec<NoticeGround>,
    /// The facts relied on: the conclusion's reasoning (DSA `decision_facts`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facts: Option<String>,
    /// Flagged as urgent.
    pub urgent: bool,
    /// The addressee's deadline, where a limit applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<NoticeDeadline>,
    /// Where the content is to be removed or blocked: ISO 3166-1 alpha-2 codes (DSA
    /// `territorial_scope`); Vietnamese law reaches Vietnam.
    pub territorial_scope: Vec<String>,
    /// What the addressee did, once recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<PlatformAnswer>,
    /// Provenance: statuses below C and interpretations the request rests on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Label>,
}

/// The event that recorded the request `id`.
fn sending_event<'a>(case: &'a Case, id: &str) -> Option<&'a Event> {
    case.events.iter().find(|e| {
        e.command.kind() == crate::vocab::CommandKind::SendRemovalRequest
            && e.effects.request_id.as_deref() == Some(id)
    })
}

/// The grounds of the case's conclusion in force on `day`, with the notes they call for.
fn grounds(reg: &Regulation, case: &Case, day: NaiveDate) -> (Vec<NoticeGround>, Vec<Label>) {
    let mut out = Vec::new();
    let mut notes = Vec::new();
    let cited = case.assessment.iter().flat_map(|a| a.grounds.iter());
    for c in cited {
        let Some(g) = reg.ground_for(c, day) else {
            notes.push(Label::new(
                format!(
                    "{} không có hiệu lực vào ngày {}.",
                    c.vi(reg),
                    day.format("%d/%m/%Y")
                ),
                format!("{} was not in force on {day}.", c.en(reg)),
            ));
            continue;
        };
        let successor = matches!(g.origin, crate::law::GroundOrigin::Successor { .. });
        let status = reg
            .provision(c)
            .map_or(g.status, |p| p.status.max(g.status));
        if successor {
            notes.push(Label::new(
                format!("{}: áp dụng căn cứ kế thừa là cách hiểu.", c.vi(reg)),
                format!(
                    "{}: applying a successor ground is an interpretation.",
                    c.en(reg)
                ),
            ));
        }
        if !status.is_confirmed() {
            notes.push(Label::new(
                format!("{}: mức xác nhận {}.", c.vi(reg), status.code()),
                format!("{}: status {}.", c.en(reg), status.code()),
            ));
        }
        out.push(NoticeGround {
            provision: CitedProvision::new(reg, c),
            label: g.label.clone(),
            in_force: g.in_force,
            status,
            successor,
        });
    }
    (out, notes)
}

/// The deadline with its provision in words, and the notes it calls for.
fn deadline(reg: &Regulation, d: &Deadline) -> (NoticeDeadline, Vec<Label>) {
    let set_by = d.provision.as_ref().map_or_else(
        || Label::new(d.instrument.as_str(), d.instrument.as_str()),
        |c| Label::new(c.vi(reg), c.en(reg)),
    );
    let mut notes: Vec<Label> = d.application.clone();
    if !d.status.is_confirmed() {
        notes.push(Label::new(
            format!(
                "Thời hạn theo {}: mức xác nhận {}.",
                set_by.vi,
                d.status.code()
            ),
            format!("The limit of {}: status {}.", set_by.en, d.status.code()),
        ));
    }
    let binds = match d.binds {
        crate::law::Bound::Platform => RemovalTarget::Platform.label(),
        crate::law::Bound::AccountOwner => RemovalTarget::AccountOwner.label(),
        crate::law::Bound::ActingBody => Label::new("Cơ quan thực hiện", "The acting body"),
        crate::law::Bound::NextStep => Label::new(
            "Cơ quan thực hiện bước tiếp theo",
            "The body taking the next step",
        ),
    };
    let out = NoticeDeadline {
        deadline: d.clone(),
        limit: d.limit.label(),
        set_by,
        binds,
    };
    (out, notes)
}

/// The removal request `request_id` of `case` as the facts of a request document. Refused with
/// [`ErrorCode::UnknownAction`](crate::ErrorCode::UnknownAction) at `/request` when the case has
/// no such request.
///
/// ```
/// # use quyche::case::{Actor, Case, Command};
/// let reg = quyche::Regulation::khanh_hoa_ref();
/// let cmd = Command::from_json(r#"{"type":"detect","source":"press_review","content":{
///     "platform":"Facebook","platform_kind":"social_network","kind":"post","summary":"Tin đồn"}}"#).unwrap();
/// let at = chrono::DateTime::parse_from_rfc3339("2026-03-02T08:00:00+07:00").unwrap();
/// let (case, _) = Case::start(reg, cmd, &Actor::body("so-vhttdl"), at).unwrap();
/// let e = quyche::report::removal_notice(reg, &case, "R1").unwrap_err();
/// assert_eq!(e.code.as_str(), "UNKNOWN_ACTION");
/// ```
pub fn removal_notice(
    reg: &Regulation,
    case: &Case,
    request_id: &str,
) -> crate::Result<RemovalNotice> {
    let unknown = || {
        Refusal::UnknownItem { id: request_id }
            .error([])
            .at("/request")
    };
    let r = case
        .removal_requests
        .iter()
        .find(|r| r.id == request_id)
        .ok_or_else(unknown)?;
    let sent_day = crate::time::vn_date(&r.at);
    let content_date = crate::time::vn_date(&case.law_time());
    let named = |id: &crate::org::BodyId| NamedBody {
        body: id.clone(),
        name: reg.register.body_name(id, sent_day),
    };
    let body = reg.register.body(&r.by);
    let authority: Vec<CitedProvision> = sending_event(case, request_id)
        .map(|e| basis(reg, e))
        .unwrap_or_default()
        .iter()
        .map(|c| CitedProvision::new(reg, c))
        .collect();
    let (legal_grounds, mut notes) = grounds(reg, case, content_date);
    let deadline = r.deadline.as_ref().map(|d| {
        let (d, more) = deadline(reg, d);
        notes.extend(more);
        d
    });
    let concluded = case.assessment.as_ref().filter(|a| a.at <= r.at);
    let decision_ground = match concluded {
        Some(a) if a.verdict == Verdict::Violating => DecisionGround::IllegalContent,
        _ => DecisionGround::PendingAssessment,
    };
    Ok(RemovalNotice {
        regulation: case.regulation.clone(),
        regulation_title: reg.title.clone(),
        province: reg.province.clone(),
        case_id: case.id.clone(),
        request_id: r.id.clone(),
        reference: r.reference.clone(),
        sent_at: r.at,
        requester: named(&r.by),
        requester_parent: body.and_then(|b| b.parent.as_ref()).map(named),
        requester_abbreviation: body.and_then(|b| b.abbreviation.clone()),
        requester_head: body.and_then(|b| b.head.clone()),
        authority,
        addressee: Addressee {
            target: r.target,
            platform: r.platform.clone(),
            platform_kind: r.platform_kind,
            licensing: r.licensing,
        },
        content: NoticeContent {
            url: case.content.url.clone(),
            summary: case.content.summary.clone(),
            kind: case.content.kind,
            language: case.content.language.clone(),
            published_at: case.content.published_at,
            content_date,
        },
        decision_ground,
        verdict: concluded.map(|a| a.verdict),
        concluded_at: concluded.map(|a| a.at),
        legal_grounds: if concluded.is_some() {
            legal_grounds
        } else {
            Vec::new()
        },
        facts: concluded
            .map(|a| a.note.clone())
            .filter(|n| !n.trim().is_empty()),
        urgent: r.urgent,
        deadline,
        territorial_scope: vec!["VN".to_string()],
        response: r.response.clone(),
        notes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::{Actor, Command};

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    /// A case concluded violating whose police sent a removal request to a cross-border platform.
    fn case(reg: &Regulation) -> Case {
        let steps: [(&str, &str, &str); 8] = [
            (
                "so-vhttdl",
                "2026-03-02T08:00:00+07:00",
                r#"{"type":"detect","source":"press_review","content":{"platform":"Facebook","platform_kind":"social_network","kind":"post","summary":"Tin bịa đặt","url":"https://facebook.com/x/1","author_handle":"nguoi.dang","published_at":"2026-03-01T20:00:00+07:00"}}"#,
            ),
            (
                "so-vhttdl",
                "2026-03-02T09:00:00+07:00",
                r#"{"type":"receive"}"#,
            ),
            (
                "so-vhttdl",
                "2026-03-02T09:30:00+07:00",
                r#"{"type":"open_verification","method":"written_consultation","consulted":["cong-an-tinh"]}"#,
            ),
            (
                "cong-an-tinh",
                "2026-03-02T10:00:00+07:00",
                r#"{"type":"submit_opinion","finding":"Bịa đặt","direction":"Gỡ bỏ"}"#,
            ),
            (
                "so-vhttdl",
                "2026-03-02T11:00:00+07:00",
                r#"{"type":"conclude","verdict":"violating","grounds":[{"instrument":"24/2018/QH14","article":8,"clause":1,"point":"d"}],"note":"Bịa đặt gây hoang mang"}"#,
            ),
            (
                "so-vhttdl",
                "2026-03-02T11:30:00+07:00",
                r#"{"type":"request_action","kind":"removal","body":"cong-an-tinh"}"#,
            ),
            (
                "cong-an-tinh",
                "2026-03-02T12:00:00+07:00",
                r#"{"type":"send_removal_request","licensing":"cross_border","action_id":"A1","reference":"123/CAT"}"#,
            ),
            (
                "cong-an-tinh",
                "2026-03-03T08:00:00+07:00",
                r#"{"type":"record_platform_response","request_id":"R1","response":"complied"}"#,
            ),
        ];
        let mut c: Option<Case> = None;
        for (who, t, cmd) in steps {
            let cmd = Command::from_json(cmd).unwrap();
            match c.as_mut() {
                None => c = Some(Case::start(reg, cmd, &Actor::body(who), at(t)).unwrap().0),
                Some(c) => {
                    c.apply(reg, cmd, &Actor::body(who), at(t)).unwrap();
                }
            }
        }
        c.unwrap()
    }

    #[test]
    fn a_request_states_its_grounds_deadline_and_authority() {
        let reg = Regulation::khanh_hoa_ref();
        let c = case(reg);
        let n = removal_notice(reg, &c, "R1").unwrap();
        assert_eq!(n.decision_ground, DecisionGround::IllegalContent);
        assert_eq!(n.requester.body.as_str(), "cong-an-tinh");
        assert_eq!(n.content.content_date.to_string(), "2026-03-01");
        assert_eq!(n.legal_grounds.len(), 1);
        assert!(n.legal_grounds[0].provision.text.vi.contains("Điều 8"));
        assert!(n.legal_grounds[0].in_force.contains(n.content.content_date));
        let d = n.deadline.as_ref().unwrap();
        assert_eq!(d.limit.en, "24 hours");
        assert!(!d.set_by.vi.is_empty());
        assert!(!n.authority.is_empty());
        assert_eq!(n.reference.as_deref(), Some("123/CAT"));
        assert_eq!(n.facts.as_deref(), Some("Bịa đặt gây hoang mang"));
        assert_eq!(n.territorial_scope, vec!["VN".to_string()]);
        assert!(n.response.is_some());
        // The author's handle is never copied.
        let text = serde_json::to_string(&n).unwrap();
        assert!(!text.contains("nguoi.dang"));
        let e = removal_notice(reg, &c, "R9").unwrap_err();
        assert_eq!(e.code, crate::ErrorCode::UnknownAction);
        assert_eq!(e.path.as_deref(), Some("/request"));
    }
}
