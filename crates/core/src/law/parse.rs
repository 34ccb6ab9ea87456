//! Parsing citations from text: [`Citation::parse`], [`Citation::parse_with`],
//! [`Citation::find_all`] and [`Catalogue::resolve_instrument`].
//!
//! # What is accepted
//!
//! - Vietnamese, smallest unit first: `điểm đ khoản 1 Điều 8 Luật An ninh mạng 2018`, with a
//!   sub-item `ý thứ 2 điểm a khoản 1 Điều 7 Quy chế 2086`; or largest first:
//!   `Luật An ninh mạng 2018 Điều 26 khoản 2 điểm b`, `Điều 2 khoản 2 điểm a Quy chế 2086`.
//!   Commas and the words "của", "tại", "thuộc" may separate the parts ("Khoản 1, Điều 8 của
//!   Luật An ninh mạng 2018"); a leading "theo" or "tại" is skipped; a trailing "ngày 15/7/2013"
//!   after the instrument is skipped.
//! - Dotted and bracketed forms after the article: `Điều 42.5`, `Điều 7.1.a`, `Điều 8(1)(đ)`.
//! - Inserted articles: `Điều 23d` (article 23, letter d).
//! - English, as produced by [`Citation::en`]: `Art. 8(1)(đ), Cybersecurity Law 2018`,
//!   `Article 7(1)(a)(2) of Regulation issued with Decision 2086/QĐ-UBND`.
//! - The instrument by its number (`72/2013/NĐ-CP`, `72/2013/ND-CP`, `72/2013` when unique),
//!   optionally after a kind word and "số" (`Nghị định số 72/2013/NĐ-CP`), or by its short
//!   name or an alias from the catalogue; "năm" before a year is optional (`Luật An ninh mạng
//!   năm 2018`).
//! - Any case, NFC or NFD, with or without diacritics.
//!
//! # The d / đ ambiguity
//!
//! Without diacritics the point letters d and đ collide. The rule: `đ` (in any normal form or
//! case) or `dd` is đ; a plain `d` is d. So "DIEM D KHOAN 1 DIEU 8 …" is point **d**, and
//! folded text must write point đ as `dd` (as [`Citation::vi_ascii`] does). The same rule
//! applies to the letter of an inserted article ("Điều 23d").
//!
//! # Errors
//!
//! [`ErrorCode::CitationParse`] when the text holds no well-formed citation (with an example in
//! the help), [`ErrorCode::UnknownInstrument`] when the article is fine but the instrument is
//! not in the catalogue or is ambiguous ("Luật An ninh mạng" without a year). The path is `""`
//! (the whole input). Numbers too large for an article (u16) or sub-item (u8) are errors, never
//! panics.

use super::{Catalogue, Instruments};
use super::{Citation, Instrument, InstrumentId, Point};
use crate::error::{Error, ErrorCode, Result};
use crate::text::normal::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Num,
    Punct,
}

/// One token of folded text. `key` has diacritics removed and đ → d (for keywords and names);
/// `raw` keeps đ (for point letters). `start..end` are byte offsets in the input.
#[derive(Debug, Clone)]
struct Tok {
    kind: Kind,
    key: String,
    raw: String,
    start: usize,
    end: usize,
    /// No whitespace between this token and the previous one.
    glued: bool,
}

fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks: Vec<Tok> = Vec::new();
    let mut space = true;
    for (pos, c) in text.char_indices() {
        let end = pos + c.len_utf8();
        for d in std::iter::once(c).nfd() {
            if is_combining_mark(d) {
                continue;
            }
            for l in d.to_lowercase() {
                let kind = if l.is_whitespace() {
                    space = true;
                    continue;
                } else if l.is_ascii_digit() {
                    Kind::Num
                } else if l.is_alphabetic() {
                    Kind::Word
                } else {
                    Kind::Punct
                };
                let key = if l == 'đ' { 'd' } else { l };
                match toks.last_mut() {
                    Some(t) if !space && kind != Kind::Punct && t.kind == kind => {
                        t.raw.push(l);
                        t.key.push(key);
                        t.end = end;
                    }
                    _ => {
                        let glued = !space && !toks.is_empty();
                        toks.push(Tok {
                            kind,
                            key: key.to_string(),
                            raw: l.to_string(),
                            start: pos,
                            end,
                            glued,
                        });
                    }
                }
                space = false;
            }
        }
    }
    toks
}

