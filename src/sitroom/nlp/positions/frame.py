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
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from sitroom.article import Mention
from sitroom.nlp.actors.kb.normalize import key
from sitroom.nlp.positions import lexicon as lx
from sitroom.nlp.positions.actors import DocContext, Holder, resolve
from sitroom.nlp.positions.catalog import Issue
from sitroom.nlp.positions.route import Route, subject_of

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


def other_agent(rt: Route, agent: str, ctx: DocContext, speaker: Holder | None) -> bool:
    """Whether the content is done by an actor the document shows is not ``agent``."""
    subj = _agent_token(rt.steps[0].tok)
    if subj is None:
        return False
    who = speaker if subj.lower_ in lx.FIRST_PERSON else resolve(subj, ctx)
    if who is None:
        return False
    named = [m for m in ctx.mentions if m.actor_id and agent in _names(m.text, m.canonical)]
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
