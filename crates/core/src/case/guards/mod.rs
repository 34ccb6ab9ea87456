//! The guards of the workflow table, one file per stage of the procedure. Each guard refuses
//! with its own code (texts in `refusals.rs`) and cites the articles the regulation's data gives
//! it.
//!
//! [`check_general`] holds what does not depend on the payload (the case's state, the actor's
//! standing, time order, the row's state guards): `allowed_commands` explains with it, and it
//! picks the row of the table that allows the step. [`check_payload`] holds the rest; `apply`
//! runs both.

mod actor;
mod closing;
mod conclusion;
mod context;
mod detection;
mod handling;
mod limits;
mod notification;
mod platform;
mod verification;

pub(crate) use actor::granting_assignment;
pub(crate) use context::Ctx;
pub use limits::{MAX_LIST, MAX_NAME_CHARS, MAX_TEXT_CHARS};

use super::command::Command;
use super::refusals::Refusal;
use crate::error::Error;
use crate::rules::{GuardId, Transition};
use crate::vocab::CommandKind;

/// The payload-independent guards of `kind` for the context: `Ok` with the row of the workflow
/// table that allows the step, or the refusals (the first is the error).
///
/// With `deferred` (a step with its payload, as `apply` checks it), the actor rules about the
/// item the payload names are left to [`check_payload`].
pub(crate) fn check_general<'a>(
    ctx: &Ctx<'a>,
    kind: CommandKind,
    deferred: bool,
) -> Result<&'a Transition, Vec<Error>> {
    let reg = ctx.reg;
    let Some(first) = reg.workflow.transition(kind) else {
        let step = kind.label();
        return Err(vec![
            Refusal::NoSuchStep { step: &step }.error([]).at("/type"),
        ]);
    };
    if !(crate::time::LUNAR_MIN..=crate::time::LUNAR_MAX).contains(&ctx.day) {
        return Err(vec![
            Refusal::OutOfRange { day: ctx.day }.error([]).at("/at"),
        ]);
    }
    if !ctx.body_exists(&ctx.actor.body) {
        return Err(vec![ctx.unknown_body(&ctx.actor.body, "/actor/body")]);
    }
    let rows: Vec<&Transition> = reg.workflow.rows(kind).collect();
    let step = first.label();
    let matching: Vec<&Transition> = match ctx.case {
        None if kind != CommandKind::Detect => {
            return Err(vec![
                Refusal::NeedsCase { step: &step }
                    .error(first.citations.clone())
                    .at("/type"),
            ]);
        }
        None => rows.clone(),
        Some(case) => rows
            .iter()
            .copied()
            .filter(|t| t.from.contains(&case.status))
            .collect(),
    };
    if matching.is_empty() {
        let status = ctx
            .case
            .map(|c| c.status)
            .unwrap_or(crate::vocab::CaseStatus::Detected);
        let e = Refusal::NotInState {
            step: &step,
            status,
        }
        .error(first.citations.clone());
        // The actor is checked too: a body that could take the step in no state hears it now.
        let actor_errors: Vec<Error> = rows
            .iter()
            .map(|t| actor::check(ctx, t, deferred))
            .collect::<Option<Vec<_>>>()
            .unwrap_or_default();
        return Err(std::iter::once(e.at("/type"))
            .chain(actor_errors.into_iter().take(1))
            .collect());
    }
    let mut first_errors = None;
    for t in matching {
        let errs = row_errors(ctx, t, deferred);
        if errs.is_empty() {
            return Ok(t);
        }
        first_errors.get_or_insert(errs);
    }
    Err(first_errors.unwrap_or_default())
}

/// Everything that refuses row `t` whatever the payload.
fn row_errors(ctx: &Ctx, t: &Transition, deferred: bool) -> Vec<Error> {
    let mut errs = Vec::new();
    if let Some(e) = context::time_order(ctx) {
        errs.push(e);
    }
    errs.extend(state_guards(ctx, t));
    if let Some(e) = actor::check(ctx, t, deferred) {
        errs.push(e);
    }
    errs
}

/// A guard that looks at the case's state only.
type StateGuard = fn(&Ctx, &crate::case::Case, &crate::rules::GuardRule) -> Option<Error>;

/// The row's guards that look at the case's state only.
fn state_guards(ctx: &Ctx, t: &Transition) -> Vec<Error> {
    let Some(case) = ctx.case else {
        return Vec::new();
    };
    let checks: [(GuardId, StateGuard); 8] = [
        (GuardId::NotifySelf, notification::notify_self),
        (
            GuardId::ReceiveNeedsNotification,
            notification::receive_needs_notification,
        ),
        (GuardId::MeetingMethod, verification::meeting_method),
        (GuardId::EvidenceRequired, conclusion::evidence_required),
        (GuardId::NotViolating, conclusion::not_violating),
        (GuardId::ViolationRequired, handling::violation_required),
        (GuardId::NotConfidential, closing::not_confidential),
        (GuardId::NothingOpen, closing::nothing_open),
    ];
    // They refuse the step itself, whatever its payload: at the command's type.
    checks
        .iter()
        .filter_map(|(id, f)| t.guard(*id).and_then(|rule| f(ctx, case, rule)))
        .map(|e| if e.path.is_none() { e.at("/type") } else { e })
        .collect()
}

/// The guards that depend on the payload, for row `t`. `Ok` = allowed.
pub(crate) fn check_payload(ctx: &Ctx, t: &Transition, cmd: &Command) -> Result<(), Error> {
    let err = match cmd {
        Command::Detect(d) => detection::check(ctx, t, d),
        Command::NotifyLead(n) => notification::check_notify(ctx, n),
        Command::Receive(r) => limits::opt_text("/note", r.note.as_deref()),
        Command::Triage(x) => limits::text("/note", &x.note, false),
        Command::OpenVerification(o) => verification::check_open(ctx, t, o),
        Command::Consult(c) => verification::check_consult(ctx, t, c),
        Command::AssignOfficer(a) => limits::name("/officer", &a.officer),
        Command::SubmitOpinion(o) => verification::check_opinion(t, o),
        Command::RecordMeeting(m) => verification::check_meeting(ctx, t, m),
        Command::MarkConfidential(m) => closing::check_mark(ctx, m),
        Command::Conclude(c) => conclusion::check_conclude(ctx, t, c),
        Command::Dismiss(d) => conclusion::check_dismiss(ctx, t, d),
        Command::TakeAction(a) => handling::check_take(ctx, t, a),
        Command::RequestAction(r) => handling::check_request(ctx, t, r),
        Command::ProposeDirection(p) => handling::check_propose(ctx, p),
        Command::DirectAction(d) => handling::check_direct(ctx, t, d),
        Command::SendRemovalRequest(s) => platform::check_send(ctx, s),
        Command::RecordPlatformResponse(r) => platform::check_response(ctx, r),
        Command::WithdrawAction(w) => handling::check_withdraw(ctx, w),
        Command::ReportResult(r) => handling::check_report(ctx, r),
        Command::LabelContent(l) => closing::check_label(ctx, l),
        Command::PublishResults(p) => closing::check_publish(p),
        Command::Close(c) => limits::text("/note", &c.note, false),
        Command::AssignAction(_) => Some(crate::case::legacy::refused_now()),
    };
    err.map_or(Ok(()), Err)
}
