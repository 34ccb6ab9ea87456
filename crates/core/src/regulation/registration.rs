//! Registering a user's own body with the roles it plays: the register's checks plus those
//! against the responsibility matrix; nothing changes unless everything passes.

use super::Regulation;
use crate::error::{Error, Result};
use crate::org::{Body, BodyRegistration, RoleAssignment};

impl Regulation {
    /// Adds a user's own body and the roles it plays. Every problem is reported (the first as
    /// the error, the rest in `related`), with JSON pointers into the [`BodyRegistration`] form:
    /// `/body/id` (kebab-case ASCII, at most [`crate::org::MAX_BODY_ID_LEN`] characters, not
    /// already used), `/body/name/vi` (not empty, NFC), `/body/successors/i/body` (known),
    /// `/roles/i/role` (declared), `/roles/i/valid` (within the body's life; one body per
    /// single-body role), `/roles/i/duties/j` (a duty of the role). A rejected registration
    /// leaves the regulation unchanged.
    ///
    /// ```
    /// let mut reg = quyche::Regulation::khanh_hoa();
    /// reg.register_body_json(r#"{"body": {"id": "ubnd-xa-vi-du",
    ///     "name": {"vi": "UBND xã Ví Dụ", "en": "Ví Dụ Commune People's Committee"},
    ///     "valid": {"from": "2025-07-01"}, "status": "C"},
    ///   "roles": [{"role": "commune_committee", "body": "ubnd-xa-vi-du",
    ///     "valid": {"from": "2025-07-01"}, "status": "C"}]}"#).unwrap();
    /// let day = chrono::NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
    /// let id = quyche::org::BodyId::new("ubnd-xa-vi-du");
    /// assert_eq!(reg.roles_of(&id, day)[0].role.as_str(), "commune_committee");
    /// ```
    pub fn register_body(&mut self, body: Body, roles: Vec<RoleAssignment>) -> Result<()> {
        let mut problems = self.register.registration_problems(&body, &roles);
        self.duty_problems(&mut problems, &roles);
        if !problems.is_empty() {
            let first = problems.remove(0);
            return Err(first.with_related(problems));
        }
        let (nb, na) = (self.register.bodies.len(), self.register.assignments.len());
        self.register.bodies.push(body);
        self.register.assignments.extend(roles);
        if let Err(e) = self.validate() {
            self.register.bodies.truncate(nb);
            self.register.assignments.truncate(na);
            return Err(e);
        }
        Ok(())
    }

    /// [`Regulation::register_body`] from the JSON form ([`BodyRegistration`]).
    pub fn register_body_json(&mut self, text: &str) -> Result<()> {
        let r: BodyRegistration = crate::json::from_str(text)?;
        self.register_body(r.body, r.roles)
    }

    fn duty_problems(&self, out: &mut Vec<Error>, roles: &[RoleAssignment]) {
        for (i, a) in roles.iter().enumerate() {
            for (j, d) in a.duties.iter().enumerate() {
                let at = format!("/roles/{i}/duties/{j}");
                match self.matrix.duty(d) {
                    None => out.push(Error::invalid(
                        at,
                        format!("The duty `{}` is not in the matrix.", crate::text::echo(d)),
                        format!(
                            "Nhiệm vụ `{}` không có trong ma trận trách nhiệm.",
                            crate::text::echo(d)
                        ),
                    )),
                    Some(duty) if !duty.is_held_by(&a.role) => out.push(
                        Error::invalid(
                            at,
                            format!("The duty `{d}` is not a duty of the role `{}`.", a.role),
                            format!("Nhiệm vụ `{d}` không thuộc vai trò `{}`.", a.role),
                        )
                        .with_citations([duty.citation.clone()]),
                    ),
                    Some(_) => {}
                }
            }
        }
    }
}