/// Words that may stand between the parts of a citation and its instrument.
const CONNECTORS: [&str; 9] = [",", ":", "cua", "tai", "thuoc", "trong", "of", "the", "in"];
/// Kind words that may precede an instrument number ("Nghị định số 72/2013/NĐ-CP").
const KIND_PHRASES: [&[&str]; 12] = [
    &["luat"],
    &["nghi", "dinh"],
    &["nd"],
    &["quyet", "dinh"],
    &["qd"],
    &["thong", "tu"],
    &["tt"],
    &["decree"],
    &["law"],
    &["decision"],
    &["circular"],
    &["van", "ban"],
];

/// The parts of a citation found so far.
#[derive(Debug, Default, Clone)]
struct Parts {
    article: Option<(u16, Option<Point>)>,
    clause: Option<u16>,
    point: Option<Point>,
    item: Option<u8>,
}

impl Parts {
    /// Adds `other`'s parts; `false` when a part is given twice.
    fn merge(&mut self, other: Parts) -> bool {
        fn put<T>(slot: &mut Option<T>, v: Option<T>) -> bool {
            match (slot.is_some(), v) {
                (true, Some(_)) => false,
                (_, Some(v)) => {
                    *slot = Some(v);
                    true
                }
                (_, None) => true,
            }
        }
        put(&mut self.article, other.article)
            && put(&mut self.clause, other.clause)
            && put(&mut self.point, other.point)
            && put(&mut self.item, other.item)
    }
}

fn parse_error(en: String, vi: String) -> Error {
    Error::new(ErrorCode::CitationParse, en, vi)
        .at("")
        .with_help(
            "Write a citation as point, clause, article and instrument (\"điểm <letter> khoản <n> Điều <n> <instrument>\") \
             or in English (\"Art. <n>(<n>)(<letter>), <instrument>\"), the instrument by its number or short name.",
            "Hãy viết trích dẫn gồm điểm, khoản, điều và văn bản (\"điểm <chữ> khoản <số> Điều <số> <tên văn bản>\"), \
             văn bản ghi bằng số hiệu hoặc tên ngắn.",
        )
}

/// A point letter from a token: `đ` or `dd` → đ; otherwise a single letter of the Vietnamese
/// alphabet (a b c d e g h i k l m n).
fn letter(t: &Tok) -> Option<Point> {
    if t.kind != Kind::Word {
        return None;
    }
    match t.raw.as_str() {
        "dd" | "đ" => Some(Point::Dd),
        s if s.chars().count() == 1 => Point::from_letter(s),
        _ => None,
    }
}

