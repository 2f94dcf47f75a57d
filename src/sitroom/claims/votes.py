"""The side a counted vote is on: "19 countries voted for" and "three voted against" count
two sets of voters, never one stated otherwise."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

#: How far after a figure its vote is read (past an aside: "19 countries on the board,
#: which ..., voted for"; "three members - A, B and C - voted against").
_REACH = 20
_VOTED = frozenset({"voted", "vote", "votes", "voting"})
#: The sides a counted vote is on, as :func:`vote_side` names them.
SIDES = frozenset({"for", "against", "abstained", "absent"})
#: The stems of "vote": a tally ("two nations did not vote") is no denial of a vote.
VOTE = frozenset({"vote", "voted"})


class Tok(Protocol):
    low: str


def vote_side(toks: Sequence[Tok], end: int) -> str | None:
    """The side of the vote a figure ending at ``end`` counts, if a vote follows it:
    "for", "against", "abstained" or "absent" ("did not vote")."""
    for k in range(end, min(len(toks), end + _REACH)):
        low = toks[k].low
        voted = toks[k - 1].low in _VOTED
        if low == "against" and voted:
            return "against"
        if low.startswith("abstain"):
            return "abstained"
        if (low in {"favour", "favor"} and toks[k - 1].low == "in") or (low == "for" and voted):
            return "for"
        if low in _VOTED and toks[k - 1].low in {"not", "didn't", "never"}:
            return "absent"
    return None


#: "unanimously adopted", "a unanimous vote"; not "failed to reach a unanimous decision".
_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b", re.IGNORECASE)
_DENIED = frozenset({"not", "no", "n't", "failed", "fail", "fails", "without", "short", "lack"})
#: A tally that names dissent: "three abstained", "Russia voted against", "abstentions".
_DISSENT = re.compile(
    r"\b(?:abstain(?:ed|ing|s)?|abstentions?|vot(?:ed|es|ing) against)\b", re.IGNORECASE
)
#: What a unanimous act of a body is: a vote on a text.
_VOTE_ACT = re.compile(
    r"\b(?:adopt|approv|endors|pass|vot|back|ratif|resolution|motion)\w*", re.IGNORECASE
)


def unanimous(text: str) -> bool:
    """Whether ``text`` says a vote or adoption was unanimous."""
    found = _UNANIMOUS.search(text)
    if found is None or not _VOTE_ACT.search(text):
        return False
    before = text[: found.start()].casefold().replace("n't", " n't").split()[-4:]
    return not _DENIED & set(before)


def dissent(text: str) -> str | None:
    """The words of ``text`` that tell of votes against or abstentions, if any."""
    found = _DISSENT.search(text)
    return found.group(0) if found else None
