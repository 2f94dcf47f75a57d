"""Readers: every format users bring, and every kind of bad input, one line each."""

from __future__ import annotations

import codecs
import gzip
import io
import os
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from sitroom.article import Article
from sitroom.errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    InputError,
    MalformedRecordError,
    NoArticleError,
    TooLargeError,
)
from sitroom.read import read_paths
from sitroom.settings import IngestSettings, Settings
from sitroom.util.dates import normalise_date
from sitroom.util.urls import publisher_from_url

DATA = Path(__file__).parent / "data" / "ingest"
BODY = "Councillors in three harbour towns voted on Thursday to share the cost of a new ferry.\n"


@pytest.fixture
def ingest_settings(settings: Settings) -> IngestSettings:
    """The shipped defaults (``settings`` comes from conftest.py)."""
    return settings.ingest


def read(
    paths: list[str | Path], ingest_settings: IngestSettings, **kw: Any
) -> list[Article | InputError]:
    return list(read_paths([str(p) for p in paths], ingest_settings, **kw))


def one(path: str | Path, ingest_settings: IngestSettings) -> Article | InputError:
    [item] = read([path], ingest_settings)
    return item


def article(item: Article | InputError) -> Article:
    assert isinstance(item, Article), f"expected an Article, got {item!r}"
    return item


# --- good input -----------------------------------------------------------------------


def test_text_file_is_read_as_is(ingest_settings: IngestSettings) -> None:
    path = DATA / "report.txt"
    got = article(one(path, ingest_settings))
    assert got.text == path.read_text(encoding="utf-8")
    assert got.raw_text == got.text
    assert got.source == str(path)
    assert got.id == ""


def test_html_article_with_metadata(ingest_settings: IngestSettings) -> None:
    got = article(one(DATA / "article.html", ingest_settings))
    assert "voted on Thursday to share the cost" in got.text
    assert "the expected fares for residents" in got.text
    assert "Most read" not in got.text and "All rights reserved" not in got.text
    assert got.raw_text == got.text
    assert got.title == "Harbour towns vote on a shared ferry plan"
    assert got.url == "https://www.coastline-gazette.example/news/ferry-plan-vote"
    assert got.publisher == "Coastline Gazette"
    assert got.author == "Mara Lindqvist"
    assert got.published == "2024-05-17"


def test_gzipped_html(ingest_settings: IngestSettings, tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress((DATA / "article.html").read_bytes()))
    got = article(one(path, ingest_settings))
    assert "electric ferry" in got.text
    assert got.source == str(path)


def test_jsonl_records(ingest_settings: IngestSettings) -> None:
    path = DATA / "records.jsonl"
    first, second, third = (article(item) for item in read([path], ingest_settings))
    assert first.source == "rec-1" and first.id == "rec-1"
    assert first.title == "Ferry plan approved"
    assert first.url == "https://www.reuters.com/world/ferry-plan"
    assert first.publisher == "Reuters"
    assert first.published == "2024-05-17"
    assert second.source == f"{path}:2" and second.id == ""
    assert second.text.startswith("A second report")
    assert second.publisher == "Coastline Gazette" and second.published == "2024-05-17"
    assert third.source == f"{path}:3" and third.text == "A third report uses the content field."


def test_json_list_and_object(ingest_settings: IngestSettings, tmp_path: Path) -> None:
    path = DATA / "records.json"
    first, second = (article(item) for item in read([path], ingest_settings))
    assert first.id == "7" and first.source == "7" and first.published == "2024-05-17"
    assert second.source == f"{path}#2" and second.id == ""
    single = tmp_path / "single.json"
    single.write_text('{"text": "One record.", "title": "T"}', encoding="utf-8")
    got = article(one(single, ingest_settings))
    assert got.source == str(single) and got.title == "T"


def test_folder_is_read_recursively_in_sorted_order(
    ingest_settings: IngestSettings, tmp_path: Path
) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z").mkdir()
    for rel in ("c.txt", "a.txt", "b/y.txt", "b/z/x.txt", ".hidden.txt", "b/.DS_Store"):
        (tmp_path / rel).write_text(f"{rel} {BODY}", encoding="utf-8")
    got = [article(item).source for item in read([tmp_path], ingest_settings)]
    assert got == [str(tmp_path / rel) for rel in ("a.txt", "b/y.txt", "b/z/x.txt", "c.txt")]


