"""Parties named by a description of their part in the story rather than by name.

- "the visiting president", "the visiting minister", "the visitors": a visit has a host
  and a guest, and the description names the guest. It stands for the latest person named
  before it whose country is not the host's: the host is the party the clause is told from
  (its subject, "Spain's minister condemned the visiting president"), so the guest is the
  latest person of another country. With the description as subject, the latest person with
  a country before it.
- "its embassy", "its Kabul consulate": a state's premises abroad are named with the place
  they are in; that place does not own them (the owner is the possessive's party).

Helpers of :class:`~sitroom.nlp.events.actors.ActorFinder`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from sitroom.nlp.events.binding import acting_subject

if TYPE_CHECKING:
    from sitroom.nlp.events.actors import ActorFinder, Indexed

GUEST_WORDS = frozenset({"visiting"})  # "the visiting president"
GUEST_NOUNS = frozenset({"visitor", "guest"})  # "the guest", "the visitors"
# A state's premises in another state: the place named in the phrase is where they are
PREMISES = frozenset({"embassy", "consulate", "legation", "chancery"})


def is_guest(head: Token) -> bool:
    """ "the visiting president", "the guests": a description of the guest of a visit."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    if head.lemma_.lower() in GUEST_NOUNS:
        return any(k.dep_ == "det" and k.lower_ == "the" for k in head.children)
    return any(k.dep_ == "amod" and k.lower_ in GUEST_WORDS for k in head.children)


def guest_country(finder: ActorFinder, head: Token, index: Indexed) -> str | None:
    """The country of the guest ``head`` describes: the latest person named before it
    whose country is not the host's (the subject of the clause it is the object of)."""
    host = None
    subject = acting_subject(_phrase_head(head))
    if subject is not None and subject.i != head.i:
        ref = finder.ref(subject, index)
        host = ref.country if ref is not None else None
    start = head.doc[head.left_edge.i].idx
    for m in reversed(index.mentions):
        if m.end > start or m.type != "PERSON":
            continue
        country = finder.mention_country(m)
        if country and country != host:
            return country
    return None


def _phrase_head(head: Token) -> Token:
    """ "condemned the visiting president's insult": the guest owns the object, and the
    clause's subject is still the host."""
    return head.head if head.dep_ == "poss" and head.head.i != head.i else head
