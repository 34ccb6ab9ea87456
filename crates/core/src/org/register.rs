//! Users register their own bodies (a department, a district or commune committee, …) with the
//! roles they play, so that the regulation can answer for them. Every registration is checked
//! before it is added; a rejected one leaves the regulation unchanged.

use super::{Body, RoleAssignment};
use crate::error::{Error, ErrorCode, Result};
use crate::regulation::Regulation;
use crate::text::Label;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};
use std::sync::OnceLock;

/// Longest accepted body id.
pub const MAX_BODY_ID_LEN: usize = 64;

/// The JSON form of a registration: the body's own fields, plus the roles it plays.
///
/// ```json
/// {"id": "ubnd-xa-vi-du", "name": {"vi": "…", "en": "…"}, "valid": {"from": "2025-07-01"},
///  "status": "C", "roles": [{"role": "commune_committee", "body": "ubnd-xa-vi-du",
///  "valid": {"from": "2025-07-01"}, "status": "C"}]}
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct BodyRegistration {
    /// The body.
    #[serde(flatten)]
    pub body: Body,
    /// The roles it plays (each naming the body).
    #[serde(default)]
    pub roles: Vec<RoleAssignment>,
}

/// Decoded by hand, strictly (serde's derived decoding of a flattened field would drop members
/// neither type has): a member that is neither a field of [`Body`] nor `roles` is refused at its
/// JSON pointer.
impl<'de> Deserialize<'de> for BodyRegistration {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        use crate::json::by_hand::{flattened, struct_fields, with_member};
        static FIELDS: OnceLock<&'static [&'static str]> = OnceLock::new();
        let fields = FIELDS.get_or_init(|| with_member(struct_fields::<Body>(), "roles"));
        let (body, roles) = flattened(d, "BodyRegistration", fields, "roles")?;
        Ok(BodyRegistration {
            body,
            roles: roles.unwrap_or_default(),
        })
    }
}

impl Regulation {
    /// Adds a user's own body and the roles it plays.
    ///
    /// Checks, with JSON pointers relative to the [`BodyRegistration`] form (the body's fields,
    /// plus `roles`), all reported together (first as the error, the rest in `related`):
    /// - `/id`: kebab-case ASCII (`a-z`, `0-9`, `-`), at most [`MAX_BODY_ID_LEN`] characters,
    ///   and not already used ([`ErrorCode::InvalidInput`]);
    /// - `/name/vi`, `/name/en`, `/note/…`: not empty and in NFC form (normalise with
    ///   [`crate::text::nfc`]);
    /// - `/valid`, `/roles/i/valid`: not inverted; each role lies within the body's existence;
    /// - `/successor`: a known body ([`ErrorCode::UnknownAgency`]);
    /// - `/roles/i/body`: names the registered body;
    /// - `/roles/i/duties/j`: a duty of the matrix that the role holds;
    /// - `/roles/i/valid`: a role the regulation gives to a single body (see
    ///   [`Role::single_body`](super::Role::single_body)) is not played by two bodies on the
    ///   same day.
    ///
    /// The regulation must still pass [`Regulation::validate`] afterwards.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use quyche::org::{Body, BodyId, Role, RoleAssignment};
    /// use quyche::{Label, Status, Validity};
    /// let mut reg = quyche::Regulation::khanh_hoa();
    /// let from = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
    /// let id = BodyId::new("ubnd-xa-vi-du");
    /// let body = Body {
    ///     id: id.clone(),
    ///     name: Label::new("UBND xã Ví Dụ", "Ví Dụ Commune People's Committee"),
    ///     valid: Validity::since(from),
    ///     successor: None,
    ///     status: Status::Confirmed,
    ///     note: None,
    /// };
    /// let role = RoleAssignment {
    ///     role: Role::CommuneCommittee,
    ///     body: id.clone(),
    ///     valid: Validity::since(from),
    ///     duties: vec![],
    ///     status: Status::Confirmed,
    ///     interpretation: false,
    ///     note: None,
    /// };
    /// reg.register_body(body.clone(), vec![role]).unwrap();
    /// assert_eq!(reg.roles_of(&id, from)[0].role, Role::CommuneCommittee);
    /// let again = reg.register_body(body, vec![]).unwrap_err();
    /// assert_eq!(again.path.as_deref(), Some("/id"));
    /// ```
    pub fn register_body(&mut self, body: Body, roles: Vec<RoleAssignment>) -> Result<()> {
        let mut problems = self.registration_problems(&body, &roles);
        if !problems.is_empty() {
            let first = problems.remove(0);
            return Err(first.with_related(problems));
        }
        let (nb, na) = (self.bodies.len(), self.assignments.len());
        self.bodies.push(body);
        self.assignments.extend(roles);
        if let Err(e) = self.validate() {
            self.bodies.truncate(nb);
            self.assignments.truncate(na);
            return Err(e);
        }
        Ok(())
    }

    /// [`Regulation::register_body`] from the JSON form ([`BodyRegistration`]). Like
    /// [`Regulation::from_json`], the text is normalised to NFC first.
    pub fn register_body_json(&mut self, text: &str) -> Result<()> {
        let r: BodyRegistration = crate::json::from_str(&crate::text::nfc(text))?;
        self.register_body(r.body, r.roles)
    }

