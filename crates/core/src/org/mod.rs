//! Organisations: the roles the regulation names, whether a role's duties are mandatory or
//! requested, concrete Khánh Hòa bodies with their validity and successors, and who plays each
//! role on a given date (`legal/README.md` §5).

mod body;
mod role;

pub use body::{Body, BodyId, RoleAssignment};
pub use role::{Obligation, Role};
