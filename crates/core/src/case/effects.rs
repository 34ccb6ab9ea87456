//! What a step does, computed from the rules without changing anything: the state it leads to,
//! the coordinator notified, the ids of what it opens, deadlines, the recipients of a result,
//! the steps it makes due — and the advisories that go with it. Replay computes the same effects
//! and compares them with those recorded.

use super::advisory::{Advisory, already_reported};
use super::command::{Actor, Command, TriggerTime};
use super::deadline::{self, Clock};
use super::event::{Effects, Event};
use super::guards::{Ctx, check_general, check_payload, granting_assignment};
use super::model::*;
use crate::error::Result;
use crate::law::LimitQuery;
use crate::org::{BodyId, RoleId};
use crate::regulation::Regulation;
use crate::rules::{DeadlineSubject, Target, Transition};
use crate::vocab::{CaseStatus, CommandKind, RemovalTarget, Trigger};
use chrono::{DateTime, FixedOffset};

/// Checks a command against the regulation and computes its effects, without changing anything.
/// `log` is the case's log so far. With `advise` false (replay) the advisories are not built;
/// the effects and refusals are the same either way.
pub(crate) fn evaluate(
    reg: &Regulation,
    case: Option<&Case>,
    log: &[Event],
    cmd: &Command,
    actor: &Actor,
    at: DateTime<FixedOffset>,
    advise: bool,
) -> Result<(Effects, Vec<Advisory>)> {
    if matches!(cmd, Command::AssignAction(_)) {
        return Err(super::legacy::refused_now());
    }
    let ctx = Ctx {
        log,
        ..Ctx::new(reg, case, actor, at)
    };
    let row = check_general(&ctx, cmd.kind(), true).map_err(|mut errs| {
        let first = errs.remove(0);
        first.with_related(errs)
    })?;
    check_payload(&ctx, row, cmd)?;
    let mut step = Step {
        ctx: &ctx,
        fx: Effects::status(target(case, row, cmd)),
        adv: Vec::new(),
        advise,
    };
    if advise && let Some(a) = granting_assignment(&ctx, &actor.body, row) {
        step.advise_assignment(a);
    }
    step.compute(cmd);
    step.steps_due(cmd.kind());
    Ok((step.fx, step.adv))
}

/// The state a row leads to.
fn target(case: Option<&Case>, row: &Transition, cmd: &Command) -> CaseStatus {
    let now = case.map_or(CaseStatus::Detected, |c| c.status);
    match row.to {
        Target::Status(s) => s,
        Target::Same => now,
        Target::HandlingOrHandled => {
            let closing = match cmd {
                Command::ReportResult(r) => Some(r.action_id.as_str()),
                Command::WithdrawAction(w) => Some(w.action_id.as_str()),
                _ => None,
            };
            let open = case.is_some_and(|c| {
                c.open_actions().any(|a| Some(a.id.as_str()) != closing)
                    || c.proposals
                        .iter()
                        .any(|p| p.is_open() && Some(p.id.as_str()) != closing)
            });
            if open {
                CaseStatus::Handling
            } else {
                CaseStatus::Handled
            }
        }
    }
}

/// A step being evaluated.
struct Step<'c, 'a> {
    ctx: &'c Ctx<'a>,
    fx: Effects,
    adv: Vec<Advisory>,
    advise: bool,
}

impl Step<'_, '_> {
    fn advise_assignment(&mut self, a: &crate::org::RoleAssignment) {
        if self.advise && !already_reported(self.ctx.log, a) {
            self.adv
                .extend(Advisory::for_assignment(self.ctx.reg, a, self.ctx.day));
        }
    }

    fn compute(&mut self, cmd: &Command) {
        let case = self.ctx.case;
        let count = |n: usize, p: &str| format!("{p}{}", n + 1);
        match cmd {
            Command::NotifyLead(_) => self.notify(),
            Command::Conclude(c) if self.advise => {
                if let Some(case) = case {
                    self.adv
                        .extend(super::grounds::advisories(self.ctx.reg, case, c));
                }
            }
            Command::TakeAction(a) => {
                self.fx.action_id = case.map(|c| count(c.actions.len(), "A"));
                let body = self.ctx.actor.body.clone();
                self.action_deadline(&a.kind, &body, a.emergency, a.trigger.as_ref());
            }
            Command::RequestAction(r) => {
                self.fx.action_id = case.map(|c| count(c.actions.len(), "A"));
                self.action_deadline(&r.kind, &r.body, r.emergency, r.trigger.as_ref());
                self.advise_body(&r.body);
            }
            Command::DirectAction(d) => {
                self.fx.action_id = case.map(|c| count(c.actions.len(), "A"));
                self.action_deadline(&d.kind, &d.body, d.emergency, d.trigger.as_ref());
                self.advise_body(&d.body);
            }
            Command::ProposeDirection(_) => {
                self.fx.action_id = case.map(|c| count(c.proposals.len(), "P"));
            }
            Command::SendRemovalRequest(s) => {
                self.fx.request_id = case.map(|c| count(c.removal_requests.len(), "R"));
                self.removal_deadline(s);
            }
            Command::RecordPlatformResponse(r) => self.fx.request_id = Some(r.request_id.clone()),
            Command::WithdrawAction(w) => self.fx.action_id = Some(w.action_id.clone()),
            Command::ReportResult(r) => {
                self.fx.action_id = Some(r.action_id.clone());
                self.fx.recipients = Some(self.recipients());
            }
            _ => {}
        }
    }

