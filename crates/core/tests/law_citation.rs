//! Citations: formatting in Vietnamese and English, parsing free text in every form the
//! province's documents use (legal/README.md header: NFC or NFD, with or without diacritics),
//! and a round trip through every catalogued provision.

use quyche::law::{Citation, Point};
use quyche::{ErrorCode, Regulation};
use unicode_normalization::UnicodeNormalization;

fn reg() -> &'static Regulation {
    Regulation::khanh_hoa_ref()
}

fn p(s: &str) -> Citation {
    Citation::parse(s).unwrap_or_else(|e| panic!("`{s}`: {e} / {:?}", e.help))
}

fn anm18_8_1() -> Citation {
    Citation::article("24/2018/QH14", 8).clause(1)
}

/// Folds like `text::fold` but keeps the d/đ distinction by writing đ as "dd" in the point
/// (and inserted-article) letter, the documented ASCII convention.
fn ascii(c: &Citation) -> String {
    c.vi_ascii(reg())
}

#[test]
fn formats_the_ground_of_dieu_2_2_b_in_vietnamese_and_english() {
    let c = anm18_8_1().point(Point::Dd);
    assert_eq!(c.vi(reg()), "điểm đ khoản 1 Điều 8 Luật An ninh mạng 2018");
    assert_eq!(c.en(reg()), "Art. 8(1)(đ), Cybersecurity Law 2018");
    assert_eq!(
        c.to_string(),
        "điểm đ khoản 1 Điều 8 Luật An ninh mạng 2018"
    );
}

#[test]
fn formats_sub_items_of_dieu_7_1_a_and_inserted_articles() {
    let c = Citation::article("2086/QĐ-UBND", 7)
        .clause(1)
        .point(Point::A)
        .item(2);
    assert_eq!(
        c.vi(reg()),
        "ý thứ 2 điểm a khoản 1 Điều 7 Quy chế 2086/QĐ-UBND"
    );
    assert_eq!(c.en(reg()), "Art. 7(1)(a)(2), Regulation 2086/QĐ-UBND");
    let d = Citation::article("72/2013/NĐ-CP", 23)
        .suffix(Point::D)
        .clause(1)
        .point(Point::C);
    assert_eq!(
        d.vi(reg()),
        "điểm c khoản 1 Điều 23d Nghị định 72/2013/NĐ-CP"
    );
    assert_eq!(d.en(reg()), "Art. 23d(1)(c), Decree 72/2013/NĐ-CP");
}

#[test]
fn unknown_instrument_is_formatted_by_its_number() {
    let c = Citation::article("99/2099/NĐ-CP", 4).clause(2);
    assert_eq!(c.vi(reg()), "khoản 2 Điều 4 99/2099/NĐ-CP");
    assert_eq!(c.en(reg()), "Art. 4(2), 99/2099/NĐ-CP");
}

#[test]
fn parses_case_diacritics_and_normal_forms_alike() {
    let want = anm18_8_1().point(Point::Dd);
    for s in [
        "điểm đ khoản 1 Điều 8 Luật An ninh mạng 2018",
        "ĐIỂM Đ KHOẢN 1 ĐIỀU 8 LUẬT AN NINH MẠNG 2018",
        "diem dd khoan 1 dieu 8 luat an ninh mang 2018",
        "diem đ khoan 1 dieu 8 luat an ninh mang nam 2018",
        "Điểm đ khoản 1 Điều 8 Luật ANM 2018",
        "điểm đ khoản 1 Điều 8 Luật An ninh mạng số 24/2018/QH14",
        "điểm đ khoản 1 Điều 8 24/2018/QH14",
        "Art. 8(1)(đ), Cybersecurity Law 2018",
        "Article 8(1)(dd) of the Cybersecurity Law 2018",
        "Luật An ninh mạng 2018 Điều 8 khoản 1 điểm đ",
        "Điều 8.1.đ Luật An ninh mạng 2018",
        "theo điểm đ, khoản 1, Điều 8 của Luật An ninh mạng năm 2018.",
    ] {
        assert_eq!(p(s), want, "{s}");
        let nfd: String = s.nfd().collect();
        assert_eq!(p(&nfd), want, "NFD {s}");
    }
}

#[test]
fn plain_d_without_diacritics_is_point_d_not_dd() {
    // Documented rule: "d" is d; "dd" or "đ" is đ.
    assert_eq!(
        p("DIEM D KHOAN 1 DIEU 8 LUAT AN NINH MANG 2018"),
        anm18_8_1().point(Point::D)
    );
    assert_eq!(
        p("DIEM DD KHOAN 1 DIEU 8 LUAT AN NINH MANG 2018"),
        anm18_8_1().point(Point::Dd)
    );
    assert_eq!(
        p("ĐIỂM Đ KHOẢN 1 ĐIỀU 8 LUẬT AN NINH MẠNG 2018"),
        anm18_8_1().point(Point::Dd)
    );
}

