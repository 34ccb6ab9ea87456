//! Guards of removal requests to platforms and their answers: the request's fields are within
//! limits; an answer concerns a request of the case not answered yet, is recorded by its
//! requester (or the body answering for it), and is not earlier than the request.

use super::{Ctx, limits};
use crate::case::command::{RecordPlatformResponse, SendRemovalRequest};
use crate::case::refusals::Refusal;
use crate::error::Error;
use crate::vocab::PlatformResponse;

/// The payload checks of `send_removal_request`.
pub(super) fn check_send(ctx: &Ctx, s: &SendRemovalRequest) -> Option<Error> {
    if let Some(e) = limits::opt_name("/platform", s.platform.as_deref())
        .or_else(|| limits::opt_name("/reference", s.reference.as_deref()))
    {
        return Some(e);
    }
    let case = ctx.case?;
    let id = s.action_id.as_deref()?;
    match case.action(id) {
        None => Some(Refusal::UnknownItem { id }.error([]).at("/action_id")),
        Some(a) if !a.is_open() => Some(Refusal::NotOpen { id }.error([]).at("/action_id")),
        Some(a) if !ctx.answers_for(&ctx.actor.body, &a.body) => {
            let body = ctx.name(&ctx.actor.body);
            let holder = ctx.name(&a.body);
            Some(
                Refusal::NotHolder {
                    body: &body,
                    item: id,
                    holder: &holder,
                }
                .error([])
                .at("/action_id"),
            )
        }
        Some(_) => None,
    }
}

/// The payload checks of `record_platform_response`.
pub(super) fn check_response(ctx: &Ctx, r: &RecordPlatformResponse) -> Option<Error> {
    if let Some(e) = limits::text("/note", &r.note, false) {
        return Some(e);
    }
    let case = ctx.case?;
    let id = r.request_id.as_str();
    let Some(req) = case.removal_requests.iter().find(|x| x.id == id) else {
        return Some(Refusal::UnknownItem { id }.error([]).at("/request_id"));
    };
    if req.response.is_some() {
        return Some(Refusal::NotOpen { id }.error([]).at("/request_id"));
    }
    if !ctx.answers_for(&ctx.actor.body, &req.by) {
        let body = ctx.name(&ctx.actor.body);
        let holder = ctx.name(&req.by);
        return Some(
            Refusal::NotHolder {
                body: &body,
                item: id,
                holder: &holder,
            }
            .error([])
            .at("/request_id"),
        );
    }
    if r.response == PlatformResponse::NoAnswer && r.responded_at.is_some() {
        return Some(Error::invalid(
            "/responded_at",
            "No answer has no time.",
            "Không phản hồi thì không có thời điểm phản hồi.",
        ));
    }
    let at = r.responded_at?;
    if at > ctx.at {
        return Some(
            Refusal::AfterRecord {
                what: ("response time", "phản hồi"),
            }
            .error([])
            .at("/responded_at"),
        );
    }
    (at < req.at).then(|| {
        Error::new(
            crate::error::ErrorCode::TimeOrder,
            "The platform cannot answer before the request was sent.",
            "Nền tảng không thể phản hồi trước khi nhận được yêu cầu.",
        )
        .at("/responded_at")
    })
}
