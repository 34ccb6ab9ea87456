//! Data windows and periods: which days a report covers (NĐ 09/2019/NĐ-CP Điều 12; QĐ
//! 01/2023/QĐ-UBND Điều 4: 6-month report of year Y = 15 Dec Y−1 → 14 Jun Y; annual = 15 Dec
//! Y−1 → 14 Dec Y; status P).

use super::rules::{Frequency, WindowRule};
use crate::error::{Error, ErrorCode, Result};
use crate::regulation::Regulation;
use crate::text::Label;
use chrono::{Datelike, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The days a report covers, `from` and `to` both included (Vietnam calendar days).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Window {
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
}

impl Window {
    /// A window from `from` to `to`; refuses an inverted one ([`ErrorCode::InvalidInput`] at
    /// `/window/to`).
    pub fn new(from: NaiveDate, to: NaiveDate) -> Result<Window> {
        let w = Window { from, to };
        w.check()?;
        Ok(w)
    }

    /// Refuses an inverted window.
    pub(crate) fn check(&self) -> Result<()> {
        if self.to < self.from {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                format!(
                    "The window ends ({}) before it starts ({}).",
                    self.to, self.from
                ),
                format!(
                    "Kỳ báo cáo kết thúc ({}) trước khi bắt đầu ({}).",
                    self.to, self.from
                ),
            )
            .at("/window/to"));
        }
        Ok(())
    }

    /// True when `day` is in the window.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }

    /// The window a rule gives for the report of `year` (e.g. six-monthly 2026: 2025-12-15 →
    /// 2026-06-14). Errors with [`ErrorCode::DateOutOfRange`] when a date does not exist.
    ///
    /// ```
    /// use quyche::report::{Frequency, Window};
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let rule = reg.reporting.window_rule(Frequency::SixMonthly).unwrap();
    /// let w = Window::of_rule(rule, 2026).unwrap();
    /// assert_eq!((w.from.to_string(), w.to.to_string()), ("2025-12-15".into(), "2026-06-14".into()));
    /// ```
    pub fn of_rule(rule: &WindowRule, year: i32) -> Result<Window> {
        match (rule.start.in_year(year), rule.end.in_year(year)) {
            (Some(from), Some(to)) if from <= to => Ok(Window { from, to }),
            _ => Err(Error::new(
                ErrorCode::DateOutOfRange,
                format!(
                    "No {} window can be computed for {year}.",
                    rule.frequency.as_str()
                ),
                format!(
                    "Không tính được kỳ báo cáo {} năm {year}.",
                    rule.frequency.label().vi
                ),
            )
            .at("/year")),
        }
    }
}

/// A periodic report: its frequency and year (the 6-month report "of 2026" covers 15 Dec 2025 →
/// 14 Jun 2026).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Period {
    /// Six-monthly or annual.
    pub frequency: Frequency,
    /// The report's year.
    pub year: i32,
}

impl Period {
    /// The period's data window under `reg`'s rules. Errors: an ad hoc period has no window
    /// ([`ErrorCode::InvalidInput`] at `/frequency`); a missing rule is
    /// [`ErrorCode::UnknownRule`].
    pub fn window(&self, reg: &Regulation) -> Result<Window> {
        if self.frequency == Frequency::AdHoc {
            return Err(Error::invalid(
                "/frequency",
                "An ad hoc report has no fixed window.",
                "Báo cáo đột xuất không có kỳ cố định.",
            ));
        }
        let rule = reg.reporting.window_rule(self.frequency).ok_or_else(|| {
            Error::new(
                ErrorCode::UnknownRule,
                format!(
                    "The regulation has no window rule for {} reports.",
                    self.frequency.as_str()
                ),
                format!(
                    "Quy chế không quy định kỳ báo cáo {}.",
                    self.frequency.label().vi
                ),
            )
            .at("/frequency")
        })?;
        Window::of_rule(rule, self.year)
    }

    /// The periodic report whose window is exactly `window`, if any (annual first when both would
    /// match).
    pub fn of_window(reg: &Regulation, window: Window) -> Option<Period> {
        [Frequency::Annual, Frequency::SixMonthly]
            .into_iter()
            .map(|frequency| Period {
                frequency,
                year: window.to.year(),
            })
            .find(|p| p.window(reg).is_ok_and(|w| w == window))
    }

    /// How the period is named in a report title: "6 tháng đầu năm 2026" / "the first six months
    /// of 2026", "năm 2026" / "the year 2026".
    pub fn title(&self) -> Label {
        match self.frequency {
            Frequency::SixMonthly => Label::new(
                format!("6 tháng đầu năm {}", self.year),
                format!("the first six months of {}", self.year),
            ),
            Frequency::Annual => Label::new(
                format!("năm {}", self.year),
                format!("the year {}", self.year),
            ),
            Frequency::AdHoc => Label::new("đột xuất", "ad hoc"),
        }
    }
}
