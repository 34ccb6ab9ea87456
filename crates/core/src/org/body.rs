//! Concrete bodies and which role each plays when.

use super::Role;
use crate::law::Status;
use crate::text::Label;
use crate::validity::Validity;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A body's stable id, e.g. `so-tttt`, `cong-an-tinh`.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
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
