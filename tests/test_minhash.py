"""sitroom's numpy MinHash and LSH give what datasketch gives, bit for bit."""

from __future__ import annotations

import random

import numpy as np
import pytest

datasketch = pytest.importorskip("datasketch")
from datasketch.lsh import _optimal_param  # noqa: E402

from sitroom.stories.duplicates import shingles  # noqa: E402
from sitroom.stories.minhash import MinHash, MinHashLSH, optimal_bands, permutations  # noqa: E402

_TEXT = (
    "the council met on tuesday to discuss a budget for roads schools and the harbour "
    "while ministers in the capital said talks with the union would resume next week "
    "after a strike closed ports police reported two arrests near the station"
)
_WORDS = _TEXT.split()


def _texts(n: int, seed: int) -> list[str]:
    """Random texts, with edited copies of earlier ones mixed in (near-duplicates)."""
    rng = random.Random(seed)
    texts: list[str] = []
    for _ in range(n):
        if texts and rng.random() < 0.4:
            words = rng.choice(texts).split()
            for _ in range(rng.randint(0, 12)):
                words[rng.randrange(len(words))] = rng.choice(_WORDS)
            texts.append(" ".join(words))
        else:
            texts.append(" ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 300))))
    return texts


def _theirs(grams: set[bytes], num_perm: int) -> datasketch.MinHash:
    perms = datasketch.MinHash(num_perm=num_perm, seed=1).permutations
    mh = datasketch.MinHash(num_perm=num_perm, permutations=perms, scheme="affine32")
    mh.update_batch(list(grams))
    return mh


@pytest.mark.parametrize("num_perm", [16, 128, 256])
def test_permutations_and_hash_values_are_datasketchs(num_perm: int) -> None:
    assert np.array_equal(
        permutations(num_perm), datasketch.MinHash(num_perm=num_perm, seed=1).permutations
    )
    for text in _texts(40, num_perm):
        grams = shingles(text)
        ours, theirs = MinHash.of(grams, num_perm), _theirs(grams, num_perm)
        assert ours.hashvalues.dtype == theirs.hashvalues.dtype
        assert np.array_equal(ours.hashvalues, theirs.hashvalues)
    assert np.array_equal(MinHash.of([], 16).hashvalues, datasketch.MinHash(16).hashvalues)


def test_jaccard_and_stored_values() -> None:
    texts = _texts(30, 7)
    ours = [MinHash.of(shingles(t)) for t in texts]
    theirs = [_theirs(shingles(t), 128) for t in texts]
    for i in range(len(texts)):
        for j in range(len(texts)):
            assert ours[i].jaccard(ours[j]) == theirs[i].jaccard(theirs[j])
    stored = np.frombuffer(ours[3].hashvalues.astype("uint64").tobytes(), dtype="uint64")
    assert np.array_equal(MinHash.from_values(stored).hashvalues, ours[3].hashvalues)
    with pytest.raises(ValueError):
        MinHash.from_values(np.array([1 << 40], dtype="uint64"))


@pytest.mark.parametrize("weights", [(0.5, 0.5), (0.1, 0.9), (0.8, 0.2)])
def test_bands_are_datasketchs(weights: tuple[float, float]) -> None:
    for num_perm in (32, 128):
        for threshold in (0.05, 0.2, 0.33, 0.5, 0.7, 0.85, 0.95, 1.0):
            assert optimal_bands(threshold, num_perm, weights) == _optimal_param(
                threshold, num_perm, *weights
            )


@pytest.mark.parametrize("threshold", [0.3, 0.5, 0.7, 0.9])
def test_lsh_candidates_are_datasketchs(threshold: float) -> None:
    ours = MinHashLSH(threshold, 128, (0.1, 0.9))
    theirs = datasketch.MinHashLSH(threshold=threshold, num_perm=128, weights=(0.1, 0.9))
    assert (ours.b, ours.r) == (theirs.b, theirs.r)
    rng = random.Random(threshold)
    live: list[str] = []
    for i, text in enumerate(_texts(120, int(threshold * 10))):
        grams = shingles(text)
        mine, other = MinHash.of(grams), _theirs(grams, 128)
        assert ours.query(mine) == theirs.query(other)
        key = f"a{i}"
        ours.insert(key, mine)
        theirs.insert(key, other)
        live.append(key)
        if rng.random() < 0.3:
            gone = live.pop(rng.randrange(len(live)))
            ours.remove(gone)
            theirs.remove(gone)
            assert gone not in ours
    with pytest.raises(ValueError):
        ours.insert(live[0], MinHash.of([b"x"]))
    with pytest.raises(ValueError):
        ours.remove("never")
