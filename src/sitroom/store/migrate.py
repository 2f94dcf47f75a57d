"""Schema migrations: ordered SQL files shipped in the package, recorded in the database.

A migration is a file ``NNNN_name.sql`` next to this module (``0001_initial.sql``, ...). They
are applied in version order, each in one transaction together with its row in
``schema_migrations``, so a failed migration leaves the database at the previous version.
A database whose version is newer than the newest file is refused: this code does not know
its tables.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources

from sitroom.errors import StoreError

log = logging.getLogger(__name__)

_FILE = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")

_BOOKKEEPING = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
)
"""


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def available() -> list[Migration]:
    """The migrations shipped with this code, in version order."""
    found: list[Migration] = []
    for entry in resources.files(__package__ or "sitroom.store").iterdir():
        match = _FILE.match(entry.name)
        if match:
            found.append(
                Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")),
            )
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise StoreError(
            f"store migrations must be numbered 1, 2, 3, ... without gaps; found {versions}"
        )
    return found


def latest_version() -> int:
    return len(available())


def current_version(conn: sqlite3.Connection) -> int:
    """The newest migration applied to ``conn`` (0 for an empty database)."""
    row = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(conn: sqlite3.Connection, where: str) -> int:
    """Bring the database up to the newest migration; return its version.

    ``conn`` must be in autocommit mode (``isolation_level=None``). ``where`` names the
    database in messages.
    """
    _refuse_foreign_database(conn, where)
    conn.execute(_BOOKKEEPING)
    migrations = available()
    known = migrations[-1].version if migrations else 0
    version = current_version(conn)
    if version > known:
        raise StoreError(
            f"{where}: the database has schema version {version}, but this sitroom only knows "
            f"versions up to {known}; upgrade sitroom (pip install -U sitroom) or open "
            "another database file"
        )
    for migration in migrations:
        if migration.version > version:
            _apply(conn, migration, where)
    return current_version(conn)


def _refuse_foreign_database(conn: sqlite3.Connection, where: str) -> None:
    names = {
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
    }
    if names and "schema_migrations" not in names:
        raise StoreError(
            f"{where}: this SQLite file is not a sitroom database (it has tables "
            f"{', '.join(sorted(names)[:5])} but no schema_migrations); give a new file name"
        )


def statements(sql: str) -> list[str]:
    """Split a script into complete statements (trigger bodies hold semicolons)."""
    out: list[str] = []
    start = 0
    for pos, char in enumerate(sql):
        if char == ";" and sqlite3.complete_statement(sql[start : pos + 1]):
            out.append(sql[start : pos + 1].strip())
            start = pos + 1
    rest = "\n".join(line for line in sql[start:].splitlines() if not line.strip().startswith("--"))
    if rest.strip():
        raise StoreError(f"migration ends with an incomplete statement: {rest.strip()[:60]!r}")
    return out


def _apply(conn: sqlite3.Connection, migration: Migration, where: str) -> None:
    label = f"{migration.version:04d}_{migration.name}"
    try:
        conn.execute("BEGIN IMMEDIATE")
        # Another process may have applied it while we waited for the write lock.
        if conn.execute(
            "SELECT 1 FROM schema_migrations WHERE version = ?", (migration.version,)
        ).fetchone():
            conn.execute("ROLLBACK")
            return
        for statement in statements(migration.sql):
            conn.execute(statement)
        conn.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
            (migration.version, migration.name, datetime.now(UTC).isoformat(timespec="seconds")),
        )
        conn.execute("COMMIT")
    except (sqlite3.Error, StoreError) as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise StoreError(f"{where}: migration {label} failed: {exc}") from exc
    log.info("%s: applied migration %s", where, label)
