"""A state the report refers back to by a description ("the West African country", "the
Gulf state", "the island nation", "the landlocked country", "the kingdom"): the state
mentioned before it whose facts (``kb/data/state_descriptions.yaml``) fit the description's words,
when exactly one of the states mentioned before it fits.

Such a description is a common noun phrase, not a listed actor surface (eval/real
GUIDELINES: "a bare common noun is not listed"): it is kept apart from the actor mentions,
in ``doc._.descriptions``, for the events and positions that take it as a party.

Helpers of the ``sitroom_actors_v1`` component (:mod:`sitroom.nlp.actors`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from sitroom.article import Mention, Place
from sitroom.nlp.actors.kb import KnowledgeBase
from sitroom.util import fastyaml

# "the West African country", "The Gulf state", "the oil-rich emirate": up to four words
# between the article and the head noun; "the state of X" names a state's part, not a state
HEADS = ("country", "nation", "state", "kingdom", "republic", "emirate", "sultanate")
DESCRIPTION = re.compile(
    r"\b[Tt]he\s+((?:[A-Za-z][\w-]*\s+){0,4}?)(" + "|".join(HEADS) + r")\b(?![-\w]|\s+of\b)"
)
# heads that are themselves a fact about the state
HEAD_TRAITS = {"kingdom": "kingdom", "emirate": "emirate", "sultanate": "sultanate"}
# words a description may add that state no fact the table holds (they neither fit nor
# rule out a state); any other word leaves the description unresolved
NEUTRAL = frozenset(
    {
        "small", "tiny", "poor", "impoverished", "wealthy", "vast", "populous", "mountainous",
        "oil-rich", "gas-rich", "energy-rich", "resource-rich", "mineral-rich", "war-torn",
        "war-ravaged", "conflict-hit", "conflict-torn", "coup-hit", "coup-prone", "junta-led",
        "military-ruled", "military-led", "troubled", "restive", "crisis-hit",
    }
)  # fmt: skip


@lru_cache(maxsize=1)
def _facts() -> dict[str, dict[str, object]]:
    data = resources.files("sitroom.nlp.actors.kb").joinpath("data", "state_descriptions.yaml")
    loaded = fastyaml.safe_load(data.read_text(encoding="utf-8")) or {}
    facts = {k: dict(v or {}) for k, v in loaded.items()}
    # the continent of each state, from the countries file ("African", "Asian")
    countries = resources.files("sitroom.nlp.actors.kb").joinpath("data", "countries.yaml")
    entries = fastyaml.safe_load(countries.read_text(encoding="utf-8")) or []
    facts["continent_of"] = {e["id"]: e.get("region") for e in entries if isinstance(e, dict)}
    return facts


def _constraints(words: list[str], kb: KnowledgeBase) -> list[frozenset[str]] | None:
    """The sets of states each fact word of ``words`` fits (longest phrases first: "horn
    of africa", "south american"), or None when a word states no fact the table knows."""
    facts = _facts()
    regions: dict[str, list[str]] = facts.get("regions", {})  # type: ignore[assignment]
    traits: dict[str, list[str]] = facts.get("traits", {})  # type: ignore[assignment]
    continents: dict[str, str] = facts.get("continents", {})  # type: ignore[assignment]
    out: list[frozenset[str]] = []
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            phrase = " ".join(words[i : i + n])
            if len(words) - i < n:
                continue
            if phrase in regions or phrase in traits:
                out.append(frozenset(regions.get(phrase) or traits.get(phrase) or []))
                break
            if phrase in continents:
                want = continents[phrase]
                of: dict[str, str] = facts["continent_of"]  # type: ignore[assignment]
                out.append(frozenset(c for c, r in of.items() if r == want))
                break
            if n == 1 and phrase in NEUTRAL:
                break
        else:
            return None
        i += n
    return out


def described_states(
    text: str, mentions: list[Mention], places: list[Place], kb: KnowledgeBase
) -> list[Mention]:
    """A mention of the state each description in ``text`` refers back to, on the
    description's span: the one state mentioned before it (as an actor or a place) that
    every fact word fits; a description no state or more than one state fits is left."""
    named = sorted(
        [(m.start, m.end, m.country) for m in mentions if m.country in kb.actors]
        + [(p.start, p.end, p.country) for p in places if p.country in kb.actors]
    )
    # names in a description's words ("West", "Gulf") are its words, not the state it
    # names; a name that holds the head ("the Dominican Republic") is a name, no description
    heads = [(m.start, m.end) for m in mentions] + [(p.start, p.end) for p in places]
    out: list[Mention] = []
    for found in DESCRIPTION.finditer(text):
        start, end = found.start(), found.end()
        if any(s < end and found.start(2) < e for s, e in heads):  # "the Dominican Republic"
            continue
        head = found.group(2).lower()
        words = found.group(1).lower().split()
        fits = _constraints(words, kb)
        if fits is None:
            continue
        if head in HEAD_TRAITS:
            traits: dict[str, list[str]] = _facts().get("traits", {})  # type: ignore[assignment]
            fits.append(frozenset(traits.get(HEAD_TRAITS[head], [])))
        if not fits:  # "the country": no fact to tell states apart
            continue
        before = {c for s, _, c in named if s < start and c is not None}
        fitting = [c for c in before if all(c in f for f in fits)]
        if len(fitting) != 1:
            continue
        state = kb.actors[fitting[0]]
        out.append(
            Mention(start, end, text[start:end], "GPE", state.id, state.name, state.id, None, 0.6)
        )
    return out
