//! Rendering a [`PeriodicReport`] as Markdown in the layout of a Vietnamese administrative report:
//! issuing body and national motto side by side, number placeholder, place and date, title, the
//! addressee ("Kính gửi"), sections I–III (results; difficulties; proposals), then the recipients
//! ("Nơi nhận") beside the signature block. Vietnamese, or an English rendering of the same
//! layout. Placeholders (number, date, signature) are left for the issuing body to fill in.

use super::figures::{BodyFigures, PeriodicReport};
use super::rules::ReportLevel;
use crate::law::Citation;
use crate::regulation::Regulation;
use crate::text::{Label, Lang};
use crate::time::to_vn;
use chrono::{DateTime, FixedOffset, NaiveDate};
use std::collections::BTreeMap;
use std::fmt::Write;

fn t(lang: Lang, vi: &str, en: &str) -> String {
    match lang {
        Lang::Vi => vi.to_string(),
        Lang::En => en.to_string(),
    }
}

fn day(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::Vi => d.format("%d/%m/%Y").to_string(),
        Lang::En => d.format("%-d %b %Y").to_string(),
    }
}

fn instant(lang: Lang, at: DateTime<FixedOffset>) -> String {
    let v = to_vn(at);
    format!("{} {}", v.format("%H:%M"), day(lang, v.date_naive()))
}

fn cite(lang: Lang, c: &Citation) -> String {
    let reg = Regulation::khanh_hoa_ref();
    match lang {
        Lang::Vi => c.vi(reg),
        Lang::En => c.en(reg),
    }
}

/// "label: n; label: n" for a tally, or a dash when empty.
fn tally<K>(lang: Lang, m: &BTreeMap<K, u32>, label: impl Fn(&K) -> Label) -> String {
    if m.is_empty() {
        return "—".into();
    }
    m.iter()
        .map(|(k, n)| format!("{}: {n}", label(k).get(lang)))
        .collect::<Vec<_>>()
        .join("; ")
}

fn list(out: &mut String, lang: Lang, items: &[String]) {
    if items.is_empty() {
        let _ = writeln!(out, "{}\n", t(lang, "Không có.", "None."));
        return;
    }
    for i in items {
        let _ = writeln!(out, "- {i}");
    }
    out.push('\n');
}

fn body_table(out: &mut String, lang: Lang, rows: &[BodyFigures]) {
    let head = match lang {
        Lang::Vi => {
            "| Cơ quan, đơn vị | Phát hiện | Thông báo | Tham gia xác minh | Ý kiến | Được giao xử lý | Kết quả đã báo cáo | Trễ hạn | Đưa tin kết quả | Hoạt động khác |"
        }
        Lang::En => {
            "| Body | Detected | Notified | Consulted | Opinions | Actions assigned | Results reported | Deadlines missed | Results published | Other work |"
        }
    };
    let _ = writeln!(
        out,
        "{head}\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    );
    for r in rows {
        let results: u32 = r.results.values().sum();
        let work: u32 = r.work.values().sum();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            r.name.get(lang),
            r.detected,
            r.notified,
            r.consulted,
            r.opinions,
            r.actions_assigned,
            results,
            r.deadlines_missed,
            r.published,
            work
        );
    }
    out.push('\n');
}

