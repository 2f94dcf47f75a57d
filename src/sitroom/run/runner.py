"""The main job behind ``sitroom run`` (and ``extract``): read, understand, group, store.

Work is committed as it goes. Documents are read and processed in batches of
``pipeline.commit_every``; each batch is stored in one transaction with everything it
changes (its articles with their mentions, quotes, events and positions; the stories it
touched; the claims of those stories, cross-checked again; the actors it named), so
memory does not grow with the corpus and a kill loses at most the batch in flight.

A re-run resumes: a document whose content is already stored (same ``content_hash``) is
loaded from the store instead of going through the NLP again, and a document seen twice in
one run is processed once. Batches are cut at the same places in a clean run and in a
resumed one, so the resumed run ends with the store the clean run gives.

Stories: each batch goes to one :class:`StoryAssigner` call, which sets ``story_id`` and
``duplicate_of`` and returns the stories it touched. :class:`StoredStories` (the default)
continues the stories in the store (their state is kept there).
"""

from __future__ import annotations

import gc
import logging
import signal
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import islice
from pathlib import Path
from types import FrameType
from typing import Any, Protocol, TextIO

from sitroom.article import Article
from sitroom.errors import InputError
from sitroom.nlp.actors.kb import KnowledgeBase, load_kb
from sitroom.read import read_paths
from sitroom.read.language import ENGLISH

# The worker entry points of Pipeline's own process pool, reused so that one pool serves
# every batch of a run instead of one pool (and one model load per worker) per batch.
from sitroom.run.pipeline import Pipeline, prepare
from sitroom.run.timing import StageClock
from sitroom.settings import Settings
from sitroom.show.report import write_report
from sitroom.store import Store
from sitroom.store.build import StoryLike
from sitroom.stories import assign

log = logging.getLogger(__name__)


@dataclass(slots=True)
class RunSummary:
    db: str
    n_articles: int = 0
    n_new: int = 0
    n_known: int = 0  # already stored: loaded, not processed again
    n_copies: int = 0  # exact copies of a document earlier in the same run
    n_skipped: int = 0
    n_stories: int = 0
    n_duplicates: int = 0
    n_actors: int = 0
    n_quotes: int = 0
    n_events: int = 0
    n_positions: int = 0
    n_claims: int = 0
    n_batches: int = 0
    interrupted: bool = False
    skipped: list[InputError] = field(default_factory=list)
    top_actors: list[tuple[str, int]] = field(default_factory=list)
    top_speakers: list[tuple[str, int]] = field(default_factory=list)
    report: str | None = None


@dataclass(slots=True)
class Batch:
    """One unit of work, committed in one transaction.

    ``articles`` are the batch's documents in input order: the ones processed now
    (``new``) and the ones already stored (loaded from the store); ``errors`` are the
    inputs that could not be read or processed.
    """

    articles: list[Article] = field(default_factory=list)
    new: list[Article] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    n_copies: int = 0


class StoryAssigner(Protocol):
    """Groups a batch into stories: one call per batch, inside the batch's transaction."""

    def assign(self, batch: Sequence[Article], store: Store) -> list[StoryLike]:
        """Group ``batch`` (its articles in input order, all already saved in ``store``:
        the new ones just now, the others in an earlier run) into stories: set
        ``story_id`` and ``duplicate_of``, store the stories (``Store.save_stories``) and
        the changed grouping of stored articles, and return every story touched, each
        with all its articles. The runner then cross-checks the claims of those stories.
        """
        ...


