//! [`Regulation`]: one province's rules as a serialisable value, composed of parts defined in
//! the layers below: the legal [`Catalogue`], the [`Register`] of roles and bodies, the
//! responsibility [`Matrix`], the [`Workflow`] and the [`ReportingRules`]. The Khánh Hòa QĐ
//! 2086/QĐ-UBND value is built in ([`Regulation::khanh_hoa`]) from the JSON tables in
//! `crates/core/data/`; any other regulation is loaded with [`Regulation::from_json`], which
//! validates the whole document and reports every problem with its JSON pointer.

mod builtin;
mod interpretations;
mod law_map;
mod lookup;
mod queries;
mod registration;
mod scope;
mod structure;
mod validate;
mod vocabulary;

pub use interpretations::FlaggedRow;
pub use law_map::LawMapEntry;
pub use scope::{Coverage, Interpretation, PreviousVersion, ScopeEntry};
pub use structure::{Article, Chapter};
pub use validate::MAX_PROBLEMS;
pub use vocabulary::{Term, VOCABULARIES};

use crate::duty::Matrix;
use crate::error::Result;
use crate::law::{Catalogue, InstrumentId};
use crate::org::Register;
use crate::rules::{ReportingRules, Workflow};
use crate::text::Label;
use crate::validity::Validity;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One province's coordination regulation, with the legal catalogue it depends on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Regulation {
    /// Stable id, e.g. `khanh-hoa-2086`. — Mã quy chế.
    pub id: String,
    /// Version of this data set (changes whenever a table changes; recorded in every
    /// event). — Phiên bản dữ liệu.
    pub version: String,
    /// The instrument that issued the regulation. — Văn bản ban hành quy chế.
    pub instrument: InstrumentId,
    /// Province name. — Tên tỉnh.
    pub province: Label,
    /// Title of the regulation. — Tên quy chế.
    pub title: Label,
    /// Date signed. — Ngày ký.
    pub signed: NaiveDate,
    /// Period in force. — Thời gian có hiệu lực.
    pub in_force: Validity,
    /// True for a regulation invented for tests, never to be applied. — Quy chế hư cấu (chỉ để
    /// kiểm thử).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub fictional: bool,
    /// The territories it covers, and when. — Địa bàn áp dụng.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scope: Vec<ScopeEntry>,
    /// Earlier data versions whose logs still replay (integrity checked, guards not
    /// re-run). — Các phiên bản dữ liệu trước.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub previous_versions: Vec<PreviousVersion>,
    /// The interpretations the data rests on, each with the provision it reads. — Các cách hiểu.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interpretations: Vec<Interpretation>,
    /// Chapters and articles with their headings. — Chương, điều.
    pub chapters: Vec<Chapter>,
    /// The legal catalogue. — Danh mục pháp lý.
    pub catalogue: Catalogue,
    /// Roles, bodies, assignments, territories. — Vai trò, cơ quan, phân công, địa bàn.
    pub register: Register,
    /// The responsibility matrix. — Ma trận trách nhiệm.
    pub matrix: Matrix,
    /// The case workflow. — Quy trình xử lý vụ việc.
    pub workflow: Workflow,
    /// Reporting obligations, data windows and deadlines. — Chế độ báo cáo.
    pub reporting: ReportingRules,
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

    /// Loads and validates a regulation document. Every problem is reported: the first is the
    /// error, the others are in `related` (at most [`MAX_PROBLEMS`]), each with its JSON pointer.
    ///
    /// ```
    /// let text = quyche::Regulation::khanh_hoa().to_json();
    /// let reg = quyche::Regulation::from_json(&text).unwrap();
    /// assert_eq!(reg.id, "khanh-hoa-2086");
    /// let broken = text.replace("\"coordinator\": \"lead_agency\"", "\"coordinator\": \"nobody\"");
    /// let e = quyche::Regulation::from_json(&broken).unwrap_err();
    /// assert_eq!(e.path.as_deref(), Some("/workflow/coordinator"));
    /// ```
    pub fn from_json(text: &str) -> Result<Regulation> {
        let reg: Regulation = crate::json::from_str(text)?;
        reg.validate()?;
        Ok(reg)
    }

    /// The regulation as pretty JSON (what [`Regulation::from_json`] reads back).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}
