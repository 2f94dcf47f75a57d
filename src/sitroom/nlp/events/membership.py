"""Joining and leaving: groups, talks, sessions and alliances (PLOVER 2.0 codebook).

- a country *withdrawing from an organisation* ("withdrew from the bloc", "leaving the
  community of states") is SANCTION (withdraw: "a country withdraws itself from an
  organization, treaty, or group"), not a retreat from territory; so is withdrawing from
  talks, a summit or a forum (cutting a routine tie);
- a state *withdrawing its ambassador* or envoys ("the withdrawal of their ambassadors
  from Algiers") recalls them: a reduction of relations (SANCTION), as "recalled";
- members *walking out of* or *leaving* a session, a sitting or a meeting ("withdrew from
  the session") protest against it (PROTEST: a walkout), whatever CAMEO codes "leave" or
  "withdraw";
- *forming* or *forging* an alliance, a coalition or a bloc is cooperation between its
  members (COOPERATE), not CAMEO's endorsement (SUPPORT).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.roles import Candidate

# What a state withdraws from when it leaves a group rather than a territory.
GROUP_WORDS = frozenset(
    {"organization", "organisation", "bloc", "alliance", "treaty", "pact", "union", "community"}
    | {"force", "agreement", "accord", "court", "convention", "council", "group", "coalition"}
)
# Gatherings and processes between parties that a state quits ("withdrew from the talks").
PROCESS_WORDS = frozenset(
    {"talk", "negotiation", "summit", "forum", "process", "framework", "initiative"}
    | {"deal", "programme", "program", "dialogue", "mechanism", "body", "agency", "partnership"}
)
# Sittings that members leave in protest ("walked out of the session").
SESSIONS = frozenset(
    {"session", "sitting", "meeting", "hearing", "debate", "chamber", "cabinet", "assembly"}
)
LEAVE_VERBS = frozenset({"leave", "quit", "exit", "withdraw"})
# Envoys a state withdraws from another: the recall cuts diplomatic ties (SANCTION).
ENVOYS = frozenset(
    {"ambassador", "envoy", "diplomat", "commissioner", "consul", "emissary"}
)  # where members withdraw without saying from what
LEAVE_NOUNS = frozenset({"withdrawal", "departure", "exit"})
FORM_VERBS = frozenset({"form", "forge", "create", "establish", "found", "launch"})
ALLIANCES = frozenset({"alliance", "coalition", "bloc", "confederation", "federation", "union"})


def _from_objects(tok: Token) -> list[Token]:
    return [o for p in tok.children if p.lower_ == "from" for o in p.children if o.dep_ == "pobj"]


def _left(c: Candidate) -> list[Token]:
    """What a verb or noun of leaving leaves: its objects and the objects of its "from" or
    "out of" ("walking out of the session")."""
    site = c.site or c.tok
    left = _from_objects(site) + [k for k in c.tok.children if k.dep_ == "dobj"]
    if site is not c.tok:
        left += _from_objects(c.tok)
    for k in c.tok.children:
        if k.lower_ == "out":
            left += [o for p in k.children if p.lower_ == "of" for o in p.children]
            left += [o for o in k.children if o.dep_ == "pobj"]
        if k.lower_ == "of" and k.dep_ == "prep" and c.tok.lemma_.lower() == "walk":
            left += [o for o in k.children if o.dep_ == "pobj"]
    return left


def _withdrawn(c: Candidate) -> set[str]:
    """Who is withdrawn: the verb's object, the noun's "of" ("withdrawal of its envoy")."""
    if c.noun:
        return {o.lemma_.lower() for p in c.tok.children if p.lower_ == "of" for o in p.children}
    return {k.lemma_.lower() for k in c.tok.children if k.dep_ == "dobj"}


def leaving(c: Candidate) -> bool:
    """Re-code a leaving (see above); whether the candidate was one of leaving."""
    lemma = c.tok.lemma_.lower()
    walkout = c.event == "PROTEST" and lemma in ("walk", "storm")
    if not walkout and (
        c.event not in ("RETREAT", "CONSULT") or lemma not in LEAVE_VERBS | LEAVE_NOUNS
    ):
        return False
    if _withdrawn(c) & ENVOYS:
        c.event, c.mode = "SANCTION", "withdraw"  # "the withdrawal of its ambassador"
        return True
    left = [p.lemma_.lower() for p in _left(c)]
    if any(p in SESSIONS for p in left):
        c.event, c.mode = "PROTEST", "boycott"  # "walked out of the cabinet session"
        return True
    if walkout:
        return True
    group = any(p in GROUP_WORDS | PROCESS_WORDS for p in left) or any(
        r.sector == "IGO" or r.country == "IGO" for r in c.recipients
    )
    if group and (c.event == "RETREAT" or lemma != "withdraw"):
        c.event, c.mode = "SANCTION", "withdraw"  # "withdrew from the bloc"
    return True


def leaves_group(tok: Token, international: bool) -> bool:
    """ "Leave/quit/exit the bloc": the verb's object is an organisation (a group word or,
    as ``international`` says, a mention of an international body)."""
    if tok.lemma_.lower() not in LEAVE_VERBS - {"withdraw"}:
        return False
    return international or any(
        k.dep_ == "dobj" and k.lemma_.lower() in GROUP_WORDS for k in tok.children
    )


def allied(c: Candidate) -> None:
    """ "formed an alliance", "forging a coalition with X": COOPERATE (see above)."""
    if c.noun or c.event not in ("SUPPORT", "AGREE") or c.tok.lemma_.lower() not in FORM_VERBS:
        return
    formed = [k for k in c.tok.children if k.dep_ in ("dobj", "nsubjpass")]
    if any(f.lemma_.lower() in ALLIANCES for f in formed):
        c.event, c.mode = "COOPERATE", None
