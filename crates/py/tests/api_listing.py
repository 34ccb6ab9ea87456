"""Prints the public API of the *installed* ``quyche`` package as JSON, for the API-parity test
(``crates/wasm/tests/api.test.mjs``, run by ``node --test`` after the wheel is installed in
``.venv``; differences allowed are listed in ``tests/api/allowlist.json``).

Names: every name of ``quyche.__all__``, and ``Class.member`` for every public member a class of
the package defines itself (methods, static methods, properties; not what it inherits from
Python's built-in classes, such as ``Exception.args``). Dunder methods are Python protocol
(``__eq__``, ``__len__``, pickling), not API.

Run as ``python -I crates/py/tests/api_listing.py`` (``-I``: the source tree is not importable,
so the listing is the wheel's).
"""

import inspect
import json
import sys
from typing import Dict, List, Union

import quyche


def members(cls: type) -> List[str]:
    """The public names `cls` itself defines."""
    return sorted(name for name in vars(cls) if not name.startswith("_"))


def listing() -> List[str]:
    """Module names and ``Class.member`` names, sorted."""
    names: List[str] = []
    for name in quyche.__all__:
        names.append(name)
        obj = getattr(quyche, name)
        if inspect.isclass(obj):
            names.extend(f"{name}.{m}" for m in members(obj))
    return sorted(names)


def main() -> None:
    out: Dict[str, Union[str, List[str]]] = {"module_file": quyche.__file__ or "", "names": listing()}
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
