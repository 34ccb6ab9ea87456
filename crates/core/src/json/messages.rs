//! The decoder's refusals in English and Vietnamese. serde writes its messages in English only
//! (`invalid type: string "x", expected u8`), and its deserialisers copy the offending input
//! whole into them; here every kind of refusal serde can raise gets a message in each language,
//! Vietnamese throughout, and echoes at most [`crate::text::echo`]'s share of the input.
//!
//! The expectation serde passes along (`expected u8`, `expected struct Label`) is English text
//! written by the deriving code; the Vietnamese message names the JSON kind it stands for (a
//! whole number, a string, an object…), or says nothing of it when it is not one of those.

use crate::text::echo;
use serde::de::{Expected, Unexpected};
use std::fmt::Display;

/// A refusal in both languages.
pub(crate) struct Texts {
    pub en: String,
    pub vi: String,
}

/// `s`, capped, as serde's `Unexpected` shows a string.
fn capped(u: Unexpected<'_>) -> (String, String) {
    match u {
        Unexpected::Str(s) => {
            let s = echo(s);
            (format!("string {s:?}"), format!("chuỗi \"{s}\""))
        }
        Unexpected::Bool(b) => (u.to_string(), format!("giá trị {b}")),
        Unexpected::Unsigned(n) => (u.to_string(), format!("số {n}")),
        Unexpected::Signed(n) => (u.to_string(), format!("số {n}")),
        Unexpected::Float(n) => (u.to_string(), format!("số {n}")),
        Unexpected::Unit => (u.to_string(), "null".to_string()),
        Unexpected::Seq => (u.to_string(), "một mảng".to_string()),
        Unexpected::Map => (u.to_string(), "một đối tượng".to_string()),
        Unexpected::Char(c) => (u.to_string(), format!("ký tự '{c}'")),
        _ => (u.to_string(), "một giá trị khác".to_string()),
    }
}

/// The JSON kind an expectation stands for, in Vietnamese, when it is a recognisable one.
fn expected_vi(exp: &str) -> Option<&'static str> {
    let e = exp.trim();
    Some(match e {
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize" => {
            "một số nguyên"
        }
        "f32" | "f64" => "một số",
        "a string" | "a borrowed string" | "string" | "a character" | "char" => "một chuỗi ký tự",
        "a boolean" | "bool" => "true hoặc false",
        "unit" | "null" => "null",
        "a formatted date string" => "một ngày dạng YYYY-MM-DD",
        "a formatted date and time string or a unix timestamp"
        | "a formatted date and time string" => "một thời điểm RFC 3339 có múi giờ",
        _ if e.starts_with("struct ") || e.starts_with("a map") || e == "map" => {
            "một đối tượng JSON"
        }
        _ if e.starts_with("a sequence") || e.starts_with("tuple") || e.starts_with("an array") => {
            "một mảng JSON"
        }
        _ if e.starts_with("a citation") => "một trích dẫn (đối tượng hoặc khóa)",
        _ if e.starts_with("enum ") || e.contains("variant") => "một giá trị của danh mục",
        _ => return None,
    })
}

/// `invalid type`: a value of the wrong JSON kind.
pub(crate) fn invalid_type(u: Unexpected<'_>, exp: &dyn Expected) -> Texts {
    let (en_u, vi_u) = capped(u);
    let exp = exp.to_string();
    Texts {
        en: format!("invalid type: {en_u}, expected {exp}"),
        vi: match expected_vi(&exp) {
            Some(k) => format!("Sai kiểu dữ liệu: nhận {vi_u}, cần {k}."),
            None => format!("Sai kiểu dữ liệu: không nhận {vi_u} ở vị trí này."),
        },
    }
}

/// `invalid value`: the right kind, a value not allowed.
pub(crate) fn invalid_value(u: Unexpected<'_>, exp: &dyn Expected) -> Texts {
    let (en_u, vi_u) = capped(u);
    let exp = exp.to_string();
    Texts {
        en: format!("invalid value: {en_u}, expected {exp}"),
        vi: match expected_vi(&exp) {
            Some(k) => format!("Giá trị không hợp lệ: {vi_u}; cần {k}."),
            None => format!("Giá trị không hợp lệ: {vi_u}."),
        },
    }
}