struct Parser<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    reg: &'a dyn Instruments,
    /// (instrument index, tokens of one of its names).
    names: Vec<(usize, Vec<Tok>)>,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str, reg: &'a dyn Instruments) -> Self {
        let mut names = Vec::new();
        for (i, ins) in reg.instruments().iter().enumerate() {
            let mut all = vec![
                ins.short.vi.as_str(),
                ins.short.en.as_str(),
                ins.id.as_str(),
            ];
            all.extend(ins.aliases.iter().map(String::as_str));
            for n in all {
                let toks = tokenize(n);
                if !toks.is_empty() {
                    names.push((i, toks));
                }
            }
        }
        Parser {
            text,
            toks: tokenize(text),
            reg,
            names,
        }
    }

    fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    fn key_is(&self, i: usize, key: &str) -> bool {
        self.tok(i).is_some_and(|t| t.key == key)
    }

    /// The input text of tokens `from..to` (NFC), for messages.
    fn quote(&self, from: usize, to: usize) -> String {
        match (
            self.toks.get(from),
            to.checked_sub(1).and_then(|t| self.toks.get(t)),
        ) {
            (Some(a), Some(b)) if a.start <= b.end => {
                let s = self.text.get(a.start..b.end).unwrap_or_default();
                let s: String = s.chars().take(80).collect();
                crate::text::nfc(&s)
            }
            _ => String::new(),
        }
    }

    fn number<T: TryFrom<u64>>(&self, i: usize, what_en: &str, what_vi: &str) -> Result<T> {
        let t = &self.toks[i];
        let n: Option<u64> = t.key.parse().ok();
        match n.filter(|n| *n >= 1).and_then(|n| T::try_from(n).ok()) {
            Some(v) => Ok(v),
            None => Err(parse_error(
                format!(
                    "{what_en} number `{}` is out of range",
                    crate::text::echo(&t.key)
                ),
                format!(
                    "số {what_vi} `{}` nằm ngoài phạm vi cho phép",
                    crate::text::echo(&t.key)
                ),
            )),
        }
    }

    // ---- parts: Điều / khoản / điểm / ý, and the English "Art." ----

    /// One part of a citation at `i`: `Ok(None)` if no part starts there.
    fn component(&self, i: usize) -> Result<Option<(Parts, u8, usize)>> {
        let Some(t) = self.tok(i) else {
            return Ok(None);
        };
        let mut p = Parts::default();
        match t.key.as_str() {
            "y" if self.key_is(i + 1, "thu") => {
                if self.tok(i + 2).is_some_and(|t| t.kind == Kind::Num) {
                    p.item = Some(self.number(i + 2, "sub-item", "ý")?);
                    Ok(Some((p, 0, i + 3)))
                } else {
                    Err(parse_error(
                        "\"ý thứ\" must be followed by a number".into(),
                        "sau \"ý thứ\" phải là một số".into(),
                    ))
                }
            }
            "diem" => match self.tok(i + 1).and_then(letter) {
                Some(l) => {
                    p.point = Some(l);
                    Ok(Some((p, 1, i + 2)))
                }
                None => Err(parse_error(
                    format!(
                        "`{}` is not a point letter (a, b, c, d, đ, e, g, h, i, k, l, m, n; write đ as \"dd\" without diacritics)",
                        self.quote(i + 1, i + 2)
                    ),
                    format!(
                        "`{}` không phải chữ cái của điểm (a, b, c, d, đ, e, g, h, i, k, l, m, n; không dấu thì viết đ là \"dd\")",
                        self.quote(i + 1, i + 2)
                    ),
                )),
            },
            "khoan" => {
                if self.tok(i + 1).is_some_and(|t| t.kind == Kind::Num) {
                    p.clause = Some(self.number(i + 1, "clause", "khoản")?);
                    Ok(Some((p, 2, i + 2)))
                } else {
                    Err(parse_error(
                        "\"khoản\" must be followed by a clause number".into(),
                        "sau \"khoản\" phải là số khoản".into(),
                    ))
                }
            }
            "dieu" => match self.article_ref(i + 1)? {
                Some((p, next)) => Ok(Some((p, 3, next))),
                None => Err(parse_error(
                    "\"Điều\" must be followed by an article number".into(),
                    "sau \"Điều\" phải là số điều".into(),
                )),
            },
            "art" | "article" => {
                let mut j = i + 1;
                if t.key == "art" && self.key_is(j, ".") {
                    j += 1;
                }
                Ok(self.article_ref(j)?.map(|(p, next)| (p, 3, next)))
            }
            _ => Ok(None),
        }
    }

    /// An article number at `i` with an optional inserted-article letter, dotted clause and
    /// point ("42.5", "7.1.a") or bracketed clause, point and sub-item ("8(1)(đ)", "7(1)(a)(2)").
    fn article_ref(&self, i: usize) -> Result<Option<(Parts, usize)>> {
        if !self.tok(i).is_some_and(|t| t.kind == Kind::Num) {
            return Ok(None);
        }
        let mut p = Parts::default();
        let number: u16 = self.number(i, "article", "điều")?;
        let mut j = i + 1;
        let mut suffix = None;
        if let Some(l) = self.tok(j).filter(|t| t.glued).and_then(letter) {
            suffix = Some(l);
            j += 1;
        }
        p.article = Some((number, suffix));
        let glued = |k: usize| self.tok(k).is_some_and(|t| t.glued);
        // Dotted: Điều 42.5, Điều 7.1.a
        if self.key_is(j, ".")
            && glued(j)
            && glued(j + 1)
            && self.tok(j + 1).is_some_and(|t| t.kind == Kind::Num)
        {
            p.clause = Some(self.number(j + 1, "clause", "khoản")?);
            j += 2;
            if self.key_is(j, ".")
                && glued(j)
                && glued(j + 1)
                && let Some(l) = self.tok(j + 1).and_then(letter)
            {
                p.point = Some(l);
                j += 2;
            }
            return Ok(Some((p, j)));
        }
        // Bracketed groups: (1)(đ)(2), (item 2)
        while self.key_is(j, "(") {
            let Some(inner) = self.tok(j + 1) else { break };
            let (close, kind_item) = if inner.key == "item" {
                (j + 3, true)
            } else {
                (j + 2, false)
            };
            if !self.key_is(close, ")") {
                break;
            }
            let val = close - 1;
            let vt = &self.toks[val];
            if kind_item || (vt.kind == Kind::Num && (p.clause.is_some() || p.point.is_some())) {
                if p.item.is_some() || vt.kind != Kind::Num {
                    break;
                }
                p.item = Some(self.number(val, "sub-item", "ý")?);
            } else if vt.kind == Kind::Num {
                p.clause = Some(self.number(val, "clause", "khoản")?);
            } else if let (Some(l), None, None) = (letter(vt), p.point, p.item) {
                p.point = Some(l);
            } else {
                break;
            }
            j = close + 1;
        }
        Ok(Some((p, j)))
    }

    /// A run of parts at `i` ("điểm a khoản 1 Điều 8", "Điều 7 khoản 1"), in one direction.
    fn chain(&self, i: usize) -> Result<Option<(Parts, usize)>> {
        let Some((mut parts, level, mut j)) = self.component(i)? else {
            return Ok(None);
        };
        let mut levels = vec![level];
        loop {
            let next = match self.component(j) {
                Ok(Some(c)) => Some((c, false)),
                Ok(None) if self.is_connector(j) => match self.component(j + 1) {
                    Ok(Some(c)) => Some((c, true)),
                    _ => None,
                },
                Ok(None) => None,
                Err(e) => return Err(e),
            };
            let Some(((p, level, end), _)) = next else {
                break;
            };
            if !parts.merge(p) {
                return Err(parse_error(
                    format!("a part is given twice in `{}`", self.quote(i, end)),
                    format!("một thành phần bị lặp lại trong `{}`", self.quote(i, end)),
                ));
            }
            levels.push(level);
            j = end;
        }
        let up = levels.windows(2).all(|w| w[0] < w[1]);
        let down = levels.windows(2).all(|w| w[0] > w[1]);
        if !(up || down) {
            return Err(parse_error(
                format!(
                    "the parts of `{}` are out of order: write điểm → khoản → Điều or Điều → khoản → điểm",
                    self.quote(i, j)
                ),
                format!(
                    "các thành phần của `{}` sai thứ tự: viết điểm → khoản → Điều hoặc Điều → khoản → điểm",
                    self.quote(i, j)
                ),
            ));
        }
        if parts.article.is_none() {
            return Err(parse_error(
                format!("`{}` names no article (Điều)", self.quote(i, j)),
                format!("`{}` thiếu số điều", self.quote(i, j)),
            ));
        }
        Ok(Some((parts, j)))
    }

    fn is_connector(&self, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| CONNECTORS.contains(&t.key.as_str()))
    }

    fn skip_connectors(&self, mut i: usize) -> usize {
        let mut n = 0;
        while n < 4 && self.is_connector(i) {
            i += 1;
            n += 1;
        }
        i
    }

    // ---- instruments ----

    /// True when a match ending before `end` would cut a glued run such as "72/2013/NĐ-CP".
    fn cuts_run(&self, end: usize) -> bool {
        match (end.checked_sub(1).and_then(|e| self.tok(e)), self.tok(end)) {
            (Some(last), Some(next)) => {
                next.glued
                    && last.kind != Kind::Punct
                    && (next.kind != Kind::Punct || next.key == "/" || next.key == "-")
            }
            _ => false,
        }
    }

    /// Matches one name's tokens at `i`; "năm" and "số"/"no." before a number may be skipped.
    fn match_name(&self, i: usize, name: &[Tok]) -> Option<usize> {
        let (mut ti, mut ni) = (i, 0);
        while ni < name.len() {
            let t = self.tok(ti)?;
            let n = &name[ni];
            if t.key == n.key {
                ti += 1;
                ni += 1;
            } else if n.kind == Kind::Num && (t.key == "nam" || t.key == "so") {
                ti += 1;
            } else if n.kind == Kind::Num && t.key == "no" {
                ti += if self.key_is(ti + 1, ".") { 2 } else { 1 };
            } else {
                return None;
            }
        }
        (!self.cuts_run(ti)).then_some(ti)
    }

    /// An instrument number at `i` ("72/2013/nd-cp"): the glued run of tokens, lower-case.
    fn number_run(&self, i: usize) -> Option<(String, usize)> {
        let t = self.tok(i).filter(|t| t.kind == Kind::Num)?;
        let mut key = t.key.clone();
        let mut j = i + 1;
        while let Some(t) = self.tok(j) {
            let ok = t.glued && (t.kind != Kind::Punct || t.key == "/" || t.key == "-");
            if !ok {
                break;
            }
            key.push_str(&t.key);
            j += 1;
        }
        while key.ends_with('/') || key.ends_with('-') {
            key.pop();
            j -= 1;
        }
        key.contains('/').then_some((key, j))
    }

    /// An instrument by number, optionally after a kind word or its own name and "số"/"No.".
    fn match_number(&self, i: usize) -> Option<(usize, usize)> {
        // Lead words: up to 10 words before the number.
        let mut k = i;
        while k < i + 12
            && self
                .tok(k)
                .is_some_and(|t| t.kind == Kind::Word || t.key == ".")
        {
            k += 1;
        }
        let (key, end) = self.number_run(k)?;
        let mut lead: Vec<&str> = self.toks[i..k].iter().map(|t| t.key.as_str()).collect();
        if lead.last() == Some(&".") && lead.len() >= 2 && lead[lead.len() - 2] == "no" {
            lead.truncate(lead.len() - 2);
        } else if matches!(lead.last(), Some(&"so") | Some(&"no")) {
            lead.pop();
        }
        let folded = |ins: &Instrument| crate::text::fold(ins.id.as_str());
        let exact: Vec<usize> = (0..self.reg.instruments().len())
            .filter(|&x| folded(&self.reg.instruments()[x]) == key)
            .collect();
        let found = if exact.len() == 1 {
            exact[0]
        } else if key.matches('/').count() == 1 {
            let prefix = format!("{key}/");
            let cands: Vec<usize> = (0..self.reg.instruments().len())
                .filter(|&x| folded(&self.reg.instruments()[x]).starts_with(&prefix))
                .collect();
            if cands.len() != 1 {
                return None;
            }
            cands[0]
        } else {
            return None;
        };
        let lead_ok = lead.is_empty()
            || KIND_PHRASES.contains(&lead.as_slice())
            || self.names.iter().any(|(x, name)| {
                *x == found && {
                    let words: Vec<&str> = name
                        .iter()
                        .take_while(|t| t.kind != Kind::Num)
                        .map(|t| t.key.as_str())
                        .collect();
                    words == lead
                }
            });
        lead_ok.then_some((found, end))
    }

    /// The longest instrument match at `i`: (instrument index, end).
    fn instrument_at(&self, i: usize) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize)> = None;
        let mut consider = |m: Option<(usize, usize)>| {
            if let Some((x, end)) = m
                && best.is_none_or(|(_, e)| end > e)
            {
                best = Some((x, end));
            }
        };
        for (x, name) in &self.names {
            consider(self.match_name(i, name).map(|e| (*x, e)));
        }
        consider(self.match_number(i));
        best
    }

    /// Skips "ngày 15/7/2013" after an instrument.
    fn skip_date(&self, i: usize) -> usize {
        if self.key_is(i, "ngay") && self.tok(i + 1).is_some_and(|t| t.kind == Kind::Num) {
            let mut j = i + 2;
            while self
                .tok(j)
                .is_some_and(|t| t.glued && (t.kind == Kind::Num || t.key == "/" || t.key == "-"))
            {
                j += 1;
            }
            return j;
        }
        i
    }

    fn citation(&self, parts: &Parts, ins: usize) -> Citation {
        let (article, suffix) = parts.article.unwrap_or((0, None));
        Citation {
            instrument: self.reg.instruments()[ins].id.clone(),
            article,
            article_suffix: suffix,
            clause: parts.clause,
            point: parts.point,
            item: parts.item,
        }
    }

    /// An error for a chain whose instrument at `i` did not resolve.
    fn instrument_error(&self, i: usize, chain_from: usize) -> Error {
        if i >= self.toks.len() {
            return parse_error(
                format!("`{}` names no instrument", self.quote(chain_from, i)),
                format!("`{}` thiếu tên hoặc số văn bản", self.quote(chain_from, i)),
            );
        }
        // A name without its year or number ("Luật An ninh mạng") fits several instruments.
        let mut fits: Vec<&str> = Vec::new();
        for (x, name) in &self.names {
            let words: Vec<&Tok> = name.iter().take_while(|t| t.kind != Kind::Num).collect();
            if words.is_empty() || words.len() == name.len() {
                continue;
            }
            let hit = words
                .iter()
                .enumerate()
                .all(|(k, w)| self.tok(i + k).is_some_and(|t| t.key == w.key));
            let short = self.reg.instruments()[*x].short.vi.as_str();
            if hit && !fits.contains(&short) {
                fits.push(short);
            }
        }
        let shown = self.quote(i, self.toks.len());
        let mut e = if fits.is_empty() {
            Error::new(
                ErrorCode::UnknownInstrument,
                format!("`{shown}` is not an instrument in the catalogue"),
                format!("`{shown}` không phải văn bản có trong danh mục"),
            )
        } else {
            Error::new(
                ErrorCode::UnknownInstrument,
                format!(
                    "`{shown}` does not say which instrument: add its year or number ({})",
                    fits.join("; ")
                ),
                format!(
                    "`{shown}` chưa rõ là văn bản nào: ghi thêm năm hoặc số hiệu ({})",
                    fits.join("; ")
                ),
            )
        };
        let known: Vec<String> = self
            .reg
            .instruments()
            .iter()
            .map(|i| format!("{} ({})", i.short.vi, i.id))
            .collect();
        e = e.at("").with_help(
            format!(
                "Name the instrument by its number or short name. Known: {}.",
                known.join("; ")
            ),
            format!(
                "Ghi văn bản bằng số hiệu hoặc tên ngắn. Danh mục: {}.",
                known.join("; ")
            ),
        );
        e
    }

    /// A citation starting at `i`, in either form: parts then instrument, or instrument then
    /// parts. `Ok(None)`: nothing citation-like starts here.
    fn citation_at(&self, i: usize) -> Result<Option<(Citation, usize)>> {
        if let Some((ins, end)) = self.instrument_at(i) {
            let j = self.skip_connectors(end);
            if let Some((parts, end)) = self.chain(j)? {
                // A chain that is followed by its own instrument belongs to that one.
                let after = self.skip_connectors(end);
                if self.instrument_at(after).is_none() {
                    return Ok(Some((self.citation(&parts, ins), end)));
                }
            }
        }
        let Some((parts, end)) = self.chain(i)? else {
            return Ok(None);
        };
        let j = self.skip_connectors(end);
        match self.instrument_at(j) {
            Some((ins, end)) => Ok(Some((self.citation(&parts, ins), self.skip_date(end)))),
            None => Err(self.instrument_error(j, i)),
        }
    }
}

