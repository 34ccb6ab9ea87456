//! The limits of [`super::limits`] for input that does not arrive as JSON text: a Python `dict`,
//! a value built in Rust. The strict reader applies them while it reads text; a [`Budget`]
//! applies the same ones, with the same refusals at the same pointers, while a binding converts
//! its own values, before anything is built past a limit. [`check_value`] walks a
//! [`serde_json::Value`] that already exists.
//!
//! Every string and key is normalised to NFC as it is taken, and two keys of one object that
//! are equal once normalised are refused (one of them would otherwise be dropped).

use super::limits::{MAX_DEPTH, MAX_INPUT_BYTES, MAX_STRING_CHARS, MAX_VALUES};
use crate::error::{Error, ErrorCode, Result};
use serde_json::{Map, Value};

/// The refusal of a string of `n` characters.
pub(crate) fn too_long(n: usize) -> Error {
    Error::new(
        ErrorCode::InputTooLarge,
        format!("string of {n} characters; the limit is {MAX_STRING_CHARS}"),
        format!("chuỗi dài {n} ký tự; giới hạn là {MAX_STRING_CHARS}"),
    )
}

/// The refusal of the value one over [`MAX_VALUES`].
pub(crate) fn too_many_values() -> Error {
    Error::new(
        ErrorCode::InputTooLarge,
        format!("more than {MAX_VALUES} JSON values in one input"),
        format!("hơn {MAX_VALUES} giá trị JSON trong một dữ liệu vào"),
    )
}

/// The refusal of a container one level deeper than [`MAX_DEPTH`].
pub(crate) fn too_deep() -> Error {
    Error::new(
        ErrorCode::InputTooLarge,
        format!("JSON nested deeper than {MAX_DEPTH} levels"),
        format!("JSON lồng sâu quá {MAX_DEPTH} cấp"),
    )
}

/// The refusal of a key given twice in one object (compared after NFC).
pub(crate) fn duplicate_key(key: &str) -> Error {
    let shown = crate::text::echo(key);
    Error::invalid(
        "",
        format!("duplicate key `{shown}` in one object"),
        format!("khóa `{shown}` lặp lại trong cùng một đối tượng"),
    )
}

/// The running count of one input's values, and the checks of its strings, keys and nesting.
///
/// ```
/// use quyche::json::budget::Budget;
/// let mut b = Budget::new();
/// b.count("/0").unwrap();
/// assert_eq!(b.string("Kha\u{301}nh", "/1").unwrap(), "Khánh");
/// let e = b.enter(quyche::json::MAX_DEPTH, "/2").unwrap_err();
/// assert_eq!((e.code.as_str(), e.path.as_deref()), ("INPUT_TOO_LARGE", Some("/2")));
/// ```
#[derive(Debug, Default)]
pub struct Budget {
    values: usize,
    /// Bytes of string and key text taken so far (UTF-8, after NFC).
    bytes: usize,
}

impl Budget {
    /// A budget with nothing counted yet.
    pub fn new() -> Budget {
        Budget::default()
    }

    /// Counts the value at `path`, refusing it when it is one more than [`MAX_VALUES`].
    pub fn count(&mut self, path: &str) -> Result<()> {
        self.values += 1;
        match self.values <= MAX_VALUES {
            true => Ok(()),
            false => Err(too_many_values().at(path)),
        }
    }

    /// Checks that a container at `path`, inside `depth` others, is not nested too deep.
    pub fn enter(&self, depth: usize, path: &str) -> Result<()> {
        match depth < MAX_DEPTH {
            true => Ok(()),
            false => Err(too_deep().at(path)),
        }
    }

    /// The string `s` (at `path`) in NFC, refused when longer than [`MAX_STRING_CHARS`], or when
    /// the text taken so far passes [`MAX_INPUT_BYTES`] (the size a JSON text may have:
    /// `INPUT_TOO_LARGE` at `""`, as for text).
    pub fn string(&mut self, s: &str, path: &str) -> Result<String> {
        let s = crate::text::nfc(s);
        let n = s.chars().count();
        if n > MAX_STRING_CHARS {
            return Err(too_long(n).at(path));
        }
        self.bytes += s.len();
        if self.bytes > MAX_INPUT_BYTES {
            return Err(Error::new(
                ErrorCode::InputTooLarge,
                format!("more than {MAX_INPUT_BYTES} bytes of text in one input"),
                format!("hơn {MAX_INPUT_BYTES} byte văn bản trong một dữ liệu vào"),
            )
            .at(""));
        }
        Ok(s)
    }

