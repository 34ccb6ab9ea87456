//! The one conversion from the core's [`quyche::Error`] to a thrown JavaScript value.
//!
//! The `QuycheError` class (`extends Error`) is plain JavaScript in the npm package
//! (`npm/error.js`). Its entry modules register it once at load time through
//! [`set_error_class`]; every error is then constructed as an instance of it, with fields
//! `code`, `kind` (the code's family: `invalid_input`, `not_found`, `rule_violation` or
//! `log_tampered`), `message`, `messageVi`, `citations`, `path`, `help`, `helpVi` and `related` (an array of
//! `QuycheError`). Without a registered class (the bare wasm-bindgen output used directly) the
//! same fields are set on a plain `Error` named `QuycheError`.

use js_sys::{Array, Function, Object, Reflect};
use quyche::Error;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    static ERROR_CLASS: RefCell<Option<Function>> = const { RefCell::new(None) };
}

/// Registers the class every error is constructed with (`new Class(fields)`). Called by the
/// package's entry modules; not part of the public API.
#[wasm_bindgen(js_name = "__setErrorClass", skip_typescript)]
pub fn set_error_class(class: Function) {
    ERROR_CLASS.with(|c| *c.borrow_mut() = Some(class));
}

fn set(target: &Object, key: &str, value: &JsValue) {
    // Setting a property on a fresh plain object or Error cannot fail.
    let _ = Reflect::set(target, &JsValue::from_str(key), value);
}

fn opt(value: &Option<String>) -> JsValue {
    value
        .as_deref()
        .map_or(JsValue::UNDEFINED, JsValue::from_str)
}

/// The error's fields as a plain object, in camelCase.
fn fields(err: &Error) -> Object {
    let o = Object::new();
    set(&o, "code", &JsValue::from_str(err.code.as_str()));
    set(
        &o,
        "kind",
        &crate::convert::js(&err.code.family()).unwrap_or(JsValue::UNDEFINED),
    );
    set(&o, "message", &JsValue::from_str(&err.message));
    set(&o, "messageVi", &JsValue::from_str(&err.message_vi));
    let citations = crate::convert::js(&err.citations).unwrap_or_else(|_| Array::new().into());
    set(&o, "citations", &citations);
    set(&o, "path", &opt(&err.path));
    set(&o, "help", &opt(&err.help));
    set(&o, "helpVi", &opt(&err.help_vi));
    let related = Array::new();
    for r in &err.related {
        related.push(&to_js(r.clone()));
    }
    set(&o, "related", &related);
    o
}

/// Converts a core error into the value thrown to JavaScript: a `QuycheError`.
pub fn to_js(err: Error) -> JsValue {
    let err = quyche_ffi::for_language(err, quyche_ffi::Convention::JavaScript);
    let fields = fields(&err);
    let class = ERROR_CLASS.with(|c| c.borrow().clone());
    if let Some(class) = class
        && let Ok(value) = Reflect::construct(&class, &Array::of1(&fields))
    {
        return value;
    }
    let plain = js_sys::Error::new(&err.message);
    plain.set_name("QuycheError");
    let keys = Object::keys(&fields);
    for key in keys.iter() {
        if let (Some(k), Ok(v)) = (key.as_string(), Reflect::get(&fields, &key)) {
            set(&plain, &k, &v);
        }
    }
    plain.into()
}

/// The Vietnamese of an argument's expected type, as the binding's call sites write it.
fn expected_vi(expected: &str) -> String {
    let known = [
        ("a string", "một chuỗi ký tự"),
        ("a citation", "một trích dẫn"),
        ("a body id", "một mã cơ quan"),
        ("a body id or an Actor", "một mã cơ quan hoặc một Actor"),
        ("an event", "một sự kiện"),
        ("an array of events", "một mảng sự kiện"),
        ("a periodic report", "một báo cáo định kỳ"),
        ("an instrument number", "một số hiệu văn bản"),
        ("an array of submissions", "một mảng báo cáo đã gửi"),
        ("a valid Date", "một Date hợp lệ"),
        ("a schedule", "một lịch nghỉ"),
        ("a report request", "một yêu cầu lập báo cáo"),
        ("a period", "một kỳ báo cáo"),
        ("a lunar date", "một ngày âm lịch"),
        (
            "a date string \"YYYY-MM-DD\"",
            "một ngày dạng \"YYYY-MM-DD\"",
        ),
        ("a command object", "một đối tượng lệnh"),
        ("a calendar configuration", "một cấu hình lịch làm việc"),
        ("a body registration", "một đăng ký cơ quan"),
        ("a Regulation", "một Regulation (quy chế)"),
        ("\"vi\" or \"en\"", "\"vi\" hoặc \"en\""),
        (
            "an RFC 3339 time with an offset (\"2026-08-03T08:15:00+07:00\") or a Date",
            "một thời điểm RFC 3339 có múi giờ (\"2026-08-03T08:15:00+07:00\") hoặc một Date",
        ),
    ];
    if let Some((_, vi)) = known.iter().find(|(en, _)| *en == expected) {
        return (*vi).to_string();
    }
    // "a whole number from MIN to MAX"
    if let Some(range) = expected.strip_prefix("a whole number from ") {
        return format!("một số nguyên từ {}", range.replace(" to ", " đến "));
    }
    "giá trị đúng kiểu".to_string()
}

/// An `INVALID_INPUT` error for an argument of the wrong JavaScript type, at `/<argument>`.
pub fn wrong_type(argument: &str, expected: &str) -> JsValue {
    to_js(
        Error::invalid(
            format!("/{argument}"),
            format!("argument `{argument}` must be {expected}"),
            format!("tham số `{argument}` phải là {}", expected_vi(expected)),
        )
        .with_help(
            format!("See the TypeScript declaration of `{argument}`."),
            format!("Xem khai báo TypeScript của `{argument}`."),
        ),
    )
}
