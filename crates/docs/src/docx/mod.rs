//! DOCX in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I (the presentation of administrative
//! documents): A4 portrait, Times New Roman, margins top and bottom 20 mm, left 30 mm, right
//! 15 mm; the header table (the managing body above the issuing body, a short rule, the number
//! line | the national name, the motto with a rule as long as it, the place and date line in
//! italics); the document kind and its summary in bold capitals and bold, centred, with a short
//! rule; "Kính gửi"; the body at 14 pt, justified, first lines indented 12.7 mm, 6 pt between
//! paragraphs; then "Nơi nhận" (bold italic 12 pt, its list at 11 pt) beside the signature by
//! title (bold capitals); page numbers centred at the top from the second page.
//!
//! One writer, two documents: the periodic report ([`report_docx`]) and a removal request
//! ([`removal_request_docx`]), both turned into a [`Letter`] first.

mod removal;

use docx_rs::{
    AlignmentType, BorderType, Docx, Header, LineSpacing, PageMargin, PageNum, Paragraph,
    ParagraphBorder, ParagraphBorderPosition, ParagraphBorders, Run, RunFonts, SpecialIndentType,
    Table, TableAlignmentType, TableCell, TableLayoutType, TableRow, VAlignType, WidthType,
};
use quyche::error::{Error, ErrorCode, Result};
use quyche::report::{Block, ReportDocument, Section, Signature};
use quyche::text::Lang;

pub use removal::removal_request_docx;

/// The typeface of administrative documents.
pub const FONT: &str = "Times New Roman";

/// Millimetres in twentieths of a point (twips).
fn mm(v: f64) -> i32 {
    (v * 1440.0 / 25.4).round() as i32
}

/// A4 in twips.
const PAGE_W: u32 = 11906;
const PAGE_H: u32 = 16838;
/// Margins in millimetres: top, bottom, left, right.
pub const MARGINS_MM: [f64; 4] = [20.0, 20.0, 30.0, 15.0];

/// The width of the text column, in twips.
fn text_width() -> i32 {
    PAGE_W as i32 - mm(MARGINS_MM[2]) - mm(MARGINS_MM[3])
}

/// Sizes in half-points.
const BODY: usize = 28; // 14 pt
const HEAD: usize = 26; // 13 pt
const NATION: usize = 24; // 12 pt
const RECEIVERS_TITLE: usize = 24; // 12 pt
const RECEIVERS: usize = 22; // 11 pt
const TABLE: usize = 20; // 10 pt

/// A document in the layout of an administrative text.
#[derive(Debug, Clone)]
pub struct Letter {
    /// The language.
    pub lang: Lang,
    /// The managing body, in capitals.
    pub parent: Option<String>,
    /// The issuing body, in capitals.
    pub issuer: String,
    /// The number line.
    pub number: String,
    /// A letter's summary under the number ("V/v …"), for a document without a kind.
    pub excerpt: Option<String>,
    /// The national name and the motto.
    pub motto: [String; 2],
    /// The place and date line.
    pub place_date: String,
    /// The document kind ("BÁO CÁO"), if it has one.
    pub kind: Option<String>,
    /// The summary under the kind.
    pub summary: Option<String>,
    /// "Kính gửi".
    pub addressees: Vec<String>,
    /// The opening paragraphs.
    pub opening: Vec<String>,
    /// The sections.
    pub sections: Vec<Section>,
    /// Paragraphs after the sections (closing words).
    pub closing: Vec<String>,
    /// "Nơi nhận".
    pub receivers: Vec<String>,
    /// The signature block.
    pub signature: Signature,
    /// An annex on its own page.
    pub annex: Option<Section>,
}

