"""Fuzzing the readers and the commands (hypothesis, a bounded number of examples each):
random bytes, huge lines, nested HTML, .gz bombs, JSON of the wrong types, Rich markup and
control characters in every field. Nothing crashes; every bad input is an InputError that
names its path (and line) and gives a reason."""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from sitroom.article import Article
from sitroom.errors import InputError
from sitroom.read import read_paths
from sitroom.read.readers import MAX_DEPTH
from sitroom.settings import IngestSettings, load_settings
from sitroom.show.cli import app

FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
INGEST: IngestSettings = replace(load_settings().ingest, max_bytes=2_000_000, max_chars=500_000)
EXTENSIONS = [".txt", ".md", ".html", ".jsonl", ".json", ".txt.gz", ".html.gz", ".jsonl.gz"]
# Rich markup, terminal escapes, HTML, formulas and C0 controls, mixed with plain words.
HOSTILE = st.lists(
    st.sampled_from(
        [
            "[bold]",
            "[/bold]",
            "[/]",
            "[link=javascript:alert(1)]x[/link]",
            "\x1b[31m",
            "\x1b]8;;http://evil\x07",
            "\x00",
            "\x07",
            "\r",
            "<script>alert(1)</script>",
            '=HYPERLINK("http://x")',
            "@SUM(1)",
            "Minister",
            "said",
            "the talks",
            " ",
            "\n",
        ]
    )
    | st.text(max_size=8),
    max_size=12,
).map("".join)
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def _read(path: Path) -> list[Article | InputError]:
    return list(read_paths([str(path)], INGEST))


def _well_reported(items: list[Article | InputError], path: Path) -> None:
    for item in items:
        if isinstance(item, InputError):
            assert item.path.startswith(str(path)), item
            assert item.reason.strip(), item
        else:
            assert isinstance(item, Article) and item.text
            line_ends = item.text.replace("\r\n", "\n")  # CRLF is kept as read
            assert not _CONTROLS.search(line_ends.replace("\n", "").replace("\t", ""))


def _write(path: Path, data: bytes) -> None:
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)


@FUZZ
@given(data=st.binary(max_size=4096), ext=st.sampled_from(EXTENSIONS))
@example(data=b"\x1b", ext=".txt")  # a lone ESC: nothing is left once controls are stripped
@example(data=b"\r!", ext=".txt")  # a carriage return is a line end
def test_random_bytes(tmp_path: Path, data: bytes, ext: str) -> None:
    path = tmp_path / f"random{ext}"
    _write(path, data)
    items = _read(path)
    assert items
    _well_reported(items, path)


@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    char=st.sampled_from(["a", "é", "Ж", "字", " ", ".", "<"]),
    n=st.integers(100_000, 1_200_000),
    ext=st.sampled_from([".txt", ".jsonl"]),
)
def test_huge_lines(tmp_path: Path, char: str, n: int, ext: str) -> None:
    line = char * n
    if ext == ".jsonl":
        line = json.dumps({"text": line})
    path = tmp_path / f"huge{ext}"
    path.write_text(line, encoding="utf-8")
    items = _read(path)
    _well_reported(items, path)
    if len(line.encode("utf-8")) > INGEST.max_bytes:
        assert "max_bytes" in items[0].reason  # type: ignore[union-attr]
    elif n > INGEST.max_chars and char.strip():
        assert any(isinstance(i, InputError) and "max_chars" in i.reason for i in items)


@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
@given(depth=st.integers(1, 3000), tag=st.sampled_from(["div", "span", "section", "b"]))
def test_nested_html(tmp_path: Path, depth: int, tag: str) -> None:
    body = "The foreign ministers met in Brussels on Monday and agreed on the plan. " * 5
    page = f"<html><body>{f'<{tag}>' * depth}<p>{body}</p>{f'</{tag}>' * depth}</body></html>"
    path = tmp_path / "nested.html"
    path.write_text(page, encoding="utf-8")
    items = _read(path)
    _well_reported(items, path)
    if isinstance(items[0], InputError) and depth >= MAX_DEPTH:
        # html, body and p add three levels to the generated nesting
        assert "nested" in items[0].reason and f" {depth + 3} elements" in items[0].reason


@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
@given(size=st.integers(2_000_001, 30_000_000), ext=st.sampled_from([".txt.gz", ".jsonl.gz"]))
def test_gz_bombs(tmp_path: Path, size: int, ext: str) -> None:
    path = tmp_path / f"bomb{ext}"
    with gzip.open(path, "wb", compresslevel=9) as handle:
        chunk = b"A" * 1_000_000
        for _ in range(size // len(chunk)):
            handle.write(chunk)
        handle.write(b"A" * (size % len(chunk)))
    assert path.stat().st_size < INGEST.max_bytes
    (item,) = _read(path)
    assert isinstance(item, InputError)
    assert item.path == str(path) and "decompressed" in item.reason


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
FIELDS = ["id", "text", "body", "content", "title", "url", "publisher", "author", "published"]


@FUZZ
@given(records=st.lists(st.dictionaries(st.sampled_from(FIELDS), JSON_VALUES), max_size=6))
def test_jsonl_with_wrong_types(tmp_path: Path, records: list[dict[str, Any]]) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    items = _read(path)
    _well_reported(items, path)
    for item in items:
        if isinstance(item, InputError) and item.line is not None:
            assert 1 <= item.line <= len(records)


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(record=st.fixed_dictionaries({f: HOSTILE for f in FIELDS if f not in ("body", "content")}))
def test_hostile_text_in_every_field_through_the_commands(
    tmp_path: Path, record: dict[str, str]
) -> None:
    record["text"] = "The Minister said the talks went on. " + record["text"]
    path = tmp_path / "hostile.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    db = str(tmp_path / "fuzz.db")
    runner = CliRunner()
    results = [
        runner.invoke(app, ["ingest", str(path), "--db", db]),
        runner.invoke(app, ["search", "Minister", "--db", db]),
        runner.invoke(
            app, ["export", "--format", "csv", "--out", str(tmp_path / "csv"), "--db", db]
        ),
    ]
    for result in results:
        assert result.exception is None or isinstance(result.exception, SystemExit), result.output
        assert result.exit_code in (0, 3), result.output
        assert "\x1b" not in result.output and "\x00" not in result.output
    assert "Minister" in results[1].output
