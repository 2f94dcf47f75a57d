"""Spans of a statement that change what its words mean: a time of day ("1:38 p.m."), a
duration ("in nearly 80 years"), a figure heading a clause of its own ("and more than 900
have taken refuge"), a name opened by a capitalised "No" ("the No Kings protests").

With the roundings of a figure's value (:func:`about`, :func:`rounded`). Used by
:mod:`.numbers` (what a figure counts) and :mod:`.units` (what a negation negates).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Protocol

from sitroom.claims.lexicon import CONDITION_WORDS, COUNT_CHANGES, NUMBER_WORDS, SCALES, VERB_CUES
from sitroom.util.text import STOP_WORDS

#: Units of time: a figure that counts them is a duration ("in nearly 80 years", "for 12
#: hours", "within seven minutes"), never a toll, whatever outcome is named near it.
DURATIONS = frozenset(
    {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week",
     "weeks", "month", "months", "year", "years", "decade", "decades", "century",
     "centuries"}
)  # fmt: skip
#: The last word of a qualifier before "a minute", "an hour" ("less than a minute").
_BOUND_ENDS = frozenset(
    {"than", "about", "nearly", "almost", "around", "under", "over", "roughly", "just"}
)
#: Words that open another clause: an outcome before one is not the figure's ("killed in
#: Nepal after police opened fire on thousands of youths": the youths are not the dead).
CLAUSE_OPENERS = frozenset({"after", "when", "while", "because", "before", "as", "amid"})
#: The verbs that make a figure before them the subject of its own clause.
_AUXILIARIES = frozenset(
    {"have", "has", "had", "were", "was", "are", "is", "remain", "remained", "remains"}
)
#: The keys of counts by condition.
CONDITIONS = frozenset(f"{c} condition" for c in CONDITION_WORDS)
_RULE = frozenset({"rule", "rules", "ruled", "ruling"})
#: Words between a figure and its verb ("40 of them were", "12 others have").
_BETWEEN = frozenset({"of", "them", "others", "more", "people", "other"})


class Word(Protocol):
    """A claims token as the readers of events and of an event's identity see it."""

    low: str
    stem: str
    start: int
    end: int
    breaks: bool


class Tok(Word, Protocol):
    gap: str
    currency: str


class CapTok(Tok, Protocol):
    cap: bool


def clock(toks: Sequence[Tok], i: int) -> bool:
    """Whether the figure at ``i`` is the hour of a time of day ("1:38", "10:30")."""
    nxt = i + 1
    return (
        nxt < len(toks)
        and toks[nxt].gap == ":"
        and toks[nxt].start == toks[i].end + 1
        and toks[i].low.isdigit()
        and toks[nxt].low[:2].isdigit()
    )


def day_of_month(low: str) -> bool:
    """Whether a word can be the day of a month ("June 12")."""
    return low.isdigit() and 1 <= int(low) <= 31


def duration(toks: Sequence[Tok], end: int) -> bool:
    """Whether the figure ending at ``end`` counts units of time ("80 years")."""
    return end < len(toks) and toks[end].low in DURATIONS


def condition_key(toks: Sequence[Tok], end: int) -> str | None:
    """What a figure told with a condition counts ("15 in critical condition": the
    critically injured), a count of its own."""
    k = end
    if k + 2 < len(toks) and toks[k].low == "in" and toks[k + 2].low == "condition":
        adjective = toks[k + 1].low
        return f"{adjective} condition" if adjective in CONDITION_WORDS else None
    return None


def one_time_unit(before: str, word: str, after: str) -> bool:
    """Whether "a" or "an" is a figure: one unit of time after a qualifier ("less than a
    minute", "nearly an hour"); elsewhere it counts nothing ("a day after the vote")."""
    return word in {"a", "an"} and before in _BOUND_ENDS and after in DURATIONS


def duration_key(toks: Sequence[Tok], end: int, noun_inside: str | None) -> str | None:
    """The unit of time a figure counts ("the worst fire in 80 years", "the 12-day war"):
    a duration is never a toll."""
    if noun_inside:
        low = noun_inside.casefold()
        return low.rstrip("s") if low in DURATIONS else None
    return toks[end].low.rstrip("s") if duration(toks, end) else None


def own_clause(toks: Sequence[Tok], end: int) -> bool:
    """Whether the figure ending at ``end`` is the subject of a verb of its own ("and more
    than 900 have taken refuge", "and 12 others were rescued")."""
    for k in range(end, min(len(toks), end + 3)):
        if toks[k].breaks:
            return False
        if toks[k].low in _AUXILIARIES:
            return True
        if toks[k].low not in _BETWEEN:
            return False
    return False


def ruled_out(toks: Sequence[Tok], i: int) -> bool:
    """Whether token ``i`` closes "ruled out", which denies what follows as a denial does
    ("ruled out a gas leak as the cause": no gas leak caused it)."""
    return toks[i].low == "out" and i > 0 and toks[i - 1].low in _RULE


