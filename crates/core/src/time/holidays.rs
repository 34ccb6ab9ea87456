//! Public holidays of Điều 112 Bộ luật Lao động 2019 (45/2019/QH14), `legal/README.md` §4.
//!
//! | Holiday | Days | Date | Status |
//! |---|---|---|---|
//! | Tết Dương lịch (New Year) | 1 | 1 Jan | C |
//! | Tết Âm lịch (Lunar New Year) | 5 | fixed yearly by the Prime Minister | count C; default days U |
//! | Ngày Chiến thắng (Victory Day) | 1 | 30 Apr | C |
//! | Ngày Quốc tế lao động (Labour Day) | 1 | 1 May | C |
//! | Quốc khánh (National Day) | 2 | 2 Sep + one adjacent day fixed yearly | 2 Sep C; default adjacent day U |
//! | Giỗ Tổ Hùng Vương (Hùng Kings) | 1 | 10th day of the 3rd lunar month | C |
//!
//! [`statutory_holidays`] gives these for one year, with the Prime Minister's yearly choices
//! replaced by *defaults* (our interpretation, status U) until an official
//! [`Schedule`](super::Schedule) overrides them.
//!
//! Not included: the 24 November "Vietnamese Culture Day" holiday, which was only a proposal when
//! the legal pack was written (`legal/README.md` §4). If it becomes law, load it as a schedule
//! entry of kind [`HolidayKind::Other`] until the statutory list is updated.

use super::lunar::{lunar_new_year, lunar_to_solar};
use crate::error::Result;
use crate::law::{Citation, Status};
use crate::text::Label;
use chrono::{Datelike, Days, NaiveDate, Weekday};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A provision of the labour law the calendar rests on, with its status (data:
/// `crates/core/data/vietnam/labour-code.json`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabourRule {
    /// The provision.
    pub citation: Citation,
    /// How sure it is.
    pub status: Status,
    /// What it says, in our words.
    pub label: Label,
}

/// The labour-law facts of the calendar.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabourLaw {
    /// The instrument's number.
    pub instrument: String,
    /// The article listing the public holidays.
    pub holidays: LabourRule,
    /// The rule giving a compensatory day off when a holiday falls on a weekly rest day.
    pub compensatory: LabourRule,
}

/// The labour-law facts of the calendar, read once from the crate's data.
pub fn labour_law() -> &'static LabourLaw {
    static LAW: std::sync::OnceLock<LabourLaw> = std::sync::OnceLock::new();
    LAW.get_or_init(|| {
        match crate::json::from_str(include_str!("../../data/vietnam/labour-code.json")) {
            Ok(l) => l,
            // The data is compiled in and tested; this cannot be reached by user input.
            Err(e) => panic!("built-in labour-law data is invalid: {e}"),
        }
    })
}

/// The citation of every public holiday (the labour law's holiday article).
pub fn holiday_citation() -> Citation {
    labour_law().holidays.citation.clone()
}

/// Which public holiday a day off belongs to (Điều 112 Bộ luật Lao động 2019).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub enum HolidayKind {
    /// Tết Dương lịch: 1 January.
    NewYear,
    /// Tết Âm lịch (Tết Nguyên đán): 5 days around lunar new year's day.
    Tet,
    /// Giỗ Tổ Hùng Vương: 10th day of the 3rd lunar month.
    HungKings,
    /// Ngày Chiến thắng: 30 April.
    VictoryDay,
    /// Ngày Quốc tế lao động: 1 May.
    LabourDay,
    /// Quốc khánh: 2 September and one adjacent day.
    NationalDay,
    /// A day off granted by an official schedule that belongs to none of the above.
    Other,
}

impl HolidayKind {
    /// The statutory kinds, in calendar order of their usual dates (excludes [`HolidayKind::Other`]).
    pub const STATUTORY: [HolidayKind; 6] = [
        HolidayKind::NewYear,
        HolidayKind::Tet,
        HolidayKind::HungKings,
        HolidayKind::VictoryDay,
        HolidayKind::LabourDay,
        HolidayKind::NationalDay,
    ];

