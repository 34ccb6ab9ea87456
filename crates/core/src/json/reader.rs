//! The strict JSON reader every JSON input of the crate goes through: one streaming pass over the
//! text that builds a [`Value`] while enforcing the limits of untrusted input
//! ([`super::limits`]), so nothing after it sees a document that is too deep, has an over-long
//! string or repeats a key.
//!
//! Why a reader of our own rather than `serde_json::from_str::<Value>`: serde_json keeps the
//! **last** of two equal keys for a `Value` (and only errors for a derived struct, without a
//! position), and it reports its recursion limit as a syntax error. This reader is a plain serde
//! [`Visitor`] driven by serde_json's own tokenizer (no second parser, no new dependency): it
//! normalises every key and string to NFC *before* comparing keys, so `"Điều"` typed in NFD and
//! in NFC count as the same key, and it knows the JSON pointer of every node it is building.

use super::limits::{MAX_DEPTH, MAX_STRING_CHARS, MAX_VALUES};
use crate::error::{Error, ErrorCode, Result, pointer_token};
use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::cell::{Cell, RefCell};
use std::fmt;

/// The reader's shared state: where it is (reference tokens) and the first limit broken.
#[derive(Default)]
struct State {
    tokens: Vec<String>,
    error: Option<Error>,
}

impl State {
    fn pointer(&self) -> String {
        self.tokens
            .iter()
            .map(|t| format!("/{}", pointer_token(t)))
            .collect()
    }
}

/// Reads `text` as one JSON value under the limits of [`super::limits`]: nesting deeper than
/// [`MAX_DEPTH`], a string (or key) longer than [`MAX_STRING_CHARS`] characters or more than
/// [`MAX_VALUES`] values in all is [`ErrorCode::InputTooLarge`]; a key that appears twice in one object (after NFC) is
/// [`ErrorCode::InvalidInput`]; malformed JSON is [`ErrorCode::InvalidJson`]. Every error
/// carries the JSON pointer of the offending node (for a syntax error: of the node being read).
/// Strings and keys of the result are in NFC. The caller checks the total size first.
///
/// ```
/// use quyche::json::read_json;
/// let v = read_json(r#"{"a": "Đie\u0302\u0300u"}"#).unwrap();
/// assert_eq!(v["a"], "Điều");
/// let e = read_json(r#"{"a": {"b": 1, "b": 2}}"#).unwrap_err();
/// assert_eq!((e.code.as_str(), e.path.as_deref()), ("INVALID_INPUT", Some("/a/b")));
/// let e = read_json(&"[".repeat(1000)).unwrap_err();
/// assert_eq!(e.code.as_str(), "INPUT_TOO_LARGE");
/// ```
pub fn read_json(text: &str) -> Result<Value> {
    let state = RefCell::new(State::default());
    let values = Cell::new(0);
    let mut de = serde_json::Deserializer::from_str(text);
    let out = ValueSeed {
        state: &state,
        values: &values,
        depth: 0,
    }
    .deserialize(&mut de)
    .and_then(|v| de.end().map(|_| v));
    match out {
        Ok(v) => Ok(v),
        Err(e) => {
            let mut st = state.into_inner();
            if let Some(err) = st.error.take() {
                return Err(err);
            }
            // A `\\uD800` escape with no partner is well-formed JSON but no Unicode text: refused
            // as the value it is, as a binding refuses such a string given directly.
            let msg = e.to_string();
            if msg.contains("surrogate") || (msg.contains("hex escape") && surrogate_escape(text)) {
                return Err(lone_surrogate().at(st.pointer()));
            }
            let code = if e.is_data() {
                ErrorCode::InvalidInput
            } else {
                ErrorCode::InvalidJson
            };
            Err(Error::new(code, format!("malformed JSON: {e}"), syntax_vi(&e)).at(st.pointer()))
        }
    }
}

/// The refusal of a string that holds half of a UTF-16 surrogate pair (not Unicode text), in the
/// words every binding uses.
pub fn lone_surrogate() -> Error {
    Error::invalid(
        "",
        "the text is not valid Unicode (it contains a lone surrogate)",
        "văn bản không phải Unicode hợp lệ (có ký tự thay thế lẻ)",
    )
}

