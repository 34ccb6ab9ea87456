//! What the content is, where it is, and how it was found.

vocab! {
    /// The kind of service hosting the content (it selects the removal time limit).
    PlatformKind {
        /// Social network (mạng xã hội).
        SocialNetwork = "social_network", "Mạng xã hội", "Social network";
        /// General information website (trang thông tin điện tử tổng hợp).
        GeneralWebsite = "general_website", "Trang thông tin điện tử tổng hợp", "General information website";
        /// Online press (báo điện tử).
        OnlinePress = "online_press", "Báo điện tử", "Online press";
        /// Video-sharing service.
        VideoSharing = "video_sharing", "Nền tảng chia sẻ video", "Video-sharing service";
        /// Messaging app or group.
        Messaging = "messaging", "Ứng dụng nhắn tin", "Messaging service";
        /// Other online service.
        Other = "other", "Dịch vụ khác", "Other service";
    }
}

vocab! {
    /// Whether a platform is licensed in Vietnam or provides information across the border.
    Licensing {
        /// Licensed or registered in Vietnam.
        LicensedInVietnam = "licensed_in_vietnam", "Được cấp phép tại Việt Nam", "Licensed in Vietnam";
        /// Provided from abroad across the border.
        CrossBorder = "cross_border", "Cung cấp xuyên biên giới", "Cross-border";
    }
}

vocab! {
    /// What kind of item the content is.
    ContentKind {
        /// A post.
        Post = "post", "Bài đăng", "Post";
        /// A comment.
        Comment = "comment", "Bình luận", "Comment";
        /// An article.
        Article = "article", "Bài viết", "Article";
        /// A video.
        Video = "video", "Video", "Video";
        /// An image.
        Image = "image", "Hình ảnh", "Image";
        /// A livestream.
        Livestream = "livestream", "Phát trực tiếp", "Livestream";
        /// Something else.
        Other = "other", "Khác", "Other";
    }
}

vocab! {
    /// Topics of the content. A regulation's advisory rules may call for a body on some of them.
    Topic {
        /// Internal Party affairs.
        InternalPartyAffairs = "internal_party_affairs", "Nội chính Đảng", "Internal Party affairs";
        /// Judicial reform.
        JudicialReform = "judicial_reform", "Cải cách tư pháp", "Judicial reform";
        /// Anti-corruption.
        AntiCorruption = "anti_corruption", "Phòng, chống tham nhũng", "Anti-corruption";
        /// Political security.
        PoliticalSecurity = "political_security", "An ninh chính trị", "Political security";
        /// Social order and safety.
        SocialOrder = "social_order", "Trật tự, an toàn xã hội", "Social order";
        /// Health.
        Health = "health", "Y tế", "Health";
        /// Economy and finance.
        EconomyFinance = "economy_finance", "Kinh tế, tài chính", "Economy and finance";
        /// Disasters and epidemics.
        DisastersEpidemics = "disasters_epidemics", "Thiên tai, dịch bệnh", "Disasters and epidemics";
        /// Policy and law.
        PolicyLaw = "policy_law", "Chính sách, pháp luật", "Policy and law";
        /// Anything else.
        Other = "other", "Khác", "Other";
    }
}

vocab! {
    /// How the content came to the body's attention.
    DetectionSource {
        /// The body's own monitoring.
        OwnMonitoring = "own_monitoring", "Tự theo dõi", "Own monitoring";
        /// Press review (điểm báo).
        PressReview = "press_review", "Điểm báo", "Press review";
        /// A citizen's report.
        CitizenReport = "citizen_report", "Phản ánh của người dân", "Citizen report";
        /// An alert of the monitoring software.
        SoftwareAlert = "software_alert", "Cảnh báo của phần mềm giám sát", "Monitoring software alert";
        /// Referral from the national fake-news centre (tingia.gov.vn).
        NationalCentreReferral = "national_centre_referral", "Chuyển từ Trung tâm xử lý tin giả quốc gia", "Referral from the national fake-news centre";
    }
}
