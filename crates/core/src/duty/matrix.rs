//! The `matrix` part of a regulation: its activities and duties, and the questions asked of
//! them (the duties of a role, who takes part in an activity, the duty behind a citation, which
//! bodies carry a duty on a date).

use super::{Activity, ActivityId, Duty};
use crate::law::Citation;
use crate::org::{Register, RoleAssignment, RoleId};
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The responsibility matrix.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Matrix {
    /// The activities duties serve. — Các hoạt động phối hợp.
    pub activities: Vec<Activity>,
    /// The duties, one per provision. — Các nhiệm vụ.
    pub duties: Vec<Duty>,
}

impl Matrix {
    /// The activity with id `id`.
    pub fn activity(&self, id: &ActivityId) -> Option<&Activity> {
        self.activities.iter().find(|a| &a.id == id)
    }

    /// The duty with id `id` (e.g. `"7.1.a.2"`, `"7.3.đ"`), matched after NFC normalisation.
    ///
    /// ```
    /// let m = &quyche::Regulation::khanh_hoa_ref().matrix;
    /// assert_eq!(m.duty("7.5.b").unwrap().role.as_str(), "press_outlet");
    /// assert!(m.duty("7.8.a").is_none());
    /// ```
    pub fn duty(&self, id: &str) -> Option<&Duty> {
        let id = crate::text::nfc(id);
        self.duties.iter().find(|d| d.id == id)
    }

    /// Every duty `role` holds at any time, as principal or co-holder, in order.
    pub fn duties_of(&self, role: &RoleId) -> Vec<&Duty> {
        self.duties.iter().filter(|d| d.is_held_by(role)).collect()
    }

    /// The duties `role` holds on `day`.
    pub fn duties_of_on(&self, role: &RoleId, day: NaiveDate) -> Vec<&Duty> {
        self.duties
            .iter()
            .filter(|d| d.is_held_by_on(role, day))
            .collect()
    }

    /// Every duty serving `activity`.
    pub fn participants(&self, activity: &ActivityId) -> Vec<&Duty> {
        self.duties
            .iter()
            .filter(|d| &d.activity == activity)
            .collect()
    }

    /// The duty or duties behind a citation: the rows whose citation is `c` or lies within it;
    /// when none does, the row of the nearest enclosing provision. Empty outside the matrix.
    ///
    /// ```
    /// use quyche::law::{Citation, Point};
    /// let m = &quyche::Regulation::khanh_hoa_ref().matrix;
    /// let k3 = Citation::from_key("2086/QĐ-UBND:7.3").unwrap();
    /// assert_eq!(m.duty_for(&k3).len(), 6);
    /// let ch = Citation::from_key("2086/QĐ-UBND:5.1.a").unwrap();
    /// assert_eq!(m.duty_for(&ch)[0].id, "5.1");
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

    /// True when `role` holds, on `day`, one of the duties with ids in `ids`.
    pub fn holds_any_on(&self, role: &RoleId, ids: &[String], day: NaiveDate) -> bool {
        ids.iter()
            .filter_map(|id| self.duty(id))
            .any(|d| d.is_held_by_on(role, day))
    }

    /// The assignments through which bodies carry duty `duty_id` on `day`: for each role holding
    /// it then, the assignments of that role covering it; an assignment naming the duty
    /// explicitly replaces the role's catch-all ones for that duty. Each body appears once.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let day = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
    /// let it = reg.matrix.bodies_for_duty(&reg.register, "7.1.e", day);
    /// assert_eq!(it.len(), 1);
    /// assert_eq!(it[0].body.as_str(), "so-khcn");
    /// ```
    pub fn bodies_for_duty<'a>(
        &self,
        register: &'a Register,
        duty_id: &str,
        day: NaiveDate,
    ) -> Vec<&'a RoleAssignment> {
        let Some(duty) = self.duty(duty_id) else {
            return Vec::new();
        };
        let mut out: Vec<&RoleAssignment> = Vec::new();
        for role in duty.holders() {
            if !duty.is_held_by_on(role, day) {
                continue;
            }
            let playing: Vec<&RoleAssignment> = register
                .body_for(role, day)
                .into_iter()
                .filter(|a| a.covers(&duty.id))
                .collect();
            let explicit = playing.iter().any(|a| !a.duties.is_empty());
            for a in playing {
                if explicit && a.duties.is_empty() {
                    continue;
                }
                if !out.iter().any(|o| o.body == a.body) {
                    out.push(a);
                }
            }
        }
        out
    }
}
