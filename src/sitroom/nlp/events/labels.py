"""Labels pinned on an act or a statement by a verb of naming.

- a *noun* label ("called the vote a fraud", "branded the strikes a war crime") accuses
  (ACCUSE); "called a strike", with one complement, organised it (no label);
- a *condemning adjective* ("called the decision illegal", "described the explanation as
  unacceptable and unfounded", "termed the raid cowardly") criticises the act (ACCUSE:
  disapprove); pinned on an accusation ("termed the allegations preposterous"), or a
  denying adjective alone ("called the reports false"), it rejects it (REJECT), as
  answering an accusation does;
- any other adjective ("called the talks constructive") is an appraisal, no event;
- a noun label qualified by a condemning adjective ("called them cowardly attacks") accuses
  whatever the verb of naming and whatever it names;
- a *noun* label pinned on a named party or thing by "label" or "brand" ("labeled the envoy
  a liar", "branded the raid an act of aggression") accuses, as "call" does: these verbs
  name only to condemn. "Describe", "term" and "dub" with a noun label ("described Brazil
  as a key partner") appraise as often as they condemn: no event of their own;
- a party *declared* an enemy ("declared the country an aggressor state", "proclaimed them
  enemies of the nation") is accused: a hostile status pinned by a declaration.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.binding import NAMING_VERBS, naming
from sitroom.nlp.events.plover import NOT_AN_EVENT, Code

# Adjectives that condemn an act ("illegal", "unacceptable") and that deny a statement
# ("baseless", "false"): the first criticise (ACCUSE), the second alone reject (REJECT).
CONDEMNING = frozenset(
    {"unacceptable", "illegal", "unlawful", "illegitimate", "irresponsible", "reckless"}
    | {"cowardly", "provocative", "outrageous", "shameful", "deplorable", "heinous", "barbaric"}
    | {"criminal", "unjustified", "unjustifiable", "unprovoked", "destabilizing", "inhumane"}
    | {"destabilising", "inconsistent", "discriminatory", "treacherous", "egregious"}
    | {"unfriendly", "hostile", "biased"}  # "an unfriendly act", "grossly biased"
)
DENYING = frozenset(
    {"unfounded", "baseless", "groundless", "absurd", "preposterous", "false", "untrue"}
    | {"fabricated", "ridiculous", "nonsensical", "misleading"}
)
ACCUSATIONS = frozenset({"accusation", "allegation", "claim", "charge", "assertion", "imputation"})
# Verbs that pin a label only to condemn ("branded him a traitor"), unlike "describe".
CONDEMNING_NAMERS = frozenset({"label", "brand"})
# Nouns that name a wrong, pinned as labels: they condemn whatever the naming verb.
WRONG_LABELS = frozenset(
    {"insult", "affront", "provocation", "violation", "breach", "aggression", "piracy"}
    | {"crime", "outrage", "blackmail", "interference", "betrayal", "disgrace", "travesty"}
    | {"farce", "sham", "lie", "theft", "humiliation", "attack", "terrorism", "atrocity"}
)
# Verbs that pin a status by declaring it, and the statuses that accuse whom they name.
DECLARING = frozenset({"declare", "proclaim", "pronounce"})
HOSTILE_STATUS = frozenset({"aggressor", "enemy", "occupier"})
# Objects that are themselves incidents of force: an attack label only classifies them.
INCIDENTS = frozenset(
    {"incident", "attack", "blast", "explosion", "shooting", "bombing", "killing", "strike"}
)


def _adjectives(verb: Token) -> list[Token]:
    """The adjective labels of a naming verb: "called it illegal", "described X as
    unacceptable and unfounded"."""
    out = [k for k in verb.children if k.pos_ == "ADJ" and k.dep_ in ("oprd", "acomp", "ccomp")]
    out += [k for k in verb.children if k.dep_ == "advmod" and k.lower_ in CONDEMNING]
    # a label in quotation marks is often parsed as a modifier of the object it follows
    # ('called the words "unacceptable"'): an adjective after its noun is predicated of it
    out += [
        a
        for o in verb.children
        if o.dep_ == "dobj"
        for a in o.rights
        if a.pos_ == "ADJ" and a.dep_ == "amod"
    ]
    for k in verb.children:
        if k.dep_ in ("prep", "oprd") and k.lower_ == "as":
            out += [a for a in k.children if a.pos_ == "ADJ"]
    out += [c for a in out for c in a.conjuncts]
    return out


