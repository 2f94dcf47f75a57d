"""`sitroom run --ray`: a local Ray cluster gives the store a single-process run gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitroom.settings import Settings
from sitroom.store import Store

pytestmark = [pytest.mark.model, pytest.mark.ray]


def test_a_local_ray_cluster_gives_the_same_store(
    tmp_path: Path, settings: Settings, examples: Path, example_db: str
) -> None:
    ray = pytest.importorskip("ray", reason="ray is not installed: pip install 'sitroom[ray]'")
    from sitroom.run.runner import run
    from sitroom.run.scale.ray_pipeline import RayPipeline

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        db = str(tmp_path / "ray.db")
        shards = tmp_path / "shards"
        pipeline = RayPipeline(settings, "local", str(shards))
        summary = run([str(examples)], settings, db=db, pipeline=pipeline)
    finally:
        ray.shutdown()
    files = sorted(shards.glob("part-*.parquet"))
    batch = settings.pipeline.batch_size
    assert len(files) == -(-summary.n_articles // batch)  # one shard per batch
    with Store.open(example_db) as one, Store.open(db) as many:
        assert one.stories() and one.quotes() and one.events() and one.positions()
        for table in ("stories", "actors", "quotes", "events", "positions"):
            assert getattr(many, table)() == getattr(one, table)(), table
        assert list(many.articles()) == list(one.articles())
        copies = dict(
            one.connection.execute(
                "SELECT id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL"
            ).fetchall()
        )
    # the duplicate groups found on the cluster are the copies the stories stage marked
    assert copies and (shards / "duplicates.parquet").is_file()
    assert set(pipeline.groups) == set(copies) | set(copies.values())
    assert all(pipeline.groups[c] == pipeline.groups[o] for c, o in copies.items())


def test_band_keys_group_near_copies_apart_from_other_texts() -> None:
    from sitroom.run.scale.ray_dedup import groups_from_pairs, reduce_partition
    from sitroom.stories.duplicates import DuplicateIndex, band_keys, signature

    text = " ".join(f"word{i} about the talks in Brussels on day {i}" for i in range(40))
    texts = {"a": text, "b": text.replace("day 7", "day seven"), "c": text[::-1]}
    bands, rows = DuplicateIndex(0.7).bands
    keyed = []
    for article_id, body in texts.items():
        sketch = signature(body)
        assert sketch is not None
        keyed += [(b, k, article_id) for b, k in band_keys(sketch.hashvalues, bands, rows)]
    pairs = reduce_partition(keyed[: len(keyed) // 2], keyed[len(keyed) // 2 :])
    assert pairs == [("a", "b")]
    ranks = {"a": ("2025-01-02", 0), "b": ("2025-01-01", 1)}
    assert groups_from_pairs(pairs, ranks) == {"a": "b", "b": "b"}


def test_shards_keep_the_failed_documents(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    from sitroom.article import Article
    from sitroom.errors import InputError
    from sitroom.run.scale.ray_pipeline import read_shard, write_shard

    good = Article(text="NATO ministers met in Brussels.", source="a.txt")
    good.assign_id()
    path = tmp_path / "part-0000000.parquet"
    write_shard(path, 5, [good, InputError("b.txt", "not UTF-8", line=3)])
    back = read_shard(str(path))
    assert isinstance(back[0], Article) and back[0].to_record() == good.to_record()
    assert isinstance(back[1], InputError)
    assert (back[1].path, back[1].reason, back[1].line) == ("b.txt", "not UTF-8", 3)
