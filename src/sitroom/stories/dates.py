"""When was a report written? Dates for story clustering, also for reports without one.

A report's day comes from, in order: its ``published`` date, a date in its URL path
(``/2025/02/13/``), or a date line at its top ("January 15, 2025 23:50 IST" on a line of
its own in the first few lines). A wire dateline without a year ("MOSCOW, Dec 3 (Agency)
-") pins the month and day: compared with a story, the report is dated the nearest such
day to it. When none of these dates it, nothing is guessed: the report stays undated,
and only a *floor* is kept, the latest full date its text (or its events layer) names.
A report cannot have been written before the latest date it mentions, so an undated
report that names "October 13, 2025" cannot join a January story, while one that names
only "October 7, 2023" (the start of a war) is not pulled towards 2023: the floor only
rules stories out, it never places the report.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from sitroom.article import Article
from sitroom.util.dates import date_from_url

log = logging.getLogger(__name__)

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTH = r"(?P<{0}>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE = re.compile(
    r"\b(?:"
    + _MONTH.format("m1")
    + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
    + r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+"
    + _MONTH.format("m2")
    + r",?\s+(?P<y2>(?:19|20)\d\d)"
    + r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)"
    + r")\b",
    re.IGNORECASE,
)
#: A wire dateline without a year: "MOSCOW, Dec 3 (Danube Post) -", "KYIV, March 14 -".
_WIRE_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][\w .'-]{1,30})?,\s+"
    + "(?i:"
    + _MONTH.format("m")
    + r")\s+(?P<d>\d{1,2})\b",
    re.MULTILINE,
)
#: A date line is one of the first lines of the text and little more than a date.
_DATELINE_LINES = 6
_DATELINE_CHARS = 60


@dataclass(frozen=True, slots=True)
class ReportDate:
    """``day``: the day the report was written, as an ordinal (None when unknown);
    ``floor``: for an undated report, the latest day its text names (it was written on or
    after it); ``source``: where the day came from (published, url, dateline or none)."""

    day: int | None
    floor: int | None = None
    source: str = "none"
    month_day: tuple[int, int] | None = None  # an undated report's yearless wire dateline


def parse_day(published: str | None) -> int | None:
    """``YYYY-MM-DD`` (or a longer ISO timestamp) as a day ordinal; None if absent/invalid."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        log.debug("unparseable published date %r ignored", published)
        return None


def text_dates(text: str) -> list[tuple[int, int]]:
    """Full dates written in ``text`` ("January 15, 2025", "15 Jan 2025", "2025-01-15"):
    ``(day ordinal, offset)`` pairs in text order; impossible dates are skipped."""
    out = []
    for m in _DATE.finditer(text):
        if m["y1"]:
            y, mo, d = int(m["y1"]), _MONTHS[m["m1"].lower()], int(m["d1"])
        elif m["y2"]:
            y, mo, d = int(m["y2"]), _MONTHS[m["m2"].lower()], int(m["d2"])
        else:
            y, mo, d = int(m["y3"]), int(m["m3"]), int(m["d3"])
        try:
            out.append((dt.date(y, mo, d).toordinal(), m.start()))
        except ValueError:
            continue
    return out


@lru_cache(maxsize=128)
def _named_days(text: str) -> tuple[int, ...]:
    """The days of the full dates ``text`` writes, kept for the last texts: an undated
    report's floor is asked for by several stages of a batch."""
    return tuple(d for d, _ in text_dates(text))


def dateline_day(text: str) -> int | None:
    """The date of a date line among the first lines ("January 15, 2025 23:50 IST")."""
    for line in text.splitlines(keepends=True)[:_DATELINE_LINES]:
        stripped = line.strip()
        if stripped and len(stripped) <= _DATELINE_CHARS:
            found = text_dates(stripped)
            if len(found) == 1:
                return found[0][0]
    return None


def wire_dateline(text: str) -> tuple[int, int] | None:
    """(month, day) of a yearless wire dateline at the top ("MOSCOW, Dec 3 (Agency) -")."""
    m = _WIRE_DATELINE.search(text[:600])
    if m is None:
        return None
    month, day = _MONTHS[m["m"].lower()], int(m["d"])
    return (month, day) if 1 <= day <= 31 else None


def nearest(month_day: tuple[int, int], day: int) -> int | None:
    """The ordinal of the date with ``month_day`` closest to the ordinal ``day``."""
    year = dt.date.fromordinal(day).year
    found = []
    for y in (year - 1, year, year + 1):
        try:
            found.append(dt.date(y, *month_day).toordinal())
        except ValueError:  # February 29 in a common year
            continue
    return min(found, key=lambda d: abs(d - day)) if found else None


def report_date(article: Article) -> ReportDate:
    """The day ``article`` was written, or for an undated one the floor its text gives.

    Only an estimate for story clustering; ``article.published`` itself is left alone.
    """
    day = parse_day(article.published)
    if day is not None:
        return ReportDate(day, source="published")
    day = parse_day(date_from_url(article.url))
    if day is not None:
        return ReportDate(day, source="url")
    text = article.text or ""
    day = dateline_day(text)
    if day is not None:
        return ReportDate(day, source="dateline")
    named = list(_named_days(text))
    named += [d for d in (parse_day(e.date) for e in article.events) if d is not None]
    return ReportDate(None, floor=max(named) if named else None, month_day=wire_dateline(text))


def day_str(day: int | None) -> str | None:
    return dt.date.fromordinal(day).isoformat() if day is not None else None
