"""One reader per input format: plain text, HTML, JSON / JSONL records, standard input.

Readers take bytes or text that :mod:`sitroom.read` has already read within the size
limit and return :class:`~sitroom.article.Article` objects; a broken record becomes an
:class:`~sitroom.errors.InputError` in the stream so the rest of the batch goes on.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TextIO

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
from sitroom.read.decode import binary_reason, bom_encoding, decode_bytes, decode_text
from sitroom.util.dates import normalise_date
from sitroom.util.urls import publisher_from_url

if TYPE_CHECKING:
    from trafilatura.settings import Document

logger = logging.getLogger(__name__)

TEXT_FIELDS = ("text", "body", "content")
DATE_FIELDS = ("published", "date", "published_at", "datePublished")

# trafilatura settings, chosen on ../shared/eval/zyte (word-level F1 of the article body):
# comments are not the article, and precision mode drops more navigation and teasers.
HTML_OPTIONS: dict[str, Any] = {"include_comments": False, "favor_precision": True}
# Precision mode occasionally keeps only a fragment; below this many characters the
# default extraction is tried too and kept when it is much longer.
SHORT_BODY = 500
# Fewer words than this is a menu or a teaser, not an article.
MIN_ARTICLE_WORDS = 10
# libxml2 gives up on documents nested deeper than about this many elements.
MAX_DEPTH = 250
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^<>]*?(/?)>")
_VOID_TAGS = "area base br col embed hr img input link meta param source track wbr"
_VOID = frozenset(_VOID_TAGS.split())


def read_text(data: bytes, path: str) -> Article:
    """A plain-text file: the decoded text, as read."""
    text, damaged = decode_text(data, path)
    article = Article(text=text, raw_text=text, source=path)
    if damaged:
        article.quality.flag("garbled")
    return article


def read_html(data: bytes, path: str) -> Article:
    """An HTML page: the article body extracted by trafilatura, with its metadata."""
    reason = binary_reason(data[:8192])
    if reason:
        raise BinaryInputError(path, f"{reason}; expected an HTML page")
    page: bytes | str = data
    if bom_encoding(data):
        page = decode_bytes(data, path)
    elif not data.strip():
        raise EmptyInputError(path, "the file holds no text (empty or only whitespace)")
    try:
        doc = _extract(page)
    except Exception as exc:  # trafilatura and lxml raise many kinds on broken markup
        raise NoArticleError(path, f"the HTML could not be parsed ({exc})") from exc
    text = (doc.text or "").strip() if doc is not None else ""
    if doc is None or len(text.split()) < MIN_ARTICLE_WORDS:
        depth = nesting_depth(page)
        if depth >= MAX_DEPTH:
            raise NoArticleError(
                path,
                f"the HTML is nested {depth} elements deep; the HTML parser stops at about "
                f"{MAX_DEPTH}, so no article body could be read from it",
            )
        raise NoArticleError(
            path,
            "no article body found in the HTML page; save the article's own page, "
            "not an index, search or login page",
        )
    url = doc.url or None
    article = Article(
        text=text,
        raw_text=text,
        source=path,
        url=url,
        title=doc.title or None,
        author=doc.author or None,
        publisher=doc.sitename or publisher_from_url(url),
        published=normalise_date(doc.date),
    )
    return article


def nesting_depth(page: bytes | str) -> int:
    """The deepest element nesting of an HTML page (void elements and comments aside),
    counted in one pass over its tags."""
    html = page.decode("utf-8", errors="replace") if isinstance(page, bytes) else page
    depth = deepest = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if name in _VOID or self_closing:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def _extract(page: bytes | str) -> Document | None:
    doc = _bare(page, HTML_OPTIONS)
    body = (doc.text or "").strip() if doc is not None else ""
    if len(body) < SHORT_BODY:
        wider = _bare(page, {**HTML_OPTIONS, "favor_precision": False})
        if wider is not None and len((wider.text or "").strip()) > 2 * max(len(body), 1):
            logger.debug("precision extraction kept %d characters; using default mode", len(body))
            return wider
    return doc


def _bare(page: bytes | str, options: dict[str, Any]) -> Document | None:
    import trafilatura  # imported on first use: it takes a fifth of a second
    from trafilatura.settings import Document

    doc = trafilatura.bare_extraction(page, with_metadata=True, **options)
    return doc if isinstance(doc, Document) else None


def read_json(text: str, path: str) -> Iterator[Article | InputError]:
    """A ``.json`` file: one record object, or a list of them (sources ``path#N``)."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        yield MalformedRecordError(path, f"not valid JSON: {exc.msg}", line=exc.lineno)
        return
    if isinstance(value, dict):
        yield _safe_record(value, path=path, source=path, line=None)
    elif isinstance(value, list):
        if not value:
            yield EmptyInputError(path, "the JSON list holds no records")
        for i, item in enumerate(value, start=1):
            yield _safe_record(item, path=path, source=f"{path}#{i}", line=None, item=i)
    else:
        yield MalformedRecordError(
            path, f"expected a JSON object or a list of objects, got {type(value).__name__}"
        )


def read_jsonl(text: str, path: str, *, label: str | None = None) -> Iterator[Article | InputError]:
    """A JSONL file: one record per line; a broken line is reported with its number."""
    label = label or path
    seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        seen = True
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield MalformedRecordError(path, f"not valid JSON ({exc.msg})", line=number)
            continue
        yield _safe_record(record, path=path, source=f"{label}:{number}", line=number)
    if not seen:
        yield EmptyInputError(path, "the file holds no records")


def read_stdin(stream: TextIO, max_bytes: int) -> Iterator[Article | InputError]:
    """Standard input: JSONL when every non-empty line is a record, else one document."""
    try:
        text = _read_stream(stream, max_bytes)
    except InputError as err:
        yield err
        return
    if _is_jsonl(text):
        yield from read_jsonl(text, "stdin", label="stdin")
    else:
        yield Article(text=text, raw_text=text, source="stdin:1")


def _read_stream(stream: TextIO, max_bytes: int) -> str:
    buffer = getattr(stream, "buffer", None)
    try:
        if buffer is not None:
            data = buffer.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise TooLargeError("stdin", f"more than ingest.max_bytes={max_bytes} bytes")
            return decode_bytes(data, "stdin")
        text = stream.read(max_bytes + 1)
    except UnicodeDecodeError as exc:
        raise DecodeError("stdin", f"not valid text ({exc.reason}); send UTF-8") from exc
    except OSError as exc:
        raise InputError("stdin", f"cannot read standard input ({exc})") from exc
    if len(text) > max_bytes:
        raise TooLargeError("stdin", f"more than ingest.max_bytes={max_bytes} characters")
    if not text.strip():
        raise EmptyInputError("stdin", "standard input holds no text")
    return text


def _is_jsonl(text: str) -> bool:
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return False
    for line in lines:
        if not line.lstrip().startswith("{"):
            return False
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            return False
        if not isinstance(record, dict) or not any(k in record for k in TEXT_FIELDS):
            return False
    return True


def _safe_record(
    record: Any, *, path: str, source: str, line: int | None, item: int | None = None
) -> Article | InputError:
    try:
        return record_to_article(record, source=source)
    except InputError as err:
        reason = f"record {item}: {err.reason}" if item is not None else err.reason
        return type(err)(path, reason, line=line)


def record_to_article(record: Any, *, source: str) -> Article:
    """An Article from a JSON record; raises an InputError (path filled in by the caller)."""
    if not isinstance(record, dict):
        raise MalformedRecordError(source, f"expected a JSON object, got {type(record).__name__}")
    text = None
    for key in TEXT_FIELDS:
        value = record.get(key)
        if isinstance(value, str):
            text = value
            break
        if value is not None:
            raise MalformedRecordError(source, f"field '{key}' must be a string")
    if text is None:
        raise MalformedRecordError(
            source, "the record has no text; give it a 'text', 'body' or 'content' field"
        )
    if not text.strip():
        raise EmptyInputError(source, "the record's text is empty")
    given = record.get("id")
    given_id = str(given) if isinstance(given, str | int) and not isinstance(given, bool) else ""
    url = _string(record.get("url"))
    article = Article(
        text=text,
        raw_text=text,
        source=given_id or source,
        url=url,
        title=_string(record.get("title")),
        author=_string(record.get("author")),
        publisher=_string(record.get("publisher")) or publisher_from_url(url),
        published=_first_date(record),
    )
    if given_id:
        article.assign_id(given_id)
    return article


def _first_date(record: dict[str, Any]) -> str | None:
    for key in DATE_FIELDS:
        if record.get(key) is not None:
            return normalise_date(record[key])
    return None


def _string(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
