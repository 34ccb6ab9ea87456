//! Helpers for the types that decode by hand because serde's derived code would decode them
//! leniently: a struct with a `#[serde(flatten)]` field, and internally tagged enums
//! (`#[serde(tag = "kind")]`). For both, serde buffers the input and decodes it with its own
//! deserialiser, which drops members no type has and loses the JSON pointer of errors.
//!
//! - A flattening type decodes with [`flattened`]: the inner struct straight from the decoder's
//!   own map (members and errors keep their pointers), minus the outer member, which is handed
//!   back decoded; every member is checked against the inner struct's names ([`struct_fields`])
//!   plus the outer one.
//! - An internally tagged enum decodes through a private "form" struct: the tag and every
//!   variant's members, each optional and read with [`given`] (so `null` counts as given), then
//!   the members the tag's variant does not have are refused with [`unknown_member`].

use serde::de::{self, Deserialize, DeserializeOwned, DeserializeSeed, MapAccess, Visitor};
use std::fmt;
use std::marker::PhantomData;

/// Reads an optional member of a form struct (`#[serde(default, deserialize_with = "given")]`):
/// absent is `None`, and a given value, `null` included, must be a `T`.
pub(crate) fn given<'de, D: de::Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

/// `e` (a crate error whose pointer is relative to the value being decoded) as the error of a
/// `deserialize` written by hand: the crate's decoder keeps its pointer and both messages (see
/// `decode::Nested`), other deserialisers show `message (at pointer)`.
pub(crate) fn nested<E: de::Error>(e: &crate::error::Error) -> E {
    E::custom(super::decode::Nested(e))
}

/// The refusal of member `member` of the object being decoded, whose members may only be
/// `allowed`, pointed at the member. Raise it from the object's own `deserialize`, not from the
/// member's value.
pub(crate) fn unknown_member<E: de::Error>(member: &str, allowed: &[&str]) -> E {
    let (en, vi) = super::decode::unknown_member_texts(member, &allowed.join(", "));
    let at = format!("/{}", crate::error::pointer_token(member));
    nested(&crate::error::Error::invalid(at, en, vi))
}

/// Refuses `member` (one of a tagged enum's members, given for a variant that does not have it)
/// unless it was absent.
pub(crate) fn absent<E: de::Error, T>(
    value: &Option<T>,
    member: &str,
    allowed: &[&str],
) -> Result<(), E> {
    match value {
        Some(_) => Err(unknown_member(member, allowed)),
        None => Ok(()),
    }
}

/// A member a tagged enum's variant requires: [`de::Error::missing_field`] when absent.
pub(crate) fn required<E: de::Error, T>(value: Option<T>, member: &'static str) -> Result<T, E> {
    value.ok_or_else(|| E::missing_field(member))
}

/// The member names serde's derived `Deserialize` of struct `T` reads (the list it hands to
/// `deserialize_struct`); empty for a type that is not decoded as a struct.
pub(crate) fn struct_fields<T: DeserializeOwned>() -> &'static [&'static str] {
    let mut fields: &'static [&'static str] = &[];
    let _ = T::deserialize(FieldsProbe(&mut fields));
    fields
}

/// `fields` and `own`, as one list that lives as long as the program (built once per flattening
/// type, kept in a `OnceLock` by the caller).
pub(crate) fn with_member(
    fields: &'static [&'static str],
    own: &'static str,
) -> &'static [&'static str] {
    let mut all = fields.to_vec();
    all.push(own);
    Box::leak(all.into_boxed_slice())
}

/// Decodes `T` and the member `own` of type `O` from one object: the object's members must be
/// among `fields` (`T`'s fields and `own`, see [`with_member`]; any other member is refused at
/// its pointer by the decoder), `own` is `None` when absent.
pub(crate) fn flattened<'de, D, T, O>(
    d: D,
    name: &'static str,
    fields: &'static [&'static str],
    own: &'static str,
) -> Result<(T, Option<O>), D::Error>
where
    D: de::Deserializer<'de>,
    T: de::Deserialize<'de>,
    O: de::Deserialize<'de>,
{
    d.deserialize_struct(
        name,
        fields,
        Flattened {
            own,
            marker: PhantomData,
        },
    )
}

/// The visitor of [`flattened`].
struct Flattened<T, O> {
    own: &'static str,
    marker: PhantomData<(T, O)>,
}

impl<'de, T: de::Deserialize<'de>, O: de::Deserialize<'de>> Visitor<'de> for Flattened<T, O> {
    type Value = (T, Option<O>);

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        let mut taken = None;
        let inner = T::deserialize(WithoutMember {
            map,
            own: self.own,
            taken: &mut taken,
        })?;
        Ok((inner, taken))
    }
}

