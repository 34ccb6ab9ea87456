//! Territories: the provinces and former provinces a regulation may cover, with their dates and
//! what they were made of (Khánh Hòa and Ninh Thuận merged on 2025-07-01, for instance).

use crate::law::Status;
use crate::text::Label;
use crate::validity::Validity;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A territory's id, e.g. `khanh-hoa-cu`.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct TerritoryId(pub String);

impl TerritoryId {
    /// Builds an id.
    pub fn new(id: &str) -> Self {
        TerritoryId(id.to_string())
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for TerritoryId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A province, a former province, or another area a regulation may cover.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Territory {
    /// Stable id. — Mã địa bàn.
    pub id: TerritoryId,
    /// Name. — Tên.
    pub name: Label,
    /// When it existed as an administrative unit; a former province's area stays a territory
    /// afterwards (a merged province's earlier documents stay in force in their old territory
    /// until replaced). — Thời gian tồn tại như một đơn vị hành chính.
    pub valid: Validity,
    /// The territories it was formed of, if it came from a merger. — Các địa bàn hợp thành.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<TerritoryId>,
    /// How sure the facts are. — Mức độ xác nhận.
    pub status: Status,
    /// Remarks. — Ghi chú.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}

impl Territory {
    /// True when the territory existed as an administrative unit on `day`.
    pub fn exists_on(&self, day: NaiveDate) -> bool {
        self.valid.contains(day)
    }
}
