"""The Python examples of the repository's README and of the package's (crates/py/README.md, the
wheel's long description on PyPI) run, and show what they say.

A line `EXPR  # LITERAL …` is checked: EXPR must equal the Python literal that starts the comment
(a quoted string, a number, True, False or None; the rest of the comment is prose). Other lines
run as they are, in one namespace per block, as a reader would paste them."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import List

import pytest

ROOT = Path(__file__).resolve().parents[3]
READMES = {"README": ROOT / "README.md", "package": ROOT / "crates" / "py" / "README.md"}
BLOCKS = [
    (f"{name}-block{i + 1}", path, block)
    for name, path in READMES.items()
    for i, block in enumerate(
        re.findall(r"^```python\n(.*?)^```$", path.read_text(encoding="utf-8"), re.M | re.S))
]
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


@pytest.mark.parametrize("path", READMES.values(), ids=READMES.keys())
def test_the_readme_has_python_examples(path: Path) -> None:
    assert any(p == path for _, p, _ in BLOCKS)


def test_the_package_readme_starts_with_pip_install() -> None:
    text = READMES["package"].read_text(encoding="utf-8")
    assert text.startswith("# quyche\n\n```sh\npip install quyche\n```\n"), text[:80]


@pytest.mark.parametrize(("path", "block"), [(p, b) for _, p, b in BLOCKS],
                         ids=[i for i, _, _ in BLOCKS])
def test_readme_example_runs_and_shows_what_it_says(path: Path, block: str) -> None:
    code, count = checked(block)
    assert count >= 1, "the example states at least one result"
    exec(compile(code, str(path), "exec"), {})


def test_the_checker_fails_on_a_wrong_stated_result() -> None:
    code, count = checked("import quyche\nquyche.Regulation.khanh_hoa().id  # 'not-the-id'")
    assert count == 1
    with pytest.raises(AssertionError):
        exec(code, {})
    code, _ = checked("import quyche\nquyche.Regulation.khanh_hoa().id  # 'khanh-hoa-2086'")
    exec(code, {})
