"""Figures in a statement, normalised before they are compared.

A figure is a range of values and the thing it counts. "26", "twenty-six" and "more than
two dozen" all become ranges that contain 26; "at least 26" is the reported count 26 (news
gives a toll as "at least N"); "about 1,200" is what rounds to it, 1,150-1,250; "hundreds"
is 200-999; a round figure ("46,000") stands for the figures near it.

What a figure counts is its *key*: the outcome it is a count of ("dead", "injured",
"missing", ...) when the clause names one ("three crew members were killed", "killing at
least eight people"), else the noun it counts ("14 coastguard vessels" -> "vessel"). Two
figures disagree when they have the same key (and no two currencies) and no value in
common; only counts of one scope are compared: a part ("13 people, including seven
women"), an increment ("three additional crew members") and a running total ("seven
killed in that time", "119 killed since the ceasefire") are not the count of the event
itself (see :mod:`.scope`). A sentence that counts one thing twice for two groups ("23
soldiers and over 200 fighters were killed") is compared only where the words of what is
counted place each count; counts for two places are compared only as a part and its whole
(a province's toll above its state's, :func:`exceeding`). A day of a month ("January 15")
is a date, not a figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from sitroom.claims.counted import count_key, count_kinds
from sitroom.claims.lexicon import (
    NEAR,
    OF_SCALES,
    OUTCOMES,
    QUALIFIERS,
    SCALES,
    SUFFIX_SCALES,
    VAGUE,
    number_compound,
    opens_figure,
)
from sitroom.claims.scope import (
    added,
    base,
    hypothetical,
    inside,
    joined_noun,
    partial,
    placed,
    running,
    same_place,
    superseded,
    unplaced,
)
from sitroom.claims.spans import (
    CONDITIONS,
    about,
    age_of,
    clock,
    crowd_verb,
    currency,
    is_date,
    range_upper,
    rounded,
    where,
    whole,
    word_number,
)
from sitroom.claims.votes import SIDES

_DIGITS = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(%|k|m|mn|bn|b|tn)?(?:-(.+))?$")
_GROUP = re.compile(r"^\d{3}(?:\.\d+)?(%|k|m|mn|bn|b|tn)?(?:-.+)?$")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
#: Words that name a figure rather than what it counts, and a range's verb.
_NAMING = frozenset({"estimate", "estimates", "figure", "figures", "ranging", "varying"})
_JOIN_REACH = 6
#: A count of votes on one side and a count of the members voting so are one count: the
#: key of "12 votes in favour" is that of "12 members voted for" (members count as
#: countries, see ``lexicon.COUNTED``).
_VOTES, _VOTERS, _ABSTENTIONS = "vote", "country", "abstention"


class Tok(Protocol):
    low: str
    stem: str
    breaks: bool
    start: int
    end: int
    currency: str  # the currency sign written before it, if any
    gap: str  # the punctuation between the previous token and this one
    cap: bool


@dataclass(frozen=True, slots=True)
class Figure:
    """A normalised figure: the values it allows, what it counts and how it was written."""

    low: float
    high: float
    key: str  # an outcome ("dead") or a counted noun ("vessel"), "%" appended for shares
    group: str | None  # the kind of people counted ("military", "civilian", ...) if known
    text: str  # as written: "at least four"
    hypothetical: bool = False  # "would face tariffs of 100%": a threat, not a fact
    partial: bool = False  # a part or an increment of a count, not the count itself
    running: bool = False  # a running total ("since ...", "in that time")
    currency: str = ""  # the currency of an amount ("$", "£"), if written
    #: the words between the figure and its noun ("11 coastguard vessels", "58 Pakistani
    #: troops"): counts named with none in common count other things
    kinds: frozenset[str] = frozenset()
    #: "above" ("more than 7") or "below": a bound includes the figure it names, unless
    #: the other side bounds it the other way ("more than" / "less than two hours")
    bound: str = ""
    where: frozenset[str] = frozenset()  # the place it is given for: "killed in Kunar"
    whole: bool = False  # the whole a share is taken of: "eight" in "seven of the eight"
    floor: bool = False  # a least value: "at least 26", "more than 200" (a toll so far)
    added: bool = False  # told as added to others: "a further 23" (see ``scope.added``)

    def counts_as(self, other: Figure) -> bool:
        """Whether both count one thing: one key, and no two currencies ("$11.1 billion"
        and "£8bn" are not compared; "$5 billion" and "5 billion" are)."""
        return self.key == other.key and (
            not self.currency or not other.currency or self.currency == other.currency
        )

    def floors(self, other: Figure) -> bool:
        """Both least values of one outcome ("at least 265" / "more than 240 dead")."""
        return self.floor and other.floor and self.key in OUTCOMES and self.counts_as(other)

    @property
    def vague(self) -> bool:
        """Told as a vague plural ("hundreds", "tens of thousands"): a range, not a point."""
        return any(w in VAGUE for w in self.text.split())

    def describe(self) -> str:
        return f"{self.text} ({self.key})"

    def agrees(self, other: Figure) -> bool:
        if not (self.low <= other.high and other.low <= self.high):
            # a least value leaves the count open above it, as a vague plural is: "at
            # least 100" and "hundreds" (200-999) agree; "more than 100" and "dozens" not
            return any(
                x.floor and y.vague and y.high >= x.low for x, y in ((self, other), (other, self))
            )
        touch = self.high == other.low or other.high == self.low
        return not (touch and self.bound and other.bound and self.bound != other.bound)


def figures(toks: Sequence[Tok]) -> list[Figure]:
    """The figures of a statement's tokens, in order (years are not figures)."""
    out: list[Figure] = []
    i = 0
    part_end = -1  # where the last part or increment ended
    while i < len(toks):
        if not opens_figure(toks[i].low):  # no figure starts here (see ``_value``)
            i += 1
            continue
        if clock(toks, i):  # "at 1:38 p.m.": a time of day, not a figure
            i += 2
            continue
        parsed = _value(toks, i)
        if parsed is None:
            i += 1
            continue
        low, high, width, percent, noun_inside = parsed
        low, high, width = _range(toks, i, (low, high, width, percent))
        if is_date(toks, i, i + width):
            i += width
            continue
        q_low, q_high, q_len = _qualifier(toks, i)
        if superseded(toks, i - q_len):  # "rose from two to five": five is the count
            i += width
            continue
        words = [t.low for t in toks[i - q_len : i]]
        for k in range(i, i + width):  # "2,000" was read as two words
            if k > i and _glued(toks, k):
                words[-1] += "," + toks[k].low
            else:
                words.append(toks[k].low)
        if (q_low, q_high) == NEAR and low <= high and whole((low + high) / 2):
            low, high = about((low + high) / 2)
        elif (q_low, q_high) != (1.0, 1.0):
            low, high = low * q_low, high * q_high
        bound = "above" if q_low == 1.0 < q_high else "below" if q_low < 1.0 == q_high else ""
        key, group = count_key(toks, i - q_len, i + width, noun_inside)
        if key == _VOTES and group in SIDES:  # "12 votes in favour": 12 members voting for
            key = _VOTERS
        elif key == _ABSTENTIONS:  # "three abstentions": three members abstained
            key, group = _VOTERS, "abstained"
        key = age_of(toks, i, i + width, noun_inside) or key  # "Tchiroma, 79,": his age
        plain = noun_inside or crowd_verb(toks, i + width)  # "80,000 taking part": no kind
        kinds = count_kinds(toks, i + width) if not plain else frozenset()
        if key == _VOTERS and kinds & {_VOTES, _ABSTENTIONS}:
            kinds = kinds - {_VOTES, _ABSTENTIONS} | {_VOTERS}
        part = partial(toks, i - q_len, i + width) or _joined_part(toks, part_end, i - q_len)
        if part and _more_of_another(toks, i + width, key, out):
            part = False  # "dozens missing and hundreds more wounded": all the wounded
        part_end = i + width if part else -1
        if key:
            text = " ".join(words)
            out.append(
                Figure(
                    low,
                    high,
                    key + ("%" if percent else ""),
                    group,
                    text,
                    hypothetical=hypothetical(toks, i - q_len),
                    # "including 15 in critical condition": a count of its own kind
                    partial=(part or joined_noun(toks, i + width)) and key not in CONDITIONS,
                    running=running(toks, i - q_len, i + width),
                    currency=currency(toks, i, i + width),
                    kinds=kinds,
                    bound=bound,
                    where=where(toks, i - q_len, i + width),
                    whole=base(toks, i - q_len),
                    floor=q_len > 0 and q_low == 1.0 <= q_high,
                    added=added(toks, i - q_len, i + width),
                )
            )
        i += width
    return out


