//! Conversions between Python values and the core's JSON values and types.
//!
//! Python → core: every argument is taken as a plain Python object and converted here, so a
//! wrong type is a `quyche.InvalidInput` with a JSON pointer, never a bare `TypeError` or a
//! panic. Dicts and lists become [`serde_json::Value`]s (keys must be `str`; `NaN` and infinities
//! are refused because JSON has no such numbers; the limits of JSON text apply while
//! converting, through the core's [`Budget`]: nesting, string length, value count, keys equal
//! once normalised, with the same refusals at the same pointers;
//! `datetime` values must be timezone-aware and become RFC 3339 strings, `date` values ISO dates;
//! `quyche.Citation` objects become their dict form). Strings and keys are normalised to NFC as
//! they are taken. The core then decodes the value into its own types with its own error
//! pointers.
//!
//! Core → Python: values are serialised with `pythonize` into plain dicts, lists, `str`, `int`,
//! `bool` and `None`; dates and times inside them stay ISO strings (as in the JSON schemas), so
//! they go straight into `json` or pandas. Top-level results that are a single date or instant
//! are `datetime.date` / aware `datetime.datetime` (UTC+07:00).

use crate::errors::to_py;
use chrono::{DateTime, FixedOffset, NaiveDate};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDate, PyDateTime, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};
use quyche::Error;
use quyche::error::pointer_token;
use quyche::json::budget::Budget;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "object".into())
}

/// The refusal of a Python value of the wrong type: `want` is the expected type in English and
/// Vietnamese (Python's own type names, such as `str`, are not translated).
fn wrong_type(path: &str, want: (&str, &str), obj: &Bound<'_, PyAny>) -> Error {
    let got = quyche::text::echo(&type_name(obj)).into_owned();
    Error::invalid(
        path,
        format!("expected {}, got {got}", want.0),
        format!("Cần {}, nhận được giá trị kiểu {got}.", want.1),
    )
}

fn py_str(obj: &Bound<'_, PyAny>, path: &str) -> Result<String, Error> {
    let s = obj
        .cast::<PyString>()
        .map_err(|_| wrong_type(path, ("str", "một chuỗi (str)"), obj))?;
    s.to_cow()
        .map(|c| c.into_owned())
        .map_err(|_| quyche::json::lone_surrogate().at(path))
}

/// `isoformat()` of a `date` or `datetime`.
fn isoformat(obj: &Bound<'_, PyAny>, path: &str) -> Result<String, Error> {
    let iso = obj
        .call_method0("isoformat")
        .map_err(|_| wrong_type(path, ("a date or datetime", "một date hoặc datetime"), obj))?;
    py_str(&iso, path)
}

/// An aware `datetime` as RFC 3339 text; a naive one is refused by the core's
/// [`quyche::time::parse_instant`] (its message says the offset is missing).
fn datetime_text(obj: &Bound<'_, PyAny>, path: &str) -> Result<String, Error> {
    let iso = isoformat(obj, path)?;
    quyche::time::parse_instant(&iso).map_err(|e| e.at(path))?;
    Ok(iso)
}

