//! Missed deadlines, counted in the window containing their due time: a body's (no result by
//! the due time) against that body; a platform's or an account owner's (no removal by the due
//! time) on their own line, never against the body that sent the request. Also what the
//! platforms answered.

use super::cases::{Count, bump, state_at};
use crate::case::{Action, Case, RemovalRequest};
use crate::law::Bound;
use crate::report::figures::MissedDeadline;
use crate::text::Label;
use crate::time::vn_date;
use crate::vocab::PlatformResponse;

/// Counts the case's deadlines and platform answers.
pub(super) fn count(c: &mut Count, case: &Case) {
    let window = c.window();
    let Some(at_end) = state_at(case, window.to) else {
        return;
    };
    for a in &at_end.actions {
        action(c, case, a);
    }
    for r in &at_end.removal_requests {
        request(c, case, r);
    }
}

fn action(c: &mut Count, case: &Case, a: &Action) {
    let window = c.window();
    let Some(d) = &a.deadline else { return };
    if !window.contains(vn_date(&d.due)) || a.withdrawn.is_some() {
        return;
    }
    let done = a.result.as_ref().map(|r| r.at);
    if done.is_some_and(|t| t <= d.due) {
        return;
    }
    c.row_of(&a.body).deadlines_missed += 1;
    let party = c.reg().register.body_name(&a.body, window.to);
    let m = MissedDeadline {
        case: c.options().include_case_ids.then(|| case.id.clone()),
        item: a.id.clone(),
        kind: Some(a.kind.clone()),
        binds: d.binds,
        body: Some(a.body.clone()),
        party,
        due: d.due,
        limit: d.limit,
        provision: d.provision.clone(),
        status: d.status,
        late_at: done,
    };
    c.figures().deadlines_missed.push(m);
}

fn request(c: &mut Count, case: &Case, r: &RemovalRequest) {
    let window = c.window();
    let case_id = c.options().include_case_ids.then(|| case.id.clone());
    let f = c.figures();
    if window.contains(vn_date(&r.at)) {
        match &r.response {
            Some(answer) => bump(&mut f.platforms.responses, answer.response),
            None => f.platforms.pending += 1,
        }
    }
    let Some(d) = &r.deadline else { return };
    if !window.contains(vn_date(&d.due)) {
        return;
    }
    let complied = r
        .response
        .as_ref()
        .filter(|a| a.response == PlatformResponse::Complied)
        .and_then(|a| a.at);
    if complied.is_some_and(|t| t <= d.due) {
        return;
    }
    f.platforms.late += 1;
    let party = match d.binds {
        Bound::AccountOwner => Label::new(
            format!("Chủ tài khoản trên {}", r.platform),
            format!("The account owner on {}", r.platform),
        ),
        _ => Label::new(r.platform.clone(), r.platform.clone()),
    };
    f.platform_deadlines_missed.push(MissedDeadline {
        case: case_id,
        item: r.id.clone(),
        kind: None,
        binds: d.binds,
        body: None,
        party,
        due: d.due,
        limit: d.limit,
        provision: d.provision.clone(),
        status: d.status,
        late_at: complied,
    });
}
