//! Where results go: a regulation's routing of each role's result reports.

use crate::law::Citation;
use crate::org::RoleId;
use crate::text::Label;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A routing rule: results reported by a body playing one of `from_roles` go to `to`, with a
/// copy to `cc`. A rule with no `from_roles` applies to every other role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Route {
    /// The reporting roles; empty = every role no other rule names. — Vai trò báo cáo.
    #[serde(default)]
    pub from_roles: Vec<RoleId>,
    /// Main recipients. — Nơi nhận.
    pub to: Vec<RoleId>,
    /// Copies ("đồng gửi"). — Đồng gửi.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cc: Vec<RoleId>,
    /// The articles routing it. — Điều khoản.
    pub citations: Vec<Citation>,
    /// True when the routing is an interpretation. — Là cách hiểu.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub interpretation: bool,
    /// Remarks. — Ghi chú.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}
