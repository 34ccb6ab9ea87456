//! `quyche-probe WHAT [N]`: runs a benchmark fixture of `crates/core/benches/common` N times in a
//! plain loop and prints microseconds per run (WHAT = `lifecycle`, `replay`, `owned`, `json`,
//! `allowed`, `stored` (`Case::from_json` of the lifecycle case), or `canon` / `hash`: the
//! canonical JSON / the hash of each of the log's 15 events), or counts heap allocations
//! (`count`). For perf and callgrind, and for interleaved A/B runs of two builds
//! (`benches/probe/ab.sh`), which stand up to the shared VM's load changes better than single
//! criterion runs.

#[path = "../../../crates/core/benches/common/mod.rs"]
mod common;

use quyche::case::{Actor, Case, allowed_commands};
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
            "allowed" => drop(black_box(allowed_commands(
                &reg,
                Some(&before_conclude),
                &lead,
                steps[common::CONCLUDE].at,
            ))),
            other => {
                eprintln!(
                    "unknown probe `{other}`: lifecycle, replay, owned, json, allowed, stored, canon, hash, \
                     count"
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
