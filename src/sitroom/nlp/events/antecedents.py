"""Whom a pronoun subject continues: the subject of its own or the sentences before it
("Peruvian troops entered the town. They later withdrew"; "X fled under a deal with Y. He
confirmed his departure"), not the last name read. Helpers of :class:`ActorFinder`."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Token

from sitroom.article import ActorRef

if TYPE_CHECKING:
    from sitroom.nlp.events.actors import ActorFinder, Indexed

SUBJECT_REACH = 2  # sentences back a subject pronoun looks for the subject it continues
# Words for an organisation that a report uses for one it has named ("ECOWAS ... the
# bloc", "the IAEA ... the agency", "the West African body")
BODY_WORDS = frozenset(
    {"bloc", "body", "agency", "organisation", "organization", "alliance", "coalition"}
)
BODY_MODIFIERS = frozenset({"amod", "compound", "det"})
# An organisation's governing organ that a report names bare for the organisation it
# governs ("the IAEA ... The Board urged Iran", "the board of governors renews a call")
ORGANS = frozenset({"board"})


def _plural(tok: Token) -> bool:
    return tok.tag_ in ("NNS", "NNPS") or any(k.dep_ == "conj" for k in tok.children)


def last_subject(
    finder: ActorFinder, tok: Token, index: Indexed, reach: int = SUBJECT_REACH
) -> ActorRef | None:
    """ "Peruvian troops entered the town. They later withdrew": a subject "it" or
    "they" continues the subject of the sentences before it (of the same number)
    that names a party, not the last name read (often a place); ``reach`` sentences back."""
    plural = tok.lower_ == "they"
    sent = tok.sent
    for n in range(reach + 1):
        if n:  # its own sentence's subject first ("Israel repeated that it ..."), then back
            if sent.start == 0:
                return None
            sent = tok.doc[sent.start - 1].sent
        for subj in (k for k in sent.root.children if k.dep_ in ("nsubj", "nsubjpass")):
            if subj.pos_ == "PRON" or _plural(subj) != plural or subj.i > tok.i:
                continue
            ref = finder.ref(subj, index)
            known = ref is not None and ref.actor_id and not ref.actor_id.startswith("local:")
            if ref is not None and (ref.country or known):
                return ref
    return None


def last_person(finder: ActorFinder, tok: Token, index: Indexed) -> ActorRef | None:
    """ "Rajoelina fled under a deal with Macron. He confirmed his departure": a subject
    "he" or "she" continues the person subject of its own or the sentences before it,
    not the last person named; a person the knowledge base gives the other gender is
    passed over."""
    gender = "f" if tok.lower_ in ("she", "her", "hers") else "m"
    sent = tok.sent
    for n in range(SUBJECT_REACH + 1):
        if n:
            if sent.start == 0:
                return None
            sent = tok.doc[sent.start - 1].sent
        for subj in (k for k in sent.root.children if k.dep_ in ("nsubj", "nsubjpass")):
            m = index.at(subj)
            if m is None or m.type != "PERSON" or subj.i > tok.i:
                continue
            actor = finder.kb.actors.get(m.actor_id or "") if finder.kb is not None else None
            if actor is not None and actor.gender and actor.gender != gender:
                continue
            ref = finder.ref(subj, index)
            if ref is not None:
                return ref
    return None


def _members(prep: Token) -> bool:
    return all(o.tag_ == "NNS" and o.ent_type_ == "" for o in prep.children if o.dep_ == "pobj")


def _governed_body(finder: ActorFinder, tok: Token, index: Indexed) -> ActorRef | None:
    """The organisation a bare organ belongs to: the one the report named most before it
    (a news agency that saw a draft is none)."""
    bodies = [
        m
        for m in index.mentions
        if m.end <= tok.idx
        and m.type == "ORG"
        and m.actor_id
        and not m.actor_id.startswith("local:")
        and m.sector != "MED"
    ]
    if not bodies:
        return None
    counts = Counter(m.actor_id for m in bodies)
    best = max(reversed(bodies), key=lambda m: counts[m.actor_id])
    span = tok.doc.char_span(best.start, best.end, alignment_mode="expand")
    return finder.ref(span.root, index) if span is not None else None


def last_body(finder: ActorFinder, tok: Token, index: Indexed) -> ActorRef | None:
    """ "ECOWAS suspended Mali. The bloc later lifted the sanctions": "the bloc", "the
    agency", "the West African body" stand for the latest organisation named in its own
    or the sentences before it, one the knowledge base knows."""
    organ = tok.lower_ in ORGANS and tok.tag_ in ("NN", "NNP")
    if not organ and (tok.lemma_.lower() not in BODY_WORDS or tok.tag_ != "NN"):
        return None
    left = [k for k in tok.children if k.i < tok.i]
    right = [k for k in tok.children if k.i > tok.i and k.dep_ in ("prep", "appos", "acl")]
    if organ:  # "the board of governors": its members, no other body
        right = [k for k in right if not (k.lower_ == "of" and _members(k))]
    if (
        right
        or not left
        or left[0].lower_ not in ("the", "this")
        or any(k.dep_ not in BODY_MODIFIERS for k in left)
    ):
        return None  # "a body of experts", "the bloc's summit": no reference back
    doc = tok.doc
    if organ:
        return _governed_body(finder, tok, index)
    first = tok.sent.start
    for _ in range(SUBJECT_REACH):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    named = []
    for m in reversed(index.mentions):
        if m.end > tok.idx or m.type != "ORG":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.start < first:
            break
        named.append(span.root)
    # the body the sentences before are about (their subject) first: "The Treasury said
    # the ship served a unit of the Guard. The agency also ..." is the Treasury
    named.sort(key=lambda root: root.dep_ not in ("nsubj", "nsubjpass"))
    for root in named:
        ref = finder.ref(root, index) if root.i != tok.i else None
        if ref is not None and ref.actor_id and not ref.actor_id.startswith("local:"):
            return ref
    return None
