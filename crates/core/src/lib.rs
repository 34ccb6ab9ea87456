//! # quyche — rules as code for QĐ 2086/QĐ-UBND (Khánh Hòa, 2020)
//!
//! The *Quy chế phối hợp theo dõi, xử lý thông tin sai sự thật, thông tin xấu, độc trên không
//! gian mạng* (the regulation on coordinating the monitoring and handling of false and harmful
//! online information) encoded once, as data and small pure functions, so that Rust backends,
//! Python analysts and web front-ends apply the same rules.
//!
//! Every answer is given **as of a date** (the law moved in 2024–2026 and several bodies merged
//! in 2025) and every legal fact carries a [`law::Status`] saying how sure it is.
//!
//! Modules, by layer: each imports only from the layers above it in this table (the ground floor
//! first). Binding support (the JSON-string API, JSON Lines bulk replay) is the separate crate
//! `quyche-ffi`, which this crate does not depend on.
//!
//! | Module | Layer | Holds |
//! |---|---|---|
//! | [`json`] | ground | JSON in and out for every type: the strict reader (limits, duplicate keys, NFC), the decoder with JSON pointers (unknown members refused), the one set of [`json::limits`], the canonical, compact and pretty writers |
//! | [`error`] | ground | one structured error shape with stable codes and JSON pointers |
//! | [`text`] | ground | bilingual labels, Unicode normalisation, diacritic folding |
//! | [`validity`] | ground | dated validity intervals shared by every dated fact |
//! | [`law`] | law | instruments, provisions, [`law::Citation`], the grounds of Điều 2.2, time limits |
//! | [`time`] | time | Vietnam time, the lunar calendar, holidays, working days, official schedules |
//! | [`org`] | org | roles, obligations, concrete bodies and who plays each role when |
//! | [`duty`] | duty | the responsibility matrix of Điều 5–9 |
//! | [`regulation`] | regulation | [`Regulation`]: one province's rules as a value; Khánh Hòa 2086 built in |
//! | [`case`] | case | commands, guards, events, the hash-chained log, replay, explanations |
//! | [`report`] | report | reporting rules, windows, due dates, compiling and rendering periodic reports |
//! | [`schema`] | (tooling) | the JSON Schemas of every exchanged type, as checked in under `schemas/` |
//!
//! ```
//! use quyche::Regulation;
//! use chrono::NaiveDate;
//!
//! let reg = Regulation::khanh_hoa();
//! let day = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
//! let lead = reg.body_for(quyche::org::Role::LeadAgency, day);
//! assert!(lead.iter().any(|a| a.body.as_str() == "so-vhttdl"));
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]
// `Error` is one rich structured value (messages in two languages, citations, a pointer); refusals
// are not a hot path, so boxing it would only make every caller's code noisier.
#![allow(clippy::result_large_err)]

pub mod case;
pub mod duty;
pub mod error;
pub mod json;
pub mod law;
pub mod org;
pub mod regulation;
pub mod report;
pub mod schema;
pub mod text;
pub mod time;
pub mod validity;

pub use error::{Error, ErrorCode, Result};
pub use law::{Citation, Status};
pub use regulation::Regulation;
pub use text::Label;
pub use validity::Validity;

/// The README's Rust examples run as doctests, so they stay true.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
struct ReadmeDoctests;
