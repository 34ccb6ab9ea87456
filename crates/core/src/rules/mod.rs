//! The rules of a regulation as data types: its workflow table (who may issue which command
//! from which state, the guards each row applies and the articles it implements), its action
//! kinds (who may take, be requested or be directed to each), result routing, advisories, the
//! application of legal time limits to its steps, and its reporting rules. The built-in
//! regulation's tables are `crates/core/data/khanh-hoa-2086/workflow.json` and `reporting.json`;
//! `docs/encoding-a-regulation.md` explains every table.
//!
//! Nothing here checks a case: the engine (`crate::case`) reads these tables. Every row carries
//! the citations it implements, and rows that rest on an interpretation say so.

mod actions;
mod actor;
mod advisories;
mod deadlines;
mod guards;
mod reporting;
mod routing;
mod transition;
mod workflow;

pub use actions::{ActionKind, ActionKindId, RoleGrant};
pub use actor::ActorRule;
pub use advisories::AdvisoryRule;
pub use deadlines::{DeadlineRule, DeadlineSubject, LimitApplication};
pub use guards::{GuardId, GuardRule};
pub use reporting::{
    Basis, DayOfMonth, DueRules, Frequency, GapRule, LevelDue, MonthRef, ReportLevel,
    ReportingObligation, ReportingRules, WindowRule, WorkKind, WorkKindId,
};
pub use routing::Route;
pub use transition::{RoleCitations, Target, Transition};
pub use workflow::{ChannelRule, MethodRule, Workflow};
