//! # quyche-docs — document formats other than JSON and Markdown
//!
//! The files an official signs, sends or opens in a spreadsheet, written from the core's models
//! (DESIGN.md: "Document formats other than JSON and Markdown (DOCX, CSV) live outside the core,
//! in a crate the CLI and the Python package share"). **No rule lives here**: which ground is in
//! force, which provision sets a deadline, who may publish, what is personal data — every such
//! answer is the core's ([`quyche::report`]); this crate only lays the answers out.
//!
//! | Item | Writes |
//! |---|---|
//! | [`report_docx`] | the periodic report ([`quyche::report::ReportDocument`]) as DOCX, in the layout of Nghị định 30/2020 (Phụ lục I) |
//! | [`removal_request_docx`] | a removal request ([`quyche::report::RemovalNotice`]) as a DOCX letter |
//! | [`cases_csv`] | cases as CSV, one row per case ([`quyche::report::CaseRow`]: no personal data) |
//! | [`report_csv`] | a compiled report's figures as CSV, one row per figure ([`quyche::report::figure_rows`]) |
//! | [`docx::dated`], [`docx::date_line`] | the place and date line as Nghị định 30/2020 writes it ("Khánh Hòa, ngày 05 tháng 8 năm 2026") |
//! | [`claim_reviews`] | schema.org `ClaimReview` JSON-LD of a published case ([`quyche::report::PublishedFinding`]) |
//!
//! Errors are the core's [`quyche::Error`].
#![forbid(unsafe_code)]
#![warn(missing_docs)]
// As in the core: `quyche::Error` is one rich value; refusals are not a hot path.
#![allow(clippy::result_large_err)]

mod claim_review;
pub mod docx;
mod tables;

pub use claim_review::claim_reviews;
pub use docx::{removal_request_docx, report_docx};
pub use tables::{CASE_COLUMNS, CsvOptions, FIGURE_COLUMNS, cases_csv, report_csv};