    /// The coordinator playing the role on the notification date is notified.
    fn notify(&mut self) {
        let role = &self.ctx.reg.workflow.coordinator;
        if let Some(lead) = self
            .ctx
            .players(role)
            .min_by_key(|a| (a.interpretation, a.status))
        {
            self.fx.lead_agency = Some(lead.body.clone());
            self.advise_assignment(lead);
        }
    }

    /// The facts of the body asked to act.
    fn advise_body(&mut self, body: &BodyId) {
        let best = self
            .ctx
            .assignments_of(body)
            .min_by_key(|a| (a.interpretation, a.status));
        if let Some(a) = best {
            self.advise_assignment(a);
        }
    }

    fn action_deadline(
        &mut self,
        kind: &crate::rules::ActionKindId,
        body: &BodyId,
        emergency: bool,
        trigger: Option<&TriggerTime>,
    ) {
        let reg = self.ctx.reg;
        let (Some(case), Some(rule)) = (self.ctx.case, reg.workflow.action_deadline(kind)) else {
            return;
        };
        let roles: Vec<&RoleId> = self.ctx.roles_of(body);
        let clock = Clock {
            query: LimitQuery {
                platform_kind: case.content.platform_kind,
                licensing: None,
                target: None,
                trigger: trigger.map(|t| t.kind),
            },
            start: trigger.map_or(self.ctx.at, |t| t.at),
            start_assumed: trigger.is_none(),
            emergency,
            requester_roles: &roles,
        };
        let (d, adv) = deadline::compute(reg, rule, &clock);
        self.fx.deadline = d;
        if self.advise {
            self.adv.extend(adv);
        }
    }

    fn removal_deadline(&mut self, s: &super::command::SendRemovalRequest) {
        let reg = self.ctx.reg;
        let (Some(case), Some(rule)) = (self.ctx.case, reg.workflow.removal_deadline()) else {
            return;
        };
        let roles: Vec<&RoleId> = self.ctx.roles_of(&self.ctx.actor.body);
        let clock = Clock {
            query: LimitQuery {
                platform_kind: s.platform_kind.unwrap_or(case.content.platform_kind),
                licensing: Some(s.licensing),
                target: Some(s.target.unwrap_or(RemovalTarget::Platform)),
                trigger: Some(Trigger::Request),
            },
            start: self.ctx.at,
            start_assumed: false,
            emergency: s.urgent,
            requester_roles: &roles,
        };
        let (d, adv) = deadline::compute(reg, rule, &clock);
        self.fx.deadline = d;
        if self.advise {
            self.adv.extend(adv);
        }
    }

    /// The recipients of a result, by the regulation's routing for the reporting body's roles.
    fn recipients(&self) -> Recipients {
        let ctx = self.ctx;
        let reg = ctx.reg;
        let roles = ctx.roles_of(&ctx.actor.body);
        let Some(route) = reg.workflow.route_for(&roles) else {
            return Recipients {
                to: Vec::new(),
                cc: Vec::new(),
                citations: Vec::new(),
                interpretation: true,
            };
        };
        let bodies = |list: &[RoleId]| -> Vec<BodyId> {
            let mut out: Vec<BodyId> = Vec::new();
            for r in list {
                for a in reg.register.players(r, ctx.day) {
                    if a.body != ctx.actor.body && !out.contains(&a.body) {
                        out.push(a.body.clone());
                    }
                }
            }
            out
        };
        Recipients {
            to: bodies(&route.to),
            cc: bodies(&route.cc),
            citations: route.citations.clone(),
            interpretation: route.interpretation,
        }
    }

    /// The steps this command makes due, by the regulation's step deadlines.
    fn steps_due(&mut self, kind: CommandKind) {
        let reg = self.ctx.reg;
        let platform_kind = self
            .ctx
            .case
            .map_or(crate::vocab::PlatformKind::Other, |c| {
                c.content.platform_kind
            });
        for rule in reg.workflow.step_deadlines_after(kind) {
            let DeadlineSubject::Step { expect, binds, .. } = &rule.on else {
                continue;
            };
            let Some(body) = reg
                .register
                .players(binds, self.ctx.day)
                .next()
                .map(|a| a.body.clone())
            else {
                continue;
            };
            let clock = Clock {
                query: LimitQuery {
                    platform_kind,
                    licensing: None,
                    target: None,
                    trigger: Some(Trigger::Step),
                },
                start: self.ctx.at,
                start_assumed: false,
                emergency: false,
                requester_roles: &[],
            };
            let (d, adv) = deadline::compute(reg, rule, &clock);
            if let Some(deadline) = d {
                self.fx.steps_due.push(StepDue {
                    rule: rule.id.clone(),
                    expect: *expect,
                    body,
                    deadline,
                    met_at: None,
                });
            }
            if self.advise {
                self.adv.extend(adv);
            }
        }
    }
}
