//! The activities duties serve (data: the built-in regulation's five coordination activities of
//! its Điều 6, plus the work outside cases), and how a role takes part in a duty.

use crate::law::Citation;
use crate::text::Label;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An activity's id, e.g. `verification`.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct ActivityId(pub String);

impl ActivityId {
    /// Builds an id.
    pub fn new(id: &str) -> Self {
        ActivityId(id.to_string())
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One activity of a regulation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Activity {
    /// Stable id. — Mã hoạt động.
    pub id: ActivityId,
    /// Name. — Tên hoạt động.
    pub label: Label,
    /// The provision that names it, if any. — Điều khoản nêu hoạt động.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citation: Option<Citation>,
}

/// How a role takes part in a duty (the verb of the text).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub enum Participation {
    /// Chủ trì: leads.
    Lead,
    /// Hướng dẫn: guides others.
    Guide,
    /// Phối hợp: coordinates with the lead.
    Coordinate,
    /// Tổ chức thực hiện: carries it out.
    Execute,
    /// Đề xuất / tham mưu: proposes a handling direction or advises.
    Propose,
    /// Thẩm định / tham gia ý kiến: appraises, gives opinions.
    Appraise,
    /// Thông báo: notifies.
    Notify,
    /// Báo cáo: reports.
    Report,
    /// Đưa tin: publishes.
    Publish,
}

impl Participation {
    /// Every participation, in declaration order.
    pub const ALL: [Participation; 9] = [
        Participation::Lead,
        Participation::Guide,
        Participation::Coordinate,
        Participation::Execute,
        Participation::Propose,
        Participation::Appraise,
        Participation::Notify,
        Participation::Report,
        Participation::Publish,
    ];

    /// The stable snake_case id, e.g. `"appraise"`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Participation::Lead => "lead",
            Participation::Guide => "guide",
            Participation::Coordinate => "coordinate",
            Participation::Execute => "execute",
            Participation::Propose => "propose",
            Participation::Appraise => "appraise",
            Participation::Notify => "notify",
            Participation::Report => "report",
            Participation::Publish => "publish",
        }
    }

    /// Bilingual name.
    pub fn label(&self) -> Label {
        let (vi, en) = match self {
            Participation::Lead => ("Chủ trì", "Leads"),
            Participation::Guide => ("Hướng dẫn, phối hợp", "Guides and coordinates"),
            Participation::Coordinate => ("Phối hợp", "Coordinates"),
            Participation::Execute => ("Tổ chức thực hiện", "Carries out"),
            Participation::Propose => ("Đề xuất, tham mưu", "Proposes or advises"),
            Participation::Appraise => ("Thẩm định, tham gia ý kiến", "Appraises, gives opinions"),
            Participation::Notify => ("Thông báo", "Notifies"),
            Participation::Report => ("Báo cáo", "Reports"),
            Participation::Publish => ("Đưa tin", "Publishes"),
        };
        Label::fixed(vi, en)
    }
}