def _more_of_another(toks: Sequence[Tok], end: int, key: str | None, before: list[Figure]) -> bool:
    """A count of one outcome told as "N more" after a count of another outcome in its
    statement ("three were killed and 12 more injured"): "more" adds people to those of
    the other outcome, and the figure is the whole count of its own."""
    if not (end < len(toks) and toks[end].low == "more" and key in OUTCOMES and before):
        return False
    return before[-1].key in OUTCOMES and before[-1].key != key


def _joined_part(toks: Sequence[Tok], part_end: int, start: int) -> bool:
    """A count joined by "and" to a part or an increment ending at ``part_end`` in one
    clause is one too ("another dozen were killed and hundreds injured in Nangarhar")."""
    between = toks[part_end:start]
    if part_end < 0 or not 0 < len(between) <= _JOIN_REACH:
        return False
    return any(t.low == "and" for t in between) and not any(
        t.breaks for t in toks[part_end : start + 1]
    )


def disagree(
    mine: Sequence[Figure], theirs: Sequence[Figure], *, any_scope: bool = False
) -> tuple[Figure, Figure] | None:
    """A pair of figures with one key and no value in common, when no other pair of that
    key agrees (a sentence may give a figure twice, or a range "from 57% to 47%"). Only
    figures of one scope contradict; ``any_scope`` compares all (a part and its whole
    with other values do not state the same thing either)."""
    for f in mine:
        same = [
            g
            for g in theirs
            if f.counts_as(g) and _same_kind(f, g) and (any_scope or same_place(f, g))
        ]
        if f.partial and not any_scope:
            continue
        same = [
            g
            for g in same
            if any_scope
            or (g.hypothetical == f.hypothetical and g.running == f.running and not g.partial)
        ]
        if not same:
            continue
        if not any_scope and any(g.whole and f.agrees(g) for g in theirs if f.counts_as(g)):
            continue  # "eight blocks" / "seven of the eight blocks": the whole told alike
        mine_same = [h for h in mine if h.counts_as(f)]
        if any(h.agrees(g) for h in mine_same for g in same):
            continue
        mine_one = [h for h in mine_same if _same_kind(f, h) and not h.partial]
        if not any_scope and unplaced(f, mine_one, same):
            continue
        return f, placed(f, same)[0]
    return None


