"""Event nouns that name an act without reporting it: kept for recall studies, not shown.

Two kinds of language, both common in reports that tell an act and then talk about it:

- the act is the *topic* of another event of the sentence: the object of its verb, or of
  "of", "over", "about", "for" or "against" under it ("condemned the assault", "accused
  the group of kidnapping", "halted attacks", "protested against the war"): the other
  event (ACCUSE, RETREAT, PROTEST, ...) is what the sentence reports;
- a *definite mention* with no arguments of its own inside a prepositional phrase
  ("killed in the clashes", "during the strike", "commented about the fighting"): the
  time or circumstance of what the sentence tells, pointing back at an act told before (or
  naming the conflict); that telling carries the event. As a subject ("the attacks drew
  criticism", "the strikes killed five") a definite act is often the report itself, and
  stays. A mention with its own doer, target or description ("the killing of X", "the
  Israeli strikes", "the attack on the ship", "its attacks") reports its act, under any
  verb. A bare act that stirs a reaction ("the attacks have sparked concern") is what the
  reaction is about: a topic.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from sitroom.nlp.events.roles import Candidate

TOPIC = "topic"  # context of an act named as what another event is about, or told before
# Prepositions under a verb whose object is what the verb's event is about.
ABOUT_PREPS = frozenset({"of", "over", "about", "for", "against"})
DEFINITE = frozenset({"the", "this", "these", "those", "that"})
# Events whose object is what they are about ("condemned the assault", "halted attacks",
# "threatened strikes"); a request's or a meeting's object is asked for or discussed
# ("ordered a 25% tariff" reports the tariff), so only their about-phrases count.
ABOUT_OBJECT = frozenset(
    {"ACCUSE", "REJECT", "SUPPORT", "PROTEST", "RETREAT", "CONCEDE", "THREATEN", "AGREE"}
)
# Dependents that give a noun its own doer, target, number or description.
ARGUMENT_DEPS = frozenset(
    {"poss", "compound", "nmod", "nummod", "prep", "acl", "relcl", "appos", "npadvmod"}
)


def governor(site: Token) -> tuple[Token | None, bool]:
    """The word whose object (or about-phrase) the noun is, conjuncts climbed, and whether
    the noun is its direct object."""
    while site.dep_ == "conj" and site.head is not site:
        site = site.head
    if site.dep_ == "dobj":
        return site.head, True
    prep = site.head
    if site.dep_ != "pobj" or prep.lower_ not in ABOUT_PREPS or prep.dep_ != "prep":
        return None, False
    if prep.lower_ == "of" and prep.head.dep_ == "dobj":
        return prep.head.head, False  # "accused the rebels of attacks", "of" on the object
    return prep.head, False


def bare(site: Token) -> bool:
    """No doer, target, number or description of its own ("the assault", "attacks"; not
    "the Israeli strikes", "the attack on the ship", "its attacks")."""
    for k in site.children:
        if k.dep_ in ARGUMENT_DEPS:
            return False
        if k.dep_ == "amod" and (k.ent_type_ or k.pos_ == "PROPN"):
            return False  # "the Israeli strikes": a doer named
    return True


def definite_mention(site: Token) -> bool:
    """ "during the strike", "in the clashes", "about the fighting": a definite act named
    in a preposition's phrase, the time or circumstance of what the sentence tells."""
    if site.dep_ != "pobj":
        return False
    return any(k.dep_ == "det" and k.lower_ in DEFINITE for k in site.children)


# Reactions an act stirs ("the attacks have sparked concern", "raised fears"): the act
# is what the reaction is about, told before or in general, not a new act of the sentence.
REACTIONS = frozenset(
    {"concern", "fear", "alarm", "worry", "anxiety", "outrage", "anger", "unease", "panic"}
    | {"criticism", "condemnation", "backlash", "outcry", "question", "speculation"}
)
STIR_VERBS = frozenset(
    {"spark", "raise", "prompt", "trigger", "provoke", "fuel", "stoke", "cause", "draw"}
    | {"heighten", "deepen", "renew", "stir", "generate", "ignite", "elicit"}
)


def stirs_reaction(site: Token) -> bool:
    """ "the attacks have sparked concern": a bare act as the subject of a verb of stirring
    whose object is a reaction."""
    verb = site.head
    if site.dep_ != "nsubj" or verb.lemma_.lower() not in STIR_VERBS:
        return False
    return any(k.dep_ == "dobj" and k.lemma_.lower() in REACTIONS for k in verb.children)


def topics(cands: Iterable[Candidate]) -> None:
    """Mark the bare event nouns of one sentence that are another event's topic, or a
    definite mention of an act told before (``Candidate.topic``); a noun with its own
    doer or target still reports its act, whatever governs it."""
    cands = [c for c in cands if not c.dropped]
    verbs = {c.tok.i: c for c in cands if not c.noun}
    for c in cands:
        site = c.site or c.tok
        if not c.noun or not bare(site):
            continue
        gov, direct = governor(site)
        other = verbs.get(gov.i) if gov is not None else None
        if other is not None and direct and other.event not in ABOUT_OBJECT:
            other = None
        if other is not None and other.event != c.event:
            c.topic = True  # "condemned the assault": the condemnation is the event
        elif definite_mention(site) or stirs_reaction(site):
            c.topic = True  # "killed in the clashes", "the attacks sparked concern"
