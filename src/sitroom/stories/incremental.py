"""Stories that continue across runs: assign a batch to the stories in the store.

:func:`assign` is what a run calls for each batch it stores. The stored stories the
batch could touch are clustered again together with the batch, so that feeding a corpus
in one run, in several, or in another order gives the same stories:

* the *window*: in a young store (at most ``SMALL_STORE`` articles), every story;
  past that, every stored story whose dates come within the clusterer's horizon of
  the batch's dates (beyond it, the time decay keeps any article below the join
  threshold), plus the most recent undated stories, plus (when the batch has undated
  reports, which could belong anywhere) the most recently dated stories; whole stories,
  so none is cut in two;
* the window's stored articles and the batch are clustered earliest first, ties broken
  by article id (never by arrival order), with the document frequencies of every
  article ever assigned (kept in the store: ``story_state``), so the same articles
  give the same story ids ("s-" + the earliest article's id) whatever the order of runs;
* the window's old stories are replaced by the new ones in one transaction, with each
  article's reason, the duplicate marks and the document frequencies; a story left
  without articles is deleted.

Stories outside the window are not touched: the state a run needs is bounded by the
window, not by the store.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Sequence

from sitroom.article import Article
from sitroom.settings import StoriesSettings
from sitroom.store import Store
from sitroom.stories.clusterer import StoryClusterer
from sitroom.stories.dates import day_str, report_date
from sitroom.stories.features import DocumentFrequencies, extract
from sitroom.stories.record import Story

log = logging.getLogger(__name__)

#: At most this many undated (or, for undated reports, most recent) stored stories are
#: clustered again with a batch.
WINDOW_STORIES = 500
#: While the store holds at most this many assigned articles, every stored story is
#: clustered again with each batch: the document frequencies of a young store change a
#: lot from batch to batch, and an early decision made with a handful of documents should
#: not stick. Past it, one batch moves the frequencies little and the date window holds.
SMALL_STORE = 1_000
_DF_KEY, _N_DOCS_KEY = "df", "n_docs"
_CHUNK = 500


def assign(store: Store, articles: Sequence[Article], settings: StoriesSettings) -> list[Story]:
    """Assign ``articles`` to the stories in ``store`` and store the result.

    The articles must be processed (mentions, events) and already saved in ``store``
    (``Store.save_articles``): this sets ``story_id`` and ``duplicate_of`` on them and on
    the stored articles whose story changed, writes the stories of the window with why
    each article joined, deletes the stories that were merged away or emptied, and saves
    the clusterer's state, all in one transaction. Articles already assigned in an
    earlier run are not counted twice. Returns the stories of the window (every story
    the batch joined or opened, and the stored stories near it, in the order they were
    opened).
    """
    batch = {a.id: a for a in articles if a.id}
    if not batch:
        return []
    known = _assigned(store, list(batch))
    df = _load_df(store)
    extracted = {article_id: extract(article, 0) for article_id, article in batch.items()}
    for article_id, features in extracted.items():
        if article_id not in known:
            df.observe(features)
    clusterer = StoryClusterer(settings, df=df)
    if _count_assigned(store) <= SMALL_STORE:
        window = store.stories_near(None, None, undated=SMALL_STORE, recent=SMALL_STORE)
    else:
        window = _window(store, batch.values(), clusterer.horizon_days)
    stored_ids = [i for ids in window.values() for i in ids if i not in batch]
    members = list(batch.values()) + _load(store, stored_ids)
    when = {a.id: report_date(a).day for a in members}
    members.sort(key=lambda a: (when[a.id] is None, when[a.id] or 0, a.id))
    clusterer.extend(members, observe=False, known=extracted)
    for article in members:
        article.story_id = clusterer.story_of(article.story_id)
    stories = clusterer.stories()
    kept = {s.story_id for s in stories}
    store.save_stories(
        stories,
        remove=[sid for sid in window if sid not in kept],
        state={_DF_KEY: df.to_bytes(), _N_DOCS_KEY: str(df.n_docs).encode()},
        duplicates={a.id: a.duplicate_of for a in members},
    )
    log.info(
        "%d articles (%d new) assigned with %d stored ones: %d stories",
        len(batch),
        len(batch) - len(known),
        len(stored_ids),
        len(stories),
    )
    return stories


def _assigned(store: Store, ids: list[str]) -> set[str]:
    found: set[str] = set()
    conn = store.connection
    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        marks = ", ".join("?" for _ in part)
        found.update(
            r[0]
            for r in conn.execute(
                f"SELECT article_id FROM story_articles WHERE article_id IN ({marks})", part
            )
        )
    return found


def _count_assigned(store: Store) -> int:
    row = store.connection.execute("SELECT count(*) FROM story_articles").fetchone()
    return int(row[0])


def _load_df(store: Store) -> DocumentFrequencies:
    blob, n_docs = store.story_state(_DF_KEY), store.story_state(_N_DOCS_KEY)
    if blob is None or n_docs is None:
        return DocumentFrequencies()
    return DocumentFrequencies.from_bytes(blob, int(n_docs.decode()))


def _window(store: Store, batch: Iterable[Article], horizon: float) -> dict[str, list[str]]:
    days = [report_date(a).day for a in batch]
    dated = [d for d in days if d is not None]
    reach = math.ceil(horizon) if math.isfinite(horizon) else 36_500
    first = day_str(min(dated) - reach) if dated else None
    last = day_str(max(dated) + reach) if dated else None
    recent = WINDOW_STORIES if len(dated) < len(days) else 0
    return store.stories_near(first, last, undated=WINDOW_STORIES, recent=recent)


def _load(store: Store, ids: list[str]) -> list[Article]:
    out: list[Article] = []
    for start in range(0, len(ids), _CHUNK):
        out.extend(store.load_articles(ids[start : start + _CHUNK]))
    return out