/// What [`Citation::scan`] finds in a text.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct CitationScan {
    /// The citations, in order of appearance.
    pub citations: Vec<Citation>,
    /// The parts that look like citations of an instrument the catalogue cannot tell, as
    /// `UNKNOWN_INSTRUMENT` errors (each quoting the part).
    pub unresolved: Vec<Error>,
}

impl Citation {
    /// A citation given as a string: its key (`"24/2018/QH14:8.1.đ"`, the string form of a
    /// citation in JSON) or a citation in words, Vietnamese or English, parsed against `reg`'s
    /// catalogue ([`Citation::parse_with`]). What the Python and JavaScript packages accept
    /// wherever a citation argument is a string.
    ///
    /// ```
    /// use quyche::law::Citation;
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let by_key = Citation::read("24/2018/QH14:8.1", reg).unwrap();
    /// assert_eq!(by_key, Citation::read("khoản 1 Điều 8 Luật An ninh mạng 2018", reg).unwrap());
    /// assert_eq!(by_key, Citation::read("Art. 8(1), Cybersecurity Law 2018", reg).unwrap());
    /// assert_eq!(Citation::read("Điều", reg).unwrap_err().code.as_str(), "CITATION_PARSE");
    /// ```
    pub fn read(text: &str, reg: &dyn Instruments) -> Result<Citation> {
        match Citation::from_key(text) {
            Some(c) => Ok(c),
            None => Citation::parse_with(text, reg),
        }
    }

