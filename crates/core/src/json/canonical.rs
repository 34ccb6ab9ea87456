//! Canonical JSON: the bytes an event's hash is computed over (the recipe in the docs of the
//! `case` module's events): object members sorted by key in code point order, no
//! whitespace, strings escaped as JavaScript's `JSON.stringify` escapes them, integers in plain
//! decimal, `true`, `false`, `null` as literals. Python and JavaScript reproduce it with
//! `json.dumps(v, ensure_ascii=False, sort_keys=True, separators=(",", ":"))` and a sorted
//! `JSON.stringify`.
//!
//! Two writers give the same bytes: [`canonical`] over a [`serde_json::Value`], and
//! `to_canonical`, which writes straight from a `Serialize` value without building the `Value`
//! tree first (performance only: hashing an event is most of the cost of `apply` and `replay`).
//! The direct writer handles the shapes events are made of (structs, maps with string, number or
//! boolean keys, sequences, enums, strings, booleans, integers, options); anything else (floats,
//! bytes, 128-bit integers) makes it return `None`, and the caller falls back to the `Value`
//! path, so the output never depends on which path ran.
//!
//! The same writer, with members kept in the serialiser's order and floats, bytes and 128-bit
//! integers written as serde_json writes them, gives compact JSON (`to_compact`, behind
//! [`crate::json::to_text`]): the bytes of `serde_json::to_string`, with the faster string
//! writer, and on WebAssembly one serialiser per type instead of two.

use super::escape::write_string;
use serde::ser::{self, Serialize};
use serde_json::Value;
use std::borrow::Cow;
use std::fmt;

/// Canonical JSON of a value: sorted keys, no whitespace, `JSON.stringify`-style escaping.
///
/// ```
/// let v = serde_json::json!({"b": 1, "a": ["x\n", true, null]});
/// assert_eq!(quyche::json::canonical(&v), r#"{"a":["x\n",true,null],"b":1}"#);
/// ```
pub fn canonical(v: &Value) -> String {
    let mut out = String::new();
    write_value(v, &mut out);
    out
}

/// Writes `v` canonically at the end of `out`.
fn write_value(v: &Value, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::String(s) => write_string(s, out),
        Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(x, out);
            }
            out.push(']');
        }
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(k, out);
                out.push(':');
                write_value(&m[k], out);
            }
            out.push('}');
        }
    }
}

/// The canonical JSON of `v` without its top-level member `drop` (if `v` is an object), or `None`
/// when `v` holds a shape this writer leaves to the `Value` path (see the module docs).
pub(crate) fn to_canonical<T: Serialize + ?Sized>(
    v: &T,
    drop: Option<&'static str>,
) -> Option<String> {
    with_buffers(|out| {
        let done = v.serialize(Writer {
            out: &mut *out,
            drop,
        });
        // An exact-size copy: the shared buffer keeps its capacity for the next call.
        done.ok().map(|()| out.text.as_str().to_owned())
    })
}

/// Compact JSON of `v` with members in the order the serialiser gives them: the bytes of
/// `serde_json::to_string(v)`, or `None` for a shape this writer leaves out (see the module
/// docs).
pub(crate) fn to_compact<T: Serialize + ?Sized>(v: &T) -> Option<String> {
    with_buffers(|out| {
        out.keep_order = true;
        let done = v.serialize(Writer {
            out: &mut *out,
            drop: None,
        });
        out.keep_order = false;
        done.ok().map(|()| out.text.as_str().to_owned())
    })
}

/// Runs `f` with the writer's output buffer (empty, reused between calls on each thread), for
/// a caller that writes part of a canonical text by hand (the event writer of
/// `case/canonical.rs`) with [`Out::raw`], [`Out::string`] and [`Out::value`].
pub(crate) fn with_output<R>(f: impl FnOnce(&mut Out) -> R) -> R {
    with_buffers(f)
}

impl Out {
    /// Appends `text` as it is (JSON punctuation, keys already quoted, a canonical text).
    pub(crate) fn raw(&mut self, text: &str) {
        self.text.push_str(text);
    }

    /// Appends `s` as a JSON string.
    pub(crate) fn string(&mut self, s: &str) {
        write_string(s, &mut self.text);
    }

