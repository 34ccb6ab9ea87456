//! A regulation's reporting rules, as data: who reports to whom and how often, the data window
//! of each kind of periodic report, the sending deadline of each level (each with the legal
//! basis it rests on and the periods that basis covers), and the kinds of work outside cases a
//! report counts.

use crate::law::{Citation, InstrumentId, Status};
use crate::org::RoleId;
use crate::text::Label;
use crate::validity::Validity;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How often a report is due.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub enum Frequency {
    /// Every month (hằng tháng).
    Monthly,
    /// Every quarter (hằng quý).
    Quarterly,
    /// Every six months (6 tháng).
    SixMonthly,
    /// Nine months (9 tháng).
    NineMonthly,
    /// Every year (hằng năm).
    Annual,
    /// Ad hoc (đột xuất): no fixed window or deadline.
    AdHoc,
}

impl Frequency {
    /// Every frequency.
    pub const ALL: [Frequency; 6] = [
        Frequency::Monthly,
        Frequency::Quarterly,
        Frequency::SixMonthly,
        Frequency::NineMonthly,
        Frequency::Annual,
        Frequency::AdHoc,
    ];

    /// The stable snake_case id.
    pub fn as_str(&self) -> &'static str {
        match self {
            Frequency::Monthly => "monthly",
            Frequency::Quarterly => "quarterly",
            Frequency::SixMonthly => "six_monthly",
            Frequency::NineMonthly => "nine_monthly",
            Frequency::Annual => "annual",
            Frequency::AdHoc => "ad_hoc",
        }
    }

    /// The frequency with id `id`.
    pub fn from_id(id: &str) -> Option<Frequency> {
        Frequency::ALL.into_iter().find(|f| f.as_str() == id)
    }

    /// Bilingual label.
    pub fn label(&self) -> Label {
        let (vi, en) = match self {
            Frequency::Monthly => ("hằng tháng", "monthly"),
            Frequency::Quarterly => ("hằng quý", "quarterly"),
            Frequency::SixMonthly => ("6 tháng", "six-monthly"),
            Frequency::NineMonthly => ("9 tháng", "nine-monthly"),
            Frequency::Annual => ("hằng năm", "annual"),
            Frequency::AdHoc => ("đột xuất", "ad hoc"),
        };
        Label::fixed(vi, en)
    }

    /// How many periods a year has (0 for ad hoc).
    pub fn periods_per_year(&self) -> u8 {
        match self {
            Frequency::Monthly => 12,
            Frequency::Quarterly => 4,
            Frequency::SixMonthly | Frequency::NineMonthly | Frequency::Annual => 1,
            Frequency::AdHoc => 0,
        }
    }

    /// The first and last month of period `index` (1-based) of a year, if it exists.
    pub fn months(&self, index: u8) -> Option<(u32, u32)> {
        if index == 0 || index > self.periods_per_year() {
            return None;
        }
        let i = u32::from(index);
        Some(match self {
            Frequency::Monthly => (i, i),
            Frequency::Quarterly => (3 * i - 2, 3 * i),
            Frequency::SixMonthly => (1, 6),
            Frequency::NineMonthly => (1, 9),
            Frequency::Annual => (1, 12),
            Frequency::AdHoc => return None,
        })
    }
}

/// Who sends a report: a body about its own work, or the coordinating body consolidating
/// everyone's.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub enum ReportLevel {
    /// A body's own report.
    Body,
    /// The consolidated report of the coordinating body.
    Consolidated,
}

impl ReportLevel {
    /// Both levels.
    pub const ALL: [ReportLevel; 2] = [ReportLevel::Body, ReportLevel::Consolidated];

    /// The stable snake_case id.
    pub fn as_str(&self) -> &'static str {
        match self {
            ReportLevel::Body => "body",
            ReportLevel::Consolidated => "consolidated",
        }
    }

    /// Bilingual label.
    pub fn label(&self) -> Label {
        match self {
            ReportLevel::Body => Label::fixed("báo cáo của cơ quan, đơn vị", "a body's report"),
            ReportLevel::Consolidated => Label::fixed(
                "báo cáo tổng hợp của cơ quan chủ trì",
                "the lead agency's consolidated report",
            ),
        }
    }
}

