//! # quyche — rules as code for coordinating the monitoring and handling of false and harmful
//! online information
//!
//! One engine for any regulation of this kind, with Khánh Hòa's QĐ 2086/QĐ-UBND (2020) built in as
//! data. The law is data (roles, action kinds, the workflow table, guard and advisory citations,
//! time-limit rules, reporting rules): another province's regulation, or 2086's successor, is a
//! JSON document loaded with [`Regulation::from_json`], with no Rust to change.
//!
//! Every answer is given **as of a date** (the law moved in 2024–2026 and several bodies merged in
//! 2025) and every legal fact carries a [`law::Status`] saying how sure it is.
//!
//! ## Layers (each module imports only from those above it in this table)
//!
//! | Layer | Module | Holds |
//! |---|---|---|
//! | ground | [`text`], [`validity`], [`cite`], [`error`], [`json`], [`vocab`] (in this order) | bilingual labels and NFC; dated validity; a reference to a provision ([`Citation`]); one error shape; the strict JSON reader, decoder, writers and limits; the engine's closed vocabularies |
//! | law | [`law`] | instruments, provisions, [`law::Citation`], grounds with successors, time limits: the [`law::Catalogue`] |
//! | time | [`time`] | Vietnam time, the lunar calendar, holidays, working days |
//! | org | [`org`] | roles (data), bodies over time with successors, territories: the [`org::Register`] |
//! | duty | [`duty`] | the responsibility matrix: the [`duty::Matrix`] |
//! | rules | [`rules`] | the data types of the workflow table, action kinds, deadlines, advisories and reporting rules |
//! | regulation | [`regulation`] | [`Regulation`] = catalogue + register + matrix + workflow + reporting; the built-in Khánh Hòa data; validation |
//! | case | [`case`] | commands, guards (one file per stage), events, the hash-chained log, replay, migration |
//! | report | [`report`] | reporting calendars, compiling reports, the report as a document |
//! | — | [`schema`] | the JSON Schemas of every exchanged type |
//!
//! Binding support (the JSON-string API, JSON Lines) is the `quyche-ffi` crate, above all of
//! these; nothing here imports it. The test `tests/layers.rs` reads every source file and fails
//! on an import from a module at the same rank or above.
//!
//! ```
//! use quyche::Regulation;
//! use quyche::org::RoleId;
//! use chrono::NaiveDate;
//!
//! let reg = Regulation::khanh_hoa();
//! let day = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
//! let lead = reg.body_for(&RoleId::new("lead_agency"), day);
//! assert!(lead.iter().any(|a| a.body.as_str() == "so-vhttdl"));
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod case;
pub mod cite;
pub mod duty;
pub mod error;
pub mod json;
pub mod law;
pub mod org;
pub mod regulation;
pub mod report;
pub mod rules;
pub mod schema;
pub mod text;
pub mod time;
pub mod validity;
pub mod vocab;

/// The date and time library of the API's types (`DateTime<FixedOffset>`, `NaiveDate`), so that
/// callers use the same version: `quyche::chrono::NaiveDate`.
pub use chrono;
pub use error::{Error, ErrorCode, ErrorData, Result};
pub use law::{Citation, Status};
pub use regulation::Regulation;
pub use text::Label;
pub use validity::Validity;

/// The crate README's Rust examples run as doctests, so they stay true. It is the crate's own
/// file (`crates/core/README.md`, packaged with the crate), not the repository's README, so the
/// doctest also builds from the published package.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
