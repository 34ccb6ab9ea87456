//! The arguments object of one call: named members taken one by one, each decoded with errors
//! pointing into the arguments (`/command/content/summary`, `/at`, …), unknown members refused.

use chrono::{DateTime, FixedOffset, NaiveDate};
use quyche::case::Actor;
use quyche::error::{Error, ErrorCode, Result, pointer_token};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// The members of the arguments object not yet taken.
pub(super) struct Args {
    map: Map<String, Value>,
}

/// Prefixes the pointer of `e` and of its related errors with `prefix`.
pub(super) fn under(mut e: Error, prefix: &str) -> Error {
    e.path = Some(format!("{prefix}{}", e.path.as_deref().unwrap_or("")));
    e.related = std::mem::take(&mut e.related)
        .into_iter()
        .map(|r| under(r, prefix))
        .collect();
    e
}

fn missing(name: &str) -> Error {
    Error::invalid(
        format!("/{}", pointer_token(name)),
        format!("missing argument `{name}`"),
        format!("thiếu tham số `{name}`"),
    )
}

impl Args {
    /// The arguments of a call: a JSON object.
    pub fn new(v: Value) -> Result<Args> {
        match v {
            Value::Object(map) => Ok(Args { map }),
            _ => Err(Error::invalid(
                "",
                "the arguments are a JSON object",
                "tham số phải là một đối tượng JSON",
            )),
        }
    }

    /// Takes member `name` as a raw value, if present (`null` counts as absent).
    pub fn raw(&mut self, name: &str) -> Option<Value> {
        self.map.remove(name).filter(|v| !v.is_null())
    }

    /// Takes required member `name` as a raw value.
    pub fn raw_required(&mut self, name: &str) -> Result<Value> {
        self.raw(name).ok_or_else(|| missing(name))
    }

    /// Takes member `name` decoded as `T`, if present.
    pub fn opt<T: DeserializeOwned>(&mut self, name: &str) -> Result<Option<T>> {
        self.raw(name)
            .map(|v| decode(v, &format!("/{}", pointer_token(name))))
            .transpose()
    }

    /// Takes required member `name` decoded as `T`.
    pub fn req<T: DeserializeOwned>(&mut self, name: &str) -> Result<T> {
        self.opt(name)?.ok_or_else(|| missing(name))
    }

    /// Takes required member `name` as an ISO date (`YYYY-MM-DD`): [`crate::parse_date`], at
    /// the member.
    pub fn date(&mut self, name: &str) -> Result<NaiveDate> {
        let s: String = self.req(name)?;
        crate::parse_date(&s).map_err(|e| e.at(format!("/{}", pointer_token(name))))
    }

    /// Takes the required fact time `at`: RFC 3339 with an offset (a naive time is refused).
    pub fn at(&mut self) -> Result<DateTime<FixedOffset>> {
        let s: String = self.req("at")?;
        quyche::time::parse_instant(&s).map_err(|e| e.at("/at"))
    }

    /// Takes the required `actor`: a body id, or `{"body": id, "officer": name}`. The returned
    /// flag is true when it was given as a bare string (errors then point at `/actor`).
    pub fn actor(&mut self) -> Result<(Actor, bool)> {
        match self.raw_required("actor")? {
            Value::String(s) => Ok((Actor::body(&s), true)),
            v @ Value::Object(_) => Ok((decode(v, "/actor")?, false)),
            _ => Err(Error::invalid(
                "/actor",
                "an actor is a body id or {\"body\", \"officer\"}",
                "tác nhân là mã cơ quan hoặc {\"body\", \"officer\"}",
            )),
        }
    }

    /// Refuses any member not taken: an argument the method does not know is not ignored.
    pub fn finish(self) -> Result<()> {
        match self.map.keys().next() {
            None => Ok(()),
            Some(k) => {
                let shown = quyche::text::echo(k);
                Err(Error::invalid(
                    format!("/{}", pointer_token(k)),
                    format!("unknown argument `{shown}`"),
                    format!("tham số `{shown}` không được hỗ trợ"),
                ))
            }
        }
    }
}

/// Decodes `v` as `T`, with pointers under `prefix` (the decoder refuses members `T` does not
/// have).
pub(super) fn decode<T: DeserializeOwned>(v: Value, prefix: &str) -> Result<T> {
    quyche::json::from_value(v).map_err(|e| under(e, prefix))
}

/// `e` with its code unchanged and a pointer: `default` when it had none.
pub(super) fn or_at(e: Error, default: &str) -> Error {
    if e.path.is_some() { e } else { e.at(default) }
}

/// An [`ErrorCode::InputTooLarge`] error at `path`.
pub(super) fn too_large(path: &str, en: String, vi: String) -> Error {
    Error::new(ErrorCode::InputTooLarge, en, vi).at(path)
}
