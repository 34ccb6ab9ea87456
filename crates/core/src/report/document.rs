//! The periodic report as a document in the layout of Nghị định 30/2020/NĐ-CP (Phụ lục I): the
//! managing body above the issuing body and its number, the national name and motto with the
//! place and date, the document kind and summary, "Kính gửi", an opening that names the
//! regulation and the decision issuing it, the sections, then "Nơi nhận" beside the signature by
//! title. Provenance (statuses, interpretations) is never in the body: it is the optional annex.
//! One model, rendered as Markdown here and as DOCX by the document crate.

use super::figures::{BodyFigures, PeriodicReport};
use crate::law::Citation;
use crate::regulation::Regulation;
use crate::rules::ReportLevel;
use crate::text::{Label, Lang};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A block of a section (JSON: `{"heading": "…"}`, `{"paragraph": "…"}`, `{"bullets": […]}`,
/// `{"table": {"header": […], "rows": [[…]]}}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Block {
    /// A numbered sub-heading ("1. Theo dõi, phát hiện").
    Heading(String),
    /// A paragraph.
    Paragraph(String),
    /// A bulleted list ("- …").
    Bullets(Vec<String>),
    /// A table: header row, then rows.
    Table {
        /// Column titles.
        header: Vec<String>,
        /// Rows, one cell per column.
        rows: Vec<Vec<String>>,
    },
}

/// A section ("I. KẾT QUẢ THỰC HIỆN").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Its heading, in capitals.
    pub heading: String,
    /// Its blocks.
    pub blocks: Vec<Block>,
}

/// The signature block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
pub struct Signature {
    /// The signing authority above the title when a deputy signs ("KT. GIÁM ĐỐC"), if any.
    pub authority: Option<String>,
    /// The signer's title ("GIÁM ĐỐC").
    pub title: String,
    /// The line left for the signature and full name.
    pub name: String,
}

/// A report as a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
pub struct ReportDocument {
    /// The language.
    pub lang: Lang,
    /// The managing body in capitals ("UBND TỈNH KHÁNH HÒA"), if the issuer has one.
    pub parent: Option<String>,
    /// The issuing body in capitals.
    pub issuer: String,
    /// The number line ("Số: …/BC-SVHTTDL").
    pub number: String,
    /// The national name and the motto, in this order.
    pub motto: [String; 2],
    /// The place and date line ("Khánh Hòa, ngày … tháng … năm 2026").
    pub place_date: String,
    /// The document kind ("BÁO CÁO").
    pub kind: String,
    /// The summary of its content.
    pub summary: String,
    /// "Kính gửi": the recipients.
    pub addressees: Vec<String>,
    /// The opening paragraph.
    pub opening: String,
    /// The sections.
    pub sections: Vec<Section>,
    /// "Nơi nhận".
    pub receivers: Vec<String>,
    /// The signature block.
    pub signature: Signature,
    /// The annex of provenance (statuses, interpretations, counting rules), if asked for.
    pub annex: Option<Section>,
}

/// How the document is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocumentOptions {
    /// The language.
    pub lang: Lang,
    /// Add the annex of provenance.
    pub annex: bool,
}

impl Default for DocumentOptions {
    fn default() -> Self {
        DocumentOptions {
            lang: Lang::Vi,
            annex: false,
        }
    }
}

fn t(lang: Lang, vi: &str, en: &str) -> String {
    match lang {
        Lang::Vi => vi.to_string(),
        Lang::En => en.to_string(),
    }
}

fn day(lang: Lang, d: chrono::NaiveDate) -> String {
    match lang {
        Lang::Vi => d.format("%d/%m/%Y").to_string(),
        Lang::En => d.format("%-d %B %Y").to_string(),
    }
}

/// A citation as a document writes it: a provision of the regulation itself as "điểm đ khoản 1
/// Điều 7 Quy chế" / "Art. 7(1)(đ) of the Regulation", others with their instrument.
pub fn cite(reg: &Regulation, c: &Citation, lang: Lang) -> String {
    let own = c.instrument == reg.instrument;
    match (lang, own) {
        (Lang::Vi, true) => {
            let full = c.vi(reg);
            let short = reg
                .instrument(&c.instrument)
                .map(|i| i.short.vi.clone())
                .unwrap_or_default();
            format!(
                "{} Quy chế",
                full.trim_end_matches(short.as_str()).trim_end()
            )
        }
        (Lang::En, true) => {
            let full = c.en(reg);
            let head = full.split(',').next().unwrap_or(&full).to_string();
            format!("{head} of the Regulation")
        }
        (Lang::Vi, false) => c.vi(reg),
        (Lang::En, false) => c.en(reg),
    }
}

