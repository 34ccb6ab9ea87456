//! The main job: a walkthrough of the built-in Khánh Hòa rules (extended as features land).

fn main() {
    let reg = quyche::Regulation::khanh_hoa();
    println!("{} — {}", reg.instrument, reg.title.vi);
    println!("{}", reg.title.en);
}
