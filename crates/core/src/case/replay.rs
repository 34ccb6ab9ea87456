//! Replaying a log: rebuild a case from its events, re-checking the hash chain and every guard.
//! An edited, dropped, inserted or reordered event is reported with its sequence number and the
//! code `LOG_TAMPERED`; the JSON pointer points into the events array.
//!
//! A hash chain shows that no event was changed *relative to the events after it*. Dropping the
//! last events, or rewriting the whole chain, is only detectable against a head hash stored
//! elsewhere: use [`Case::replay_to_head`] with the hash you anchored.

use super::command::Command;
use super::effects::evaluate;
use super::event::{Event, GENESIS_HASH};
use super::fold::{fold_state, new_case_state};
use super::model::{Case, RegulationRef};
use crate::error::{Error, ErrorCode, Result};
use crate::json::limits::{MAX_EVENTS, too_many};
use crate::regulation::Regulation;

fn tampered(i: usize, seq: u64, field: &str, en: String, vi: String) -> Error {
    Error::new(
        ErrorCode::LogTampered,
        format!("Event {seq}: {en}"),
        format!("Sự kiện {seq}: {vi}"),
    )
    .with_help(
        "Restore the log from a trusted copy; do not edit events.",
        "Khôi phục nhật ký từ bản sao tin cậy; không sửa sự kiện.",
    )
    .at(format!("/{i}{field}"))
}

/// Refuses a log of more than [`MAX_EVENTS`] events ([`ErrorCode::InputTooLarge`] at `path`).
fn check_events(n: usize, path: &str) -> Result<()> {
    if n <= MAX_EVENTS {
        return Ok(());
    }
    Err(too_many(path, n, MAX_EVENTS, ("events", "sự kiện")))
}

/// Decodes a JSON array of events, with JSON pointers into the array on failure (commands are
/// decoded by [`Command::from_value`](super::Command::from_value) so the pointer names the field).
/// The text is read by [`crate::json::read_json`] under the limits of [`crate::json::limits`]: a
/// key repeated in one object is refused (serde_json alone would keep the last one), as are
/// nesting and strings past its limits, and a log of more than [`MAX_EVENTS`] events
/// ([`ErrorCode::InputTooLarge`] at `""`).
///
/// ```
/// let e = quyche::case::events_from_json(&format!("[{}{{}}]", "{},".repeat(10_000))).unwrap_err();
/// assert_eq!((e.code.as_str(), e.path.as_deref()), ("INPUT_TOO_LARGE", Some("")));
/// ```
pub fn events_from_json(text: &str) -> Result<Vec<Event>> {
    crate::json::check_size(text)?;
    decode_events(None, crate::json::read_json(text)?)
}

/// Decodes a log (a JSON array of events, already read) to replay it under `reg`: as
/// [`events_from_json`], except that an event recorded under another regulation or data version
/// is refused with [`ErrorCode::LogVersion`] **before** its shape is read (the events of an
/// earlier version may have another shape; their error says how to migrate them, not which
/// member is unknown today). Pointers are into the array.
///
/// ```
/// let reg = quyche::Regulation::khanh_hoa();
/// let old = serde_json::json!([{"regulation": {"id": "khanh-hoa-2086", "version": "2026.11.28"},
///                               "effects": {"deadline": {"hours": 24}}}]);
/// let e = quyche::case::log_from_value(&reg, old).unwrap_err();
/// assert_eq!((e.code.as_str(), e.path.as_deref()), ("LOG_VERSION", Some("/0/regulation/version")));
/// ```
pub fn log_from_value(reg: &Regulation, log: serde_json::Value) -> Result<Vec<Event>> {
    decode_events(Some(reg), log)
}

/// [`log_from_value`] of JSON text (read under the limits of [`crate::json::limits`]).
pub fn log_from_json(reg: &Regulation, text: &str) -> Result<Vec<Event>> {
    crate::json::check_size(text)?;
    decode_events(Some(reg), crate::json::read_json(text)?)
}

/// The regulation an event says it was checked against, read from its raw value (whatever the
/// rest of its shape).
fn declared_regulation(item: &serde_json::Value) -> Option<RegulationRef> {
    let r = item.get("regulation")?;
    Some(RegulationRef {
        id: r.get("id")?.as_str()?.to_string(),
        version: r.get("version")?.as_str()?.to_string(),
    })
}

