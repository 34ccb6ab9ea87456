//! [`Regulation`]: one province's rules as a serialisable value. The Khánh Hòa QĐ 2086/QĐ-UBND
//! value is built in ([`Regulation::khanh_hoa`]) from the JSON tables in `crates/core/data/`;
//! other provinces load their own with [`Regulation::from_json`], which validates the document
//! and reports problems with JSON pointers.

mod builtin;
mod structure;
mod validate;

pub use structure::{Article, Chapter};

use crate::duty::Duty;
use crate::error::Result;
use crate::law::{Ground, Instrument, InstrumentId, Provision, TimeLimit};
use crate::org::{Body, RoleAssignment};
use crate::text::Label;
use crate::validity::Validity;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The instrument number of the Khánh Hòa regulation (the decision that issues it).
pub const KHANH_HOA_2086: &str = "2086/QĐ-UBND";

/// One province's coordination regulation, with the legal catalogue it depends on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Regulation {
    /// Stable id, e.g. `khanh-hoa-2086`.
    pub id: String,
    /// Version of this data set (changes whenever a table changes; recorded in every event).
    pub version: String,
    /// The instrument number that issued the regulation, e.g. `2086/QĐ-UBND`.
    pub instrument: InstrumentId,
    /// Province name.
    pub province: Label,
    /// Title of the regulation.
    pub title: Label,
    /// Date signed.
    pub signed: NaiveDate,
    /// Period in force.
    pub in_force: Validity,
    /// Chapters and articles with their headings.
    pub chapters: Vec<Chapter>,
    /// Instruments cited (including the regulation itself).
    pub instruments: Vec<Instrument>,
    /// Provision trees (article level at the top).
    pub provisions: Vec<Provision>,
    /// Grounds of Điều 2.2 and their successors.
    pub grounds: Vec<Ground>,
    /// Time limits from the wider legal environment.
    pub time_limits: Vec<TimeLimit>,
    /// Concrete bodies.
    pub bodies: Vec<Body>,
    /// Who plays which role when.
    pub assignments: Vec<RoleAssignment>,
    /// The responsibility matrix.
    pub duties: Vec<Duty>,
    /// The case workflow: transitions (who may do what, from which state) and action kinds.
    pub workflow: crate::case::Workflow,
    /// Reporting obligations, data windows and sending deadlines (Điều 8, 9.3; see
    /// [`crate::report`]).
    pub reporting: crate::report::ReportingRules,
}

impl Regulation {
    /// The built-in Khánh Hòa regulation (QĐ 2086/QĐ-UBND, 12 August 2020) with the legal
    /// facts of `legal/README.md`.
    ///
    /// ```
    /// let reg = quyche::Regulation::khanh_hoa();
    /// assert_eq!(reg.instrument.as_str(), "2086/QĐ-UBND");
    /// ```
    pub fn khanh_hoa() -> Regulation {
        builtin::khanh_hoa().clone()
    }

    /// A shared reference to the built-in Khánh Hòa regulation (parsed once).
    pub fn khanh_hoa_ref() -> &'static Regulation {
        builtin::khanh_hoa()
    }

    /// Loads and validates a regulation from JSON text. Errors carry a JSON pointer to the first
    /// bad field; further problems are listed in `related`.
    pub fn from_json(text: &str) -> Result<Regulation> {
        let reg: Regulation = crate::json::from_str(&crate::text::nfc(text))?;
        reg.validate()?;
        Ok(reg)
    }

    /// The regulation as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The instrument with number `id`, if catalogued.
    pub fn instrument(&self, id: &InstrumentId) -> Option<&Instrument> {
        self.instruments.iter().find(|i| &i.id == id)
    }
}
