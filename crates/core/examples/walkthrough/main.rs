//! The main job: a walkthrough of the built-in Khánh Hòa rules (QĐ 2086/QĐ-UBND), printed in
//! Vietnamese with the English alongside.
//!
//! ```sh
//! cargo run -p quyche --example walkthrough
//! ```

mod case;
mod law;
mod reporting;

fn heading(vi: &str, en: &str) {
    println!("\n{}\n{vi}\n{en}\n{}", "=".repeat(78), "=".repeat(78));
}

fn main() {
    let mut reg = quyche::Regulation::khanh_hoa();
    println!("{} — {}", reg.instrument, reg.title.vi);
    println!("{}", reg.title.en);
    println!(
        "Tỉnh / Province: {} · Ký / Signed: {} · Dữ liệu / Data version: {}",
        reg.province.vi, reg.signed, reg.version
    );

    heading("1. Cấu trúc quy chế", "1. Structure of the regulation");
    law::structure(&reg);

    heading(
        "2. Ma trận trách nhiệm: Công an tỉnh",
        "2. Responsibility matrix: provincial police",
    );
    law::matrix(&reg, &quyche::org::RoleId::new("police"));

    heading(
        "3. Căn cứ xác định thông tin sai sự thật, xấu, độc theo ngày đăng tải",
        "3. Grounds that can make information harmful, by publication date",
    );
    for day in ["2020-09-01", "2025-01-15", "2026-08-01"] {
        law::grounds(&reg, day.parse().expect("valid date"));
    }

    heading(
        "4. Một vụ việc năm 2026, từ phát hiện đến kết thúc",
        "4. One case in 2026, from detection to closing",
    );
    case::walk(&mut reg);

    heading(
        "5. Lịch báo cáo năm 2026 và báo cáo 6 tháng",
        "5. The 2026 reporting calendar and a six-month report",
    );
    reporting::print(&reg);
}
