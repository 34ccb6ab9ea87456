//! Who is who on a date: bodies by id, who plays a role, which roles a body plays, and which
//! bodies carry a given duty (`legal/README.md` §5 for the Khánh Hòa succession).

use super::{Body, BodyId, Role, RoleAssignment};
use crate::regulation::Regulation;
use chrono::NaiveDate;

impl Regulation {
    /// The body with id `id`, whether or not it still exists.
    ///
    /// ```
    /// use quyche::org::BodyId;
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let dai = reg.body(&BodyId::new("dai-ptth")).unwrap();
    /// assert_eq!(dai.successor.as_ref().unwrap().as_str(), "bao-khanh-hoa");
    /// ```
    pub fn body(&self, id: &BodyId) -> Option<&Body> {
        self.bodies.iter().find(|b| &b.id == id)
    }

    /// True when body `id` is known and exists on `day` (e.g. Đài PT-TH Khánh Hòa exists on
    /// 2025-04-23 but not on 2025-04-24, when it merged into Báo Khánh Hòa).
    pub fn body_exists_on(&self, id: &BodyId, day: NaiveDate) -> bool {
        self.body(id).is_some_and(|b| b.exists_on(day))
    }

    /// The body that stands for `id` on `day`: `id` itself if it exists then, otherwise the
    /// first successor along its chain that does (Đài PT-TH → Báo Khánh Hòa after 2025-04-23).
    /// `None` when `id` is unknown or no body of the chain exists on `day`.
    pub fn body_on(&self, id: &BodyId, day: NaiveDate) -> Option<&Body> {
        let mut current = self.body(id)?;
        // A chain longer than the table would have to loop: stop there.
        for _ in 0..=self.bodies.len() {
            if current.exists_on(day) {
                return Some(current);
            }
            current = self.body(current.successor.as_ref()?)?;
        }
        None
    }

    /// The assignments of `role` that hold on `day`: who plays the role then, with each
    /// assignment's status, interpretation flag and note. Assignments covering all of the
    /// role's duties come first, partial ones (e.g. Sở KH&CN for Điều 7.1.e from 2025-03-01)
    /// after.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use quyche::org::Role;
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let day = NaiveDate::from_ymd_opt(2024, 6, 1).unwrap();
    /// let lead = reg.body_for(Role::LeadAgency, day);
    /// assert_eq!(lead[0].body.as_str(), "so-tttt");
    /// ```
    pub fn body_for(&self, role: Role, day: NaiveDate) -> Vec<&RoleAssignment> {
        let mut out: Vec<&RoleAssignment> = self
            .assignments
            .iter()
            .filter(|a| a.role == role && a.applies_on(day))
            .collect();
        out.sort_by_key(|a| !a.duties.is_empty());
        out
    }

    /// The roles body `body` plays on `day`, as assignments (empty for an unknown body).
    pub fn roles_of(&self, body: &BodyId, day: NaiveDate) -> Vec<&RoleAssignment> {
        self.assignments
            .iter()
            .filter(|a| &a.body == body && a.applies_on(day))
            .collect()
    }

    /// The assignments through which bodies carry duty `duty_id` on `day`: for each role
    /// holding the duty then (principal, then co-holders), the assignments of that role that
    /// cover it. Where an assignment of a role names the duty explicitly, it replaces the
    /// role's catch-all assignments for that duty (so 7.1.e goes to Sở KH&CN, not Sở VHTTDL,
    /// from 2025-03-01). Each body appears once, through its first matching assignment.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let day = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
    /// let it = reg.bodies_for_duty("7.1.e", day);
    /// assert_eq!(it.len(), 1);
    /// assert_eq!(it[0].body.as_str(), "so-khcn");
    /// ```
    pub fn bodies_for_duty(&self, duty_id: &str, day: NaiveDate) -> Vec<&RoleAssignment> {
        let Some(duty) = self.duty(duty_id) else {
            return Vec::new();
        };
        let mut out: Vec<&RoleAssignment> = Vec::new();
        for role in duty.holders() {
            if !duty.is_held_by_on(role, day) {
                continue;
            }
            let playing: Vec<&RoleAssignment> = self
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
