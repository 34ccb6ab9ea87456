//! A regulation's workflow: the coordinating role, the workflow table, action kinds,
//! notification channels and verification methods with their articles, result routing,
//! advisories and deadlines.

use super::{
    ActionKind, ActionKindId, AdvisoryRule, DeadlineRule, DeadlineSubject, Route, Target,
    Transition,
};
use crate::law::Citation;
use crate::org::RoleId;
use crate::vocab::{CaseStatus, Channel, CommandKind, Method};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A notification channel the regulation allows, with its article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct ChannelRule {
    /// The channel. — Hình thức thông báo.
    pub channel: Channel,
    /// The article allowing it. — Điều khoản.
    pub citation: Citation,
}

/// A verification method the regulation allows, with its article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct MethodRule {
    /// The method. — Phương thức.
    pub method: Method,
    /// The article allowing it. — Điều khoản.
    pub citation: Citation,
}

/// The `workflow` part of a regulation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Workflow {
    /// The role that receives notifications and coordinates (the lead agency). — Vai trò chủ trì.
    pub coordinator: RoleId,
    /// The workflow table. — Bảng quy trình.
    pub transitions: Vec<Transition>,
    /// Action kinds and who may take, be requested or be directed to each. — Các loại việc xử lý.
    #[serde(default)]
    pub actions: Vec<ActionKind>,
    /// Notification channels. — Hình thức thông báo.
    #[serde(default)]
    pub channels: Vec<ChannelRule>,
    /// Verification methods. — Phương thức kiểm tra, xác minh.
    #[serde(default)]
    pub methods: Vec<MethodRule>,
    /// Where results go. — Nơi nhận kết quả xử lý.
    #[serde(default)]
    pub routing: Vec<Route>,
    /// Advisory rules. — Các lưu ý.
    #[serde(default)]
    pub advisories: Vec<AdvisoryRule>,
    /// Deadlines of steps. — Thời hạn của các bước.
    #[serde(default)]
    pub deadlines: Vec<DeadlineRule>,
}

impl Workflow {
    /// The rows of `command`, in table order.
    pub fn rows(&self, command: CommandKind) -> impl Iterator<Item = &Transition> {
        self.transitions
            .iter()
            .filter(move |t| t.command == command)
    }

    /// The first row of `command`, if the regulation uses it.
    pub fn transition(&self, command: CommandKind) -> Option<&Transition> {
        self.rows(command).next()
    }

    /// The commands the regulation uses, each once, in table order.
    pub fn commands(&self) -> Vec<CommandKind> {
        let mut out: Vec<CommandKind> = Vec::new();
        for t in &self.transitions {
            if !out.contains(&t.command) {
                out.push(t.command);
            }
        }
        out
    }

    /// The action kind `id`.
    pub fn action(&self, id: &ActionKindId) -> Option<&ActionKind> {
        self.actions.iter().find(|a| &a.id == id)
    }

    /// The article allowing notification channel `c`, if the regulation allows it.
    pub fn channel(&self, c: Channel) -> Option<&ChannelRule> {
        self.channels.iter().find(|r| r.channel == c)
    }

    /// The article allowing verification method `m`, if the regulation allows it.
    pub fn method(&self, m: Method) -> Option<&MethodRule> {
        self.methods.iter().find(|r| r.method == m)
    }

    /// The routing rule for a body playing `roles`: the first rule naming one of them, else the
    /// first rule naming none.
    pub fn route_for(&self, roles: &[&RoleId]) -> Option<&Route> {
        self.routing
            .iter()
            .find(|r| r.from_roles.iter().any(|x| roles.contains(&x)))
            .or_else(|| self.routing.iter().find(|r| r.from_roles.is_empty()))
    }

    /// The deadline rule for removal requests, if any.
    pub fn removal_deadline(&self) -> Option<&DeadlineRule> {
        self.deadlines
            .iter()
            .find(|d| d.on == DeadlineSubject::RemovalRequest)
    }

    /// The deadline rule for actions of kind `kind`, if any.
    pub fn action_deadline(&self, kind: &ActionKindId) -> Option<&DeadlineRule> {
        self.deadlines
            .iter()
            .find(|d| matches!(&d.on, DeadlineSubject::Action { action } if action == kind))
    }

    /// The step deadlines that start after `command`.
    pub fn step_deadlines_after(
        &self,
        command: CommandKind,
    ) -> impl Iterator<Item = &DeadlineRule> {
        self.deadlines.iter().filter(
            move |d| matches!(&d.on, DeadlineSubject::Step { after, .. } if *after == command),
        )
    }

    /// The workflow as a Mermaid state diagram (generated from the table itself).
    ///
    /// ```
    /// let reg = quyche::Regulation::khanh_hoa();
    /// assert!(reg.workflow.mermaid().contains("received --> verifying: open_verification"));
    /// ```
    pub fn mermaid(&self) -> String {
        let mut out = String::from("stateDiagram-v2\n");
        let mut seen: Vec<String> = Vec::new();
        for t in &self.transitions {
            let name = t.command.as_str();
            for line in edges(t)
                .into_iter()
                .map(|(from, to)| format!("    {from} --> {to}: {name}\n"))
            {
                if !seen.contains(&line) {
                    out.push_str(&line);
                    seen.push(line);
                }
            }
        }
        out.push_str("    closed --> [*]\n    dismissed --> [*]\n");
        out
    }
}

/// The (from, to) pairs of a row, `[*]` for a new case.
fn edges(t: &Transition) -> Vec<(&'static str, &'static str)> {
    if t.from.is_empty() {
        return match t.to {
            Target::Status(to) => vec![("[*]", to.as_str())],
            _ => Vec::new(),
        };
    }
    let mut out = Vec::new();
    for from in &t.from {
        let targets: Vec<CaseStatus> = match t.to {
            Target::Status(s) => vec![s],
            Target::Same => vec![*from],
            Target::HandlingOrHandled => vec![CaseStatus::Handling, CaseStatus::Handled],
        };
        for to in targets {
            out.push((from.as_str(), to.as_str()));
        }
    }
    out
}
