//! The normal form of a step's input: instants in Vietnam time (the same instant written with
//! another offset makes the same event), and the actor within the limits every reader applies.

use super::command::{Actor, Command};
use crate::error::Result;
use chrono::{DateTime, FixedOffset};

/// `t` in Vietnam time; a leap second is refused at `path` (relative to the command).
fn vn(t: &mut DateTime<FixedOffset>, path: &str) -> Result<()> {
    *t = crate::time::rfc3339::no_leap_second(crate::time::to_vn(*t)).map_err(|e| e.at(path))?;
    Ok(())
}

fn vn_opt(t: &mut Option<DateTime<FixedOffset>>, path: &str) -> Result<()> {
    match t {
        Some(t) => vn(t, path),
        None => Ok(()),
    }
}

/// The fact time `at` in Vietnam time (a leap second refused at `/at`).
pub(crate) fn at(t: DateTime<FixedOffset>) -> Result<DateTime<FixedOffset>> {
    let mut t = t;
    vn(&mut t, "/at")?;
    Ok(t)
}

/// The command with every instant it holds in Vietnam time (the same instant written with
/// another offset makes the same event); a leap second is refused at its field.
pub(crate) fn vn_times(mut cmd: Command) -> Result<Command> {
    match &mut cmd {
        Command::Detect(d) => {
            vn_opt(&mut d.detected_at, "/detected_at")?;
            vn_opt(&mut d.content.published_at, "/content/published_at")?;
        }
        Command::TakeAction(a) => a
            .trigger
            .iter_mut()
            .try_for_each(|t| vn(&mut t.at, "/trigger/at"))?,
        Command::RequestAction(a) => a
            .trigger
            .iter_mut()
            .try_for_each(|t| vn(&mut t.at, "/trigger/at"))?,
        Command::DirectAction(a) => a
            .trigger
            .iter_mut()
            .try_for_each(|t| vn(&mut t.at, "/trigger/at"))?,
        Command::RecordPlatformResponse(r) => vn_opt(&mut r.responded_at, "/responded_at")?,
        _ => {}
    }
    Ok(cmd)
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
