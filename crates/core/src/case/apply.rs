//! Applying a command: run the guards, compute the effects, append a hash-chained event, and
//! fold it into the case. The same [`fold`] rebuilds a case on replay.

use super::advisory::{Advisory, state_advisories};
use super::command::{Actor, Command};
use super::deadline::{self, Request};
use super::event::{Effects, Event, GENESIS_HASH, sha256_hex};
use super::guards::{Ctx, check_general, check_payload, r};
use super::model::*;
use super::vocab::*;
use super::workflow::Target;
use crate::error::{Error, ErrorCode, Result};
use crate::json::canonical::to_canonical;
use crate::law::Point;
use crate::org::Role;
use crate::regulation::Regulation;
use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::Serialize;

/// A successful step: the new event, lent by the case's log rather than copied, and the
/// advisories that go with it. Its JSON is `{"event": {...}, "advisories": [...]}`
/// (`schemas/applied.schema.json`). The loan ends at the next change to the case: clone `event`
/// to keep it longer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[schemars(description = "A successful step: the new event and the advisories that go with it.")]
pub struct Applied<'c> {
    /// The event appended to the case's log.
    pub event: &'c Event,
    /// Non-blocking notices.
    pub advisories: Vec<Advisory>,
}

/// Checks a command against the regulation and computes its effects, without changing anything.
/// `log` is the case's log so far (see [`Ctx::log`]). With `advise` false (replay, which
/// discards them) the advisories are not built; the effects and refusals are the same either way.
pub(crate) fn evaluate(
    reg: &Regulation,
    case: Option<&Case>,
    log: &[Event],
    cmd: &Command,
    actor: &Actor,
    at: DateTime<FixedOffset>,
    advise: bool,
) -> Result<(Effects, Vec<Advisory>)> {
    let ctx = Ctx {
        log,
        ..Ctx::new(reg, case, actor, at)
    };
    let mut errs = check_general(&ctx, cmd.kind());
    if !errs.is_empty() {
        let first = errs.remove(0);
        return Err(first.with_related(errs));
    }
    check_payload(&ctx, cmd)?;
    let mut adv = Vec::new();
    if let Some(t) = reg.workflow.transition(cmd.kind())
        && advise
    {
        for a in ctx.granting(&actor.body, t) {
            adv.extend(Advisory::for_assignment(reg, a));
        }
    }
    let status_now = case.map(|c| c.status);
    let t = reg.workflow.transition(cmd.kind());
    let mut fx = Effects {
        status: match t.map(|t| t.to) {
            Some(Target::Status(s)) => s,
            _ => status_now.unwrap_or(CaseStatus::Detected),
        },
        lead_agency: None,
        action_id: None,
        deadline: None,
        recipients: None,
    };
    match (cmd, case) {
        (Command::NotifyLead(_), _) => {
            // Điều 5.1: notify the lead agency playing the role on the notification date.
            let lead = ctx.players(Role::LeadAgency).next().ok_or_else(|| {
                Error::new(
                    ErrorCode::UnknownAgency,
                    format!("No body plays the lead agency on {}.", ctx.day),
                    format!("Không có cơ quan chủ trì vào ngày {}.", ctx.day),
                )
                .with_citations([r(7).clause(1)])
            })?;
            if advise {
                adv.extend(Advisory::for_assignment(reg, lead));
            }
            fx.lead_agency = Some(lead.body.clone());
        }
        (Command::Conclude(c), Some(case)) if advise => {
            adv.extend(super::grounds::ground_advisories(reg, case, c))
        }
        (Command::AssignAction(a), Some(case)) => {
            fx.action_id = Some(format!("A{}", case.actions.len() + 1));
            // The assignee sends the request to the platform; the request time is taken to be
            // the assignment time (the log has no separate "request sent" step).
            let requester: Vec<Role> = ctx.assignments_of(&a.assignee).map(|x| x.role).collect();
            let (d, more) = deadline::compute(
                reg,
                &Request {
                    kind: a.kind,
                    platform_kind: case.content.platform_kind,
                    target: a.target.unwrap_or(RemovalTarget::Platform),
                    emergency: a.emergency,
                    requester_roles: &requester,
                    at,
                },
            );
            fx.deadline = d;
            if advise {
                adv.extend(more);
                for x in ctx.assignments_of(&a.assignee) {
                    adv.extend(Advisory::for_assignment(reg, x));
                }
            }
        }
        (Command::ReportResult(rr), Some(case)) => {
            fx.action_id = Some(rr.action_id.clone());
            let still_open = case.open_actions().filter(|a| a.id != rr.action_id).count();
            fx.status = if still_open == 0 {
                CaseStatus::Handled
            } else {
                CaseStatus::Handling
            };
            fx.recipients = Some(recipients(&ctx));
        }
        _ => {}
    }
    Ok((fx, adv))
}