def exceeding(mine: Sequence[Figure], theirs: Sequence[Figure]) -> tuple[Figure, Figure] | None:
    """A toll given for a place inside a state that is above the toll another statement
    gives for the whole state ("at least 3,994 injured in Kunar" / "3,640 injured in
    Afghanistan"): a part cannot outnumber its whole. Counts of two places are otherwise
    never compared (see :func:`.scope.same_place`); a part below its whole agrees."""
    for f in mine:
        for g in theirs:
            if f.key not in OUTCOMES or not f.counts_as(g) or not _same_kind(f, g):
                continue
            if any(x.partial or x.hypothetical or x.running or x.added for x in (f, g)):
                continue
            if inside(f.where, g.where) and f.low > g.high:
                return f, g
            if inside(g.where, f.where) and g.low > f.high:
                return f, g
    return None


def _range(
    toks: Sequence[Tok], i: int, first: tuple[float, float, int, bool]
) -> tuple[float, float, int]:
    """A range written as two figures: "between 20 and 30", "20 to 30", "two or three"
    (not "from 57% to 47%", a change), as (low, high, tokens used)."""
    low, high, width, percent = first
    k = i + width
    if k + 1 >= len(toks) or toks[k].breaks or toks[k + 1].breaks:
        return low, high, width
    joiner = toks[k].low
    before = toks[i - 1].low if i > 0 else ""
    if not (
        (joiner == "and" and before == "between")
        or (joiner in {"to", "or"} and before not in {"from", "by"})
        or (joiner == "to" and before == "from" and i > 1 and toks[i - 2].low in _NAMING)
    ):
        return low, high, width
    second = _value(toks, k + 1)
    if second is None or second[3] != percent or second[0] < high:
        return low, high, width
    return min(low, second[0]), max(high, second[1]), width + 1 + second[2]