    /// Parses one citation (the whole text) against `reg`'s instrument catalogue. Leading
    /// "theo"/"tại" and trailing punctuation are ignored; anything else after the citation is
    /// an error.
    pub fn parse_with(text: &str, reg: &dyn Instruments) -> Result<Citation> {
        let p = Parser::new(text, reg);
        let mut i = 0;
        while p.key_is(i, "theo") || p.key_is(i, "tai") {
            i += 1;
        }
        if i >= p.toks.len() {
            return Err(parse_error(
                "the text is empty".into(),
                "văn bản trích dẫn trống".into(),
            ));
        }
        let Some((c, mut end)) = p.citation_at(i)? else {
            return Err(parse_error(
                format!(
                    "no citation found in `{}`: expected Điều, khoản, điểm, Art. or an instrument",
                    p.quote(i, p.toks.len())
                ),
                format!(
                    "không tìm thấy trích dẫn trong `{}`: cần có Điều, khoản, điểm hoặc tên văn bản",
                    p.quote(i, p.toks.len())
                ),
            ));
        };
        while p
            .tok(end)
            .is_some_and(|t| [".", ";", ","].contains(&t.key.as_str()))
        {
            end += 1;
        }
        if end < p.toks.len() {
            let rest = p.quote(end, p.toks.len());
            return Err(parse_error(
                format!(
                    "unexpected text after the citation: `{}`",
                    crate::text::echo(&rest)
                ),
                format!("có phần thừa sau trích dẫn: `{}`", crate::text::echo(&rest)),
            ));
        }
        Ok(c)
    }

