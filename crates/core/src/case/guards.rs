//! The guards of the workflow table (DESIGN.md), each with its own stable code, the articles it
//! implements and a help text in Vietnamese and English.
//!
//! [`check_general`] holds the guards that do not depend on the payload (state, role, time
//! order, confidentiality…): `allowed_commands` explains with them. [`check_payload`] holds the
//! rest; `apply` runs both.

use super::command::*;
use super::event::Event;
use super::model::Case;
use super::vocab::*;
use super::workflow::{ActorRule, Transition};
use crate::error::{Error, ErrorCode};
use crate::law::{Citation, Point};
use crate::org::{BodyId, Role, RoleAssignment};
use crate::regulation::{KHANH_HOA_2086, Regulation};
use chrono::{DateTime, FixedOffset, NaiveDate};

pub use crate::json::limits::MAX_LIST;
/// Longest accepted free-text field, in characters.
pub const MAX_TEXT_CHARS: usize = crate::json::limits::MAX_STRING_CHARS;

/// Everything a guard looks at.
pub(crate) struct Ctx<'a> {
    pub reg: &'a Regulation,
    pub case: Option<&'a Case>,
    /// The case's log so far: its events, or during a replay the events checked before this
    /// one (the case being rebuilt gets its log only once every event is checked).
    pub log: &'a [Event],
    pub actor: &'a Actor,
    pub at: DateTime<FixedOffset>,
    pub day: NaiveDate,
}

impl<'a> Ctx<'a> {
    /// A command by `actor` at fact time `at` on `case` (with its whole log), or before
    /// detection.
    pub fn new(
        reg: &'a Regulation,
        case: Option<&'a Case>,
        actor: &'a Actor,
        at: DateTime<FixedOffset>,
    ) -> Self {
        Ctx {
            reg,
            case,
            log: case.map_or(&[], |c| c.events.as_slice()),
            actor,
            at,
            day: super::vn_day(at),
        }
    }
}

pub(crate) fn r(article: u16) -> Citation {
    Citation::article(KHANH_HOA_2086, article)
}

fn refuse(
    code: ErrorCode,
    en: String,
    vi: String,
    help: (&str, &str),
    cites: Vec<Citation>,
) -> Error {
    Error::new(code, en, vi)
        .with_help(help.0, help.1)
        .with_citations(cites)
}

impl<'a> Ctx<'a> {
    /// Role assignments of `body` on the context's day.
    pub fn assignments_of<'b>(
        &self,
        body: &'b BodyId,
    ) -> impl Iterator<Item = &'a RoleAssignment> + use<'a, 'b> {
        let day = self.day;
        self.reg
            .assignments
            .iter()
            .filter(move |a| &a.body == body && a.valid.contains(day))
    }

    /// True when `body` exists on the context's day.
    pub fn body_exists(&self, body: &BodyId) -> bool {
        self.reg
            .bodies
            .iter()
            .any(|b| &b.id == body && b.valid.contains(self.day))
    }

    /// The assignments that give `body` a role for `t`: an assignment limited to some duties
    /// (e.g. Sở KH&CN for the IT duties of Điều 7.1.e) only counts for rows citing those duties.
    pub fn granting<'b>(
        &self,
        body: &'b BodyId,
        t: &'b Transition,
    ) -> impl Iterator<Item = &'a RoleAssignment> + use<'a, 'b> {
        let reg = self.reg;
        self.assignments_of(body).filter(move |a| {
            a.duties.is_empty()
                || a.duties.iter().any(|d| {
                    reg.duties.iter().any(|duty| {
                        &duty.id == d
                            && t.citations
                                .iter()
                                .any(|c| duty.citation.is_within(c) || c.is_within(&duty.citation))
                    })
                })
        })
    }

    /// The bodies playing `role` on the context's day, for all of the role's duties.
    pub fn players(&self, role: Role) -> impl Iterator<Item = &'a RoleAssignment> + use<'a> {
        let day = self.day;
        self.reg
            .assignments
            .iter()
            .filter(move |a| a.role == role && a.duties.is_empty() && a.valid.contains(day))
    }

    fn unknown_body(&self, body: &BodyId, path: &str) -> Error {
        refuse(
            ErrorCode::UnknownAgency,
            format!("No body `{body}` exists on {}.", self.day),
            format!("Không có cơ quan `{body}` vào ngày {}.", self.day),
            (
                "Use a body id of the regulation, or register the body (Regulation::register_body).",
                "Dùng mã cơ quan có trong quy chế, hoặc đăng ký cơ quan trước.",
            ),
            Vec::new(),
        )
        .at(path)
    }
}