def _same_kind(f: Figure, g: Figure) -> bool:
    return f.group is None or g.group is None or f.group == g.group


def _value(toks: Sequence[Tok], i: int) -> tuple[float, float, int, bool, str | None] | None:
    """(low, high, tokens used, is a percentage, noun glued on: "35-nation") at ``i``."""
    low = toks[i].low
    if low in VAGUE:
        lo, hi = VAGUE[low]
        if i + 2 < len(toks) and toks[i + 1].low == "of" and toks[i + 2].low in OF_SCALES:
            scale = OF_SCALES[toks[i + 2].low]  # "tens of thousands", "hundreds of millions"
            return lo * scale, hi * scale, 3, False, None
        return lo, hi, 1, False, None
    glued = 1
    while low[:1].isdigit() and i + glued < len(toks) and _glued(toks, i + glued):
        low += "," + toks[i + glued].low  # "2,000" is one figure, read as two words
        glued += 1
    m = _DIGITS.match(low)
    if m:
        value = float(m.group(1).replace(",", ""))
        upper = range_upper(m.group(3), value)
        if _YEAR.match(low) or (m.group(3) and m.group(3)[:1].isdigit() and upper is None):
            return None  # a year, a date or a score ("2-1")
        suffix = m.group(2) or ""
        value *= SUFFIX_SCALES.get(suffix, 1)
        width, percent = glued, suffix == "%"
        nxt = i + width
        if nxt < len(toks) and toks[nxt].low in SCALES:
            value *= SCALES[toks[nxt].low]
            width += 1
        elif nxt < len(toks) and toks[nxt].low == "percent":
            percent, width = True, width + 1
        elif nxt + 1 < len(toks) and toks[nxt].low == "per" and toks[nxt + 1].low == "cent":
            percent, width = True, width + 2  # not "per" closing a clause cut short
        lo, hi = rounded(value)
        if upper is not None:  # "20-30 people": a range
            return lo, upper, width, percent, None
        return lo, hi, width, percent, m.group(3)
    if glued_noun := number_compound(low):  # "eleven-story": as "11-story" is read
        return glued_noun[0], glued_noun[0], 1, False, glued_noun[1]
    words = word_number(toks, i)
    if words is None:
        return None
    value, width = words
    return value, value, width, False, None


def _glued(toks: Sequence[Tok], k: int) -> bool:
    """Whether token ``k`` is the next group of thousands of the figure before it."""
    before = toks[k - 1]
    glued = before.low[:1].isdigit() and toks[k].start == before.end + 1
    return glued and bool(_GROUP.match(toks[k].low))


def _qualifier(toks: Sequence[Tok], i: int) -> tuple[float, float, int]:
    for words, factors in QUALIFIERS.items():
        n = len(words)
        if i >= n and tuple(t.low for t in toks[i - n : i]) == words:
            return factors[0], factors[1], n
    return 1.0, 1.0, 0