def test_items_come_in_input_order(ingest_settings: IngestSettings, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    items = read(
        [DATA / "report.txt", tmp_path / "missing.txt", empty, DATA / "records.json"],
        ingest_settings,
    )
    assert [type(i).__name__ for i in items] == [
        "Article",
        "InputError",
        "EmptyInputError",
        "Article",
        "Article",
    ]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (codecs.BOM_UTF16_LE + "Zürich “quoted”\n".encode("utf-16-le"), "Zürich “quoted”\n"),
        (codecs.BOM_UTF16_BE + "Zürich “quoted”\n".encode("utf-16-be"), "Zürich “quoted”\n"),
        (codecs.BOM_UTF8 + "Zürich\n".encode(), "Zürich\n"),
        ("Zürich\r\nline two\n".encode(), "Zürich\r\nline two\n"),
        (b"caf\xe9 au lait, na\xefve \x93quotes\x94\n", "café au lait, naïve “quotes”\n"),
    ],
    ids=["utf16-le-bom", "utf16-be-bom", "utf8-bom", "crlf-kept", "windows-1252"],
)
def test_encodings(
    ingest_settings: IngestSettings, tmp_path: Path, data: bytes, expected: str
) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    assert article(one(path, ingest_settings)).text == expected


def test_stdin_plain_text(ingest_settings: IngestSettings) -> None:
    [item] = read(["-"], ingest_settings, stdin=io.StringIO(BODY))
    got = article(item)
    assert got.source == "stdin:1" and got.text == BODY


def test_stdin_jsonl(ingest_settings: IngestSettings) -> None:
    lines = '{"text": "First."}\n\n{"id": "x9", "body": "Second."}\n'
    first, second = (article(i) for i in read(["-"], ingest_settings, stdin=io.StringIO(lines)))
    assert first.source == "stdin:1" and first.text == "First."
    assert second.source == "x9" and second.id == "x9"


def test_stdin_with_a_non_record_line_is_one_document(ingest_settings: IngestSettings) -> None:
    text = '{"text": "First."}\nplain words\n'
    [got] = read(["-"], ingest_settings, stdin=io.StringIO(text))
    assert article(got).source == "stdin:1" and article(got).text == text


# --- bad input: each gives an error naming the file (and line); the rest goes on -------


