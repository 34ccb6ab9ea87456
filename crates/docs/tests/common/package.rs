//! Reading a written DOCX back: the package's parts (zip) and the body of `word/document.xml`
//! as its top-level items (paragraphs with their text and run sizes, tables with their cells).

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use std::io::Read;

/// A top-level item of the document's body.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A paragraph: its text, the run sizes (half-points) seen in it, bold, centred.
    Para {
        text: String,
        sizes: Vec<u32>,
        bold: bool,
        centred: bool,
    },
    /// A table: the text of each cell, row by row, one string per paragraph joined by `\n`.
    Table(Vec<String>),
    /// The section properties.
    Section,
}

impl Item {
    pub fn text(&self) -> String {
        match self {
            Item::Para { text, .. } => text.clone(),
            Item::Table(cells) => cells.join("\n"),
            Item::Section => String::new(),
        }
    }
}

/// One part of the package as text.
pub fn part(docx: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip package");
    let mut f = zip.by_name(name).unwrap_or_else(|_| panic!("part {name}"));
    let mut s = String::new();
    f.read_to_string(&mut s).unwrap();
    s
}

/// The names of the package's parts.
pub fn parts(docx: &[u8]) -> Vec<String> {
    let zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip package");
    zip.file_names().map(str::to_string).collect()
}

fn attr(e: &BytesStart, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

/// The value of `name`'s attribute `key` on the first element `name` of `xml`.
pub fn first_attr(xml: &str, name: &str, key: &str) -> Option<String> {
    let mut r = Reader::from_str(xml);
    loop {
        match r.read_event().ok()? {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == name.as_bytes() => {
                return attr(&e, key.as_bytes());
            }
            Event::Eof => return None,
            _ => {}
        }
    }
}

/// Every value of attribute `key` on the elements `name` of `xml`.
pub fn all_attrs(xml: &str, name: &str, key: &str) -> Vec<String> {
    let mut r = Reader::from_str(xml);
    let mut out = Vec::new();
    loop {
        match r.read_event().unwrap() {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == name.as_bytes() => {
                out.extend(attr(&e, key.as_bytes()));
            }
            Event::Eof => return out,
            _ => {}
        }
    }
}

/// The body's top-level items.
pub fn body(xml: &str) -> Vec<Item> {
    let mut r = Reader::from_str(xml);
    let mut stack: Vec<Vec<u8>> = Vec::new();
    let mut items = Vec::new();
    let mut in_text = false;
    loop {
        let ev = r.read_event().unwrap();
        match &ev {
            Event::Start(e) | Event::Empty(e) => {
                let name = e.name().as_ref().to_vec();
                let top = stack.len() == 2; // w:document / w:body / here
                if top {
                    items.push(match name.as_slice() {
                        b"w:tbl" => Item::Table(Vec::new()),
                        b"w:sectPr" => Item::Section,
                        _ => Item::Para {
                            text: String::new(),
                            sizes: Vec::new(),
                            bold: false,
                            centred: false,
                        },
                    });
                }
                match (items.last_mut(), name.as_slice()) {
                    (Some(Item::Table(cells)), b"w:tc") => cells.push(String::new()),
                    (Some(Item::Table(cells)), b"w:p") if stack.iter().any(|n| n == b"w:tc") => {
                        if let Some(c) = cells.last_mut()
                            && !c.is_empty()
                        {
                            c.push('\n');
                        }
                    }
                    (Some(Item::Para { sizes, .. }), b"w:sz") => {
                        sizes.extend(attr(e, b"w:val").and_then(|v| v.parse::<u32>().ok()));
                    }
                    (Some(Item::Para { bold, .. }), b"w:b") => *bold = true,
                    (Some(Item::Para { centred, .. }), b"w:jc") => {
                        *centred |= attr(e, b"w:val").as_deref() == Some("center");
                    }
                    _ => {}
                }
                if name == b"w:t" {
                    in_text = matches!(ev, Event::Start(_));
                }
                if matches!(ev, Event::Start(_)) {
                    stack.push(name);
                }
            }
            Event::End(_) => {
                stack.pop();
                in_text = false;
            }
            Event::Text(_) | Event::GeneralRef(_) if in_text => {
                let t = match &ev {
                    Event::Text(t) => t.decode().unwrap().into_owned(),
                    Event::GeneralRef(g) => match g.decode().unwrap().as_ref() {
                        "amp" => "&".into(),
                        "lt" => "<".into(),
                        "gt" => ">".into(),
                        "quot" => "\"".into(),
                        "apos" => "'".into(),
                        _ => g
                            .resolve_char_ref()
                            .ok()
                            .flatten()
                            .map(String::from)
                            .unwrap_or_default(),
                    },
                    _ => unreachable!(),
                };
                match items.last_mut() {
                    Some(Item::Table(cells)) => {
                        if let Some(c) = cells.last_mut() {
                            c.push_str(&t);
                        }
                    }
                    Some(Item::Para { text, .. }) => text.push_str(&t),
                    _ => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    // A cell's empty paragraphs (spacing, rules) leave no line.
    for item in &mut items {
        if let Item::Table(cells) = item {
            for c in cells.iter_mut() {
                *c = c
                    .lines()
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>()
                    .join("\n");
            }
        }
    }
    items
}
