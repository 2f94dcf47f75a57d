"""Whom a pronoun argument of an event stands for: "we" is the side of the quote's
speaker, "it" under a reporting verb is its subject ("Iraq said it would ..."), a subject
"it"/"they" continues the subject before it, "he"/"she" the person before it, and
otherwise the nearest earlier mention of the same kind (person or not). Helpers of
:class:`~sitroom.nlp.events.actors.ActorFinder`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from sitroom.article import ActorRef
from sitroom.nlp.events.antecedents import last_person, last_subject
from sitroom.nlp.events.binding import reporting_subject

if TYPE_CHECKING:
    from sitroom.nlp.events.actors import ActorFinder, Indexed

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
THING_PRONOUNS = frozenset({"it", "its", "they", "them", "their", "theirs"})
REFLEXIVE = frozenset({"themselves", "itself", "himself", "herself", "oneself", "ourselves"})
FIRST_PERSON = frozenset({"we", "us", "our", "ours", "i", "me", "my"})


def resolve_pronoun(finder: ActorFinder, tok: Token, index: Indexed) -> ActorRef | None:
    """The party the pronoun ``tok`` stands for, if one can be read."""
    low = tok.lower_
    if low in FIRST_PERSON:
        root = _speaker_root(tok)  # "we agreed", said by X: X's side
        return finder.ref(root, index) if root is not None else None
    governing = reporting_subject(tok)
    if governing is not None and governing.i != tok.i:
        ref = finder.ref(governing, index)
        if ref is not None:
            return ref
    if low == "its" and tok.head.dep_ in ("nsubj", "nsubjpass"):
        # "X summoned ..., and its embassy ...": the subject before it in its sentence
        ref = last_subject(finder, tok, index, reach=0)
        if ref is not None:
            return ref
    if low in ("its", "their") and _in_act_object(tok):
        # "X warned it would retaliate for an Israeli strike on its consulate": the owner
        # is the clause's subject, not the doer the act noun names
        subject = _clause_subject(tok)
        ref = finder.ref(subject, index) if subject is not None else None
        if ref is not None and (ref.country or ref.canonical):
            return ref
    if low in THING_PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass"):
        ref = last_subject(finder, tok, index)
        if ref is not None:
            return ref
    want_person = low in PERSON_PRONOUNS
    if want_person and tok.dep_ in ("nsubj", "nsubjpass", "poss"):
        ref = last_person(finder, tok, index)
        if ref is not None:
            return ref
    doc = tok.doc
    for m in reversed(index.mentions):
        if m.start >= tok.idx or (m.type == "PERSON") != want_person:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        # the whole phrase the mention heads: "King Hassan of Morocco" -> MAR
        ref = finder.ref(span.root, index) if span.root.pos_ != "PRON" else None
        if ref is not None:
            return ref
    return None


def _in_act_object(tok: Token) -> bool:
    """ "a strike on its consulate": an owner in the "on/against" object of a noun."""
    owned = tok.head
    prep = owned.head
    return (
        tok.dep_ == "poss"
        and owned.dep_ == "pobj"
        and prep.lower_ in ("on", "against")
        and prep.head.pos_ == "NOUN"
        and prep.head.i < tok.i
    )


def _clause_subject(tok: Token) -> Token | None:
    """The subject of the nearest verb above ``tok`` that has one outside the phrase
    ``tok`` is in ("Iran said an Israeli strike on its consulate killed ...": Iran)."""
    node = tok
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            subj = [
                k
                for k in node.children
                if k.dep_ in ("nsubj", "nsubjpass") and k.i < tok.i and not k.is_ancestor(tok)
            ]
            if subj:
                return subj[0]
    return None


def _speaker_root(tok: Token) -> Token | None:
    """The head of the named speaker of the quote ``tok`` is in, if any."""
    for quote in tok.doc._.quotes or []:
        speaker = getattr(quote, "speaker", None)
        if speaker is None or not quote.start <= tok.idx < quote.end:
            continue
        span = tok.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if span is not None and span.root.lower_ not in FIRST_PERSON:
            return span.root
    return None
