"""A state's name closing the name of an international body's branch: "Amnesty Kenya",
"WFP Sudan", "UNICEF Yemen" name the body's office in that state, its own actor (of that
state, in the body's sector), not the international body and a place beside it. Helpers of
the ``sitroom_actors_v1`` component (:mod:`sitroom.nlp.actors`)."""

from __future__ import annotations

import re

from sitroom.article import Mention, Place
from sitroom.nlp.actors.kb import KnowledgeBase
from sitroom.nlp.actors.linker import slug

# kinds of knowledge-base bodies that keep offices in many states under their own name
BRANCHED = frozenset({"ngo", "un_body"})
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")  # "WFP Sudan Director": a longer name, not this


def national_branches(
    text: str, mentions: list[Mention], places: list[Place], kb: KnowledgeBase
) -> None:
    """Join a branched body's mention and the state's name right after it ("Amnesty" +
    "Kenya") into one mention of the branch (in place)."""
    after: dict[int, Mention | Place] = {m.start: m for m in mentions}
    after.update((p.start, p) for p in places)
    for m in list(mentions):
        actor = kb.actors.get(m.actor_id or "")
        if actor is None or actor.body not in BRANCHED or text[m.end : m.end + 1] != " ":
            continue
        nxt = after.get(m.end + 1)
        if nxt is None or _NAME_GOES_ON.match(text, nxt.end):
            continue
        states = [a.id for a in kb.lookup(nxt.text) if a.kind == "country"]
        if len(states) != 1 or states[0] == actor.country:
            continue
        m.end, m.text = nxt.end, text[m.start : nxt.end]
        m.actor_id, m.canonical, m.country = f"local:org:{slug(m.text)}", None, states[0]
        if isinstance(nxt, Mention):
            mentions.remove(nxt)
        else:
            places.remove(nxt)
