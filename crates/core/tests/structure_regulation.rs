//! The regulation's own structure: 3 chapters, 9 articles (Điều 1 of the decision), headings
//! flagged when reconstructed, and the provision tree of Điều 1–9.

use quyche::Regulation;
use quyche::law::{Citation, Point, Provision, Status};

const I: &str = "2086/QĐ-UBND";

fn reg() -> &'static Regulation {
    Regulation::khanh_hoa_ref()
}

fn article(n: u16) -> &'static Provision {
    reg()
        .catalogue
        .provisions
        .iter()
        .find(|p| p.citation == Citation::article(I, n))
        .unwrap_or_else(|| panic!("Điều {n} of the regulation is missing from the provisions"))
}

#[test]
fn decision_article_1_three_chapters_nine_articles() {
    let ch = &reg().chapters;
    assert_eq!(ch.len(), 3, "Điều 1 of the decision: 03 Chương");
    let numbers: Vec<u16> = ch
        .iter()
        .flat_map(|c| c.articles.iter().map(|a| a.number))
        .collect();
    assert_eq!(numbers, (1..=9).collect::<Vec<_>>(), "09 Điều, in order");
    assert_eq!(
        ch.iter().map(|c| c.number.as_str()).collect::<Vec<_>>(),
        ["I", "II", "III"]
    );
    assert_eq!(ch[0].articles.len(), 5, "Chương I holds Điều 1–5");
    assert_eq!(ch[1].articles.len(), 2, "Chương II holds Điều 6–7");
    assert_eq!(ch[2].articles.len(), 2, "Chương III holds Điều 8–9");
}

#[test]
fn only_headings_read_in_the_text_are_unflagged() {
    // Read in the text: Chương II's heading (line 50) and Điều 1's heading (line 30). Every
    // other heading was lost in the copy and is reconstructed (regulation/README.md).
    let ch = &reg().chapters;
    assert!(ch[0].reconstructed, "Chương I heading is reconstructed");
    assert!(
        !ch[1].reconstructed,
        "Chương II heading is read in the text"
    );
    assert!(ch[2].reconstructed, "Chương III heading is reconstructed");
    for a in ch.iter().flat_map(|c| &c.articles) {
        assert_eq!(
            a.reconstructed,
            a.number != 1,
            "Điều {}: only Điều 1's heading appears in the copy",
            a.number
        );
        assert!(!a.heading.vi.is_empty() && !a.heading.en.is_empty());
        assert!(!a.summary.vi.is_empty() && !a.summary.en.is_empty());
    }
    assert_eq!(
        ch[0].articles[0].heading.vi,
        "Phạm vi điều chỉnh và đối tượng áp dụng"
    );
    assert_eq!(ch[1].heading.vi, "Nội dung và trách nhiệm phối hợp");
}

fn clause_count(n: u16) -> usize {
    article(n).children.len()
}

fn points(article_no: u16, clause: u16) -> Vec<Point> {
    article(article_no)
        .children
        .iter()
        .find(|c| c.citation.clause == Some(clause))
        .unwrap_or_else(|| panic!("khoản {clause} Điều {article_no} missing"))
        .children
        .iter()
        .filter_map(|p| p.citation.point)
        .collect()
}

#[test]
fn provision_tree_has_the_clauses_of_the_text() {
    let expected = [
        (1, 2),
        (2, 2),
        (3, 2),
        (4, 2),
        (5, 3),
        (6, 5),
        (7, 7),
        (8, 2),
        (9, 3),
    ];
    for (a, k) in expected {
        assert_eq!(clause_count(a), k, "Điều {a} has {k} khoản");
    }
    use Point::*;
    assert_eq!(
        points(2, 2),
        [A, B, C],
        "Điều 2.2 lists the three grounds a–c"
    );
    assert_eq!(
        points(5, 1),
        [A, B],
        "Điều 5.1: electronic or postal notice"
    );
    assert_eq!(
        points(5, 2),
        [A, B],
        "Điều 5.2: meeting or written consultation"
    );
    assert!(points(5, 3).is_empty());
    assert_eq!(points(7, 1), [A, B, C, D, Dd, E], "Điều 7.1 a–e incl. đ");
    assert_eq!(points(7, 2), [A, B]);
    assert_eq!(points(7, 3), [A, B, C, D, Dd, E], "Điều 7.3 a–e incl. đ");
    assert_eq!(points(7, 4), [A, B, C]);
    assert_eq!(points(7, 5), [A, B, C]);
    assert_eq!(points(7, 6), [A, B]);
    assert_eq!(points(7, 7), [A, B]);
    let a71a = &article(7).children[0].children[0];
    let items: Vec<Option<u8>> = a71a.children.iter().map(|c| c.citation.item).collect();
    assert_eq!(
        items,
        [Some(1), Some(2), Some(3), Some(4)],
        "Điều 7.1.a has four sub-items"
    );
}

#[test]
fn every_regulation_provision_is_confirmed_labelled_and_nfc() {
    for n in 1..=9 {
        for p in article(n).walk() {
            assert_eq!(p.citation.instrument.as_str(), I);
            assert_eq!(
                p.status,
                Status::Confirmed,
                "{} is read in the text",
                p.citation.key()
            );
            assert!(!p.label.vi.trim().is_empty() && !p.label.en.trim().is_empty());
            assert!(quyche::text::is_nfc(&p.label.vi), "{}", p.citation.key());
        }
    }
}

#[test]
fn children_lie_within_their_parents() {
    for n in 1..=9 {
        for p in article(n).walk() {
            for c in &p.children {
                assert!(c.citation.is_within(&p.citation) && c.citation != p.citation);
                assert_eq!(c.citation.parent().as_ref(), Some(&p.citation));
            }
        }
    }
}
