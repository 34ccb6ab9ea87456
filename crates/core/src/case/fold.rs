//! Folding a checked event into the case: the one place where each command's payload and
//! effects become the case's fields. The same fold rebuilds a case on replay.

use super::command::Command;
use super::event::Event;
use super::model::*;
use crate::vocab::{ActionMode, CaseStatus, RemovalTarget};

/// Creates a case from a checked `detect` event (a copy of the event is its log).
pub(crate) fn new_case(ev: &Event) -> Option<Case> {
    let mut case = new_case_state(ev)?;
    case.events.push(ev.clone());
    Some(case)
}

/// [`new_case`] with an empty log (the caller adds the event).
pub(crate) fn new_case_state(ev: &Event) -> Option<Case> {
    let Command::Detect(d) = &ev.command else {
        return None;
    };
    Some(Case {
        id: ev.case_id.clone(),
        regulation: ev.regulation.clone(),
        status: ev.effects.status,
        content: d.content.clone(),
        topics: d.topics.clone(),
        area: d.area.clone(),
        state_secret: d.state_secret,
        marked_confidential: None,
        detection: Detection {
            body: ev.actor.body.clone(),
            at: d.detected_at.unwrap_or(ev.at),
            source: d.source,
        },
        notification: None,
        received_at: None,
        triage: None,
        verification: None,
        officers: Vec::new(),
        assessment: None,
        label: None,
        actions: Vec::new(),
        proposals: Vec::new(),
        removal_requests: Vec::new(),
        steps_due: ev.effects.steps_due.clone(),
        publications: Vec::new(),
        closing: None,
        events: Vec::new(),
    })
}

/// Folds a checked event into the case and appends a copy of it to the log.
pub(crate) fn fold(c: &mut Case, ev: &Event) {
    fold_state(c, ev);
    c.events.push(ev.clone());
}

/// [`fold`] without appending the event (the caller adds it).
pub(crate) fn fold_state(c: &mut Case, ev: &Event) {
    meet_steps(c, ev);
    match &ev.command {
        Command::Detect(_) => {}
        Command::NotifyLead(n) => {
            c.notification = Some(Notification {
                channel: n.channel,
                to: ev
                    .effects
                    .lead_agency
                    .clone()
                    .unwrap_or_else(|| ev.actor.body.clone()),
                at: ev.at,
                reference: n.reference.clone(),
            })
        }
        Command::Receive(_) => c.received_at = Some(ev.at),
        Command::Triage(t) => {
            c.triage = Some(TriageRecord {
                priority: t.priority,
                by: ev.actor.body.clone(),
                at: ev.at,
            })
        }
        Command::MarkConfidential(_) => {
            c.state_secret = true;
            c.marked_confidential = Some(Stamp {
                by: ev.actor.body.clone(),
                at: ev.at,
            });
        }
        Command::LabelContent(l) => {
            c.label = Some(LabelRecord {
                label: l.label,
                by: ev.actor.body.clone(),
                at: ev.at,
            })
        }
        Command::PublishResults(p) => c.publications.push(Publication {
            body: ev.actor.body.clone(),
            title: p.title.clone(),
            url: p.url.clone(),
            at: ev.at,
        }),
        Command::Close(k) => {
            c.closing = Some(Closing {
                status: CaseStatus::Closed,
                reason: None,
                duplicate_of: None,
                note: k.note.clone(),
                at: ev.at,
            })
        }
        _ => {
            fold_verification(c, ev);
            fold_handling(c, ev);
        }
    }
    c.steps_due.extend(ev.effects.steps_due.iter().cloned());
    c.status = ev.effects.status;
}

/// A step due is met by the expected step of its body (or a body taking that step for it).
fn meet_steps(c: &mut Case, ev: &Event) {
    let kind = ev.command.kind();
    for s in c
        .steps_due
        .iter_mut()
        .filter(|s| s.met_at.is_none() && s.expect == kind)
    {
        s.met_at = Some(ev.at);
    }
}

fn fold_verification(c: &mut Case, ev: &Event) {
    let at = ev.at;
    let body = || ev.actor.body.clone();
    match &ev.command {
        Command::OpenVerification(o) => {
            c.verification = Some(Verification {
                method: o.method,
                consulted: o.consulted.clone(),
                opinions: Vec::new(),
                meetings: Vec::new(),
                opened_at: at,
            })
        }
        Command::Consult(k) => {
            if let Some(v) = c.verification.as_mut() {
                v.consulted.extend(k.consulted.iter().cloned());
            }
        }
        Command::AssignOfficer(a) => c.officers.push(Officer {
            body: body(),
            name: a.officer.clone(),
        }),
        Command::SubmitOpinion(o) => {
            if let Some(v) = c.verification.as_mut() {
                v.opinions.push(Opinion {
                    body: body(),
                    at,
                    finding: o.finding.clone(),
                    direction: o.direction.clone(),
                    suggested_verdict: o.suggested_verdict,
                    grounds: o.grounds.clone(),
                })
            }
        }
        Command::RecordMeeting(m) => {
            if let Some(v) = c.verification.as_mut() {
                v.meetings.push(Meeting {
                    at,
                    attendees: m.attendees.clone(),
                    conclusion: m.conclusion.clone(),
                })
            }
        }
        Command::Conclude(k) => {
            c.assessment = Some(Assessment {
                verdict: k.verdict,
                grounds: k.grounds.clone(),
                note: k.note.clone(),
                at,
            })
        }
        Command::Dismiss(d) => {
            c.closing = Some(Closing {
                status: CaseStatus::Dismissed,
                reason: Some(d.reason),
                duplicate_of: d.duplicate_of.clone(),
                note: d.note.clone(),
                at,
            })
        }
        _ => {}
    }
}

