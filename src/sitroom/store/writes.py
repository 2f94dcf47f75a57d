"""Writing articles and stories: the SQL of the two big writes, run inside a transaction of
:class:`sitroom.store.core.Store` (which owns the connection, the transactions and the run
log)."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sitroom.article import Article
from sitroom.store import queries
from sitroom.store.build import STORY_COLUMNS, StoryLike, story_values
from sitroom.store.rows import (
    ARTICLE_COLUMNS,
    DERIVED,
    article_row,
    derived_rows,
    dumps,
    insert_sql,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Skipped:
    """An article ``save_articles`` did not store, and why."""

    article_id: str
    source: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What ``save_articles`` did: articles added, articles already stored (and refreshed),
    and articles it could not store."""

    n_new: int
    n_existing: int
    skipped: tuple[Skipped, ...] = ()


def save_articles(conn: sqlite3.Connection, articles: Iterable[Article]) -> SaveResult:
    """Store ``articles`` (see :meth:`sitroom.store.core.Store.save_articles`)."""
    n_new = n_existing = 0
    skipped: list[Skipped] = []
    # The first file stored keeps its ``source``: a later exact copy refreshes the rest.
    update = (
        "UPDATE articles SET "
        + ", ".join(f"{c} = ?" for c in ARTICLE_COLUMNS[3:])
        + " WHERE id = ?"
    )
    for article in articles:
        if not article.id:
            skipped.append(Skipped("", article.source, "no id; call Article.assign_id() first"))
            continue
        row = article_row(article)
        chash = row[1]
        found = conn.execute("SELECT id FROM articles WHERE content_hash = ?", (chash,)).fetchone()
        if found is not None:
            article_id = str(found["id"])
            if article_id != article.id:
                log.debug("%s: same content as stored %s", article.id, article_id)
            conn.execute(update, (*row[3:], article_id))
            for table in DERIVED:
                conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
            n_existing += 1
        else:
            other = conn.execute(
                "SELECT content_hash FROM articles WHERE id = ?", (article.id,)
            ).fetchone()
            if other is not None:
                skipped.append(_id_conflict(article))
                continue
            conn.execute(
                insert_sql("articles", (*ARTICLE_COLUMNS, "ingested_at")),
                (*row, now()),
            )
            article_id = article.id
            n_new += 1
        for table, rows in derived_rows(article, article_id).items():
            if rows:
                conn.executemany(insert_sql(table, DERIVED[table]), rows)
    return SaveResult(n_new, n_existing, tuple(skipped))


def save_stories(
    conn: sqlite3.Connection,
    stories: Iterable[StoryLike | Mapping[str, Any]],
    *,
    replace: bool,
    remove: Iterable[str],
    state: Mapping[str, bytes] | None,
    duplicates: Mapping[str, str | None] | None,
) -> int:
    """Store ``stories`` (see :meth:`sitroom.store.core.Store.save_stories`)."""
    n = 0
    if replace:
        conn.execute("DELETE FROM stories")
    for sid in remove:
        conn.execute("DELETE FROM stories WHERE story_id = ?", (sid,))
    for story in stories:
        values, ids = story_values(story)
        sid = values["story_id"]
        reasons = _reasons(story)
        if ids is None:
            ids = [r[0] for r in conn.execute("SELECT id FROM articles WHERE story_id = ?", (sid,))]
        present = [i for i in dict.fromkeys(ids) if _exists(conn, i)]
        if len(present) < len(ids):
            missing = sorted(set(ids) - set(present))
            log.warning("story %s: articles not in the store: %s", sid, missing)
        conn.execute(
            insert_sql("stories", STORY_COLUMNS)
            + " ON CONFLICT (story_id) DO UPDATE SET "
            + ", ".join(f"{c} = excluded.{c}" for c in STORY_COLUMNS[1:]),
            [values[c] for c in STORY_COLUMNS],
        )
        conn.execute("DELETE FROM story_articles WHERE story_id = ?", (sid,))
        for article_id in present:
            conn.execute("DELETE FROM story_articles WHERE article_id = ?", (article_id,))
            conn.execute(
                "INSERT INTO story_articles (story_id, article_id, reason) VALUES (?, ?, ?)",
                (sid, article_id, reasons.get(article_id)),
            )
            conn.execute("UPDATE articles SET story_id = ? WHERE id = ?", (sid, article_id))
            conn.execute("UPDATE claims SET story_id = ? WHERE article_id = ?", (sid, article_id))
        n += 1
    conn.execute(
        "UPDATE stories SET n_articles = (SELECT count(*) FROM story_articles s "
        "WHERE s.story_id = stories.story_id)"
    )
    # No empty story is ever stored (its articles all moved to other stories).
    gone = conn.execute("DELETE FROM stories WHERE n_articles = 0").rowcount
    if gone:
        log.info("removed %d stories left without articles", gone)
    if duplicates:
        queries.set_duplicates(conn, duplicates)
    for name, value in (state or {}).items():
        conn.execute(
            "INSERT INTO story_state (name, value) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            (name, value),
        )
    return n


def _reasons(story: StoryLike | Mapping[str, Any]) -> dict[str, str]:
    raw = story.get("reasons") if isinstance(story, Mapping) else getattr(story, "reasons", None)
    return {str(k): dumps(v) for k, v in (raw or {}).items()}


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _exists(conn: sqlite3.Connection, article_id: str) -> bool:
    return conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None


def _id_conflict(article: Article) -> Skipped:
    return Skipped(
        article.id,
        article.source,
        f"id {article.id!r} is already stored for a different text; give each document "
        "its own id (or none, to derive one from the content)",
    )
