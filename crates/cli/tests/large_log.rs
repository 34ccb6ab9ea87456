//! A JSON Lines log larger than the core's limit for one text ([`quyche::json::MAX_INPUT_BYTES`],
//! 64 MiB) still replays: the command reads it line by line. Slow in a debug build (it writes
//! ~70 MB and replays ~100 000 events), so ignored by default; run it with
//! `cargo test -p quyche-cli --test large_log -- --ignored --nocapture` (set
//! `QUYCHE_KEEP_LARGE_LOG=1` to keep the files).
//! The cases are the 15-step lifecycle of `tests/conformance/full-lifecycle-2026.json`, as the
//! benchmarks build them.

#[path = "../../core/benches/common/mod.rs"]
mod bench;
mod common;

use std::io::Write;

#[test]
#[ignore = "writes ~70 MB and replays ~100 000 events; run on demand"]
fn a_log_larger_than_one_text_limit_replays_line_by_line() {
    let reg = bench::regulation();
    let dir = common::tmp("large-log");
    let log = dir.join("large.jsonl");
    let registrations = dir.join("register.json");
    let scenario: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(common::repo("tests/conformance/full-lifecycle-2026.json"))
            .unwrap(),
    )
    .unwrap();
    std::fs::write(&registrations, scenario["register"].to_string()).unwrap();
    let mut out = std::io::BufWriter::new(std::fs::File::create(&log).unwrap());
    let (mut cases, mut events) = (0usize, 0usize);
    while out.get_ref().metadata().unwrap().len() <= quyche::json::MAX_INPUT_BYTES as u64 {
        let id = format!("KH-CLI-{cases:06}");
        let case = bench::run(&reg, &bench::steps(cases as u64 % 60, Some(&id)));
        for e in &case.events {
            writeln!(out, "{}", serde_json::to_string(e).unwrap()).unwrap();
        }
        events += case.events.len();
        cases += 1;
        out.flush().unwrap();
    }
    drop(out);
    let bytes = std::fs::metadata(&log).unwrap().len();
    let started = std::time::Instant::now();
    let (code, v) = common::run_json(&[
        "replay",
        "--register",
        registrations.to_str().unwrap(),
        log.to_str().unwrap(),
    ]);
    let took = started.elapsed();
    println!("{bytes} bytes, {cases} cases, {events} events replayed in {took:.2?}");
    assert_eq!(code, 0, "{v}");
    let f = &v["files"][0];
    assert_eq!(
        (f["cases"].as_array().unwrap().len(), f["events"].as_u64()),
        (cases, Some(events as u64))
    );
    // `QUYCHE_KEEP_LARGE_LOG=1` keeps the files, e.g. to time the release binary on them.
    if std::env::var_os("QUYCHE_KEEP_LARGE_LOG").is_some() {
        println!("kept: {} and {}", log.display(), registrations.display());
        std::mem::forget(dir);
    }
}
