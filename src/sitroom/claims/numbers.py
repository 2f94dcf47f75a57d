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
counted place each count. A day of a month ("January 15") is a date, not a figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from sitroom.claims.lexicon import (
    COUNT_NOUN_GROUPS,
    COUNTED,
    NEAR,
    NEGATIONS,
    OF_SCALES,
    OUTCOMES,
    PLURALS,
    PREDICATES,
    QUALIFIERS,
    SCALES,
    SUFFIX_SCALES,
    SYNONYMS,
    VAGUE,
    VERB_CUES,
    opens_figure,
)
from sitroom.claims.scope import base, hypothetical, partial, placed, running, same_place, unplaced
from sitroom.claims.spans import (
    CLAUSE_OPENERS,
    CONDITIONS,
    about,
    age_of,
    clock,
    condition_key,
    crowd_verb,
    currency,
    duration,
    duration_key,
    is_date,
    own_clause,
    range_upper,
    rounded,
    toll_subject,
    where,
    whole,
    word_number,
)
from sitroom.claims.votes import vote_side
from sitroom.util.text import STOP_WORDS, stem

_DIGITS = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(%|k|m|mn|bn|b|tn)?(?:-(.+))?$")
_OF = frozenset({"of", "the", "a", "an", "its", "their"})
_GROUP = re.compile(r"^\d{3}(?:\.\d+)?(%|k|m|mn|bn|b|tn)?(?:-.+)?$")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_MAX_KEY_GAP = 8
#: Words that name a running count an outcome heads ("the death toll ... rose to 24").
_TOLLS = frozenset({"toll"})
_MORE = frozenset({"more", "another", "further", "additional"})
#: Measures named next to a figure: the figure is that measure's ("magnitude 7.7").
_MEASURES = frozenset({stem("magnitude"), "richter"})
_CLAUSE_SPAN = 12
#: "lost their lives", "claimed 26 lives": the dead, unless the lives were saved.
_SAVING = frozenset({"save", "saved", "saving", "rescu", "spar", "spare"})
_TAKING = frozenset({"claimed", "claiming", "took", "taken", "taking", "cost", "costing"})
_OUTCOME_OF = {s: name for name, stems in OUTCOMES.items() for s in stems}
#: Counted nouns that name no kind of thing ("26 people", "three others").
_ANY_KIND = frozenset(
    COUNTED.get(stem(w), stem(w)) for w in ("people", "persons", "others", "individuals", "more")
)
#: Words that name a figure rather than what it counts, and a range's verb.
_NAMING = frozenset({"estimate", "estimates", "figure", "figures", "ranging", "varying"})
_QUALIFYING = frozenset(w for words in QUALIFIERS for w in words)
_NOUN_GROUP_OF = {s: name for name, stems in COUNT_NOUN_GROUPS.items() for s in stems}


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

    def counts_as(self, other: Figure) -> bool:
        """Whether both count one thing: one key, and no two currencies ("$11.1 billion"
        and "£8bn" are not compared; "$5 billion" and "5 billion" are)."""
        return self.key == other.key and (
            not self.currency or not other.currency or self.currency == other.currency
        )

    def floors(self, other: Figure) -> bool:
        """Both least values of one outcome ("at least 265" / "more than 240 dead")."""
        return self.floor and other.floor and self.key in OUTCOMES and self.counts_as(other)

    def describe(self) -> str:
        return f"{self.text} ({self.key})"

    def agrees(self, other: Figure) -> bool:
        if not (self.low <= other.high and other.low <= self.high):
            return False
        touch = self.high == other.low or other.high == self.low
        return not (touch and self.bound and other.bound and self.bound != other.bound)


