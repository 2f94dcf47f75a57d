"""Read what users bring: files, folders and standard input, into Articles.

:func:`read_paths` yields one :class:`~sitroom.article.Article` per document, in input
order, or an :class:`~sitroom.errors.InputError` in its place for an item that cannot
be read; one bad item never stops the batch.

Formats, by file name:

==========================  =====================================================
``ingest.text_extensions``  plain text (``.txt``, ``.text``, ``.md`` by default)
``.html`` ``.htm``          the article body and metadata, extracted by trafilatura
``.jsonl`` ``.ndjson``      one record per line; source ``path:LINE`` unless an id
``.json``                   one record, or a list of them; source ``path#N``
``*.gz``                    any of the above, gzip-compressed (``page.html.gz``)
==========================  =====================================================

A record has its text in ``text``, ``body`` or ``content`` and optionally ``id``,
``title``, ``url``, ``publisher``, ``author`` and ``published``.
"""

from __future__ import annotations

import gzip
import logging
import os
import re
import stat
import sys
import zlib
from collections.abc import Iterator, Sequence
from typing import TextIO

from sitroom.article import Article
from sitroom.errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    InputError,
    TooLargeError,
)
from sitroom.read.decode import SNIFF_BYTES, binary_reason, decode_bytes
from sitroom.read.language import ENGLISH, detect_language
from sitroom.read.readers import read_html, read_json, read_jsonl, read_stdin, read_text
from sitroom.settings import IngestSettings
from sitroom.util.chars import strip_controls

__all__ = ["count_documents", "read_paths"]

logger = logging.getLogger(__name__)

HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
JSONL_EXTENSIONS = (".jsonl", ".ndjson")
JSON_EXTENSIONS = (".json",)
# Extensions reported as binary without opening the file.
_BINARY = """.pdf .doc .docx .odt .rtf .xls .xlsx .ppt .pptx .png .jpg .jpeg .gif .webp .svg
.mp3 .mp4 .zip .tar .tgz .7z .rar .exe .bin .db .sqlite .pyc .epub .mobi"""
BINARY_EXTENSIONS = frozenset(_BINARY.split())


def read_paths(
    paths: Sequence[str], settings: IngestSettings, *, stdin: TextIO | None = None
) -> Iterator[Article | InputError]:
    """Yield an Article per document, or an InputError per unreadable item, in input order.

    ``"-"`` reads standard input (``stdin``, default ``sys.stdin``); folders are read
    recursively in sorted order, skipping hidden entries.
    """
    for given in paths:
        if given == "-":
            items = read_stdin(stdin if stdin is not None else sys.stdin, settings.max_bytes)
        else:
            items = _read_path(given, settings, root=None)
        for item in items:
            if isinstance(item, Article):
                _strip_controls(item)
                _set_language(item)
            if isinstance(item, Article) and not item.text.strip():
                yield EmptyInputError(
                    item.source or given, "the text holds only control characters or spaces"
                )
            elif isinstance(item, Article) and len(item.text) > settings.max_chars:
                yield TooLargeError(
                    item.source or given,
                    f"{len(item.text)} characters is more than ingest.max_chars="
                    f"{settings.max_chars}; split the document or raise the limit",
                )
            else:
                yield item


def count_documents(paths: Sequence[str], settings: IngestSettings) -> int | None:
    """How many documents ``paths`` hold, for a progress bar: files under the paths (hidden
    ones left out), or None when that is not known up front (standard input, JSON)."""
    n = 0
    for given in paths:
        if given == "-":
            return None
        if os.path.isdir(given):
            files = []
            for top, dirs, names in os.walk(given):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                files += [os.path.join(top, n) for n in names if not n.startswith(".")]
        else:
            files = [given]
        for path in files:
            if file_kind(path, settings)[0] in ("json", "jsonl"):
                return None
            n += 1
    return n


def _set_language(article: Article) -> None:
    """Detect the document's language; anything but English is flagged ``not_english``."""
    article.language = detect_language(article.text)
    if article.language != ENGLISH:
        article.quality.flag("not_english")


_LONE_CR = re.compile(r"\r(?!\n)")


def _strip_controls(article: Article) -> None:
    """Control characters (NUL, ESC sequences, ...) are never stored: tab, newline and CRLF
    line ends stay, a lone carriage return (an old Mac line end) becomes a newline."""
    article.text = _LONE_CR.sub("\n", strip_controls(article.text))
    for name in ("title", "publisher", "author", "url"):
        value = getattr(article, name)
        if value:
            setattr(article, name, strip_controls(value))


