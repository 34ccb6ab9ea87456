//! Checks of the workflow: the table's rows, action kinds, channels, routing, advisories and
//! deadlines.

use super::{Known, Problems};
use crate::rules::{ActorRule, AdvisoryRule, DeadlineSubject, GuardId, RoleGrant, Transition};
use crate::vocab::CommandKind;

pub(super) fn check(p: &mut Problems, k: &Known) {
    let w = &k.reg.workflow;
    k.role(p, "/workflow/coordinator".into(), w.coordinator.as_str());
    if w.transition(CommandKind::Detect).is_none() {
        p.push(
            "/workflow/transitions".into(),
            "The workflow has no `detect` row: no case could start.".into(),
            "Quy trình không có bước `detect`: không vụ việc nào bắt đầu được.".into(),
        );
    }
    for (i, t) in w.transitions.iter().enumerate() {
        row(p, k, &format!("/workflow/transitions/{i}"), t);
    }
    p.unique(
        "/workflow/actions",
        "id",
        w.actions.iter().map(|a| a.id.as_str()),
    );
    for (i, a) in w.actions.iter().enumerate() {
        let at = format!("/workflow/actions/{i}");
        grants(p, k, &format!("{at}/takers"), &a.takers);
        grants(p, k, &format!("{at}/requestable"), &a.requestable);
        grants(p, k, &format!("{at}/directable"), &a.directable);
    }
    for (i, c) in w.channels.iter().enumerate() {
        k.citation(p, format!("/workflow/channels/{i}/citation"), &c.citation);
    }
    for (i, m) in w.methods.iter().enumerate() {
        k.citation(p, format!("/workflow/methods/{i}/citation"), &m.citation);
    }
    for (i, r) in w.routing.iter().enumerate() {
        let at = format!("/workflow/routing/{i}");
        for (j, x) in r.from_roles.iter().enumerate() {
            k.role(p, format!("{at}/from_roles/{j}"), x.as_str());
        }
        for (j, x) in r.to.iter().enumerate() {
            k.role(p, format!("{at}/to/{j}"), x.as_str());
        }
        for (j, x) in r.cc.iter().enumerate() {
            k.role(p, format!("{at}/cc/{j}"), x.as_str());
        }
        k.citations(p, &format!("{at}/citations"), &r.citations);
    }
    advisories(p, k);
    deadlines(p, k);
}

fn row(p: &mut Problems, k: &Known, at: &str, t: &Transition) {
    let detect = t.command == CommandKind::Detect;
    if detect != t.from.is_empty() {
        p.push(
            format!("{at}/from"),
            "Only `detect` starts from no state, and every other command starts from some state."
                .into(),
            "Chỉ lệnh `detect` không có trạng thái bắt đầu; mọi lệnh khác phải có.".into(),
        );
    }
    if t.command == CommandKind::AssignAction {
        p.push(
            format!("{at}/command"),
            "`assign_action` is only read in logs of earlier versions; use take_action, request_action or direct_action.".into(),
            "`assign_action` chỉ còn được đọc trong nhật ký của các phiên bản trước; hãy dùng `take_action`, `request_action` hoặc `direct_action`.".into(),
        );
    }
    actor(p, k, &format!("{at}/actor"), &t.actor);
    k.citations(p, &format!("{at}/citations"), &t.citations);
    for (j, r) in t.by_role.iter().enumerate() {
        k.role(p, format!("{at}/by_role/{j}/role"), r.role.as_str());
        k.citations(p, &format!("{at}/by_role/{j}/citations"), &r.citations);
    }
    p.unique(
        &format!("{at}/guards"),
        "guard",
        t.guards.iter().map(|g| g.guard.as_str()),
    );
    for (j, g) in t.guards.iter().enumerate() {
        k.citations(p, &format!("{at}/guards/{j}/citations"), &g.citations);
        for (n, d) in g.duties.iter().enumerate() {
            k.duty(p, format!("{at}/guards/{j}/duties/{n}"), d);
        }
        if g.guard == GuardId::VerificationDuty && g.duties.is_empty() {
            p.push(
                format!("{at}/guards/{j}/duties"),
                "`verification_duty` lists the duties that make a body consultable.".into(),
                "`verification_duty` cần liệt kê các nhiệm vụ cho phép lấy ý kiến cơ quan.".into(),
            );
        }
    }
}

fn actor(p: &mut Problems, k: &Known, at: &str, rule: &ActorRule) {
    match rule {
        ActorRule::Roles { roles } => {
            for (j, r) in roles.iter().enumerate() {
                k.role(p, format!("{at}/roles/{j}"), r.as_str());
            }
        }
        ActorRule::AnyOf { rules } => {
            for (j, r) in rules.iter().enumerate() {
                actor(p, k, &format!("{at}/rules/{j}"), r);
            }
        }
        _ => {}
    }
}

fn grants(p: &mut Problems, k: &Known, at: &str, list: &[RoleGrant]) {
    for (j, g) in list.iter().enumerate() {
        k.role(p, format!("{at}/{j}/role"), g.role.as_str());
        k.citations(p, &format!("{at}/{j}/citations"), &g.citations);
    }
}

fn advisories(p: &mut Problems, k: &Known) {
    for (i, a) in k.reg.workflow.advisories.iter().enumerate() {
        let at = format!("/workflow/advisories/{i}");
        match a {
            AdvisoryRule::ConsultOnTopics {
                role, citations, ..
            } => {
                k.role(p, format!("{at}/role"), role.as_str());
                k.citations(p, &format!("{at}/citations"), citations);
            }
            AdvisoryRule::ConsultAreaOwner { citations, .. } => {
                k.citations(p, &format!("{at}/citations"), citations);
            }
        }
    }
}

fn deadlines(p: &mut Problems, k: &Known) {
    let w = &k.reg.workflow;
    p.unique(
        "/workflow/deadlines",
        "id",
        w.deadlines.iter().map(|d| d.id.as_str()),
    );
    for (i, d) in w.deadlines.iter().enumerate() {
        let at = format!("/workflow/deadlines/{i}");
        match &d.on {
            DeadlineSubject::Action { action } if !k.actions.contains(action.as_str()) => {
                p.unknown(
                    format!("{at}/on/action"),
                    ("action kind", "loại việc"),
                    action.as_str(),
                    "/workflow/actions",
                );
            }
            DeadlineSubject::Step { binds, .. } => {
                k.role(p, format!("{at}/on/binds"), binds.as_str())
            }
            _ => {}
        }
        for (j, a) in d.apply.iter().enumerate() {
            if !k.rules.contains(a.rule.as_str()) {
                p.unknown(
                    format!("{at}/apply/{j}/rule"),
                    ("time-limit rule", "nhóm thời hạn"),
                    &a.rule,
                    "/catalogue/time_limits",
                );
            }
            for (n, r) in a.named_requesters.iter().enumerate() {
                k.role(
                    p,
                    format!("{at}/apply/{j}/named_requesters/{n}"),
                    r.as_str(),
                );
            }
        }
    }
}
