//! Explanations: which commands a body may issue now and why not, and which bodies are involved
//! in a case and under which article.

use super::command::{Actor, CommandKind};
use super::guards::{Ctx, check_general, r};
use super::model::Case;
use super::vocab::CaseStatus;
use crate::error::Error;
use crate::law::{Citation, Point};
use crate::org::{BodyId, Role};
use crate::regulation::Regulation;
use crate::text::Label;
use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One command with whether the body may issue it now, and why not.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct CommandCheck {
    /// The command.
    pub command: CommandKind,
    /// Its name in Vietnamese and English.
    pub label: Label,
    /// True when every payload-independent guard passes.
    pub allowed: bool,
    /// The failing guards (same shape as the errors `apply` returns).
    #[cfg_attr(feature = "ts", tsify(type = "ErrorJson[]"))]
    pub failures: Vec<Error>,
    /// The articles the command implements.
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
        .transitions
        .iter()
        .map(|t| {
            let failures = check_general(&ctx, t.command);
            CommandCheck {
                command: t.command,
                label: t.command.label(),
                allowed: failures.is_empty(),
                failures,
                citations: t.citations.clone(),
            }
        })
        .collect()
}

/// The articles an event rests on: the rows of its transition that concern the acting body (for
/// Điều 7, only the clause of the actor's role on that day), plus, for an assigned action, the
/// articles giving the assignee that duty.
///
/// ```
/// use quyche::case::*;
/// let reg = quyche::Regulation::khanh_hoa();
/// let at = chrono::DateTime::parse_from_rfc3339("2026-08-03T08:00:00+07:00").unwrap();
/// let cmd = Command::from_json(r#"{"type":"detect","source":"press_review","content":{
///     "platform":"Facebook","platform_kind":"social_network","kind":"post","summary":"Tin đồn"}}"#).unwrap();
/// let (case, _) = Case::start(&reg, cmd, &Actor::body("so-vhttdl"), at).unwrap();
/// // The lead agency detects under 7.1.d (press review), not 7.3.a (departments).
/// let keys: Vec<String> = basis(&reg, &case.events[0]).iter().map(|c| c.key()).collect();
/// assert!(keys.contains(&"2086/QĐ-UBND:7.1.d".to_string()));
/// assert!(!keys.contains(&"2086/QĐ-UBND:7.3.a".to_string()));
/// ```
pub fn basis(reg: &Regulation, event: &super::Event) -> Vec<Citation> {
    let Some(t) = reg.workflow.transition(event.command.kind()) else {
        return Vec::new();
    };
    let actor = Actor {
        body: event.actor.body.clone(),
        officer: None,
    };
    let ctx = Ctx::new(reg, None, &actor, event.at);
    let clauses: Vec<Citation> = ctx
        .assignments_of(&actor.body)
        .filter_map(|a| a.role.article7_clause())
        .collect();
    let art7 = |c: &Citation| c.instrument == reg.instrument && c.article == 7;
    let mine: Vec<Citation> = t
        .citations
        .iter()
        .filter(|c| art7(c) && clauses.iter().any(|k| c.is_within(k)))
        .cloned()
        .collect();
    let mut out: Vec<Citation> = t.citations.iter().filter(|c| !art7(c)).cloned().collect();
    if mine.is_empty() {
        out.extend(t.citations.iter().filter(|c| art7(c)).cloned());
    } else {
        out.extend(mine);
    }
    if let super::Command::AssignAction(a) = &event.command
        && let Some(rule) = reg.workflow.action(a.kind)
    {
        for c in &rule.citations {
            if !out.contains(c) {
                out.push(c.clone());
            }
        }
    }
    out
}

