"""Targets an event's own arguments leave unnamed, read from the phrases around it.

- *the land struck*: an attack whose sentence names no victim but the ground it hit
  ("missile strikes across several areas of Pakistan", "conducted strikes in the north of
  Syria", "shelled villages inside Lebanon") is aimed at the state whose territory that
  is, as PLOVER codes an attack on a state's territory; never the attacker's own land
  ("the army struck militants in its own north" names no other state);
- *the doer of a condemned act*: what an accusation, a refusal or a request is aimed at
  is the party that did the act it names ("condemned the irresponsible act by the
  Algerian regime", "rejected the demands made by the rebels"): the "by" agent of that
  act, not the act itself;
- *the site struck*: an attack aimed at a place or a holding ("attacked the city", "hit
  the main base in Port Sudan", "overran an army base in the country's north") is aimed at
  the state the site lies in: one its phrase names, else, for a definite site ("the
  city", "the country's north"), the country the report is about. An armed group's own
  country is no bar (its attack on a town is on that town's state); a state's is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from sitroom.article import ActorRef
from sitroom.nlp.events.actors import HOLDINGS, _known_group
from sitroom.nlp.events.sides import PLACE_HEADS

if TYPE_CHECKING:
    from sitroom.nlp.events.actors import ActorFinder, Indexed
    from sitroom.nlp.events.plover import Lexicon
    from sitroom.nlp.events.roles import Candidate

# Prepositions of the ground an attack covers ("across", "in", "inside", "throughout").
GROUND_PREPS = frozenset({"across", "in", "inside", "into", "throughout", "within"})
# Prepositions that carry an attack's aim ("attacks on the city", "fired at a base").
AIM_PREPS = frozenset({"on", "against", "at", "upon"})
# Words that point back to a site named before ("the same facility", "this base").
ANAPHORIC = frozenset({"same", "this", "that", "these", "those", "such"})
# Places and holdings an attack can hit ("the city", "an army base", "the camp").
SITES = PLACE_HEADS | HOLDINGS | frozenset({"home", "house", "village", "hospital", "school"})
# Light verbs that carry an attack noun ("conducted strikes across ...").
CARRIERS = frozenset({"conduct", "carry", "launch", "stage", "mount", "make", "unleash"})
AT_ACTS = frozenset({"dobj", "pobj"})


def ground_heads(tok: Token) -> list[Token]:
    """The objects of ground prepositions hung on an attack or on the verb carrying it."""
    return _with_parts(_carried_objects(tok, GROUND_PREPS, carried=True))


def _carried_objects(tok: Token, preps: frozenset[str], carried: bool) -> list[Token]:
    """The objects of ``preps`` hung on ``tok`` or, when ``carried``, on the verb that carries
    it as its object ("conducted missile strikes across ...", "launched an attack on ...")."""
    holders = [tok]
    if carried and tok.dep_ == "dobj" and tok.head.lemma_.lower() in CARRIERS:
        holders.append(tok.head)
    return [
        o
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in preps
        for o in p.children
        if o.dep_ == "pobj"
    ]


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


def land_struck(
    c: Candidate, finder: ActorFinder, index: Indexed, lexicon: Lexicon
) -> list[ActorRef]:
    """The recipients of an attack, with the state it struck when they name none: the
    land of its ground ("strikes across Peru"), else the state of the site it hit."""
    recipients = c.recipients
    if any(r.country or r.actor_id for r in recipients):
        return recipients
    if c.actors and not recipients:
        grounds = [g for g in ground_heads(c.site or c.tok) if lexicon.noun(g) is None]
        recipients = struck_states(grounds, c.actors, finder, index)
    if any(r.country for r in recipients):
        return recipients
    sites = site_heads(c.site or c.tok, c.noun)
    found = site_states(sites, c.actors, finder, index)
    if not found:
        return recipients
    # the site itself, read as a party with no state ("the town"), gives way to its state
    names = {s.text for s in sites}
    return [r for r in finder.no_places(recipients) if r.text not in names] + found


def site_heads(tok: Token, noun: bool) -> list[Token]:
    """The places or holdings (:data:`SITES`) an attack names as what it hit: a verb's
    object or passive subject, a noun's (or its carrying verb's) "on/against" object."""
    aims = _carried_objects(tok, AIM_PREPS, carried=noun)
    if not noun:
        aims += [k for k in tok.children if k.dep_ in ("dobj", "nsubjpass")]
    aims += [k for a in list(aims) for k in a.children if k.dep_ == "conj"]
    return [o for o in aims if o.lemma_.lower() in SITES]


def site_states(
    sites: list[Token], actors: list[ActorRef], finder: ActorFinder, index: Indexed
) -> list[ActorRef]:
    """The states whose sites (from :func:`site_heads`) an attack by ``actors`` hit: the
    state a site's own phrase names, else the report's country for a definite site."""
    own = {a.country for a in actors if a.country and not _known_group(a)}
    out: list[ActorRef] = []
    for site in sites:
        named = [r for r in finder.refs(_with_parts([site])[1:], index) if r.country]
        if not named and _definite(site):
            home = finder.home(site, index, first=True)
            named = [ActorRef(site.text, None, None, home, None)] if home else []
        for ref in named:
            if ref.country not in own and all(r.country != ref.country for r in out):
                out.append(ref)
    return out


def _definite(site: Token) -> bool:
    """ "the city", "the camp", "an army base in the country's north": a site the reader
    is taken to know, so it lies in the country the report is about."""
    if any(k.lower_ in ANAPHORIC for k in site.children):
        return False  # "the same facility", "this base": one named before, not a new site
    for tok in site.subtree:
        if tok.dep_ == "det" and tok.lower_ == "the" and tok.head.i == site.i:
            return True
        if tok.dep_ == "poss" and tok.lower_ in ("country", "nation"):
            return True
    return False


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
