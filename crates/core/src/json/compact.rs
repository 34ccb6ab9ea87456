//! Compact JSON out: the text (the bytes of `serde_json::to_string`) and the
//! [`serde_json::Value`] of any serialisable value, and an [`Error`] as JSON text.

use crate::error::{Error, ErrorCode, Result};
use serde::Serialize;
use serde_json::Value;

/// The error for a value serde_json could not write either.
fn unrepresentable(detail: Option<&serde_json::Error>) -> Error {
    let (en, vi) = match detail {
        Some(e) => (
            format!("value cannot be represented as JSON: {e}"),
            format!("không biểu diễn được giá trị dưới dạng JSON: {e}"),
        ),
        None => (
            "value cannot be represented as JSON".to_string(),
            "không biểu diễn được giá trị dưới dạng JSON".to_string(),
        ),
    };
    Error::new(ErrorCode::InvalidInput, en, vi)
}

/// Compact JSON text of a value: the bytes of `serde_json::to_string(value)`, written by the
/// crate's own writer (strings checked for escapes a word at a time, which matters on
/// WebAssembly; on WebAssembly each type then carries one serialiser instead of two). A value
/// serde_json cannot write either (a map key that is not a string, number or boolean, a
/// `Display` that fails) is an error.
///
/// ```
/// let reg = quyche::Regulation::khanh_hoa_ref();
/// assert_eq!(quyche::json::to_text(reg).unwrap(), serde_json::to_string(reg).unwrap());
/// let floats = serde_json::json!({"x": [0.1, 1e300], "y": {"1": true}});
/// assert_eq!(quyche::json::to_text(&floats).unwrap(), serde_json::to_string(&floats).unwrap());
/// ```
pub fn to_text<T: Serialize + ?Sized>(value: &T) -> Result<String> {
    super::canonical::to_compact(value).ok_or_else(|| unrepresentable(None))
}

/// Any serialisable value as a JSON value; a failure (which the crate's types never produce) is
/// reported as an error rather than a panic.
///
/// On WebAssembly the value is written as compact text and read back (the same `Value`: the
/// crate's types hold no floats, and the `Value` map sorts keys either way), so each type keeps
/// one serialiser, the compact one the bindings already use, instead of a second,
/// `Value`-building copy of its `Serialize` code. Natively the value is built directly (faster).
///
/// ```
/// let v = quyche::json::to_value(&quyche::Label::new("Sở", "Department")).unwrap();
/// assert_eq!(v, serde_json::json!({"vi": "Sở", "en": "Department"}));
/// ```
pub fn to_value<T: Serialize + ?Sized>(value: &T) -> Result<Value> {
    #[cfg(target_arch = "wasm32")]
    return to_text(value)
        .and_then(|text| serde_json::from_str(&text).map_err(|e| unrepresentable(Some(&e))));
    #[cfg(not(target_arch = "wasm32"))]
    serde_json::to_value(value).map_err(|e| unrepresentable(Some(&e)))
}

impl Error {
    /// This error as a JSON string (for any language without a native binding): its fields as
    /// in `schemas/error.schema.json`.
    ///
    /// ```
    /// let e = quyche::Error::invalid("/id", "bad", "sai");
    /// assert_eq!(
    ///     e.to_json(),
    ///     r#"{"code":"INVALID_INPUT","message":"bad","message_vi":"sai","path":"/id"}"#
    /// );
    /// ```
    pub fn to_json(&self) -> String {
        to_text(self).unwrap_or_else(|_| format!("{{\"code\":\"{}\"}}", self.code))
    }
}