/// The guards that do not depend on the payload. Empty = allowed.
pub(crate) fn check_general(ctx: &Ctx, kind: CommandKind) -> Vec<Error> {
    let mut errs = Vec::new();
    let Some(t) = ctx.reg.workflow.transition(kind) else {
        errs.push(Error::new(
            ErrorCode::InvalidTransition,
            format!(
                "The regulation's workflow has no `{}` command.",
                kind.as_str()
            ),
            format!("Quy trình của quy chế không có lệnh `{}`.", kind.as_str()),
        ));
        return errs;
    };
    // Fact times outside the calendar the crate supports (1900–2199: holidays, working days and
    // deadlines are computed only there) are refused before any rule reads them.
    if !(crate::time::LUNAR_MIN..=crate::time::LUNAR_MAX).contains(&ctx.day) {
        errs.push(
            Error::new(
                ErrorCode::DateOutOfRange,
                format!("{} is outside the supported years 1900–2199.", ctx.day),
                format!(
                    "Ngày {} nằm ngoài khoảng năm 1900–2199 được hỗ trợ.",
                    ctx.day
                ),
            )
            .at("/at"),
        );
        return errs;
    }
    let body = &ctx.actor.body;
    if !ctx.body_exists(body) {
        errs.push(ctx.unknown_body(body, "/actor/body"));
        return errs;
    }
    // State: the "From" column of the table.
    match ctx.case {
        None if kind != CommandKind::Detect => errs.push(refuse(
            ErrorCode::InvalidTransition,
            format!("`{}` needs an existing case.", kind.as_str()),
            format!("Lệnh `{}` cần một vụ việc đã có.", kind.as_str()),
            (
                "Start with `detect`.",
                "Bắt đầu bằng lệnh phát hiện (`detect`).",
            ),
            t.citations.clone(),
        )),
        Some(case) if !t.from.contains(&case.status) => errs.push(refuse(
            ErrorCode::InvalidTransition,
            format!(
                "`{}` is not possible while the case is {}.",
                kind.as_str(),
                case.status.en()
            ),
            format!(
                "Không thể thực hiện \"{}\" khi vụ việc ở trạng thái \"{}\".",
                kind.vi(),
                case.status.vi()
            ),
            (
                "See allowed_commands for the steps possible now.",
                "Xem allowed_commands để biết các bước có thể thực hiện.",
            ),
            t.citations.clone(),
        )),
        Some(case) => {
            // Time never runs backwards within a case.
            if let Some(last) = ctx.log.last().map(|e| e.at)
                && ctx.at < last
            {
                errs.push(
                    refuse(
                        ErrorCode::TimeOrder,
                        format!(
                            "{} is before the case's last event ({}).",
                            ctx.at.to_rfc3339(),
                            last.to_rfc3339()
                        ),
                        format!(
                            "Thời điểm {} sớm hơn sự kiện cuối của vụ việc ({}).",
                            ctx.at.to_rfc3339(),
                            last.to_rfc3339()
                        ),
                        (
                            "Record events in the order they happened.",
                            "Ghi nhận sự kiện theo đúng trình tự thời gian.",
                        ),
                        Vec::new(),
                    )
                    .at("/at"),
                );
            }
            errs.extend(state_guards(ctx, case, kind, t));
        }
        None => {}
    }
    if let Some(e) = actor_guard(ctx, t) {
        errs.push(e);
    }
    errs
}

