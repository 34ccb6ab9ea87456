"""The package a user installs: exports, type marker, and (in CI) that the wheel is tested."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import quyche


def test_public_names_are_exported() -> None:
    for name in quyche.__all__:
        assert hasattr(quyche, name), name


def test_the_version_is_the_core_version_and_the_installed_one() -> None:
    assert isinstance(quyche.__version__, str)
    assert quyche.__version__ == quyche.version()
    assert quyche.__version__.count(".") == 2, quyche.__version__
    # The distribution's metadata (the wheel's, or maturin develop's) says the same version.
    from importlib import metadata

    try:
        installed = metadata.version("quyche")
    except metadata.PackageNotFoundError:
        if os.environ.get("QUYCHE_EXPECT_WHEEL") == "1":
            raise
        pytest.skip("quyche is not installed as a distribution")
    assert installed == quyche.__version__


def test_the_package_is_typed() -> None:
    pkg = Path(quyche.__file__).parent
    assert (pkg / "py.typed").exists()
    assert (pkg / "_native.pyi").exists()


def test_the_installed_wheel_is_under_test_not_the_source_tree() -> None:
    # scripts/test.sh sets QUYCHE_EXPECT_WHEEL=1 after installing the wheel into .venv.
    if os.environ.get("QUYCHE_EXPECT_WHEEL") != "1":
        pytest.skip("not run by scripts/test.sh")
    assert "site-packages" in Path(quyche.__file__).parts, quyche.__file__


def test_import_quyche_loads_no_heavy_standard_modules() -> None:
    # `import quyche` stays fast (README: measured under 50 ms) by not importing typing, json or
    # datetime itself; they load when first used.
    import subprocess
    import sys

    code = ("import sys; before = set(sys.modules); import quyche; "
            "print(sorted(m for m in set(sys.modules) - before if not m.startswith('quyche')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = out.stdout.strip()
    for heavy in ("'typing'", "'json'", "'datetime'"):
        assert heavy not in loaded, loaded


def test_the_stubs_match_the_native_module() -> None:
    # stubtest imports the installed extension and compares every name and signature with
    # _native.pyi: nothing missing, nothing extra, same parameters.
    import subprocess
    import sys

    pytest.importorskip("mypy")
    out = subprocess.run([sys.executable, "-m", "mypy.stubtest", "quyche._native"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
