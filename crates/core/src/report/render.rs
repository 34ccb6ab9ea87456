//! Rendering a report document as Markdown: the header as a two-column table (managing and
//! issuing body with the number | national name, motto, place and date), then the kind and
//! summary, "Kính gửi", the opening, the sections, and "Nơi nhận" beside the signature.

use super::document::{Block, DocumentOptions, ReportDocument, Section, document};
use super::figures::PeriodicReport;
use crate::regulation::Regulation;
use crate::text::Lang;
use std::fmt::Write;

fn cell(s: &str) -> String {
    s.replace('|', "\\|")
}

fn section(o: &mut String, s: &Section) {
    let _ = writeln!(o, "### {}\n", s.heading);
    for b in &s.blocks {
        match b {
            Block::Heading(h) => {
                let _ = writeln!(o, "**{h}**\n");
            }
            Block::Paragraph(p) => {
                let _ = writeln!(o, "{p}\n");
            }
            Block::Bullets(items) => {
                for i in items {
                    let _ = writeln!(o, "- {i}");
                }
                o.push('\n');
            }
            Block::Table { header, rows } => {
                let _ = writeln!(
                    o,
                    "| {} |",
                    header
                        .iter()
                        .map(|h| cell(h))
                        .collect::<Vec<_>>()
                        .join(" | ")
                );
                let align: Vec<&str> = (0..header.len())
                    .map(|i| if i == 0 { "---" } else { "---:" })
                    .collect();
                let _ = writeln!(o, "|{}|", align.join("|"));
                for r in rows {
                    let _ = writeln!(
                        o,
                        "| {} |",
                        r.iter().map(|c| cell(c)).collect::<Vec<_>>().join(" | ")
                    );
                }
                o.push('\n');
            }
        }
    }
}

/// The document as Markdown.
pub fn document_markdown(d: &ReportDocument) -> String {
    let mut o = String::new();
    let left = match &d.parent {
        Some(p) => format!("{}<br>**{}**", cell(p), cell(&d.issuer)),
        None => format!("**{}**", cell(&d.issuer)),
    };
    let _ = writeln!(
        o,
        "| {left} | **{}**<br>**{}** |\n|:---:|:---:|\n| {} | *{}* |\n",
        d.motto[0], d.motto[1], d.number, d.place_date
    );
    let _ = writeln!(o, "## {}\n\n**{}**\n", d.kind, d.summary);
    let to = match d.lang {
        Lang::Vi => "Kính gửi",
        Lang::En => "To",
    };
    let _ = writeln!(o, "{to}: {}.\n", d.addressees.join("; "));
    let _ = writeln!(o, "{}\n", d.opening);
    for s in &d.sections {
        section(&mut o, s);
    }
    let (recv, sig) = match d.lang {
        Lang::Vi => ("Nơi nhận:", "(Ký, ghi rõ họ tên, đóng dấu)"),
        Lang::En => ("Recipients:", "(signature, full name, seal)"),
    };
    let authority = d
        .signature
        .authority
        .as_ref()
        .map(|a| format!("**{a}**<br>"))
        .unwrap_or_default();
    let _ = writeln!(
        o,
        "| ***{recv}***<br>{} | {authority}**{}**<br>*{sig}*<br><br><br>{} |\n|:---|:---:|\n",
        d.receivers.join("<br>"),
        d.signature.title,
        d.signature.name
    );
    if let Some(a) = &d.annex {
        section(&mut o, a);
    }
    o
}

/// Renders the report as Markdown in Vietnamese ([`Lang::Vi`]) or English ([`Lang::En`]),
/// without the annex ([`document`] and [`document_markdown`] give the choice).
///
/// ```
/// use chrono::NaiveDate;
/// use quyche::org::BodyId;
/// use quyche::report::{compile_report, render_markdown, Window};
/// use quyche::text::Lang;
/// let reg = quyche::Regulation::khanh_hoa_ref();
/// let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
/// let w = Window::new(d(2025, 12, 15), d(2026, 6, 14)).unwrap();
/// let report = compile_report(reg, &[], w, &BodyId::new("so-vhttdl")).unwrap();
/// let md = render_markdown(reg, &report, Lang::Vi);
/// assert!(md.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
/// assert!(md.contains("UBND TỈNH KHÁNH HÒA") || md.contains("ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA"));
/// assert!(md.contains("ban hành kèm theo Quyết định số 2086/QĐ-UBND"));
/// assert!(md.contains("6 tháng đầu năm 2026"));
/// assert!(md.contains("Nơi nhận:") && md.contains("GIÁM ĐỐC"));
/// assert!(!md.contains("(mức P)") && !md.contains("DIỄN GIẢI"));
/// ```
pub fn render_markdown(reg: &Regulation, report: &PeriodicReport, lang: Lang) -> String {
    document_markdown(&document(
        reg,
        report,
        DocumentOptions { lang, annex: false },
    ))
}
