"""sitroom's application API: one object over a database, for notebooks, the web server
and scripts.

>>> import sitroom
>>> room = sitroom.open("sitroom.db")                      # doctest: +SKIP
>>> room.ingest(["examples/corpus"])                       # doctest: +SKIP
>>> [s["title"] for s in room.stories(sort="-coverage").items][:3]  # doctest: +SKIP

Lists return a :class:`Page` (``items``, ``total``, ``limit``, ``offset``); filters are
keyword arguments (``actor``, ``story``, ``type``, ``outlet``, ``since``, ``until``); sort
keys are column names, ``-`` first for descending; ``limit=None`` gives every row (what the
command line prints). Unknown ids raise
:class:`~sitroom.errors.NotFoundError`, malformed queries :class:`~sitroom.errors.QueryError`.
Each call opens the database for its own duration, so a :class:`Situation` can be shared
between threads (a web server's workers).
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from sitroom.article import Article
from sitroom.errors import ConfigError, NotFoundError
from sitroom.settings import Settings, load_settings
from sitroom.store import Store, queries, write_records
from sitroom.store import export as export_store
from sitroom.store.browse import Filters, Page
from sitroom.store.browse import actors as actor_page
from sitroom.store.browse import rows as list_rows
from sitroom.store.browse import stories as story_page
from sitroom.store.queries import SearchHit

# Imported where used: the pipeline (ingest) loads spaCy, and the pictures and the positions
# reports need the positions stage, which imports spaCy too; the lists need neither, so the
# command line's list commands start fast.
if TYPE_CHECKING:
    from sitroom.run.runner import RunSummary
    from sitroom.show.positions_report import PositionsReport

__all__ = ["Filters", "Page", "ProposedIssues", "Situation", "open"]


@dataclass(frozen=True, slots=True)
class ProposedIssues:
    """Issues proposed from the stored parses (:meth:`Situation.propose_issues`).

    ``yaml`` is an editable issue catalog (the format of ``--catalog``), each issue with
    who stands where as comments; ``no_parse`` counts the articles left out because they
    were stored without their parse (run them again to include them).
    """

    yaml: str
    no_parse: int


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
        from sitroom.run.runner import run  # loads spaCy: only when something is ingested

        if items and all(isinstance(i, Mapping) for i in items):
            lines = "".join(json.dumps(dict(r), ensure_ascii=False) + "\n" for r in items)  # type: ignore[arg-type]
            return run(
                ["-"], self.settings, db=self.db, stdin=io.StringIO(lines), on_article=on_article
            )
        paths = [str(p) for p in items]  # type: ignore[union-attr]
        return run(paths, self.settings, db=self.db, on_article=on_article)

    def export(self, fmt: str, out: str | Path | TextIO, *, table: str | None = None) -> list[Path]:
        """Write the store as ``jsonl`` records or ``csv``/``parquet`` tables into ``out``
        (a file or folder; ``table`` only that table) and return the files written. ``out``
        may also be an open text stream (``sys.stdout``): the ``jsonl`` records, one
        extraction record per article, are written to it and no file is returned."""
        if not isinstance(out, str | Path):
            if fmt != "jsonl" or table is not None:
                raise ConfigError(
                    f"a stream takes the jsonl records only, not {fmt} {table or 'tables'}; "
                    "give a folder to write tables"
                )
            with Store.open(self.db) as store:
                write_records(store, out)
            return []
        with Store.open(self.db) as store:
            return export_store(store, fmt, Path(out), table=table)

    # -- lists ---------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        with Store.open(self.db) as store:
            return store.table_counts()

    def articles(
        self,
        *,
        sort: str | None = None,
        limit: int | None = 50,
        offset: int = 0,
        **filters: str | None,
    ) -> Page:
        return self._rows("articles", sort, limit, offset, filters)

    def quotes(
        self,
        *,
        sort: str | None = None,
        limit: int | None = 50,
        offset: int = 0,
        **filters: str | None,
    ) -> Page:
        return self._rows("quotes", sort, limit, offset, filters)

    def events(
        self,
        *,
        sort: str | None = None,
        limit: int | None = 50,
        offset: int = 0,
        **filters: str | None,
    ) -> Page:
        return self._rows("events", sort, limit, offset, filters)

    def positions(
        self,
        *,
        sort: str | None = None,
        limit: int | None = 50,
        offset: int = 0,
        **filters: str | None,
    ) -> Page:
        return self._rows("positions", sort, limit, offset, filters)

    def claims(
        self,
        *,
        sort: str | None = None,
        limit: int | None = 50,
        offset: int = 0,
        **filters: str | None,
    ) -> Page:
        """Claims; ``type`` filters on the status (corroborated, single_source, contradicted)."""
        return self._rows("claims", sort, limit, offset, filters)

    def _rows(
        self,
        table: str,
        sort: str | None,
        limit: int | None,
        offset: int,
        filters: Mapping[str, str | None],
    ) -> Page:
        with self._conn() as conn:
            return list_rows(conn, table, Filters(**filters), sort=sort, limit=limit, offset=offset)

    def stories(
        self,
        *,
        sort: str = "-recent",
        limit: int | None = 50,
        offset: int = 0,
        **filters: str | None,
    ) -> Page:
        """Stories; sort by ``recent``, ``coverage``, ``first`` or ``title`` (``-recent``:
        latest last date first, then the most covered)."""
        with self._conn() as conn:
            return story_page(conn, Filters(**filters), sort=sort, limit=limit, offset=offset)

    def actors(
        self,
        *,
        type: str | None = None,
        name: str | None = None,
        sort: str = "-mentions",
        limit: int | None = 50,
        offset: int = 0,
    ) -> Page:
        """Actors, most mentioned first; sort by ``mentions``, ``name`` or ``type``."""
        with self._conn() as conn:
            return actor_page(conn, type=type, name=name, sort=sort, limit=limit, offset=offset)

    def issues(self) -> list[dict[str, Any]]:
        """The issues positions were taken on, with how many statements and actors."""
        from sitroom.store import picture

        with self._conn() as conn:
            found = picture.issues(conn)
        for item in found:
            entry = self._catalog.get(item["issue"])
            item["claim"] = entry.claim if entry else None
        return found

    def search(self, query: str, *, limit: int = 20, strict: bool = False) -> list[SearchHit]:
        """Full-text search (FTS5 syntax) over articles and quotes, best first; with
        ``strict=True`` a malformed query raises QueryError instead of matching plain words."""
        with self._conn() as conn:
            return queries.search(conn, query, limit, strict=strict)

    # -- positions -----------------------------------------------------------------------

    def positions_report(
        self, *, story: str | None = None, catalog: str | None = None, rescore: bool = False
    ) -> PositionsReport:
        """The actor-by-issue matrix of stances of ``story`` (or the corpus) under
        ``catalog`` (a YAML file or a shipped name; default: the setting
        ``positions.catalog``), with how well the catalog fits each story, each cell's
        evidence (sentence, outlet, date) and warnings. With ``rescore=True`` the positions
        are recomputed for the catalog from the stored parses (no model is loaded) instead
        of read as stored. An unknown story gives an empty matrix."""
        from sitroom.show.positions_report import positions_report

        with Store.open(self.db) as store:
            return positions_report(
                store, catalog or self.settings.positions.catalog, story=story, rescore=rescore
            )

    def propose_issues(self, *, story: str | None = None, limit: int = 8) -> ProposedIssues:
        """At most ``limit`` contested issues of ``story`` (or the corpus), proposed from the
        stored parses as an editable catalog for :meth:`positions_report`."""
        from sitroom.show.positions_report import propose_catalog

        with Store.open(self.db) as store:
            text, no_parse = propose_catalog(store, story=story, limit=limit)
        return ProposedIssues(text, no_parse)

    # -- one thing and its picture -------------------------------------------------------

    def article(self, article_id: str) -> dict[str, Any]:
        with Store.open(self.db) as store:
            found = list(store.articles([article_id]))
        if not found:
            raise NotFoundError(f"no article {article_id!r}; list them with articles()")
        return found[0]

    def load_articles(self, ids: Sequence[str]) -> list[Article]:
        """The stored articles ``ids`` as :class:`~sitroom.article.Article` objects with every
        layer (mentions, quotes, events, positions, claims), in the order they were stored;
        ids that are not stored are left out."""
        with Store.open(self.db) as store:
            return list(store.load_articles(ids))

    def story(self, story_id: str) -> dict[str, Any]:
        """A story with its articles, cited summary, timeline, positions matrix and claims."""
        from sitroom.store import picture

        with self._conn() as conn:
            found = picture.story(conn, story_id)
        if found is None:
            raise NotFoundError(f"no story {story_id!r}; list them with stories()")
        return found

    def story_members(self, story_id: str) -> dict[str, Any]:
        """A story as stored (the row of :meth:`stories`) with its ``articles``, oldest
        first, each with why it joined: ``reason`` (how, the shared actors, names and event
        types) and ``why``, the reason in words. :meth:`story` is the fuller picture."""
        from sitroom.stories.record import describe

        with self._conn() as conn:
            found = queries.story(conn, story_id)
        if found is None:
            raise NotFoundError(f"no story {story_id!r}; list them with stories()")
        for article in found["articles"]:
            article["why"] = describe(article.get("reason"))
        return found

    def actor(self, actor_id: str) -> dict[str, Any]:
        """An actor with roles, quotes, events as source and target, positions over time,
        name variants and where it comes from."""
        from sitroom.store import picture

        with self._conn() as conn:
            found = picture.actor(conn, actor_id, self._kb_entry(actor_id))
        if found is None:
            raise NotFoundError(f"no actor {actor_id!r}; list them with actors()")
        return found

    def issue(self, issue_id: str) -> dict[str, Any]:
        """Who stands where on an issue and how that changed."""
        from sitroom.store import picture

        with self._conn() as conn:
            found = picture.issue(conn, issue_id)
        entry = self._catalog.get(issue_id)
        if entry is None and not found["positions"]:
            raise NotFoundError(f"no issue {issue_id!r}; list them with issues()")
        found["claim"] = entry.claim if entry else None
        return found

    def network(self, *, kind: str | None = None, **filters: str | None) -> dict[str, Any]:
        """Actors and weighted edges from events and statements (``kind``: event, statement)."""
        from sitroom.store import picture

        with self._conn() as conn:
            return picture.network(conn, Filters(**filters), kind=kind)

    def overview(self) -> dict[str, Any]:
        """Recent and most covered stories, active actors, contradictions, quality warnings."""
        from sitroom.store import picture

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
