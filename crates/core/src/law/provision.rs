//! Provisions as a tree: Điều (article) → khoản (clause) → điểm (point) → sub-item.

use super::{Citation, Status};
use crate::text::Label;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One provision with a short bilingual label (our own paraphrase, never the statute's wording)
/// and its confidence status. Children are the next level down.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Provision {
    /// Where it is. — Vị trí (Điều, khoản, điểm).
    pub citation: Citation,
    /// Short paraphrase in Vietnamese and English. — Nội dung tóm tắt (diễn đạt lại).
    pub label: Label,
    /// How sure we are of its existence, numbering and content. — Mức độ xác nhận.
    pub status: Status,
    /// Clauses of an article, points of a clause, sub-items of a point. — Các khoản của Điều,
    /// các điểm của khoản, các ý của điểm.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<Provision>,
}

impl Provision {
    /// This provision and all its descendants, depth first.
    pub fn walk(&self) -> Vec<&Provision> {
        let mut out = vec![self];
        for c in &self.children {
            out.extend(c.walk());
        }
        out
    }
}
