"""What the real-prose scorer counts, per split: :class:`Counts` per layer and
:class:`SplitScore` over all layers, with the misses."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sitroom.evaluate.align import Span, overlap
from sitroom.evaluate.scorecard import Miss
from sitroom.evaluate.scorers import ratio

SET = "real"
Record = dict[str, Any]
QUOTE_OVERLAP = 0.5  # a predicted quote and a gold key match when either covers half the other


@dataclass(slots=True)
class Counts:
    """True positives, predictions and gold items of one layer, with the misses."""

    tp_pred: int = 0
    n_pred: int = 0
    tp_gold: int = 0
    n_gold: int = 0
    misses: list[Miss] = field(default_factory=list)

    def precision(self) -> float:
        return ratio(self.tp_pred, self.n_pred)

    def recall(self) -> float:
        return ratio(self.tp_gold, self.n_gold)


@dataclass(slots=True)
class SplitScore:
    furniture: Counts = field(default_factory=Counts)
    furniture_as_quote: int = 0
    furniture_as_title: int = 0
    actors: Counts = field(default_factory=Counts)
    nonactors_kept: int = 0
    unknown_roles: Counts = field(default_factory=Counts)
    quotes: Counts = field(default_factory=Counts)
    speakers: Counts = field(default_factory=Counts)
    events_type: Counts = field(default_factory=Counts)
    events_full: Counts = field(default_factory=Counts)
    events_source: Counts = field(default_factory=Counts)
    events_target: Counts = field(default_factory=Counts)
    events_no_roles: int = 0
    contradictions: Counts = field(default_factory=Counts)
    corroboration: Counts = field(default_factory=Counts)
    same_pairs: int = 0
    same_contradicted: int = 0

    def misses(self) -> list[Miss]:
        layers = [self.furniture, self.actors, self.unknown_roles, self.quotes, self.speakers]
        layers += [self.events_type, self.events_full, self.contradictions]
        return [m for layer in layers for m in layer.misses]


def miss(kind: str, gold: str, predicted: str, article: str, at: Span | None = None) -> Miss:
    return Miss(SET, kind, gold, predicted, article, at[0] if at else None, at[1] if at else None)


def span_of(d: dict[str, Any]) -> Span:
    return int(d["start"]), int(d["end"])


def any_overlap(span: Span, spans: Iterable[Span]) -> bool:
    return any(overlap(span, s) for s in spans)