def _read_path(
    path: str, settings: IngestSettings, root: str | None
) -> Iterator[Article | InputError]:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        yield InputError(path, "no such file or folder; check the path")
        return
    except PermissionError:
        yield InputError(path, "permission denied; check the file's permissions")
        return
    except OSError as exc:
        yield InputError(path, f"cannot access the path ({exc.strerror or exc})")
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _walk(path, settings, seen=set(), root=root or os.path.realpath(path))
    elif stat.S_ISREG(info.st_mode):
        yield from read_file(path, settings)
    else:
        yield InputError(path, "not a regular file or folder")


def _walk(
    folder: str, settings: IngestSettings, seen: set[str], root: str
) -> Iterator[Article | InputError]:
    """Read a folder recursively. Symbolic links are followed only to places inside the
    folder the user named (``root``); a link loop or a link outside is reported for that
    entry alone, and the rest of the folder is read."""
    real = os.path.realpath(folder)
    if real in seen:
        yield InputError(folder, "symbolic link loop: this folder is already being read")
        return
    seen.add(real)
    try:
        with os.scandir(folder) as entries:
            listing = sorted(entry.name for entry in entries)
    except PermissionError:
        yield InputError(folder, "permission denied: cannot list the folder; check its permissions")
        return
    except OSError as exc:
        yield InputError(folder, f"cannot list the folder ({exc.strerror or exc})")
        return
    for name in listing:
        if name.startswith("."):
            logger.debug("%s: hidden entry %s skipped", folder, name)
            continue
        child = os.path.join(folder, name)
        if os.path.islink(child):
            target = os.path.realpath(child)
            if not os.path.exists(target):
                yield InputError(child, "broken or looping symbolic link; skipped")
                continue
            if os.path.commonpath([root, target]) != root:
                yield InputError(child, f"symbolic link to {target}, outside {root}; skipped")
                continue
        if os.path.isdir(child):
            yield from _walk(child, settings, seen, root)
        else:
            yield from _read_path(child, settings, root)


def file_kind(path: str, settings: IngestSettings) -> tuple[str | None, str, bool]:
    """(kind, extension, gzipped): kind is text, html, jsonl, json or None (unsupported)."""
    lower = path.lower()
    gzipped = lower.endswith(".gz")
    if gzipped:
        lower = lower[:-3]
    ext = os.path.splitext(lower)[1]
    kinds = (
        ("text", tuple(e.lower() for e in settings.text_extensions)),
        ("html", HTML_EXTENSIONS),
        ("jsonl", JSONL_EXTENSIONS),
        ("json", JSON_EXTENSIONS),
    )
    for kind, extensions in kinds:
        if ext in extensions:
            return kind, ext, gzipped
    return None, ext if not gzipped else ext + ".gz", gzipped


def read_file(path: str, settings: IngestSettings) -> Iterator[Article | InputError]:
    """Read one file by its extension; errors are yielded, never raised."""
    kind, ext, gzipped = file_kind(path, settings)
    if kind is None:
        yield _unsupported(path, ext, settings)
        return
    try:
        data = _read_bytes(path, settings.max_bytes, gzipped=gzipped)
        if kind == "text":
            yield read_text(data, path)
        elif kind == "html":
            yield read_html(data, path)
        elif kind == "jsonl":
            yield from read_jsonl(decode_bytes(data, path), path)
        else:
            yield from read_json(decode_bytes(data, path), path)
    except InputError as err:
        yield err


def _unsupported(path: str, ext: str, settings: IngestSettings) -> InputError:
    supported = ", ".join(
        (*settings.text_extensions, *HTML_EXTENSIONS, *JSONL_EXTENSIONS, *JSON_EXTENSIONS)
    )
    shown = ext or "(no extension)"
    reason = f"unsupported file type {shown}; supported: {supported} (and .gz of these)"
    if ext in BINARY_EXTENSIONS:
        return BinaryInputError(path, reason)
    try:
        with open(path, "rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError:
        return InputError(path, reason)
    return BinaryInputError(path, reason) if binary_reason(head) else InputError(path, reason)


def _read_bytes(path: str, max_bytes: int, *, gzipped: bool) -> bytes:
    """The file's bytes (decompressed), refusing files over ``max_bytes`` before reading."""
    limit = f"ingest.max_bytes={max_bytes}"
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            raise TooLargeError(
                path, f"{size} bytes is more than {limit}; split the file or raise the limit"
            )
        if not gzipped:
            with open(path, "rb") as handle:
                return handle.read(max_bytes + 1)
        with gzip.open(path, "rb") as archive:
            data = archive.read(max_bytes + 1)
    except PermissionError as exc:
        raise InputError(path, "permission denied; check the file's permissions") from exc
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise DecodeError(path, f"not a valid gzip file ({exc})") from exc
    except OSError as exc:
        raise InputError(path, f"cannot read the file ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:
        raise TooLargeError(path, f"more than {limit} bytes once decompressed")
    return data
