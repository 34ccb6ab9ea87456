//! Guards of notification and receipt: the channel is one the regulation allows, the
//! coordinating body does not notify itself, and it receives from `detected` only what it
//! detected itself.

use super::{Ctx, limits};
use crate::case::command::NotifyLead;
use crate::case::model::Case;
use crate::case::refusals::Refusal;
use crate::error::Error;
use crate::rules::GuardRule;

/// The payload checks of `notify_lead`.
pub(super) fn check_notify(ctx: &Ctx, n: &NotifyLead) -> Option<Error> {
    if let Some(e) = limits::opt_name("/reference", n.reference.as_deref()) {
        return Some(e);
    }
    let w = &ctx.reg.workflow;
    if w.channels.is_empty() || w.channel(n.channel).is_some() {
        return None;
    }
    let allowed: Vec<&str> = w.channels.iter().map(|c| c.channel.as_str()).collect();
    Some(Error::invalid(
        "/channel",
        format!(
            "The regulation does not allow notification by {}; allowed: {}.",
            n.channel.en(),
            allowed.join(", ")
        ),
        format!(
            "Quy chế không quy định hình thức thông báo \"{}\"; các hình thức: {}.",
            n.channel.vi(),
            crate::text::code_list(allowed.iter().copied())
        ),
    ))
}

/// The coordinating body detected the case itself: it receives it, it does not notify itself.
pub(super) fn notify_self(ctx: &Ctx, case: &Case, rule: &GuardRule) -> Option<Error> {
    let day = crate::time::vn_date(&case.detection.at);
    ctx.is_coordinator_on(&case.detection.body, day)
        .then(|| Refusal::NotifySelf.error(rule.citations.clone()))
}

/// From `detected`, only a case the coordinating body detected itself is received.
pub(super) fn receive_needs_notification(
    ctx: &Ctx,
    case: &Case,
    rule: &GuardRule,
) -> Option<Error> {
    if case.status != crate::vocab::CaseStatus::Detected {
        return None;
    }
    let day = crate::time::vn_date(&case.detection.at);
    (!ctx.is_coordinator_on(&case.detection.body, day))
        .then(|| Refusal::NotNotified.error(rule.citations.clone()))
}
