"""Attributions told after their content, read from a cue that holds no clause of its own."""

from __future__ import annotations

from spacy.tokens import Token

QUOTING_LEMMAS = ("quote", "cite")


def quoted_before(verb: Token) -> list[Token]:
    """ "A, the broadcaster quoted the minister as saying": "saying" holds no clause, and the
    content is the clause the quoting verb governs before it (the minister's words, A)."""
    if verb.dep_ != "pcomp" or verb.lemma_.lower() != "say" or verb.head.lower_ != "as":
        return []
    quoting = verb.head.head
    if quoting.lemma_.lower() not in QUOTING_LEMMAS:
        return []
    if not any(c.dep_ == "dobj" and c.i < verb.i for c in quoting.children):
        return []
    return [c for c in quoting.children if c.dep_ == "ccomp" and c.i < quoting.i]
