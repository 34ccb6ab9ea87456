//! Canonical JSON written straight from a `Serialize` value, without building a
//! [`serde_json::Value`] tree first (performance only: hashing an event is most of the cost of
//! `apply` and `replay`). The bytes are those of [`super::canonical`] applied to
//! `serde_json::to_value(v)`, the recipe of the [`super::event`] module docs: sorted keys, no
//! whitespace, the same string escapes, integers in decimal.
//!
//! Only the shapes events are made of are written here (structs, maps with string keys,
//! sequences, enums, strings, booleans, integers, options). Anything else (floats, bytes, 128-bit
//! integers, non-string map keys) makes [`to_canonical`] return `None`, and the caller falls back
//! to the `Value` path, so the output never depends on which path ran.

use super::event::write_string;
use serde::ser::{self, Serialize};
use std::borrow::Cow;
use std::fmt;

/// The canonical JSON of `v` without its top-level member `drop` (if `v` is an object), or `None`
/// when `v` holds a shape this writer leaves to the `Value` path (see the module docs).
pub(crate) fn to_canonical<T: Serialize + ?Sized>(
    v: &T,
    drop: Option<&'static str>,
) -> Option<String> {
    let mut out = String::with_capacity(1024);
    v.serialize(Writer {
        out: &mut out,
        drop,
    })
    .ok()?;
    Some(out)
}

/// "Not written here": the caller uses the `Value` path.
#[derive(Debug)]
pub(crate) struct Unsupported;

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("shape left to the serde_json::Value path")
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Unsupported
    }
}

type R = Result<(), Unsupported>;

struct Writer<'a> {
    out: &'a mut String,
    /// A member left out of the object written by this writer (not of nested ones).
    drop: Option<&'static str>,
}

impl Writer<'_> {
    /// `{"variant":` (an externally tagged enum value, as `to_value` writes it).
    fn open_variant(&mut self, variant: &str) {
        self.out.push('{');
        write_string(variant, self.out);
        self.out.push(':');
    }
}

