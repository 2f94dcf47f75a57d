"""Whose government or body a name means: a leader's name before "administration" or
"government" is that leader's state (a collective body, never the person), and a body
named by its common name alone ("the Foreign Ministry") is the one of the state the report
is about there. Helpers of the ``sitroom_actors_v1`` component (:mod:`sitroom.nlp.actors`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span

from sitroom.article import Mention
from sitroom.nlp.actors.around import nearest_country
from sitroom.nlp.actors.bodies import StateBodies
from sitroom.nlp.actors.linker import Linker
from sitroom.nlp.actors.spans import name_text
from sitroom.nlp.actors.state import DocState, Link

GOVERNMENT_NOUNS = {"administration", "government", "cabinet"}
POSSESSIVE = ("'s", "’s")


def government_of(
    span: Span, label: str, linker: Linker, state: DocState
) -> tuple[Span, Link] | None:
    """ "the Trump administration", "the Modi government": the government of the state
    the leader serves at the report's date (a past leader's keeps the person). In the
    possessive ("Maduro's government") the name stays the person's, the owner named (as
    the real-prose gold reads it)."""
    doc = span.doc
    if label not in ("PERSON", "ORG", "GPE") or span.end >= len(doc):
        return None  # (the NER may call a leader's name a GPE)
    if doc[span.end].lower_ not in GOVERNMENT_NOUNS:
        return None
    link = linker.government_of(span.text, state)
    return (doc[span.start : span.end + 1], link) if link is not None else None


def whose_body(
    span: Span,
    link: Link,
    mentions: list[Mention],
    state: DocState,
    furniture: list[tuple[int, int]],
    dominant: str | None,
    *,
    bodies: StateBodies,
    linker: Linker,
    state_code: Callable[[str], str | None],
    is_role: Callable[[str], bool],
) -> Link | None:
    """A body named by its common name alone ("the Foreign Office", "the Defence
    Ministry") is the body of the state the report is about there, not the one the
    knowledge base files under that name (the UK's): the state named around it, else
    none when the report never names the knowledge base's state."""
    if not link.actor_id or link.country in (None, "IGO", "EUR"):
        return None
    doc = span.doc
    owner = [  # "China's Foreign Ministry"
        m.country
        for m in mentions
        if span.start >= 2
        and doc[span.start - 1].text in POSSESSIVE
        and m.end == doc[span.start - 1].idx
    ]
    country = owner[0] if owner else None
    sector = bodies.common_sector(name_text(span))
    if sector is None:
        # a state's body the KB files under another state's name: "Mexico's National
        # Security Council" is Mexico's, not the US one
        if country is None or country == link.country or link.type != "ORG" or not link.sector:
            return None
        return replace(linker.state_body(span.text, country, link.sector, state), type="ORG")
    named = any(m.country == link.country for m in mentions)  # the UK named before
    if country is None and sector == "LEG":
        # a legislature's common name ("Congress") is the one of the state the report
        # is about, unless the report names the state the KB files it under
        if named or dominant is None:
            return None
        country = dominant
    elif country is None:
        country = nearest_country(mentions, span, state_code, furniture, is_role)
    if country == link.country or (country is None and named):
        return None
    if country is None:
        return linker.local(span.text, "ORG")
    # a body, though it acts for its state (as "Peru's foreign ministry" above)
    return replace(linker.state_body(span.text, country, sector, state), type="ORG")
