//! Explanations: which commands a body may issue now and why not, the articles an event rests
//! on, and which bodies are involved in a case and under which articles — all from the
//! regulation's data.

use super::command::{Actor, Command};
use super::event::Event;
use super::guards::{Ctx, check_general};
use super::model::{Action, Case};
use crate::error::Error;
use crate::law::Citation;
use crate::org::{BodyId, RoleId};
use crate::regulation::Regulation;
use crate::rules::{ActionKind, RoleGrant, Transition};
use crate::text::Label;
use crate::vocab::{ActionMode, CommandKind};
use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One command with whether the body may issue it now, and why not.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct CommandCheck {
    /// The command.
    pub command: CommandKind,
    /// Its name under the regulation, in Vietnamese and English.
    pub label: Label,
    /// True when every payload-independent guard passes.
    pub allowed: bool,
    /// The failing guards (same shape as the errors `apply` returns).
    #[cfg_attr(feature = "ts", tsify(type = "ErrorJson[]"))]
    pub failures: Vec<Error>,
    /// The articles the command implements (of the row that allows it, else its first row).
    pub citations: Vec<Citation>,
}

/// Every command of the workflow for `actor` at `at`: allowed, or denied with the failing
/// guards. `case` is `None` before detection.
pub fn allowed_commands(
    reg: &Regulation,
    case: Option<&Case>,
    actor: &Actor,
    at: DateTime<FixedOffset>,
) -> Vec<CommandCheck> {
    let ctx = Ctx::new(reg, case, actor, at);
    reg.workflow
        .commands()
        .into_iter()
        .filter(|k| *k != CommandKind::AssignAction)
        .filter_map(|k| {
            let first = reg.workflow.transition(k)?;
            Some(match check_general(&ctx, k, false) {
                Ok(row) => CommandCheck {
                    command: k,
                    label: row.label(),
                    allowed: true,
                    failures: Vec::new(),
                    citations: row.citations.clone(),
                },
                Err(failures) => CommandCheck {
                    command: k,
                    label: first.label(),
                    allowed: false,
                    failures,
                    citations: first.citations.clone(),
                },
            })
        })
        .collect()
}

/// The citations of `t` for the roles `roles`: the row's `by_role` entries of those roles, else
/// all its citations.
fn row_citations(t: &Transition, roles: &[&RoleId]) -> Vec<Citation> {
    let mut out: Vec<Citation> = Vec::new();
    for r in roles {
        for c in t.citations_for(r).unwrap_or_default() {
            if !out.contains(c) {
                out.push(c.clone());
            }
        }
    }
    if out.is_empty() {
        out = t.citations.clone();
    }
    out
}

/// The grants of an action kind for a mode.
fn grants(k: &ActionKind, mode: ActionMode) -> &[RoleGrant] {
    match mode {
        ActionMode::Own => &k.takers,
        ActionMode::Requested | ActionMode::Assigned => &k.requestable,
        ActionMode::Directed => &k.directable,
    }
}

/// The citations giving a body playing `roles` an action of kind `kind` in `mode`.
fn action_citations(
    reg: &Regulation,
    kind: &crate::rules::ActionKindId,
    mode: ActionMode,
    roles: &[&RoleId],
) -> Vec<Citation> {
    let Some(k) = reg.workflow.action(kind) else {
        return Vec::new();
    };
    grants(k, mode)
        .iter()
        .filter(|g| roles.contains(&&g.role))
        .flat_map(|g| g.citations.iter().cloned())
        .collect()
}

/// The articles an event rests on: its row's citations for the roles the actor played that
/// day, and, for an action, the articles giving the acting body that kind of action.
///
/// ```
/// use quyche::case::*;
/// let reg = quyche::Regulation::khanh_hoa();
/// let at = chrono::DateTime::parse_from_rfc3339("2026-08-03T08:00:00+07:00").unwrap();
/// let cmd = Command::from_json(r#"{"type":"detect","source":"press_review","content":{
///     "platform":"Facebook","platform_kind":"social_network","kind":"post","summary":"Tin đồn"}}"#).unwrap();
/// let (case, _) = Case::start(&reg, cmd, &Actor::body("so-vhttdl"), at).unwrap();
/// // The lead agency detects under its own duty (press review), not the departments' one.
/// let keys: Vec<String> = basis(&reg, &case.events[0]).iter().map(|c| c.key()).collect();
/// assert!(keys.contains(&"2086/QĐ-UBND:7.1.d".to_string()));
/// assert!(!keys.contains(&"2086/QĐ-UBND:7.3.a".to_string()));
/// ```
pub fn basis(reg: &Regulation, event: &Event) -> Vec<Citation> {
    let Some(t) = reg.workflow.transition(event.command.kind()) else {
        return Vec::new();
    };
    let day = crate::time::vn_date(&event.at);
    let roles: Vec<&RoleId> = reg
        .register
        .assignments_of_on(&event.actor.body, day)
        .map(|a| &a.role)
        .collect();
    let mut out = row_citations(t, &roles);
    let target = |b: &BodyId| -> Vec<&RoleId> {
        reg.register
            .assignments_of_on(b, day)
            .map(|a| &a.role)
            .collect()
    };
    let extra = match &event.command {
        Command::TakeAction(a) => action_citations(reg, &a.kind, ActionMode::Own, &roles),
        Command::RequestAction(r) => {
            action_citations(reg, &r.kind, ActionMode::Requested, &target(&r.body))
        }
        Command::DirectAction(d) => {
            action_citations(reg, &d.kind, ActionMode::Directed, &target(&d.body))
        }
        _ => Vec::new(),
    };
    for c in extra {
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

/// Why a body is involved in a case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct Involvement {
    /// The body.
    pub body: BodyId,
    /// Its name on the case's last day.
    pub name: Label,
    /// The roles it plays then.
    pub roles: Vec<RoleId>,
    /// What it does in this case.
    pub why: Label,
    /// The articles.
    pub citations: Vec<Citation>,
}

/// Collects involvements, merging those of one body.
struct Involved<'a> {
    reg: &'a Regulation,
    day: chrono::NaiveDate,
    out: Vec<Involvement>,
}

