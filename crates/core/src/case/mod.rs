//! Cases: the record of one piece of suspect online information, the commands that move it
//! through the regulation's procedure (the workflow table of the regulation's data), the guards
//! that check each step, explanations, and the hash-chained event log with replay.
//!
//! | File | Holds |
//! |---|---|
//! | `command/` | the commands and their payloads |
//! | `model.rs` | [`Case`] and its records |
//! | `guards/` | the guards, one file per stage of the procedure |
//! | `refusals.rs` | every refusal text, keyed by error code |
//! | `effects.rs` | what a step does (state, ids, deadlines, recipients, steps due) |
//! | `deadline.rs` | deadlines from the regulation's deadline rules and the law's time limits |
//! | `advisory.rs` | advisories |
//! | `fold.rs` | folding an event into the case |
//! | `apply.rs` | `Case::start`, `Case::apply`, case ids, normalisation |
//! | `event.rs`, `canonical.rs` | events and the hash chain |
//! | `replay.rs` | replay, stored cases, versions |
//! | `bundle.rs` | a bundle of case logs loaded in one call; the check of a case's regulation |
//! | `legacy.rs` | logs of earlier data versions ([`migrate`]) |
//! | `explain.rs` | allowed commands, the basis of an event, the bodies involved |
//!
//! Three kinds of time are kept apart: **law time** (the content's publication time, else its
//! detection time, selects the grounds; an event's time selects the procedure, deadlines and who
//! plays each role), **fact time** (`at` of each event, with an offset, stored in Vietnam time)
//! and **record time** (the event's `seq`).

mod advisory;
mod apply;
mod bundle;
mod canonical;
mod command;
mod deadline;
mod effects;
mod event;
mod explain;
mod fold;
mod grounds;
mod guards;
mod legacy;
mod model;
mod normal;
mod refusals;
mod replay;

pub use crate::vocab::{
    ActionMode, CaseStatus, Channel, CommandKind, ContentKind, ContentLabel, DetectionSource,
    DismissReason, Licensing, Method, Outcome, PlatformKind, PlatformResponse, Priority,
    RemovalTarget, Topic, Trigger, Verdict,
};
pub use advisory::{Advisory, AdvisoryCode};
pub use apply::Applied;
pub(crate) use bundle::check_case_regulation;
pub use bundle::{
    CaseBundle, CaseParts, builtin_registrations, check_held_regulation, load_bundle,
    load_bundle_json,
};
pub use command::*;
pub use event::{Effects, Event, GENESIS_HASH, sha256_hex};
pub use explain::{CommandCheck, Involvement, allowed_commands, basis};
pub(crate) use fold::rebuild_checked;
// The refusal catalogue, for the report module's refusals of the same kind (a confidential
// case's publication, an unknown removal request).
pub use guards::{MAX_LIST, MAX_NAME_CHARS, MAX_TEXT_CHARS};
pub use legacy::{Migration, migrate};
pub use model::*;
pub(crate) use refusals::Refusal;
pub(crate) use replay::rebuilds_to;
pub use replay::{events_from_json, log_from_json, log_from_value};

/// Cases the crate's unit tests share.
#[cfg(test)]
pub(crate) mod fixtures {
    use super::{Actor, Case, Command};
    use crate::Regulation;

    /// A case of the built-in regulation detected by the lead agency at `at` (summary
    /// `summary`) and received by it an hour later: two events.
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
