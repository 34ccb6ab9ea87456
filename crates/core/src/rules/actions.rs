//! Action kinds, as a regulation's data: for each, the roles that may take it within their own
//! authority, be requested it by the coordinating body, or be directed to it, with the articles
//! that give them the duty.

use crate::law::Citation;
use crate::org::RoleId;
use crate::text::Label;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An action kind's id, e.g. `administrative_sanction`.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct ActionKindId(pub String);

impl ActionKindId {
    /// Builds an id.
    pub fn new(id: &str) -> Self {
        ActionKindId(id.to_string())
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for ActionKindId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A role's standing for an action kind, with the articles that give it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct RoleGrant {
    /// The role. — Vai trò.
    pub role: RoleId,
    /// The articles. — Điều khoản.
    pub citations: Vec<Citation>,
    /// True when the grant is an interpretation. — Là cách hiểu.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub interpretation: bool,
    /// Remarks. — Ghi chú.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}

/// One kind of handling action.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct ActionKind {
    /// Stable id. — Mã loại việc.
    pub id: ActionKindId,
    /// Name. — Tên.
    pub label: Label,
    /// Roles that take it within their own authority (`take_action`). — Vai trò tự xử lý theo
    /// thẩm quyền.
    #[serde(default)]
    pub takers: Vec<RoleGrant>,
    /// Roles the coordinating body may request it of (`request_action`). — Vai trò được đề nghị.
    #[serde(default)]
    pub requestable: Vec<RoleGrant>,
    /// Roles that may be directed to it (`direct_action`). — Vai trò được chỉ đạo.
    #[serde(default)]
    pub directable: Vec<RoleGrant>,
    /// True for an interim measure, taken before the conclusion where the workflow allows
    /// it. — Biện pháp tạm thời.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub interim: bool,
    /// Remarks. — Ghi chú.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}

impl ActionKind {
    /// The taker grant of `role`, if any.
    pub fn taker(&self, role: &RoleId) -> Option<&RoleGrant> {
        self.takers.iter().find(|g| &g.role == role)
    }

    /// The request grant of `role`, if any.
    pub fn requestable_of(&self, role: &RoleId) -> Option<&RoleGrant> {
        self.requestable.iter().find(|g| &g.role == role)
    }

    /// The direction grant of `role`, if any.
    pub fn directable_of(&self, role: &RoleId) -> Option<&RoleGrant> {
        self.directable.iter().find(|g| &g.role == role)
    }
}
