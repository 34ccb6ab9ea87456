//! Guards of handling: the verb of the text decides who may open an action — a body acting
//! within its own authority, the coordinating body requesting it of a body whose duties include
//! it, the directing authority directing a body it directs — and who reports on it or withdraws
//! it (the body concerned, or the body answering for it when it ceased to exist).

use super::{Ctx, limits};
use crate::case::command::{
    DirectAction, ProposeDirection, ReportResult, RequestAction, TakeAction, TriggerTime,
    WithdrawAction,
};
use crate::case::model::Case;
use crate::case::refusals::Refusal;
use crate::error::Error;
use crate::org::{BodyId, Obligation};
use crate::rules::{ActionKind, ActionKindId, GuardId, GuardRule, RoleGrant, Transition};
use crate::text::Label;
use crate::vocab::Verdict;

/// Handling follows a violating verdict.
pub(super) fn violation_required(_: &Ctx, case: &Case, rule: &GuardRule) -> Option<Error> {
    (!violating(case)).then(|| Refusal::NeedsViolation.error(rule.citations.clone()))
}

fn violating(case: &Case) -> bool {
    case.assessment.as_ref().map(|a| a.verdict) == Some(Verdict::Violating)
}

/// The action kind `id`, or `INVALID_INPUT` at `/kind` listing the regulation's kinds.
fn kind<'a>(ctx: &Ctx<'a>, id: &ActionKindId) -> Result<&'a ActionKind, Error> {
    ctx.reg.workflow.action(id).ok_or_else(|| {
        let known: Vec<&str> = ctx
            .reg
            .workflow
            .actions
            .iter()
            .map(|a| a.id.as_str())
            .collect();
        Error::invalid(
            "/kind",
            format!(
                "The regulation has no action kind `{}`; its kinds: {}.",
                crate::text::echo(id.as_str()),
                known.join(", ")
            ),
            format!(
                "Quy chế không có loại việc xử lý `{}`; các loại: {}.",
                crate::text::echo(id.as_str()),
                crate::text::code_list(known.iter().copied())
            ),
        )
    })
}

/// Before the conclusion (a row without the violation guard), only an interim measure.
fn interim_only(ctx: &Ctx, t: &Transition, k: &ActionKind) -> Option<Error> {
    let case = ctx.case?;
    if t.guard(GuardId::ViolationRequired).is_some() || violating(case) || k.interim {
        return None;
    }
    Some(
        Refusal::NeedsViolation
            .error(t.citations.clone())
            .at("/kind"),
    )
}

fn trigger(ctx: &Ctx, t: Option<&TriggerTime>) -> Option<Error> {
    let t = t?;
    (t.at > ctx.at).then(|| {
        Refusal::AfterRecord {
            what: ("start time", "bắt đầu tính thời hạn"),
        }
        .error([])
        .at("/trigger/at")
    })
}

/// Who among `grants` may do it, in words.
fn roles_of(ctx: &Ctx, grants: &[RoleGrant]) -> Label {
    let names: Vec<Label> = grants
        .iter()
        .map(|g| ctx.reg.register.role_label(&g.role))
        .collect();
    let vi: Vec<&str> = names.iter().map(|l| l.vi.as_str()).collect();
    let en: Vec<&str> = names.iter().map(|l| l.en.as_str()).collect();
    if names.is_empty() {
        return Label::new("không cơ quan nào", "no body");
    }
    Label::new(vi.join(", "), en.join(", "))
}

/// The payload checks of `take_action`: the actor's own authority covers the kind.
pub(super) fn check_take(ctx: &Ctx, t: &Transition, a: &TakeAction) -> Option<Error> {
    let k = match kind(ctx, &a.kind) {
        Ok(k) => k,
        Err(e) => return Some(e),
    };
    if let Some(e) =
        limits::text("/note", &a.note, false).or_else(|| trigger(ctx, a.trigger.as_ref()))
    {
        return Some(e);
    }
    if let Some(e) = interim_only(ctx, t, k) {
        return Some(e);
    }
    let roles = ctx.roles_of(&ctx.actor.body);
    if k.takers.iter().any(|g| roles.contains(&&g.role)) {
        return None;
    }
    let body = ctx.name(&ctx.actor.body);
    let takers = roles_of(ctx, &k.takers);
    Some(
        Refusal::NotTaker {
            body: &body,
            kind: &k.label,
            takers: &takers,
        }
        .error(k.takers.iter().flat_map(|g| g.citations.iter().cloned()))
        .at("/kind"),
    )
}

/// Whether `body` may be asked for kind `k` (`directed`: by direction, else by request).
fn standing(
    ctx: &Ctx,
    t: &Transition,
    k: &ActionKind,
    body: &BodyId,
    directed: bool,
) -> Option<Error> {
    if !ctx.body_exists(body) {
        return Some(ctx.unknown_body(body, "/body"));
    }
    let grants = if directed {
        &k.directable
    } else {
        &k.requestable
    };
    let roles = ctx.roles_of(body);
    if grants.iter().any(|g| roles.contains(&&g.role)) {
        return None;
    }
    let name = ctx.name(body);
    let requested_role = roles.iter().any(|r| {
        ctx.reg
            .register
            .role(r)
            .is_some_and(|x| x.obligation == Obligation::Requested)
    });
    if requested_role && let Some(rule) = t.guard(GuardId::RequestedBodyScope) {
        return Some(
            Refusal::RequestedBody {
                body: &name,
                kind: &k.label,
            }
            .error(rule.citations.clone())
            .at("/body"),
        );
    }
    let allowed = roles_of(ctx, grants);
    Some(
        Refusal::ActionRoleMismatch {
            body: &name,
            kind: &k.label,
            allowed: &allowed,
            directed,
        }
        .error(grants.iter().flat_map(|g| g.citations.iter().cloned()))
        .at("/kind"),
    )
}

