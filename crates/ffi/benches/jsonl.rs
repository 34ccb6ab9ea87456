//! JSON Lines bulk replay, the bulk path of the Python and npm packages: a log of 1 000 cases
//! (15 000 events) decoded, grouped by case and replayed ([`quyche_ffi::replay_jsonl`]).
//!
//! Run with `cargo bench -p quyche-ffi --bench jsonl` (or `benches/run.sh` for everything).
//! Measurements, never assertions: targets and results are in `benches/README.md`. The fixture
//! (the 15-step lifecycle of `tests/conformance/full-lifecycle-2026.json`) is the core's
//! benchmark fixture, shared by path.

#[path = "../../core/benches/common/mod.rs"]
mod common;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

/// Cases in the log.
const CASES: u64 = 1000;

fn jsonl_benches(c: &mut Criterion) {
    let reg = common::regulation();
    let jsonl: String = (0..CASES)
        .flat_map(|i| {
            let mut steps = common::steps(i % 60, None);
            assert_eq!(steps.len(), common::STEPS, "the lifecycle's step count");
            if let quyche::case::Command::Detect(d) = &mut steps[0].command {
                d.case_id = Some(quyche::case::CaseId(format!("KH-JSONL-{i:04}")));
            }
            common::run(&reg, &steps).events
        })
        .map(|e| serde_json::to_string(&e).expect("serialises") + "\n")
        .collect();
    let events = CASES * common::STEPS as u64;
    let summary = quyche_ffi::replay_jsonl(&reg, &jsonl).expect("replays");
    assert_eq!(summary.cases.len() as u64, CASES, "one summary per case");
    assert_eq!(summary.events as u64, events, "every event replayed");
    // The same benchmark id as when it lived in the core's `case` bench (benches/summary.py
    // reads it).
    let mut g = c.benchmark_group("replay");
    g.throughput(Throughput::Elements(events));
    g.sample_size(10);
    g.bench_function("jsonl_1000_cases", |b| {
        b.iter(|| quyche_ffi::replay_jsonl(&reg, black_box(&jsonl)).expect("replays"))
    });
    g.finish();
}

criterion_group!(benches, jsonl_benches);
criterion_main!(benches);
