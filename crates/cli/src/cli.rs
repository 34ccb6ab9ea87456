//! The command line: subcommands, options and the examples of `--help`.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

const EXAMPLES: &str = "\
Ví dụ / Examples:
  quyche validate my-regulation.json
  quyche replay logs/2026-*.jsonl
  quyche replay --register examples/python/cases-2026.json log.jsonl
  quyche report --period six_monthly:2026 --reporter so-vhttdl examples/python/cases-2026.json -o report.docx
  quyche calendar 2026 --body so-vhttdl --as-of 17/06/2026
  quyche allowed examples/python/cases-2026.json --case case-8de0059150e17cb1 --body cong-an-tinh --at \"20/05/2026 08:00\"
  quyche grounds --on 01/08/2026 --lang en
  quyche matrix --role police
  quyche law-map --scenarios tests/conformance > law-map.md
  quyche completions bash > /etc/bash_completion.d/quyche

Mã thoát / Exit codes: 0 thành công / success; 1 dữ liệu bị từ chối / input refused; 2 sai cú pháp lệnh / bad command line.";

/// quyche — quy chế phối hợp xử lý thông tin sai sự thật, xấu, độc trên không gian mạng, dưới
/// dạng mã / the regulation on false and harmful online information, as code.
#[derive(Debug, Parser)]
#[command(name = "quyche", version, after_help = EXAMPLES, max_term_width = 100)]
pub struct Cli {
    /// Ngôn ngữ kết quả / Language of the output.
    #[arg(long, global = true, value_enum, default_value_t = LangArg::Vi)]
    pub lang: LangArg,
    /// Kết quả dạng JSON / Print JSON (errors in the library's error shape).
    #[arg(long, global = true)]
    pub json: bool,
    /// Tệp quy chế thay cho quy chế có sẵn (Khánh Hòa) / A regulation document to use instead
    /// of the built-in one.
    #[arg(long, global = true, value_name = "FILE")]
    pub regulation: Option<PathBuf>,
    /// Cơ quan do địa phương đăng ký (JSON: mảng đăng ký, hoặc tệp vụ việc có `register`; lặp lại
    /// được) / Bodies registered locally (JSON: an array of body registrations, or a case file
    /// with `register`; repeatable), needed to replay logs that name them.
    #[arg(long, global = true, value_name = "FILE")]
    pub register: Vec<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

/// The output language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Tiếng Việt.
    Vi,
    /// English.
    En,
}

impl From<LangArg> for quyche::text::Lang {
    fn from(l: LangArg) -> Self {
        match l {
            LangArg::Vi => quyche::text::Lang::Vi,
            LangArg::En => quyche::text::Lang::En,
        }
    }
}