def named_no(toks: Sequence[CapTok], i: int) -> bool:
    """A capitalised "No" inside a sentence before a capitalised word opens a name ("the
    No Kings protests", "the No Deal campaign"), not a negation."""
    return (
        toks[i].low == "no"
        and toks[i].cap
        and 0 < i < len(toks) - 1
        and toks[i + 1].cap
        and not toks[i].breaks
    )


def whole(value: float) -> bool:
    return value >= 1 and value == math.floor(value)


def about(value: float) -> tuple[float, float]:
    """ "About N": the values that round to N at the precision it is written with ("about
    1,200" is 1,150-1,250, "about 2,000" is 1,500-2,500), and one either side at least;
    at most a quarter of N either side: "about 10" is 7.5-12.5, not 5-15 (a figure that
    leads with a one, said "about", is not rounded to its own magnitude)."""
    unit = 1
    while value % (unit * 10) == 0:
        unit *= 10
    half = max(min(unit / 2, value / 4), 1.0)
    return value - half, value + half


def rounded(value: float) -> tuple[float, float]:
    """A round figure of a thousand or more stands for the figures near it (5%)."""
    if value >= 1_000 and value == math.floor(value) and int(value) % 1_000 == 0:
        return value * 0.95, value * 1.05
    return value, value


_MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
     "sep", "sept", "oct", "nov", "dec"}
)  # fmt: skip
_CURRENCY_WORDS = {"dollars": "$", "pounds": "£", "euros": "€", "yen": "¥", "yuan": "¥",
                   "rupees": "₹"}  # fmt: skip
#: Verbs that give a toll's figure besides those of its change ("the toll reached 54").
_TOLL_VERBS = frozenset({"reached", "hit", "hits", "reaches", "is", "was", "now"})
#: Words that give a count for the whole country ("700 deaths nationwide").
_NATIONWIDE = frozenset({"nationwide", "countrywide", "overall"})
#: The place a count for the whole country stands for.
EVERYWHERE = frozenset({"*"})
#: Marks a place that is a state named by its own name ("in France", not "in Paris").
STATE = "*"
_WHERE_REACH = 12
#: Words between "in" and the name of a place ("in the hard-hit province of Kunar").
_PLACE_LEAD = 5
_NOT_PLACES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
     "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"}
)  # fmt: skip


def where(toks: Sequence[CapTok], start: int, end: int) -> frozenset[str]:
    """The place a count is given for, named in its clause after "in" or "at" ("610 people
    were killed in Kunar province", "the figure for deaths in Dar es Salaam is around 350"),
    or ``EVERYWHERE`` ("700 deaths nationwide"); empty when none is named. A parenthesis
    does not end the clause; a place after counts joined by "and" is that of each ("800
    people died and 2,500 were injured in Kunar")."""
    for k in range(end, min(len(toks), end + _WHERE_REACH)):
        if k > end and _apart(toks[k]):
            break  # another clause
        if toks[k].low in _NATIONWIDE:
            return EVERYWHERE
        if (named := _place_at(toks, k)) is not None:
            return named
    for k in range(start - 1, max(-1, start - 1 - _WHERE_REACH), -1):
        if _apart(toks[k + 1]):
            break
        if (named := _place_at(toks, k)) is not None:
            return named
    return frozenset()


def _apart(t: Tok) -> bool:
    """A clause ends before ``t``: not at a parenthesis, nor at ", where" ("in Kunar
    province, where 2,205 people died")."""
    if t.low[:1].isdigit() and t.gap == ",":
        return False  # the thousands of a figure ("2,205")
    return t.breaks and t.gap.strip() not in {"(", ")", ")("} and t.low != "where"


def _place_at(toks: Sequence[CapTok], k: int) -> frozenset[str] | None:
    """The place named by "in X", "at X", "in neighbouring X", "in the hard-hit province
    of X" at ``k``, if any: the first name within a few words."""
    if toks[k].low not in {"in", "at"}:
        return None
    for j in range(k + 1, min(len(toks), k + 1 + _PLACE_LEAD)):
        if _apart(toks[j]) or toks[j].low[:1].isdigit():
            return None
        if toks[j].cap:
            return None if toks[j].low in _NOT_PLACES else frozenset({toks[j].low})
    return None


def toll_subject(toks: Sequence[Tok], start: int, outcome_of: dict[str, str]) -> str | None:
    """The outcome of a toll that is the subject of the figure's verb, however long the
    phrase that tells whose toll it is ("The death toll from an earthquake that struck the
    provinces of Kunar and Nangarhar, bordering Pakistan, has risen to 622")."""
    j = start - 1
    if j >= 0 and toks[j].low in {"to", "at"}:
        j -= 1
        # "rose from two to five": the verb is before the value it changed from
        k = next((k for k in range(j, max(-1, j - 4), -1) if toks[k].low == "from"), -1)
        j = k - 1 if k > 0 else j
    while j >= 0 and toks[j].low.endswith("ly"):  # "rose sharply to"
        j -= 1
    if j < 0 or toks[j].low not in COUNT_CHANGES | _TOLL_VERBS:
        return None
    for k in range(j - 1, -1, -1):
        if toks[k].low == "toll":
            before = toks[k - 1].stem if k > 0 else ""
            return outcome_of.get(before, "dead")
    return None