/// Guards on the case's content that go beyond the "From" column.
fn state_guards(ctx: &Ctx, case: &Case, kind: CommandKind, t: &Transition) -> Vec<Error> {
    let mut errs = Vec::new();
    let verdict = case.assessment.as_ref().map(|a| a.verdict);
    match kind {
        // Điều 5.1: the detecting body notifies the lead agency; the lead agency itself receives
        // directly (Điều 7.1.a(2)).
        CommandKind::NotifyLead => {
            let det_ctx = Ctx {
                day: super::vn_day(case.detection.at),
                ..*ctx
            };
            if det_ctx
                .assignments_of(&case.detection.body)
                .any(|a| a.role == Role::LeadAgency)
            {
                errs.push(refuse(
                    ErrorCode::NotifySelf,
                    "The lead agency detected this case itself: it receives it directly.".into(),
                    "Cơ quan chủ trì tự phát hiện vụ việc: tiếp nhận trực tiếp, không tự thông báo.".into(),
                    ("Use `receive`.", "Dùng lệnh tiếp nhận (`receive`)."),
                    vec![r(5).clause(1), r(7).clause(1).point(Point::A).item(2)],
                ));
            }
        }
        // Receive from `detected` only when the lead agency detected it itself.
        CommandKind::Receive if case.status == CaseStatus::Detected => {
            let det_ctx = Ctx {
                day: super::vn_day(case.detection.at),
                ..*ctx
            };
            if !det_ctx
                .assignments_of(&case.detection.body)
                .any(|a| a.role == Role::LeadAgency)
            {
                errs.push(refuse(
                    ErrorCode::InvalidTransition,
                    "The detecting body has not notified the lead agency yet.".into(),
                    "Cơ quan phát hiện chưa thông báo cho cơ quan chủ trì.".into(),
                    (
                        "The detecting body first uses `notify_lead` (Điều 5.1).",
                        "Cơ quan phát hiện cần thông báo trước (Điều 5.1).",
                    ),
                    vec![r(5).clause(1), r(7).clause(3).point(Point::A)],
                ));
            }
        }
        // Điều 5.2.a: a meeting belongs to a verification by meeting.
        CommandKind::RecordMeeting
            if case.verification.as_ref().map(|v| v.method) != Some(Method::Meeting) =>
        {
            errs.push(refuse(
                ErrorCode::MethodNotMeeting,
                "This verification is by written consultation, not by meeting.".into(),
                "Việc xác minh này theo hình thức lấy ý kiến bằng văn bản, không phải tổ chức họp."
                    .into(),
                (
                    "Record opinions with `submit_opinion` (Điều 5.2.b).",
                    "Ghi nhận ý kiến bằng `submit_opinion` (Điều 5.2.b).",
                ),
                vec![r(5).clause(2).point(Point::A)],
            ));
        }
        // Điều 5.2 + 7.1.a(3): a conclusion rests on the coordination (an opinion or a meeting).
        CommandKind::Conclude => {
            let v = case.verification.as_ref();
            if v.is_none_or(|v| v.opinions.is_empty() && v.meetings.is_empty()) {
                errs.push(refuse(
                    ErrorCode::EvidenceRequired,
                    "No opinion or meeting has been recorded: the verification has not run yet."
                        .into(),
                    "Chưa có ý kiến hay cuộc họp nào: việc kiểm tra, xác minh chưa được thực hiện."
                        .into(),
                    (
                        "Record at least one opinion or meeting first.",
                        "Cần ít nhất một ý kiến hoặc một cuộc họp.",
                    ),
                    vec![r(5).clause(2), r(7).clause(1).point(Point::A).item(3)],
                ));
            }
        }
        // Dismiss from `assessed` only when the verdict is not violating.
        CommandKind::Dismiss
            if case.status == CaseStatus::Assessed && verdict == Some(Verdict::Violating) =>
        {
            errs.push(refuse(
                ErrorCode::InvalidTransition,
                "A case concluded as violating is handled, not dismissed.".into(),
                "Vụ việc đã kết luận vi phạm phải được xử lý, không thể loại.".into(),
                (
                    "Assign a handling action (Điều 7.1.a(4)).",
                    "Giao xử lý (Điều 7.1.a, ý 4).",
                ),
                t.citations.clone(),
            ));
        }
        // Assign actions only after a violating verdict.
        CommandKind::AssignAction if verdict != Some(Verdict::Violating) => {
            errs.push(refuse(
                ErrorCode::InvalidTransition,
                "Only content concluded as violating is handled.".into(),
                "Chỉ xử lý thông tin đã kết luận là vi phạm.".into(),
                (
                    "Dismiss the case instead (Điều 2.2).",
                    "Hãy loại vụ việc (Điều 2.2).",
                ),
                vec![r(2).clause(2), r(7).clause(1).point(Point::A).item(4)],
            ));
        }
        // Điều 4.2: protect Party and State secrets.
        CommandKind::PublishResults if case.state_secret => {
            errs.push(refuse(
                ErrorCode::ConfidentialCase,
                "The case touches Party or State secrets: its results are not published.".into(),
                "Vụ việc liên quan đến bí mật của Đảng và Nhà nước: không đưa tin kết quả.".into(),
                (
                    "Close the case without publication.",
                    "Kết thúc vụ việc mà không đưa tin.",
                ),
                vec![r(4).clause(2)],
            ));
        }
        // Every action has a result before closing.
        CommandKind::Close if case.open_actions().next().is_some() => {
            errs.push(refuse(
                ErrorCode::ActionOpen,
                "An action still has no result.".into(),
                "Còn hành động xử lý chưa có kết quả.".into(),
                (
                    "The assignee reports the result first.",
                    "Cơ quan được giao cần báo cáo kết quả trước.",
                ),
                vec![
                    r(7).clause(2).point(Point::B),
                    r(7).clause(3).point(Point::B),
                ],
            ));
        }
        _ => {}
    }
    errs
}

