"""Vowed reprisals: a party that says it will answer a hostile act threatens (THREATEN).

"will take revenge", "has no choice but to respond", "has every right to give a robust
response", "is determined to retaliate": the reprisal is announced, not done, and the
announcement is the event (PLOVER THREATEN, not a hypothetical ASSAULT or a SANCTION coded
from a word nearby). A reprisal is a verb of answering (retaliate, respond, avenge) or a
light verb with a reprisal noun (take revenge, exact retribution, give a strong response),
told in a committed frame: a future auxiliary, a commissive or intent word ("vowed to",
"determined to"), or a claimed necessity or entitlement ("no choice but to", "the right to").
A plain "responded to the letter" or "will respond to questions" is no threat: the bare verb
"respond" counts only in the necessity or entitlement frames, and "response" only with an
adjective of force.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.plover import Code

REPRISAL_VERBS = frozenset({"retaliate", "avenge", "respond"})
LIGHT_VERBS = frozenset({"take", "exact", "seek", "give", "deliver", "launch"})
REPRISAL_NOUNS = frozenset({"revenge", "retribution", "retaliation", "vengeance", "response"})
FORCEFUL = frozenset({"robust", "strong", "firm", "forceful", "decisive", "military", "crushing"})
ENTITLED = frozenset({"choice", "option", "right"})  # "no choice but to", "every right to"
THREAT = Code("THREATEN", "violence")
REPRISAL = Code("ASSAULT")  # "took revenge on X": done, an attack; vowed, a threat (clauses)


def _reprisal(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in REPRISAL_VERBS:
        return True
    if lemma not in LIGHT_VERBS:
        return False
    for obj in (k for k in tok.children if k.dep_ == "dobj"):
        noun = obj.lemma_.lower()
        if noun in REPRISAL_NOUNS and (
            noun != "response" or any(a.lemma_.lower() in FORCEFUL for a in obj.children)
        ):
            return True
    return False


def _entitled(tok: Token) -> bool:
    """ "has no choice but to respond", "has every right to give a response"."""
    head = tok.head
    if tok.dep_ == "pcomp" and head.lower_ == "but":
        head = head.head
    if tok.dep_ in ("acl", "pcomp") and head.lemma_.lower() in ENTITLED:
        return True
    if tok.dep_ in ("xcomp", "advcl"):  # "has no choice but to respond": it hangs on "has"
        return any(
            k.dep_ == "dobj" and k.lemma_.lower() in ENTITLED and k.i < tok.i for k in head.children
        )
    return False


def claimant(tok: Token) -> list[Token]:
    """Who claims the need or the right to a reprisal: the subject of the verb that holds
    "choice" or "right" ("Iran has no choice but to respond": Iran)."""
    head = tok.head.head if tok.dep_ == "pcomp" else tok.head
    if head.pos_ == "NOUN" and head.lemma_.lower() in ENTITLED:
        head = head.head
    return [k for k in head.children if k.dep_ == "nsubj"]


def vowed_reprisal(tok: Token) -> Code | None:
    """THREATEN when ``tok`` claims a reprisal as needed or as a right; ASSAULT for a reprisal
    phrase otherwise (the clause reader turns a vowed or future one into THREATEN)."""
    if not _reprisal(tok) or any(k.dep_ == "neg" for k in tok.children):
        return None
    if _entitled(tok):
        return THREAT
    if tok.lemma_.lower() in LIGHT_VERBS:
        return REPRISAL  # "will take revenge": the clause makes it a threat
    return None  # "will respond to the letter": an answer; "retaliate" is in the lexicon
