"""YAML with libyaml's C loader when it is there (ten times faster than the pure-Python
one; the knowledge base alone took seconds per process to load with the latter)."""

from __future__ import annotations

from typing import Any

import yaml

try:
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader

YAMLError = yaml.YAMLError


def safe_load(text: str) -> Any:
    """Like :func:`yaml.safe_load` (the same safe subset of YAML), faster."""
    return yaml.load(text, Loader=_Loader)
