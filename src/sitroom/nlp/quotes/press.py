"""The press as a speaker: "Israeli media reported", "according to Libyan state media".

A country's press is no state: its reports are not the government's words, state media
included (the real-prose gold gives them no speaker, only a group: "Israeli media",
"Chinese state media"). So a speaker phrase headed by a press noun does not stand for the
country its modifier names; a named outlet ("Pakistan Television") keeps its own actor.
"""

from __future__ import annotations

from dataclasses import replace

from sitroom.article import Speaker
from sitroom.nlp.actors.kb import KnowledgeBase

PRESS_NOUNS = frozenset(
    {"media", "press", "outlet", "outlets", "newspaper", "newspapers", "broadcaster",
     "broadcasters", "dailies", "tabloids", "television", "tv"}
)  # fmt: skip


def press_of_a_state(speaker: Speaker, kb: KnowledgeBase) -> bool:
    """Whether ``speaker`` is a country's press resolved to the country itself."""
    words = speaker.text.split()
    if not words or words[-1].lower().strip(".,;:") not in PRESS_NOUNS:
        return False
    if speaker.actor_id is None:
        return False
    actor = kb.get(speaker.actor_id)
    return actor is not None and actor.kind == "country"


def unstate_press(speaker: Speaker | None, kb: KnowledgeBase) -> Speaker | None:
    """``speaker`` without the state when it is that state's press."""
    if speaker is None or not press_of_a_state(speaker, kb):
        return speaker
    return replace(speaker, actor_id=None, canonical=None)