/// True when `text` holds an escape of a UTF-16 surrogate (`\\uD800`–`\\uDFFF`): serde_json
/// reports one without its partner as a broken escape.
fn surrogate_escape(text: &str) -> bool {
    text.as_bytes().windows(4).any(|w| {
        w[0] == b'\\'
            && w[1] == b'u'
            && w[2].eq_ignore_ascii_case(&b'd')
            && matches!(w[3].to_ascii_lowercase(), b'8'..=b'9' | b'a'..=b'f')
    })
}

/// serde_json's syntax error in Vietnamese: what kind, where (line and column).
fn syntax_vi(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let (line, column) = (e.line(), e.column());
    let what = match e.classify() {
        Category::Eof => "văn bản kết thúc giữa chừng",
        Category::Syntax => "sai cú pháp",
        Category::Data => "giá trị không hợp lệ",
        Category::Io => "lỗi đọc dữ liệu",
    };
    format!("JSON không hợp lệ: {what} (dòng {line}, cột {column}).")
}

#[derive(Clone, Copy)]
struct ValueSeed<'a> {
    state: &'a RefCell<State>,
    /// Values started so far (containers, their members and elements, scalars).
    values: &'a Cell<usize>,
    /// Containers enclosing the value being read.
    depth: usize,
}

impl ValueSeed<'_> {
    /// Records `err` at the current pointer and returns serde's error to unwind the parse.
    fn fail<E: serde::de::Error>(&self, err: Error) -> E {
        let mut st = self.state.borrow_mut();
        let path = st.pointer();
        st.error.get_or_insert(err.at(path));
        E::custom("limit")
    }

    fn string<E: serde::de::Error>(&self, s: &str) -> std::result::Result<String, E> {
        let s = crate::text::nfc(s);
        let n = s.chars().count();
        if n > MAX_STRING_CHARS {
            return Err(self.fail(super::budget::too_long(n)));
        }
        Ok(s)
    }

    /// Counts the value about to be read, refusing it when it is one more than [`MAX_VALUES`]
    /// (before it is built: the memory of a call stays bounded whatever the text holds).
    fn count<E: serde::de::Error>(&self) -> std::result::Result<(), E> {
        let n = self.values.get() + 1;
        self.values.set(n);
        if n <= MAX_VALUES {
            return Ok(());
        }
        Err(self.fail(super::budget::too_many_values()))
    }

    fn enter<E: serde::de::Error>(&self) -> std::result::Result<ValueSeed<'_>, E> {
        if self.depth >= MAX_DEPTH {
            return Err(self.fail(super::budget::too_deep()));
        }
        Ok(ValueSeed {
            state: self.state,
            values: self.values,
            depth: self.depth + 1,
        })
    }
}

