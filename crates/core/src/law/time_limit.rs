//! Time limits of the wider legal environment, as legal facts: what a provision requires of whom,
//! within how long, for which platforms and from which moment. Which limit a regulation applies to
//! which of its steps, and whose deadline it is, is the regulation's own data
//! (`crate::rules::DeadlineRule`).

use super::{Citation, InstrumentId, Status};
use crate::text::Label;
use crate::validity::Validity;
use crate::vocab::{Licensing, PlatformKind, RemovalTarget, Trigger};
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A limit: a number of hours, calendar days or working days, or "immediately".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub enum Limit {
    /// Within this many hours. — Trong số giờ này.
    Hours(
        /// Number of hours. — Số giờ.
        u32,
    ),
    /// Within this many calendar days. — Trong số ngày này.
    Days(
        /// Number of calendar days. — Số ngày.
        u32,
    ),
    /// Within this many working days (due at the end of the last one). — Trong số ngày làm việc
    /// này.
    WorkingDays(
        /// Number of working days. — Số ngày làm việc.
        u32,
    ),
    /// Immediately (ngay). — Ngay.
    Immediately,
}

impl Limit {
    /// The limit in words: "24 giờ" / "24 hours", "2 ngày làm việc" / "2 working days", "ngay" /
    /// "immediately".
    pub fn label(&self) -> Label {
        match self {
            Limit::Hours(h) => Label::new(format!("{h} giờ"), format!("{h} hours")),
            Limit::Days(d) => Label::new(format!("{d} ngày"), format!("{d} days")),
            Limit::WorkingDays(d) => {
                Label::new(format!("{d} ngày làm việc"), format!("{d} working days"))
            }
            Limit::Immediately => Label::new("ngay", "immediately"),
        }
    }
}

/// Who a time limit binds, as the law says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub enum Bound {
    /// The platform or service provider that received a request. — Nền tảng, doanh nghiệp nhận
    /// yêu cầu.
    Platform,
    /// The owner of the account or page. — Chủ tài khoản, trang.
    AccountOwner,
    /// The body taking the action (e.g. a spokesperson's body). — Cơ quan thực hiện.
    ActingBody,
    /// The body expected to take the next step of the case. — Cơ quan phải thực hiện bước tiếp
    /// theo.
    NextStep,
}

/// What a provision's limit covers; an empty list means "any".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct LimitScope {
    /// Kinds of platform covered. — Loại nền tảng.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub platform_kinds: Vec<PlatformKind>,
    /// Licensed in Vietnam or cross-border. — Được cấp phép trong nước hay xuyên biên giới.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub licensing: Vec<Licensing>,
    /// The addressee of a removal request. — Đối tượng nhận yêu cầu gỡ bỏ.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<RemovalTarget>,
    /// The moment the limit counts from. — Thời điểm bắt đầu tính.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub triggers: Vec<Trigger>,
}

/// One row of the time-limit catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct TimeLimit {
    /// Stable id, e.g. `nd72-23d-1c-platform-3h`. — Mã.
    pub id: String,
    /// The rule it belongs to (rows of one rule replace each other over time), e.g.
    /// `platform_removal`. — Nhóm quy định.
    pub rule: String,
    /// What the provision requires, in our words. — Nội dung (diễn đạt lại).
    pub label: Label,
    /// The ordinary limit. — Thời hạn.
    pub limit: Limit,
    /// A shorter limit for emergencies, when the provision has one. — Thời hạn khẩn cấp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emergency_limit: Option<Limit>,
    /// What the limit covers. — Phạm vi áp dụng.
    #[serde(default)]
    pub scope: LimitScope,
    /// Whom it binds. — Đối tượng phải thực hiện.
    pub binds: Bound,
    /// The instrument that sets it. — Văn bản quy định.
    pub instrument: InstrumentId,
    /// The provision, when identified (`None`: article unidentified). — Điều khoản.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provision: Option<Citation>,
    /// Period in force. — Thời gian có hiệu lực.
    pub in_force: Validity,
    /// The last day the period in force is confirmed; after it the row still applies, with
    /// status U (e.g. a circular whose basis was repealed). — Ngày cuối được xác nhận còn hiệu
    /// lực.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmed_until: Option<NaiveDate>,
    /// How sure the row is. — Mức độ xác nhận.
    pub status: Status,
    /// True when reading the row this way is an interpretation (e.g. which clause covers which
    /// case). — Là cách hiểu.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub interpretation: bool,
    /// Remarks. — Ghi chú.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}

/// The facts of one request or step that select a time-limit row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LimitQuery {
    /// The content's platform kind.
    pub platform_kind: PlatformKind,
    /// Licensing of the platform, when known.
    pub licensing: Option<Licensing>,
    /// Addressee of a removal request, when it is one.
    pub target: Option<RemovalTarget>,
    /// The moment the deadline counts from, when given.
    pub trigger: Option<Trigger>,
}

impl TimeLimit {
    /// True when the row covers `q` (an empty scope list covers anything; a scope that names
    /// licensing or a trigger does not cover a query that leaves it unknown).
    pub fn covers(&self, q: &LimitQuery) -> bool {
        let s = &self.scope;
        (s.platform_kinds.is_empty() || s.platform_kinds.contains(&q.platform_kind))
            && (s.licensing.is_empty() || q.licensing.is_some_and(|l| s.licensing.contains(&l)))
            && (s.targets.is_empty() || q.target.is_some_and(|t| s.targets.contains(&t)))
            && (s.triggers.is_empty() || q.trigger.is_some_and(|t| s.triggers.contains(&t)))
    }

    /// The row's status on `day`: its own, or U after [`TimeLimit::confirmed_until`].
    pub fn status_on(&self, day: NaiveDate) -> Status {
        match self.confirmed_until {
            Some(last) if day > last => Status::Unconfirmed,
            _ => self.status,
        }
    }
}
