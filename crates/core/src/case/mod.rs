//! Cases: the record of one piece of suspect online information, the commands that move it
//! through the regulation's procedure (the workflow table of DESIGN.md), the guards that check
//! each step against the articles, explanations, and the hash-chained event log with replay.
//!
//! Three kinds of time are kept apart: **law time** (the content's publication time, else its
//! detection time, picks the grounds; an event's time picks the procedure, deadlines and who
//! plays each role), **fact time** (`at` of each event, with an offset, shown in Vietnam time)
//! and **record time** (the event's `seq`).

#[macro_use]
mod vocab;
mod advisory;
mod apply;
mod canonical;
mod command;
mod deadline;
mod event;
mod explain;
mod grounds;
mod guards;
mod model;
mod replay;
mod workflow;

pub use advisory::{Advisory, AdvisoryCode};
pub use apply::Applied;
pub(crate) use apply::rebuild_checked;
pub use command::*;
pub use event::{Effects, Event, GENESIS_HASH, sha256_hex};
pub use explain::{CommandCheck, Involvement, allowed_commands, basis};
pub use guards::{MAX_LIST, MAX_TEXT_CHARS};
pub use model::*;
pub use replay::events_from_json;
pub(crate) use replay::rebuilds_to;
pub use vocab::*;
pub use workflow::{ActionRule, ActorRule, Target, Transition, Workflow};

use chrono::{DateTime, FixedOffset, NaiveDate};

/// Vietnam's offset, UTC+07:00.
pub(crate) fn vn_offset() -> FixedOffset {
    FixedOffset::east_opt(7 * 3600)
        .unwrap_or_else(|| FixedOffset::east_opt(0).expect("zero offset"))
}

/// The calendar day of `at` in Vietnam.
pub(crate) fn vn_day(at: DateTime<FixedOffset>) -> NaiveDate {
    at.with_timezone(&vn_offset()).date_naive()
}

/// Cases the crate's unit tests share.
#[cfg(test)]
pub(crate) mod fixtures {
    use super::{Actor, Case, Command};
    use crate::Regulation;

    /// A case of the built-in regulation detected by the lead agency at `at` (summary
    /// `summary`) and received by it an hour later (Điều 7.1: the lead agency receives what it
    /// detected itself): two events.
    pub(crate) fn detected_and_received(reg: &Regulation, summary: &str, at: &str) -> Case {
        let cmd = Command::from_json(&format!(
            r#"{{"type":"detect","source":"press_review","content":{{"platform":"Facebook",
            "platform_kind":"social_network","kind":"post","summary":"{summary}"}}}}"#
        ))
        .unwrap();
        let at = chrono::DateTime::parse_from_rfc3339(at).unwrap();
        let (mut c, _) = Case::start(reg, cmd, &Actor::body("so-vhttdl"), at).unwrap();
        let receive = Command::from_json(r#"{"type":"receive"}"#).unwrap();
        let later = at + chrono::TimeDelta::hours(1);
        c.apply(reg, receive, &Actor::body("so-vhttdl"), later)
            .unwrap();
        c
    }
}
