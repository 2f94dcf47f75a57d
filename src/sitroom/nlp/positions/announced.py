"""An act the holder announces: "Burundi announced its withdrawal from the court".

An act named by a noun the holder owns, announced by the holder, is the holder's stance.
"""

from __future__ import annotations

from sitroom.nlp.positions import lexicon as lx
from sitroom.nlp.positions.actors import DocContext, Holder, resolve
from sitroom.nlp.positions.choosing import speaks_for
from sitroom.nlp.positions.route import Route

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
        return False
    if owner.lower_ in lx.FIRST_PERSON | lx.THIRD_PERSON | {"its"}:
        return True
    who = resolve(owner, ctx)
    return who is not None and speaks_for(holder, who)
