//! Advisories: non-blocking notices returned with every successful step and every explanation
//! (DESIGN.md): consult the internal-affairs commission (Điều 7.7), consult the body owning the
//! field or area (Điều 7.3.đ), a fact whose status is not confirmed, an interpretation, a deadline
//! that has passed.

use super::model::Case;
use super::vocab::CaseStatus;
use crate::law::{Citation, Status};
use crate::org::{Role, RoleAssignment};
use crate::regulation::{KHANH_HOA_2086, Regulation};
use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Stable advisory codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub enum AdvisoryCode {
    /// Topics call for the Party internal-affairs commission (Điều 7.7), not yet consulted.
    ConsultInternalAffairs,
    /// The body managing the field or area (Điều 7.3.đ) is not yet consulted.
    ConsultAreaOwner,
    /// A fact the step rests on is not confirmed (status P or U).
    UnconfirmedFact,
    /// The step rests on an interpretation (the text is silent or outdated).
    Interpretation,
    /// A legal deadline has passed with the action still open.
    DeadlinePassed,
    /// No time limit applies to this request on that date.
    NoTimeLimit,
}

/// A non-blocking notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Advisory {
    /// Stable code.
    pub code: AdvisoryCode,
    /// English text.
    pub message: String,
    /// Vietnamese text.
    pub message_vi: String,
    /// Provisions concerned.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub citations: Vec<Citation>,
    /// Status of the fact concerned, for [`AdvisoryCode::UnconfirmedFact`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
}

impl Advisory {
    pub(crate) fn new(
        code: AdvisoryCode,
        en: String,
        vi: String,
        citations: Vec<Citation>,
    ) -> Self {
        Advisory {
            code,
            message: en,
            message_vi: vi,
            citations,
            status: None,
        }
    }

    /// The notices for a role assignment the step relies on: its status when not confirmed, and
    /// whether it is an interpretation.
    pub(crate) fn for_assignment(reg: &Regulation, a: &RoleAssignment) -> Vec<Advisory> {
        let mut out = Vec::new();
        if a.status.is_confirmed() && !a.interpretation {
            return out;
        }
        let (vi_name, en_name) = reg
            .body(&a.body)
            .map(|b| (b.name.vi.as_str(), b.name.en.as_str()))
            .unwrap_or((a.body.0.as_str(), a.body.0.as_str()));
        let (role_vi, role_en) = a.role.names();
        // The messages are concatenated (one allocation each), not `format!`ted: a step's
        // advisories are built on every `apply`.
        if !a.status.is_confirmed() {
            let (status_vi, status_en) = a.status.names();
            let mut adv = Advisory::new(
                AdvisoryCode::UnconfirmedFact,
                [
                    "That ",
                    en_name,
                    " plays the role \"",
                    role_en,
                    "\" on this date is ",
                    status_en,
                    " (status ",
                    a.status.code(),
                    ").",
                ]
                .concat(),
                [
                    "Việc ",
                    vi_name,
                    " giữ vai trò \"",
                    role_vi,
                    "\" vào ngày này ",
                    status_vi,
                    " (mức ",
                    a.status.code(),
                    ").",
                ]
                .concat(),
                a.role.article7_clause().into_iter().collect(),
            );
            adv.status = Some(a.status);
            out.push(adv);
        }
        if a.interpretation {
            out.push(Advisory::new(
                AdvisoryCode::Interpretation,
                [
                    en_name,
                    " plays \"",
                    role_en,
                    "\" by interpretation, not by the text.",
                ]
                .concat(),
                [
                    vi_name,
                    " giữ vai trò \"",
                    role_vi,
                    "\" theo cách hiểu, không theo văn bản.",
                ]
                .concat(),
                a.role.article7_clause().into_iter().collect(),
            ));
        }
        out
    }
}

fn cite(article: u16, clause: u16, point: crate::law::Point) -> Citation {
    Citation::article(KHANH_HOA_2086, article)
        .clause(clause)
        .point(point)
}

/// The advisories that follow from the case's state at `at`.
pub(crate) fn state_advisories(
    reg: &Regulation,
    case: &Case,
    at: DateTime<FixedOffset>,
) -> Vec<Advisory> {
    use crate::law::Point;
    let mut out = Vec::new();
    let day = super::vn_day(at);
    let consulted: &[crate::org::BodyId] = case
        .verification
        .as_ref()
        .map_or(&[], |v| v.consulted.as_slice());
    let early = matches!(
        case.status,
        CaseStatus::Received | CaseStatus::Verifying | CaseStatus::Reported
    );
    // Điều 7.7 a–b: the internal-affairs commission follows internal Party affairs, judicial
    // reform and anti-corruption, and appraises political security and social order.
    if early && case.topics.iter().any(|t| t.concerns_internal_affairs()) {
        let commission_consulted = consulted.iter().any(|b| {
            reg.assignments.iter().any(|a| {
                a.body == *b
                    && a.role == Role::PartyInternalAffairsCommission
                    && a.valid.contains(day)
            })
        });
        if !commission_consulted {
            out.push(Advisory::new(
                AdvisoryCode::ConsultInternalAffairs,
                "The topics concern internal Party affairs, judicial reform, anti-corruption, political security or social order: consult the Party Internal Affairs Commission.".into(),
                "Nội dung liên quan đến nội chính Đảng, cải cách tư pháp, phòng chống tham nhũng, an ninh chính trị hoặc trật tự an toàn xã hội: đề nghị lấy ý kiến Ban Nội chính Tỉnh ủy.".into(),
                vec![cite(7, 7, Point::A), cite(7, 7, Point::B)],
            ));
        }
    }
    // Điều 7.3.đ: the body managing the field or area verifies and resolves the issue.
    if early
        && let Some(owner) = &case.area.owner
        && !consulted.contains(owner)
    {
        out.push(Advisory::new(
            AdvisoryCode::ConsultAreaOwner,
            format!("Consult {owner}, which manages the field or area concerned."),
            format!("Đề nghị lấy ý kiến {owner}, cơ quan quản lý lĩnh vực, địa bàn liên quan."),
            vec![cite(7, 3, Point::Dd)],
        ));
    }
    for a in case.open_actions() {
        if let Some(d) = &a.deadline
            && d.due < at
        {
            out.push(Advisory::new(
                AdvisoryCode::DeadlinePassed,
                format!(
                    "Action {} passed its {}-hour deadline ({}).",
                    a.id,
                    d.hours,
                    d.due.to_rfc3339()
                ),
                format!(
                    "Hành động {} đã quá thời hạn {} giờ ({}).",
                    a.id,
                    d.hours,
                    d.due.to_rfc3339()
                ),
                d.provision.clone().into_iter().collect(),
            ));
        }
    }
    out
}
