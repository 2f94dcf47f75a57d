"""A speaker named in apposition: "his party, the Harbour Party, said ...", "the group,
the Coastal Alliance, said ...". A common-noun phrase that the resolver left unnamed is
the body or person its appositive names."""

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
        if child.dep_ != "appos":
            continue
        start = child.left_edge.idx
        end = child.idx + len(child.text)
        named = [m for m in idx.mentions_in(start, end) if m.type in NAMED_TYPES and m.actor_id]
        if len(named) == 1:
            m = named[0]
            canonical = m.canonical or idx.full_name.get(m.actor_id or "", m.text)
            return replace(speaker, actor_id=m.actor_id, canonical=canonical)
    return speaker
