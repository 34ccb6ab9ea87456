//! Guards of the closing steps: nothing of a confidential case is published, a label agrees
//! with the conclusion, and a case is closed only when nothing is left open.

use super::{Ctx, limits};
use crate::case::command::{LabelContent, MarkConfidential, PublishResults};
use crate::case::model::Case;
use crate::case::refusals::Refusal;
use crate::error::Error;
use crate::rules::GuardRule;
use crate::vocab::{ContentLabel, Verdict};

/// Nothing of a case touching Party or State secrets is published.
pub(super) fn not_confidential(_: &Ctx, case: &Case, rule: &GuardRule) -> Option<Error> {
    case.state_secret
        .then(|| Refusal::Confidential.error(rule.citations.clone()))
}

/// Every action and proposal has a result or was withdrawn.
pub(super) fn nothing_open(_: &Ctx, case: &Case, rule: &GuardRule) -> Option<Error> {
    if !case.anything_open() {
        return None;
    }
    let ids: Vec<&str> = case
        .open_actions()
        .map(|a| a.id.as_str())
        .chain(
            case.proposals
                .iter()
                .filter(|p| p.is_open())
                .map(|p| p.id.as_str()),
        )
        .collect();
    let ids = ids.join(", ");
    Some(Refusal::SomethingOpen { ids: &ids }.error(rule.citations.clone()))
}

/// The payload checks of `mark_confidential`.
pub(super) fn check_mark(ctx: &Ctx, m: &MarkConfidential) -> Option<Error> {
    if let Some(e) = limits::text("/note", &m.note, false) {
        return Some(e);
    }
    ctx.case
        .filter(|c| c.state_secret)
        .map(|_| Refusal::AlreadyConfidential.error([]))
}

/// The payload checks of `label_content`: a case concluded not violating is not labelled fake
/// or false.
pub(super) fn check_label(ctx: &Ctx, l: &LabelContent) -> Option<Error> {
    if let Some(e) = limits::text("/note", &l.note, false) {
        return Some(e);
    }
    let verdict = ctx.case?.assessment.as_ref().map(|a| a.verdict);
    (verdict == Some(Verdict::NotViolating) && l.label != ContentLabel::Verified)
        .then(|| Refusal::LabelContradicts.error([]).at("/label"))
}

/// The payload checks of `publish_results`.
pub(super) fn check_publish(p: &PublishResults) -> Option<Error> {
    limits::text("/title", &p.title, true).or_else(|| limits::opt_text("/url", p.url.as_deref()))
}
