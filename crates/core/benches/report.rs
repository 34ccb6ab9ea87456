//! `compile_report` over many cases (default 100 000; `QUYCHE_BENCH_CASES` overrides): the
//! consolidated annual 2026 report of the lead agency (Điều 8.2).
//!
//! Two measurements: `checked_*` compiles from [`CheckedCases`] (logs replayed once beforehand:
//! the one-off check time is printed), `replaying_*` is `compile_report`, which replays every log
//! on each call (measured by default up to 10 000 cases; set `QUYCHE_BENCH_FULL_REPORT=1` for
//! more: each iteration then takes seconds).
//!
//! The cases are built once, before timing: the 15-step lifecycle of `common` with a distinct
//! case id and dates shifted by 0–59 days, so every case is a distinct, valid log. The window is
//! the annual 2026 period's under the regulation's window rule (2025-12-15 to 2026-12-14).

mod common;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use quyche::org::BodyId;
use quyche::report::{CheckedCases, Period, compile_report};
use quyche::rules::{Frequency, ReportLevel};
use std::hint::black_box;
use std::time::Instant;

fn report_benches(c: &mut Criterion) {
    let n: usize = std::env::var("QUYCHE_BENCH_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100_000);
    let reg = common::regulation();
    let variants: Vec<_> = (0..60).map(|d| common::steps(d, None)).collect();
    let t = Instant::now();
    let cases: Vec<_> = (0..n)
        .map(|i| {
            let mut steps = variants[i % variants.len()].clone();
            if let quyche::case::Command::Detect(d) = &mut steps[0].command {
                d.case_id = Some(quyche::case::CaseId(format!("KH-BENCH-{i:06}")));
            }
            common::run(&reg, &steps)
        })
        .collect();
    eprintln!("built {n} cases in {:.1?}", t.elapsed());
    let window = Period::of_year(Frequency::Annual, 2026)
        .window(&reg)
        .expect("an annual window rule");
    assert_eq!(
        (window.from.to_string(), window.to.to_string()),
        ("2025-12-15".into(), "2026-12-14".into()),
        "the annual 2026 window"
    );
    let lead = BodyId::new("so-vhttdl");
    let report = compile_report(&reg, &cases, window, &lead).expect("compiles");
    assert_eq!(report.cases.total as usize, n);
    assert_eq!(
        report.level,
        ReportLevel::Consolidated,
        "the lead agency's report"
    );

    // `CheckedCases`: the logs are replayed once (timed here once, not by criterion), then every
    // report is compiled without replaying them again.
    let t = Instant::now();
    let checked = CheckedCases::new(&reg, &cases).expect("logs replay");
    eprintln!(
        "checked {n} cases (replayed every log) in {:.1?}",
        t.elapsed()
    );
    assert_eq!(checked.compile(window, &lead).expect("compiles"), report);

    let mut g = c.benchmark_group("compile_report");
    g.throughput(Throughput::Elements(n as u64));
    g.sample_size(10);
    g.bench_function(format!("checked_{n}_cases"), |b| {
        b.iter(|| checked.compile(window, black_box(&lead)).expect("compiles"))
    });
    if std::env::var_os("QUYCHE_BENCH_FULL_REPORT").is_some() || n <= 10_000 {
        g.bench_function(format!("replaying_{n}_cases"), |b| {
            b.iter(|| compile_report(&reg, black_box(&cases), window, &lead).expect("compiles"))
        });
    }
    g.finish();
}

criterion_group!(benches, report_benches);
criterion_main!(benches);
