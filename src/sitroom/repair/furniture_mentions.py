"""Which actor mentions page furniture may hold. The report's actors are named in its body
and its title (eval/real GUIDELINES, "actors"): a caption, credit, byline, dateline or link
line names none of them; a title line the page repeats names them once; a standfirst (the
summary under the headline, its points) names an actor the report names too, and a name it
alone gives (the photo's subject, a past office) is no actor of the report."""

from __future__ import annotations

from collections.abc import Sequence

from sitroom.article import Furniture, Mention
from sitroom.nlp.actors.kb.normalize import key
from sitroom.repair.furniture import overlaps

#: Furniture that names the story's actors and events (the headline's summary, which the
#: report's lead does not always repeat) though no quote or position is taken from it
NAMING = frozenset({"standfirst"})


def _who(m: Mention) -> str:
    return m.actor_id or (m.canonical and key(m.canonical)) or key(m.text)


def furniture_mentions(
    mentions: Sequence[Mention], furniture: Sequence[Furniture]
) -> list[Mention]:
    """The mentions outside furniture, on the first of each title line, and on a
    standfirst when the body or the title names the same actor."""
    first_heads: dict[str, Furniture] = {}
    for f in furniture:
        if f.kind == "title":
            first_heads.setdefault(f.text, f)
    heads = list(first_heads.values())
    closed = [(f.start, f.end) for f in furniture if f not in heads and f.kind not in NAMING]
    summary = [(f.start, f.end) for f in furniture if f.kind in NAMING]
    kept = [m for m in mentions if not overlaps(m.start, m.end, closed)]
    told = {_who(m) for m in kept if not overlaps(m.start, m.end, summary)}
    return [m for m in kept if _who(m) in told or not overlaps(m.start, m.end, summary)]
