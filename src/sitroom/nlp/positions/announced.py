"""An act the holder announces: "Burundi announced its withdrawal from the court".

An act named by a noun the holder owns, announced by the holder, is the holder's stance.
So is an act noun with no owner that is what the holder announces: "the Commission
announced new tariffs", "the prime minister announced the recognition of X" (one who
announces a measure makes it known as its own; a measure of another has its owner or
agent named: "announced Canada's recognition of X", "the recognition of X by Canada").
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.positions import lexicon as lx
from sitroom.nlp.positions.actors import DocContext, Holder, resolve
from sitroom.nlp.positions.choosing import speaks_for
from sitroom.nlp.positions.route import Route, subject_of

ANNOUNCE_VERBS = frozenset({"announce", "declare", "confirm", "unveil", "proclaim"})


def announces_own(rt: Route, stop: int | None, holder: Holder, ctx: DocContext) -> bool:
    """ "Burundi announced its withdrawal from the court": an act named by a noun the
    holder owns, announced by the holder, is the holder's stance."""
    top = rt.steps[0].tok
    if top.pos_ != "NOUN" or stop is None:
        return False
    if not any(s.tok.lemma_.lower() in ANNOUNCE_VERBS for s in rt.steps[1 : stop + 1]):
        return False
    owner = next((c for c in top.children if c.dep_ == "poss"), None)
    if owner is None:
        return _announced_bare(rt, top, holder, ctx)
    if owner.lower_ in lx.FIRST_PERSON | lx.THIRD_PERSON | {"its"}:
        return True
    who = resolve(owner, ctx)
    return who is not None and speaks_for(holder, who)


def _announced_bare(rt: Route, noun: Token, holder: Holder, ctx: DocContext) -> bool:
    """ "X announced new tariffs": the act noun, with no owner and no agent, is the object
    of an affirmed announcing verb whose subject is the holder's side. An "of" phrase
    naming an actor outside the issue's words names the act's doer ("announced the
    withdrawal of the army"); one inside them is its object ("the recognition of X")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in ANNOUNCE_VERBS:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "did not announce new tariffs"
    if any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in noun.children):
        return False  # "announced the recognition of X by Canada"
    if any(_has_doer(c) for c in noun.children if c.dep_ in ("relcl", "acl")):
        return False  # "announced the duties that Mexico had set", "... set by Mexico"
    for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in of.children if c.dep_ == "pobj" and c.i not in rt.content):
            if resolve(obj, ctx) is not None or any(c.dep_ == "poss" for c in obj.children):
                return False  # "the withdrawal of the country's army": its doer named
    subj = subject_of(verb)
    who = resolve(subj, ctx) if subj is not None else None
    return who is not None and speaks_for(holder, who)


def _has_doer(clause: Token) -> bool:
    """Whether a clause on the noun names who did it: its own subject, not a relative
    pronoun ("that Mexico had set"), or a passive agent ("set by Mexico")."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ not in ("that", "which", "who"):
        return True
    return any(c.dep_ == "agent" for c in clause.children)
