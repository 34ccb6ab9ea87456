//! Work outside cases that a report counts: Điều 8 asks for the results of implementing the
//! whole regulation, not only the cases. Each record names its body, date and the provision it
//! carries out.

use crate::error::{Error, ErrorCode, Result};
use crate::law::{Citation, Point};
use crate::org::BodyId;
use crate::regulation::{KHANH_HOA_2086, Regulation};
use crate::text::Label;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A kind of work outside cases, with the provisions it carries out.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub enum WorkKind {
    /// A training session (tập huấn): Điều 7.1.c (the lead agency organises), 7.3.c (bodies
    /// train their staff with it).
    Training,
    /// Orientation and guidance of online information (định hướng): Điều 6.1, 7.1.b.
    Orientation,
    /// A propaganda piece (tuyên truyền): Điều 6.1, 7.1.b.
    Propaganda,
    /// A rebuttal piece (phản bác): Điều 7.5.c (press outlets); also 6.1, 7.1.b.
    Rebuttal,
    /// A press review (điểm báo): Điều 7.1.d.
    PressReview,
    /// A meeting of the monitoring-and-handling team (Tổ theo dõi, xử lý): Điều 7.1.a(1).
    TeamMeeting,
}

impl WorkKind {
    /// Every kind.
    pub const ALL: [WorkKind; 6] = [
        WorkKind::Training,
        WorkKind::Orientation,
        WorkKind::Propaganda,
        WorkKind::Rebuttal,
        WorkKind::PressReview,
        WorkKind::TeamMeeting,
    ];

    /// The stable snake_case id.
    pub fn as_str(&self) -> &'static str {
        match self {
            WorkKind::Training => "training",
            WorkKind::Orientation => "orientation",
            WorkKind::Propaganda => "propaganda",
            WorkKind::Rebuttal => "rebuttal",
            WorkKind::PressReview => "press_review",
            WorkKind::TeamMeeting => "team_meeting",
        }
    }

    /// Bilingual label.
    pub fn label(&self) -> Label {
        match self {
            WorkKind::Training => Label::new("Lớp tập huấn", "Training sessions"),
            WorkKind::Orientation => {
                Label::new("Định hướng thông tin", "Orientation of information")
            }
            WorkKind::Propaganda => Label::new("Tin, bài tuyên truyền", "Propaganda pieces"),
            WorkKind::Rebuttal => Label::new("Tin, bài phản bác", "Rebuttal pieces"),
            WorkKind::PressReview => Label::new("Điểm báo", "Press reviews"),
            WorkKind::TeamMeeting => {
                Label::new("Cuộc họp Tổ theo dõi, xử lý", "Monitoring-team meetings")
            }
        }
    }

    /// The provisions of the regulation a record of this kind may cite (the first is the usual
    /// one). A record may also cite a part of one of them.
    pub fn citations(&self) -> Vec<Citation> {
        let r = |a: u16, k: u16| Citation::article(KHANH_HOA_2086, a).clause(k);
        match self {
            WorkKind::Training => vec![r(7, 1).point(Point::C), r(7, 3).point(Point::C)],
            WorkKind::Orientation | WorkKind::Propaganda => {
                vec![r(6, 1), r(7, 1).point(Point::B)]
            }
            WorkKind::Rebuttal => vec![r(7, 5).point(Point::C), r(6, 1), r(7, 1).point(Point::B)],
            WorkKind::PressReview => vec![r(7, 1).point(Point::D)],
            WorkKind::TeamMeeting => vec![r(7, 1).point(Point::A).item(1)],
        }
    }
}

/// One piece of work outside cases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct WorkRecord {
    /// What kind of work.
    pub kind: WorkKind,
    /// The body that did it.
    pub body: BodyId,
    /// When (Vietnam calendar day).
    pub date: NaiveDate,
    /// A short title. It stays with the record: reports count records, they never copy titles.
    pub title: String,
    /// The provision carried out: one of [`WorkKind::citations`], or a part of one.
    pub citation: Citation,
}

impl WorkRecord {
    /// A record citing the kind's usual provision.
    pub fn new(kind: WorkKind, body: &str, date: NaiveDate, title: &str) -> WorkRecord {
        WorkRecord {
            kind,
            body: BodyId::new(body),
            date,
            citation: kind.citations().remove(0),
            title: crate::text::nfc(title),
        }
    }

    /// Checks the record: the body exists on its date ([`ErrorCode::UnknownAgency`] at `/body`)
    /// and the citation fits the kind ([`ErrorCode::InvalidInput`] at `/citation`).
    pub fn check(&self, reg: &Regulation) -> Result<()> {
        if !reg.body_exists_on(&self.body, self.date) {
            return Err(Error::new(
                ErrorCode::UnknownAgency,
                format!(
                    "Body `{}` is unknown or does not exist on {}.",
                    self.body, self.date
                ),
                format!(
                    "Cơ quan `{}` không có hoặc không tồn tại vào ngày {}.",
                    self.body, self.date
                ),
            )
            .at("/body"));
        }
        let allowed = self.kind.citations();
        if !allowed.iter().any(|c| self.citation.is_within(c)) {
            let list: Vec<String> = allowed.iter().map(|c| c.key()).collect();
            return Err(Error::invalid(
                "/citation",
                format!(
                    "A {} record cites {}, not {}.",
                    self.kind.as_str(),
                    list.join(" or "),
                    self.citation.key()
                ),
                format!(
                    "Hoạt động loại {} phải dẫn {}, không phải {}.",
                    self.kind.label().vi,
                    list.join(" hoặc "),
                    self.citation.key()
                ),
            )
            .with_citations(allowed));
        }
        Ok(())
    }
}
