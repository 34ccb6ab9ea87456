//! Section 4 of the walkthrough: one realistic case dated in 2026, end to end, with one refused
//! step and its explanation.

use quyche::Regulation;
use quyche::case::{Actor, Applied, Case, Command};
use serde_json::json;

fn at(s: &str) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(s).expect("valid time")
}

fn cmd(v: serde_json::Value) -> Command {
    Command::from_value(v).expect("valid command")
}

fn name(reg: &Regulation, id: &str) -> String {
    reg.body(&quyche::org::BodyId::new(id))
        .map_or(id.to_string(), |b| b.name.vi.clone())
}

fn show(reg: &Regulation, applied: &Applied) {
    let ev = &applied.event;
    let kind = ev.command.kind().label();
    println!(
        "\n#{} {} · {} / {} — {}",
        ev.seq,
        ev.at.format("%d/%m/%Y %H:%M"),
        kind.vi,
        kind.en,
        name(reg, ev.actor.body.as_str())
    );
    let cites: Vec<String> = quyche::case::basis(reg, ev)
        .iter()
        .map(|c| c.vi(reg))
        .collect();
    println!("   Căn cứ / Basis: {}", cites.join("; "));
    let st = ev.effects.status.label();
    println!("   Trạng thái / Status: {} / {}", st.vi, st.en);
    if let Some(l) = &ev.effects.lead_agency {
        println!(
            "   Cơ quan chủ trì được thông báo / Lead agency notified: {}",
            name(reg, l.as_str())
        );
    }
    if let Some(d) = &ev.effects.deadline {
        let p = d
            .provision
            .as_ref()
            .map_or(d.instrument.clone(), |c| c.vi(reg));
        let who = match d.binds {
            quyche::law::Bound::Platform => "nền tảng / the platform",
            quyche::law::Bound::AccountOwner => "chủ tài khoản / the account owner",
            _ => "cơ quan thực hiện / the acting body",
        };
        let limit = d.limit.label();
        println!(
            "   Thời hạn của {who} / Deadline: {} / {} → {} ({p}; mức / status {})",
            limit.vi,
            limit.en,
            quyche::time::to_vn(d.due).format("%d/%m/%Y %H:%M"),
            d.status.code(),
        );
        for a in &d.application {
            println!("     cách hiểu / interpretation: {}", a.vi);
        }
    }
    if let Some(r) = &ev.effects.recipients {
        let to: Vec<String> = r.to.iter().map(|b| name(reg, b.as_str())).collect();
        let cc: Vec<String> = r.cc.iter().map(|b| name(reg, b.as_str())).collect();
        let cc = match cc.is_empty() {
            true => String::new(),
            false => format!(" · Đồng gửi / Cc: {}", cc.join(", ")),
        };
        match to.is_empty() {
            true => println!("   Không gửi theo từng vụ việc / Not sent case by case"),
            false => println!("   Gửi / To: {}{cc}", to.join(", ")),
        }
    }
    for a in &applied.advisories {
        println!("   ⚠ {}\n     {}", a.message_vi, a.message);
    }
    println!("   hash {}…", &ev.hash[..16]);
}

