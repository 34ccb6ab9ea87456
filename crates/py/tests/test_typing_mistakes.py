"""``mypy --strict`` rejects the same mistakes as ``tsc --strict``: typing/mistakes.py is checked
with mypy, and every line marked ``# expect-error: <id> [<code>]`` must be reported with that
error code while no other line is. crates/wasm/tests/typing/mistakes.ts lists the same mistakes
(same ids, same order) for tsc; crates/wasm/tests/typing-mistakes.test.mjs checks that side."""

from __future__ import annotations

import functools
import re
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Set, Tuple

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
MISTAKES = HERE / "typing" / "mistakes.py"
TS_MISTAKES = ROOT / "crates" / "wasm" / "tests" / "typing" / "mistakes.ts"
PY_MARK = re.compile(r"#\s*expect-error:\s*([a-z0-9-]+)\s*\[([a-z-]+)\]\s*$")
TS_MARK = re.compile(r"//\s*@ts-expect-error\s+([a-z0-9-]+)\s+(TS\d+)\s*$")
ERROR = re.compile(r"^[^:]+:(\d+): error: .*\[([a-z-]+)\]$")

# The mistakes issue 17 names; the lists may hold more.
REQUIRED = {
    "unknown-command-type",  # {"type": "recieve"}
    "platform-kind-typo",  # "platform_kind": "social_netwrk"
    "status-typo-comparison",  # case.status == "recieved"
    "error-code-typo-comparison",  # e.code == "NOT_AUTHORISED"
    "detect-without-content",  # a detect command without its required content
}


def marks(path: Path, pattern: "re.Pattern[str]") -> List[Tuple[int, str, str]]:
    """(line, id, error code) of every marker of ``path``, in order."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        m = pattern.search(line)
        if m:
            out.append((n, m.group(1), m.group(2)))
    return out


@functools.lru_cache(maxsize=None)
def mypy_errors() -> Dict[int, Set[str]]:
    """The error codes mypy --strict reports on each line of mistakes.py."""
    out = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--no-pretty",
         "--cache-dir", str(ROOT / "target" / "mypy-cache"), str(MISTAKES)],
        capture_output=True, text=True, cwd=HERE)
    assert out.returncode == 1, f"mypy did not report type errors:\n{out.stdout}{out.stderr}"
    errors: Dict[int, Set[str]] = {}
    for line in out.stdout.splitlines():
        m = ERROR.match(line)
        if m:
            errors.setdefault(int(m.group(1)), set()).add(m.group(2))
        else:
            assert ": note: " in line, f"unexpected mypy output: {line}"
    return errors


@pytest.fixture(scope="module", autouse=True)
def _mypy() -> None:
    pytest.importorskip("mypy")


def test_mypy_rejects_every_marked_line_with_its_error_code() -> None:
    errors = mypy_errors()
    wrong = [(n, name, code, sorted(errors.get(n, ())))
             for n, name, code in marks(MISTAKES, PY_MARK) if code not in errors.get(n, ())]
    assert wrong == [], "(line, mistake, expected code, reported codes)"


def test_mypy_accepts_every_unmarked_line() -> None:
    marked = {n for n, _, _ in marks(MISTAKES, PY_MARK)}
    unexpected = {n: codes for n, codes in mypy_errors().items() if n not in marked}
    assert unexpected == {}, "errors on lines without a marker (types too strict?)"


def test_python_and_typescript_list_the_same_mistakes() -> None:
    py = [name for _, name, _ in marks(MISTAKES, PY_MARK)]
    ts = [name for _, name, _ in marks(TS_MISTAKES, TS_MARK)]
    assert len(py) == len(set(py)), "a mistake id is used twice"
    assert py == ts


def test_the_lists_hold_the_mistakes_of_issue_17() -> None:
    names = {name for _, name, _ in marks(MISTAKES, PY_MARK)}
    assert REQUIRED <= names, REQUIRED - names
