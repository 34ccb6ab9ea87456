//! Sections 1–3 of the walkthrough: structure, matrix, grounds.

use chrono::NaiveDate;
use quyche::Regulation;
use quyche::org::RoleId;

/// Chapters and articles, with reconstructed headings flagged.
pub fn structure(reg: &Regulation) {
    let mark = |r: bool| {
        if r {
            " [tiêu đề dựng lại / reconstructed heading]"
        } else {
            ""
        }
    };
    for ch in &reg.chapters {
        println!(
            "Chương {} — {}{}",
            ch.number,
            ch.heading.vi,
            mark(ch.reconstructed)
        );
        println!("  Chapter {} — {}", ch.number, ch.heading.en);
        for a in &ch.articles {
            println!(
                "  Điều {}. {}{}",
                a.number,
                a.heading.vi,
                mark(a.reconstructed)
            );
            println!("     Art. {}. {}", a.number, a.heading.en);
        }
    }
}

/// The duties of one role, with citations and obligation.
pub fn matrix(reg: &Regulation, role: &RoleId) {
    let Some(r) = reg.role(role) else { return };
    let obligation = match r.obligation {
        quyche::org::Obligation::Mandatory => "bắt buộc / mandatory",
        quyche::org::Obligation::Requested => "đề nghị / requested",
        _ => "khác / other",
    };
    println!(
        "{} / {} — nghĩa vụ / obligation: {obligation}",
        r.label.vi, r.label.en
    );
    for d in reg.duties_of(role) {
        let how = d.participation.label();
        let act = reg.matrix.activity(&d.activity).map_or_else(
            || quyche::Label::new(d.activity.as_str(), d.activity.as_str()),
            |a| a.label.clone(),
        );
        println!("- [{}] {}", d.citation.vi(reg), d.label.vi);
        println!("  [{}] {}", d.citation.en(reg), d.label.en);
        println!("  {} / {} · {} / {}", how.vi, how.en, act.vi, act.en);
    }
}

/// The grounds in force for content published on `day`.
pub fn grounds(reg: &Regulation, day: NaiveDate) {
    println!("\nĐăng tải ngày / Published on {day}:");
    for g in reg.grounds_in_force(day) {
        let origin = match g.origin {
            quyche::law::GroundOrigin::Regulation { .. } => "nêu tại Điều 2.2 / named by Art. 2.2",
            quyche::law::GroundOrigin::Successor { .. } => {
                "kế thừa — cách hiểu / successor — interpretation"
            }
            _ => "khác / other",
        };
        println!(
            "- {} (mức / status {}; {origin})",
            g.citation.vi(reg),
            g.status.code()
        );
        println!("  {}", g.citation.en(reg));
    }
    let repealed: Vec<_> = reg
        .catalogue
        .grounds
        .iter()
        .filter(|g| g.kind == quyche::law::GroundKind::Harm)
        .filter(|g| g.in_force.to.is_some_and(|t| t < day))
        .collect();
    for g in repealed {
        for s in reg.catalogue.successor_of(&g.citation) {
            let to = s.citation.as_ref().map_or_else(
                || {
                    format!(
                        "{} (chưa xác định điều / article unidentified)",
                        s.instrument
                    )
                },
                |c| c.vi(reg),
            );
            println!(
                "  ✗ {} hết hiệu lực → {} từ / from {} (mức / status {})",
                g.citation.vi(reg),
                to,
                s.from,
                s.status.code()
            );
        }
    }
}
