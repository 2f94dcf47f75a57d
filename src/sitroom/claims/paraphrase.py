"""Normal-form terms that let two wordings of one fact align (see :mod:`.check`).

Outlets state one fact in other words than the TF-IDF of content words can see:

* a distance in other units or spelled otherwise: "25 miles" / "about 40 kilometres",
  "8km" / "eight kilometres" -> one term for the distance's size (a band of about 25%);
* a day named otherwise: "August 31" / "Sunday" / "yesterday" (in a report published on
  1 September 2025) -> one term for the calendar day, found from the published date;
  a weekday is the last such day on or before the day of publication (not the weekday
  a thing was told on: "the ministry said on Monday");
* a clock time: "12:30 p.m." / "12.30pm", "shortly after 6 p.m." / "around 6:05 p.m."
  -> one term for the hour;
* a compound named in two words: "computer attack" / "cyber attack" / "cyberattack".

The normal forms are kept apart from a unit's content terms (added to those, they would
lower the cosine of every unit that names a day or a distance the other does not): two
units that share one align the better for it (:func:`said_alike`). A compound's one word
is added to the content terms.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date, timedelta
from itertools import pairwise

from sitroom.claims.identity import told_on
from sitroom.claims.lexicon import NUMBER_WORDS
from sitroom.claims.polarity import verb_like
from sitroom.claims.spans import CapTok as Tok

#: Kilometres per unit of length.
_LENGTHS = {
    "km": 1.0, "kms": 1.0, "kilometre": 1.0, "kilometres": 1.0, "kilometer": 1.0,
    "kilometers": 1.0, "mile": 1.609, "miles": 1.609, "metre": 0.001, "metres": 0.001,
    "meter": 0.001, "meters": 0.001,
}  # fmt: skip
#: A number glued to its unit or joined by a hyphen: "8km", "eight-kilometre", "40-mile".
_GLUED = re.compile(r"^(\d[\d,]*(?:\.\d+)?|[a-z]+)-?([a-z]+)$")
_NUMBER = re.compile(r"^\d[\d,]*(?:\.\d+)?$")
#: The width of a distance band: values within a factor of this share a term.
_BAND = math.log(1.25)
_MONTH_NUMBER = {
    m: k + 1
    for k, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"]
    )
}  # fmt: skip
_WEEKDAY_NUMBER = {
    d: k
    for k, d in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}  # fmt: skip
#: Words that name a day relative to the day of publication.
_RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tonight": 0}
_CLOCK = re.compile(r"^(\d{1,2})(?:[:.](\d\d))?(a\.?m|p\.?m)?$")
_MINUTES = re.compile(r"^\d\d(a\.?m|p\.?m)?$")
_MERIDIEM = {"am": 0, "a.m": 0, "pm": 12, "p.m": 12}
#: Two-word names of one thing, and the stem of the one word they are folded to.
_COMPOUNDS: dict[tuple[str, ...], str] = {
    ("computer", "attack"): "cyberattack",
    ("cyber", "attack"): "cyberattack",
    ("computer", "attacks"): "cyberattack",
    ("cyber", "attacks"): "cyberattack",
}
#: What sharing a normal form adds to two units' alignment: a day is the whole event's as
#: often as one fact's, a clock time or a distance is one fact's.
_BONUS = {"@day": 0.05, "@hour": 0.1, "@km": 0.1}
SAID_ALIKE_MOST = sum(_BONUS.values())


def paraphrase_terms(toks: Sequence[Tok], published: str | None) -> list[str]:
    """The normal-form terms of a unit's tokens (see the module's docstring)."""
    day = _day(published)
    out: list[str] = []
    for i in range(len(toks)):
        out.extend(_distance(toks, i))
        if day is not None:
            found = _calendar_day(toks, i, day)
            if found is not None:
                out.append("@day:" + found.isoformat())
        hour = _hour(toks, i)
        if hour is not None:
            out.append(f"@hour:{hour}")
    return out


def compounds(toks: Sequence[Tok]) -> list[str]:
    """The one-word stems of two-word names in ``toks`` ("computer attack": "cyberattack"),
    to be added to its content terms."""
    return fold_compounds([t.low for t in toks])


def fold_compounds(words: Sequence[str]) -> list[str]:
    """The one-word names of the two-word (or hyphened) names among lower-case ``words``."""
    found = [_COMPOUNDS.get(pair) for pair in pairwise(words)]
    found += [_COMPOUNDS.get(tuple(w.split("-"))) for w in words if "-" in w]
    return [name for name in found if name is not None]


def said_alike(mine: frozenset[str], theirs: frozenset[str]) -> float:
    """What the normal forms two units share add to their alignment: the bonus of each kind
    shared (a day, an hour, a distance), once per kind."""
    return sum(_BONUS[k] for k in {t.split(":")[0] for t in mine & theirs})


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


def _value(low: str) -> float | None:
    if _NUMBER.match(low):
        return float(low.replace(",", ""))
    parts = low.split("-")
    if all(p in NUMBER_WORDS for p in parts) and low not in {"a", "an"}:
        return float(sum(NUMBER_WORDS[p] for p in parts))
    return None


def _distance(toks: Sequence[Tok], i: int) -> list[str]:
    """The distance band terms of a length at ``i``: "25 miles", "8km", "eight-kilometre"."""
    low = toks[i].low
    found: tuple[float, float] | None = None
    if low in _LENGTHS and i > 0:
        value = _value(toks[i - 1].low)
        if value is not None:
            found = (value, _LENGTHS[low])
    elif (glued := _GLUED.match(low)) and glued.group(2) in _LENGTHS:
        value = _value(glued.group(1))
        if value is not None:
            found = (value, _LENGTHS[glued.group(2)])
    if found is None or found[0] <= 0:
        return []
    band = math.floor(math.log(found[0] * found[1]) / _BAND)
    return [f"@km:{band}", f"@km:{band + 1}"]


def _calendar_day(toks: Sequence[Tok], i: int, published: date) -> date | None:
    """The day named at ``i``: a month and a day of it ("August 31", "31 August"), a
    weekday, or "yesterday"; dated from the day of publication."""
    low = toks[i].low
    if low in _RELATIVE_DAYS:
        return published + timedelta(days=_RELATIVE_DAYS[low])
    if low in _WEEKDAY_NUMBER and toks[i].cap:
        if told_on(toks, i, verb_like):
            return None  # "the ministry said on Monday" dates the telling
        back = (published.weekday() - _WEEKDAY_NUMBER[low]) % 7
        return published - timedelta(days=back)
    month = _MONTH_NUMBER.get(low)
    if month is None or (low == "may" and not toks[i].cap):
        return None
    for k in (i + 1, i - 1):
        if 0 <= k < len(toks) and toks[k].low.isdigit() and 1 <= int(toks[k].low) <= 31:
            return _dated(published, month, int(toks[k].low))
    return None


def _dated(published: date, month: int, day: int) -> date | None:
    """The day of that month and day nearest before (or just after) publication."""
    for year in (published.year, published.year - 1):
        try:
            found = date(year, month, day)
        except ValueError:
            return None
        if found <= published + timedelta(days=2):
            return found
    return None


def _hour(toks: Sequence[Tok], i: int) -> int | None:
    """The hour of a clock time at ``i``: "12:30 p.m.", "6 p.m.", "11.47 pm", "6:05pm"."""
    clock = _CLOCK.match(toks[i].low)
    if clock is None or toks[i].gap == ":":  # the minutes of "6:05"
        return None
    hour = int(clock.group(1))
    meridiem = clock.group(3)
    k = i + 1
    if clock.group(2) is None and k < len(toks) and toks[k].gap == ":":
        minutes = _MINUTES.match(toks[k].low)  # "12", ":", "30" as "12:30" is split
        if minutes is None:
            return None
        meridiem = minutes.group(1)
        k += 1
    if meridiem is None:
        if k >= len(toks) or toks[k].low not in _MERIDIEM:
            return None
        meridiem = toks[k].low
    if not 1 <= hour <= 12:
        return None
    return hour % 12 + _MERIDIEM[meridiem]