impl<'de> DeserializeSeed<'de> for ValueSeed<'_> {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<Value, D::Error> {
        self.count()?;
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ValueSeed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> std::result::Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> std::result::Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> std::result::Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> std::result::Result<Value, E> {
        serde_json::Number::from_f64(v)
            .map(Value::Number)
            .ok_or_else(|| E::custom("non-finite number"))
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> std::result::Result<Value, E> {
        self.string(v).map(Value::String)
    }
    fn visit_unit<E>(self) -> std::result::Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> std::result::Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<Value, A::Error> {
        let inner = self.enter()?;
        let mut out = Vec::new();
        loop {
            self.state.borrow_mut().tokens.push(out.len().to_string());
            let next = seq.next_element_seed(inner)?;
            self.state.borrow_mut().tokens.pop();
            match next {
                Some(v) => out.push(v),
                None => return Ok(Value::Array(out)),
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<Value, A::Error> {
        let inner = self.enter()?;
        let mut out = Map::new();
        while let Some(raw) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            // An over-long key is reported at its object; any other problem at the key
            // (normalised, as the caller will see it).
            let key = self.string(&raw)?;
            self.state.borrow_mut().tokens.push(key.clone());
            if out.contains_key(&key) {
                return Err(self.fail(super::budget::duplicate_key(&key)));
            }
            let v = map.next_value_seed(inner)?;
            self.state.borrow_mut().tokens.pop();
            out.insert(key, v);
        }
        Ok(Value::Object(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_limit_is_exact() {
        let ok = format!("{}1{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(read_json(&ok).is_ok());
        let deep = format!(
            "{}1{}",
            "[".repeat(MAX_DEPTH + 1),
            "]".repeat(MAX_DEPTH + 1)
        );
        let e = read_json(&deep).unwrap_err();
        assert_eq!(e.code, ErrorCode::InputTooLarge);
        assert_eq!(e.path.clone().unwrap(), "/0".repeat(MAX_DEPTH));
    }

    #[test]
    fn a_million_brackets_do_not_overflow_the_stack() {
        let e = read_json(&"{\"a\":[".repeat(1_000_000)).unwrap_err();
        assert_eq!(e.code, ErrorCode::InputTooLarge);
    }

    /// The value cap is exact and points at the first value over it, whatever its kind; the
    /// hostile shapes that used to cost gigabytes (nested empty arrays, a long flat array) stop
    /// there.
    #[test]
    fn value_cap_is_exact_and_points_at_the_first_value_over_it() {
        // The root array and MAX_VALUES - 1 zeros: at the cap.
        let ok = format!("[{}0]", "0,".repeat(MAX_VALUES - 2));
        assert_eq!(
            read_json(&ok).unwrap().as_array().unwrap().len(),
            MAX_VALUES - 1
        );
        let over = format!("[{}0]", "0,".repeat(MAX_VALUES - 1));
        let e = read_json(&over).unwrap_err();
        assert_eq!(e.code, ErrorCode::InputTooLarge);
        assert_eq!(e.path, Some(format!("/{}", MAX_VALUES - 1)));
        // Eight values per unit, one for the root: the first value over the cap is the inner
        // array at depth (MAX_VALUES - 1) % 8 of unit (MAX_VALUES - 1) / 8.
        let nested = format!("[{}0]", "[[[[[[[[]]]]]]]],".repeat(MAX_VALUES / 8 + 1));
        let e = read_json(&nested).unwrap_err();
        assert_eq!(e.code, ErrorCode::InputTooLarge);
        let (unit, depth) = ((MAX_VALUES - 1) / 8, (MAX_VALUES - 1) % 8);
        assert_eq!(e.path, Some(format!("/{unit}{}", "/0".repeat(depth))));
        // Keys are not values: an object of n members is n + 1 values.
        let members: String = (0..MAX_VALUES - 1).map(|i| format!("\"{i}\":0,")).collect();
        assert!(read_json(&format!("{{{}}}", members.trim_end_matches(','))).is_ok());
    }

    #[test]
    fn nfd_and_nfc_spellings_of_a_key_are_duplicates() {
        let e = read_json("{\"Đi\u{1ec1}u\": 1, \"Đie\u{302}\u{300}u\": 2}").unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidInput);
        assert_eq!(e.path.as_deref(), Some("/Điều"));
    }

    #[test]
    fn long_strings_are_refused_at_their_pointer() {
        let text = format!("{{\"a\": [\"{}\"]}}", "x".repeat(MAX_STRING_CHARS + 1));
        let e = read_json(&text).unwrap_err();
        assert_eq!(e.code, ErrorCode::InputTooLarge);
        assert_eq!(e.path.as_deref(), Some("/a/0"));
        let ok = format!("\"{}\"", "x".repeat(MAX_STRING_CHARS));
        assert!(read_json(&ok).is_ok());
    }

    #[test]
    fn syntax_errors_point_where_the_reader_was() {
        let e = read_json(r#"{"a": [1, 2,]}"#).unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidJson);
        assert_eq!(e.path.as_deref(), Some("/a/2"));
        let e = read_json("{} x").unwrap_err();
        assert_eq!(
            (e.code, e.path.as_deref()),
            (ErrorCode::InvalidJson, Some(""))
        );
    }
}
