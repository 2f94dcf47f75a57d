"""Online story clustering with near-duplicate detection.

Each article is compared with the active stories that share one of its rarest terms,
actors or key terms (an inverted index with capped postings; never all pairs). Its
similarity to a story combines, in the spirit of Miranda et al. (2018, "Multilingual
Clustering of Streaming News"), three views weighted 0.6 / 0.2 / 0.2:

* content words: cosine of the article's TF-IDF vector and the story centroid;
* linked actors: cosine of type- and IDF-weighted actor vectors (a person counts more
  than an organisation, which counts more than a country; an actor named by every
  report of the beat counts little);
* key terms: cosine of capitalised words and name bigrams, acronyms and numbers, which
  stand in for the actors where the NLP stage linked none;

times a time decay ``0.5 ** ((gap_days - 1) / half_life_days)`` (the first day is free:
dates have no time of day). The article joins the best story at or above
``join_threshold``, else opens a new one. What every report of a beat says ("NATO",
"Russia", "Ukraine") weighs little; what ties two reports of one event together is the
rarer vocabulary and the people they share, even when one is a garbled rewrite.

Memory is bounded: at most ``max_active`` stories keep a centroid and sit in the index.
Past that, stories too old for any new article to reach the threshold are frozen first,
then the least recently updated; a frozen story keeps its record and still takes copies
of its articles. The document frequencies live in a fixed-size hashed table and the
near-duplicate index forgets sketches older than a week.
"""

from __future__ import annotations

import heapq
import logging
import math
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

from sitroom.article import Article
from sitroom.settings import StoriesSettings
from sitroom.stories.dates import nearest
from sitroom.stories.duplicates import DuplicateIndex
from sitroom.stories.features import (
    ArticleFeatures,
    DocumentFrequencies,
    article_day,
    extract,
    may_name,
    strip_furniture,
    top,
    usable_sentence,
    weighted,
)
from sitroom.stories.merge import joined_reason, merge_stories
from sitroom.stories.record import Candidate, JoinReason, Story, StoryState
from sitroom.stories.vectors import actor_overlap, dot, unit

log = logging.getLogger(__name__)

#: Weights of the similarity parts; without linked actors on either side the key
#: terms (which include the capitalised names) take the actors' share.
W_TEXT, W_ACTORS, W_KEYS = 0.6, 0.2, 0.2
#: Dates are days without a time of day; a report of an evening event often carries the
#: next day's date, so the decay starts after one day.
GRACE_DAYS = 1
_INDEX_TERMS, _INDEX_ACTORS, _INDEX_KEYS = 8, 6, 6
_POSTING_CAP = 32
_CLEANUP_EVERY = 10_000
_TITLE_CHARS = 200