impl Letter {
    /// The periodic report as a letter.
    pub fn from_report(d: &ReportDocument) -> Letter {
        Letter {
            lang: d.lang,
            parent: d.parent.clone(),
            issuer: d.issuer.clone(),
            number: d.number.clone(),
            excerpt: None,
            motto: d.motto.clone(),
            place_date: d.place_date.clone(),
            kind: Some(d.kind.clone()),
            summary: Some(d.summary.clone()),
            addressees: d.addressees.clone(),
            opening: vec![d.opening.clone()],
            sections: d.sections.clone(),
            closing: Vec::new(),
            receivers: d.receivers.clone(),
            signature: d.signature.clone(),
            annex: d.annex.clone(),
        }
    }
}

fn fonts() -> RunFonts {
    RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .cs(FONT)
        .east_asia(FONT)
}

fn run(text: &str, size: usize) -> Run {
    Run::new().add_text(text).size(size).fonts(fonts())
}

fn spacing(before: u32, after: u32) -> LineSpacing {
    LineSpacing::new().before(before).after(after)
}

/// A centred paragraph with no spacing.
fn centred(r: Run) -> Paragraph {
    Paragraph::new()
        .add_run(r)
        .align(AlignmentType::Center)
        .line_spacing(spacing(0, 0))
}

/// A short rule under the paragraph before it: an empty paragraph of 1 pt, narrowed to `len`
/// twips within a column of `col` twips and centred, with only its bottom border drawn.
fn rule(col: i32, len: i32) -> Paragraph {
    let side = ((col - len) / 2).max(0);
    let mut p = Paragraph::new()
        .add_run(run("", 2))
        .indent(Some(side), None, Some(side), None)
        .line_spacing(
            spacing(0, 0)
                .line(20)
                .line_rule(docx_rs::LineSpacingType::Exact),
        );
    p.property = p.property.set_borders(
        ParagraphBorders::with_empty().set(
            ParagraphBorder::new(ParagraphBorderPosition::Bottom)
                .val(BorderType::Single)
                .size(6)
                .space(1)
                .color("000000"),
        ),
    );
    p
}

/// An empty paragraph of `size`.
fn blank(size: usize) -> Paragraph {
    Paragraph::new()
        .add_run(run("", size))
        .line_spacing(spacing(0, 0))
}

/// Rough width in twips of `text` at `size` half-points in bold capitals or in upright text
/// (Times New Roman averages about half an em per character, capitals about 0.7).
fn width_of(text: &str, size: usize, capitals: bool) -> i32 {
    let em = size as f64 * 10.0; // a half-point is 10 twips
    let per = if capitals { 0.68 } else { 0.47 };
    (text.chars().count() as f64 * em * per).round() as i32
}

/// A table cell of `w` twips without borders.
fn cell(w: i32) -> TableCell {
    TableCell::new()
        .width(w as usize, WidthType::Dxa)
        .clear_all_border()
        .vertical_align(VAlignType::Top)
}

fn borderless(rows: Vec<TableRow>, grid: Vec<usize>) -> Table {
    Table::without_borders(rows)
        .set_grid(grid)
        .layout(TableLayoutType::Fixed)
        .align(TableAlignmentType::Center)
        .width(text_width() as usize, WidthType::Dxa)
}

/// The header table: managing and issuing body with the number | national name, motto, place
/// and date.
fn header_table(l: &Letter) -> Table {
    let total = text_width();
    let left_w = mm(68.0);
    let right_w = total - left_w;
    let mut left = cell(left_w);
    if let Some(p) = &l.parent {
        left = left.add_paragraph(centred(run(p, HEAD)));
    }
    let issuer = centred(run(&l.issuer, HEAD).bold());
    // A rule under the issuer's name: a third to a half of its length.
    let rule_len = (width_of(&l.issuer, HEAD, true).min(left_w) * 2 / 5).max(mm(15.0));
    left = left
        .add_paragraph(issuer)
        .add_paragraph(rule(left_w, rule_len))
        .add_paragraph(centred(run(&l.number, HEAD)).line_spacing(spacing(120, 0)));
    if let Some(x) = &l.excerpt {
        left = left.add_paragraph(centred(run(x, 24)).line_spacing(spacing(40, 0)));
    }
    let motto = centred(run(&l.motto[1], BODY).bold());
    let motto_len = width_of(&l.motto[1], BODY, false).min(right_w);
    let right = cell(right_w)
        .add_paragraph(centred(run(&l.motto[0], NATION).bold()))
        .add_paragraph(motto)
        .add_paragraph(rule(right_w, motto_len))
        .add_paragraph(centred(run(&l.place_date, BODY).italic()).line_spacing(spacing(200, 0)));
    borderless(
        vec![TableRow::new(vec![left, right])],
        vec![left_w as usize, right_w as usize],
    )
}

