//! The workflow table of DESIGN.md as data: for each command, the states it may start from, the
//! state it leads to, who may issue it, and the articles it implements. The guards that need more
//! than the table live in [`super::guards`]. The built-in table is
//! `crates/core/data/khanh-hoa-2086/workflow.json`.

use super::command::CommandKind;
use super::vocab::{ActionKind, CaseStatus};
use crate::law::Citation;
use crate::org::Role;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The state a command leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub enum Target {
    /// A fixed state.
    Status(CaseStatus),
    /// The case stays where it is.
    Same,
    /// `handled` when no action is left open, else `handling` (report_result).
    HandlingOrHandled,
}

/// Who may issue a command.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case", tag = "kind")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub enum ActorRule {
    /// Any body that plays a role of the regulation on that date (Điều 1.2 scope).
    AnyBody,
    /// A body playing one of these roles on that date.
    Roles {
        /// The roles.
        roles: Vec<Role>,
    },
    /// The body that detected the case (Điều 5.1, 7.3.a).
    Detector,
    /// A body consulted in the verification (Điều 5.2.b).
    Consulted,
    /// A body taking part in the case (Điều 5.3).
    Participant,
    /// The assignee of the action concerned (Điều 7.2.b, 7.3.b).
    Assignee,
}

/// Decoded by hand, strictly (serde's derived decoding of an internally tagged enum drops members
/// the variant does not have): `{"kind": "<variant>"}`, plus `roles` for `roles`; any other
/// member is refused at its JSON pointer.
impl<'de> Deserialize<'de> for ActorRule {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use crate::json::by_hand::{absent, required};
        let form = ActorRuleForm::deserialize(d)?;
        if !matches!(form.kind, ActorRuleKind::Roles) {
            absent(&form.roles, "roles", &["kind"])?;
        }
        Ok(match form.kind {
            ActorRuleKind::AnyBody => ActorRule::AnyBody,
            ActorRuleKind::Roles => ActorRule::Roles {
                roles: required(form.roles, "roles")?,
            },
            ActorRuleKind::Detector => ActorRule::Detector,
            ActorRuleKind::Consulted => ActorRule::Consulted,
            ActorRuleKind::Participant => ActorRule::Participant,
            ActorRuleKind::Assignee => ActorRule::Assignee,
        })
    }
}

/// The JSON form of an [`ActorRule`]: its tag and every variant's members.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorRuleForm {
    kind: ActorRuleKind,
    #[serde(default, deserialize_with = "crate::json::by_hand::given")]
    roles: Option<Vec<Role>>,
}

/// The tags of [`ActorRule`].
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum ActorRuleKind {
    AnyBody,
    Roles,
    Detector,
    Consulted,
    Participant,
    Assignee,
}

/// One row of the workflow table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Transition {
    /// The command.
    pub command: CommandKind,
    /// States it may start from; empty for `detect` (a new case).
    pub from: Vec<CaseStatus>,
    /// The state it leads to.
    pub to: Target,
    /// Who may issue it.
    pub actor: ActorRule,
    /// The articles the row implements.
    pub citations: Vec<Citation>,
}

/// Which roles may carry an action kind, and the articles giving them the duty.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct ActionRule {
    /// The action kind.
    pub kind: ActionKind,
    /// Roles that may be assigned it.
    pub assignees: Vec<Role>,
    /// The articles.
    pub citations: Vec<Citation>,
}

/// The whole workflow of a regulation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Workflow {
    /// The transitions, one per command.
    pub transitions: Vec<Transition>,
    /// Action kinds and their assignees.
    pub actions: Vec<ActionRule>,
}

impl Workflow {
    /// The row for `command`.
    pub fn transition(&self, command: CommandKind) -> Option<&Transition> {
        self.transitions.iter().find(|t| t.command == command)
    }

    /// The rule for action kind `kind`.
    pub fn action(&self, kind: ActionKind) -> Option<&ActionRule> {
        self.actions.iter().find(|a| a.kind == kind)
    }

    /// The workflow as a Mermaid state diagram (generated from the table itself).
    ///
    /// ```
    /// let reg = quyche::Regulation::khanh_hoa();
    /// assert!(reg.workflow.mermaid().contains("received --> verifying: open_verification"));
    /// ```
    pub fn mermaid(&self) -> String {
        let mut out = String::from("stateDiagram-v2\n");
        for t in &self.transitions {
            let name = t.command.as_str();
            if t.from.is_empty() {
                if let Target::Status(to) = t.to {
                    out.push_str(&format!("    [*] --> {}: {name}\n", to.as_str()));
                }
                continue;
            }
            for from in &t.from {
                let targets: Vec<CaseStatus> = match t.to {
                    Target::Status(s) => vec![s],
                    Target::Same => vec![*from],
                    Target::HandlingOrHandled => vec![CaseStatus::Handling, CaseStatus::Handled],
                };
                for to in targets {
                    out.push_str(&format!(
                        "    {} --> {}: {name}\n",
                        from.as_str(),
                        to.as_str()
                    ));
                }
            }
        }
        out.push_str("    closed --> [*]\n    dismissed --> [*]\n");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Every variant decodes from what it serialises to (the match names each variant, so a new
    /// one cannot be forgotten in the hand-written decoder without this test failing to build).
    #[test]
    fn every_actor_rule_round_trips() {
        let all = |r: &ActorRule| match r {
            ActorRule::AnyBody
            | ActorRule::Roles { .. }
            | ActorRule::Detector
            | ActorRule::Consulted
            | ActorRule::Participant
            | ActorRule::Assignee => r.clone(),
        };
        for rule in [
            ActorRule::AnyBody,
            ActorRule::Roles {
                roles: vec![Role::LeadAgency],
            },
            ActorRule::Detector,
            ActorRule::Consulted,
            ActorRule::Participant,
            ActorRule::Assignee,
        ] {
            let v = crate::json::to_value(&all(&rule)).unwrap();
            assert_eq!(crate::json::from_value::<ActorRule>(v).unwrap(), rule);
        }
    }

    /// A member the variant does not have is refused at its pointer, `null` included; a missing
    /// one at the rule; a wrong tag at `/kind`.
    #[test]
    fn members_are_checked_against_the_variant() {
        let refused = |v: serde_json::Value| {
            let e = crate::json::from_value::<ActorRule>(v).unwrap_err();
            (e.path.unwrap_or_default(), e.message)
        };
        let (at, msg) = refused(json!({"kind": "detector", "roles": []}));
        assert_eq!(
            (at.as_str(), msg.as_str()),
            ("/roles", "unknown member `roles`; expected one of kind")
        );
        assert_eq!(
            refused(json!({"kind": "detector", "roles": null})).0,
            "/roles"
        );
        assert_eq!(
            refused(json!({"kind": "roles", "roles": [], "x": 1})).0,
            "/x"
        );
        assert_eq!(
            refused(json!({"kind": "roles", "roles": ["nope"]})).0,
            "/roles/0"
        );
        assert_eq!(refused(json!({"kind": "roles"})).1, "missing field `roles`");
        assert_eq!(refused(json!({"kind": "nobody"})).0, "/kind");
        assert_eq!(refused(json!({"roles": []})).1, "missing field `kind`");
    }
}
