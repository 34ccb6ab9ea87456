//! A compact digest of checked case logs, for counting (performance only; the figures are those
//! of the logs themselves).
//!
//! A report reads every event of every case (what happened within the window). Read
//! from the cases, each event costs several scattered memory reads (its actor id, its payload's
//! lists are separate heap allocations), and 10^5 cases hold over a million events. The digest
//! keeps, per event, only what the report counts — its Vietnam day, its status after the event,
//! its actor and the payload facts the figures use — in one contiguous array, with body ids and
//! cited provisions interned once. It is built once per set of checked cases
//! ([`super::CheckedCases::new`]) and read by every report compiled from them.

use crate::case::{Case, Command};
use crate::law::Citation;
use crate::org::BodyId;
use crate::rules::ActionKindId;
use crate::time::vn_date;
use crate::vocab::{CaseStatus, DismissReason, Outcome, Verdict};
use chrono::NaiveDate;
use rustc_hash::FxHashMap;
use std::ops::Range;

/// What an event did, as far as the report counts it (one variant per counted command).
#[derive(Debug, Clone, PartialEq)]
pub(super) enum What {
    /// Notified the coordinating body.
    Notify,
    /// Opened a verification, or consulted more bodies: these bodies (indices into
    /// [`Digest::lists`]).
    Open { consulted: Range<u32> },
    /// Gave an opinion.
    Opinion,
    /// Concluded, citing these grounds (citation indices, in [`Digest::lists`]).
    Conclude {
        verdict: Verdict,
        grounds: Range<u32>,
    },
    /// Dismissed.
    Dismiss(DismissReason),
    /// Opened an action of a kind (index into [`Digest::kinds`]) for a body.
    Action { kind: u32, body: u32 },
    /// Sent a removal request to a platform.
    Removal,
    /// Reported an action's result.
    Result(Outcome),
    /// Published the results.
    Publish,
    /// Closed the case.
    Close,
    /// Not counted (detect, receive, triage, officers, meetings, proposals, labels…).
    Other,
}

/// One event of a checked log.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Fact {
    /// The event's fact time, as a Vietnam calendar day.
    pub day: NaiveDate,
    /// The case's status after the event.
    pub status: CaseStatus,
    /// The acting body (index into [`Digest::bodies`]).
    pub actor: u32,
    /// What it did.
    pub what: What,
}

/// The digest of one case: its events' facts (a range of [`Digest::facts`]).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct CaseDigest {
    /// The detecting body (index into [`Digest::bodies`]).
    pub detector: u32,
    /// Its facts, in log order.
    pub facts: Range<u32>,
}

/// Digests of a list of checked cases, in the same order.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Digest {
    /// Every body id met, once.
    pub bodies: Vec<BodyId>,
    index: FxHashMap<BodyId, u32>,
    /// Every cited provision met, once.
    pub citations: Vec<Citation>,
    /// Every action kind met, once.
    pub kinds: Vec<ActionKindId>,
    /// The bodies consulted and the grounds cited, as ranges of indices.
    pub lists: Vec<u32>,
    /// Every fact, case after case.
    pub facts: Vec<Fact>,
    /// One per case.
    pub cases: Vec<CaseDigest>,
}

impl Digest {
    /// Digests `cases` (already checked by replay: the caller's responsibility).
    pub fn new(cases: &[Case]) -> Digest {
        let mut d = Digest::default();
        d.facts.reserve(cases.iter().map(|c| c.events.len()).sum());
        for case in cases {
            let from = d.facts.len() as u32;
            for ev in &case.events {
                let actor = d.body(&ev.actor.body);
                let what = d.what(&ev.command, &ev.actor.body);
                d.facts.push(Fact {
                    day: vn_date(&ev.at),
                    status: ev.effects.status,
                    actor,
                    what,
                });
            }
            let detector = d.body(&case.detection.body);
            d.cases.push(CaseDigest {
                detector,
                facts: from..d.facts.len() as u32,
            });
        }
        d
    }

    /// What the report counts of a command by `actor`.
    fn what(&mut self, cmd: &Command, actor: &BodyId) -> What {
        match cmd {
            Command::NotifyLead(_) => What::Notify,
            Command::OpenVerification(v) => What::Open {
                consulted: self.push_list(&v.consulted, Digest::body),
            },
            Command::Consult(v) => What::Open {
                consulted: self.push_list(&v.consulted, Digest::body),
            },
            Command::SubmitOpinion(_) => What::Opinion,
            Command::Conclude(k) => What::Conclude {
                verdict: k.verdict,
                grounds: self.push_list(&k.grounds, Digest::citation),
            },
            Command::Dismiss(x) => What::Dismiss(x.reason),
            Command::TakeAction(a) => self.action(&a.kind, actor),
            Command::RequestAction(a) => self.action(&a.kind, &a.body),
            Command::DirectAction(a) => self.action(&a.kind, &a.body),
            Command::AssignAction(a) => self.action(&a.kind, &a.assignee),
            Command::SendRemovalRequest(_) => What::Removal,
            Command::ReportResult(r) => What::Result(r.outcome),
            Command::PublishResults(_) => What::Publish,
            Command::Close(_) => What::Close,
            _ => What::Other,
        }
    }

    fn action(&mut self, kind: &ActionKindId, body: &BodyId) -> What {
        let k = match self.kinds.iter().position(|x| x == kind) {
            Some(i) => i as u32,
            None => {
                self.kinds.push(kind.clone());
                self.kinds.len() as u32 - 1
            }
        };
        What::Action {
            kind: k,
            body: self.body(body),
        }
    }

    /// The index of `id`, interned on first sight.
    pub fn body(&mut self, id: &BodyId) -> u32 {
        if let Some(&i) = self.index.get(id) {
            return i;
        }
        let i = self.bodies.len() as u32;
        self.bodies.push(id.clone());
        self.index.insert(id.clone(), i);
        i
    }

    /// The index of `id` if it was met.
    pub fn body_index(&self, id: &BodyId) -> Option<u32> {
        self.index.get(id).copied()
    }

    /// Interns every item of `items` and returns the range of their indices in
    /// [`Digest::lists`].
    fn push_list<T>(&mut self, items: &[T], intern: fn(&mut Digest, &T) -> u32) -> Range<u32> {
        let start = self.lists.len() as u32;
        for x in items {
            let i = intern(self, x);
            self.lists.push(i);
        }
        start..self.lists.len() as u32
    }

    fn citation(&mut self, c: &Citation) -> u32 {
        match self.citations.iter().position(|x| x == c) {
            Some(i) => i as u32,
            None => {
                self.citations.push(c.clone());
                self.citations.len() as u32 - 1
            }
        }
    }

    /// The facts of case `i`.
    pub fn facts_of(&self, i: usize) -> &[Fact] {
        let r = &self.cases[i].facts;
        &self.facts[r.start as usize..r.end as usize]
    }

    /// A list range's indices.
    pub fn list(&self, r: &Range<u32>) -> &[u32] {
        &self.lists[r.start as usize..r.end as usize]
    }
}

/// The case's status at the end of `day` (the status after its last event on or before that
/// day, as replaying that prefix of the log gives), or `None` when no event is that early. Fact
/// times never go back within a checked log (the time-order guard).
pub(super) fn status_on(facts: &[Fact], day: NaiveDate) -> Option<CaseStatus> {
    let n = facts.partition_point(|f| f.day <= day);
    n.checked_sub(1).map(|i| facts[i].status)
}
