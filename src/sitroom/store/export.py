"""Export a store: JSONL extraction records, or CSV / Parquet files, one per table.

``jsonl`` without a table writes one record per article, the shape of
``Article.to_record()`` (``docs/contract.md``). ``csv`` and ``parquet`` write one file per
table into a folder, JSON columns as JSON text, plus ``events_flat``: the events as one flat
row each, in the spirit of GDELT and POLECAT (actor1 / actor2 columns, codes, source URL and
the sentence), so they open in a spreadsheet or a data frame without unpacking anything.
"""

from __future__ import annotations

import csv
import json
import logging
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Literal, TextIO

from sitroom.errors import ConfigError, StoreError
from sitroom.show.safety import csv_cell
from sitroom.store.core import TABLES, Store
from sitroom.store.queries import BOOL_COLUMNS, record

log = logging.getLogger(__name__)

Format = Literal["jsonl", "csv", "parquet"]
FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")
FLAT_EVENTS = "events_flat"
EXPORTABLE: tuple[str, ...] = (*TABLES, FLAT_EVENTS)

_SIDE_FIELDS = ("text", "id", "name", "country", "sector", "code")
FLAT_EVENT_COLUMNS: tuple[str, ...] = (
    "event_id",
    "date",
    "published",
    "type",
    "mode",
    "context",
    *(f"actor1_{f}" for f in _SIDE_FIELDS),
    *(f"actor2_{f}" for f in _SIDE_FIELDS),
    "location_text",
    "location_country",
    "negated",
    "hypothetical",
    "confidence",
    "article_id",
    "publisher",
    "url",
    "sentence",
)
# pyarrow type names (pyarrow is imported only to write Parquet: it costs every run 0.03 s)
_FLAT_TYPES = {"negated": "bool_", "hypothetical": "bool_", "confidence": "float64"}
_SQL_TYPES = {"INTEGER": "int64", "REAL": "float64", "TEXT": "string"}


def export(store: Store, fmt: Format | str, out: Path, table: str | None = None) -> list[Path]:
    """Write the store (or one ``table``) as ``fmt`` under ``out``; return the files written.

    For ``jsonl`` ``out`` is a file (or a folder, which gets ``articles.jsonl`` or
    ``<table>.jsonl``); for ``csv`` and ``parquet`` it is a folder, created if needed.
    """
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; valid: {', '.join(FORMATS)}")
    if table is not None and table not in EXPORTABLE:
        raise ConfigError(f"unknown table {table!r}; valid: {', '.join(EXPORTABLE)}")
    try:
        if fmt == "jsonl":
            written = [_export_jsonl(store, out, table)]
        else:
            out.mkdir(parents=True, exist_ok=True)
            write = _write_csv if fmt == "csv" else _write_parquet
            written = [
                write(out / f"{name}.{fmt}", *_table(store, name))
                for name in ([table] if table else EXPORTABLE)
            ]
    except OSError as exc:
        raise StoreError(f"{out}: cannot write the export ({exc}); check the path") from exc
    log.info("exported %d file(s) to %s", len(written), out)
    return written


def write_records(store: Store, fh: TextIO) -> int:
    """Write one extraction record per stored article as JSON lines; return how many."""
    n = 0
    for rec in store.articles():
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def _export_jsonl(store: Store, out: Path, table: str | None) -> Path:
    if out.is_dir():
        out = out / f"{table or 'articles'}.jsonl"
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        if table is None:
            write_records(store, fh)
        else:
            columns, rows, _ = _table(store, table)
            for row in rows:
                fh.write(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False))
                fh.write("\n")
    return out


Table = tuple[list[str], list[tuple[Any, ...]], dict[str, Any]]


def _table(store: Store, name: str) -> Table:
    """Columns, rows and pyarrow type names of one exportable table."""
    if name == FLAT_EVENTS:
        rows = list(flat_events(store.connection))
        types = {c: _FLAT_TYPES.get(c, "string") for c in FLAT_EVENT_COLUMNS}
        return list(FLAT_EVENT_COLUMNS), rows, types
    conn = store.connection
    info = conn.execute(f"PRAGMA table_info({name})").fetchall()
    columns = [str(col["name"]) for col in info]
    types = {
        str(col["name"]): (
            "bool_"
            if col["name"] in BOOL_COLUMNS
            else _SQL_TYPES.get(str(col["type"]).upper(), "string")
        )
        for col in info
    }
    cursor = conn.execute(f"SELECT * FROM {name} ORDER BY rowid")
    return columns, [tuple(r) for r in cursor], types


def _write_csv(path: Path, columns: Sequence[str], rows: Sequence[tuple[Any, ...]], _: Any) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        writer.writerows(tuple(csv_cell(v) for v in row) for row in rows)
    return path


def _write_parquet(
    path: Path, columns: Sequence[str], rows: Sequence[tuple[Any, ...]], names: dict[str, str]
) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {column: getattr(pa, names[column])() for column in columns}
    arrays = []
    for i, name in enumerate(columns):
        values = [row[i] for row in rows]
        if names[name] == "bool_":
            values = [None if v is None else bool(v) for v in values]
        arrays.append(pa.array(values, type=types[name]))
    schema = pa.schema([pa.field(name, types[name]) for name in columns])
    pq.write_table(pa.Table.from_arrays(arrays, schema=schema), path)
    return path


def flat_events(conn: sqlite3.Connection) -> Iterator[tuple[Any, ...]]:
    """Events as flat rows in the order of :data:`FLAT_EVENT_COLUMNS`.

    Several actors on one side are joined by ``;`` in each actor column; ``code`` is the
    CAMEO-style country + sector code (``RUSGOV``); ``date`` is the event's date, else the
    article's. Events not shown (no source actor) are left out.
    """
    cursor = conn.execute(
        """
        SELECT e.*, a.published, a.publisher, a.url, a.text AS article_text
        FROM events e JOIN articles a ON a.id = e.article_id
        WHERE e.shown = 1
        ORDER BY a.article_no, e.seq
        """
    )
    for row in cursor:
        ev = record(row)
        yield (
            f"{ev['article_id']}-{ev['seq']}",
            ev["date"] or ev["published"],
            ev["published"],
            ev["type"],
            ev["mode"],
            ";".join(ev["context"]),
            *_side(ev["actor"]),
            *_side(ev["recipient"]),
            ev["location_text"],
            ev["location_country"],
            ev["negated"],
            ev["hypothetical"],
            ev["confidence"],
            ev["article_id"],
            ev["publisher"],
            ev["url"],
            ev["article_text"][ev["sentence_start"] : ev["sentence_end"]],
        )


def _side(refs: list[dict[str, Any]]) -> tuple[str, ...]:
    def join(values: Iterator[str | None]) -> str:
        return ";".join(v or "" for v in values)

    return (
        join(r.get("text") for r in refs),
        join(r.get("actor_id") for r in refs),
        join(r.get("canonical") for r in refs),
        join(r.get("country") for r in refs),
        join(r.get("sector") for r in refs),
        join((r.get("country") or "") + (r.get("sector") or "") for r in refs),
    )
