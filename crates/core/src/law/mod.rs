//! The law: instruments, their provisions, citations, the grounds that can make information
//! harmful (Điều 2.2), and the time limits of the wider legal environment.
//!
//! All of it is data (see `crates/core/data/`), dated with a [`Validity`](crate::Validity) and
//! carrying a [`Status`] from `legal/README.md` (C, C-ocr, P, U).
//!
//! - Formatting: [`Citation::vi`], [`Citation::en`], [`Citation::vi_ascii`] and `Display`
//!   (Vietnamese, built-in catalogue).
//! - Parsing: [`Citation::parse`], [`Citation::parse_with`], [`Citation::find_all`] and
//!   [`Regulation::resolve_instrument`](crate::Regulation::resolve_instrument); the accepted
//!   forms and the d/đ rule are documented on [`Citation::parse_with`]'s module (`parse.rs`).
//! - Queries on the [`Catalogue`]: `provision`, `all_provisions`, `grounds_in_force`,
//!   `ground_for`, `grounds_covering`, `definition_covering`, `successor_of`, `time_limits`,
//!   `time_limit_for`.
//!
//! ```
//! use chrono::NaiveDate;
//! use quyche::law::Citation;
//! let reg = quyche::Regulation::khanh_hoa_ref();
//! let c = Citation::parse("diem dd khoan 1 dieu 8 luat an ninh mang 2018").unwrap();
//! assert_eq!(c.en(reg), "Art. 8(1)(đ), Cybersecurity Law 2018");
//! let published = NaiveDate::from_ymd_opt(2025, 1, 15).unwrap();
//! assert_eq!(reg.catalogue.ground_for(&c, published).unwrap().id, "cyber-2018-art8-1");
//! ```

mod catalogue;
mod format;
mod grounds;
mod instrument;
mod parse;
mod provision;
mod status;
mod time_limit;

pub use crate::cite::{Citation, InstrumentId, Point};
pub use catalogue::{Catalogue, Instruments};
pub use grounds::{Ground, GroundKind, GroundOrigin, Succession};
pub use instrument::{Instrument, InstrumentKind};
pub use parse::CitationScan;
pub use provision::Provision;
pub use status::Status;
pub use time_limit::{Bound, Limit, LimitQuery, LimitScope, TimeLimit};
