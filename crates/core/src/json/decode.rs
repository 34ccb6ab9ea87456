//! Decoding a typed value from a parsed JSON value, with the JSON pointer of the first failure.
//!
//! Every typed input of the library (commands, events, cases, regulations, schedules, report
//! requests) is read the same way: the text goes through the strict reader
//! ([`super::read_json`]: size, depth, string length, duplicate keys, NFC) into a
//! [`Value`], and the value is decoded here into its type. This is the **only** deserialiser the
//! typed inputs are instantiated with, which keeps the WebAssembly module small (one decoder per
//! type, not one per input format and one more for path tracking).
//!
//! The path costs nothing on success: a failure is raised where it happens and each enclosing
//! array element, object member or enum variant adds its reference token to it on the way out,
//! so the error knows its JSON pointer (RFC 6901) without any bookkeeping for valid input.
//! Messages in English are serde's own (`invalid type: string "x", expected u8`, `missing field
//! `at``, `unknown variant …`), as with `serde_json`, each with its Vietnamese counterpart
//! (`json/messages.rs`); echoed input is capped.
//!
//! **Nothing is dropped silently**: a member a struct does not have is refused
//! (`unknown member `x`; expected one of …`, in English and Vietnamese, at the member's
//! pointer), whether or not the type says `#[serde(deny_unknown_fields)]`. Two serde features
//! would get around that check, because serde's derived code for them buffers the input and
//! decodes it with serde's own lenient deserialiser: `#[serde(flatten)]` and internally tagged or
//! untagged enums. The crate's types that need them decode by hand instead, with the helpers of
//! `json/by_hand.rs` (`Command`, tagged by `type`, picks its payload type itself); a test fails
//! when a type with either attribute derives `Deserialize`.

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, EnumAccess, IntoDeserializer, MapAccess, SeqAccess,
    Unexpected, VariantAccess, Visitor,
};
use serde_json::{Map, Number, Value};
use std::fmt;

/// A decoding failure: serde's message and the JSON pointer of the failing node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// What went wrong, in serde's words (or the decoder's own, for an unknown member).
    pub message: String,
    /// What went wrong in Vietnamese (every refusal of this decoder has one; `None` only for
    /// an error built by other code).
    pub message_vi: Option<String>,
    /// Reference tokens from the failing node outwards (reversed pointer).
    tokens_rev: Vec<String>,
}

impl DecodeError {
    /// The JSON pointer of the failing node (`""` for the root).
    ///
    /// ```
    /// #[derive(Debug, serde::Deserialize)]
    /// struct P { #[allow(dead_code)] x: u8 }
    /// let v = serde_json::json!([{"x": 1}, {"x": "no"}]);
    /// let e = quyche::json::decode::from_value::<Vec<P>>(&v).unwrap_err();
    /// assert_eq!(e.pointer(), "/1/x");
    /// assert_eq!(e.message, "invalid type: string \"no\", expected u8");
    /// ```
    pub fn pointer(&self) -> String {
        let mut out = String::new();
        for t in self.tokens_rev.iter().rev() {
            out.push('/');
            out.push_str(&crate::error::pointer_token(t));
        }
        out
    }

    fn within(mut self, token: impl Into<String>) -> Self {
        self.tokens_rev.push(token.into());
        self
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DecodeError {}

impl DecodeError {
    fn texts(t: super::messages::Texts) -> Self {
        DecodeError {
            message: t.en,
            message_vi: Some(t.vi),
            tokens_rev: Vec::new(),
        }
    }
}

/// Every refusal serde can raise, in both languages (`json/messages.rs`).
impl de::Error for DecodeError {
    /// A type's own message; an error raised by a type that decodes by hand ([`Nested`]) keeps
    /// its pointer and both messages.
    fn custom<T: fmt::Display>(msg: T) -> Self {
        if std::any::type_name::<T>() == std::any::type_name::<Nested<'static>>()
            && let Some(e) = Nested::parse(&format!("{msg:#}"))
        {
            return e;
        }
        Self::texts(super::messages::custom(&msg))
    }

    fn invalid_type(unexp: Unexpected, exp: &dyn de::Expected) -> Self {
        Self::texts(super::messages::invalid_type(unexp, exp))
    }

    fn invalid_value(unexp: Unexpected, exp: &dyn de::Expected) -> Self {
        Self::texts(super::messages::invalid_value(unexp, exp))
    }

    fn invalid_length(len: usize, exp: &dyn de::Expected) -> Self {
        Self::texts(super::messages::invalid_length(len, exp))
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        Self::texts(super::messages::unknown_variant(variant, expected))
    }

    /// Raised by a derived `deny_unknown_fields` struct read through another deserialiser: the
    /// decoder's own refusal of a member (the member's token is added by the map access).
    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        let (message, vi) = unknown_member_texts(field, &expected.join(", "));
        DecodeError {
            message,
            message_vi: Some(vi),
            tokens_rev: Vec::new(),
        }
    }

    fn missing_field(field: &'static str) -> Self {
        Self::texts(super::messages::missing_field(field))
    }

    fn duplicate_field(field: &'static str) -> Self {
        Self::texts(super::messages::duplicate_field(field))
    }
}

/// An error of the crate (with its JSON pointer, relative to the value being decoded, and both
/// messages) raised through serde's `Error::custom` by a type that decodes by hand: `Command`
/// decoding its payload by its `type`, a refused member of a tagged enum. This decoder reads it
/// back whole (the pointer then continues outwards as for any failure); other deserialisers show
/// `message (at pointer)`.
pub(crate) struct Nested<'a>(pub(crate) &'a crate::error::Error);

