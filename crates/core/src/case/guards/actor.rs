//! The "who may" column: whether the acting body may take a row's step, and which of its role
//! assignments grants it (the one whose status the step's advisories report).

use super::Ctx;
use crate::case::refusals::Refusal;
use crate::error::Error;
use crate::org::{BodyId, RoleAssignment};
use crate::rules::{ActorRule, Transition};

/// `NOT_AUTHORIZED` at `/actor/body` when the actor may not take row `t`'s step (for some
/// payload: the payload checks narrow it down). With `deferred`, a rule about the item the
/// payload names (its holder, opener or requester) is left to the payload checks, which judge
/// the item first (an item already closed is `ACTION_NOT_OPEN` whoever asks).
pub(super) fn check(ctx: &Ctx, t: &Transition, deferred: bool) -> Option<Error> {
    let item_based = matches!(
        t.actor,
        ActorRule::ActionHolder | ActorRule::Opener | ActorRule::PlatformRequester
    );
    if (deferred && item_based) || admits(ctx, &t.actor, t, &ctx.actor.body) {
        return None;
    }
    let reg = ctx.reg;
    let who = t.actor.describe(&|r| reg.register.role_label(r));
    let body = ctx.name(&ctx.actor.body);
    let step = t.label();
    Some(
        Refusal::NotAuthorized {
            body: &body,
            step: &step,
            who: &who,
        }
        .error(t.citations.clone())
        .at("/actor/body"),
    )
}

/// True when `rule` admits `body` for row `t`.
fn admits(ctx: &Ctx, rule: &ActorRule, t: &Transition, body: &BodyId) -> bool {
    let case = ctx.case;
    match rule {
        ActorRule::AnyBody => ctx.assignments_of(body).next().is_some(),
        ActorRule::Roles { roles } => granting(ctx, body, t).any(|a| roles.contains(&a.role)),
        ActorRule::Detector => case.is_some_and(|c| &c.detection.body == body),
        ActorRule::Consulted => case.is_some_and(|c| {
            c.verification
                .iter()
                .flat_map(|v| v.consulted.iter())
                .any(|x| ctx.answers_for(body, x))
        }),
        ActorRule::Participant => case.is_some_and(|c| c.is_participant(body, ctx.log)),
        ActorRule::ActionTaker => {
            let roles = ctx.roles_of(body);
            ctx.reg
                .workflow
                .actions
                .iter()
                .any(|k| k.takers.iter().any(|g| roles.contains(&&g.role)))
        }
        ActorRule::ActionHolder => {
            case.is_some_and(|c| c.open_actions().any(|a| ctx.answers_for(body, &a.body)))
        }
        ActorRule::Opener => case.is_some_and(|c| {
            c.open_actions()
                .any(|a| ctx.answers_for(body, &a.opened_by))
                || c.proposals
                    .iter()
                    .filter(|p| p.is_open())
                    .any(|p| ctx.answers_for(body, &p.by))
        }),
        ActorRule::PlatformRequester => case.is_some_and(|c| {
            c.removal_requests
                .iter()
                .any(|r| ctx.answers_for(body, &r.by))
        }),
        ActorRule::AnyOf { rules } => rules.iter().any(|r| admits(ctx, r, t, body)),
    }
}

/// The assignments of `body` that may grant row `t`: an assignment limited to some duties counts
/// only for rows citing one of them.
fn granting<'a>(
    ctx: &Ctx<'a>,
    body: &'a BodyId,
    t: &'a Transition,
) -> impl Iterator<Item = &'a RoleAssignment> + 'a {
    let reg = ctx.reg;
    ctx.reg
        .register
        .assignments_of_on(body, ctx.day)
        .filter(move |a| {
            a.duties.is_empty()
                || a.duties.iter().any(|d| {
                    reg.matrix.duty(d).is_some_and(|duty| {
                        t.citations
                            .iter()
                            .any(|c| duty.citation.is_within(c) || c.is_within(&duty.citation))
                    })
                })
        })
}

/// The assignment that grants `body` row `t`'s step: among those that may grant it (for a
/// role rule, of one of its roles), one read in the text if any, else the surest. This is the
/// fact the step rests on, and the only one its advisories report.
pub(crate) fn granting_assignment<'a>(
    ctx: &Ctx<'a>,
    body: &'a BodyId,
    t: &'a Transition,
) -> Option<&'a RoleAssignment> {
    let wanted = |a: &&RoleAssignment| match &t.actor {
        ActorRule::Roles { roles } => roles.contains(&a.role),
        _ => true,
    };
    granting(ctx, body, t)
        .filter(wanted)
        .min_by_key(|a| (a.interpretation, a.status))
}