/// The payload checks of `request_action`.
pub(super) fn check_request(ctx: &Ctx, t: &Transition, r: &RequestAction) -> Option<Error> {
    let k = match kind(ctx, &r.kind) {
        Ok(k) => k,
        Err(e) => return Some(e),
    };
    if let Some(e) = limits::text("/note", &r.note, false)
        .or_else(|| limits::body_id("/body", &r.body))
        .or_else(|| trigger(ctx, r.trigger.as_ref()))
        .or_else(|| interim_only(ctx, t, k))
    {
        return Some(e);
    }
    if r.body == ctx.actor.body {
        return Some(Error::invalid(
            "/body",
            "A body does not request itself: use take_action for its own authority.",
            "Cơ quan không tự đề nghị chính mình: dùng bước xử lý theo thẩm quyền (`take_action`).",
        ));
    }
    standing(ctx, t, k, &r.body, false)
}

/// The payload checks of `propose_direction`.
pub(super) fn check_propose(ctx: &Ctx, p: &ProposeDirection) -> Option<Error> {
    let k = match kind(ctx, &p.kind) {
        Ok(k) => k,
        Err(e) => return Some(e),
    };
    if let Some(e) =
        limits::text("/note", &p.note, false).or_else(|| limits::list("/bodies", p.bodies.len()))
    {
        return Some(e);
    }
    if p.bodies.is_empty() {
        return Some(Error::invalid(
            "/bodies",
            "A proposal names the bodies to be directed.",
            "Đề xuất cần nêu các cơ quan được chỉ đạo.",
        ));
    }
    let row = ctx
        .reg
        .workflow
        .transition(crate::vocab::CommandKind::DirectAction)?;
    for (i, b) in p.bodies.iter().enumerate() {
        if let Some(e) =
            limits::body_id(&format!("/bodies/{i}"), b).or_else(|| standing(ctx, row, k, b, true))
        {
            let inner = e.path.clone().unwrap_or_default();
            let path = if inner == "/body" {
                format!("/bodies/{i}")
            } else {
                inner
            };
            return Some(e.at(path));
        }
    }
    None
}

/// The payload checks of `direct_action`.
pub(super) fn check_direct(ctx: &Ctx, t: &Transition, d: &DirectAction) -> Option<Error> {
    let k = match kind(ctx, &d.kind) {
        Ok(k) => k,
        Err(e) => return Some(e),
    };
    if let Some(e) = limits::text("/note", &d.note, false)
        .or_else(|| limits::body_id("/body", &d.body))
        .or_else(|| trigger(ctx, d.trigger.as_ref()))
        .or_else(|| interim_only(ctx, t, k))
        .or_else(|| standing(ctx, t, k, &d.body, true))
    {
        return Some(e);
    }
    let id = d.proposal_id.as_deref()?;
    let case = ctx.case?;
    match case.proposals.iter().find(|p| p.id == id) {
        None => Some(Refusal::UnknownItem { id }.error([]).at("/proposal_id")),
        Some(p) if p.withdrawn.is_some() => {
            Some(Refusal::NotOpen { id }.error([]).at("/proposal_id"))
        }
        Some(_) => None,
    }
}

/// The payload checks of `withdraw_action`: an open action or proposal, withdrawn by the body
/// that opened it (or the body answering for it).
pub(super) fn check_withdraw(ctx: &Ctx, w: &WithdrawAction) -> Option<Error> {
    if let Some(e) = limits::text("/reason", &w.reason, true) {
        return Some(e);
    }
    let case = ctx.case?;
    let id = w.action_id.as_str();
    let (open, opener) = if let Some(a) = case.action(id) {
        (a.is_open(), &a.opened_by)
    } else if let Some(p) = case.proposals.iter().find(|p| p.id == id) {
        (p.is_open(), &p.by)
    } else {
        return Some(Refusal::UnknownItem { id }.error([]).at("/action_id"));
    };
    if !open {
        return Some(Refusal::NotOpen { id }.error([]).at("/action_id"));
    }
    holder(ctx, id, opener)
}

/// `NOT_AUTHORIZED` unless the actor is `holder` or answers for it.
fn holder(ctx: &Ctx, item: &str, holder: &BodyId) -> Option<Error> {
    if ctx.answers_for(&ctx.actor.body, holder) {
        return None;
    }
    let body = ctx.name(&ctx.actor.body);
    let holder = ctx.name(holder);
    Some(
        Refusal::NotHolder {
            body: &body,
            item,
            holder: &holder,
        }
        .error([])
        .at("/action_id"),
    )
}

/// The payload checks of `report_result`: an open action, reported once, by its body (or the
/// body answering for it).
pub(super) fn check_report(ctx: &Ctx, r: &ReportResult) -> Option<Error> {
    if let Some(e) = limits::text("/note", &r.note, false) {
        return Some(e);
    }
    let case = ctx.case?;
    let id = r.action_id.as_str();
    let Some(a) = case.action(id) else {
        return Some(Refusal::UnknownItem { id }.error([]).at("/action_id"));
    };
    if !a.is_open() {
        return Some(Refusal::NotOpen { id }.error([]).at("/action_id"));
    }
    holder(ctx, id, &a.body)
}
