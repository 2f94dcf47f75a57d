"""Joint statements: "We agreed that ...", said by X after meeting Y or in talks with Y.

The plural first person of a speaker who has just met another party speaks for both: an
agreement, talks or cooperation told as "we ..." in the sentence that names the meeting
has both parties as its sources (PLOVER codes a joint statement as both parties' act). A
"we" that only names the speaker's own side (no meeting in the sentence, or one with
people of the same state) stays the speaker's.
"""

from __future__ import annotations

from sitroom.article import ActorRef
from sitroom.nlp.events.parties import MUTUAL_TYPES
from sitroom.nlp.events.roles import Candidate

WE = frozenset({"we"})


def _key(ref: ActorRef) -> tuple[str | None, str]:
    return ref.country, ref.text


def _spoke_as_we(c: Candidate) -> bool:
    return any(k.dep_ in ("nsubj", "nsubjpass") and k.lower_ in WE for k in c.tok.children)


def joint(cands: list[Candidate]) -> None:
    """Add the party the speaker met to the sources of a "we agreed" in the same sentence."""
    for c in cands:
        if c.noun or c.dropped or c.event not in MUTUAL_TYPES or len(c.actors) != 1:
            continue
        if not _spoke_as_we(c):
            continue
        speaker = c.actors[0]
        for other in cands:
            if other is c or other.event != "CONSULT":
                continue
            if other.actors and _key(speaker) not in {_key(a) for a in other.actors}:
                continue  # "after talks with X": the talks' doer is unnamed, the speaker's
            met: dict[tuple[str | None, str], ActorRef] = {}
            for p in [*other.actors, *other.recipients, *other.partners]:
                if p.country and p.country != speaker.country:
                    met.setdefault(_key(p), p)
            if met:
                c.actors = [speaker, *met.values()]
                break
