//! Looking up a regulation's open vocabularies by the text a caller typed: the role, activity,
//! action kind or time-limit rule, or a typed refusal that lists what the regulation declares.
//! The bindings use these so that `body_for("emperor", …)` is an error, not an empty list.

use super::Regulation;
use crate::duty::Activity;
use crate::error::{Error, Result};
use crate::org::Role;
use crate::rules::ActionKind;
use crate::text::echo;

/// `INVALID_INPUT` at `""`: `what` (en, vi) has no value `id` here; the known ids follow.
fn unknown<'a>(what: (&str, &str), id: &str, known: impl Iterator<Item = &'a str>) -> Error {
    let list = known.collect::<Vec<_>>().join(", ");
    let shown = echo(id);
    Error::invalid(
        "",
        format!(
            "This regulation declares no {} `{shown}`; it declares: {list}.",
            what.0
        ),
        format!(
            "Quy chế này không có {} `{shown}`; các giá trị có: {list}.",
            what.1
        ),
    )
}

impl Regulation {
    /// The role with id `id`, or `INVALID_INPUT` listing the declared roles.
    ///
    /// ```
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// assert_eq!(reg.role_named("lead_agency").unwrap().id.as_str(), "lead_agency");
    /// let e = reg.role_named("emperor").unwrap_err();
    /// assert!(e.message_vi.starts_with("Quy chế này không có vai trò `emperor`"));
    /// ```
    pub fn role_named(&self, id: &str) -> Result<&Role> {
        let roles = &self.register.roles;
        roles
            .iter()
            .find(|r| r.id.as_str() == id)
            .ok_or_else(|| unknown(("role", "vai trò"), id, roles.iter().map(|r| r.id.as_str())))
    }

    /// The activity of Điều 6's kind with id `id`, or `INVALID_INPUT` listing them.
    pub fn activity_named(&self, id: &str) -> Result<&Activity> {
        let all = &self.matrix.activities;
        all.iter().find(|a| a.id.0 == id).ok_or_else(|| {
            unknown(
                ("activity", "hoạt động"),
                id,
                all.iter().map(|a| a.id.0.as_str()),
            )
        })
    }

    /// The action kind with id `id`, or `INVALID_INPUT` listing them.
    pub fn action_kind_named(&self, id: &str) -> Result<&ActionKind> {
        let all = &self.workflow.actions;
        all.iter().find(|a| a.id.as_str() == id).ok_or_else(|| {
            unknown(
                ("action kind", "loại biện pháp"),
                id,
                all.iter().map(|a| a.id.as_str()),
            )
        })
    }

    /// The time-limit rule with id `id` (as the catalogue spells it), or `INVALID_INPUT`
    /// listing the rules the catalogue has.
    pub fn time_limit_rule_named(&self, id: &str) -> Result<String> {
        let rules = self.catalogue.time_limit_rules();
        match rules.iter().find(|r| **r == id) {
            Some(r) => Ok((*r).to_string()),
            None => Err(unknown(
                ("time-limit rule", "quy định thời hạn"),
                id,
                rules.into_iter(),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_ids_are_found_and_unknown_ones_refused_with_the_list() {
        let reg = Regulation::khanh_hoa_ref();
        assert!(reg.activity_named("verification").is_ok());
        assert!(reg.action_kind_named("removal").is_ok());
        assert!(
            reg.time_limit_rule_named("provider_removal_on_request")
                .is_ok()
        );
        for e in [
            reg.role_named("x").unwrap_err(),
            reg.activity_named("x").unwrap_err(),
            reg.action_kind_named("x").unwrap_err(),
            reg.time_limit_rule_named("x").unwrap_err(),
        ] {
            assert_eq!(e.code.as_str(), "INVALID_INPUT");
            assert_eq!(e.path.as_deref(), Some(""));
            assert!(
                e.message_vi.starts_with("Quy chế này không có "),
                "{}",
                e.message_vi
            );
        }
        let e = reg.role_named(&"x".repeat(10_000)).unwrap_err();
        assert!(e.message.len() < 2_000, "the echoed id is capped");
    }
}
