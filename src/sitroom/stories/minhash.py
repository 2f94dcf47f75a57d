"""MinHash signatures and their LSH index, in numpy: datasketch's arithmetic, without its
import cost.

``datasketch`` imports ``scipy.integrate`` (about a quarter of a CPU second per process)
only to choose the LSH bands. This module computes, bit for bit, what sitroom used from
it: ``MinHash(num_perm, scheme="affine32")`` with the permutations of
``MinHash(num_perm, seed=1)`` (SHA-1's first four bytes, the MurmurHash3 finalizer, then
``a * h + b`` in 32-bit arithmetic), ``jaccard``, and ``MinHashLSH(threshold, num_perm,
weights)`` with the same bands and rows and the same candidates (``tests/
test_minhash.py`` compares both against datasketch on varied texts and thresholds).

The bands come from the same minimisation of the weighted false-positive and
false-negative areas; the areas are integrals of ``1 - (1 - s**r)**b``, a polynomial of
degree ``r * b <= num_perm``, which Gauss-Legendre quadrature with ``num_perm // 2 + 1``
nodes integrates exactly (up to rounding).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from functools import cache

import numpy as np

_MAX32 = np.uint32(0xFFFFFFFF)
# MurmurHash3's 32-bit finalizer: (shift, multiplier, shift, multiplier, shift)
_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


@cache
def permutations(num_perm: int, seed: int = 1) -> np.ndarray:
    """The (2, num_perm) uint32 array of odd ``a`` and any ``b`` of the affine permutations
    (datasketch's ``MinHash(num_perm, seed).permutations``)."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    perms = np.array([a, b])
    perms.flags.writeable = False
    return perms


def _fmix(hv: np.ndarray) -> np.ndarray:
    s1, m1, s2, m2, s3 = _FMIX
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    out: np.ndarray = hv ^ (hv >> s3)
    return out


class MinHash:
    """A MinHash signature: ``num_perm`` uint32 hash values."""

    __slots__ = ("hashvalues",)

    def __init__(self, hashvalues: np.ndarray) -> None:
        self.hashvalues = hashvalues

    @classmethod
    def of(cls, values: Iterable[bytes], num_perm: int = 128) -> MinHash:
        """The signature of a set of byte strings (none: every value at its maximum)."""
        digests = b"".join([hashlib.sha1(v).digest()[:4] for v in values])
        start = np.full(num_perm, _MAX32, dtype=np.uint32)
        if not digests:
            return cls(start)
        hv = _fmix(np.frombuffer(digests, dtype="<u4").astype(np.uint32).reshape(-1, 1))
        a, b = permutations(num_perm)
        least = np.minimum(start, (hv * a + b).min(axis=0))
        least.flags.writeable = False  # shared: a text's signature is computed once
        return cls(least)

    @classmethod
    def from_values(cls, values: np.ndarray) -> MinHash:
        """A signature from its hash values in any integer array (say uint64 from storage)."""
        if values.size and (int(values.max()) > int(_MAX32) or int(values.min()) < 0):
            raise ValueError("hash values out of range for 32-bit MinHash")
        return cls(values.astype(np.uint32))

    def __len__(self) -> int:
        return len(self.hashvalues)

    def jaccard(self, other: MinHash) -> float:
        """The estimated Jaccard similarity: the share of equal hash values."""
        if len(self) != len(other):
            raise ValueError("MinHashes with different numbers of permutations")
        return float(np.count_nonzero(self.hashvalues == other.hashvalues)) / float(len(self))


def _areas(threshold: float, b: np.ndarray, r: np.ndarray, num_perm: int) -> np.ndarray:
    """False-positive and false-negative areas of each (b, r): the integrals of the
    candidate probability below the threshold and of its complement above it."""
    nodes, weights = np.polynomial.legendre.leggauss(num_perm // 2 + 1)

    def integral(lo: float, hi: float, above: bool) -> np.ndarray:
        s = (hi - lo) / 2.0 * nodes + (hi + lo) / 2.0
        p = 1.0 - (1.0 - s[None, :] ** r[:, None]) ** b[:, None]
        if above:
            p = 1.0 - p
        out: np.ndarray = (p * weights[None, :]).sum(axis=1) * (hi - lo) / 2.0
        return out

    return np.stack([integral(0.0, threshold, False), integral(threshold, 1.0, True)])


@cache
def optimal_bands(threshold: float, num_perm: int, weights: tuple[float, float]) -> tuple[int, int]:
    """(bands, rows) minimising the weighted false-positive and false-negative areas
    (datasketch's ``_optimal_param``; the first of equal minima in its order)."""
    pairs = [(b, r) for b in range(1, num_perm + 1) for r in range(1, num_perm // b + 1)]
    bs = np.array([p[0] for p in pairs], dtype=float)
    rs = np.array([p[1] for p in pairs], dtype=float)
    fp, fn = _areas(threshold, bs, rs, num_perm)
    error = fp * weights[0] + fn * weights[1]
    return pairs[int(np.argmin(error))]


class MinHashLSH:
    """Banded LSH over MinHash signatures, keyed by article id (datasketch's
    ``MinHashLSH`` with its in-memory storage: same bands, same band keys, same
    candidate sets)."""

    def __init__(
        self, threshold: float, num_perm: int = 128, weights: tuple[float, float] = (0.5, 0.5)
    ) -> None:
        if not 0.0 <= threshold <= 1.0:
            raise ValueError("threshold must be in [0.0, 1.0]")
        if num_perm < 2:
            raise ValueError("Too few permutation functions")
        if any(w < 0.0 or w > 1.0 for w in weights) or sum(weights) != 1.0:
            raise ValueError("weights must be in [0.0, 1.0] and sum to 1.0")
        self.h = num_perm
        self.b, self.r = optimal_bands(float(threshold), num_perm, tuple(weights))
        if self.b < 2:
            raise ValueError("The number of bands are too small (b < 2)")
        self.hashranges = [(i * self.r, (i + 1) * self.r) for i in range(self.b)]
        self.hashtables: list[defaultdict[bytes, set[str]]] = [
            defaultdict(set) for _ in range(self.b)
        ]
        self.keys: dict[str, list[bytes]] = {}

    def _bands(self, minhash: MinHash) -> list[bytes]:
        if len(minhash) != self.h:
            raise ValueError(f"Expecting minhash with length {self.h}, got {len(minhash)}")
        values = minhash.hashvalues
        return [bytes(values[start:end].byteswap().data) for start, end in self.hashranges]

    def insert(self, key: str, minhash: MinHash) -> None:
        if key in self.keys:
            raise ValueError("The given key already exists")
        hs = self._bands(minhash)
        self.keys[key] = hs
        for h, table in zip(hs, self.hashtables, strict=True):
            table[h].add(key)

    def query(self, minhash: MinHash) -> list[str]:
        """The keys sharing at least one band with ``minhash``."""
        candidates: set[str] = set()
        for h, table in zip(self._bands(minhash), self.hashtables, strict=True):
            for key in table.get(h, ()):
                candidates.add(key)
        return list(candidates)

    def remove(self, key: str) -> None:
        if key not in self.keys:
            raise ValueError("The given key does not exist")
        for h, table in zip(self.keys[key], self.hashtables, strict=True):
            table[h].remove(key)
            if not table.get(h):
                del table[h]
        del self.keys[key]

    def __contains__(self, key: str) -> bool:
        return key in self.keys
