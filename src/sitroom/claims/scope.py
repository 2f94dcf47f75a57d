"""The scope of a figure: the count of the event itself, or something else.

Only counts of one scope are compared (see :func:`.numbers.disagree`): a part of a count
given before it ("13 people, including seven women"; "among the 26 killed were two
guides"), an increment ("three additional crew members"), a rate ("four freed each week"),
a running total ("seven killed in that time", "119 killed since the ceasefire") and a
figure that is threatened or planned ("would face tariffs of 100%") are not the count of
the event itself.

A sentence that counts one thing for two groups ("23 soldiers and over 200 fighters were
killed") is compared with another count only where the words of what each counts place it
(see :func:`unplaced`).

Counts for two places are never one count; but a count for a place inside a state (by the
event gazetteer: "in Kunar") above another report's count for the whole state ("in
Afghanistan", "nationwide") contradicts it: a part cannot outnumber its whole (see
:func:`inside`, :func:`.numbers.exceeding`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING, Protocol

from sitroom.claims.lexicon import (
    CONDITION_WORDS,
    COUNT_CHANGES,
    HYPOTHETICAL,
    OUTCOMES,
    PREDICATES,
    VERB_CUES,
    opens_figure,
)
from sitroom.claims.spans import EVERYWHERE, STATE

if TYPE_CHECKING:
    from sitroom.claims.numbers import Figure


class Tok(Protocol):
    low: str
    stem: str
    breaks: bool


_OUTCOME_OF = {s: name for name, stems in OUTCOMES.items() for s in stems}
#: Words that make a figure part of a count given before it ("including seven women").
_PART_OF = frozenset({"including", "among", "includes", "included"})
#: Words right after a figure that make it an increment ("three additional crew members").
_INCREMENT_AFTER = frozenset({"additional", "more", "further", "new"})
_INCREMENT_BEFORE = frozenset({"additional", "further", "another"})
#: Words that tell a count as added to others (see :func:`added`).
_ADDED = frozenset({"additional", "further", "another"})
_OUTCOME_NAMES = frozenset(OUTCOMES)
#: Words (and word pairs) in a figure's clause that make it a running total over time.
#: Time only: "in total", "in all", "overall" sum up the event itself.
_RUNNING = frozenset({"since", "cumulative", "so-far"})
_RUNNING_PAIRS = frozenset({("so", "far"), ("to", "date"), ("that", "time"), ("the", "past")})
_CLAUSE_SPAN = 12
#: "14 of them", "two of whom": a share of a count just named.
_ANAPHORS = frozenset({"them", "whom", "those", "these"})
#: Words that tell a share's condition: it counts those so hurt, not a part of a count.
_SEVERITY = frozenset({"seriously", "critically", "severely", "badly", "gravely", *CONDITION_WORDS})
_MAX_GAP = 8
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
#: Words before "from" that make the figure after it the value a count changed from
#: ("rose from two to five", "up from 10"): the figure it changed to states the count.
_CHANGED_FROM = COUNT_CHANGES | frozenset(
    {"up", "down", "revised", "raised", "lowered", "fell", "dropped", "declined", "rising",
     "climbing", "increasing", "jumping", "falling"}
)  # fmt: skip
#: "a previous toll of 294", "an earlier figure of 10": a value since replaced.
_PREVIOUS = frozenset({"previous", "earlier", "initial", "prior", "preliminary"})
#: A rate ("four freed each week") counts per period: it is not a total.
_RATE = frozenset({"each", "every", "per"})  # not "a": "a day after the attack"
#: Words that rank a thing ("the worst attack since 2019"): "since" after them is no total.
_RANKING = frozenset({"first", "worst", "most", "last", "only", "biggest", "largest"})
_PERIODS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years",
                      "hour", "hours", "night", "nights"})  # fmt: skip


def partial(toks: Sequence[Tok], start: int, end: int) -> bool:
    """A part of a count named before it ("killing 13 people, including two toddlers, seven
    women"), an increment ("three additional crew members", "a further 12"), a rate ("four
    freed each week") or the whole a share is taken of ("20 of the 47 counties")."""
    if end < len(toks) and toks[end].low in _INCREMENT_AFTER:
        return True
    if base(toks, start) or _share_of(toks, start, end):
        return True
    for k in range(end, min(len(toks) - 1, end + _CLAUSE_SPAN)):
        if k > end and toks[k].breaks:
            break
        if toks[k].low in _RATE and toks[k + 1].low in _PERIODS:
            return True
    for k in range(start - 1, max(-1, start - 1 - _CLAUSE_SPAN), -1):
        low = toks[k].low
        if low == "among" and k >= start - 2 and all(t.low == "the" for t in toks[k + 1 : start]):
            return False  # "among the 26 killed were ...": the whole
        if low in _PART_OF or (k == start - 1 and low in _INCREMENT_BEFORE):
            return True
        if low in VERB_CUES or toks[k].stem in _OUTCOME_OF or toks[k].stem in PREDICATES:
            # another clause: "Among the crew were 21 Filipinos"; but "among the 26 killed
            # were two guides" names a part of the count before it
            return low in VERB_CUES and _among_count(toks, k)
    return False


def superseded(toks: Sequence[Tok], start: int) -> bool:
    """A value a count changed from ("the toll rose sharply from two to five", "up from 10
    deaths") or one named as replaced ("revising down a previous toll of 294"): not what
    the report gives as the count."""
    if start >= 2 and toks[start - 1].low == "from":
        k = start - 2
        while k > 0 and toks[k].low.endswith("ly"):  # "rose sharply from"
            k -= 1
        return toks[k].low in _CHANGED_FROM
    before = [t.low for t in toks[max(0, start - 4) : start]]
    return bool(before) and before[-1] == "of" and bool(_PREVIOUS.intersection(before[:-1]))


def base(toks: Sequence[Tok], start: int) -> bool:
    """The whole a share is taken of ("23 out of the roughly 750 girls", "20 of the 47
    counties"): not a count of the event, but a count of the whole, which a report that
    counts only the whole ("the estate's eight blocks") states alike."""
    k = start - 1
    if k >= 0 and toks[k].low == "the":
        k -= 1
    if k < 1 or toks[k].low != "of":
        return False
    before = toks[k - 1].low
    return before == "out" or opens_figure(before)


def _share_of(toks: Sequence[Tok], start: int, end: int) -> bool:
    """A share of a count named before it: "17 injured, 14 of them children", "two of
    whom died", or a clause that names the whole first ("Of the 17 wounded, 14 are
    children")."""
    if end + 1 < len(toks) and toks[end].low == "of" and toks[end + 1].low in _ANAPHORS:
        # "40 of them are seriously injured": a count of its own kind (its condition)
        told = _until_break(toks, end + 2, end + 2 + _CLAUSE_SPAN)
        return not toks[end].breaks and not any(t.low in _SEVERITY for t in told)
    if start < 1 or not toks[start].breaks:
        return False
    k = start - 1
    while k > 0 and not toks[k].breaks:
        k -= 1
    return (
        start - k >= 3
        and toks[k].low == "of"
        and toks[k + 1].low == "the"
        and opens_figure(toks[k + 2].low)
    )


def joined_noun(toks: Sequence[Tok], end: int) -> bool:
    """A figure joined to a noun phrase with no figure before their outcome ("left two
    children and the gunman dead", "three soldiers and a civilian were killed"): the
    outcome counts more than the figure does. A part, but not one that makes the count
    joined after it a part too (see :func:`.numbers._joined_part`). "A further 30" after
    "and" is a count of its own ("killed five and a further 30 were wounded")."""
    for k in range(end, min(len(toks) - 2, end + _MAX_GAP)):
        t = toks[k]
        if (k > end and t.breaks) or t.stem in _OUTCOME_OF or t.low in VERB_CUES:
            return False
        if t.low == "and" and toks[k + 1].low in _DETERMINERS:
            phrase = _until_break(toks, k + 2, k + 2 + _MAX_GAP)
            told = next((n for n, x in enumerate(phrase) if x.stem in _OUTCOME_OF), None)
            return told is not None and not any(opens_figure(x.low) for x in phrase[:told])
    return False


def added(toks: Sequence[Tok], start: int, end: int) -> bool:
    """A figure told as added to others by "a further", "another" or "additional" ("16
    died and a further 23 were injured", "21 additional people injured"): an increment of
    a count of its own outcome told before it, else the first count of its outcome, added
    to the counts of other outcomes (see :func:`first_counts`)."""
    return (start > 0 and toks[start - 1].low in _ADDED) or (
        end < len(toks) and toks[end].low in _ADDED - {"another"}
    )


def first_counts(per_unit: Sequence[Sequence[Figure]]) -> list[list[Figure]]:
    """The figures of a report's units in text order, where a count told as added
    (:func:`added`) of an outcome no count before it in the report counts, after a count
    of another outcome, is that outcome's count, not a part of one: "16 died and a further
    23 were injured" counts 23 injured. An added count with no count of another outcome
    before it stays an increment ("three additional crew members were rescued")."""
    seen: set[str] = set()
    out = []
    for figs in per_unit:
        mine = []
        for f in figs:
            if f.added and f.partial and f.key in _OUTCOME_NAMES and f.key not in seen and seen:
                f = replace(f, partial=False)
            if f.key in _OUTCOME_NAMES:
                seen.add(f.key)
            mine.append(f)
        out.append(mine)
    return out


def _until_break(toks: Sequence[Tok], lo: int, hi: int) -> list[Tok]:
    out = []
    for t in toks[lo:hi]:
        if t.breaks:
            break
        out.append(t)
    return out


def _among_count(toks: Sequence[Tok], verb: int) -> bool:
    """Whether the clause before ``verb`` opens with "among" and a figure ("Among the 26
    people killed were ...")."""
    k = verb - 1
    while k > 0 and not toks[k].breaks:
        k -= 1
    for j in range(k, verb):
        if toks[j].low == "among":
            return any(opens_figure(toks[x].low) for x in range(j + 1, min(verb, j + 4)))
    return False


def running(toks: Sequence[Tok], start: int, end: int) -> bool:
    """A running total: "since", "so far", "in that time" in the figure's clause."""
    lo = start
    while lo > 0 and not toks[lo].breaks and start - lo < _CLAUSE_SPAN:
        lo -= 1
    hi = end
    while hi < len(toks) and not toks[hi].breaks and hi - end < _CLAUSE_SPAN:
        hi += 1
    words = [t.low for t in toks[lo:hi]]
    for k, w in enumerate(words):
        if w == "since" and lo + k == start - 1:
            continue  # "since 1.12 million people marched": a cause, not a time
        if w in _RUNNING and not any(_superlative(x) for x in words[:k]):
            return True  # not "the deadliest attack since 2019"
    return any(pair in _RUNNING_PAIRS for pair in pairwise(words))


def _superlative(low: str) -> bool:
    return low in _RANKING or (len(low) > 5 and low.endswith("est"))


#: The verbs of a toll an event took: after "that would" they tell what it went on to do.
_TOLL_VERBS = frozenset(
    {"claim", "kill", "leave", "take", "cost", "injure", "wound", "displace", "become"}
)
_RELATIVES = frozenset({"that", "which", "who"})


def hypothetical(toks: Sequence[Tok], start: int) -> bool:
    """A modal or a word of threat or plan shortly before the figure, in its clause; not
    the "would" of the future in the past ("a fire that would claim 47 lives")."""
    for k in range(start - 1, max(-1, start - 1 - _MAX_GAP), -1):
        if toks[k].low in HYPOTHETICAL and not _later_told(toks, k):
            return True
        if toks[k].breaks:
            return False
    return False


def _later_told(toks: Sequence[Tok], k: int) -> bool:
    """Whether the "would" at ``k`` tells what an event went on to do: a relative pronoun
    before it and a verb of a toll after ("the blaze, which would later kill 12"), with no
    condition in the sentence before it ("if", "unless")."""
    if toks[k].low != "would" or k == 0 or toks[k - 1].low not in _RELATIVES:
        return False
    after = [t.low for t in toks[k + 1 : k + 6]]
    verb = next((w for w in after if w not in _LATER), None)
    if verb not in _TOLL_VERBS:
        return False
    return not any(t.low in {"if", "unless"} for t in toks[max(0, k - 20) : k])


_LATER = frozenset({"later", "eventually", "ultimately", "soon", "go", "on", "to"})


def unplaced(f: Figure, mine: Sequence[Figure], theirs: Sequence[Figure]) -> bool:
    """One side gives more counts of one thing than the other ("23 soldiers and over 200
    fighters were killed" / "nine were killed"): each count is a group of its own (the dead
    of each side), and a count that names no group cannot be placed against one of them.
    Counts are placed by the words of what they count, each way ("11 coastguard vessels and
    four government vessels" / "14 coastguard vessels": 11 and 14 count one thing)."""
    theirs = placed(f, theirs)
    return _values(theirs) > 1 or _values(placed(theirs[0], mine)) > 1


def same_place(f: Figure, g: Figure) -> bool:
    """Whether two counts may be given for one place: not two places named, unless one is
    "nationwide" and the other a state by its own name ("in France"): the whole country."""
    if not (f.where and g.where) or f.where & g.where:
        return True
    return EVERYWHERE in (f.where, g.where) and all(_whole(w) for w in (f.where, g.where))


def _whole(where: frozenset[str]) -> bool:
    return where == EVERYWHERE or all(w.startswith(STATE) for w in where)


def inside(part: frozenset[str], whole: frozenset[str]) -> bool:
    """Whether every place a count is given for lies in the state another count is given
    for whole: "in Kunar" inside "in Afghanistan" (a state by its own name) or inside
    "nationwide". Where a place lies is the event gazetteer's (a province or city and its
    state); a place it does not know lies nowhere."""
    if not part or not whole or _whole(part) or not _whole(whole):
        return False
    countries = {place_country(p) for p in part}
    if None in countries:
        return False
    if whole == EVERYWHERE:
        return len(countries) == 1
    states = {place_country(w.removeprefix(STATE)) for w in whole}
    return None not in states and countries <= states


def place_country(name: str) -> str | None:
    """The state of a place of the event gazetteer ("kunar" -> AFG); the gazetteer is
    loaded once, when first asked (the pipeline has loaded it by then)."""
    from sitroom.nlp.events.plover import load_lexicon

    return load_lexicon().place_country(name)


def placed(f: Figure, figs: Sequence[Figure]) -> Sequence[Figure]:
    """The figures of ``figs`` that share most words of what they count with ``f``, or all
    when none shares one; of those, the ones given for its place when it names one ("800
    died in Kunar" / "610 in Kunar and 12 in Nangarhar": the 610)."""
    if f.where:
        here = [g for g in figs if g.where == f.where]
        figs = here or figs
    most = max((len(f.kinds & g.kinds) for g in figs), default=0)
    return [g for g in figs if len(f.kinds & g.kinds) == most] if most else figs


def _values(figs: Sequence[Figure]) -> int:
    """How many different values ``figs`` give (figures that agree are one value)."""
    seen: list[Figure] = []
    for g in figs:
        if not any(g.agrees(h) for h in seen):
            seen.append(g)
    return len(seen)
