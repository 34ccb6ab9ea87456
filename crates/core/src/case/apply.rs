//! Applying a command: normalise it, run the guards and compute the effects (`effects.rs`),
//! append a hash-chained event, and fold it into the case (`fold.rs`).

use super::advisory::{Advisory, state_advisories};
use super::command::{Actor, Command};
use super::effects::evaluate;
use super::event::{Effects, Event, GENESIS_HASH, sha256_hex};
use super::fold::{fold_state, new_case_state};
use super::model::*;
use crate::error::{Error, ErrorCode, Result};
use crate::json::canonical::to_canonical;
use crate::regulation::Regulation;
use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::Serialize;

/// A successful step: a copy of the new event and the advisories that go with it. Its JSON is
/// `{"event": {...}, "advisories": [...]}`. It holds no borrow of the case, so the case can be
/// read (or changed) while it is kept:
///
/// ```
/// use quyche::case::*;
/// let reg = quyche::Regulation::khanh_hoa();
/// let detect = Command::from_json(r#"{"type": "detect", "source": "press_review",
///     "content": {"platform": "Facebook", "platform_kind": "social_network", "kind": "post",
///                 "summary": "Tin đồn sai về dịch bệnh"}}"#).unwrap();
/// let at = chrono::DateTime::parse_from_rfc3339("2026-03-02T08:00:00+07:00").unwrap();
/// let lead = Actor::body("so-vhttdl");
/// let (mut case, _) = Case::start(&reg, detect, &lead, at).unwrap();
/// let applied = case.apply(&reg, Command::from(Receive::default()), &lead, at).unwrap();
/// assert_eq!(case.status, CaseStatus::Received); // the case, read while `applied` lives
/// assert_eq!(applied.event.seq, case.events.len() as u64);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[schemars(description = "A successful step: the new event and the advisories that go with it.")]
#[non_exhaustive]
pub struct Applied {
    /// The event appended to the case's log (a copy).
    pub event: Event,
    /// Non-blocking notices.
    pub advisories: Vec<Advisory>,
}

