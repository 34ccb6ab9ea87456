//! Formatting a [`Citation`] in Vietnamese and English with the instrument's short name from a
//! catalogue ([`Instruments`]).
//!
//! | Level | Vietnamese | English |
//! |---|---|---|
//! | article | `Điều 8 Luật An ninh mạng 2018` | `Art. 8, Cybersecurity Law 2018` |
//! | inserted article | `Điều 23d Nghị định 72/2013/NĐ-CP` | `Art. 23d, Decree 72/2013/NĐ-CP` |
//! | clause | `khoản 1 Điều 8 …` | `Art. 8(1), …` |
//! | point | `điểm đ khoản 1 Điều 8 …` | `Art. 8(1)(đ), …` |
//! | sub-item (the dashes under a point) | `ý thứ 2 điểm a khoản 1 Điều 7 …` | `Art. 7(1)(a)(2), …` |
//!
//! Vietnamese order is smallest unit first (point → clause → article → instrument), as in
//! `legal/README.md`. A sub-item is written "ý thứ N" ("the N-th indent"), the usual way of
//! citing an unnumbered dash. An instrument missing from the catalogue is written by its number.

use super::{Citation, Instruments};
use crate::text::Lang;

impl Citation {
    /// The citation in Vietnamese, e.g. "điểm đ khoản 1 Điều 8 Luật An ninh mạng 2018".
    ///
    /// ```
    /// use quyche::law::{Citation, Point};
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let c = Citation::article("24/2018/QH14", 8).clause(1).point(Point::Dd);
    /// assert_eq!(c.vi(reg), "điểm đ khoản 1 Điều 8 Luật An ninh mạng 2018");
    /// let unknown = Citation::article("1/2099/NĐ-CP", 3);
    /// assert_eq!(unknown.vi(reg), "Điều 3 1/2099/NĐ-CP");
    /// ```
    pub fn vi(&self, reg: &(impl Instruments + ?Sized)) -> String {
        let mut s = String::new();
        if let Some(i) = self.item {
            s.push_str(&format!("ý thứ {i} "));
        }
        if let Some(p) = self.point {
            s.push_str(&format!("điểm {} ", p.as_str()));
        }
        if let Some(c) = self.clause {
            s.push_str(&format!("khoản {c} "));
        }
        s.push_str(&format!("Điều {}", self.article_number()));
        s.push(' ');
        s.push_str(&self.instrument_name(reg, false));
        s
    }

    /// The citation in English, e.g. "Art. 8(1)(đ), Cybersecurity Law 2018"; a sub-item is a
    /// further number in brackets: "Art. 7(1)(a)(2), …".
    ///
    /// ```
    /// use quyche::law::{Citation, Point};
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let c = Citation::article("24/2018/QH14", 8).clause(1).point(Point::Dd);
    /// assert_eq!(c.en(reg), "Art. 8(1)(đ), Cybersecurity Law 2018");
    /// ```
    pub fn en(&self, reg: &(impl Instruments + ?Sized)) -> String {
        let mut s = format!("Art. {}", self.article_number());
        if let Some(c) = self.clause {
            s.push_str(&format!("({c})"));
        }
        if let Some(p) = self.point {
            s.push_str(&format!("({})", p.as_str()));
        }
        match (self.item, self.clause.is_some() || self.point.is_some()) {
            (Some(i), true) => s.push_str(&format!("({i})")),
            // With no bracket before it, a bare "(2)" would read as a clause.
            (Some(i), false) => s.push_str(&format!("(item {i})")),
            (None, _) => {}
        }
        s.push_str(", ");
        s.push_str(&self.instrument_name(reg, true));
        s
    }

    /// The citation written in `lang`: [`Citation::vi`] or [`Citation::en`] (what the bindings'
    /// `format_citation(citation, lang)` returns).
    ///
    /// ```
    /// use quyche::law::{Citation, Point};
    /// use quyche::text::Lang;
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let c = Citation::article("24/2018/QH14", 8).clause(1).point(Point::Dd);
    /// assert_eq!(c.in_lang(reg, Lang::En), "Art. 8(1)(đ), Cybersecurity Law 2018");
    /// assert_eq!(c.in_lang(reg, Lang::Vi), c.vi(reg));
    /// ```
    pub fn in_lang(&self, reg: &(impl Instruments + ?Sized), lang: Lang) -> String {
        match lang {
            Lang::Vi => self.vi(reg),
            Lang::En => self.en(reg),
        }
    }

    /// The Vietnamese citation folded to ASCII for systems without Unicode (SMS, old
    /// databases): diacritics removed, lower case, and the point letter đ written `dd` so that
    /// it stays distinct from d. [`Citation::parse`] reads it back.
    ///
    /// ```
    /// use quyche::law::{Citation, Point};
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let c = Citation::article("24/2018/QH14", 8).clause(1).point(Point::Dd);
    /// assert_eq!(c.vi_ascii(reg), "diem dd khoan 1 dieu 8 luat an ninh mang 2018");
    /// assert_eq!(Citation::parse(&c.vi_ascii(reg)).unwrap(), c);
    /// ```
    pub fn vi_ascii(&self, reg: &(impl Instruments + ?Sized)) -> String {
        let mut s = String::new();
        if let Some(i) = self.item {
            s.push_str(&format!("y thu {i} "));
        }
        if let Some(p) = self.point {
            s.push_str(&format!("diem {} ", ascii_letter(p)));
        }
        if let Some(c) = self.clause {
            s.push_str(&format!("khoan {c} "));
        }
        s.push_str(&format!("dieu {}", self.article));
        if let Some(l) = self.article_suffix {
            s.push_str(ascii_letter(l));
        }
        s.push(' ');
        s.push_str(&crate::text::fold(&self.instrument_name(reg, false)));
        s
    }

    /// "8", or "23d" for an inserted article.
    fn article_number(&self) -> String {
        match self.article_suffix {
            Some(l) => format!("{}{}", self.article, l.as_str()),
            None => self.article.to_string(),
        }
    }

    /// The instrument's short name in the catalogue, or its number when not catalogued.
    fn instrument_name(&self, reg: &(impl Instruments + ?Sized), english: bool) -> String {
        match reg.instrument(&self.instrument) {
            Some(i) if english => i.short.en.clone(),
            Some(i) => i.short.vi.clone(),
            None => self.instrument.to_string(),
        }
    }
}

/// A point letter in ASCII: `dd` for đ, the letter itself otherwise.
fn ascii_letter(p: super::Point) -> &'static str {
    match p {
        super::Point::Dd => "dd",
        other => other.as_str(),
    }
}
