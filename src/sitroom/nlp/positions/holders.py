"""Who holds a stance: the actor whose predicate governs the content.

Walking up from the content (:class:`~.stance.Route`), every word that can carry an
attitude is a candidate holder predicate with its subject:

- speech verbs ("said", "warned", "told"): the speaker;
- attitude verbs and adjectives ("rejected", "urged", "is ready to"): their subject;
- intentions ("will send", "is not going to pull out"): their subject;
- attitude nouns ("Trump's demand", "concerns among European allies", "voiced support"):
  their owner.

The innermost candidate holds the stance, except when an outer speaker speaks for it (a
minister about their own country, "we", "Europe" for a European): then the speaker does,
the way analysts attribute a position. A quote's speaker (from the quotes component),
"according to X", and an event's actor are used where the syntax names no one
(:mod:`.actors` resolves words, pronouns and quotes to actors).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from sitroom.nlp.lexicon import SPEECH_VERBS
from sitroom.nlp.positions import lexicon as lx
from sitroom.nlp.positions.actors import (
    DUMMY_SUBJECTS,
    DocContext,
    Holder,
    companions,
    listed_antecedents,
    named_with,
    plural_head,
    resolve,
)
from sitroom.nlp.positions.alongside import cleft_focus, joined_with
from sitroom.nlp.positions.judgements import consents
from sitroom.nlp.positions.members import side_noun
from sitroom.nlp.positions.route import Route, Step, ranked_doer, subject_of, verb_phrase
from sitroom.nlp.positions.wordtests import purpose_diminish

ATTITUDE_VERBS = (
    lx.SUPPORT_VERBS | lx.OPPOSE_VERBS | lx.EMOTIVE_VERBS | lx.DENY_VERBS | lx.DEEM_VERBS
)
ACT_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})
# Verb phrases whose subject holds a stance their preposition gives ("voted against X").
HOLDING_PHRASES = frozenset({"vote against"})
ATTITUDE_NOUNS = lx.SUPPORT_NOUNS | lx.OPPOSE_NOUNS | lx.EMOTIVE_NOUNS
ATTITUDE_ADJ = lx.READY_ADJ | lx.UNREADY_ADJ | lx.EMOTIVE_ADJ
OWNER_PREPS = frozenset({"of", "by", "from", "among", "within", "in"})


@dataclass(slots=True)
class Candidate:
    holder: Holder | None  # None: first person, the enclosing speaker
    step: int  # index into Route.steps of the holder's predicate
    kind: str  # speech | attitude | intention | noun
    also: tuple[Holder, ...] = ()  # conjoined holders: "Poland and the Baltic states said"
    lemma: str = ""  # the predicate's lemma
    denies: bool = False  # "denied that ...", "dismissed reports that ..."
    dismisses: bool = False  # "dismissed the idea that ...": against what is proposed


# -- candidates along the route ---------------------------------------------------------------


def candidates(rt: Route, ctx: DocContext) -> list[Candidate]:
    """Holder predicates from the content upwards, innermost first."""
    out: list[Candidate] = []
    # "... if China commits to restricting X": a predicate inside a condition states no
    # one's stance; the main clause's holder sets the condition
    cond = next((i for i, s in enumerate(rt.steps) if s.role == "cond"), 0)
    for i, step in enumerate(rt.steps):
        tok = step.tok
        if tok.i in rt.content or i < cond:
            continue
        kind = _predicate_kind(tok, step.role)
        if kind is None and _stands_against(step, rt):
            kind = "attitude"
        if kind is None:
            continue
        who = _owner(tok, kind)
        who = cleft_focus(who) if who is not None else None  # "it was X that refused to"
        if who is None or not rt.inside(who):
            continue
        if who.i in rt.content or (kind == "noun" and _not_received(tok, who)):
            continue
        if lx.first_person(who) or _own_body(who):
            out.append(Candidate(None, i, kind))
            continue
        holder = resolve(who, ctx)
        also = companions(who, ctx) or listed_antecedents(who, ctx) or joined_with(who, ctx)
        if also and (holder is None or plural_head(who)):
            holder, also = also[0], also[1:]  # "three members, China, Russia and ..."
        if holder is not None:
            others = tuple(a for a in also if a != holder)
            denies = _denies(step)
            dismisses = denies and _dismisses(step)
            out.append(Candidate(holder, i, kind, others, tok.lemma_.lower(), denies, dismisses))
    return out


def _not_received(noun: Token, who: Token) -> bool:
    """ "Lebanon has not received a commitment from Israel to withdraw": a noun owned through
    "from" / "by" that a negated verb takes was never voiced by its owner."""
    verb = noun.head
    return (
        who.head.dep_ == "prep"
        and who.head.lower_ in ("from", "by")
        and noun.dep_ in ("dobj", "nsubjpass")
        and any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in verb.children)
    )


OWN_BODIES = frozenset({"country", "government", "nation", "administration", "state", "side"})


def _own_body(who: Token) -> bool:
    """ "The spokesman said his country rejects X": the speaker's own state, said by its
    voice, like "we" (the enclosing speaker holds the stance)."""
    return who.lemma_.lower() in OWN_BODIES and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their") for c in who.children
    )


def someone_else(rt: Route, ctx: DocContext) -> bool:
    """Whether an attitude or speech predicate on the route has a subject that names no
    known actor ("the juntas have criticised ECOWAS for imposing sanctions"): the stance is
    that subject's, not the actor of an event below it."""
    for step in rt.steps:
        if step.tok.i in rt.content:
            continue
        kind = _predicate_kind(step.tok, step.role)
        if kind not in ("speech", "attitude"):
            continue
        who = _owner(step.tok, kind)
        if who is None or lx.first_person(who) or who.lower_ == "it":
            continue
        if resolve(who, ctx) is None and not companions(who, ctx):
            return True
    return False


