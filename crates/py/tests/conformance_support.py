"""Shared helpers for the conformance runners: where the scenario files are, and the canonical
event hash recomputed in pure Python (the recipe of crates/core/src/case/event.rs)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, List, Mapping

ROOT = Path(__file__).resolve().parents[3]
CONFORMANCE = ROOT / "tests" / "conformance"
GENESIS = "0" * 64


def scenario_files(folder: Path = CONFORMANCE) -> List[Path]:
    """The scenario files of ``folder``, sorted (the README is not one)."""
    return sorted(folder.glob("*.json"))


def canonical(event: Mapping[str, Any]) -> str:
    """The canonical JSON of an event without its ``hash`` member."""
    body = {k: v for k, v in event.items() if k != "hash"}
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def event_hash(event: Mapping[str, Any]) -> str:
    """SHA-256 of ``prev_hash`` followed by the canonical JSON, in lower-case hex."""
    text = str(event["prev_hash"]) + canonical(event)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def set_pointer(doc: Any, pointer: str, value: Any) -> None:
    """Sets the member at an RFC 6901 JSON pointer (which must exist)."""
    tokens = [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]
    target = doc
    for t in tokens[:-1]:
        target = target[int(t)] if isinstance(target, list) else target[t]
    last = tokens[-1]
    if isinstance(target, list):
        target[int(last)] = value
    else:
        assert last in target, f"pointer {pointer} does not exist"
        target[last] = value