/// Điều 7.2.b and 7.3.b: results are reported to the provincial People's Committee, with a copy
/// to the lead agency for consolidation. For other assignees the text is silent; routing their
/// results the same way is an interpretation.
fn recipients(ctx: &Ctx) -> Recipients {
    let roles: Vec<Role> = ctx
        .assignments_of(&ctx.actor.body)
        .map(|a| a.role)
        .collect();
    let to: Vec<_> = ctx
        .players(Role::ProvincialPeoplesCommittee)
        .map(|a| a.body.clone())
        .collect();
    let cc: Vec<_> = ctx
        .players(Role::LeadAgency)
        .map(|a| a.body.clone())
        .filter(|b| b != &ctx.actor.body)
        .collect();
    let b72 = r(7).clause(2).point(Point::B);
    let b73 = r(7).clause(3).point(Point::B);
    let (citations, interpretation) = if roles.contains(&Role::Police) {
        (vec![b72], false)
    } else if roles
        .iter()
        .any(|r| matches!(r, Role::Department | Role::DistrictCommittee))
    {
        (vec![b73], false)
    } else {
        (vec![b72, b73], true)
    };
    Recipients {
        to,
        cc,
        citations,
        interpretation,
    }
}

/// A case id derived from the detection: SHA-256 of the canonical JSON of
/// `{"actor", "at", "command"}`, first 16 hex digits. `command_json` is the command's canonical
/// JSON when the caller has it (copied in rather than written again).
fn derived_case_id(
    cmd: &Command,
    command_json: Option<&str>,
    actor: &Actor,
    at: DateTime<FixedOffset>,
) -> CaseId {
    #[derive(Serialize)]
    struct Seed<'a> {
        actor: &'a Actor,
        at: DateTime<FixedOffset>,
        command: &'a Command,
    }
    let seed = Seed {
        actor,
        at,
        command: cmd,
    };
    // The members in key order, as the generic writer would put them; else the generic writer,
    // else the `Value` path (all give the same bytes).
    let direct = command_json.and_then(|c| {
        let mut text = String::with_capacity(c.len() + 96);
        text.push_str("{\"actor\":");
        text.push_str(&to_canonical(actor, None)?);
        text.push_str(",\"at\":\"");
        crate::time::rfc3339::push(&at, &mut text);
        text.push_str("\",\"command\":");
        text.push_str(c);
        text.push('}');
        Some(text)
    });
    let text = direct
        .or_else(|| to_canonical(&seed, None))
        .unwrap_or_else(|| {
            crate::json::canonical(&serde_json::to_value(&seed).unwrap_or_default())
        });
    let h = sha256_hex(text.as_bytes());
    CaseId(format!("case-{}", &h[..16]))
}