/// A case id derived from the detection: the first 16 hex digits of SHA-256 over the detecting
/// body and the fact and detection times, never the content, so that an id reveals nothing about
/// what was detected. Two cases started by one body at the same instant get the same id: give
/// one of them a `case_id`.
pub(crate) fn derived_case_id(
    actor: &Actor,
    at: DateTime<FixedOffset>,
    detected_at: Option<DateTime<FixedOffset>>,
) -> CaseId {
    let mut seed = String::from("quyche:case-id:v2|");
    seed.push_str(actor.body.as_str());
    seed.push('|');
    crate::time::rfc3339::push(&at, &mut seed);
    seed.push('|');
    if let Some(d) = detected_at {
        crate::time::rfc3339::push(&d, &mut seed);
    }
    let h = sha256_hex(seed.as_bytes());
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
            .unwrap_or_else(|| derived_case_id(&actor, at, d.detected_at)),
        (None, _) => CaseId(String::new()),
    };
    let mut ev = Event {
        seq: case.map_or(1, |c| c.events.len() as u64 + 1),
        case_id,
        command: cmd,
        actor,
        at,
        regulation: RegulationRef {
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

/// Normalises a step: every string of the command to NFC, every instant (the fact time and the
/// times inside the command) to Vietnam time, so the same facts written two ways make the same
/// event; the actor's officer name and body id within the limits the readers apply.
pub(crate) fn normalise(
    cmd: Command,
    actor: &Actor,
    at: DateTime<FixedOffset>,
) -> Result<(Command, Option<String>, Actor, DateTime<FixedOffset>)> {
    let cmd = super::normal::vn_times(cmd)?;
    // A command whose strings are all NFC already (the usual case) is kept as it is. Its
    // canonical JSON is NFC exactly when every string in it is (JSON's own characters are
    // ASCII), and it is handed on to the event's hash, which contains it.
    let (cmd, text): (Command, Option<String>) = match to_canonical(&cmd, None) {
        Some(text) if crate::text::is_nfc_quick(&text) => (cmd, Some(text)),
        _ => {
            let v = serde_json::to_value(&cmd).map_err(|e| {
                Error::new(
                    ErrorCode::InvalidInput,
                    e.to_string(),
                    "Lệnh không hợp lệ.".to_string(),
                )
            })?;
            (Command::from_value(crate::text::nfc_value(v))?, None)
        }
    };
    let actor = super::normal::actor(actor)?;
    Ok((cmd, text, actor, super::normal::at(at)?))
}

impl Case {
    /// Starts a case with a `detect` command. Returns the case and the step's advisories; the
    /// `detect` event is the first of `case.events` (see [`Case::last_applied`]).
    ///
    /// ```
    /// use quyche::case::*;
    /// let reg = quyche::Regulation::khanh_hoa();
    /// let cmd = Command::from_json(r#"{"type": "detect", "source": "press_review",
    ///     "content": {"platform": "Facebook", "platform_kind": "social_network", "kind": "post",
    ///                 "summary": "Tin đồn sai về dịch bệnh"}}"#).unwrap();
    /// let at = chrono::DateTime::parse_from_rfc3339("2026-03-02T08:00:00+07:00").unwrap();
    /// let (case, _) = Case::start(&reg, cmd, &Actor::body("so-vhttdl"), at).unwrap();
    /// assert_eq!(case.status, quyche::vocab::CaseStatus::Detected);
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
            Error::invalid(
                "/type",
                "A case starts with `detect`.",
                "Vụ việc bắt đầu bằng bước phát hiện (`detect`).",
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
    ) -> Result<Applied> {
        super::replay::check_regulation(reg, &self.regulation)?;
        let (command, command_json, actor, at) = normalise(command, actor, at)?;
        let (fx, mut adv) = evaluate(reg, Some(self), &self.events, &command, &actor, at, true)?;
        let ev = make_event(reg, Some(self), command, command_json, actor, at, fx);
        fold_state(self, &ev);
        self.events.push(ev.clone());
        adv.extend(state_advisories(reg, self, at));
        Ok(Applied {
            event: ev,
            advisories: adv,
        })
    }

    /// The last step as an [`Applied`]: the log's newest event with the advisories its step
    /// returned. `None` for an empty log.
    pub fn last_applied(&self, advisories: Vec<Advisory>) -> Option<Applied> {
        self.events.last().map(|event| Applied {
            event: event.clone(),
            advisories,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `apply` returns the event it appended (equal to the log's last entry) and holds no borrow:
    /// the case is read and changed again while the result is kept.
    #[test]
    fn applied_is_the_logs_last_event_and_borrows_nothing() {
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
        assert_eq!(first.event, case.events[0]);
        let receive = Command::from_json(r#"{"type": "receive"}"#).unwrap();
        let later = at + chrono::Duration::hours(1);
        let applied = case.apply(&reg, receive, &lead, later).unwrap();
        assert_eq!(applied.event.seq, 2);
        assert_eq!(&applied.event, case.events.last().unwrap());
        let again = case.apply(
            &reg,
            Command::from(super::super::Close::default()),
            &lead,
            later,
        );
        assert!(again.is_err() || case.events.len() == 3);
        assert_eq!(applied.event.seq, 2);
    }

    /// The derived id depends on the body and times only: the same detection of other content
    /// gets the same id, another body or time another id.
    #[test]
    fn derived_case_id_reveals_nothing_of_the_content() {
        let at = chrono::DateTime::parse_from_rfc3339("2026-03-02T08:00:00.250+07:00").unwrap();
        let a = derived_case_id(&Actor::body("so-vhttdl"), at, None);
        assert!(a.0.starts_with("case-") && a.0.len() == 21, "{}", a.0);
        assert_ne!(a, derived_case_id(&Actor::body("cong-an-tinh"), at, None));
        assert_ne!(
            a,
            derived_case_id(
                &Actor::body("so-vhttdl"),
                at + chrono::Duration::seconds(1),
                None
            )
        );
        let same_instant =
            chrono::DateTime::parse_from_rfc3339("2026-03-02T01:00:00.250Z").unwrap();
        assert_eq!(
            a,
            derived_case_id(
                &Actor::body("so-vhttdl"),
                crate::time::to_vn(same_instant),
                None
            )
        );
    }
}
