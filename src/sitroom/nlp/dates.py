"""Resolve date expressions in an event sentence against the article's published date."""

from __future__ import annotations

import datetime as dt
import re

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9

_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?(?:,?\s+(\d{4}))?\b")
_MONTH_DAY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")
_RELATIVE = re.compile(
    r"\b(today|yesterday|tomorrow|last night|this week|last week|next week|last month|"
    r"(?:on |last |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    re.IGNORECASE,
)


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _absolute(text: str, ref: dt.date | None) -> dt.date | None:
    m = _ISO.search(text)
    if m:
        return _safe(int(m[1]), int(m[2]), int(m[3]))
    for pattern, day_first in ((_MONTH_DAY, False), (_DAY_MONTH, True)):
        for m in pattern.finditer(text):
            day_s, month_s = (m[1], m[2]) if day_first else (m[2], m[1])
            month = MONTHS.get(month_s.lower())
            if month is None:
                continue
            if m[3]:
                year = int(m[3])
            elif ref is not None:
                year = ref.year
            else:
                return None
            date = _safe(year, month, int(day_s))
            if date is not None and ref is not None and not m[3] and date > ref:
                # "December 3" in a January article is last December
                if (date - ref).days > 31:
                    date = _safe(year - 1, month, int(day_s))
            return date
    return None


def _relative(expr: str, ref: dt.date) -> dt.date | None:
    e = expr.lower()
    if e == "today" or e == "this week":
        return ref
    if e in ("yesterday", "last night"):
        return ref - dt.timedelta(days=1)
    if e == "tomorrow":
        return ref + dt.timedelta(days=1)
    if e == "last week":
        return ref - dt.timedelta(days=7)
    if e == "next week":
        return ref + dt.timedelta(days=7)
    if e == "last month":
        first = ref.replace(day=1)
        return (first - dt.timedelta(days=1)).replace(day=1)
    words = e.split()
    day = WEEKDAYS.index(words[-1])
    back = (ref.weekday() - day) % 7
    if words[0] == "next":
        return ref + dt.timedelta(days=(day - ref.weekday()) % 7 or 7)
    if words[0] == "last" and back == 0:
        back = 7
    return ref - dt.timedelta(days=back)


def resolve_date(sentence: str, published: str | None) -> str | None:
    """The date an event sentence speaks of, as YYYY-MM-DD.

    An explicit date wins; a relative one ("on Thursday", "last week", "yesterday") is
    resolved against ``published``; with no date expression the article date is used;
    ``None`` when nothing is known.
    """
    ref: dt.date | None = None
    if published:
        try:
            ref = dt.date.fromisoformat(published[:10])
        except ValueError:
            ref = None
    absolute = _absolute(sentence, ref)
    if absolute is not None:
        return absolute.isoformat()
    if ref is None:
        return None
    m = _RELATIVE.search(sentence)
    if m:
        rel = _relative(m[1], ref)
        return rel.isoformat() if rel else None
    return ref.isoformat()