def figures(toks: Sequence[Tok]) -> list[Figure]:
    """The figures of a statement's tokens, in order (years are not figures)."""
    out = []
    i = 0
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
        key, group = _key(toks, i - q_len, i + width, noun_inside)
        key = age_of(toks, i, i + width, noun_inside) or key  # "Tchiroma, 79,": his age
        plain = noun_inside or crowd_verb(toks, i + width)  # "80,000 taking part": no kind
        kinds = _kinds(toks, i + width) if not plain else frozenset()
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
                    partial=partial(toks, i - q_len, i + width) and key not in CONDITIONS,
                    running=running(toks, i - q_len, i + width),
                    currency=currency(toks, i, i + width),
                    kinds=kinds,
                    bound=bound,
                    where=where(toks, i - q_len, i + width),
                    whole=base(toks, i - q_len),
                    floor=q_len > 0 and q_low == 1.0 <= q_high,
                )
            )
        i += width
    return out


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


def _key(
    toks: Sequence[Tok], start: int, end: int, noun_inside: str | None
) -> tuple[str, str | None]:
    """What the figure counts: the outcome named near it, else its noun; and the noun's group."""
    word = stem(noun_inside) if noun_inside else _noun(toks, end)
    if not noun_inside and crowd_verb(toks, end):
        word = "people"
    noun = (COUNTED.get(word) or SYNONYMS.get(word, word)) if word else None
    group = vote_side(toks, end) or (
        (_NOUN_GROUP_OF.get(word) or _NOUN_GROUP_OF.get(noun or "")) if word else None
    )
    # the outcome right before the figure is its own ("killing over 46,000 people and
    # displacing millions"); else the one after it, else one further before
    if timed := duration_key(toks, end, noun_inside) or condition_key(toks, end):
        return timed, None
    k = start - 1 - (start > 1 and toks[start - 1].low in _MORE)  # "killed another 12"
    just_before = toks[k].stem if k >= 0 else ""
    after = toks[end].stem if end < len(toks) else ""
    if {just_before, after, stem(noun_inside or "")} & _MEASURES:
        return "magnitude", None  # "a magnitude 7.7 earthquake": a measure, not a count
    outcome = (
        _OUTCOME_OF.get(just_before)
        or _outcome_after(toks, end)
        or _outcome_before(toks, start, end)
        or toll_subject(toks, start, _OUTCOME_OF)
    )
    if outcome:
        return outcome, group
    return (noun or _topic_before(toks, start) or ""), group


def _noun(toks: Sequence[Tok], end: int) -> str | None:
    """The counted noun: the first plural among the next few words, else the last one (the
    head of "military aircraft")."""
    seen = []
    while (
        end < len(toks)
        and not toks[end].breaks
        and (toks[end].low in _OF or (toks[end - 1].low in _OF and _is_figure(toks, end)))
    ):
        end += 1  # "5% of output", "hundreds of the prisoners", "20 of the 47 counties"
    for t in _phrase(toks, end):
        seen.append(t)
        if _plural(t.low):
            return t.stem
    return seen[-1].stem if seen else None


def _phrase(toks: Sequence[Tok], end: int) -> list[Tok]:
    """The words of the noun phrase after a figure, up to the first plural (at most three):
    "coastguard vessels", "Pakistani troops", "uniformed personnel" (a participle before a
    noun describes it)."""
    out: list[Tok] = []
    for k in range(end, min(len(toks), end + 3)):
        t = toks[k]
        adjective = (
            t.low.endswith("ed")
            and k + 1 < len(toks)
            and not toks[k + 1].breaks
            and _nounlike(toks[k + 1].low)
            and t.stem not in _OUTCOME_OF
        )
        if t.breaks or not (_nounlike(t.low) or adjective):
            break
        out.append(t)
        if _plural(t.low):
            break
    return out


def _kinds(toks: Sequence[Tok], end: int) -> frozenset[str]:
    """The words that say what a figure counts: those of its noun phrase ("11 coastguard
    vessels" -> coastguard, ship; "58 Pakistani troops" -> pakistani, troops), synonyms
    folded, words that name no kind ("people") left out."""
    while end < len(toks) and toks[end].low in _OF and not toks[end].breaks:
        end += 1
    words = (COUNTED.get(t.stem) or SYNONYMS.get(t.stem, t.stem) for t in _phrase(toks, end))
    return frozenset(w for w in words if w not in _OUTCOME_OF and w not in _ANY_KIND)


