//! Roles, as a regulation's data: each regulation names its own (the built-in one: the lead
//! agency, the police, departments, committees, the press, the Party commissions, the People's
//! Committee), with the kind of obligation each carries and the provision that sets its duties.

use crate::law::Citation;
use crate::text::Label;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A role's id, e.g. `lead_agency`: snake_case ASCII, declared in the regulation's `roles`
/// table.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct RoleId(pub String);

impl RoleId {
    /// Builds an id.
    pub fn new(id: &str) -> Self {
        RoleId(id.to_string())
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for RoleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for RoleId {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

/// Whether a role's duties bind it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub enum Obligation {
    /// Binding (a body under the authority that issued the regulation).
    #[default]
    Mandatory,
    /// A request ("Đề nghị") to a body outside that authority (e.g. a Party commission): it
    /// takes part and gives opinions, and may be requested only what its duties name.
    Requested,
}

/// One role of a regulation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Role {
    /// Stable id. — Mã vai trò.
    pub id: RoleId,
    /// Name in Vietnamese and English. — Tên vai trò.
    pub label: Label,
    /// Mandatory duties, or a request to a body outside the issuing authority. — Bắt buộc hay
    /// đề nghị.
    #[serde(default)]
    pub obligation: Obligation,
    /// True when the regulation gives the role to one named body: at most one body plays it for
    /// all of its duties on any day. — Vai trò chỉ do một cơ quan đảm nhận.
    #[serde(default)]
    pub single_body: bool,
    /// The provision that sets the role's duties, if any. — Điều khoản quy định nhiệm vụ.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provision: Option<Citation>,
    /// Remarks. — Ghi chú.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}
