"""Bytes that are not clean text: read truthfully (flagged) or skipped with the true reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitroom.errors import DecodeError, NoArticleError
from sitroom.read.decode import decode_text
from sitroom.read.readers import nesting_depth, read_html, read_text

PROSE = b"The ministers met in Brussels on Monday to talk about the plan. " * 20


def test_western_8bit_text_is_read_as_windows_1252() -> None:
    data = "Caf\xe9 na\xefve \x93quoted\x94 \x96 a dash and 5\x80 in Z\xfcrich. ".encode("latin-1")
    text, damaged = decode_text(PROSE + data * 3, "legacy.txt")
    assert "Café naïve “quoted” – a dash and 5€ in Zürich." in text
    assert not damaged


def test_a_run_of_bad_bytes_in_ascii_is_replaced_and_flagged() -> None:
    data = PROSE + b"\xa9\xb1\xbe \xae\xbc\xd7 \xf7\xa4" + PROSE
    article = read_text(data, "run.txt")
    assert "garbled" in article.quality.flags
    assert article.text.count("\ufffd") == 3  # one mark per run, not windows-1252 garbage
    assert "©" not in article.text and "×" not in article.text


def test_one_stray_byte_is_replaced_without_a_flag() -> None:
    article = read_text(PROSE + b"\xff" + PROSE, "one.txt")
    assert article.text.count("\ufffd") == 1 and article.quality.flags == []


def test_many_bad_bytes_are_skipped_with_the_reason() -> None:
    data = PROSE[:600] + bytes(range(0x80, 0x100)) * 2 + PROSE[:600]
    with pytest.raises(DecodeError) as caught:
        decode_text(data, "noise.txt")
    assert "not valid UTF-8 at byte 600" in caught.value.reason
    assert "neither UTF-8 nor Western 8-bit text" in caught.value.reason


def test_deeply_nested_html_says_so() -> None:
    body = "<p>" + "The foreign ministers met in Brussels and agreed on the plan. " * 5 + "</p>"
    page = "<html><body>" + "<div>" * 400 + body + "</div>" * 400 + "</body></html>"
    assert nesting_depth(page) == 403
    with pytest.raises(NoArticleError, match="nested 403 elements deep"):
        read_html(page.encode(), "deep.html")
    with pytest.raises(NoArticleError, match="no article body found"):
        read_html(b"<html><body><nav>Home</nav><br><img src=x></body></html>", "index.html")


def test_void_elements_do_not_count_as_nesting(tmp_path: Path) -> None:
    assert nesting_depth("<div>" + "<br><img src='x'><hr/>" * 500 + "</div>") == 1
