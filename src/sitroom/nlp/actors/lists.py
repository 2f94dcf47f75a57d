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


def _plural(role: str) -> bool:
    last = role.split()[-1] if role.split() else ""
    return len(last) > 2 and last.endswith("s") and not last.endswith("ss")


def _local_person(m: Mention) -> bool:
    return bool(m.actor_id) and str(m.actor_id).startswith("local:person:")
