//! A removal request as a letter (công văn): the requester's header with the request's number and
//! "V/v …" under it, "Kính gửi" the platform or the account owner, the grounds of the request as
//! "Căn cứ …" lines, then the content, the legal grounds in force on the content's date, the
//! deadline with the provision that sets it, and the territorial scope. Every fact comes from
//! [`RemovalNotice`] (the core's answer); only the words of the letter are written here.

use super::Letter;
use quyche::error::Result;
use quyche::report::{Block, DocumentOptions, RemovalNotice, Section, Signature, issuer_name};
use quyche::text::{Label, Lang};

fn t(lang: Lang, vi: &str, en: &str) -> String {
    match lang {
        Lang::Vi => vi.to_string(),
        Lang::En => en.to_string(),
    }
}

fn when(lang: Lang, at: &chrono::DateTime<chrono::FixedOffset>) -> String {
    let at = quyche::time::to_vn(*at);
    match lang {
        Lang::Vi => at.format("%H giờ %M phút, ngày %d/%m/%Y").to_string(),
        Lang::En => at.format("%H:%M on %-d %B %Y (UTC+07:00)").to_string(),
    }
}

fn day(lang: Lang, d: chrono::NaiveDate) -> String {
    match lang {
        Lang::Vi => d.format("%d/%m/%Y").to_string(),
        Lang::En => d.format("%-d %B %Y").to_string(),
    }
}

/// The addressee as "Kính gửi" names it.
fn addressee(n: &RemovalNotice, lang: Lang) -> String {
    match n.addressee.target {
        quyche::case::RemovalTarget::AccountOwner => match lang {
            Lang::Vi => format!(
                "Chủ tài khoản, trang đăng tải nội dung trên {}",
                n.addressee.platform
            ),
            Lang::En => format!(
                "The owner of the account or page on {}",
                n.addressee.platform
            ),
        },
        _ => n.addressee.platform.clone(),
    }
}

fn content(n: &RemovalNotice, lang: Lang) -> Section {
    let c = &n.content;
    let mut items = Vec::new();
    if let Some(u) = &c.url {
        items.push(format!("{}: {u}", t(lang, "Địa chỉ", "Address")));
    }
    items.push(format!(
        "{}: {} ({}, {})",
        t(lang, "Nền tảng", "Platform"),
        n.addressee.platform,
        n.addressee.platform_kind.label().get(lang),
        n.addressee.licensing.label().get(lang)
    ));
    items.push(format!(
        "{}: {}",
        t(lang, "Loại nội dung", "Kind of content"),
        c.kind.label().get(lang)
    ));
    items.push(format!(
        "{}: {}",
        t(lang, "Mô tả", "Description"),
        c.summary
    ));
    match &c.published_at {
        Some(p) => items.push(format!(
            "{}: {}",
            t(lang, "Thời điểm đăng tải", "Published"),
            when(lang, p)
        )),
        None => items.push(format!(
            "{}: {}",
            t(
                lang,
                "Ngày xác định căn cứ (ngày phát hiện)",
                "Date picking the grounds (detection)"
            ),
            day(lang, c.content_date)
        )),
    }
    Section {
        heading: t(
            lang,
            "1. Thông tin đề nghị gỡ bỏ",
            "1. The content to be removed",
        ),
        blocks: vec![Block::Bullets(items)],
    }
}

