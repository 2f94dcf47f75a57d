"""Targets an event's own arguments leave unnamed, read from the phrases around it.

- *the land struck*: an attack whose sentence names no victim but the ground it hit
  ("missile strikes across several areas of Pakistan", "conducted strikes in the north of
  Syria", "shelled villages inside Lebanon") is aimed at the state whose territory that
  is, as PLOVER codes an attack on a state's territory; never the attacker's own land
  ("the army struck militants in its own north" names no other state);
- *the doer of a condemned act*: what an accusation, a refusal or a request is aimed at
  is the party that did the act it names ("condemned the irresponsible act by the
  Algerian regime", "rejected the demands made by the rebels"): the "by" agent of that
  act, not the act itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from sitroom.article import ActorRef
    from sitroom.nlp.events.actors import ActorFinder, Indexed

# Prepositions of the ground an attack covers ("across", "in", "inside", "throughout").
GROUND_PREPS = frozenset({"across", "in", "inside", "into", "throughout", "within"})
# Light verbs that carry an attack noun ("conducted strikes across ...").
CARRIERS = frozenset({"conduct", "carry", "launch", "stage", "mount", "make", "unleash"})
AT_ACTS = frozenset({"dobj", "pobj"})


def ground_heads(tok: Token) -> list[Token]:
    """The objects of ground prepositions hung on an attack or on the verb carrying it."""
    holders = [tok]
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in CARRIERS:
        holders.append(tok.head)  # "conducted missile strikes across ..."
    grounds = [
        o
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in GROUND_PREPS
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return _with_parts(grounds)


def _with_parts(grounds: list[Token]) -> list[Token]:
    """The grounds and the wholes they are parts of ("areas in Kashmir and other parts of
    Pakistan"): their conjuncts, the objects of their "of" and "in" phrases and the state
    named as holding them ("Pakistan-controlled territory")."""
    out: list[Token] = []
    todo = list(grounds)
    while todo and len(out) < 12:
        g = todo.pop(0)
        if g in out:
            continue
        out.append(g)
        todo += [k for k in g.children if k.dep_ == "conj"]
        # "Pakistan-controlled territory": the state that holds the ground
        todo += [
            n
            for k in g.children
            if k.dep_ == "amod"
            for n in k.children
            if n.dep_ in ("npadvmod", "compound") and n.ent_type_ == "GPE"
        ]
        todo += [
            o
            for p in g.children
            if p.dep_ == "prep" and p.lower_ in ("of", "in")
            for o in p.children
            if o.dep_ == "pobj"
        ]
    return out


def struck_states(
    grounds: list[Token], actors: list[ActorRef], finder: ActorFinder, index: Indexed
) -> list[ActorRef]:
    """The states whose land (``grounds``, from :func:`ground_heads` without the event
    nouns: "killed in Israeli strikes" names the means) an attack by ``actors`` struck."""
    own = {a.country for a in actors}
    out: list[ActorRef] = []
    for ref in finder.refs(grounds, index):
        if ref.country and ref.country not in own and all(r.country != ref.country for r in out):
            out.append(ref)
    return out


def act_doer(obj: Token) -> Token | None:
    """The "by" agent of an act named as an object ("the act by the Algerian regime")."""
    if obj.pos_ != "NOUN" or obj.dep_ not in AT_ACTS:
        return None
    doers = [
        o
        for p in obj.children
        if p.dep_ == "prep" and p.lower_ == "by"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return doers[0] if doers else None


def object_agents(verb: Token, subjects: list[Token], agents: list[Token]) -> bool:
    """Whether the "by" phrase the parser hung on a verb as its passive agent belongs to
    its direct object instead: an active verb with a subject and an object has no agent
    ("X condemned the act by Y": Y did the act, X condemned it)."""
    if not agents or not subjects or verb.tag_ == "VBN":
        return False
    if any(k.dep_ in ("nsubjpass", "auxpass") for k in verb.children):
        return False
    return any(k.dep_ == "dobj" for k in verb.children)
