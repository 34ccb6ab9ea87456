//! Advisories: non-blocking notices returned with every successful step and every explanation:
//! the consultations the regulation's advisory rules call for, a fact that is not confirmed (once
//! per fact per case), an interpretation, a deadline that has passed.

use super::event::Event;
use super::model::Case;
use crate::law::{Citation, Status};
use crate::org::{BodyId, RoleAssignment};
use crate::regulation::Regulation;
use crate::rules::AdvisoryRule;
use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Stable advisory codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub enum AdvisoryCode {
    /// The case's topics call for a body not consulted yet.
    ConsultRole,
    /// The body managing the field or area is not consulted yet.
    ConsultAreaOwner,
    /// A fact the step rests on is not confirmed (status P or U).
    UnconfirmedFact,
    /// The step rests on an interpretation (the text is silent or outdated).
    Interpretation,
    /// A legal deadline has passed with the step still not taken.
    DeadlinePassed,
    /// No time limit applies to this step on that date.
    NoTimeLimit,
}

/// A non-blocking notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
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

    /// The notices for a role assignment a step relies on: its status when not confirmed, and
    /// whether it is an interpretation.
    pub(crate) fn for_assignment(
        reg: &Regulation,
        a: &RoleAssignment,
        day: chrono::NaiveDate,
    ) -> Vec<Advisory> {
        if a.is_sure() {
            return Vec::new();
        }
        let name = reg.register.body_name(&a.body, day);
        let role = reg.register.role_label(&a.role);
        let cites: Vec<Citation> = reg
            .register
            .role(&a.role)
            .and_then(|r| r.provision.clone())
            .into_iter()
            .collect();
        let mut out = Vec::new();
        if !a.status.is_confirmed() {
            let (status_vi, status_en) = a.status.names();
            let mut adv = Advisory::new(
                AdvisoryCode::UnconfirmedFact,
                format!(
                    "That {} plays the role \"{}\" on this date is {status_en} (status {}).",
                    name.en,
                    role.en,
                    a.status.code()
                ),
                format!(
                    "Việc {} giữ vai trò \"{}\" vào ngày này {status_vi} (mức {}).",
                    name.vi,
                    role.vi,
                    a.status.code()
                ),
                cites.clone(),
            );
            adv.status = Some(a.status);
            out.push(adv);
        }
        if a.interpretation {
            out.push(Advisory::new(
                AdvisoryCode::Interpretation,
                format!(
                    "{} plays \"{}\" by interpretation, not by the text.",
                    name.en, role.en
                ),
                format!(
                    "{} giữ vai trò \"{}\" theo cách hiểu, không theo văn bản.",
                    name.vi, role.vi
                ),
                cites,
            ));
        }
        out
    }
}

/// True when an event of `log` already rested on assignment `a` (its actor, or the coordinator
/// it notified, was `a`'s body on a day `a` covers): the fact was reported then.
pub(crate) fn already_reported(log: &[Event], a: &RoleAssignment) -> bool {
    log.iter().any(|e| {
        let mentioned = |b: &BodyId| b == &a.body;
        (mentioned(&e.actor.body) || e.effects.lead_agency.as_ref().is_some_and(mentioned))
            && a.valid.contains(crate::time::vn_date(&e.at))
    })
}

/// The advisories that follow from the case's state at `at`.
pub(crate) fn state_advisories(
    reg: &Regulation,
    case: &Case,
    at: DateTime<FixedOffset>,
) -> Vec<Advisory> {
    let mut out = Vec::new();
    for rule in &reg.workflow.advisories {
        out.extend(rule_advisory(reg, case, rule, at));
    }
    out.extend(passed_deadlines(reg, case, at));
    out
}

fn consulted(case: &Case) -> &[BodyId] {
    case.verification
        .as_ref()
        .map_or(&[], |v| v.consulted.as_slice())
}

fn rule_advisory(
    reg: &Regulation,
    case: &Case,
    rule: &AdvisoryRule,
    at: DateTime<FixedOffset>,
) -> Option<Advisory> {
    let day = crate::time::vn_date(&at);
    match rule {
        AdvisoryRule::ConsultOnTopics {
            role,
            topics,
            states,
            citations,
        } => {
            if !states.contains(&case.status) || !case.topics.iter().any(|t| topics.contains(t)) {
                return None;
            }
            if consulted(case)
                .iter()
                .any(|b| reg.register.plays(b, role, day))
            {
                return None;
            }
            let name = reg.register.role_label(role);
            let listed: Vec<&str> = topics.iter().map(|t| t.vi()).collect();
            let listed_en: Vec<&str> = topics.iter().map(|t| t.en()).collect();
            Some(Advisory::new(
                AdvisoryCode::ConsultRole,
                format!(
                    "The topics concern {}: consult {}.",
                    listed_en.join(", ").to_lowercase(),
                    name.en
                ),
                format!(
                    "Nội dung liên quan đến {}: đề nghị lấy ý kiến {}.",
                    listed.join(", ").to_lowercase(),
                    name.vi
                ),
                citations.clone(),
            ))
        }
        AdvisoryRule::ConsultAreaOwner { states, citations } => {
            let owner = case.area.owner.as_ref()?;
            if !states.contains(&case.status) || consulted(case).contains(owner) {
                return None;
            }
            let name = reg.register.body_name(owner, day);
            Some(Advisory::new(
                AdvisoryCode::ConsultAreaOwner,
                format!(
                    "Consult {}, which manages the field or area concerned.",
                    name.en
                ),
                format!(
                    "Đề nghị lấy ý kiến {}, cơ quan quản lý lĩnh vực, địa bàn liên quan.",
                    name.vi
                ),
                citations.clone(),
            ))
        }
    }
}

/// The deadlines that have passed with their step not taken: actions, removal requests (the
/// platform's), steps due.
fn passed_deadlines(reg: &Regulation, case: &Case, at: DateTime<FixedOffset>) -> Vec<Advisory> {
    let day = crate::time::vn_date(&at);
    let mut out = Vec::new();
    let mut push = |what_en: String, what_vi: String, d: &super::model::Deadline| {
        if d.due < at {
            let due = crate::time::to_vn(d.due).format("%H:%M %d/%m/%Y");
            out.push(Advisory::new(
                AdvisoryCode::DeadlinePassed,
                format!("{what_en} passed its deadline ({due})."),
                format!("{what_vi} đã quá thời hạn ({due})."),
                d.provision.clone().into_iter().collect(),
            ));
        }
    };
    for a in case.open_actions() {
        if let Some(d) = &a.deadline {
            let who = reg.register.body_name(&a.body, day);
            push(
                format!("Action {} of {}", a.id, who.en),
                format!("Việc {} của {}", a.id, who.vi),
                d,
            );
        }
    }
    for r in case
        .removal_requests
        .iter()
        .filter(|r| r.response.is_none())
    {
        if let Some(d) = &r.deadline {
            push(
                format!("Removal request {} to {}", r.id, r.platform),
                format!("Yêu cầu gỡ bỏ {} gửi {}", r.id, r.platform),
                d,
            );
        }
    }
    for s in case.steps_due.iter().filter(|s| s.met_at.is_none()) {
        let who = reg.register.body_name(&s.body, day);
        push(
            format!("The step \"{}\" due from {}", s.expect.en(), who.en),
            format!("Bước \"{}\" của {}", s.expect.vi(), who.vi),
            &s.deadline,
        );
    }
    out
}
