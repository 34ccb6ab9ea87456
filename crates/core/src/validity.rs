//! Dated validity intervals: every dated legal fact (an instrument in force, a body existing, a
//! body playing a role) carries one.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A closed interval of calendar days, `from` and `to` both included; `None` is open-ended.
///
/// ```
/// use chrono::NaiveDate;
/// let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
/// let v = quyche::Validity::between(d(2013, 9, 1), d(2024, 12, 24));
/// assert!(v.contains(d(2024, 12, 24)));
/// assert!(!v.contains(d(2024, 12, 25)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Validity {
    /// First day (inclusive); `None` = since always. — Ngày bắt đầu (tính cả ngày này).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<NaiveDate>,
    /// Last day (inclusive); `None` = still valid. — Ngày kết thúc (tính cả ngày này).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<NaiveDate>,
}

impl Validity {
    /// Valid on every day.
    pub const ALWAYS: Validity = Validity {
        from: None,
        to: None,
    };

    /// Valid from `from` on, open-ended.
    pub fn since(from: NaiveDate) -> Self {
        Validity {
            from: Some(from),
            to: None,
        }
    }

    /// Valid from `from` to `to`, both included.
    pub fn between(from: NaiveDate, to: NaiveDate) -> Self {
        Validity {
            from: Some(from),
            to: Some(to),
        }
    }

    /// True when `day` falls inside the interval.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= day) && self.to.is_none_or(|t| day <= t)
    }

    /// True when `from` is after `to` (an empty, therefore invalid, interval).
    pub fn is_inverted(&self) -> bool {
        matches!((self.from, self.to), (Some(f), Some(t)) if f > t)
    }

    /// True when `self` lies within `outer` (open ends count as unbounded).
    pub fn is_within(&self, outer: &Validity) -> bool {
        let from_ok = match (outer.from, self.from) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(o), Some(i)) => o <= i,
        };
        let to_ok = match (outer.to, self.to) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(o), Some(i)) => i <= o,
        };
        from_ok && to_ok
    }

    /// True when two periods share a day.
    pub fn overlaps(&self, other: &Validity) -> bool {
        let starts_before_end = |x: &Validity, y: &Validity| match (x.from, y.to) {
            (Some(f), Some(t)) => f <= t,
            _ => true,
        };
        starts_before_end(self, other) && starts_before_end(other, self)
    }
}