impl Nested<'_> {
    /// The error as this decoder's, from the alternate (`{:#}`) form: a JSON array of the
    /// pointer and the two messages.
    fn parse(text: &str) -> Option<DecodeError> {
        let (path, message, vi): (String, String, String) = serde_json::from_str(text).ok()?;
        let mut tokens_rev: Vec<String> = path
            .split('/')
            .skip(1)
            .map(|t| t.replace("~1", "/").replace("~0", "~"))
            .collect();
        tokens_rev.reverse();
        Some(DecodeError {
            message,
            message_vi: Some(vi),
            tokens_rev,
        })
    }
}

impl fmt::Display for Nested<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let e = self.0;
        let path = e.path.as_deref().unwrap_or("");
        if f.alternate() {
            let parts = (path, &e.message, &e.message_vi);
            return f.write_str(&serde_json::to_string(&parts).map_err(|_| fmt::Error)?);
        }
        match path {
            "" => f.write_str(&e.message),
            p => write!(f, "{} (at {p})", e.message),
        }
    }
}

/// The English and Vietnamese refusal of member `key`, where `expected` lists the members
/// allowed.
pub(crate) fn unknown_member_texts(key: &str, expected: &str) -> (String, String) {
    let key = crate::text::echo(key);
    (
        format!("unknown member `{key}`; expected one of {expected}"),
        format!(
            "trường `{key}` không có trong định dạng; các trường hợp lệ: {}",
            crate::text::code_list(expected.split(", ").filter(|s| !s.is_empty()))
        ),
    )
}

/// The refusal of member `key` at the member itself; `expected` lists the members allowed.
fn unknown_member(key: &str, expected: &str) -> DecodeError {
    let (message, vi) = unknown_member_texts(key, expected);
    DecodeError {
        message,
        message_vi: Some(vi),
        tokens_rev: vec![key.to_string()],
    }
}

/// The refusal of an externally tagged enum value (`{"variant": value}`) that has no member or
/// more than one: at a member that names no variant, if there is one.
fn not_one_variant(m: &Map<String, Value>, variants: &[&str]) -> DecodeError {
    match m.keys().find(|k| !variants.contains(&k.as_str())) {
        Some(k) if m.len() > 1 => unknown_member(k, &variants.join(", ")),
        _ => de::Error::invalid_value(Unexpected::Map, &"map with a single key"),
    }
}

/// Refuses the first member of `m` (in key order) that is not one of `fields`.
fn only_fields(m: &Map<String, Value>, fields: &[&str]) -> Result<(), DecodeError> {
    match m.keys().find(|k| !fields.contains(&k.as_str())) {
        Some(k) => Err(unknown_member(k, &fields.join(", "))),
        None => Ok(()),
    }
}

/// Decodes `T` from `value`; a failure names the failing node by its JSON pointer.
pub fn from_value<T: DeserializeOwned>(value: &Value) -> Result<T, DecodeError> {
    T::deserialize(ValueDe(value))
}

/// A JSON value as a serde [`de::Deserializer`] that adds reference tokens to errors.
struct ValueDe<'a>(&'a Value);