fn decode_events(reg: Option<&Regulation>, v: serde_json::Value) -> Result<Vec<Event>> {
    let serde_json::Value::Array(items) = v else {
        return Err(Error::invalid(
            "",
            "An event log is a JSON array.",
            "Nhật ký sự kiện phải là mảng JSON.",
        ));
    };
    check_events(items.len(), "")?;
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.into_iter().enumerate() {
        if let (Some(reg), Some(r)) = (reg, declared_regulation(&item)) {
            check_regulation(reg, &r).map_err(|e| e.under(&format!("/{i}")))?;
        }
        // The event's own decoder first; only a failure goes through the command's decoder,
        // whose pointer names the bad field of an internally tagged command.
        match crate::json::from_ref::<Event>(&item) {
            Ok(ev) => out.push(ev),
            Err(e) => {
                if let Some(cmd) = item.get("command") {
                    super::Command::from_value(cmd.clone())
                        .map_err(|e| e.under(&format!("/{i}/command")))?;
                }
                return Err(e.under(&format!("/{i}")));
            }
        }
    }
    Ok(out)
}

/// The checks of [`Case::replay`]: the case that `events` rebuild, with an empty log (the caller
/// copies or moves `events` in). Each event is checked against the case folded from the events
/// before it, with those events as its log ([`super::guards::Ctx::log`]). A log of more than
/// [`MAX_EVENTS`] events is refused before any is checked.
fn check_log(reg: &Regulation, events: &[Event]) -> Result<Case> {
    check_events(events.len(), "")?;
    let mut case: Option<Case> = None;
    for (i, ev) in events.iter().enumerate() {
        check_link(events, i, case.as_ref())?;
        check_regulation(reg, &ev.regulation).map_err(|e| in_event(e, i, ev, String::new()))?;
        if i == 0
            && let Some(e) = derived_id_mismatch(ev)
        {
            return Err(e);
        }
        check_step(reg, events, i, case.as_ref())?;
        match case.as_mut() {
            None => {
                let c = new_case_state(ev).ok_or_else(|| {
                    tampered(
                        i,
                        ev.seq,
                        "/command/type",
                        "a log starts with `detect`.".into(),
                        "nhật ký phải bắt đầu bằng phát hiện.".into(),
                    )
                })?;
                case = Some(c);
            }
            Some(c) => fold_state(c, ev),
        }
    }
    case.ok_or_else(|| Error::invalid("", "The log is empty.", "Nhật ký trống."))
}

/// Event `i` in its place in the chain: its sequence number, its link to the event before, its
/// own hash, and the case it belongs to.
fn check_link(events: &[Event], i: usize, case: Option<&Case>) -> Result<()> {
    let ev = &events[i];
    let expected = i as u64 + 1;
    if ev.seq != expected {
        return Err(tampered(
            i,
            ev.seq,
            "/seq",
            format!("found at position {expected}: an event was dropped, inserted or reordered."),
            format!("nằm ở vị trí {expected}: có sự kiện bị xóa, chèn hoặc đảo thứ tự."),
        ));
    }
    let prev = i
        .checked_sub(1)
        .map_or(GENESIS_HASH, |p| events[p].hash.as_str());
    let broken = if ev.prev_hash != prev {
        Some((
            "/prev_hash",
            "does not chain to the previous event.",
            "không nối với sự kiện trước.",
        ))
    } else if !ev.hash_matches() {
        Some((
            "/hash",
            "its content does not match its hash: it was edited.",
            "nội dung không khớp mã băm: đã bị sửa.",
        ))
    } else if case.is_some_and(|c| c.id != ev.case_id) {
        Some((
            "/case_id",
            "belongs to another case.",
            "thuộc vụ việc khác.",
        ))
    } else {
        None
    };
    match broken {
        Some((field, en, vi)) => Err(tampered(i, ev.seq, field, en.into(), vi.into())),
        None => Ok(()),
    }
}

/// Event `i` as a step: the rules allow it after the events before it, and its recorded effects
/// are the ones they compute.
fn check_step(reg: &Regulation, events: &[Event], i: usize, case: Option<&Case>) -> Result<()> {
    let ev = &events[i];
    let (fx, _) = evaluate(
        reg,
        case,
        &events[..i],
        &ev.command,
        &ev.actor,
        ev.at,
        false,
    )
    .map_err(|e| {
        let inner = e.path.clone().unwrap_or_default();
        // `/at` exactly: a command field such as `/attendees/0` also starts with "/at".
        let path = if inner.starts_with("/actor") || inner == "/at" {
            inner
        } else {
            format!("/command{inner}")
        };
        in_event(e, i, ev, path)
    })?;
    if fx != ev.effects {
        return Err(tampered(
            i,
            ev.seq,
            "/effects",
            "its recorded effects differ from what the rules compute.".into(),
            "kết quả ghi nhận khác với kết quả tính theo quy định.".into(),
        ));
    }
    Ok(())
}

