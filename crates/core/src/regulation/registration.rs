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
            return Err(into_form(e, nb, na));
        }
        Ok(())
    }

    /// [`Regulation::register_body`] from the JSON form ([`BodyRegistration`]).
    ///
    /// ```
    /// let mut reg = quyche::Regulation::khanh_hoa();
    /// let e = reg.register_body_json(r#"{"body": {"id": "so-y-te-vd",
    ///     "name": {"vi": "Sở Y tế", "en": "Department of Health"},
    ///     "names": [{"name": {"vi": "Sở Y tế", "en": "Department of Health"},
    ///                "valid": {"from": "2026-01-01", "to": "2025-01-01"}, "status": "C"}],
    ///     "valid": {"from": "2020-08-12"}, "status": "C"}}"#).unwrap_err();
    /// assert_eq!(e.path.as_deref(), Some("/body/names/0/valid"));
    /// ```
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

/// An error of the whole document found after a registration, pointed into the registration's
/// form: the new body (`/register/bodies/<nb>` → `/body`) and its roles
/// (`/register/assignments/<na + k>` → `/roles/<k>`), as `INVALID_INPUT`. Others keep theirs.
fn into_form(mut e: Error, nb: usize, na: usize) -> Error {
    if let Some(p) = e.path.clone() {
        let body = format!("/register/bodies/{nb}");
        let mapped = if let Some(rest) = p.strip_prefix(&body) {
            Some(format!("/body{rest}"))
        } else if let Some(rest) = p.strip_prefix("/register/assignments/") {
            let (k, tail) = rest.split_once('/').unwrap_or((rest, ""));
            let k: Option<usize> = k.parse().ok();
            k.filter(|k| *k >= na).map(|k| {
                format!(
                    "/roles/{}{}{tail}",
                    k - na,
                    if tail.is_empty() { "" } else { "/" }
                )
            })
        } else {
            None
        };
        if let Some(m) = mapped {
            e.path = Some(m);
            e.code = crate::error::ErrorCode::InvalidInput;
        }
    }
    e.related = std::mem::take(&mut e.related)
        .into_iter()
        .map(|r| into_form(r, nb, na))
        .collect();
    e
}
