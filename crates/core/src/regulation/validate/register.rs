//! Checks of the register: roles, bodies, assignments, territories.

use super::{Known, Problems};

pub(super) fn check(p: &mut Problems, k: &Known) {
    let r = &k.reg.register;
    p.unique(
        "/register/roles",
        "id",
        r.roles.iter().map(|x| x.id.as_str()),
    );
    p.unique(
        "/register/bodies",
        "id",
        r.bodies.iter().map(|x| x.id.as_str()),
    );
    p.unique(
        "/register/territories",
        "id",
        r.territories.iter().map(|x| x.id.as_str()),
    );
    for (i, role) in r.roles.iter().enumerate() {
        let id = role.id.as_str();
        if id.is_empty()
            || !id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        {
            p.push(
                format!("/register/roles/{i}/id"),
                format!(
                    "A role id is snake_case ASCII: `{}`.",
                    crate::text::echo(id)
                ),
                format!(
                    "Mã vai trò chỉ gồm chữ thường không dấu, chữ số và dấu gạch dưới: `{}`.",
                    crate::text::echo(id)
                ),
            );
        }
        if let Some(c) = &role.provision {
            k.citation(p, format!("/register/roles/{i}/provision"), c);
        }
    }
    for (i, b) in r.bodies.iter().enumerate() {
        let at = format!("/register/bodies/{i}");
        p.validity(format!("{at}/valid"), &b.valid);
        for (j, s) in b.successors.iter().enumerate() {
            k.body(p, format!("{at}/successors/{j}/body"), s.body.as_str());
        }
        if let Some(x) = &b.parent {
            k.body(p, format!("{at}/parent"), x.as_str());
        }
        for (j, n) in b.names.iter().enumerate() {
            p.validity(format!("{at}/names/{j}/valid"), &n.valid);
        }
    }
    for (i, t) in r.territories.iter().enumerate() {
        p.validity(format!("/register/territories/{i}/valid"), &t.valid);
        for (j, part) in t.parts.iter().enumerate() {
            if r.territory(part).is_none() {
                p.unknown(
                    format!("/register/territories/{i}/parts/{j}"),
                    ("territory", "địa bàn"),
                    part.as_str(),
                    "/register/territories",
                );
            }
        }
    }
    assignments(p, k);
}

fn assignments(p: &mut Problems, k: &Known) {
    let r = &k.reg.register;
    for (i, a) in r.assignments.iter().enumerate() {
        let at = format!("/register/assignments/{i}");
        p.validity(format!("{at}/valid"), &a.valid);
        k.body(p, format!("{at}/body"), a.body.as_str());
        k.role(p, format!("{at}/role"), a.role.as_str());
        for (j, d) in a.duties.iter().enumerate() {
            match k.reg.matrix.duty(d) {
                None => k.duty(p, format!("{at}/duties/{j}"), d),
                Some(duty) if !duty.is_held_by(&a.role) => p.push(
                    format!("{at}/duties/{j}"),
                    format!("The duty `{d}` is not a duty of the role `{}`.", a.role),
                    format!("Nhiệm vụ `{d}` không thuộc vai trò `{}`.", a.role),
                ),
                Some(_) => {}
            }
        }
        let single = r.role(&a.role).is_some_and(|x| x.single_body);
        if single && a.duties.is_empty() {
            let clash = r.assignments[..i].iter().position(|o| {
                o.role == a.role
                    && o.duties.is_empty()
                    && o.body != a.body
                    && o.valid.overlaps(&a.valid)
            });
            if let Some(j) = clash {
                p.push(
                    format!("{at}/valid"),
                    format!("The role `{}` is given to one body, but assignments {j} and {i} overlap.", a.role),
                    format!("Vai trò `{}` chỉ do một cơ quan đảm nhận, nhưng phân công {j} và {i} trùng thời gian.", a.role),
                );
            }
        }
    }
}