/// A new action of `body` opened by the event.
fn open_action(
    ev: &Event,
    kind: &crate::rules::ActionKindId,
    mode: ActionMode,
    body: &crate::org::BodyId,
    emergency: bool,
    note: &str,
) -> Action {
    Action {
        id: ev.effects.action_id.clone().unwrap_or_default(),
        kind: kind.clone(),
        mode,
        body: body.clone(),
        opened_by: ev.actor.body.clone(),
        opened_at: ev.at,
        emergency,
        note: note.to_string(),
        proposal: None,
        deadline: ev.effects.deadline.clone(),
        result: None,
        withdrawn: None,
    }
}

/// What a handling step leaves in the case: one arm per command of the handling stage (own
/// action, request, proposal, direction, removal request, platform response, withdrawal,
/// result), kept together so that the stage reads as one table.
fn fold_handling(c: &mut Case, ev: &Event) {
    match &ev.command {
        Command::TakeAction(a) => {
            let body = ev.actor.body.clone();
            c.actions.push(open_action(
                ev,
                &a.kind,
                ActionMode::Own,
                &body,
                a.emergency,
                &a.note,
            ))
        }
        Command::RequestAction(r) => c.actions.push(open_action(
            ev,
            &r.kind,
            ActionMode::Requested,
            &r.body,
            r.emergency,
            &r.note,
        )),
        Command::DirectAction(d) => {
            let mut a = open_action(
                ev,
                &d.kind,
                ActionMode::Directed,
                &d.body,
                d.emergency,
                &d.note,
            );
            a.proposal = d.proposal_id.clone();
            if let Some(p) = d
                .proposal_id
                .as_ref()
                .and_then(|id| c.proposals.iter_mut().find(|p| &p.id == id))
            {
                p.directed.push(a.id.clone());
            }
            c.actions.push(a);
        }
        Command::AssignAction(a) => c.actions.push(open_action(
            ev,
            &a.kind,
            ActionMode::Assigned,
            &a.assignee,
            a.emergency,
            &a.note,
        )),
        Command::ProposeDirection(p) => c.proposals.push(Proposal {
            id: ev.effects.action_id.clone().unwrap_or_default(),
            kind: p.kind.clone(),
            bodies: p.bodies.clone(),
            by: ev.actor.body.clone(),
            at: ev.at,
            note: p.note.clone(),
            directed: Vec::new(),
            withdrawn: None,
        }),
        Command::SendRemovalRequest(s) => c.removal_requests.push(RemovalRequest {
            id: ev.effects.request_id.clone().unwrap_or_default(),
            by: ev.actor.body.clone(),
            at: ev.at,
            target: s.target.unwrap_or(RemovalTarget::Platform),
            platform: s
                .platform
                .clone()
                .unwrap_or_else(|| c.content.platform.clone()),
            platform_kind: s.platform_kind.unwrap_or(c.content.platform_kind),
            licensing: s.licensing,
            urgent: s.urgent,
            action_id: s.action_id.clone(),
            reference: s.reference.clone(),
            deadline: ev.effects.deadline.clone(),
            response: None,
        }),
        Command::RecordPlatformResponse(r) => {
            if let Some(req) = c.removal_requests.iter_mut().find(|x| x.id == r.request_id) {
                req.response = Some(PlatformAnswer {
                    response: r.response,
                    at: r.responded_at.or_else(|| {
                        (r.response != crate::vocab::PlatformResponse::NoAnswer).then_some(ev.at)
                    }),
                    recorded: Stamp {
                        by: ev.actor.body.clone(),
                        at: ev.at,
                    },
                    note: r.note.clone(),
                });
            }
        }
        Command::WithdrawAction(w) => {
            let withdrawal = Withdrawal {
                by: ev.actor.body.clone(),
                at: ev.at,
                reason: w.reason.clone(),
            };
            if let Some(a) = c.actions.iter_mut().find(|a| a.id == w.action_id) {
                a.withdrawn = Some(withdrawal);
            } else if let Some(p) = c.proposals.iter_mut().find(|p| p.id == w.action_id) {
                p.withdrawn = Some(withdrawal);
            }
        }
        Command::ReportResult(r) => {
            if let (Some(a), Some(recipients)) = (
                c.actions.iter_mut().find(|a| a.id == r.action_id),
                ev.effects.recipients.clone(),
            ) {
                a.result = Some(ActionResult {
                    outcome: r.outcome,
                    note: r.note.clone(),
                    by: ev.actor.body.clone(),
                    at: ev.at,
                    recipients,
                });
            }
        }
        _ => {}
    }
}

/// Rebuilds a case from events already checked by replay (or a prefix of such a log), folding
/// the recorded events without re-running the guards or the hashes. `None` when `events` is
/// empty or does not start with `detect`.
pub(crate) fn rebuild_checked(events: &[Event]) -> Option<Case> {
    let (first, rest) = events.split_first()?;
    let mut case = new_case(first)?;
    for ev in rest {
        fold(&mut case, ev);
    }
    Some(case)
}