/// A map without its member `own`, which is decoded into `taken` when met: `T` is decoded from
/// it as from any object.
struct WithoutMember<'a, A, O> {
    map: A,
    own: &'static str,
    taken: &'a mut Option<O>,
}

impl<'de, A: MapAccess<'de>, O: de::Deserialize<'de>> de::Deserializer<'de>
    for WithoutMember<'_, A, O>
{
    type Error = A::Error;

    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, A::Error> {
        v.visit_map(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier
        ignored_any
    }
}

impl<'de, A: MapAccess<'de>, O: de::Deserialize<'de>> MapAccess<'de> for WithoutMember<'_, A, O> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        while let Some(key) = self.map.next_key::<String>()? {
            if key == self.own {
                *self.taken = Some(self.map.next_value()?);
                continue;
            }
            let key = de::value::StringDeserializer::<A::Error>::new(key);
            return seed.deserialize(key).map(Some);
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.map.next_value_seed(seed)
    }
}

/// A deserialiser that only records the field list a derived `Deserialize` asks for.
struct FieldsProbe<'a>(&'a mut &'static [&'static str]);

/// The probe's error: decoding stops once the fields are known.
#[derive(Debug)]
struct Probed;

impl fmt::Display for Probed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field names probed")
    }
}

impl std::error::Error for Probed {}

impl de::Error for Probed {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Probed
    }
}

impl<'de> de::Deserializer<'de> for FieldsProbe<'_> {
    type Error = Probed;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Probed> {
        Err(Probed)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Probed> {
        *self.0 = fields;
        Err(Probed)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use serde_json::json;
    use std::sync::OnceLock;

    #[derive(Debug, PartialEq, Deserialize)]
    struct Inner {
        a: u8,
        #[serde(default)]
        b: Option<String>,
        nested: Leaf,
    }

    #[derive(Debug, PartialEq, Deserialize)]
    struct Leaf {
        x: u8,
    }

    /// `Inner` flattened, plus `extra`.
    #[derive(Debug, PartialEq)]
    struct Outer {
        inner: Inner,
        extra: Vec<u8>,
    }

    impl<'de> Deserialize<'de> for Outer {
        fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            static FIELDS: OnceLock<&'static [&'static str]> = OnceLock::new();
            let fields = FIELDS.get_or_init(|| with_member(struct_fields::<Inner>(), "extra"));
            let (inner, extra) = flattened(d, "Outer", fields, "extra")?;
            Ok(Outer {
                inner,
                extra: extra.unwrap_or_default(),
            })
        }
    }

    fn decode(v: serde_json::Value) -> Result<Outer, (String, String)> {
        super::super::decode::from_value(&v).map_err(|e| (e.pointer(), e.message))
    }

    #[test]
    fn the_probe_reads_a_derived_field_list() {
        assert_eq!(struct_fields::<Inner>(), ["a", "b", "nested"]);
        assert!(struct_fields::<Vec<u8>>().is_empty());
    }

    #[test]
    fn decodes_both_parts_in_any_member_order() {
        let v = json!({"extra": [1, 2], "nested": {"x": 3}, "a": 4});
        let want = Outer {
            inner: Inner {
                a: 4,
                b: None,
                nested: Leaf { x: 3 },
            },
            extra: vec![1, 2],
        };
        assert_eq!(decode(v), Ok(want));
        let v = json!({"a": 1, "nested": {"x": 3}});
        assert_eq!(decode(v).unwrap().extra, Vec::<u8>::new());
    }

    #[test]
    fn unknown_members_are_refused_at_every_depth_with_their_pointer() {
        let (at, msg) = decode(json!({"a": 1, "nested": {"x": 3}, "zz": 0})).unwrap_err();
        assert_eq!(at, "/zz");
        assert_eq!(
            msg,
            "unknown member `zz`; expected one of a, b, nested, extra"
        );
        let (at, _) = decode(json!({"a": 1, "nested": {"x": 3, "y": 0}})).unwrap_err();
        assert_eq!(at, "/nested/y");
        let (at, _) = decode(json!({"a": 1, "nested": {"x": 300}})).unwrap_err();
        assert_eq!(at, "/nested/x");
        let (at, _) = decode(json!({"a": 1, "nested": {"x": 3}, "extra": [1, "no"]})).unwrap_err();
        assert_eq!(at, "/extra/1");
        let (at, msg) = decode(json!({"nested": {"x": 3}})).unwrap_err();
        assert_eq!((at.as_str(), msg.as_str()), ("", "missing field `a`"));
    }
}