/// The "Who may" column.
fn actor_guard(ctx: &Ctx, t: &Transition) -> Option<Error> {
    let body = &ctx.actor.body;
    let ok = match (&t.actor, ctx.case) {
        (ActorRule::AnyBody, _) => ctx.assignments_of(body).next().is_some(),
        (ActorRule::Roles { roles }, _) => ctx.granting(body, t).any(|a| roles.contains(&a.role)),
        (ActorRule::Detector, Some(c)) => &c.detection.body == body,
        (ActorRule::Consulted, Some(c)) => c
            .verification
            .as_ref()
            .is_some_and(|v| v.consulted.contains(body)),
        (ActorRule::Participant, Some(c)) => c.is_participant(body, ctx.log),
        (ActorRule::Assignee, Some(c)) => c.open_actions().any(|a| &a.assignee == body),
        (_, None) => true, // reported by the state check
    };
    if ok {
        return None;
    }
    let who = match &t.actor {
        ActorRule::AnyBody => Label2(
            "a body within the regulation's scope",
            "cơ quan thuộc phạm vi quy chế",
        ),
        ActorRule::Roles { roles } => {
            let en: Vec<&str> = roles.iter().map(|r| r.en()).collect();
            let vi: Vec<&str> = roles.iter().map(|r| r.vi()).collect();
            return Some(
                refuse(
                    ErrorCode::NotAuthorized,
                    format!(
                        "`{body}` may not {}: only {} may.",
                        t.command.en().to_lowercase(),
                        en.join(" or ")
                    ),
                    format!(
                        "`{body}` không có thẩm quyền \"{}\": chỉ {} thực hiện.",
                        t.command.vi(),
                        vi.join(" hoặc ")
                    ),
                    (
                        "The acting body's duties (Điều 7) do not include this step.",
                        "Nhiệm vụ của cơ quan (Điều 7) không bao gồm bước này.",
                    ),
                    t.citations.clone(),
                )
                .at("/actor/body"),
            );
        }
        ActorRule::Detector => Label2(
            "the body that detected the case",
            "cơ quan phát hiện vụ việc",
        ),
        ActorRule::Consulted => Label2(
            "a body consulted in the verification",
            "cơ quan được lấy ý kiến",
        ),
        ActorRule::Participant => {
            Label2("a body taking part in the case", "cơ quan tham gia vụ việc")
        }
        ActorRule::Assignee => Label2("the body assigned the action", "cơ quan được giao xử lý"),
    };
    Some(
        refuse(
            ErrorCode::NotAuthorized,
            format!(
                "`{body}` may not {}: only {} may.",
                t.command.en().to_lowercase(),
                who.0
            ),
            format!(
                "`{body}` không có thẩm quyền \"{}\": chỉ {} thực hiện.",
                t.command.vi(),
                who.1
            ),
            (
                "The acting body's duties (Điều 7) do not include this step.",
                "Nhiệm vụ của cơ quan (Điều 7) không bao gồm bước này.",
            ),
            t.citations.clone(),
        )
        .at("/actor/body"),
    )
}

