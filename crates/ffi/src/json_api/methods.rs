//! The methods of [`super::call`], one function each, over the arguments object.

use super::args::{Args, decode, or_at, too_large, under};
use quyche::case::{Actor, Advisory, Case, Command, Event, allowed_commands};
use quyche::error::{Error, ErrorCode, Result};
use quyche::json::{MAX_EVENTS, MAX_REGISTER};
use quyche::law::Citation;
use quyche::org::BodyRegistration;
use quyche::regulation::Regulation;
use quyche::time::{Schedule, WorkCalendar};
use serde_json::{Value, json};
use std::borrow::Cow;

fn to_json<T: serde::Serialize>(v: &T) -> Result<Value> {
    quyche::json::to_value(v)
}

/// `regulation?` and `register?`: the regulation to answer with (default: the built-in Khánh Hòa
/// document) and the user's own bodies registered into it, in order.
fn regulation(args: &mut Args) -> Result<Cow<'static, Regulation>> {
    let mut reg = match args.raw("regulation") {
        None => Cow::Borrowed(Regulation::khanh_hoa_ref()),
        Some(v) => {
            let r: Regulation = decode(v, "/regulation")?;
            r.validate().map_err(|e| under(e, "/regulation"))?;
            Cow::Owned(r)
        }
    };
    let Some(list) = args.raw("register") else {
        return Ok(reg);
    };
    let Value::Array(items) = list else {
        return Err(Error::invalid(
            "/register",
            "`register` is an array of body registrations",
            "`register` là mảng các đăng ký cơ quan",
        ));
    };
    if items.len() > MAX_REGISTER {
        return Err(too_large(
            "/register",
            format!("more than {MAX_REGISTER} registrations"),
            format!("nhiều hơn {MAX_REGISTER} đăng ký"),
        ));
    }
    for (i, item) in items.into_iter().enumerate() {
        let at = format!("/register/{i}");
        let r: BodyRegistration = decode(item, &at)?;
        reg.to_mut()
            .register_body(r.body, r.roles)
            .map_err(|e| under(e, &at))?;
    }
    Ok(reg)
}

/// Decodes an event log (a JSON array) under `prefix`, each command by its own type so the
/// pointer names the field.
fn events(v: Value, prefix: &str) -> Result<Vec<Event>> {
    let Value::Array(items) = v else {
        return Err(Error::invalid(
            prefix,
            "an event log is a JSON array",
            "nhật ký sự kiện phải là mảng JSON",
        ));
    };
    if items.len() > MAX_EVENTS {
        return Err(too_large(
            prefix,
            format!("{} events; the limit is {MAX_EVENTS}", items.len()),
            format!("{} sự kiện; giới hạn là {MAX_EVENTS}", items.len()),
        ));
    }
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.into_iter().enumerate() {
        let at = format!("{prefix}/{i}");
        if let Some(cmd) = item.get("command") {
            Command::from_value(cmd.clone()).map_err(|e| under(e, &format!("{at}/command")))?;
        }
        out.push(decode::<Event>(item, &at)?);
    }
    Ok(out)
}

/// Rebuilds the case given as `/case`: its log is replayed; when other fields are given too,
/// they must be exactly what the log rebuilds.
fn case(v: Value, reg: &Regulation) -> Result<Case> {
    let Value::Object(m) = v else {
        return Err(Error::invalid(
            "/case",
            "a case is a JSON object with its `events`",
            "vụ việc là một đối tượng JSON có `events`",
        ));
    };
    let log = m.get("events").cloned().ok_or_else(|| {
        Error::invalid(
            "/case/events",
            "a case carries its event log",
            "vụ việc phải có nhật ký sự kiện",
        )
    })?;
    let rebuilt = Case::replay_owned(reg, events(log, "/case/events")?)
        .map_err(|e| under(e, "/case/events"))?;
    if m.len() == 1 {
        return Ok(rebuilt);
    }
    let stored: Case = decode(Value::Object(m), "/case")?;
    if stored != rebuilt {
        let back = to_json(&rebuilt)?;
        let field = to_json(&stored)?
            .as_object()
            .and_then(|s| s.iter().find(|(k, v)| back.get(k.as_str()) != Some(v)))
            .map(|(k, _)| format!("/case/{k}"))
            .unwrap_or_else(|| "/case".into());
        return Err(Error::new(
            ErrorCode::LogTampered,
            "the case's fields differ from what its event log rebuilds",
            "thông tin vụ việc khác với kết quả dựng lại từ nhật ký sự kiện",
        )
        .at(field));
    }
    Ok(rebuilt)
}

/// Points a refusal of `start`/`apply` into the arguments: guards speak of `/actor/…`, `/at`
/// or a field of the command.
fn step_error(mut e: Error, actor_is_string: bool) -> Error {
    let path = match e.path.as_deref() {
        None if e.code == ErrorCode::InvalidTransition => "/command/type".to_string(),
        None => "/command".to_string(),
        Some("/actor/body") if actor_is_string => "/actor".to_string(),
        Some(p) if p == "/at" || p == "/actor" || p.starts_with("/actor/") => p.to_string(),
        Some(p) => format!("/command{p}"),
    };
    e.path = Some(path);
    e.related = std::mem::take(&mut e.related)
        .into_iter()
        .map(|r| step_error(r, actor_is_string))
        .collect();
    e
}