/// A body paragraph: justified, first line indented, 6 pt after.
fn body(text: &str) -> Paragraph {
    Paragraph::new()
        .add_run(run(text, BODY))
        .align(AlignmentType::Both)
        .indent(
            None,
            Some(SpecialIndentType::FirstLine(mm(12.7))),
            None,
            None,
        )
        .line_spacing(
            spacing(0, 120)
                .line(240)
                .line_rule(docx_rs::LineSpacingType::Auto),
        )
}

/// A heading inside the body: bold, indented like a paragraph.
fn heading(text: &str) -> Paragraph {
    Paragraph::new()
        .add_run(run(text, BODY).bold())
        .align(AlignmentType::Both)
        .indent(
            None,
            Some(SpecialIndentType::FirstLine(mm(12.7))),
            None,
            None,
        )
        .line_spacing(spacing(120, 120))
        .keep_next(true)
}

/// A table of figures: bordered, 10 pt, the header in bold.
fn figures(header: &[String], rows: &[Vec<String>]) -> Table {
    let total = text_width();
    let n = header.len().max(1) as i32;
    let first = if n > 1 { mm(38.0) } else { total };
    let rest = if n > 1 { (total - first) / (n - 1) } else { 0 };
    let widths: Vec<i32> = (0..n).map(|i| if i == 0 { first } else { rest }).collect();
    let make = |texts: &[String], bold: bool| {
        TableRow::new(
            texts
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let mut r = run(t, TABLE);
                    if bold {
                        r = r.bold();
                    }
                    let align = if i == 0 && !bold {
                        AlignmentType::Left
                    } else {
                        AlignmentType::Center
                    };
                    TableCell::new()
                        .width(
                            widths.get(i).copied().unwrap_or(rest) as usize,
                            WidthType::Dxa,
                        )
                        .vertical_align(VAlignType::Center)
                        .add_paragraph(
                            Paragraph::new()
                                .add_run(r)
                                .align(align)
                                .line_spacing(spacing(20, 20)),
                        )
                })
                .collect(),
        )
        .cant_split()
    };
    let mut all = vec![make(header, true)];
    all.extend(rows.iter().map(|r| make(r, false)));
    Table::new(all)
        .set_grid(widths.iter().map(|w| *w as usize).collect())
        .layout(TableLayoutType::Fixed)
        .align(TableAlignmentType::Center)
        .width(total as usize, WidthType::Dxa)
}

fn section(mut d: Docx, s: &Section) -> Docx {
    d = d.add_paragraph(
        Paragraph::new()
            .add_run(run(&s.heading, BODY).bold())
            .align(AlignmentType::Both)
            .indent(
                None,
                Some(SpecialIndentType::FirstLine(mm(12.7))),
                None,
                None,
            )
            .line_spacing(spacing(120, 120))
            .keep_next(true),
    );
    section_blocks(d, s)
}