fn unexpected(v: &Value) -> Unexpected<'_> {
    match v {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
            (Some(u), _, _) => Unexpected::Unsigned(u),
            (_, Some(i), _) => Unexpected::Signed(i),
            (_, _, Some(f)) => Unexpected::Float(f),
            _ => Unexpected::Other("number"),
        },
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    }
}

fn visit_number<'de, V: Visitor<'de>>(n: &Number, v: V) -> Result<V::Value, DecodeError> {
    if let Some(u) = n.as_u64() {
        v.visit_u64(u)
    } else if let Some(i) = n.as_i64() {
        v.visit_i64(i)
    } else {
        v.visit_f64(n.as_f64().unwrap_or(f64::NAN))
    }
}

fn visit_array<'de, V: Visitor<'de>>(a: &'de [Value], v: V) -> Result<V::Value, DecodeError> {
    let mut seq = SeqDe {
        items: a.iter(),
        index: 0,
    };
    let out = v.visit_seq(&mut seq)?;
    if seq.items.len() == 0 {
        Ok(out)
    } else {
        Err(de::Error::invalid_length(
            a.len(),
            &"fewer elements in array",
        ))
    }
}

fn visit_object<'de, V: Visitor<'de>>(
    m: &'de Map<String, Value>,
    v: V,
) -> Result<V::Value, DecodeError> {
    let mut map = MapDe {
        entries: m.iter(),
        pending: None,
    };
    let out = v.visit_map(&mut map)?;
    if map.entries.len() == 0 {
        Ok(out)
    } else {
        Err(de::Error::invalid_length(m.len(), &"fewer elements in map"))
    }
}

