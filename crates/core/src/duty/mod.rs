//! The responsibility matrix: every duty of the regulation as a row, and the activities they
//! serve (both data of the regulation).
//!
//! One row per provision that sets a duty, so that each provision is covered exactly once. When
//! a provision binds several roles, the row records one principal [`Duty::role`] and the others
//! as [`Duty::also`] co-holders; a co-holder the text does not name is marked as an
//! interpretation. [`Matrix`] holds the rows and answers the questions asked of them
//! (`matrix.rs`).

mod activity;
mod matrix;
mod row;

pub use activity::{Activity, ActivityId, Participation};
pub use matrix::Matrix;
pub use row::{CoHolder, Duty};
