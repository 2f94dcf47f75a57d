"""The evidence a contradiction keeps: what differs, as each side states it, the other
sentence and outlet, and a confidence (see :mod:`.check`)."""

from __future__ import annotations

from dataclasses import dataclass

from sitroom.article import Article, Contradiction
from sitroom.claims.sources import host
from sitroom.claims.units import Unit

#: What each contrast says differs, as an analyst reads it.
DIFFERS = {
    "objects": "verb",
    "predicates": "verb",
    "negation": "negation",
    "numbers": "figure",
    "actors": "actor",
    "dates": "date",
    "doers": "actor",
    "tally": "outcome",
    "cause": "cause",
    "place": "place",
    "hours": "date",  # a time of day: the record's "differs" vocabulary has no "time"
    "duration": "figure",
    "first": "date",
    "response": "outcome",
    "position": "place",  # where the attacker was: inside or outside (see :mod:`.traits`)
    "tie": "role",  # the attacker's tie to a place stated and denied
    "passage": "verb",  # around a barrier or through it
    "fate": "outcome",  # one person dead or hurt and alive (see :mod:`.fates`)
}
#: Confidence of a contradiction: its kind's base plus half the alignment score, capped at
#: 0.95. A ranking heuristic (figures and opposite objects are rarer by chance than a
#: negation read across two sentences), not a calibrated probability.
BASE_CONFIDENCE = {
    "objects": 0.45,
    "predicates": 0.35,
    "negation": 0.3,
    "numbers": 0.45,
    "actors": 0.4,
    "dates": 0.35,
    "doers": 0.4,
    # told by one word, not by an alignment (see :mod:`.framing`): the confidence itself
    "tally": 0.6,
    "cause": 0.5,
    "place": 0.5,
    # one slot of the event read in each report (see :mod:`.slots`)
    "hours": 0.5,
    "duration": 0.45,
    "first": 0.45,
    "response": 0.4,
    "position": 0.45,
    "tie": 0.4,
    "passage": 0.45,
    "fate": 0.45,
}


@dataclass(frozen=True, slots=True)
class Contrast:
    """How two aligned units say otherwise: the reason and each side's words."""

    #: objects | predicates | negation | numbers | actors | dates | doers | tally | cause | place
    #: | hours | duration | first | response | position | tie | passage | fate
    reason: str
    this: str
    other: str

    @property
    def differs(self) -> str:
        return DIFFERS[self.reason]


def keep(x: Unit, k: int, evidence: Contradiction) -> bool:
    """Keep ``evidence`` against ``x`` from report ``k``: the most confident as that
    report's, another sentence of it in ``x.also``; whether it became the report's."""
    old = x.conflict.get(k)
    if old is not None and old.confidence >= evidence.confidence:
        if old.text != evidence.text and all(e.text != evidence.text for e in x.also):
            x.also.append(evidence)
        return False
    if old is not None and old.text != evidence.text:
        x.also.append(old)
    x.conflict[k] = evidence
    return True


def evidence(c: Contrast, other: Article, text: str, confidence: float) -> Contradiction:
    return Contradiction(
        article=other.id,
        outlet=other.publisher or host(other.url) or None,
        text=text,
        differs=c.differs,
        this=c.this,
        other=c.other,
        confidence=confidence,
    )


def evidence_of(u: Unit) -> list[Contradiction]:
    """Every contradiction of ``u`` kept, each report's first, most confident first."""
    best = list(u.conflict.values())
    reports = {c.article for c in best}
    texts = {(c.article, c.text) for c in best}
    more = [c for c in u.also if c.article in reports and (c.article, c.text) not in texts]
    return sorted(best, key=lambda c: -c.confidence) + sorted(more, key=lambda c: -c.confidence)