/// A legal source of a reporting rule, with the periods it can be a basis for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct Basis {
    /// The instrument. — Văn bản.
    pub instrument: InstrumentId,
    /// The provision, when identified. — Điều khoản.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provision: Option<Citation>,
    /// How sure the fact is. — Mức độ xác nhận.
    pub status: Status,
    /// The periods (by the last day of their window) it can be cited for; default: always. A
    /// basis is never cited for a period before it took effect. — Các kỳ được dẫn căn cứ này.
    #[serde(default, skip_serializing_if = "is_always")]
    pub applies: Validity,
    /// Remarks. — Ghi chú.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}

fn is_always(v: &Validity) -> bool {
    *v == Validity::ALWAYS
}

/// A reporting obligation: who reports (the holders of a duty of the matrix), to whom, how
/// often.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct ReportingObligation {
    /// Stable id, e.g. `8.1-six-monthly`. — Mã.
    pub id: String,
    /// The duty whose holders report. — Nhiệm vụ báo cáo.
    pub duty: String,
    /// The provision that sets the obligation. — Điều khoản.
    pub citation: Citation,
    /// How often. — Định kỳ.
    pub frequency: Frequency,
    /// A body's own report or the consolidated one. — Cấp báo cáo.
    pub level: ReportLevel,
    /// The role that receives it. — Vai trò nhận báo cáo.
    pub recipient: RoleId,
    /// The role it goes through, if any. — Gửi qua vai trò.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<RoleId>,
    /// What the report covers. — Nội dung.
    pub content: Label,
    /// How sure the obligation is. — Mức độ xác nhận.
    pub status: Status,
}

/// A day of a month: a number, or the month's last day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayOfMonth {
    /// This day, 1–31; in a shorter month, the month's last day.
    Day(u32),
    /// The month's last day.
    Last,
}

impl Serialize for DayOfMonth {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            DayOfMonth::Day(d) => s.serialize_u32(*d),
            DayOfMonth::Last => s.serialize_str("last"),
        }
    }
}

impl<'de> Deserialize<'de> for DayOfMonth {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = DayOfMonth;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a day of the month (1–31) or \"last\"")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<DayOfMonth, E> {
                match u32::try_from(v) {
                    Ok(d @ 1..=31) => Ok(DayOfMonth::Day(d)),
                    _ => Err(not_a_day()),
                }
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<DayOfMonth, E> {
                u64::try_from(v)
                    .map_err(|_| not_a_day())
                    .and_then(|v| self.visit_u64(v))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<DayOfMonth, E> {
                match v {
                    "last" => Ok(DayOfMonth::Last),
                    _ => Err(not_a_day()),
                }
            }
        }
        d.deserialize_any(V)
    }
}

/// The refusal of a day of the month, in both languages.
fn not_a_day<E: serde::de::Error>() -> E {
    crate::json::by_hand::nested(&crate::error::Error::invalid(
        "",
        "A day of the month is 1–31 (the last day in a shorter month), or \"last\".",
        "Ngày trong tháng là 1–31 (tháng ít ngày hơn thì lấy ngày cuối tháng), hoặc \"last\".",
    ))
}

impl JsonSchema for DayOfMonth {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "DayOfMonth".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A day of the month (1–31; in a shorter month its last day) or \"last\". — Ngày trong tháng (1–31; tháng ít ngày hơn thì lấy ngày cuối tháng) hoặc \"last\" (ngày cuối tháng).",
            "anyOf": [{"type": "integer", "minimum": 1, "maximum": 31}, {"const": "last"}]
        })
    }
}

/// A day relative to a period's first or last month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct MonthRef {
    /// Months after (positive) or before (negative) the period's first month (for a window's
    /// start) or last month (for its end). — Số tháng trước (âm) hoặc sau tháng đầu/cuối kỳ.
    #[serde(default)]
    pub month_offset: i32,
    /// The day. — Ngày.
    #[cfg_attr(feature = "ts", tsify(type = "number | \"last\""))]
    pub day: DayOfMonth,
}