/// `invalid length`: an array of the wrong length.
pub(crate) fn invalid_length(len: usize, exp: &dyn Expected) -> Texts {
    let exp = exp.to_string();
    let wanted = exp
        .strip_prefix("an array of length ")
        .or_else(|| exp.strip_prefix("a tuple of size "))
        .and_then(|n| n.parse::<usize>().ok());
    let vi = match wanted {
        Some(n) => format!("Số phần tử không hợp lệ: có {len}, cần đúng {n}."),
        None if exp.starts_with("fewer elements") => {
            format!("Số phần tử không hợp lệ: có {len}, nhiều hơn số được phép.")
        }
        None => format!("Số phần tử không hợp lệ: có {len}."),
    };
    Texts {
        en: format!("invalid length {len}, expected {exp}"),
        vi,
    }
}

/// serde's list of allowed names: `` `a` ``, `` `a` or `b` ``, `` one of `a`, `b`, `c` ``.
fn one_of(names: &[&str]) -> String {
    match names {
        [] => "nothing".to_string(),
        [a] => format!("`{a}`"),
        [a, b] => format!("`{a}` or `{b}`"),
        _ => {
            let all: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            format!("one of {}", all.join(", "))
        }
    }
}

/// `unknown variant`: a value outside a closed vocabulary.
pub(crate) fn unknown_variant(variant: &str, expected: &[&str]) -> Texts {
    let v = echo(variant);
    Texts {
        en: format!("unknown variant `{v}`, expected {}", one_of(expected)),
        vi: format!(
            "Giá trị `{v}` không có trong danh mục; các giá trị hợp lệ: {}.",
            crate::text::code_list(expected.iter().copied())
        ),
    }
}

/// `missing field`.
pub(crate) fn missing_field(field: &str) -> Texts {
    Texts {
        en: format!("missing field `{field}`"),
        vi: format!("Thiếu trường `{field}`."),
    }
}

/// `duplicate field`.
pub(crate) fn duplicate_field(field: &str) -> Texts {
    Texts {
        en: format!("duplicate field `{field}`"),
        vi: format!("Trường `{field}` xuất hiện hai lần."),
    }
}

/// The Vietnamese of a message a type raised with `Error::custom` (chrono's date and time
/// parsers, the crate's own text types). Known messages are translated; any other gets a
/// general refusal rather than English inside Vietnamese.
pub(crate) fn custom(msg: &dyn Display) -> Texts {
    let en = msg.to_string();
    let en = if en.chars().count() > 300 {
        format!("{}…", en.chars().take(300).collect::<String>())
    } else {
        en
    };
    let vi = match en.as_str() {
        "input contains invalid characters" => "Giá trị có ký tự không hợp lệ.",
        "premature end of input" => "Giá trị bị thiếu phần cuối.",
        "trailing input" => "Giá trị có ký tự thừa ở cuối.",
        "input is out of range" => "Giá trị nằm ngoài phạm vi cho phép.",
        "input is not enough for unique date and time" => "Giá trị chưa đủ để xác định ngày giờ.",
        "no possible date and time matching input" => "Không có ngày giờ nào khớp với giá trị.",
        "value is missing" => "Thiếu giá trị.",
        _ => "Giá trị không hợp lệ.",
    };
    Texts {
        en,
        vi: vi.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_messages_hold_no_serde_english() {
        let t = invalid_type(Unexpected::Str("no"), &"u8");
        assert_eq!(t.en, "invalid type: string \"no\", expected u8");
        assert_eq!(
            t.vi,
            "Sai kiểu dữ liệu: nhận chuỗi \"no\", cần một số nguyên."
        );
        let t = unknown_variant("fax", &["email", "phone"]);
        assert_eq!(t.en, "unknown variant `fax`, expected `email` or `phone`");
        assert!(t.vi.starts_with("Giá trị `fax` không có trong danh mục"));
        assert_eq!(missing_field("at").vi, "Thiếu trường `at`.");
        let t = custom(&"premature end of input");
        assert_eq!(t.vi, "Giá trị bị thiếu phần cuối.");
        assert_eq!(custom(&"something else").vi, "Giá trị không hợp lệ.");
    }

    #[test]
    fn echoed_input_is_capped_in_both_languages() {
        let long = "x".repeat(10_000);
        for t in [
            invalid_type(Unexpected::Str(&long), &"u8"),
            invalid_value(Unexpected::Str(&long), &"a date"),
            unknown_variant(&long, &["a"]),
            custom(&long),
        ] {
            assert!(t.en.chars().count() < 400, "{}", t.en.len());
            assert!(t.vi.chars().count() < 400, "{}", t.vi.len());
        }
    }
}
