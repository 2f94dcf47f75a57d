"""The batch loop of the runner: one assigner call and one transaction per batch, resume by
content hash, exact copies once. German documents keep the NLP (and the model) out."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

import pytest

from sitroom.article import Article
from sitroom.run.runner import StoredStories, run
from sitroom.settings import Settings, load_settings
from sitroom.store import Store
from sitroom.store.build import StoryLike
from sitroom.store.checksum import table_checksums

TOPICS = ["Verteidigung", "Handel", "Energie", "Klima", "Migration", "Haushalt", "Wahlen"]


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i, topic in enumerate(TOPICS):
        (folder / f"{i:02d}.txt").write_text(
            f"Die Regierung hat am Montag über {topic} beraten. Der Minister sagte, dass die "
            f"Gespräche über {topic} noch nicht abgeschlossen seien und weiter gehen werden.",
            encoding="utf-8",
        )
    return folder


def _settings(commit_every: int) -> Settings:
    return load_settings(
        None,
        {"pipeline.commit_every": commit_every, "pipeline.spacy_model": "not_installed_model"},
    )


class Recording:
    """The default assigner, recording the batches it is given; fails on batch ``fail_on``."""

    def __init__(self, settings: Settings, fail_on: int | None = None) -> None:
        self.inner = StoredStories(settings)
        self.batches: list[list[str]] = []
        self.fail_on = fail_on

    def assign(self, batch: Sequence[Article], store: Store) -> list[StoryLike]:
        self.batches.append([Path(a.source or "").name for a in batch])
        if len(self.batches) == self.fail_on:
            raise RuntimeError("assigner failed")
        return self.inner.assign(batch, store)


def _counts(db: Path) -> tuple[int, int]:
    with sqlite3.connect(db) as conn:
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        empty = conn.execute(
            "SELECT count(*) FROM stories s WHERE NOT EXISTS "
            "(SELECT 1 FROM story_articles a WHERE a.story_id = s.story_id)"
        ).fetchone()[0]
    return articles, empty


def test_one_assigner_call_per_batch_then_resume(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    settings = _settings(3)
    db = tmp_path / "run.db"
    assigner = Recording(settings)
    seen: list[str] = []
    summary = run(
        [str(folder)],
        settings,
        db=str(db),
        assigner=assigner,
        on_article=lambda a: seen.append(a.id),
    )
    assert len(seen) == 7 and len(set(seen)) == 7
    assert [len(b) for b in assigner.batches] == [3, 3, 1]
    assert summary.n_batches == 3 and summary.n_new == 7 and summary.n_known == 0
    assert _counts(db) == (7, 0)
    with sqlite3.connect(db) as conn:
        before = table_checksums(conn)
    again = run([str(folder)], settings, db=str(db))
    assert again.n_new == 0 and again.n_known == 7 and again.n_articles == 7
    with sqlite3.connect(db) as conn:
        assert table_checksums(conn) == before


def test_a_failing_batch_is_rolled_back_whole(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    settings = _settings(3)
    db = tmp_path / "fail.db"
    with pytest.raises(RuntimeError, match="assigner failed"):
        run([str(folder)], settings, db=str(db), assigner=Recording(settings, fail_on=2))
    assert _counts(db) == (3, 0)  # the first batch, with its stories; nothing of the second
    with sqlite3.connect(db) as conn:
        linked = conn.execute("SELECT count(*) FROM story_articles").fetchone()[0]
    assert linked == 3
    summary = run([str(folder)], settings, db=str(db))
    assert summary.n_known == 3 and summary.n_new == 4
    assert _counts(db) == (7, 0)


def test_an_exact_copy_in_one_run_is_processed_once(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    (folder / "99_copy.txt").write_bytes((folder / "00.txt").read_bytes())
    summary = run([str(folder)], _settings(4), db=str(tmp_path / "copy.db"))
    assert summary.n_copies == 1 and summary.n_new == 7
    with Store.open(tmp_path / "copy.db") as store:
        sources = {Path(a.source or "").name for a in store.load_articles()}
    assert "00.txt" in sources and "99_copy.txt" not in sources


def test_should_stop_ends_after_a_committed_batch(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    db = tmp_path / "stop.db"
    summary = run([str(folder)], _settings(2), db=str(db), should_stop=lambda: True)
    assert summary.interrupted and summary.n_batches == 1
    assert _counts(db) == (2, 0)


@pytest.mark.model
def test_the_store_is_the_same_whatever_the_worker_count(
    tmp_path: Path, settings: Settings, examples: Path, example_db: str
) -> None:
    """Small batches and chunks, so the two workers take many chunks each and parse the
    next batch while the parent stores the current one."""
    from dataclasses import replace

    pipeline = replace(settings.pipeline, n_process=2, batch_size=2, commit_every=6)
    db = str(tmp_path / "two.db")
    summary = run([str(examples)], replace(settings, pipeline=pipeline), db=db)
    assert summary.n_batches > 2
    with Store.open(example_db) as one, Store.open(db) as two:
        for table in ("stories", "actors", "quotes", "events", "positions"):
            assert getattr(two, table)() == getattr(one, table)(), table
        assert list(two.articles()) == list(one.articles())