/// The data window of one kind of periodic report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct WindowRule {
    /// The kind of report. — Loại báo cáo.
    pub frequency: Frequency,
    /// First day, relative to the period's first month. — Ngày bắt đầu kỳ số liệu.
    pub start: MonthRef,
    /// Last day, relative to the period's last month. — Ngày kết thúc kỳ số liệu.
    pub end: MonthRef,
    /// Where the rule comes from. — Căn cứ.
    pub basis: Vec<Basis>,
    /// How sure the rule is. — Mức độ xác nhận.
    pub status: Status,
    /// Remarks. — Ghi chú.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}

/// A sending deadline: a number of working days after the data window ends, for the periods
/// whose window ends within `applies`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct GapRule {
    /// Working days after the window's last day. — Số ngày làm việc sau khi kết thúc kỳ.
    pub working_days: u32,
    /// Where the rule comes from. — Căn cứ.
    pub basis: Vec<Basis>,
    /// How sure the rule is. — Mức độ xác nhận.
    pub status: Status,
    /// True when the number is the library's choice where the law gives none. — Là cách hiểu.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub interpretation: bool,
    /// The periods (by the last day of their window) it covers; default: always. — Các kỳ áp
    /// dụng.
    #[serde(default, skip_serializing_if = "is_always")]
    pub applies: Validity,
    /// Remarks. — Ghi chú.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
}

/// The deadline rules of one level, by period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct LevelDue {
    /// The level. — Cấp báo cáo.
    pub level: ReportLevel,
    /// Its rules, one per span of periods. — Các quy định thời hạn.
    pub rules: Vec<GapRule>,
}

/// The sending deadlines of each level and the national constraints on them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct DueRules {
    /// The national minimum gap between a window's end and its deadline; no level may be due
    /// sooner. — Khoảng cách tối thiểu theo quy định chung.
    pub minimum: GapRule,
    /// Each level's deadline. — Thời hạn của từng cấp.
    pub levels: Vec<LevelDue>,
    /// The rule that a lower level's deadline comes before the consolidating one's. — Căn cứ
    /// về thứ tự thời hạn.
    pub ordering: Basis,
}

impl DueRules {
    /// The deadline rule of `level` for a period whose window ends on `window_end`.
    pub fn gap(&self, level: ReportLevel, window_end: NaiveDate) -> Option<&GapRule> {
        self.levels
            .iter()
            .filter(|l| l.level == level)
            .flat_map(|l| l.rules.iter())
            .find(|g| g.applies.contains(window_end))
    }
}

/// A work kind's id, e.g. `training`.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct WorkKindId(pub String);

impl WorkKindId {
    /// Builds an id.
    pub fn new(id: &str) -> Self {
        WorkKindId(id.to_string())
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A kind of work outside cases a report counts, with the provisions a record of it may cite
/// (the first is the usual one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct WorkKind {
    /// Stable id. — Mã.
    pub id: WorkKindId,
    /// Name. — Tên.
    pub label: Label,
    /// The provisions. — Điều khoản.
    pub citations: Vec<Citation>,
}

/// A regulation's reporting rules (its `reporting` part).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct ReportingRules {
    /// Who reports to whom and how often. — Nghĩa vụ báo cáo.
    pub obligations: Vec<ReportingObligation>,
    /// The data windows of the periodic reports. — Kỳ số liệu.
    pub windows: Vec<WindowRule>,
    /// The sending deadlines. — Thời hạn gửi báo cáo.
    pub deadlines: DueRules,
    /// The kinds of work outside cases a report counts. — Các loại hoạt động ngoài vụ việc.
    #[serde(default)]
    pub work_kinds: Vec<WorkKind>,
}

impl ReportingRules {
    /// The window rule for `frequency`.
    pub fn window_rule(&self, frequency: Frequency) -> Option<&WindowRule> {
        self.windows.iter().find(|w| w.frequency == frequency)
    }

    /// The obligation of `level` and `frequency`, if any.
    pub fn obligation(
        &self,
        level: ReportLevel,
        frequency: Frequency,
    ) -> Option<&ReportingObligation> {
        self.obligations
            .iter()
            .find(|o| o.level == level && o.frequency == frequency)
    }

    /// The work kind `id`.
    pub fn work_kind(&self, id: &WorkKindId) -> Option<&WorkKind> {
        self.work_kinds.iter().find(|k| &k.id == id)
    }
}