def currency(toks: Sequence[Tok], start: int, end: int) -> str:
    """The currency of an amount: its sign, or a currency word after it."""
    if toks[start].currency:
        return toks[start].currency
    after = toks[end].low if end < len(toks) else ""
    return _CURRENCY_WORDS.get(after, "")


def is_date(toks: Sequence[Tok], start: int, end: int) -> bool:
    """A day of a month: "January 15", "15 January"."""
    # a month and a day are never parted by a comma ("In March, 12 people were killed")
    before = toks[start - 1].low if start > 0 and adjoin(toks[start]) else ""
    after = toks[end].low if end < len(toks) and adjoin(toks[end]) else ""
    return before in _MONTHS or after in _MONTHS


def adjoin(tok: Tok) -> bool:
    """Whether ``tok`` follows the token before it with no punctuation but an
    abbreviation's point ("Sept. 12"): a month and a day are never parted by a comma."""
    return not tok.breaks or tok.gap.strip() == "."


#: The oldest age a figure after a name is read as ("Biya, 92,").
_OLDEST = 120


def age_of(toks: Sequence[CapTok], start: int, end: int, noun_inside: str | None) -> str:
    """The key of a person's age: "age:<name>" for "Tchiroma, 79,", "Tchiroma, a
    76-year-old former minister", "the 92-year-old Biya"; "" when the figure is no age or
    the age is nobody's named ("a 71-year-old man"): ages of two people never compare."""
    before = toks[start - 1] if start > 0 else None
    after = toks[end] if end < len(toks) else None
    if noun_inside == "year-old":
        k = start - 1
        if k >= 0 and toks[k].low in {"a", "an", "the"}:
            k -= 1
        if k >= 0 and toks[k + 1].breaks and toks[k].cap:
            return "age:" + toks[k].low  # "Tchiroma, a 76-year-old ..."
        nxt = toks[end + 1] if end + 1 < len(toks) else None
        named = nxt is None or nxt.breaks or nxt.cap or nxt.low in VERB_CUES | STOP_WORDS
        if after is not None and after.cap and not after.breaks and named:
            return "age:" + after.low  # "the 92-year-old Biya", not "a 71-year-old British man"
        return "age"
    plain = toks[start].low.isdigit() and 0 < int(toks[start].low) <= _OLDEST
    if before is None or after is None or not (before.cap and toks[start].breaks):
        return ""
    if plain and end == start + 1 and after.gap.strip() == ",":
        return "age:" + before.low  # "Biya, 92, the world's oldest ..."
    return ""


_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def range_upper(after: str | None, value: float) -> float | None:
    """The upper end of a range written with a hyphen ("20-30"), not a score ("2-1")."""
    if not after or not after.replace(",", "").isdigit():
        return None
    upper = float(after.replace(",", ""))
    return upper if upper > value >= 2 and not _YEAR.match(after) else None


#: Verbs of a crowd right after a figure with no noun: "hundreds of thousands marched",
#: "80,000 taking part": the figure counts people.
_CROWD_VERBS = frozenset(
    {"marched", "gathered", "rallied", "protested", "demonstrated", "attended", "joined"}
    | {"converged", "convened", "thronged", "poured", "packed", "filled"}
)
_PART = frozenset({"took", "taking", "take", "takes"})


def crowd_verb(toks: Sequence[Tok], end: int) -> bool:
    """Whether a crowd's verb follows a figure ending at ``end``: "marched", "took part",
    "took to (the streets)"."""
    if end + 1 < len(toks) and toks[end].low in {"were", "have", "had"}:
        end += 1  # "20,000 were taking part"
    if end >= len(toks) or toks[end].breaks:
        return False
    low = toks[end].low
    nxt = toks[end + 1].low if end + 1 < len(toks) else ""
    return low in _CROWD_VERBS or (low in _PART and nxt in {"part", "to"})


def word_number(toks: Sequence[Tok], i: int) -> tuple[float, int] | None:
    """(value, tokens used) of a number told in words at ``i``: "twenty-five", "a dozen",
    "two hundred thousand"; None if none starts there."""
    first = toks[i].low
    parts = first.split("-")
    if all(p in NUMBER_WORDS for p in parts) and first not in {"a", "an"}:
        value = float(sum(NUMBER_WORDS[p] for p in parts))
    elif first in {"a", "an"} and i + 1 < len(toks) and toks[i + 1].low in {"dozen", "hundred"}:
        value = 1.0
    elif first == "dozen":
        value = 1.0
        i -= 1  # "dozen" alone is "a dozen" without the article
    else:
        return None
    width = 1 if first != "dozen" else 0
    nxt = i + 1
    if nxt < len(toks) and toks[nxt].low == "dozen":
        value *= 12
        width += 1
        nxt += 1
    if nxt < len(toks) and toks[nxt].low in SCALES:
        value *= SCALES[toks[nxt].low]
        width += 1
    if first in {"a", "an", "one"} and width == 1:
        return None  # "a", "one of the": not a figure
    return value, max(width, 1)