fn tally<K>(lang: Lang, m: &BTreeMap<K, u32>, label: impl Fn(&K) -> Label) -> String {
    if m.is_empty() {
        return t(lang, "không có", "none");
    }
    m.iter()
        .map(|(k, n)| format!("{}: {n}", label(k).get(lang)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The report as a document.
pub fn document(
    reg: &Regulation,
    report: &PeriodicReport,
    options: DocumentOptions,
) -> ReportDocument {
    let lang = options.lang;
    let body = reg.register.body(&report.reporter.body);
    let day_end = report.window.to;
    let parent = body
        .and_then(|b| b.parent.as_ref())
        .map(|p| reg.register.body_name(p, day_end).get(lang).to_uppercase());
    let abbreviation = body
        .and_then(|b| b.abbreviation.clone())
        .unwrap_or_else(|| "…".into());
    let year = report
        .period
        .map_or_else(|| day_end.format("%Y").to_string(), |p| p.year.to_string());
    let period = period_words(report, lang);
    let title = report.regulation_title.get(lang);
    let summary = match lang {
        Lang::Vi => format!("Kết quả thực hiện {title} {period}"),
        Lang::En => format!("Results of implementing the {title} for {period}"),
    };
    let issuer = issuer_name(
        report.reporter.name.get(lang),
        reg.province.get(lang),
        parent.as_deref(),
    )
    .to_uppercase();
    ReportDocument {
        lang,
        parent,
        issuer,
        number: match lang {
            Lang::Vi => format!("Số: …/BC-{abbreviation}"),
            Lang::En => format!("No.: …/BC-{abbreviation}"),
        },
        motto: [
            t(
                lang,
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "SOCIALIST REPUBLIC OF VIETNAM",
            ),
            t(
                lang,
                "Độc lập - Tự do - Hạnh phúc",
                "Independence - Freedom - Happiness",
            ),
        ],
        place_date: match lang {
            Lang::Vi => format!("{}, ngày … tháng … năm {year}", reg.province.vi),
            Lang::En => format!("{}, … {year}", reg.province.en),
        },
        kind: t(lang, "BÁO CÁO", "REPORT"),
        summary,
        addressees: report
            .recipients
            .iter()
            .map(|r| r.name.get(lang).to_string())
            .collect(),
        opening: opening(reg, report, lang, &period),
        sections: vec![
            results(reg, report, lang),
            free(lang, true, &report.difficulties),
            free(lang, false, &report.proposals),
        ],
        receivers: receivers(report, lang, &abbreviation),
        signature: Signature {
            authority: None,
            title: body.and_then(|b| b.head.as_ref()).map_or_else(
                || t(lang, "THỦ TRƯỞNG CƠ QUAN", "HEAD OF THE BODY"),
                |h| h.get(lang).to_uppercase(),
            ),
            name: "………………".into(),
        },
        annex: options.annex.then(|| annex(report, lang)),
    }
}

/// The issuer's name under its managing body: without the province's name when the managing
/// body's line already names it ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH" under "ỦY BAN NHÂN DÂN TỈNH
/// KHÁNH HÒA"); whole otherwise ("CÔNG AN TỈNH KHÁNH HÒA"). Every document's header uses it (the
/// document crate's removal requests too).
pub fn issuer_name(name: &str, province: &str, parent: Option<&str>) -> String {
    let province_up = province.to_uppercase();
    let named_above = parent.is_some_and(|p| p.ends_with(&province_up));
    let short = [" tỉnh ", ", "]
        .iter()
        .find_map(|sep| name.strip_suffix(format!("{sep}{province}").as_str()))
        .or_else(|| name.strip_suffix(format!(" {province}").as_str()));
    match short {
        Some(s) if named_above => s.to_string(),
        _ => name.to_string(),
    }
}

fn period_words(report: &PeriodicReport, lang: Lang) -> String {
    match report.period {
        Some(p) => p.title().get(lang).to_string(),
        None => match lang {
            Lang::Vi => format!(
                "từ ngày {} đến ngày {}",
                day(lang, report.window.from),
                day(lang, report.window.to)
            ),
            Lang::En => format!(
                "{} to {}",
                day(lang, report.window.from),
                day(lang, report.window.to)
            ),
        },
    }
}

/// "Thực hiện Quy chế … ban hành kèm theo Quyết định số … ngày … của …, [cơ quan] báo cáo …"
fn opening(reg: &Regulation, report: &PeriodicReport, lang: Lang, period: &str) -> String {
    let issuer = reg
        .instrument(&reg.instrument)
        .map(|i| i.issuer.get(lang).to_string())
        .unwrap_or_default();
    let signed = match lang {
        Lang::Vi => reg.signed.format("%-d/%-m/%Y").to_string(),
        Lang::En => reg.signed.format("%-d %B %Y").to_string(),
    };
    let own: Vec<String> = report
        .citations
        .iter()
        .filter(|c| c.instrument == reg.instrument)
        .map(|c| cite(reg, c, lang))
        .collect();
    let own = if own.is_empty() {
        String::new()
    } else {
        format!(" ({})", own.join("; "))
    };
    // A periodic report names its period; its figures are those of the data window, stated too.
    let (from, to) = (day(lang, report.window.from), day(lang, report.window.to));
    let window = match (report.period.is_some(), lang) {
        (false, _) => String::new(),
        (true, Lang::Vi) => format!(" (số liệu từ ngày {from} đến ngày {to})"),
        (true, Lang::En) => format!(" (figures from {from} to {to})"),
    };
    match lang {
        Lang::Vi => format!(
            "Thực hiện {} ban hành kèm theo Quyết định số {} ngày {signed} của {issuer}{own}, {} báo cáo kết quả thực hiện {period}{window} như sau:",
            report.regulation_title.vi, reg.instrument, report.reporter.name.vi
        ),
        Lang::En => format!(
            "Under the {} issued with Decision No. {} of {signed} of the {issuer}{own}, the {} reports on its implementation for {period}{window} as follows:",
            report.regulation_title.en, reg.instrument, report.reporter.name.en
        ),
    }
}

/// Section I: the results, one numbered part per stage of the procedure.
fn results(reg: &Regulation, report: &PeriodicReport, lang: Lang) -> Section {
    let mut b = Vec::new();
    b.extend(detection(report, lang));
    b.extend(verification(reg, report, lang));
    b.extend(handling(reg, report, lang));
    b.extend(closing(report, lang));
    b.extend(other_work(reg, report, lang));
    b.push(Block::Heading(match report.level {
        ReportLevel::Consolidated => t(
            lang,
            "6. Số liệu theo cơ quan, đơn vị",
            "6. Figures by body",
        ),
        ReportLevel::Body => t(
            lang,
            "6. Số liệu của cơ quan, đơn vị",
            "6. The body's own figures",
        ),
    }));
    b.push(table(&report.per_body, lang));
    Section {
        heading: t(lang, "I. KẾT QUẢ THỰC HIỆN", "I. RESULTS"),
        blocks: b,
    }
}

/// "label: tally." — one bullet of counts.
fn counted<K>(
    lang: Lang,
    label: (&str, &str),
    m: &BTreeMap<K, u32>,
    name: impl Fn(&K) -> Label,
) -> String {
    format!("{}: {}.", t(lang, label.0, label.1), tally(lang, m, name))
}

/// 1. Monitoring and detection.
fn detection(report: &PeriodicReport, lang: Lang) -> [Block; 2] {
    let f = &report.cases;
    let total = match lang {
        Lang::Vi => format!(
            "Tổng số vụ việc trong kỳ: {} (phát hiện mới: {}; chuyển tiếp từ kỳ trước: {}).",
            f.total, f.new, f.carried_over
        ),
        Lang::En => format!(
            "Cases in the period: {} (newly detected: {}; carried over: {}).",
            f.total, f.new, f.carried_over
        ),
    };
    [
        Block::Heading(t(
            lang,
            "1. Theo dõi, phát hiện",
            "1. Monitoring and detection",
        )),
        Block::Bullets(vec![
            total,
            counted(
                lang,
                ("Theo nguồn phát hiện", "By detection source"),
                &f.by_detection_source,
                |k| k.label(),
            ),
            counted(
                lang,
                ("Theo loại nền tảng", "By platform kind"),
                &f.by_platform_kind,
                |k| k.label(),
            ),
            counted(lang, ("Theo lĩnh vực", "By topic"), &f.by_topic, |k| {
                k.label()
            }),
        ]),
    ]
}

/// 2. Verification and conclusions, by ground (confidential cases counted without content).
fn verification(reg: &Regulation, report: &PeriodicReport, lang: Lang) -> [Block; 2] {
    let f = &report.cases;
    let mut v = vec![counted(
        lang,
        ("Kết luận trong kỳ", "Conclusions in the period"),
        &f.by_verdict,
        |k| k.label(),
    )];
    for g in &f.by_ground {
        let cites: Vec<String> = g.citations.iter().map(|c| cite(reg, c, lang)).collect();
        v.push(format!(
            "{} ({}): {} {}.",
            g.label.get(lang),
            cites.join("; "),
            g.cases,
            t(lang, "vụ việc", "case(s)")
        ));
    }
    if f.confidential > 0 {
        v.push(format!(
            "{}: {}.",
            t(
                lang,
                "Vụ việc liên quan đến bí mật nhà nước (không nêu nội dung)",
                "Cases touching state secrets (content not reported)"
            ),
            f.confidential
        ));
    }
    [
        Block::Heading(t(
            lang,
            "2. Kiểm tra, xác minh, kết luận",
            "2. Verification and conclusions",
        )),
        Block::Bullets(v),
    ]
}

/// 3. Handling: actions, results, lateness, and the platforms' compliance on its own line.
fn handling(reg: &Regulation, report: &PeriodicReport, lang: Lang) -> [Block; 2] {
    let f = &report.cases;
    let kind = |k: &crate::rules::ActionKindId| {
        reg.workflow
            .action(k)
            .map_or_else(|| Label::new(k.as_str(), k.as_str()), |x| x.label.clone())
    };
    let p = &f.platforms;
    let answers = tally(lang, &p.responses, |k| k.label());
    let platforms = match lang {
        Lang::Vi => format!(
            "Yêu cầu gỡ bỏ gửi nền tảng: {} (phản hồi: {answers}; chưa phản hồi: {}; nền tảng chậm thực hiện: {}).",
            p.sent, p.pending, p.late
        ),
        Lang::En => format!(
            "Removal requests sent to platforms: {} (answers: {answers}; unanswered: {}; platforms late: {}).",
            p.sent, p.pending, p.late
        ),
    };
    [
        Block::Heading(t(lang, "3. Xử lý", "3. Handling")),
        Block::Bullets(vec![
            counted(
                lang,
                ("Việc xử lý đã triển khai", "Actions opened"),
                &f.actions_by_kind,
                kind,
            ),
            counted(
                lang,
                ("Kết quả xử lý đã báo cáo", "Results reported"),
                &f.outcomes,
                |k| k.label(),
            ),
            format!(
                "{}: {}.",
                t(
                    lang,
                    "Việc xử lý chậm so với thời hạn",
                    "Actions past their deadline"
                ),
                f.deadlines_missed.len()
            ),
            platforms,
        ]),
    ]
}

/// 4. Announcements and closing.
fn closing(report: &PeriodicReport, lang: Lang) -> [Block; 2] {
    let f = &report.cases;
    let line = |label: (&str, &str), n: u32| format!("{}: {n}.", t(lang, label.0, label.1));
    let dismissed = format!(
        "{}: {} ({}).",
        t(lang, "Vụ việc bị loại", "Cases dismissed"),
        f.dismissed.values().sum::<u32>(),
        tally(lang, &f.dismissed, |k| k.label())
    );
    [
        Block::Heading(t(
            lang,
            "4. Thông báo kết quả, kết thúc vụ việc",
            "4. Announcements and closing",
        )),
        Block::Bullets(vec![
            line(
                (
                    "Vụ việc được thông báo kết quả xử lý",
                    "Cases with results announced",
                ),
                f.published,
            ),
            dismissed,
            line(("Vụ việc đã kết thúc", "Cases closed"), f.closed),
            line(
                (
                    "Vụ việc còn đang xử lý cuối kỳ",
                    "Cases still open at the end of the period",
                ),
                f.open_at_end,
            ),
        ]),
    ]
}

/// 5. Work outside cases.
fn other_work(reg: &Regulation, report: &PeriodicReport, lang: Lang) -> [Block; 2] {
    let work = |k: &crate::rules::WorkKindId| {
        reg.reporting
            .work_kind(k)
            .map_or_else(|| Label::new(k.as_str(), k.as_str()), |x| x.label.clone())
    };
    [
        Block::Heading(t(lang, "5. Các hoạt động khác", "5. Other work")),
        Block::Bullets(vec![format!(
            "{}: {} ({}).",
            t(lang, "Tổng số", "Total"),
            report.work.total,
            tally(lang, &report.work.by_kind, work)
        )]),
    ]
}

fn table(rows: &[BodyFigures], lang: Lang) -> Block {
    let header = match lang {
        Lang::Vi => [
            "Cơ quan, đơn vị",
            "Phát hiện",
            "Thông báo",
            "Được lấy ý kiến",
            "Ý kiến",
            "Việc xử lý",
            "Kết quả",
            "Chậm hạn",
            "Yêu cầu gỡ bỏ",
            "Thông báo kết quả",
        ],
        Lang::En => [
            "Body",
            "Detected",
            "Notified",
            "Consulted",
            "Opinions",
            "Actions",
            "Results",
            "Late",
            "Removal requests",
            "Announcements",
        ],
    };
    Block::Table {
        header: header.iter().map(|s| s.to_string()).collect(),
        rows: rows
            .iter()
            .map(|r| {
                let results: u32 = r.results.values().sum();
                vec![
                    r.name.get(lang).to_string(),
                    r.detected.to_string(),
                    r.notified.to_string(),
                    r.consulted.to_string(),
                    r.opinions.to_string(),
                    r.actions.to_string(),
                    results.to_string(),
                    r.deadlines_missed.to_string(),
                    r.removal_requests.to_string(),
                    r.published.to_string(),
                ]
            })
            .collect(),
    }
}

fn free(lang: Lang, difficulties: bool, items: &[String]) -> Section {
    let heading = match difficulties {
        true => t(
            lang,
            "II. KHÓ KHĂN, VƯỚNG MẮC",
            "II. DIFFICULTIES AND OBSTACLES",
        ),
        false => t(
            lang,
            "III. ĐỀ XUẤT, KIẾN NGHỊ",
            "III. PROPOSALS AND RECOMMENDATIONS",
        ),
    };
    let blocks = if items.is_empty() {
        vec![Block::Paragraph(t(lang, "Không có.", "None."))]
    } else {
        vec![Block::Bullets(items.to_vec())]
    };
    Section { heading, blocks }
}

fn receivers(report: &PeriodicReport, lang: Lang, abbreviation: &str) -> Vec<String> {
    let mut out = vec![t(lang, "- Như trên;", "- As above;")];
    out.push(match lang {
        Lang::Vi => format!("- Lưu: VT, {abbreviation}."),
        Lang::En => format!("- Filed: archives, {abbreviation}."),
    });
    let _ = report;
    out
}

/// The annex: how the figures were counted and what they rest on.
fn annex(report: &PeriodicReport, lang: Lang) -> Section {
    let mut items = vec![t(
        lang,
        "Số liệu tính theo thời điểm sự việc trong kỳ: vụ việc phát hiện trong kỳ là vụ việc mới; vụ việc phát hiện trước kỳ và chưa kết thúc khi bắt đầu kỳ là vụ việc chuyển tiếp; sự việc ngoài kỳ không được tính.",
        "Figures count facts dated within the period: cases detected in it are new; cases detected earlier and still open when it began are carried over; nothing dated outside the period is counted.",
    )];
    items.extend(report.warnings.iter().map(|w| w.get(lang).to_string()));
    Section {
        heading: t(
            lang,
            "PHỤ LỤC: CĂN CỨ VÀ MỨC ĐỘ XÁC NHẬN CỦA SỐ LIỆU",
            "ANNEX: BASIS AND CERTAINTY OF THE FIGURES",
        ),
        blocks: vec![Block::Bullets(items)],
    }
}
