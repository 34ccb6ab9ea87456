//! Reading the command's files: a regulation document, and case files — JSON Lines event logs
//! (read line by line, with a progress bar on a terminal) or JSON (a bundle `{"regulation",
//! "register", "cases"}` as `examples/python/cases-2026.json`, a stored case, an event log, or
//! an array of event logs or cases). Every case is rebuilt by replaying its log: hash chain and
//! guards. Errors point into the file.

use crate::output::Failure;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use quyche::case::Case;
use quyche::error::{Error, ErrorCode};
use quyche::json::MAX_INPUT_BYTES;
use quyche::org::BodyRegistration;
use quyche::regulation::Regulation;
use serde_json::Value;
use std::io::{BufReader, IsTerminal};
use std::path::Path;

/// The refusal of a file that cannot be read.
fn unreadable(file: &Path, e: std::io::Error) -> Failure {
    Failure::in_file(
        Error::new(
            ErrorCode::InvalidInput,
            format!("{} cannot be read: {e}", file.display()),
            format!("không đọc được tệp {}: {e}", file.display()),
        )
        .at(""),
        file,
    )
}

/// The whole text of `file`, at most [`MAX_INPUT_BYTES`] (the core's limit for one text).
pub fn read_text(file: &Path) -> Result<String, Failure> {
    let len = std::fs::metadata(file)
        .map_err(|e| unreadable(file, e))?
        .len();
    if len > MAX_INPUT_BYTES as u64 {
        return Err(Failure::in_file(
            Error::new(
                ErrorCode::InputTooLarge,
                format!("{} is larger than {MAX_INPUT_BYTES} bytes", file.display()),
                format!("tệp {} lớn hơn {MAX_INPUT_BYTES} byte", file.display()),
            )
            .at(""),
            file,
        ));
    }
    let bytes = std::fs::read(file).map_err(|e| unreadable(file, e))?;
    String::from_utf8(bytes).map_err(|e| {
        Failure::in_file(
            Error::new(
                ErrorCode::InvalidJson,
                format!("{} is not UTF-8: {e}", file.display()),
                format!("tệp {} không phải UTF-8: {e}", file.display()),
            )
            .at(""),
            file,
        )
    })
}

/// The regulation: the document `file` (validated: every problem reported), else the built-in
/// one.
pub fn regulation(file: Option<&Path>) -> Result<Regulation, Failure> {
    match file {
        None => Ok(Regulation::khanh_hoa()),
        Some(f) => {
            let text = read_text(f)?;
            quyche_ffi::regulation_from_json(&text).map_err(|e| Failure::in_file(e, f))
        }
    }
}

/// Registers the bodies of `file`: an array of body registrations, or an object with
/// `register` (a case bundle); pointers into the file.
pub fn register_file(reg: &mut Regulation, file: &Path) -> Result<(), Failure> {
    let text = read_text(file)?;
    let mut value = quyche::json::read_json(&text).map_err(|e| Failure::in_file(e, file))?;
    let (list, at) = match value.get_mut("register") {
        Some(list) => (list.take(), "/register"),
        None => (value, ""),
    };
    let done = match list {
        Value::Array(_) => register(reg, list).map_err(|e| {
            // `register` reports pointers at `/register/…`; a bare array starts at `/…`.
            match (
                at,
                e.path.as_deref().and_then(|p| p.strip_prefix("/register")),
            ) {
                ("", Some(rest)) => {
                    let rest = rest.to_string();
                    e.at(rest)
                }
                _ => e,
            }
        }),
        _ => Err(Error::invalid(
            at,
            "expected an array of body registrations, or an object with `register`",
            "cần mảng các đăng ký cơ quan, hoặc đối tượng có mục `register`",
        )),
    };
    done.map_err(|e| Failure::in_file(e, file))
}