impl<'de> de::Deserializer<'de> for ValueDe<'de> {
    type Error = DecodeError;

    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DecodeError> {
        match self.0 {
            Value::Null => v.visit_unit(),
            Value::Bool(b) => v.visit_bool(*b),
            Value::Number(n) => visit_number(n, v),
            Value::String(s) => v.visit_borrowed_str(s),
            Value::Array(a) => visit_array(a, v),
            Value::Object(m) => visit_object(m, v),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DecodeError> {
        match self.0 {
            Value::Null => v.visit_none(),
            _ => v.visit_some(self),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DecodeError> {
        match self.0 {
            Value::Null => v.visit_unit(),
            other => Err(de::Error::invalid_type(unexpected(other), &v)),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        v: V,
    ) -> Result<V::Value, DecodeError> {
        v.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        variants: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, DecodeError> {
        match self.0 {
            Value::String(s) => v.visit_enum(s.as_str().into_deserializer()),
            Value::Object(m) => match (m.len(), m.iter().next()) {
                (1, Some((variant, value))) => v.visit_enum(EnumDe { variant, value }),
                _ => Err(not_one_variant(m, variants)),
            },
            other => Err(de::Error::invalid_type(unexpected(other), &"string or map")),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DecodeError> {
        v.visit_unit()
    }

    // Each shape is decoded only from its own JSON type (a struct or map from an object, a
    // sequence from an array, a string from a string…), as the JSON Schemas of `schemas/` say.
    // Besides refusing e.g. an array in place of an object, this keeps each visitor's other
    // `visit_*` methods out of the build (WebAssembly module size).

    fn deserialize_bool<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DecodeError> {
        match self.0 {
            Value::Bool(b) => v.visit_bool(*b),
            other => Err(de::Error::invalid_type(unexpected(other), &v)),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DecodeError> {
        match self.0 {
            Value::String(s) => v.visit_borrowed_str(s),
            other => Err(de::Error::invalid_type(unexpected(other), &v)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DecodeError> {
        self.deserialize_str(v)
    }

    fn deserialize_char<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DecodeError> {
        self.deserialize_str(v)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DecodeError> {
        self.deserialize_str(v)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DecodeError> {
        match self.0 {
            Value::Array(a) => visit_array(a, v),
            other => Err(de::Error::invalid_type(unexpected(other), &v)),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        v: V,
    ) -> Result<V::Value, DecodeError> {
        self.deserialize_seq(v)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        v: V,
    ) -> Result<V::Value, DecodeError> {
        self.deserialize_seq(v)
    }

    fn deserialize_map<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DecodeError> {
        match self.0 {
            Value::Object(m) => visit_object(m, v),
            other => Err(de::Error::invalid_type(unexpected(other), &v)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, DecodeError> {
        match self.0 {
            Value::Object(m) => only_fields(m, fields).and_then(|()| visit_object(m, v)),
            other => Err(de::Error::invalid_type(unexpected(other), &v)),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        v: V,
    ) -> Result<V::Value, DecodeError> {
        self.deserialize_unit(v)
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 bytes byte_buf
    }
}

struct SeqDe<'a> {
    items: std::slice::Iter<'a, Value>,
    index: usize,
}

impl<'de> SeqAccess<'de> for SeqDe<'de> {
    type Error = DecodeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, DecodeError> {
        let Some(item) = self.items.next() else {
            return Ok(None);
        };
        let i = self.index;
        self.index += 1;
        seed.deserialize(ValueDe(item))
            .map(Some)
            .map_err(|e| e.within(i.to_string()))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct MapDe<'a> {
    entries: serde_json::map::Iter<'a>,
    pending: Option<(&'a String, &'a Value)>,
}

impl<'de> MapAccess<'de> for MapDe<'de> {
    type Error = DecodeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DecodeError> {
        let Some((k, v)) = self.entries.next() else {
            return Ok(None);
        };
        self.pending = Some((k, v));
        // A refused key (unknown field, unknown map key) is reported at the member itself.
        seed.deserialize(de::value::BorrowedStrDeserializer::<DecodeError>::new(k))
            .map(Some)
            .map_err(|e| e.within(k.as_str()))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, DecodeError> {
        match self.pending.take() {
            Some((k, v)) => seed
                .deserialize(ValueDe(v))
                .map_err(|e| e.within(k.as_str())),
            None => Err(de::Error::custom("value is missing")),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

/// An externally tagged enum value: `{"variant": value}`.
struct EnumDe<'a> {
    variant: &'a String,
    value: &'a Value,
}

impl<'de> EnumAccess<'de> for EnumDe<'de> {
    type Error = DecodeError;
    type Variant = VariantDe<'de>;

    fn variant_seed<V: DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, VariantDe<'de>), DecodeError> {
        let tag = seed
            .deserialize(de::value::BorrowedStrDeserializer::<DecodeError>::new(
                self.variant,
            ))
            .map_err(|e| e.within(self.variant.as_str()))?;
        Ok((
            tag,
            VariantDe {
                variant: self.variant,
                value: self.value,
            },
        ))
    }
}

struct VariantDe<'a> {
    variant: &'a String,
    value: &'a Value,
}

impl<'de> VariantAccess<'de> for VariantDe<'de> {
    type Error = DecodeError;

    fn unit_variant(self) -> Result<(), DecodeError> {
        match self.value {
            Value::Null => Ok(()),
            other => Err(de::Error::invalid_type(unexpected(other), &"unit variant")),
        }
        .map_err(|e: DecodeError| e.within(self.variant.as_str()))
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(
        self,
        seed: T,
    ) -> Result<T::Value, DecodeError> {
        seed.deserialize(ValueDe(self.value))
            .map_err(|e| e.within(self.variant.as_str()))
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, v: V) -> Result<V::Value, DecodeError> {
        match self.value {
            Value::Array(a) => visit_array(a, v),
            other => Err(de::Error::invalid_type(unexpected(other), &"tuple variant")),
        }
        .map_err(|e| e.within(self.variant.as_str()))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, DecodeError> {
        match self.value {
            Value::Object(m) => only_fields(m, fields).and_then(|()| visit_object(m, v)),
            other => Err(de::Error::invalid_type(
                unexpected(other),
                &"struct variant",
            )),
        }
        .map_err(|e| e.within(self.variant.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use serde_json::json;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Inner {
        n: u8,
        #[serde(default)]
        tag: Option<Kind>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "snake_case")]
    enum Kind {
        Plain,
        Wrapped(u8),
        Fields { x: u8 },
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Outer {
        items: Vec<Inner>,
        by_name: std::collections::BTreeMap<String, Inner>,
    }

    fn pointer_of(v: serde_json::Value) -> (String, String) {
        let e = from_value::<Outer>(&v).unwrap_err();
        (e.pointer(), e.message)
    }

    #[test]
    fn decodes_what_serde_json_decodes() {
        let v = json!({"items": [{"n": 1, "tag": "plain"}, {"n": 2, "tag": {"wrapped": 3}}],
                       "by_name": {"a": {"n": 4, "tag": {"fields": {"x": 5}}}}});
        let ours: Outer = from_value(&v).unwrap();
        let theirs: Outer = serde_json::from_value(v).unwrap();
        assert_eq!(ours, theirs);
    }

    #[test]
    fn failures_carry_the_pointer_of_the_failing_node() {
        let ok_map = json!({});
        let cases = [
            (
                json!({"items": [{"n": 1}, {"n": 300}], "by_name": ok_map}),
                "/items/1/n",
            ),
            (
                json!({"items": [{"n": 1, "extra": 1}], "by_name": ok_map}),
                "/items/0/extra",
            ),
            (json!({"items": [{}], "by_name": ok_map}), "/items/0"),
            (
                json!({"items": [], "by_name": {"a/b": {"n": "x"}}}),
                "/by_name/a~1b/n",
            ),
            (
                json!({"items": [{"n": 1, "tag": "nope"}], "by_name": ok_map}),
                "/items/0/tag",
            ),
            (
                json!({"items": [{"n": 1, "tag": {"fields": {"x": -1}}}], "by_name": ok_map}),
                "/items/0/tag/fields/x",
            ),
            (json!({"items": 5, "by_name": ok_map}), "/items"),
            // A struct is an object: an array of its fields (which serde_json accepts) is not.
            (json!({"items": [[1]], "by_name": ok_map}), "/items/0"),
            (json!([]), ""),
        ];
        for (v, want) in cases {
            let (got, msg) = pointer_of(v.clone());
            assert_eq!(got, want, "{v} → {msg}");
        }
    }

    #[test]
    fn unknown_members_are_refused_in_every_struct_with_both_messages() {
        #[derive(Debug, Deserialize)]
        struct Lax {
            #[allow(dead_code)]
            n: u8,
        }
        let e = from_value::<Vec<Lax>>(&json!([{"n": 1}, {"n": 2, "m": 3}])).unwrap_err();
        assert_eq!(e.pointer(), "/1/m");
        assert_eq!(e.message, "unknown member `m`; expected one of n");
        assert_eq!(
            e.message_vi.as_deref(),
            Some("trường `m` không có trong định dạng; các trường hợp lệ: `n`")
        );
        // A struct variant of an externally tagged enum too, and a null value is no excuse.
        let (at, msg) = pointer_of(
            json!({"items": [{"n": 1, "tag": {"fields": {"x": 1, "y": null}}}],
                                          "by_name": {}}),
        );
        assert_eq!(at, "/items/0/tag/fields/y");
        assert_eq!(msg, "unknown member `y`; expected one of x");
    }

    /// serde's derived decoding of `#[serde(flatten)]` and of internally tagged, adjacently
    /// tagged or untagged enums goes around this decoder's check of unknown members (it buffers
    /// the input and decodes it with serde's own lenient deserialiser). No type of the crate
    /// with such an attribute may derive `Deserialize`: it decodes by hand (`json/by_hand.rs`).
    #[test]
    fn no_type_decodes_around_the_unknown_member_check() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut found = Vec::new();
        let mut dirs = vec![root.clone()];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else {
                    let text = std::fs::read_to_string(&path).unwrap();
                    found
                        .extend(lenient_derives(&text).map(|l| format!("{}: {l}", path.display())));
                }
            }
        }
        assert!(found.is_empty(), "decode these types by hand: {found:#?}");
        // The check itself sees a derived, flattening type.
        let sample = "#[derive(Deserialize)]\nstruct A {\n    #[serde(flatten)]\n    b: B,\n}";
        assert_eq!(lenient_derives(sample).count(), 1);
    }

    /// The serde attributes of `text` that make serde buffer the input, on an item whose closest
    /// `#[derive(…)]` above includes `Deserialize`.
    fn lenient_derives(text: &str) -> impl Iterator<Item = &str> {
        let lines: Vec<&str> = text.lines().map(str::trim_start).collect();
        let lenient = |l: &str| {
            l.starts_with("#[serde(")
                && ["flatten", "untagged", "tag =", "content ="]
                    .iter()
                    .any(|a| l.contains(a))
        };
        (0..lines.len()).filter_map(move |i| {
            let derive = lines[..i].iter().rev().find(|l| l.starts_with("#[derive("));
            (lenient(lines[i]) && derive.is_some_and(|d| d.contains("Deserialize")))
                .then_some(lines[i])
        })
    }

    #[test]
    fn messages_are_serdes_own() {
        let (_, msg) = pointer_of(json!({"items": [{"n": 300}], "by_name": {}}));
        assert_eq!(msg, "invalid value: integer `300`, expected u8");
        let (_, msg) = pointer_of(json!({"items": [{}], "by_name": {}}));
        assert_eq!(msg, "missing field `n`");
    }
}
