"""Diplomatic sanctions told by their verb: a state recalls its own envoy, expels the
other's, or closes the other's embassy or consulates (PLOVER 2.0 SANCTION: "reduce or break
diplomatic relations"; CAMEO 161, 1663).

- Who is recalled from where: the state recalling its envoy acts on the state the envoy was
  sent to ("recalled its ambassador to Peru", "from Caracas", "the Ghanaian ambassador in
  Abuja"), never on the envoy (its own official) nor on the capital the envoy is called home
  to ("recalled to Stockholm"); told in the passive ("the Swedish ambassador was recalled"),
  the envoy's own state is the one recalling. With no host named, the one other state the
  sentence names is the target.
- A recall told by a noun ("the recall of the German ambassador to Iran") is the same act;
  "recall" naming no envoy ("a recall vote") is none, nor is a "closure" naming nothing
  closed ("maintain the closure": the act told before).
- Such a sanction, with both sides coded and distinct, leaves no doubt about the act and is
  shown whatever the trained filter says, as a plain demand is (``gate.plain_demand``).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.article import ActorRef
from sitroom.nlp.events.actors import ActorFinder, Indexed
from sitroom.nlp.events.gate import plain_demand
from sitroom.nlp.events.roles import Candidate
from sitroom.nlp.events.sides import party_key
from sitroom.nlp.events.threats import plain_threat

# Heads naming a diplomat ("chargé d'affaires" is headed by its first word).
ENVOYS = frozenset(
    {"ambassador", "envoy", "diplomat", "chargé", "charge", "consul", "attache", "attaché"}
    | {"emissary", "legate", "plenipotentiary"}
)
# Officials who are diplomats when their post says so ("consular officials").
POSTS = frozenset({"diplomatic", "consular", "embassy"})
MISSIONS = frozenset({"embassy", "consulate", "legation"})
RECALL = frozenset({"recall", "withdraw", "pull"})
RECALL_NOUNS = frozenset({"recall", "withdrawal"})
EXPEL = frozenset({"expel", "declare", "order"})
CLOSE = frozenset({"close", "shut"})
HOST_PREPS = frozenset({"to", "from", "in", "at"})


def _envoy(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in ENVOYS:
        return True
    return lemma in ("official", "staff", "officer") and any(
        k.lower_ in POSTS for k in tok.children if k.dep_ in ("amod", "compound")
    )


def _objects(verb: Token) -> list[Token]:
    """What the verb acts on: its object, or its subject in the passive."""
    return [k for k in verb.children if k.dep_ in ("dobj", "nsubjpass")]


def recalled_envoy(tok: Token) -> Token | None:
    """The envoy a state calls home: "recalled its ambassador", "withdrew its envoy", "the
    recall of the ambassador"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in RECALL:
        return next((o for o in _objects(tok) if _envoy(o)), None)
    if tok.pos_ == "NOUN" and lemma in RECALL_NOUNS:
        return next((o for o in _of(tok) if _envoy(o)), None)
    return None


def _of(noun: Token) -> list[Token]:
    return [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]


def diplomatic_sanction(verb: Token) -> bool:
    """A recall (told by a verb or a noun), an expulsion or a closure of a mission."""
    if recalled_envoy(verb) is not None:
        return True
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    objects = _objects(verb)
    if lemma in RECALL or lemma in EXPEL:
        return any(_envoy(o) for o in objects)
    if lemma in CLOSE:
        return any(o.lemma_.lower() in MISSIONS for o in objects)
    return False


def _hosts(verb: Token, envoy: Token) -> list[Token]:
    return [
        o
        for head in (verb, envoy)
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in HOST_PREPS
        for o in p.children
        if o.dep_ == "pobj"
    ]


def recall_roles(c: Candidate, finder: ActorFinder, index: Indexed) -> None:
    """Fix the roles of a SANCTION on a recall of one's own envoy (see the module)."""
    if c.event != "SANCTION":
        return
    if c.noun and c.tok.lemma_.lower() == "closure" and not _of(c.tok):
        c.dropped = True  # "decide whether to maintain the closure": nothing closed is named
        return
    envoy = recalled_envoy(c.tok)
    if envoy is None:
        if c.noun and c.tok.lemma_.lower() == "recall":
            c.dropped = True  # a recall of no envoy ("a recall vote"): no sanction
        return
    if envoy.dep_ == "nsubjpass" or (c.noun and not c.actors):
        # "the Swedish envoy was recalled", "the recall of the German envoy": his own state
        c.actors = [r for r in finder.refs([envoy], index, conj=False) if party_key(r)]
    own = {k for a in c.actors if (k := party_key(a)) is not None}
    if not own:
        return
    hosts = finder.refs(_hosts(c.tok, envoy), index, conj=False)
    kept: list[ActorRef] = []
    seen: set[str] = set()
    for r in [*c.recipients, *hosts]:
        key = party_key(r)
        if key is None or key in own or key in seen:
            continue  # the envoy itself, or the capital it is called home to
        seen.add(key)
        kept.append(r)
    c.recipients = kept or _sole_other_party(c.tok, own, finder, index)


def _sole_other_party(
    tok: Token, own: set[str], finder: ActorFinder, index: Indexed
) -> list[ActorRef]:
    """With no host named, the one other state the sentence names is the one the recall is
    aimed at ("summoned Hungary's ambassador and recalled its own envoy")."""
    others: dict[str, ActorRef] = {}
    for t in tok.sent:
        if index.at(t) is None:
            continue
        for r in finder.refs([t], index, conj=False):
            key = party_key(r)
            if key is not None and key not in own:
                others.setdefault(key, r)
    return list(others.values()) if len(others) == 1 else []


def plain_act(event: str, tok: Token, actors: list[ActorRef], recipients: list[ActorRef]) -> bool:
    """A plain demand, a plain threat, a plain diplomatic sanction or a summons of an envoy
    ("who was summoned to the foreign ministry") between two coded, distinct sides."""
    if plain_demand(event, tok, actors, recipients) or plain_threat(event, tok, actors, recipients):
        return True
    summoned = event == "CONSULT" and tok.lemma_.lower() == "summon"
    if not summoned and (event != "SANCTION" or not diplomatic_sanction(tok)):
        return False
    sources = {k for a in actors if (k := party_key(a)) is not None}
    targets = {k for r in recipients if (k := party_key(r)) is not None}
    return bool(sources) and bool(targets) and not sources & targets
