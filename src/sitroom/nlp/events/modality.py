"""Whether an event lies ahead: acts foretold by the narrator, scheduled or awaited.

"Hamas is expected to release", "are to be released", "the truce is set to take effect",
"awaits talks", "were supposed to meet": the act has not happened (``hypothetical``). A
release or withdrawal that "will" happen in a clause no one is reported saying is the
narrator's (the terms of a deal); "X will release them, its minister said" is X's
commitment, an AGREE as PLOVER codes it. Intentions ("plans to meet", "is ready to
send") and conditions ("if", "unless") on a verb are read here too, and what an event is
demanded by ("X must Z", "X needs to Z", "(that) Y should Z").
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.plover import Lexicon
from sitroom.nlp.events.syntax import DEONTIC_AUX, FUTURE_AUX

# Heads that foretell what another party is to do ("Hamas is expected to release").
FORETELLING = frozenset({"expect", "set", "due", "schedule", "slate", "poise", "likely", "suppose"})
# Nouns of an intention whose "to" infinitive is not yet done ("plans to summon"; not "a
# decision to expel", told as taken).
INTENT_NOUNS = frozenset({"plan", "intention", "intent", "readiness", "willingness", "offer"})


def foretold(tok: Token, lexicon: Lexicon, event: str) -> bool:
    """A future act told by the narrator, not promised by its actor: "is expected to
    release", "are set to meet"; a release or withdrawal that "will" happen in a clause
    no one is reported saying (the terms of a deal). "X will release them, its minister
    said" or "X will allow ..." is X's commitment: an AGREE, as PLOVER codes it."""
    cur = tok
    for _ in range(4):
        if cur.dep_ != "xcomp" or cur.head.i == cur.i:
            break
        head = cur.head
        if head.lemma_.lower() in FORETELLING:
            return True
        cur = head
    if event != "RETREAT" or not any(
        c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in cur.children
    ):
        return False
    while cur.head.i != cur.i:
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in lexicon.report_verbs:
            return False
        if any(
            k.dep_ in ("ccomp", "parataxis") and k.lemma_.lower() in lexicon.report_verbs
            for k in cur.children
        ):
            return False  # "..., the minister said" parsed with the report below
        cur = cur.head
    return not any(
        k.dep_ in ("ccomp", "parataxis") and k.lemma_.lower() in lexicon.report_verbs
        for k in cur.children
    )


# Verbs whose object has not happened yet ("awaits ratification", "pending approval").
AWAITING = frozenset({"await", "pend", "pending", "expect", "plan", "propose", "seek"})
FUTURE_WORDS = frozenset({"will", "shall", "'ll"})


def is_to_be(tok: Token) -> bool:
    """ "Hostages are to be released": a scheduled act, not yet done."""
    return (
        tok.dep_ == "xcomp"
        and tok.head.lemma_.lower() == "be"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )


def awaited(noun: Token) -> bool:
    """An event noun whose event lies ahead: the subject of a verb that "will" happen or
    is "set/expected to" happen ("the truce is set to take effect"), or the object of a
    verb of waiting or planning ("awaits ratification", "pending approval")."""
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_WORDS for c in head.children):
            return True
        return head.lemma_.lower() in FORETELLING and any(c.dep_ == "xcomp" for c in head.children)
    if noun.dep_ in ("dobj", "pobj"):
        gov = head.head if noun.dep_ == "pobj" and head.dep_ == "prep" else head
        return gov.lemma_.lower() in AWAITING or gov.lower_ == "pending"
    return False


# Verbs that call an event off: the event they govern did not take place.
# A postponed event has not taken place either ("the talks were postponed").
CALLING_OFF = frozenset({"cancel", "scrap", "abandon", "scrub", "postpone", "delay", "defer"})