    /// The stable snake_case id, as serialised (`"hung_kings"`).
    pub fn as_str(&self) -> &'static str {
        match self {
            HolidayKind::NewYear => "new_year",
            HolidayKind::Tet => "tet",
            HolidayKind::HungKings => "hung_kings",
            HolidayKind::VictoryDay => "victory_day",
            HolidayKind::LabourDay => "labour_day",
            HolidayKind::NationalDay => "national_day",
            HolidayKind::Other => "other",
        }
    }

    /// The holiday's name in Vietnamese and English.
    pub fn label(&self) -> Label {
        match self {
            HolidayKind::NewYear => Label::new("Tết Dương lịch", "New Year's Day"),
            HolidayKind::Tet => Label::new("Tết Âm lịch (Tết Nguyên đán)", "Lunar New Year (Tết)"),
            HolidayKind::HungKings => Label::new(
                "Giỗ Tổ Hùng Vương (mùng 10 tháng 3 âm lịch)",
                "Hùng Kings' Commemoration (10th day of the 3rd lunar month)",
            ),
            HolidayKind::VictoryDay => {
                Label::new("Ngày Chiến thắng (30/4)", "Victory Day (30 April)")
            }
            HolidayKind::LabourDay => Label::new(
                "Ngày Quốc tế lao động (1/5)",
                "International Labour Day (1 May)",
            ),
            HolidayKind::NationalDay => {
                Label::new("Quốc khánh (2/9)", "National Day (2 September)")
            }
            HolidayKind::Other => Label::new(
                "Ngày nghỉ theo lịch nghỉ chính thức",
                "Day off in an official schedule",
            ),
        }
    }

    /// How many days off Điều 112 gives for this holiday (`None` for [`HolidayKind::Other`]).
    pub fn statutory_days(&self) -> Option<u8> {
        match self {
            HolidayKind::Tet => Some(5),
            HolidayKind::NationalDay => Some(2),
            HolidayKind::Other => None,
            _ => Some(1),
        }
    }
}

/// Where a holiday's date comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub enum HolidayOrigin {
    /// The law itself fixes the day (a solar date, or a lunar date converted exactly).
    Statutory,
    /// A default standing in for a choice the Prime Minister makes each year (Tết's five days,
    /// National Day's adjacent day). Interpretation: status U until an official schedule exists.
    Default,
    /// An official yearly schedule loaded as data.
    Official,
    /// A compensatory day for a holiday falling on a weekend (calendar option; status U).
    Compensatory,
}

/// One day off with its reason, source and how sure it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Holiday {
    /// The day off (Vietnam calendar day).
    pub date: NaiveDate,
    /// Which holiday it belongs to.
    pub kind: HolidayKind,
    /// Where the date comes from.
    pub origin: HolidayOrigin,
    /// Name of the day, e.g. "Quốc khánh (2/9)" / "National Day (2 September)".
    pub label: Label,
    /// The provision giving the holiday (Điều 112 Bộ luật Lao động 2019).
    pub citation: Citation,
    /// How sure the date is: C for dates fixed by law, U for defaults and compensatory days, the
    /// schedule's status for official days.
    pub status: Status,
    /// For a compensatory day: the holiday day it makes up for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compensates: Option<NaiveDate>,
    /// For an official day: the schedule's source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Label>,
    /// Why the date is what it is, when not obvious (interpretations say so here).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}

impl Holiday {
    /// A holiday of `kind` on `date` with the kind's name and the Điều 112 citation.
    pub fn new(date: NaiveDate, kind: HolidayKind, origin: HolidayOrigin, status: Status) -> Self {
        Holiday {
            date,
            kind,
            origin,
            label: kind.label(),
            citation: holiday_citation(),
            status,
            compensates: None,
            source: None,
            note: None,
        }
    }

    fn with_note(mut self, vi: &str, en: &str) -> Self {
        self.note = Some(Label::new(vi, en));
        self
    }
}

