"""Parties an event's phrase names beyond its own head, for :class:`~sitroom.nlp.events.
roles.RoleAssigner`:

- a mutual event ("X met Y", "X held talks with Y", "a deal with Y") has both parties as
  its sources, as PLOVER codes talks and agreements; the partner stays its recipient too;
- coordinated event nouns share their doer and their victims ("the destruction and killing
  of civilians carried out by X": the killing is X's too; "Indian air and drone strikes");
- an act "each side" says it did to "the other side" ("each side said it inflicted heavy
  losses on the other side", "each accused the other") is mutual: both sides are its
  sources and its targets;
- a swap of prisoners ("X and Y completed a prisoner swap", "a prisoner exchange between X
  and Y", "a prisoner swap with Y", "X and Y exchanged prisoners") frees them on both
  sides: every party is both;
- what is asked for comes from whom it is asked of ("requested support from X", "a request
  for aid from X": X is asked, not the support).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.actors import conjuncts
from sitroom.nlp.events.nouns import PERPETRATE
from sitroom.nlp.events.plover import Lexicon
from sitroom.nlp.events.syntax import INSTRUMENTS, agents_of, prep_objects

# Events two parties do together: talks, meetings, deals (not visits, summons or hosting,
# which one party does to the other).
MUTUAL = frozenset(
    {"meet", "talk", "negotiate", "confer", "talks", "negotiation", "meeting"}
    | {"summit", "deal", "agreement", "accord", "pact", "truce", "ceasefire", "dialogue"}
    | {"discussion", "consultation"}
)
MUTUAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
DISTRIBUTIVE = frozenset({"each", "both"})
SIDES = frozenset({"side", "party", "camp"})


# Nouns of a swap, when a prisoner compound says what is swapped ("a prisoner exchange").
SWAPS = frozenset({"exchange", "swap", "trade"})


def swap_noun(tok: Token) -> bool:
    """A swap of prisoners ("a prisoner swap", "the prisoner exchange", "exchanged
    prisoners")."""
    what = "dobj" if tok.pos_ in ("VERB", "AUX") else "compound"
    return tok.lemma_.lower() in SWAPS and any(
        k.dep_ == what and k.lemma_.lower() in ("prisoner", "detainee", "hostage")
        for k in tok.children
    )


def mutual(tok: Token, event: str) -> bool:
    return event in MUTUAL_TYPES and tok.lemma_.lower() in MUTUAL


def mutual_partners(tok: Token) -> list[Token]:
    """The other party of a mutual event: "met Y", "agreed with Y", "talks with Y", "held
    talks with Y" (the phrase on the verb that carries the noun)."""
    out = prep_objects(tok, {"with"})
    if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() == "meet":
        out += [k for k in tok.children if k.dep_ == "dobj"]
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ in ("VERB", "AUX"):
        out += prep_objects(tok.head, {"with"})
    return [p for o in out for p in conjuncts(o)]


def shared_doers(noun: Token) -> tuple[list[Token], list[Token]]:
    """(doers, victims) of the noun an event noun is coordinated with, when a "by" phrase
    names who did them ("the destruction and killing of civilians carried out by X") or a
    nation's adjective modifies them all ("Indian air and drone strikes"); none for a first
    conjunct or without either."""
    head = noun.head
    if noun.dep_ != "conj" or head.i == noun.i or head.pos_ != "NOUN":
        return [], []
    victims = [o for p in head.children if p.lower_ == "of" for o in p.children]
    doers = [o for p in head.children if p.lower_ == "by" for o in p.children]
    doers += [
        a
        for h in [head, *victims]
        for v in h.children
        if v.dep_ == "acl" and v.lemma_ in PERPETRATE
        for a in agents_of(v)
    ]
    doers = [d for d in doers if d.dep_ == "pobj"]
    victims = victims if doers else []
    # "Indian air and drone strikes": the nation's adjective modifies the whole coordination
    doers += [
        k
        for k in head.children
        if k.dep_ in ("amod", "compound") and k.ent_type_ in ("NORP", "GPE")
    ]
    return doers, victims


def asked_of(heads: list[Token], lexicon: Lexicon) -> list[Token]:
    """ "requested support from X", "a request for aid from X": the party the help is asked
    of, in place of the help ("demanded the withdrawal of X from Y" asks X, not Y)."""
    out: list[Token] = []
    for head in heads:
        givers = prep_objects(head, {"from"})
        code = lexicon.noun(head)
        asked = head.lemma_.lower() in INSTRUMENTS or (code is not None and code.event == "AID")
        out += givers if givers and asked else [head]
    return out


def each_other(verb: Token) -> bool:
    """ "Each side said it inflicted losses on the other side", "each blamed the other":
    an act told of each of two sides against the other is done by both to both."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    others = [
        t
        for t in verb.subtree
        if t.lower_ == "other" and (t.dep_ in ("dobj", "pobj") or t.head.lemma_.lower() in SIDES)
    ]
    if not others:
        return False
    holders = [verb, verb.head] if verb.dep_ in ("ccomp", "xcomp") else [verb]
    subjects = [k for h in holders for k in h.children if k.dep_ in ("nsubj", "nsubjpass")]
    return any(
        s.lower_ in DISTRIBUTIVE or any(d.lower_ in DISTRIBUTIVE for d in s.children)
        for s in subjects
    )


def sides_before(verb: Token, reach: int = 2) -> list[Token]:
    """The two sides "each" and "the other" stand for: the coordinated subject ("Pakistan
    and the Taliban fought ...") of the nearest sentence before, ``reach`` sentences back."""
    sent = verb.sent
    for _ in range(reach):
        if sent.start == 0:
            return []
        sent = verb.doc[sent.start - 1].sent
        for subj in (k for k in sent.root.children if k.dep_ in ("nsubj", "nsubjpass")):
            sides = conjuncts(subj)
            if len(sides) > 1:
                return sides
    return []
