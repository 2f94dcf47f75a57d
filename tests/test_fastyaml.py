"""The YAML loader's parse cache: the same data as PyYAML, never a stale entry."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from sitroom.util import fastyaml


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("SITROOM_CACHE", str(folder))
    return folder


def _big(value: str) -> str:
    rows = "".join(
        f"- {{id: a{i}, name: {value}, since: 2024-01-0{i % 9 + 1}}}\n" for i in range(3000)
    )
    assert len(rows) >= fastyaml.CACHE_FROM
    return rows


def test_a_large_text_is_parsed_once_then_read_from_the_cache(cache: Path) -> None:
    text = _big("Kallas")
    first = fastyaml.safe_load(text)
    assert first == yaml.safe_load(text)
    assert first[0]["since"] == dt.date(2024, 1, 1)
    assert len(list(cache.glob("*.pickle"))) == 1
    assert fastyaml.safe_load(text) == first


def test_a_changed_text_never_reads_the_old_entry(cache: Path) -> None:
    fastyaml.safe_load(_big("Kallas"))
    changed = fastyaml.safe_load(_big("Rutte"))
    assert changed[0]["name"] == "Rutte"
    assert len(list(cache.glob("*.pickle"))) == 2


def test_a_broken_entry_is_parsed_again(cache: Path) -> None:
    text = _big("Kallas")
    fastyaml.safe_load(text)
    (entry,) = cache.glob("*.pickle")
    entry.write_bytes(b"not a pickle")
    assert fastyaml.safe_load(text) == yaml.safe_load(text)


def test_no_cache_folder_still_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("SITROOM_CACHE", str(blocker / "cache"))  # under a file: cannot exist
    text = _big("Kallas")
    assert fastyaml.safe_load(text) == yaml.safe_load(text)


def test_small_texts_are_not_cached(cache: Path) -> None:
    assert fastyaml.safe_load("a: [1, 2]") == {"a": [1, 2]}
    assert not cache.exists()
