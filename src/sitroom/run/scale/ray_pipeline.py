"""``sitroom run --ray local|ADDRESS``: the per-article stages on Ray actors.

:class:`RayPipeline` is a :class:`~sitroom.run.pipeline.Pipeline` whose per-article stages
(repair, NER, linking, quotes, events, positions, and the MinHash signature of the
near-duplicate check) run on Ray actors, each holding one loaded model for the whole run.
The driver reads the input and sends it in batches of ``pipeline.batch_size`` articles,
with at most two batches per actor in flight (memory stays bounded); each actor writes its
results as one Parquet shard (``part-NNNNNNN``, one row per article: ``seq``, ``id``,
``source``, ``error``, ``line``, ``published``, ``minhash`` and the processed article) and
returns the shard's path. The driver reads the shards back in input order, handing the
signatures to the stories stage; the rest of ``sitroom run`` (stories, claims, store,
report) is unchanged, so the store is the one a single-process run gives. At the end the
run's duplicate groups are found on the cluster from the shards
(:mod:`sitroom.run.scale.ray_dedup`: band keys grouped by partition, then a merge).

The shards are the checkpoint of the expensive stage: on a real cluster the shard folder
must be storage every node can write and the driver can read (``--shards DIR``). The
processed article is stored pickled: the shards are written and read by the same sitroom
version within one run and are not an exchange format (the contract record is).
"""

from __future__ import annotations

import pickle
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from itertools import islice
from pathlib import Path
from typing import Any

from sitroom.article import Article
from sitroom.errors import InputError, SitroomError
from sitroom.run.pipeline import Pipeline
from sitroom.run.scale.ray_dedup import duplicate_groups, write_groups
from sitroom.settings import Settings
from sitroom.stories.duplicates import DuplicateIndex, offer_signature, signature

SHARD_COLUMNS = ("seq", "id", "source", "error", "line", "published", "minhash", "item")


class RayUnavailable(SitroomError):
    """Ray is not installed (``pip install 'sitroom[ray]'``) or the cluster is unreachable."""

    exit_code = 2


def _ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise RayUnavailable(
            "--ray needs Ray: pip install 'sitroom[ray]' (on every node of the cluster)"
        ) from exc
    return ray


def connect(address: str) -> bool:
    """Join the cluster at ``address`` (``local`` starts one on this machine); return
    whether this call started the connection (and so should end it)."""
    ray = _ray()
    if ray.is_initialized():
        return False
    try:
        if address == "local":
            ray.init(include_dashboard=False, log_to_driver=False)
        else:
            ray.init(address=address, log_to_driver=False)
    except Exception as exc:  # Ray raises ConnectionError, RuntimeError, ValueError
        raise RayUnavailable(f"cannot connect to the Ray cluster at {address!r}: {exc}") from exc
    return True


