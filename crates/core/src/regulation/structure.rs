//! Chapters and articles of the regulation, with their headings. The source copy lost its bold
//! headings: reconstructed headings are flagged and must be shown as such, never as quoted law.

use crate::text::Label;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A chapter (Chương).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Chapter {
    /// Roman numeral, e.g. "I".
    pub number: String,
    /// Heading.
    pub heading: Label,
    /// True when the heading is reconstructed, not read in the text.
    #[serde(default)]
    pub reconstructed: bool,
    /// Its articles.
    pub articles: Vec<Article>,
}

/// An article (Điều) of the regulation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Article {
    /// Article number.
    pub number: u16,
    /// Heading.
    pub heading: Label,
    /// True when the heading is reconstructed, not read in the text.
    #[serde(default)]
    pub reconstructed: bool,
    /// What it says, in our words.
    pub summary: Label,
    /// False for an article that sets no rule a case or a report can follow (e.g. the
    /// regulation's purposes): the law map does not require it to be implemented.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub operative: bool,
}

fn yes() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}
