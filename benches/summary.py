"""Prints the summary table of benches/run.sh from criterion's estimates and the JSON files the
Python and Node harnesses write (target/bench-results/). Measurements only: a missed target is
reported, never an error."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional

ROOT = Path(__file__).resolve().parents[1]
CRIT = ROOT / "target" / "criterion"
RES = ROOT / "target" / "bench-results"
# Steps of the benchmarked lifecycle (events of one case's log): every harness runs this fixture.
STEPS = len(json.loads((ROOT / "tests" / "conformance" / "full-lifecycle-2026.json")
                       .read_text(encoding="utf-8"))["steps"])


def crit(path: str) -> Optional[float]:
    """Median nanoseconds of a criterion benchmark, if it ran."""
    f = CRIT / path / "new" / "estimates.json"
    if not f.exists():
        return None
    return float(json.loads(f.read_text())["median"]["point_estimate"])


def load(name: str) -> Dict[str, Any]:
    f = RES / name
    return json.loads(f.read_text()) if f.exists() else {}


def us(ns: Optional[float]) -> str:
    return "—" if ns is None else f"{ns / 1000:,.1f} µs"


def verdict(ok: Optional[bool]) -> str:
    return "—" if ok is None else ("met" if ok else "**missed**")


def main() -> None:
    rows: List[List[str]] = []
    n_cases = int(os.environ.get("QUYCHE_BENCH_CASES", "100000"))

    def add(what: str, value: str, target: str, ok: Optional[bool]) -> None:
        rows.append([what, value, target, verdict(ok)])

    life = crit(f"lifecycle/{STEPS}_steps")
    add(f"Rust: {STEPS}-step lifecycle", us(life), "< 50 µs", None if life is None else life < 50_000)
    apply = crit("apply_conclude")
    add("Rust: one guarded `apply` (conclude)", us(apply), "—", None)
    allowed = crit("allowed_commands_lead_agency")
    add("Rust: `allowed_commands`, one body", us(allowed), "< 20 µs",
        None if allowed is None else allowed < 20_000)
    rep = crit("replay/events")
    rate = None if rep is None else STEPS / (rep / 1e9)
    add("Rust: `replay` (hash chain + guards)", "—" if rate is None else f"{rate:,.0f} events/s",
        "≥ 500,000 events/s", None if rate is None else rate >= 500_000)
    ro = crit("replay/owned_events")
    add("Rust: `replay_owned` (the same, events moved in)",
        "—" if ro is None else f"{STEPS / (ro / 1e9):,.0f} events/s", "—", None)
    rj = crit("replay/json")
    add("Rust: `replay_json` (decode + replay)",
        "—" if rj is None else f"{STEPS / (rj / 1e9):,.0f} events/s", "—", None)
    jl = crit("replay/jsonl_1000_cases")
    rust_jsonl = None if jl is None else 1000 * STEPS / (jl / 1e9)
    add("Rust: `quyche_ffi::replay_jsonl`, 1 000 cases",
        "—" if rust_jsonl is None else f"{rust_jsonl:,.0f} events/s", "—", None)
    rc = crit(f"compile_report/checked_{n_cases}_cases")
    add(f"Rust: report over {n_cases:,} checked cases",
        "—" if rc is None else f"{rc / 1e6:,.0f} ms", "< 200 ms (10^5)",
        None if rc is None or n_cases != 100_000 else rc < 200e6)
    wd = crit("add_working_days_2_from_2026-06-14")
    add("Rust: `add_working_days` (2 days)", us(wd), "—", None)
    wd30 = crit("add_working_days_30_over_tet_2026")
    add("Rust: `add_working_days` (30 days over Tết)", us(wd30), "—", None)

    py = load("python.json")
    if py:
        lu = py["lifecycle_us"]
        add(f"Python: {STEPS}-step lifecycle (wheel)", f"{lu['quyche']:,.0f} µs", "faster than transitions",
            lu["quyche"] < lu["transitions_hash_chain"])
        add("Python: same with `transitions` (hash chain / guards only)",
            f"{lu['transitions_hash_chain']:,.0f} / {lu['transitions_guards_only']:,.0f} µs",
            "—", None)
        add("Python: transitions ÷ quyche", f"{lu['transitions_hash_chain'] / lu['quyche']:.2f}× "
            f"({lu['transitions_guards_only'] / lu['quyche']:.2f}× guards only)", "> 1", None)
        b = py["bulk"]
        r1 = b["events_per_s_1_thread"]
        half = None if rust_jsonl is None else r1 >= rust_jsonl / 2
        add(f"Python: `replay_jsonl`, {b['events']:,} events, 1 thread", f"{r1:,.0f} events/s",
            "≥ ½ Rust rate", half)
        add("Python: `replay_jsonl`, 2 threads (GIL released)",
            f"{b['events_per_s_2_threads']:,.0f} events/s", "—", None)
    nd = load("node.json")
    if nd:
        lu = nd["lifecycle_us"]
        add(f"Node: {STEPS}-step lifecycle (npm package)", f"{lu['quyche']:,.0f} µs", "faster than xstate",
            lu["quyche"] < lu["xstate_hash_chain"])
        add("Node: same with xstate v5 (hash chain / guards only)",
            f"{lu['xstate_hash_chain']:,.0f} / {lu['xstate_guards_only']:,.0f} µs", "—", None)
        add("Node: xstate ÷ quyche", f"{lu['xstate_hash_chain'] / lu['quyche']:.2f}× "
            f"({lu['xstate_guards_only'] / lu['quyche']:.2f}× guards only)", "> 1", None)
        add("Node: import (fresh process) / WebAssembly.compile",
            f"{nd['import_ms']:.0f} ms / {nd['compile_ms']:.0f} ms", "—", None)
        add(".wasm size raw / gzip -9",
            f"{nd['wasm_bytes'] / 1024:,.0f} KiB / {nd['wasm_gzip_bytes'] / 1024:,.0f} KiB",
            "< 300 KB gzipped", nd["wasm_gzip_bytes"] < 300_000)

    widths = [max(len(r[i]) for r in rows + [["Measure", "Result", "Target", "Status"]]) for i in range(4)]
    line = lambda r: "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |"  # noqa: E731
    print(line(["Measure", "Result", "Target", "Status"]))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print(line(r))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
