"""Acts that state a stance without a stance word.

An actor who signs an order, tables a motion or files a lawsuit takes a side by the act
itself: the instrument's purpose or object names what the actor stands for or against.

- an instrument of will (order, decree, motion, bill, declaration, letter, deal ...) acted
  on by its holder (signed, tabled, issued, put forward ...) supports what its purpose
  names: "signed an executive order finalizing X", "tabled a motion to defer X",
  "issued a decree on X"; one "against X" opposes it;
- a legal challenge (lawsuit, court challenge, case, complaint, legal action) filed or
  brought by its holder opposes what it is against: "filed a lawsuit against X",
  "launched a court challenge to X", "brought a case over X".

The act must be the holder's own and affirmed: a denied act ("did not sign an order to X")
or an act the content is not the purpose or object of ("signed an order after X") gives
nothing here. Only a reading that no attitude word has decided is completed this way.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from sitroom.nlp.positions.reading import Reading
from sitroom.nlp.positions.route import Route, Step, subject_of

#: verbs of carrying out an instrument: its subject is the instrument's author
ACT_VERBS = frozenset(
    {
        "sign",
        "file",
        "table",
        "introduce",
        "submit",
        "issue",
        "lodge",
        "bring",
        "launch",
        "initiate",
        "move",
        "put",
        "co-sign",
        "cosign",
        "sponsor",
        "draft",
        "unveil",
    }
)

#: instruments of will: they are for what their purpose names
WILL_NOUNS = frozenset(
    {
        "order",
        "decree",
        "directive",
        "proclamation",
        "memorandum",
        "motion",
        "bill",
        "resolution",
        "amendment",
        "declaration",
        "petition",
        "letter",
        "deal",
        "agreement",
        "accord",
        "treaty",
        "legislation",
        "measure",
    }
)

#: legal challenges: they are against their object
CHALLENGE_NOUNS = frozenset(
    {"lawsuit", "suit", "challenge", "case", "complaint", "action", "proceeding", "petition"}
)

#: how a challenge names what it is against ("a lawsuit against X", "a challenge to X")
_CHALLENGE_PREPS = frozenset({"against", "to", "over", "on"})
#: how an instrument names its purpose ("an order to X", "an order finalizing X",
#: "a motion on X", "a declaration for X")
_PARTIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_PURPOSE_DEPS = frozenset({"acl", "relcl", "advcl"})
_PURPOSE_PREPS = frozenset({"for"})


def _affirmed(verb: Token) -> bool:
    return not any(c.dep_ == "neg" or c.lower_ in ("never", "not") for c in verb.children)


def _legal(noun: Token) -> bool:
    """ "action" and "petition" are legal challenges only when said so ("legal action",
    "court petition"); the others are by themselves."""
    if noun.lemma_.lower() not in ("action", "petition"):
        return True
    return any(c.lower_ in ("legal", "court", "judicial") for c in noun.children)


def _against_party(prep: Token) -> bool:
    """ "a lawsuit against Kessler / against Australia": a challenge to a party, not to a
    claim; it says nothing of the party's trial or policy."""
    return any(c.dep_ == "pobj" and c.ent_type_ in _PARTIES for c in prep.children)


def _verb_challenge(verb: Token, prep: Token) -> str | None:
    """ "filed a lawsuit against X" parsed with "against X" on the verb: the challenge is the
    verb's object, what it is against hangs beside it."""
    if verb.lemma_.lower() not in ACT_VERBS or not _affirmed(verb):
        return None
    if prep.dep_ != "prep" or prep.head.i != verb.i or prep.lower_ not in ("against", "to"):
        return None
    if _against_party(prep):
        return None
    for c in verb.children:
        if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in CHALLENGE_NOUNS and _legal(c):
            return c.lemma_.lower()
    return None


def act_sign(steps: list[Step]) -> tuple[int, str, Token] | None:
    """The stance an act on the route states (+1 for, -1 against) and its cue, or None.

    ``steps`` run from the content's top up the parse: the act is a verb's object, the
    instrument noun, and the word just below the noun ties the content to it as its purpose
    or its object (whose act it is, ``read_act`` checks).
    """
    for i in range(1, len(steps)):
        verb, noun = steps[i].tok, steps[i - 1].tok
        if (legal := _verb_challenge(verb, noun)) is not None:
            return -1, f"{verb.lemma_.lower()} {legal} {noun.lower_}", verb
        below = steps[i].below
        if below is None or below.i != noun.i or noun.dep_ not in ("dobj", "obj"):
            continue
        lemma = verb.lemma_.lower()
        if lemma not in ACT_VERBS or not _affirmed(verb):
            continue
        if lemma == "put" and not any(c.lower_ == "forward" for c in verb.children):
            continue
        link = steps[i - 1].below
        if link is None:
            continue
        kind = noun.lemma_.lower()
        prep = link.lower_ if link.dep_ == "prep" else None
        if kind in CHALLENGE_NOUNS and _legal(noun):
            if prep in _CHALLENGE_PREPS and not _against_party(link):
                return -1, f"{lemma} {kind} {prep}", verb
            if link.dep_ in _PURPOSE_DEPS:
                return 1, f"{lemma} {kind} to", verb  # "a lawsuit to halt X": the purpose decides
            continue
        if kind in WILL_NOUNS:
            if prep == "against":
                return -1, f"{lemma} {kind} against", verb
            if link.dep_ in _PURPOSE_DEPS or prep in _PURPOSE_PREPS:
                return 1, f"{lemma} {kind}", verb
    return None


def read_act(rt: Route, holds: Callable[[Token], bool], r: Reading) -> None:
    """Complete a reading no attitude word decided with an act on its route whose subject
    the holder is (``holds``: whether a word names the holder)."""
    if r.evaluated or r.blocked:
        return
    act = act_sign(rt.steps)
    if act is None:
        return
    sign, why, verb = act
    who = subject_of(verb)
    if who is not None and holds(who):
        r.attitude(sign, why)
