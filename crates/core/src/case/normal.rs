//! The normal form of a step's input: instants in Vietnam time (the same instant written with
//! another offset makes the same event), and the actor within the limits every reader applies.

use super::command::{Actor, Command};
use crate::error::Result;
use chrono::{DateTime, FixedOffset};

fn vn(t: &mut DateTime<FixedOffset>) {
    *t = crate::time::to_vn(*t);
}

fn vn_opt(t: &mut Option<DateTime<FixedOffset>>) {
    if let Some(t) = t {
        vn(t);
    }
}

/// The command with every instant it holds in Vietnam time.
pub(crate) fn vn_times(mut cmd: Command) -> Command {
    match &mut cmd {
        Command::Detect(d) => {
            vn_opt(&mut d.detected_at);
            vn_opt(&mut d.content.published_at);
        }
        Command::TakeAction(a) => a.trigger.iter_mut().for_each(|t| vn(&mut t.at)),
        Command::RequestAction(a) => a.trigger.iter_mut().for_each(|t| vn(&mut t.at)),
        Command::DirectAction(a) => a.trigger.iter_mut().for_each(|t| vn(&mut t.at)),
        Command::RecordPlatformResponse(r) => vn_opt(&mut r.responded_at),
        _ => {}
    }
    cmd
}

/// The actor in NFC, its body id and officer name within the limits of names.
pub(crate) fn actor(a: &Actor) -> Result<Actor> {
    let body = crate::text::nfc(a.body.as_str());
    let officer = a.officer.as_deref().map(crate::text::nfc);
    let limit = super::guards::MAX_NAME_CHARS;
    for (path, value) in [
        ("/actor/body", Some(&body)),
        ("/actor/officer", officer.as_ref()),
    ] {
        let Some(v) = value else { continue };
        if v.chars().count() > limit {
            return Err(crate::error::Error::new(
                crate::error::ErrorCode::InputTooLarge,
                format!("The text is longer than {limit} characters."),
                format!("Nội dung dài quá {limit} ký tự."),
            )
            .at(path));
        }
        if v.trim().is_empty() || v.chars().any(char::is_control) {
            return Err(crate::error::Error::invalid(
                path,
                "A name is not empty and has no control characters.",
                "Tên không được để trống và không chứa ký tự điều khiển.",
            ));
        }
    }
    Ok(Actor {
        body: crate::org::BodyId(body),
        officer,
    })
}