class StoryClusterer:
    """Assigns ``story_id`` and ``duplicate_of`` to articles as they arrive.

    ``add`` takes one article (updating the document frequencies first);
    ``extend`` takes a batch and counts the batch's document frequencies before
    assigning, so small batches get a sensible IDF. Both keep arrival order: the
    first article of a story names it (``"s-" + article.id``).
    """

    def __init__(
        self,
        settings: StoriesSettings,
        *,
        max_active: int = 5_000,
        max_candidates: int = 12,
        duplicate_capacity: int = 50_000,
        df: DocumentFrequencies | None = None,
    ) -> None:
        if not 0.0 <= settings.join_threshold <= 1.0:
            raise ValueError(f"join_threshold must be in [0, 1], got {settings.join_threshold}")
        if settings.half_life_days <= 0:
            raise ValueError(f"half_life_days must be positive, got {settings.half_life_days}")
        self.settings = settings
        self.max_active = max_active
        self.max_candidates = max_candidates
        self._dups = DuplicateIndex(settings.duplicate_threshold, capacity=duplicate_capacity)
        self._df = df if df is not None else DocumentFrequencies()
        self._labels: dict[str, str] = {}  # actor key -> name, for the join reasons
        self.merged: dict[str, str] = {}  # story merged away by the event pass -> into
        self._touched: set[str] = set()  # stories changed since the last event pass
        self._probes: dict[str, list[str]] = {}  # story -> its heaviest named things
        self._states: dict[str, StoryState] = {}
        self._active: OrderedDict[str, None] = OrderedDict()
        self._postings: dict[str, dict[str, None]] = {}
        self._seq = 0
        self._opened = 0
        self._touches = 0
        self._newest_day: int | None = None
        # No article can join a story whose decay alone is below the threshold; twice
        # that gap leaves room for reports that arrive out of date order.
        jt = settings.join_threshold
        self.horizon_days = (
            2.0 * settings.half_life_days * math.log2(1.0 / jt) if 0.0 < jt < 1.0 else math.inf
        )

    # ------------------------------------------------------------------ public API
    def add(self, article: Article) -> None:
        """Assign ``article.duplicate_of`` and ``article.story_id``."""
        features = self._features(article)
        self._df.observe(features)
        self._assign(article, features)

    def extend(
        self,
        articles: Iterable[Article],
        *,
        chunk: int = 2_000,
        observe: bool = True,
        known: dict[str, ArticleFeatures] | None = None,
    ) -> None:
        """Add a batch in order; document frequencies are counted per chunk first
        (``observe=False``: they were counted already, as when the store keeps them), and
        the event pass runs after each chunk. ``known``: features already extracted, by
        article id (extraction is a pure function of the article)."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= chunk:
                self._add_chunk(batch, observe, known)
                batch = []
        if batch:
            self._add_chunk(batch, observe, known)

    def merge_pass(self) -> dict[str, str]:
        """Merge active stories whose event signatures agree (see :mod:`.merge`); return
        {story merged away: story it went into} for this pass (also kept in ``merged``).
        Only pairs with a story changed since the last pass are compared."""
        if self.settings.merge_threshold >= 1.0:
            return {}
        touched, self._touched = self._touched, set()
        self._probes = {sid: keys for sid, keys in self._probes.items() if sid in self._active}
        done = merge_stories(
            self._states,
            list(self._active),
            touched,
            self._probes,
            self.settings.merge_threshold,
            self._labels,
        )
        for old, into in done.items():
            self._active.pop(old, None)
            self._touched.add(into)  # compared again at the next pass
            self.merged[old] = into
        return done

    def story_of(self, story_id: str | None) -> str | None:
        """The story a story id now lives in (after merges)."""
        while story_id is not None and story_id in self.merged:
            story_id = self.merged[story_id]
        return story_id

    def explain(self, article: Article) -> list[tuple[str, float]]:
        """Similarity of ``article`` to its candidate stories, best first, without adding it
        (for debugging why an article joined or did not join a story)."""
        f = extract(article, self._seq)
        terms, keys, actors, probes = self._vectors(f)
        scored = [
            (sid, self.similarity(self._states[sid], terms, keys, actors, f))
            for sid in self._candidates(probes, f.day)
        ]
        return sorted(scored, key=lambda x: (-x[1], x[0]))

    def stories(self) -> list[Story]:
        """Every story so far, in the order they were opened."""
        return [state.record() for state in self._states.values()]

    @property
    def n_active(self) -> int:
        return len(self._active)

    # ------------------------------------------------------------------ internals
    def _add_chunk(
        self,
        batch: list[Article],
        observe: bool = True,
        known: dict[str, ArticleFeatures] | None = None,
    ) -> None:
        features = [self._features(a, known) for a in batch]
        if observe:
            for f in features:
                self._df.observe(f)
        for article, f in zip(batch, features, strict=True):
            self._assign(article, f)
        if self.merge_pass():
            for article in batch:
                article.story_id = self.story_of(article.story_id)

    def _features(
        self, article: Article, known: dict[str, ArticleFeatures] | None = None
    ) -> ArticleFeatures:
        if not article.id:
            article.assign_id()
        f = known.get(article.id) if known else None
        if f is None:
            f = extract(article, self._seq)
        else:
            f.order = self._seq
        self._seq += 1
        return f

    def _assign(self, article: Article, f: ArticleFeatures) -> None:
        self._advance_clock(f.day)
        rank = (f"{f.day:07d}" if f.day is not None else "~", f.order)
        sketch = self._dups.sketch(article.text)
        known = self._dups.get(article.id)
        if known is not None and known.article is not article:
            # The same document ingested twice (same id): it takes the first one's place.
            article.story_id = known.article.story_id
            article.duplicate_of = known.article.duplicate_of
            return
        article.duplicate_of = None  # a fresh decision, also when clustering again
        if "duplicate" in article.quality.flags:
            article.quality.flags.remove("duplicate")
        root_id = article.id
        family_story: str | None = None
        if sketch is not None:
            roots: dict[str, tuple[tuple[str, int], Article]] = {}
            for entry in self._dups.match(sketch):
                root = self._dups.get(entry.root) or entry
                roots[entry.root] = (root.rank, root.article)
            if roots:
                original = min(roots, key=lambda r: roots[r][0])
                original_rank, original_article = roots[original]
                family_story = original_article.story_id
                if original_rank < rank:
                    root_id = original
                    article.duplicate_of = original
                    article.quality.flag("duplicate")
                else:  # an earlier original turned up after its copies
                    for copy in self._dups.reroot(original, article.id):
                        copy.duplicate_of = article.id
                        copy.quality.flag("duplicate")
                    article.duplicate_of = None
        family_story = self.story_of(family_story)
        if family_story is not None and family_story in self._states:
            article.story_id = family_story
            self._join_copy(self._states[family_story], article, f, root_id)
        else:
            self._cluster(article, f)
        if sketch is not None:
            self._dups.add(article, rank, sketch, root_id, f.day)

    def _cluster(self, article: Article, f: ArticleFeatures) -> None:
        terms, keys, actors, probes = self._vectors(f)
        best_id, best_sim = None, self.settings.join_threshold
        for sid in self._candidates(probes, f.day):
            sim = self.similarity(self._states[sid], terms, keys, actors, f)
            if sim >= best_sim:
                best_id, best_sim = sid, sim
        if best_id is None:
            state = StoryState(story_id="s-" + article.id, seq=self._seq_story())
            self._states[state.story_id] = state
            log.debug("article %s opens story %s", article.id, state.story_id)
            state.reasons[article.id] = JoinReason(
                how="opened", similarity=1.0, other=None, actors=[], terms=[], events=[]
            )
        else:
            state = self._states[best_id]
            log.debug("article %s joins %s (similarity %.3f)", article.id, best_id, best_sim)
            names = {**self._labels, **f.actor_names}
            state.reasons[article.id] = joined_reason(
                state, keys, actors, f.events, names, best_sim
            )
        article.story_id = state.story_id
        self._touched.add(state.story_id)
        self._record(state, article, f)
        state.add_floor(f.floor)
        state.month_day = state.month_day or f.month_day
        state.events.update(f.events)
        self._labels.update(f.actor_names)
        state.add_centroid(terms, keys, actors)
        state.add_names(f.names)
        self._touch(state, probes)
        self._offer_sentence(state, article, f)

    def _seq_story(self) -> int:
        self._opened += 1
        return self._opened

    def _vectors(
        self, f: ArticleFeatures
    ) -> tuple[dict[str, float], dict[str, float], dict[str, float], list[tuple[str, float]]]:
        """IDF-weighted unit vectors (terms, keys), actor weights and index probes."""
        terms = weighted(f.terms, self._df.idf("w", list(f.terms)))
        keys = weighted(f.keys, self._df.idf("k", list(f.keys)))
        actor_idf = self._df.idf("a", list(f.actors))
        actors = {a: w * i for (a, w), i in zip(f.actors.items(), actor_idf, strict=True)}
        probes = [("w" + t, terms[t]) for t in top(terms, _INDEX_TERMS)]
        probes += [("a" + a, actors[a] / 4.0) for a in top(actors, _INDEX_ACTORS)]
        probes += [("k" + k, keys[k]) for k in top(keys, _INDEX_KEYS)]
        return terms, keys, actors, probes

    def similarity(
        self,
        state: StoryState,
        terms: dict[str, float],
        keys: dict[str, float],
        actors: dict[str, float],
        f: ArticleFeatures,
    ) -> float:
        """Similarity of an article (its weighted vectors) to an active story, in [0, 1]."""
        text = dot(terms, state.terms) / state.terms_norm if state.terms_norm else 0.0
        key = dot(keys, state.keys) / state.keys_norm if state.keys_norm else 0.0
        if actors and state.actor_counts:
            sim = W_TEXT * text + W_ACTORS * actor_overlap(actors, state) + W_KEYS * key
        else:
            sim = (W_TEXT + W_ACTORS / 2) * text + (W_KEYS + W_ACTORS / 2) * key
        if _after(f.floor, state.last_day) or (
            f.day is not None and state.first_day is None and _after(state.floor, f.day)
        ):
            return 0.0  # one side names a date after the other side's last day
        day = f.day
        if day is None and f.month_day is not None and state.first_day is not None:
            day = nearest(f.month_day, state.first_day)  # "MOSCOW, Dec 3": the nearest Dec 3
        gap = state.gap(day) - GRACE_DAYS
        return sim * 0.5 ** (gap / self.settings.half_life_days) if gap > 0 else sim

    def _candidates(self, probes: list[tuple[str, float]], day: int | None) -> list[str]:
        scores: dict[str, float] = {}
        active = self._active
        for key, weight in probes:
            posting = self._postings.get(key)
            if not posting:
                continue
            for sid in posting:
                if sid in active:
                    scores[sid] = scores.get(sid, 0.0) + weight
        top = heapq.nlargest(2 * self.max_candidates, scores.items(), key=_score_then_id)
        ranked = [sid for sid, _ in top]
        if day is not None:
            ranked = [sid for sid in ranked if not self._stale(self._states[sid], day)]
        return ranked[: self.max_candidates]

    def _touch(self, state: StoryState, probes: list[tuple[str, float]]) -> None:
        sid = state.story_id
        for key, _ in probes:
            posting = self._postings.setdefault(key, {})
            posting.pop(sid, None)
            posting[sid] = None
            if len(posting) > _POSTING_CAP:
                del posting[next(iter(posting))]
        self._active.pop(sid, None)
        self._active[sid] = None
        if len(self._active) > self.max_active:
            self._shrink()
        self._touches += 1
        if self._touches % _CLEANUP_EVERY == 0:
            self._clean_postings()

    def _record(self, state: StoryState, article: Article, f: ArticleFeatures) -> None:
        """The record parts every member updates, copies included."""
        state.article_ids.append(article.id)
        state.add_dates(f.day)
        if article.publisher:
            state.outlets.setdefault(article.publisher.casefold(), article.publisher)
        rank = (-article.quality.score, f"{f.day:07d}" if f.day is not None else "~", f.order)
        if rank < state.title_rank:
            state.title_rank = rank
            state.title = _title(article, f)

    def _join_copy(
        self, state: StoryState, article: Article, f: ArticleFeatures, original: str
    ) -> None:
        state.reasons[article.id] = JoinReason(
            how="copy",
            similarity=1.0,
            other=original if original != article.id else None,
            actors=[],
            terms=[],
            events=[],
        )
        self._record(state, article, f)
        if state.story_id in self._active:
            self._active.move_to_end(state.story_id)

    def _offer_sentence(self, state: StoryState, article: Article, f: ArticleFeatures) -> None:
        usable = [(s, w) for s, w in f.sentences if usable_sentence(s, len(w))]
        if not usable:
            return
        vocab = sorted({t for _, words in usable for t in words})
        idf = dict(zip(vocab, self._df.idf("w", vocab), strict=True))
        best: Candidate | None = None
        for sentence, words in usable:
            vec = unit({t: idf[t] for t in words})
            score = state.centrality(vec)
            if best is None or score > best.score:
                best = Candidate(score, f.order, article.id, sentence.text, *sentence[:2], vec)
        if best is not None:
            state.offer(_source_key(article), best)

    def _advance_clock(self, day: int | None) -> None:
        if day is not None and (self._newest_day is None or day > self._newest_day):
            self._newest_day = day

    def _stale(self, state: StoryState, day: int | None) -> bool:
        """No article of ``day`` can reach the join threshold with this story any more."""
        return day is not None and state.gap(day) - GRACE_DAYS > self.horizon_days

    def _shrink(self) -> None:
        """Freeze stories until the active set is at most 90% of ``max_active``: first
        those too old for any new article to join (by the newest date seen), then the
        least recently updated. Undated articles could still join an old story, so old
        stories are only frozen when the memory bound asks for it."""
        target = int(self.max_active * 0.9)
        stale = [sid for sid in self._active if self._stale(self._states[sid], self._newest_day)]
        for sid in stale[: len(self._active) - target]:
            del self._active[sid]
            self._states[sid].freeze()
        while len(self._active) > target:
            oldest, _ = self._active.popitem(last=False)
            self._states[oldest].freeze()
        log.debug("froze stories down to %d active (%d stale)", len(self._active), len(stale))

    def _clean_postings(self) -> None:
        active = self._active
        for key in list(self._postings):
            live = {sid: None for sid in self._postings[key] if sid in active}
            if live:
                self._postings[key] = live
            else:
                del self._postings[key]


def cluster(articles: Sequence[Article], settings: StoriesSettings) -> list[Story]:
    """Cluster a batch: earliest first (by published date, then input order).

    Sets ``story_id`` and ``duplicate_of`` on every article and returns the stories in
    the order they were opened; the same input gives the same story ids.
    """
    days = [article_day(a) for a in articles]
    order = sorted(range(len(articles)), key=lambda i: (days[i] is None, days[i] or 0, i))
    clusterer = StoryClusterer(settings)
    clusterer.extend(articles[i] for i in order)
    for article in articles:  # stories merged in a later chunk than the article's
        article.story_id = clusterer.story_of(article.story_id)
    return clusterer.stories()


def _after(floor: int | None, last_day: int | None) -> bool:
    """A report written on or after ``floor`` cannot be about what ended on ``last_day``."""
    return floor is not None and last_day is not None and floor > last_day + GRACE_DAYS


def _score_then_id(item: tuple[str, float]) -> tuple[float, str]:
    return item[1], item[0]


def _source_key(article: Article) -> str:
    if article.publisher:
        return "p:" + article.publisher.casefold()
    if article.url:
        host = urlsplit(article.url).hostname or ""
        return "u:" + host.removeprefix("www.")
    return "a:" + article.id


def _title(article: Article, f: ArticleFeatures) -> str:
    """The article's headline, else the first sentence that may name it (its lead: no
    label, question or caption, nothing above its dateline), else its first sentence."""
    if article.title and article.title.strip():
        return article.title.strip()
    first = ""
    for sentence, _ in f.sentences:
        text = strip_furniture(sentence.text, article).strip(" -–—:")
        if not text:
            continue
        first = first or text
        if may_name(sentence, text, article):
            first = text
            break
    return first if len(first) <= _TITLE_CHARS else first[: _TITLE_CHARS - 1] + "…"