/// Registers the example commune committee (a user's own body: commune-level committees take
/// over district duties from 2025-07-01, an interpretation) and walks the case.
pub fn walk(reg: &mut Regulation) {
    let reg_json = json!({
        "body": {"id": "ubnd-phuong-nha-trang",
        "name": {"vi": "UBND phường Nha Trang", "en": "Nha Trang Ward People's Committee"},
        "valid": {"from": "2025-07-01"}, "status": "C",
        "note": {"vi": "Ví dụ do người dùng đăng ký", "en": "Example registered by the user"}},
        "roles": [
            {"role": "commune_committee", "body": "ubnd-phuong-nha-trang", "valid": {"from": "2025-07-01"}, "status": "C"},
            {"role": "district_committee", "body": "ubnd-phuong-nha-trang", "valid": {"from": "2025-07-01"},
             "status": "U", "interpretation": true}
        ]
    });
    reg.register_body_json(&reg_json.to_string())
        .expect("example body registers");
    let reg: &Regulation = reg;
    let commune = Actor::body("ubnd-phuong-nha-trang");
    let lead = Actor::new(
        quyche::org::BodyId::new("so-vhttdl"),
        Some("Cán bộ theo dõi".into()),
    );
    let police = Actor::body("cong-an-tinh");
    let party = Actor::body("ban-tuyen-giao-dan-van");
    let press = Actor::body("bao-khanh-hoa");

    let (mut case, advisories) = Case::start(
        reg,
        cmd(json!({
            "type": "detect", "case_id": "KH-2026-0042", "source": "own_monitoring",
            "topics": ["disasters_epidemics", "health"],
            "area": {"commune": "Phường Nha Trang"},
            "content": {"url": "https://facebook.com/groups/x/posts/1", "platform": "Facebook",
                        "platform_kind": "social_network", "kind": "post",
                        "summary": "Bài đăng bịa đặt về dịch bệnh bùng phát tại phường Nha Trang, kêu gọi người dân tích trữ lương thực",
                        "published_at": "2026-08-03T06:40:00+07:00", "author_handle": "tai.khoan.a"}
        })),
        &commune,
        at("2026-08-03T08:15:00+07:00"),
    )
    .expect("detect");
    show(reg, &case.last_applied(advisories).expect("detect event"));

    let steps: Vec<(&Actor, &str, serde_json::Value)> = vec![
        (
            &commune,
            "2026-08-03T08:40:00+07:00",
            json!({"type": "notify_lead", "channel": "email", "reference": "Email 08:40"}),
        ),
        (
            &lead,
            "2026-08-03T09:00:00+07:00",
            json!({"type": "receive"}),
        ),
        (
            &lead,
            "2026-08-03T09:30:00+07:00",
            json!({"type": "open_verification", "method": "written_consultation",
                                                 "consulted": ["cong-an-tinh", "ban-tuyen-giao-dan-van"]}),
        ),
        (
            &police,
            "2026-08-03T14:00:00+07:00",
            json!({"type": "submit_opinion", "finding": "Không có dịch bệnh như bài đăng nêu; thông tin bịa đặt",
                                                  "direction": "Yêu cầu gỡ bỏ, xác minh chủ tài khoản", "suggested_verdict": "violating"}),
        ),
        (
            &party,
            "2026-08-03T15:00:00+07:00",
            json!({"type": "submit_opinion", "finding": "Gây hoang mang trong Nhân dân",
                                                 "direction": "Phản bác trên báo chí của tỉnh"}),
        ),
        (
            &lead,
            "2026-08-04T08:00:00+07:00",
            json!({"type": "conclude", "verdict": "violating",
                                                 "grounds": ["116/2025/QH15:7.1.d"],
                                                 "note": "Thông tin sai sự thật gây hoang mang"}),
        ),
        (
            &lead,
            "2026-08-04T08:30:00+07:00",
            json!({"type": "request_action", "kind": "removal", "body": "cong-an-tinh",
                   "note": "Đề nghị Công an tỉnh yêu cầu nền tảng gỡ bỏ bài đăng"}),
        ),
        (
            &police,
            "2026-08-04T09:30:00+07:00",
            json!({"type": "send_removal_request", "licensing": "cross_border", "action_id": "A1",
                   "reference": "CV-PA05"}),
        ),
        (
            &lead,
            "2026-08-04T10:00:00+07:00",
            json!({"type": "request_action", "kind": "public_rebuttal", "body": "bao-khanh-hoa"}),
        ),
    ];
    for (actor, time, c) in steps {
        let applied = case
            .apply(reg, cmd(c), actor, at(time))
            .expect("step accepted");
        show(reg, &applied);
    }

    // One refused step: the police try to announce the results before any is reported.
    println!(
        "\n✗ Bước bị từ chối / Refused step: Công an tỉnh thông báo kết quả khi chưa có kết quả / the police announce results before any is reported"
    );
    let err = case
        .apply(
            reg,
            cmd(json!({"type": "publish_results", "title": "Kết quả xử lý"})),
            &police,
            at("2026-08-04T10:30:00+07:00"),
        )
        .expect_err("nothing to announce yet");
    for e in std::iter::once(&err).chain(err.related.iter()) {
        println!("   {} — {}\n     {}", e.code, e.message_vi, e.message);
        let cites: Vec<String> = e.citations.iter().map(|c| c.vi(reg)).collect();
        if !cites.is_empty() {
            println!("     Căn cứ / Basis: {}", cites.join("; "));
        }
        if let (Some(h), Some(hv)) = (&e.help, &e.help_vi) {
            println!("     Gợi ý / Help: {hv} / {h}");
        }
    }

    println!("\nCác bước Báo Khánh Hòa có thể làm lúc này / What Báo Khánh Hòa may do now:");
    for c in case.allowed_commands(reg, &press, at("2026-08-04T10:30:00+07:00")) {
        let why: Vec<&str> = c.failures.iter().map(|f| f.code.as_str()).collect();
        println!(
            "   {} {} / {}{}",
            if c.allowed { "✓" } else { "✗" },
            c.label.vi,
            c.label.en,
            if why.is_empty() {
                String::new()
            } else {
                format!(" ({})", why.join(", "))
            }
        );
    }

    let rest: Vec<(&Actor, &str, serde_json::Value)> = vec![
        (
            &police,
            "2026-08-04T21:00:00+07:00",
            json!({"type": "record_platform_response", "request_id": "R1", "response": "complied"}),
        ),
        (
            &police,
            "2026-08-05T08:00:00+07:00",
            json!({"type": "report_result", "action_id": "A1", "outcome": "done",
                                                  "note": "Nền tảng đã gỡ bài đăng"}),
        ),
        (
            &press,
            "2026-08-05T09:00:00+07:00",
            json!({"type": "report_result", "action_id": "A2", "outcome": "done",
                   "note": "Đã đăng tin phản bác"}),
        ),
        (
            &press,
            "2026-08-05T10:00:00+07:00",
            json!({"type": "publish_results", "title": "Xử lý tài khoản đăng tin bịa đặt về dịch bệnh",
                                                 "url": "https://baokhanhhoa.vn/example"}),
        ),
        (
            &lead,
            "2026-08-05T10:00:00+07:00",
            json!({"type": "close", "note": "Hoàn thành"}),
        ),
    ];
    for (actor, time, c) in rest {
        let applied = case
            .apply(reg, cmd(c), actor, at(time))
            .expect("step accepted");
        show(reg, &applied);
    }

    println!("\nCác cơ quan tham gia / Bodies involved:");
    for i in case.duties_involved(reg) {
        let cites: Vec<String> = i.citations.iter().map(|c| c.vi(reg)).collect();
        println!(
            "   {} — {}\n     {} [{}]",
            i.name.vi,
            i.why.vi,
            i.why.en,
            cites.join("; ")
        );
    }
    let replayed = Case::replay(reg, &case.events).expect("log replays");
    println!(
        "\nNhật ký {} sự kiện, chuỗi băm hợp lệ: {} / Log of {} events, hash chain valid: {}",
        case.events.len(),
        replayed == case,
        case.events.len(),
        replayed == case
    );
}
