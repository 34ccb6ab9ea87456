//! Helpers for the types that decode by hand because serde's derived code would decode them
//! leniently: internally tagged enums (`#[serde(tag = "kind")]`) and untagged ones. For those,
//! serde buffers the input and decodes it with its own deserialiser, which drops members no type
//! has and loses the JSON pointer of errors. (The crate has no `#[serde(flatten)]` field, which
//! has the same defect; `decode`'s tests keep it out.)
//!
//! Such an enum decodes through a private "form" struct: the tag and every variant's members,
//! each optional and read with [`given`] (so `null` counts as given), then the members the tag's
//! variant does not have are refused with [`absent`], those it needs taken with [`required`]. Its
//! JSON Schema still comes from schemars' derive on the enum, which writes the tag as a bare
//! `const`: [`describe_tag`] describes it.

use schemars::Schema;
use serde::de::{self, Deserialize};

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

/// A `#[schemars(transform = …)]` for an internally tagged enum: gives the tag member (`tag`) of
/// every variant the bilingual `description`. schemars writes the tag as a bare `const`, and the
/// regulation's schema describes every member, so that an editor explains it as the team types.
pub(crate) fn describe_tag(
    tag: &'static str,
    description: &'static str,
) -> impl FnMut(&mut Schema) {
    move |schema: &mut Schema| {
        let variants = schema.get_mut("oneOf").and_then(|v| v.as_array_mut());
        for variant in variants.into_iter().flatten() {
            let member = variant
                .get_mut("properties")
                .and_then(|p| p.get_mut(tag))
                .and_then(|m| m.as_object_mut());
            if let Some(member) = member {
                member.insert("description".into(), description.into());
            }
        }
    }
}