/// Case files: JSON Lines event logs (`.jsonl`), or JSON (a bundle `{"register", "cases"}`, a
/// case, an event log, or an array of event logs).
#[derive(Debug, Args)]
pub struct CaseFiles {
    /// Tệp vụ việc / Case files (.jsonl, .json).
    #[arg(value_name = "CASES", required = true)]
    pub files: Vec<PathBuf>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Kiểm tra tệp quy chế, nêu mọi lỗi với vị trí / Validate a regulation document, every
    /// problem with its JSON pointer.
    #[command(
        after_help = "Ví dụ / Example:\n  quyche validate tests/regulations/fictional-thu-nghiem.json"
    )]
    Validate {
        /// Tệp quy chế / The regulation document (JSON).
        #[arg(value_name = "REGULATION.json")]
        file: PathBuf,
    },
    /// Kiểm tra nhật ký: chuỗi băm và mọi điều kiện / Replay case logs: hash chains and every
    /// guard, a summary per case.
    #[command(
        after_help = "Ví dụ / Examples:\n  quyche replay log.jsonl\n  quyche replay --json a.jsonl b.json"
    )]
    Replay {
        /// Nhật ký / Logs (.jsonl read line by line; .json).
        #[arg(value_name = "LOG", required = true)]
        files: Vec<PathBuf>,
    },
    /// Tổng hợp báo cáo định kỳ / Compile the periodic report (DOCX, Markdown, JSON, CSV).
    #[command(
        after_help = "Ví dụ / Examples:\n  quyche report --period six_monthly:2026 --reporter so-vhttdl cases.json -o report.docx\n  quyche report --window 15/12/2025..14/06/2026 --reporter so-vhttdl log.jsonl -o report.md\n  quyche report --period quarterly:2026:2 --reporter so-vhttdl cases.json --json\n  quyche report --period annual:2026 --reporter so-vhttdl cases.json --date 15/12/2026 -o bc.docx"
    )]
    Report(ReportArgs),
    /// Lịch báo cáo trong năm / The reporting calendar of a year.
    #[command(
        after_help = "Ví dụ / Example:\n  quyche calendar 2026 --body so-vhttdl --as-of 17/06/2026"
    )]
    Calendar {
        /// Năm / The year.
        year: i32,
        /// Chỉ cơ quan này / Only this body.
        #[arg(long, value_name = "BODY")]
        body: Option<String>,
        /// Ngày xem lịch (mặc định: hôm nay) / The day the calendar is seen from (default:
        /// today, Vietnam time).
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
    },
    /// Các bước một cơ quan được thực hiện / The steps a body may take now, and why not.
    #[command(
        after_help = "Ví dụ / Examples:\n  quyche allowed cases.json --case case-8de0059150e17cb1 --body cong-an-tinh --at \"20/05/2026 08:00\"\n  quyche allowed --body so-vhttdl --at 2026-08-03T08:00:00+07:00  (trước khi phát hiện / before detection)"
    )]
    Allowed {
        /// Tệp vụ việc (bỏ trống: trước khi phát hiện) / A case file (none: before detection).
        #[arg(value_name = "CASE")]
        file: Option<PathBuf>,
        /// Mã vụ việc khi tệp có nhiều vụ việc / The case, when the file holds several.
        #[arg(long = "case", value_name = "ID")]
        case_id: Option<String>,
        /// Cơ quan / The acting body.
        #[arg(long, value_name = "BODY")]
        body: String,
        /// Thời điểm: dd/mm/yyyy HH:MM (giờ Việt Nam) hoặc RFC 3339 / The time: dd/mm/yyyy HH:MM
        /// (Vietnam time) or RFC 3339 with an offset.
        #[arg(long, value_name = "TIME")]
        at: String,
    },
    /// Căn cứ xác định thông tin có hại theo ngày đăng tải / The grounds in force for content
    /// published on a day.
    #[command(after_help = "Ví dụ / Example:\n  quyche grounds --on 01/08/2026")]
    Grounds {
        /// Ngày đăng tải (dd/mm/yyyy) / The publication day (dd/mm/yyyy or yyyy-mm-dd).
        #[arg(long, value_name = "DATE")]
        on: String,
    },
    /// Ma trận trách nhiệm / The responsibility matrix, of one role or all.
    #[command(
        after_help = "Ví dụ / Examples:\n  quyche matrix --role police\n  quyche matrix --role lead_agency --on 01/01/2024"
    )]
    Matrix {
        /// Vai trò / The role.
        #[arg(long, value_name = "ROLE")]
        role: Option<String>,
        /// Chỉ các nhiệm vụ có hiệu lực vào ngày này / Only the duties in force on this day.
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
    },
    /// Bản đồ điều khoản: mỗi điều, khoản, điểm và nơi thực hiện / The law map: what implements
    /// each article, clause and point.
    #[command(
        name = "law-map",
        after_help = "Ví dụ / Example:\n  quyche law-map --scenarios tests/conformance"
    )]
    LawMap {
        /// Thư mục kịch bản kiểm thử / A folder of conformance scenarios to list.
        #[arg(long, value_name = "DIR")]
        scenarios: Option<PathBuf>,
    },
    /// Danh sách vụ việc, mỗi vụ việc một dòng (không có dữ liệu cá nhân) / Cases one per row,
    /// without personal data (CSV or JSON).
    #[command(
        after_help = "Ví dụ / Example:\n  quyche cases examples/python/cases-2026.json -o cases.csv"
    )]
    Cases {
        #[command(flatten)]
        files: CaseFiles,
        /// Tệp kết quả (.csv, .json) / Output file (.csv, .json); CSV on stdout otherwise.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Thêm BOM UTF-8 cho Excel / Start the CSV with a UTF-8 byte-order mark (Excel).
        #[arg(long)]
        bom: bool,
    },
    /// ClaimReview (schema.org JSON-LD) của vụ việc đã thông báo kết quả / ClaimReview of a case
    /// whose results were announced.
    #[command(
        name = "claim-review",
        after_help = "Ví dụ / Example:\n  quyche claim-review examples/python/cases-2026.json --case case-fe3fd60e6b24db77"
    )]
    ClaimReview {
        #[command(flatten)]
        files: CaseFiles,
        /// Mã vụ việc / The case, when the files hold several.
        #[arg(long = "case", value_name = "ID")]
        case_id: Option<String>,
        /// Tệp kết quả / Output file; stdout otherwise.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Văn bản yêu cầu gỡ bỏ (DOCX, JSON) / A removal request recorded in a case, as a document.
    #[command(
        name = "removal-request",
        visible_alias = "request",
        after_help = "Ví dụ / Example:\n  quyche removal-request examples/python/cases-2026.json --case case-fe3fd60e6b24db77 --request R1 -o r1.docx"
    )]
    RemovalRequest {
        #[command(flatten)]
        files: CaseFiles,
        /// Mã vụ việc / The case, when the files hold several.
        #[arg(long = "case", value_name = "ID")]
        case_id: Option<String>,
        /// Mã yêu cầu trong vụ việc / The request's id in the case.
        #[arg(long, value_name = "ID", default_value = "R1")]
        request: String,
        /// Tệp kết quả (.docx, .json) / Output file (.docx, .json); JSON on stdout otherwise.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Thêm phụ lục mức độ xác nhận / Add the annex of statuses and interpretations.
        #[arg(long)]
        annex: bool,
    },
    /// Tập lệnh tự hoàn thành cho shell / Shell completions.
    #[command(
        after_help = "Ví dụ / Example:\n  quyche completions bash > ~/.local/share/bash-completion/completions/quyche"
    )]
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
}

