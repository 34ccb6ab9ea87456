//! Citation parsing (`Citation::parse`, `parse_with`, `find_all`) on arbitrary text: never
//! panics, and a parsed citation printed in Vietnamese parses back to itself.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quyche::law::Citation;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let reg = quyche::Regulation::khanh_hoa_ref();
    if let Ok(c) = Citation::parse(text) {
        let _ = c.key();
        let vi = c.vi(reg);
        let again = Citation::parse_with(&vi, reg);
        assert_eq!(
            again.as_ref().ok(),
            Some(&c),
            "{text:?} -> {vi:?} -> {again:?}"
        );
    }
    let _ = Citation::find_all(text, reg);
});
