//! Queries on the responsibility matrix: duties of a role, participants in an activity, the
//! duty behind a citation.

use super::{Activity, Duty};
use crate::law::Citation;
use crate::org::Role;
use crate::regulation::Regulation;
use chrono::NaiveDate;

impl Regulation {
    /// The duty with id `id` (e.g. `"7.1.a.2"`, `"7.3.đ"`, `"8.2"`), matched after NFC
    /// normalisation.
    ///
    /// ```
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// assert_eq!(reg.duty("7.5.b").unwrap().role, quyche::org::Role::PressOutlet);
    /// assert!(reg.duty("7.8.a").is_none());
    /// ```
    pub fn duty(&self, id: &str) -> Option<&Duty> {
        let id = crate::text::nfc(id);
        self.duties.iter().find(|d| d.id == id)
    }

    /// Every duty `role` holds at any time, as principal or co-holder (interpretations
    /// included: check [`Duty::is_interpretation_for`]), in the regulation's order.
    ///
    /// ```
    /// use quyche::org::Role;
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let ids: Vec<&str> = reg.duties_of(Role::PressOutlet).iter().map(|d| d.id.as_str()).collect();
    /// assert!(ids.contains(&"7.5.b"));
    /// ```
    pub fn duties_of(&self, role: Role) -> Vec<&Duty> {
        self.duties.iter().filter(|d| d.is_held_by(role)).collect()
    }

    /// The duties `role` holds on `day` (a co-holder only within its validity; e.g. commune
    /// committees hold the district duties of Điều 7.3 only from 2025-07-01).
    pub fn duties_of_on(&self, role: Role, day: NaiveDate) -> Vec<&Duty> {
        self.duties
            .iter()
            .filter(|d| d.is_held_by_on(role, day))
            .collect()
    }

    /// Who takes part in `activity` and how: every duty serving it, each giving the role(s),
    /// the [`Participation`](super::Participation) kind and the counterparts.
    ///
    /// ```
    /// use quyche::duty::{Activity, Participation};
    /// use quyche::org::Role;
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let who = reg.participants(Activity::Publication);
    /// assert!(who.iter().any(|d| d.role == Role::PressOutlet && d.participation == Participation::Publish));
    /// ```
    pub fn participants(&self, activity: Activity) -> Vec<&Duty> {
        self.duties
            .iter()
            .filter(|d| d.activity == activity)
            .collect()
    }

    /// The duty or duties behind a citation: the rows whose citation is `c` or lies within it
    /// (citing Điều 7.3 returns its six points); when none does, the row of the nearest
    /// enclosing provision (citing Điều 5.1.a, a notification channel, returns the duty of
    /// Điều 5.1). Empty when `c` is outside the matrix (e.g. Điều 2 or Điều 6).
    ///
    /// ```
    /// use quyche::law::{Citation, Point};
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let k3 = Citation::article("2086/QĐ-UBND", 7).clause(3);
    /// assert_eq!(reg.duty_for(&k3).len(), 6);
    /// let ch = Citation::article("2086/QĐ-UBND", 5).clause(1).point(Point::A);
    /// assert_eq!(reg.duty_for(&ch)[0].id, "5.1");
    /// ```
    pub fn duty_for(&self, c: &Citation) -> Vec<&Duty> {
        let within: Vec<&Duty> = self
            .duties
            .iter()
            .filter(|d| d.citation.is_within(c))
            .collect();
        if !within.is_empty() {
            return within;
        }
        let mut up = c.parent();
        while let Some(p) = up {
            let exact: Vec<&Duty> = self.duties.iter().filter(|d| d.citation == p).collect();
            if !exact.is_empty() {
                return exact;
            }
            up = p.parent();
        }
        Vec::new()
    }
}