#[test]
fn parses_decree_numbers_with_or_without_diacritics_and_suffix() {
    let want = Citation::article("72/2013/NĐ-CP", 5);
    for s in [
        "Điều 5 Nghị định số 72/2013/NĐ-CP",
        "Điều 5 Nghị định 72/2013/ND-CP",
        "Điều 5 72/2013/NĐ-CP",
        "Điều 5 Nghị định 72/2013",
        "Điều 5 NĐ 72/2013",
        "dieu 5 nghi dinh so 72/2013/nd-cp",
        "Art. 5, Decree 72/2013/NĐ-CP",
        "Article 5 of Decree No. 72/2013/ND-CP",
        // As the regulation itself cites it (Điều 2.2.c), with the signing date.
        "Điều 5 của Nghị định số 72/2013/NĐ-CP ngày 15/7/2013",
    ] {
        assert_eq!(p(s), want, "{s}");
    }
}

#[test]
fn parses_the_order_used_by_the_legal_pack_for_time_limits() {
    assert_eq!(
        p("Luật An ninh mạng 2018 Điều 26 khoản 2 điểm b"),
        Citation::article("24/2018/QH14", 26)
            .clause(2)
            .point(Point::B)
    );
    assert_eq!(
        p("NĐ 09/2017 Điều 6 khoản 3 điểm a"),
        Citation::article("09/2017/NĐ-CP", 6)
            .clause(3)
            .point(Point::A)
    );
    assert_eq!(
        p("Luật Báo chí 2016 Điều 42.5"),
        Citation::article("103/2016/QH13", 42).clause(5)
    );
    assert_eq!(
        p("Điều 2 khoản 2 điểm a Quy chế 2086"),
        Citation::article("2086/QĐ-UBND", 2)
            .clause(2)
            .point(Point::A)
    );
    assert_eq!(
        p("NĐ 72/2013 Điều 23d khoản 1 điểm c"),
        Citation::article("72/2013/NĐ-CP", 23)
            .suffix(Point::D)
            .clause(1)
            .point(Point::C)
    );
    assert_eq!(
        p("Art. 7(1)(a)(2), Regulation 2086/QĐ-UBND"),
        Citation::article("2086/QĐ-UBND", 7)
            .clause(1)
            .point(Point::A)
            .item(2)
    );
}

#[test]
fn find_all_reads_the_three_grounds_out_of_free_text() {
    let text = "Thông tin vi phạm: a) Điều 9 của Luật Báo chí năm 2016; b) Khoản 1, Điều 8 của \
                Luật An ninh mạng 2018; c) Điều 5 của Nghị định số 72/2013/NĐ-CP ngày 15/7/2013. \
                Tại thời điểm 2020, điểm nóng là mạng xã hội; xem Art. 7(1)(đ), Cybersecurity Law 2025.";
    let found = Citation::find_all(text, reg());
    assert_eq!(
        found,
        vec![
            Citation::article("103/2016/QH13", 9),
            anm18_8_1(),
            Citation::article("72/2013/NĐ-CP", 5),
            Citation::article("116/2025/QH15", 7)
                .clause(1)
                .point(Point::Dd),
        ]
    );
    assert!(Citation::find_all("", reg()).is_empty());
    assert!(Citation::find_all("điều kiện khoản tiền điểm nóng", reg()).is_empty());
}

fn err(s: &str) -> quyche::Error {
    match Citation::parse(s) {
        Ok(c) => panic!("`{s}` should fail, got {c:?}"),
        Err(e) => e,
    }
}

#[test]
fn malformed_text_is_a_citation_parse_error_with_help_in_both_languages() {
    for s in [
        "",
        "   ",
        "hello world",
        "Điều",
        "Điều 8",
        "khoản 1 Luật An ninh mạng 2018",
        "điểm z khoản 1 Điều 8 Luật An ninh mạng 2018",
        "Điều 0 Luật An ninh mạng 2018",
        "Điều 70000 Luật An ninh mạng 2018",
        "Điều 99999999999999999999999999 Luật An ninh mạng 2018",
        "ý thứ 300 điểm a khoản 1 Điều 7 Quy chế 2086",
        "khoản 1 khoản 2 Điều 8 Luật An ninh mạng 2018",
        "khoản 1 Điều 8 điểm a Luật An ninh mạng 2018",
        "Điều 8 Luật An ninh mạng 2018 và còn nữa",
    ] {
        let e = err(s);
        assert_eq!(e.code, ErrorCode::CitationParse, "`{s}`: {e}");
        assert_eq!(e.path.as_deref(), Some(""), "`{s}`");
        // The help shows the form of a citation (it names no instrument: the catalogue is data).
        assert!(
            e.help.as_deref().is_some_and(|h| h.contains("Điều <n>")),
            "`{s}` help"
        );
        assert!(
            e.help_vi
                .as_deref()
                .is_some_and(|h| h.contains("Điều <số>")),
            "`{s}` help_vi"
        );
        assert!(!e.message_vi.is_empty(), "`{s}`");
    }
}

