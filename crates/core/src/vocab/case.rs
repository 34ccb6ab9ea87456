//! Where a case stands, and the commands that move it.

vocab! {
    /// Where a case stands. The engine knows these states; a regulation's workflow table says
    /// which commands lead from which to which (the built-in one: `detected → reported → received
    /// → verifying → assessed → handling → handled → published → closed`, plus `dismissed`).
    CaseStatus {
        /// Detected by a body.
        Detected = "detected", "Đã phát hiện", "Detected";
        /// Notified to the coordinating body.
        Reported = "reported", "Đã thông báo", "Reported";
        /// Received by the coordinating body.
        Received = "received", "Đã tiếp nhận", "Received";
        /// Sorted by priority before verification (a triage step some regulations have).
        Triaged = "triaged", "Đã phân loại", "Triaged";
        /// Being checked, verified and appraised.
        Verifying = "verifying", "Đang kiểm tra, xác minh", "Verifying";
        /// Concluded.
        Assessed = "assessed", "Đã kết luận", "Assessed";
        /// Handling under way.
        Handling = "handling", "Đang xử lý", "Handling";
        /// Nothing is left open.
        Handled = "handled", "Đã xử lý xong", "Handled";
        /// Results announced.
        Published = "published", "Đã thông báo kết quả", "Results announced";
        /// Closed.
        Closed = "closed", "Đã kết thúc", "Closed";
        /// Dismissed.
        Dismissed = "dismissed", "Đã loại", "Dismissed";
    }
}

impl CaseStatus {
    /// True for the two terminal states (closed, dismissed).
    pub fn is_ended(&self) -> bool {
        matches!(self, CaseStatus::Closed | CaseStatus::Dismissed)
    }
}

vocab! {
    /// The commands the engine knows. A regulation's workflow table says which it uses, from
    /// which states, who may issue them and which articles they implement.
    CommandKind {
        /// `detect`: a body records suspect content.
        Detect = "detect", "Phát hiện", "Detect";
        /// `notify_lead`: the detecting body notifies the coordinating body.
        NotifyLead = "notify_lead", "Thông báo cơ quan chủ trì", "Notify the lead agency";
        /// `receive`: the coordinating body receives the case.
        Receive = "receive", "Tiếp nhận", "Receive";
        /// `triage`: the case is sorted by priority before verification.
        Triage = "triage", "Phân loại", "Triage";
        /// `open_verification`: a meeting or a written consultation starts.
        OpenVerification = "open_verification", "Tổ chức kiểm tra, xác minh", "Open verification";
        /// `consult`: more bodies are consulted in a running verification.
        Consult = "consult", "Lấy thêm ý kiến", "Consult more bodies";
        /// `assign_officer`: a participating body assigns an officer.
        AssignOfficer = "assign_officer", "Cử cán bộ", "Assign an officer";
        /// `submit_opinion`: a consulted body gives its opinion.
        SubmitOpinion = "submit_opinion", "Gửi ý kiến", "Submit an opinion";
        /// `record_meeting`: a coordination meeting is recorded.
        RecordMeeting = "record_meeting", "Ghi nhận cuộc họp", "Record a meeting";
        /// `mark_confidential`: the case is marked as touching state secrets.
        MarkConfidential = "mark_confidential", "Xác định có bí mật nhà nước", "Mark as confidential";
        /// `conclude`: the verdict, with its grounds.
        Conclude = "conclude", "Kết luận", "Conclude";
        /// `dismiss`: the case is dismissed.
        Dismiss = "dismiss", "Loại vụ việc", "Dismiss";
        /// `take_action`: a body acts within its own authority.
        TakeAction = "take_action", "Xử lý theo thẩm quyền", "Act within own authority";
        /// `request_action`: the coordinating body requests another body to act.
        RequestAction = "request_action", "Đề nghị xử lý", "Request an action";
        /// `propose_direction`: the coordinating body advises the directing authority to direct.
        ProposeDirection = "propose_direction", "Tham mưu chỉ đạo xử lý", "Propose a direction";
        /// `direct_action`: the directing authority directs a body to act.
        DirectAction = "direct_action", "Chỉ đạo xử lý", "Direct an action";
        /// `send_removal_request`: a request to a platform or account owner to remove content.
        SendRemovalRequest = "send_removal_request", "Gửi yêu cầu gỡ bỏ", "Send a removal request";
        /// `record_platform_response`: the platform's answer to a removal request.
        RecordPlatformResponse = "record_platform_response", "Ghi nhận phản hồi của nền tảng", "Record the platform's response";
        /// `withdraw_action`: an open action, request or proposal is withdrawn.
        WithdrawAction = "withdraw_action", "Rút yêu cầu", "Withdraw an action";
        /// `report_result`: the acting body reports its result.
        ReportResult = "report_result", "Báo cáo kết quả", "Report a result";
        /// `label_content`: the content is labelled (fake, false, verified true).
        LabelContent = "label_content", "Gắn nhãn thông tin", "Label the content";
        /// `publish_results`: the results are announced on a channel.
        PublishResults = "publish_results", "Thông báo kết quả xử lý", "Announce the results";
        /// `close`: the case is closed.
        Close = "close", "Kết thúc vụ việc", "Close";
        /// `assign_action`: the command of data versions before 2026.12 (read on replay only; see
        /// `case::legacy`).
        AssignAction = "assign_action", "Giao xử lý (phiên bản cũ)", "Assign an action (earlier versions)";
    }
}
