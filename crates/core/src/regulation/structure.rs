//! Chapters and articles of the regulation, with their headings. The source copy lost its bold
//! headings: reconstructed headings are flagged and must be shown as such, never as quoted law.

use crate::text::Label;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A chapter (Chương).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Chapter {
    /// Roman numeral, e.g. "I". — Số chương (chữ số La Mã).
    pub number: String,
    /// Heading. — Tên chương.
    pub heading: Label,
    /// True when the heading is reconstructed, not read in the text. — Tên chương được dựng
    /// lại, không đọc từ văn bản.
    #[serde(default)]
    pub reconstructed: bool,
    /// Its articles. — Các Điều thuộc chương.
    pub articles: Vec<Article>,
}

/// An article (Điều) of the regulation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Article {
    /// Article number. — Số Điều.
    pub number: u16,
    /// Heading. — Tên Điều.
    pub heading: Label,
    /// True when the heading is reconstructed, not read in the text. — Tên Điều được dựng lại,
    /// không đọc từ văn bản.
    #[serde(default)]
    pub reconstructed: bool,
    /// What it says, in our words. — Nội dung (diễn đạt lại).
    pub summary: Label,
    /// False for an article that sets no rule a case or a report can follow (e.g. the
    /// regulation's purposes): the law map does not require it to be implemented. — Điều có quy
    /// định áp dụng cho vụ việc hoặc báo cáo.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub operative: bool,
}

fn yes() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}
