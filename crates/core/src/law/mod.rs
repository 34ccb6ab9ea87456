//! The law: instruments, their provisions, citations, the grounds that can make information
//! harmful (Điều 2.2), and the time limits of the wider legal environment.
//!
//! All of it is data (see `crates/core/data/`), dated with a [`Validity`](crate::Validity) and
//! carrying a [`Status`] from `legal/README.md` (C, C-ocr, P, U).

mod citation;
mod format;
mod grounds;
mod instrument;
mod parse;
mod provision;
mod queries;
mod status;
mod time_limit;

pub use citation::{Citation, Point};
pub use grounds::{Ground, GroundKind, GroundOrigin, Succession};
pub use instrument::{Instrument, InstrumentId, InstrumentKind};
pub use provision::Provision;
pub use status::Status;
pub use time_limit::{Limit, TimeLimit, TimeLimitRule};