/// A progress bar over the bytes of `file`, drawn on stderr only when it is a terminal.
pub fn progress(file: &Path) -> ProgressBar {
    let len = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
    let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    if !std::io::stderr().is_terminal() {
        bar.set_draw_target(ProgressDrawTarget::hidden());
    }
    if let Ok(style) =
        ProgressStyle::with_template("{msg} [{bar:30}] {bytes}/{total_bytes} ({eta})")
    {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message(file.display().to_string());
    bar
}

/// True for a JSON Lines file (by its extension).
pub fn is_jsonl(file: &Path) -> bool {
    file.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl") || e.eq_ignore_ascii_case("ndjson"))
}

/// Opens `file` for reading line by line behind a progress bar.
pub fn lines(
    file: &Path,
) -> Result<
    (
        BufReader<indicatif::ProgressBarIter<std::fs::File>>,
        ProgressBar,
    ),
    Failure,
> {
    let f = std::fs::File::open(file).map_err(|e| unreadable(file, e))?;
    let bar = progress(file);
    Ok((BufReader::new(bar.wrap_read(f)), bar))
}

/// The cases of every file, in order (registrations of a bundle added to `reg` as read).
pub fn cases(reg: &mut Regulation, files: &[impl AsRef<Path>]) -> Result<Vec<Case>, Failure> {
    let mut out = Vec::new();
    for f in files {
        out.extend(cases_of(reg, f.as_ref())?);
    }
    Ok(out)
}

/// The cases of one file.
pub fn cases_of(reg: &mut Regulation, file: &Path) -> Result<Vec<Case>, Failure> {
    if is_jsonl(file) {
        let (reader, bar) = lines(file)?;
        let cases = quyche_ffi::cases_from_jsonl_reader(reg, reader);
        bar.finish_and_clear();
        return cases.map_err(|e| Failure::in_file(e, file));
    }
    let text = read_text(file)?;
    let value = quyche::json::read_json(&text).map_err(|e| Failure::in_file(e, file))?;
    from_value(reg, value).map_err(|e| Failure::in_file(e, file))
}

/// A log (array of events) or a stored case (object with `events`) at `at`.
fn one(reg: &Regulation, v: Value, at: &str) -> quyche::Result<Case> {
    if v.is_object() {
        return Case::from_json(reg, &v.to_string()).map_err(|e| e.under(at));
    }
    let events = quyche::case::log_from_value(reg, v).map_err(|e| e.under(at))?;
    Case::replay_owned(reg, events).map_err(|e| e.under(at))
}

/// True when `v` is one event (an object with a `seq`).
fn is_event(v: &Value) -> bool {
    v.get("seq").is_some()
}

/// The cases of a JSON value (see the module docs), pointers into it.
pub fn from_value(reg: &mut Regulation, v: Value) -> quyche::Result<Vec<Case>> {
    match v {
        Value::Object(mut m) if m.contains_key("cases") => {
            for key in m.keys() {
                if !["regulation", "register", "cases"].contains(&key.as_str()) {
                    return Err(Error::invalid(
                        format!("/{}", quyche::error::pointer_token(key)),
                        format!(
                            "a case bundle has no member `{key}` (regulation, register, cases)"
                        ),
                        format!("tệp vụ việc không có mục `{key}` (regulation, register, cases)"),
                    ));
                }
            }
            if let Some(id) = m.get("regulation") {
                let id = id.as_str().unwrap_or_default();
                if id != reg.id {
                    return Err(Error::invalid(
                        "/regulation",
                        format!(
                            "the cases were recorded under regulation `{id}`, not `{}`",
                            reg.id
                        ),
                        format!(
                            "các vụ việc được ghi theo quy chế `{id}`, không phải `{}`",
                            reg.id
                        ),
                    )
                    .with_help(
                        "Give the regulation with --regulation FILE.",
                        "Chỉ định quy chế bằng --regulation TỆP.",
                    ));
                }
            }
            if let Some(list) = m.remove("register") {
                register(reg, list)?;
            }
            let Some(Value::Array(items)) = m.remove("cases") else {
                return Err(Error::invalid(
                    "/cases",
                    "`cases` is an array of event logs or cases",
                    "`cases` là mảng các nhật ký sự kiện hoặc vụ việc",
                ));
            };
            items
                .into_iter()
                .enumerate()
                .map(|(i, c)| one(reg, c, &format!("/cases/{i}")))
                .collect()
        }
        Value::Object(_) => Ok(vec![one(reg, v, "")?]),
        Value::Array(items) if items.first().is_some_and(is_event) => {
            Ok(vec![one(reg, Value::Array(items), "")?])
        }
        Value::Array(items) if !items.is_empty() => items
            .into_iter()
            .enumerate()
            .map(|(i, c)| one(reg, c, &format!("/{i}")))
            .collect(),
        _ => Err(Error::invalid(
            "",
            "expected cases: a bundle {\"cases\": [...]}, a case, an event log or an array of them",
            "cần các vụ việc: {\"cases\": [...]}, một vụ việc, một nhật ký sự kiện hoặc mảng các mục đó",
        )),
    }
}

/// Registers a bundle's bodies; one already registered identically is skipped (the same
/// bundle's bodies given twice).
pub fn register(reg: &mut Regulation, list: Value) -> quyche::Result<()> {
    let Value::Array(items) = list else {
        return Err(Error::invalid(
            "/register",
            "`register` is an array of body registrations",
            "`register` là mảng các đăng ký cơ quan",
        ));
    };
    for (i, item) in items.into_iter().enumerate() {
        let at = format!("/register/{i}");
        let r: BodyRegistration = quyche::json::from_value(item).map_err(|e| e.under(&at))?;
        if reg.register.body(&r.body.id) == Some(&r.body) {
            continue;
        }
        reg.register_body(r.body, r.roles)
            .map_err(|e| e.under(&at))?;
    }
    Ok(())
}

/// The case `id` among `cases`, or the only one.
pub fn pick<'a>(cases: &'a [Case], id: Option<&str>) -> quyche::Result<&'a Case> {
    let ids = || {
        cases
            .iter()
            .map(|c| c.id.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match id {
        Some(id) => cases.iter().find(|c| c.id.0 == id).ok_or_else(|| {
            Error::invalid(
                "/case",
                format!("no case `{id}` in the files (cases: {})", ids()),
                format!(
                    "không có vụ việc `{id}` trong các tệp (các vụ việc: {})",
                    ids()
                ),
            )
        }),
        None if cases.len() == 1 => Ok(&cases[0]),
        None => Err(Error::invalid(
            "/case",
            format!(
                "the files hold {} cases; choose one with --case ({})",
                cases.len(),
                ids()
            ),
            format!(
                "các tệp có {} vụ việc; chọn một bằng --case ({})",
                cases.len(),
                ids()
            ),
        )),
    }
}
