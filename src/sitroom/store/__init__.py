"""The store: SQLite with migrations, full-text search, queries and export.

>>> with Store.open("sitroom.db") as store:  # doctest: +SKIP
...     store.save_articles(articles)
...     store.rebuild_actors()
...     store.quotes("Kaja Kallas")

The schema is in the migration files next to this module (``0001_initial.sql``, ...); the
tables are meant to be queried with plain SQL too.
"""

from sitroom.store.build import StoryLike
from sitroom.store.core import (
    DATA_TABLES,
    LOG_TABLES,
    TABLES,
    Store,
)
from sitroom.store.export import EXPORTABLE, FORMATS, export, flat_events, write_records
from sitroom.store.queries import SearchHit
from sitroom.store.writes import SaveResult, Skipped

__all__ = [
    "DATA_TABLES",
    "EXPORTABLE",
    "FORMATS",
    "LOG_TABLES",
    "TABLES",
    "SaveResult",
    "SearchHit",
    "Skipped",
    "Store",
    "StoryLike",
    "export",
    "flat_events",
    "write_records",
]
