//! How a regulation applies the law's time limits to its steps: which steps have a deadline,
//! which time-limit rules are tried (first row in force that covers the request wins), whom the
//! deadline binds, and which requesters the law names (any other requester applies the limit by
//! interpretation).

use super::ActionKindId;
use crate::org::RoleId;
use crate::text::Label;
use crate::vocab::CommandKind;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What a deadline rule times.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", tag = "kind")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub enum DeadlineSubject {
    /// A removal request sent to a platform or an account owner: the addressee's deadline. —
    /// Yêu cầu gỡ bỏ gửi nền tảng hoặc chủ tài khoản.
    RemovalRequest,
    /// An action of this kind: the acting body's deadline. — Việc xử lý thuộc loại này.
    Action {
        /// The action kind. — Loại việc.
        action: ActionKindId,
    },
    /// The step `expect`, due after the step `after`, from a body playing `binds`. — Bước phải
    /// thực hiện sau một bước khác.
    Step {
        /// The step that starts the clock. — Bước bắt đầu tính.
        after: CommandKind,
        /// The step that stops it. — Bước phải thực hiện.
        expect: CommandKind,
        /// The role that must take it. — Vai trò phải thực hiện.
        binds: RoleId,
    },
}

/// One time-limit rule tried for a subject.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct LimitApplication {
    /// The time-limit rule (`rule` of the catalogue's rows). — Nhóm thời hạn.
    pub rule: String,
    /// The requesters the law names for it; a request by another role applies the limit by
    /// interpretation. Empty: the law names none of the regulation's roles. — Các vai trò được
    /// pháp luật nêu là bên yêu cầu.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub named_requesters: Vec<RoleId>,
    /// Remarks. — Ghi chú.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}

/// The deadline of one kind of step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct DeadlineRule {
    /// Stable id. — Mã.
    pub id: String,
    /// What it times. — Đối tượng tính thời hạn.
    pub on: DeadlineSubject,
    /// The time-limit rules tried, in order. — Các nhóm thời hạn, theo thứ tự ưu tiên.
    pub apply: Vec<LimitApplication>,
    /// Remarks. — Ghi chú.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}
