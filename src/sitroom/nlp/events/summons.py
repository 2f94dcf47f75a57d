"""Who summons whom: "summoned / called in the ambassador" is a consultation (PETRARCH's
SUMMON, CAMEO 040) by the host government with the envoy's state.

- "called in the US envoy": the parser hangs the envoy on "in" as a preposition; the
  envoy is the one summoned (the recipient), not a place;
- "the ambassador was summoned to the foreign ministry in Beijing": in the passive, the
  ministry the envoy is summoned *to* is the one who summons (the source), and the envoy's
  state the recipient.

A summons still to come ("will summon the envoy", "said he would summon") is no
commitment to the one summoned, as a promised meeting is (AGREE): the summons is imposed
on them, so it stays a CONSULT that has not happened yet (hypothetical).

Whose visit is called off: "Chile cancelled the minister's trip to Bolivia" cuts ties with
the other party of the visit (the host, or the visitor when the host cancels it), not with
the visitor named inside the cancelled noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.actors import ActorFinder, Indexed
from sitroom.nlp.events.roles import Candidate

SUMMON_VERBS = frozenset({"summon", "call"})
CANCEL_VERBS = frozenset({"cancel", "call"})
VISITS = frozenset({"visit", "trip", "tour"})


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


def imposed(c: Candidate) -> bool:
    """A summons of someone (a CONSULT on "summon"): imposed, never promised."""
    return not c.noun and c.event == "CONSULT" and c.tok.lemma_.lower() == "summon"


def cancelled_visit(c: Candidate, finder: ActorFinder, index: Indexed) -> None:
    """The other party of a visit a named actor calls off (a SANCTION on "cancel")."""
    tok = c.tok
    if c.noun or c.event != "SANCTION" or tok.lemma_.lower() not in CANCEL_VERBS or not c.actors:
        return
    visits = [
        k for k in tok.children if k.dep_ in ("dobj", "nsubjpass") and k.lemma_.lower() in VISITS
    ]
    if not visits:
        return
    visit = visits[0]
    owners = [k for k in visit.children if k.dep_ == "poss"] + _objects(visit, "by")
    parties = finder.refs(_objects(visit, "to") + owners, index)
    own = {a.country for a in c.actors if a.country}
    others = [p for p in parties if p.country and p.country not in own]
    if others:
        c.recipients = others