/// `obj` as JSON; `depth` lists and dicts enclose it, and errors point at `path`. The core's
/// [`Budget`] applies the limits of JSON text while converting (every value counted, strings and
/// keys in NFC and within their length, nesting, no key twice once normalised), so nothing past
/// a limit is built and a value accepted here could also have been sent as text.
fn value_at(
    obj: &Bound<'_, PyAny>,
    path: &mut String,
    depth: usize,
    b: &mut Budget,
) -> Result<Value, Error> {
    b.count(path)?;
    if obj.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if obj.is_instance_of::<PyInt>() {
        if let Ok(i) = obj.extract::<i64>() {
            return Ok(Value::from(i));
        }
        if let Ok(u) = obj.extract::<u64>() {
            return Ok(Value::from(u));
        }
        return Err(Error::invalid(
            path.as_str(),
            "integer out of the 64-bit range",
            "số nguyên vượt quá phạm vi 64 bit",
        ));
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        let x = f.value();
        return serde_json::Number::from_f64(x)
            .map(Value::Number)
            .ok_or_else(|| {
                Error::invalid(
                    path.as_str(),
                    format!("{x} is not a JSON number"),
                    format!("{x} không phải số JSON"),
                )
            });
    }
    if obj.is_instance_of::<PyString>() {
        return py_str(obj, path)
            .and_then(|t| b.string(&t, path))
            .map(Value::String);
    }
    if obj.is_instance_of::<PyDateTime>() {
        return datetime_text(obj, path).map(Value::String);
    }
    if obj.is_instance_of::<PyDate>() {
        return isoformat(obj, path).map(Value::String);
    }
    if let Ok(c) = obj.cast::<crate::citation::Citation>() {
        return quyche::json::to_value(&c.get().inner).map_err(|e| e.at(path.as_str()));
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        b.enter(depth, path)?;
        let mut map = serde_json::Map::new();
        for (k, v) in d.iter() {
            let key = py_str(&k, path).map_err(|_| {
                let got = quyche::text::echo(&type_name(&k)).into_owned();
                Error::invalid(
                    path.as_str(),
                    format!("dict keys must be str, got {got}"),
                    format!("Khóa của dict phải là str, nhận được giá trị kiểu {got}."),
                )
            })?;
            // An over-long key is refused at its dict, as the reader of text does.
            let key = b.string(&key, path)?;
            let len = path.len();
            path.push('/');
            path.push_str(&pointer_token(&key));
            let item = value_at(&v, path, depth + 1, b)?;
            b.insert(&mut map, key, item, path)?;
            path.truncate(len);
        }
        return Ok(Value::Object(map));
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        b.enter(depth, path)?;
        let mut out = Vec::new();
        for (i, v) in obj.try_iter().map_err(|e| py_error(path, e))?.enumerate() {
            let v = v.map_err(|e| py_error(path, e))?;
            let len = path.len();
            path.push_str(&format!("/{i}"));
            out.push(value_at(&v, path, depth + 1, b)?);
            path.truncate(len);
        }
        return Ok(Value::Array(out));
    }
    Err(wrong_type(
        path,
        (
            "None, bool, int, float, str, date, datetime, list, tuple or dict",
            "một giá trị None, bool, int, float, str, date, datetime, list, tuple hoặc dict",
        ),
        obj,
    ))
}

fn py_error(path: &str, e: PyErr) -> Error {
    Error::invalid(
        path,
        format!("cannot read the value: {e}"),
        "Không đọc được giá trị (Python báo lỗi khi chuyển đổi).".to_string(),
    )
}

/// A Python value as JSON; errors point below `path` (e.g. `""` or `"/window"`).
pub fn value(obj: &Bound<'_, PyAny>, path: &str) -> PyResult<Value> {
    let mut p = path.to_string();
    value_at(obj, &mut p, 0, &mut Budget::new()).map_err(to_py)
}

/// A Python value decoded into a core type (after NFC normalisation); errors point below `path`.
pub fn decode<T: DeserializeOwned>(obj: &Bound<'_, PyAny>, path: &str) -> PyResult<T> {
    decode_value(value(obj, path)?, path)
}

/// A JSON value decoded into a core type (values from [`value`] are already NFC and within the
/// limits); errors point below `path`.
pub fn decode_value<T: DeserializeOwned>(v: Value, path: &str) -> PyResult<T> {
    quyche::json::from_value(v).map_err(|e| to_py(if path.is_empty() { e } else { e.under(path) }))
}

/// Points a refusal of the core that has no pointer at the argument `path` (a date out of the
/// calendar's range, a count that runs past it).
pub fn at(path: &'static str) -> impl Fn(Error) -> Error {
    move |e| if e.path.is_none() { e.at(path) } else { e }
}

/// A `str` argument, or the core's refusal (for entry points that answer instead of raising).
pub fn text_arg(obj: &Bound<'_, PyAny>, path: &str) -> Result<String, Error> {
    py_str(obj, path)
}

/// A `str` argument.
pub fn string(obj: &Bound<'_, PyAny>, path: &str) -> PyResult<String> {
    py_str(obj, path).map_err(to_py)
}

/// An `int` argument (not `bool`) that fits `T`.
pub fn int<T: TryFrom<i64>>(obj: &Bound<'_, PyAny>, path: &str) -> PyResult<T> {
    let bad = || {
        to_py(Error::invalid(
            path,
            format!("expected an integer between {} and {}", i64::MIN, i64::MAX),
            "cần một số nguyên trong phạm vi cho phép",
        ))
    };
    if obj.is_instance_of::<PyBool>() || !obj.is_instance_of::<PyInt>() {
        return Err(to_py(wrong_type(path, ("int", "một số nguyên (int)"), obj)));
    }
    let i: i64 = obj.extract().map_err(|_| bad())?;
    T::try_from(i).map_err(|_| {
        to_py(Error::invalid(
            path,
            format!("{i} is out of range here"),
            format!("{i} nằm ngoài phạm vi cho phép"),
        ))
    })
}

