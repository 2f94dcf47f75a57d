"""The speaker's own phrase: a speaker named in apposition ("his party, the Harbour
Party, said ...": a common-noun phrase the resolver left unnamed is the body or person its
appositive names), and a quoted term inside that phrase, which the speaker does not say."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from sitroom.article import Speaker
from sitroom.nlp.quotes.index import DocIndex

NAMED_TYPES = ("PERSON", "ORG", "GROUP", "GPE")


def named_in_apposition(idx: DocIndex, source: Token, speaker: Speaker | None) -> Speaker | None:
    """``speaker`` given the actor its appositive names, when it has none itself."""
    if speaker is None or speaker.actor_id is not None or source.pos_ == "PROPN":
        return speaker
    for child in source.children:
        if child.dep_ != "appos" or any(c.dep_ == "conj" for c in child.children):
            continue  # "two ministers, X and Y, said": a group, not one of them
        start = child.left_edge.idx
        end = child.idx + len(child.text)
        named = [m for m in idx.mentions_in(start, end) if m.type in NAMED_TYPES and m.actor_id]
        if len(named) == 1:
            m = named[0]
            canonical = m.canonical or idx.full_name.get(m.actor_id or "", m.text)
            return replace(speaker, actor_id=m.actor_id, canonical=canonical)
    return speaker


def inside_source_phrase(source: Token, start: int, end: int) -> bool:
    """Whether ``start``-``end`` lies within the speaker's own phrase: a quoted title or
    term there ("the interim leader, known as the "chief adviser", said") names the
    speaker; it is not what the speaker says."""
    if source.pos_ not in ("NOUN", "PROPN"):
        return False
    left = source.left_edge.idx
    right = source.right_edge.idx + len(source.right_edge.text)
    return left <= start and end <= right + 1
