"""The README's Python examples (the wheel's own long description) run, and show what they say.

A line `EXPR  # LITERAL …` is checked: EXPR must equal the Python literal that starts the comment
(a quoted string, a number, True, False or None; the rest of the comment is prose). Other lines
run as they are, in one namespace per block, as a reader would paste them."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import List

import pytest

README = Path(__file__).resolve().parents[3] / "README.md"
BLOCKS = re.findall(r"^```python\n(.*?)^```$", README.read_text(encoding="utf-8"), re.M | re.S)
CHECKED = re.compile(
    r"""^(?P<expr>[^#]+?)\s+#\s*(?P<lit>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|True|False|None)(?:\s|$)"""
)


def checked(block: str) -> tuple[str, int]:
    """The block with each stated result turned into an assertion, and how many there are."""
    out: List[str] = []
    count = 0
    for line in block.splitlines():
        m = CHECKED.match(line)
        if m and not re.match(r"\s*(import|from|def|class|for|if|with|return)\b", line):
            count += 1
            expr, lit = m.group("expr"), m.group("lit")
            want = ast.literal_eval(lit)
            out.append(f"assert ({expr}) == {want!r}, {expr!r}")
        else:
            out.append(line)
    return "\n".join(out), count


def test_the_readme_has_python_examples() -> None:
    assert len(BLOCKS) >= 1


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block{i + 1}" for i in range(len(BLOCKS))])
def test_readme_example_runs_and_shows_what_it_says(block: str) -> None:
    code, count = checked(block)
    assert count >= 1, "the example states at least one result"
    exec(compile(code, str(README), "exec"), {})


def test_the_checker_fails_on_a_wrong_stated_result() -> None:
    code, count = checked("import quyche\nquyche.Regulation.khanh_hoa().id  # 'not-the-id'")
    assert count == 1
    with pytest.raises(AssertionError):
        exec(code, {})
    code, _ = checked("import quyche\nquyche.Regulation.khanh_hoa().id  # 'khanh-hoa-2086'")
    exec(code, {})
