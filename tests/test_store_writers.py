"""Two writers on one store: they take turns (BEGIN IMMEDIATE), and one that waits too long
gets a message saying why; rewrites read what they rewrite inside their transaction."""

from __future__ import annotations

import logging
import multiprocessing
import sqlite3
import time
from pathlib import Path

import pytest

from sitroom.article import Article, Mention
from sitroom.errors import StoreError
from sitroom.store import Store


def _article(writer: int, n: int) -> Article:
    text = f"Writer {writer} reports item {n}: Minister Person{writer}x{n} spoke to Kallas."
    article = Article(text=text, source=f"w{writer}/{n}.txt")
    article.assign_id()
    article.mentions = [
        Mention(0, 6, f"Person{writer}x{n}", "PERSON", f"local:p{writer}-{n}", f"P {writer} {n}"),
        Mention(7, 13, "Kallas", "PERSON", "Q_kallas", "Kaja Kallas"),
    ]
    return article


def _writer(db: str, writer: int, n_batches: int) -> None:
    with Store.open(db, busy_timeout_ms=60_000) as store:
        for n in range(n_batches):
            with store.batch():
                store.save_articles([_article(writer, n)])
                store.rebuild_actors()


def test_two_writers_serialise_and_actors_match_the_mentions(tmp_path: Path) -> None:
    db = str(tmp_path / "two.db")
    Store.open(db).close()
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(db, w, 25)) for w in (1, 2)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(120)
        assert proc.exitcode == 0
    with sqlite3.connect(db) as conn:
        n_articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        mentioned = {r[0] for r in conn.execute("SELECT DISTINCT actor_id FROM mentions")}
        actors = {r[0] for r in conn.execute("SELECT actor_id FROM actors")}
        kallas = conn.execute(
            "SELECT mention_count FROM actors WHERE actor_id = 'Q_kallas'"
        ).fetchone()[0]
    assert n_articles == 50
    assert actors == mentioned and len(actors) == 51
    assert kallas == 50


def _hold_lock(db: str, ready: multiprocessing.synchronize.Event, seconds: float) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO runs (started_at, args) VALUES ('now', '{}')")
    ready.set()
    time.sleep(seconds)
    conn.execute("COMMIT")
    conn.close()


def _locked_by_another_process(db: str, seconds: float) -> multiprocessing.process.BaseProcess:
    ctx = multiprocessing.get_context("spawn")
    ready = ctx.Event()
    proc = ctx.Process(target=_hold_lock, args=(db, ready, seconds))
    proc.start()
    assert ready.wait(30)
    return proc


def test_a_writer_waits_for_another_and_says_so(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = str(tmp_path / "wait.db")
    Store.open(db).close()
    holder = _locked_by_another_process(db, 1.5)
    with caplog.at_level(logging.WARNING), Store.open(db, busy_timeout_ms=30_000) as store:
        started = time.monotonic()
        assert store.save_articles([_article(1, 1)]).n_new == 1
        waited = time.monotonic() - started
    holder.join(30)
    assert waited > 0.5
    assert "another process is writing to this database; waiting" in caplog.text


def test_a_writer_that_waits_too_long_gives_a_clear_message(tmp_path: Path) -> None:
    db = str(tmp_path / "busy.db")
    Store.open(db).close()
    holder = _locked_by_another_process(db, 3.0)
    try:
        with Store.open(db, busy_timeout_ms=400) as store:
            with pytest.raises(StoreError, match="another sitroom kept this database locked"):
                store.save_articles([_article(1, 1)])
            assert store.table_counts()["articles"] == 0
    finally:
        holder.join(30)


def test_a_later_exact_copy_keeps_the_first_source(tmp_path: Path) -> None:
    with Store.open(tmp_path / "copy.db") as store:
        first = _article(1, 1)
        store.save_articles([first])
        again = Article(text=first.text, source="elsewhere/copy.txt")
        again.assign_id()
        assert store.save_articles([again]).n_existing == 1
        (stored,) = store.load_articles()
    assert stored.source == "w1/1.txt"
