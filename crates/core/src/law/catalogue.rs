//! The legal catalogue of a regulation: the instruments it cites (itself included), their
//! provision trees, the grounds that can make information harmful with their successors, and the
//! time limits of the wider legal environment — with the questions asked of them as of a date.

use super::{
    Citation, Ground, GroundKind, Instrument, InstrumentId, LimitQuery, Provision, Status,
    Succession, TimeLimit,
};
use crate::text::Label;
use chrono::{Days, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The `catalogue` part of a regulation.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Catalogue {
    /// Instruments cited, the regulation itself included. — Các văn bản.
    pub instruments: Vec<Instrument>,
    /// Provision trees, article level at the top. — Cây điều khoản.
    pub provisions: Vec<Provision>,
    /// The grounds that can make information harmful, with their successors, and the
    /// definitions the regulation borrows. — Căn cứ xác định thông tin vi phạm.
    pub grounds: Vec<Ground>,
    /// Time limits from the wider legal environment. — Thời hạn theo pháp luật.
    pub time_limits: Vec<TimeLimit>,
}

/// Anything that can name instruments in citations: a [`Catalogue`], or a regulation holding one.
pub trait Instruments {
    /// The instrument with number `id`, if catalogued.
    fn instrument(&self, id: &InstrumentId) -> Option<&Instrument>;
    /// Every instrument.
    fn instruments(&self) -> &[Instrument];
}

impl Instruments for Catalogue {
    fn instrument(&self, id: &InstrumentId) -> Option<&Instrument> {
        self.instruments.iter().find(|i| &i.id == id)
    }

    fn instruments(&self) -> &[Instrument] {
        &self.instruments
    }
}

impl Catalogue {
    /// The catalogued provision designated exactly by `c`, searching every tree.
    ///
    /// ```
    /// use quyche::law::{Citation, Point};
    /// let cat = &quyche::Regulation::khanh_hoa_ref().catalogue;
    /// let p = cat.provision(&Citation::article("24/2018/QH14", 8).clause(1).point(Point::Dd));
    /// assert_eq!(p.unwrap().status.code(), "C");
    /// assert!(cat.provision(&Citation::article("24/2018/QH14", 8).clause(9)).is_none());
    /// ```
    pub fn provision(&self, c: &Citation) -> Option<&Provision> {
        let mut level: &[Provision] = &self.provisions;
        loop {
            let p = level.iter().find(|p| c.is_within(&p.citation))?;
            if &p.citation == c {
                return Some(p);
            }
            level = &p.children;
        }
    }

    /// Every catalogued provision, depth first.
    pub fn all_provisions(&self) -> Vec<&Provision> {
        self.provisions.iter().flat_map(Provision::walk).collect()
    }

    /// The grounds that can make information false or harmful at law time `day` (the content's
    /// publication date). Borrowed definitions are never grounds.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let cat = &quyche::Regulation::khanh_hoa_ref().catalogue;
    /// let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    /// assert_eq!(cat.grounds_in_force(d(2020, 9, 1)).len(), 3);
    /// assert_eq!(cat.grounds_in_force(d(2025, 1, 15)).len(), 2);
    /// ```
    pub fn grounds_in_force(&self, day: NaiveDate) -> Vec<&Ground> {
        self.grounds
            .iter()
            .filter(|g| g.kind == GroundKind::Harm && g.in_force.contains(day))
            .collect()
    }

    /// The ground in force on `day` that covers `c` (`c` is the ground or a part of it), if any.
    pub fn ground_for(&self, c: &Citation, day: NaiveDate) -> Option<&Ground> {
        self.grounds_in_force(day).into_iter().find(|g| g.covers(c))
    }

    /// Every ground, whatever its dates, that covers `c` (definitions excluded).
    pub fn grounds_covering(&self, c: &Citation) -> Vec<&Ground> {
        self.grounds
            .iter()
            .filter(|g| g.kind == GroundKind::Harm && g.covers(c))
            .collect()
    }

    /// The borrowed definition covering `c`, if any.
    pub fn definition_covering(&self, c: &Citation) -> Option<&Ground> {
        self.grounds
            .iter()
            .find(|g| g.kind == GroundKind::Definition && c.is_within(&g.citation))
    }

    /// Where the rule cited by `c` went after its instrument was replaced: the successors of the
    /// catalogued ground or definition it lies within; otherwise one succession to the
    /// instrument's successor, with no provision and status U; otherwise none.
    ///
    /// ```
    /// use quyche::law::{Citation, Point};
    /// let cat = &quyche::Regulation::khanh_hoa_ref().catalogue;
    /// let s = cat.successor_of(&Citation::article("24/2018/QH14", 8).clause(1).point(Point::D));
    /// assert_eq!(s.len(), 2); // khoản 1 and khoản 2 Điều 7 Luật An ninh mạng 2025
    /// ```
    pub fn successor_of(&self, c: &Citation) -> Vec<Succession> {
        if let Some(g) = self.grounds.iter().find(|g| c.is_within(&g.citation)) {
            return g.successors.clone();
        }
        let Some(ins) = self.instrument(&c.instrument) else {
            return Vec::new();
        };
        let Some(next) = ins.successor.as_ref().and_then(|s| self.instrument(s)) else {
            return Vec::new();
        };
        let from = next.in_force.from.or_else(|| {
            ins.in_force
                .to
                .and_then(|t| t.checked_add_days(Days::new(1)))
        });
        from.map(|from| Succession {
            instrument: next.id.clone(),
            citation: None,
            from,
            status: Status::Unconfirmed,
            note: Some(Label::new(
                "Chỉ biết văn bản thay thế; chưa xác định điều khoản tương ứng.",
                "Only the replacing instrument is known; no corresponding provision is identified.",
            )),
        })
        .into_iter()
        .collect()
    }

    /// The rows of time-limit rule `rule` in force on `day`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use quyche::law::Limit;
    /// let cat = &quyche::Regulation::khanh_hoa_ref().catalogue;
    /// let day = NaiveDate::from_ymd_opt(2026, 7, 1).unwrap();
    /// let rows = cat.time_limits("provider_removal_on_request", day);
    /// assert_eq!(rows[0].emergency_limit, Some(Limit::Hours(6)));
    /// ```
    pub fn time_limits(&self, rule: &str, day: NaiveDate) -> Vec<&TimeLimit> {
        self.time_limits
            .iter()
            .filter(|t| t.rule == rule && t.in_force.contains(day))
            .collect()
    }

    /// The first row of rule `rule` in force on `day` that covers `q`.
    pub fn time_limit_for(&self, rule: &str, day: NaiveDate, q: &LimitQuery) -> Option<&TimeLimit> {
        self.time_limits
            .iter()
            .find(|t| t.rule == rule && t.in_force.contains(day) && t.covers(q))
    }

    /// The rule ids of the catalogue, each once, in order.
    pub fn time_limit_rules(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for t in &self.time_limits {
            if !out.contains(&t.rule.as_str()) {
                out.push(&t.rule);
            }
        }
        out
    }

    /// The instrument with number `id`, if catalogued.
    pub fn instrument(&self, id: &InstrumentId) -> Option<&Instrument> {
        self.instruments.iter().find(|i| &i.id == id)
    }
}