impl Involved<'_> {
    fn roles(&self, b: &BodyId) -> Vec<&RoleId> {
        self.reg
            .register
            .assignments_of_on(b, self.day)
            .map(|a| &a.role)
            .collect()
    }

    fn add(&mut self, body: &BodyId, why: Label, citations: Vec<Citation>) {
        if let Some(x) = self.out.iter_mut().find(|x| &x.body == body) {
            // The same part twice (two results received) is said once.
            if !x.why.vi.split("; ").any(|p| p == why.vi) {
                x.why = Label::new(
                    format!("{}; {}", x.why.vi, why.vi),
                    format!("{}; {}", x.why.en, why.en),
                );
            }
            for c in citations {
                if !x.citations.contains(&c) {
                    x.citations.push(c);
                }
            }
            return;
        }
        let roles = self.roles(body).into_iter().cloned().collect();
        self.out.push(Involvement {
            body: body.clone(),
            name: self.reg.register.body_name(body, self.day),
            roles,
            why,
            citations,
        });
    }

    fn step(&mut self, body: &BodyId, k: CommandKind, why: Label) {
        let cites = self
            .reg
            .workflow
            .transition(k)
            .map(|t| row_citations(t, &self.roles(body)))
            .unwrap_or_default();
        self.add(body, why, cites);
    }

    fn action(&mut self, a: &Action) {
        let cites = action_citations(self.reg, &a.kind, a.mode, &self.roles(&a.body));
        let kind = self.reg.workflow.action(&a.kind).map_or_else(
            || Label::new(a.kind.as_str(), a.kind.as_str()),
            |k| k.label.clone(),
        );
        let why = Label::new(
            format!(
                "{} ({}, {}) và báo cáo kết quả",
                kind.vi,
                a.id,
                a.mode.vi().to_lowercase()
            ),
            format!(
                "{} ({}, {}) and reports the result",
                kind.en,
                a.id,
                a.mode.en().to_lowercase()
            ),
        );
        self.add(&a.body, why, cites);
        if let Some(r) = &a.result {
            for b in r.recipients.to.iter().chain(&r.recipients.cc) {
                self.add(
                    b,
                    Label::new("Nhận báo cáo kết quả xử lý", "Receives the results"),
                    r.recipients.citations.clone(),
                );
            }
        }
    }
}

impl Case {
    /// See [`allowed_commands`].
    pub fn allowed_commands(
        &self,
        reg: &Regulation,
        actor: &Actor,
        at: DateTime<FixedOffset>,
    ) -> Vec<CommandCheck> {
        allowed_commands(reg, Some(self), actor, at)
    }

    /// Which bodies are involved in the case now (as of its last event) and why.
    pub fn duties_involved(&self, reg: &Regulation) -> Vec<Involvement> {
        let at = self.last_at().unwrap_or(self.detection.at);
        let mut inv = Involved {
            reg,
            day: crate::time::vn_date(&at),
            out: Vec::new(),
        };
        inv.step(
            &self.detection.body,
            CommandKind::Detect,
            Label::new("Phát hiện thông tin", "Detected the content"),
        );
        if let Some(n) = &self.notification {
            inv.step(
                &n.to,
                CommandKind::Receive,
                Label::new(
                    "Chủ trì tiếp nhận, kiểm tra, xác minh, xử lý",
                    "Leads: receives, verifies, concludes, handles",
                ),
            );
        }
        if let Some(v) = &self.verification {
            for b in &v.consulted {
                inv.step(
                    b,
                    CommandKind::SubmitOpinion,
                    Label::new(
                        "Được lấy ý kiến kiểm tra, xác minh, thẩm định",
                        "Consulted on verification and handling",
                    ),
                );
            }
        }
        for o in &self.officers {
            inv.step(
                &o.body,
                CommandKind::AssignOfficer,
                Label::new("Cử cán bộ tham gia", "Assigned an officer"),
            );
        }
        for a in &self.actions {
            inv.action(a);
        }
        for r in &self.removal_requests {
            inv.step(
                &r.by,
                CommandKind::SendRemovalRequest,
                Label::new(
                    format!("Gửi yêu cầu gỡ bỏ {} tới {}", r.id, r.platform),
                    format!("Sent removal request {} to {}", r.id, r.platform),
                ),
            );
        }
        for p in &self.publications {
            inv.step(
                &p.body,
                CommandKind::PublishResults,
                Label::new("Thông báo kết quả xử lý", "Announced the results"),
            );
        }
        inv.out
    }
}