struct Label2(&'static str, &'static str);

fn text(path: &str, value: &str, required: bool) -> Option<Error> {
    if value.chars().count() > MAX_TEXT_CHARS {
        return Some(
            Error::new(
                ErrorCode::InputTooLarge,
                format!("Text longer than {MAX_TEXT_CHARS} characters."),
                format!("Văn bản dài quá {MAX_TEXT_CHARS} ký tự."),
            )
            .at(path),
        );
    }
    if required && value.trim().is_empty() {
        return Some(Error::invalid(
            path,
            "This text must not be empty.",
            "Nội dung này không được để trống.",
        ));
    }
    None
}

fn list_len(path: &str, n: usize) -> Option<Error> {
    (n > MAX_LIST).then(|| {
        Error::new(
            ErrorCode::InputTooLarge,
            format!("More than {MAX_LIST} entries."),
            format!("Nhiều hơn {MAX_LIST} mục."),
        )
        .at(path)
    })
}

/// True when `body` plays a role whose clause of Điều 7 gives it a duty to verify or give
/// opinions: the clauses cited by `submit_opinion` (7.2.a, 7.3.b, 7.3.đ, 7.4.a, 7.5.a, 7.6.b,
/// 7.7.b). The lead agency and the People's Committee have none.
pub(crate) fn may_give_opinion(ctx: &Ctx, body: &BodyId) -> bool {
    let Some(t) = ctx.reg.workflow.transition(CommandKind::SubmitOpinion) else {
        return false;
    };
    ctx.assignments_of(body).any(|a| {
        a.role
            .article7_clause()
            .is_some_and(|clause| t.citations.iter().any(|c| c.is_within(&clause)))
    })
}

