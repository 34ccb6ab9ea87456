//! schema.org `ClaimReview` (JSON-LD) of a published case, one per announcement of its results,
//! from the core's [`PublishedFinding`] (which refuses a confidential case and a case whose
//! results were not announced). The members Google's fact-check tools read: `claimReviewed`,
//! `reviewRating` with `alternateName` (and `name`), `itemReviewed` (a `Claim` with its
//! `appearance` and `datePublished`), `url`, `author`, `datePublished`; and `citation`, the
//! provisions the announcing body published under. The claim's author is never named (Google
//! recommends `Claim.author`; it is personal data the regulation's procedure does not publish).

use quyche::report::{Announcement, PublishedFinding, RatingBasis};
use quyche::text::Lang;
use quyche::vocab::{ContentLabel, Verdict};
use serde_json::{Map, Value, json};

/// The rating on schema.org's numeric scale (1 worst, 5 best): fake news 1, false or distorted
/// 2, a violating verdict without a label 1, verified true 5, not violating 4.
fn rating_value(f: &PublishedFinding) -> u8 {
    match (f.rating.basis, f.rating.content_label, f.rating.verdict) {
        (RatingBasis::ContentLabel, Some(ContentLabel::Fake), _) => 1,
        (RatingBasis::ContentLabel, Some(ContentLabel::False), _) => 2,
        (RatingBasis::ContentLabel, Some(ContentLabel::Verified), _) => 5,
        (_, _, Verdict::NotViolating) => 4,
        _ => 1,
    }
}

fn tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "vi",
        Lang::En => "en",
    }
}

fn date(t: &chrono::DateTime<chrono::FixedOffset>) -> String {
    quyche::time::vn_date(t).to_string()
}

fn review(f: &PublishedFinding, a: &Announcement, lang: Lang) -> Value {
    let other = match lang {
        Lang::Vi => Lang::En,
        Lang::En => Lang::Vi,
    };
    let rating = f.rating.label.get(lang);
    let mut claim = Map::new();
    claim.insert("@type".into(), json!("Claim"));
    if let Some(p) = &f.content.published_at {
        claim.insert("datePublished".into(), json!(date(p)));
    }
    let mut appearance = Map::new();
    appearance.insert("@type".into(), json!("CreativeWork"));
    if let Some(u) = &f.content.url {
        appearance.insert("url".into(), json!(u));
    }
    appearance.insert(
        "publisher".into(),
        json!({"@type": "Organization", "name": f.content.platform}),
    );
    if let Some(p) = &f.content.published_at {
        appearance.insert("datePublished".into(), json!(date(p)));
    }
    claim.insert("appearance".into(), Value::Object(appearance));
    let grounds: Vec<&str> = f.grounds.iter().map(|g| g.text.get(lang)).collect();
    let body = match (lang, grounds.is_empty()) {
        (Lang::Vi, false) => format!("{}. Căn cứ: {}.", f.rating.label.vi, grounds.join("; ")),
        (Lang::En, false) => format!("{}. Grounds: {}.", f.rating.label.en, grounds.join("; ")),
        (_, true) => format!("{rating}."),
    };
    let mut r = Map::new();
    r.insert("@context".into(), json!("https://schema.org"));
    r.insert("@type".into(), json!("ClaimReview"));
    r.insert("url".into(), json!(a.url));
    r.insert("headline".into(), json!(a.title));
    r.insert("inLanguage".into(), json!(tag(lang)));
    r.insert("claimReviewed".into(), json!(f.claim));
    r.insert("datePublished".into(), json!(date(&a.at)));
    r.insert(
        "author".into(),
        json!({"@type": "Organization", "name": a.body.name.get(lang), "identifier": a.body.body}),
    );
    r.insert("itemReviewed".into(), Value::Object(claim));
    r.insert(
        "reviewRating".into(),
        json!({
            "@type": "Rating",
            "alternateName": rating,
            "name": rating,
            "description": format!("{} ({}) · {} ({})", f.rating.label.get(lang), tag(lang), f.rating.label.get(other), tag(other)),
            "ratingValue": rating_value(f),
            "bestRating": 5,
            "worstRating": 1,
        }),
    );
    r.insert("reviewBody".into(), json!(body));
    // The provisions under which the body announced the results (Điều 6.5 and its duty rows in
    // 2086), from the data.
    let citations: Vec<Value> = a
        .citations
        .iter()
        .map(|c| json!({"@type": "Legislation", "name": c.text.get(lang), "legislationIdentifier": c.citation.key()}))
        .collect();
    if !citations.is_empty() {
        r.insert("citation".into(), Value::Array(citations));
    }
    Value::Object(r)
}

/// One `ClaimReview` per online announcement of the results, in the language `lang` (the rating
/// is given in both languages in `reviewRating.description`). Google requires a ClaimReview's
/// `url` (the page of the fact check), so an announcement without an address (a broadcast, a
/// printed article) gives none; a finding announced only offline gives an empty list.
///
/// ```
/// # use quyche::case::{Actor, Case, Command};
/// let reg = quyche::Regulation::khanh_hoa_ref();
/// let cmd = Command::from_json(r#"{"type":"detect","source":"press_review","content":{
///     "platform":"Facebook","platform_kind":"social_network","kind":"post","summary":"Tin đồn"}}"#).unwrap();
/// let at = chrono::DateTime::parse_from_rfc3339("2026-03-02T08:00:00+07:00").unwrap();
/// let (case, _) = Case::start(reg, cmd, &Actor::body("so-vhttdl"), at).unwrap();
/// // Not announced yet: the core refuses, so there is nothing to write.
/// assert!(quyche::report::published_finding(reg, &case).is_err());
/// ```
pub fn claim_reviews(f: &PublishedFinding, lang: Lang) -> Vec<Value> {
    f.announcements
        .iter()
        .filter(|a| a.url.is_some())
        .map(|a| review(f, a, lang))
        .collect()
}
