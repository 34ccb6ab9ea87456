//! The DOCX files opened by another program: LibreOffice (headless) converts the periodic report
//! and a removal request to PDF; `pdfinfo` and `pdftotext` (poppler) then check the page size,
//! the page count and the text of each page — the header and motto on the first page, the
//! signature block and "Nơi nhận" on the last.
//!
//! Needs `soffice` (Debian `libreoffice-writer`) and `pdfinfo`/`pdftotext` (`poppler-utils`):
//! scripts/test.sh installs them and sets `QUYCHE_REQUIRE_LIBREOFFICE=1`, under which a missing
//! program fails the test; elsewhere the test says it was skipped.
#![allow(clippy::result_large_err)]

mod common;

use common::{HANDLE, closed, regulation};
use quyche::report::{DocumentOptions, Window, compile_report, document, removal_notice};
use quyche::text::Lang;
use std::path::{Path, PathBuf};
use std::process::Command;

fn have(program: &str) -> bool {
    Command::new(program).arg("--version").output().is_ok()
}

fn tools() -> bool {
    let ok = have("soffice") && have("pdfinfo") && have("pdftotext");
    if !ok {
        assert!(
            std::env::var_os("QUYCHE_REQUIRE_LIBREOFFICE").is_none(),
            "soffice, pdfinfo and pdftotext are required (QUYCHE_REQUIRE_LIBREOFFICE is set)"
        );
        eprintln!("skipped: soffice, pdfinfo or pdftotext not installed");
    }
    ok
}

/// `docx` written to a fresh directory as `name.docx`, converted to PDF; the PDF's path.
fn to_pdf(name: &str, docx: &[u8]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("lo-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join(format!("{name}.docx"));
    std::fs::write(&input, docx).unwrap();
    // Its own profile: no lock shared with another LibreOffice running on the machine.
    let profile = format!(
        "-env:UserInstallation=file://{}",
        dir.join("profile").display()
    );
    let out = Command::new("soffice")
        .args([
            profile.as_str(),
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(&dir)
        .arg(&input)
        .output()
        .unwrap();
    let pdf = dir.join(format!("{name}.pdf"));
    assert!(
        pdf.exists(),
        "soffice: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    pdf
}

fn info(pdf: &Path) -> (u32, String) {
    let out = Command::new("pdfinfo").arg(pdf).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let field = |k: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(k))
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    };
    (field("Pages:").parse().unwrap(), field("Page size:"))
}

/// The text of page `page` (1-based), with runs of spaces made single.
fn page_text(pdf: &Path, page: u32) -> String {
    let p = page.to_string();
    let out = Command::new("pdftotext")
        .args(["-f", &p, "-l", &p, "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_report_opens_in_libreoffice_on_a4_with_the_layout_of_the_decree() {
    if !tools() {
        return;
    }
    let reg = regulation();
    let cases = vec![closed(&reg)];
    let w = Window::new("2026-06-15".parse().unwrap(), "2026-12-14".parse().unwrap()).unwrap();
    let report = compile_report(&reg, &cases, w, &quyche::org::BodyId::new("so-vhttdl")).unwrap();
    let doc = document(
        &reg,
        &report,
        DocumentOptions {
            lang: Lang::Vi,
            annex: false,
        },
    );
    let doc = quyche_docs::docx::dated(
        &doc,
        reg.province.get(Lang::Vi),
        "2026-12-16".parse().unwrap(),
    );
    let pdf = to_pdf("report", &quyche_docs::report_docx(&doc).unwrap());
    let (pages, size) = info(&pdf);
    assert!(size.contains("(A4)"), "{size}");
    // One closed case, its figures and the per-body table: two or three pages, not one per block.
    assert!((2..=3).contains(&pages), "{pages} pages");
    let first = page_text(&pdf, 1);
    for want in [
        doc.parent.as_deref().unwrap(),
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Khánh Hòa, ngày 16 tháng 12 năm 2026",
        "BÁO CÁO",
        "Kính gửi",
        "I. KẾT QUẢ THỰC HIỆN",
    ] {
        assert!(first.contains(want), "page 1 lacks {want:?}: {first}");
    }
    // The header comes before the title, the title before "Kính gửi".
    let pos = |s: &str| first.find(s).unwrap();
    assert!(pos("CỘNG HÒA") < pos("BÁO CÁO") && pos("BÁO CÁO") < pos("Kính gửi"));
    let last = page_text(&pdf, pages);
    assert!(last.contains("Nơi nhận:"), "{last}");
    assert!(last.contains(&doc.signature.title), "{last}");
    let all: String = (1..=pages)
        .map(|p| page_text(&pdf, p))
        .collect::<Vec<_>>()
        .join(" ");
    for s in &doc.sections {
        assert!(all.contains(&s.heading), "{}", s.heading);
    }
    assert!(!all.contains(HANDLE));
}

#[test]
fn the_removal_request_opens_in_libreoffice_as_one_letter() {
    if !tools() {
        return;
    }
    let reg = regulation();
    let c = closed(&reg);
    let n = removal_notice(&reg, &c, "R1").unwrap();
    let bytes = quyche_docs::removal_request_docx(&n, DocumentOptions::default()).unwrap();
    let pdf = to_pdf("removal", &bytes);
    let (pages, size) = info(&pdf);
    assert!(size.contains("(A4)"), "{size}");
    // The letter of this case fits on one page, signature included.
    assert_eq!(pages, 1);
    let all: String = (1..=pages)
        .map(|p| page_text(&pdf, p))
        .collect::<Vec<_>>()
        .join(" ");
    for want in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Kính gửi",
        "https://facebook.com/p/1",
        "Nơi nhận:",
    ] {
        assert!(all.contains(want), "{want:?} not in {all}");
    }
    let g = &n.legal_grounds[0].provision.text.vi;
    assert!(all.contains(g.as_str()), "{g} not in {all}");
    let d = n.deadline.as_ref().unwrap();
    assert!(
        all.contains(d.set_by.vi.as_str()),
        "{} not in {all}",
        d.set_by.vi
    );
    assert!(!all.contains(HANDLE));
}