    /// Every citation found in free text, in order of appearance. Text that only looks like a
    /// citation (a malformed part, an unknown instrument) is skipped; use
    /// [`Citation::parse_with`] to learn why a given string is rejected.
    ///
    /// ```
    /// use quyche::law::Citation;
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let text = "Thông tin vi phạm Điều 9 Luật Báo chí 2016 và khoản 1, Điều 8 của \
    ///             Luật An ninh mạng năm 2018; xem thêm Điều 5 Nghị định số 72/2013/NĐ-CP ngày 15/7/2013.";
    /// let found = Citation::find_all(text, reg);
    /// assert_eq!(found.len(), 3);
    /// assert_eq!(found[1], Citation::article("24/2018/QH14", 8).clause(1));
    /// ```
    pub fn find_all(text: &str, reg: &dyn Instruments) -> Vec<Citation> {
        Citation::scan(text, reg).citations
    }

    /// Every citation found in free text, and every citation-like part that names an
    /// instrument the catalogue cannot tell (an unknown one, or a name that fits several: "Luật
    /// Báo chí" without its year), as `UNKNOWN_INSTRUMENT` errors quoting the part — reported,
    /// not dropped.
    ///
    /// ```
    /// use quyche::law::Citation;
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let scan = Citation::scan("vi phạm Điều 9 Luật Báo chí và Điều 8 Luật An ninh mạng 2018", reg);
    /// assert_eq!(scan.citations.len(), 1);
    /// assert_eq!(scan.unresolved.len(), 1);
    /// assert_eq!(scan.unresolved[0].code.as_str(), "UNKNOWN_INSTRUMENT");
    /// assert!(scan.unresolved[0].message_vi.contains("Luật Báo chí"));
    /// ```
    pub fn scan(text: &str, reg: &dyn Instruments) -> CitationScan {
        let p = Parser::new(text, reg);
        let mut out = CitationScan::default();
        let mut i = 0;
        while i < p.toks.len() {
            match p.citation_at(i) {
                Ok(Some((c, end))) if end > i => {
                    out.citations.push(c);
                    i = end;
                }
                Err(e) if e.code == ErrorCode::UnknownInstrument => {
                    // The same part is met again from each of its tokens: reported once.
                    if !out.unresolved.iter().any(|u| u.message == e.message) {
                        out.unresolved.push(e);
                    }
                    i += 1;
                }
                _ => i += 1,
            }
        }
        out
    }
}

