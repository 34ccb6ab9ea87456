//! ClaimReview JSON-LD of a published case (Điều 6.5: any participant announces the results on
//! its own channel), checked against the properties Google's fact-check documentation lists
//! (developers.google.com/search/docs/appearance/structured-data/factcheck):
//!
//! | Type | Required | Recommended |
//! |---|---|---|
//! | ClaimReview | `claimReviewed`, `reviewRating`, `url` | `author`, `datePublished`, `itemReviewed` |
//! | Claim | | `appearance`, `author`, `datePublished`, `firstAppearance` |
//! | Rating | `alternateName` | `bestRating`, `name`, `ratingValue`, `worstRating` |
//!
//! plus the JSON-LD rules Google applies: `@context` is schema.org, the root `@type` is
//! `ClaimReview`; a numeric rating lies between `worstRating` and `bestRating`. `Claim.author`
//! is deliberately absent: the author's handle is personal data (DESIGN.md).
#![allow(clippy::result_large_err)]

mod common;

use common::{HANDLE, case, closed, regulation};
use quyche::case::{Actor, Command};
use quyche::error::ErrorCode;
use quyche::report::published_finding;
use quyche::rules::GuardId;
use quyche::text::Lang;
use quyche::vocab::CommandKind;
use serde_json::Value;

/// The problems Google's fact-check tools would report for `r` (empty when none).
fn google_problems(r: &Value) -> Vec<String> {
    let mut p = Vec::new();
    let text = |v: &Value, path: &str| {
        v.pointer(path)
            .and_then(Value::as_str)
            .is_some_and(|s| !s.trim().is_empty())
    };
    if r["@context"] != "https://schema.org" {
        p.push("@context is not https://schema.org".into());
    }
    if r["@type"] != "ClaimReview" {
        p.push("@type is not ClaimReview".into());
    }
    for req in ["/claimReviewed", "/url", "/reviewRating/alternateName"] {
        if !text(r, req) {
            p.push(format!("required {req} missing"));
        }
    }
    if r["reviewRating"]["@type"] != "Rating" {
        p.push("reviewRating is not a Rating".into());
    }
    for rec in [
        "/author/name",
        "/datePublished",
        "/reviewRating/name",
        "/itemReviewed/datePublished",
        "/itemReviewed/appearance/url",
    ] {
        if !text(r, rec) {
            p.push(format!("recommended {rec} missing"));
        }
    }
    if r["author"]["@type"] != "Organization" {
        p.push("author is not an Organization".into());
    }
    if r["itemReviewed"]["@type"] != "Claim" {
        p.push("itemReviewed is not a Claim".into());
    }
    let n = |k: &str| r["reviewRating"][k].as_f64();
    match (n("worstRating"), n("ratingValue"), n("bestRating")) {
        (Some(w), Some(v), Some(b)) if w <= v && v <= b && w < b => {}
        other => p.push(format!("numeric rating out of its scale: {other:?}")),
    }
    for date in ["/datePublished", "/itemReviewed/datePublished"] {
        let d = r.pointer(date).and_then(Value::as_str).unwrap_or("");
        if chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_err() {
            p.push(format!("{date} is not an ISO 8601 date: {d:?}"));
        }
    }
    p
}

#[test]
fn a_published_case_gives_a_claim_review_google_accepts_in_both_languages() {
    let reg = regulation();
    let c = closed(&reg);
    let f = published_finding(&reg, &c).unwrap();
    for lang in [Lang::Vi, Lang::En] {
        let reviews = quyche_docs::claim_reviews(&f, lang);
        assert_eq!(reviews.len(), 1, "one online announcement, one review");
        let r = &reviews[0];
        assert_eq!(google_problems(r), Vec::<String>::new(), "{r:#}");
        // The claim is the content's neutral summary; the review is the announcement's page; the
        // content's address is where the claim appeared.
        assert_eq!(r["claimReviewed"], c.content.summary.as_str());
        assert_eq!(r["url"], "https://baokhanhhoa.vn/x");
        assert_eq!(
            r["itemReviewed"]["appearance"]["url"],
            "https://facebook.com/p/1"
        );
        assert_eq!(r["itemReviewed"]["datePublished"], "2026-08-03");
        assert_eq!(r["datePublished"], "2026-08-04");
        // The author is the announcing body, as named in the register on that day.
        let day = quyche::time::vn_date(&f.announcements[0].at);
        let name = reg
            .register
            .body_name(&quyche::org::BodyId::new("bao-khanh-hoa"), day);
        assert_eq!(r["author"]["name"], name.get(lang));
        assert_eq!(r["inLanguage"], if lang == Lang::Vi { "vi" } else { "en" });
    }
}