    /// Appends the canonical JSON of `v`.
    pub(crate) fn value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Unsupported> {
        v.serialize(Writer {
            out: self,
            drop: None,
        })
    }

    /// The text written so far.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// The text written so far, to append to.
    pub(crate) fn text_mut(&mut self) -> &mut String {
        &mut self.text
    }
}

thread_local! {
    /// The writer's buffers, kept between calls on each thread.
    static BUFFERS: std::cell::Cell<Out> = std::cell::Cell::new(Out::default());
}

/// Runs `f` with the thread's buffers, taken out of the thread-local and put back afterwards (a
/// nested call, or one while the thread-local is gone, simply gets fresh buffers).
fn with_buffers<R>(f: impl FnOnce(&mut Out) -> R) -> R {
    let mut out = BUFFERS.try_with(std::cell::Cell::take).unwrap_or_default();
    out.text.clear();
    out.members.clear();
    let r = f(&mut out);
    out.release_if_large();
    let _ = BUFFERS.try_with(|cell| cell.set(out));
    r
}

impl Out {
    /// Buffers kept between calls stay small: after an unusually large value (events are a
    /// few KiB; inputs may be up to the 64 MiB limit) their memory is given back.
    fn release_if_large(&mut self) {
        const KEEP: usize = 1 << 20;
        if self.text.capacity() > KEEP || self.scratch.capacity() > KEEP {
            *self = Out::default();
        }
    }
}

/// The output and the buffers shared by every object being written (objects nest, and an inner
/// object is finished before its parent goes on, so one member stack and one scratch buffer
/// serve them all without allocating per object).
#[derive(Default)]
pub(crate) struct Out {
    text: String,
    /// Members of the objects being written, innermost last: key and the range of
    /// `"key":value` in `text`.
    members: Vec<(Cow<'static, str>, usize, usize)>,
    /// Where an object's members are copied while they are put in key order.
    scratch: String,
    /// Where a value serialised through `Display` (dates and times) is written before it is
    /// escaped into the text.
    display: String,
    /// Members stay in the serialiser's order (compact JSON, not canonical).
    keep_order: bool,
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
    out: &'a mut Out,
    /// A member left out of the object written by this writer (not of nested ones).
    drop: Option<&'static str>,
}

impl Writer<'_> {
    /// Floats, bytes and 128-bit integers are written in compact mode only; canonical JSON
    /// leaves them to the `Value` path (see the module docs).
    fn compact_only(&self) -> R {
        if self.out.keep_order {
            Ok(())
        } else {
            Err(Unsupported)
        }
    }

    /// `{"variant":` (an externally tagged enum value, as `to_value` writes it).
    fn open_variant(&mut self, variant: &str) {
        self.out.text.push('{');
        write_string(variant, &mut self.out.text);
        self.out.text.push(':');
    }
}

