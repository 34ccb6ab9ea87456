//! Conversions between JavaScript values and the core's Rust values. Nothing here knows a rule of
//! the regulation: values cross as JSON text, so the core's own parsing applies (size limit,
//! Unicode NFC, JSON pointers to the bad field).
//!
//! - **In**: an object argument is serialised with `JSON.stringify` (in JavaScript, so a deeply
//!   nested or cyclic object fails there, catchably, instead of overflowing the WebAssembly
//!   stack) and parsed by [`quyche_ffi::parse`]. `NaN` and `Infinity` become `null` and are
//!   then refused by the type they do not fit.
//! - **Out**: a value is serialised by `serde_json` and rebuilt with `JSON.parse`, so JavaScript
//!   sees exactly the JSON of `schemas/` (plain objects, absent options omitted) typed by the
//!   declarations tsify generates from the same Rust types.

use crate::error::{to_js, wrong_type};
use chrono::{DateTime, FixedOffset, NaiveDate};
use js_sys::JSON;
use serde::Serialize;
use serde::de::DeserializeOwned;
use tsify::{Ts, Tsify};
use wasm_bindgen::prelude::*;

/// The result of every exported function: a thrown value is a `QuycheError`.
pub type JsResult<T> = Result<T, JsValue>;

/// A core value as a plain JavaScript value (JSON round trip).
pub fn js<T: Serialize>(value: &T) -> JsResult<JsValue> {
    let cannot = || {
        to_js(quyche::Error::invalid(
            "",
            "the value could not be handed to JavaScript",
            "không chuyển được giá trị sang JavaScript",
        ))
    };
    // Struct fields keep their declaration order (as in `toJson()` and the JSON Schemas).
    let text = quyche::json::to_text(value).map_err(|_| cannot())?;
    JSON::parse(&text).map_err(|_| cannot())
}

/// A core value as its typed JavaScript value.
pub fn ts<T: Serialize + Tsify>(value: &T) -> JsResult<Ts<T>> {
    js(value).map(Ts::new_unchecked)
}

/// A list of core values as a typed JavaScript array.
pub fn ts_vec<T: Serialize + Tsify>(values: &[T]) -> JsResult<Vec<Ts<T>>> {
    values.iter().map(ts).collect()
}

/// A list of borrowed core values (as the core's queries return them).
pub fn ts_refs<T: Serialize + Tsify>(values: &[&T]) -> JsResult<Vec<Ts<T>>> {
    values.iter().map(|v| ts(*v)).collect()
}

/// The JSON text of a JavaScript value (`JSON.stringify`), for the core's parsers. `undefined`,
/// functions and symbols have no JSON text: they are the wrong type for every parameter.
pub fn json_text(value: &JsValue, arg: &str, expected: &str) -> JsResult<String> {
    if value.is_undefined() || value.is_function() || value.is_symbol() {
        return Err(wrong_type(arg, expected));
    }
    JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| wrong_type(arg, expected))
}

/// A core value from a JavaScript value of its JSON shape.
pub fn from_js<T: DeserializeOwned>(value: &JsValue, arg: &str, expected: &str) -> JsResult<T> {
    let text = json_text(value, arg, expected)?;
    // A refusal of the whole value (a wrong kind, an unknown word) points at the argument; one
    // inside an object keeps its pointer into that object, as in Python.
    quyche_ffi::parse(&text).map_err(|e| match e.path.as_deref() {
        Some("") | None => to_js(e.at(format!("/{arg}"))),
        _ => to_js(e),
    })
}

/// A core value from its typed JavaScript value.
pub fn from_ts<T: DeserializeOwned + Tsify>(
    value: &Ts<T>,
    arg: &str,
    expected: &str,
) -> JsResult<T> {
    from_js(&value.js_value(), arg, expected)
}

/// A string argument. A string holding half of a surrogate pair is refused, as Python refuses
/// it (wasm-bindgen would otherwise turn it into U+FFFD silently).
pub fn string(value: &JsValue, arg: &str) -> JsResult<String> {
    if value
        .dyn_ref::<js_sys::JsString>()
        .is_some_and(|s| !s.is_valid_utf16())
    {
        return Err(to_js(quyche::json::lone_surrogate().at(format!("/{arg}"))));
    }
    value.as_string().ok_or_else(|| wrong_type(arg, "a string"))
}

/// A calendar date argument, `"YYYY-MM-DD"`.
pub fn date(value: &JsValue, arg: &str) -> JsResult<NaiveDate> {
    let text = value
        .as_string()
        .ok_or_else(|| wrong_type(arg, "a date string \"YYYY-MM-DD\""))?;
    quyche_ffi::parse_date(&text).map_err(|e| to_js(e.at(format!("/{arg}"))))
}

/// An instant argument: an RFC 3339 string with an offset, or a JavaScript `Date`. The core
/// refuses a string without an offset.
pub fn instant(value: &JsValue, arg: &str) -> JsResult<DateTime<FixedOffset>> {
    let text = match value.dyn_ref::<js_sys::Date>() {
        Some(d) if d.get_time().is_finite() => String::from(d.to_iso_string()),
        Some(_) => return Err(wrong_type(arg, "a valid Date")),
        None => value.as_string().ok_or_else(|| {
            wrong_type(
                arg,
                "an RFC 3339 time with an offset (\"2026-08-03T08:15:00+07:00\") or a Date",
            )
        })?,
    };
    quyche::time::parse_instant(&text).map_err(|e| to_js(e.at(format!("/{arg}"))))
}

/// An integer argument within `min..=max` (a JavaScript number that is finite and whole).
pub fn int(value: &JsValue, arg: &str, min: f64, max: f64) -> JsResult<f64> {
    match value.as_f64() {
        Some(n) if n.is_finite() && n.fract() == 0.0 && (min..=max).contains(&n) => Ok(n),
        _ => Err(wrong_type(
            arg,
            &format!("a whole number from {min} to {max}"),
        )),
    }
}

/// A count argument (`0 ..= 2^32 - 1`).
pub fn count(value: &JsValue, arg: &str) -> JsResult<u32> {
    int(value, arg, 0.0, f64::from(u32::MAX)).map(|n| n as u32)
}

/// A year argument (the range the core accepts is checked by the core).
pub fn year(value: &JsValue, arg: &str) -> JsResult<i32> {
    int(value, arg, f64::from(i32::MIN), f64::from(i32::MAX)).map(|n| n as i32)
}

/// An instant as the string the core serialises it as (RFC 3339, Vietnam offset).
pub fn instant_out(t: DateTime<FixedOffset>) -> JsResult<String> {
    js(&t).map(|v| v.as_string().unwrap_or_default())
}
