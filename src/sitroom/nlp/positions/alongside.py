"""Who else does what a subject does, and who a cleft puts first.

"Norway, along with Iceland, recognised X", "Norway recognised X together with Iceland",
"Norway, alongside Iceland, ...": an actor joined to the subject by "along with",
"together with" or "alongside" does the verb's act with it (a second holder, as "X and Y").
"It was Norway that recognised X": a cleft's relative subject stands for the focus the
copula names.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.positions.actors import DocContext, Holder, resolve

JOINING_ADVERBS = frozenset({"along", "together"})  # "along with X", "together with X"
JOINING_PREPS = frozenset({"alongside"})


def joined_with(subj: Token, ctx: DocContext) -> list[Holder]:
    """Actors joined to ``subj`` by "along with", "together with" or "alongside", hung on
    the subject or on its verb; words that name no actor ("along with other measures")
    add nobody."""
    if subj.dep_ not in ("nsubj", "nsubjpass"):
        return []
    objs: list[Token] = []
    for c in (*subj.children, *subj.head.children):
        if c.lower_ in JOINING_ADVERBS:
            withs = [p for p in c.children if p.dep_ == "prep" and p.lower_ == "with"]
            if not withs and c.i + 1 < len(c.doc) and c.nbor().lower_ == "with":
                withs = [c.nbor()]  # "together/advmod with/prep": the parser hangs "with" apart
            objs.extend(o for w in withs for o in w.children if o.dep_ == "pobj")
        elif c.dep_ == "prep" and c.lower_ in JOINING_PREPS:
            objs.extend(o for o in c.children if o.dep_ == "pobj")
        elif c.dep_ == "prep" and c.lower_ == "with" and _joining(c):
            objs.extend(o for o in c.children if o.dep_ == "pobj")  # "together" hung on it
    found: list[Holder] = []
    while objs:
        o = objs.pop(0)
        objs.extend(c for c in o.children if c.dep_ == "conj")
        who = resolve(o, ctx)
        if who is not None and who not in found:
            found.append(who)
    return found


def _joining(prep: Token) -> bool:
    return any(a.dep_ == "advmod" and a.lower_ in JOINING_ADVERBS for a in prep.children)


def cleft_focus(tok: Token) -> Token:
    """ "It was Norway that recognised X": the relative "that"/"who" subject of a clause
    hung on "it was" stands for the copula's focus ("Norway"); any other word stands for
    itself."""
    if tok.lower_ not in ("that", "who") or tok.dep_ != "nsubj":
        return tok
    verb = tok.head
    cop = verb.head
    if verb.dep_ not in ("ccomp", "relcl") or cop.lemma_.lower() != "be" or cop.i == verb.i:
        return tok
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in cop.children):
        return tok
    focus = next((c for c in cop.children if c.dep_ == "attr" and c.i < tok.i), None)
    return focus if focus is not None else tok
