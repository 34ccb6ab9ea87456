//! Guards of verification: consulted bodies exist, are not listed twice and hold a verification
//! duty on the day they are consulted; opinions are complete; meetings belong to a verification
//! by meeting and are attended by the consulted bodies.

use super::{Ctx, limits};
use crate::case::command::{Consult, OpenVerification, RecordMeeting, SubmitOpinion};
use crate::case::model::Case;
use crate::case::refusals::Refusal;
use crate::error::Error;
use crate::org::BodyId;
use crate::rules::{GuardId, GuardRule, Transition};
use crate::vocab::Method;

/// The payload checks of `open_verification`.
pub(super) fn check_open(ctx: &Ctx, t: &Transition, o: &OpenVerification) -> Option<Error> {
    if let Some(e) = method(ctx, o.method) {
        return Some(e);
    }
    consulted(ctx, t, "/consulted", &o.consulted, &[])
}

/// The payload checks of `consult`: the bodies added are not consulted yet.
pub(super) fn check_consult(ctx: &Ctx, t: &Transition, c: &Consult) -> Option<Error> {
    if let Some(e) = limits::text("/note", &c.note, false) {
        return Some(e);
    }
    let already: &[BodyId] = ctx
        .case
        .and_then(|k| k.verification.as_ref())
        .map_or(&[], |v| v.consulted.as_slice());
    consulted(ctx, t, "/consulted", &c.consulted, already)
}

fn method(ctx: &Ctx, m: Method) -> Option<Error> {
    let w = &ctx.reg.workflow;
    if w.methods.is_empty() || w.method(m).is_some() {
        return None;
    }
    Some(Error::invalid(
        "/method",
        format!(
            "The regulation does not provide for a verification by {}.",
            m.en()
        ),
        format!("Quy chế không quy định phương thức \"{}\".", m.vi()),
    ))
}

/// A list of bodies to consult: within limits, each existing, listed once, not consulted
/// already, and holding a verification duty on that day.
fn consulted(
    ctx: &Ctx,
    t: &Transition,
    path: &str,
    list: &[BodyId],
    already: &[BodyId],
) -> Option<Error> {
    if let Some(e) = limits::list(path, list.len()) {
        return Some(e);
    }
    if list.is_empty()
        && let Some(rule) = t.guard(GuardId::ConsultationRequired)
    {
        return Some(
            Refusal::ConsultationRequired
                .error(rule.citations.clone())
                .at(path),
        );
    }
    for (i, b) in list.iter().enumerate() {
        let at = format!("{path}/{i}");
        if let Some(e) = limits::body_id(&at, b) {
            return Some(e);
        }
        if !ctx.body_exists(b) {
            return Some(ctx.unknown_body(b, &at));
        }
        if list[..i].contains(b) || already.contains(b) {
            let n = ctx.name(b);
            return Some(Error::invalid(
                at,
                format!("{} is already consulted.", n.en),
                format!("{} đã được lấy ý kiến.", n.vi),
            ));
        }
        if let Some(rule) = t.guard(GuardId::VerificationDuty)
            && !has_duty(ctx, b, rule)
        {
            let body = ctx.name(b);
            return Some(
                Refusal::NoVerificationDuty {
                    body: &body,
                    day: ctx.day,
                }
                .error(rule.citations.clone())
                .at(at),
            );
        }
    }
    None
}

/// True when `b` plays, on the context's day, a role holding then one of the rule's duties
/// (through an assignment that covers it).
fn has_duty(ctx: &Ctx, b: &BodyId, rule: &GuardRule) -> bool {
    let m = &ctx.reg.matrix;
    ctx.assignments_of(b).any(|a| {
        rule.duties.iter().any(|d| {
            a.covers(d)
                && m.duty(d)
                    .is_some_and(|duty| duty.is_held_by_on(&a.role, ctx.day))
        })
    })
}

/// The payload checks of `submit_opinion`.
pub(super) fn check_opinion(t: &Transition, o: &SubmitOpinion) -> Option<Error> {
    let sizes = [
        limits::text("/finding", &o.finding, false),
        limits::text("/direction", &o.direction, false),
        limits::citations("/grounds", &o.grounds),
    ];
    if let Some(e) = sizes.into_iter().flatten().next() {
        return Some(e);
    }
    let rule = t.guard(GuardId::OpinionComplete)?;
    let path = if o.finding.trim().is_empty() {
        "/finding"
    } else if o.direction.trim().is_empty() {
        "/direction"
    } else {
        return None;
    };
    Some(
        Refusal::OpinionIncomplete
            .error(rule.citations.clone())
            .at(path),
    )
}

/// A meeting belongs to a verification by meeting.
pub(super) fn meeting_method(_: &Ctx, case: &Case, rule: &GuardRule) -> Option<Error> {
    let by_meeting = case.verification.as_ref().map(|v| v.method) == Some(Method::Meeting);
    (!by_meeting).then(|| Refusal::MethodNotMeeting.error(rule.citations.clone()))
}

/// The payload checks of `record_meeting`.
pub(super) fn check_meeting(ctx: &Ctx, t: &Transition, m: &RecordMeeting) -> Option<Error> {
    if let Some(e) = limits::list("/attendees", m.attendees.len())
        .or_else(|| limits::text("/conclusion", &m.conclusion, true))
    {
        return Some(e);
    }
    if m.attendees.is_empty() {
        return Some(Error::invalid(
            "/attendees",
            "A meeting has attendees.",
            "Cuộc họp cần có thành phần tham dự.",
        ));
    }
    let rule = t.guard(GuardId::AttendeesTookPart)?;
    let consulted: &[BodyId] = ctx
        .case
        .and_then(|c| c.verification.as_ref())
        .map_or(&[], |v| v.consulted.as_slice());
    for (i, b) in m.attendees.iter().enumerate() {
        let took_part = b == &ctx.actor.body || consulted.iter().any(|c| ctx.answers_for(b, c));
        if !took_part {
            let body = ctx.name(b);
            return Some(
                Refusal::AttendeeNotParticipant { body: &body }
                    .error(rule.citations.clone())
                    .at(format!("/attendees/{i}")),
            );
        }
    }
    None
}
