"""Python benchmarks of the quyche wheel (run by benches/run.sh; plain timers, no assertions).

1. The lifecycle of tests/conformance/full-lifecycle-2026.json (15 steps on the corrected
   workflow) through ``quyche.Case.start`` / ``case.apply``, and the same lifecycle through the
   hand-written ``transitions`` version of benches/compare/ (with and without its hash chain).
   Before timing, both run the whole fixture (each step's status as the fixture expects) and
   both refuse every step of benches/compare/refusals.json.
2. ``quyche.replay_jsonl`` on one JSON Lines file of 10^6 events (generated here, under
   target/bench-data/, never committed; the core reads a file line by line, so its size is not
   limited), every case replayed inside Rust with the GIL released; and the same events split
   into files replayed by 2 threads.

Prints a human summary and, with ``--json FILE``, writes the numbers for benches/run.sh.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable, Dict, List, Tuple

import quyche

ROOT = Path(__file__).resolve().parents[2]
SCENARIO = ROOT / "tests" / "conformance" / "full-lifecycle-2026.json"
REFUSALS = ROOT / "benches" / "compare" / "refusals.json"
sys.path.insert(0, str(ROOT / "benches" / "compare"))

import transitions_workflow  # noqa: E402  (benches/compare, on the path above)


def scenario() -> Dict[str, Any]:
    data: Dict[str, Any] = json.loads(SCENARIO.read_text(encoding="utf-8"))
    return data


def regulation(sc: Dict[str, Any]) -> quyche.Regulation:
    reg = quyche.Regulation.khanh_hoa()
    for r in sc["register"]:
        reg.register_body(r)
    return reg


Step = Tuple[Dict[str, Any], str, dt.datetime]


def steps(sc: Dict[str, Any]) -> List[Step]:
    return [(s["command"], s["actor"], dt.datetime.fromisoformat(s["at"])) for s in sc["steps"]]


def per_call(fns: List[Callable[[], Any]], min_time: float, rounds: int = 9) -> List[float]:
    """Median seconds per call of each function, measured in interleaved rounds (one batch of
    each per round) so that a load change on the machine hits them alike."""
    ns = []
    for fn in fns:
        fn()
        n = 1
        while True:
            t = time.perf_counter()
            for _ in range(n):
                fn()
            if time.perf_counter() - t >= min_time / rounds:
                break
            n *= 2
        ns.append(n)
    samples: List[List[float]] = [[] for _ in fns]
    for _ in range(rounds):
        for k, fn in enumerate(fns):
            t = time.perf_counter()
            for _ in range(ns[k]):
                fn()
            samples[k].append((time.perf_counter() - t) / ns[k])
    return [statistics.median(s) for s in samples]


def quyche_lifecycle(reg: quyche.Regulation, st: List[Step]) -> Callable[[], Any]:
    (c0, a0, t0), rest = st[0], st[1:]

    def run() -> Any:
        case, _ = quyche.Case.start(reg, c0, a0, t0)
        for cmd, actor, at in rest:
            case.apply(cmd, actor, at)
        return case

    return run


def transitions_lifecycle(table: Any, st: List[Step], hash_chain: bool) -> Callable[[], Any]:
    def run() -> Any:
        case = transitions_workflow.Case(table, hash_chain=hash_chain)
        for cmd, actor, at in st:
            case.step(cmd, actor, at)
        case.release()
        return case

    return run


def self_check(reg: quyche.Regulation, table: Any, sc: Dict[str, Any], st: List[Step]) -> int:
    """Not timed: both versions follow the corrected workflow step by step (the status after
    each step is the fixture's) and really run the guards (every step of
    benches/compare/refusals.json is refused by both), so the comparison is like for like.
    Returns the number of refusals checked."""
    tcase = transitions_workflow.Case(table)
    qcase: Any = None
    for i, ((cmd, actor, at), spec) in enumerate(zip(st, sc["steps"])):
        tcase.step(cmd, actor, at)
        if qcase is None:
            qcase, _ = quyche.Case.start(reg, cmd, actor, at)
        else:
            qcase.apply(cmd, actor, at)
        want = spec["expect"]["status"]
        if (tcase.state, qcase.status) != (want, want):
            raise SystemExit(f"self-check: step {i + 1} ({cmd['type']}): transitions "
                             f"{tcase.state}, quyche {qcase.status}, fixture {want}")
    tcase.release()
    refusals = json.loads(REFUSALS.read_text(encoding="utf-8"))["refusals"]
    for r in refusals:
        k = r["after"]
        at = dt.datetime.fromisoformat(r.get("at") or sc["steps"][k]["at"])
        tcase = transitions_workflow.Case(table)
        for step in st[:k]:
            tcase.step(*step)
        qcase, _ = quyche.Case.start(reg, *st[0])
        for step in st[1:k]:
            qcase.apply(*step)
        for name, attempt in (("transitions", lambda: tcase.step(r["command"], r["actor"], at)),
                              ("quyche", lambda: qcase.apply(r["command"], r["actor"], at))):
            try:
                attempt()
            except (ValueError, quyche.QuycheError):
                continue
            raise SystemExit(f"self-check: {name} accepted a step it must refuse ({r['why']})")
        tcase.release()
    return len(refusals)


def canonical(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def write_jsonl(events: List[Dict[str, Any]], total: int, out: Path, chunk_bytes: int) -> List[Path]:
    """Copies of one case's log under new case ids (hash chains recomputed as the module docs of
    quyche.case.event describe), `total` events in all, split on case boundaries into files of at
    most `chunk_bytes` (the core refuses inputs over 64 MiB)."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("events-*.jsonl"):
        old.unlink()
    files: List[Path] = []
    buf: List[str] = []
    size = 0
    written = 0
    i = 0
    while written < total:
        case_id = f"KH-BULK-{i:07d}"
        prev = "0" * 64
        lines = []
        for ev in events[: min(len(events), total - written)]:
            e = {**ev, "case_id": case_id, "prev_hash": prev}
            if e["command"]["type"] == "detect":
                e["command"] = {**e["command"], "case_id": case_id}
            e.pop("hash", None)
            e["hash"] = hashlib.sha256((prev + canonical(e)).encode()).hexdigest()
            prev = e["hash"]
            lines.append(json.dumps(e, ensure_ascii=False) + "\n")
        n = sum(len(x.encode()) for x in lines)
        if size + n > chunk_bytes and buf:
            files.append(out / f"events-{len(files):03d}.jsonl")
            files[-1].write_text("".join(buf), encoding="utf-8")
            buf, size = [], 0
        buf.extend(lines)
        size += n
        written += len(lines)
        i += 1
    if buf:
        files.append(out / f"events-{len(files):03d}.jsonl")
        files[-1].write_text("".join(buf), encoding="utf-8")
    return files


