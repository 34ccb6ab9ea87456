//! One row of the responsibility matrix.

use super::{ActivityId, Participation};
use crate::law::Citation;
use crate::org::{Obligation, RoleId};
use crate::text::Label;
use crate::validity::Validity;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A further role bound by the same provision as a duty's principal role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct CoHolder {
    /// The role. — Vai trò.
    pub role: RoleId,
    /// When the role holds the duty (default: whenever the regulation is in force). — Thời gian.
    #[serde(default, skip_serializing_if = "is_always")]
    pub valid: Validity,
    /// True when the text does not name this role and holding the duty is an
    /// interpretation. — Là cách hiểu.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub interpretation: bool,
    /// Remarks. — Ghi chú.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}

fn is_always(v: &Validity) -> bool {
    *v == Validity::ALWAYS
}

/// One duty of the regulation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Duty {
    /// Stable id, e.g. `7.1.a.2` or `5.1`: article, clause, point and sub-item of its
    /// citation. — Mã nhiệm vụ.
    pub id: String,
    /// The provision that sets it. — Điều khoản quy định.
    pub citation: Citation,
    /// Who holds it (the principal role when the provision binds several). — Vai trò chính.
    pub role: RoleId,
    /// Further roles bound by the same provision. — Các vai trò cùng thực hiện.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<CoHolder>,
    /// The activity it serves. — Hoạt động.
    pub activity: ActivityId,
    /// How the role takes part. — Hình thức tham gia.
    pub participation: Participation,
    /// The other roles it works with or reports to. — Các vai trò phối hợp, nhận báo cáo.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub counterparts: Vec<RoleId>,
    /// Mandatory, or requested (a body outside the issuing authority). — Bắt buộc hay đề nghị.
    pub obligation: Obligation,
    /// The duty in our words. — Nội dung (diễn đạt lại).
    pub label: Label,
    /// Why the row is encoded this way. — Ghi chú cách mã hóa.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}

impl Duty {
    /// The principal role, then each co-holder, without duplicates.
    pub fn holders(&self) -> Vec<&RoleId> {
        let mut out = vec![&self.role];
        for h in &self.also {
            if !out.contains(&&h.role) {
                out.push(&h.role);
            }
        }
        out
    }

    /// True when `role` holds the duty at some time (principal or co-holder).
    pub fn is_held_by(&self, role: &RoleId) -> bool {
        &self.role == role || self.also.iter().any(|h| &h.role == role)
    }

    /// True when `role` holds the duty on `day` (a co-holder only within its validity).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use quyche::org::RoleId;
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let d = reg.matrix.duty("7.3.a").unwrap();
    /// let day = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    /// let commune = RoleId::new("commune_committee");
    /// // Communes carry district duties only from 2025-07-01 (interpretation).
    /// assert!(!d.is_held_by_on(&commune, day(2025, 6, 30)));
    /// assert!(d.is_held_by_on(&commune, day(2025, 7, 1)));
    /// ```
    pub fn is_held_by_on(&self, role: &RoleId, day: NaiveDate) -> bool {
        &self.role == role
            || self
                .also
                .iter()
                .any(|h| &h.role == role && h.valid.contains(day))
    }

    /// True when `role` holds the duty only by interpretation.
    pub fn is_interpretation_for(&self, role: &RoleId) -> bool {
        &self.role != role
            && self.also.iter().any(|h| &h.role == role)
            && self
                .also
                .iter()
                .filter(|h| &h.role == role)
                .all(|h| h.interpretation)
    }
}
