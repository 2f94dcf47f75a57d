"""Names in a list that share what the text says of the list.

"MPs Oscar Sudi (Kapsaret), Jane Roe (Kitui South) and John Doe": a plural title before
a list of names is every listed person's title, and the capitalised words in brackets
right after a person's name say where the person sits or comes from (a constituency, a
home town), not another actor.

Helpers of the ``sitroom_actors_v1`` component (:mod:`sitroom.nlp.actors`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from spacy.tokens import Span

from sitroom.article import Mention, Place

# what may stand between two listed names: a bracketed note on the first, then a comma,
# "and", ", and" or a semicolon
LIST_GLUE = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*(?:,\s*(?:and\s+)?|and\s+|;\s*)")


def bracketed_after_person(span: Span) -> bool:
    """A name in brackets right after a person's name: "X (Kapsaret)", "Y (Delta)"."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc):
        return False
    if doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return False
    before = doc[span.start - 2]
    return before.ent_type_ == "PERSON" and before.text[:1].isupper()


def listed_under_a_plural_title(span: Span) -> bool:
    """A name ending a list of people under a plural title, whatever the recognizer calls
    it ("party leaders X and Y", "MPs X, Y and Z": Y and Z are people, as X is): a few
    capitalised words after "and" or a comma, the names before them tagged as people back
    to a plural noun."""
    doc = span.doc
    if not 2 <= len(span) <= 3 or not all(t.pos_ == "PROPN" and t.is_title for t in span):
        return False
    i = span.start - 1
    people = 0
    while i > span.sent.start and doc[i].lower_ in (",", "and"):
        i -= 1
        if doc[i].ent_type_ != "PERSON":
            return False
        while i > span.sent.start and doc[i].ent_iob_ == "I":
            i -= 1
        people += 1
        i -= 1
    return people > 0 and i >= span.sent.start and doc[i].tag_ == "NNS"


def share_list_titles(text: str, mentions: list[Mention], places: list[Place]) -> None:
    """Give each person listed after a plural title ("MPs A, B and C") that title, the
    sector and the state the first of them got from it."""
    where = {(p.start, p.end) for p in places}
    people = sorted(
        (m for m in mentions if _local_person(m) and (m.start, m.end) not in where),
        key=lambda m: m.start,
    )
    for first, nxt in pairwise(people):
        if nxt.role or nxt.sector or not first.role:
            continue  # (a state alone, the report's, is no description of its own)
        if not (first.sector or first.country) or not _plural(first.role):
            continue
        if LIST_GLUE.fullmatch(text[first.end : nxt.start]) is None:
            continue
        nxt.country, nxt.sector, nxt.role = first.country or nxt.country, first.sector, first.role
        if first.role_evidence is not None:
            nxt.role_evidence = replace(first.role_evidence)
    for m in people:  # shared: now each one's own office
        m.role = singular_role(m.role) if m.role else m.role


# Words opening a plural title that count the group, no part of one member's office ("the
# three advisers", "two of the three advisers", "both deputies")
COUNTING = frozenset(
    {"the", "these", "those", "both", "all", "several", "some", "of", "two", "three", "four",
     "five", "six", "seven", "eight", "nine", "ten"}
)  # fmt: skip
HEAD_END = frozenset({"of", "for", "to", "in", "at", "on"})


def singular_role(role: str) -> str:
    """One person's office where the text states a group's ("the three advisers" ->
    "adviser", "Senior ministers" -> "Senior minister", "MPs" -> "MP"): the title's head
    noun (the last word before "of", "for", "to" ...) in the singular, without the words
    that count the group."""
    words = role.split()
    start = 0
    while start < len(words) - 1 and words[start].lower() in COUNTING:
        start += 1
    ends = (i for i, w in enumerate(words) if i > start and w.lower() in HEAD_END)
    cut = next(ends, len(words))
    head = words[cut - 1]
    one = _singular(head)
    if one == head:
        return role
    if all(w.lower() in ("the", "of") for w in words[:start]):
        start = 0  # "the advisers": no count, the article stays
    kept = [w for w in words[start : cut - 1] if w.lower() not in COUNTING - {"the", "of"}]
    return " ".join([*kept, one, *words[cut:]])


def _singular(word: str) -> str:
    """The singular of a plural English noun ending a title ("advisers", "secretaries",
    "spokesmen", "MPs"); any other word as it is ("Affairs" ends no title's head)."""
    low = word.lower()
    if low.endswith(("smen", "rmen", "cemen", "nmen", "women")):  # "spokesmen" (not "Yemen")
        return word[:-3] + "man"
    if len(low) < 3 or not low.endswith("s") or low.endswith(("ss", "us", "is", "ics")):
        return word
    if low.endswith("ies") and len(low) > 4:
        return word[:-3] + "y"  # "deputies", "secretaries"
    if low.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]  # "coaches", "bosses"
    return word[:-1]  # "advisers", "MPs"


def _plural(role: str) -> bool:
    last = role.split()[-1] if role.split() else ""
    return len(last) > 2 and last.endswith("s") and not last.endswith("ss")


def _local_person(m: Mention) -> bool:
    return bool(m.actor_id) and str(m.actor_id).startswith("local:person:")