/// The guards that depend on the payload. `Ok` = allowed.
pub(crate) fn check_payload(ctx: &Ctx, cmd: &Command) -> Result<(), Error> {
    let first = |v: Vec<Option<Error>>| v.into_iter().flatten().next();
    let err = match cmd {
        Command::Detect(d) => check_detect(ctx, d),
        Command::NotifyLead(n) => first(vec![
            n.reference
                .as_deref()
                .and_then(|s| text("/reference", s, false)),
        ]),
        Command::Receive(rv) => first(vec![
            rv.note.as_deref().and_then(|s| text("/note", s, false)),
        ]),
        Command::OpenVerification(o) => check_open(ctx, o),
        Command::AssignOfficer(a) => text("/officer", &a.officer, true),
        Command::SubmitOpinion(o) => first(vec![
            text("/finding", &o.finding, false),
            text("/direction", &o.direction, false),
            list_len("/grounds", o.grounds.len()),
        ])
        .or_else(|| {
            // Điều 5.2.b: an opinion is on the checking, verifying, appraising *and* the handling
            // direction.
            (o.finding.trim().is_empty() || o.direction.trim().is_empty()).then(|| {
                refuse(
                    ErrorCode::OpinionIncomplete,
                    "An opinion needs a finding and a proposed handling direction.".into(),
                    "Ý kiến cần có nhận định và đề xuất hướng xử lý.".into(),
                    (
                        "Fill in `finding` and `direction`.",
                        "Điền `finding` và `direction`.",
                    ),
                    vec![r(5).clause(2).point(Point::B)],
                )
                .at(if o.finding.trim().is_empty() {
                    "/finding"
                } else {
                    "/direction"
                })
            })
        }),
        Command::RecordMeeting(m) => check_meeting(ctx, m),
        Command::Conclude(c) => first(vec![
            text("/note", &c.note, false),
            list_len("/grounds", c.grounds.len()),
        ])
        .or_else(|| super::grounds::check_conclusion(ctx, c).err()),
        Command::Dismiss(d) => check_dismiss(ctx, d),
        Command::AssignAction(a) => check_assign(ctx, a),
        Command::ReportResult(rr) => check_report(ctx, rr),
        Command::PublishResults(p) => first(vec![
            text("/title", &p.title, true),
            p.url.as_deref().and_then(|s| text("/url", s, false)),
        ]),
        Command::Close(c) => text("/note", &c.note, false),
    };
    match err {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

fn check_detect(ctx: &Ctx, d: &Detect) -> Option<Error> {
    let c = &d.content;
    let texts = [
        text("/content/platform", &c.platform, true),
        text("/content/summary", &c.summary, false),
        c.url
            .as_deref()
            .and_then(|s| text("/content/url", s, false)),
        c.author_handle
            .as_deref()
            .and_then(|s| text("/content/author_handle", s, false)),
        text("/content/language", &c.language, true),
        d.area
            .commune
            .as_deref()
            .and_then(|s| text("/area/commune", s, false)),
        d.area
            .field
            .as_deref()
            .and_then(|s| text("/area/field", s, false)),
        list_len("/topics", d.topics.len()),
    ];
    if let Some(e) = texts.into_iter().flatten().next() {
        return Some(e);
    }
    if let Some(id) = &d.case_id {
        let ok = !id.0.is_empty()
            && id.0.len() <= 64
            && id
                .0
                .chars()
                .all(|ch| ch.is_ascii_alphanumeric() || "-_./".contains(ch));
        if !ok {
            return Some(Error::invalid(
                "/case_id",
                "A case id is 1–64 characters of A–Z, a–z, 0–9, '-', '_', '.', '/'.",
                "Mã vụ việc gồm 1–64 ký tự chữ, số, '-', '_', '.', '/'.",
            ));
        }
    }
    // Điều 6.2: what is monitored and detected is described content.
    if c.summary.trim().is_empty() && c.url.as_deref().is_none_or(|u| u.trim().is_empty()) {
        return Some(
            refuse(
                ErrorCode::ContentRequired,
                "Describe the content: a summary or a URL.".into(),
                "Cần mô tả thông tin: tóm tắt nội dung hoặc đường dẫn.".into(),
                (
                    "Fill in content.summary or content.url.",
                    "Điền content.summary hoặc content.url.",
                ),
                vec![r(6).clause(2)],
            )
            .at("/content/summary"),
        );
    }
    let detected = d.detected_at.unwrap_or(ctx.at);
    if detected > ctx.at {
        return Some(
            refuse(
                ErrorCode::TimeOrder,
                "The detection time is after the event's time.".into(),
                "Thời điểm phát hiện muộn hơn thời điểm ghi nhận sự kiện.".into(),
                (
                    "Detection cannot be in the future of its record.",
                    "Không thể phát hiện sau thời điểm ghi nhận.",
                ),
                Vec::new(),
            )
            .at("/detected_at"),
        );
    }
    if c.published_at.is_some_and(|p| p > detected) {
        return Some(
            refuse(
                ErrorCode::TimeOrder,
                "The publication time is after the detection time.".into(),
                "Thời điểm đăng tải muộn hơn thời điểm phát hiện.".into(),
                (
                    "Content is detected after it is published.",
                    "Thông tin chỉ được phát hiện sau khi đăng tải.",
                ),
                Vec::new(),
            )
            .at("/content/published_at"),
        );
    }
    if let Some(owner) = &d.area.owner
        && !ctx.body_exists(owner)
    {
        return Some(ctx.unknown_body(owner, "/area/owner"));
    }
    None
}

fn check_open(ctx: &Ctx, o: &OpenVerification) -> Option<Error> {
    if let Some(e) = list_len("/consulted", o.consulted.len()) {
        return Some(e);
    }
    // Điều 5.2: the lead agency consults the coordinating bodies.
    if o.consulted.is_empty() {
        return Some(
            refuse(
                ErrorCode::ConsultationRequired,
                "A verification consults at least one body.".into(),
                "Việc kiểm tra, xác minh cần lấy ý kiến ít nhất một cơ quan phối hợp.".into(),
                (
                    "List the consulted bodies in `consulted`.",
                    "Liệt kê cơ quan được lấy ý kiến trong `consulted`.",
                ),
                vec![r(5).clause(2)],
            )
            .at("/consulted"),
        );
    }
    for (i, b) in o.consulted.iter().enumerate() {
        let path = format!("/consulted/{i}");
        if !ctx.body_exists(b) {
            return Some(ctx.unknown_body(b, &path));
        }
        if o.consulted[..i].contains(b) {
            return Some(Error::invalid(
                path,
                format!("`{b}` is listed twice."),
                format!("`{b}` bị liệt kê hai lần."),
            ));
        }
        if !may_give_opinion(ctx, b) {
            return Some(
                refuse(
                    ErrorCode::NoVerificationDuty,
                    format!("`{b}` has no duty to verify or give opinions under Điều 7."),
                    format!("`{b}` không có nhiệm vụ kiểm tra, xác minh hay cho ý kiến theo Điều 7."),
                    (
                        "Consult the police (7.2.a), departments (7.3.b, 7.3.đ), the journalists' association (7.4.a), press outlets (7.5.a) or the Party commissions (7.6.b, 7.7.b).",
                        "Lấy ý kiến Công an tỉnh (7.2.a), các sở, ngành (7.3.b, 7.3.đ), Hội Nhà báo (7.4.a), cơ quan báo chí (7.5.a) hoặc các Ban của Tỉnh ủy (7.6.b, 7.7.b).",
                    ),
                    vec![r(5).clause(2).point(Point::B)],
                )
                .at(path),
            );
        }
    }
    None
}

fn check_meeting(ctx: &Ctx, m: &RecordMeeting) -> Option<Error> {
    if let Some(e) = list_len("/attendees", m.attendees.len())
        .or_else(|| text("/conclusion", &m.conclusion, true))
    {
        return Some(e);
    }
    if m.attendees.is_empty() {
        return Some(Error::invalid(
            "/attendees",
            "A meeting has attendees.",
            "Cuộc họp cần có thành phần tham dự.",
        ));
    }
    let consulted = ctx
        .case
        .and_then(|c| c.verification.as_ref())
        .map(|v| v.consulted.clone())
        .unwrap_or_default();
    for (i, b) in m.attendees.iter().enumerate() {
        if b != &ctx.actor.body && !consulted.contains(b) {
            return Some(
                refuse(
                    ErrorCode::AttendeeNotParticipant,
                    format!("`{b}` was not consulted in this verification."),
                    format!("`{b}` không được mời tham gia việc xác minh này."),
                    (
                        "Attendees are the lead agency and the consulted bodies.",
                        "Thành phần là cơ quan chủ trì và các cơ quan được lấy ý kiến.",
                    ),
                    vec![r(5).clause(2).point(Point::A)],
                )
                .at(format!("/attendees/{i}")),
            );
        }
    }
    None
}

fn check_dismiss(ctx: &Ctx, d: &Dismiss) -> Option<Error> {
    if let Some(e) = text("/note", &d.note, false) {
        return Some(e);
    }
    let case = ctx.case?;
    let bad = |en: &str, vi: &str, path: &str| {
        Some(
            refuse(
                ErrorCode::DismissReasonInvalid,
                en.into(),
                vi.into(),
                (
                    "Pick the reason that fits the case.",
                    "Chọn lý do phù hợp với vụ việc.",
                ),
                vec![r(1).clause(1), r(2).clause(2)],
            )
            .at(path),
        )
    };
    match d.reason {
        DismissReason::Duplicate => match &d.duplicate_of {
            None => bad(
                "A duplicate names the earlier case.",
                "Cần nêu vụ việc bị trùng.",
                "/duplicate_of",
            ),
            Some(id) if id == &case.id => bad(
                "A case cannot duplicate itself.",
                "Vụ việc không thể trùng với chính nó.",
                "/duplicate_of",
            ),
            Some(_) => None,
        },
        DismissReason::AssessedNotViolating if case.status != CaseStatus::Assessed => bad(
            "The case has not been assessed yet.",
            "Vụ việc chưa được kết luận.",
            "/reason",
        ),
        _ if d.duplicate_of.is_some() => bad(
            "duplicate_of is only for the reason `duplicate`.",
            "duplicate_of chỉ dùng với lý do `duplicate`.",
            "/duplicate_of",
        ),
        _ => None,
    }
}

fn check_assign(ctx: &Ctx, a: &AssignAction) -> Option<Error> {
    if let Some(e) = text("/note", &a.note, false) {
        return Some(e);
    }
    if !ctx.body_exists(&a.assignee) {
        return Some(ctx.unknown_body(&a.assignee, "/assignee"));
    }
    let roles: Vec<Role> = ctx.assignments_of(&a.assignee).map(|x| x.role).collect();
    // Điều 7.6–7.7 are requests ("Đề nghị") to Party bodies: they give opinions, they are never
    // assigned actions.
    if roles
        .iter()
        .any(|r| r.obligation() == crate::org::Obligation::Requested)
    {
        return Some(
            refuse(
                ErrorCode::RequestedBody,
                format!(
                    "`{}` is a Party body: the regulation only requests its cooperation.",
                    a.assignee
                ),
                format!(
                    "`{}` là cơ quan của Đảng: quy chế chỉ đề nghị phối hợp, không giao xử lý.",
                    a.assignee
                ),
                (
                    "Ask for its opinion instead (submit_opinion).",
                    "Hãy lấy ý kiến của cơ quan này.",
                ),
                vec![r(7).clause(6), r(7).clause(7)],
            )
            .at("/assignee"),
        );
    }
    let Some(rule) = ctx.reg.workflow.action(a.kind) else {
        return Some(Error::invalid(
            "/kind",
            format!("The regulation defines no action `{}`.", a.kind.as_str()),
            format!("Quy chế không có loại xử lý `{}`.", a.kind.as_str()),
        ));
    };
    if !roles.iter().any(|r| rule.assignees.contains(r)) {
        let en: Vec<&str> = rule.assignees.iter().map(|r| r.en()).collect();
        let vi: Vec<&str> = rule.assignees.iter().map(|r| r.vi()).collect();
        return Some(
            refuse(
                ErrorCode::ActionRoleMismatch,
                format!(
                    "\"{}\" is carried out by {}, not by `{}`.",
                    a.kind.en(),
                    en.join(" or "),
                    a.assignee
                ),
                format!(
                    "\"{}\" do {} thực hiện, không phải `{}`.",
                    a.kind.vi(),
                    vi.join(" hoặc "),
                    a.assignee
                ),
                (
                    "Assign it to a body with that duty.",
                    "Giao cho cơ quan có nhiệm vụ này.",
                ),
                rule.citations.clone(),
            )
            .at("/kind"),
        );
    }
    if a.target.is_some() && a.kind != ActionKind::RemovalRequest {
        return Some(Error::invalid(
            "/target",
            "`target` only applies to a removal request.",
            "`target` chỉ dùng cho yêu cầu gỡ bỏ.",
        ));
    }
    None
}

fn check_report(ctx: &Ctx, rr: &ReportResult) -> Option<Error> {
    if let Some(e) = text("/note", &rr.note, false) {
        return Some(e);
    }
    let case = ctx.case?;
    let Some(action) = case.actions.iter().find(|a| a.id == rr.action_id) else {
        return Some(
            Error::new(
                ErrorCode::UnknownAction,
                format!("The case has no action `{}`.", rr.action_id),
                format!("Vụ việc không có hành động `{}`.", rr.action_id),
            )
            .at("/action_id"),
        );
    };
    if action.result.is_some() {
        return Some(
            Error::new(
                ErrorCode::ActionNotOpen,
                format!("Action `{}` already has a result.", rr.action_id),
                format!("Hành động `{}` đã có kết quả.", rr.action_id),
            )
            .at("/action_id"),
        );
    }
    // Điều 7.2.b, 7.3.b: the body that handled it reports its result.
    if action.assignee != ctx.actor.body {
        return Some(
            refuse(
                ErrorCode::NotAuthorized,
                format!(
                    "Only `{}`, the assignee, reports the result of `{}`.",
                    action.assignee, action.id
                ),
                format!(
                    "Chỉ `{}` (cơ quan được giao) báo cáo kết quả của `{}`.",
                    action.assignee, action.id
                ),
                (
                    "The assignee reports its own result.",
                    "Cơ quan được giao tự báo cáo kết quả.",
                ),
                vec![
                    r(7).clause(2).point(Point::B),
                    r(7).clause(3).point(Point::B),
                ],
            )
            .at("/action_id"),
        );
    }
    None
}
