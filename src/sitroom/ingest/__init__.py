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
import stat
import sys
import zlib
from collections.abc import Iterator, Sequence
from typing import TextIO

from sitroom.article import Article
from sitroom.errors import BinaryInputError, DecodeError, InputError, TooLargeError
from sitroom.ingest.decode import SNIFF_BYTES, binary_reason, decode_bytes
from sitroom.ingest.readers import read_html, read_json, read_jsonl, read_stdin, read_text
from sitroom.settings import IngestSettings

__all__ = ["read_paths"]

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
            yield from read_stdin(stdin if stdin is not None else sys.stdin, settings.max_bytes)
        else:
            yield from _read_path(given, settings)


def _read_path(path: str, settings: IngestSettings) -> Iterator[Article | InputError]:
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
        yield from _walk(path, settings, seen=set())
    elif stat.S_ISREG(info.st_mode):
        yield from read_file(path, settings)
    else:
        yield InputError(path, "not a regular file or folder")


def _walk(folder: str, settings: IngestSettings, seen: set[str]) -> Iterator[Article | InputError]:
    real = os.path.realpath(folder)
    if real in seen:
        logger.debug("%s: already read (symbolic link loop), skipped", folder)
        return
    seen.add(real)
    try:
        with os.scandir(folder) as entries:
            listing = sorted((entry.name, entry.is_dir()) for entry in entries)
    except PermissionError:
        yield InputError(folder, "permission denied: cannot list the folder; check its permissions")
        return
    except OSError as exc:
        yield InputError(folder, f"cannot list the folder ({exc.strerror or exc})")
        return
    for name, is_dir in listing:
        if name.startswith("."):
            logger.debug("%s: hidden entry %s skipped", folder, name)
            continue
        child = os.path.join(folder, name)
        if is_dir:
            yield from _walk(child, settings, seen)
        else:
            yield from _read_path(child, settings)


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
