//! Guards of detection: the content is described, its times are in order, the area's body
//! exists, the territory is covered, a chosen case id is safe.

use super::{Ctx, limits};
use crate::case::command::Detect;
use crate::case::refusals::Refusal;
use crate::error::Error;
use crate::regulation::Coverage;
use crate::rules::{GuardId, Transition};

/// The payload checks of `detect`.
pub(super) fn check(ctx: &Ctx, t: &Transition, d: &Detect) -> Option<Error> {
    sizes(d)
        .or_else(|| {
            d.case_id
                .as_ref()
                .and_then(|id| limits::case_id("/case_id", &id.0))
        })
        .or_else(|| content_required(t, d))
        .or_else(|| times(ctx, d))
        .or_else(|| {
            let owner = d.area.owner.as_ref()?;
            (!ctx.body_exists(owner)).then(|| ctx.unknown_body(owner, "/area/owner"))
        })
        .or_else(|| territory(ctx, t, d))
}

fn sizes(d: &Detect) -> Option<Error> {
    let c = &d.content;
    [
        limits::name("/content/platform", &c.platform),
        limits::text("/content/summary", &c.summary, false),
        limits::opt_text("/content/url", c.url.as_deref()),
        limits::opt_name("/content/author_handle", c.author_handle.as_deref()),
        limits::name("/content/language", &c.language),
        limits::opt_name("/area/commune", d.area.commune.as_deref()),
        limits::opt_name("/area/field", d.area.field.as_deref()),
        d.area
            .owner
            .as_ref()
            .and_then(|o| limits::body_id("/area/owner", o)),
        limits::list("/topics", d.topics.len()),
    ]
    .into_iter()
    .flatten()
    .next()
}

/// What is monitored and detected is described content.
fn content_required(t: &Transition, d: &Detect) -> Option<Error> {
    let rule = t.guard(GuardId::ContentRequired)?;
    let c = &d.content;
    let described =
        !c.summary.trim().is_empty() || c.url.as_deref().is_some_and(|u| !u.trim().is_empty());
    (!described).then(|| {
        Refusal::ContentRequired
            .error(rule.citations.clone())
            .at("/content/summary")
    })
}

fn times(ctx: &Ctx, d: &Detect) -> Option<Error> {
    let detected = d.detected_at.unwrap_or(ctx.at);
    if detected > ctx.at {
        return Some(
            Refusal::AfterRecord {
                what: ("detection time", "phát hiện"),
            }
            .error([])
            .at("/detected_at"),
        );
    }
    d.content
        .published_at
        .is_some_and(|p| p > detected)
        .then(|| {
            Refusal::PublishedAfterDetection
                .error([])
                .at("/content/published_at")
        })
}

/// The content's territory, when given, is one the regulation covers on the detection day.
fn territory(ctx: &Ctx, t: &Transition, d: &Detect) -> Option<Error> {
    let rule = t.guard(GuardId::TerritoryCovered)?;
    let id = d.area.territory.as_ref()?;
    let day = crate::time::vn_date(&d.detected_at.unwrap_or(ctx.at));
    match ctx.reg.coverage(id, day) {
        Coverage::Full(_) => None,
        _ => {
            let name = ctx.reg.register.territory(id).map_or_else(
                || crate::text::Label::new(id.as_str(), id.as_str()),
                |x| x.name.clone(),
            );
            Some(
                Refusal::OutOfTerritory { territory: &name }
                    .error(rule.citations.clone())
                    .at("/area/territory"),
            )
        }
    }
}