/// The narrower integers of a `Serializer`, written as the `i64` or `u64` they widen to.
macro_rules! widen_integers {
    () => {
        fn serialize_i8(self, v: i8) -> R {
            self.serialize_i64(i64::from(v))
        }
        fn serialize_i16(self, v: i16) -> R {
            self.serialize_i64(i64::from(v))
        }
        fn serialize_i32(self, v: i32) -> R {
            self.serialize_i64(i64::from(v))
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
    };
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
        self.out.text.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    widen_integers!();
    fn serialize_i64(self, v: i64) -> R {
        self.out.text.push_str(itoa::Buffer::new().format(v));
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> R {
        self.out.text.push_str(itoa::Buffer::new().format(v));
        Ok(())
    }
    fn serialize_i128(self, v: i128) -> R {
        self.compact_only()?;
        self.out.text.push_str(itoa::Buffer::new().format(v));
        Ok(())
    }
    fn serialize_u128(self, v: u128) -> R {
        self.compact_only()?;
        self.out.text.push_str(itoa::Buffer::new().format(v));
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> R {
        self.compact_only()?;
        // serde_json's own digits (NaN and the infinities as `null`).
        let digits = serde_json::to_string(&v).map_err(|_| Unsupported)?;
        self.out.text.push_str(&digits);
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> R {
        self.compact_only()?;
        let digits = serde_json::to_string(&v).map_err(|_| Unsupported)?;
        self.out.text.push_str(&digits);
        Ok(())
    }
    fn serialize_char(self, v: char) -> R {
        write_string(v.encode_utf8(&mut [0; 4]), &mut self.out.text);
        Ok(())
    }
    fn collect_str<T: fmt::Display + ?Sized>(self, v: &T) -> R {
        // Same bytes as serde's default (`serialize_str(&v.to_string())`), without allocating.
        use fmt::Write;
        let mut buf = std::mem::take(&mut self.out.display);
        buf.clear();
        write!(buf, "{v}").map_err(|_| Unsupported)?;
        write_string(&buf, &mut self.out.text);
        self.out.display = buf;
        Ok(())
    }
    fn serialize_str(self, v: &str) -> R {
        write_string(v, &mut self.out.text);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> R {
        self.compact_only()?;
        // An array of numbers, as serde_json writes bytes.
        self.out.text.push('[');
        for (i, b) in v.iter().enumerate() {
            if i > 0 {
                self.out.text.push(',');
            }
            self.out.text.push_str(itoa::Buffer::new().format(*b));
        }
        self.out.text.push(']');
        Ok(())
    }
    fn serialize_none(self) -> R {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> R {
        v.serialize(self)
    }
    fn serialize_unit(self) -> R {
        self.out.text.push_str("null");
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
        self.out.text.push('}');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Seq<'a>, Unsupported> {
        self.out.text.push('[');
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
        self.out.text.push('[');
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
    out: &'a mut Out,
    first: bool,
    /// Inside `{"variant":` (close with `]}`).
    variant: bool,
}

impl Seq<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        if !self.first {
            self.out.text.push(',');
        }
        self.first = false;
        v.serialize(Writer {
            out: &mut *self.out,
            drop: None,
        })
    }
    fn close(self) -> R {
        self.out
            .text
            .push_str(if self.variant { "]}" } else { "]" });
        Ok(())
    }
}

/// The four array-like serde traits, all written by [`Seq`].
macro_rules! seq_impls {
    ($($tr:ident :: $method:ident),+ $(,)?) => {$(
        impl ser::$tr for Seq<'_> {
            type Ok = ();
            type Error = Unsupported;
            fn $method<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
                self.element(v)
            }
            fn end(self) -> R {
                self.close()
            }
        }
    )+};
}

seq_impls!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field,
);

/// An object being written: each member is written as `"key":value` as it comes (in the
/// serialiser's order), then, when the object ends, the members are put in key order unless
/// they already are (struct fields declared in key order cost nothing more).
pub(crate) struct Obj<'a> {
    out: &'a mut Out,
    /// Where the object's `{` is in the text.
    open: usize,
    /// Where the object's members start on the shared member stack.
    base: usize,
    /// The key given by `serialize_key`, waiting for its value.
    key: Option<String>,
    /// Inside `{"variant":` (close with `}}`).
    variant: bool,
    /// A member left out.
    drop: Option<&'static str>,
}

impl<'a> Obj<'a> {
    fn new(out: &'a mut Out, variant: bool, drop: Option<&'static str>) -> Self {
        let open = out.text.len();
        out.text.push('{');
        let base = out.members.len();
        Obj {
            out,
            open,
            base,
            key: None,
            variant,
            drop,
        }
    }

    fn member<T: Serialize + ?Sized>(&mut self, key: Cow<'static, str>, v: &T) -> R {
        if self.out.members.len() > self.base {
            self.out.text.push(',');
        }
        let from = self.out.text.len();
        write_string(&key, &mut self.out.text);
        self.out.text.push(':');
        v.serialize(Writer {
            out: &mut *self.out,
            drop: None,
        })?;
        let to = self.out.text.len();
        self.out.members.push((key, from, to));
        Ok(())
    }

    fn close(self) -> R {
        let Out {
            text,
            members,
            scratch,
            keep_order,
            ..
        } = self.out;
        let ms = &mut members[self.base..];
        if *keep_order {
            members.truncate(self.base);
            text.push_str(if self.variant { "}}" } else { "}" });
            return Ok(());
        }
        // Sorted by key in code point order (byte order of UTF-8), as `canonical` sorts a
        // `Value`'s keys. A key given twice keeps its last value, as a `Value` object would.
        let in_order = ms.windows(2).all(|w| key_cmp(&w[0].0, &w[1].0).is_lt())
            && !ms.iter().any(|m| self.drop == Some(m.0.as_ref()));
        if !in_order {
            // Stable, so of two equal keys the last given stays last.
            ms.sort_by(|a, b| key_cmp(&a.0, &b.0));
            let body = self.open + 1;
            scratch.clear();
            scratch.push_str(&text[body..]);
            text.truncate(body);
            let mut first = true;
            for (i, (key, from, to)) in ms.iter().enumerate() {
                if ms
                    .get(i + 1)
                    .is_some_and(|next| key_cmp(&next.0, key).is_eq())
                    || self.drop == Some(key.as_ref())
                {
                    continue;
                }
                if !first {
                    text.push(',');
                }
                first = false;
                text.push_str(&scratch[from - body..to - body]);
            }
        }
        members.truncate(self.base);
        text.push_str(if self.variant { "}}" } else { "}" });
        Ok(())
    }
}

/// Key order: byte order of UTF-8 (code point order), decided on the first byte when it differs,
/// as it does for most pairs of member names, without a `memcmp` call.
#[inline]
fn key_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    match (a.as_bytes().first(), b.as_bytes().first()) {
        (Some(x), Some(y)) if x != y => x.cmp(y),
        _ => a.as_bytes().cmp(b.as_bytes()),
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

impl KeyWriter<'_> {
    /// A float key: its serde_json digits when finite (serde_json refuses the others).
    fn float_key(self, finite: bool, digits: serde_json::Result<String>) -> R {
        match digits {
            Ok(d) if finite => ser::Serializer::serialize_str(self, &d),
            _ => Err(Unsupported),
        }
    }
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
    // Numbers and booleans become their text, as serde_json's map keys (and `to_value`'s) do.
    fn serialize_bool(self, v: bool) -> R {
        self.serialize_str(if v { "true" } else { "false" })
    }
    widen_integers!();
    fn serialize_i64(self, v: i64) -> R {
        self.serialize_str(itoa::Buffer::new().format(v))
    }
    fn serialize_u64(self, v: u64) -> R {
        self.serialize_str(itoa::Buffer::new().format(v))
    }
    fn serialize_f32(self, v: f32) -> R {
        self.float_key(v.is_finite(), serde_json::to_string(&v))
    }
    fn serialize_f64(self, v: f64) -> R {
        self.float_key(v.is_finite(), serde_json::to_string(&v))
    }
    unsupported!(
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

    /// An internally tagged enum (as commands are), for both writers' tests.
    #[derive(Serialize)]
    #[serde(tag = "type", rename_all = "snake_case")]
    enum Tagged {
        Zeta { b: u8, a: Vec<Option<String>> },
    }

    /// Every form of an externally tagged enum variant.
    #[derive(Serialize)]
    enum Ext {
        Unit,
        New(i64),
        Tup(u8, bool),
        Rec { z: char, y: () },
    }

    /// A sample [`Tagged`] value.
    fn tagged() -> Tagged {
        Tagged::Zeta {
            b: 7,
            a: vec![Some("Điều 2.2".into()), None],
        }
    }

    /// One [`Ext`] value of each form.
    fn externally_tagged() -> Vec<Ext> {
        vec![
            Ext::Unit,
            Ext::New(-3),
            Ext::Tup(1, false),
            Ext::Rec { z: 'đ', y: () },
        ]
    }

    /// The characters JSON escapes by name (`"` `\\` `\n` `\r` `\t` `\b` `\f`), a control character
    /// (`\u0001`), a solidus (not escaped) and a non-ASCII letter.
    const ESCAPES: &str = "q\"b\\n\nr\rt\tc\u{1}\u{8}\u{c}/é";

    /// The direct writer gives the bytes of the `Value` path (the hash recipe of the event
    /// module docs) for every shape it writes, and leaves floats to the `Value` path.
    #[test]
    fn direct_canonical_json_matches_the_value_path() {
        #[derive(Serialize)]
        struct S<'a> {
            zz: Tagged,
            esc: &'a str,
            ext: Vec<Ext>,
            map: std::collections::BTreeMap<&'a str, u32>,
            none: Option<u8>,
        }
        let s = S {
            zz: tagged(),
            esc: ESCAPES,
            ext: externally_tagged(),
            map: [("b", 1), ("a", 2), ("ä", 3)].into_iter().collect(),
            none: None,
        };
        let via_value = canonical(&serde_json::to_value(&s).unwrap());
        assert_eq!(to_canonical(&s, None).as_deref(), Some(via_value.as_str()));
        let mut v = serde_json::to_value(&s).unwrap();
        v.as_object_mut().unwrap().remove("esc");
        let without = canonical(&v);
        assert_eq!(
            to_canonical(&s, Some("esc")).as_deref(),
            Some(without.as_str())
        );
        assert_eq!(to_canonical(&json!({"x": 1.5}), None), None);
    }

    /// In compact mode the writer gives the bytes of `serde_json::to_string` for every shape,
    /// floats, bytes, 128-bit integers and number or boolean map keys included, and refuses
    /// only what serde_json refuses.
    #[test]
    fn compact_json_matches_serde_json() {
        #[derive(Serialize)]
        struct Unit;
        #[derive(Serialize)]
        struct S<'a> {
            zz: Tagged,
            esc: &'a str,
            ext: Vec<Ext>,
            floats: Vec<f64>,
            single: f32,
            #[serde(with = "bytes")]
            raw: &'a [u8],
            big: (i128, u128),
            by_number: std::collections::BTreeMap<i32, bool>,
            by_flag: std::collections::BTreeMap<bool, ()>,
            #[serde(serialize_with = "as_map")]
            by_float: Vec<(f64, u8)>,
            unit: Unit,
            none: Option<u8>,
        }
        fn as_map<S: serde::Serializer>(v: &[(f64, u8)], s: S) -> Result<S::Ok, S::Error> {
            s.collect_map(v.iter().map(|(k, x)| (k, x)))
        }
        mod bytes {
            pub fn serialize<S: serde::Serializer>(v: &[u8], s: S) -> Result<S::Ok, S::Error> {
                s.serialize_bytes(v)
            }
        }
        let s = S {
            zz: tagged(),
            esc: ESCAPES,
            ext: externally_tagged(),
            floats: vec![0.1, -0.0, 1e300, 5e-324, f64::NAN, f64::INFINITY, 3.0],
            single: 0.3,
            raw: &[0, 7, 255],
            big: (i128::MIN, u128::MAX),
            by_number: [(-2, true), (10, false)].into_iter().collect(),
            by_flag: [(true, ()), (false, ())].into_iter().collect(),
            by_float: vec![(1.5, 1), (-0.25, 2)],
            unit: Unit,
            none: None,
        };
        assert_eq!(
            to_compact(&s).as_deref(),
            Some(serde_json::to_string(&s).unwrap().as_str())
        );
        let keyed: std::collections::HashMap<String, f64> = [("x".into(), 2.5)].into();
        assert_eq!(to_compact(&keyed), serde_json::to_string(&keyed).ok());
        // Keys serde_json refuses are refused here too: a non-finite float, a tuple.
        let nan = S {
            by_float: vec![(f64::NAN, 1)],
            ..s
        };
        assert!(serde_json::to_string(&nan).is_err());
        assert_eq!(to_compact(&nan), None);
        let by_float: std::collections::BTreeMap<u8, std::collections::BTreeMap<(u8, u8), u8>> =
            [(1, [((1, 2), 3)].into_iter().collect())]
                .into_iter()
                .collect();
        assert!(serde_json::to_string(&by_float).is_err());
        assert_eq!(to_compact(&by_float), None);
        // Canonical JSON still leaves floats to the `Value` path after a compact call.
        assert_eq!(to_canonical(&json!({"x": 1.5}), None), None);
    }

    /// The writer's reused buffers do not keep the memory of an unusually large value.
    #[test]
    fn large_values_do_not_stay_in_the_shared_buffers() {
        let big = json!({"text": "x".repeat(3 << 20)});
        let text = to_canonical(&big, None).unwrap();
        assert_eq!(text.len(), (3 << 20) + 11);
        let buffers = BUFFERS.take();
        let kept = buffers.text.capacity() + buffers.scratch.capacity();
        BUFFERS.set(buffers);
        assert!(kept <= 2 << 20, "{kept} bytes kept");
        // And the buffers still work afterwards.
        assert_eq!(
            to_canonical(&json!({"b": 1, "a": 2}), None).unwrap(),
            r#"{"a":2,"b":1}"#
        );
    }
}
