"""What the linker knows of the report so far: a link, and the people (and unknown names)
already linked in the current article (who a surname alone means)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sitroom.nlp.actors.kb.normalize import fold
from sitroom.nlp.actors.retold import SUFFIXES


@dataclass(slots=True)
class Link:
    actor_id: str | None
    canonical: str | None
    type: str
    country: str | None
    sector: str | None
    confidence: float
    gender: str | None = None


@dataclass(slots=True)
class DocState:
    """People (and unknown names) already linked in the current article."""

    date: dt.date | None = None
    people: list[tuple[list[str], Link]] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)  # codes of places/bodies named
    bodies: set[str] = field(default_factory=set)  # ids of the KB bodies named
    times: Counter[str] = field(default_factory=Counter)  # mentions of each person so far

    def remember(self, name: str, link: Link) -> None:
        self.times[link.actor_id or ""] += 1
        if link.type == "PERSON" and link.actor_id:
            # "Herminio Coloma Jr." is "Coloma" later: a generational suffix is no surname
            words = [w for w in fold(name).split() if w.rstrip(".") not in SUFFIXES]
            self.people.append((words, link))


def named_more(sim: float, link: Link, best: tuple[float, Link], state: DocState) -> bool:
    """Two people of one surname ("Ekrem Imamoglu", his wife "Dilek Imamoglu"): the surname
    alone means the one the report names more often (the latest on a tie)."""
    times = [state.times[x.actor_id or ""] for x in (link, best[1])]
    return sim == best[0] and link.actor_id != best[1].actor_id and times[0] > times[1]
