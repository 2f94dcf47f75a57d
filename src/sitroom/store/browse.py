"""Filtered, sorted, paginated lists over a store connection (the API's and the pages' reads).

Every value a caller gives is a bound parameter; the only SQL built from names is chosen
from the fixed tables below (``_SPECS``), so no text from a request reaches SQL. Filters
(:class:`Filters`) apply where they mean something: ``actor`` matches an actor id exactly or
part of a canonical name (case- and accent-insensitively, as :mod:`sitroom.store.queries`),
``story`` a story id, ``outlet`` the publisher, ``since``/``until`` the date (inclusive),
``type`` the event type, the actor type or the claim status, ``issue`` a position's issue.
A ``limit`` of None lists every row (what the command line prints).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from sitroom.errors import QueryError
from sitroom.store.queries import actor_match, fold, record, refs_match


@dataclass(frozen=True, kw_only=True, slots=True)
class Filters:
    actor: str | None = None
    story: str | None = None
    type: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    issue: str | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a list: ``items`` from ``offset``, and how many match in all."""

    items: list[dict[str, Any]]
    total: int
    limit: int | None  # None: every row from ``offset``
    offset: int
    sort: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "total": self.total,
            "limit": self.limit,
            "offset": self.offset,
            "sort": self.sort,
        }


_SOURCE = "a.source, a.title AS article_title, a.url AS article_url, a.publisher, a.published"


@dataclass(frozen=True, slots=True)
class _Spec:
    select: str
    date: str
    actor: str
    type: str | None
    sorts: dict[str, str]
    default: str
    always: str | None = None  # a condition every row of the list meets


_SPECS: dict[str, _Spec] = {
    "articles": _Spec(
        "SELECT a.id, a.source, a.url, a.publisher, a.title, a.published, a.author, "
        "a.quality_score, a.quality_flags, a.story_id, a.duplicate_of, length(a.text) AS n_chars "
        "FROM articles a",
        "a.published",
        "EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND "
        + actor_match("m.actor_id", "m.canonical")
        + ")",
        None,
        {"date": "a.published", "title": "a.title", "outlet": "a.publisher", "id": "a.id"},
        "-date",
    ),
    "quotes": _Spec(
        f"SELECT q.*, a.story_id, {_SOURCE} FROM quotes q JOIN articles a ON a.id = q.article_id",
        "a.published",
        actor_match("q.speaker_actor_id", "q.speaker_canonical"),
        "q.kind",
        {"date": "a.published", "speaker": "q.speaker_canonical", "confidence": "q.confidence"},
        "date",
    ),
    "events": _Spec(
        f"SELECT e.*, a.story_id, {_SOURCE} FROM events e JOIN articles a ON a.id = e.article_id",
        "coalesce(e.date, a.published)",
        f"({refs_match('e.actor')} OR {refs_match('e.recipient')})",
        "e.type",
        {"date": "coalesce(e.date, a.published)", "type": "e.type", "confidence": "e.confidence"},
        "date",
        # Events kept but not shown (no source actor, a heading, left out by the event
        # filter) are there for recall studies, not for readers.
        always="e.shown = 1",
    ),
    "positions": _Spec(
        "SELECT p.*, a.story_id, a.duplicate_of, a.source, a.title AS article_title, "
        "a.url AS article_url, a.publisher FROM positions p JOIN articles a ON a.id = p.article_id",
        "p.published",
        actor_match("p.actor_id", "p.canonical"),
        "p.stance",
        {"date": "p.published", "issue": "p.issue", "actor": "p.canonical"},
        "issue",
    ),
    "claims": _Spec(
        f"SELECT c.*, {_SOURCE} FROM claims c JOIN articles a ON a.id = c.article_id",
        "a.published",
        "(instr(sitroom_fold(c.speaker), :actor) > 0)",
        "c.status",
        {"date": "a.published", "status": "c.status"},
        "date",
    ),
}
_TIEBREAK = {
    "articles": "a.article_no",
    "quotes": "q.article_id, q.seq",
    "events": "e.article_id, e.seq",
    "positions": "p.canonical, p.article_id, p.seq",
    "claims": "c.article_id, c.seq",
}


def _window(limit: int | None, offset: int) -> dict[str, int]:
    """``LIMIT :limit OFFSET :offset`` parameters; SQLite reads a negative limit as none."""
    return {"limit": -1 if limit is None else limit, "offset": offset}


def order_by(sort: str, sorts: dict[str, str], what: str) -> str:
    """``ORDER BY`` of a sort key (``date``, ``-date`` for descending) from a fixed table."""
    key = sort.removeprefix("-")
    if key not in sorts:
        valid = ", ".join(f"{k}, -{k}" for k in sorts)
        raise QueryError(f"cannot sort {what} by {sort!r}; valid: {valid}")
    return f"{sorts[key]} {'DESC' if sort.startswith('-') else 'ASC'}"