def _denies(step: Step) -> bool:
    """A predicate that denies what it governs: "denied that ...", "dismissed reports that
    ...", "rejected claims that ..."."""
    lemma = step.tok.lemma_.lower()
    if lemma in lx.DENY_VERBS:
        return True
    below = step.below
    return (
        below is not None
        and {lemma, verb_phrase(step.tok)} & lx.OPPOSE_VERBS != set()
        and below.lemma_.lower() in lx.REPORT_NOUNS
    )


# Report nouns that name something proposed, not a fact ("the idea that X could ...").
PROPOSAL_NOUNS = frozenset({"idea", "ideas", "notion", "possibility", "prospect", "suggestion"})


def _dismisses(step: Step) -> bool:
    """ "dismissed the idea that X could ...": an opposing verb over a proposal noun stands
    against what is proposed (not "denied reports that ...")."""
    below, phrase = step.below, {step.tok.lemma_.lower(), verb_phrase(step.tok)}
    return below is not None and bool(phrase & lx.OPPOSE_VERBS) and below.lower_ in PROPOSAL_NOUNS


def _done_by(verb: Token) -> bool:
    """A passive attitude verb with its agent: "was put forward by France"."""
    phrase = verb_phrase(verb)
    return phrase in lx.SUPPORT_VERBS | lx.OPPOSE_VERBS and any(
        c.dep_ == "agent" for c in verb.children
    )


def participle_owner(
    rt: Route, ctx: DocContext
) -> tuple[Holder, tuple[Holder, ...], int, str] | None:
    """ "the motion, drafted by the United States and Britain": an attitude participle on
    the content with its agent. Returns the agent, the actors listed with it, the
    participle's attitude (+1 / -1) and the participle."""
    doc = rt.steps[0].tok.doc
    for i in sorted(rt.content):
        for verb in (*doc[i].children, *_fronted(doc[i])):
            who = _participle_agent(verb, doc[i])
            if who is None or not rt.inside(who) or who.i in rt.content or verb.i in rt.content:
                continue  # "guarantees backed by European troops" is the content itself
            named = named_with(who, ctx)
            if named is None:
                continue
            holder, also = named
            phrase = verb_phrase(verb)
            sign = 1 if phrase in lx.SUPPORT_VERBS else -1
            return holder, tuple(a for a in also if a != holder), sign, phrase
    return None


