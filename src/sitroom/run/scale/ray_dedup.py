"""Near-duplicate groups of a whole Ray run, found on the cluster.

The per-article stage writes each article's MinHash signature into its Parquet shard
(column ``minhash``). This step then works on the shards where they are:

1. *map* (one task per shard): cut every signature into the LSH bands the driver's
   :class:`~sitroom.stories.duplicates.DuplicateIndex` uses (same bands and rows), and
   send each (band, key, article) to the partition ``hash(band, key) % partitions``;
2. *reduce* (one task per partition): group by band key; the articles sharing a key are
   candidate pairs, kept when their estimated Jaccard similarity reaches the threshold
   (the signatures of the candidates are read from their shards);
3. *merge* (the driver): union-find over the verified pairs gives the duplicate groups,
   each named by its earliest member (published date, then input order).

No node ever holds more than its shards' band keys; the driver holds only the pairs. The
groups are written next to the shards (``duplicates.parquet``: ``id``, ``group``) and
match the copies the stories stage marks in the store when a run's copies arrive within
the index's window (a test compares them on the example corpus).
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from sitroom.stories.duplicates import band_keys

_Keyed = tuple[int, bytes, str]


def _partition(band: int, key: bytes, partitions: int) -> int:
    return zlib.crc32(key, band) % partitions


def map_shard(path: str, bands: int, rows: int, partitions: int) -> list[list[_Keyed]]:
    """The band keys of a shard's signatures, one list per partition."""
    import pyarrow.parquet as pq

    out: list[list[_Keyed]] = [[] for _ in range(partitions)]
    table = pq.read_table(path, columns=["id", "minhash"]).to_pylist()
    for row in table:
        if row["minhash"] is None:
            continue
        values = np.frombuffer(row["minhash"], dtype=np.uint64)
        for band, key in band_keys(values, bands, rows):
            out[_partition(band, key, partitions)].append((band, key, row["id"]))
    return out


def reduce_partition(*parts: list[_Keyed]) -> list[tuple[str, str]]:
    """Candidate pairs (sorted ids) of the articles that share a band key."""
    groups: dict[tuple[int, bytes], list[str]] = defaultdict(list)
    for part in parts:
        for band, key, article_id in part:
            groups[(band, key)].append(article_id)
    pairs: set[tuple[str, str]] = set()
    for ids in groups.values():
        unique = sorted(set(ids))
        for i, a in enumerate(unique):
            pairs.update((a, b) for b in unique[i + 1 :])
    return sorted(pairs)


def read_signatures(paths: Sequence[str]) -> dict[str, tuple[tuple[str, int], np.ndarray]]:
    """{article id: ((published or "~", seq), signature)} of the shards' articles."""
    import pyarrow.parquet as pq

    found: dict[str, tuple[tuple[str, int], np.ndarray]] = {}
    for path in paths:
        for row in pq.read_table(path, columns=["seq", "id", "published", "minhash"]).to_pylist():
            if row["minhash"] is not None:
                rank = (row["published"] or "~", int(row["seq"]))
                found[row["id"]] = (rank, np.frombuffer(row["minhash"], dtype=np.uint64))
    return found


def groups_from_pairs(
    pairs: Sequence[tuple[str, str]], rank: dict[str, tuple[str, int]]
) -> dict[str, str]:
    """{article: the earliest member of its group} for every article in a group of two
    or more (union-find over the pairs)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            first, second = sorted((ra, rb), key=lambda r: (rank[r], r))
            parent[second] = first
    return {x: find(x) for x in parent}


def duplicate_groups(
    ray: Any, paths: Sequence[str], threshold: float, bands: int, rows: int, partitions: int
) -> dict[str, str]:
    """The duplicate groups of the articles in the shards ``paths`` (see the module)."""
    if not paths:
        return {}
    partitions = max(2, partitions)  # a task of one return gives its value, not a list
    mapper = ray.remote(num_returns=partitions)(map_shard)
    mapped = [list(mapper.remote(path, bands, rows, partitions)) for path in paths]
    reducer = ray.remote(reduce_partition)
    reduced = [reducer.remote(*[m[p] for m in mapped]) for p in range(partitions)]
    candidates = sorted({pair for part in ray.get(reduced) for pair in part})
    signatures = read_signatures(paths)
    verified = [
        (a, b)
        for a, b in candidates
        if float(np.mean(signatures[a][1] == signatures[b][1])) >= threshold
    ]
    return groups_from_pairs(verified, {k: v[0] for k, v in signatures.items()})


def write_groups(path: Path, groups: dict[str, str]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    ids = sorted(groups)
    table = pa.table({"id": ids, "group": [groups[i] for i in ids]})
    pq.write_table(table, path)