def write_shard(path: Path, seq0: int, items: list[Article | InputError]) -> None:
    """One Parquet file of processed articles (and the documents that failed)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns: dict[str, list[Any]] = {name: [] for name in SHARD_COLUMNS}
    for offset, item in enumerate(items):
        columns["seq"].append(seq0 + offset)
        row: tuple[Any, ...]
        if isinstance(item, InputError):
            row = (None, item.path, item.reason, item.line, None, None, None)
        else:
            sketch = signature(item.text)
            minhash = sketch.hashvalues.astype("uint64").tobytes() if sketch is not None else None
            blob = pickle.dumps(item, pickle.HIGHEST_PROTOCOL)
            row = (item.id, item.source, None, None, item.published, minhash, blob)
        for name, value in zip(SHARD_COLUMNS[1:], row, strict=True):
            columns[name].append(value)
    table = pa.table(
        {
            "seq": pa.array(columns["seq"], pa.int64()),
            "id": pa.array(columns["id"], pa.string()),
            "source": pa.array(columns["source"], pa.string()),
            "error": pa.array(columns["error"], pa.string()),
            "line": pa.array(columns["line"], pa.int64()),
            "published": pa.array(columns["published"], pa.string()),
            "minhash": pa.array(columns["minhash"], pa.binary()),
            "item": pa.array(columns["item"], pa.binary()),
        }
    )
    tmp = path.with_suffix(".tmp")
    pq.write_table(table, tmp)
    tmp.replace(path)  # a shard is whole or absent


def read_shard(path: str) -> list[Article | InputError]:
    """The items of a shard, in input order; their signatures go to the stories stage
    (:func:`~sitroom.stories.duplicates.offer_signature`), which need not compute them."""
    import numpy as np
    import pyarrow.parquet as pq

    items: list[Article | InputError] = []
    for row in pq.read_table(path).sort_by("seq").to_pylist():
        if row["error"] is not None:
            items.append(InputError(row["source"], row["error"], line=row["line"]))
            continue
        article: Article = pickle.loads(row["item"])
        if row.get("minhash") is not None:
            offer_signature(article.text, np.frombuffer(row["minhash"], dtype=np.uint64))
        items.append(article)
    return items


class _Extractor:
    """A Ray actor: one loaded pipeline that processes batches into shards."""

    def __init__(self, settings: Settings, shards: str) -> None:
        single = replace(settings, pipeline=replace(settings.pipeline, n_process=1))
        self.pipe = Pipeline(single)
        self.shards = Path(shards)

    def process(self, index: int, seq0: int, batch: list[Article]) -> str:
        items = list(self.pipe.process_items(batch))
        path = self.shards / f"part-{index:07d}.parquet"
        write_shard(path, seq0, items)
        return str(path)


class RayPipeline(Pipeline):
    """A pipeline whose per-article stages run on a Ray cluster.

    The connection, the actors (each loads the model once) and the shard folder are set
    up at the first batch and serve every batch of the run; :meth:`close` finds the
    run's duplicate groups on the cluster (:mod:`sitroom.run.scale.ray_dedup`), then lets go
    of the actors and the connection.
    """

    def __init__(self, settings: Settings, address: str, shards: str | None = None) -> None:
        super().__init__(settings)
        self.address = address
        self.shards = shards
        self.groups: dict[str, str] = {}  # the last run's duplicate groups: id -> earliest
        self._started = False
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._folder = ""
        self._actors: list[Any] = []
        self._paths: list[str] = []
        self._index = 0
        self._seq = 0

    def submit(self, articles: list[Article]) -> Callable[[], list[Article | InputError]]:
        """On the cluster, when the results are asked for (not on local workers)."""
        return lambda: list(self.process_items(articles))

    def _connect(self, ray: Any) -> None:
        if self._actors:
            return
        self._started = connect(self.address)
        if self.shards:
            self._folder = self.shards
        else:
            self._tmp = tempfile.TemporaryDirectory(prefix="sitroom-shards-")
            self._folder = self._tmp.name
        Path(self._folder).mkdir(parents=True, exist_ok=True)
        n_actors = self.settings.pipeline.n_process or int(ray.cluster_resources().get("CPU", 1))
        remote = ray.remote(num_cpus=1)(_Extractor)
        self._actors = [remote.remote(self.settings, self._folder) for _ in range(max(1, n_actors))]

    def process_items(self, articles: Iterable[Article]) -> Iterator[Article | InputError]:
        ray = _ray()
        self._connect(ray)
        size = self.settings.pipeline.batch_size
        it = self.clock.pulled("read", articles)
        actors = self._actors
        pending: deque[Any] = deque()
        while batch := list(islice(it, size)):
            actor = actors[self._index % len(actors)]
            pending.append(actor.process.remote(self._index, self._seq, batch))
            self._index, self._seq = self._index + 1, self._seq + len(batch)
            if len(pending) >= 2 * len(actors):  # bounded: two batches per actor in flight
                yield from self._read(ray.get(pending.popleft()))
        while pending:
            yield from self._read(ray.get(pending.popleft()))

    def _read(self, path: str) -> list[Article | InputError]:
        self._paths.append(path)
        return read_shard(path)

    def close(self) -> None:
        """The actors go, the run's duplicate groups are found on the cluster (written to
        ``duplicates.parquet`` next to the shards), then the temporary shards and the
        connection go."""
        if not self._actors:
            return
        ray = _ray()
        partitions = max(2, len(self._actors))
        for actor in self._actors:  # their CPUs go to the duplicate step's tasks
            ray.kill(actor)
        self._actors = []
        try:
            with self.clock.stage("duplicates (cluster)"):
                bands, rows = DuplicateIndex(self.settings.stories.duplicate_threshold).bands
                self.groups = duplicate_groups(
                    ray,
                    self._paths,
                    self.settings.stories.duplicate_threshold,
                    bands,
                    rows,
                    partitions=partitions,
                )
                write_groups(Path(self._folder) / "duplicates.parquet", self.groups)
        finally:
            self._paths = []
            if self._tmp is not None:
                self._tmp.cleanup()
                self._tmp = None
            if self._started:
                ray.shutdown()
                self._started = False
