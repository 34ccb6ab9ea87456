//! Users register their own departments and committees (issue 2); every registration is checked
//! and a rejected one leaves the regulation unchanged.

use chrono::NaiveDate;
use quyche::org::{Body, BodyId, BodySuccessor, RoleAssignment, RoleId};
use quyche::{ErrorCode, Label, Regulation, Status, Validity};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn commune(id: &str) -> Body {
    Body {
        id: BodyId::new(id),
        name: Label::new(
            "UBND xã Thử Nghiệm",
            "Thử Nghiệm Commune People's Committee",
        ),
        names: vec![],
        valid: Validity::since(day(2025, 7, 1)),
        successors: vec![],
        parent: None,
        abbreviation: None,
        head: None,
        status: Status::Confirmed,
        note: None,
    }
}

/// Roles are data since the rewrite: the ids of `roles.json`.
fn plays(role: &str, id: &str, valid: Validity) -> RoleAssignment {
    RoleAssignment {
        role: RoleId::new(role),
        body: BodyId::new(id),
        valid,
        duties: vec![],
        status: Status::Confirmed,
        interpretation: false,
        note: None,
    }
}

#[test]
fn a_registered_commune_committee_gets_the_roles_and_duties_it_plays() {
    let mut reg = Regulation::khanh_hoa();
    let v = Validity::since(day(2025, 7, 1));
    let mut district = plays("district_committee", "ubnd-xa-thu", v);
    district.interpretation = true;
    district.status = Status::Unconfirmed;
    reg.register_body(
        commune("ubnd-xa-thu"),
        vec![plays("commune_committee", "ubnd-xa-thu", v), district],
    )
    .unwrap();
    reg.validate().unwrap();
    let id = BodyId::new("ubnd-xa-thu");
    assert!(reg.body_exists_on(&id, day(2025, 7, 1)));
    assert_eq!(reg.roles_of(&id, day(2025, 8, 1)).len(), 2);
    let holders = reg.bodies_for_duty("7.3.b", day(2025, 8, 1));
    assert!(
        holders.iter().any(|a| a.body == id && a.interpretation),
        "Điều 7.3.b reaches the registered commune (interpretation)"
    );
}

#[test]
fn duplicate_id_is_invalid_input_at_id() {
    let mut reg = Regulation::khanh_hoa();
    let before = reg.clone();
    let mut b = commune("so-tttt");
    b.valid = Validity::ALWAYS;
    let e = reg.register_body(b, vec![]).unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidInput);
    // Pointers are into the registration form {"body": …, "roles": […]} since the rewrite.
    assert_eq!(e.path.as_deref(), Some("/body/id"));
    assert_eq!(reg, before, "a rejected registration changes nothing");
}

#[test]
fn malformed_ids_are_rejected() {
    let mut reg = Regulation::khanh_hoa();
    for bad in [
        "",
        "Sở-TT",
        "so tttt",
        "-x",
        "x-",
        "ubnd_xa",
        &"a".repeat(65),
    ] {
        let e = reg.register_body(commune(bad), vec![]).unwrap_err();
        assert_eq!(e.path.as_deref(), Some("/body/id"), "{bad:?}");
    }
}

#[test]
fn non_nfc_or_empty_labels_are_rejected_with_their_pointer() {
    let mut reg = Regulation::khanh_hoa();
    let mut b = commune("ubnd-xa-a");
    b.name.vi = "UBND xa\u{0303} A".into(); // NFD "xã"
    b.name.en = " ".into();
    let e = reg.register_body(b, vec![]).unwrap_err();
    assert_eq!(e.path.as_deref(), Some("/body/name/vi"));
    assert_eq!(e.related.len(), 1);
    assert_eq!(e.related[0].path.as_deref(), Some("/body/name/en"));
}

#[test]
fn role_assignments_must_name_the_body_and_fit_its_life() {
    let mut reg = Regulation::khanh_hoa();
    let v = Validity::since(day(2025, 7, 1));
    let e = reg
        .register_body(
            commune("ubnd-xa-b"),
            vec![
                plays("commune_committee", "ubnd-xa-c", v),
                plays(
                    "commune_committee",
                    "ubnd-xa-b",
                    Validity::between(day(2025, 8, 1), day(2025, 7, 1)),
                ),
                plays(
                    "commune_committee",
                    "ubnd-xa-b",
                    Validity::since(day(2020, 8, 12)),
                ),
            ],
        )
        .unwrap_err();
    let paths: Vec<&str> = std::iter::once(&e)
        .chain(&e.related)
        .filter_map(|e| e.path.as_deref())
        .collect();
    assert_eq!(paths, ["/roles/0/body", "/roles/1/valid", "/roles/2/valid"]);
}

