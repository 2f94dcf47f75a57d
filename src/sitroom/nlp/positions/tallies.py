"""Voters a report names in brackets after a side of a recorded vote's count: "adopted by
165 in favour to 7 against (A, B, C), with 12 abstentions (D, E)", "two voted against (A and
B)". The way records of votes in assemblies and boards are written: each bracket lists the
members that cast the count before it. The count's side says their stance on the motion
voted on, the one issue of the sentence (or of the sentence before when this one names
none); abstentions and absences say none.

Every item of the bracket must be an actor the report names, or the bracket is no list of
voters ("against (document A/80/L.6)" lists no one).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sitroom.article import Span as TextSpan
from sitroom.nlp.positions.actors import DocContext, Holder
from sitroom.nlp.positions.catalog import Issue
from sitroom.nlp.positions.found import Found
from sitroom.nlp.positions.sides import listed_items, side_found

_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
)
_PARTIES = "votes?|countries|states|member states|members|nations|delegations|governments"
_SIDE = (
    r"(?P<pro>in\s+favou?r|for)|(?P<con>against)|"
    r"(?P<none>abstentions?|abstain(?:ed|ing)?|absent|not\s+voting)"
)
# a count, a noun of the voters or of the votes, a voting verb, the side, then the bracket
TALLY = re.compile(
    rf"\b(?:\d[\d,]*|(?:{_NUMBER_WORDS})(?:-\w+)?)\s+"
    rf"(?:(?:{_PARTIES})\s+)?(?:(?:voted|voting|vote)\s+)?(?:{_SIDE})"
    r"\s*\((?P<list>[^()]+)\)",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^(?:the|and)\s+", re.IGNORECASE)


def bracketed_voters(text: str, base: int, ctx: DocContext) -> list[tuple[Holder, int, int]]:
    """The voters the brackets of ``text`` (at offset ``base`` of the document) name, each
    with the side of its count (+1 for, -1 against) and where the count is; none from
    abstentions."""
    out: list[tuple[Holder, int, int]] = []
    for m in TALLY.finditer(text):
        if m.group("none"):
            continue
        sign = 1 if m.group("pro") else -1
        # "(the United States and Israel)": the article is no part of the first name
        holders = listed_items(m.group("list"), base + m.start("list"), 0, ctx, skip=_ARTICLE)
        seen = {h.actor_id for h, _, _ in out}
        out += [(h, sign, base + m.start()) for h in holders if h.actor_id not in seen]
    return out


def tallied_votes(
    text: str,
    base: int,
    ctx: DocContext,
    issue: Issue | None,
    evidence: Callable[[int], TextSpan],
) -> list[Found]:
    """The stances the bracketed voters of a sentence take on ``issue``, the motion voted on."""
    if issue is None or "(" not in text:
        return []
    # a recorded vote: the stance itself
    return [
        side_found(h, issue, sign, evidence(at), 0.9)
        for h, sign, at in bracketed_voters(text, base, ctx)
    ]
