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


def cleft_content(verb: Token) -> list[Token]:
    """ "What analysts say is that A", "What she told reporters was A": a free relative of a
    cue as the subject of "be" (a pseudo-cleft); the clause after "be" is what was said."""
    if verb.dep_ != "csubj" or verb.head.lemma_.lower() != "be":
        return []
    if not any(c.lower_ == "what" and c.dep_ in ("dobj", "dative", "nsubj") for c in verb.children):
        return []
    be = verb.head
    return [c for c in be.children if c.dep_ in ("ccomp", "attr") and c.i > be.i and _clause(c)]


def _clause(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children
    )


def content_told_apart(verb: Token) -> list[Token]:
    """The content of a cue that the parse hangs on another word (see above)."""
    return quoted_before(verb) or cleft_content(verb)