def bulk(reg: quyche.Regulation, files: List[Path], threads: int) -> Tuple[float, int]:
    """Replays every file with `threads` Python threads (the GIL is released inside Rust)."""
    counts: List[int] = []
    lock = threading.Lock()
    queue = list(files)

    def worker() -> None:
        while True:
            with lock:
                if not queue:
                    return
                f = queue.pop()
            summary = quyche.replay_jsonl(reg, f)
            with lock:
                counts.append(summary["events"])

    t = time.perf_counter()
    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for th in pool:
        th.start()
    for th in pool:
        th.join()
    return time.perf_counter() - t, sum(counts)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--min-time", type=float, default=3.0, help="seconds per measurement")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()

    sc = scenario()
    reg = regulation(sc)
    st = steps(sc)
    table = transitions_workflow.Table(sc["register"])
    results: Dict[str, Any] = {"python": sys.version.split()[0], "quyche": quyche.version()}

    n_refusals = self_check(reg, table, sc, st)
    print(f"self-check: {len(st)} steps with the fixture's statuses, {n_refusals} refusals, "
          "in both versions")
    q, tr, tr_plain = per_call(
        [quyche_lifecycle(reg, st), transitions_lifecycle(table, st, True),
         transitions_lifecycle(table, st, False)],
        args.min_time,
    )
    results["lifecycle_us"] = {"quyche": q * 1e6, "transitions_hash_chain": tr * 1e6,
                               "transitions_guards_only": tr_plain * 1e6}
    results["steps"] = len(st)
    print(f"lifecycle ({len(st)} steps): quyche {q * 1e6:.0f} µs; transitions {tr * 1e6:.0f} µs "
          f"(guards only {tr_plain * 1e6:.0f} µs); transitions/quyche = {tr / q:.2f}")

    case = quyche_lifecycle(reg, st)()
    data = ROOT / "target" / "bench-data"
    t = time.perf_counter()
    files = write_jsonl(case.events, args.events, data, 60 * 1024 * 1024)
    size = sum(f.stat().st_size for f in files)
    print(f"generated {args.events} events ({size / 2**20:.0f} MiB in {len(files)} files) "
          f"in {time.perf_counter() - t:.1f} s")
    single = data / "events-all.jsonl"
    with single.open("wb") as out:
        for f in files:
            out.write(f.read_bytes())
    el, n = bulk(reg, [single], 1)
    single.unlink()
    el2, n2 = bulk(reg, files, 2)
    assert n == n2 == args.events, (n, n2)
    results["bulk"] = {"events": n, "bytes": size, "files": len(files),
                       "events_per_s_1_thread": n / el, "events_per_s_2_threads": n / el2}
    print(f"replay_jsonl: {n} events in one {size / 2**20:.0f} MiB file in {el:.1f} s = "
          f"{n / el:,.0f} events/s (1 thread); {n / el2:,.0f} events/s "
          f"({len(files)} files, 2 threads, GIL released)")
    for f in files:
        f.unlink()
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
