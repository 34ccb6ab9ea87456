"""Every public function and method has a docstring, and the examples in them run (in one shared
namespace, in API order, as a reader would type them)."""

from __future__ import annotations

import doctest
import functools
import inspect
from typing import Any, Dict, List, Tuple

import pytest

import quyche
import quyche.types


def public_items() -> List[Tuple[str, Any]]:
    """(name, object) for the package, its classes, their public members, and the functions."""
    items: List[Tuple[str, Any]] = [("quyche", quyche)]
    for name in ("Regulation", "Citation", "Case", "WorkCalendar"):
        cls = getattr(quyche, name)
        items.append((name, cls))
        # Constructors first: later examples use the values they make.
        first = ("khanh_hoa", "start")
        names = sorted(vars(cls), key=lambda attr: attr not in first)
        for attr in names:
            if not attr.startswith("_"):
                # getattr: a staticmethod's own docstring, not the wrapper's.
                items.append((f"{name}.{attr}", getattr(cls, attr)))
    for name in quyche.__all__:
        obj = getattr(quyche, name)
        if not inspect.isclass(obj):
            items.append((name, obj))
    items.append(("QuycheError", quyche.QuycheError))
    items.append(("quyche.types", quyche.types))
    return items


def test_every_public_item_has_a_docstring() -> None:
    missing = [n for n, obj in public_items() if not (getattr(obj, "__doc__", None) or "").strip()]
    assert missing == []


def test_every_public_function_has_an_example() -> None:
    no_example = [
        n for n, obj in public_items()
        if callable(obj) and not inspect.isclass(obj) and ">>>" not in (obj.__doc__ or "")
        and n not in {"version"}
    ]
    # Properties document a value, not a call; functions and methods show one.
    assert no_example == [], no_example


@functools.lru_cache(maxsize=None)
def doctest_run() -> Tuple[int, Dict[str, str]]:
    """Runs every example once, in API order and one shared namespace: (tries, failures by
    item name)."""
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    globs: Dict[str, Any] = {"quyche": quyche}
    failed: Dict[str, str] = {}
    for name, obj in public_items():
        text = inspect.cleandoc(getattr(obj, "__doc__", None) or "")
        test = parser.get_doctest(text, globs, name, None, 0)
        out: List[str] = []
        runner.run(test, out=out.append, clear_globs=False)
        globs.update(test.globs)
        if out:
            failed[name] = "".join(out)
    return runner.tries, failed


def test_the_docstrings_hold_many_examples() -> None:
    tries, _ = doctest_run()
    assert tries > 60, tries


@pytest.mark.parametrize("name", [n for n, _ in public_items()])
def test_docstring_examples_run(name: str) -> None:
    _, failed = doctest_run()
    assert name not in failed, failed.get(name)