/// "Nơi nhận" beside the signature block.
fn signature_table(l: &Letter) -> Table {
    let total = text_width();
    let left_w = total * 9 / 20;
    let right_w = total - left_w;
    let recv = match l.lang {
        Lang::Vi => "Nơi nhận:",
        Lang::En => "Recipients:",
    };
    let mut left = cell(left_w).add_paragraph(
        Paragraph::new()
            .add_run(run(recv, RECEIVERS_TITLE).bold().italic())
            .line_spacing(spacing(0, 0)),
    );
    for r in &l.receivers {
        left = left.add_paragraph(
            Paragraph::new()
                .add_run(run(r, RECEIVERS))
                .line_spacing(spacing(0, 0)),
        );
    }
    let mut right = cell(right_w);
    if let Some(a) = &l.signature.authority {
        right = right.add_paragraph(centred(run(a, BODY).bold()));
    }
    right = right.add_paragraph(centred(run(&l.signature.title, BODY).bold()));
    // Room for the signature and seal.
    for _ in 0..3 {
        right = right.add_paragraph(blank(BODY));
    }
    right = right.add_paragraph(centred(run(&l.signature.name, BODY).bold()));
    borderless(
        vec![TableRow::new(vec![left, right]).cant_split()],
        vec![left_w as usize, right_w as usize],
    )
}

/// "Kính gửi: …" centred for one addressee, a list under it for several.
fn addressees(mut d: Docx, l: &Letter) -> Docx {
    let to = match l.lang {
        Lang::Vi => "Kính gửi",
        Lang::En => "To",
    };
    match l.addressees.as_slice() {
        [] => d,
        [one] => d.add_paragraph(
            centred(run(&format!("{to}: {one}."), BODY)).line_spacing(spacing(120, 240)),
        ),
        many => {
            let col = text_width();
            let indent = mm(35.0).min(col / 3);
            d = d.add_paragraph(
                Paragraph::new()
                    .add_run(run(&format!("{to}:"), BODY))
                    .indent(Some(indent), None, None, None)
                    .line_spacing(spacing(120, 0)),
            );
            let last = many.len() - 1;
            for (i, a) in many.iter().enumerate() {
                let end = if i == last { "." } else { ";" };
                d = d.add_paragraph(
                    Paragraph::new()
                        .add_run(run(&format!("- {a}{end}"), BODY))
                        .indent(Some(indent + mm(22.0)), None, None, None)
                        .line_spacing(spacing(0, if i == last { 240 } else { 0 })),
                );
            }
            d
        }
    }
}

/// The letter as a DOCX package.
pub fn letter_docx(l: &Letter) -> Result<Vec<u8>> {
    let margin = PageMargin::new()
        .top(mm(MARGINS_MM[0]))
        .bottom(mm(MARGINS_MM[1]))
        .left(mm(MARGINS_MM[2]))
        .right(mm(MARGINS_MM[3]))
        .header(mm(10.0))
        .footer(mm(10.0));
    let page_number = Header::new().add_paragraph(
        Paragraph::new()
            .add_run(run("", HEAD))
            .add_page_num(PageNum::new())
            .align(AlignmentType::Center)
            .size(HEAD)
            .fonts(fonts()),
    );
    let mut d = Docx::new()
        .page_size(PAGE_W, PAGE_H)
        .page_margin(margin)
        .default_fonts(fonts())
        .default_size(BODY)
        .header(page_number)
        .first_header(Header::new())
        .title_pg()
        .add_table(header_table(l))
        .add_paragraph(blank(BODY));
    if let Some(k) = &l.kind {
        d = d.add_paragraph(centred(run(k, BODY).bold()).line_spacing(spacing(240, 0)));
    }
    if let Some(s) = &l.summary {
        let len = (width_of(s, BODY, false).min(text_width()) * 2 / 5).max(mm(25.0));
        d = d
            .add_paragraph(centred(run(s, BODY).bold()))
            .add_paragraph(rule(text_width(), len));
    }
    if l.kind.is_some() {
        d = d.add_paragraph(blank(BODY));
    }
    d = addressees(d, l);
    for p in &l.opening {
        d = d.add_paragraph(body(p));
    }
    for s in &l.sections {
        d = section(d, s);
    }
    for p in &l.closing {
        d = d.add_paragraph(body(p));
    }
    d = d
        .add_paragraph(blank(RECEIVERS))
        .add_table(signature_table(l));
    if let Some(a) = &l.annex {
        d = d.add_paragraph(
            centred(run(&a.heading, BODY).bold())
                .page_break_before(true)
                .line_spacing(spacing(0, 240)),
        );
        let rest = Section {
            heading: String::new(),
            blocks: a.blocks.clone(),
        };
        d = section_blocks(d, &rest);
    }
    pack(d)
}