/// `e`, raised for event `i`, said of that event: its sequence number in both messages and its
/// pointer under the event's (`inner` when given, else the error's own).
fn in_event(e: Error, i: usize, ev: &Event, inner: String) -> Error {
    let inner = if inner.is_empty() {
        e.path.clone().unwrap_or_default()
    } else {
        inner
    };
    let mut e = e;
    e.message = format!("Event {}: {}", ev.seq, e.message);
    e.message_vi = format!("Sự kiện {}: {}", ev.seq, e.message_vi);
    e.path = Some(format!("/{i}{inner}"));
    e
}

/// Refuses an event (or a case) recorded under another regulation, or another version of its
/// data: `LOG_VERSION` at `/regulation/id` or `/regulation/version`. An earlier version the
/// regulation lists is named as such, with the way to migrate its logs.
pub(crate) fn check_regulation(reg: &Regulation, r: &RegulationRef) -> Result<()> {
    if r.id != reg.id {
        return Err(Error::new(
            ErrorCode::LogVersion,
            format!(
                "It was checked against the regulation `{}`, not `{}`.",
                crate::text::echo(&r.id),
                reg.id
            ),
            format!(
                "Được kiểm tra theo quy chế `{}`, không phải `{}`.",
                crate::text::echo(&r.id),
                reg.id
            ),
        )
        .at("/regulation/id"));
    }
    if r.version == reg.version {
        return Ok(());
    }
    let earlier = reg.previous_versions.iter().any(|v| v.version == r.version);
    let (en, vi) = if earlier {
        (
            format!(
                "It was recorded under the earlier data version {} (the current one is {}); its steps were checked against rules that have since changed.",
                r.version, reg.version
            ),
            format!(
                "Được ghi theo phiên bản dữ liệu trước {} (phiên bản hiện hành {}); các bước được kiểm tra theo quy định đã thay đổi.",
                r.version, reg.version
            ),
        )
    } else {
        (
            format!(
                "It was recorded under the data version `{}`, which this regulation (version {}) does not know.",
                crate::text::echo(&r.version),
                reg.version
            ),
            format!(
                "Được ghi theo phiên bản dữ liệu `{}` mà quy chế này (phiên bản {}) không biết.",
                crate::text::echo(&r.version),
                reg.version
            ),
        )
    };
    let mut e = Error::new(ErrorCode::LogVersion, en, vi).at("/regulation/version");
    if earlier {
        e = e.with_help_naming(
            crate::error::ApiItem::Migrate,
            "Migrate the log to the current version with {api} (its hash chain is checked first).",
            "Chuyển nhật ký sang phiên bản hiện hành bằng {api}; chuỗi mã băm được kiểm tra trước.",
        );
    }
    Err(e)
}

/// A case id the library derived must be the one it derives again.
fn derived_id_mismatch(ev: &Event) -> Option<Error> {
    let Command::Detect(d) = &ev.command else {
        return None;
    };
    if d.case_id.is_some() {
        return None;
    }
    let expected = super::apply::derived_case_id(&ev.actor, ev.at, d.detected_at);
    (expected != ev.case_id).then(|| {
        tampered(
            0,
            ev.seq,
            "/case_id",
            "its case id is not the one derived from the detection.".into(),
            "mã vụ việc không phải mã được tính từ thông tin phát hiện.".into(),
        )
    })
}

/// True when the fields of `stored` are those its own log rebuilds (the log being checked by
/// [`check_log`]; an error's pointer is relative to the log). The log is not copied: the
/// rebuilt case has none, and every other field is compared. The destructuring names every
/// field, so a field added to `Case` cannot be left out of the comparison.
pub(crate) fn rebuilds_to(reg: &Regulation, stored: &Case) -> Result<bool> {
    let rebuilt = check_log(reg, &stored.events)?;
    let Case {
        id,
        regulation,
        status,
        content,
        topics,
        area,
        state_secret,
        marked_confidential,
        detection,
        notification,
        received_at,
        triage,
        verification,
        officers,
        assessment,
        label,
        actions,
        proposals,
        removal_requests,
        steps_due,
        publications,
        closing,
        events: _,
    } = stored;
    Ok(rebuilt.id == *id
        && rebuilt.regulation == *regulation
        && rebuilt.status == *status
        && rebuilt.content == *content
        && rebuilt.topics == *topics
        && rebuilt.area == *area
        && rebuilt.state_secret == *state_secret
        && rebuilt.marked_confidential == *marked_confidential
        && rebuilt.detection == *detection
        && rebuilt.notification == *notification
        && rebuilt.received_at == *received_at
        && rebuilt.triage == *triage
        && rebuilt.verification == *verification
        && rebuilt.officers == *officers
        && rebuilt.assessment == *assessment
        && rebuilt.label == *label
        && rebuilt.actions == *actions
        && rebuilt.proposals == *proposals
        && rebuilt.removal_requests == *removal_requests
        && rebuilt.steps_due == *steps_due
        && rebuilt.publications == *publications
        && rebuilt.closing == *closing)
}

