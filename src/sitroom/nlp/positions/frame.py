"""Whose act an issue is about: the agent of the claim against the agent in the sentence.

An issue's ``claim`` often names who is to act: "The RSF must withdraw from the cities",
"Iran should expand its enrichment", "South Africa should hand the presidency to ...". A
sentence that names the same act done by another actor is on another question: "We have
agreed to withdraw the army from El Fasher", said by the army's commander, is no stance on
the RSF's withdrawal, and "Israel will not allow Iran to enrich" is on Iran's enrichment
because Iran does the enriching.

:func:`claim_agent` reads the agent off the claim (the words before its modal; none for a
passive claim, "UN sanctions should be reimposed"), and :func:`other_agent` says whether the
content's own subject (or owner: "the army's withdrawal") is positively another actor: one
the document names under the claim's agent name is not it (nor, for a state, of its
country). When either side is unknown the sentence stays on the issue.

How a sentence takes an issue's anchor decides whether one anchor is enough:
:func:`attitude_to` finds the attitude verb that takes it ("opposed the motion", "refused
to attend", "vowed to continue fighting"), :func:`modal_act` a modal of plan or obligation
on it ("will retaliate and fight").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from sitroom.article import Mention
from sitroom.nlp.actors.kb.normalize import key
from sitroom.nlp.positions import lexicon as lx
from sitroom.nlp.positions.actors import DocContext, Holder, resolve
from sitroom.nlp.positions.catalog import Issue
from sitroom.nlp.positions.route import FAVOUR, Route, subject_of, verb_phrase

_CLAIM = re.compile(
    r"^\s*(?:the\s+)?(?P<agent>[^,;:]+?)\s+"
    r"(?:should|must|needs?\s+to|ought\s+to|has\s+to|have\s+to|will|shall)\s+(?P<verb>\w+)",
    re.IGNORECASE,
)
STATE_TYPES = frozenset({"GPE"})
COLLECTIVE_TYPES = frozenset({"GROUP", "NORP"})


def claim_agent(issue: Issue) -> str | None:
    """The name of the actor the claim says is to act ("RSF", "South Africa"), or None
    when the claim is passive or names no one by name ("the warring parties")."""
    m = _CLAIM.match(issue.claim or "")
    if m is None or m.group("verb").lower() in ("be", "been"):
        return None
    words = [w for w in m.group("agent").split() if w[:1].isupper()]
    if not words or len(words) != len(m.group("agent").split()):
        return None  # "The army", "Global challenges": no name
    return key(" ".join(words).removesuffix("'s").removesuffix("’s"))


def _agent_token(top: Token) -> Token | None:
    if top.pos_ in ("VERB", "AUX"):
        if top.dep_ == "xcomp":  # "urged Washington to keep ...": Washington keeps
            told = next((c for c in top.head.children if c.dep_ == "dobj"), None)
            if told is not None:
                return told
        return subject_of(top)
    if top.pos_ in ("NOUN", "PROPN"):
        return next((c for c in top.children if c.dep_ == "poss"), None)
    return None


def _names(m_text: str, canonical: str | None) -> set[str]:
    out = {key(m_text)}
    if canonical:
        out.add(key(canonical))
        words = canonical.split()
        if len(words) > 1:
            out.add(key("".join(w[0] for w in words if w[:1].isupper())))  # initials
    return out


def _collective(m: Mention) -> bool:
    return m.sector == "IGO" or m.type in COLLECTIVE_TYPES or m.country == "EUR"


def _act(rt: Route, part: tuple[int, int]) -> Token:
    """The word that names the act: the root of the content's first part (``part``, in
    characters: "keep its troops in Europe" of "keep ... troops in Europe & Washington"),
    else the top of the route."""
    top = rt.steps[0].tok
    words = [top.doc[i] for i in sorted(rt.content) if part[0] <= top.doc[i].idx < part[1]]
    ids = {t.i for t in words}
    return next((t for t in words if t.head.i not in ids or t.head.i == t.i), top)


def other_agent(
    rt: Route, part: tuple[int, int], agent: str, ctx: DocContext, speaker: Holder | None
) -> bool:
    """Whether the content (its first part: ``part``) is done by an actor the document
    shows is not ``agent``."""
    subj = _agent_token(_act(rt, part))
    if subj is None:
        return False
    who = speaker if lx.first_person(subj) else resolve(subj, ctx)
    if who is None:
        return False
    named = [m for m in ctx.named if m.actor_id and agent in _names(m.text, m.canonical)]
    if not named or any(_collective(m) for m in named):
        # the claim's agent is not in this document, or is a body or region its members act
        # in ("the G20 should adopt ...": a member refusing to adopt it takes a stance)
        return False
    for m in named:
        if m.actor_id == who.actor_id:
            return False
        if m.type in STATE_TYPES and m.country and m.country == who.country:
            return False  # a state's leader or ministry acts for it
    return True


# Verbs that pass an attitude down to the verb they take ("vowed to continue fighting").
CARRY_VERBS = frozenset({"continue", "keep", "resume", "start", "begin", "go on"})
# How an attitude verb takes the anchor: as its object, its passive subject ("the motion
# was put forward by France"), its verb complement ("refused to attend") or through a
# preposition it selects ("voted against the motion", "called for a truce").
TAKEN_DEPS = frozenset({"dobj", "nsubjpass", "xcomp", "ccomp"})


def _named_act(tok: Token) -> bool:
    """An infinitive that completes a noun ("the plan to disarm X", "calls to disarm")."""
    return (
        tok.dep_ == "acl"
        and tok.pos_ == "VERB"
        and tok.head.pos_ == "NOUN"
        and tok.i > tok.head.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )


def attitude_to(tok: Token) -> Token | None:
    """The attitude verb that takes the anchor itself ("opposed the motion", "refused to
    attend", "vowed to continue fighting", "the motion, drafted by France"): the sentence
    states a stance on the anchor, whatever its object, so one anchor is enough."""
    attitude = lx.SUPPORT_VERBS | lx.OPPOSE_VERBS | lx.INTENT_VERBS
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
        tok = tok.head  # "demanding protection measures": the phrase's head is taken
    for child in tok.children:  # "the motion, drafted by the United States, ..."
        if child.dep_ == "acl" and {child.lemma_.lower(), verb_phrase(child)} & attitude:
            return child
    for _ in range(3):
        head = tok.head
        if head.i == tok.i:
            return None
        if _named_act(tok):
            # "rejected the plan to disarm X", "backed efforts to cap prices", "rejected
            # calls to disarm": a noun whose infinitive names the act stands for it when an
            # attitude verb takes the noun ("is an effort to disarm X" says what a plan is)
            tok, head = head, head.head
            if head.i == tok.i:
                return None
        if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ATTITUDE_PREPS:
            noun = head.head  # "its opposition to the treaty", "support for a truce"
            if noun.pos_ == "NOUN" and noun.lemma_.lower() in ATTITUDE_NOUNS:
                return noun
            if noun.lower_ in FAVOUR and head.lower_ == "of" and noun.head.lower_ == "in":
                return noun  # "voted in favour of tariffs": a preposition of attitude
        if head.pos_ != "VERB":
            return None
        if tok.dep_ == "pobj" and head.dep_ == "prep":
            tok, head = head, head.head  # "voted against the motion"
            if head.pos_ != "VERB":
                return None
        elif tok.dep_ not in TAKEN_DEPS:
            return None
        if {head.lemma_.lower(), verb_phrase(head)} & attitude:
            return head
        if head.lemma_.lower() in SEEING_VERBS and tok.dep_ == "dobj" and head.dep_ == "xcomp":
            tok = head  # "would like to see a far-reaching deal": the deal is what is wanted
            continue
        if head.lemma_.lower() not in CARRY_VERBS or tok.dep_ != "xcomp":
            return None
        tok = head
    return None


# Nouns of attitude that take the anchor through a preposition ("opposition to the deal").
ATTITUDE_NOUNS = frozenset(
    w for w in lx.SUPPORT_NOUNS | lx.OPPOSE_NOUNS if w not in lx.REPORT_NOUNS | lx.TOPIC_NOUNS
)
ATTITUDE_PREPS = frozenset({"to", "for", "of", "against", "behind"})
# Verbs through which a wish reaches its object: "want to see a deal".
SEEING_VERBS = frozenset({"see", "get", "have"})


# Verbs whose subject undergoes the attitude their object names: "the deal met resistance".
MEETING_VERBS = frozenset(
    {"attract", "draw", "encounter", "face", "garner", "gain", "meet", "receive", "win"}
)
# Verbs that judge their object-less subject by what they carry: "the deal carries a risk".
CARRYING_VERBS = frozenset({"carry", "pose", "present", "represent", "bring", "create"})


def judged(tok: Token) -> bool:
    """An anchor that its own predicate judges: the subject of a judging verb ("the deal
    threatens their livelihoods", "the treaty would harm farmers"), of a copula with a judging
    complement ("the agreement is unacceptable", "is not a good agreement") or of a verb that
    carries a judging noun ("this deal carries the risk of ...", "poses a threat")."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = tok.head
    lemma = verb.lemma_.lower()
    if lemma in lx.EVAL_NEG_VERBS | lx.EVAL_POS_VERBS:
        return True
    for c in verb.children:
        word = c.lemma_.lower()
        if lemma in lx.COPULAS and c.dep_ in ("acomp", "attr"):
            if word in lx.EVAL_NEG_ADJ | lx.EVAL_POS_ADJ:
                return True
            if any(
                g.dep_ == "amod" and g.lemma_.lower() in lx.EVAL_NEG_ADJ | lx.EVAL_POS_ADJ
                for g in c.children
            ):
                return True  # "is not a good agreement"
        if lemma in CARRYING_VERBS and c.dep_ == "dobj" and word in lx.EVAL_NEG_NOUNS:
            return True
        if lemma in MEETING_VERBS and c.dep_ == "dobj" and word in ATTITUDE_NOUNS:
            return True  # "the deal met resistance from ..."
    return False


def modal_act(tok: Token) -> bool:
    """An anchor verb said with a modal of plan or obligation ("his forces will retaliate
    and fight", "the RSF must withdraw"), on itself, on the verb it is conjoined with or on
    the verb it continues: the holder's plan or demand is the act itself."""
    modals = lx.FUTURE_AUX | lx.DEONTIC_AUX
    for _ in range(3):
        if tok.pos_ != "VERB":
            return False
        if any(c.dep_ == "aux" and c.lower_ in modals for c in tok.children):
            return True
        head = tok.head
        if tok.dep_ == "conj" or (tok.dep_ == "xcomp" and head.lemma_.lower() in CARRY_VERBS):
            tok = head
            continue
        return False
    return False
