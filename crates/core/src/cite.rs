//! A reference to a provision, as data: [`InstrumentId`] and [`Citation`] (instrument + Điều
//! (article) + khoản (clause) + điểm (point) + sub-item) with its key form. It is on the ground
//! floor because every error carries the citations it rests on; reading citations from text,
//! writing them in Vietnamese and English, and the catalogue they point into are the `law`
//! layer's (which re-exports these types: `quyche::law::Citation`).
//!
//! Vietnamese order is point → clause → article → instrument ("điểm đ khoản 1 Điều 8 Luật An
//! ninh mạng 2018"); English is "Art. 8(1)(đ), Cybersecurity Law 2018". Point letters follow the
//! Vietnamese alphabet: a b c d đ e g h i k l m n (no f, j).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An instrument's identifier: its official number, NFC, e.g. `24/2018/QH14`, `72/2013/NĐ-CP`,
/// `2086/QĐ-UBND`.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct InstrumentId(pub String);

impl InstrumentId {
    /// Builds an id from a number (normalised to NFC).
    pub fn new(number: &str) -> Self {
        InstrumentId(crate::text::nfc(number))
    }

    /// The number as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for InstrumentId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A point letter (điểm) in Vietnamese alphabetical order.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub enum Point {
    /// a
    #[serde(rename = "a")]
    A,
    /// b
    #[serde(rename = "b")]
    B,
    /// c
    #[serde(rename = "c")]
    C,
    /// d
    #[serde(rename = "d")]
    D,
    /// đ
    #[serde(rename = "đ")]
    Dd,
    /// e
    #[serde(rename = "e")]
    E,
    /// g
    #[serde(rename = "g")]
    G,
    /// h
    #[serde(rename = "h")]
    H,
    /// i
    #[serde(rename = "i")]
    I,
    /// k
    #[serde(rename = "k")]
    K,
    /// l
    #[serde(rename = "l")]
    L,
    /// m
    #[serde(rename = "m")]
    M,
    /// n
    #[serde(rename = "n")]
    N,
}

impl Point {
    /// All letters in order.
    pub const ALL: [Point; 13] = [
        Point::A,
        Point::B,
        Point::C,
        Point::D,
        Point::Dd,
        Point::E,
        Point::G,
        Point::H,
        Point::I,
        Point::K,
        Point::L,
        Point::M,
        Point::N,
    ];

    /// The letter as written ("đ" for [`Point::Dd`]).
    pub fn as_str(&self) -> &'static str {
        match self {
            Point::A => "a",
            Point::B => "b",
            Point::C => "c",
            Point::D => "d",
            Point::Dd => "đ",
            Point::E => "e",
            Point::G => "g",
            Point::H => "h",
            Point::I => "i",
            Point::K => "k",
            Point::L => "l",
            Point::M => "m",
            Point::N => "n",
        }
    }

    /// Parses a letter ("đ" also from NFD text or upper case "Đ").
    pub fn from_letter(s: &str) -> Option<Point> {
        let s = crate::text::nfc(s).to_lowercase();
        Point::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// A reference to a provision: instrument, article, and optionally clause, point and sub-item
/// (the dashes under a point).
///
/// Written as an object (`{"instrument": "24/2018/QH14", "article": 8, "clause": 1, "point":
/// "đ"}`); read from that object or from its [key](Citation::key) (`"24/2018/QH14:8.1.đ"`), the
/// compact form the regulation data files use so that one search finds every rule citing a
/// provision.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Citation {
    /// The instrument's number, e.g. `24/2018/QH14`. — Số hiệu văn bản.
    pub instrument: InstrumentId,
    /// Điều (article) number. — Số Điều.
    pub article: u16,
    /// Letter of an inserted article, e.g. the `d` of "Điều 23d" (added to NĐ 72/2013 by NĐ
    /// 27/2018). Inserted articles are lettered in the same Vietnamese alphabet as points. — Chữ
    /// cái của Điều được bổ sung.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article_suffix: Option<Point>,
    /// Khoản (clause) number. — Số khoản.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clause: Option<u16>,
    /// Điểm (point) letter. — Chữ cái của điểm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub point: Option<Point>,
    /// Sub-item (1-based position of a dash under a point). — Ý (thứ tự gạch đầu dòng trong
    /// điểm, tính từ 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<u8>,
}

impl Citation {
    /// A citation of a whole article.
    pub fn article(instrument: &str, article: u16) -> Self {
        Citation {
            instrument: InstrumentId::new(instrument),
            article,
            article_suffix: None,
            clause: None,
            point: None,
            item: None,
        }
    }

    /// The same citation with an inserted-article letter ("Điều 23d" = article 23, suffix d).
    pub fn suffix(mut self, letter: Point) -> Self {
        self.article_suffix = Some(letter);
        self
    }

    /// The same citation narrowed to clause `clause`.
    pub fn clause(mut self, clause: u16) -> Self {
        self.clause = Some(clause);
        self
    }

    /// The same citation narrowed to point `point`.
    pub fn point(mut self, point: Point) -> Self {
        self.point = Some(point);
        self
    }

    /// The same citation narrowed to sub-item `item`.
    pub fn item(mut self, item: u8) -> Self {
        self.item = Some(item);
        self
    }

