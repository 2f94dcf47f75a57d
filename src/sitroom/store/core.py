"""The SQLite store: open (and migrate), write in transactional batches, ask questions.

A :class:`Store` wraps one connection in autocommit mode; every write method runs in one
``BEGIN IMMEDIATE`` ... ``COMMIT`` transaction, so a failure rolls back that batch only and
raises :class:`~sitroom.errors.StoreError` with the sqlite3 error as its cause. The SQL of the
schema lives in the migration files; the reads are in :mod:`sitroom.store.queries`, the SQL of
the two big writes (articles, stories) in :mod:`sitroom.store.writes`.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from sitroom.article import Article
from sitroom.errors import StoreError
from sitroom.store import queries, writes
from sitroom.store.build import ACTOR_COLUMNS, ACTOR_MENTIONS_SQL, StoryLike, actor_rows
from sitroom.store.migrate import migrate
from sitroom.store.queries import SearchHit, fold
from sitroom.store.rows import (
    DERIVED,
    derived_rows,
    dumps,
    insert_sql,
)
from sitroom.store.writes import SaveResult

log = logging.getLogger(__name__)

# Tables that hold what was extracted; running the same input twice leaves their counts alone.
DATA_TABLES = (
    "articles",
    "mentions",
    "actors",
    "quotes",
    "events",
    "positions",
    "stories",
    "story_articles",
    "claims",
)
# The run log: one row per run and per skipped input, so these grow with every run.
LOG_TABLES = ("runs", "skipped")
TABLES = DATA_TABLES + LOG_TABLES

LOCAL_PREFIX = "local:"
#: A writer first waits this long for a lock, then says that it waits and waits the rest.
_FIRST_TRY_MS = 250


class Store:
    """A sitroom database. Open it with :meth:`Store.open`, ideally in a ``with`` block."""

    def __init__(
        self, conn: sqlite3.Connection, path: str, version: int, busy_timeout_ms: int = 5000
    ) -> None:
        self._conn = conn
        self.path = path
        self.schema_version = version
        self.busy_timeout_ms = busy_timeout_ms
        self._depth = 0  # > 0 inside a write transaction (see :meth:`batch`)

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, busy_timeout_ms: int = 5000) -> Store:
        """Open (creating and migrating if needed) the database at ``path``.

        ``":memory:"`` gives a throwaway database. Waits up to ``busy_timeout_ms`` for a lock
        held by another process.
        """
        where = str(path)
        conn: sqlite3.Connection | None = None
        try:
            if where != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(where, timeout=busy_timeout_ms / 1000, isolation_level=None)
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.create_function("sitroom_fold", 1, fold, deterministic=True)
            version = migrate(conn, where)
        except (sqlite3.Error, OSError) as exc:
            if conn is not None:
                conn.close()
            raise StoreError(
                f"{where}: cannot open the database ({exc}); give the path of a sitroom "
                "database, or of a new file to create one"
            ) from exc
        except StoreError:
            if conn is not None:
                conn.close()
            raise
        log.debug("%s: opened at schema version %d", where, version)
        return cls(conn, where, version, busy_timeout_ms)

    def close(self) -> None:
        try:
            self._conn.execute("PRAGMA optimize")
        except sqlite3.Error as exc:  # a closed or broken connection: nothing to optimise
            log.debug("%s: PRAGMA optimize failed: %s", self.path, exc)
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying connection, for plain SQL reads (rows are ``sqlite3.Row``)."""
        return self._conn

    @contextmanager
    def _transaction(self, what: str) -> Iterator[sqlite3.Connection]:
        """One ``BEGIN IMMEDIATE`` ... ``COMMIT`` write transaction.

        Inside :meth:`batch` it joins the batch's transaction instead. Another process
        writing to the database makes it wait (logging that it waits) up to the busy
        timeout, then fail with a message that says so.
        """
        conn = self._conn
        if self._depth:
            self._depth += 1
            try:
                yield conn
            finally:
                self._depth -= 1
            return
        self._begin(what)
        self._depth = 1
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(
                    f"{self.path}: could not {what} ({exc}); this batch was rolled back and "
                    "what was stored before it is unchanged"
                ) from exc
            raise
        finally:
            self._depth = 0

    def _begin(self, what: str) -> None:
        conn = self._conn
        quick = min(self.busy_timeout_ms, _FIRST_TRY_MS)
        try:
            conn.execute(f"PRAGMA busy_timeout = {quick}")
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
            log.warning(
                "%s: another process is writing to this database; waiting up to %.0f s for it",
                self.path,
                self.busy_timeout_ms / 1000,
            )
            conn.execute(f"PRAGMA busy_timeout = {max(0, self.busy_timeout_ms - quick)}")
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(
                f"{self.path}: cannot {what} ({exc}); another sitroom kept this database "
                f"locked for {self.busy_timeout_ms / 1000:.0f} s: wait for it to finish, raise "
                "store.busy_timeout_ms, or use another --db file"
            ) from exc
        finally:
            conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}")

    @contextmanager
    def batch(self, what: str = "commit a batch") -> Iterator[Store]:
        """One write transaction around several write methods: all of them are committed
        together, or (on any exception) none is.

        ``with store.batch(): store.save_articles(...); store.save_stories(...)``
        """
        with self._transaction(what):
            yield self

    # -- writing -------------------------------------------------------------------------

    def save_articles(self, articles: Iterable[Article]) -> SaveResult:
        """Store a batch of articles in one transaction.

        An article whose content (``content_hash``) is already stored is not stored again:
        its metadata (all but the first file's ``source``) is updated and its mentions,
        quotes, events, positions and claims are replaced, so saving the same articles twice
        leaves the same rows. An article without an id, or whose id is stored for different
        content, is skipped and reported in :attr:`SaveResult.skipped`. The iterable is
        consumed inside the transaction.
        """
        with self._transaction("save the articles") as conn:
            result = writes.save_articles(conn, articles)
        for skip in result.skipped:
            log.warning("article %s (%s) not stored: %s", skip.article_id, skip.source, skip.reason)
        log.info(
            "%s: stored %d new and %d known articles", self.path, result.n_new, result.n_existing
        )
        return result

    def save_stories(
        self,
        stories: Iterable[StoryLike | Mapping[str, Any]],
        *,
        replace: bool = False,
        remove: Iterable[str] = (),
        state: Mapping[str, bytes] | None = None,
        duplicates: Mapping[str, str | None] | None = None,
    ) -> int:
        """Store stories (insert or update by ``story_id``) in one transaction; return how many.

        Listed articles that are not stored are left out with a warning; a listed article
        leaves any other story it was in, and its ``story_id`` (and its claims') is set to this
        story; ``n_articles`` counts each story's stored articles. With ``replace=True`` every
        stored story is deleted first (a full re-clustering); the stories in ``remove`` are
        deleted first too. A story's ``reasons`` (article id -> why it joined) go to
        ``story_articles.reason``; ``state`` (name -> blob) is the story clusterer's state,
        saved in the same transaction, and so are ``duplicates`` (article id -> the article
        it is a near-duplicate copy of, or None: ``duplicate_of`` and the quality flag
        ``duplicate`` of stored articles). A story left without articles is deleted: no empty
        story is stored.
        """
        with self._transaction("save the stories") as conn:
            n = writes.save_stories(
                conn, stories, replace=replace, remove=remove, state=state, duplicates=duplicates
            )
        log.info("%s: stored %d stories", self.path, n)
        return n

    def story_state(self, name: str) -> bytes | None:
        """A named blob of the story clusterer's state (None when never saved)."""
        row = self._conn.execute("SELECT value FROM story_state WHERE name = ?", (name,)).fetchone()
        return bytes(row[0]) if row is not None else None

    def stories_near(
        self, first: str | None, last: str | None, *, undated: int = 0, recent: int = 0
    ) -> dict[str, list[str]]:
        """Stored stories (id -> article ids) whose dates come within ``[first, last]``
        (ISO dates), the ``undated`` most recent stories without a date, and the ``recent``
        stories with the latest last dates."""
        return queries.stories_near(self._conn, first, last, undated=undated, recent=recent)

    def rebuild_actors(self, *, local_prefix: str = LOCAL_PREFIX) -> int:
        """Recompute the ``actors`` table from the mentions; return the number of actors.

        The mentions are read inside the write transaction, so a writer committing in
        between cannot leave actors out. See :func:`sitroom.store.build.actor_rows` for how
        each actor is summarised; ids starting with ``local_prefix`` are corpus-local
        actors (``kind = 'local'``).
        """
        with self._transaction("rebuild the actors") as conn:
            rows = conn.execute(
                f"{ACTOR_MENTIONS_SQL} WHERE m.actor_id IS NOT NULL AND m.place = 0 "
                "ORDER BY m.mention_id"
            )
            actors = actor_rows(rows, local_prefix)
            conn.execute("DELETE FROM actors")
            conn.executemany(insert_sql("actors", ACTOR_COLUMNS), actors)
        log.info("%s: %d actors", self.path, len(actors))
        return len(actors)

    def refresh_actors(self, actor_ids: Iterable[str], *, local_prefix: str = LOCAL_PREFIX) -> None:
        """Recompute the ``actors`` rows of ``actor_ids`` from their mentions (the rows
        :meth:`rebuild_actors` would give them; an id without mentions loses its row)."""
        with self._transaction("update the actors") as conn:
            for chunk in _chunks(sorted(set(actor_ids)), 500):
                marks = ", ".join("?" for _ in chunk)
                conn.execute(f"DELETE FROM actors WHERE actor_id IN ({marks})", chunk)
                rows = conn.execute(
                    f"{ACTOR_MENTIONS_SQL} WHERE m.actor_id IN ({marks}) AND m.place = 0 "
                    "ORDER BY m.mention_id",
                    chunk,
                )
                conn.executemany(
                    insert_sql("actors", ACTOR_COLUMNS), actor_rows(rows, local_prefix)
                )

    def replace_claims(self, articles: Iterable[Article]) -> int:
        """Replace the stored claims of ``articles`` (stored ones) with ``article.claims``;
        return how many claims were written."""
        n = 0
        with self._transaction("store the claims") as conn:
            for article in articles:
                conn.execute("DELETE FROM claims WHERE article_id = ?", (article.id,))
                rows = derived_rows(article, article.id)["claims"]
                conn.executemany(insert_sql("claims", DERIVED["claims"]), rows)
                n += len(rows)
        return n

    def stored_id(self, content_hash: str) -> str | None:
        """The id of the stored article with this content hash, if any."""
        row = self._conn.execute(
            "SELECT id FROM articles WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        return None if row is None else str(row["id"])

    def story_articles(
        self, story_ids: Iterable[str], have: Mapping[str, Article] | None = None
    ) -> list[Article]:
        """The stored articles of these stories, in the order they were first stored;
        the ones in ``have`` (by id: the caller holds them as stored) are not loaded."""
        numbered: list[tuple[int, str]] = []
        for chunk in _chunks(sorted(set(story_ids)), 500):
            marks = ", ".join("?" for _ in chunk)
            numbered += [
                (int(r[0]), str(r[1]))
                for r in self._conn.execute(
                    "SELECT a.article_no, s.article_id FROM story_articles AS s "
                    f"JOIN articles AS a ON a.id = s.article_id WHERE s.story_id IN ({marks})",
                    chunk,
                )
            ]
        ids = [article_id for _, article_id in sorted(numbered)]
        have = have or {}
        missing = [i for i in ids if i not in have]
        loaded = {a.id: a for a in queries.iter_articles(self._conn, missing)} if missing else {}
        return [have[i] if i in have else loaded[i] for i in ids]

    def start_run(self, args: Mapping[str, Any]) -> int:
        """Log the start of a run (``args``: its options, JSON-able); return its run id."""
        with self._transaction("log the run") as conn:
            cursor = conn.execute(
                "INSERT INTO runs (started_at, args) VALUES (?, ?)",
                (writes.now(), dumps(dict(args))),
            )
        return int(cursor.lastrowid or 0)

    def finish_run(self, run_id: int, *, n_ok: int, n_skipped: int) -> None:
        with self._transaction("log the run") as conn:
            conn.execute(
                "UPDATE runs SET finished_at = ?, n_ok = ?, n_skipped = ? WHERE run_id = ?",
                (writes.now(), n_ok, n_skipped, run_id),
            )

    def record_skipped(self, run_id: int, path: str, reason: str, line: int | None = None) -> None:
        """Log an input the run skipped, with where it is and why."""
        with self._transaction("log a skipped input") as conn:
            conn.execute(
                "INSERT INTO skipped (run_id, path, line, reason) VALUES (?, ?, ?, ?)",
                (run_id, path, line, reason),
            )

    # -- reading -------------------------------------------------------------------------

    def table_counts(self, *, log_tables: bool = False) -> dict[str, int]:
        """Rows per data table (and per run-log table with ``log_tables=True``)."""
        return queries.table_counts(self._conn, TABLES if log_tables else DATA_TABLES)

    def articles(self, ids: Sequence[str] | None = None) -> Iterator[dict[str, Any]]:
        """Stored articles as extraction records (the shape of ``Article.to_record()``)."""
        for article in self.load_articles(ids):
            yield article.to_record()

    def load_articles(self, ids: Sequence[str] | None = None) -> Iterator[Article]:
        """Stored articles rebuilt as :class:`Article` (without raw text or repair log)."""
        return queries.iter_articles(self._conn, ids)

    def stories(self) -> list[dict[str, Any]]:
        return queries.stories(self._conn)

    def story(self, story_id: str) -> dict[str, Any] | None:
        return queries.story(self._conn, story_id)

    def actors(self, limit: int | None = None, type: str | None = None) -> list[dict[str, Any]]:
        return queries.actors(self._conn, limit, type)

    def quotes(self, actor: str | None = None) -> list[dict[str, Any]]:
        return queries.quotes(self._conn, actor)

    def events(
        self,
        actor: str | None = None,
        type: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        hidden: bool = False,
    ) -> list[dict[str, Any]]:
        return queries.events(self._conn, actor, type, since, until, hidden)

    def positions(self, story_id: str | None = None) -> list[dict[str, Any]]:
        return queries.positions(self._conn, story_id)

    def claims(self, story_id: str) -> list[dict[str, Any]]:
        return queries.claims(self._conn, story_id)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        return queries.search(self._conn, query, limit)


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
