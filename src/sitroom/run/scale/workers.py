"""The pipeline's worker processes: one pool for a whole run, kept busy ahead of the parent.

:class:`WorkerPool` is started once (forked after the parent loaded the model and the
knowledge base, so the workers share them instead of loading their own) and serves every
batch of a run. :meth:`WorkerPool.submit` queues a batch in chunks and returns at once;
the parent collects the results in input order when it needs them (:meth:`Ticket.results`).
``sitroom run`` submits the next batch before it stores the current one, so the workers
parse while the parent groups stories, cross-checks claims and writes the store.

The records are the same whatever the number of workers: each chunk is processed exactly
as the parent would process it, and the results come back in input order.
"""

from __future__ import annotations

import math
import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from typing import TYPE_CHECKING

from sitroom.article import Article
from sitroom.errors import InputError
from sitroom.nlp.actors.kb import load_kb

if TYPE_CHECKING:
    from sitroom.run.pipeline import Pipeline
    from sitroom.settings import Settings

Item = Article | InputError
_Done = tuple[list[Item], dict[str, float]]

_WORKER: Pipeline | None = None
_PARENT: Pipeline | None = None  # while forking: the parent's pipeline, model loaded


class Ticket:
    """A submitted batch: its chunks' futures, collected in input order."""

    def __init__(self, futures: list[Future[_Done]], pipeline: Pipeline) -> None:
        self._futures = futures
        self._pipeline = pipeline

    def results(self) -> list[Item]:
        out: list[Item] = []
        for future in self._futures:
            done, seconds = future.result()
            self._pipeline.clock.merge(seconds)  # worker seconds, summed over the workers
            out.extend(done)
        self._futures = []
        return out


class WorkerPool:
    """``workers`` processes running ``pipeline``'s per-article stages."""

    def __init__(self, pipeline: Pipeline, workers: int) -> None:
        self.pipeline = pipeline
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        global _PARENT
        if self._pool is not None:
            return self._pool
        context = multiprocessing.get_context()
        if context.get_start_method() == "fork":
            # load once here: forked workers share the loaded model instead of each loading it
            _ = self.pipeline.nlp
            with self.pipeline.clock.stage("load KB"):
                load_kb(self.pipeline.settings.kb.user_file)
            _PARENT = self.pipeline
        self._pool = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=context,
            initializer=_init_worker,
            initargs=(self.pipeline.settings, self.pipeline.timed),
        )
        try:  # the workers fork at the first task, while _PARENT is set
            self._pool.submit(_ready).result()
        finally:
            _PARENT = None
        return self._pool

    def submit(self, articles: list[Article]) -> Ticket:
        """Queue ``articles`` in chunks of at most ``pipeline.batch_size`` (smaller for a
        small batch, so that every worker gets a share) and return at once."""
        pool = self._executor()
        size = self.pipeline.settings.pipeline.batch_size
        chunk = max(1, min(size, math.ceil(len(articles) / (2 * self.workers))))
        futures = [
            pool.submit(_work, articles[start : start + chunk])
            for start in range(0, len(articles), chunk)
        ]
        return Ticket(futures, self.pipeline)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _ready() -> None:
    """The first task: makes the pool fork its workers."""


def _init_worker(settings: Settings, timed: bool) -> None:
    global _WORKER
    from sitroom.run.pipeline import Pipeline

    single = replace(settings, pipeline=replace(settings.pipeline, n_process=1))
    _WORKER = Pipeline(single, timed=timed)
    if _PARENT is not None and _PARENT._nlp is not None:
        _WORKER._nlp = _PARENT._nlp
        _WORKER.clock = _PARENT.clock  # the timed components count on it
        _WORKER.clock.seconds.clear()


def _work(chunk: list[Article]) -> _Done:
    assert _WORKER is not None
    done = list(_WORKER.process_items(chunk))
    seconds = dict(_WORKER.clock.seconds)
    _WORKER.clock.seconds.clear()
    return done, seconds
