//! The canonical JSON of an event, written by hand in key order on the crate's canonical writer
//! ([`crate::json::canonical`]) so that the command's canonical JSON, when the caller already has
//! it, is copied rather than written again. The bytes are those of the generic writer (tested
//! below), and so of the hash recipe of the [`super::event`] module docs.

use super::event::Event;
use crate::json::canonical::{Out, Unsupported, with_output};

/// Calls `f` with the canonical JSON of an event without its `hash` (the bytes of
/// `to_canonical(ev, Some("hash"))`), written in a buffer reused between calls; `None` when the
/// event holds a shape left to the `Value` path.
pub(crate) fn with_event_canonical<R>(
    ev: &Event,
    command_json: Option<&str>,
    f: impl FnOnce(&str) -> R,
) -> Option<R> {
    with_output(|out| {
        write_event(out, ev, command_json).ok()?;
        Some(f(out.text()))
    })
}

/// The members of an event but `hash`, in key order.
fn write_event(out: &mut Out, ev: &Event, command_json: Option<&str>) -> Result<(), Unsupported> {
    out.raw("{\"actor\":");
    out.value(&ev.actor)?;
    out.raw(",\"at\":\"");
    crate::time::rfc3339::push(&ev.at, out.text_mut());
    out.raw("\",\"case_id\":");
    out.value(&ev.case_id)?;
    out.raw(",\"command\":");
    match command_json {
        Some(c) => out.raw(c),
        None => out.value(&ev.command)?,
    }
    out.raw(",\"effects\":");
    out.value(&ev.effects)?;
    out.raw(",\"prev_hash\":");
    out.string(&ev.prev_hash);
    out.raw(",\"regulation\":");
    out.value(&ev.regulation)?;
    out.raw(",\"seq\":");
    out.raw(itoa::Buffer::new().format(ev.seq));
    out.raw("}");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::canonical::to_canonical;
    use serde_json::json;

    /// The hand-ordered event writer gives the bytes of the generic writer (and so of the
    /// `Value` path) for every event of a real case, with and without the command's text given.
    #[test]
    fn event_writer_matches_the_generic_writer() {
        use crate::case::{Actor, Case, Command};
        let reg = crate::Regulation::khanh_hoa();
        let cmd: Command =
            serde_json::from_value(json!({"type": "detect", "source": "press_review",
            "content": {"platform": "Facebook", "platform_kind": "social_network", "kind": "post",
                        "summary": "Tin \"đồn\" sai\nvề dịch bệnh"}}))
            .unwrap();
        let at = chrono::DateTime::parse_from_rfc3339("2026-03-02T08:00:00+07:00").unwrap();
        let (mut case, _) = Case::start(&reg, cmd, &Actor::body("so-vhttdl"), at).unwrap();
        let receive: Command = serde_json::from_value(json!({"type": "receive"})).unwrap();
        case.apply(&reg, receive, &Actor::body("so-vhttdl"), at)
            .unwrap();
        for ev in &case.events {
            let generic = to_canonical(ev, Some("hash")).unwrap();
            assert_eq!(
                with_event_canonical(ev, None, str::to_owned).unwrap(),
                generic
            );
            let cmd = to_canonical(&ev.command, None).unwrap();
            assert_eq!(
                with_event_canonical(ev, Some(&cmd), str::to_owned).unwrap(),
                generic
            );
        }
    }
}