#[test]
fn inverted_body_validity_is_rejected() {
    let mut reg = Regulation::khanh_hoa();
    let mut b = commune("ubnd-xa-d");
    b.valid = Validity::between(day(2025, 7, 2), day(2025, 7, 1));
    let e = reg.register_body(b, vec![]).unwrap_err();
    assert_eq!(e.path.as_deref(), Some("/body/valid"));
}

#[test]
fn unknown_successor_is_unknown_agency() {
    let mut reg = Regulation::khanh_hoa();
    let mut b = commune("ubnd-xa-e");
    // A body now lists its successors (a merger can split a body's work).
    b.successors = vec![
        BodySuccessor {
            body: BodyId::new("so-vhttdl"),
            status: Status::Confirmed,
            scope: None,
        },
        BodySuccessor {
            body: BodyId::new("nowhere"),
            status: Status::Confirmed,
            scope: None,
        },
    ];
    let e = reg.register_body(b, vec![]).unwrap_err();
    assert_eq!(e.code, ErrorCode::UnknownAgency);
    assert_eq!(e.path.as_deref(), Some("/body/successors/1/body"));
}

#[test]
fn duties_must_belong_to_the_role() {
    let mut reg = Regulation::khanh_hoa();
    let mut a = plays(
        "commune_committee",
        "ubnd-xa-f",
        Validity::since(day(2025, 7, 1)),
    );
    a.duties = vec!["7.5.b".into(), "7.9.z".into()];
    let e = reg
        .register_body(commune("ubnd-xa-f"), vec![a])
        .unwrap_err();
    assert_eq!(e.path.as_deref(), Some("/roles/0/duties/0"));
    assert!(
        e.message.contains("7.5.b"),
        "Điều 7.5.b is a press outlet's duty"
    );
    assert_eq!(e.related[0].path.as_deref(), Some("/roles/0/duties/1"));
}

#[test]
fn a_second_lead_agency_on_the_same_days_is_rejected() {
    // Điều 7.1 names one lead agency (cơ quan chủ trì).
    let mut reg = Regulation::khanh_hoa();
    let mut b = commune("so-moi");
    b.valid = Validity::ALWAYS;
    let e = reg
        .register_body(
            b.clone(),
            vec![plays(
                "lead_agency",
                "so-moi",
                Validity::since(day(2026, 1, 1)),
            )],
        )
        .unwrap_err();
    assert_eq!(e.path.as_deref(), Some("/roles/0/valid"));
    assert_eq!(e.citations[0].clause, Some(1));
    // Several departments may coexist (Điều 7.3 "các sở, ban, ngành").
    reg.register_body(
        b,
        vec![plays(
            "department",
            "so-moi",
            Validity::since(day(2026, 1, 1)),
        )],
    )
    .unwrap();
}

#[test]
fn registration_from_json_normalises_and_reports_pointers() {
    let mut reg = Regulation::khanh_hoa();
    // "Sọ" typed in NFD (o + combining dot below) is stored in NFC.
    // The JSON form is {"body": …, "roles": […]} since the rewrite.
    let ok = format!(
        r#"{{"body": {{"id": "so-thu", "name": {{"vi": "{}", "en": "Test Department"}},
        "valid": {{}}, "status": "U"}},
        "roles": [{{"role": "department", "body": "so-thu", "valid": {{"from": "2026-01-01"}}, "status": "U"}}]}}"#,
        "So\u{0323} Thử"
    );
    reg.register_body_json(&ok).unwrap();
    assert_eq!(
        reg.body(&BodyId::new("so-thu")).unwrap().name.vi,
        "S\u{1ecd} Thử"
    );
    let bad = r#"{"body": {"id": "so-thu-2", "name": {"vi": "x", "en": "x"}, "valid": {}, "status": "Z"}}"#;
    let e = reg.register_body_json(bad).unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidInput);
    assert_eq!(e.path.as_deref(), Some("/body/status"));
    // A role the regulation does not declare is named with the declared ones.
    let unknown_role = r#"{"body": {"id": "so-thu-3", "name": {"vi": "x", "en": "x"}, "valid": {}, "status": "U"},
        "roles": [{"role": "ministry", "body": "so-thu-3", "valid": {}, "status": "U"}]}"#;
    let e = reg.register_body_json(unknown_role).unwrap_err();
    assert_eq!(e.path.as_deref(), Some("/roles/0/role"));
    assert!(e.message.contains("lead_agency"), "{}", e.message);
    let not_json = reg.register_body_json("{").unwrap_err();
    assert_eq!(not_json.code, ErrorCode::InvalidJson);
}
