"""What the clusterer knows about one article, and the online document frequencies.

Three views of an article feed story similarity: its content words (TF-IDF), the actors
the NLP stage linked (weighted by type: people say more about *which* story than
countries do), and its key terms (capitalised multiword names, acronyms, numbers).
Where an article has no linked mentions, the key terms stand in for the actors.

Document frequencies are counted online in a fixed-size hashed table (the hashing
trick), so the IDF estimate follows the stream and its memory does not grow.
"""

from __future__ import annotations

import hashlib
import logging
import math
import zlib
from collections import Counter, OrderedDict
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from sitroom.article import Article
from sitroom.repair.title_guard import names_a_report
from sitroom.stories.dates import report_date
from sitroom.util.text import Sentence, content_terms, key_terms, split_sentences

log = logging.getLogger(__name__)

#: How much a shared actor of each type says about two reports being one story.
TYPE_WEIGHTS: dict[str, float] = {
    "PERSON": 1.0,
    "ORG": 0.6,
    "GROUP": 0.5,
    "NORP": 0.3,
    "GPE": 0.3,
}
#: IDF floor per namespace: content words (w), key terms (k), actors (a).
IDF_FLOOR: dict[str, float] = {"w": 0.5, "k": 0.3, "a": 0.3}
_MAX_SENTENCE_WORDS = 80


@dataclass(slots=True)
class ArticleFeatures:
    """Raw (not yet IDF-weighted) features of one article."""

    terms: Counter[str]
    keys: Counter[str]
    actors: dict[str, float]  # actor key -> type weight
    names: Counter[str]  # canonical name -> mention count (for main actors)
    sentences: list[tuple[Sentence, list[str]]]  # sentence and its content terms
    day: int | None  # the day it was written, as an ordinal (see stories.dates)
    order: int = 0
    linked: bool = field(default=False)  # the article has linked mentions
    floor: int | None = None  # undated: the latest day its text names
    month_day: tuple[int, int] | None = None  # undated: a yearless wire dateline
    events: Counter[str] = field(default_factory=Counter)  # PLOVER types of its events
    actor_names: dict[str, str] = field(default_factory=dict)  # actor key -> name


def article_day(article: Article) -> int | None:
    """The article's day (see :func:`sitroom.stories.dates.report_date`); None if undated."""
    return report_date(article).day


def actor_key(mention_actor_id: str | None, canonical: str | None, text: str) -> str:
    if mention_actor_id:
        return mention_actor_id
    if canonical:
        return "c:" + canonical.casefold()
    return "t:" + text.casefold()


_TextFeatures = tuple[list[tuple[Sentence, list[str]]], Counter[str], Counter[str]]
#: The text's part of the features, by text: a stored article is clustered again with the
#: next batch (its story's window), and its text has not changed.
_BY_TEXT: OrderedDict[bytes, _TextFeatures] = OrderedDict()
_BY_TEXT_CAP = 4_096


def _text_features(text: str) -> _TextFeatures:
    """Sentences with their content terms, the terms and the key terms of ``text``
    (fresh containers each time, worked out once per text)."""
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()
    found = _BY_TEXT.get(digest)
    if found is None:
        sentences = []
        terms: Counter[str] = Counter()
        for sentence in split_sentences(text):
            words = content_terms(sentence.text)
            terms.update(words)
            sentences.append((sentence, words))
        found = _BY_TEXT[digest] = (sentences, terms, Counter(key_terms(text)))
        while len(_BY_TEXT) > _BY_TEXT_CAP:
            _BY_TEXT.popitem(last=False)
    else:
        _BY_TEXT.move_to_end(digest)
    sentences, terms, keys = found
    return [(s, list(words)) for s, words in sentences], Counter(terms), Counter(keys)


def extract(article: Article, order: int) -> ArticleFeatures:
    """Features of ``article`` from its text and its mentions (a pure function)."""
    sentences, terms, keys = _text_features(article.text or "")
    when = report_date(article)
    actors: dict[str, float] = {}
    names: Counter[str] = Counter()
    actor_names: dict[str, str] = {}
    for m in article.mentions:
        weight = TYPE_WEIGHTS.get(m.type, 0.3)
        key = actor_key(m.actor_id, m.canonical, m.text)
        actors[key] = max(actors.get(key, 0.0), weight)
        names[m.canonical or m.text] += 1
        actor_names.setdefault(key, m.canonical or m.text)
    linked = bool(actors)
    if not linked:
        # No mentions (NLP stage skipped or found none): capitalised names stand in.
        names.update(k.title() for k in keys if " " in k)
    return ArticleFeatures(
        terms=terms,
        keys=keys,
        actors=actors,
        names=names,
        sentences=sentences,
        day=when.day,
        order=order,
        linked=linked,
        floor=when.floor,
        month_day=when.month_day,
        events=Counter(e.type for e in article.events if not e.negated and not e.hypothetical),
        actor_names=actor_names,
    )


#: The first bytes of a sparse document-frequency table (a zlib stream starts with 0x78).
_SPARSE = b"DFS1"


