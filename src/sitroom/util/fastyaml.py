"""YAML with libyaml's C loader when it is there (ten times faster than the pure-Python
one; the knowledge base alone took seconds per process to load with the latter), and a
per-user cache of what large files parse to.

Even with the C loader most of the time goes to building the Python objects, so a text of
:data:`CACHE_FROM` characters or more is parsed once and kept, pickled, under its SHA-256
in the user's cache folder (``$SITROOM_CACHE``, else ``$XDG_CACHE_HOME/sitroom/yaml``,
else ``~/.cache/sitroom/yaml``): every later process (a worker, a web server) reads the
pickle instead. A changed text has another hash, so a stale entry is never read; a cache
that cannot be read or written is skipped.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

import yaml

try:
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader

YAMLError = yaml.YAMLError
CACHE_FROM = 50_000  # characters; smaller texts parse faster than a cache round trip
_FORMAT = b"sitroom-yaml-1"  # part of the key: a new format never reads old entries

log = logging.getLogger(__name__)


def safe_load(text: str) -> Any:
    """Like :func:`yaml.safe_load` (the same safe subset of YAML), faster."""
    if len(text) < CACHE_FROM:
        return yaml.load(text, Loader=_Loader)
    path = _cache_dir() / (hashlib.sha256(_FORMAT + text.encode("utf-8")).hexdigest() + ".pickle")
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)  # written below by this function, in the user's own folder
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        pass
    data = yaml.load(text, Loader=_Loader)
    _store(path, data)
    return data


def _cache_dir() -> Path:
    if os.environ.get("SITROOM_CACHE"):
        return Path(os.environ["SITROOM_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sitroom" / "yaml"


def _store(path: Path, data: Any) -> None:
    """Write the entry atomically (a reader never sees half a file); skip on any error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, pickle.PicklingError) as exc:
        log.debug("YAML cache %s not written: %s", path, exc)