class StoredStories:
    """The stories in the store, continued batch after batch (:func:`sitroom.stories.assign`):
    one run, several runs or another order give the same stories."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings.stories

    def assign(self, batch: Sequence[Article], store: Store) -> list[StoryLike]:
        return list(assign(store, list(batch), self._settings))


ProgressFn = Callable[[int], None]


def run(
    paths: Sequence[str],
    settings: Settings,
    *,
    db: str,
    report: str | None = None,
    stdin: TextIO | None = None,
    on_article: Callable[[Article], None] | None = None,
    on_batch: Callable[[Batch], None] | None = None,
    on_progress: ProgressFn | None = None,
    should_stop: Callable[[], bool] | None = None,
    assigner: StoryAssigner | None = None,
    pipeline: Pipeline | None = None,
) -> RunSummary:
    """Process ``paths`` into the database ``db`` batch by batch (and write a report).

    ``on_article`` sees each article and ``on_batch`` each batch after it is committed;
    ``on_progress`` gets the number of inputs done so far; ``should_stop`` is asked after
    each batch and ends the run early (``summary.interrupted``) when it says so;
    ``pipeline`` is an already built :class:`Pipeline` for English (the bench passes one
    that times its stages, ``--ray`` one that runs on a Ray cluster).
    """
    summary = RunSummary(db=db)
    understand = _Understanding(settings, pipeline)
    assigner = assigner or StoredStories(settings)
    kb = load_kb(settings.kb.user_file)
    clock = pipeline.clock if pipeline is not None else StageClock()
    mentioned: Counter[str] = Counter()
    quoted: Counter[str] = Counter()
    # the ids of the stories this run touched; the stories themselves only for a report
    # (memory does not grow with the corpus: the stories are in the store)
    touched_ids: set[str] = set()
    stories: dict[str, StoryLike] = {}
    done = 0
    with (
        _collector_for_a_run(),
        Store.open(db, busy_timeout_ms=settings.store.busy_timeout_ms) as store,
    ):
        run_id = store.start_run({"paths": list(paths)})
        try:
            for batch in _ahead(understand, _batches(paths, settings, store, stdin)):
                with store.batch(f"store batch {summary.n_batches + 1}"):
                    touched = _commit(batch, store, assigner, run_id, kb, clock)
                touched_ids.update(s.story_id for s in touched)
                if report:
                    stories.update((s.story_id, s) for s in touched)
                _tally(summary, batch, mentioned, quoted)
                done += len(batch.articles) + len(batch.errors) + batch.n_copies
                if on_progress is not None:
                    on_progress(done)
                if on_article is not None:
                    for article in batch.articles:
                        on_article(article)
                if on_batch is not None:
                    on_batch(batch)
                if should_stop is not None and should_stop():
                    summary.interrupted = True
                    log.warning("stopped after batch %d, as asked", summary.n_batches)
                    break
        finally:
            understand.close()
        store.finish_run(run_id, n_ok=summary.n_articles, n_skipped=summary.n_skipped)
        live = _live_stories(store, touched_ids)
        touched_ids &= live
        stories = {sid: s for sid, s in stories.items() if sid in live}
        summary.n_stories = len(touched_ids)
        summary.n_actors = store.table_counts()["actors"]
        summary.n_claims = _count_claims(store, touched_ids)
        summary.top_actors = mentioned.most_common(8)
        summary.top_speakers = quoted.most_common(6)
        if report:
            members = store.story_articles(stories)
            write_report(Path(report), members, list(stories.values()), summary.skipped)  # type: ignore[arg-type]
            summary.report = report
    return summary


#: The garbage collector's youngest generation during a run (Python's default: 700
#: objects). Parsing allocates millions of short-lived objects (spaCy's Token views) that
#: reference counting frees; collected every 700 of them, the collector ran some 900 times
#: and promoted enough survivors to walk the whole heap six times over the 104 bench
#: texts (0.47 s CPU); every 5,000, 0.15 s. Cycles wait at most 5,000 allocations longer.
RUN_GC_YOUNG = 5_000


@contextmanager
def _collector_for_a_run() -> Iterator[None]:
    """The collector tuned for a run, then as it was: the youngest generation larger, and
    the model, frozen when it was loaded (:attr:`Pipeline.long_lived`), collectable again."""
    before = gc.get_threshold()
    gc.set_threshold(RUN_GC_YOUNG, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


def _batches(
    paths: Sequence[str], settings: Settings, store: Store, stdin: TextIO | None
) -> Iterator[Batch]:
    """The input cut into batches of ``commit_every`` documents (read errors ride along
    with the batch they were met in); stored documents are loaded, not read again."""
    seen: set[str] = set()  # content hashes met in this run
    items = read_paths(paths, settings.ingest, stdin=stdin)
    size = settings.pipeline.commit_every
    batch = Batch()
    for item in items:
        if isinstance(item, InputError):
            log.debug("skipped %s", item)
            batch.errors.append(item)
            continue
        chash = item.content_hash
        if chash in seen:
            log.info("%s: an exact copy of a document earlier in this run", item.source)
            batch.n_copies += 1
            continue
        seen.add(chash)
        stored = store.stored_id(chash)
        if stored is None:
            batch.new.append(item)
            batch.articles.append(item)
        else:
            batch.articles.extend(store.load_articles([stored]))
        if len(batch.articles) >= size:
            yield batch
            batch = Batch()
    if batch.articles or batch.errors or batch.n_copies:
        yield batch


def _ahead(understand: _Understanding, batches: Iterator[Batch]) -> Iterator[Batch]:
    """Each batch with its articles processed. The next batch is read and started (on
    the workers) before one is given out, so the workers parse it while the caller
    stores this one; at most two batches are in memory."""
    pending: tuple[Batch, Callable[[], list[Article]]] | None = None
    for batch in batches:
        started = understand.start(batch)
        if pending is not None:
            pending[0].articles = pending[1]()
            yield pending[0]
        pending = (batch, started)
    if pending is not None:
        pending[0].articles = pending[1]()
        yield pending[0]


class _Understanding:
    """Repair and NLP for a batch's new documents; each language goes to its pipeline
    (``pipeline.language_models``), and a language without one is only repaired."""

    def __init__(self, settings: Settings, english: Pipeline | None = None) -> None:
        self.settings = settings
        self._pipes: dict[str, Pipeline] = {ENGLISH: english} if english is not None else {}
        if english is not None:
            english.long_lived = True

    def pipe_for(self, language: str) -> Pipeline | None:
        if language in self._pipes:
            return self._pipes[language]
        if language == ENGLISH:
            model = self.settings.pipeline.spacy_model
        else:
            model = self.settings.pipeline.language_models.get(language, "")
        if not model:
            return None
        pipeline = replace(self.settings.pipeline, spacy_model=model)
        self._pipes[language] = Pipeline(replace(self.settings, pipeline=pipeline))
        self._pipes[language].long_lived = True
        return self._pipes[language]

    def close(self) -> None:
        """Stop the pipelines' worker processes."""
        for pipe in self._pipes.values():
            pipe.close()

    def start(self, batch: Batch) -> Callable[[], list[Article]]:
        """Start on the batch's new documents (on the workers, which share the model the
        pipeline loaded once, while the caller stores the previous batch); the returned
        function gives the batch's articles in input order, with the new ones processed
        (a document that fails moves to ``batch.errors``)."""
        groups: dict[str, list[int]] = {}
        for index, article in enumerate(batch.new):
            groups.setdefault(article.language, []).append(index)
        started: list[tuple[list[int], Results]] = []
        for language, indexes in groups.items():
            pipe = self.pipe_for(language)
            group = [batch.new[i] for i in indexes]
            done = partial(_repair_all, group) if pipe is None else pipe.submit(group)
            started.append((indexes, done))
        return partial(self._finish, batch, started)

    @staticmethod
    def _finish(batch: Batch, started: list[tuple[list[int], Results]]) -> list[Article]:
        results: dict[int, Article | InputError] = {}
        for indexes, done in started:
            results.update(zip(indexes, done(), strict=True))
        new_ids = {id(a): i for i, a in enumerate(batch.new)}
        articles: list[Article] = []
        processed: list[Article] = []
        for article in batch.articles:
            at = new_ids.get(id(article))
            if at is None:
                articles.append(article)
                continue
            result = results[at]
            if isinstance(result, InputError):
                batch.errors.append(result)
            else:
                articles.append(result)
                processed.append(result)
        batch.new = processed
        return articles