/// `quyche report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub files: CaseFiles,
    /// Kỳ báo cáo: tần suất:năm[:số thứ tự] / The period: frequency:year[:index]
    /// (six_monthly:2026, annual:2026, quarterly:2026:2, monthly:2026:5).
    #[arg(
        long,
        value_name = "PERIOD",
        conflicts_with = "window",
        required_unless_present = "window"
    )]
    pub period: Option<String>,
    /// Kỳ số liệu TỪ..ĐẾN / A data window FROM..TO (15/12/2025..14/06/2026).
    #[arg(long, value_name = "FROM..TO")]
    pub window: Option<String>,
    /// Cơ quan báo cáo / The reporting body.
    #[arg(long, value_name = "BODY")]
    pub reporter: String,
    /// Tệp kết quả (.docx, .md, .json, .csv) / Output file (.docx, .md, .json, .csv); Markdown
    /// on stdout otherwise.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Khó khăn, vướng mắc (lặp lại được) / A difficulty (repeatable).
    #[arg(long = "difficulty", value_name = "TEXT")]
    pub difficulties: Vec<String>,
    /// Đề xuất, kiến nghị (lặp lại được) / A proposal (repeatable).
    #[arg(long = "proposal", value_name = "TEXT")]
    pub proposals: Vec<String>,
    /// Thêm phụ lục căn cứ và mức độ xác nhận / Add the annex of provenance.
    #[arg(long)]
    pub annex: bool,
    /// Thêm BOM UTF-8 cho Excel (CSV) / Start a CSV with a UTF-8 byte-order mark.
    #[arg(long)]
    pub bom: bool,
    /// Ngày ký (dd/mm/yyyy), ghi vào dòng địa danh, ngày tháng / The signing day (dd/mm/yyyy or
    /// yyyy-mm-dd), written in the place and date line; left "ngày … tháng …" otherwise.
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
}
