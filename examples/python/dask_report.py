"""Replays partitioned JSON Lines case logs and compiles the 2026 six-month report (Điều 8 of
QĐ 2086/QĐ-UBND) on a local Dask cluster, and checks that the figures are those of the same
report compiled in one process.

    pip install quyche "dask[distributed]" pandas
    python examples/python/dask_report.py [--cases 20000] [--partitions 8] [--workers 2] [--dir DIR]

The path for a user who outgrows one process:

1. **Partition the logs by case**: every event of a case in one JSON Lines file (here
   ``part-0000.jsonl`` …; the generator writes case ``i`` to partition ``i % partitions``). A
   file may hold many cases, their events interleaved or grouped.
2. **Load the partitions in parallel**: each worker runs ``quyche.load_cases([path], reg)``,
   which replays every log (hash chain and every step of the regulation) in Rust without the
   GIL, and reports a broken log by file and line. The ``Regulation`` and the ``Case`` objects
   travel between processes by pickle (the regulation once per message, however many cases).
3. **Work on the cases where they are**: ``quyche.case_table`` per partition gives the flat
   table (no personal data) for pandas or ``dask.dataframe``.
4. **Compile the report in one task**: a periodic report counts every case of the period
   together (new and carried-over cases, deadlines, per-body rows), so it is compiled from all
   partitions at once, on a worker; ``compile_report`` replays each case again and refuses a
   case loaded under another regulation than the report's. Its figures are exactly those of a
   single-process run (this script checks it; so does ``crates/py/tests/test_analysts.py``).

The cases are generated from the five case stories of ``generate_cases.py``, each shifted by a
few seconds per copy (same steps, same deadlines, distinct case ids); the generation itself runs
on the cluster, one partition per task.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from dask.distributed import Client, LocalCluster

import quyche
from quyche.types import Frequency, PeriodicReport

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import generate_cases as stories  # noqa: E402  (the case stories, next to this file)

PERIOD: Tuple[Frequency, int] = ("six_monthly", 2026)
REPORTER = "so-vhttdl"


def regulation() -> quyche.Regulation:
    """The built-in regulation with the bodies the stories need (a ward, a department)."""
    reg = quyche.Regulation.khanh_hoa()
    for body in stories.REGISTER:
        reg.register_body(body)
    return reg


def shifted(text: str, by: dt.timedelta) -> str:
    return (dt.datetime.fromisoformat(text) + by).isoformat()


def shift_command(cmd: Any, by: dt.timedelta) -> Any:
    """The command with its own instants (publication, detection) moved by ``by`` too."""
    cmd = json.loads(json.dumps(cmd))
    content = cmd.get("content")
    if isinstance(content, dict) and "published_at" in content:
        content["published_at"] = shifted(content["published_at"], by)
    return cmd


def story_case(reg: quyche.Regulation, i: int) -> quyche.Case:
    """Copy ``i`` of the stories: story ``i % 5``, every time moved by ``i // 5`` seconds."""
    steps = stories.CASES[i % len(stories.CASES)]
    by = dt.timedelta(seconds=i // len(stories.CASES))
    (actor, at, cmd), rest = steps[0], steps[1:]
    case, _ = quyche.Case.start(reg, shift_command(cmd, by), actor, shifted(at, by))
    for actor, at, cmd in rest:
        case.apply(shift_command(cmd, by), actor, shifted(at, by))
    return case


def write_partition(reg: quyche.Regulation, out: str, part: int, parts: int, cases: int) -> str:
    """Writes cases ``part``, ``part + parts``, … as one JSON Lines file; returns its path."""
    path = Path(out) / f"part-{part:04d}.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for i in range(part, cases, parts):
            for event in story_case(reg, i).events:
                f.write(json.dumps(event, ensure_ascii=False) + "\n")
    return str(path)


def load_partition(reg: quyche.Regulation, path: str) -> List[quyche.Case]:
    """Every case of one partition, each replayed and checked under ``reg``."""
    _, cases = quyche.load_cases([Path(path)], reg)
    return cases


def table_rows(cases: List[quyche.Case]) -> int:
    """The flat table of one partition's cases (here only counted; return it to use it)."""
    return len(quyche.case_table(cases))


def compile_all(reg: quyche.Regulation, *parts: List[quyche.Case]) -> PeriodicReport:
    """The report over every partition's cases, compiled in one task."""
    cases = [c for part in parts for c in part]
    return quyche.compile_report(reg, cases, reporter=REPORTER, period=PERIOD)


def distributed(client: Client, reg: quyche.Regulation, out: str, cases: int,
                parts: int) -> Tuple[PeriodicReport, List[str], Dict[str, float]]:
    """Generates, loads and reports on the cluster: (report, partition paths, seconds by step)."""
    seconds: Dict[str, float] = {}
    t = time.perf_counter()
    # (distributed's Client is only partly annotated: its untyped calls are marked for mypy.)
    reg_f = client.scatter(reg, broadcast=True)  # type: ignore[no-untyped-call]
    paths: List[str] = client.gather(  # type: ignore[no-untyped-call]
        client.map(write_partition, [reg_f] * parts, [out] * parts, range(parts),
                   [parts] * parts, [cases] * parts))
    seconds["generate"] = time.perf_counter() - t
    t = time.perf_counter()
    loaded = client.map(load_partition, [reg_f] * parts, paths)
    rows = sum(client.gather(client.map(table_rows, loaded)))  # type: ignore[no-untyped-call]
    seconds["load_and_table"] = time.perf_counter() - t
    assert rows == cases, (rows, cases)
    t = time.perf_counter()
    report: PeriodicReport = client.submit(compile_all, reg_f, *loaded).result()
    seconds["report"] = time.perf_counter() - t
    return report, paths, seconds


def single_process(reg: quyche.Regulation, paths: List[str]) -> Tuple[PeriodicReport, float]:
    """The same report in this process, from the same files: (report, seconds)."""
    t = time.perf_counter()
    _, cases = quyche.load_cases([Path(p) for p in paths], reg)
    report = quyche.compile_report(reg, cases, reporter=REPORTER, period=PERIOD)
    return report, time.perf_counter() - t


def run(out: str, cases: int, parts: int, workers: int) -> Tuple[PeriodicReport, PeriodicReport, Dict[str, float]]:
    """Both reports over ``cases`` generated cases in ``parts`` partitions under ``out``, and
    the seconds each step took."""
    reg = regulation()
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1,  # type: ignore[no-untyped-call]
                           processes=True, dashboard_address=None)
    with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
        report, paths, seconds = distributed(client, reg, out, cases, parts)
    single, seconds["single_process"] = single_process(reg, paths)
    return report, single, seconds


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--dir", type=Path, help="where to write the partitions (default: a temporary folder)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        out = args.dir or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        report, single, seconds = run(str(out), args.cases, args.partitions, args.workers)
    same = report == single
    figures = report["cases"]
    print(f"{args.cases} cases in {args.partitions} partitions on {args.workers} workers")
    print(f"cases in the window: {figures['total']} (new {figures['new']}, carried over "
          f"{figures['carried_over']}), by status: {figures['by_status']}")
    for step, s in seconds.items():
        print(f"  {step}: {s:.2f} s")
    print("the figures equal the single-process report" if same else "THE REPORTS DIFFER")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
