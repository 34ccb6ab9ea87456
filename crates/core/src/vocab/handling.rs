//! The words of the procedure: channels, methods, verdicts, reasons, outcomes, removal
//! requests, triggers of time limits and labels.

vocab! {
    /// Notification channels.
    Channel {
        /// Phone.
        Phone = "phone", "Điện thoại", "Phone";
        /// Text message.
        TextMessage = "text_message", "Tin nhắn", "Text message";
        /// E-mail.
        Email = "email", "Thư điện tử", "E-mail";
        /// Electronic document.
        ElectronicDocument = "electronic_document", "Văn bản điện tử", "Electronic document";
        /// Other electronic means.
        OtherElectronic = "other_electronic", "Phương tiện điện tử khác", "Other electronic means";
        /// Postal document.
        Postal = "postal", "Văn bản qua bưu điện", "Postal document";
    }
}

vocab! {
    /// Coordination methods of a verification.
    Method {
        /// A meeting.
        Meeting = "meeting", "Tổ chức họp", "Meeting";
        /// Written consultation.
        WrittenConsultation = "written_consultation", "Lấy ý kiến bằng văn bản", "Written consultation";
    }
}

vocab! {
    /// The verdict of a conclusion.
    Verdict {
        /// Violates a ground: false or harmful information.
        Violating = "violating", "Vi phạm", "Violating";
        /// Violates no ground.
        NotViolating = "not_violating", "Không vi phạm", "Not violating";
    }
}

vocab! {
    /// Reasons a case may be dismissed.
    DismissReason {
        /// Not related to the province or territory the regulation covers.
        UnrelatedToProvince = "unrelated_to_province", "Không liên quan đến địa phương", "Unrelated to the province";
        /// Plainly not false or harmful.
        NotFalseOrHarmful = "not_false_or_harmful", "Không phải thông tin sai sự thật, xấu, độc", "Not false or harmful";
        /// Duplicate of another case.
        Duplicate = "duplicate", "Trùng với vụ việc khác", "Duplicate of another case";
        /// Concluded not violating.
        AssessedNotViolating = "assessed_not_violating", "Kết luận không vi phạm", "Assessed as not violating";
    }
}

vocab! {
    /// What came of an action.
    Outcome {
        /// Done as requested.
        Done = "done", "Đã thực hiện", "Done";
        /// Partly done.
        PartlyDone = "partly_done", "Thực hiện một phần", "Partly done";
        /// Could not be done.
        NotDone = "not_done", "Không thực hiện được", "Not done";
    }
}

vocab! {
    /// Who a removal request is addressed to.
    RemovalTarget {
        /// The platform or service provider.
        Platform = "platform", "Doanh nghiệp cung cấp dịch vụ, nền tảng", "Platform or service provider";
        /// The account or page owner.
        AccountOwner = "account_owner", "Chủ tài khoản, trang", "Account or page owner";
    }
}

vocab! {
    /// What a platform did with a removal request.
    PlatformResponse {
        /// It removed or blocked the content.
        Complied = "complied", "Đã gỡ bỏ, ngăn chặn", "Complied";
        /// It refused.
        Refused = "refused", "Từ chối", "Refused";
        /// It did not answer.
        NoAnswer = "no_answer", "Không phản hồi", "No answer";
    }
}

vocab! {
    /// The moment a time limit counts from, when the law names one.
    Trigger {
        /// A request sent to the bound party.
        Request = "request", "Khi nhận được yêu cầu", "On the request";
        /// The incident itself.
        Incident = "incident", "Khi xảy ra sự việc", "From the incident";
        /// When the body received the information.
        Receipt = "receipt", "Khi cơ quan nhận được thông tin", "From receipt of the information";
        /// When the body determined the situation.
        Determination = "determination", "Khi cơ quan xác định sự việc", "From the body's determination";
        /// A notice of a ministry.
        Notice = "notice", "Khi có thông báo của bộ", "From a ministry's notice";
        /// A step of the case (a notification awaiting an answer).
        Step = "step", "Từ bước trước của vụ việc", "From an earlier step of the case";
    }
}

vocab! {
    /// Labels given to checked content (the national fake-news centre's three labels).
    ContentLabel {
        /// Fake news (tin giả).
        Fake = "fake", "Tin giả", "Fake news";
        /// False or distorted (tin sai sự thật).
        False = "false", "Tin sai sự thật", "False or distorted";
        /// Verified true (tin xác thực).
        Verified = "verified", "Tin xác thực", "Verified true";
    }
}

vocab! {
    /// The priority a triage step gives a case.
    Priority {
        /// Urgent: verify at once.
        Urgent = "urgent", "Khẩn", "Urgent";
        /// Normal.
        Normal = "normal", "Thường", "Normal";
        /// Low: monitor only.
        Low = "low", "Theo dõi", "Low (monitor)";
    }
}

vocab! {
    /// How a body came to carry an action.
    ActionMode {
        /// It acts within its own authority (`take_action`).
        Own = "own", "Tự xử lý theo thẩm quyền", "Within its own authority";
        /// The coordinating body requested it (`request_action`).
        Requested = "requested", "Theo đề nghị của cơ quan chủ trì", "Requested by the lead agency";
        /// The directing authority directed it (`direct_action`).
        Directed = "directed", "Theo chỉ đạo", "Directed";
        /// Assigned under an earlier data version (`assign_action`).
        Assigned = "assigned", "Được giao (phiên bản cũ)", "Assigned (earlier version)";
    }
}
