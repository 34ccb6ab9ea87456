"""Shared fixtures: the built-in regulation as a JSON document that tests can damage."""

from __future__ import annotations

import json
from typing import Any, Dict

import pytest

import quyche


@pytest.fixture()
def doc() -> Dict[str, Any]:
    """A fresh copy of the built-in Khánh Hòa regulation as a dict."""
    parsed: Dict[str, Any] = json.loads(quyche.Regulation.khanh_hoa().to_json())
    return parsed
