//! Queries over a [`Regulation`]'s legal catalogue: provisions, the grounds of Điều 2.2 as of a
//! date, successors of a citation, and time limits by rule and date.

use super::Status;
use super::{Citation, Ground, GroundKind, Provision, Succession, TimeLimit, TimeLimitRule};
use crate::regulation::Regulation;
use crate::text::Label;
use chrono::{Days, NaiveDate};

impl Regulation {
    /// The catalogued provision designated exactly by `c`, searching every tree (the other
    /// instruments' and the regulation's own).
    ///
    /// ```
    /// use quyche::law::{Citation, Point};
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let p = reg.provision(&Citation::article("24/2018/QH14", 8).clause(1).point(Point::Dd));
    /// assert_eq!(p.unwrap().status.code(), "C");
    /// assert!(reg.provision(&Citation::article("24/2018/QH14", 8).clause(9)).is_none());
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

    /// Every catalogued provision, depth first (article, then its clauses, points, sub-items).
    pub fn all_provisions(&self) -> Vec<&Provision> {
        self.provisions.iter().flat_map(Provision::walk).collect()
    }

    /// The grounds that can make information false or harmful at law time `day` — the content's
    /// publication date (Điều 2.2, read with its successors: `legal/README.md` §1). Borrowed
    /// definitions (Điều 2.1) are never grounds.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    /// assert_eq!(reg.grounds_in_force(d(2020, 9, 1)).len(), 3);
    /// assert_eq!(reg.grounds_in_force(d(2025, 1, 15)).len(), 2);
    /// ```
    pub fn grounds_in_force(&self, day: NaiveDate) -> Vec<&Ground> {
        self.grounds
            .iter()
            .filter(|g| g.kind == GroundKind::Harm && g.in_force.contains(day))
            .collect()
    }

    /// The ground in force on `day` that covers `c` (`c` is the ground or a part of it), if any.
    pub fn ground_for(&self, c: &Citation, day: NaiveDate) -> Option<&Ground> {
        self.grounds_in_force(day)
            .into_iter()
            .find(|g| c.is_within(&g.citation))
    }

    /// Every ground, whatever its dates, that covers `c`.
    pub fn grounds_covering(&self, c: &Citation) -> Vec<&Ground> {
        self.grounds
            .iter()
            .filter(|g| g.kind == GroundKind::Harm && c.is_within(&g.citation))
            .collect()
    }

    /// Where the rule cited by `c` went after its instrument was replaced.
    ///
    /// - `c` is a catalogued ground or definition, or lies within one: that row's successors
    ///   (no point-by-point mapping is known, so a point maps to the row's successors).
    /// - Otherwise, when `c`'s instrument has a successor instrument: one succession to that
    ///   instrument with no provision and status U (only the instrument link is known).
    /// - Otherwise: empty.
    ///
    /// ```
    /// use quyche::law::{Citation, Point};
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let s = reg.successor_of(&Citation::article("24/2018/QH14", 8).clause(1).point(Point::D));
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
        match from {
            Some(from) => vec![Succession {
                instrument: next.id.clone(),
                citation: None,
                from,
                status: Status::Unconfirmed,
                note: Some(Label::new(
                    "Chỉ biết văn bản thay thế; chưa xác định điều khoản tương ứng.",
                    "Only the replacing instrument is known; no corresponding provision is identified.",
                )),
            }],
            None => Vec::new(),
        }
    }

    /// The time limits of `rule` in force on `day` (`legal/README.md` §2). Several rows may
    /// apply (e.g. two clauses setting the same limit).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use quyche::law::{Limit, TimeLimitRule};
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let day = NaiveDate::from_ymd_opt(2026, 7, 1).unwrap();
    /// let rows = reg.time_limits(TimeLimitRule::ProviderRemovalOnRequest, day);
    /// assert_eq!(rows[0].emergency_limit, Some(Limit::Hours(6)));
    /// ```
    pub fn time_limits(&self, rule: TimeLimitRule, day: NaiveDate) -> Vec<&TimeLimit> {
        self.time_limits
            .iter()
            .filter(|t| t.rule == rule && t.in_force.contains(day))
            .collect()
    }

    /// Every row of the time-limit catalogue, whatever its dates.
    pub fn time_limit_rows(&self) -> &[TimeLimit] {
        &self.time_limits
    }
}