def _participle_agent(verb: Token, noun: Token) -> Token | None:
    """Who did what a participle on a noun says: its agent ("the motion, drafted by X";
    "put forward by X, the plan ..."), or the noun's owner when the participle proposes
    it ("the Commission's proposed tariffs": the proposer's own measure)."""
    if verb.dep_ in ("acl", "advcl") and verb.tag_ in ("VBN", "VB") and _done_by(verb):
        agent = next(c for c in verb.children if c.dep_ == "agent")
        return next((c for c in agent.children if c.dep_ == "pobj"), None)
    if verb.dep_ != "amod" or verb.tag_ != "VBN" or verb.i > noun.i:
        return None
    if verb.lemma_.lower() not in PROPOSING_VERBS:
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


# Participles whose possessor put the noun forward: "X's proposed / planned / draft ..."
PROPOSING_VERBS = frozenset({"propose", "draft", "sponsor"}) & lx.SUPPORT_VERBS


def _fronted(noun: Token) -> tuple[Token, ...]:
    """ "Put forward by X, the plan won support": a participle clause before the clause
    whose subject the noun is, with no subject of its own, says what was done to it."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return ()
    return tuple(
        c
        for c in noun.head.children
        if c.dep_ == "advcl"
        and c.i < noun.i
        and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)
    )


def act_holder(rt: Route, ctx: DocContext) -> tuple[Holder, tuple[Holder, ...]] | None:
    """The actor doing what the content names, when the content is an act done (a verb in
    the past or present with an actor subject): "Washington boycotted the summit". Returns
    it with the actors conjoined with it ("X, Y and Z recognised ..."): all did the act."""
    top = rt.steps[0].tok
    ranked = ranked_doer(top)  # "X became the first country to recognize ..."
    if top.pos_ != "VERB" or (top.tag_ not in ACT_TAGS and ranked is None):
        return None
    if top.i not in rt.content:
        return None
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in top.children):
        return None  # "would boycott": not done
    who = ranked or subject_of(top)
    if who is not None and ranked is None:
        who = cleft_focus(who)  # "it was X that recognised ...": X did it
    if who is None or not rt.inside(who) or lx.first_person(who):
        return None
    named = named_with(who, ctx)
    if named is None:
        return None
    holder, also = named
    also = also or joined_with(subject_of(top) or who, ctx)  # "X, along with Y, ..."
    if holder.actor_id.startswith("local:") and holder.type != "PERSON":
        return None  # "a cargo ship, the Eternity C, sank": a name the KB does not know
    return holder, tuple(a for a in also if a.actor_id != holder.actor_id)


STANDING_COPULAS = frozenset({"be", "remain", "stay"})


def _stands_against(step: Step, rt: Route) -> bool:
    """ "Italy remains against the deal", "Italy is firmly against it": a copula whose own
    "against" takes the content itself as its object (the reading gives "against" its
    reversal); no other "against" ("is a vote against X") makes a stance of a copula."""
    prep = step.below
    if step.role != "comp" or prep is None or prep.lower_ != "against" or prep.dep_ != "prep":
        return False
    if step.tok.lemma_.lower() not in STANDING_COPULAS or prep.head.i != step.tok.i:
        return False
    return any(c.dep_ == "pobj" and c.i in rt.content for c in prep.children)


def _predicate_kind(tok: Token, role: str) -> str | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        if role == "pass_subj" and _done_by(tok):
            return "attitude"  # "the resolution was put forward by France"
        if role in ("subj", "pass_subj"):
            return None
        if lemma in SPEECH_VERBS or _makes_clear(tok):
            return "speech"
        phrase = verb_phrase(tok)
        if lemma in _ONLY_DEEM and not _deems(tok):
            return None  # "refused to call an early vote": "call" names the act, judges nothing
        if (
            lemma in ATTITUDE_VERBS
            or phrase in ATTITUDE_VERBS | HOLDING_PHRASES
            or (lemma in lx.LIGHT_VERBS and _governs_attitude_noun(tok))
        ):
            return "attitude"
        if purpose_diminish(tok):
            return "attitude"  # "took to the streets to stop the deal": what they act for
        if lemma in lx.COPULAS and any(
            c.dep_ == "acomp" and c.lemma_.lower() in ATTITUDE_ADJ for c in tok.children
        ):
            return "attitude"
        if lemma in lx.COPULAS and _subject_is_attitude_noun(tok):
            return "noun"
        if _has_intention(tok):
            subj = subject_of(tok)
            if subj is None or subj.lower_ in DUMMY_SUBJECTS:
                return None
            return "intention"
        return None
    if tok.pos_ == "ADJ" and lemma in ATTITUDE_ADJ:
        return "attitude"
    if tok.pos_ in ("NOUN", "PROPN") and ({tok.lower_, lemma} & ATTITUDE_NOUNS or consents(tok)):
        return "noun"
    return None


_ONLY_DEEM = lx.DEEM_VERBS - lx.SUPPORT_VERBS - lx.OPPOSE_VERBS - lx.EMOTIVE_VERBS - lx.DENY_VERBS


def _deems(verb: Token) -> bool:
    """Whether a deeming verb ("call", "find", "see") deems: not when it is the infinitive
    an attitude verb governs with no complement of its own ("refused to call an early
    vote", "agreed to find a solution"): that names an act, the verb above judges it."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in ATTITUDE_VERBS:
        return True
    return any(
        c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as")
        for c in verb.children
    )


def _owner(tok: Token, kind: str) -> Token | None:
    """The word naming who holds the attitude of a predicate."""
    if kind == "noun":
        if tok.pos_ in ("VERB", "AUX"):  # "our interest is to ..."
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return _noun_owner(subj) if subj is not None else None
        return side_noun(tok) or _noun_owner(tok)  # "supporters of X include A and B"
    if tok.pos_ == "ADJ":  # "Germany is ready to ...", "governments, anxious that ..."
        if tok.head.lemma_.lower() in lx.COPULAS:
            return subject_of(tok.head)
        return tok.head if tok.dep_ in ("amod", "appos", "acl") else None
    return subject_of(tok)


POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})