/// Builds the event for an evaluated command.
pub(crate) fn make_event(
    reg: &Regulation,
    case: Option<&Case>,
    cmd: Command,
    command_json: Option<String>,
    actor: Actor,
    at: DateTime<FixedOffset>,
    effects: Effects,
) -> Event {
    let case_id = match (case, &cmd) {
        (Some(c), _) => c.id.clone(),
        (None, Command::Detect(d)) => d
            .case_id
            .clone()
            .unwrap_or_else(|| derived_case_id(&cmd, command_json.as_deref(), &actor, at)),
        (None, _) => CaseId(String::new()),
    };
    let mut ev = Event {
        seq: case.map_or(1, |c| c.events.len() as u64 + 1),
        case_id,
        command: cmd,
        actor,
        at,
        regulation: super::model::RegulationRef {
            id: reg.id.clone(),
            version: reg.version.clone(),
        },
        effects,
        prev_hash: case.map_or(GENESIS_HASH, |c| c.head_hash()).to_string(),
        hash: String::new(),
    };
    ev.hash = ev.compute_hash_with(command_json.as_deref());
    ev
}

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
        detection: Detection {
            body: ev.actor.body.clone(),
            at: d.detected_at.unwrap_or(ev.at),
            source: d.source,
        },
        notification: None,
        received_at: None,
        verification: None,
        officers: Vec::new(),
        assessment: None,
        actions: Vec::new(),
        publication: None,
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
    let at = ev.at;
    // The actor, cloned only by the commands that record it.
    let body = || ev.actor.body.clone();
    match &ev.command {
        Command::Detect(_) => {}
        Command::NotifyLead(n) => {
            c.notification = Some(Notification {
                channel: n.channel,
                to: ev.effects.lead_agency.clone().unwrap_or_else(body),
                at,
                reference: n.reference.clone(),
            })
        }
        Command::Receive(_) => c.received_at = Some(at),
        Command::OpenVerification(o) => {
            c.verification = Some(Verification {
                method: o.method,
                consulted: o.consulted.clone(),
                opinions: Vec::new(),
                meetings: Vec::new(),
                opened_at: at,
            })
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
        Command::AssignAction(a) => c.actions.push(Action {
            id: ev.effects.action_id.clone().unwrap_or_default(),
            kind: a.kind,
            assignee: a.assignee.clone(),
            assigned_by: body(),
            assigned_at: at,
            emergency: a.emergency,
            note: a.note.clone(),
            deadline: ev.effects.deadline.clone(),
            result: None,
        }),
        Command::ReportResult(rr) => {
            if let (Some(action), Some(recipients)) = (
                c.actions.iter_mut().find(|a| a.id == rr.action_id),
                ev.effects.recipients.clone(),
            ) {
                action.result = Some(ActionResult {
                    outcome: rr.outcome,
                    note: rr.note.clone(),
                    at,
                    recipients,
                });
            }
        }
        Command::PublishResults(p) => {
            c.publication = Some(Publication {
                outlet: body(),
                title: p.title.clone(),
                url: p.url.clone(),
                at,
            })
        }
        Command::Close(k) => {
            c.closing = Some(Closing {
                status: CaseStatus::Closed,
                reason: None,
                duplicate_of: None,
                note: k.note.clone(),
                at,
            })
        }
    }
    c.status = ev.effects.status;
}

/// Rebuilds a case from events that were already checked by [`Case::replay`] (or a prefix of
/// such a log): folds the recorded events without re-running the guards or the hashes. Replaying
/// a checked log's prefix gives exactly these states, so callers that checked the whole log first
/// (e.g. [`crate::report::compile_report`]) use this to look at earlier states cheaply. `None`
/// when `events` is empty or does not start with `detect`.
pub(crate) fn rebuild_checked(events: &[Event]) -> Option<Case> {
    let (first, rest) = events.split_first()?;
    let mut case = new_case(first)?;
    for ev in rest {
        fold(&mut case, ev);
    }
    Some(case)
}

