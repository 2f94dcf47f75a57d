"""Verbs of harm the dictionary codes ASSAULT whose sense their subject or object tells.

- *firing* or *sacking* a person of office ("fired his defence minister", "sacked the army
  chief") dismisses them: no attack (and no event between parties);
- *targeting* people as an audience or a market ("targeted young voters", "aimed at
  consumers") courts them: no attack;
- a *blow* dealt by a measure or a force of nature ("the tariffs hit farmers hard", "the
  drought struck the north") is no attack by anyone: the measure, if it is an event, is
  coded on its own noun ("tariffs": SANCTION);
- *beating* a side in a match ("beat Nigeria 2-0 in the final") is a win, not a beating;
  so is *defeating* a person in a report on an election ("Paz defeated former president
  Quiroga, who garnered 45 percent"): one defeats armies, not people, by force.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

DISMISS = frozenset({"fire", "sack", "axe", "oust"})
OFFICES = frozenset(
    {"minister", "chief", "head", "director", "governor", "commander", "general", "official"}
    | {"adviser", "advisor", "secretary", "coach", "manager", "executive", "employee", "staff"}
    | {"aide", "ambassador", "spokesman", "spokeswoman", "spokesperson", "deputy", "cabinet"}
)
TARGET = frozenset({"target", "aim"})
AUDIENCES = frozenset(
    {"voter", "consumer", "customer", "audience", "market", "investor", "buyer", "tourist"}
    | {"viewer", "reader", "listener", "shopper", "user", "subscriber", "electorate"}
)
BLOWS = frozenset({"hit", "strike", "batter", "ravage", "pummel", "hammer"})
FORCES = frozenset(
    {"tariff", "price", "inflation", "sanction", "drought", "flood", "storm", "cyclone"}
    | {"hurricane", "typhoon", "earthquake", "quake", "shortage", "measure", "policy", "cut"}
    | {"tax", "levy", "duty", "crisis", "slowdown", "recession", "downturn", "heatwave"}
    | {"rain", "outage", "blackout", "pandemic", "epidemic", "outbreak", "virus", "fire"}
)
BEAT = frozenset({"beat", "defeat", "thrash", "rout", "edge"})
MATCHES = frozenset(
    {"match", "game", "final", "semifinal", "semi-final", "tournament", "cup", "league"}
    | {"championship", "qualifier", "fixture", "race", "derby", "friendly", "penalty"}
)
SCORE = re.compile(r"^\d{1,2}-\d{1,2}$")
# Words of a vote: in a report that has them, defeating a person is winning against them.
ELECTIONS = frozenset(
    {"election", "vote", "runoff", "run-off", "ballot", "poll", "referendum", "primary"}
    | {"candidate", "electoral", "voter", "turnout", "campaign"}
)


def _args(tok: Token, deps: tuple[str, ...]) -> list[str]:
    return [k.lemma_.lower() for k in tok.children if k.dep_ in deps]


def no_harm(tok: Token) -> bool:
    """Whether a verb coded ASSAULT means no harm done to anyone (see above)."""
    lemma = tok.lemma_.lower()
    objects = _args(tok, ("dobj", "nsubjpass"))
    if lemma in DISMISS:
        return any(o in OFFICES for o in objects)
    if lemma in TARGET:
        aimed = objects + [
            o.lemma_.lower()
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ == "at"
            for o in p.children
        ]
        return bool(aimed) and all(o in AUDIENCES for o in aimed)
    if lemma in BLOWS:
        subjects = _args(tok, ("nsubj",)) or (
            _args(tok.head, ("nsubj",)) if tok.dep_ == "conj" else []
        )
        return bool(subjects) and all(s in FORCES for s in subjects)
    if lemma in BEAT:
        words = {t.lemma_.lower() for t in tok.subtree}
        if words & MATCHES or any(SCORE.match(t.text) for t in tok.subtree):
            return True
        beaten = [k for k in tok.children if k.dep_ in ("dobj", "nsubjpass")]
        person = any(k.ent_type_ == "PERSON" for b in beaten for k in b.subtree)
        return person and any(t.lemma_.lower() in ELECTIONS for t in tok.doc)
    return False
