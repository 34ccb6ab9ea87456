//! The names of a command's fields, for forms: one entry per property of
//! `schemas/command.schema.json` (nested ones as `content.summary`, `area.commune`,
//! `trigger.at`), with a label and a one-line help in Vietnamese and English. A user interface
//! builds its forms from the schema and takes these words from here, so that every binding
//! shows the same ones.

use crate::text::Label;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The label and help of one command field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[non_exhaustive]
pub struct FieldTerm {
    /// The property's path in a command: `"channel"`, `"content.summary"`, `"trigger.at"`.
    pub id: String,
    /// Its name in Vietnamese and English.
    pub label: Label,
    /// One line of help in Vietnamese and English.
    pub help: Label,
}

/// `(id, label vi, label en, help vi, help en)` for every command field: a data table, one row
/// per field (kept on one line each for reading).
#[rustfmt::skip]
const FIELDS: &[(&str, &str, &str, &str, &str)] = &[
    ("content", "Nội dung thông tin", "The content", "Thông tin bị phát hiện trên không gian mạng.", "The online content found."),
    ("content.url", "Đường dẫn", "Link (URL)", "Địa chỉ của nội dung, nếu biết.", "Where it is, when known."),
    ("content.platform", "Nền tảng", "Platform", "Tên nền tảng hoặc trang, ví dụ Facebook.", "The platform or site, e.g. Facebook."),
    ("content.platform_kind", "Loại nền tảng", "Kind of platform", "Quyết định thời hạn gỡ bỏ áp dụng.", "It selects the removal time limit."),
    ("content.kind", "Loại nội dung", "Kind of content", "Bài đăng, bình luận, bài báo, video…", "A post, a comment, an article, a video…"),
    ("content.summary", "Tóm tắt nội dung", "Summary", "Mô tả ngắn, khách quan; không chép dữ liệu cá nhân.", "A short neutral description; no personal data."),
    ("content.published_at", "Thời điểm đăng tải", "Published at", "Xác định căn cứ pháp lý có hiệu lực (thời điểm áp dụng pháp luật).", "It selects the legal grounds in force (law time)."),
    ("content.author_handle", "Tài khoản đăng tải", "Author's account", "Dữ liệu cá nhân: không đưa vào báo cáo.", "Personal data: never copied into reports."),
    ("content.language", "Ngôn ngữ", "Language", "Mã ngôn ngữ, ví dụ vi.", "Language tag, e.g. vi."),
    ("case_id", "Số hiệu vụ việc", "Case number", "Tùy chọn; không ghi dữ liệu cá nhân. Để trống thì tự sinh từ cơ quan và thời điểm phát hiện.", "Optional; no personal data. Left empty, it is derived from the detecting body and time."),
    ("source", "Nguồn phát hiện", "How it was detected", "Cơ quan biết đến thông tin qua đâu.", "How the content came to the body's attention."),
    ("topics", "Lĩnh vực nội dung", "Topics", "Một số lĩnh vực cần có ý kiến của cơ quan chuyên ngành.", "Some topics call for a specialised body's opinion."),
    ("detected_at", "Thời điểm phát hiện", "Detected at", "Để trống nếu trùng thời điểm ghi bước này.", "Leave empty if it is the time of this step."),
    ("state_secret", "Liên quan bí mật Nhà nước", "Touches State secrets", "Đánh dấu nếu nội dung liên quan bí mật của Đảng, Nhà nước.", "Tick if it touches Party or State secrets."),
    ("area", "Địa bàn, lĩnh vực", "Area or field", "Địa bàn hoặc lĩnh vực liên quan.", "The area or field concerned."),
    ("area.commune", "Xã, phường liên quan", "Commune or ward", "Đơn vị hành chính cấp xã liên quan, nếu có.", "The commune-level unit concerned, if any."),
    ("area.field", "Lĩnh vực liên quan", "Field concerned", "Ví dụ: y tế.", "For example: health."),
    ("area.owner", "Cơ quan quản lý địa bàn, lĩnh vực", "Body managing it", "Cơ quan quản lý địa bàn hoặc lĩnh vực, nếu biết.", "The body managing that area or field, if known."),
    ("area.territory", "Vùng lãnh thổ", "Territory", "Đối chiếu với phạm vi của quy chế.", "Checked against the regulation's scope."),
    ("channel", "Hình thức thông báo", "Channel", "Cách thông báo cho cơ quan chủ trì.", "How the lead agency is told."),
    ("reference", "Số văn bản, mã tin nhắn", "Document or message reference", "Tùy chọn.", "Optional."),
    ("note", "Ghi chú", "Remarks", "Tùy chọn.", "Optional."),
    ("priority", "Mức ưu tiên", "Priority", "Khẩn: xác minh ngay; thấp: chỉ theo dõi.", "Urgent: verify at once; low: monitor only."),
    ("method", "Hình thức phối hợp", "Coordination method", "Tổ chức họp hoặc lấy ý kiến bằng văn bản.", "A meeting or written consultation."),
    ("consulted", "Cơ quan được lấy ý kiến", "Bodies consulted", "Các cơ quan phối hợp xác minh.", "The bodies helping to verify."),
    ("officer", "Cán bộ được phân công", "Officer assigned", "Dữ liệu cá nhân: không đưa vào báo cáo.", "Personal data: never copied into reports."),
    ("finding", "Kết quả xác minh", "Finding", "Cơ quan xác định được điều gì.", "What the body found."),
    ("direction", "Hướng xử lý đề xuất", "Proposed handling", "Cách xử lý cơ quan đề xuất.", "The handling the body proposes."),
    ("grounds", "Căn cứ pháp lý", "Legal grounds", "Các căn cứ có hiệu lực tại thời điểm đăng tải nội dung.", "The grounds in force when the content was published."),
    ("suggested_verdict", "Kết luận đề xuất", "Suggested verdict", "Tùy chọn.", "Optional."),
    ("attendees", "Cơ quan dự họp", "Bodies present", "Các cơ quan có mặt tại cuộc họp.", "The bodies at the meeting."),
    ("conclusion", "Kết luận cuộc họp", "What was agreed", "Nội dung thống nhất tại cuộc họp.", "What the meeting agreed."),
    ("verdict", "Kết luận", "Verdict", "Vi phạm hay không vi phạm.", "Violating or not."),
    ("reason", "Lý do", "Reason", "Vì sao.", "Why."),
    ("duplicate_of", "Trùng với vụ việc", "Duplicate of", "Số hiệu vụ việc trước, nếu trùng lặp.", "The earlier case, if a duplicate."),
    ("kind", "Biện pháp xử lý", "Action", "Biện pháp theo thẩm quyền.", "A measure within the body's authority."),
    ("emergency", "Trường hợp khẩn cấp", "Emergency", "Áp dụng thời hạn ngắn hơn nếu pháp luật quy định.", "Shorter limits where the law has them."),
    ("trigger", "Mốc tính thời hạn", "Deadline counted from", "Khi pháp luật quy định mốc tính riêng.", "When the law names the moment a limit counts from."),
    ("trigger.at", "Thời điểm của mốc", "Moment", "Thời điểm bắt đầu tính thời hạn.", "When the limit starts counting."),
    ("trigger.kind", "Loại mốc", "Kind of moment", "Sự việc làm phát sinh thời hạn.", "What happened."),
    ("body", "Cơ quan được đề nghị", "Body requested", "Cơ quan thực hiện biện pháp theo thẩm quyền.", "The body that acts within its authority."),
    ("bodies", "Cơ quan thực hiện", "Bodies to act", "Các cơ quan cần thực hiện.", "The bodies that should act."),
    ("proposal_id", "Theo đề xuất", "Following proposal", "Số đề xuất, ví dụ P1.", "The proposal's number, e.g. P1."),
    ("action_id", "Biện pháp", "Action", "Số biện pháp, ví dụ A1.", "The action's number, e.g. A1."),
    ("licensing", "Tình trạng cấp phép", "Licensing", "Được cấp phép tại Việt Nam hay cung cấp xuyên biên giới.", "Licensed in Vietnam or provided across the border."),
    ("platform", "Nền tảng", "Platform", "Để trống: nền tảng của nội dung.", "Empty: the content's platform."),
    ("platform_kind", "Loại nền tảng", "Kind of platform", "Để trống: loại nền tảng của nội dung.", "Empty: the content's platform kind."),
    ("target", "Gửi yêu cầu tới", "Addressed to", "Nền tảng hoặc chủ tài khoản (mặc định: nền tảng).", "The platform or the account owner (default: the platform)."),
    ("urgent", "Khẩn cấp", "Urgent", "Áp dụng thời hạn ngắn hơn nếu pháp luật quy định.", "Shorter limits where the law has them."),
    ("request_id", "Yêu cầu gỡ bỏ", "Removal request", "Số yêu cầu, ví dụ R1.", "The request's number, e.g. R1."),
    ("responded_at", "Thời điểm phản hồi", "Answered at", "Để trống: thời điểm ghi bước này.", "Empty: the time of this step."),
    ("response", "Phản hồi của nền tảng", "Platform's answer", "Nền tảng đã làm gì với yêu cầu.", "What the platform did."),
    ("outcome", "Kết quả", "Outcome", "Kết quả thực hiện biện pháp.", "What came of the action."),
    ("label", "Nhãn gắn cho nội dung", "Label", "Theo ba nhãn của Trung tâm xử lý tin giả.", "One of the national fake-news centre's labels."),
    ("title", "Tiêu đề tin bài", "Title", "Tiêu đề bài thông báo kết quả.", "The title of the announcement."),
    ("url", "Đường dẫn tin bài", "Link (URL)", "Nếu đăng trên mạng.", "Where, if online."),
    ("assignee", "Cơ quan được giao", "Assignee", "Bước cũ, chỉ để đọc nhật ký cũ.", "An old step, kept to read old logs."),
];

/// Every command field's label and help, in the order of the table.
///
/// ```
/// let fields = quyche::vocab::command_fields();
/// let summary = fields.iter().find(|f| f.id == "content.summary").unwrap();
/// assert_eq!(summary.label.vi, "Tóm tắt nội dung");
/// ```
pub fn command_fields() -> Vec<FieldTerm> {
    FIELDS
        .iter()
        .map(|(id, vi, en, help_vi, help_en)| FieldTerm {
            id: (*id).to_string(),
            label: Label::fixed(vi, en),
            help: Label::fixed(help_vi, help_en),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::nfc;

    #[test]
    fn every_field_has_nfc_words_in_both_languages_and_a_unique_id() {
        let fields = command_fields();
        let mut ids: Vec<&str> = fields.iter().map(|f| f.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), fields.len(), "ids are unique");
        for f in &fields {
            for s in [&f.label.vi, &f.label.en, &f.help.vi, &f.help.en] {
                assert!(!s.is_empty(), "{}", f.id);
                assert_eq!(*s, nfc(s), "{}", f.id);
            }
        }
    }
}