@pytest.mark.parametrize("content", [b"", b"  \n\t\n"], ids=["empty", "whitespace"])
def test_empty_file(ingest_settings: IngestSettings, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    err = one(path, ingest_settings)
    assert isinstance(err, EmptyInputError)
    assert str(path) in str(err)


def test_binary_file_with_a_text_extension(ingest_settings: IngestSettings, tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    err = one(path, ingest_settings)
    assert isinstance(err, BinaryInputError)
    assert str(path) in str(err) and "binary" in err.reason


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("paper.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", BinaryInputError),
        ("notes.xyz", b"plain words\n", InputError),
    ],
)
def test_unsupported_file_type(
    ingest_settings: IngestSettings,
    tmp_path: Path,
    name: str,
    content: bytes,
    error: type[InputError],
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    err = one(path, ingest_settings)
    assert type(err) is error
    assert f"unsupported file type {path.suffix}" in str(err) and str(path) in str(err)


def test_invalid_utf8_names_the_byte_offset(
    ingest_settings: IngestSettings, tmp_path: Path
) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(b"Valid start. \x81\x8d\xfe\xff\xfe then text\n")
    err = one(path, ingest_settings)
    assert isinstance(err, DecodeError)
    assert str(path) in str(err) and "byte 13" in str(err)


def test_file_over_max_bytes_is_refused_before_reading(
    ingest_settings: IngestSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # 50 MB, sparse: nothing is written to disk
        handle.truncate(50_000_000)
    assert ingest_settings.max_bytes == 20_000_000

    def no_open(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the file was opened although it is too large")

    monkeypatch.setattr("builtins.open", no_open)
    err = one(path, ingest_settings)
    assert isinstance(err, TooLargeError)
    assert str(path) in str(err) and "50000000 bytes" in str(err)


def test_gzip_over_max_bytes_once_decompressed(
    ingest_settings: IngestSettings, tmp_path: Path
) -> None:
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(gzip.compress(b"<p>" + b"a" * 100_000 + b"</p>"))
    err = one(path, replace(ingest_settings, max_bytes=50_000))
    assert isinstance(err, TooLargeError) and "decompressed" in str(err)


def test_malformed_jsonl_line(ingest_settings: IngestSettings, tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"text": "Good one."}\n{"text": "broken\n{"title": "no text"}\n'
        '["a list"]\n{"text": "Good two."}\n',
        encoding="utf-8",
    )
    items = read([path], ingest_settings)
    assert [type(i).__name__ for i in items] == [
        "Article",
        "MalformedRecordError",
        "MalformedRecordError",
        "MalformedRecordError",
        "Article",
    ]
    err = items[1]
    assert isinstance(err, MalformedRecordError)
    assert err.path == str(path) and err.line == 2 and str(err).startswith(f"{path}:2: ")
    assert "'text', 'body' or 'content'" in str(items[2])
    assert article(items[4]).source == f"{path}:5"


def test_html_without_an_article(ingest_settings: IngestSettings, tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    path.write_text(
        "<html><head><title>Home</title></head><body><nav><a href='/a'>A</a>"
        "<a href='/b'>B</a></nav></body></html>",
        encoding="utf-8",
    )
    err = one(path, ingest_settings)
    assert isinstance(err, NoArticleError)
    assert str(path) in str(err) and "no article body" in str(err)


def test_path_that_does_not_exist(ingest_settings: IngestSettings, tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "report.txt"
    err = one(path, ingest_settings)
    assert type(err) is InputError
    assert str(err).startswith(str(path)) and "no such file" in str(err)


def test_folder_without_permission(
    ingest_settings: IngestSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests may run as root, where chmod does not stop reading: simulate the refusal.
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "secret.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "open.txt").write_text(BODY, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: Any) -> Any:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    first, second = read([tmp_path], ingest_settings)
    assert type(first) is InputError
    assert first.path == str(locked) and "permission denied" in first.reason
    assert article(second).source == str(tmp_path / "open.txt")


def test_stdin_too_large(ingest_settings: IngestSettings) -> None:
    [err] = read(["-"], replace(ingest_settings, max_bytes=10), stdin=io.StringIO(BODY))
    assert isinstance(err, TooLargeError) and err.path == "stdin"


def test_unreadable_gzip(ingest_settings: IngestSettings, tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00 not really gzip")
    err = one(path, ingest_settings)
    assert isinstance(err, DecodeError) and str(path) in str(err)


def test_copied_folder_keeps_paths_as_given(
    ingest_settings: IngestSettings, tmp_path: Path
) -> None:
    shutil.copytree(DATA, tmp_path / "in")
    sources = [article(i).source for i in read([tmp_path / "in"], ingest_settings)]
    assert sources[0] == str(tmp_path / "in" / "article.html")
    assert f"{tmp_path / 'in' / 'records.jsonl'}:2" in sources


# --- metadata normalisation -----------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-02-13", "2025-02-13"),
        ("2025-02-13T10:00:00Z", "2025-02-13"),
        ("2025/2/3", "2025-02-03"),
        ("13.02.2025", "2025-02-13"),
        ("13 February 2025", "2025-02-13"),
        ("February 13th, 2025", "2025-02-13"),
        ("Feb 13, 2025", "2025-02-13"),
        ("Thu, 13 Feb 2025 10:00:00 +0000", "2025-02-13"),
        (1739440800, "2025-02-13"),
        ("2025-02-30", None),
        ("next Thursday", None),
        ("", None),
        (None, None),
        (True, None),
    ],
)
def test_normalise_date(value: object, expected: str | None) -> None:
    assert normalise_date(value) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.dw.com/en/at-nato-meeting/a-71594447", "DW"),
        ("https://www.reuters.com/world/europe/x", "Reuters"),
        ("https://edition.cnn.com/2025/x", "CNN"),
        ("https://www.bbc.co.uk/news/x", "BBC"),
        ("https://www.kyivpost.com/post/1", "kyivpost"),
        ("https://news.example.co.uk/a", "example"),
        ("not a url", None),
        (None, None),
    ],
)
def test_publisher_from_url(url: str | None, expected: str | None) -> None:
    assert publisher_from_url(url) == expected