impl Case {
    /// Rebuilds a case from its events, re-checking the chain and every guard. A log of more
    /// than [`MAX_EVENTS`] events is refused ([`ErrorCode::InputTooLarge`] at `""`), as by every
    /// other replay entry point.
    ///
    /// ```
    /// # use quyche::case::*;
    /// # let reg = quyche::Regulation::khanh_hoa();
    /// # let cmd: Command = serde_json::from_value(serde_json::json!({"type": "detect",
    /// #   "source": "press_review", "content": {"platform": "Facebook",
    /// #   "platform_kind": "social_network", "kind": "post", "summary": "Tin đồn"}})).unwrap();
    /// # let at = chrono::DateTime::parse_from_rfc3339("2026-03-02T08:00:00+07:00").unwrap();
    /// let (case, _) = Case::start(&reg, cmd, &Actor::body("so-vhttdl"), at).unwrap();
    /// let mut events = case.events.clone();
    /// assert_eq!(Case::replay(&reg, &events).unwrap(), case);
    /// if let Command::Detect(d) = &mut events[0].command { d.content.summary.push('!'); }
    /// assert_eq!(Case::replay(&reg, &events).unwrap_err().code.as_str(), "LOG_TAMPERED");
    /// ```
    pub fn replay(reg: &Regulation, events: &[Event]) -> Result<Case> {
        let mut case = check_log(reg, events)?;
        case.events = events.to_vec();
        Ok(case)
    }

    /// [`Case::replay`] of a log the caller owns (decoded from storage, say): the same checks
    /// and result, with the log moved into the case instead of copied.
    ///
    /// ```
    /// # use quyche::case::*;
    /// # let reg = quyche::Regulation::khanh_hoa();
    /// # let cmd: Command = serde_json::from_value(serde_json::json!({"type": "detect",
    /// #   "source": "press_review", "content": {"platform": "Facebook",
    /// #   "platform_kind": "social_network", "kind": "post", "summary": "Tin đồn"}})).unwrap();
    /// # let at = chrono::DateTime::parse_from_rfc3339("2026-03-02T08:00:00+07:00").unwrap();
    /// let (case, _) = Case::start(&reg, cmd, &Actor::body("so-vhttdl"), at).unwrap();
    /// assert_eq!(Case::replay_owned(&reg, case.events.clone()).unwrap(), case);
    /// ```
    pub fn replay_owned(reg: &Regulation, events: Vec<Event>) -> Result<Case> {
        let mut case = check_log(reg, &events)?;
        case.events = events;
        Ok(case)
    }

    /// Like [`Case::replay`], and also checks that the log ends at `head`, a hash stored outside
    /// the log (this detects dropped trailing events and rewritten chains).
    pub fn replay_to_head(reg: &Regulation, events: &[Event], head: &str) -> Result<Case> {
        let case = Case::replay(reg, events)?;
        if case.head_hash() != head {
            let i = events.len().saturating_sub(1);
            return Err(tampered(
                i,
                events.last().map_or(0, |e| e.seq),
                "/hash",
                "the log does not end at the anchored head hash: events were dropped or rewritten."
                    .into(),
                "nhật ký không kết thúc tại mã băm đã lưu: có sự kiện bị xóa hoặc viết lại.".into(),
            ));
        }
        Ok(case)
    }

    /// Replays a log given as a JSON array of events.
    pub fn replay_json(reg: &Regulation, text: &str) -> Result<Case> {
        Case::replay_owned(reg, log_from_json(reg, text)?)
    }