#[test]
fn the_rating_is_given_in_vietnamese_and_english() {
    let reg = regulation();
    let f = published_finding(&reg, &closed(&reg)).unwrap();
    let vi = &quyche_docs::claim_reviews(&f, Lang::Vi)[0]["reviewRating"];
    let en = &quyche_docs::claim_reviews(&f, Lang::En)[0]["reviewRating"];
    assert_eq!(vi["alternateName"], f.rating.label.vi.as_str());
    assert_eq!(en["alternateName"], f.rating.label.en.as_str());
    assert_ne!(vi["alternateName"], en["alternateName"]);
    // Each language's description carries the other language's words too.
    for d in [&vi["description"], &en["description"]] {
        let d = d.as_str().unwrap();
        assert!(
            d.contains(&f.rating.label.vi) && d.contains(&f.rating.label.en),
            "{d}"
        );
    }
    // A violating conclusion is at the bottom of the scale.
    assert_eq!(vi["ratingValue"], 1);
}

#[test]
fn the_review_cites_the_provisions_the_body_announced_under_from_the_data() {
    let reg = regulation();
    let f = published_finding(&reg, &closed(&reg)).unwrap();
    let row = reg
        .workflow
        .transition(CommandKind::PublishResults)
        .unwrap();
    let mut allowed: Vec<String> = row.citations.iter().map(|c| c.key()).collect();
    allowed.extend(
        row.by_role
            .iter()
            .flat_map(|r| r.citations.iter().map(|c| c.key())),
    );
    let r = &quyche_docs::claim_reviews(&f, Lang::Vi)[0];
    let cited: Vec<&str> = r["citation"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["legislationIdentifier"].as_str().unwrap())
        .collect();
    assert!(!cited.is_empty());
    for key in &cited {
        assert!(
            allowed.iter().any(|a| a == key),
            "{key} is not a provision of the publication row {allowed:?}"
        );
    }
    let keys: Vec<String> = f.announcements[0]
        .citations
        .iter()
        .map(|c| c.citation.key())
        .collect();
    assert_eq!(cited, keys);
}

#[test]
fn the_authors_handle_is_never_written() {
    let reg = regulation();
    let f = published_finding(&reg, &closed(&reg)).unwrap();
    for lang in [Lang::Vi, Lang::En] {
        let text = serde_json::to_string(&quyche_docs::claim_reviews(&f, lang)).unwrap();
        assert!(!text.contains(HANDLE), "{text}");
        assert!(!text.contains("\"author_handle\""));
    }
    assert!(
        quyche_docs::claim_reviews(&f, Lang::Vi)[0]["itemReviewed"]
            .get("author")
            .is_none()
    );
}

#[test]
fn a_confidential_case_is_refused_with_the_publication_guards_citations() {
    let reg = regulation();
    // Found to touch state secrets while being handled: nothing of it may be published.
    let mut c = case(&reg, 10);
    let mark = Command::from_json(r#"{"type":"mark_confidential"}"#).unwrap();
    c.apply(
        &reg,
        mark,
        &Actor::body("so-vhttdl"),
        common::at("2026-08-05T08:00:00+07:00"),
    )
    .unwrap();
    let e = published_finding(&reg, &c).unwrap_err();
    assert_eq!(e.code, ErrorCode::ConfidentialCase);
    let guard = reg
        .workflow
        .rows(CommandKind::PublishResults)
        .find_map(|t| t.guard(GuardId::NotConfidential))
        .unwrap();
    assert!(!guard.citations.is_empty());
    assert_eq!(e.citations, guard.citations);
}

#[test]
fn an_announcement_without_a_page_gives_no_review() {
    let reg = regulation();
    let mut f = published_finding(&reg, &closed(&reg)).unwrap();
    f.announcements[0].url = None;
    assert!(quyche_docs::claim_reviews(&f, Lang::Vi).is_empty());
}
