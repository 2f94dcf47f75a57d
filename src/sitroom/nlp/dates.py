"""The date an event sentence speaks of, resolved against the article's published date.

Explicit dates ("2025-02-13", "March 3, 2025", "3 March") and relative ones ("yesterday",
"on Thursday", "last week", "two days ago") are found with their positions; the one
nearest the event's anchor wins. News reports mostly tell what happened, so a weekday or a
date without a year is read as the latest one on or before the published date ("on March
3" in a January article is last March); for an announced, future event (``future=True``)
as the next one. With no expression the event takes the published date; with no published
date only an explicit date with its year can be resolved.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NAMES = (
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
)
MONTHS = {m: i + 1 for i, m in enumerate(_MONTH_NAMES)}
MONTHS.update({m[:3]: i + 1 for i, m in enumerate(_MONTH_NAMES)})
MONTHS["sept"] = 9
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
# How far back (days) a date without a year may lie after the published date and still be
# read as this year's: "on January 20" in a January 15 article is upcoming, not last year.
AHEAD_DAYS = 31

_MONTH_RE = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY_RE = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR_RE = r"(?:,?\s+((?:19|20)\d{2}))?"
_ISO = re.compile(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b")
_MONTH_DAY = re.compile(rf"\b({_MONTH_RE})\.?\s+{_DAY_RE}\b{_YEAR_RE}", re.IGNORECASE)
_DAY_MONTH = re.compile(rf"\b{_DAY_RE}\s+(?:of\s+)?({_MONTH_RE})\b\.?{_YEAR_RE}", re.IGNORECASE)
_WEEKDAY = re.compile(
    r"\b(?:(last|this|next|on|since|until|by)\s+)?(?:(early|late)\s+)?"
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b",
    re.IGNORECASE,
)
_AGO = re.compile(
    r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(day|week|month|year)s?\s+(ago|earlier|before)\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"\b(today|tonight|yesterday|tomorrow|overnight|last night|this (?:morning|afternoon|"
    r"evening|week)|earlier today|later today|last week|next week|last month|next month|"
    r"the day before|the previous day|the next day|the following day)\b",
    re.IGNORECASE,
)
_RELATIVE_DAYS = {
    "today": 0,
    "tonight": 0,
    "overnight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "this week": 0,
    "earlier today": 0,
    "later today": 0,
    "yesterday": -1,
    "last night": -1,
    "the day before": -1,
    "the previous day": -1,
    "tomorrow": 1,
    "the next day": 1,
    "the following day": 1,
    "last week": -7,
    "next week": 7,
}

Resolver = Callable[[dt.date | None, bool], dt.date | None]


@dataclass(frozen=True, slots=True)
class DateExpression:
    start: int
    end: int
    resolve: Resolver
    explicit: bool  # an explicit calendar date, not one relative to the published date


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_day(month: int, day: int, year: int | None) -> Resolver:
    def resolve(ref: dt.date | None, future: bool) -> dt.date | None:
        if year is not None:
            return _safe(year, month, day)
        if ref is None:
            return None
        date = _safe(ref.year, month, day)
        if date is None:
            return _safe(ref.year - 1, month, day)  # 29 February
        if future:
            if date < ref - dt.timedelta(days=AHEAD_DAYS):
                return _safe(ref.year + 1, month, day)
            return date
        if (date - ref).days > AHEAD_DAYS:
            return _safe(ref.year - 1, month, day)
        return date

    return resolve


def _weekday(which: str, name: str) -> Resolver:
    target = WEEKDAYS.index(name)

    def resolve(ref: dt.date | None, future: bool) -> dt.date | None:
        if ref is None:
            return None
        back = (ref.weekday() - target) % 7
        ahead = (target - ref.weekday()) % 7
        if which == "next":
            return ref + dt.timedelta(days=ahead or 7)
        if which == "last":
            return ref - dt.timedelta(days=back or 7)
        if future or which in ("until", "by"):
            return ref + dt.timedelta(days=ahead)
        return ref - dt.timedelta(days=back)

    return resolve


def _shift(days: int) -> Resolver:
    def resolve(ref: dt.date | None, future: bool) -> dt.date | None:
        return ref + dt.timedelta(days=days) if ref is not None else None

    return resolve


def _months_back(months: int) -> Resolver:
    def resolve(ref: dt.date | None, future: bool) -> dt.date | None:
        if ref is None:
            return None
        index = ref.year * 12 + ref.month - 1 - months
        year, month = divmod(index, 12)
        for day in (ref.day, 30, 29, 28):
            date = _safe(year, month + 1, day)
            if date is not None:
                return date
        return None

    return resolve


def find_dates(text: str) -> list[DateExpression]:
    """Every date expression in ``text``, in order (a new list: callers sort it)."""
    return list(_dates(text))


@lru_cache(maxsize=4096)
def _dates(text: str) -> tuple[DateExpression, ...]:
    """Worked out once per text: an event sentence is read for each of its events."""
    found: list[DateExpression] = []

    def add(m: re.Match[str], resolve: Resolver, explicit: bool) -> None:
        if any(f.start < m.end() and m.start() < f.end for f in found):
            return  # inside an expression already found ("March 3, 2025")
        found.append(DateExpression(m.start(), m.end(), resolve, explicit))

    for m in _ISO.finditer(text):
        add(m, _month_day(int(m[2]), int(m[3]), int(m[1])), True)
    for m in _MONTH_DAY.finditer(text):
        name = m[1].lower()
        month = MONTHS.get(name) or MONTHS.get(name[:4]) or MONTHS.get(name[:3])
        if month is not None and not (m[1].lower() == "may" and m[1][0].islower()):
            add(m, _month_day(month, int(m[2]), int(m[3]) if m[3] else None), True)
    for m in _DAY_MONTH.finditer(text):
        month = MONTHS.get(m[2].lower()[:3])
        if month is not None and not (m[2].lower() == "may" and m[2][0].islower()):
            add(m, _month_day(month, int(m[1]), int(m[3]) if m[3] else None), True)
    for m in _AGO.finditer(text):
        count = int(m[1]) if m[1].isdigit() else NUMBERS[m[1].lower()]
        unit = m[2].lower()
        if unit == "month":
            add(m, _months_back(count), False)
        elif unit == "year":
            add(m, _months_back(12 * count), False)
        else:
            add(m, _shift(-count * (7 if unit == "week" else 1)), False)
    for m in _RELATIVE.finditer(text):
        phrase = " ".join(m[1].lower().split())
        if phrase == "last month":
            add(m, _months_back(1), False)
        elif phrase == "next month":
            add(m, _months_back(-1), False)
        else:
            add(m, _shift(_RELATIVE_DAYS[phrase]), False)
    for m in _WEEKDAY.finditer(text):
        add(m, _weekday((m[1] or "").lower(), m[3].lower()), False)
    found.sort(key=lambda f: f.start)
    return tuple(found)


def parse_published(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def resolve_date(
    sentence: str,
    published: str | None,
    *,
    anchor: int | None = None,
    future: bool = False,
) -> str | None:
    """The date (YYYY-MM-DD) an event sentence speaks of.

    ``anchor`` is the character offset of the event's words in ``sentence``: of several
    date expressions the nearest is taken ("attacked on Monday, officials said Tuesday").
    ``future`` reads weekdays and dates without a year forward (an announced event).
    Without a date expression the published date is returned; ``None`` when nothing is
    known.
    """
    ref = parse_published(published)
    expressions = find_dates(sentence)
    if anchor is not None:
        expressions.sort(key=lambda e: min(abs(e.start - anchor), abs(e.end - anchor)))
    for expression in expressions:
        date = expression.resolve(ref, future)
        if date is not None:
            return date.isoformat()
    return ref.isoformat() if ref is not None else None


def parse_iso_date(value: object) -> dt.date | None:
    """The date of a ``YYYY-MM-DD...`` value, or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
