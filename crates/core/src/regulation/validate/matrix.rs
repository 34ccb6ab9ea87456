//! Checks of the responsibility matrix.

use super::{Known, Problems};

pub(super) fn check(p: &mut Problems, k: &Known) {
    let m = &k.reg.matrix;
    p.unique(
        "/matrix/activities",
        "id",
        m.activities.iter().map(|a| a.id.as_str()),
    );
    p.unique(
        "/matrix/duties",
        "id",
        m.duties.iter().map(|d| d.id.as_str()),
    );
    for (i, a) in m.activities.iter().enumerate() {
        if let Some(c) = &a.citation {
            k.citation(p, format!("/matrix/activities/{i}/citation"), c);
        }
    }
    for (i, d) in m.duties.iter().enumerate() {
        let at = format!("/matrix/duties/{i}");
        k.citation(p, format!("{at}/citation"), &d.citation);
        k.role(p, format!("{at}/role"), d.role.as_str());
        if m.activity(&d.activity).is_none() {
            p.unknown(
                format!("{at}/activity"),
                ("activity", "hoạt động"),
                d.activity.as_str(),
                "/matrix/activities",
            );
        }
        for (j, h) in d.also.iter().enumerate() {
            k.role(p, format!("{at}/also/{j}/role"), h.role.as_str());
            p.validity(format!("{at}/also/{j}/valid"), &h.valid);
        }
        for (j, c) in d.counterparts.iter().enumerate() {
            k.role(p, format!("{at}/counterparts/{j}"), c.as_str());
        }
        if let Some(role) = k.reg.register.role(&d.role)
            && role.obligation != d.obligation
        {
            p.push(
                format!("{at}/obligation"),
                format!("The role `{}` has the other kind of obligation.", d.role),
                format!("Vai trò `{}` có loại nghĩa vụ khác.", d.role),
            );
        }
    }
}
