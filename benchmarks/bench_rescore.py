"""Benchmark: positions re-scored from the store for a new catalog vs. the first run
(target: under 10% of the first run).

The first run parses N articles with the full pipeline (model and components, one process)
and stores them (parses kept: ``positions.keep_parses``); story grouping and
cross-checking are left out, which makes the baseline smaller and the ratio harder to meet.
Re-scoring then loads the stored articles and recomputes their positions for another
catalog (``climate_finance``, then the hand catalog of the real set's Sudan topic) from the
stored parses, and aggregates the matrix, as ``sitroom positions --catalog FILE`` does. The
texts are the example corpus repeated with varied ids and a varied last line (so no copy is
stored as another's duplicate).

    .venv/bin/python benchmarks/bench_rescore.py [--n 1000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from sitroom.article import Article
from sitroom.nlp.positions.aggregate import aggregate
from sitroom.nlp.positions.catalog import load_catalog
from sitroom.nlp.positions.rescore import rescore_all
from sitroom.run.pipeline import Pipeline
from sitroom.settings import load_settings
from sitroom.store import Store

REPO = Path(__file__).resolve().parents[1]
TARGET = 0.10


def corpus(n: int) -> list[Article]:
    files = sorted((REPO / "examples" / "corpus").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    out = []
    for i in range(n):
        article = Article(text=texts[i % len(texts)] + f"\n\n(Reference {i:05d}.)")
        article.assign_id(f"bench-{i:05d}")
        out.append(article)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1000)
    args = parser.parse_args()
    settings = load_settings(REPO / "tests" / "data" / "no-user-config.toml").with_overrides(
        {"pipeline.n_process": 1}
    )
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        start = time.perf_counter()
        pipe = Pipeline(settings)
        done = list(pipe.process(corpus(args.n)))
        with Store.open(db) as store:
            store.save_articles(done)
        first = time.perf_counter() - start
        print(f"first run: {len(done)} articles parsed and stored in {first:.1f} s")
        worst = 0.0
        for ref in ("climate_finance", str(REPO / "eval" / "real" / "catalogs" / "sudan.yaml")):
            start = time.perf_counter()
            catalog = load_catalog(ref)
            with Store.open(db) as store:
                articles = list(store.load_articles())
            result = rescore_all(articles, catalog)
            summaries = aggregate(result.articles)
            took = time.perf_counter() - start
            worst = max(worst, took)
            n_pos = sum(len(a.positions) for a in result.articles)
            print(
                f"re-score with {catalog.name}: {len(articles)} articles, {n_pos} positions, "
                f"{len(summaries)} cells, no parse {len(result.no_parse)}: {took:.2f} s "
                f"= {took / first:.1%} of the first run"
            )
    ratio = worst / first
    print(
        f"worst ratio {ratio:.1%} (target < {TARGET:.0%}): {'ok' if ratio < TARGET else 'MISSED'}"
    )
    return 0 if ratio < TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
