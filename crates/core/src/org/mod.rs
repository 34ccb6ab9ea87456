//! Organisations: the roles the regulation names, whether a role's duties are mandatory or
//! requested, concrete Khánh Hòa bodies with their validity and successors, and who plays each
//! role on a given date (`legal/README.md` §5).
//!
//! Queries ([`Regulation::body_for`](crate::Regulation::body_for),
//! [`Regulation::roles_of`](crate::Regulation::roles_of), …) are in `queries.rs`; users add their
//! own departments and committees with
//! [`Regulation::register_body`](crate::Regulation::register_body) (`register.rs`).

mod body;
mod queries;
mod register;
mod role;

pub use body::{Body, BodyId, RoleAssignment};
pub use register::{BodyRegistration, MAX_BODY_ID_LEN};
pub use role::{Obligation, Role};
