"""Whom the text says a person outside the knowledge base serves or belongs to: the owner of
a possessive title ("its envoy", "his spokesman", "the group's spokesman"), the person whose
aide an apposition makes them ("X, Hichilema's lawyer", "X, Venancio Mondlane spokesperson"),
and the named body right after the name ("X of the Orange Democratic Movement").

Helpers of the ``sitroom_actors_v1`` component (:mod:`sitroom.nlp.actors`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span

from sitroom.article import Mention
from sitroom.nlp.actors.context import TitleContext
from sitroom.nlp.actors.kb import KnowledgeBase
from sitroom.nlp.actors.titles import (
    ARMED_SECTORS,
    BACK_SENTENCES,
    GROUP_ANAPHORS,
    MAX_BEFORE,
    NON_STATE,
    PERSONAL_POSSESSIVES,
    POSSESSIVE_PRONOUNS,
)

STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY", "COP"})
# Sectors a member or official of a named body takes from it ("X of the ruling party")
MEMBER_SECTORS = STATE_SECTORS | {"PTY", "OPP", "REB", "INS", "BUS", "MED", "EDU", "NGO"}
# Owners whose aides serve no government ("X, the executive secretary of Wine's group")
NON_STATE_OWNERS = frozenset({"OPP", "PTY", "REB", "INS"})


def possessor(
    span: Span, words: str, mentions: list[Mention], state_code: Callable[[str], str | None]
) -> tuple[str | None, str | None]:
    """(country, sector) of the actor a possessive title points back to: "its envoy" (the
    state or body named before in the sentence), "his spokesman" (the state of the person
    named before in the sentence: "President X ..., his spokesman, Y"), "the group's
    spokesman" (the armed group named last, within three sentences)."""
    tokens = words.lower().replace("’", "'").split()
    doc = span.doc
    personal = any(t in PERSONAL_POSSESSIVES for t in tokens)
    if personal or any(t in POSSESSIVE_PRONOUNS for t in tokens):
        before = [
            m
            for m in mentions
            if span.sent.start_char <= m.start < span.start_char
            and m.country not in (None, "IGO")
            and (m.type == "PERSON") == personal
        ]
        if before and before[-1].sector not in NON_STATE:
            # "Governor X and his Kano State counterpart, Y": Y holds the same office
            same = before[-1].sector if "counterpart" in tokens else None
            return before[-1].country, same
        return None, None
    if not any(a in GROUP_ANAPHORS and "'s" in tokens[k + 1 : k + 2] for k, a in enumerate(tokens)):
        return None, None
    sent = span.sent
    first = sent.start
    for _ in range(3):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    since = doc[first].idx
    armed = [
        m for m in mentions if since <= m.start < span.start_char and m.sector in ARMED_SECTORS
    ]
    return (armed[-1].country, armed[-1].sector) if armed else (None, None)


def owners_country(
    span: Span, mentions: list[Mention], is_role: Callable[[str], bool], near: str
) -> tuple[str | None, str | None]:
    """(state, sector) of the person whose aide the apposition after a name makes X: "X,
    Hichilema's lawyer,", "X, Dahal's press secretary,", "X, Venancio Mondlane
    spokesperson,", "X, the executive secretary of Wine's group," (the owner named before
    in the report). ``near`` is the name's title words (:func:`.titles.title_words`)."""
    doc = span.doc
    end = span.sent.end
    if span.end + 2 >= end or doc[span.end].text != ",":
        return _groups(span, mentions, near)
    owner: Span | None = None
    for tok in doc[span.end + 1 : min(end, span.end + 1 + MAX_BEFORE)]:
        if tok.text in (",", ".", ";", ":") or tok.pos_ in ("VERB", "AUX", "PRON"):
            break
        if tok.text in ("'s", "’s") and tok.i > span.end + 1 and doc[tok.i - 1].pos_ == "PROPN":
            owner = _proper_run(doc, tok.i - 1, span.end + 1)
            break
        if (
            tok.pos_ == "PROPN"
            and tok.i + 1 < end
            and is_role(doc[tok.i + 1].text)
            and tok.ent_type_ == "PERSON"
        ):
            owner = _proper_run(doc, tok.i, span.end + 1)  # "X, Venancio Mondlane spokesperson"
            break
    if owner is None:
        return _groups(span, mentions, near)
    last = owner[-1].text
    for m in reversed(mentions):
        if m.start >= span.start_char or m.country in (None, "IGO"):
            continue
        words = m.text.split()
        if words and words[-1] == last and m.type == "PERSON":
            return m.country, m.sector
    return None, None


