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
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case", tag = "kind")]
#[schemars(transform = crate::json::by_hand::describe_tag(
    "kind",
    "What is timed: a removal request, an action, or a step. \
     — Loại đối tượng tính thời hạn: yêu cầu gỡ bỏ, việc xử lý hoặc một bước."
))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub enum DeadlineSubject {
    /// A removal request sent to a platform or an account owner: the addressee's
    /// deadline. — Yêu cầu gỡ bỏ gửi nền tảng hoặc chủ tài khoản.
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

/// Decoded by hand, strictly: `kind`, plus the members of its variant.
impl<'de> Deserialize<'de> for DeadlineSubject {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use crate::json::by_hand::{absent, required};
        /// The JSON form: the tag and every variant's members.
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Form {
            kind: Kind,
            #[serde(default, deserialize_with = "crate::json::by_hand::given")]
            action: Option<ActionKindId>,
            #[serde(default, deserialize_with = "crate::json::by_hand::given")]
            after: Option<CommandKind>,
            #[serde(default, deserialize_with = "crate::json::by_hand::given")]
            expect: Option<CommandKind>,
            #[serde(default, deserialize_with = "crate::json::by_hand::given")]
            binds: Option<RoleId>,
        }
        #[derive(Deserialize)]
        #[serde(rename_all = "snake_case")]
        enum Kind {
            RemovalRequest,
            Action,
            Step,
        }
        let f = Form::deserialize(d)?;
        let step = ["kind", "after", "expect", "binds"];
        Ok(match f.kind {
            Kind::RemovalRequest => {
                absent(&f.action, "action", &["kind"])?;
                absent(&f.after, "after", &["kind"])?;
                absent(&f.expect, "expect", &["kind"])?;
                absent(&f.binds, "binds", &["kind"])?;
                DeadlineSubject::RemovalRequest
            }
            Kind::Action => {
                absent(&f.after, "after", &["kind", "action"])?;
                absent(&f.expect, "expect", &["kind", "action"])?;
                absent(&f.binds, "binds", &["kind", "action"])?;
                DeadlineSubject::Action {
                    action: required(f.action, "action")?,
                }
            }
            Kind::Step => {
                absent(&f.action, "action", &step)?;
                DeadlineSubject::Step {
                    after: required(f.after, "after")?,
                    expect: required(f.expect, "expect")?,
                    binds: required(f.binds, "binds")?,
                }
            }
        })
    }
}