/// Normalises the fact time to Vietnam time and every string of the command to NFC.
pub(crate) fn normalise(
    cmd: Command,
    actor: &Actor,
    at: DateTime<FixedOffset>,
) -> Result<(Command, Option<String>, Actor, DateTime<FixedOffset>)> {
    // A command whose strings are all NFC already (the usual case) is kept as it is. The check
    // runs over its canonical JSON text: JSON's own characters are ASCII, which never compose
    // with a following mark, so the text is NFC exactly when every string in it is.
    // The text is handed on to the event's hash, which contains it.
    let (cmd, text): (Command, Option<String>) = match to_canonical(&cmd, None) {
        Some(text) if crate::text::is_nfc_quick(&text) => (cmd, Some(text)),
        _ => {
            let v = serde_json::to_value(&cmd).map_err(|e| {
                Error::new(
                    ErrorCode::InvalidInput,
                    e.to_string(),
                    format!("Lệnh không hợp lệ: {e}"),
                )
            })?;
            (crate::json::from_value(crate::text::nfc_value(v))?, None)
        }
    };
    let actor = Actor {
        body: crate::org::BodyId(crate::text::nfc(actor.body.as_str())),
        officer: actor.officer.as_deref().map(crate::text::nfc),
    };
    Ok((cmd, text, actor, at.with_timezone(&super::vn_offset())))
}

impl Case {
    /// Starts a case with a `detect` command (Điều 5.1, 6.2, 7.1.d, 7.3.a). Returns the case and
    /// the step's advisories; the `detect` event is the first of `case.events` (see
    /// [`Case::last_applied`] for the step as an [`Applied`]).
    ///
    /// ```
    /// use quyche::case::*;
    /// let reg = quyche::Regulation::khanh_hoa();
    /// let cmd: Command = serde_json::from_value(serde_json::json!({
    ///     "type": "detect", "source": "press_review",
    ///     "content": {"platform": "Facebook", "platform_kind": "social_network", "kind": "post",
    ///                 "summary": "Tin đồn sai về dịch bệnh"}
    /// })).unwrap();
    /// let at = chrono::DateTime::parse_from_rfc3339("2026-03-02T08:00:00+07:00").unwrap();
    /// let (case, _) = Case::start(&reg, cmd, &Actor::body("so-vhttdl"), at).unwrap();
    /// assert_eq!(case.status, CaseStatus::Detected);
    /// assert_eq!(case.events[0].seq, 1);
    /// ```
    pub fn start(
        reg: &Regulation,
        command: Command,
        actor: &Actor,
        at: DateTime<FixedOffset>,
    ) -> Result<(Case, Vec<Advisory>)> {
        let (command, command_json, actor, at) = normalise(command, actor, at)?;
        let (fx, mut adv) = evaluate(reg, None, &[], &command, &actor, at, true)?;
        let ev = make_event(reg, None, command, command_json, actor, at, fx);
        let mut case = new_case_state(&ev).ok_or_else(|| {
            Error::new(
                ErrorCode::InvalidTransition,
                "A case starts with `detect`.",
                "Vụ việc bắt đầu bằng lệnh phát hiện.",
            )
        })?;
        // The event is moved into the log, not copied.
        case.events.push(ev);
        adv.extend(state_advisories(reg, &case, at));
        Ok((case, adv))
    }

