//! Logs of earlier data versions. Their steps were checked against rules that have since
//! changed (before 2026.12 the lead agency "assigned" work with `assign_action`; the text has it
//! request, advise a direction, or act within its own authority). Such a log is not replayed as
//! it is: [`migrate`] checks its hash chain as it was written, reads each old step as the current
//! command it stands for, and records it again under the current rules, giving a new log (new
//! hashes) and a note per step read differently. A step the current rules refuse stops the
//! migration with the refusal and the event's position.
//!
//! The reading of `assign_action` (documented in `docs/encoding-a-regulation.md`): by a body the
//! current workflow lets direct (`direct_action`'s actor rule) → `direct_action`; to the acting
//! body itself → `take_action`; otherwise → `request_action`. Action kinds renamed since are
//! mapped by the regulation's `previous_versions` table.

use super::command::{Actor, AssignAction, Command, DirectAction, RequestAction, TakeAction};
use super::model::Case;
use crate::error::{Error, ErrorCode, Result};
use crate::regulation::Regulation;
use crate::rules::{ActionKindId, ActorRule};
use crate::text::Label;
use chrono::{DateTime, FixedOffset};
use serde_json::Value;

/// `assign_action` is refused in new steps.
pub(crate) fn refused_now() -> Error {
    Error::invalid(
        "/type",
        "`assign_action` is the command of earlier data versions: act within your own authority (take_action), request (request_action), propose a direction (propose_direction) or direct (direct_action).",
        "`assign_action` là lệnh của các phiên bản dữ liệu trước: hãy xử lý theo thẩm quyền (`take_action`), đề nghị (`request_action`), tham mưu chỉ đạo (`propose_direction`) hoặc chỉ đạo (`direct_action`).",
    )
}

/// A log migrated to the current data version.
#[derive(Debug, Clone, PartialEq, serde::Serialize, schemars::JsonSchema)]
#[non_exhaustive]
pub struct Migration {
    /// The case, recorded again under the current rules.
    pub case: Case,
    /// The data version the log was recorded under.
    pub from_version: String,
    /// The old log's head hash (to keep with the new log as its provenance).
    pub old_head: String,
    /// One note per step read differently (position, old command, new command).
    pub notes: Vec<Label>,
}

fn tampered(i: usize, field: &str, en: &str, vi: &str) -> Error {
    Error::new(
        ErrorCode::LogTampered,
        format!("Event {}: {en}", i + 1),
        format!("Sự kiện {}: {vi}", i + 1),
    )
    .at(format!("/{i}{field}"))
}

/// Checks the old log's hash chain on the events as written (canonical JSON without `hash`).
fn check_chain(events: &[Value]) -> Result<()> {
    let mut prev = super::event::GENESIS_HASH.to_string();
    for (i, ev) in events.iter().enumerate() {
        let Value::Object(m) = ev else {
            return Err(Error::invalid(
                format!("/{i}"),
                "An event is a JSON object.",
                "Sự kiện phải là đối tượng JSON.",
            ));
        };
        if m.get("seq").and_then(Value::as_u64) != Some(i as u64 + 1) {
            return Err(tampered(i, "/seq", "out of order.", "sai thứ tự."));
        }
        if m.get("prev_hash").and_then(Value::as_str) != Some(prev.as_str()) {
            return Err(tampered(
                i,
                "/prev_hash",
                "does not chain to the previous event.",
                "không nối với sự kiện trước.",
            ));
        }
        let mut body = m.clone();
        let hash = body.remove("hash");
        let text = crate::json::canonical(&Value::Object(body));
        let expected = super::event::sha256_hex(format!("{prev}{text}").as_bytes());
        if hash.as_ref().and_then(Value::as_str) != Some(expected.as_str()) {
            return Err(tampered(
                i,
                "/hash",
                "its content does not match its hash: it was edited.",
                "nội dung không khớp mã băm: đã bị sửa.",
            ));
        }
        prev = expected;
    }
    Ok(())
}

