"""Who summons whom: "summoned / called in the ambassador" is a consultation (PETRARCH's
SUMMON, CAMEO 040) by the host government with the envoy's state.

- "called in the US envoy": the parser hangs the envoy on "in" as a preposition; the
  envoy is the one summoned (the recipient), not a place;
- "the ambassador was summoned to the foreign ministry in Beijing": in the passive, the
  ministry the envoy is summoned *to* is the one who summons (the source), and the envoy's
  state the recipient.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.actors import ActorFinder, Indexed
from sitroom.nlp.events.roles import Candidate

SUMMON_VERBS = frozenset({"summon", "call"})


def _objects(tok: Token, prep: str) -> list[Token]:
    return [
        o
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ == prep
        for o in p.children
        if o.dep_ == "pobj"
    ]


def summons(c: Candidate, finder: ActorFinder, index: Indexed) -> None:
    """Fix the roles of a summons of a diplomat (a CONSULT coded on "summon"/"call in")."""
    tok = c.tok
    if c.noun or c.event != "CONSULT" or tok.lemma_.lower() not in SUMMON_VERBS:
        return
    called = _objects(tok, "in")
    if called and not c.recipients:
        c.recipients = finder.refs(called, index)
    passive = any(k.dep_ == "nsubjpass" for k in tok.children)
    if passive and not c.actors:
        hosts = finder.refs(_objects(tok, "to"), index)
        if hosts:
            keys = {(h.country, h.text) for h in hosts}
            c.actors = hosts
            c.recipients = [r for r in c.recipients if (r.country, r.text) not in keys]