def _noun_owner(noun: Token) -> Token | None:
    head = noun.head
    for child in noun.children:
        if child.dep_ == "poss":
            if (
                child.lower_ in POSSESSIVE_PRONOUNS
                and noun.dep_ in ("dobj", "attr")
                and head.lemma_.lower() in lx.LIGHT_VERBS
                and (subj := subject_of(head)) is not None
            ):
                return subj  # "France reiterated its opposition": the light verb's subject
            if child.lower_ in POSSESSIVE_PRONOUNS and _made_clear(noun):
                return subject_of(head.head)  # "France made its opposition clear"
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in OWNER_PREPS:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ in ("PROPN", "NOUN", "PRON"):
                    if child.lower_ in ("of", "in") and pobj.pos_ != "PROPN":
                        continue
                    return pobj
    if noun.dep_ in ("dobj", "attr") and head.lemma_.lower() in lx.LIGHT_VERBS | {"have"}:
        return subject_of(head)
    if noun.lemma_.lower() in AGENT_NOUNS:
        if noun.dep_ == "attr" and head.lemma_.lower() in lx.COPULAS:
            return subject_of(head)  # "X has been a vocal critic of Y"
        if noun.dep_ == "appos" and head.pos_ == "PROPN":
            return head  # "X, a staunch supporter of Y, ..."
    return None


