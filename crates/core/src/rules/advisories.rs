//! Advisory rules: notices a regulation asks for while a case is in some states (consult a body
//! on some topics, consult the body managing the field or area). They never block a step.

use crate::law::Citation;
use crate::org::RoleId;
use crate::vocab::{CaseStatus, Topic};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One advisory rule.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case", tag = "kind")]
#[schemars(transform = crate::json::by_hand::describe_tag(
    "kind",
    "Which advice: consult a role on some topics, or the body managing the field or area. \
     — Loại khuyến nghị: lấy ý kiến một vai trò theo chủ đề, hoặc lấy ý kiến cơ quan quản lý \
     lĩnh vực, địa bàn."
))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub enum AdvisoryRule {
    /// While the case is in `states`, if its topics include one of `topics` and no body playing
    /// `role` is consulted yet: consult it (`CONSULT_ROLE`). — Đề nghị lấy ý kiến một vai trò
    /// theo chủ đề.
    ConsultOnTopics {
        /// The role to consult. — Vai trò cần lấy ý kiến.
        role: RoleId,
        /// The topics calling for it. — Các chủ đề.
        topics: Vec<Topic>,
        /// The states in which the advice is given. — Các trạng thái.
        states: Vec<CaseStatus>,
        /// The articles. — Điều khoản.
        citations: Vec<Citation>,
    },
    /// While the case is in `states`, if the body managing its field or area is known and not
    /// consulted yet: consult it (`CONSULT_AREA_OWNER`). — Đề nghị lấy ý kiến cơ quan quản lý
    /// lĩnh vực, địa bàn.
    ConsultAreaOwner {
        /// The states in which the advice is given. — Các trạng thái.
        states: Vec<CaseStatus>,
        /// The articles. — Điều khoản.
        citations: Vec<Citation>,
    },
}

/// Decoded by hand, strictly: `kind`, plus the members of its variant.
impl<'de> Deserialize<'de> for AdvisoryRule {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use crate::json::by_hand::{absent, required};
        /// The JSON form: the tag and every variant's members.
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Form {
            kind: Kind,
            #[serde(default, deserialize_with = "crate::json::by_hand::given")]
            role: Option<RoleId>,
            #[serde(default, deserialize_with = "crate::json::by_hand::given")]
            topics: Option<Vec<Topic>>,
            states: Vec<CaseStatus>,
            citations: Vec<Citation>,
        }
        #[derive(Deserialize)]
        #[serde(rename_all = "snake_case")]
        enum Kind {
            ConsultOnTopics,
            ConsultAreaOwner,
        }
        let f = Form::deserialize(d)?;
        Ok(match f.kind {
            Kind::ConsultOnTopics => AdvisoryRule::ConsultOnTopics {
                role: required(f.role, "role")?,
                topics: required(f.topics, "topics")?,
                states: f.states,
                citations: f.citations,
            },
            Kind::ConsultAreaOwner => {
                let allowed = ["kind", "states", "citations"];
                absent(&f.role, "role", &allowed)?;
                absent(&f.topics, "topics", &allowed)?;
                AdvisoryRule::ConsultAreaOwner {
                    states: f.states,
                    citations: f.citations,
                }
            }
        })
    }
}