class DocumentFrequencies:
    """Online document frequencies in a hashed table of ``2**bits`` counters."""

    def __init__(self, bits: int = 22) -> None:
        self._mask = (1 << bits) - 1
        self._df: npt.NDArray[np.int32] = np.zeros(1 << bits, dtype=np.int32)
        self.n_docs = 0

    def to_bytes(self) -> bytes:
        """The table, zlib-compressed. While most slots are empty (a stream's first
        hundred thousand articles fill a few percent of the 4 million), only the filled
        ones are written, as slot numbers and counts after :data:`_SPARSE` and the bits:
        saved and loaded with every batch, the whole 16 MB table cost 0.1 s per batch."""
        filled = np.flatnonzero(self._df)
        if filled.size * 3 > self._df.size:  # a dense table: the plain form is smaller
            return zlib.compress(self._df.tobytes(), 6)
        pairs = np.concatenate([filled.astype(np.int32), self._df[filled]])
        bits = self._mask.bit_length()
        return _SPARSE + bytes([bits]) + zlib.compress(pairs.tobytes(), 6)

    @classmethod
    def from_bytes(cls, blob: bytes, n_docs: int) -> DocumentFrequencies:
        """A table saved with :meth:`to_bytes`: the sparse form, or the whole table
        (whose size gives the number of bits; the only form before the sparse one)."""
        if blob.startswith(_SPARSE):
            bits = blob[len(_SPARSE)]
            pairs = np.frombuffer(zlib.decompress(blob[len(_SPARSE) + 1 :]), dtype=np.int32)
            half = pairs.size // 2
            df = cls(bits)
            df._df[pairs[:half]] = pairs[half:]
            df.n_docs = n_docs
            return df
        table = np.frombuffer(zlib.decompress(blob), dtype=np.int32).copy()
        bits = max(int(table.size).bit_length() - 1, 1)
        if table.size != 1 << bits:
            raise ValueError(f"a document-frequency table of {table.size} slots is not 2**bits")
        df = cls(bits)
        df._df = table
        df.n_docs = n_docs
        return df

    def _slot(self, key: str) -> int:
        return zlib.crc32(key.encode("utf-8")) & self._mask

    def observe(self, features: ArticleFeatures) -> None:
        self.n_docs += 1
        slots = {self._slot("w" + t) for t in features.terms}
        slots.update(self._slot("k" + k) for k in features.keys)
        slots.update(self._slot("a" + a) for a in features.actors)
        self._df[np.fromiter(slots, dtype=np.int64, count=len(slots))] += 1

    def idf(self, namespace: str, keys: list[str]) -> list[float]:
        """``log((1 + N) / (1 + df)) + floor`` of keys in one namespace (w, k or a).

        The floor is lower than sklearn's +1 so that what every report of a beat says
        ("NATO", "Ukraine", "Trump") weighs little next to what two reports of one event
        share; it stays above 0 so that a stream's first articles still have vectors.
        """
        if not keys:
            return []
        slots = np.fromiter(
            (self._slot(namespace + k) for k in keys), dtype=np.int64, count=len(keys)
        )
        df = self._df[slots].astype(np.float64)
        values = np.log((1.0 + self.n_docs) / (1.0 + df)) + IDF_FLOOR[namespace]
        return [float(v) for v in values]


def weighted(counts: Counter[str], idf: list[float]) -> dict[str, float]:
    """Unit-length sublinear TF-IDF vector of ``counts`` (idf in the same order)."""
    vec = {t: (1.0 + math.log(c)) * w for (t, c), w in zip(counts.items(), idf, strict=True)}
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {t: v / norm for t, v in vec.items()} if norm else {}


def top(vec: dict[str, float], n: int) -> list[str]:
    return sorted(vec, key=lambda t: (-vec[t], t))[:n]


def usable_sentence(sentence: Sentence, n_terms: int) -> bool:
    """A sentence that can stand in a summary: a few words, not a link or a caption."""
    words = sentence.text.count(" ") + 1
    return 6 <= words <= _MAX_SENTENCE_WORDS and n_terms >= 3 and "http" not in sentence.text


def may_name(sentence: Sentence, text: str, article: Article) -> bool:
    """Whether a sentence (``text``: its words past any opening dateline) of a report
    without a headline may name it: not above the report's dateline, not on a headline
    line judged furniture, and a lead's sentence by its form (repair.title_guard)."""
    for f in article.furniture:
        if f.kind == "dateline" and sentence.end <= f.start:
            return False  # above the dateline: the page's furniture, not the report
        if f.kind == "title" and sentence.start < f.end and f.start < sentence.end:
            return False
    return names_a_report(text)


def strip_furniture(sentence: str, article: Article) -> str:
    """A sentence without the furniture it starts with ("KHARTOUM, Nov 7 (Reuters) -");
    empty when it is furniture (a caption never names a story)."""
    text = sentence.strip()
    for f in article.furniture:
        if f.kind == "dateline" and text.startswith(f.text):
            text = text[len(f.text) :]
        elif f.kind != "title" and (text in f.text or f.text in text):
            return ""
    return text
