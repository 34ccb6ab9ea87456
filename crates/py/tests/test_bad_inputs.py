"""Runs every hostile input of tests/bad-inputs/ through ``quyche.call_json`` (the format is in
tests/bad-inputs/README.md); the Rust and JS suites run the same files and must agree."""

from __future__ import annotations

import json
import pathlib
import re
from typing import Any, Dict, List

import pytest

import quyche

ROOT = pathlib.Path(__file__).resolve().parents[3] / "tests" / "bad-inputs"


def _pointer_tokens(pointer: str) -> List[str]:
    if pointer == "":
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]


def _get(doc: Any, pointer: str) -> Any:
    for tok in _pointer_tokens(pointer):
        doc = doc[int(tok)] if isinstance(doc, list) else doc[tok]
    return doc


def _patch(doc: Any, ops: List[Any]) -> Any:
    for op in ops:
        kind, pointer = op[0], op[1]
        toks = _pointer_tokens(pointer)
        parent = _get(doc, "".join("/" + t.replace("~", "~0").replace("/", "~1") for t in toks[:-1]))
        last = toks[-1]
        if kind == "set":
            if isinstance(parent, list):
                if last == "-":
                    parent.append(op[2])
                else:
                    parent[int(last)] = op[2]
            else:
                parent[last] = op[2]
        elif kind == "remove":
            if isinstance(parent, list):
                del parent[int(last)]
            else:
                del parent[last]
        elif kind == "truncate":
            target = parent[int(last)] if isinstance(parent, list) else parent[last]
            del target[op[2]:]
        else:
            raise ValueError(f"unknown patch op {kind}")
    return doc


def _expand(v: Any) -> Any:
    if isinstance(v, dict):
        if set(v) == {"repeat", "times"}:
            return str(v["repeat"]) * int(v["times"])
        if "fixture" in v and set(v) <= {"fixture", "patch", "select"}:
            doc = json.loads((ROOT / "fixtures" / f"{v['fixture']}.json").read_text(encoding="utf-8"))
            doc = _patch(doc, [_expand(op) for op in v.get("patch", [])])
            return _get(doc, v["select"]) if "select" in v else doc
        return {k: _expand(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_expand(x) for x in v]
    return v


def _entries() -> List[Dict[str, Any]]:
    out: List[Dict[str, Any]] = []
    for f in sorted(ROOT.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line))
    return out


ENTRIES = _entries()


def test_there_are_at_least_100_hostile_inputs() -> None:
    assert len(ENTRIES) >= 100


ENGLISH = {
    w.strip()
    for w in (ROOT / "english-words.txt").read_text(encoding="utf-8").splitlines()
    if w.strip() and not w.startswith("#")
}
_QUOTED = re.compile(r"`[^`]*`?|\"[^\"]*\"?|“[^”]*”?")


def _english_in(text: str) -> List[str]:
    """English words of the list in a Vietnamese text, quoted spans removed (README)."""
    bare = _QUOTED.sub("", text)
    words = re.split(r"[^\w]|[\d_]", bare)
    return [w.lower() for w in words if w and w.isascii() and w.isalpha() and w.lower() in ENGLISH]


def _check_vietnamese(err: Dict[str, Any]) -> None:
    """`message_vi` and `help_vi` of `err` and of its related errors hold no English."""
    for key in ("message_vi", "help_vi"):
        found = _english_in(err.get(key) or "")
        assert not found, f"English {found} in `{key}`: {err.get(key)}"
    for r in err.get("related", []):
        _check_vietnamese(r)


def test_the_english_check_finds_a_planted_fragment() -> None:
    assert _english_in("Giá trị không hợp lệ: unknown variant `facebook`, expected one of `a`.")
    assert _english_in("Thời điểm không hợp lệ: a timezone-aware datetime.")
    assert not _english_in("Giá trị `x` không có trong danh mục; các giá trị hợp lệ: `email`.")


def _check_lengths(err: Dict[str, Any], limit: int) -> None:
    """Every text of `err` and of its related errors has at most `limit` code points."""
    for key in ("message", "message_vi", "help", "help_vi"):
        text = err.get(key) or ""
        assert len(text) <= limit, f"`{key}` has {len(text)} characters: {text[:80]}…"
    for r in err.get("related", []):
        _check_lengths(r, limit)


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["name"] for e in ENTRIES])
def test_hostile_input(entry: Dict[str, Any]) -> None:
    if "args_text" in entry:
        parts = entry["args_text"]
        text = parts if isinstance(parts, str) else "".join(_expand(p) for p in parts)
    else:
        text = json.dumps(_expand(entry["args"]), ensure_ascii=False, separators=(",", ":"))
    answer = json.loads(quyche.call_json(entry["method"], text))
    expect = entry["expect"]
    if "code" in expect:
        assert "error" in answer, f"accepted: {str(answer)[:200]}"
        err = answer["error"]
        assert err["code"] == expect["code"], err
        assert err.get("path") == expect["path"], err
        assert err["message"] and err["message_vi"]
        if "message_max_chars" in expect:
            _check_lengths(err, int(expect["message_max_chars"]))
        _check_vietnamese(err)
    else:
        assert "ok" in answer, answer.get("error")
        for pointer, value in expect["ok"].items():
            assert _get(answer["ok"], pointer) == value, pointer
