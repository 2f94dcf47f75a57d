"""Holders a report lists under a side label, one line each: a tally of a vote or of
declared stances set out as "Supporting countries: A, B, C" / "Opposing: D and E" /
"Against: F". Such a line names no issue: it tallies the one the sentence before was on.

The label is a word of a side ("supporting", "in favour", "against", "opposed", "voted
for") with at most a plural noun for the parties ("countries", "member states"); every
item of the list after the colon must be an actor the report names, or the line is not a
tally ("Against: the clock, the odds" lists no one). A label of no side ("Undecided:",
"Abstaining:") gives nothing.
"""

from __future__ import annotations

import re

from sitroom.article import Span as TextSpan
from sitroom.nlp.positions.actors import DocContext, Holder
from sitroom.nlp.positions.catalog import Issue
from sitroom.nlp.positions.found import Found

_SUPPORT = ("supporting", "in favou?r", "for", "backing", "supporters", "backers", "voted for")
_OPPOSE = ("opposing", "opposed", "against", "opponents", "critics", "voted against")
_PARTIES = (
    "countries",
    "member states",
    "states",
    "nations",
    "governments",
    "members",
    "parties",
    "delegations",
)
LABEL = re.compile(
    rf"^[ \t]*(?:(?P<pro>{'|'.join(_SUPPORT)})|(?P<con>{'|'.join(_OPPOSE)}))"
    rf"(?:[ \t]+(?:{'|'.join(_PARTIES)}))?[ \t]*:[ \t]*(?=\S)",
    re.IGNORECASE,
)
_ITEMS = re.compile(r"\s*(?:,|;|\band\b)\s*")


def side_label(line: str) -> tuple[int, int] | None:
    """(+1 / -1, where the list starts) when ``line`` opens with a side label, else None."""
    m = LABEL.match(line)
    if m is None:
        return None
    return (1 if m.group("pro") else -1), m.end()


def listed_sides(text: str, base: int, ctx: DocContext) -> list[tuple[Holder, int, int, int]]:
    """The holders the labelled lines of ``text`` (at offset ``base`` of the document) list,
    each with its side (+1 / -1) and the line's span; nothing from a line with an item that
    names no actor."""
    out: list[tuple[Holder, int, int, int]] = []
    start = 0
    for line in text.split("\n"):
        label = side_label(line)
        if label is not None:
            sign, at = label
            holders = listed_items(line, base + start, at, ctx)
            lo = base + start + len(line) - len(line.lstrip())
            hi = base + start + len(line.rstrip())
            out += [(h, sign, lo, hi) for h in holders]
        start += len(line) + 1
    return out


def listed_items(
    line: str, base: int, at: int, ctx: DocContext, skip: re.Pattern[str] | None = None
) -> list[Holder]:
    """The actors a list after ``at`` in ``line`` names, one per item (split at commas, ";"
    and "and"); none when an item names no actor. ``skip``: words an item may open with
    that are no part of the name ("the United States")."""
    holders: list[Holder] = []
    pos, covered = at, -1
    for part in _ITEMS.split(line[at:].rstrip(" .;")):
        off = line.find(part, pos)
        pos = off + len(part)
        if not part or base + off < covered:
            continue  # "Bosnia and Herzegovina": the rest of a name the list split
        if skip is not None and (lead := skip.match(part)) is not None:
            off, part = off + lead.end(), part[lead.end() :]
        m = ctx.mention_at(base + off)
        holder = Holder.of(m, "list") if m is not None else None
        if holder is None or m is None:
            return []
        if m.end > base + off + len(part) + 1:
            if skip is None:
                return []
            covered = m.end  # one name with "and" in it, in a bracketed list
        if all(h.actor_id != holder.actor_id for h in holders):
            holders.append(holder)
    return holders


def tallied(text: str, base: int, ctx: DocContext, issue: Issue | None) -> list[Found]:
    """The stances the side lists of a sentence on no issue of its own tally on ``issue``,
    the one issue of the sentence before."""
    if issue is None:
        return []
    return [
        side_found(h, issue, sign, TextSpan(lo, hi, ctx.text[lo:hi]), 0.6)
        for h, sign, lo, hi in listed_sides(text, base, ctx)
    ]


def side_found(
    holder: Holder, issue: Issue, sign: int, evidence: TextSpan, confidence: float
) -> Found:
    """The stance a holder counted on one side (``sign``: +1 for, -1 against) takes on ``issue``."""
    return Found(
        holder=holder,
        issue=issue.id,
        stance="support" if sign > 0 else "oppose",
        red_line=False,
        evidence=evidence,
        confidence=confidence,
        topic=False,
    )
