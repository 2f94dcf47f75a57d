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


#: A text put to a vote named by what it is about: "the pension bill", "the Finance Bill",
#: "a no-confidence motion"; the word before the noun names it.
_NAMED_TEXT = re.compile(
    r"\b([\w-]+) (bill|motion|resolution|amendment|budget|treaty|referendum)\b", re.IGNORECASE
)
_NOT_NAMES = frozenset(
    {"the", "a", "an", "this", "that", "its", "their", "his", "her", "new", "draft", "same",
     "controversial", "proposed", "disputed", "whole", "entire", "said", "which", "one"}
)  # fmt: skip
#: What the members of a legislature are called, and the legislature: one voting body.
_LEGISLATURE = ("parliament", "parlia", "lawmaker", "legislat", "mps", "deput")


def body(key: str) -> str:
    """The voting body a subject key names ("t:lawmakers", "n:parliament": the
    legislature); other bodies by their own word ("n:senat")."""
    word = key.partition(":")[2]
    return "legislature" if word.startswith(_LEGISLATURE) else word


#: The stems of verbs that tell a vote's outcome.
OUTCOME_VERBS = frozenset({"approv", "adopt", "pass", "endors", "ratifi", "reject", "defeat"})


def named_texts(text: str) -> frozenset[str]:
    """The texts put to a vote ``text`` names by their own words ("pension bill")."""
    return frozenset(
        f"{m.group(1).casefold()} {m.group(2).casefold()}"
        for m in _NAMED_TEXT.finditer(text)
        if m.group(1).casefold() not in _NOT_NAMES
    )


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
