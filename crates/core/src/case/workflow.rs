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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
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
