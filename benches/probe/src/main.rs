//! `quyche-probe WHAT [N]`: runs a benchmark fixture of `crates/core/benches/common` N times in a
//! plain loop and prints microseconds per run (WHAT = `lifecycle`, `replay`, `owned`, `json`,
//! `allowed`, `stored` (`Case::from_json` of the lifecycle case), `canon` / `hash`: the
//! canonical JSON / the hash of each of the log's 15 events, or `report`: the lead agency's annual
//! 2026 report compiled from 1 000 checked cases, as `crates/core/benches/report.rs` builds them),
//! or counts heap allocations (`count`). For perf and callgrind, and for interleaved A/B runs of two builds
//! (`benches/probe/ab.sh`), which stand up to the shared VM's load changes better than single
//! criterion runs.

#[path = "../../../crates/core/benches/common/mod.rs"]
mod common;

use quyche::case::{Actor, Case, allowed_commands};
use quyche::org::BodyId;
use quyche::report::{CheckedCases, Period};
use quyche::rules::Frequency;
use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The system allocator, counting allocations and reallocations.
struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded unchanged to the system allocator.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: the caller's contract is the system allocator's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: as above.
        unsafe { System.realloc(ptr, layout, size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Cases of the `report` probe: the lifecycle with a distinct case id and dates shifted by 0–59
/// days, as in `crates/core/benches/report.rs`.
const REPORT_CASES: usize = 1000;

fn report_cases(reg: &quyche::Regulation) -> Vec<Case> {
    let variants: Vec<_> = (0..60).map(|d| common::steps(d, None)).collect();
    (0..REPORT_CASES)
        .map(|i| {
            let mut steps = variants[i % variants.len()].clone();
            if let quyche::case::Command::Detect(d) = &mut steps[0].command {
                d.case_id = Some(quyche::case::CaseId(format!("KH-BENCH-{i:06}")));
            }
            common::run(reg, &steps)
        })
        .collect()
}

/// Allocations made by `f`.
fn allocations(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    f();
    ALLOCATIONS.load(Ordering::Relaxed) - before
}

fn main() {
    let mut args = std::env::args().skip(1);
    let what = args.next().unwrap_or_else(|| "lifecycle".into());
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(2000);
    let reg = common::regulation();
    let steps = common::steps(0, None);
    let full = common::run(&reg, &steps);
    let before_conclude = common::run(&reg, &steps[..common::CONCLUDE]);
    let lead = Actor::body("so-vhttdl");
    let json = serde_json::to_string(&full.events).expect("serialises");
    let stored = full.to_json();
    let cases = if what == "report" {
        report_cases(&reg)
    } else {
        Vec::new()
    };
    let checked = CheckedCases::new(&reg, &cases).expect("logs replay");
    let window = Period::of_year(Frequency::Annual, 2026)
        .window(&reg)
        .expect("an annual window rule");
    let reporter = BodyId::new("so-vhttdl");

    if what == "count" {
        let commands = allocations(|| {
            drop(black_box(
                steps.iter().map(|s| s.command.clone()).collect::<Vec<_>>(),
            ))
        });
        let lifecycle = allocations(|| drop(black_box(common::run(&reg, &steps))));
        let copy = allocations(|| drop(black_box(full.events.clone())));
        let replay = allocations(|| drop(black_box(Case::replay(&reg, &full.events))));
        let events = full.events.clone();
        let owned = allocations(|| drop(black_box(Case::replay_owned(&reg, events))));
        println!(
            "allocations: {}-step lifecycle {lifecycle} (of which the benchmark's command copies \
             {commands}); replay {replay}; replay_owned {owned} (a copy of the log: {copy})",
            common::STEPS
        );
        return;
    }

    let t = std::time::Instant::now();
    for _ in 0..n {
        match what.as_str() {
            "lifecycle" => drop(black_box(common::run(&reg, black_box(&steps)))),
            "replay" => drop(black_box(Case::replay(&reg, black_box(&full.events)))),
            "owned" => {
                let events = full.events.clone();
                drop(black_box(Case::replay_owned(&reg, black_box(events))))
            }
            "canon" => {
                for ev in black_box(&full.events) {
                    drop(black_box(black_box(ev).canonical_json()));
                }
            }
            "hash" => {
                for ev in black_box(&full.events) {
                    drop(black_box(black_box(ev).compute_hash()));
                }
            }
            "stored" => drop(black_box(Case::from_json(&reg, black_box(&stored)))),
            "json" => drop(black_box(Case::replay_json(&reg, black_box(&json)))),
            "report" => drop(black_box(
                checked
                    .compile(window, black_box(&reporter))
                    .expect("compiles"),
            )),
            "allowed" => drop(black_box(allowed_commands(
                &reg,
                Some(&before_conclude),
                &lead,
                steps[common::CONCLUDE].at,
            ))),
            other => {
                eprintln!(
                    "unknown probe `{other}`: lifecycle, replay, owned, json, allowed, stored, canon, hash, \
                     report, count"
                );
                std::process::exit(2);
            }
        }
    }
    println!(
        "{what}: {:.2} us/run",
        t.elapsed().as_secs_f64() * 1e6 / n as f64
    );
}