def _where(
    spec: _Spec, f: Filters, table: str, *, factual: bool = False
) -> tuple[str, dict[str, Any]]:
    clauses: list[str] = [spec.always] if spec.always else []
    params: dict[str, Any] = {}
    if factual and table == "events":
        clauses.append("e.negated = 0 AND e.hypothetical = 0")
    if f.actor:
        clauses.append(spec.actor)
        params["actor"] = fold(f.actor)
    if f.story:
        clauses.append("c.story_id = :story" if table == "claims" else "a.story_id = :story")
        params["story"] = f.story
    if f.outlet:
        clauses.append("sitroom_fold(a.publisher) = :outlet")
        params["outlet"] = fold(f.outlet)
    if f.since:
        clauses.append(f"{spec.date} >= :since")
        params["since"] = f.since
    if f.until:
        # A date with a time (2025-02-13T10:00) is still on its day.
        clauses.append(f"substr({spec.date}, 1, 10) <= :until")
        params["until"] = f.until
    if f.type and spec.type:
        clauses.append(f"upper({spec.type}) = upper(:type)")
        params["type"] = f.type
    if f.issue and table == "positions":
        clauses.append("p.issue = :issue")
        params["issue"] = f.issue
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def rows(
    conn: sqlite3.Connection,
    table: str,
    filters: Filters,
    *,
    sort: str | None = None,
    limit: int | None = 50,
    offset: int = 0,
    factual: bool = False,
) -> Page:
    """One page of ``table`` (articles, quotes, events, positions or claims) with filters;
    ``factual`` leaves out negated and hypothetical events (what a timeline or the network
    counts as having happened)."""
    spec = _SPECS[table]
    sort = sort or spec.default
    order = order_by(sort, spec.sorts, table)
    where, params = _where(spec, filters, table, factual=factual)
    total = conn.execute(f"SELECT count(*) FROM ({spec.select}{where})", params).fetchone()[0]
    sql = f"{spec.select}{where} ORDER BY {order}, {_TIEBREAK[table]} LIMIT :limit OFFSET :offset"
    items = [record(r) for r in conn.execute(sql, {**params, **_window(limit, offset)})]
    return Page(items, int(total), limit, offset, sort)


STORY_SORTS = {
    "recent": "last_date",
    "coverage": "n_articles",
    "title": "title",
    "first": "first_date",
}
ACTOR_SORTS = {"mentions": "mention_count", "name": "canonical", "type": "type"}


def stories(
    conn: sqlite3.Connection,
    f: Filters,
    *,
    sort: str = "-recent",
    limit: int | None = 50,
    offset: int = 0,
) -> Page:
    """Stories with articles (the store keeps no empty one; an empty row is never listed);
    ``since``/``until`` keep those overlapping the range, ``outlet`` those with an article
    from that outlet, ``actor`` those among whose main actors it is."""
    clauses: list[str] = ["n_articles > 0"]
    params: dict[str, Any] = {}
    if f.since:
        clauses.append("coalesce(last_date, first_date) >= :since")
        params["since"] = f.since
    if f.until:
        clauses.append("substr(coalesce(first_date, last_date), 1, 10) <= :until")
        params["until"] = f.until
    if f.outlet:
        clauses.append(
            "EXISTS (SELECT 1 FROM json_each(outlets) o WHERE sitroom_fold(o.value) = :outlet)"
        )
        params["outlet"] = fold(f.outlet)
    if f.actor:
        clauses.append(
            "EXISTS (SELECT 1 FROM json_each(main_actors) o "
            "WHERE instr(sitroom_fold(o.value), :actor) > 0)"
        )
        params["actor"] = fold(f.actor)
    where = " WHERE " + " AND ".join(clauses)
    order = order_by(sort, STORY_SORTS, "stories")
    total = conn.execute(f"SELECT count(*) FROM stories{where}", params).fetchone()[0]
    found = conn.execute(
        f"SELECT * FROM stories{where} ORDER BY {order}, n_articles DESC, story_id "
        "LIMIT :limit OFFSET :offset",
        {**params, **_window(limit, offset)},
    )
    return Page([record(r) for r in found], int(total), limit, offset, sort)


def actors(
    conn: sqlite3.Connection,
    *,
    type: str | None = None,
    name: str | None = None,
    sort: str = "-mentions",
    limit: int | None = 50,
    offset: int = 0,
) -> Page:
    """Actors; ``type`` is PERSON, ORG, GPE, NORP or GROUP, ``name`` part of the name."""
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if type:
        clauses.append("type = upper(:type)")
        params["type"] = type
    if name:
        clauses.append(actor_match("actor_id", "canonical", "name"))
        params["name"] = fold(name)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    order = order_by(sort, ACTOR_SORTS, "actors")
    total = conn.execute(f"SELECT count(*) FROM actors{where}", params).fetchone()[0]
    found = conn.execute(
        f"SELECT * FROM actors{where} ORDER BY {order}, canonical, actor_id "
        "LIMIT :limit OFFSET :offset",
        {**params, **_window(limit, offset)},
    )
    return Page([record(r) for r in found], int(total), limit, offset, sort)
