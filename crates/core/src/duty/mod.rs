//! The responsibility matrix: every duty of Điều 5–9 as a row.
//!
//! One row per khoản of Điều 5, 8 and 9, and per điểm of Điều 7 (per sub-item under Điều
//! 7.1.a), so that each provision is covered exactly once. When a provision binds several roles
//! ("các cơ quan, đơn vị, địa phương" in Điều 5.1, 5.3, 8.1; "sở, ban, ngành … UBND các huyện"
//! in Điều 7.3, 9.2), the row records one principal [`Duty::role`] and the others as
//! [`Duty::also`] co-holders. A co-holder that the text does not name is marked as an
//! interpretation: commune-level committees carry the district committees' duties from
//! 2025-07-01, when the district level was abolished (`legal/README.md` §5).
//!
//! The queries ([`Regulation::duties_of`](crate::Regulation::duties_of),
//! [`Regulation::participants`](crate::Regulation::participants),
//! [`Regulation::duty_for`](crate::Regulation::duty_for), …) are in `queries.rs`.

mod queries;

use crate::law::Citation;
use crate::org::{Obligation, Role};
use crate::text::Label;
use crate::validity::Validity;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The coordination activities of Điều 6, plus the non-case work of Điều 7–9.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
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
    /// Organising implementation (Điều 9; also setting up the team of 7.1.a and staffing cases
    /// under 5.3).
    Implementation,
}

impl Activity {
    /// Every activity: the five of Điều 6 in order, then the non-case work.
    pub const ALL: [Activity; 9] = [
        Activity::Orientation,
        Activity::Monitoring,
        Activity::Verification,
        Activity::Handling,
        Activity::Publication,
        Activity::Reporting,
        Activity::Training,
        Activity::Infrastructure,
        Activity::Implementation,
    ];

    /// The stable snake_case id, e.g. `"verification"`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Activity::Orientation => "orientation",
            Activity::Monitoring => "monitoring",
            Activity::Verification => "verification",
            Activity::Handling => "handling",
            Activity::Publication => "publication",
            Activity::Reporting => "reporting",
            Activity::Training => "training",
            Activity::Infrastructure => "infrastructure",
            Activity::Implementation => "implementation",
        }
    }

    /// Bilingual name.
    pub fn label(&self) -> Label {
        match self {
            Activity::Orientation => Label::new(
                "Định hướng, tuyên truyền, phản bác",
                "Orientation, propaganda and rebuttal",
            ),
            Activity::Monitoring => Label::new("Theo dõi, phát hiện", "Monitoring and detection"),
            Activity::Verification => Label::new(
                "Kiểm tra, xác minh, thẩm định",
                "Checking, verification and appraisal",
            ),
            Activity::Handling => Label::new("Xử lý", "Handling"),
            Activity::Publication => {
                Label::new("Thông báo kết quả xử lý", "Announcing handling results")
            }
            Activity::Reporting => Label::new("Báo cáo", "Reporting"),
            Activity::Training => {
                Label::new("Tập huấn, nâng cao nhận thức", "Training and awareness")
            }
            Activity::Infrastructure => Label::new(
                "Hạ tầng CNTT, an toàn thông tin",
                "IT infrastructure and security",
            ),
            Activity::Implementation => Label::new("Tổ chức thực hiện", "Implementation"),
        }
    }

    /// The provision of the regulation that names the activity: Điều 6 khoản 1–5 for the five
    /// coordination activities, Điều 8 for reporting, Điều 9 for implementation; `None` for
    /// training and infrastructure, which only appear inside Điều 7's duties.
    ///
    /// ```
    /// use quyche::duty::Activity;
    /// let c = Activity::Verification.citation().unwrap();
    /// assert_eq!((c.article, c.clause), (6, Some(3)));
    /// ```
    pub fn citation(&self) -> Option<Citation> {
        let art6 = |k| Citation::article(crate::regulation::KHANH_HOA_2086, 6).clause(k);
        Some(match self {
            Activity::Orientation => art6(1),
            Activity::Monitoring => art6(2),
            Activity::Verification => art6(3),
            Activity::Handling => art6(4),
            Activity::Publication => art6(5),
            Activity::Reporting => Citation::article(crate::regulation::KHANH_HOA_2086, 8),
            Activity::Implementation => Citation::article(crate::regulation::KHANH_HOA_2086, 9),
            Activity::Training | Activity::Infrastructure => return None,
        })
    }
}