    /// Parses a case from JSON and checks it by replaying its own events: the stored fields must
    /// equal what the log rebuilds. Read under the limits of [`crate::json::limits`], like
    /// [`events_from_json`]; a log of more than [`MAX_EVENTS`] events is
    /// [`ErrorCode::InputTooLarge`] at `/events`.
    pub fn from_json(reg: &Regulation, text: &str) -> Result<Case> {
        // Read strictly (duplicate keys refused, NFC applied), like `events_from_json`.
        crate::json::check_size(text)?;
        Case::from_value(reg, crate::json::read_json(text)?)
    }

    /// [`Case::from_json`] of an already-parsed JSON value (its strings taken as they are), with
    /// the same checks and pointers.
    pub fn from_value(reg: &Regulation, value: serde_json::Value) -> Result<Case> {
        if let Some(events) = value.get("events").and_then(serde_json::Value::as_array) {
            check_events(events.len(), "/events")?;
            // The log's data version first: it decides whether the rest can be read at all.
            for (i, item) in events.iter().enumerate() {
                if let Some(r) = declared_regulation(item) {
                    check_regulation(reg, &r).map_err(|e| e.under(&format!("/events/{i}")))?;
                }
            }
        }
        let stored: Case = crate::json::from_value(value)?;
        if !rebuilds_to(reg, &stored).map_err(|e| e.under("/events"))? {
            return Err(Error::new(
                ErrorCode::LogTampered,
                "The case's fields differ from what its event log rebuilds.",
                "Thông tin vụ việc khác với kết quả dựng lại từ nhật ký sự kiện.",
            )
            .at(""));
        }
        Ok(stored)
    }

    /// The case as JSON (fields and events).
    pub fn to_json(&self) -> String {
        crate::json::to_text(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::CaseStatus;

    /// Every replay entry point refuses a log of more than [`MAX_EVENTS`] events before checking
    /// any (`INPUT_TOO_LARGE` at the log), and the cap is exact.
    #[test]
    fn every_replay_entry_caps_the_log_at_max_events() {
        let reg = Regulation::khanh_hoa();
        let case = super::super::fixtures::detected_and_received(
            &reg,
            "Tin đồn",
            "2026-03-02T08:00:00+07:00",
        );
        let long = vec![case.events[0].clone(); MAX_EVENTS + 1];
        let refused = |r: Result<Case>, path: &str| {
            let e = r.unwrap_err();
            assert_eq!(
                (e.code, e.path.as_deref()),
                (ErrorCode::InputTooLarge, Some(path))
            );
        };
        refused(Case::replay(&reg, &long), "");
        refused(Case::replay_owned(&reg, long.clone()), "");
        refused(Case::replay_to_head(&reg, &long, case.head_hash()), "");
        let text = serde_json::to_string(&long).unwrap();
        refused(Case::replay_json(&reg, &text), "");
        assert_eq!(
            events_from_json(&text).unwrap_err().code,
            ErrorCode::InputTooLarge
        );
        let mut stored = case.clone();
        stored.events = long;
        refused(Case::from_json(&reg, &stored.to_json()), "/events");
        // At the cap the log is read, and checked (here: the second copy is out of sequence).
        let at_cap = vec![case.events[0].clone(); MAX_EVENTS];
        let e = Case::replay(&reg, &at_cap).unwrap_err();
        assert_eq!(
            (e.code, e.path.as_deref()),
            (ErrorCode::LogTampered, Some("/1/seq"))
        );
        assert_eq!(
            events_from_json(&serde_json::to_string(&at_cap).unwrap())
                .unwrap()
                .len(),
            MAX_EVENTS
        );
    }

    /// A stored case reloads only when every field is what its log rebuilds: the comparison
    /// skips the log itself (not copied) but no other field, however deep.
    #[test]
    fn from_json_compares_every_field_but_the_log() {
        let reg = Regulation::khanh_hoa();
        let case = super::super::fixtures::detected_and_received(
            &reg,
            "Tin đồn",
            "2026-03-02T08:00:00+07:00",
        );
        assert_eq!(Case::from_json(&reg, &case.to_json()).unwrap(), case);
        assert!(rebuilds_to(&reg, &case).unwrap());
        let edits: [fn(&mut Case); 4] = [
            |c| c.status = CaseStatus::Closed,
            |c| c.content.summary.push('!'),
            |c| c.state_secret = true,
            |c| c.received_at = None,
        ];
        for edit in edits {
            let mut edited = case.clone();
            edit(&mut edited);
            assert!(!rebuilds_to(&reg, &edited).unwrap());
            let e = Case::from_json(&reg, &edited.to_json()).unwrap_err();
            assert_eq!(
                (e.code.as_str(), e.path.as_deref()),
                ("LOG_TAMPERED", Some(""))
            );
        }
    }
}
