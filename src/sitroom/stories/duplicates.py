"""Near-duplicate detection: MinHash LSH over word 5-shingles (``sitroom.stories.minhash``:
datasketch's arithmetic in numpy).

A syndicated copy with small edits shares most of its word 5-grams with the original;
a paraphrase shares almost none. The index answers "which earlier article is this a
copy of?" in time independent of the corpus size. Copies appear within days of their
original, so it forgets sketches more than ``window_days`` older than the newest dated
article, and the oldest past ``capacity``: memory stays bounded.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

from sitroom.article import Article
from sitroom.stories.minhash import MinHash, MinHashLSH

log = logging.getLogger(__name__)

#: Candidates are verified with the estimated Jaccard, so the banding favours recall
#: (see DuplicateIndex).
LSH_WEIGHTS = (0.1, 0.9)

SHINGLE = 5
NUM_PERM = 128
_WORD = re.compile(r"\w+")
#: Signatures computed elsewhere (the per-article stage on a Ray cluster), waiting for the
#: clusterer to ask for them; bounded (a run holds at most a few batches in flight).
_PRECOMPUTED: OrderedDict[bytes, np.ndarray] = OrderedDict()
_PRECOMPUTED_CAP = 20_000
#: Signatures computed here, by text: a stored article is clustered again with the next
#: batch (its story's window), and its text has not changed.
_SIGNED: OrderedDict[tuple[bytes, int], MinHash | None] = OrderedDict()
_SIGNED_CAP = 4_096


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """Word ``size``-grams of the lower-cased text (the whole text if it is shorter)."""
    words = _WORD.findall(text.lower())
    if not words:
        return set()
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def _text_key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


def signature(text: str, num_perm: int = NUM_PERM) -> MinHash | None:
    """The MinHash of the text's word shingles (None for a text without words): the
    signature :class:`DuplicateIndex` compares, wherever it is computed."""
    key = (_text_key(text), num_perm)
    if key in _SIGNED:
        _SIGNED.move_to_end(key)
        return _SIGNED[key]
    grams = shingles(text)
    signed = MinHash.of(grams, num_perm) if grams else None
    _SIGNED[key] = signed
    while len(_SIGNED) > _SIGNED_CAP:
        _SIGNED.popitem(last=False)
    return signed


def offer_signature(text: str, hashvalues: np.ndarray) -> None:
    """Hand over the signature of ``text`` computed elsewhere (``signature(text)
    .hashvalues``), so that the index does not compute it again."""
    _PRECOMPUTED[_text_key(text)] = hashvalues
    while len(_PRECOMPUTED) > _PRECOMPUTED_CAP:
        _PRECOMPUTED.popitem(last=False)


def band_keys(hashvalues: np.ndarray, bands: int, rows: int) -> list[tuple[int, bytes]]:
    """The LSH band keys of a signature: (band, the band's hash values as bytes), as
    datasketch's MinHashLSH cuts them; two signatures sharing one are candidates."""
    return [(b, bytes(hashvalues[b * rows : (b + 1) * rows].byteswap().data)) for b in range(bands)]


@dataclass(slots=True)
class _Entry:
    article_id: str
    rank: tuple[str, int]  # (published or "~", input order): smaller is earlier
    day: int | None
    root: str  # the earliest original of this article's copy family
    sketch: MinHash
    article: Article  # to re-point a copy family when an earlier original turns up


class DuplicateIndex:
    """Finds the earliest original of a near-identical copy.

    ``threshold`` is the Jaccard similarity of shingle sets (estimated by MinHash) at
    or above which two texts are copies of each other.
    """

    def __init__(
        self,
        threshold: float,
        *,
        num_perm: int = 128,
        capacity: int = 50_000,
        window_days: int = 7,
    ) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"duplicate_threshold must be in (0, 1], got {threshold}")
        self.threshold = threshold
        self.num_perm = num_perm
        self.capacity = capacity
        self.window_days = window_days
        self._newest: int | None = None
        # Candidates are verified with the estimated Jaccard, so the banding favours recall:
        # (0.1, 0.9) weighs a missed copy nine times a spurious candidate (at 0.7 and 128
        # permutations: 20 bands of 6, a copy at Jaccard 0.78 is a candidate 99% of the time).
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, weights=LSH_WEIGHTS)
        self._entries: OrderedDict[str, _Entry] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def bands(self) -> tuple[int, int]:
        """(bands, rows per band) of the LSH."""
        return self._lsh.b, self._lsh.r

    def sketch(self, text: str) -> MinHash | None:
        """The text's signature: the one handed over by :func:`offer_signature`, if any."""
        given = _PRECOMPUTED.pop(_text_key(text), None) if _PRECOMPUTED else None
        if given is not None and len(given) == self.num_perm:
            return MinHash.from_values(given)
        return signature(text, self.num_perm)

    def match(self, sketch: MinHash) -> list[_Entry]:
        """Indexed entries whose estimated Jaccard with ``sketch`` is at least the threshold."""
        found = []
        for key in self._lsh.query(sketch):
            entry = self._entries[key]
            if entry.sketch.jaccard(sketch) >= self.threshold:
                found.append(entry)
        return found

    def get(self, article_id: str) -> _Entry | None:
        return self._entries.get(article_id)

    def add(
        self,
        article: Article,
        rank: tuple[str, int],
        sketch: MinHash,
        root: str,
        day: int | None = None,
    ) -> None:
        if article.id in self._entries:
            return
        self._lsh.insert(article.id, sketch)
        self._entries[article.id] = _Entry(article.id, rank, day, root, sketch, article)
        if day is not None and (self._newest is None or day > self._newest):
            self._newest = day
        self._forget()

    def _forget(self) -> None:
        entries = self._entries
        while len(entries) > self.capacity:
            old, _ = entries.popitem(last=False)
            self._lsh.remove(old)
        if self._newest is None:
            return
        limit = self._newest - self.window_days
        while entries:
            first = next(iter(entries.values()))
            if first.day is None or first.day >= limit:
                break
            del entries[first.article_id]
            self._lsh.remove(first.article_id)

    def reroot(self, old_root: str, new_root: str) -> list[Article]:
        """Point every entry of ``old_root``'s family to ``new_root``; return their articles.

        Only needed when an earlier-dated original arrives after its copies (a stream out
        of date order); a linear scan of the bounded window is fine for that rare case.
        """
        moved = []
        for entry in self._entries.values():
            if entry.root == old_root:
                entry.root = new_root
                moved.append(entry.article)
        return moved
