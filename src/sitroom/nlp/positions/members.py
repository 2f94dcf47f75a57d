"""Holders a sentence names as the members of a side, by predicating the list of them.

A plural noun can stand for the holders of a stance while the sentence names them not in
the noun's own phrase ("countries such as X and Y", handled by ``actors.companions``) but
as what the noun is said to include or be:

- "Supporters of the plan include X, Y and Z" / "the plan's critics are X and Y": the
  noun is the subject of a verb of membership and the list its object;
- "Among the MPs who backed the bill were X and Y": an inverted copula, the noun in the
  "among" phrase and the list its subject;
- "X voted against the bill, as did Y": an elliptical "as did" clause gives its subject
  the predicate of the clause it hangs on.

A side noun that names holders ("supporters", "opponents", "critics") owns its attitude
through those members; an attitude noun that names no person ("support", "opposition")
does not.
"""

from __future__ import annotations

from spacy.tokens import Token

# Attitude nouns that name the people or states holding it (not the attitude itself).
SIDE_NOUNS = frozenset(
    {
        "advocate",
        "backer",
        "champion",
        "critic",
        "detractor",
        "opponent",
        "proponent",
        "supporter",
    }
)
# Verbs that say who belongs to the subject's set: "supporters include X".
MEMBERSHIP_VERBS = frozenset({"include", "comprise", "be"})
NEGATIONS = frozenset({"neg"})
ELLIPTIC_AUX = frozenset({"do", "have", "be", "will", "would"})
# An "as" clause with an object of its own compares another act ("as Y did with the
# quota deal"): not the same predicate.
OWN_OBJECTS = frozenset({"dobj", "xcomp", "ccomp", "acomp", "attr"})
OBJECT_PREPS = frozenset({"with", "to", "on", "for", "against", "over", "about", "towards"})


def side_noun(noun: Token) -> Token | None:
    """The noun itself when it names the holders of its attitude and the sentence lists
    them ("supporters of X include A and B"); else None."""
    if noun.lemma_.lower() not in SIDE_NOUNS and noun.lower_.rstrip("s") not in SIDE_NOUNS:
        return None
    return noun if listed_members(noun) else None


def listed_members(noun: Token) -> list[Token]:
    """The words a membership verb or an inverted "among" copula lists as the members of
    a plural noun (first of each list: the caller follows its conjuncts)."""
    head = noun.head
    if noun.dep_ == "nsubj" and _membership(head):
        return [c for c in head.children if c.dep_ in ("dobj", "attr")]
    if noun.dep_ == "nsubj":
        return [s for c in head.children if _as_did(c) for s in c.children if s.dep_ == "nsubj"]
    if noun.dep_ == "pobj" and head.lower_ == "among" and head.dep_ == "prep":
        verb = head.head
        if _membership(verb) and verb.lemma_.lower() == "be":
            return [c for c in verb.children if c.dep_ in ("nsubj", "attr") and c.i > noun.i]
    return []


def _as_did(clause: Token) -> bool:
    """ "..., as did Y" / "as has Y": an auxiliary standing for the whole predicate."""
    return (
        clause.dep_ == "advcl"
        and clause.lemma_.lower() in ELLIPTIC_AUX
        and not any(c.dep_ in OWN_OBJECTS or c.lower_ in OBJECT_PREPS for c in clause.children)
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children)
    )


def _membership(verb: Token) -> bool:
    if verb.lemma_.lower() not in MEMBERSHIP_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.dep_ in NEGATIONS for c in verb.children)
