"""A holder's words that state an issue's claim of belonging itself: for the claim "The
Skerry Isles are Norwegian territory", "Oslo said the isles belong to Norway" or "the isles
are Norway's territory, the minister stressed" support it; a predicate that gives the thing
to another owner ("Iceland insists the isles are Icelandic territory") states the contrary.

The content is the subject of a predicate of belonging ("belongs to X", "is X's territory",
"is an integral part of X", "remains Norwegian"), and the claim itself is one of belonging:
its predicate names an owner by a capitalised word. Owners are compared by the start of the
word, so a name and its adjective agree ("Norway" / "Norwegian", "Panama" / "Panamanian").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from sitroom.nlp.positions.reading import Reading
from sitroom.nlp.positions.route import Route

#: the verbs of a claim of belonging, as the claim's text says them
_CLAIM_VERB = re.compile(r"\b(?:is|are|belongs? to|remains?)\b\s+(?P<rest>.+)$", re.IGNORECASE)
_CAPITALISED = re.compile(r"\b[A-Z][a-zA-Z'-]+")
BELONG_VERBS = frozenset({"belong"})
BEING_VERBS = frozenset({"be", "remain"})
#: nouns that say whose a place or thing is
BELONGING_NOUNS = frozenset(
    {"territory", "part", "land", "soil", "property", "asset", "possession", "province"}
)
STEM = 4  # letters a name and its adjective share ("Norw-ay", "Norw-egian")


@lru_cache(maxsize=256)
def claim_owners(claim: str) -> frozenset[str]:
    """The stems of the owners a claim of belonging names ("... are Norwegian territory":
    {"norw"}); empty for a claim of another kind."""
    m = _CLAIM_VERB.search(claim.rstrip(". "))
    if m is None:
        return frozenset()
    if (
        "belong" not in m.group(0).lower()
        and not set(re.findall(r"[a-z]+", m.group("rest").lower())) & BELONGING_NOUNS
    ):
        return frozenset()  # "the dam is a threat to Egypt": no claim of belonging
    return frozenset(w.lower()[:STEM] for w in _CAPITALISED.findall(m.group("rest")))


def _owner_words(verb: Token) -> list[Token]:
    """The words of the predicate that may name the owner."""
    lemma = verb.lemma_.lower()
    if lemma in BELONG_VERBS:
        parts = [
            p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.subtree
        ]
    elif lemma in BEING_VERBS:
        # "is Guyana's territory", "remains an integral part of X"; "are Norwegian"
        parts = [
            p
            for c in verb.children
            if (c.dep_ == "attr" and c.lemma_.lower() in BELONGING_NOUNS)
            or (c.dep_ == "acomp" and c.text[:1].isupper())
            for p in c.subtree
        ]
    else:
        return []
    return [t for t in parts if t.pos_ in ("PROPN", "ADJ") and t.text[:1].isupper()]


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def restated(rt: Route, claim: str) -> int | None:
    """+1 when the content is the subject of a predicate giving it to the claim's owner,
    -1 when the predicate gives it to another owner only, None when no such predicate."""
    owners = claim_owners(claim)
    top = rt.steps[0].tok
    if not owners:
        return None
    verb: Token = top.head if top.dep_ in ("nsubj", "nsubjpass") else top
    # the content may span the predicate too ("the isles ... belong")
    subj = top if verb.i != top.i else _subject(top)
    if subj is None or subj.i not in rt.content:
        return None
    words = _owner_words(verb)
    if not words:
        return None
    said = {w.lower_[:STEM] for w in words}
    subject = {t.lower_[:STEM] for t in subj.subtree}
    said -= subject - owners  # the thing's own name in the predicate ("the Panama Canal")
    if said & owners:
        return 1
    return -1 if said else None


def restate(reading: Reading, said: int) -> None:
    """The claim of belonging said (+1), or the thing given to another owner (-1)."""
    if not reading.evaluated:
        reading.attitude(1, "claim said")
    if said < 0:
        reading.flip("another owner")
