"""Rebuttals and voiced opposition, coded REJECT rather than ACCUSE.

CAMEO codes "expressed / reiterated / voiced opposition to X" and "countered" as criticism
(ACCUSE, disapprove). In PLOVER 2.0 an actor who states its opposition to a plan, a force
or a demand rejects it ("All rejections and refusals"), and an actor who *counters* a
statement ("countered that the accusations were baseless", "countered these claims") rebuts
it: both are REJECT. "Countered the attack" (a military reply) keeps its own code.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.roles import Candidate

# Nouns of a stance against something: stating one is a rejection ("its opposition to X").
OPPOSITION = frozenset({"opposition", "objection", "rejection", "resistance"})
# Words of what is said, which a reply counters ("countered these statements").
SAYINGS = frozenset(
    {"statement", "claim", "accusation", "allegation", "charge", "assertion", "argument"}
    | {"remark", "comment", "criticism", "report", "narrative", "suggestion", "view"}
)
# Codes CAMEO gives a stated stance ("expressed opposition", "reiterated ... plan").
STATED = frozenset({"ACCUSE", "AGREE", "SUPPORT"})
REBUT_VERBS = frozenset({"counter", "retort", "rebut"})


def _objects(verb: Token) -> list[Token]:
    return [k for k in verb.children if k.dep_ == "dobj"]


def voiced_opposition(c: Candidate) -> bool:
    """ "reiterated its opposition to the mission", "voiced strong objection to X": the
    speaker rejects X (a verb of a stated stance whose object is a stance against X)."""
    if c.noun or c.event not in STATED:
        return False
    stances = [o for o in _objects(c.tok) if o.lemma_.lower() in OPPOSITION]
    # what is opposed, on the noun or (as the parser often hangs it) on the verb; with
    # nothing opposed ("expressed staunch opposition") it is a disapproval (ACCUSE)
    return any(
        p.lower_ == "to" and p.dep_ == "prep"
        for s in stances
        for p in (*s.children, *c.tok.children)
    )


def rebutted(c: Candidate) -> bool:
    """ "X countered that the accusations were false", "countered these claims": a reply
    that rebuts what was said."""
    if c.noun or c.tok.lemma_.lower() not in REBUT_VERBS:
        return False
    kids = list(c.tok.children)
    if any(k.dep_ == "ccomp" for k in kids):
        return True
    return any(o.lemma_.lower() in SAYINGS for o in _objects(c.tok))


def rejection(c: Candidate) -> None:
    """Re-code a voiced opposition or a rebuttal as REJECT."""
    if voiced_opposition(c) or rebutted(c):
        c.event, c.mode = "REJECT", None