def _groups(span: Span, mentions: list[Mention], near: str) -> tuple[str | None, str | None]:
    """(state, sector) of the armed group, movement or party named before that the title
    next to the name points back to ("The group's spokesman X", "X, the movement's leader,",
    "Its secretary general X"): the group's, whose sector outweighs the generic role's;
    (None, None) for any other title."""
    near = near.lower()
    doc = span.doc
    sent = span.sent
    j = span.start - 1
    while j > sent.start and span.start - j <= MAX_BEFORE and doc[j].pos_ in ("PROPN", "NOUN"):
        j -= 1  # "Its secretary general X": the possessive opening the title before the name
    if set(near.split()) & POSSESSIVE_PRONOUNS or doc[j].lower_ in POSSESSIVE_PRONOUNS:
        # "ODM held a rally. Its secretary general X": the body named last, a party's or
        # a movement's (a state's body keeps the role's own sector)
        since = doc[sent.start - 1].sent.start_char if sent.start else sent.start_char
        bodies = [m for m in mentions if since <= m.start < span.start_char and m.type != "PERSON"]
        if bodies and bodies[-1].sector in NON_STATE_OWNERS:
            return bodies[-1].country, bodies[-1].sector
        return None, None
    if not any(f"{a} 's" in near or f"{a} ’s" in near for a in GROUP_ANAPHORS):
        return None, None
    return possessor(span, near, mentions, lambda _: None)


def _proper_run(doc: Doc, i: int, start: int) -> Span:
    """The run of proper nouns ending at token ``i`` (not before ``start``)."""
    j = i
    while j > start and doc[j - 1].pos_ == "PROPN":
        j -= 1
    return doc[j : i + 1]


def body_after_name(span: Span) -> str:
    """The name of a body right after a person's name that makes them its member or
    official: "X of the Orange Democratic Movement", "X from the ruling party Y" ("" when
    none)."""
    doc = span.doc
    i = span.end
    if i + 1 >= span.sent.end or doc[i].lower_ not in ("of", "from"):
        return ""
    start = i + 1 + (doc[i + 1].lower_ == "the")
    end = start
    stop = span.sent.end
    while end < stop and (
        doc[end].pos_ == "PROPN"
        or (
            doc[end].lower_ in ("of", "for", "and")
            and end + 1 < stop
            and doc[end + 1].pos_ == "PROPN"
        )
    ):
        end += 1
    return doc[start:end].text if end > start and doc[end - 1].pos_ == "PROPN" else ""


def member_of(
    kb: KnowledgeBase, span: Span, context: TitleContext, mentions: list[Mention]
) -> TitleContext:
    """A person whose title places them nowhere, named with the body they belong to: the
    state the body's mention got in the sentence before (:func:`named_body_country`), or
    :func:`known_member`'s."""
    if not (context.country or context.igo):
        context = known_member(kb, span, context)
    return named_body_country(span, context, mentions)


def known_member(kb: KnowledgeBase, span: Span, context: TitleContext) -> TitleContext:
    """A person named with the known national body they belong to, "X of the Y" / "X from
    the Y": Y's sector when the title gives none (a party's man), and Y's state when Y is a
    party, a state's body or a think tank (a reporter of an agency need not be of the state
    where it sits)."""
    body = body_after_name(span)
    found = [a for a in kb.lookup(body) if a.kind not in ("person", "country")] if body else []
    if len(found) != 1 or found[0].country in (None, "IGO", "EUR"):
        return context
    actor = found[0]
    sector = context.sector or (actor.sector if actor.sector in MEMBER_SECTORS else None)
    national = actor.sector in STATE_SECTORS | {"PTY", "OPP", "REB", "INS"}
    # an analyst of a think tank or a university is filed under its state (the gold set's
    # way), a reporter of an agency under none
    country = actor.country if national or actor.sector == "EDU" else None
    return replace(context, country=country, sector=sector, employer=not national)


def named_body_country(span: Span, context: TitleContext, mentions: list[Mention]) -> TitleContext:
    """A title naming a body of two or more words that its sentence named before ("the
    National Unity Alliance (...) under X": "leader of the National Unity Alliance") takes
    the state that body's mention got, where the title itself places the person nowhere (a
    party's "Alliance" read as a union of states is no international body)."""
    if context.country or not context.words:
        return context
    sent = span.sent.start_char
    for m in reversed(mentions):
        if not sent <= m.start < span.start_char or m.type != "ORG" or " " not in m.text:
            continue
        if m.country not in (None, "IGO") and m.text in context.words:
            return replace(context, country=m.country, igo=False)
    return context


# Titles of people who speak or work for someone ("a spokesperson for X", "an aide to X").
AIDE_WORDS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor"}
)  # fmt: skip
AIDE_LINKS = frozenset({"for", "to", "of"})
PRINCIPAL_REACH = 30  # characters from "for" to the principal's name ("the president, X")


def principal_named_before(span: Span, title: str, mentions: list[Mention]) -> str | None:
    """The state of the principal of an aide a bare title names ("spokesman X") where a
    sentence shortly before has one speak for a named person or body ("A spokesperson for
    Tinubu said ... 'We welcome U.S. help,' spokesman X told Reuters": Nigeria's, not the
    state X's own words name)."""
    words = title.lower().split()
    if not words or words[-1] not in AIDE_WORDS:
        return None
    doc = span.doc
    sent = span.sent
    for _ in range(BACK_SENTENCES + 1):
        for tok in sent:
            if tok.i >= span.start or tok.lower_ not in AIDE_WORDS or tok.i + 2 >= len(doc):
                continue
            if doc[tok.i + 1].lower_ not in AIDE_LINKS:
                continue
            # the principal's name, after any title of its own ("for President X")
            at = doc[tok.i + 2].idx
            for m in mentions:
                if at <= m.start < min(at + PRINCIPAL_REACH, sent.end_char) and not m.place:
                    return m.country if m.country != "IGO" else None
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
    return None
