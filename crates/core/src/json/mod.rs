//! JSON in and out, for every type of the crate: the ground floor under every `from_json` and
//! `to_json`. It imports nothing above the ground layer (only [`crate::error`], [`crate::text`]
//! and external crates).
//!
//! | Item | Does |
//! |---|---|
//! | [`from_str`] | JSON text → a typed value: size check, the strict reader, the decoder |
//! | [`from_value`], [`from_ref`] | an already-parsed [`Value`] → a typed value (the decoder) |
//! | [`read_json`] | the strict reader: one streaming pass enforcing the limits, duplicate keys refused, every string NFC |
//! | [`decode`] | the decoder: serde over a [`Value`], with the JSON pointer of the first failure; members a type does not have are refused |
//! | [`limits`] | the one set of limits of untrusted input, and [`check_size`] |
//! | [`to_text`], [`to_value`] | compact JSON out (the bytes of `serde_json::to_string`) |
//! | [`pretty`] | pretty JSON text from compact text |
//! | [`canonical()`] | canonical JSON (sorted keys; the bytes an event's hash covers) |
//!
//! ```
//! #[derive(Debug, serde::Deserialize, serde::Serialize)]
//! struct P { x: u8 }
//! let p: P = quyche::json::from_str(r#"{"x": 1}"#).unwrap();
//! assert_eq!(quyche::json::to_text(&p).unwrap(), r#"{"x":1}"#);
//! // A member the type does not have is refused, never dropped.
//! let e = quyche::json::from_str::<P>(r#"{"x": 1, "y": 2}"#).unwrap_err();
//! assert_eq!((e.code.as_str(), e.path.as_deref()), ("INVALID_INPUT", Some("/y")));
//! assert_eq!(e.message, "unknown member `y`; expected one of x");
//! assert_eq!(e.message_vi, "trường `y` không có trong định dạng; các trường hợp lệ: `x`");
//! ```

pub mod budget;
pub(crate) mod by_hand;
pub mod canonical;
mod compact;
pub mod decode;
mod escape;
pub mod limits;
mod messages;
mod pretty;
mod reader;

pub use canonical::canonical;
pub use compact::{to_text, to_value};
pub use limits::{
    MAX_DEPTH, MAX_EVENTS, MAX_INPUT_BYTES, MAX_LIST, MAX_REGISTER, MAX_STRING_CHARS, MAX_VALUES,
    check_size,
};
pub use pretty::pretty;
pub use reader::{lone_surrogate, read_json};

use crate::error::{Error, ErrorCode, Result};
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Parses JSON text into `T`, reporting a failure as [`ErrorCode::InvalidJson`] (syntax),
/// [`ErrorCode::InputTooLarge`] (a limit) or [`ErrorCode::InvalidInput`] (shape) with the JSON
/// pointer of the failing node.
///
/// The text is read by the strict reader of untrusted input ([`read_json`]: at most
/// [`MAX_INPUT_BYTES`], nesting ≤ [`MAX_DEPTH`], strings ≤ [`MAX_STRING_CHARS`] characters, no
/// key twice in one object, every string in NFC), then decoded by [`decode`]. Every typed input
/// of the crate comes through here or [`from_value`], so every reader enforces the same limits.
///
/// ```
/// #[derive(Debug, serde::Deserialize)]
/// struct P { #[allow(dead_code)] x: u8 }
/// let e = quyche::json::from_str::<Vec<P>>(r#"[{"x":1},{"x":"no"}]"#).unwrap_err();
/// assert_eq!(e.path.as_deref(), Some("/1/x"));
/// // A repeated key is refused, not resolved to the last one.
/// let e = quyche::json::from_str::<P>(r#"{"x":1,"x":2}"#).unwrap_err();
/// assert_eq!((e.code.as_str(), e.path.as_deref()), ("INVALID_INPUT", Some("/x")));
/// ```
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T> {
    check_size(text)?;
    from_value(read_json(text)?)
}

/// Decodes `T` from an already-parsed JSON value, with the same error reporting as
/// [`from_str`]. The value's strings are taken as they are: normalise them first with
/// [`crate::text::nfc_value`] if they may not be NFC.
///
/// ```
/// let v = serde_json::json!({"vi": "Sở", "en": "Department"});
/// let label: quyche::Label = quyche::json::from_value(v).unwrap();
/// assert_eq!(label.en, "Department");
/// let e = quyche::json::from_value::<quyche::Label>(serde_json::json!({"vi": "Sở"})).unwrap_err();
/// assert_eq!((e.code.as_str(), e.path.as_deref()), ("INVALID_INPUT", Some("")));
/// ```
pub fn from_value<T: DeserializeOwned>(value: Value) -> Result<T> {
    from_ref(&value)
}

/// [`from_value`] on a borrowed value.
///
/// ```
/// let v = serde_json::json!(["2026-08-03", "2026-02-30"]);
/// let e = quyche::json::from_ref::<Vec<chrono::NaiveDate>>(&v).unwrap_err();
/// assert_eq!(e.path.as_deref(), Some("/1"));
/// ```
pub fn from_ref<T: DeserializeOwned>(value: &Value) -> Result<T> {
    decode::from_value(value).map_err(|e| {
        let vi = match &e.message_vi {
            Some(vi) => vi.clone(),
            None => "Dữ liệu không hợp lệ.".to_string(),
        };
        Error::new(ErrorCode::InvalidInput, e.message.clone(), vi).at(e.pointer())
    })
}