#[test]
fn an_unknown_or_ambiguous_instrument_is_unknown_instrument() {
    let e = err("Điều 8 Luật Không Có 2018");
    assert_eq!(e.code, ErrorCode::UnknownInstrument);
    assert!(e.message.contains("Luật Không Có 2018"), "{}", e.message);
    let e = err("Điều 5 Nghị định 99/2099/NĐ-CP");
    assert_eq!(e.code, ErrorCode::UnknownInstrument);
    // The regulation cites "Luật An ninh mạng" without a year: two laws fit.
    let e = err("khoản 1 Điều 8 Luật An ninh mạng");
    assert_eq!(e.code, ErrorCode::UnknownInstrument);
    assert!(
        e.message.contains("Luật An ninh mạng 2018")
            && e.message.contains("Luật An ninh mạng 2025")
    );
    assert_eq!(e.path.as_deref(), Some(""));
}

#[test]
fn huge_and_hostile_inputs_never_panic() {
    let big = "Điều 8 ".repeat(20_000);
    assert!(Citation::parse(&big).is_err());
    assert!(Citation::find_all(&big, reg()).is_empty());
    let many = "điểm đ khoản 1 Điều 8 Luật An ninh mạng 2018, ".repeat(2_000);
    assert_eq!(Citation::find_all(&many, reg()).len(), 2_000);
    for s in [
        "((((((",
        "Art. 8(",
        "Art. 8(1)(",
        "Điều 8(item)",
        "72/",
        "/////",
        "Điều 5 72/2013/",
        "\u{0300}\u{0301}",
        "điểm",
        "ý thứ",
        "Điều 8.",
        "Điều 8.1.",
        "Art.",
        "\0\u{FFFF}",
    ] {
        let _ = Citation::parse(s);
        let _ = Citation::find_all(s, reg());
    }
}

#[test]
fn every_catalogued_provision_round_trips_through_vi_en_ascii_and_nfd() {
    let all = reg().catalogue.all_provisions();
    assert!(all.len() > 100, "catalogue too small: {}", all.len());
    for prov in all {
        let c = &prov.citation;
        let vi = c.vi(reg());
        let en = c.en(reg());
        assert_eq!(&p(&vi), c, "vi {vi}");
        assert_eq!(&p(&en), c, "en {en}");
        assert_eq!(&p(&ascii(c)), c, "ascii {}", ascii(c));
        assert_eq!(&p(&vi.nfd().collect::<String>()), c, "nfd {vi}");
        assert_eq!(&p(&en.to_uppercase()), c, "upper {en}");
        if c.point != Some(Point::Dd) && c.article_suffix != Some(Point::Dd) {
            assert_eq!(&p(&quyche::text::fold(&vi)), c, "fold {vi}");
        }
        // The same citation is found inside a sentence.
        let text = format!("Căn cứ {vi}, và {en}.");
        assert_eq!(
            Citation::find_all(&text, reg()),
            vec![c.clone(), c.clone()],
            "{text}"
        );
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    #[test]
    fn parsing_arbitrary_text_never_panics(s in "\\PC{0,80}") {
        let _ = Citation::parse(&s);
        let _ = Citation::find_all(&s, reg());
    }

    #[test]
    fn citation_shaped_noise_never_panics(
        parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "điểm", "đ", "dd", "d", "khoản", "Điều", "ý", "thứ", "Art.", "(", ")", "1", "0",
                "99999999999", "70000", "23d", ".", ",", "của", "Luật An ninh mạng", "2018",
                "72/2013/", "NĐ-CP", "năm", "số", "item", "Quy chế 2086", "\u{0301}",
            ]),
            0..16,
        ),
        glue in proptest::bool::ANY,
    ) {
        let s = parts.join(if glue { "" } else { " " });
        let _ = Citation::parse(&s);
        let _ = Citation::find_all(&s, reg());
    }
}
