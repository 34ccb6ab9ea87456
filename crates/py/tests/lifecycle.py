"""A real 2026 case for the API tests: the steps of tests/conformance/full-lifecycle-2026.json
(a ward committee detects; the lead agency verifies, concludes, assigns; results published)."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Tuple

import quyche
import quyche.types
from conformance_support import CONFORMANCE


def scenario() -> Dict[str, Any]:
    text = (CONFORMANCE / "full-lifecycle-2026.json").read_text(encoding="utf-8")
    parsed: Dict[str, Any] = json.loads(text)
    return parsed


def regulation() -> quyche.Regulation:
    """The built-in regulation with the scenario's ward committee and Department of Health."""
    reg = quyche.Regulation.khanh_hoa()
    for r in scenario()["register"]:
        reg.register_body({**r["body"], "roles": r["roles"]})
    return reg


def run(
    reg: quyche.Regulation, upto: int = 99, summary: str = ""
) -> Tuple[quyche.Case, List[quyche.types.Applied]]:
    """The case after the first `upto` steps, with each step's result; `summary` replaces the
    content's summary (another summary gives another case id)."""
    steps = scenario()["steps"][:upto]
    first = steps[0]
    if summary:
        first["command"]["content"]["summary"] = summary
    case, applied = quyche.Case.start(reg, first["command"], first["actor"], first["at"])
    results = [applied]
    for s in steps[1:]:
        results.append(case.apply(s["command"], s["actor"], s["at"]))
    return case, results