/// Renders the report as Markdown in Vietnamese ([`Lang::Vi`]) or English ([`Lang::En`]).
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
/// let md = render_markdown(&report, Lang::Vi);
/// assert!(md.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
/// assert!(md.contains("6 tháng đầu năm 2026"));
/// assert!(md.contains("Nơi nhận:"));
/// ```
pub fn render_markdown(report: &PeriodicReport, lang: Lang) -> String {
    let mut o = String::new();
    let f = &report.cases;
    let place = report.province.get(lang);
    // Header: issuing body | national motto; number | place and date.
    let _ = writeln!(
        o,
        "| **{}** | **{}**<br>**{}** |\n|:---:|:---:|\n| {} | *{}* |\n",
        report.reporter.name.get(lang).to_uppercase(),
        t(
            lang,
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "SOCIALIST REPUBLIC OF VIETNAM"
        ),
        t(
            lang,
            "Độc lập - Tự do - Hạnh phúc",
            "Independence - Freedom - Happiness"
        ),
        t(lang, "Số: …/BC-…", "No.: …/BC-…"),
        match lang {
            Lang::Vi => format!("{place}, ngày … tháng … năm …"),
            Lang::En => format!("{place}, … (day) … (month) … (year)"),
        }
    );
    // Title.
    let period = match report.period {
        Some(p) => p.title().get(lang).to_string(),
        None => match lang {
            Lang::Vi => format!(
                "từ ngày {} đến ngày {}",
                day(lang, report.window.from),
                day(lang, report.window.to)
            ),
            Lang::En => format!(
                "from {} to {}",
                day(lang, report.window.from),
                day(lang, report.window.to)
            ),
        },
    };
    let _ = writeln!(o, "## {}\n", t(lang, "BÁO CÁO", "REPORT"));
    let _ = writeln!(
        o,
        "**{}**\n",
        match lang {
            Lang::Vi => format!("Kết quả thực hiện {} {period}", report.regulation_title.vi),
            Lang::En => format!(
                "Results of implementing the {} for {period}",
                report.regulation_title.en
            ),
        }
    );
    let basis: Vec<String> = report.citations.iter().map(|c| cite(lang, c)).collect();
    let _ = writeln!(
        o,
        "*{}*\n",
        match lang {
            Lang::Vi => format!(
                "Kỳ báo cáo: từ ngày {} đến ngày {}. Căn cứ: {}.",
                day(lang, report.window.from),
                day(lang, report.window.to),
                basis.join("; ")
            ),
            Lang::En => format!(
                "Reporting window: {} to {}. Basis: {}.",
                day(lang, report.window.from),
                day(lang, report.window.to),
                basis.join("; ")
            ),
        }
    );
    if let Some(due) = report.due {
        let _ = writeln!(
            o,
            "*{} {}.*\n",
            t(lang, "Thời hạn gửi báo cáo:", "Due by:"),
            day(lang, due)
        );
    }
    let to: Vec<&str> = report.recipients.iter().map(|r| r.name.get(lang)).collect();
    let _ = writeln!(o, "{} {}.\n", t(lang, "Kính gửi:", "To:"), to.join("; "));

    // I. Results.
    let _ = writeln!(o, "### {}\n", t(lang, "I. KẾT QUẢ THỰC HIỆN", "I. RESULTS"));
    let _ = writeln!(
        o,
        "**{}**\n",
        t(
            lang,
            "1. Theo dõi, phát hiện",
            "1. Monitoring and detection"
        )
    );
    let _ = writeln!(
        o,
        "- {}: {} ({}: {}; {}: {}).",
        t(lang, "Tổng số vụ việc trong kỳ", "Cases in the window"),
        f.total,
        t(lang, "phát hiện mới", "newly detected"),
        f.new,
        t(lang, "chuyển tiếp từ kỳ trước", "carried over"),
        f.carried_over
    );
    let _ = writeln!(
        o,
        "- {}: {}.",
        t(lang, "Theo nguồn phát hiện", "By detection source"),
        tally(lang, &f.by_detection_source, |k| k.label())
    );
    let _ = writeln!(
        o,
        "- {}: {}.",
        t(lang, "Theo loại nền tảng", "By platform kind"),
        tally(lang, &f.by_platform_kind, |k| k.label())
    );
    let _ = writeln!(
        o,
        "- {}: {}.\n",
        t(lang, "Theo lĩnh vực", "By topic"),
        tally(lang, &f.by_topic, |k| k.label())
    );

    let _ = writeln!(
        o,
        "**{}**\n",
        t(
            lang,
            "2. Kiểm tra, xác minh, kết luận",
            "2. Verification and conclusions"
        )
    );
    let _ = writeln!(
        o,
        "- {}: {}.",
        t(lang, "Kết luận trong kỳ", "Conclusions in the window"),
        tally(lang, &f.by_verdict, |k| k.label())
    );
    if f.by_ground.is_empty() {
        let _ = writeln!(o, "- {}: —.", t(lang, "Căn cứ pháp lý", "Legal grounds"));
    } else {
        let _ = writeln!(
            o,
            "- {}:",
            t(
                lang,
                "Căn cứ pháp lý (gộp với quy định kế thừa)",
                "Legal grounds (grouped with their successors)"
            )
        );
        for g in &f.by_ground {
            let cites: Vec<String> = g.citations.iter().map(|c| cite(lang, c)).collect();
            let _ = writeln!(
                o,
                "  - {} ({}): {} {}",
                g.label.get(lang),
                cites.join("; "),
                g.cases,
                t(lang, "vụ việc", "case(s)")
            );
        }
    }
    o.push('\n');

    let _ = writeln!(o, "**{}**\n", t(lang, "3. Xử lý", "3. Handling"));
    let _ = writeln!(
        o,
        "- {}: {}.",
        t(lang, "Biện pháp xử lý đã giao", "Actions assigned"),
        tally(lang, &f.actions_by_kind, |k| k.label())
    );
    let _ = writeln!(
        o,
        "- {}: {}.",
        t(lang, "Kết quả xử lý đã báo cáo", "Results reported"),
        tally(lang, &f.outcomes, |k| k.label())
    );
    let _ = writeln!(
        o,
        "- {}: {}.",
        t(lang, "Trễ thời hạn xử lý", "Deadlines missed"),
        f.deadlines_missed.len()
    );
    for m in &f.deadlines_missed {
        let _ = writeln!(
            o,
            "  - {} {}, {} ({}): {} {} ({}h{}).",
            m.case,
            m.action,
            m.kind.label().get(lang),
            m.assignee_name.get(lang),
            t(lang, "hạn", "due"),
            instant(lang, m.due),
            m.hours,
            m.provision
                .as_ref()
                .map(|c| format!(", {}", cite(lang, c)))
                .unwrap_or_default()
        );
    }
    o.push('\n');

    let _ = writeln!(
        o,
        "**{}**\n",
        t(
            lang,
            "4. Thông tin kết quả xử lý, kết thúc vụ việc",
            "4. Publication and closing"
        )
    );
    let _ = writeln!(
        o,
        "- {}: {}.",
        t(
            lang,
            "Vụ việc được đưa tin kết quả xử lý",
            "Cases with results published"
        ),
        f.published
    );
    let dismissed: u32 = f.dismissed.values().sum();
    let _ = writeln!(
        o,
        "- {}: {} ({}).",
        t(lang, "Vụ việc bị loại", "Cases dismissed"),
        dismissed,
        tally(lang, &f.dismissed, |k| k.label())
    );
    let _ = writeln!(
        o,
        "- {}: {}.",
        t(lang, "Vụ việc đã kết thúc", "Cases closed"),
        f.closed
    );
    let _ = writeln!(
        o,
        "- {}: {}.",
        t(
            lang,
            "Vụ việc còn đang xử lý cuối kỳ",
            "Cases open at the end of the window"
        ),
        f.open_at_end
    );
    let _ = writeln!(
        o,
        "- {}: {}.\n",
        t(
            lang,
            "Tình trạng cuối kỳ",
            "Status at the end of the window"
        ),
        tally(lang, &f.by_status, |k| k.label())
    );

    let _ = writeln!(
        o,
        "**{}**\n",
        t(lang, "5. Các hoạt động khác", "5. Other work")
    );
    let _ = writeln!(
        o,
        "- {}: {} ({}).\n",
        t(lang, "Tổng số", "Total"),
        report.work.total,
        tally(lang, &report.work.by_kind, |k| k.label())
    );

    let _ = writeln!(
        o,
        "**{}**\n",
        match report.level {
            ReportLevel::Consolidated => t(
                lang,
                "6. Số liệu theo cơ quan, đơn vị",
                "6. Figures by body"
            ),
            ReportLevel::Body => t(
                lang,
                "6. Số liệu của cơ quan, đơn vị",
                "6. The body's own figures"
            ),
        }
    );
    body_table(&mut o, lang, &report.per_body);
    let involved: Vec<&str> = report
        .bodies_involved
        .iter()
        .map(|b| b.name.get(lang))
        .collect();
    let _ = writeln!(
        o,
        "**{}**\n\n{}\n",
        t(
            lang,
            "7. Cơ quan, đơn vị tham gia phối hợp",
            "7. Bodies involved"
        ),
        if involved.is_empty() {
            "—".to_string()
        } else {
            involved.join("; ") + "."
        }
    );

    let _ = writeln!(
        o,
        "### {}\n",
        t(
            lang,
            "II. KHÓ KHĂN, VƯỚNG MẮC",
            "II. DIFFICULTIES AND OBSTACLES"
        )
    );
    list(&mut o, lang, &report.difficulties);
    let _ = writeln!(
        o,
        "### {}\n",
        t(
            lang,
            "III. ĐỀ XUẤT, KIẾN NGHỊ",
            "III. PROPOSALS AND RECOMMENDATIONS"
        )
    );
    list(&mut o, lang, &report.proposals);

    let mut notes = vec![match lang {
        Lang::Vi => "Số liệu tính theo thời điểm sự việc trong kỳ: vụ việc phát hiện trong kỳ là vụ việc mới; vụ việc phát hiện trước kỳ và chưa kết thúc khi bắt đầu kỳ là vụ việc chuyển tiếp; sự việc ngoài kỳ không được tính.".to_string(),
        Lang::En => "Figures count facts dated within the window: cases detected in it are new; cases detected earlier and still open when it began are carried over; nothing dated outside the window is counted.".to_string(),
    }];
    notes.extend(report.warnings.iter().map(|w| w.get(lang).to_string()));
    let _ = writeln!(o, "*{}*\n", t(lang, "Ghi chú:", "Notes:"));
    for n in notes {
        let _ = writeln!(o, "- *{n}*");
    }
    o.push('\n');

    // Recipients and signature block.
    let mut recv = vec![t(lang, "- Như trên;", "- As above;")];
    recv.push(t(lang, "- Lưu: VT.", "- Filed: archives."));
    let _ = writeln!(
        o,
        "| **{}**<br>{} | **{}**<br>*{}*<br><br><br>{} |\n|:---|:---:|",
        t(lang, "Nơi nhận:", "Recipients:"),
        recv.join("<br>"),
        t(lang, "THỦ TRƯỞNG CƠ QUAN", "HEAD OF THE BODY"),
        t(
            lang,
            "(Ký, ghi rõ họ tên, đóng dấu)",
            "(signature, full name, seal)"
        ),
        t(lang, "…………………", "…………………")
    );
    o
}
