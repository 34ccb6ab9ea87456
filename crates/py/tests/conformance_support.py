"""Shared helpers for the conformance runners: where the scenario files are, the regulation a
scenario names, JSON pointers, citation keys, the tamper operations, and the canonical event hash
recomputed in pure Python (the recipe of crates/core/src/case/event.rs)."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional

import quyche
import quyche.types

ROOT = Path(__file__).resolve().parents[3]
CONFORMANCE = ROOT / "tests" / "conformance"
REGULATIONS = ROOT / "tests" / "regulations"
GENESIS = "0" * 64
MISSING = object()


def scenario_files(folder: Path = CONFORMANCE) -> List[Path]:
    """The scenario files of ``folder``, sorted (the README is not one)."""
    return sorted(folder.glob("*.json"))


def regulation(sc: Mapping[str, Any]) -> quyche.Regulation:
    """The scenario's regulation (a file under tests/regulations/, else the built-in one) with
    its registered bodies, as the Rust runner builds it."""
    name: Optional[str] = sc.get("regulation")
    if name is None:
        reg = quyche.Regulation.khanh_hoa()
    else:
        reg = quyche.Regulation.from_json((REGULATIONS / name).read_text(encoding="utf-8"))
    # Each entry is a registration as register_body takes it, {"body": {...}, "roles": [...]}
    # (schemas/body-registration.schema.json), passed as it is: a stray member is refused.
    for r in sc.get("register", []):
        reg.register_body(r)
    return reg


def canonical(event: Mapping[str, Any]) -> str:
    """The canonical JSON of an event without its ``hash`` member."""
    body = {k: v for k, v in event.items() if k != "hash"}
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def event_hash(event: Mapping[str, Any]) -> str:
    """SHA-256 of ``prev_hash`` followed by the canonical JSON, in lower-case hex."""
    text = str(event["prev_hash"]) + canonical(event)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _tokens(pointer: str) -> List[str]:
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]


def get_pointer(doc: Any, pointer: str) -> Any:
    """The value at an RFC 6901 JSON pointer, or ``MISSING`` (like serde_json's ``pointer``)."""
    target = doc
    for t in _tokens(pointer):
        if isinstance(target, list):
            if not t.isdigit() or int(t) >= len(target):
                return MISSING
            target = target[int(t)]
        elif isinstance(target, dict):
            if t not in target:
                return MISSING
            target = target[t]
        else:
            return MISSING
    return target


def set_pointer(doc: Any, pointer: str, value: Any) -> None:
    """Sets the member at an RFC 6901 JSON pointer (which must exist)."""
    tokens = _tokens(pointer)
    target = doc
    for t in tokens[:-1]:
        target = target[int(t)] if isinstance(target, list) else target[t]
    last = tokens[-1]
    if isinstance(target, list):
        target[int(last)] = value
    else:
        assert last in target, f"pointer {pointer} does not exist"
        target[last] = value


def same_json(a: Any, b: Any) -> bool:
    """JSON equality as serde_json has it: ``true`` is not ``1`` and ``1.0`` is not ``1``."""
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def check_pointers(ctx: str, what: str, doc: Any, expect: Mapping[str, Any]) -> None:
    """Every ``pointer: value`` of ``expect`` holds in ``doc`` (the Rust runner's ``pointers``)."""
    for ptr, want in expect.items():
        got = get_pointer(doc, ptr)
        assert got is not MISSING and same_json(got, want), \
            f"{ctx}: {what}{ptr} = {'(absent)' if got is MISSING else got!r}, expected {want!r}"


def citation_keys(citations: Iterable[quyche.types.Citation]) -> List[str]:
    """The compact keys (``"2086/QĐ-UBND:7.1.a"``) of citation dicts, as the core writes them."""
    return [quyche.Citation.from_dict(c).key for c in citations]


def tamper(events: List[Dict[str, Any]], t: Mapping[str, Any]) -> None:
    """A scenario's tamper operation on a list of event dicts, as in the Rust runner
    (``rehash_edit`` recomputes the edited event's hash in Python)."""
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
