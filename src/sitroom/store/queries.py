"""Read queries over a store connection: plain SQL, one function per question.

Every function takes a DB-API connection whose rows are :class:`sqlite3.Row` and which has
the SQL function ``sitroom_fold`` (see :func:`fold`); results are plain dicts with JSON
columns decoded, ready for the CLI, the API or ``json.dumps``. Dates are ``YYYY-MM-DD`` text.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sitroom.article import Article
from sitroom.errors import QueryError, StoreError
from sitroom.store.rows import DERIVED, article_from_rows, loads

log = logging.getLogger(__name__)

JSON_COLUMNS = frozenset(
    {
        "quality_flags",
        "context",
        "actor",
        "recipient",
        "outlets",
        "main_actors",
        "summary",
        "support",
        "conflict",
        "contradictions",
        "updated_by",
        "variants",
        "args",
        "reason",
    }
)
BOOL_COLUMNS = frozenset({"negated", "hypothetical", "red_line", "place", "shown"})


def fold(text: str | None) -> str | None:
    """Case- and accent-insensitive form: ``fold("Šakalienė") == fold("sakaliene")``."""
    if text is None:
        return None
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def actor_match(id_col: str, name_col: str, param: str = "actor") -> str:
    """SQL that is true when the folded parameter ``:param`` (see :func:`fold`) is the
    actor id in ``id_col`` or part of the canonical name in ``name_col``."""
    return f"(sitroom_fold({id_col}) = :{param} OR instr(sitroom_fold({name_col}), :{param}) > 0)"


def refs_match(column: str) -> str:
    """SQL that is true when an actor reference in the JSON list ``column`` (an event's
    ``actor`` or ``recipient``) matches ``:actor`` by id, part of the name or country code."""
    return (
        f"EXISTS (SELECT 1 FROM json_each({column}) j WHERE "
        + actor_match("json_extract(j.value, '$.actor_id')", "json_extract(j.value, '$.canonical')")
        + " OR sitroom_fold(json_extract(j.value, '$.country')) = :actor)"
    )


def record(row: sqlite3.Row) -> dict[str, Any]:
    """A row as a dict, JSON columns decoded and 0/1 flags as booleans."""
    out: dict[str, Any] = {}
    for key in row.keys():  # noqa: SIM118 - sqlite3.Row is not iterable by key
        value = row[key]
        if key in JSON_COLUMNS and isinstance(value, str):
            value = loads(value)
        elif key in BOOL_COLUMNS and value is not None:
            value = bool(value)
        out[key] = value
    return out


def table_counts(conn: sqlite3.Connection, tables: Sequence[str]) -> dict[str, int]:
    return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}


def stories(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """All stories, most recent first."""
    rows = conn.execute(
        "SELECT * FROM stories WHERE n_articles > 0 "
        "ORDER BY last_date DESC, n_articles DESC, story_id"
    ).fetchall()
    return [record(r) for r in rows]


def story(conn: sqlite3.Connection, story_id: str) -> dict[str, Any] | None:
    """One story with its articles (oldest first), or None when there is no such story."""
    row = conn.execute("SELECT * FROM stories WHERE story_id = ?", (story_id,)).fetchone()
    if row is None:
        return None
    out = record(row)
    articles = conn.execute(
        """
        SELECT a.id, a.title, a.url, a.publisher, a.published, a.duplicate_of, s.reason
        FROM story_articles s JOIN articles a ON a.id = s.article_id
        WHERE s.story_id = ?
        ORDER BY a.published, a.id
        """,
        (story_id,),
    ).fetchall()
    out["articles"] = [record(a) for a in articles]
    return out


def stories_near(
    conn: sqlite3.Connection, first: str | None, last: str | None, *, undated: int, recent: int
) -> dict[str, list[str]]:
    """Story id -> article ids (stored order) of the stories near a date range (see
    :meth:`sitroom.store.Store.stories_near`)."""
    ids: dict[str, None] = {}
    if first is not None and last is not None:
        for row in conn.execute(
            "SELECT story_id FROM stories WHERE last_date >= ? AND first_date <= ? "
            "ORDER BY first_date, story_id",
            (first, last),
        ):
            ids[row[0]] = None
    if undated:
        for row in conn.execute(
            "SELECT story_id FROM stories WHERE first_date IS NULL ORDER BY rowid DESC LIMIT ?",
            (undated,),
        ):
            ids[row[0]] = None
    if recent:
        for row in conn.execute(
            "SELECT story_id FROM stories WHERE last_date IS NOT NULL "
            "ORDER BY last_date DESC, story_id LIMIT ?",
            (recent,),
        ):
            ids[row[0]] = None
    out: dict[str, list[str]] = {sid: [] for sid in ids}
    for sid in out:
        out[sid] = [
            r[0]
            for r in conn.execute(
                "SELECT s.article_id FROM story_articles s JOIN articles a ON a.id = s.article_id "
                "WHERE s.story_id = ? ORDER BY a.article_no",
                (sid,),
            )
        ]
    return out


def set_duplicates(conn: sqlite3.Connection, duplicate_of: Mapping[str, str | None]) -> None:
    """Set ``duplicate_of`` and the ``duplicate`` quality flag of stored articles."""
    for article_id, original in duplicate_of.items():
        row = conn.execute(
            "SELECT quality_flags FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            continue
        flags = [f for f in json.loads(row[0] or "[]") if f != "duplicate"]
        if original is not None:
            flags.append("duplicate")
        conn.execute(
            "UPDATE articles SET duplicate_of = ?, quality_flags = ? WHERE id = ?",
            (original, json.dumps(flags), article_id),
        )


def actors(
    conn: sqlite3.Connection, limit: int | None = None, type: str | None = None
) -> list[dict[str, Any]]:
    """Actors, most mentioned first; ``type`` filters on PERSON, ORG, GPE, NORP or GROUP."""
    sql = "SELECT * FROM actors"
    params: list[Any] = []
    if type is not None:
        sql += " WHERE type = ?"
        params.append(type.upper())
    sql += " ORDER BY mention_count DESC, canonical, actor_id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [record(r) for r in conn.execute(sql, params)]


# The source article of a quote, event, position or claim.
_SOURCE = "a.source, a.title AS article_title, a.url AS article_url, a.publisher, a.published"


def quotes(conn: sqlite3.Connection, actor: str | None = None) -> list[dict[str, Any]]:
    """Quotes with their source article; ``actor`` matches the speaker's actor id exactly or
    any part of the canonical name, both case- and accent-insensitively."""
    sql = f"""
        SELECT q.*, {_SOURCE}
        FROM quotes q JOIN articles a ON a.id = q.article_id
    """
    params: dict[str, Any] = {}
    if actor:
        sql += " WHERE " + actor_match("q.speaker_actor_id", "q.speaker_canonical")
        params["actor"] = fold(actor)
    sql += " ORDER BY a.published, q.article_id, q.seq"
    return [record(r) for r in conn.execute(sql, params)]


def events(
    conn: sqlite3.Connection,
    actor: str | None = None,
    type: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    hidden: bool = False,
) -> list[dict[str, Any]]:
    """Events, oldest first, with their source article.

    ``actor`` matches either side (actor or recipient) by actor id, part of the canonical
    name or country code (:func:`refs_match`); ``since``/``until`` bound the event date (the
    article's date when the event has none), both inclusive: a date with a time is on its
    day. Events not shown (no source actor, kept for recall studies) are left out unless
    ``hidden`` is true. The same question as :func:`sitroom.store.browse.rows` on events.
    """
    clauses: list[str] = [] if hidden else ["e.shown = 1"]
    params: dict[str, Any] = {}
    if actor:
        clauses.append(f"({refs_match('e.actor')} OR {refs_match('e.recipient')})")
        params["actor"] = fold(actor)
    if type is not None:
        clauses.append("e.type = :type")
        params["type"] = type.upper()
    if since is not None:
        clauses.append("coalesce(e.date, a.published) >= :since")
        params["since"] = _iso(since)
    if until is not None:
        clauses.append("substr(coalesce(e.date, a.published), 1, 10) <= :until")
        params["until"] = _iso(until)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = conn.execute(
        f"""
        SELECT e.*, {_SOURCE}
        FROM events e JOIN articles a ON a.id = e.article_id
        {where}
        ORDER BY coalesce(e.date, a.published), e.article_id, e.seq
        """,
        params,
    )
    return [record(r) for r in rows]


def _iso(value: str | date) -> str:
    return value.isoformat() if isinstance(value, date) else value


def positions(conn: sqlite3.Connection, story_id: str | None = None) -> list[dict[str, Any]]:
    """Positions by issue and actor, with their source article; optionally of one story."""
    sql = f"""
        SELECT p.*, a.story_id, a.duplicate_of, {_SOURCE}
        FROM positions p JOIN articles a ON a.id = p.article_id
    """
    params: list[Any] = []
    if story_id is not None:
        sql += " WHERE a.story_id = ?"
        params.append(story_id)
    sql += " ORDER BY p.issue, p.canonical, p.published, p.article_id, p.seq"
    return [record(r) for r in conn.execute(sql, params)]


def claims(conn: sqlite3.Connection, story_id: str) -> list[dict[str, Any]]:
    """The claims of one story with their status and source article."""
    rows = conn.execute(
        f"""
        SELECT c.*, {_SOURCE}
        FROM claims c JOIN articles a ON a.id = c.article_id
        WHERE c.story_id = ?
        ORDER BY a.published, c.article_id, c.seq
        """,
        (story_id,),
    )
    return [record(r) for r in rows]


def iter_articles(conn: sqlite3.Connection, ids: Sequence[str] | None = None) -> Iterator[Article]:
    """Stored articles rebuilt as :class:`Article`, in the order they were first stored."""
    if ids is None:
        cursor = conn.execute("SELECT * FROM articles ORDER BY article_no")
    else:
        marks = ", ".join("?" for _ in ids)
        cursor = conn.execute(
            f"SELECT * FROM articles WHERE id IN ({marks}) ORDER BY article_no", list(ids)
        )
    for row in cursor.fetchall():
        derived = {
            table: conn.execute(
                f"SELECT * FROM {table} WHERE article_id = ? ORDER BY seq", (row["id"],)
            ).fetchall()
            for table in DERIVED
        }
        yield article_from_rows(row, derived)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One full-text match: an article (title or text) or a quote.

    ``snippet`` marks the matched words with :data:`sitroom.show.safety.MATCH_START` and
    :data:`~sitroom.show.safety.MATCH_END` (control characters no stored text keeps); ``rank``
    is FTS5's bm25 rank (lower is better; ranks of articles and of quotes are merged as
    they are).
    """

    kind: str  # "article" | "quote"
    article_id: str
    title: str | None
    url: str | None
    snippet: str
    rank: float
    quote_id: int | None = None
    speaker: str | None = None


def search(
    conn: sqlite3.Connection, query: str, limit: int = 20, *, strict: bool = False
) -> list[SearchHit]:
    """Articles and quotes matching ``query``, best first.

    ``query`` is FTS5 syntax (``kallas AND ceasefire``, ``"red line"``, ``sanction*``); text
    that does not parse as FTS5 is searched as plain words, all of which must occur, or,
    with ``strict=True``, raises :class:`~sitroom.errors.QueryError`.
    """
    try:
        return _search(conn, query, limit)
    except sqlite3.OperationalError as exc:
        if strict:
            raise QueryError(
                f"search: {query!r} is not a valid FTS5 query ({exc}); quote phrases "
                '("red line"), join words with AND, OR, NOT, end a prefix with *'
            ) from exc
        plain = " ".join('"' + word.replace('"', '""') + '"' for word in query.split())
        log.debug("search: %r is not an FTS5 query (%s); searching words %s", query, exc, plain)
    if not plain:
        return []
    try:
        return _search(conn, plain, limit)
    except sqlite3.Error as exc:
        raise StoreError(f"search for {query!r} failed: {exc}") from exc


def _search(conn: sqlite3.Connection, query: str, limit: int) -> list[SearchHit]:
    articles = conn.execute(
        """
        SELECT a.id, a.title, a.url,
               snippet(articles_fts, -1, char(2), char(3), '…', 12) AS snip,
               articles_fts.rank AS rank
        FROM articles_fts JOIN articles a ON a.article_no = articles_fts.rowid
        WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?
        """,
        (query, limit),
    ).fetchall()
    quotes = conn.execute(
        """
        SELECT q.quote_id, q.article_id, q.speaker_canonical, a.title, a.url,
               snippet(quotes_fts, -1, char(2), char(3), '…', 12) AS snip, quotes_fts.rank AS rank
        FROM quotes_fts
        JOIN quotes q ON q.quote_id = quotes_fts.rowid
        JOIN articles a ON a.id = q.article_id
        WHERE quotes_fts MATCH ? ORDER BY rank LIMIT ?
        """,
        (query, limit),
    ).fetchall()
    hits = [
        SearchHit("article", r["id"], r["title"], r["url"], r["snip"], r["rank"]) for r in articles
    ]
    hits += [
        SearchHit(
            "quote",
            r["article_id"],
            r["title"],
            r["url"],
            r["snip"],
            r["rank"],
            quote_id=r["quote_id"],
            speaker=r["speaker_canonical"],
        )
        for r in quotes
    ]
    hits.sort(key=lambda h: (h.rank, h.kind, h.article_id))
    return hits[:limit]
