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

from sitroom.nlp.positions.actors import DocContext, Holder, named_with
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


def _instrument_sign(noun: Token, link: Token) -> tuple[int, str] | None:
    """What an instrument says of the content tied to it by ``link`` (+1 / -1)."""
    kind = noun.lemma_.lower()
    prep = link.lower_ if link.dep_ == "prep" else None
    if kind in CHALLENGE_NOUNS and _legal(noun):
        if prep in _CHALLENGE_PREPS and not _against_party(link):
            return -1, f"{kind} {prep}"
        if link.dep_ in _PURPOSE_DEPS:
            return 1, f"{kind} to"  # "a lawsuit to halt X": the purpose decides
        return None
    if kind in WILL_NOUNS:
        if prep == "against":
            return -1, f"{kind} against"
        if link.dep_ in _PURPOSE_DEPS or prep in _PURPOSE_PREPS:
            return 1, kind
    return None


def _agent_act(noun: Token) -> Token | None:
    """The agent of a passive act on the instrument: "a letter signed by X", "a motion
    was put forward by X"."""
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if noun.dep_ == "nsubjpass":
        verbs.append(noun.head)
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma not in ACT_VERBS or not _affirmed(verb):
            continue
        if lemma == "put" and not any(c.lower_ == "forward" for c in verb.children):
            continue
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            who = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if who is not None:
                return who
    return None


def instrument_owner(
    rt: Route, ctx: DocContext
) -> tuple[Holder, tuple[Holder, ...], int, str] | None:
    """The author of an instrument on the content's route, named as a passive act's agent
    ("a letter signed by X and Y calling for Z"): the holder, those listed with it, and
    what the instrument says of the content (+1 / -1)."""
    for step in rt.steps[1:]:
        if step.below is None or step.tok.pos_ not in ("NOUN", "PROPN"):
            continue
        found = _instrument_sign(step.tok, step.below)
        who = _agent_act(step.tok) if found is not None else None
        if found is None or who is None or not rt.inside(who) or who.i in rt.content:
            continue
        named = named_with(who, ctx)
        if named is not None:
            holder, also = named
            return holder, tuple(a for a in also if a != holder), found[0], found[1]
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
        found = _instrument_sign(noun, link) if link is not None else None
        if found is not None:
            return found[0], f"{lemma} {found[1]}", verb
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


def act_doer(rt: Route, ctx: DocContext) -> tuple[Holder, tuple[Holder, ...], int, str] | None:
    """The doer of an act on the content's route when no predicate above named a holder:
    the subject of the act's verb ("Reddit initiated legal proceedings against X's ban")
    or the owner of the instrument ("Meta's lawsuit against X"): the holder, those listed
    with it, and what the act says of the content (+1 / -1, its cue)."""
    act = act_sign(rt.steps)
    if act is not None:
        sign, why, verb = act
        who = subject_of(verb)
    else:
        who, sign, why = _owned_instrument(rt)
    if who is None or not rt.inside(who) or who.i in rt.content:
        return None
    named = named_with(who, ctx)
    if named is None:
        return None
    holder, also = named
    return holder, tuple(a for a in also if a != holder), sign, why


def _owned_instrument(rt: Route) -> tuple[Token | None, int, str]:
    """ "Meta's lawsuit against X", "the company's challenge to X": the possessor of an
    instrument on the route owns the act."""
    for step in rt.steps[1:]:
        noun, link = step.tok, step.below
        if link is None or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        found = _instrument_sign(noun, link)
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if found is not None and owner is not None:
            return owner, found[0], found[1]
    return None, 0, ""