# Nouns of a person or body by the side it takes: who is one holds the attitude.
AGENT_NOUNS = frozenset(
    {"advocate", "champion", "proponent", "supporter", "backer", "critic", "opponent"}
)


def _makes_clear(verb: Token) -> bool:
    """ "made (it) clear that ...", "made known"."""
    return verb.lemma_.lower() == "make" and any(
        c.lower_ in ("clear", "plain", "known") for c in verb.children
    )


def _made_clear(noun: Token) -> bool:
    """The subject of a small clause under "make": "made its opposition (to X) clear"."""
    small = noun.head.dep_ in ("ccomp", "xcomp", "oprd")
    return noun.dep_ == "nsubj" and small and _makes_clear(noun.head.head)


def _governs_attitude_noun(verb: Token) -> bool:
    return any(
        c.dep_ in ("dobj", "attr") and (c.lemma_.lower() in ATTITUDE_NOUNS or consents(c))
        for c in verb.children
    )


def _subject_is_attitude_noun(cop: Token) -> bool:
    return any(
        c.dep_ == "nsubj" and c.lemma_.lower() in lx.SUPPORT_NOUNS | lx.EVAL_POS_NOUNS
        for c in cop.children
    )


def _has_intention(verb: Token) -> bool:
    """A plan or refusal: "will send", "would never accept", "is going to", "plans to"."""
    if verb.lemma_.lower() in lx.NEED_VERBS and any(c.dep_ == "xcomp" for c in verb.children):
        return False  # "would have to": an obligation, not a plan
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "could be pressed into": done to the subject, not its plan
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in lx.FUTURE_AUX | lx.ABILITY_AUX:
            return True
        if child.dep_ == "xcomp" and (
            verb.lemma_.lower() in lx.INTENT_VERBS or (verb.lemma_ == "go" and verb.tag_ == "VBG")
        ):
            return True
        if child.dep_ == "ccomp" and verb.lemma_.lower() in DECIDING_VERBS:
            return True  # "decided that no officials would attend": the decider's plan
    return False


# Verbs whose "that" clause is what their subject settles on (not "expected that ...").
DECIDING_VERBS = frozenset({"decide", "resolve"})


def nominal_owner(sent: Span, rt: Route, ctx: DocContext) -> tuple[Holder, int, str] | None:
    """ "Trump's demand to ... 5% of GDP" when the parse lost the link: an owned attitude
    noun shortly before the content, with no finite verb in between. Returns the owner, the
    noun's attitude (+1 / -1) and the noun."""
    first = min(rt.content)
    doc = sent.doc
    for tok in sent:
        if tok.i >= first or first - tok.i > 14:
            continue
        lemma = tok.lemma_.lower()
        if lemma in lx.SUPPORT_NOUNS:
            sign = 1
        elif lemma in lx.OPPOSE_NOUNS:
            sign = -1
        else:
            continue
        between = doc[tok.i + 1 : first]
        if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.text in (";", ".", ":") for t in between):
            continue
        owner = _noun_owner(tok)
        if owner is None or lx.first_person(owner) or _not_received(tok, owner):
            continue
        holder = resolve(owner, ctx)
        if holder is not None:
            negated = sum(1 for t in between if t.lower_ in lx.NEG_WORDS)
            return holder, sign * (-1) ** negated, tok.lower_
    return None


def controller(rt: Route, stop: int | None) -> int | None:
    """ "declined to back production caps", "agreed to endorse the plan": a verb whose
    subject controls the holder's verb (its open complement, "to back ...") is the holder's
    predicate too, so the reading goes up to it."""
    if stop is None or stop < 0:
        return stop
    while (
        stop + 1 < len(rt.steps)
        and rt.steps[stop].tok.dep_ == "xcomp"
        and rt.steps[stop + 1].role == "comp"
        and rt.steps[stop + 1].tok.pos_ in ("VERB", "AUX")
        and subject_of(rt.steps[stop + 1].tok) is not None
    ):
        stop += 1
    return stop
