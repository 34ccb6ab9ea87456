//! The size limits of a command's free text, names and lists, checked before any rule reads
//! them, so that every value a command accepts is one its readers accept too.

use crate::error::{Error, ErrorCode};
use crate::law::Citation;
use crate::org::BodyId;

/// Longest accepted free-text field, in characters (the readers' string limit).
pub const MAX_TEXT_CHARS: usize = crate::json::MAX_STRING_CHARS;
/// Most items accepted in one list (consulted bodies, attendees, topics, grounds).
pub const MAX_LIST: usize = crate::json::MAX_LIST;
/// Longest accepted name, id or short reference (an officer's name, a platform, a document
/// number, a case id), in characters.
pub const MAX_NAME_CHARS: usize = 200;

fn too_long(path: &str, limit: usize) -> Error {
    Error::new(
        ErrorCode::InputTooLarge,
        format!("The text is longer than {limit} characters."),
        format!("Nội dung dài quá {limit} ký tự."),
    )
    .at(path)
}

/// Checks a free text: at most [`MAX_TEXT_CHARS`], and not blank when `required`.
pub(super) fn text(path: &str, value: &str, required: bool) -> Option<Error> {
    if value.chars().count() > MAX_TEXT_CHARS {
        return Some(too_long(path, MAX_TEXT_CHARS));
    }
    if required && value.trim().is_empty() {
        return Some(Error::invalid(
            path,
            "This text must not be empty.",
            "Nội dung này không được để trống.",
        ));
    }
    None
}

/// [`text`] of an optional free text.
pub(super) fn opt_text(path: &str, value: Option<&str>) -> Option<Error> {
    value.and_then(|v| text(path, v, false))
}

/// Checks a name or short reference: not blank, at most [`MAX_NAME_CHARS`], no control
/// characters.
pub(super) fn name(path: &str, value: &str) -> Option<Error> {
    if value.chars().count() > MAX_NAME_CHARS {
        return Some(too_long(path, MAX_NAME_CHARS));
    }
    if value.trim().is_empty() || value.chars().any(char::is_control) {
        return Some(Error::invalid(
            path,
            "A name is not empty and has no control characters.",
            "Tên không được để trống và không chứa ký tự điều khiển.",
        ));
    }
    None
}

/// [`name`] of an optional name.
pub(super) fn opt_name(path: &str, value: Option<&str>) -> Option<Error> {
    value.and_then(|v| name(path, v))
}

/// Checks a list's length.
pub(super) fn list(path: &str, n: usize) -> Option<Error> {
    (n > MAX_LIST).then(|| {
        Error::new(
            ErrorCode::InputTooLarge,
            format!("More than {MAX_LIST} entries."),
            format!("Nhiều hơn {MAX_LIST} mục."),
        )
        .at(path)
    })
}

/// Checks a body id given in a payload: a name-sized id.
pub(super) fn body_id(path: &str, id: &BodyId) -> Option<Error> {
    name(path, id.as_str())
}

/// Checks a list of citations: its length only (the guards check what they cite).
pub(super) fn citations(path: &str, cs: &[Citation]) -> Option<Error> {
    list(path, cs.len())
}

/// Checks a case id: 1–64 characters of A–Z, a–z, 0–9, '-', '_', '.', not starting with '.'.
pub(super) fn case_id(path: &str, id: &str) -> Option<Error> {
    let ok = !id.is_empty()
        && id.len() <= 64
        && !id.starts_with('.')
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
    (!ok).then(|| {
        Error::invalid(
            path,
            "A case id is 1–64 characters of A–Z, a–z, 0–9, '-', '_', '.' (no path separators; put no personal data in it).",
            "Mã vụ việc gồm 1–64 ký tự chữ cái không dấu, chữ số, '-', '_', '.' (không có dấu phân cách đường dẫn; không chứa thông tin cá nhân).",
        )
    })
}
