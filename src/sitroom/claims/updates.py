"""A later count of a running toll: an update, not a contradiction.

A running count of one event (the dead, the injured, the missing, ...) is one fact per
moment: two reports that count it otherwise contradict each other only when they count it
for the same moment. When their dates or their words show which count is later, the later
one updates the earlier (the gold's rule C1, ``eval/real/GUIDELINES.md``):

* another publication day: "at least eight killed" (7 May) / "at least 31 killed" (8 May);
* a rise told with the count, above the other's: "the toll rose to 24" / "13 were killed"
  (a toll that rose to 24 cannot be later than a count of 31: those two still contradict);
* an early count named so, below the other's: "an initial count put the dead at eight",
  or the count so far: "ten were already detained", "so far 104 were rescued";
* a count told as replacing an earlier one, up or down: "27 killed, updating an earlier
  toll of 20", "more than 240, revising down a previous toll of 294";
* two least values of one outcome ("at least 265 dead" / "more than 240 killed"): each
  the count so far, the higher the later (and the two do not disagree at all).

A count its teller sets against another ("officials confirmed a lower death toll of 45")
answers the other count of the same moment, whatever the days of the two reports: a
disagreement between tellers, not an update.

Counts of different tellers for the same moment ("58, the Taliban say; 23, the army says"),
two counts of one day with no sign of which is later, and two counts of one day whose
reports count another outcome alike ("1,644 dead" in both: one moment) stay contradicting.
The earlier claim keeps the reports that update it (``Claim.updated_by``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date

from sitroom.article import Article
from sitroom.claims.identity import set_against
from sitroom.claims.lexicon import COUNT_CHANGES, OUTCOMES
from sitroom.claims.numbers import Figure, disagree
from sitroom.claims.units import Unit

#: Verbs that tell a count went up to the figure after them ("rose to 24", "has climbed to
#: at least 40", "reached 31"); "stood at" tells no change.
_RISES = (COUNT_CHANGES - {"stood", "stands"}) | {"reached", "hit", "grew"}
#: At most this many words between the rise verb and its figure ("rose on Tuesday to 24").
_RISE_GAP = 4
#: Words that name a count as an early one ("an initial count", "preliminary figures").
_EARLY = re.compile(
    r"\b(?:early|initial|initially|preliminary|first)\s+"
    r"(?:reports?|counts?|figures?|estimates?|tolls?|tally|tallies|information)\b",
    re.IGNORECASE,
)
#: Words that tell a count as the count so far ("so far", "were already detained").
_SO_FAR = re.compile(
    r"\b(?:so|thus)\s+far\b|\b(?:has|have|had|is|are|was|were)\s+already\b", re.IGNORECASE
)
#: Words that tell a count as replacing an earlier one, up or down ("updating an earlier
#: toll of 20", "revising down a previous toll of 294").
_UPDATING = re.compile(
    r"\b(?:updat|revis)(?:ed|ing)\b|\b(?:earlier|previous|prior)\s+"
    r"(?:counts?|figures?|estimates?|tolls?|tally|tallies)\b",
    re.IGNORECASE,
)


def later(
    u: Unit, v: Unit, a: Article, b: Article, reports: Mapping[int, Sequence[Unit]]
) -> Unit | None:
    """The one of ``u`` (of report ``a``) and ``v`` (of ``b``) whose count of an outcome
    is the later count of the other's, or None when they count it for one moment (or
    nothing tells which is later); ``reports``: the units of each report."""
    found = disagree(u.figures, v.figures)
    if found is None or found[0].key not in OUTCOMES:
        return None
    f, g = found
    if any(set_against(x.text) for x in (u, v)) and not any(
        _UPDATING.search(x.text) for x in (u, v)
    ):
        return None  # "confirmed a lower toll of 45": another teller's count of that moment
    day_a, day_b = _day(a.published), _day(b.published)
    if day_a is not None and day_b is not None and day_a != day_b:
        return u if day_a > day_b else v
    if f.floors(g):
        # two least values ("at least 265" / "at least 240"): each the count so far, and a
        # count so far only grows, so the higher is the later; they never disagree
        return u if f.low > g.low else v
    for x, y, mine, theirs in ((u, v, f, g), (v, u, g, f)):
        if mine.low > theirs.high and _SO_FAR.search(y.text):
            return x  # "ten were already detained" / "15 in total": the count so far, then
    if _one_moment(reports.get(u.article, ()), reports.get(v.article, ()), f.key):
        return None
    told = [x for x in (u, v) if _UPDATING.search(x.text)]
    if len(told) == 1:
        return told[0]
    for x, y, mine, theirs in ((u, v, f, g), (v, u, g, f)):
        if mine.low > theirs.high and (_risen(x, mine) or _early(y)):
            return x
    return None


def _one_moment(mine: Sequence[Unit], theirs: Sequence[Unit], key: str) -> bool:
    """Whether two reports of one day count another outcome of the event alike ("1,644
    dead" in both): their counts are of one moment, and counts of ``key`` told otherwise
    disagree, whatever words tell a rise."""
    ours = [f for f in _tolls(mine) if f.key != key]
    return any(f.counts_as(g) and f.agrees(g) for f in ours for g in _tolls(theirs))


def _tolls(report: Sequence[Unit]) -> list[Figure]:
    return [
        f
        for x in report
        for f in x.figures
        if f.key in OUTCOMES and not (f.partial or f.running or f.hypothetical or f.added)
    ]


def _risen(x: Unit, f: Figure) -> bool:
    """Whether ``x`` tells its figure ``f`` as the value a count rose to."""
    words = re.findall(r"[\w'-]+", x.text.casefold())
    written = re.findall(r"[\w'-]+", f.text.casefold())
    n = len(written)
    for k in range(len(words) - n + 1):
        if words[k : k + n] == written and any(
            w in _RISES for w in words[max(0, k - _RISE_GAP) : k]
        ):
            return True
    return False


def _early(x: Unit) -> bool:
    """Whether ``x`` names its count as an early one ("initial reports said ...")."""
    return _EARLY.search(x.text) is not None


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat((published or "")[:10])
    except ValueError:
        return None
