//! What a guard looks at: the regulation, the case (if any) with its log so far, the actor and
//! the fact time; and the questions guards ask of them.

use crate::case::command::Actor;
use crate::case::event::Event;
use crate::case::model::Case;
use crate::case::refusals::Refusal;
use crate::error::Error;
use crate::org::{BodyId, RoleAssignment, RoleId};
use crate::regulation::Regulation;
use crate::text::Label;
use chrono::{DateTime, FixedOffset, NaiveDate};

/// Everything a guard looks at.
pub(crate) struct Ctx<'a> {
    pub reg: &'a Regulation,
    pub case: Option<&'a Case>,
    /// The case's log so far: its events, or during a replay the events checked before this one.
    pub log: &'a [Event],
    pub actor: &'a Actor,
    pub at: DateTime<FixedOffset>,
    pub day: NaiveDate,
}

impl<'a> Ctx<'a> {
    /// A command by `actor` at fact time `at` on `case` (with its whole log), or before
    /// detection.
    pub fn new(
        reg: &'a Regulation,
        case: Option<&'a Case>,
        actor: &'a Actor,
        at: DateTime<FixedOffset>,
    ) -> Self {
        Ctx {
            reg,
            case,
            log: case.map_or(&[], |c| c.events.as_slice()),
            actor,
            at,
            day: crate::time::vn_date(&at),
        }
    }

    /// Role assignments of `body` on the context's day.
    pub fn assignments_of<'b>(
        &self,
        body: &'b BodyId,
    ) -> impl Iterator<Item = &'a RoleAssignment> + use<'a, 'b> {
        self.reg.register.assignments_of_on(body, self.day)
    }

    /// The roles `body` plays on the context's day.
    pub fn roles_of(&self, body: &BodyId) -> Vec<&'a RoleId> {
        self.assignments_of(body).map(|a| &a.role).collect()
    }

    /// True when `body` exists on the context's day.
    pub fn body_exists(&self, body: &BodyId) -> bool {
        self.reg.register.body_exists_on(body, self.day)
    }

    /// The body's name on the context's day (its id when unknown).
    pub fn name(&self, body: &BodyId) -> Label {
        self.reg.register.body_name(body, self.day)
    }

    /// The bodies playing `role` for all its duties on the context's day.
    pub fn players(&self, role: &'a RoleId) -> impl Iterator<Item = &'a RoleAssignment> + 'a {
        self.reg.register.players(role, self.day)
    }

    /// True when `body` plays the coordinating role on `day`.
    pub fn is_coordinator_on(&self, body: &BodyId, day: NaiveDate) -> bool {
        self.reg
            .register
            .plays(body, &self.reg.workflow.coordinator, day)
    }

    /// True when `actor` is `holder` or, on the context's day, answers for it.
    pub fn answers_for(&self, actor: &BodyId, holder: &BodyId) -> bool {
        self.reg.register.answers_for(actor, holder, self.day)
    }

    /// `UNKNOWN_AGENCY` for `body` at `path`, naming the body that answers for it when it ceased
    /// to exist.
    pub fn unknown_body(&self, body: &BodyId, path: &str) -> Error {
        let successors: Vec<crate::text::Label> = self
            .reg
            .register
            .standing_for(body, self.day)
            .into_iter()
            .map(|b| {
                // The name, and the id to use in its place.
                let n = b.name_on(self.day);
                let id = b.id.as_str();
                crate::text::Label::new(format!("{} (`{id}`)", n.vi), format!("{} (`{id}`)", n.en))
            })
            .collect();
        Refusal::UnknownBody {
            id: body.as_str(),
            day: self.day,
            successors: &successors,
        }
        .error([])
        .at(path)
    }
}

/// Time never runs backwards within a case.
pub(super) fn time_order(ctx: &Ctx) -> Option<Error> {
    let last = ctx.log.last().map(|e| e.at)?;
    (ctx.at < last).then(|| {
        Refusal::BeforeLastEvent { at: ctx.at, last }
            .error([])
            .at("/at")
    })
}