    /// True when `self` designates `other` or a part of it (e.g. 8(1)(đ) is within 8(1)).
    ///
    /// ```
    /// use quyche::law::{Citation, Point};
    /// let k1 = Citation::article("24/2018/QH14", 8).clause(1);
    /// assert!(k1.clone().point(Point::Dd).is_within(&k1));
    /// assert!(!k1.is_within(&k1.clone().point(Point::Dd)));
    /// ```
    pub fn is_within(&self, other: &Citation) -> bool {
        self.instrument == other.instrument
            && self.article == other.article
            && self.article_suffix == other.article_suffix
            && (other.clause.is_none() || self.clause == other.clause)
            && (other.point.is_none() || self.point == other.point)
            && (other.item.is_none() || self.item == other.item)
    }

    /// The enclosing provision (point → clause → article), or `None` for an article.
    pub fn parent(&self) -> Option<Citation> {
        let mut p = self.clone();
        if p.item.is_some() {
            p.item = None;
        } else if p.point.is_some() {
            p.point = None;
        } else if p.clause.is_some() {
            p.clause = None;
        } else {
            return None;
        }
        Some(p)
    }

    /// A compact, language-neutral key such as `24/2018/QH14:8.1.đ` (used in ids and logs).
    pub fn key(&self) -> String {
        let mut s = format!("{}:{}", self.instrument, self.article);
        if let Some(l) = self.article_suffix {
            s.push_str(l.as_str());
        }
        if let Some(c) = self.clause {
            s.push_str(&format!(".{c}"));
        }
        if let Some(p) = self.point {
            s.push('.');
            s.push_str(p.as_str());
        }
        if let Some(i) = self.item {
            s.push_str(&format!("({i})"));
        }
        s
    }
}

/// The object form of a [`Citation`] (what it is written as).
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "CitationObject")]
struct Fields {
    /// The instrument's number, e.g. `24/2018/QH14`. — Số hiệu văn bản.
    instrument: InstrumentId,
    /// Điều (article) number. — Số Điều.
    article: u16,
    /// Letter of an inserted article, e.g. the `d` of "Điều 23d". — Chữ cái của Điều được bổ
    /// sung.
    #[serde(default)]
    article_suffix: Option<Point>,
    /// Khoản (clause) number. — Số khoản.
    #[serde(default)]
    clause: Option<u16>,
    /// Điểm (point) letter. — Chữ cái của điểm.
    #[serde(default)]
    point: Option<Point>,
    /// Sub-item (1-based position of a dash under a point). — Ý (thứ tự gạch đầu dòng trong
    /// điểm, tính từ 1).
    #[serde(default)]
    item: Option<u8>,
}

impl Citation {
    /// Reads a citation from its [key](Citation::key): `instrument:article[suffix][.clause]
    /// [.point][(item)]`.
    ///
    /// ```
    /// use quyche::law::{Citation, Point};
    /// let c = Citation::from_key("2086/QĐ-UBND:7.1.a(4)").unwrap();
    /// assert_eq!(c, Citation::article("2086/QĐ-UBND", 7).clause(1).point(Point::A).item(4));
    /// assert_eq!(Citation::from_key("72/2013/NĐ-CP:23d.1.c").unwrap().key(), "72/2013/NĐ-CP:23d.1.c");
    /// assert!(Citation::from_key("Điều 7").is_none());
    /// ```
    pub fn from_key(key: &str) -> Option<Citation> {
        let (instrument, rest) = key.rsplit_once(':')?;
        if instrument.trim().is_empty() {
            return None;
        }
        let (rest, item) = match rest.strip_suffix(')') {
            Some(r) => {
                let (r, n) = r.rsplit_once('(')?;
                (r, Some(n.parse::<u8>().ok().filter(|&n| n > 0)?))
            }
            None => (rest, None),
        };
        let mut parts = rest.split('.');
        let head = parts.next()?;
        let digits = head
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(head.len());
        let article: u16 = head[..digits].parse().ok()?;
        let suffix = match &head[digits..] {
            "" => None,
            s => Some(Point::from_letter(s)?),
        };
        let clause = parts
            .next()
            .map(|k| k.parse::<u16>().ok())
            .map_or(Some(None), |k| k.map(Some))?;
        let point = match parts.next() {
            Some(p) => Some(Point::from_letter(p)?),
            None => None,
        };
        if parts.next().is_some()
            || (point.is_some() && clause.is_none())
            || (item.is_some() && point.is_none())
        {
            return None;
        }
        Some(Citation {
            instrument: InstrumentId::new(instrument),
            article,
            article_suffix: suffix,
            clause,
            point,
            item,
        })
    }
}

impl<'de> Deserialize<'de> for Citation {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Citation;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a citation: an object {instrument, article, …} or a key `instrument:article.clause.point(item)`")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Citation, E> {
                Citation::from_key(s).ok_or_else(|| {
                    E::invalid_value(
                        serde::de::Unexpected::Str(s),
                        &"a citation key `instrument:article.clause.point(item)`",
                    )
                })
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Citation, A::Error> {
                let f = Fields::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(Citation {
                    instrument: f.instrument,
                    article: f.article,
                    article_suffix: f.article_suffix,
                    clause: f.clause,
                    point: f.point,
                    item: f.item,
                })
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for Citation {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Citation".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let object = generator.subschema_for::<Fields>();
        schemars::json_schema!({
            "description": "A provision: an object {instrument, article, clause?, point?, item?}, or its key `instrument:article[.clause][.point][(item)]`. — Điều khoản được viện dẫn: đối tượng hoặc khóa `số hiệu:điều.khoản.điểm(ý)`.",
            "anyOf": [
                {"type": "string", "pattern": "^[^:]+:[0-9]+[a-zđ]?(\\.[0-9]+(\\.[a-zđ](\\([0-9]+\\))?)?)?$"},
                object
            ]
        })
    }
}
