//! `docs/law-map.md` is generated from the built-in regulation's data and the conformance
//! scenarios; this test fails when it is stale, or when a provision of an operative article has
//! nothing implementing it. `QUYCHE_BLESS=1 cargo test -p quyche --test law_map` rewrites it.

use quyche::Regulation;
use quyche::law::Citation;
use std::path::PathBuf;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The built-in regulation's scenarios and the provisions each cites (`cites`: short forms such
/// as `7.1.a(4)`, relative to the regulation).
fn scenarios(reg: &Regulation) -> Vec<(String, Vec<Citation>)> {
    let mut out = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo().join("tests/conformance"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    for f in files {
        let sc: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
        if sc.get("regulation").is_some() {
            continue;
        }
        let cites = sc["cites"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                let key = format!("{}:{}", reg.instrument, c.as_str().unwrap());
                Citation::from_key(&key)
                    .unwrap_or_else(|| panic!("{}: bad citation {key}", f.display()))
            })
            .collect();
        out.push((sc["name"].as_str().unwrap().to_string(), cites));
    }
    out
}

#[test]
fn law_map_is_fresh_and_complete() {
    let reg = Regulation::khanh_hoa_ref();
    let sc = scenarios(reg);
    let text = reg.law_map_markdown(&sc);
    let path = repo().join("docs/law-map.md");
    if std::env::var("QUYCHE_BLESS").is_ok() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &text).unwrap();
    }
    let missing = reg.unimplemented(&reg.law_map(&sc));
    assert!(
        missing.is_empty(),
        "provisions of operative articles with nothing implementing them: {:?}",
        missing.iter().map(|c| c.key()).collect::<Vec<_>>()
    );
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == text,
        "docs/law-map.md is stale: run QUYCHE_BLESS=1 cargo test -p quyche --test law_map"
    );
}

#[test]
fn every_scenario_citation_is_a_provision_of_the_regulation() {
    let reg = Regulation::khanh_hoa_ref();
    for (name, cites) in scenarios(reg) {
        for c in cites {
            assert!(
                reg.catalogue.provision(&c).is_some(),
                "{name}: {} is not a provision of the regulation",
                c.key()
            );
        }
    }
}

/// `docs/interpretations.md` lists every reading of the data and every row flagged as an
/// interpretation; every reading names the provisions it reads, and every flagged row its note.
#[test]
fn interpretations_page_is_fresh_and_every_reading_is_grounded() {
    let reg = Regulation::khanh_hoa_ref();
    let text = reg.interpretations_markdown();
    let path = repo().join("docs/interpretations.md");
    if std::env::var("QUYCHE_BLESS").is_ok() {
        std::fs::write(&path, &text).unwrap();
    }
    for x in &reg.interpretations {
        assert!(
            !x.provisions.is_empty(),
            "reading `{}` names no provision",
            x.id
        );
        for c in &x.provisions {
            assert!(
                reg.catalogue.provision(c).is_some(),
                "{}: {}",
                x.id,
                c.key()
            );
        }
    }
    let rows = reg.interpretation_rows();
    assert!(rows.len() >= 5, "only {} flagged rows", rows.len());
    for r in &rows {
        assert!(
            r.note.is_some(),
            "{}: an interpretation without a note",
            r.pointer
        );
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == text,
        "docs/interpretations.md is stale: run QUYCHE_BLESS=1 cargo test -p quyche --test law_map"
    );
}
