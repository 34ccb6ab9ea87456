//! Data windows and periods: which days a report covers. A period is a frequency, a year and,
//! for monthly and quarterly reports, the month or quarter; its window comes from the
//! regulation's window rule for that frequency.

use crate::error::{Error, ErrorCode, Result};
use crate::regulation::Regulation;
use crate::rules::{DayOfMonth, Frequency, MonthRef, WindowRule};
use crate::text::Label;
use chrono::{Datelike, Months, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The days a report covers, `from` and `to` both included (Vietnam calendar days).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
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
                    self.to.format("%d/%m/%Y"),
                    self.from.format("%d/%m/%Y")
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
}

/// The day `m` designates relative to `month` of `year`.
fn day_of(year: i32, month: u32, m: &MonthRef) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let shifted = if m.month_offset >= 0 {
        first.checked_add_months(Months::new(m.month_offset.unsigned_abs()))?
    } else {
        first.checked_sub_months(Months::new(m.month_offset.unsigned_abs()))?
    };
    let last = shifted.checked_add_months(Months::new(1))?.pred_opt()?;
    match m.day {
        // A day past the month's end (31 in April) is its last day.
        DayOfMonth::Day(d) => shifted.with_day(d.min(last.day())),
        DayOfMonth::Last => Some(last),
    }
}

/// A periodic report: its frequency, its year and, for monthly and quarterly reports, its month
/// or quarter (`index`, 1-based; 1 for the others).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Period {
    /// How often the report is due.
    pub frequency: Frequency,
    /// The report's year.
    pub year: i32,
    /// The month (monthly) or quarter (quarterly) of the year; 1 otherwise.
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub index: u8,
}

fn one() -> u8 {
    1
}

fn is_one(i: &u8) -> bool {
    *i == 1
}

impl Period {
    /// The period with `frequency` and `year` (index 1).
    pub fn of_year(frequency: Frequency, year: i32) -> Period {
        Period {
            frequency,
            year,
            index: 1,
        }
    }

    /// Every period of `frequency` in `year`.
    pub fn all_in(frequency: Frequency, year: i32) -> impl Iterator<Item = Period> {
        (1..=frequency.periods_per_year()).map(move |index| Period {
            frequency,
            year,
            index,
        })
    }

    /// The window `rule` gives this period (e.g. six-monthly 2026 under a 15th-to-14th rule:
    /// 2025-12-15 → 2026-06-14). Errors with [`ErrorCode::DateOutOfRange`] when a date does not
    /// exist, and [`ErrorCode::InvalidInput`] at `/index` for an index the frequency lacks.
    pub fn window_of(&self, rule: &WindowRule) -> Result<Window> {
        let Some((first, last)) = self.frequency.months(self.index) else {
            return Err(Error::invalid(
                "/index",
                format!(
                    "A {} report has no period {}.",
                    self.frequency.label().en,
                    self.index
                ),
                format!(
                    "Báo cáo {} không có kỳ số {}.",
                    self.frequency.label().vi,
                    self.index
                ),
            ));
        };
        match (
            day_of(self.year, first, &rule.start),
            day_of(self.year, last, &rule.end),
        ) {
            (Some(from), Some(to)) if from <= to => Ok(Window { from, to }),
            _ => Err(Error::new(
                ErrorCode::DateOutOfRange,
                format!(
                    "No {} window can be computed for {}.",
                    self.frequency.as_str(),
                    self.year
                ),
                format!(
                    "Không tính được kỳ báo cáo {} năm {}.",
                    self.frequency.label().vi,
                    self.year
                ),
            )
            .at("/year")),
        }
    }

    /// The period's data window under `reg`'s rules. Errors: an ad hoc period has no window
    /// ([`ErrorCode::InvalidInput`] at `/frequency`); a missing rule is
    /// [`ErrorCode::UnknownRule`].
    ///
    /// ```
    /// use quyche::report::Period;
    /// use quyche::rules::Frequency;
    /// let reg = quyche::Regulation::khanh_hoa_ref();
    /// let w = Period::of_year(Frequency::SixMonthly, 2026).window(reg).unwrap();
    /// assert_eq!((w.from.to_string(), w.to.to_string()), ("2025-12-15".into(), "2026-06-14".into()));
    /// ```
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
                    self.frequency.label().en
                ),
                format!(
                    "Quy chế không quy định kỳ số liệu cho báo cáo {}.",
                    self.frequency.label().vi
                ),
            )
            .at("/frequency")
        })?;
        self.window_of(rule)
    }

    /// The periodic report whose window is exactly `window`, if any (the longest period first).
    pub fn of_window(reg: &Regulation, window: Window) -> Option<Period> {
        let year = window.to.year();
        [
            Frequency::Annual,
            Frequency::NineMonthly,
            Frequency::SixMonthly,
            Frequency::Quarterly,
            Frequency::Monthly,
        ]
        .into_iter()
        .flat_map(|f| Period::all_in(f, year).chain(Period::all_in(f, year + 1)))
        .find(|p| p.window(reg).is_ok_and(|w| w == window))
    }

    /// How the period is named in a report title: "6 tháng đầu năm 2026" / "the first six months
    /// of 2026", "quý II năm 2026" / "the second quarter of 2026", "năm 2026" / "the year 2026".
    pub fn title(&self) -> Label {
        let y = self.year;
        let i = self.index;
        let roman = ["I", "II", "III", "IV"];
        let ordinal = ["first", "second", "third", "fourth"];
        match self.frequency {
            Frequency::Monthly => Label::new(format!("tháng {i} năm {y}"), format!("{}/{y}", i)),
            Frequency::Quarterly => {
                let k = usize::from(i.clamp(1, 4)) - 1;
                Label::new(
                    format!("quý {} năm {y}", roman[k]),
                    format!("the {} quarter of {y}", ordinal[k]),
                )
            }
            Frequency::SixMonthly => Label::new(
                format!("6 tháng đầu năm {y}"),
                format!("the first six months of {y}"),
            ),
            Frequency::NineMonthly => Label::new(
                format!("9 tháng đầu năm {y}"),
                format!("the first nine months of {y}"),
            ),
            Frequency::Annual => Label::new(format!("năm {y}"), format!("the year {y}")),
            Frequency::AdHoc => Label::new("đột xuất", "ad hoc"),
        }
    }
}
