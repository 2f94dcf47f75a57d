"""Dates: publication dates normalised to ``YYYY-MM-DD``, and the dates in URLs."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

_ISO = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])")
_DMY = re.compile(r"^\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\s*$")
_FORMATS = (
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%b %d %Y",
    "%A, %d %B %Y",
    "%A, %B %d, %Y",
    "%a, %d %b %Y %H:%M:%S %z",
    "%a, %d %b %Y %H:%M:%S %Z",
    "%Y%m%d",
)


def normalise_date(value: object) -> str | None:
    """``YYYY-MM-DD`` for a date given as ISO text, common English forms or epoch seconds."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, int | float):
        try:
            seconds = value / 1000 if value > 1e11 else value
            return datetime.fromtimestamp(seconds, tz=UTC).strftime("%Y-%m-%d")
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    text = value.strip()
    match = _ISO.match(text)
    if match:
        return _valid(int(match[1]), int(match[2]), int(match[3]))
    match = _DMY.match(text)
    if match:
        return _valid(int(match[3]), int(match[2]), int(match[1]))
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    for fmt in _FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).strftime("%Y-%m-%d")
        except ValueError:
            continue
    return None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d\d?)[/-](\d\d?)(?:[/-]|$)")


def date_from_url(url: str | None) -> str | None:
    """The publication date many outlets put in their URLs (``/2025/02/13/``)."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    return _valid(int(m[1]), int(m[2]), int(m[3])) if m else None
