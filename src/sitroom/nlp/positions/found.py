"""A reading found in one sentence, and how a document's readings become its positions:
one per actor and issue in a sentence, one per actor, issue and stance in the document."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from sitroom.article import Position
from sitroom.article import Span as TextSpan
from sitroom.nlp.positions.actors import Holder

log = logging.getLogger("sitroom.nlp.positions")

CONTRADICTION_GAP = 0.15  # a contradicting reading this much weaker is dropped


@dataclass(slots=True)
class Found:
    holder: Holder
    issue: str
    stance: str
    red_line: bool
    evidence: TextSpan
    confidence: float
    topic: bool
    phrased: bool = True  # from a phrase of the catalog, not by meaning

    def position(self) -> Position:
        return Position(
            actor_id=self.holder.actor_id,
            canonical=self.holder.canonical,
            issue=self.issue,
            stance=self.stance,
            red_line=self.red_line,
            evidence=self.evidence,
            confidence=self.confidence,
        )


def prune(found: list[Found]) -> list[Found]:
    """One reading per actor and issue in a sentence; topics yield to real stances, and a
    reading by meaning to one of the catalog's own phrases (which may say "before agreeing
    to concessions" where the meaning finds only "concessions")."""
    best: dict[tuple[str, str], Found] = {}
    for f in found:
        key = (f.holder.actor_id, f.issue)
        if key not in best or (f.phrased, f.confidence) > (best[key].phrased, best[key].confidence):
            best[key] = f
    kept = list(best.values())
    firm = {f.holder.actor_id for f in kept if not f.topic}
    return [f for f in kept if not f.topic or f.holder.actor_id not in firm]


def resolve_found(found: list[Found]) -> list[Found]:
    """One position per actor, issue and stance (a red line said outranks a surer reading
    of the same stance: it says more); much weaker contradictions dropped."""
    best: dict[tuple[str, str, str], Found] = {}
    for f in found:
        key = (f.holder.actor_id, f.issue, f.stance)
        if key not in best or (f.red_line, f.confidence) > (
            best[key].red_line,
            best[key].confidence,
        ):
            best[key] = f
    out = []
    for (actor, issue, stance), f in best.items():
        other = {"support": "oppose", "oppose": "support"}.get(stance)
        rival = best.get((actor, issue, other)) if other else None
        if rival is not None and rival.confidence - f.confidence >= CONTRADICTION_GAP:
            log.debug("dropped %s %s %s: contradicted by a stronger reading", actor, issue, stance)
            continue
        out.append(f)
    out.sort(key=lambda f: f.evidence.start)
    return out


def echoed(
    last: list[Found], takers: list[Holder], owner: Holder | None, at: TextSpan
) -> list[Found]:
    """The stances of the sentence before taken up by those who echo them: the owner's when
    a possessive names one, else each issue's when all its readings agree."""
    said = [f for f in last if owner is None or f.holder.actor_id == owner.actor_id]
    sure = [f for f in said if len({g.stance for g in said if g.issue == f.issue}) == 1]
    firsts = list({f.issue: f for f in reversed(sure)}.values())
    return [
        replace(f, holder=h, evidence=at, red_line=False, confidence=f.confidence - 0.05)
        for f in firsts
        for h in takers
        if h.actor_id != f.holder.actor_id
    ]


def counted(holder: Holder, doc: Doc) -> bool:
    """ "Ten EU member states voted for X": a number of a group's members is a part of the
    group, not the group; what they do is not the group's stance ("the 27 member states",
    "all 27 states": the whole)."""
    span = doc.char_span(holder.start, holder.end, alignment_mode="expand")
    if not span or span.start == 0 or span[-1].tag_ not in ("NNS", "NNPS"):
        return False
    before = doc[span.start - 1]
    whole = span.start > 1 and doc[span.start - 2].lower_ in ("the", "all", "its", "their")
    return before.tag_ == "CD" and not whole
