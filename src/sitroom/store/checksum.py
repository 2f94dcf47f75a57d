"""Checksums of what a store holds, independent of row ids, timestamps and write order.

Two stores with equal :func:`table_checksums` hold the same content: the same articles with
the same mentions, quotes, events, positions and claims, the same actors and the same
stories. Used to check that a resumed run ends with the store a clean run gives.
"""

from __future__ import annotations

import hashlib
import sqlite3

from sitroom.store.core import DATA_TABLES

#: Columns that identify a row or say when it was written, not what it holds.
ROW_ID_COLUMNS = frozenset(
    {"article_no", "mention_id", "quote_id", "event_id", "position_id", "claim_id", "ingested_at"}
)


def table_checksums(conn: sqlite3.Connection) -> dict[str, str]:
    """A SHA-256 per data table over its rows (content columns only, rows sorted)."""
    sums: dict[str, str] = {}
    for table in DATA_TABLES:
        columns = [
            str(r[1])
            for r in conn.execute(f"PRAGMA table_info({table})")
            if r[1] not in ROW_ID_COLUMNS
        ]
        rows = sorted(
            repr(tuple(row)) for row in conn.execute(f"SELECT {', '.join(columns)} FROM {table}")
        )
        digest = hashlib.sha256()
        for row in rows:
            digest.update(row.encode("utf-8"))
            digest.update(b"\n")
        sums[table] = f"{len(rows)}:{digest.hexdigest()[:16]}"
    return sums
