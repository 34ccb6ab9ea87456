//! Legal instruments (laws, decrees, decisions, circulars) with their dates and successors
//! (`legal/README.md` §6).

use super::{InstrumentId, Status};
use crate::text::Label;
use crate::validity::Validity;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The kind of an instrument.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub enum InstrumentKind {
    /// Luật (a law of the National Assembly).
    Law,
    /// Nghị định (a government decree).
    Decree,
    /// Quyết định (a decision, e.g. of a provincial People's Committee).
    Decision,
    /// Thông tư (a ministerial circular).
    Circular,
}

/// One legal instrument with its metadata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Instrument {
    /// Official number, used as the id. — Số hiệu văn bản, dùng làm mã.
    pub id: InstrumentId,
    /// Kind of instrument. — Loại văn bản.
    pub kind: InstrumentKind,
    /// Issuing body. — Cơ quan ban hành.
    pub issuer: Label,
    /// Date signed, when known to the day. — Ngày ký.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed: Option<NaiveDate>,
    /// Period in force. — Thời gian có hiệu lực.
    pub in_force: Validity,
    /// The instrument that replaced it, if any. — Văn bản thay thế.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub successor: Option<InstrumentId>,
    /// How sure the replacement is, when less sure than the instrument's own metadata (e.g. that
    /// a decree replaced another, read only in a news report: P). — Mức độ xác nhận việc thay
    /// thế.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub successor_status: Option<Status>,
    /// Short name used in citations, e.g. "Luật An ninh mạng 2018" / "Cybersecurity Law
    /// 2018". — Tên gọi tắt khi viện dẫn.
    pub short: Label,
    /// Full title. — Tên đầy đủ.
    pub title: Label,
    /// Other names it is cited by (matched after diacritic folding), e.g. "Luật ANM
    /// 2018". — Các tên gọi khác khi viện dẫn.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// How sure the metadata is. — Mức độ xác nhận.
    pub status: Status,
    /// Remarks (e.g. which parts have other dates). — Ghi chú.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}

impl Instrument {
    /// True when the instrument is in force on `day`.
    pub fn in_force_on(&self, day: NaiveDate) -> bool {
        self.in_force.contains(day)
    }
}
