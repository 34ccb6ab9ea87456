//! Case engine benchmarks: one guarded `apply`, `allowed_commands` for one body, the full 15-step
//! lifecycle, `replay` (hash chain and every guard re-checked) and working-day arithmetic. The JSON
//! Lines bulk replay of the bindings is benchmarked in `crates/ffi/benches/jsonl.rs`.
//!
//! Run with `cargo bench -p quyche --bench case` (or `benches/run.sh` for everything). These are
//! measurements, never assertions: targets and results are in `benches/README.md`.

mod common;

use chrono::NaiveDate;
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use quyche::case::{Actor, Case, CommandKind, allowed_commands};
use quyche::time::WorkCalendar;
use std::hint::black_box;

fn case_benches(c: &mut Criterion) {
    let reg = common::regulation();
    let steps = common::steps(0, None);
    assert_eq!(steps.len(), common::STEPS, "the lifecycle's step count");
    assert_eq!(
        steps[common::CONCLUDE].command.kind(),
        CommandKind::Conclude,
        "the step the apply benchmark measures"
    );

    // One guarded apply: `conclude` (role check: the lead agency on that day; state check:
    // verifying with opinions; grounds in force at the content's law time, Điều 2.2).
    let before_conclude = common::run(&reg, &steps[..common::CONCLUDE]);
    let conclude = steps[common::CONCLUDE].clone();
    c.bench_function("apply/conclude", |b| {
        b.iter_batched(
            || (before_conclude.clone(), conclude.command.clone()),
            |(mut case, cmd)| {
                case.apply(&reg, cmd, &conclude.actor, conclude.at)
                    .expect("accepted");
                case
            },
            BatchSize::SmallInput,
        )
    });

    // allowed_commands: every row of the workflow table for one body on a verifying case.
    let lead = Actor::body("so-vhttdl");
    c.bench_function("allowed_commands/lead_agency", |b| {
        b.iter(|| {
            allowed_commands(
                black_box(&reg),
                Some(&before_conclude),
                black_box(&lead),
                conclude.at,
            )
        })
    });

    let mut g = c.benchmark_group("lifecycle");
    g.throughput(Throughput::Elements(steps.len() as u64));
    g.bench_function(format!("{}_steps", common::STEPS), |b| {
        b.iter(|| common::run(&reg, black_box(&steps)))
    });
    g.finish();

    // Replay re-checks seq, the chain, each event's SHA-256 and every guard, and compares the
    // recomputed effects with the recorded ones.
    let full = common::run(&reg, &steps);
    let json = serde_json::to_string(&full.events).expect("serialises");
    let mut g = c.benchmark_group("replay");
    g.throughput(Throughput::Elements(full.events.len() as u64));
    g.bench_function("events", |b| {
        b.iter(|| Case::replay(&reg, black_box(&full.events)).expect("replays"))
    });
    // A log the caller owns (decoded from storage): the events are moved into the case instead
    // of copied. The copy handed to each run is made outside the timed part.
    g.bench_function("owned_events", |b| {
        b.iter_batched(
            || full.events.clone(),
            |events| Case::replay_owned(&reg, black_box(events)).expect("replays"),
            criterion::BatchSize::SmallInput,
        )
    });
    g.bench_function("json", |b| {
        b.iter(|| Case::replay_json(&reg, black_box(&json)).expect("replays"))
    });
    g.finish();

    let cal = WorkCalendar::vietnam();
    let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).expect("date");
    c.bench_function("add_working_days/2_from_2026-06-14", |b| {
        b.iter(|| {
            cal.add_working_days(black_box(d(2026, 6, 14)), 2)
                .expect("in range")
        })
    });
    c.bench_function("add_working_days/30_over_tet_2026", |b| {
        b.iter(|| {
            cal.add_working_days(black_box(d(2026, 2, 2)), 30)
                .expect("in range")
        })
    });
}

criterion_group!(benches, case_benches);
criterion_main!(benches);
