"""The story record and the running state of a story while it is active."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TypedDict

from sitroom.stories.dates import day_str

MAX_MAIN_ACTORS = 8
SUMMARY_SOURCES = 5
_MAX_TERMS = 300
_MAX_KEYS = 120
_MAX_NAMES = 64
_MAX_CANDIDATES = 2 * SUMMARY_SOURCES


class JoinReason(TypedDict):
    """Why an article is in its story, so that a wrong merge can be understood.

    ``how``: ``opened`` (the first article), ``similar`` (joined by similarity), ``copy``
    (a near-duplicate of ``other``), or ``merged`` (its story was merged into this one by
    the event pass, with ``other`` the story it came from). ``similarity`` is the score of
    that decision; ``actors``, ``terms`` and ``events`` are what weighed most in it: the
    shared actors, the shared names, places and numbers, and the shared PLOVER event types.
    """

    how: str
    similarity: float
    other: str | None
    actors: list[str]
    terms: list[str]
    events: list[str]


def describe(reason: Mapping[str, object] | None) -> str:
    """One line saying why an article is in its story (from a :class:`JoinReason`)."""
    if not reason:
        return "assigned before join reasons were recorded"
    how, other = reason.get("how"), reason.get("other")
    if how == "opened":
        return "opened the story"
    if how == "copy":
        return f"near-duplicate copy of {other}" if other else "an original whose copies are here"
    head = f"merged from story {other}" if how == "merged" else "joined by similarity"
    parts = [f"{head} ({reason.get('similarity')})"]
    for key, label in (("events", "events"), ("actors", "actors"), ("terms", "terms")):
        items = reason.get(key)
        if isinstance(items, list) and items:
            parts.append(f"shared {label}: " + ", ".join(str(i) for i in items))
    return "; ".join(parts)


class SummaryItem(TypedDict):
    article_id: str
    sentence: str
    start: int
    end: int


@dataclass(slots=True)
class Story:
    """One story: the reports of one event or development, from every outlet."""

    story_id: str
    title: str
    first_date: str | None
    last_date: str | None
    article_ids: list[str]
    outlets: list[str]
    main_actors: list[str]
    summary: list[SummaryItem]
    reasons: dict[str, JoinReason] = field(default_factory=dict)  # article id -> why


@dataclass(slots=True)
class Candidate:
    """The most central sentence of one source, kept for the extractive summary."""

    score: float
    order: int
    article_id: str
    sentence: str
    start: int
    end: int
    terms: dict[str, float]  # unit-length TF-IDF of the sentence, for re-scoring


@dataclass(slots=True)
class StoryState:
    """Everything the clusterer keeps about a story.

    The centroid parts (``terms``, ``keys``, ``actors``) exist while the story is active
    and are dropped when it is frozen; the record parts stay, and are bounded except for
    the list of article ids and outlets, which is the story's output.
    """

    story_id: str
    seq: int
    first_day: int | None = None
    last_day: int | None = None
    floor: int | None = None  # the latest floor of its undated articles
    month_day: tuple[int, int] | None = None  # a yearless dateline of an undated article
    article_ids: list[str] = field(default_factory=list)
    outlets: dict[str, str] = field(default_factory=dict)  # casefold -> as written
    names: Counter[str] = field(default_factory=Counter)
    title: str = ""
    title_rank: tuple[float, str, int] = (math.inf, "", 0)
    candidates: dict[str, Candidate] = field(default_factory=dict)
    frozen_summary: list[SummaryItem] | None = None
    reasons: dict[str, JoinReason] = field(default_factory=dict)
    events: Counter[str] = field(default_factory=Counter)  # PLOVER types of its articles
    # centroid (active only)
    n: int = 0
    terms: dict[str, float] = field(default_factory=dict)
    terms_norm: float = 0.0
    keys: dict[str, float] = field(default_factory=dict)
    keys_norm: float = 0.0
    actor_counts: Counter[str] = field(default_factory=Counter)
    actor_weights: dict[str, float] = field(default_factory=dict)
    actor_norm: float = 0.0

    def add_dates(self, day: int | None) -> None:
        if day is None:
            return
        self.first_day = day if self.first_day is None else min(self.first_day, day)
        self.last_day = day if self.last_day is None else max(self.last_day, day)

    def add_floor(self, floor: int | None) -> None:
        if floor is not None and (self.floor is None or floor > self.floor):
            self.floor = floor

    def gap(self, day: int | None) -> int:
        """Days between ``day`` and the story's date range (0 inside it or if unknown)."""
        if day is None or self.first_day is None or self.last_day is None:
            return 0
        return max(0, self.first_day - day, day - self.last_day)

    def add_centroid(
        self, terms: dict[str, float], keys: dict[str, float], actors: dict[str, float]
    ) -> None:
        self.n += 1
        self.terms_norm = _accumulate(self.terms, terms, _MAX_TERMS)
        self.keys_norm = _accumulate(self.keys, keys, _MAX_KEYS)
        self.actor_counts.update(actors.keys())
        self.actor_weights.update(actors)
        self._actor_norm()

    def _actor_norm(self) -> None:
        if len(self.actor_counts) > 2 * _MAX_KEYS:
            for name, _ in self.actor_counts.most_common()[_MAX_KEYS:]:
                del self.actor_counts[name]
                del self.actor_weights[name]
        n = self.n
        self.actor_norm = (
            math.sqrt(
                sum((self.actor_weights[a] * c / n) ** 2 for a, c in self.actor_counts.items())
            )
            if n
            else 0.0
        )

    def add_names(self, names: Counter[str]) -> None:
        self.names.update(names)
        if len(self.names) > 2 * _MAX_NAMES:
            self.names = Counter(dict(self.names.most_common(_MAX_NAMES)))

    def offer(self, source: str, candidate: Candidate) -> None:
        """Keep ``candidate`` if it is the best sentence of its source so far."""
        held = self.candidates.get(source)
        if held is None or candidate.score > held.score:
            self.candidates[source] = candidate
        if len(self.candidates) > _MAX_CANDIDATES:
            worst = min(self.candidates, key=lambda s: self.candidates[s].score)
            del self.candidates[worst]

    def centrality(self, vec: dict[str, float]) -> float:
        if not self.terms_norm:
            return 0.0
        terms = self.terms
        return sum(w * terms.get(t, 0.0) for t, w in vec.items()) / self.terms_norm

    def summary(self) -> list[SummaryItem]:
        if self.frozen_summary is not None:
            return self.frozen_summary
        ranked = sorted(
            self.candidates.values(),
            key=lambda c: (-self.centrality(c.terms), c.order),
        )[:SUMMARY_SOURCES]
        ranked.sort(key=lambda c: c.order)
        return [
            SummaryItem(article_id=c.article_id, sentence=c.sentence, start=c.start, end=c.end)
            for c in ranked
        ]

    def freeze(self) -> None:
        """Fix the summary and drop the centroid: the story takes no more articles by
        similarity (copies of its articles still join it)."""
        self.frozen_summary = self.summary()
        self.candidates = {}
        self.terms, self.keys = {}, {}
        self.actor_counts, self.actor_weights = Counter(), {}
        self.actor_norm = 0.0

    def record(self) -> Story:
        return Story(
            story_id=self.story_id,
            title=self.title,
            first_date=day_str(self.first_day),
            last_date=day_str(self.last_day),
            article_ids=list(self.article_ids),
            outlets=list(self.outlets.values()),
            main_actors=[name for name, _ in self.names.most_common(MAX_MAIN_ACTORS)],
            summary=self.summary(),
            reasons=dict(self.reasons),
        )

    def absorb(self, other: StoryState) -> None:
        """Take in every article and the centroid of ``other`` (a story merged into this)."""
        self.article_ids.extend(other.article_ids)
        self.reasons.update(other.reasons)
        self.add_dates(other.first_day)
        self.add_dates(other.last_day)
        self.add_floor(other.floor)
        self.month_day = self.month_day or other.month_day
        for folded, outlet in other.outlets.items():
            self.outlets.setdefault(folded, outlet)
        self.add_names(other.names)
        if other.title_rank < self.title_rank:
            self.title, self.title_rank = other.title, other.title_rank
        for source, candidate in other.candidates.items():
            self.offer(source, candidate)
        self.events.update(other.events)
        self.n += other.n
        self.terms_norm = _accumulate(self.terms, other.terms, _MAX_TERMS)
        self.keys_norm = _accumulate(self.keys, other.keys, _MAX_KEYS)
        self.actor_weights.update(other.actor_weights)
        self.actor_counts.update(other.actor_counts)
        self._actor_norm()


def _accumulate(total: dict[str, float], vec: dict[str, float], cap: int) -> float:
    """Add ``vec`` into ``total``, keep its ``cap`` heaviest entries, return its norm."""
    for t, w in vec.items():
        total[t] = total.get(t, 0.0) + w
    if len(total) > 2 * cap:
        keep = sorted(total.items(), key=lambda kv: -kv[1])[:cap]
        total.clear()
        total.update(keep)
    return math.sqrt(sum(w * w for w in total.values()))
