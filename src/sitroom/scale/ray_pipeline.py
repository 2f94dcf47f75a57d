"""``sitroom run --ray local|ADDRESS``: the per-article stages on Ray actors.

:class:`RayPipeline` is a :class:`~sitroom.pipeline.Pipeline` whose per-article stages
(repair, NER, linking, quotes, events, positions) run on Ray actors, each holding one
loaded model. The driver reads the input and sends it in batches of
``pipeline.batch_size`` articles, with at most two batches per actor in flight (memory
stays bounded); each actor writes its results as one Parquet shard (``part-NNNNNNN``, one
row per article: ``seq``, ``id``, ``source``, ``error`` and the processed article) and
returns the shard's path. The driver reads the shards back in input order; the rest of
``sitroom run`` (stories, claims, store, report) is unchanged, so the store is the one a
single-process run gives.

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
from sitroom.pipeline import Pipeline
from sitroom.settings import Settings

SHARD_COLUMNS = ("seq", "id", "source", "error", "line", "item")


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
            row = (None, item.path, item.reason, item.line, None)
        else:
            row = (item.id, item.source, None, None, pickle.dumps(item, pickle.HIGHEST_PROTOCOL))
        for name, value in zip(SHARD_COLUMNS[1:], row, strict=True):
            columns[name].append(value)
    table = pa.table(
        {
            "seq": pa.array(columns["seq"], pa.int64()),
            "id": pa.array(columns["id"], pa.string()),
            "source": pa.array(columns["source"], pa.string()),
            "error": pa.array(columns["error"], pa.string()),
            "line": pa.array(columns["line"], pa.int64()),
            "item": pa.array(columns["item"], pa.binary()),
        }
    )
    tmp = path.with_suffix(".tmp")
    pq.write_table(table, tmp)
    tmp.replace(path)  # a shard is whole or absent


def read_shard(path: str) -> list[Article | InputError]:
    """The items of a shard, in input order."""
    import pyarrow.parquet as pq

    rows = pq.read_table(path).sort_by("seq").to_pylist()
    return [
        pickle.loads(row["item"])
        if row["error"] is None
        else InputError(row["source"], row["error"], line=row["line"])
        for row in rows
    ]


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
    """A pipeline whose per-article stages run on a Ray cluster."""

    def __init__(self, settings: Settings, address: str, shards: str | None = None) -> None:
        super().__init__(settings)
        self.address = address
        self.shards = shards

    def submit(self, articles: list[Article]) -> Callable[[], list[Article | InputError]]:
        """On the cluster, when the results are asked for (not on local workers)."""
        return lambda: list(self.process_items(articles))

    def process_items(self, articles: Iterable[Article]) -> Iterator[Article | InputError]:
        ray = _ray()
        started = connect(self.address)
        try:
            with tempfile.TemporaryDirectory(prefix="sitroom-shards-") as tmp:
                folder = Path(self.shards or tmp)
                folder.mkdir(parents=True, exist_ok=True)
                yield from self._on_cluster(ray, articles, str(folder))
        finally:
            if started:
                ray.shutdown()

    def _on_cluster(
        self, ray: Any, articles: Iterable[Article], folder: str
    ) -> Iterator[Article | InputError]:
        n_actors = self.settings.pipeline.n_process or int(ray.cluster_resources().get("CPU", 1))
        remote = ray.remote(num_cpus=1)(_Extractor)
        actors = [remote.remote(self.settings, folder) for _ in range(max(1, n_actors))]
        size = self.settings.pipeline.batch_size
        it = self.clock.pulled("read", articles)
        pending: deque[Any] = deque()
        index = seq0 = 0
        while batch := list(islice(it, size)):
            pending.append(actors[index % len(actors)].process.remote(index, seq0, batch))
            index, seq0 = index + 1, seq0 + len(batch)
            if len(pending) >= 2 * len(actors):  # bounded: two batches per actor in flight
                yield from read_shard(ray.get(pending.popleft()))
        while pending:
            yield from read_shard(ray.get(pending.popleft()))
