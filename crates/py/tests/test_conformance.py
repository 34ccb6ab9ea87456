"""Every tests/conformance/*.json scenario through the Python API, with every check of the Rust
runner (crates/core/tests/conformance.rs; the format is in scripts/gen_conformance.py), made the
same way, plus every event hash recomputed with hashlib."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, Dict, List, Optional, Union

import pytest

import quyche
import quyche.types
from conformance_support import (
    GENESIS,
    check_pointers,
    citation_keys,
    event_hash,
    regulation,
    same_json,
    scenario_files,
    tamper,
)

FILES = scenario_files()


def test_there_are_at_least_90_scenarios() -> None:
    assert len(FILES) >= 90, len(FILES)


def actor(step: Dict[str, Any]) -> Union[str, quyche.types.Actor]:
    """The step's actor: a body id, with the officer when the step names one."""
    officer: Optional[str] = step.get("officer")
    return step["actor"] if officer is None else {"body": step["actor"], "officer": officer}


def cites(ctx: str, expect: Dict[str, Any], cited: List[str]) -> None:
    """The citation keys ``expect.cites`` names are all in ``cited``."""
    for k in expect.get("cites", []):
        assert k in cited, f"{ctx}: {k} not cited in {cited}"


def accepted(ctx: str, expect: Dict[str, Any], case: quyche.Case,
             applied: quyche.types.Applied) -> None:
    """The checks of a successful step."""
    assert case.status == expect["status"], f"{ctx}: status {case.status} != {expect['status']}"
    advisories = applied["advisories"]
    got = [a["code"] for a in advisories]
    for a in expect.get("advisories", []):
        assert a in got, f"{ctx}: advisory {a} missing from {got}"
    for a in expect.get("no_advisories", []):
        assert a not in got, f"{ctx}: advisory {a} present in {got}"
    effects = applied["event"]["effects"]
    if "deadline" in expect:
        assert "deadline" in effects, f"{ctx}: no deadline"
        check_pointers(ctx, "deadline", effects["deadline"], expect["deadline"])
    if "recipients" in expect:
        assert "recipients" in effects, f"{ctx}: no recipients"
        r, want = effects["recipients"], expect["recipients"]
        assert same_json(r["to"], want["to"]) and same_json(r["cc"], want["cc"]), \
            f"{ctx}: recipients {r} != {want}"
    if "lead_agency" in expect:
        assert effects.get("lead_agency") == expect["lead_agency"], \
            f"{ctx}: lead agency {effects.get('lead_agency')} != {expect['lead_agency']}"
    if "case" in expect:
        check_pointers(ctx, "case", case.to_dict(), expect["case"])
    cites(ctx, expect, citation_keys(c for a in advisories for c in a.get("citations", [])))


def refused(ctx: str, expect: Dict[str, Any], e: quyche.QuycheError) -> None:
    """The checks of a refused step."""
    assert e.code == expect["error"], f"{ctx}: error {e.code} ({e}) != {expect['error']}"
    if "path" in expect:
        assert e.path == expect["path"], f"{ctx}: path {e.path} != {expect['path']}"
    assert e.message and e.message_vi, f"{ctx}: error without messages"
    cites(ctx, expect, citation_keys(e.citations))


def steps(sc: Dict[str, Any], reg: quyche.Regulation) -> Optional[quyche.Case]:
    case: Optional[quyche.Case] = None
    for n, step in enumerate(sc["steps"]):
        ctx = f"step {n} ({step['command'].get('type')})"
        expect = step["expect"]
        try:
            if case is None:
                case, applied = quyche.Case.start(reg, step["command"], actor(step), step["at"])
            else:
                applied = case.apply(step["command"], actor(step), step["at"])
        except quyche.QuycheError as e:
            assert "error" in expect, \
                f"{ctx}: refused {e.code} ({e}), expected {expect.get('status')}"
            refused(ctx, expect, e)
            continue
        assert "error" not in expect, f"{ctx}: accepted, expected {expect['error']}"
        assert case is not None
        accepted(ctx, expect, case, applied)
    return case


def allowed(sc: Dict[str, Any], reg: quyche.Regulation, case: Optional[quyche.Case]) -> None:
    for a in sc.get("allowed", []):
        checks = (case.allowed_commands(a["actor"], a["at"]) if case is not None
                  else reg.allowed_commands(a["actor"], a["at"]))
        got = [c["command"] for c in checks if c["allowed"]]
        assert got == a["allowed"], f"allowed for {a['actor']}: {got} != {a['allowed']}"
        for cmd, code in a["denied"].items():
            check = next((c for c in checks if c["command"] == cmd), None)
            assert check is not None, f"no check for {cmd}"
            codes = [f["code"] for f in check["failures"]]
            assert not check["allowed"] and code in codes, \
                f"{cmd} for {a['actor']}: expected denial {code}, got {codes}"


def calendar(sc: Dict[str, Any], reg: quyche.Regulation) -> None:
    for q in sc.get("calendar", []):
        cal = quyche.reporting_calendar(reg, q["year"], q["as_of"])
        entry = next((d for d in cal if d["obligation"] == q["obligation"]
                      and d["body"] == q["body"]), None)
        assert entry is not None, f"calendar: no entry for {q}"
        check_pointers("calendar", "entry", entry, q["expect"])
        keys = citation_keys(entry["citations"])
        for k in q.get("absent_citations", []):
            assert k not in keys, f"calendar: {k} cited in {keys}"


def report(sc: Dict[str, Any], reg: quyche.Regulation, case: Optional[quyche.Case]) -> None:
    r = sc.get("report")
    if r is None:
        return
    cases = [] if case is None else [case]
    rep = quyche.compile_report(reg, cases, reporter=r["reporter"], period=r["period"])
    check_pointers("report", "report", rep, r["expect"])


@pytest.mark.parametrize("path", FILES, ids=[f.stem for f in FILES])
def test_scenario(path: Path) -> None:
    sc = json.loads(path.read_text(encoding="utf-8"))
    reg = regulation(sc)
    case = steps(sc, reg)
    allowed(sc, reg, case)
    calendar(sc, reg)
    report(sc, reg, case)
    if case is None:
        return
    events = case.events
    # The hash chain, recomputed byte for byte from the event dicts.
    prev = GENESIS
    for ev in events:
        assert ev["prev_hash"] == prev, f"event {ev['seq']}: chain"
        assert event_hash(ev) == ev["hash"], f"event {ev['seq']}: canonical hash differs"
        prev = ev["hash"]
    # The log rebuilds the case exactly, from dicts and from text; the stored case reloads.
    assert quyche.Case.replay(reg, events) == case, "replay differs from the case"
    assert quyche.Case.replay(reg, json.dumps(events, ensure_ascii=False)) == case
    assert quyche.Case.from_json(reg, case.to_json()) == case, \
        "the stored case does not reload to itself"
    if "tamper" in sc:
        bad: List[Dict[str, Any]] = [dict(e) for e in copy.deepcopy(events)]
        tamper(bad, sc["tamper"])
        with pytest.raises(quyche.QuycheError) as info:
            quyche.Case.replay(reg, json.dumps(bad, ensure_ascii=False))
        want = sc["expect_replay"]
        assert (info.value.code, info.value.path) == (want["error"], want["path"]), \
            f"tampered: {info.value.code} at {info.value.path} != {want}"
    assert "final_hash" in sc, "no final_hash recorded: run the Rust runner with QUYCHE_BLESS=1"
    assert case.head_hash == sc["final_hash"], "final head hash differs from the Rust runner's"
