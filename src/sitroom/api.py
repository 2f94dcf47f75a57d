"""sitroom's application API: one object over a database, for notebooks, the web server
and scripts.

>>> import sitroom
>>> room = sitroom.open("sitroom.db")                      # doctest: +SKIP
>>> room.ingest(["examples/corpus"])                       # doctest: +SKIP
>>> [s["title"] for s in room.stories(sort="-coverage").items][:3]  # doctest: +SKIP

Lists return a :class:`Page` (``items``, ``total``, ``limit``, ``offset``); filters are
keyword arguments (``actor``, ``story``, ``type``, ``outlet``, ``since``, ``until``); sort
keys are column names, ``-`` first for descending. Unknown ids raise
:class:`~sitroom.errors.NotFoundError`, malformed queries :class:`~sitroom.errors.QueryError`.
Each call opens the database for its own duration, so a :class:`Situation` can be shared
between threads (a web server's workers).
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import Any

from sitroom.article import Article
from sitroom.errors import NotFoundError
from sitroom.run.runner import RunSummary, run
from sitroom.settings import Settings, load_settings
from sitroom.store import Store, picture
from sitroom.store import export as export_store
from sitroom.store.browse import Filters, Page
from sitroom.store.browse import actors as actor_page
from sitroom.store.browse import rows as list_rows
from sitroom.store.browse import stories as story_page
from sitroom.store.queries import SearchHit

__all__ = ["Filters", "Page", "Situation", "open"]


class Situation:
    """A sitroom database and the settings to fill it with. Make one with :func:`open`."""

    def __init__(self, db: str, settings: Settings) -> None:
        self.db = db
        self.settings = settings

    def __repr__(self) -> str:
        return f"Situation({self.db!r})"

    @contextmanager
    def _conn(self) -> Iterator[Any]:
        with Store.open(self.db) as store:
            yield store.connection

    # -- writing -------------------------------------------------------------------------

    def ingest(
        self,
        items: Sequence[str | Path] | Sequence[Mapping[str, Any]],
        *,
        on_article: Callable[[Article], None] | None = None,
    ) -> RunSummary:
        """Read, extract, cluster and store documents: paths (files or folders) or records
        (dicts with at least ``text``, as in a JSONL file: ``title``, ``url``, ``published``,
        ``publisher``, ``id`` ...). Returns what the run did; bad inputs are in ``skipped``."""
        if items and all(isinstance(i, Mapping) for i in items):
            lines = "".join(json.dumps(dict(r), ensure_ascii=False) + "\n" for r in items)  # type: ignore[arg-type]
            return run(
                ["-"], self.settings, db=self.db, stdin=io.StringIO(lines), on_article=on_article
            )
        paths = [str(p) for p in items]  # type: ignore[union-attr]
        return run(paths, self.settings, db=self.db, on_article=on_article)

    def export(self, fmt: str, out: str | Path, *, table: str | None = None) -> list[Path]:
        """Write the store as ``jsonl`` records or ``csv``/``parquet`` tables into ``out``."""
        with Store.open(self.db) as store:
            return export_store(store, fmt, Path(out), table=table)

    # -- lists ---------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        with Store.open(self.db) as store:
            return store.table_counts()

    def articles(
        self, *, sort: str | None = None, limit: int = 50, offset: int = 0, **filters: str | None
    ) -> Page:
        return self._rows("articles", sort, limit, offset, filters)

    def quotes(
        self, *, sort: str | None = None, limit: int = 50, offset: int = 0, **filters: str | None
    ) -> Page:
        return self._rows("quotes", sort, limit, offset, filters)

    def events(
        self, *, sort: str | None = None, limit: int = 50, offset: int = 0, **filters: str | None
    ) -> Page:
        return self._rows("events", sort, limit, offset, filters)

    def positions(
        self, *, sort: str | None = None, limit: int = 50, offset: int = 0, **filters: str | None
    ) -> Page:
        return self._rows("positions", sort, limit, offset, filters)

    def claims(
        self, *, sort: str | None = None, limit: int = 50, offset: int = 0, **filters: str | None
    ) -> Page:
        """Claims; ``type`` filters on the status (corroborated, single_source, contradicted)."""
        return self._rows("claims", sort, limit, offset, filters)

    def _rows(
        self,
        table: str,
        sort: str | None,
        limit: int,
        offset: int,
        filters: Mapping[str, str | None],
    ) -> Page:
        with self._conn() as conn:
            return list_rows(conn, table, Filters(**filters), sort=sort, limit=limit, offset=offset)

    def stories(
        self, *, sort: str = "-recent", limit: int = 50, offset: int = 0, **filters: str | None
    ) -> Page:
        """Stories; sort by ``recent``, ``coverage``, ``first`` or ``title``."""
        with self._conn() as conn:
            return story_page(conn, Filters(**filters), sort=sort, limit=limit, offset=offset)

    def actors(
        self,
        *,
        type: str | None = None,
        name: str | None = None,
        sort: str = "-mentions",
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        """Actors, most mentioned first; sort by ``mentions``, ``name`` or ``type``."""
        with self._conn() as conn:
            return actor_page(conn, type=type, name=name, sort=sort, limit=limit, offset=offset)

    def issues(self) -> list[dict[str, Any]]:
        """The issues positions were taken on, with how many statements and actors."""
        with self._conn() as conn:
            found = picture.issues(conn)
        for item in found:
            entry = self._catalog.get(item["issue"])
            item["claim"] = entry.claim if entry else None
        return found

    def search(self, query: str, *, limit: int = 20, strict: bool = False) -> list[SearchHit]:
        """Full-text search (FTS5 syntax) over articles and quotes, best first; with
        ``strict=True`` a malformed query raises QueryError instead of matching plain words."""
        from sitroom.store.queries import search

        with self._conn() as conn:
            return search(conn, query, limit, strict=strict)

    # -- one thing and its picture -------------------------------------------------------

    def article(self, article_id: str) -> dict[str, Any]:
        with Store.open(self.db) as store:
            found = list(store.articles([article_id]))
        if not found:
            raise NotFoundError(f"no article {article_id!r}; list them with articles()")
        return found[0]

    def story(self, story_id: str) -> dict[str, Any]:
        """A story with its articles, cited summary, timeline, positions matrix and claims."""
        with self._conn() as conn:
            found = picture.story(conn, story_id)
        if found is None:
            raise NotFoundError(f"no story {story_id!r}; list them with stories()")
        return found

    def actor(self, actor_id: str) -> dict[str, Any]:
        """An actor with roles, quotes, events as source and target, positions over time,
        name variants and where it comes from."""
        with self._conn() as conn:
            found = picture.actor(conn, actor_id, self._kb_entry(actor_id))
        if found is None:
            raise NotFoundError(f"no actor {actor_id!r}; list them with actors()")
        return found

    def issue(self, issue_id: str) -> dict[str, Any]:
        """Who stands where on an issue and how that changed."""
        with self._conn() as conn:
            found = picture.issue(conn, issue_id)
        entry = self._catalog.get(issue_id)
        if entry is None and not found["positions"]:
            raise NotFoundError(f"no issue {issue_id!r}; list them with issues()")
        found["claim"] = entry.claim if entry else None
        return found

    def network(self, *, kind: str | None = None, **filters: str | None) -> dict[str, Any]:
        """Actors and weighted edges from events and statements (``kind``: event, statement)."""
        with self._conn() as conn:
            return picture.network(conn, Filters(**filters), kind=kind)

    def overview(self) -> dict[str, Any]:
        """Recent and most covered stories, active actors, contradictions, quality warnings."""
        with self._conn() as conn:
            return picture.overview(conn)

    @cached_property
    def _catalog(self) -> Any:
        from sitroom.nlp.positions.catalog import load_catalog

        return load_catalog(self.settings.positions.catalog)

    def _kb_entry(self, actor_id: str) -> dict[str, Any] | None:
        from sitroom.nlp.actors.kb import load_kb

        found = load_kb(self.settings.kb.user_file).get(actor_id)
        if found is None:
            return None
        return {
            "name": found.name,
            "kind": found.kind,
            "aliases": list(found.aliases),
            "country": found.country,
            "roles": [
                {
                    "title": r.title,
                    "country": r.country,
                    "org": r.org,
                    "start": r.start.isoformat() if r.start else None,
                    "end": r.end.isoformat() if r.end else None,
                }
                for r in found.roles
            ],
        }


def open(db: str | Path, settings: Settings | None = None) -> Situation:
    """The situation in the database ``db`` (created when missing), with ``settings``
    (default: :func:`sitroom.settings.load_settings`)."""
    settings = settings or load_settings()
    with Store.open(db):
        pass
    return Situation(str(db), settings)