impl<'a> ser::Serializer for Writer<'a> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Seq<'a>;
    type SerializeTuple = Seq<'a>;
    type SerializeTupleStruct = Seq<'a>;
    type SerializeTupleVariant = Seq<'a>;
    type SerializeMap = Obj<'a>;
    type SerializeStruct = Obj<'a>;
    type SerializeStructVariant = Obj<'a>;

    fn serialize_bool(self, v: bool) -> R {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> R {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> R {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> R {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> R {
        self.out.push_str(&v.to_string());
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> R {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> R {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> R {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> R {
        self.out.push_str(&v.to_string());
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> R {
        Err(Unsupported)
    }
    fn serialize_f64(self, _: f64) -> R {
        Err(Unsupported)
    }
    fn serialize_char(self, v: char) -> R {
        write_string(v.encode_utf8(&mut [0; 4]), self.out);
        Ok(())
    }
    fn serialize_str(self, v: &str) -> R {
        write_string(v, self.out);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> R {
        Err(Unsupported)
    }
    fn serialize_none(self) -> R {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> R {
        v.serialize(self)
    }
    fn serialize_unit(self) -> R {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> R {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> R {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> R {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        mut self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> R {
        self.open_variant(variant);
        v.serialize(Writer {
            out: &mut *self.out,
            drop: None,
        })?;
        self.out.push('}');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Seq<'a>, Unsupported> {
        self.out.push('[');
        Ok(Seq {
            out: self.out,
            first: true,
            variant: false,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq<'a>, Unsupported> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Seq<'a>, Unsupported> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        mut self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Seq<'a>, Unsupported> {
        self.open_variant(variant);
        self.out.push('[');
        Ok(Seq {
            out: self.out,
            first: true,
            variant: true,
        })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Obj<'a>, Unsupported> {
        Ok(Obj::new(self.out, false, self.drop))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Obj<'a>, Unsupported> {
        Ok(Obj::new(self.out, false, self.drop))
    }
    fn serialize_struct_variant(
        mut self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Obj<'a>, Unsupported> {
        self.open_variant(variant);
        Ok(Obj::new(self.out, true, None))
    }
}

/// An array being written.
pub(crate) struct Seq<'a> {
    out: &'a mut String,
    first: bool,
    /// Inside `{"variant":` (close with `]}`).
    variant: bool,
}

impl Seq<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        v.serialize(Writer {
            out: &mut *self.out,
            drop: None,
        })
    }
    fn close(self) -> R {
        self.out.push_str(if self.variant { "]}" } else { "]" });
        Ok(())
    }
}

impl ser::SerializeSeq for Seq<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        self.element(v)
    }
    fn end(self) -> R {
        self.close()
    }
}

impl ser::SerializeTuple for Seq<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        self.element(v)
    }
    fn end(self) -> R {
        self.close()
    }
}

impl ser::SerializeTupleStruct for Seq<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        self.element(v)
    }
    fn end(self) -> R {
        self.close()
    }
}

impl ser::SerializeTupleVariant for Seq<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        self.element(v)
    }
    fn end(self) -> R {
        self.close()
    }
}

/// An object being written: each member's value is written at the end of the output as it
/// comes, then the members are put in key order when the object ends.
pub(crate) struct Obj<'a> {
    out: &'a mut String,
    /// Where the object's members start in `out`.
    start: usize,
    /// Each member: key, and the range of its value in `out`.
    members: Vec<(Cow<'static, str>, usize, usize)>,
    /// The key given by `serialize_key`, waiting for its value.
    key: Option<String>,
    /// Inside `{"variant":` (close with `}}`).
    variant: bool,
    /// A member left out.
    drop: Option<&'static str>,
}

impl<'a> Obj<'a> {
    fn new(out: &'a mut String, variant: bool, drop: Option<&'static str>) -> Self {
        let start = out.len();
        Obj {
            out,
            start,
            members: Vec::with_capacity(12),
            key: None,
            variant,
            drop,
        }
    }

    fn member<T: Serialize + ?Sized>(&mut self, key: Cow<'static, str>, v: &T) -> R {
        let from = self.out.len();
        v.serialize(Writer {
            out: &mut *self.out,
            drop: None,
        })?;
        self.members.push((key, from, self.out.len()));
        Ok(())
    }

    fn close(mut self) -> R {
        let values = self.out.split_off(self.start);
        // Sorted by key in code point order (byte order of UTF-8), as `canonical` sorts a
        // `Value`'s keys. A key given twice keeps its last value, as a `Value` object would.
        self.members.sort_by(|a, b| a.0.cmp(&b.0));
        self.out.push('{');
        let mut first = true;
        for (i, (key, from, to)) in self.members.iter().enumerate() {
            if self.members.get(i + 1).is_some_and(|next| next.0 == *key)
                || self.drop == Some(key.as_ref())
            {
                continue;
            }
            if !first {
                self.out.push(',');
            }
            first = false;
            write_string(key, self.out);
            self.out.push(':');
            self.out
                .push_str(&values[from - self.start..to - self.start]);
        }
        self.out.push_str(if self.variant { "}}" } else { "}" });
        Ok(())
    }
}

impl ser::SerializeStruct for Obj<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> R {
        self.member(Cow::Borrowed(key), v)
    }
    fn end(self) -> R {
        self.close()
    }
}

impl ser::SerializeStructVariant for Obj<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> R {
        self.member(Cow::Borrowed(key), v)
    }
    fn end(self) -> R {
        self.close()
    }
}

impl ser::SerializeMap for Obj<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> R {
        // Only string keys (serde_json would also turn numbers and booleans into strings; those
        // are left to the `Value` path).
        let mut k = String::new();
        key.serialize(KeyWriter { out: &mut k })?;
        self.key = Some(k);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        let key = self.key.take().ok_or(Unsupported)?;
        self.member(Cow::Owned(key), v)
    }
    fn end(self) -> R {
        self.close()
    }
}

/// Writes a map key that is a string (or a newtype or unit variant around one).
struct KeyWriter<'a> {
    out: &'a mut String,
}

macro_rules! unsupported {
    ($($name:ident($($t:ty),*)),* $(,)?) => {
        $(fn $name(self, $(_: $t),*) -> R { Err(Unsupported) })*
    };
}

impl ser::Serializer for KeyWriter<'_> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = ser::Impossible<(), Unsupported>;
    type SerializeTuple = ser::Impossible<(), Unsupported>;
    type SerializeTupleStruct = ser::Impossible<(), Unsupported>;
    type SerializeTupleVariant = ser::Impossible<(), Unsupported>;
    type SerializeMap = ser::Impossible<(), Unsupported>;
    type SerializeStruct = ser::Impossible<(), Unsupported>;
    type SerializeStructVariant = ser::Impossible<(), Unsupported>;

    fn serialize_str(self, v: &str) -> R {
        self.out.push_str(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> R {
        self.out.push(v);
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> R {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> R {
        v.serialize(self)
    }
    unsupported!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit(),
        serialize_unit_struct(&'static str),
    );
    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> R {
        Err(Unsupported)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> R {
        Err(Unsupported)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Unsupported> {
        Err(Unsupported)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use serde_json::json;

    /// The direct writer gives the bytes of the `Value` path (the hash recipe of the event
    /// module docs) for every shape it writes, and leaves floats to the `Value` path.
    #[test]
    fn direct_canonical_json_matches_the_value_path() {
        #[derive(Serialize)]
        #[serde(tag = "type", rename_all = "snake_case")]
        enum Tagged {
            Zeta { b: u8, a: Vec<Option<String>> },
        }
        #[derive(Serialize)]
        enum Ext {
            Unit,
            New(i64),
            Tup(u8, bool),
            Rec { z: char, y: () },
        }
        #[derive(Serialize)]
        struct S<'a> {
            zz: Tagged,
            esc: &'a str,
            ext: Vec<Ext>,
            map: std::collections::BTreeMap<&'a str, u32>,
            none: Option<u8>,
        }
        let s = S {
            zz: Tagged::Zeta {
                b: 7,
                a: vec![Some("Điều 2.2".into()), None],
            },
            esc: "q\"b\\n\nr\rt\tc\u{1}\u{8}\u{c}/é",
            ext: vec![
                Ext::Unit,
                Ext::New(-3),
                Ext::Tup(1, false),
                Ext::Rec { z: 'đ', y: () },
            ],
            map: [("b", 1), ("a", 2), ("ä", 3)].into_iter().collect(),
            none: None,
        };
        let via_value = super::super::canonical(&serde_json::to_value(&s).unwrap());
        assert_eq!(to_canonical(&s, None).as_deref(), Some(via_value.as_str()));
        let mut v = serde_json::to_value(&s).unwrap();
        v.as_object_mut().unwrap().remove("esc");
        let without = super::super::canonical(&v);
        assert_eq!(
            to_canonical(&s, Some("esc")).as_deref(),
            Some(without.as_str())
        );
        assert_eq!(to_canonical(&json!({"x": 1.5}), None), None);
    }
}
