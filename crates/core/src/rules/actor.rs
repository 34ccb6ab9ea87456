//! The "who may" column of the workflow table.

use crate::org::RoleId;
use crate::text::Label;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Who may issue a command.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case", tag = "kind")]
#[schemars(transform = crate::json::by_hand::describe_tag(
    "kind",
    "Which rule: a body by its part in the case, bodies playing some roles, or any of several \
     rules. — Loại quy tắc xác định cơ quan được thực hiện bước."
))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub enum ActorRule {
    /// Any body playing a role of the regulation on that date. — Mọi cơ quan thuộc phạm vi.
    AnyBody,
    /// A body playing one of these roles on that date. — Cơ quan giữ một trong các vai trò.
    Roles {
        /// The roles. — Các vai trò.
        roles: Vec<RoleId>,
    },
    /// The body that detected the case. — Cơ quan phát hiện.
    Detector,
    /// A body consulted in the verification, or a body answering for it. — Cơ quan được lấy ý
    /// kiến (hoặc cơ quan kế thừa).
    Consulted,
    /// A body taking part in the case. — Cơ quan tham gia vụ việc.
    Participant,
    /// A body that may take the command's action kind within its own authority (the action
    /// table's takers). — Cơ quan có thẩm quyền xử lý loại việc này.
    ActionTaker,
    /// The body holding the open action concerned, or a body answering for it. — Cơ quan đang
    /// thực hiện việc xử lý (hoặc cơ quan kế thừa).
    ActionHolder,
    /// The body that opened the action, request or proposal concerned, or a body answering for
    /// it. — Cơ quan đã mở việc xử lý, yêu cầu hoặc đề xuất.
    Opener,
    /// The body that sent the removal request concerned, or a body answering for it. — Cơ quan
    /// đã gửi yêu cầu gỡ bỏ.
    PlatformRequester,
    /// Any of these rules. — Một trong các quy tắc.
    AnyOf {
        /// The rules. — Các quy tắc.
        rules: Vec<ActorRule>,
    },
}

impl ActorRule {
    /// Who the rule admits, in words (role names are looked up by `role_name`).
    pub fn describe(&self, role_name: &dyn Fn(&RoleId) -> Label) -> Label {
        let fixed = |vi: &str, en: &str| Label::new(vi, en);
        match self {
            ActorRule::AnyBody => fixed(
                "cơ quan thuộc phạm vi quy chế",
                "a body within the regulation's scope",
            ),
            ActorRule::Roles { roles } => join(roles.iter().map(role_name)),
            ActorRule::Detector => fixed(
                "cơ quan phát hiện vụ việc",
                "the body that detected the case",
            ),
            ActorRule::Consulted => fixed("cơ quan được lấy ý kiến", "a consulted body"),
            ActorRule::Participant => {
                fixed("cơ quan tham gia vụ việc", "a body taking part in the case")
            }
            ActorRule::ActionTaker => fixed(
                "cơ quan có thẩm quyền xử lý loại việc này",
                "a body with authority for this kind of action",
            ),
            ActorRule::ActionHolder => fixed(
                "cơ quan thực hiện việc xử lý",
                "the body carrying out the action",
            ),
            ActorRule::Opener => fixed(
                "cơ quan đã đề nghị, chỉ đạo hoặc tự xử lý",
                "the body that opened it",
            ),
            ActorRule::PlatformRequester => fixed(
                "cơ quan đã gửi yêu cầu gỡ bỏ",
                "the body that sent the removal request",
            ),
            ActorRule::AnyOf { rules } => join(rules.iter().map(|r| r.describe(role_name))),
        }
    }
}

fn join(labels: impl Iterator<Item = Label>) -> Label {
    let all: Vec<Label> = labels.collect();
    let vi: Vec<&str> = all.iter().map(|l| l.vi.as_str()).collect();
    let en: Vec<&str> = all.iter().map(|l| l.en.as_str()).collect();
    Label::new(vi.join(" hoặc "), en.join(" or "))
}

/// Decoded by hand, strictly (serde's derived decoding of an internally tagged enum drops members
/// the variant does not have): `kind`, plus `roles` for `roles` and `rules` for `any_of`.
impl<'de> Deserialize<'de> for ActorRule {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use crate::json::by_hand::{absent, required};
        /// The JSON form: the tag and every variant's members.
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Form {
            kind: Kind,
            #[serde(default, deserialize_with = "crate::json::by_hand::given")]
            roles: Option<Vec<RoleId>>,
            #[serde(default, deserialize_with = "crate::json::by_hand::given")]
            rules: Option<Vec<ActorRule>>,
        }
        #[derive(Deserialize)]
        #[serde(rename_all = "snake_case")]
        enum Kind {
            AnyBody,
            Roles,
            Detector,
            Consulted,
            Participant,
            ActionTaker,
            ActionHolder,
            Opener,
            PlatformRequester,
            AnyOf,
        }
        let f = Form::deserialize(d)?;
        if !matches!(f.kind, Kind::Roles) {
            absent(&f.roles, "roles", &["kind", "rules"])?;
        }
        if !matches!(f.kind, Kind::AnyOf) {
            absent(&f.rules, "rules", &["kind", "roles"])?;
        }
        Ok(match f.kind {
            Kind::AnyBody => ActorRule::AnyBody,
            Kind::Roles => ActorRule::Roles {
                roles: required(f.roles, "roles")?,
            },
            Kind::Detector => ActorRule::Detector,
            Kind::Consulted => ActorRule::Consulted,
            Kind::Participant => ActorRule::Participant,
            Kind::ActionTaker => ActorRule::ActionTaker,
            Kind::ActionHolder => ActorRule::ActionHolder,
            Kind::Opener => ActorRule::Opener,
            Kind::PlatformRequester => ActorRule::PlatformRequester,
            Kind::AnyOf => ActorRule::AnyOf {
                rules: required(f.rules, "rules")?,
            },
        })
    }
}
