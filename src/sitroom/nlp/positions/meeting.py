"""Holders of an attitude the issue meets: "The deal has met staunch resistance from the
French government", "the plan to disarm X has drawn criticism from Y": the phrase that
holds the content is the subject of a verb of meeting (:data:`.frame.MEETING_VERBS`) whose
object is an attitude noun; the noun's "from" / "by" / "among" phrase holds the stance."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.nlp.positions import lexicon as lx
from sitroom.nlp.positions.actors import DocContext, Holder, companions, resolve
from sitroom.nlp.positions.frame import MEETING_VERBS
from sitroom.nlp.positions.route import Route

MET_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# How the content hangs inside the noun phrase it names: "the plan [to disarm X]",
# "the proposal [for a levy]", "the [carbon] levy"
PHRASE_DEPS = frozenset({"acl", "prep", "pobj", "compound", "amod", "nmod"})


def _phrase_head(tok: Token) -> Token:
    """The head of the noun phrase the content is part of ("the plan to disarm X" for
    "disarm"): that phrase is the subject of a verb of meeting. A clause stops it."""
    for _ in range(4):
        if tok.dep_ not in PHRASE_DEPS or tok.head.i == tok.i:
            return tok
        if tok.dep_ == "acl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return tok  # a clause of its own
        tok = tok.head
    return tok


def met_by(rt: Route, ctx: DocContext) -> tuple[Holder, tuple[Holder, ...], int, str] | None:
    """ "The deal has met staunch resistance from the French government", "the plan won
    backing from Germany": the content as the subject of a verb of meeting whose object is an
    attitude noun; the noun's "from" / "by" / "among" phrase holds it. Returns the holder,
    those listed with it, the noun's attitude (+1 / -1) and the noun."""
    top = _phrase_head(rt.steps[0].tok)
    verb = top.head
    if top.dep_ not in MET_DEPS or verb.lemma_.lower() not in MEETING_VERBS:
        return None
    for noun in verb.children:
        lemma = noun.lemma_.lower()
        if noun.dep_ != "dobj" or lemma not in lx.SUPPORT_NOUNS | lx.OPPOSE_NOUNS:
            continue
        sign = 1 if lemma in lx.SUPPORT_NOUNS else -1
        owner = _owner(noun, (*noun.children, *verb.children), ctx)
        if owner is not None:
            return (*owner, sign, noun.lower_)
    return None


def _owner(
    noun: Token, preps: tuple[Token, ...], ctx: DocContext
) -> tuple[Holder, tuple[Holder, ...]] | None:
    """The holder of an attitude noun named by its "from" / "by" / "among" phrase (or its
    possessive), and those listed with it."""
    for prep in preps:
        if prep.dep_ == "poss" and prep.head.i == noun.i and (holder := resolve(prep, ctx)):
            return holder, ()
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("from", "by", "among"):
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            # "from both the French government and opposition parties": the parser
            # may hang the first of the pair below the second
            pobj = next((c for c in pobj.children if c.dep_ == "nmod" and resolve(c, ctx)), pobj)
            holder = resolve(pobj, ctx)
            also = companions(pobj, ctx)
            if holder is None and also:
                holder, also = also[0], also[1:]
            if holder is not None:
                return holder, tuple(a for a in also if a != holder)
    return None


CONCESSIVE = frozenset({"despite", "notwithstanding"})
HOLDER_PREPS = frozenset({"from", "by", "among"})


def own_content(noun: Token) -> bool:
    """An attitude noun with a content of its own ("calls for a truce", "a plan to X")."""
    return any(
        c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ not in HOLDER_PREPS)
        for c in noun.children
    )


def despite_by(rt: Route, ctx: DocContext) -> tuple[Holder, tuple[Holder, ...], int] | None:
    """ "The cabinet adopted the plan despite a rejection by X", "despite opposition from
    X", "despite X's objections": a concessive phrase on the content's clause whose attitude
    noun has a holder and no content of its own (not "despite calls from X for a truce").
    Returns the holder, those listed with it and the noun's attitude toward the clause's
    act (+1 / -1)."""
    for step in rt.steps:
        for prep in step.tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in CONCESSIVE:
                continue
            for noun in prep.children:
                lemma = noun.lemma_.lower()
                if noun.dep_ != "pobj" or lemma not in lx.SUPPORT_NOUNS | lx.OPPOSE_NOUNS:
                    continue
                if own_content(noun):
                    continue  # the noun's own content: another question
                owner = _owner(noun, tuple(noun.children), ctx)
                if owner is not None:
                    return (*owner, 1 if lemma in lx.SUPPORT_NOUNS else -1)
    return None


ECHO_VERBS = frozenset({"echo", "share", "second", "repeat", "endorse"})
STANCE_NOUNS = frozenset({"position", "stance", "view", "views", "line", "argument"})


def echoed_by(sent: Span, ctx: DocContext) -> tuple[list[Holder], Holder | None]:
    """ "Their position was echoed by Y", "Y shared that view", "the criticism was echoed
    by Y": the actors who take up a stance said just before, and the stance's owner when a
    possessive names one ("France's position"; None for "their", "the")."""
    for verb in sent:
        if verb.lemma_.lower() not in ECHO_VERBS or verb.pos_ not in ("VERB", "AUX"):
            continue
        passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        noun = passive or next((c for c in verb.children if c.dep_ == "dobj"), None)
        nouns = STANCE_NOUNS | lx.SUPPORT_NOUNS | lx.OPPOSE_NOUNS | lx.EMOTIVE_NOUNS
        if (
            noun is None
            or own_content(noun)
            or {noun.lemma_.lower(), noun.lower_}.isdisjoint(nouns)
        ):
            continue
        if passive is not None:  # the agent: "by Y"
            taker = _owner(noun, tuple(c for c in verb.children if c.dep_ == "agent"), ctx)
        else:
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            who = resolve(subj, ctx) if subj is not None else None
            taker = (
                (who, tuple(companions(subj, ctx)))
                if who is not None and subj is not None
                else None
            )
        if taker is None:
            continue
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        owner = resolve(poss, ctx) if poss is not None else None
        return [taker[0], *(a for a in taker[1] if a != taker[0])], owner
    return [], None
