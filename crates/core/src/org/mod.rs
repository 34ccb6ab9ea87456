//! Organisations: the roles a regulation names (data), the kind of obligation each carries,
//! concrete bodies with their dates, names and successors, who plays each role on a date, and the
//! territories a regulation covers. [`Register`] holds them and answers the questions asked of
//! them; users add their own bodies with `Regulation::register_body` ([`BodyRegistration`]).

mod body;
mod register;
mod registration;
mod role;
mod territory;

pub use body::{Body, BodyId, BodySuccessor, DatedName, RoleAssignment};
pub use register::Register;
pub use registration::{BodyRegistration, MAX_BODY_ID_LEN};
pub use role::{Obligation, Role, RoleId};
pub use territory::{Territory, TerritoryId};