fn grounds(n: &RemovalNotice, lang: Lang) -> Section {
    let mut blocks = vec![Block::Paragraph(format!(
        "{}: {}.",
        t(lang, "Lý do", "Ground of the decision"),
        n.decision_ground.label().get(lang)
    ))];
    let items: Vec<String> = n
        .legal_grounds
        .iter()
        .map(|g| {
            let from = g.in_force.from.map(|d| day(lang, d));
            let until = g.in_force.to.map(|d| day(lang, d));
            let force = match (lang, from, until) {
                (Lang::Vi, Some(f), Some(u)) => format!("có hiệu lực từ ngày {f} đến ngày {u}"),
                (Lang::Vi, Some(f), None) => format!("có hiệu lực từ ngày {f}"),
                (Lang::Vi, None, Some(u)) => format!("có hiệu lực đến ngày {u}"),
                (Lang::Vi, None, None) => "đang có hiệu lực".to_string(),
                (Lang::En, Some(f), Some(u)) => format!("in force from {f} to {u}"),
                (Lang::En, Some(f), None) => format!("in force from {f}"),
                (Lang::En, None, Some(u)) => format!("in force until {u}"),
                (Lang::En, None, None) => "in force".to_string(),
            };
            format!(
                "{}: {} ({force})",
                g.provision.text.get(lang),
                g.label.get(lang)
            )
        })
        .collect();
    if !items.is_empty() {
        blocks.push(Block::Paragraph(match lang {
            Lang::Vi => format!(
                "Thông tin vi phạm các quy định sau, có hiệu lực tại ngày {} (ngày đăng tải):",
                day(lang, n.content.content_date)
            ),
            Lang::En => format!(
                "The content breaches the following provisions, in force on {} (its publication date):",
                day(lang, n.content.content_date)
            ),
        }));
        blocks.push(Block::Bullets(items));
    }
    if let (Some(f), Some(at)) = (&n.facts, &n.concluded_at) {
        blocks.push(Block::Paragraph(match lang {
            Lang::Vi => format!(
                "Kết luận ngày {}: {f}",
                day(lang, quyche::time::vn_date(at))
            ),
            Lang::En => format!(
                "Conclusion of {}: {f}",
                day(lang, quyche::time::vn_date(at))
            ),
        }));
    }
    Section {
        heading: t(lang, "2. Căn cứ pháp lý", "2. Legal grounds"),
        blocks,
    }
}

