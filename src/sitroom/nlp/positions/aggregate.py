"""Positions across articles: one summary per actor and issue, over time, with sources.

Each article gives at most one stance per actor and issue (its most confident reading).
Ordered by the article's published date, these stances are the actor's history on the
issue; the *current* stance is the latest one, and a summary is ``changed`` when the
history holds more than one stance ("oppose" in February, "conditional" in March). Every
article is listed as a source; copies of an earlier article (``duplicate_of``) are listed
but do not count in the history, so a syndicated story cannot fake a trend.

Two entry points build the same summaries:

- :func:`aggregate` from :class:`~sitroom.article.Article` objects (a batch in memory);
- :func:`aggregate_rows` from rows of the store (:func:`sitroom.store.queries.positions`).

:func:`matrix_rows` turns summaries into the actor-by-issue table ``sitroom positions``
prints: one row per actor, one column per issue, a cell like ``oppose!`` (a red line) or
``conditional (was oppose)`` (a change).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sitroom.article import Article

RED_MARK = "!"


@dataclass(frozen=True, slots=True)
class Source:
    """One article's evidence for a position."""

    article_id: str
    published: str | None
    stance: str
    red_line: bool
    evidence: str
    confidence: float
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    duplicate_of: str | None = None


@dataclass(slots=True)
class PositionSummary:
    """Where one actor stands on one issue, across articles and over time."""

    actor_id: str | None
    canonical: str | None
    issue: str
    stances_by_date: list[tuple[str | None, str]]  # (published, stance), oldest first
    current_stance: str
    sources: list[Source] = field(default_factory=list)
    red_line: bool = False
    changed: bool = False

    @property
    def key(self) -> str:
        return self.actor_id or self.canonical or "?"

    @property
    def previous_stance(self) -> str | None:
        """The stance before the latest change, if the actor changed position."""
        history = [stance for _, stance in self.stances_by_date]
        for stance in reversed(history):
            if stance != self.current_stance:
                return stance
        return None

    def cell(self) -> str:
        """The matrix cell: the current stance, "!" for a red line, the earlier stance."""
        text = self.current_stance + (RED_MARK if self.red_line else "")
        previous = self.previous_stance if self.changed else None
        return f"{text} (was {previous})" if previous else text


@dataclass(frozen=True, slots=True)
class _Seen:
    actor_id: str | None
    canonical: str | None
    issue: str
    source: Source


def aggregate(articles: Iterable[Article], *, min_confidence: float = 0.0) -> list[PositionSummary]:
    """Summaries of the positions in ``articles``, sorted by issue and actor."""
    seen = [
        _Seen(
            p.actor_id,
            p.canonical,
            p.issue,
            Source(
                article_id=a.id,
                published=a.published,
                stance=p.stance,
                red_line=p.red_line,
                evidence=p.evidence.text,
                confidence=p.confidence,
                title=a.title,
                url=a.url,
                publisher=a.publisher,
                duplicate_of=a.duplicate_of,
            ),
        )
        for a in articles
        for p in a.positions
        if p.confidence >= min_confidence
    ]
    return _summarise(seen)


def aggregate_rows(
    rows: Iterable[Mapping[str, Any]], *, min_confidence: float = 0.0
) -> list[PositionSummary]:
    """Summaries from store rows (``sitroom.store.queries.positions``)."""
    seen = []
    for r in rows:
        confidence = float(r.get("confidence") or 0.0)
        if confidence < min_confidence:
            continue
        seen.append(
            _Seen(
                r.get("actor_id"),
                r.get("canonical"),
                str(r["issue"]),
                Source(
                    article_id=str(r.get("article_id") or ""),
                    published=r.get("published"),
                    stance=str(r["stance"]),
                    red_line=bool(r.get("red_line")),
                    evidence=str(r.get("evidence_text") or ""),
                    confidence=confidence,
                    title=r.get("article_title"),
                    url=r.get("article_url"),
                    publisher=r.get("publisher"),
                    duplicate_of=r.get("duplicate_of"),
                ),
            )
        )
    return _summarise(seen)


def _summarise(seen: list[_Seen]) -> list[PositionSummary]:
    groups: dict[tuple[str, str], list[_Seen]] = defaultdict(list)
    for s in seen:
        groups[(s.actor_id or s.canonical or "?", s.issue)].append(s)
    out = []
    for (_, issue), items in groups.items():
        names = Counter(s.canonical for s in items if s.canonical)
        canonical = names.most_common(1)[0][0] if names else None
        sources = sorted(
            (s.source for s in items), key=lambda x: (_date_key(x.published), -x.confidence)
        )
        history = _history(sources)
        out.append(
            PositionSummary(
                actor_id=items[0].actor_id,
                canonical=canonical,
                issue=issue,
                stances_by_date=history,
                current_stance=_current(sources),
                sources=sources,
                red_line=any(x.red_line for x in sources),
                changed=len({stance for _, stance in history}) > 1,
            )
        )
    out.sort(key=lambda s: (s.issue, (s.canonical or s.key).lower()))
    return out


def _history(sources: list[Source]) -> list[tuple[str | None, str]]:
    """One stance per original article (its most confident), oldest first."""
    best: dict[str, Source] = {}
    for x in sources:
        if x.duplicate_of:
            continue
        if x.article_id not in best or x.confidence > best[x.article_id].confidence:
            best[x.article_id] = x
    ordered = sorted(best.values(), key=lambda x: (_date_key(x.published), x.article_id))
    return [(x.published, x.stance) for x in ordered]


def _current(sources: list[Source]) -> str:
    """The stance of the latest dated evidence (the most confident of that day); without
    dates, the most confident stance."""
    originals = [x for x in sources if not x.duplicate_of] or sources
    dated = [x for x in originals if x.published]
    pool = dated or originals
    if dated:
        latest = max(x.published or "" for x in dated)
        pool = [x for x in dated if x.published == latest]
    return max(pool, key=lambda x: x.confidence).stance


def _date_key(published: str | None) -> tuple[int, str]:
    return (0, published) if published else (1, "")


# -- the actor-by-issue matrix ------------------------------------------------------------------


def matrix_rows(
    summaries: Sequence[PositionSummary], issues: Sequence[str] | None = None
) -> tuple[list[str], list[list[str]]]:
    """The header and rows of the actor-by-issue table (``sitroom positions``).

    ``issues`` fixes the columns (e.g. the catalog's order); by default the issues that
    have a position, in order of appearance.
    """
    columns = (
        list(issues) if issues is not None else list(dict.fromkeys(s.issue for s in summaries))
    )
    by_actor: dict[str, dict[str, PositionSummary]] = defaultdict(dict)
    names: dict[str, str] = {}
    for s in summaries:
        by_actor[s.key][s.issue] = s
        names[s.key] = s.canonical or s.key
    header = ["actor", *columns]
    rows = [
        [names[key], *(cells[i].cell() if i in cells else "" for i in columns)]
        for key, cells in sorted(by_actor.items(), key=lambda kv: names[kv[0]].lower())
    ]
    return header, rows