Results = Callable[[], list[Article | InputError]]


def _repair_all(articles: list[Article]) -> list[Article | InputError]:
    return [_repair_only(article) for article in articles]


def _repair_only(article: Article) -> Article | InputError:
    try:
        prepare(article)
    except Exception as exc:  # one bad document never ends the batch
        return InputError(article.source or article.id or "document", f"repair failed: {exc}")
    log.info(
        "%s: language %r has no pipeline configured; stored without NLP",
        article.source,
        article.language,
    )
    return article


def _commit(
    batch: Batch,
    store: Store,
    assigner: StoryAssigner,
    run_id: int,
    kb: KnowledgeBase,
    clock: StageClock,
) -> list[StoryLike]:
    """Store one batch (inside the caller's transaction): the new articles, then their
    stories (the assigner), the claims of the touched stories cross-checked again with
    all their articles, the actors the batch named, and the skipped inputs."""
    from sitroom.claims import cross_check

    with clock.stage("store"):
        store.save_articles(batch.new)
    with clock.stage("stories"):
        touched = assigner.assign(batch.articles, store) if batch.articles else []
    # the batch's articles are held here as just stored: only the others are loaded
    members = store.story_articles(
        (s.story_id for s in touched), have={a.id: a for a in batch.articles}
    )
    if members:
        with clock.stage("claims"):
            cross_check(members, kb=kb)
        store.replace_claims(members)
        claims = {m.id: m.claims for m in members}
        for article in batch.articles:
            article.claims = claims.get(article.id, article.claims)
    store.refresh_actors(m.actor_id for a in batch.new for m in a.mentions if m.actor_id)
    for err in batch.errors:
        store.record_skipped(run_id, err.path, err.reason, getattr(err, "line", None))
    return touched


