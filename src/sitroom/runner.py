"""The main job behind ``sitroom run``: ingest, extract, cluster, store, report."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from sitroom.article import Article
from sitroom.errors import InputError
from sitroom.ingest import read_paths
from sitroom.pipeline import Pipeline, prepare
from sitroom.report import write_report
from sitroom.settings import Settings
from sitroom.store import Store

log = logging.getLogger(__name__)


@dataclass(slots=True)
class RunSummary:
    db: str
    n_articles: int = 0
    n_new: int = 0
    n_skipped: int = 0
    n_stories: int = 0
    n_duplicates: int = 0
    n_actors: int = 0
    n_quotes: int = 0
    n_events: int = 0
    n_positions: int = 0
    n_claims: int = 0
    skipped: list[InputError] = field(default_factory=list)
    top_actors: list[tuple[str, int]] = field(default_factory=list)
    top_speakers: list[tuple[str, int]] = field(default_factory=list)
    report: str | None = None


def _readable(
    paths: Sequence[str], settings: Settings, errors: list[InputError], stdin: TextIO | None
) -> Iterator[Article]:
    for item in read_paths(paths, settings.ingest, stdin=stdin):
        if isinstance(item, InputError):
            log.debug("skipped %s", item)
            errors.append(item)
        else:
            yield item


def run(
    paths: Sequence[str],
    settings: Settings,
    *,
    db: str,
    report: str | None = None,
    stdin: TextIO | None = None,
    on_article: Callable[[Article], None] | None = None,
    pipeline: Pipeline | None = None,
) -> RunSummary:
    """Process ``paths`` end to end into the database ``db`` (and a Markdown report);
    ``pipeline`` is an already built :class:`Pipeline` for these settings (the bench
    passes one that times its stages)."""
    pipe = pipeline or Pipeline(settings)
    summary = RunSummary(db=db)
    errors: list[InputError] = []
    articles: list[Article] = []
    for article in pipe.process(_readable(paths, settings, errors, stdin), errors):
        articles.append(article)
        if on_article is not None:
            on_article(article)
    stories = pipe.finish(articles)
    with Store.open(db) as store:
        run_id = store.start_run({"paths": list(paths)})
        saved = store.save_articles(articles)
        store.save_stories(stories)
        summary.n_actors = store.rebuild_actors()
        for err in errors:
            store.record_skipped(run_id, err.path, err.reason, err.line)
        store.finish_run(run_id, n_ok=len(articles), n_skipped=len(errors))
    summary.n_articles = len(articles)
    summary.n_new = saved.n_new
    summary.n_skipped = len(errors)
    summary.skipped = errors
    summary.n_stories = len(stories)
    summary.n_duplicates = sum(1 for a in articles if a.duplicate_of)
    summary.n_quotes = sum(len(a.quotes) for a in articles)
    summary.n_events = sum(len(a.events) for a in articles)
    summary.n_positions = sum(len(a.positions) for a in articles)
    summary.n_claims = sum(len(a.claims) for a in articles)
    counts: Counter[str] = Counter(m.canonical for a in articles for m in a.mentions if m.canonical)
    summary.top_actors = counts.most_common(8)
    speakers: Counter[str] = Counter(
        q.speaker.canonical for a in articles for q in a.quotes if q.speaker and q.speaker.canonical
    )
    summary.top_speakers = speakers.most_common(6)
    if report:
        write_report(Path(report), articles, stories, summary.skipped)
        summary.report = report
    return summary


def ingest_only(
    paths: Sequence[str], settings: Settings, *, db: str, stdin: TextIO | None = None
) -> RunSummary:
    """Read and repair documents into the store, without the NLP stages."""
    summary = RunSummary(db=db)
    errors: list[InputError] = []
    articles = [prepare(a) for a in _readable(paths, settings, errors, stdin)]
    with Store.open(db) as store:
        run_id = store.start_run({"paths": list(paths), "ingest_only": True})
        saved = store.save_articles(articles)
        for err in errors:
            store.record_skipped(run_id, err.path, err.reason, err.line)
        store.finish_run(run_id, n_ok=len(articles), n_skipped=len(errors))
    summary.n_articles = len(articles)
    summary.n_new = saved.n_new
    summary.n_skipped = len(errors)
    summary.skipped = errors
    return summary