/// How a role takes part in a duty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub enum Participation {
    /// Chủ trì: leads.
    Lead,
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
    /// The stable snake_case id, e.g. `"appraise"`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Participation::Lead => "lead",
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
        match self {
            Participation::Lead => Label::new("Chủ trì", "Leads"),
            Participation::Coordinate => Label::new("Phối hợp", "Coordinates"),
            Participation::Execute => Label::new("Tổ chức thực hiện", "Carries out"),
            Participation::Propose => Label::new("Đề xuất, tham mưu", "Proposes or advises"),
            Participation::Appraise => {
                Label::new("Thẩm định, tham gia ý kiến", "Appraises, gives opinions")
            }
            Participation::Notify => Label::new("Thông báo", "Notifies"),
            Participation::Report => Label::new("Báo cáo", "Reports"),
            Participation::Publish => Label::new("Đưa tin", "Publishes"),
        }
    }
}

/// A further role bound by the same provision as a duty's principal role (e.g. district-level
/// committees in Điều 7.3, which names them together with departments).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct CoHolder {
    /// The role.
    pub role: Role,
    /// When the role holds the duty (default: whenever the regulation is in force).
    #[serde(default, skip_serializing_if = "is_always")]
    pub valid: Validity,
    /// True when the text does not name this role and holding the duty is our interpretation
    /// (its status is then U).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub interpretation: bool,
    /// Remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}

fn is_always(v: &Validity) -> bool {
    *v == Validity::ALWAYS
}

/// One duty of the regulation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Duty {
    /// Stable id, e.g. `7.1.a.2` or `5.1`: article, clause, point and sub-item of its citation.
    pub id: String,
    /// The provision that sets it.
    pub citation: Citation,
    /// Who holds it (the principal role when the provision binds several).
    pub role: Role,
    /// Further roles bound by the same provision.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<CoHolder>,
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
    /// Why the row is encoded this way (e.g. which role was chosen as principal).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}

impl Duty {
    /// The principal role, then each co-holder, without duplicates.
    pub fn holders(&self) -> Vec<Role> {
        let mut out = vec![self.role];
        for h in &self.also {
            if !out.contains(&h.role) {
                out.push(h.role);
            }
        }
        out
    }

    /// True when `role` holds the duty at some time (principal or co-holder, interpretations
    /// included).
    pub fn is_held_by(&self, role: Role) -> bool {
        self.role == role || self.also.iter().any(|h| h.role == role)
    }

    /// True when `role` holds the duty on `day` (a co-holder only within its validity).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use quyche::org::Role;
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let d = reg.duty("7.3.a").unwrap();
    /// let day = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    /// // Communes carry district duties only from 2025-07-01 (interpretation).
    /// assert!(!d.is_held_by_on(Role::CommuneCommittee, day(2025, 6, 30)));
    /// assert!(d.is_held_by_on(Role::CommuneCommittee, day(2025, 7, 1)));
    /// ```
    pub fn is_held_by_on(&self, role: Role, day: NaiveDate) -> bool {
        self.role == role
            || self
                .also
                .iter()
                .any(|h| h.role == role && h.valid.contains(day))
    }

    /// True when `role` holds the duty only by interpretation (it is a co-holder the text does
    /// not name).
    pub fn is_interpretation_for(&self, role: Role) -> bool {
        self.role != role
            && self
                .also
                .iter()
                .filter(|h| h.role == role)
                .all(|h| h.interpretation)
            && self.also.iter().any(|h| h.role == role)
    }
}