/// The blocks of a section without its heading.
fn section_blocks(d: Docx, s: &Section) -> Docx {
    let mut d = d;
    for b in &s.blocks {
        match b {
            Block::Heading(h) => d = d.add_paragraph(heading(h)),
            Block::Paragraph(p) => d = d.add_paragraph(body(p)),
            Block::Bullets(items) => {
                for i in items {
                    d = d.add_paragraph(body(&format!("- {i}")));
                }
            }
            Block::Table { header, rows } => {
                d = d
                    .add_table(figures(header, rows))
                    .add_paragraph(blank(BODY));
            }
            // `Block` is non-exhaustive: a kind added to the core after this writer is written
            // as its JSON text rather than dropped from a document someone signs.
            other => {
                let text = serde_json::to_string(other).unwrap_or_default();
                d = d.add_paragraph(body(&text));
            }
        }
    }
    d
}

fn pack(d: Docx) -> Result<Vec<u8>> {
    let mut out = std::io::Cursor::new(Vec::new());
    d.build().pack(&mut out).map_err(|e| {
        Error::new(
            ErrorCode::InvalidInput,
            format!("the DOCX package could not be written: {e}"),
            format!("không ghi được tệp DOCX: {e}"),
        )
    })?;
    Ok(out.into_inner())
}

/// The place and date line of Nghị định 30/2020 (Phụ lục I, mục II.5): "Khánh Hòa, ngày 05
/// tháng 02 năm 2026" — a day below 10 and the months 1 and 2 with a leading zero, other months
/// without ("ngày 15 tháng 8 năm 2026"); in English "Khánh Hòa, 5 February 2026".
///
/// ```
/// use quyche::text::Lang;
/// let d = chrono::NaiveDate::from_ymd_opt(2026, 8, 5).unwrap();
/// assert_eq!(quyche_docs::docx::date_line("Khánh Hòa", Lang::Vi, d), "Khánh Hòa, ngày 05 tháng 8 năm 2026");
/// ```
pub fn date_line(place: &str, lang: Lang, date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    match lang {
        Lang::Vi => {
            let month = match date.month() {
                m @ (1 | 2) => format!("{m:02}"),
                m => m.to_string(),
            };
            format!(
                "{place}, ngày {:02} tháng {month} năm {}",
                date.day(),
                date.year()
            )
        }
        Lang::En => format!("{place}, {}", date.format("%-d %B %Y")),
    }
}

/// The periodic report's document with its date filled in (the core leaves "ngày … tháng …" for
/// the day of signing).
pub fn dated(d: &ReportDocument, place: &str, date: chrono::NaiveDate) -> ReportDocument {
    ReportDocument {
        place_date: date_line(place, d.lang, date),
        ..d.clone()
    }
}

/// The periodic report as DOCX, from the same document model as the Markdown rendering
/// ([`quyche::report::document`]).
///
/// ```
/// let reg = quyche::Regulation::khanh_hoa_ref();
/// let w = quyche::report::Window::new("2025-12-15".parse().unwrap(), "2026-06-14".parse().unwrap()).unwrap();
/// let report = quyche::report::compile_report(reg, &[], w, &quyche::org::BodyId::new("so-vhttdl")).unwrap();
/// let doc = quyche::report::document(reg, &report, Default::default());
/// let bytes = quyche_docs::report_docx(&doc).unwrap();
/// assert_eq!(&bytes[..2], b"PK");
/// ```
pub fn report_docx(d: &ReportDocument) -> Result<Vec<u8>> {
    letter_docx(&Letter::from_report(d))
}