/// A step's result: the case, the event the step appended (the log's last) and its advisories.
fn step(case: &Case, advisories: &[Advisory]) -> Result<Value> {
    Ok(json!({
        "case": to_json(case)?,
        "event": to_json(&case.events.last())?,
        "advisories": to_json(&advisories)?,
    }))
}

pub(super) fn regulation_validate(mut a: Args) -> Result<Value> {
    let v = a.raw_required("regulation")?;
    a.finish()?;
    let reg: Regulation = decode(v, "/regulation")?;
    reg.validate().map_err(|e| under(e, "/regulation"))?;
    Ok(json!({"id": reg.id, "version": reg.version}))
}

pub(super) fn citation_parse(mut a: Args) -> Result<Value> {
    let text: String = a.req("text")?;
    let reg = regulation(&mut a)?;
    a.finish()?;
    let c = Citation::parse_with(&text, &*reg).map_err(|e| under(e, "/text"))?;
    Ok(json!({"citation": to_json(&c)?, "key": c.key(), "vi": c.vi(&*reg), "en": c.en(&*reg)}))
}

pub(super) fn command_decode(mut a: Args) -> Result<Value> {
    let v = a.raw_required("command")?;
    a.finish()?;
    let c = Command::from_value(v).map_err(|e| under(e, "/command"))?;
    to_json(&c)
}

/// The `command`, `actor` and `at` of a step.
fn step_args(
    a: &mut Args,
) -> Result<(Command, Actor, bool, chrono::DateTime<chrono::FixedOffset>)> {
    let cmd = Command::from_value(a.raw_required("command")?).map_err(|e| under(e, "/command"))?;
    let (actor, bare) = a.actor()?;
    let at = a.at()?;
    Ok((cmd, actor, bare, at))
}

pub(super) fn case_start(mut a: Args) -> Result<Value> {
    let reg = regulation(&mut a)?;
    let (cmd, actor, bare, at) = step_args(&mut a)?;
    a.finish()?;
    let (case, advisories) = Case::start(&reg, cmd, &actor, at).map_err(|e| step_error(e, bare))?;
    step(&case, &advisories)
}

pub(super) fn case_apply(mut a: Args) -> Result<Value> {
    let reg = regulation(&mut a)?;
    let raw = a.raw_required("case")?;
    // A log already at the limit takes no further event: refused before it is replayed.
    let full = raw.get("events").and_then(Value::as_array);
    if full.is_some_and(|e| e.len() >= MAX_EVENTS) {
        return Err(too_large(
            "/case/events",
            format!("the log already holds {MAX_EVENTS} events, the limit"),
            format!("nhật ký đã có {MAX_EVENTS} sự kiện, mức tối đa"),
        ));
    }
    let mut c = case(raw, &reg)?;
    let (cmd, actor, bare, at) = step_args(&mut a)?;
    a.finish()?;
    let advisories = c
        .apply(&reg, cmd, &actor, at)
        .map_err(|e| step_error(e, bare))?
        .advisories;
    step(&c, &advisories)
}

pub(super) fn case_replay(mut a: Args) -> Result<Value> {
    let reg = regulation(&mut a)?;
    let log = events(a.raw_required("events")?, "/events")?;
    a.finish()?;
    let c = Case::replay_owned(&reg, log).map_err(|e| under(e, "/events"))?;
    Ok(json!({"case": to_json(&c)?}))
}

pub(super) fn case_allowed(mut a: Args) -> Result<Value> {
    let reg = regulation(&mut a)?;
    let c = a.raw("case").map(|v| case(v, &reg)).transpose()?;
    let (actor, _) = a.actor()?;
    let at = a.at()?;
    a.finish()?;
    to_json(&allowed_commands(&reg, c.as_ref(), &actor, at))
}

pub(super) fn case_migrate(mut a: Args) -> Result<Value> {
    let reg = regulation(&mut a)?;
    let log = a.raw_required("events")?;
    a.finish()?;
    let m = quyche::case::migrate(&reg, &log.to_string()).map_err(|e| under(e, "/events"))?;
    to_json(&m)
}

pub(super) fn calendar_add_working_days(mut a: Args) -> Result<Value> {
    let date = a.date("date")?;
    let days: u32 = a.req("days")?;
    a.finish()?;
    let cal = WorkCalendar::vietnam();
    cal.is_working_day(date).map_err(|e| e.at("/date"))?;
    to_json(
        &cal.add_working_days(date, days)
            .map_err(|e| e.at("/days"))?,
    )
}

pub(super) fn report_calendar(mut a: Args) -> Result<Value> {
    let year: i32 = a.req("year")?;
    let as_of = a.date("as_of")?;
    let reg = regulation(&mut a)?;
    a.finish()?;
    let cal =
        quyche::report::reporting_calendar(&reg, year, as_of).map_err(|e| or_at(e, "/year"))?;
    to_json(&cal)
}

pub(super) fn schedule_load(mut a: Args) -> Result<Value> {
    let s: Schedule = a.req("schedule")?;
    a.finish()?;
    s.validate().map_err(|e| under(e, "/schedule"))?;
    to_json(&s)
}
