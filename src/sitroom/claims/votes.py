"""The side a counted vote is on: "19 countries voted for" and "three voted against" count
two sets of voters, never one stated otherwise."""

from __future__ import annotations

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
