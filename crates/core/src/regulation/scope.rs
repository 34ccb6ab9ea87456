//! Where and when a regulation applies, the data versions whose logs it still replays, and the
//! interpretations its data rests on.

use super::Regulation;
use crate::error::{Error, ErrorCode, Result};
use crate::law::{Citation, Status};
use crate::org::TerritoryId;
use crate::text::Label;
use crate::validity::Validity;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// "The regulation applies to this territory in this period."
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct ScopeEntry {
    /// The territory. — Địa bàn.
    pub territory: TerritoryId,
    /// When. — Thời gian.
    pub valid: Validity,
    /// How sure the fact is. — Mức độ xác nhận.
    pub status: Status,
    /// Remarks. — Ghi chú.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}

/// An earlier version of the data: logs recorded under it replay with their hash chain checked
/// and their recorded effects taken as they are, since the rules they were checked against have
/// changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct PreviousVersion {
    /// The version string recorded in its events. — Phiên bản.
    pub version: String,
    /// What changed since. — Những thay đổi.
    pub changes: Label,
    /// Action kinds renamed since: old id → current id. — Các loại việc đã đổi mã.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub renamed_action_kinds: std::collections::BTreeMap<String, String>,
}

/// An interpretation the data rests on: where the text is silent or outdated, what the library
/// reads, and the other reading.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Interpretation {
    /// Stable id. — Mã.
    pub id: String,
    /// The provisions read. — Điều khoản được hiểu.
    pub provisions: Vec<Citation>,
    /// What the library reads. — Cách hiểu của thư viện.
    pub reading: Label,
    /// The other reading, when one is plausible. — Cách hiểu khác.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternative: Option<Label>,
}

/// How much of a territory a regulation covers on a date.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Coverage {
    /// The whole territory, with the status of the fact.
    Full(Status),
    /// Some parts of it only: those covered and those not.
    Partial {
        /// Parts covered.
        covered: Vec<TerritoryId>,
        /// Parts not covered.
        uncovered: Vec<TerritoryId>,
    },
    /// None of it.
    None,
}

impl Regulation {
    /// How much of `territory` the regulation covers on `day`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use quyche::org::TerritoryId;
    /// use quyche::regulation::Coverage;
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let day = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    /// assert!(matches!(reg.coverage(&TerritoryId::new("khanh-hoa-cu"), day), Coverage::Full(_)));
    /// assert_eq!(reg.coverage(&TerritoryId::new("ninh-thuan-cu"), day), Coverage::None);
    /// assert!(matches!(reg.coverage(&TerritoryId::new("khanh-hoa"), day), Coverage::Partial { .. }));
    /// ```
    pub fn coverage(&self, territory: &TerritoryId, day: NaiveDate) -> Coverage {
        let r = &self.register;
        let covering = |t: &TerritoryId| {
            self.scope
                .iter()
                .filter(|s| s.valid.contains(day))
                .find(|s| r.is_within(t, &s.territory))
                .map(|s| s.status)
        };
        if let Some(status) = covering(territory) {
            return Coverage::Full(status);
        }
        let parts: Vec<TerritoryId> = r
            .territory(territory)
            .map(|t| t.parts.clone())
            .unwrap_or_default();
        let (covered, uncovered): (Vec<TerritoryId>, Vec<TerritoryId>) =
            parts.into_iter().partition(|p| covering(p).is_some());
        if covered.is_empty() {
            Coverage::None
        } else {
            Coverage::Partial { covered, uncovered }
        }
    }

    /// The regulation if it covers the whole of `territory` on `day`; otherwise
    /// [`ErrorCode::NoRegulationKnown`], saying which parts it covers, if any, rather than
    /// applying it silently.
    pub fn governing(&self, territory: &TerritoryId, day: NaiveDate) -> Result<&Regulation> {
        let name = |t: &TerritoryId| {
            self.register
                .territory(t)
                .map_or_else(|| Label::new(t.as_str(), t.as_str()), |x| x.name.clone())
        };
        let here = name(territory);
        match self.coverage(territory, day) {
            Coverage::Full(_) => Ok(self),
            Coverage::None => Err(Error::new(
                ErrorCode::NoRegulationKnown,
                format!(
                    "No regulation of this kind is known for {} on {day}: {} does not apply there.",
                    here.en, self.title.en
                ),
                format!(
                    "Chưa biết quy chế nào về lĩnh vực này áp dụng cho {} vào ngày {}: {} không áp dụng tại đây.",
                    here.vi,
                    day.format("%d/%m/%Y"),
                    self.title.vi
                ),
            )),
            Coverage::Partial { covered, uncovered } => {
                let list = |v: &[TerritoryId], en: bool| {
                    v.iter()
                        .map(|t| if en { name(t).en } else { name(t).vi })
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                Err(Error::new(
                    ErrorCode::NoRegulationKnown,
                    format!(
                        "On {day} the regulation covers only part of {}: {}. No regulation of this kind is known for: {}.",
                        here.en,
                        list(&covered, true),
                        list(&uncovered, true)
                    ),
                    format!(
                        "Vào ngày {} quy chế chỉ áp dụng cho một phần của {}: {}. Chưa biết quy chế nào về lĩnh vực này cho: {}.",
                        day.format("%d/%m/%Y"),
                        here.vi,
                        list(&covered, false),
                        list(&uncovered, false)
                    ),
                ))
            }
        }
    }
}
