//! Every refusal text of the workflow's guards, in one catalogue keyed by error code: the
//! English and Vietnamese message and help of each refusal. The guards choose a refusal and the
//! citations (from the regulation's data); the texts never name an article themselves. Bodies
//! and steps are named by their names; ids travel in the structured fields.

use crate::error::{ApiItem, Error, ErrorCode};
use crate::law::Citation;
use crate::text::{Label, echo};
use crate::vocab::CaseStatus;
use chrono::{DateTime, FixedOffset, NaiveDate};

/// One refusal, with what its texts mention.
pub(crate) enum Refusal<'a> {
    // INVALID_TRANSITION
    /// The regulation's workflow has no such step.
    NoSuchStep { step: &'a Label },
    /// The step needs an existing case.
    NeedsCase { step: &'a Label },
    /// The step is not possible in the case's state.
    NotInState { step: &'a Label, status: CaseStatus },
    /// The coordinator receives from `detected` only a case it detected itself.
    NotNotified,
    /// A case concluded violating is handled, not dismissed.
    ViolatingNotDismissed,
    /// Handling follows a violating verdict.
    NeedsViolation,
    /// The case is already marked confidential.
    AlreadyConfidential,
    // DATE_OUT_OF_RANGE
    /// A fact time outside the calendar's years.
    OutOfRange { day: NaiveDate },
    // UNKNOWN_AGENCY
    /// No such body on that day (with the body answering for it, if any).
    UnknownBody {
        id: &'a str,
        day: NaiveDate,
        /// The bodies answering for it then, if it existed before (several when its work was
        /// split).
        successors: &'a [Label],
    },
    // TIME_ORDER
    /// Time runs backwards.
    BeforeLastEvent {
        at: DateTime<FixedOffset>,
        last: DateTime<FixedOffset>,
    },
    /// A time of the payload after the event's own time.
    AfterRecord { what: (&'a str, &'a str) },
    /// Publication after detection.
    PublishedAfterDetection,
    // NOT_AUTHORIZED
    /// The actor may not take the step.
    NotAuthorized {
        body: &'a Label,
        step: &'a Label,
        who: &'a Label,
    },
    /// The actor has no authority for the action kind.
    NotTaker {
        body: &'a Label,
        kind: &'a Label,
        takers: &'a Label,
    },
    /// Only the holder (or a body answering for it) reports on, or records for, an item.
    NotHolder {
        body: &'a Label,
        item: &'a str,
        holder: &'a Label,
    },
    // NOTIFY_SELF
    /// The coordinator does not notify itself.
    NotifySelf,
    // CONTENT_REQUIRED
    /// The content is not described.
    ContentRequired,
    // OUT_OF_TERRITORY
    /// The territory is not covered.
    OutOfTerritory { territory: &'a Label },
    // CONSULTATION_REQUIRED
    /// No body consulted.
    ConsultationRequired,
    // NO_VERIFICATION_DUTY
    /// The body has no verification duty on that day.
    NoVerificationDuty { body: &'a Label, day: NaiveDate },
    // OPINION_INCOMPLETE
    /// An opinion lacks its finding or direction.
    OpinionIncomplete,
    // METHOD_NOT_MEETING
    /// A meeting in a written consultation.
    MethodNotMeeting,
    // ATTENDEE_NOT_PARTICIPANT
    /// An attendee not consulted.
    AttendeeNotParticipant { body: &'a Label },
    // EVIDENCE_REQUIRED
    /// No opinion or meeting before the conclusion.
    EvidenceRequired { reading: Option<&'a Label> },
    // DISMISS_REASON_INVALID
    /// A reason that does not fit.
    DismissReason { en: &'a str, vi: &'a str },
    // REQUESTED_BODY
    /// A body outside the issuing authority asked for what its duties do not name.
    RequestedBody { body: &'a Label, kind: &'a Label },
    // ACTION_ROLE_MISMATCH
    /// The body's role may not be requested or directed to that kind of action.
    ActionRoleMismatch {
        body: &'a Label,
        kind: &'a Label,
        allowed: &'a Label,
        directed: bool,
    },
    // UNKNOWN_ACTION
    /// No such action, proposal or request.
    UnknownItem { id: &'a str },
    // ACTION_NOT_OPEN
    /// The item already has a result, was withdrawn or answered.
    NotOpen { id: &'a str },
    // ACTION_OPEN
    /// Something is still open at closing.
    SomethingOpen { ids: &'a str },
    // CONFIDENTIAL_CASE
    /// Nothing of a confidential case is published.
    Confidential,
    // LABEL_INVALID
    /// A label that contradicts the conclusion.
    LabelContradicts,
}

impl Refusal<'_> {
    /// The refusal's stable code.
    pub(crate) fn code(&self) -> ErrorCode {
        use Refusal::*;
        match self {
            NoSuchStep { .. }
            | NeedsCase { .. }
            | NotInState { .. }
            | NotNotified
            | ViolatingNotDismissed
            | NeedsViolation
            | AlreadyConfidential => ErrorCode::InvalidTransition,
            OutOfRange { .. } => ErrorCode::DateOutOfRange,
            UnknownBody { .. } => ErrorCode::UnknownAgency,
            BeforeLastEvent { .. } | AfterRecord { .. } | PublishedAfterDetection => {
                ErrorCode::TimeOrder
            }
            NotAuthorized { .. } | NotTaker { .. } | NotHolder { .. } => ErrorCode::NotAuthorized,
            NotifySelf => ErrorCode::NotifySelf,
            ContentRequired => ErrorCode::ContentRequired,
            OutOfTerritory { .. } => ErrorCode::OutOfTerritory,
            ConsultationRequired => ErrorCode::ConsultationRequired,
            NoVerificationDuty { .. } => ErrorCode::NoVerificationDuty,
            OpinionIncomplete => ErrorCode::OpinionIncomplete,
            MethodNotMeeting => ErrorCode::MethodNotMeeting,
            AttendeeNotParticipant { .. } => ErrorCode::AttendeeNotParticipant,
            EvidenceRequired { .. } => ErrorCode::EvidenceRequired,
            DismissReason { .. } => ErrorCode::DismissReasonInvalid,
            RequestedBody { .. } => ErrorCode::RequestedBody,
            ActionRoleMismatch { .. } => ErrorCode::ActionRoleMismatch,
            UnknownItem { .. } => ErrorCode::UnknownAction,
            NotOpen { .. } => ErrorCode::ActionNotOpen,
            SomethingOpen { .. } => ErrorCode::ActionOpen,
            Confidential => ErrorCode::ConfidentialCase,
            LabelContradicts => ErrorCode::LabelInvalid,
        }
    }

    /// The API item the help names (its texts hold `{api}` where the name goes), if any.
    fn api(&self) -> Option<ApiItem> {
        use Refusal::*;
        match self {
            NoSuchStep { .. } | NotInState { .. } => Some(ApiItem::AllowedCommands),
            NeedsCase { .. } => Some(ApiItem::StartCase),
            UnknownBody { successors: [], .. } => Some(ApiItem::RegisterBody),
            _ => None,
        }
    }

    /// The English message, the Vietnamese message, and the help in both.
    ///
    /// One long match on purpose: it is the catalogue of every refusal's words, one arm per
    /// refusal, so that a translator reads and corrects them in one place.
    fn texts(&self) -> [String; 4] {
        use Refusal::*;
        let d = |day: &NaiveDate| day.format("%d/%m/%Y").to_string();
        let s = |x: &str| x.to_string();
        match self {
            NoSuchStep { step } => [
                format!("The regulation's workflow has no step \"{}\".", step.en),
                format!("Quy trình của quy chế không có bước \"{}\".", step.vi),
                s("Ask for the steps possible now with {api}."),
                s("Xem các bước có thể thực hiện lúc này bằng {api}."),
            ],
            NeedsCase { step } => [
                format!("\"{}\" needs an existing case.", step.en),
                format!("Bước \"{}\" cần một vụ việc đã có.", step.vi),
                s("Start a case with {api} and a `detect` command."),
                s("Bắt đầu vụ việc bằng {api} với lệnh phát hiện (`detect`)."),
            ],
            NotInState { step, status } => [
                format!(
                    "\"{}\" is not possible while the case is \"{}\".",
                    step.en,
                    status.en()
                ),
                format!(
                    "Không thể thực hiện \"{}\" khi vụ việc ở trạng thái \"{}\".",
                    step.vi,
                    status.vi()
                ),
                s("Ask for the steps possible now with {api}."),
                s("Xem các bước có thể thực hiện lúc này bằng {api}."),
            ],
            NotNotified => [
                s("The detecting body has not notified the lead agency yet."),
                s("Cơ quan phát hiện chưa thông báo cho cơ quan chủ trì."),
                s("The detecting body first notifies the lead agency (`notify_lead`)."),
                s("Cơ quan phát hiện cần thông báo cho cơ quan chủ trì trước (`notify_lead`)."),
            ],
            ViolatingNotDismissed => [
                s("A case concluded as violating is handled, not dismissed."),
                s("Vụ việc đã kết luận vi phạm phải được xử lý, không thể loại."),
                s("Act within your authority, request or propose a direction."),
                s("Hãy xử lý theo thẩm quyền, đề nghị hoặc tham mưu chỉ đạo xử lý."),
            ],
            NeedsViolation => [
                s("Only content concluded as violating is handled."),
                s("Chỉ xử lý thông tin đã được kết luận là vi phạm."),
                s("Conclude first, or dismiss the case."),
                s("Hãy kết luận trước, hoặc loại vụ việc."),
            ],
            AlreadyConfidential => [
                s("The case is already marked as touching Party or State secrets."),
                s("Vụ việc đã được xác định là liên quan đến bí mật của Đảng và Nhà nước."),
                s("Nothing more is needed."),
                s("Không cần thực hiện thêm."),
            ],
            OutOfRange { day } => [
                format!("{day} is outside the supported years 1900–2199."),
                format!(
                    "Ngày {} nằm ngoài khoảng năm 1900–2199 được hỗ trợ.",
                    d(day)
                ),
                s("Check the year of the date."),
                s("Kiểm tra lại năm của thời điểm."),
            ],
            UnknownBody {
                id,
                day,
                successors,
            } => {
                let names = |vi: bool| {
                    let all: Vec<&str> = successors
                        .iter()
                        .map(|n| if vi { n.vi.as_str() } else { n.en.as_str() })
                        .collect();
                    all.join("; ")
                };
                let (en, vi) = match successors.len() {
                    0 => (
                        s("Use a body of the regulation, or register the body first with {api}."),
                        s(
                            "Dùng mã cơ quan có trong quy chế, hoặc đăng ký cơ quan trước bằng {api}.",
                        ),
                    ),
                    1 => (
                        format!(
                            "It had ceased to exist by then; {} answers for it.",
                            names(false)
                        ),
                        format!(
                            "Cơ quan này đã chấm dứt hoạt động vào thời điểm đó; {} thực hiện thay.",
                            names(true)
                        ),
                    ),
                    _ => (
                        format!(
                            "It had ceased to exist by then; its work went to: {}. Act as the one that took over this work.",
                            names(false)
                        ),
                        format!(
                            "Cơ quan này đã chấm dứt hoạt động vào thời điểm đó; nhiệm vụ được chuyển cho: {}. Hãy thực hiện với tư cách cơ quan đã nhận nhiệm vụ này.",
                            names(true)
                        ),
                    ),
                };
                [
                    format!("No body `{}` exists on {day}.", echo(id)),
                    format!("Không có cơ quan `{}` vào ngày {}.", echo(id), d(day)),
                    en,
                    vi,
                ]
            }
            BeforeLastEvent { at, last } => [
                format!(
                    "{} is before the case's last event ({}).",
                    at.to_rfc3339(),
                    last.to_rfc3339()
                ),
                format!(
                    "Thời điểm {} sớm hơn sự kiện cuối của vụ việc ({}).",
                    at.format("%H:%M:%S ngày %d/%m/%Y (UTC%:z)"),
                    last.format("%H:%M:%S ngày %d/%m/%Y (UTC%:z)")
                ),
                s("Record events in the order they happened."),
                s("Ghi nhận sự kiện theo đúng trình tự thời gian."),
            ],
            AfterRecord { what } => [
                format!("The {} is after the event's own time.", what.0),
                format!("Thời điểm {} muộn hơn thời điểm ghi nhận sự kiện.", what.1),
                s("A fact cannot be recorded before it happens."),
                s("Không thể ghi nhận một việc trước khi nó xảy ra."),
            ],
            PublishedAfterDetection => [
                s("The publication time is after the detection time."),
                s("Thời điểm đăng tải muộn hơn thời điểm phát hiện."),
                s("Content is detected after it is published."),
                s("Thông tin chỉ được phát hiện sau khi đăng tải."),
            ],
            NotAuthorized { body, step, who } => [
                format!(
                    "{} may not take the step \"{}\": only {} may.",
                    body.en, step.en, who.en
                ),
                format!(
                    "{} không có thẩm quyền thực hiện \"{}\": chỉ {} thực hiện.",
                    body.vi, step.vi, who.vi
                ),
                s("The acting body's duties do not include this step."),
                s("Nhiệm vụ của cơ quan không bao gồm bước này."),
            ],
            NotTaker { body, kind, takers } => [
                format!(
                    "{} has no authority of its own for \"{}\": {} has.",
                    body.en, kind.en, takers.en
                ),
                format!(
                    "{} không có thẩm quyền tự thực hiện \"{}\": thẩm quyền thuộc {}.",
                    body.vi, kind.vi, takers.vi
                ),
                s("Ask the lead agency to request the body that has the authority."),
                s("Đề nghị cơ quan chủ trì đề nghị cơ quan có thẩm quyền thực hiện."),
            ],
            NotHolder { body, item, holder } => [
                format!(
                    "{} does not hold {item}: {} does (or the body answering for it).",
                    body.en, holder.en
                ),
                format!(
                    "{} không phụ trách `{item}`: {} phụ trách (hoặc cơ quan kế thừa).",
                    body.vi, holder.vi
                ),
                s("The body concerned records its own step."),
                s("Cơ quan phụ trách tự ghi nhận bước của mình."),
            ],
            NotifySelf => [
                s("The lead agency detected this case itself: it receives it directly."),
                s("Cơ quan chủ trì tự phát hiện vụ việc: tiếp nhận trực tiếp, không tự thông báo."),
                s("Use `receive`."),
                s("Dùng bước tiếp nhận (`receive`)."),
            ],
            ContentRequired => [
                s("Describe the content: a summary or a URL."),
                s("Cần mô tả thông tin: tóm tắt nội dung hoặc đường dẫn."),
                s("Fill in content.summary or content.url."),
                s("Điền content.summary hoặc content.url."),
            ],
            OutOfTerritory { territory } => [
                format!(
                    "The regulation does not cover {} on that date.",
                    territory.en
                ),
                format!(
                    "Quy chế không áp dụng cho {} vào thời điểm đó.",
                    territory.vi
                ),
                s("Handle the case under the regulation covering that territory, if one is known."),
                s("Xử lý theo quy chế áp dụng cho địa bàn đó, nếu có."),
            ],
            ConsultationRequired => [
                s("A verification consults at least one body."),
                s("Việc kiểm tra, xác minh cần lấy ý kiến ít nhất một cơ quan phối hợp."),
                s("List the consulted bodies in `consulted`."),
                s("Liệt kê các cơ quan được lấy ý kiến trong `consulted`."),
            ],
            NoVerificationDuty { body, day } => [
                format!(
                    "{} has no duty to verify or give opinions on {day}.",
                    body.en
                ),
                format!(
                    "{} không có nhiệm vụ kiểm tra, xác minh hay cho ý kiến vào ngày {}.",
                    body.vi,
                    d(day)
                ),
                s("Consult a body whose duties include verification on that date."),
                s("Lấy ý kiến cơ quan có nhiệm vụ kiểm tra, xác minh vào thời điểm đó."),
            ],
            OpinionIncomplete => [
                s("An opinion needs a finding and a proposed handling direction."),
                s("Ý kiến cần có nhận định và đề xuất hướng xử lý."),
                s("Fill in `finding` and `direction`."),
                s("Điền `finding` (nhận định) và `direction` (hướng xử lý)."),
            ],
            MethodNotMeeting => [
                s("This verification is by written consultation, not by meeting."),
                s(
                    "Việc xác minh này theo hình thức lấy ý kiến bằng văn bản, không phải tổ chức họp.",
                ),
                s("Record opinions with `submit_opinion`."),
                s("Ghi nhận ý kiến bằng bước gửi ý kiến (`submit_opinion`)."),
            ],
            AttendeeNotParticipant { body } => [
                format!("{} was not consulted in this verification.", body.en),
                format!("{} không được mời tham gia việc xác minh này.", body.vi),
                s(
                    "Attendees are the lead agency and the consulted bodies; consult more bodies first.",
                ),
                s(
                    "Thành phần là cơ quan chủ trì và các cơ quan được lấy ý kiến; hãy lấy thêm ý kiến trước.",
                ),
            ],
            EvidenceRequired { reading } => {
                let (en, vi) = match reading {
                    Some(r) => (
                        format!(" Interpretation: {}", r.en),
                        format!(" Cách hiểu: {}", r.vi),
                    ),
                    None => (String::new(), String::new()),
                };
                [
                    s("No opinion or meeting has been recorded: the verification has not run yet."),
                    s(
                        "Chưa có ý kiến hay cuộc họp nào: việc kiểm tra, xác minh chưa được thực hiện.",
                    ),
                    format!("Record at least one opinion or meeting first.{en}"),
                    format!("Cần có ít nhất một ý kiến hoặc một cuộc họp.{vi}"),
                ]
            }
            DismissReason { en, vi } => [
                s(en),
                s(vi),
                s("Pick the reason that fits the case."),
                s("Chọn lý do phù hợp với vụ việc."),
            ],
            RequestedBody { body, kind } => [
                format!(
                    "{} is outside the People's Committee's authority: it may only be requested what its duties name, and \"{}\" is not among them.",
                    body.en, kind.en
                ),
                format!(
                    "{} không thuộc quyền chỉ đạo của UBND tỉnh: chỉ đề nghị những việc thuộc nhiệm vụ được nêu, không gồm \"{}\".",
                    body.vi, kind.vi
                ),
                s("Ask for its opinion in the verification instead."),
                s("Hãy lấy ý kiến của cơ quan này trong bước kiểm tra, xác minh."),
            ],
            ActionRoleMismatch {
                body,
                kind,
                allowed,
                directed,
            } => {
                let (en, vi) = if *directed {
                    ("directed to", "chỉ đạo")
                } else {
                    ("requested", "đề nghị")
                };
                [
                    format!(
                        "{} cannot be {en} \"{}\": its duties do not include it. Who can: {}.",
                        body.en, kind.en, allowed.en
                    ),
                    format!(
                        "Không thể {vi} {} thực hiện \"{}\": nhiệm vụ của cơ quan không bao gồm việc này. Cơ quan có nhiệm vụ: {}.",
                        body.vi, kind.vi, allowed.vi
                    ),
                    s("Choose a body whose duties include it."),
                    s("Chọn cơ quan có nhiệm vụ này."),
                ]
            }
            UnknownItem { id } => [
                format!(
                    "The case has no action, proposal or request `{}`.",
                    echo(id)
                ),
                format!(
                    "Vụ việc không có việc xử lý, đề xuất hay yêu cầu `{}`.",
                    echo(id)
                ),
                s("Use an id the case lists."),
                s("Dùng mã có trong vụ việc."),
            ],
            NotOpen { id } => [
                format!("`{}` is already answered, reported or withdrawn.", echo(id)),
                format!("`{}` đã có kết quả, đã được trả lời hoặc đã rút.", echo(id)),
                s("Each item is reported once."),
                s("Mỗi việc chỉ được báo cáo một lần."),
            ],
            SomethingOpen { ids } => [
                format!("Still open: {ids}."),
                format!("Còn việc chưa có kết quả: {ids}."),
                s("Report their results, or withdraw them, first."),
                s("Cần báo cáo kết quả hoặc rút các việc này trước."),
            ],
            Confidential => [
                s("The case touches Party or State secrets: its results are not published."),
                s("Vụ việc liên quan đến bí mật của Đảng và Nhà nước: không đưa tin kết quả."),
                s("Close the case without publication."),
                s("Kết thúc vụ việc mà không đưa tin."),
            ],
            LabelContradicts => [
                s("A case concluded as not violating cannot be labelled fake or false."),
                s(
                    "Vụ việc đã kết luận không vi phạm thì không gắn nhãn tin giả hoặc tin sai sự thật.",
                ),
                s("Label it as verified, or leave it unlabelled."),
                s("Gắn nhãn tin xác thực, hoặc không gắn nhãn."),
            ],
        }
    }

    /// The refusal as an error, citing `citations`.
    pub(crate) fn error(self, citations: impl IntoIterator<Item = Citation>) -> Error {
        let [en, vi, help_en, help_vi] = self.texts();
        let e = Error::new(self.code(), en, vi);
        match self.api() {
            Some(item) => e.with_help_naming(item, help_en, help_vi),
            None => e.with_help(help_en, help_vi),
        }
        .with_citations(citations)
    }
}