impl Catalogue {
    /// The catalogued instrument named by `text` (its number, short name or an alias, in any
    /// case, with or without diacritics).
    ///
    /// ```
    /// let reg = &quyche::Regulation::khanh_hoa_ref().catalogue;
    /// let i = reg.resolve_instrument("luat an ninh mang nam 2018").unwrap();
    /// assert_eq!(i.id.as_str(), "24/2018/QH14");
    /// assert_eq!(reg.resolve_instrument("Nghị định 72/2013").unwrap().id.as_str(), "72/2013/NĐ-CP");
    /// assert_eq!(reg.resolve_instrument("Luật Foo").unwrap_err().code.as_str(), "UNKNOWN_INSTRUMENT");
    /// ```
    pub fn resolve_instrument(&self, text: &str) -> Result<&Instrument> {
        let p = Parser::new(text, self);
        match p.instrument_at(0) {
            Some((x, end)) if end == p.toks.len() => Ok(&self.instruments[x]),
            _ if p.toks.is_empty() => Err(parse_error(
                "the instrument name is empty".into(),
                "tên văn bản trống".into(),
            )),
            _ => Err(p.instrument_error(0, 0)),
        }
    }

    /// The id of the catalogued instrument named by `text` (see
    /// [`Catalogue::resolve_instrument`]).
    pub fn instrument_id(&self, text: &str) -> Result<InstrumentId> {
        self.resolve_instrument(text).map(|i| i.id.clone())
    }
}
