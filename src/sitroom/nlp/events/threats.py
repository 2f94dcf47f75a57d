"""Plain threats: a party that threatens, warns or vows force or a penalty against another
("Israel is threatening to escalate", "the embassy warned the Philippines against ...",
"he vowed his country would retaliate against India"). PLOVER 2.0 codes the threat itself
(THREATEN), a verbal act that happened, whatever becomes of the act threatened.

The explicit threat verb leaves no doubt about the act: with both sides coded and distinct
it is shown whatever the trained filter says, as a plain demand or a summons is
(``envoys.plain_act``). The verb may carry the event itself ("threatened sanctions on X")
or govern the act threatened ("vowed to target", "warned it would retaliate"), whose
event is then coded on the act's own verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.article import ActorRef
from sitroom.nlp.events.sides import party_key

THREAT_VERBS = frozenset({"threaten", "warn", "vow"})
# How an act threatened hangs on the threat verb: "threatened to strike" (xcomp),
# "warned (that) it would retaliate" (ccomp).
THREATENED = frozenset({"xcomp", "ccomp"})


def threat_verb(tok: Token) -> bool:
    """The token is a threat verb, or the act a threat verb governs."""
    if tok.pos_ != "VERB":
        return False
    if tok.lemma_.lower() in THREAT_VERBS:
        return True
    head = tok.head
    return (
        tok.dep_ in THREATENED
        and head is not tok
        and head.pos_ == "VERB"
        and head.lemma_.lower() in THREAT_VERBS
    )


def plain_threat(
    event: str, tok: Token, actors: list[ActorRef], recipients: list[ActorRef]
) -> bool:
    """A threat told by a threat verb between two coded, distinct sides."""
    if event != "THREATEN" or not threat_verb(tok):
        return False
    sources = {k for a in actors if (k := party_key(a)) is not None}
    targets = {k for r in recipients if (k := party_key(r)) is not None}
    return bool(sources) and bool(targets) and not sources & targets