/// The current command an old step stands for, and a note when it is read differently.
fn reading(
    reg: &Regulation,
    renamed: &std::collections::BTreeMap<String, String>,
    actor: &Actor,
    at: DateTime<FixedOffset>,
    cmd: Command,
) -> (Command, Option<Label>) {
    let Command::AssignAction(AssignAction {
        kind,
        assignee,
        emergency,
        note,
        ..
    }) = cmd
    else {
        return (cmd, None);
    };
    let kind = ActionKindId(renamed.get(kind.as_str()).cloned().unwrap_or(kind.0));
    let day = crate::time::vn_date(&at);
    let directs = reg
        .workflow
        .transition(crate::vocab::CommandKind::DirectAction)
        .is_some_and(|t| match &t.actor {
            ActorRule::Roles { roles } => roles
                .iter()
                .any(|r| reg.register.plays(&actor.body, r, day)),
            _ => false,
        });
    let (new, en, vi) = if directs {
        (
            Command::DirectAction(DirectAction {
                kind,
                body: assignee,
                proposal_id: None,
                emergency,
                trigger: None,
                note,
            }),
            "direct_action",
            "chỉ đạo xử lý",
        )
    } else if assignee == actor.body {
        (
            Command::TakeAction(TakeAction {
                kind,
                emergency,
                trigger: None,
                note,
            }),
            "take_action",
            "xử lý theo thẩm quyền",
        )
    } else {
        (
            Command::RequestAction(RequestAction {
                kind,
                body: assignee,
                emergency,
                trigger: None,
                note,
            }),
            "request_action",
            "đề nghị xử lý",
        )
    };
    (
        new,
        Some(Label::new(
            format!("assign_action đọc là {vi} ({en})"),
            format!("assign_action read as {en}"),
        )),
    )
}

/// Migrates a log (a JSON array of events) recorded under an earlier data version of `reg`: its
/// hash chain is checked as written, then every step is applied again under the current rules
/// at its own time and by its own actor (`assign_action` read as the step it stands for today).
/// A step today's rules refuse is refused, with its pointer into the old log.
pub fn migrate(reg: &Regulation, text: &str) -> Result<Migration> {
    let events: Vec<Value> = match crate::json::read_json(text)? {
        Value::Array(v) => v,
        _ => {
            return Err(Error::invalid(
                "",
                "An event log is a JSON array.",
                "Nhật ký sự kiện phải là mảng JSON.",
            ));
        }
    };
    if events.is_empty() {
        return Err(Error::invalid("", "The log is empty.", "Nhật ký trống."));
    }
    let max = crate::json::limits::MAX_EVENTS;
    if events.len() > max {
        return Err(crate::json::limits::too_many(
            "",
            events.len(),
            max,
            ("events", "sự kiện"),
        ));
    }
    check_chain(&events)?;
    let version = events[0]
        .pointer("/regulation/version")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let Some(prev) = reg.previous_versions.iter().find(|v| v.version == version) else {
        return Err(Error::new(
            ErrorCode::LogVersion,
            format!(
                "`{}` is not an earlier version of {}.",
                crate::text::echo(&version),
                reg.id
            ),
            format!(
                "`{}` không phải phiên bản trước của {}.",
                crate::text::echo(&version),
                reg.id
            ),
        )
        .at("/0/regulation/version"));
    };
    let old_head = events
        .last()
        .and_then(|e| e.get("hash"))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let mut notes = Vec::new();
    let mut case: Option<Case> = None;
    for (i, ev) in events.iter().enumerate() {
        let at = |e: Error| e.under(&format!("/{i}"));
        let cmd = Command::from_value(ev.get("command").cloned().unwrap_or(Value::Null))
            .map_err(|e| e.under(&format!("/{i}/command")))?;
        let actor: Actor = crate::json::from_value(ev.get("actor").cloned().unwrap_or(Value::Null))
            .map_err(|e| e.under(&format!("/{i}/actor")))?;
        let time: DateTime<FixedOffset> =
            crate::json::from_value(ev.get("at").cloned().unwrap_or(Value::Null))
                .map_err(|e| e.under(&format!("/{i}/at")))?;
        let (mut cmd, note) = reading(reg, &prev.renamed_action_kinds, &actor, time, cmd);
        // The case keeps its id (a derived one is written into the detection).
        if let Command::Detect(d) = &mut cmd
            && d.case_id.is_none()
        {
            d.case_id = ev
                .get("case_id")
                .and_then(Value::as_str)
                .map(|s| super::model::CaseId(s.to_string()));
        }
        if let Some(n) = note {
            notes.push(Label::new(
                format!("Sự kiện {}: {}", i + 1, n.vi),
                format!("Event {}: {}", i + 1, n.en),
            ));
        }
        match case.as_mut() {
            None => case = Some(Case::start(reg, cmd, &actor, time).map_err(at)?.0),
            Some(c) => {
                c.apply(reg, cmd, &actor, time).map_err(at)?;
            }
        }
    }
    let case = case.ok_or_else(|| Error::invalid("", "The log is empty.", "Nhật ký trống."))?;
    Ok(Migration {
        case,
        from_version: version,
        old_head,
        notes,
    })
}
