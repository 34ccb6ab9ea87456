//! The responsibility matrix: every duty of Điều 5–9 as a row.

use crate::law::Citation;
use crate::org::{Obligation, Role};
use crate::text::Label;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The coordination activities of Điều 6, plus the non-case work of Điều 7–9.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Activity {
    /// Điều 6.1: orient and guide online information; propaganda and rebuttal.
    Orientation,
    /// Điều 6.2: monitor and detect.
    Monitoring,
    /// Điều 6.3: check, verify and appraise.
    Verification,
    /// Điều 6.4: handle.
    Handling,
    /// Điều 6.5: announce handling results, with legal education.
    Publication,
    /// Điều 8: periodic and ad hoc reporting.
    Reporting,
    /// Training and awareness (7.1.c, 7.3.c, 7.4.b).
    Training,
    /// IT infrastructure and information security (7.1.đ, 7.1.e, 7.3.e).
    Infrastructure,
    /// Organising implementation (Điều 9).
    Implementation,
}

/// How a role takes part in a duty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Participation {
    /// Chủ trì: leads.
    Lead,
    /// Phối hợp: coordinates with the lead.
    Coordinate,
    /// Tổ chức thực hiện: carries it out.
    Execute,
    /// Đề xuất: proposes a handling direction.
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

/// One duty of the regulation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Duty {
    /// Stable id, e.g. `7.1.a.2` or `5.1`.
    pub id: String,
    /// The provision that sets it.
    pub citation: Citation,
    /// Who holds it.
    pub role: Role,
    /// The activity it serves.
    pub activity: Activity,
    /// How the role takes part.
    pub participation: Participation,
    /// The other roles it works with or reports to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub counterparts: Vec<Role>,
    /// Mandatory, or requested (Party bodies).
    pub obligation: Obligation,
    /// The duty in our words.
    pub label: Label,
}