def called_off(noun: Token) -> bool:
    """An event noun that was cancelled or put off ("cancelled a visit to Moscow", "the
    talks were called off", "postponed the summit"): it did not happen."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    off = lemma == "call" and any(k.dep_ == "prt" and k.lower_ == "off" for k in verb.children)
    return lemma in CALLING_OFF or off


def foretold_head(tok: Token) -> bool:
    """A verb told as what is to happen: "were supposed to meet", "is due to sign"."""
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in FORETELLING


# Nouns that give a party a right or a means to act, not the act ("its right to strike").
CAPACITY = frozenset(
    {"right", "ability", "capability", "capacity", "power", "means", "option", "authority"}
    | {"freedom", "prerogative", "mandate", "license", "licence", "permission", "potential"}
)


def entitled(tok: Token) -> bool:
    """ "reiterated its right to target X", "has the capability to strike": an act a
    party may do, not one done."""
    return (
        tok.dep_ == "acl"
        and tok.head.lemma_.lower() in CAPACITY
        and any(k.dep_ == "aux" and k.lower_ == "to" for k in tok.children)
    )


def intended(tok: Token, lexicon: Lexicon) -> bool:
    """ "plans to meet", "is ready to send ... to help", "would allow": an intention."""
    cur = tok
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in cur.children):
            return True
        if cur.dep_ == "acl" and cur.tag_ == "VB" and cur.head.lemma_.lower() in INTENT_NOUNS:
            return True  # "announced plans to summon", "its readiness to meet"
        if cur.dep_ not in ("xcomp", "advcl") or cur.head.i == cur.i:
            return False
        if cur.dep_ == "advcl" and not any(c.lower_ == "to" for c in cur.children):
            return False  # only purpose infinitives ("to help") pass the intention on
        head = cur.head
        lemma = head.lemma_.lower()
        if head.pos_ == "ADJ" and lemma in lexicon.intent_adjectives:
            return True
        going = lemma != "be" or any(c.lower_ in ("going", "about") for c in head.children)
        if lemma in lexicon.intent_verbs and cur.dep_ == "xcomp" and head.pos_ != "ADJ" and going:
            return not decided(head)
        if any(
            c.dep_ == "acomp" and c.lemma_.lower() in lexicon.intent_adjectives
            for c in head.children
        ):
            return True
        cur = head
    return False


def decided(verb: Token) -> bool:
    """ "Has decided to expel", "decided to recall": a decision taken, told as done (the act
    decided is the event), unlike "plans to", "will decide to" or "is deciding whether"."""
    if verb.lemma_.lower() != "decide" or verb.tag_ not in ("VBD", "VBN"):
        return False
    return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def conditional(tok: Token) -> bool:
    return any(
        c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children)
        for c in tok.children
    )


def clause_head(tok: Token) -> Token:
    """The verb that heads the clause ``tok`` is in ("must be ready to mediate" -> be)."""
    cur = tok
    for _ in range(4):
        head = cur.head
        if head.i == cur.i or cur.dep_ not in ("xcomp", "acomp"):
            break
        cur = head
    return cur


def deontic_clause(tok: Token) -> Token | None:
    """The clause head of "(that) Y must/should Z" or "Y has to Z", if ``tok`` is in one."""
    head = clause_head(tok)
    for cur in (tok, head):
        aux = {c.lower_ for c in cur.children if c.dep_ == "aux"}
        if aux & DEONTIC_AUX and head.dep_ in ("ccomp", "acl", "relcl"):
            return head
    return None


NECESSITY_AUX = frozenset({"must", "should"})


def necessity(tok: Token, lexicon: Lexicon) -> Token | None:
    """The verb that says ``tok`` is necessary: ``tok`` itself in "X must Z", the verb
    above it in "X needs to Z", "X has to Z" (whose subject is X). ``None`` when nothing
    is demanded, or when the necessity is denied ("does not need to", "has no need")."""
    cur = tok
    for _ in range(3):
        if any(k.dep_ == "aux" and k.lower_ in NECESSITY_AUX for k in cur.children):
            return cur
        if (
            cur.pos_ in ("VERB", "AUX")
            and cur.lemma_.lower() in lexicon.necessity_verbs
            and any(
                k.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in k.children)
                for k in cur.children
            )
        ):
            hedged = any(
                k.dep_ == "neg" or (k.dep_ == "aux" and k.tag_ == "MD") for k in cur.children
            )  # "does not need to", "might have to", "would likely have to": no demand
            return None if hedged or cur.dep_ in ("relcl", "acl") else cur
        if cur.dep_ != "xcomp" or cur.head.i == cur.i:
            break
        cur = cur.head
    return None