/// A calendar day: a `datetime.date`, an ISO `"YYYY-MM-DD"` string, or an aware `datetime`
/// (its Vietnam calendar day). A naive `datetime` is refused.
pub fn date(obj: &Bound<'_, PyAny>, path: &str) -> PyResult<NaiveDate> {
    let r = if obj.is_instance_of::<PyDateTime>() {
        datetime_text(obj, path)
            .and_then(|s| quyche::time::parse_instant(&s).map_err(|e| e.at(path)))
            .map(|t| quyche::time::vn_date(&t))
    } else if obj.is_instance_of::<PyDate>() {
        isoformat(obj, path).and_then(|s| quyche_ffi::parse_date(&s).map_err(|e| e.at(path)))
    } else if obj.is_instance_of::<PyString>() {
        py_str(obj, path).and_then(|s| quyche_ffi::parse_date(&s).map_err(|e| e.at(path)))
    } else {
        Err(wrong_type(
            path,
            (
                "a date or an ISO date string",
                "một date hoặc chuỗi ngày dạng YYYY-MM-DD",
            ),
            obj,
        ))
    };
    r.map_err(to_py)
}

/// An instant: an aware `datetime` or an RFC 3339 string with an offset, returned in Vietnam
/// time. Naive datetimes and strings without an offset are refused (`InvalidInput`).
pub fn instant(obj: &Bound<'_, PyAny>, path: &str) -> PyResult<DateTime<FixedOffset>> {
    let text = if obj.is_instance_of::<PyDateTime>() {
        isoformat(obj, path)
    } else if obj.is_instance_of::<PyString>() {
        py_str(obj, path)
    } else {
        Err(wrong_type(
            path,
            (
                "a timezone-aware datetime or an RFC 3339 string",
                "một datetime có múi giờ hoặc chuỗi thời điểm RFC 3339",
            ),
            obj,
        ))
    };
    text.and_then(|s| quyche::time::parse_instant(&s).map_err(|e| e.at(path)))
        .map_err(to_py)
}

/// A value of one of the core's string enums (a role, an activity, …) from its `str` id.
pub fn name<T: DeserializeOwned>(obj: &Bound<'_, PyAny>, path: &str) -> PyResult<T> {
    let s = string(obj, path)?;
    quyche::json::from_value(Value::String(s)).map_err(|e| to_py(e.at(path)))
}

/// An actor: a body id (`"so-vhttdl"`) or a dict `{"body": ..., "officer": ...}`.
pub fn actor(obj: &Bound<'_, PyAny>) -> PyResult<quyche::case::Actor> {
    if obj.is_instance_of::<PyString>() {
        let body = string(obj, "/actor")?;
        let v = serde_json::json!({ "body": body });
        return quyche::json::from_value(v).map_err(|e| to_py(e.under("/actor")));
    }
    decode(obj, "/actor")
}

/// Any serialisable core value as plain Python data.
pub fn py<'py, T: Serialize + ?Sized>(py: Python<'py>, value: &T) -> PyResult<Bound<'py, PyAny>> {
    Ok(pythonize::pythonize(py, value)?)
}

/// Turns a core result into a Python one.
pub fn ok<T>(r: quyche::Result<T>) -> PyResult<T> {
    r.map_err(to_py)
}

/// A `quyche.Regulation` argument. Anything else is `quyche.InvalidInput` at `/reg` (pyo3's own
/// check would raise a bare `TypeError`).
pub struct Reg<'py>(pub Bound<'py, crate::regulation::Regulation>);

impl<'py> std::ops::Deref for Reg<'py> {
    type Target = Bound<'py, crate::regulation::Regulation>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl<'a, 'py> FromPyObject<'a, 'py> for Reg<'py> {
    type Error = PyErr;
    fn extract(obj: pyo3::Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        match obj.cast::<crate::regulation::Regulation>() {
            Ok(r) => Ok(Reg(r.to_owned())),
            Err(_) => Err(to_py(wrong_type(
                "/reg",
                ("a quyche.Regulation", "một quyche.Regulation"),
                &obj.to_owned(),
            ))),
        }
    }
}
