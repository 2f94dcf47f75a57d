"""A state of hostilities told with "be": "X has been at war with Y since 2023", "whose
forces have been in conflict with Y". The noun of war after "at" or "in", with the party
fought named by "with", reports the fighting (ASSAULT, military) as "X has been fighting Y"
does; "at war over land" (no party fought) and "the war with Y" (no "be") stay no event.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.plover import Code

# Nouns of a state of fighting, and the prepositions that put a party in it.
HOSTILITIES = frozenset({"war", "conflict", "combat", "hostilities"})
STATE_PREPS = frozenset({"at", "in"})
ASSAULT = Code("ASSAULT", None, ("military",))


def hostile_state(tok: Token) -> Code | None:
    """ASSAULT for "at war with Y" or "in conflict with Y" on a form of "be"."""
    if tok.lemma_.lower() not in HOSTILITIES or tok.dep_ != "pobj":
        return None
    prep = tok.head
    if prep.lower_ not in STATE_PREPS or prep.head.lemma_.lower() != "be":
        return None
    # "with" hangs on the noun or, as the parser often has it, on "be"
    fought = any(
        k.dep_ == "prep" and k.lower_ == "with" for k in [*tok.children, *prep.head.children]
    )
    return ASSAULT if fought else None
