//! Users register their own bodies (a department, a commune committee, a team…) with the roles
//! they play. The register checks what it can judge alone (ids, names, dates, successors, roles,
//! one body per single-body role); `Regulation::register_body` adds the checks against the
//! responsibility matrix and applies the registration only when nothing is wrong.

use super::{Body, Register, RoleAssignment};
use crate::error::{Error, ErrorCode};
use crate::text::Label;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Longest accepted body id.
pub const MAX_BODY_ID_LEN: usize = 64;

/// The JSON form of a registration: the body, and the roles it plays.
///
/// ```json
/// {"body": {"id": "ubnd-xa-vi-du", "name": {"vi": "…", "en": "…"}, "valid": {"from": "2025-07-01"},
///  "status": "C"}, "roles": [{"role": "commune_committee", "body": "ubnd-xa-vi-du",
///  "valid": {"from": "2025-07-01"}, "status": "C"}]}
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
pub struct BodyRegistration {
    /// The body. — Cơ quan.
    pub body: Body,
    /// The roles it plays (each naming the body). — Các vai trò cơ quan đảm nhận.
    #[serde(default)]
    pub roles: Vec<RoleAssignment>,
}

impl Register {
    /// What is wrong with registering `body` with `roles`, with JSON pointers into the
    /// [`BodyRegistration`] form (`/body/…`, `/roles/<i>/…`); empty when nothing is.
    pub fn registration_problems(&self, body: &Body, roles: &[RoleAssignment]) -> Vec<Error> {
        let mut out = Vec::new();
        self.body_problems(&mut out, body);
        for (i, a) in roles.iter().enumerate() {
            self.assignment_problems(&mut out, body, &roles[..i], a, &format!("/roles/{i}"));
        }
        out
    }

    fn body_problems(&self, out: &mut Vec<Error>, body: &Body) {
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
                    "/body/id",
                    format!("A body id is kebab-case ASCII (a-z, 0-9, -), at most {MAX_BODY_ID_LEN} characters: `{}`.", crate::text::echo(id)),
                    format!("Mã cơ quan chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, tối đa {MAX_BODY_ID_LEN} ký tự: `{}`.", crate::text::echo(id)),
                )
                .with_help("Example: `ubnd-xa-vi-du`.", "Ví dụ: `ubnd-xa-vi-du`."),
            );
        } else if self.body(&body.id).is_some() {
            out.push(Error::invalid(
                "/body/id",
                format!(
                    "A body with id `{}` is already registered.",
                    crate::text::echo(id)
                ),
                format!("Đã có cơ quan với mã `{}`.", crate::text::echo(id)),
            ));
        }
        label_problems(out, "/body/name", &body.name);
        if let Some(n) = &body.note {
            label_problems(out, "/body/note", n);
        }
        if let Some(h) = &body.head {
            label_problems(out, "/body/head", h);
        }
        if body.valid.is_inverted() {
            out.push(inverted("/body/valid"));
        }
        for (j, n) in body.names.iter().enumerate() {
            label_problems(out, &format!("/body/names/{j}/name"), &n.name);
            if n.valid.is_inverted() {
                out.push(inverted(&format!("/body/names/{j}/valid")));
            }
        }
        for (i, s) in body.successors.iter().enumerate() {
            if self.body(&s.body).is_none() || s.body == body.id {
                out.push(unknown_body(
                    &format!("/body/successors/{i}/body"),
                    s.body.as_str(),
                ));
            }
        }
        if let Some(p) = &body.parent
            && self.body(p).is_none()
        {
            out.push(unknown_body("/body/parent", p.as_str()));
        }
    }

    fn assignment_problems(
        &self,
        out: &mut Vec<Error>,
        body: &Body,
        earlier: &[RoleAssignment],
        a: &RoleAssignment,
        at: &str,
    ) {
        if a.body != body.id {
            out.push(Error::invalid(
                format!("{at}/body"),
                format!(
                    "The role assignment names `{}`, not the registered body `{}`.",
                    crate::text::echo(a.body.as_str()),
                    body.id
                ),
                format!(
                    "Phân công vai trò ghi cơ quan `{}`, không phải cơ quan đang đăng ký `{}`.",
                    crate::text::echo(a.body.as_str()),
                    body.id
                ),
            ));
        }
        let Some(role) = self.role(&a.role) else {
            let known: Vec<&str> = self.roles.iter().map(|r| r.id.as_str()).collect();
            out.push(Error::invalid(
                format!("{at}/role"),
                format!(
                    "Unknown role `{}`; the roles are: {}.",
                    crate::text::echo(a.role.as_str()),
                    known.join(", ")
                ),
                format!(
                    "Không có vai trò `{}`; các vai trò: {}.",
                    crate::text::echo(a.role.as_str()),
                    known.join(", ")
                ),
            ));
            return;
        };
        if a.valid.is_inverted() {
            out.push(inverted(&format!("{at}/valid")));
        } else if !a.valid.is_within(&body.valid) {
            out.push(Error::invalid(
                format!("{at}/valid"),
                "The role lasts longer than the body exists.",
                "Thời hạn giữ vai trò vượt quá thời gian tồn tại của cơ quan.",
            ));
        } else if role.single_body && a.duties.is_empty() {
            let clash =
                self.assignments.iter().chain(earlier).find(|o| {
                    o.role == a.role && o.duties.is_empty() && o.valid.overlaps(&a.valid)
                });
            if let Some(o) = clash {
                out.push(
                    Error::invalid(
                        format!("{at}/valid"),
                        format!(
                            "The role \"{}\" is played by `{}` in the same period; the regulation gives it to one body.",
                            role.label.en, o.body
                        ),
                        format!(
                            "Vai trò \"{}\" đã do `{}` đảm nhận trong cùng thời gian; quy chế giao vai trò này cho một cơ quan.",
                            role.label.vi, o.body
                        ),
                    )
                    .with_citations(role.provision.clone()),
                );
            }
        }
        if let Some(n) = &a.note {
            label_problems(out, &format!("{at}/note"), n);
        }
    }
}

fn unknown_body(path: &str, id: &str) -> Error {
    Error::new(
        ErrorCode::UnknownAgency,
        format!("`{}` is not a registered body.", crate::text::echo(id)),
        format!("`{}` không phải cơ quan đã đăng ký.", crate::text::echo(id)),
    )
    .at(path)
}

/// Problems of a bilingual text: empty, or not in NFC.
pub(crate) fn label_problems(out: &mut Vec<Error>, path: &str, l: &Label) {
    for (lang, text) in [("vi", &l.vi), ("en", &l.en)] {
        let p = format!("{path}/{lang}");
        if text.trim().is_empty() {
            out.push(Error::invalid(
                p,
                "The text must not be empty.",
                "Nội dung không được để trống.",
            ));
        } else if !crate::text::is_nfc(text) {
            out.push(Error::invalid(
                p,
                "The text is not in Unicode NFC form.",
                "Văn bản chưa ở dạng chuẩn Unicode NFC.",
            ));
        } else if text.chars().count() > crate::json::MAX_STRING_CHARS {
            // What the register accepts, every reader of the regulation must read back.
            out.push(crate::json::budget::too_long(text.chars().count()).at(p));
        }
    }
}

fn inverted(path: &str) -> Error {
    Error::invalid(
        path,
        "The period ends before it starts.",
        "Thời hạn kết thúc trước khi bắt đầu.",
    )
}
