"""Cutting the exchanges between states (PLOVER 2.0 SANCTION: discontinue, "curtail, decrease,
break, or terminate diplomatic, commercial, or material exchanges").

- a *closure* or restriction one state aims at another ("closed its border with Belarus",
  "shut the Serbian post offices", "revoked the visas of Colombian officials") curtails the
  exchanges between them (SANCTION), not COERCE's restrictions on the freedoms or movement
  of people; arrests, seizures and deportations of another state's people stay COERCE;
- *ending* a pact, an agreement or cooperation with a state ("ended its defence pact with
  France", "terminated the accord") breaks an exchange (SANCTION): the pact ended is no
  agreement made (the AGREE its noun would code is dropped).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.article import ActorRef
from sitroom.nlp.events.roles import Candidate

# COERCE modes that restrict, as opposed to acting on people (arrest, seize, deport) or
# withholding goods from them ("blocked aid"), which stay COERCE.
RESTRICTIONS = frozenset({"restrict", "ban", "curfew", "censor"})
# Verbs of closing, which the dictionary codes COERCE or, as closing a base, CONCEDE.
CLOSE_VERBS = frozenset({"close", "shut", "seal", "revoke", "cancel", "suspend", "ban"})
# Sectors of a party that is a state or stands for one.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
# Verbs that end a tie, and the ties between states they end.
END_VERBS = frozenset({"end", "terminate", "scrap", "abrogate", "annul", "revoke", "suspend"})
TIES = frozenset(
    {"pact", "agreement", "accord", "treaty", "cooperation", "co-operation", "partnership"}
    | {"alliance", "relation", "tie", "deal", "arrangement", "protocol"}
)


def _state(refs: list[ActorRef]) -> set[str]:
    """The states among ``refs``: references with a country that are no person or crowd."""
    return {
        r.country
        for r in refs
        if r.country and r.country != "IGO" and (r.sector is None or r.sector in STATE_SECTORS)
    }


def cut_off(c: Candidate) -> bool:
    """Re-code a closure one state aims at another as SANCTION (see above)."""
    if c.noun or c.tok.lemma_.lower() not in CLOSE_VERBS:
        return False
    restriction = c.event == "COERCE" and (c.mode is None or c.mode in RESTRICTIONS)
    if not restriction and c.event != "CONCEDE":
        return False  # "closed the base" is CONCEDE's closing, re-coded when aimed at a state
    own = _state(c.actors)
    others = {r.country for r in c.recipients if r.country and r.sector != "CVL"} - own
    if not own or not others - {"IGO"}:
        return False
    c.event, c.mode = "SANCTION", "discontinue"
    return True


def ends_tie(tok: Token) -> bool:
    """ "Ended its defence pact with France": a verb of ending whose object is a tie."""
    if tok.lemma_.lower() not in END_VERBS:
        return False
    return any(k.dep_ in ("dobj", "nsubjpass") and k.lemma_.lower() in TIES for k in tok.children)


def tie_ended(c: Candidate) -> bool:
    """An agreement noun whose verb ends it ("ended its pact"): no agreement made."""
    site = c.site or c.tok
    return (
        c.noun
        and c.event in ("AGREE", "COOPERATE")
        and site.dep_ in ("dobj", "nsubjpass")
        and ends_tie(site.head)
    )
