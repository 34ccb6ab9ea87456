//! The register: a regulation's roles, bodies, role assignments and territories, and the
//! questions asked of them on a date (who plays a role, which roles a body plays, which body
//! stands for a body that ceased to exist).

use super::{Body, BodyId, Role, RoleAssignment, RoleId, Territory, TerritoryId};
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Who is who: the `register` part of a regulation.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Register {
    /// The roles the regulation names. — Các vai trò.
    pub roles: Vec<Role>,
    /// Concrete bodies. — Các cơ quan.
    pub bodies: Vec<Body>,
    /// Who plays which role when. — Phân công vai trò theo thời gian.
    pub assignments: Vec<RoleAssignment>,
    /// The territories the regulation knows. — Các địa bàn.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub territories: Vec<Territory>,
}

impl Register {
    /// The role with id `id`.
    pub fn role(&self, id: &RoleId) -> Option<&Role> {
        self.roles.iter().find(|r| &r.id == id)
    }

    /// The role's name, or its id when the role is unknown.
    pub fn role_label(&self, id: &RoleId) -> crate::text::Label {
        self.role(id).map_or_else(
            || crate::text::Label::new(id.as_str(), id.as_str()),
            |r| r.label.clone(),
        )
    }

    /// The body with id `id`, whether or not it still exists.
    pub fn body(&self, id: &BodyId) -> Option<&Body> {
        self.bodies.iter().find(|b| &b.id == id)
    }

    /// The body's name on `day`, or its id when unknown.
    pub fn body_name(&self, id: &BodyId, day: NaiveDate) -> crate::text::Label {
        self.body(id).map_or_else(
            || crate::text::Label::new(id.as_str(), id.as_str()),
            |b| b.name_on(day).clone(),
        )
    }

    /// True when body `id` is known and exists on `day`.
    pub fn body_exists_on(&self, id: &BodyId, day: NaiveDate) -> bool {
        self.body(id).is_some_and(|b| b.exists_on(day))
    }

    /// The body that stands for `id` on `day`: `id` itself if it exists then, otherwise the
    /// first successor along its chains that does (depth first, in the order listed). `None`
    /// when `id` is unknown or no successor exists on `day`.
    pub fn body_on(&self, id: &BodyId, day: NaiveDate) -> Option<&Body> {
        self.standing_for(id, day).into_iter().next()
    }

    /// Every body that answers for `id` on `day`: `id` itself if it exists then, else each
    /// successor (transitively) that exists then. A chain longer than the table stops.
    pub fn standing_for(&self, id: &BodyId, day: NaiveDate) -> Vec<&Body> {
        let mut out: Vec<&Body> = Vec::new();
        let mut todo: Vec<&BodyId> = vec![id];
        let mut seen: Vec<&BodyId> = Vec::new();
        while let Some(next) = todo.pop() {
            if seen.contains(&next) || seen.len() > self.bodies.len() {
                continue;
            }
            seen.push(next);
            let Some(b) = self.body(next) else { continue };
            if b.exists_on(day) {
                out.push(b);
                continue;
            }
            todo.extend(b.successors.iter().rev().map(|s| &s.body));
        }
        out
    }

    /// True when `actor` is `holder` or, on `day`, one of the bodies answering for it.
    pub fn answers_for(&self, actor: &BodyId, holder: &BodyId, day: NaiveDate) -> bool {
        actor == holder
            || (!self.body_exists_on(holder, day)
                && self
                    .standing_for(holder, day)
                    .iter()
                    .any(|b| &b.id == actor))
    }

    /// The assignments of `role` that hold on `day`. Assignments covering all of the role's
    /// duties come first, partial ones after.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use quyche::org::RoleId;
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let day = NaiveDate::from_ymd_opt(2024, 6, 1).unwrap();
    /// let lead = reg.register.body_for(&RoleId::new("lead_agency"), day);
    /// assert_eq!(lead[0].body.as_str(), "so-tttt");
    /// ```
    pub fn body_for(&self, role: &RoleId, day: NaiveDate) -> Vec<&RoleAssignment> {
        let mut out: Vec<&RoleAssignment> = self
            .assignments
            .iter()
            .filter(|a| &a.role == role && a.applies_on(day))
            .collect();
        out.sort_by_key(|a| !a.duties.is_empty());
        out
    }

    /// The bodies playing `role` for all its duties on `day`.
    pub fn players<'a>(
        &'a self,
        role: &'a RoleId,
        day: NaiveDate,
    ) -> impl Iterator<Item = &'a RoleAssignment> + 'a {
        self.assignments
            .iter()
            .filter(move |a| &a.role == role && a.duties.is_empty() && a.applies_on(day))
    }

    /// The roles body `body` plays on `day`, as assignments (empty for an unknown body).
    pub fn roles_of(&self, body: &BodyId, day: NaiveDate) -> Vec<&RoleAssignment> {
        self.assignments_of_on(body, day).collect()
    }

    /// [`Register::roles_of`] without collecting, borrowing the body id separately.
    pub fn assignments_of_on<'a, 'b>(
        &'a self,
        body: &'b BodyId,
        day: NaiveDate,
    ) -> impl Iterator<Item = &'a RoleAssignment> + use<'a, 'b> {
        self.assignments
            .iter()
            .filter(move |a| &a.body == body && a.applies_on(day))
    }

    /// True when `body` plays `role` (for all its duties) on `day`.
    pub fn plays(&self, body: &BodyId, role: &RoleId, day: NaiveDate) -> bool {
        self.assignments_of_on(body, day)
            .any(|a| &a.role == role && a.duties.is_empty())
    }

    /// The territory with id `id`.
    pub fn territory(&self, id: &TerritoryId) -> Option<&Territory> {
        self.territories.iter().find(|t| &t.id == id)
    }

    /// True when territory `part` is `whole` or, transitively, one of its parts.
    pub fn is_within(&self, part: &TerritoryId, whole: &TerritoryId) -> bool {
        let mut todo = vec![whole];
        let mut steps = 0;
        while let Some(t) = todo.pop() {
            steps += 1;
            if t == part {
                return true;
            }
            if steps > self.territories.len() + 1 {
                break;
            }
            if let Some(x) = self.territory(t) {
                todo.extend(x.parts.iter());
            }
        }
        false
    }
}
