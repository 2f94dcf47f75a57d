"""Speakers named by a description rather than a name: a document's author ("the report
by the agency"), the text someone issued ("the statement"), a body named before ("the
ministry"), a role holder named next ("the spokesman ... spokesman X").

Helpers of :class:`sitroom.nlp.quotes.speakers.SpeakerResolver`.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.article import Mention
from sitroom.nlp.actors.kb.normalize import fold
from sitroom.nlp.lexicon import (
    ARMED_BODY_NOUNS,
    BODY_NOUNS,
    DOCUMENT_SOURCES,
    ISSUED_TEXTS,
    MEDIUM_NOUNS,
)
from sitroom.nlp.quotes.frame import source_of
from sitroom.nlp.quotes.index import DocIndex

ACTOR_TYPES = ("PERSON", "ORG", "GPE", "NORP", "GROUP")
ROLE_WINDOW = 6000
ISSUED_TOKENS = 120  # tokens back to "a statement" that "the statement" refers to
NAMED_NEXT_WINDOW = 400  # characters ahead where "spokesman X" names "the spokesman"
ARMED_SECTORS = frozenset({"REB", "UAF", "PRM", "INS"})


def author_of(idx: DocIndex, tok: Token) -> Mention | None:
    """Who a document speaks for: "the report by X", "X's statement", "a study from X"."""
    if tok.lemma_.lower() not in DOCUMENT_SOURCES and tok.lemma_.lower() not in MEDIUM_NOUNS:
        return None
    owners = [c for c in tok.children if c.dep_ == "poss"]
    owners += [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    for owner in owners:
        m = idx.mention_at(owner.idx)
        if m is not None and m.type in ACTOR_TYPES:
            return m
        # "a statement from Qatar's foreign ministry": the body named in the phrase
        end = owner.right_edge.idx + len(owner.right_edge)
        inside = [m for m in idx.mentions_in(owner.left_edge.idx, end)]
        inside = [m for m in inside if m.type in ACTOR_TYPES]
        if inside:
            return max(inside, key=lambda m: m.end - m.start)
    return None


def issuer_of(idx: DocIndex, tok: Token) -> Mention | None:
    """ "The statement", "the report" with no author named: who issued the one the text
    introduced just before ("Venezuela issued a statement ... The statement said")."""
    lemma = tok.lemma_.lower()
    if lemma not in ISSUED_TEXTS or not definite(tok):
        return None
    doc = tok.doc
    for cand in reversed(doc[max(0, tok.i - ISSUED_TOKENS) : tok.i]):
        if cand.lemma_.lower() != lemma:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in cand.children):
            return None  # the last one named is not the one introduced
        author = author_of(idx, cand)
        if author is not None:
            return author
        verb = cand.head
        subject = source_of(verb) if cand.dep_ == "dobj" else None
        if subject is None:
            return None
        start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
        named = [m for m in idx.mentions_in(start, end) if m.type in ACTOR_TYPES]
        return named[-1] if named else None
    return None


def body_named(idx: DocIndex, tok: Token, start: int) -> Mention | None:
    """ "The ministry", "the regional court": the last body named before whose name
    holds the noun; "the group": the last armed group named."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not definite(tok):
        return None
    if lemma not in BODY_NOUNS and lemma not in ARMED_BODY_NOUNS:
        return None
    for m in idx.mentions_before(start):
        if start - m.end > ROLE_WINDOW:
            break
        if m.type not in ("ORG", "GROUP") or not m.actor_id:
            continue
        names = fold(f"{m.text} {m.canonical or ''}").split()
        if lemma in names or fold(tok.text) in names:
            return m
        if lemma in ARMED_BODY_NOUNS and m.sector in ARMED_SECTORS:
            return m
    return None


def named_next_as(idx: DocIndex, tok: Token, start: int) -> Mention | None:
    """A person the next sentences name with the same role word as title."""
    for m in idx.mentions_in(start, start + NAMED_NEXT_WINDOW):
        before = idx.token_before(m.start)
        if m.type == "PERSON" and before is not None and before.lower_ == tok.lower_:
            return m
    return None


def definite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