def _topic_before(toks: Sequence[Tok], start: int) -> str | None:
    """What a bare figure measures, named before it: "inflation rose to 7.2%"."""
    for k in range(start - 1, max(-1, start - 1 - _MAX_KEY_GAP), -1):
        t = toks[k]
        if _is_figure(toks, k):
            return None
        if t.low in _NAMING:
            continue  # "attendance estimates ranging from": what names the figure itself
        if _nounlike(t.low) and t.stem not in PREDICATES:
            return COUNTED.get(t.stem) or SYNONYMS.get(t.stem, t.stem)
        if t.breaks:
            return None
    return None


def _plural(low: str) -> bool:
    """A plural by its ending; not "priceless", "famous", "crisis" (no tagger here)."""
    return low in PLURALS or (
        low.endswith("s") and len(low) > 3 and not low.endswith(("ss", "ous", "sis"))
    )


def _nounlike(low: str) -> bool:
    """Not a function word, a figure, a verb cue or a negation (no tagger here)."""
    if low in STOP_WORDS or low in VERB_CUES or low in NEGATIONS or low[0].isdigit():
        return False
    return len(low) > 2 and not low.endswith(("ed", "n't"))


def _outcome_after(toks: Sequence[Tok], end: int) -> str | None:
    """The outcome named after a figure in its clause; an aside that lists who the figure
    counts (", including five women and two children,") is read past."""
    seen, aside = 0, False
    for k in range(end, len(toks)):
        t = toks[k]
        if t.breaks:
            if aside and t.stem in _OUTCOME_OF:
                return _OUTCOME_OF[t.stem]  # "33 hostages, including women, released"
            if aside and (t.low in VERB_CUES or t.low.endswith("ed")):
                aside = False
            elif aside:
                continue  # the next item of the list: ", children, and elderly people"
            elif t.low in {"including", "among", "mostly", "mainly"}:
                aside = True
                continue
            else:
                return None
        if aside:
            continue
        if _is_figure(toks, k):  # "three officers and seven gunmen were killed": both dead
            if not _joined(toks, k):
                return None
            seen = 0
        if t.stem in _OUTCOME_OF:
            return _OUTCOME_OF[t.stem]
        if t.low == "lives" and not any(x.stem in _SAVING for x in toks[max(0, k - 6) : k]):
            return "dead"  # "40 people lost their lives", "claimed 26 lives", not "saved"
        seen += 1
        if seen >= _MAX_KEY_GAP:
            return None
    return None


def _joined(toks: Sequence[Tok], k: int) -> bool:
    """Whether the figure at ``k`` is joined to one before it ("and more than 80")."""
    j = k - 1
    while j > 0 and toks[j].low in _QUALIFYING:
        j -= 1
    return toks[j].low in {"and", "or"}


def _is_figure(toks: Sequence[Tok], k: int) -> bool:
    return toks[k].low[0].isdigit() or toks[k].low in VAGUE or word_number(toks, k) is not None


def _outcome_before(toks: Sequence[Tok], start: int, end: int = -1) -> str | None:
    """The outcome named shortly before a figure ("killing at least eight"), or a toll that
    heads its clause ("the death toll from the bombing of the bus rose to 24")."""
    for k in range(start - 1, max(-1, start - 1 - _CLAUSE_SPAN), -1):
        t = toks[k]
        if _is_figure(toks, k):
            if duration(toks, k + 1):
                continue  # "the death toll from the worst fire in 80 years rose to 128"
            return None
        if t.low in CLAUSE_OPENERS or (t.low in {"and", "but"} and own_clause(toks, end)):
            return None
        if t.stem in _OUTCOME_OF and (start - k <= _MAX_KEY_GAP or t.low in _TOLLS):
            return _OUTCOME_OF[t.stem]
        if t.low == "lives" and any(x.low in _TAKING for x in toks[max(0, k - 3) : k]):
            return "dead"  # "claimed the lives of 14 people", "cost the lives of ..."
        if t.breaks:
            return None
    return None
