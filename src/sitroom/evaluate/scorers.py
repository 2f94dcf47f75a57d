"""Metric functions: plain, pure, each tested on tiny hand-made cases.

Conventions: a ratio with nothing to divide is 0.0 (sklearn's ``zero_division=0``), except
where both prediction and gold are empty, which is a perfect score (1.0).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from sitroom.evaluate.align import Span, segments_overlap

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float
    f1: float


def ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def prf(tp: float, fp: float, fn: float) -> PRF:
    """Precision, recall and F1 from counts; no predictions and no gold is a perfect score."""
    if tp == fp == fn == 0:
        return PRF(1.0, 1.0, 1.0)
    p, r = ratio(tp, tp + fp), ratio(tp, tp + fn)
    return PRF(p, r, f1(p, r))


# -- partitions (story clustering) -------------------------------------------------------


def _cluster_of(partition: Sequence[Sequence[str]], items: set[str]) -> dict[str, int]:
    """Item -> cluster index, restricted to ``items``; items the partition lacks are singletons."""
    cluster: dict[str, int] = {}
    for i, members in enumerate(partition):
        for item in members:
            if item in items:
                cluster[item] = i
    nxt = len(partition)
    for item in sorted(items - cluster.keys()):
        cluster[item] = nxt
        nxt += 1
    return cluster


def _pairs(cluster: dict[str, int]) -> set[tuple[str, str]]:
    return {
        (a, b) for a, b in itertools.combinations(sorted(cluster), 2) if cluster[a] == cluster[b]
    }


def pairwise_prf(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> PRF:
    """Pairwise P/R/F1 of a predicted partition over the gold items (pairs in the same cluster)."""
    items = {item for members in gold for item in members}
    gold_pairs = _pairs(_cluster_of(gold, items))
    pred_pairs = _pairs(_cluster_of(pred, items))
    tp = len(gold_pairs & pred_pairs)
    return prf(tp, len(pred_pairs - gold_pairs), len(gold_pairs - pred_pairs))


def bcubed_prf(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> PRF:
    """B-cubed P/R/F1 (Bagga and Baldwin 1998) over the gold items."""
    items = {item for members in gold for item in members}
    if not items:
        return PRF(1.0, 1.0, 1.0)
    g, p = _cluster_of(gold, items), _cluster_of(pred, items)
    precision = recall = 0.0
    for item in items:
        same_p = {x for x in items if p[x] == p[item]}
        same_g = {x for x in items if g[x] == g[item]}
        both = len(same_p & same_g)
        precision += both / len(same_p)
        recall += both / len(same_g)
    precision, recall = precision / len(items), recall / len(items)
    return PRF(precision, recall, f1(precision, recall))


# -- words (HTML extraction) ---------------------------------------------------------------

_WORD = re.compile(r"\w+")


def words(text: str) -> Counter[str]:
    """Bag of lower-cased words, punctuation stripped."""
    return Counter(_WORD.findall(text.lower()))


def bag_of_words_prf(predicted: str, gold: str) -> PRF:
    """Word-level P/R/F1 of an extracted body against the gold body (multisets of words)."""
    pred_bag, gold_bag = words(predicted), words(gold)
    tp = sum((pred_bag & gold_bag).values())
    fp = sum(pred_bag.values()) - tp
    fn = sum(gold_bag.values()) - tp
    return prf(tp, fp, fn)


def mean_prf(scores: Sequence[PRF]) -> PRF:
    """Macro average (mean over documents) of P, R and F1."""
    if not scores:
        return PRF(0.0, 0.0, 0.0)
    n = len(scores)
    return PRF(
        sum(s.precision for s in scores) / n,
        sum(s.recall for s in scores) / n,
        sum(s.f1 for s in scores) / n,
    )


# -- attributions (quotes against PolNeAR) -------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """A gold attribution: content segments and source segments (empty: no source)."""

    content: tuple[Span, ...]
    source: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class PredictedQuote:
    span: Span
    speaker: Span | None = None


@dataclass(slots=True)
class QuoteCounts:
    """Counts for quote P/R and speaker accuracy; they add up across documents."""

    gold: int = 0
    gold_matched: int = 0
    predicted: int = 0
    predicted_matched: int = 0
    speakers: int = 0
    speakers_right: int = 0

    def add(self, other: QuoteCounts) -> None:
        self.gold += other.gold
        self.gold_matched += other.gold_matched
        self.predicted += other.predicted
        self.predicted_matched += other.predicted_matched
        self.speakers += other.speakers
        self.speakers_right += other.speakers_right

    def prf(self) -> PRF:
        if self.gold == self.predicted == 0:
            return PRF(1.0, 1.0, 1.0)
        p, r = ratio(self.predicted_matched, self.predicted), ratio(self.gold_matched, self.gold)
        return PRF(p, r, f1(p, r))

    @property
    def speaker_accuracy(self) -> float:
        return ratio(self.speakers_right, self.speakers)


def gold_length(segments: Sequence[Span]) -> int:
    return sum(end - start for start, end in segments)


def match_quotes(
    gold: Sequence[GoldAttribution], predicted: Sequence[PredictedQuote], min_overlap: float
) -> list[list[int]]:
    """For each gold attribution, the predicted quotes overlapping >= ``min_overlap`` of it."""
    matches: list[list[int]] = []
    for attribution in gold:
        length = gold_length(attribution.content)
        matches.append(
            [
                i
                for i, quote in enumerate(predicted)
                if length
                and segments_overlap(list(attribution.content), quote.span) / length >= min_overlap
            ]
        )
    return matches


@dataclass(slots=True)
class QuoteResult:
    counts: QuoteCounts
    matches: list[list[int]]  # per gold attribution, the predicted quotes matching it
    speaker_ok: list[bool | None]  # per gold attribution; None when not scored
    best: list[int | None]  # per gold attribution, the best-overlapping matched quote


def score_quotes(
    gold: Sequence[GoldAttribution], predicted: Sequence[PredictedQuote], min_overlap: float
) -> QuoteResult:
    """Quote counts for one document, with the matches and speaker outcomes behind them.

    A gold attribution is found when some predicted quote overlaps at least ``min_overlap``
    of its content; precision counts predicted quotes matched to some gold. The speaker is
    right when the best-overlapping matched quote's speaker span overlaps the gold source
    (attributions without a source are left out of speaker accuracy).
    """
    matches = match_quotes(gold, predicted, min_overlap)
    counts = QuoteCounts(gold=len(gold), predicted=len(predicted))
    counts.gold_matched = sum(1 for m in matches if m)
    counts.predicted_matched = len({i for m in matches for i in m})
    speaker_ok: list[bool | None] = []
    bests: list[int | None] = []
    for attribution, found in zip(gold, matches, strict=True):
        content = list(attribution.content)
        best = max(found, key=lambda i: segments_overlap(content, predicted[i].span), default=None)
        bests.append(best)
        if best is None or not attribution.source:
            speaker_ok.append(None)
            continue
        speaker = predicted[best].speaker
        ok = speaker is not None and segments_overlap(list(attribution.source), speaker) > 0
        speaker_ok.append(ok)
        counts.speakers += 1
        counts.speakers_right += int(ok)
    return QuoteResult(counts, matches, speaker_ok, bests)


# -- codes (PLOVER actors) -------------------------------------------------------------------


def set_prf(pairs: Iterable[tuple[set[T], set[T]]]) -> PRF:
    """Micro P/R/F1 over (predicted set, gold set) pairs, e.g. country codes per sentence."""
    tp = fp = fn = 0
    for predicted, gold in pairs:
        tp += len(predicted & gold)
        fp += len(predicted - gold)
        fn += len(gold - predicted)
    return prf(tp, fp, fn)