    /// Adds member `key` (already taken with [`Budget::string`]) to `map`, refusing a key the
    /// object already has; `path` is the member's pointer.
    pub fn insert(
        &self,
        map: &mut Map<String, Value>,
        key: String,
        value: Value,
        path: &str,
    ) -> Result<()> {
        if map.contains_key(&key) {
            return Err(duplicate_key(&key).at(path));
        }
        map.insert(key, value);
        Ok(())
    }
}

/// `v` under the limits of JSON text: every string and key in NFC and within
/// [`MAX_STRING_CHARS`], no key twice in an object once normalised, nesting within
/// [`MAX_DEPTH`], at most [`MAX_VALUES`] values. Refusals are those of the strict reader, at the
/// same pointers.
///
/// ```
/// use serde_json::json;
/// let e = quyche::json::budget::check_value(json!({"a": ["x".repeat(10_001)]})).unwrap_err();
/// assert_eq!((e.code.as_str(), e.path.as_deref()), ("INPUT_TOO_LARGE", Some("/a/0")));
/// let e = quyche::json::budget::check_value(json!({"é": 1, "e\u{301}": 2})).unwrap_err();
/// assert_eq!(e.code.as_str(), "INVALID_INPUT");
/// ```
pub fn check_value(v: Value) -> Result<Value> {
    let mut budget = Budget::new();
    let mut path = String::new();
    walk(&mut budget, v, &mut path, 0)
}

fn walk(b: &mut Budget, v: Value, path: &mut String, depth: usize) -> Result<Value> {
    b.count(path)?;
    Ok(match v {
        Value::String(s) => Value::String(b.string(&s, path)?),
        Value::Array(items) => {
            b.enter(depth, path)?;
            let mut out = Vec::with_capacity(items.len());
            for (i, x) in items.into_iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("/{i}"));
                out.push(walk(b, x, path, depth + 1)?);
                path.truncate(len);
            }
            Value::Array(out)
        }
        Value::Object(m) => {
            b.enter(depth, path)?;
            let mut out = Map::new();
            for (k, x) in m {
                // An over-long key is refused at its object, as by the reader.
                let key = b.string(&k, path)?;
                let len = path.len();
                path.push('/');
                path.push_str(&crate::error::pointer_token(&key));
                let x = walk(b, x, path, depth + 1)?;
                b.insert(&mut out, key, x, path)?;
                path.truncate(len);
            }
            Value::Object(out)
        }
        other => other,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The value path refuses what the text path refuses, with the same code and pointer.
    #[test]
    fn values_meet_the_limits_of_text() {
        let cases = [
            json!({"a": {"b": ["x".repeat(MAX_STRING_CHARS + 1)]}}),
            json!({"k".repeat(MAX_STRING_CHARS + 1): 1}),
            json!({"Đi\u{1ec1}u": 1, "Đie\u{302}\u{300}u": 2}),
            (0..=MAX_DEPTH).fold(json!(1), |v, _| json!([v])),
        ];
        for v in cases {
            let text = v.to_string();
            let by_text = crate::json::read_json(&text).unwrap_err();
            let by_value = check_value(v).unwrap_err();
            assert_eq!(
                (by_value.code, by_value.path.as_deref()),
                (by_text.code, by_text.path.as_deref()),
                "{text:.80}"
            );
            assert_eq!(by_value.message_vi, by_text.message_vi);
        }
        let n = MAX_VALUES;
        let flat = Value::Array(vec![Value::Null; n]);
        let e = check_value(flat).unwrap_err();
        assert_eq!(
            (e.code, e.path.clone()),
            (ErrorCode::InputTooLarge, Some(format!("/{}", n - 1)))
        );
    }

    /// A value holding more text than a JSON text may (64 MiB) is refused as the text would be.
    #[test]
    fn text_past_the_input_size_is_refused_at_the_root() {
        let s = "x".repeat(MAX_STRING_CHARS);
        let n = MAX_INPUT_BYTES / MAX_STRING_CHARS + 1;
        let e = check_value(Value::Array(vec![Value::String(s); n])).unwrap_err();
        assert_eq!(
            (e.code, e.path.as_deref()),
            (ErrorCode::InputTooLarge, Some(""))
        );
    }

    #[test]
    fn strings_and_keys_come_back_in_nfc() {
        let v = check_value(json!({"Kha\u{301}nh": ["Ho\u{300}a"]})).unwrap();
        assert_eq!(v, json!({"Khánh": ["Hòa"]}));
    }
}
