//! How sure a legal fact is (`legal/README.md`, header).

use crate::text::Label;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The confidence status of a legal fact. Never present [`Status::Unconfirmed`] as law: every
/// decision that rests on a fact whose status is not confirmed surfaces a warning.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub enum Status {
    /// C: read in the provision's text or an official codification.
    #[serde(rename = "C")]
    Confirmed,
    /// C-ocr: read in a transcription of the signed document; numbers reliable, wording noisy.
    #[serde(rename = "C-ocr")]
    ConfirmedOcr,
    /// P: partly confirmed (secondary sources, or partly inferred).
    #[serde(rename = "P")]
    Partial,
    /// U: unconfirmed inference.
    #[serde(rename = "U")]
    Unconfirmed,
}

impl Status {
    /// Every status, most certain first.
    pub const ALL: [Status; 4] = [
        Status::Confirmed,
        Status::ConfirmedOcr,
        Status::Partial,
        Status::Unconfirmed,
    ];

    /// The short code used in `legal/README.md`: `C`, `C-ocr`, `P` or `U`.
    pub fn code(&self) -> &'static str {
        match self {
            Status::Confirmed => "C",
            Status::ConfirmedOcr => "C-ocr",
            Status::Partial => "P",
            Status::Unconfirmed => "U",
        }
    }

    /// True for C and C-ocr: the fact was read in the text itself.
    pub fn is_confirmed(&self) -> bool {
        matches!(self, Status::Confirmed | Status::ConfirmedOcr)
    }

    /// A bilingual description.
    pub fn label(&self) -> Label {
        let (vi, en) = self.names();
        Label::fixed(vi, en)
    }

    /// The description as static text, Vietnamese then English (what [`Status::label`] copies).
    pub(crate) fn names(&self) -> (&'static str, &'static str) {
        match self {
            Status::Confirmed => ("đã xác nhận", "confirmed"),
            Status::ConfirmedOcr => ("đã xác nhận (bản chép)", "confirmed (transcription)"),
            Status::Partial => ("xác nhận một phần", "partly confirmed"),
            Status::Unconfirmed => ("chưa xác nhận", "unconfirmed"),
        }
    }
}
