//! Concrete bodies and which role each plays when.

use super::Role;
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

/// A concrete body (agency, committee, association, outlet).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Body {
    /// Stable id.
    pub id: BodyId,
    /// Official name.
    pub name: Label,
    /// When it existed under this name.
    pub valid: Validity,
    /// The body that took it over, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub successor: Option<BodyId>,
    /// How sure the dates and succession are.
    pub status: Status,
    /// Remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}

/// "Body B plays role R from … to …", optionally for a subset of the role's duties (e.g. the lead
/// agency's IT duties of Điều 7.1.e went to Sở KH&CN in 2025).
///
/// When one assignment lists a duty explicitly and another assignment of the same role covers
/// all duties (`duties` empty), the explicit one wins for that duty: see
/// [`Regulation::bodies_for_duty`](crate::Regulation::bodies_for_duty).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct RoleAssignment {
    /// The role.
    pub role: Role,
    /// The body playing it.
    pub body: BodyId,
    /// When.
    pub valid: Validity,
    /// Duty ids this assignment covers; empty = all of the role's duties.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub duties: Vec<String>,
    /// How sure the assignment is.
    pub status: Status,
    /// True when the assignment is our interpretation (e.g. commune committees taking over
    /// district duties).
    #[serde(default)]
    pub interpretation: bool,
    /// Remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}

impl Body {
    /// True when the body exists (under this name) on `day`.
    pub fn exists_on(&self, day: NaiveDate) -> bool {
        self.valid.contains(day)
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

    /// A bilingual warning when the assignment is an interpretation or its status is not
    /// confirmed; `None` when it was read in the text (C or C-ocr).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use quyche::org::Role;
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let day = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
    /// let lead = &reg.body_for(Role::LeadAgency, day)[0];
    /// assert!(lead.caveat().unwrap().en.contains("partly confirmed"));
    /// ```
    pub fn caveat(&self) -> Option<Label> {
        status_caveat(self.status, self.interpretation)
    }
}

fn status_caveat(status: Status, interpretation: bool) -> Option<Label> {
    if interpretation {
        return Some(Label::new(
            "Diễn giải của thư viện, không phải quy định trong văn bản (chưa xác nhận)",
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
