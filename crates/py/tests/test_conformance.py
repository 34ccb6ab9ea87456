"""Every tests/conformance/*.json scenario through the Python API, with the outcomes the Rust
runner (crates/core/tests/conformance.rs) checks, and every event hash recomputed with hashlib."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest

import quyche
from conformance_support import GENESIS, event_hash, scenario_files, set_pointer

FILES = scenario_files()


def test_there_are_at_least_40_scenarios() -> None:
    assert len(FILES) >= 40, len(FILES)


def tamper(events: List[Dict[str, Any]], t: Dict[str, Any]) -> None:
    """The scenario's tamper operation, as in the Rust runner (rehash_edit rehashes in Python)."""
    i = int(t["index"])
    op = t["op"]
    if op in ("edit", "rehash_edit"):
        set_pointer(events[i], t["pointer"], t["value"])
        if op == "rehash_edit":
            events[i]["hash"] = event_hash(events[i])
    elif op == "drop":
        del events[i]
    elif op == "insert":
        events.insert(i + 1, copy.deepcopy(events[i]))
    elif op == "swap":
        events[i], events[i + 1] = events[i + 1], events[i]
    else:
        raise AssertionError(f"unknown tamper op {op}")


def check_step(n: int, step: Dict[str, Any], outcome: Any, case: Optional[quyche.Case]) -> None:
    ctx = f"step {n} ({step['command'].get('type')})"
    expect = step["expect"]
    if isinstance(outcome, quyche.QuycheError):
        assert "error" in expect, f"{ctx}: refused {outcome.code} ({outcome}), expected {expect}"
        assert outcome.code == expect["error"], f"{ctx}: {outcome.code} ({outcome}) != {expect}"
        if "path" in expect:
            assert outcome.path == expect["path"], f"{ctx}: path {outcome.path} != {expect}"
        assert outcome.message and outcome.message_vi, f"{ctx}: error without messages"
        return
    assert "error" not in expect, f"{ctx}: accepted, expected {expect['error']}"
    assert case is not None
    assert case.status == expect["status"], f"{ctx}: status {case.status} != {expect}"
    got = [a["code"] for a in outcome["advisories"]]
    for a in expect.get("advisories", []):
        assert a in got, f"{ctx}: advisory {a} missing from {got}"
    effects = outcome["event"]["effects"]
    if "deadline" in expect:
        d = effects["deadline"]
        want = expect["deadline"]
        assert (d["hours"], d["instrument"]) == (want["hours"], want["instrument"]), ctx
    if "recipients" in expect:
        r = effects["recipients"]
        want = expect["recipients"]
        assert (r["to"], r["cc"]) == (want["to"], want["cc"]), f"{ctx}: {r} != {want}"
    if "lead_agency" in expect:
        assert effects.get("lead_agency") == expect["lead_agency"], ctx


@pytest.mark.parametrize("path", FILES, ids=[f.stem for f in FILES])
def test_scenario(path: Path) -> None:
    sc = json.loads(path.read_text(encoding="utf-8"))
    reg = quyche.Regulation.khanh_hoa()
    for r in sc.get("register", []):
        reg.register_body({**r["body"], "roles": r["roles"]})
    case: Optional[quyche.Case] = None
    for n, step in enumerate(sc["steps"]):
        outcome: Any
        try:
            if case is None:
                case, outcome = quyche.Case.start(reg, step["command"], step["actor"], step["at"])
            else:
                outcome = case.apply(step["command"], step["actor"], step["at"])
        except quyche.QuycheError as e:
            outcome = e
        check_step(n, step, outcome, case)

    for a in sc.get("allowed", []):
        checks = (
            case.allowed_commands(a["actor"], a["at"])
            if case is not None
            else reg.allowed_commands(a["actor"], a["at"])
        )
        allowed = [c["command"] for c in checks if c["allowed"]]
        assert allowed == a["allowed"], f"allowed for {a['actor']}: {allowed}"
        for cmd, code in a["denied"].items():
            check = next(c for c in checks if c["command"] == cmd)
            codes = [f["code"] for f in check["failures"]]
            assert not check["allowed"] and code in codes, f"{cmd}: {codes} lacks {code}"

    if case is None:
        assert "final_hash" not in sc
        return
    events = case.events
    # The hash chain, recomputed byte for byte from the event dicts.
    prev = GENESIS
    for ev in events:
        assert ev["prev_hash"] == prev, f"event {ev['seq']}: chain"
        assert event_hash(ev) == ev["hash"], f"event {ev['seq']}: canonical hash differs"
        prev = ev["hash"]
    # The log rebuilds the case exactly.
    assert quyche.Case.replay(reg, events) == case
    if "tamper" in sc:
        bad: List[Dict[str, Any]] = [dict(e) for e in copy.deepcopy(events)]
        tamper(bad, sc["tamper"])
        with pytest.raises(quyche.QuycheError) as info:
            quyche.Case.replay(reg, bad)
        want = sc["expect_replay"]
        assert (info.value.code, info.value.path) == (want["error"], want["path"])
    assert case.head_hash == sc["final_hash"], "final head hash differs from the Rust runner's"