/// Why a body is involved in a case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Involvement {
    /// The body.
    pub body: BodyId,
    /// Its name (the id when the body is unknown on that date).
    pub name: Label,
    /// The roles it plays on that date.
    pub roles: Vec<Role>,
    /// What it does in this case.
    pub why: Label,
    /// The articles.
    pub citations: Vec<Citation>,
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
        let actor = Actor {
            body: self.detection.body.clone(),
            officer: None,
        };
        let ctx = Ctx::new(reg, Some(self), &actor, at);
        let mut out: Vec<Involvement> = Vec::new();
        let mut add = |body: &BodyId, why: Label, citations: Vec<Citation>| {
            if let Some(x) = out.iter_mut().find(|x| &x.body == body) {
                x.why = Label::new(
                    format!("{}; {}", x.why.vi, why.vi),
                    format!("{}; {}", x.why.en, why.en),
                );
                x.citations.extend(citations);
                return;
            }
            let name = reg
                .bodies
                .iter()
                .find(|b| &b.id == body)
                .map(|b| b.name.clone())
                .unwrap_or_else(|| Label::new(body.as_str(), body.as_str()));
            let roles = ctx.assignments_of(body).map(|a| a.role).collect();
            out.push(Involvement {
                body: body.clone(),
                name,
                roles,
                why,
                citations,
            });
        };
        add(
            &self.detection.body,
            Label::new(
                "Phát hiện thông tin và thông báo cơ quan chủ trì",
                "Detected the content and notifies the lead agency",
            ),
            vec![r(5).clause(1), r(7).clause(3).point(Point::A)],
        );
        let leads: Vec<BodyId> = match &self.notification {
            Some(n) => vec![n.to.clone()],
            None => ctx
                .players(Role::LeadAgency)
                .map(|a| a.body.clone())
                .collect(),
        };
        for l in &leads {
            add(
                l,
                Label::new(
                    "Chủ trì tiếp nhận, kiểm tra, xác minh, xử lý",
                    "Leads: receives, verifies, concludes, handles",
                ),
                vec![r(7).clause(1).point(Point::A)],
            );
        }
        if let Some(v) = &self.verification {
            for b in &v.consulted {
                let clause = ctx
                    .assignments_of(b)
                    .filter_map(|a| a.role.article7_clause())
                    .collect();
                add(
                    b,
                    Label::new(
                        "Được lấy ý kiến kiểm tra, xác minh, thẩm định",
                        "Consulted: gives an opinion on verification and handling",
                    ),
                    clause,
                );
            }
        }
        for o in &self.officers {
            add(
                &o.body,
                Label::new("Cử cán bộ tham gia", "Assigned an officer"),
                vec![r(5).clause(3)],
            );
        }
        for a in &self.actions {
            let rule = reg
                .workflow
                .action(a.kind)
                .map(|x| x.citations.clone())
                .unwrap_or_default();
            add(
                &a.assignee,
                Label::new(
                    format!("Thực hiện {} ({}) và báo cáo kết quả", a.kind.vi(), a.id),
                    format!(
                        "Carries out {} ({}) and reports the result",
                        a.kind.en().to_lowercase(),
                        a.id
                    ),
                ),
                rule,
            );
        }
        if !self.actions.is_empty() {
            for p in ctx.players(Role::ProvincialPeoplesCommittee) {
                add(
                    &p.body,
                    Label::new("Nhận báo cáo kết quả xử lý", "Receives the results"),
                    vec![
                        r(7).clause(2).point(Point::B),
                        r(7).clause(3).point(Point::B),
                    ],
                );
            }
        }
        if let Some(p) = &self.publication {
            add(
                &p.outlet,
                Label::new("Đưa tin kết quả xử lý", "Published the results"),
                vec![r(7).clause(5).point(Point::B)],
            );
        } else if self.status == CaseStatus::Handled && !self.state_secret {
            for p in ctx.players(Role::PressOutlet) {
                add(
                    &p.body,
                    Label::new("Có thể đưa tin kết quả xử lý", "May publish the results"),
                    vec![r(7).clause(5).point(Point::B)],
                );
            }
        }
        out
    }
}
