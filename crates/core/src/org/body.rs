//! Concrete bodies, their names and successors over time, and which role each plays when.

use super::RoleId;
use crate::law::Status;
use crate::text::Label;
use crate::validity::Validity;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A body's stable id, e.g. `so-tttt`, `cong-an-tinh`.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct BodyId(pub String);

impl BodyId {
    /// Builds an id.
    pub fn new(id: &str) -> Self {
        BodyId(id.to_string())
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for BodyId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A name a body bore for a period (e.g. the commune level's "xã, phường, thị trấn" until
/// 2025-06-30).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct DatedName {
    /// The name. — Tên.
    pub name: Label,
    /// When it was borne. — Thời gian mang tên này.
    pub valid: Validity,
    /// How sure the name and its dates are. — Mức độ xác nhận.
    pub status: Status,
}

/// A body that took over (part of) another's work when it ceased to exist.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct BodySuccessor {
    /// The successor. — Cơ quan kế thừa.
    pub body: BodyId,
    /// How sure the succession is. — Mức độ xác nhận.
    pub status: Status,
    /// What it took over, when only part (e.g. the press and content functions). — Phần chức
    /// năng được kế thừa.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Label>,
}

/// A concrete body (agency, committee, association, outlet, team).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Body {
    /// Stable id. — Mã cơ quan.
    pub id: BodyId,
    /// Official name (the current one, or the last it bore). — Tên chính thức.
    pub name: Label,
    /// Other names with their dates; on a date one of them covers, it is the body's
    /// name. — Các tên theo thời gian.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<DatedName>,
    /// When it existed. — Thời gian tồn tại.
    pub valid: Validity,
    /// The bodies that took over its work. — Cơ quan kế thừa.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub successors: Vec<BodySuccessor>,
    /// The body it belongs to, named above it in a document's header (e.g. the provincial
    /// People's Committee above a department). — Cơ quan chủ quản.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<BodyId>,
    /// The abbreviation in document numbers (e.g. `SVHTTDL` in "Số: …/BC-SVHTTDL"). — Chữ viết
    /// tắt trong số văn bản.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abbreviation: Option<String>,
    /// The title of its head, who signs its documents (e.g. "Giám đốc"). — Chức danh người
    /// đứng đầu.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub head: Option<Label>,
    /// How sure the dates and succession are. — Mức độ xác nhận.
    pub status: Status,
    /// Remarks. — Ghi chú.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}

/// "Body B plays role R from … to …", optionally for a subset of the role's duties (e.g. the
/// lead agency's IT duties went to another department in 2025).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct RoleAssignment {
    /// The role. — Vai trò.
    pub role: RoleId,
    /// The body playing it. — Cơ quan đảm nhận.
    pub body: BodyId,
    /// When. — Thời gian.
    pub valid: Validity,
    /// Duty ids this assignment covers; empty = all of the role's duties. — Các nhiệm vụ được
    /// giao (để trống: mọi nhiệm vụ của vai trò).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub duties: Vec<String>,
    /// How sure the assignment is. — Mức độ xác nhận.
    pub status: Status,
    /// True when the assignment is an interpretation (the text does not say it). — Là cách
    /// hiểu, không phải quy định.
    #[serde(default)]
    pub interpretation: bool,
    /// Remarks. — Ghi chú.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}

impl Body {
    /// True when the body exists (under one of its names) on `day`.
    pub fn exists_on(&self, day: NaiveDate) -> bool {
        self.valid.contains(day)
    }

    /// The body's name on `day`: the dated name covering it, else [`Body::name`].
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use quyche::org::BodyId;
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let xa = reg.body(&BodyId::new("ubnd-cap-xa")).unwrap();
    /// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert!(xa.name_on(day(2024, 1, 1)).vi.contains("thị trấn"));
    /// assert!(xa.name_on(day(2026, 1, 1)).vi.contains("đặc khu"));
    /// ```
    pub fn name_on(&self, day: NaiveDate) -> &Label {
        self.names
            .iter()
            .find(|n| n.valid.contains(day))
            .map_or(&self.name, |n| &n.name)
    }

    /// A bilingual warning when the body's dates or succession are not confirmed (status P or
    /// U), for display next to any answer that rests on it.
    pub fn caveat(&self) -> Option<Label> {
        status_caveat(self.status, false)
    }
}

impl RoleAssignment {
    /// True when the assignment holds on `day`.
    pub fn applies_on(&self, day: NaiveDate) -> bool {
        self.valid.contains(day)
    }

    /// True when the assignment covers duty `duty_id` (an empty `duties` list covers every duty
    /// of the role).
    pub fn covers(&self, duty_id: &str) -> bool {
        self.duties.is_empty() || self.duties.iter().any(|d| d == duty_id)
    }

    /// True when the assignment was read in the text: confirmed (C or C-ocr) and not an
    /// interpretation.
    pub fn is_sure(&self) -> bool {
        self.status.is_confirmed() && !self.interpretation
    }

    /// A bilingual warning when the assignment is an interpretation or its status is not
    /// confirmed; `None` when it was read in the text (C or C-ocr).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use quyche::org::RoleId;
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let day = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
    /// let lead = &reg.body_for(&RoleId::new("lead_agency"), day)[0];
    /// assert!(lead.caveat().unwrap().en.contains("partly confirmed"));
    /// ```
    pub fn caveat(&self) -> Option<Label> {
        status_caveat(self.status, self.interpretation)
    }
}

fn status_caveat(status: Status, interpretation: bool) -> Option<Label> {
    if interpretation {
        return Some(Label::new(
            "Cách hiểu của thư viện, không phải quy định trong văn bản (chưa xác nhận)",
            "The library's interpretation, not a rule read in the text (unconfirmed)",
        ));
    }
    if status.is_confirmed() {
        return None;
    }
    let s = status.label();
    Some(Label::new(
        format!("Thông tin {} (mức {})", s.vi, status.code()),
        format!("This fact is {} (status {})", s.en, status.code()),
    ))
}
