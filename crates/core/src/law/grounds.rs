//! The grounds of Điều 2.2 of the regulation — the only provisions that can make online
//! information "false or harmful" — and their successors after the 2024–2026 reforms
//! (`legal/README.md` §1).

use super::{Citation, InstrumentId, Status};
use crate::text::Label;
use crate::validity::Validity;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Why a provision counts as a ground.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case", tag = "kind")]
#[schemars(transform = crate::json::by_hand::describe_tag(
    "kind",
    "Named by the regulation itself, or the successor of a ground it names. \
     — Do quy chế nêu, hay kế thừa một căn cứ quy chế nêu."
))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub enum GroundOrigin {
    /// Named by the regulation itself (Điều 2.2 point a, b or c).
    Regulation {
        /// The point of Điều 2.2 that names it. — Điểm của khoản 2 Điều 2 nêu căn cứ này.
        cited_by: Citation,
    },
    /// Successor of a ground the regulation names. **Interpretation**: the regulation was not
    /// amended; we read its reference as moving to the successor provision.
    Successor {
        /// The id of the replaced ground. — Mã của căn cứ được thay thế.
        of: String,
    },
}

/// Decoded by hand, strictly (serde's derived decoding of an internally tagged enum drops members
/// the variant does not have): `kind`, plus `cited_by` or `of`.
impl<'de> Deserialize<'de> for GroundOrigin {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use crate::json::by_hand::{absent, required};
        /// The JSON form: the tag and every variant's members.
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Form {
            kind: Kind,
            #[serde(default, deserialize_with = "crate::json::by_hand::given")]
            cited_by: Option<Citation>,
            #[serde(default, deserialize_with = "crate::json::by_hand::given")]
            of: Option<String>,
        }
        #[derive(Deserialize)]
        #[serde(rename_all = "snake_case")]
        enum Kind {
            Regulation,
            Successor,
        }
        let f = Form::deserialize(d)?;
        Ok(match f.kind {
            Kind::Regulation => {
                absent(&f.of, "of", &["kind", "cited_by"])?;
                GroundOrigin::Regulation {
                    cited_by: required(f.cited_by, "cited_by")?,
                }
            }
            Kind::Successor => {
                absent(&f.cited_by, "cited_by", &["kind", "of"])?;
                GroundOrigin::Successor {
                    of: required(f.of, "of")?,
                }
            }
        })
    }
}

/// What a row of the grounds catalogue is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub enum GroundKind {
    /// A provision that can make information false or harmful (Điều 2.2 and its successors).
    #[default]
    Harm,
    /// A definition the regulation borrows (Điều 2.1: "cyberspace"). Kept here so that its
    /// successor can be looked up, but never a ground for calling information harmful.
    Definition,
}

/// A provision that can make information harmful, with its period in force.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Ground {
    /// Stable id, e.g. `press-2016-art9`. — Mã căn cứ.
    pub id: String,
    /// A harm ground (the default) or a borrowed definition. — Căn cứ xác định thông tin có hại
    /// (mặc định) hay định nghĩa được dẫn chiếu.
    #[serde(default)]
    pub kind: GroundKind,
    /// The provision (article or clause level); any part of it is also a ground, but those in
    /// `except`. — Điều khoản (cấp Điều hoặc khoản).
    pub citation: Citation,
    /// Parts of the provision that are not grounds (e.g. a point that succeeds nothing the
    /// regulation names). — Các phần không phải là căn cứ.
    #[serde(default, rename = "except", skip_serializing_if = "Vec::is_empty")]
    pub except: Vec<Citation>,
    /// Short description. — Mô tả ngắn.
    pub label: Label,
    /// Period in which content published then can be judged against it. — Thời gian có hiệu
    /// lực.
    pub in_force: Validity,
    /// Named by the regulation, or a successor (interpretation). — Nguồn gốc: do quy chế nêu
    /// hay kế thừa (cách hiểu).
    pub origin: GroundOrigin,
    /// How sure the row is. — Mức độ xác nhận.
    pub status: Status,
    /// Where it went after it ceased to be in force. — Quy định kế thừa sau khi hết hiệu lực.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub successors: Vec<Succession>,
    /// Remarks. — Ghi chú.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}

/// A successor of a provision: where its rule went, from when, and how sure we are.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Succession {
    /// The successor instrument. — Văn bản kế thừa.
    pub instrument: InstrumentId,
    /// The successor provision, when identified (`None`: no article identified). — Điều khoản
    /// kế thừa.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citation: Option<Citation>,
    /// First day of the successor. — Ngày bắt đầu có hiệu lực của quy định kế thừa.
    pub from: NaiveDate,
    /// How sure the mapping is. — Mức độ xác nhận.
    pub status: Status,
    /// Remarks. — Ghi chú.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}

impl Ground {
    /// True when `c` is the ground or a part of it, and not within one of its exceptions.
    pub fn covers(&self, c: &Citation) -> bool {
        c.is_within(&self.citation) && !self.except.iter().any(|x| c.is_within(x))
    }
}