def _tally(
    summary: RunSummary, batch: Batch, mentioned: Counter[str], quoted: Counter[str]
) -> None:
    articles = batch.articles
    summary.n_batches += 1
    summary.n_articles += len(articles)
    summary.n_new += len(batch.new)
    summary.n_known += len(articles) - len(batch.new)
    summary.n_copies += batch.n_copies
    summary.n_skipped += len(batch.errors)
    summary.skipped.extend(batch.errors)
    summary.n_duplicates += sum(1 for a in articles if a.duplicate_of)
    summary.n_quotes += sum(len(a.quotes) for a in articles)
    summary.n_events += sum(e.shown for a in articles for e in a.events)
    summary.n_positions += sum(len(a.positions) for a in articles)
    mentioned.update(
        m.canonical for a in articles for m in a.mentions if m.canonical and not m.place
    )
    quoted.update(
        q.speaker.canonical for a in articles for q in a.quotes if q.speaker and q.speaker.canonical
    )


def _in_chunks(store: Store, sql: str, ids: set[str]) -> Iterator[tuple[Any, ...]]:
    """The rows of ``sql`` (with ``{marks}`` for the ids) over ``ids`` in chunks of 500."""
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        yield from store.connection.execute(sql.format(marks=marks), chunk)


def _live_stories(store: Store, story_ids: set[str]) -> set[str]:
    """The stories among ``story_ids`` still in the store (not merged away or emptied)."""
    sql = "SELECT story_id FROM stories WHERE story_id IN ({marks})"
    return {str(row[0]) for row in _in_chunks(store, sql, story_ids)}


def _count_claims(store: Store, story_ids: set[str]) -> int:
    sql = "SELECT count(*) FROM claims WHERE story_id IN ({marks})"
    return sum(int(row[0]) for row in _in_chunks(store, sql, story_ids))


@contextmanager
def stop_on_interrupt() -> Iterator[Callable[[], bool]]:
    """Within the block, the first Ctrl-C (SIGINT) asks the run to stop after the current
    batch (the returned function says whether it was pressed); a second one interrupts
    at once. Outside the main thread it does nothing."""
    pressed: list[bool] = []

    def handler(signum: int, frame: FrameType | None) -> None:
        if pressed:
            raise KeyboardInterrupt
        pressed.append(True)
        log.warning("interrupted: stopping after the current batch (Ctrl-C again to abort)")

    try:
        previous = signal.signal(signal.SIGINT, handler)
    except ValueError:  # not the main thread
        yield lambda: False
        return
    try:
        yield lambda: bool(pressed)
    finally:
        signal.signal(signal.SIGINT, previous)


def ingest_only(
    paths: Sequence[str], settings: Settings, *, db: str, stdin: TextIO | None = None
) -> RunSummary:
    """Read and repair documents into the store, without the NLP stages."""
    summary = RunSummary(db=db)
    with Store.open(db, busy_timeout_ms=settings.store.busy_timeout_ms) as store:
        run_id = store.start_run({"paths": list(paths), "ingest_only": True})
        items = read_paths(paths, settings.ingest, stdin=stdin)
        while chunk := list(islice(items, settings.pipeline.commit_every)):
            errors = [i for i in chunk if isinstance(i, InputError)]
            articles = [prepare(a) for a in chunk if isinstance(a, Article)]
            with store.batch("store a batch"):
                saved = store.save_articles(articles)
                for err in errors:
                    store.record_skipped(run_id, err.path, err.reason, err.line)
            summary.n_articles += len(articles)
            summary.n_new += saved.n_new
            summary.n_skipped += len(errors)
            summary.skipped.extend(errors)
        store.finish_run(run_id, n_ok=summary.n_articles, n_skipped=summary.n_skipped)
    return summary


__all__ = [
    "Batch",
    "RunSummary",
    "StoredStories",
    "StoryAssigner",
    "ingest_only",
    "run",
    "stop_on_interrupt",
]