fn deadline(n: &RemovalNotice, lang: Lang) -> Section {
    let who = addressee(n, lang);
    let mut blocks = Vec::new();
    match &n.deadline {
        Some(d) => blocks.push(Block::Paragraph(match lang {
            Lang::Vi => format!(
                "{who} thực hiện gỡ bỏ, ngăn chặn trong thời hạn {} kể từ khi nhận được yêu cầu, chậm nhất {}, theo quy định tại {}.",
                d.limit.vi,
                when(lang, &d.deadline.due),
                d.set_by.vi
            ),
            Lang::En => format!(
                "{who} is to remove or block the content within {} of receiving this request, at the latest by {}, under {}.",
                d.limit.en,
                when(lang, &d.deadline.due),
                d.set_by.en
            ),
        })),
        None => blocks.push(Block::Paragraph(t(
            lang,
            "Đề nghị thực hiện gỡ bỏ, ngăn chặn ngay khi nhận được yêu cầu.",
            "The content is to be removed or blocked as soon as this request is received.",
        ))),
    }
    if n.urgent {
        blocks.push(Block::Paragraph(t(
            lang,
            "Đây là yêu cầu khẩn.",
            "This request is urgent.",
        )));
    }
    blocks.push(Block::Paragraph(match lang {
        Lang::Vi => format!(
            "Phạm vi: gỡ bỏ, ngăn chặn truy cập tại {}.",
            n.territorial_scope
                .iter()
                .map(|c| if c == "VN" {
                    "Việt Nam".to_string()
                } else {
                    c.clone()
                })
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Lang::En => format!(
            "Territorial scope: removal or blocking of access in {}.",
            n.territorial_scope
                .iter()
                .map(|c| if c == "VN" {
                    "Viet Nam".to_string()
                } else {
                    c.clone()
                })
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }));
    Section {
        heading: t(
            lang,
            "3. Thời hạn và phạm vi thực hiện",
            "3. Deadline and scope",
        ),
        blocks,
    }
}

fn annex(n: &RemovalNotice, lang: Lang) -> Section {
    let mut items: Vec<String> = n.notes.iter().map(|l| l.get(lang).to_string()).collect();
    if items.is_empty() {
        items.push(t(
            lang,
            "Các căn cứ và thời hạn đều ở mức đã xác nhận (C).",
            "Every ground and limit is confirmed (C).",
        ));
    }
    Section {
        heading: t(
            lang,
            "PHỤ LỤC: MỨC ĐỘ XÁC NHẬN CỦA CĂN CỨ",
            "ANNEX: CERTAINTY OF THE GROUNDS",
        ),
        blocks: vec![Block::Bullets(items)],
    }
}

/// The removal request as a letter.
pub fn removal_letter(n: &RemovalNotice, options: DocumentOptions) -> Letter {
    let lang = options.lang;
    let parent = n
        .requester_parent
        .as_ref()
        .map(|p| p.name.get(lang).to_uppercase());
    let issuer = issuer_name(
        n.requester.name.get(lang),
        n.province.get(lang),
        parent.as_deref(),
    )
    .to_uppercase();
    let abbreviation = n
        .requester_abbreviation
        .clone()
        .unwrap_or_else(|| "…".into());
    let number = match (&n.reference, lang) {
        (Some(r), Lang::Vi) => format!("Số: {r}"),
        (Some(r), Lang::En) => format!("No.: {r}"),
        (None, Lang::Vi) => format!("Số: …/{abbreviation}"),
        (None, Lang::En) => format!("No.: …/{abbreviation}"),
    };
    let sent = quyche::time::to_vn(n.sent_at);
    let place_date = super::date_line(n.province.get(lang), lang, sent.date_naive());
    let who = addressee(n, lang);
    let mut opening: Vec<String> = n
        .authority
        .iter()
        .map(|a| match lang {
            Lang::Vi => format!("Căn cứ {};", a.text.vi),
            Lang::En => format!("Under {};", a.text.en),
        })
        .collect();
    opening.push(match lang {
        Lang::Vi => format!(
            "{} đề nghị {who} gỡ bỏ, ngăn chặn thông tin vi phạm pháp luật sau đây:",
            n.requester.name.vi
        ),
        Lang::En => format!(
            "The {} requests {who} to remove or block the following unlawful content:",
            n.requester.name.en
        ),
    });
    let closing = vec![match lang {
        Lang::Vi => format!(
            "Đề nghị {who} thông báo kết quả thực hiện cho {}.",
            n.requester.name.vi
        ),
        Lang::En => format!(
            "{who} is requested to inform the {} of what it has done.",
            n.requester.name.en
        ),
    }];
    let title = n
        .requester_head
        .as_ref()
        .map(|h| h.get(lang).to_uppercase())
        .unwrap_or_else(|| t(lang, "THỦ TRƯỞNG CƠ QUAN", "HEAD OF THE BODY"));
    let motto = quyche::text::Label::new(
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "SOCIALIST REPUBLIC OF VIETNAM",
    );
    let motto2 = Label::new(
        "Độc lập - Tự do - Hạnh phúc",
        "Independence - Freedom - Happiness",
    );
    Letter {
        lang,
        parent,
        issuer,
        number,
        excerpt: Some(match lang {
            Lang::Vi => format!(
                "V/v đề nghị gỡ bỏ thông tin vi phạm trên {}",
                n.addressee.platform
            ),
            Lang::En => format!(
                "Re: removal of unlawful content on {}",
                n.addressee.platform
            ),
        }),
        motto: [motto.get(lang).to_string(), motto2.get(lang).to_string()],
        place_date,
        kind: None,
        summary: None,
        addressees: vec![who],
        opening,
        sections: vec![content(n, lang), grounds(n, lang), deadline(n, lang)],
        closing,
        receivers: vec![
            t(lang, "- Như trên;", "- As above;"),
            match lang {
                Lang::Vi => format!("- Lưu: VT, {abbreviation}."),
                Lang::En => format!("- Filed: archives, {abbreviation}."),
            },
        ],
        signature: Signature {
            authority: None,
            title,
            name: "………………".into(),
        },
        annex: options.annex.then(|| annex(n, lang)),
    }
}

/// The removal request as DOCX (a letter in the layout of an administrative text).
pub fn removal_request_docx(n: &RemovalNotice, options: DocumentOptions) -> Result<Vec<u8>> {
    super::letter_docx(&removal_letter(n, options))
}