def _noun_labels(verb: Token) -> list[Token]:
    """The noun labels of a naming verb: "labeled him a liar", "described X as an attack"."""
    out = [k for k in verb.children if k.dep_ in ("oprd", "attr") and k.pos_ == "NOUN"]
    objects = [k for k in verb.children if k.dep_ == "dobj"]
    # "as" hangs on the verb or, as the parser often has it, on the object
    for k in [*verb.children, *(a for o in objects for a in o.children)]:
        if k.dep_ in ("prep", "oprd") and k.lower_ == "as":
            out += [o for o in k.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    return out


def _wrong_label(verb: Token, objects: list[Token]) -> bool:
    """A noun label that names a wrong ("an insult", "an act of piracy"), not an attack
    label on an incident of force ("the incident as a terror attack"). The parser often
    hangs a late "as" on a verb inside the object ("described the decision to send an
    envoy as an insult"): a wrong there is the label too."""
    deep = [
        o
        for t in verb.subtree
        if t.lower_ == "as" and t.dep_ == "prep" and t.head.i != verb.i
        for o in t.children
        if o.dep_ == "pobj" and o.lemma_.lower() in WRONG_LABELS
    ]
    for label in [*_noun_labels(verb), *deep]:
        words = {label.lemma_.lower()}
        if label.lemma_.lower() == "act":  # "an act of piracy"
            words |= {o.lemma_.lower() for p in label.children for o in p.children}
        if not words & WRONG_LABELS:
            continue
        force = any(o.lemma_.lower() in INCIDENTS for o in objects)
        if words & WRONG_LABELS != {"attack"} or not force:
            return True
    return False


def _condemning_noun_label(verb: Token) -> bool:
    """A noun label qualified by a condemning adjective ("called them cowardly attacks",
    "what it termed an unprovoked and cowardly assault"): the adjective condemns whatever
    the noun, and whatever is named (a pronoun, "what")."""
    # the parser may tag a label noun as a verb ("an unprovoked assault") and an "-ly"
    # adjective as an adverb ("cowardly attacks")
    labels = [*_noun_labels(verb), *(k for k in verb.children if k.dep_ == "oprd")]
    mods = [a for n in labels for a in n.children if a.dep_ in ("amod", "advmod")]
    # "a cowardly Israeli attack": the parser may hang the adjective on the next modifier
    mods += [d for a in mods for d in a.children if d.dep_ == "advmod"]
    mods += [c for a in mods for c in a.conjuncts]
    return any(a.lower_ in CONDEMNING for a in mods)


def declared_enemy(verb: Token) -> bool:
    """ "Declared the Gulf country an 'aggressor state'", "proclaimed X an enemy": the status
    noun (or its modifier) is a hostile one and names a party (a small clause's subject or
    the verb's object)."""
    if verb.lemma_.lower() not in DECLARING:
        return False
    labels = [k for k in verb.children if k.dep_ in ("oprd", "attr", "ccomp") and k.pos_ == "NOUN"]
    for label in labels:
        named = [k for k in label.children if k.dep_ == "nsubj"]
        named += [k for k in verb.children if k.dep_ == "dobj"]
        words = {label.lemma_.lower()} | {
            k.lemma_.lower() for k in label.children if k.dep_ in ("compound", "amod")
        }
        if named and words & HOSTILE_STATUS:
            return True
    return False


def label_code(verb: Token) -> Code | None:
    """The event a verb of naming reports (see above); ``NOT_AN_EVENT`` for a label that is
    none, None for a verb that names nothing."""
    lemma = verb.lemma_.lower()
    if declared_enemy(verb):
        return Code("ACCUSE")  # "declared the country an aggressor state"
    if lemma not in NAMING_VERBS:
        return None
    labels = _adjectives(verb)
    objects = [k for k in verb.children if k.dep_ == "dobj"]
    objects += [s for a in labels for s in a.children if s.dep_ == "nsubj"]  # small clause
    words = {a.lower_ for a in labels}
    accusation = any(o.lemma_.lower() in ACCUSATIONS for o in objects)
    if objects and words & CONDEMNING and not accusation:
        return Code("ACCUSE", "disapprove")  # "called the decision illegal"
    if objects and words & (CONDEMNING | DENYING):
        return Code("REJECT")  # "termed the allegations preposterous", "called it false"
    if _condemning_noun_label(verb):
        return Code("ACCUSE", "disapprove")  # "termed it an unprovoked and cowardly assault"
    named = [o for o in objects if o.pos_ in ("NOUN", "PROPN")]  # not "what it labeled X"
    if lemma in CONDEMNING_NAMERS and named and _noun_labels(verb):
        return Code("ACCUSE")  # "labeled him a liar", "branded the raid an act of aggression"
    if named and _wrong_label(verb, named):
        return Code("ACCUSE")  # "described the decision as an insult"
    if lemma != "call" or not naming(verb):
        return None
    label = any(k.dep_ in ("oprd", "attr") and k.pos_ == "NOUN" for k in verb.children)
    nouns = [k for k in verb.children if k.dep_ == "dobj" and k.pos_ == "NOUN"]
    if label and nouns:  # not "what it called", "called it": its own act
        return Code("ACCUSE")  # "called the vote a fraud"
    return NOT_AN_EVENT


def label_objects(verb: Token, objects: list[Token]) -> list[Token]:
    """Whom a label accuses ("termed it a cowardly assault by Israel", "called it Israel's
    latest provocation", "a cowardly Israeli attack"): the doer its label names with "by", a
    possessive or a people's adjective, never the label phrase itself, nor the pronoun that
    names the act when the label names its doer; other objects of a verb of naming stay
    ("labeled him a liar")."""
    if verb.lemma_.lower() not in NAMING_VERBS:
        return objects
    labels = [*_noun_labels(verb), *(k for k in verb.children if k.dep_ == "oprd")]
    doers = [k for n in labels for k in n.children if k.dep_ == "poss"]
    # a people's adjective on the label names the doer ("a cowardly Israeli attack")
    doers += [k for n in labels for k in n.children if k.dep_ == "amod" and k.is_title]
    for n in labels:
        by = [p for p in n.subtree if p.lower_ == "by" and p.dep_ in ("prep", "agent")]
        doers += [o for p in by[:1] for o in p.children if o.dep_ == "pobj"]
    inside = {t.i for n in labels for t in n.subtree}
    acts = {o.i for o in objects if o.pos_ == "PRON"} if doers else set()  # "called it"
    return doers + [o for o in objects if o.i not in inside and o.i not in acts]