    fn registration_problems(&self, body: &Body, roles: &[RoleAssignment]) -> Vec<Error> {
        let mut out = Vec::new();
        let id = body.id.as_str();
        let id_ok = !id.is_empty()
            && id.len() <= MAX_BODY_ID_LEN
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !id.starts_with('-')
            && !id.ends_with('-');
        if !id_ok {
            out.push(
                Error::invalid(
                    "/id",
                    format!("body id `{id}` must be kebab-case ASCII (a-z, 0-9, -), at most {MAX_BODY_ID_LEN} characters"),
                    format!("mã cơ quan `{id}` chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, tối đa {MAX_BODY_ID_LEN} ký tự"),
                )
                .with_help("Example: `ubnd-xa-vi-du`.", "Ví dụ: `ubnd-xa-vi-du`."),
            );
        } else if self.body(&body.id).is_some() {
            out.push(Error::invalid(
                "/id",
                format!("a body with id `{id}` is already registered"),
                format!("đã có cơ quan với mã `{id}`"),
            ));
        }
        label_problems(&mut out, "/name", &body.name);
        if let Some(n) = &body.note {
            label_problems(&mut out, "/note", n);
        }
        if body.valid.is_inverted() {
            out.push(inverted("/valid"));
        }
        if let Some(s) = &body.successor
            && (self.body(s).is_none() || s == &body.id)
        {
            out.push(
                Error::new(
                    ErrorCode::UnknownAgency,
                    format!("successor `{s}` is not a registered body"),
                    format!("cơ quan kế thừa `{s}` chưa được đăng ký"),
                )
                .at("/successor"),
            );
        }
        for (i, a) in roles.iter().enumerate() {
            let at = |rest: &str| format!("/roles/{i}{rest}");
            if a.body != body.id {
                out.push(Error::invalid(
                    at("/body"),
                    format!(
                        "role assignment names `{}`, not the registered body `{id}`",
                        a.body
                    ),
                    format!(
                        "phân công vai trò ghi cơ quan `{}`, không phải `{id}`",
                        a.body
                    ),
                ));
            }
            if a.valid.is_inverted() {
                out.push(inverted(&at("/valid")));
            } else if !within(&a.valid, &body.valid) {
                out.push(Error::invalid(
                    at("/valid"),
                    "the role lasts longer than the body exists",
                    "thời hạn giữ vai trò vượt quá thời gian tồn tại của cơ quan",
                ));
            } else if a.role.single_body() && a.duties.is_empty() {
                let clash = self.assignments.iter().chain(roles[..i].iter()).find(|o| {
                    o.role == a.role && o.duties.is_empty() && overlap(&o.valid, &a.valid)
                });
                if let Some(o) = clash {
                    let mut e = Error::invalid(
                        at("/valid"),
                        format!(
                            "role `{}` is played by `{}` in the same period; the regulation gives it to one body",
                            a.role.as_str(),
                            o.body
                        ),
                        format!(
                            "vai trò `{}` đã do `{}` đảm nhận trong cùng thời gian; quy chế giao vai trò này cho một cơ quan",
                            a.role.as_str(),
                            o.body
                        ),
                    );
                    if let Some(c) = a.role.article7_clause() {
                        e = e.with_citations([c]);
                    }
                    out.push(e);
                }
            }
            for (j, d) in a.duties.iter().enumerate() {
                match self.duty(d) {
                    None => out.push(Error::invalid(
                        at(&format!("/duties/{j}")),
                        format!("duty `{d}` is not in the matrix"),
                        format!("nhiệm vụ `{d}` không có trong ma trận trách nhiệm"),
                    )),
                    Some(duty) if !duty.is_held_by(a.role) => out.push(
                        Error::invalid(
                            at(&format!("/duties/{j}")),
                            format!("duty `{d}` is not a duty of role `{}`", a.role.as_str()),
                            format!("nhiệm vụ `{d}` không thuộc vai trò `{}`", a.role.as_str()),
                        )
                        .with_citations([duty.citation.clone()]),
                    ),
                    Some(_) => {}
                }
            }
            if let Some(n) = &a.note {
                label_problems(&mut out, &at("/note"), n);
            }
        }
        out
    }
}

fn label_problems(out: &mut Vec<Error>, path: &str, l: &Label) {
    for (lang, text) in [("vi", &l.vi), ("en", &l.en)] {
        let p = format!("{path}/{lang}");
        if text.trim().is_empty() {
            out.push(Error::invalid(
                p,
                "text must not be empty",
                "nội dung không được để trống",
            ));
        } else if !crate::text::is_nfc(text) {
            out.push(
                Error::invalid(
                    p,
                    "text is not in Unicode NFC form",
                    "văn bản chưa ở dạng Unicode NFC",
                )
                .with_help(
                    "Normalise it with quyche::text::nfc (or Label::new).",
                    "Chuẩn hóa bằng quyche::text::nfc (hoặc Label::new).",
                ),
            );
        }
    }
}

fn inverted(path: &str) -> Error {
    Error::invalid(
        path,
        "validity ends before it starts",
        "thời hạn kết thúc trước khi bắt đầu",
    )
}

/// True when `inner` lies within `outer` (open ends count as unbounded).
fn within(inner: &crate::Validity, outer: &crate::Validity) -> bool {
    let from_ok = match (outer.from, inner.from) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(o), Some(i)) => o <= i,
    };
    let to_ok = match (outer.to, inner.to) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(o), Some(i)) => i <= o,
    };
    from_ok && to_ok
}

/// True when two validity intervals share a day.
fn overlap(a: &crate::Validity, b: &crate::Validity) -> bool {
    let starts_before_other_ends = |x: &crate::Validity, y: &crate::Validity| match (x.from, y.to) {
        (Some(f), Some(t)) => f <= t,
        _ => true,
    };
    starts_before_other_ends(a, b) && starts_before_other_ends(b, a)
}