    /// Applies `command` by `actor` at fact time `at`. On success the case has the new event
    /// appended; on refusal the case is unchanged and the error says which guard failed, with its
    /// code, the articles and a help text (other failing guards are in `related`).
    pub fn apply(
        &mut self,
        reg: &Regulation,
        command: Command,
        actor: &Actor,
        at: DateTime<FixedOffset>,
    ) -> Result<Applied<'_>> {
        let (command, command_json, actor, at) = normalise(command, actor, at)?;
        let (fx, mut adv) = evaluate(reg, Some(self), &self.events, &command, &actor, at, true)?;
        let ev = make_event(reg, Some(self), command, command_json, actor, at, fx);
        fold_state(self, &ev);
        // The event is moved into the log and lent to the caller, not copied.
        self.events.push(ev);
        adv.extend(state_advisories(reg, self, at));
        Ok(Applied {
            event: &self.events[self.events.len() - 1],
            advisories: adv,
        })
    }

    /// The last step as an [`Applied`]: the log's newest event with the advisories its step
    /// returned. After [`Case::start`] (which returns the advisories only, the case owning the
    /// `detect` event) this is the step `apply` would have given. `None` for an empty log.
    ///
    /// ```
    /// use quyche::case::*;
    /// let reg = quyche::Regulation::khanh_hoa();
    /// let cmd = Command::from_json(r#"{"type": "detect", "source": "press_review",
    ///     "content": {"platform": "Facebook", "platform_kind": "social_network",
    ///                 "kind": "post", "summary": "Tin đồn"}}"#).unwrap();
    /// let at = chrono::DateTime::parse_from_rfc3339("2026-03-02T08:00:00+07:00").unwrap();
    /// let (case, advisories) = Case::start(&reg, cmd, &Actor::body("so-vhttdl"), at).unwrap();
    /// let applied = case.last_applied(advisories).unwrap();
    /// assert_eq!(applied.event.seq, 1);
    /// ```
    pub fn last_applied(&self, advisories: Vec<Advisory>) -> Option<Applied<'_>> {
        self.events
            .last()
            .map(|event| Applied { event, advisories })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `apply` lends the event it appended (the log's last entry, not a copy), and
    /// `last_applied` after `start` gives the same JSON shape for the `detect` step.
    #[test]
    fn applied_lends_the_logs_last_event() {
        let reg = Regulation::khanh_hoa();
        let detect = Command::from_json(
            r#"{"type": "detect", "source": "press_review", "content": {"platform": "Facebook",
                "platform_kind": "social_network", "kind": "post", "summary": "Tin đồn"}}"#,
        )
        .unwrap();
        let at = chrono::DateTime::parse_from_rfc3339("2026-03-02T08:00:00+07:00").unwrap();
        let lead = Actor::body("so-vhttdl");
        let (mut case, advisories) = Case::start(&reg, detect, &lead, at).unwrap();
        let first = case.last_applied(advisories.clone()).unwrap();
        assert!(std::ptr::eq(first.event, &case.events[0]));
        assert_eq!(first.advisories, advisories);
        let json = serde_json::to_value(&first).unwrap();
        assert_eq!(json["event"]["seq"], 1);
        assert!(json["advisories"].is_array());

        // A second step (the lead agency, which detected the case, takes it in).
        let receive = Command::from_json(r#"{"type": "receive"}"#).unwrap();
        let later = at + chrono::Duration::hours(1);
        let applied = case.apply(&reg, receive, &lead, later).unwrap();
        let (seq, ptr) = (applied.event.seq, applied.event as *const Event);
        assert_eq!(seq, 2);
        assert!(std::ptr::eq(ptr, case.events.last().unwrap()));
        assert_eq!(case.events.len(), 2);
    }

    /// The derived case id is the same whether the command's canonical JSON is copied in or
    /// written by the generic writer.
    #[test]
    fn derived_case_id_does_not_depend_on_the_path() {
        let cmd: Command = serde_json::from_value(serde_json::json!({
            "type": "detect", "source": "press_review",
            "content": {"platform": "Facebook", "platform_kind": "social_network", "kind": "post",
                        "summary": "Tin \"đồn\" sai\nvề dịch bệnh"}
        }))
        .unwrap();
        let at = chrono::DateTime::parse_from_rfc3339("2026-03-02T08:00:00.250+07:00").unwrap();
        for actor in [
            Actor::body("so-vhttdl"),
            Actor {
                body: crate::org::BodyId::new("so-vhttdl"),
                officer: Some("Nguyễn Văn A".into()),
            },
        ] {
            let json = to_canonical(&cmd, None).unwrap();
            let direct = derived_case_id(&cmd, Some(&json), &actor, at);
            let generic = derived_case_id(&cmd, None, &actor, at);
            assert_eq!(direct, generic);
            assert!(
                direct.0.starts_with("case-") && direct.0.len() == 21,
                "{}",
                direct.0
            );
        }
    }
}