/// The holidays of Điều 112 for solar year `year` (1900–2199) as the law and our defaults give
/// them, without official schedules or compensatory days (see
/// [`WorkCalendar`](super::WorkCalendar) for those), sorted by date.
///
/// - Tết (5 days, Điều 112): default = the last day of the old lunar year and the first four days
///   of the new one. The Prime Minister fixes the real days each year, so these are
///   [`HolidayOrigin::Default`] with status U.
/// - National Day (2 days, Điều 112): 2 Sep (C) plus a default adjacent day (U): of 1 Sep and
///   3 Sep, the one falling Monday–Friday; if both do, the one next to a weekend; if still tied,
///   1 Sep. The Prime Minister fixes the real day each year.
/// - Hùng Kings' day: 10th day of the (non-leap) 3rd lunar month (a leap 3rd month is not used:
///   interpretation, noted on the day).
///
/// ```
/// use quyche::time::{statutory_holidays, HolidayKind};
/// use chrono::NaiveDate;
/// let h = statutory_holidays(2026).unwrap();
/// let hung = h.iter().find(|h| h.kind == HolidayKind::HungKings).unwrap();
/// assert_eq!(hung.date, NaiveDate::from_ymd_opt(2026, 4, 26).unwrap());
/// assert_eq!(h.iter().filter(|h| h.kind == HolidayKind::Tet).count(), 5);
/// ```
pub fn statutory_holidays(year: i32) -> Result<Vec<Holiday>> {
    let tet = lunar_new_year(year)?;
    let solar = |m, d| {
        NaiveDate::from_ymd_opt(year, m, d).ok_or_else(|| {
            crate::Error::new(
                crate::ErrorCode::DateOutOfRange,
                format!("year {year} is out of range"),
                format!("năm {year} nằm ngoài phạm vi"),
            )
        })
    };
    let fixed = |date, kind| Holiday::new(date, kind, HolidayOrigin::Statutory, Status::Confirmed);
    let mut out = vec![
        fixed(solar(1, 1)?, HolidayKind::NewYear),
        fixed(solar(4, 30)?, HolidayKind::VictoryDay),
        fixed(solar(5, 1)?, HolidayKind::LabourDay),
        fixed(solar(9, 2)?, HolidayKind::NationalDay),
    ];
    // Tết: 5 days (Điều 112); which 5 is the Prime Minister's yearly choice → default, U.
    for offset in -1i64..=3 {
        let date = tet
            .checked_add_signed(chrono::TimeDelta::days(offset))
            .unwrap_or(tet);
        out.push(
            Holiday::new(
                date,
                HolidayKind::Tet,
                HolidayOrigin::Default,
                Status::Unconfirmed,
            )
            .with_note(
                "Ngày mặc định (suy luận): ngày cuối năm cũ và 4 ngày đầu năm mới âm lịch; \
                     Thủ tướng Chính phủ quyết định ngày nghỉ cụ thể hằng năm.",
                "Default (interpretation): the last day of the old lunar year and the first \
                     four days of the new one; the Prime Minister fixes the actual days each year.",
            ),
        );
    }
    // National Day: 2 Sep plus one adjacent day (Điều 112), the adjacent day fixed yearly → U.
    out.push(
        Holiday::new(
            national_day_adjacent(solar(9, 2)?),
            HolidayKind::NationalDay,
            HolidayOrigin::Default,
            Status::Unconfirmed,
        )
        .with_note(
            "Ngày liền kề mặc định (suy luận): Thủ tướng Chính phủ chọn ngày 1/9 hoặc 3/9 hằng năm.",
            "Default adjacent day (interpretation): the Prime Minister picks 1 or 3 September each \
             year.",
        ),
    );
    // Hùng Kings: 10th day of the 3rd lunar month (Điều 112), the regular (non-leap) month.
    let hung = lunar_to_solar(10, 3, year, false)?;
    let mut hung_day = fixed(hung, HolidayKind::HungKings);
    if super::lunar::leap_month(year)? == Some(3) {
        hung_day = hung_day.with_note(
            "Năm có tháng 3 nhuận: dùng tháng 3 thường (suy luận).",
            "The year has a leap 3rd month: the regular 3rd month is used (interpretation).",
        );
    }
    out.push(hung_day);
    out.sort_by_key(|h| h.date);
    Ok(out)
}

/// The default day adjacent to National Day (2 Sep): see [`statutory_holidays`].
fn national_day_adjacent(sep2: NaiveDate) -> NaiveDate {
    let before = sep2.pred_opt().unwrap_or(sep2);
    let after = sep2.succ_opt().unwrap_or(sep2);
    let weekday = |d: NaiveDate| !is_weekend(d);
    let by_weekend =
        |d: NaiveDate| d.pred_opt().is_some_and(is_weekend) || d.succ_opt().is_some_and(is_weekend);
    match (weekday(before), weekday(after)) {
        (true, false) => before,
        (false, true) => after,
        _ if by_weekend(after) && !by_weekend(before) => after,
        _ => before,
    }
}

/// Saturday or Sunday: state bodies work Monday–Friday (`legal/README.md` §4).
pub fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The next day after `date` (saturating at the end of chrono's range).
pub(super) fn next_day(date: NaiveDate) -> NaiveDate {
    date.checked_add_days(Days::new(1)).unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }

    #[test]
    fn national_day_default_adjacent_day_by_weekday() {
        // 2 Sep on Mon 2024 → 3 Sep; Tue 2025 → 1 Sep; Wed 2026 → 1 Sep (tie);
        // Thu 2027 → 3 Sep; Fri 2022 → 1 Sep; Sat 2023 → 1 Sep; Sun 2029 → 3 Sep.
        let cases = [
            (2024, 3),
            (2025, 1),
            (2026, 1),
            (2027, 3),
            (2022, 1),
            (2023, 1),
            (2029, 3),
        ];
        for (y, day) in cases {
            assert_eq!(national_day_adjacent(d(y, 9, 2)), d(y, 9, day), "year {y}");
        }
    }

    #[test]
    fn every_statutory_holiday_cites_article_112_of_the_labour_code() {
        for h in statutory_holidays(2030).unwrap() {
            assert_eq!(h.citation.key(), "45/2019/QH14:112", "{:?}", h.kind);
        }
    }

    #[test]
    fn defaults_are_unconfirmed_and_fixed_days_confirmed() {
        for h in statutory_holidays(2025).unwrap() {
            let expect = match h.origin {
                HolidayOrigin::Default => Status::Unconfirmed,
                _ => Status::Confirmed,
            };
            assert_eq!(h.status, expect, "Điều 112: {:?} on {}", h.kind, h.date);
        }
    }

    #[test]
    fn statutory_day_counts_match_article_112() {
        let h = statutory_holidays(2027).unwrap();
        for kind in HolidayKind::STATUTORY {
            let n = h.iter().filter(|x| x.kind == kind).count();
            assert_eq!(Some(n as u8), kind.statutory_days(), "Điều 112: {kind:?}");
        }
    }
}
