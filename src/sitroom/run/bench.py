"""``sitroom bench``: the whole pipeline against a bare spaCy parse, measured in one run.

The corpus (the example corpus and the PolNeAR dev texts by default) is written to a
temporary folder, repeated to the number of articles asked for; from the second round on
each copy ends with a one-line marker, so every copy is a new article for the store. Then,
for each worker count, two whole processes run one after the other:

- the bare baseline: ``spacy.load(model); list(nlp.pipe(texts, n_process=K))``;
- the pipeline: ``sitroom.run.runner.run`` over the folder into a temporary database (read,
  repair, NER, linking, quotes, events, positions, stories, claims, store) with
  ``pipeline.n_process=K``.

Each child reports its wall time, CPU time (its own and its workers'), peak RSS (its own and
its largest worker's) and, for the pipeline, the seconds per stage.

Both children run from compiled bytecode, as they do on a machine where the package has
run once: pip compiles spaCy's at install, and sitroom's is compiled before the first
child (an editable install under ``PYTHONDONTWRITEBYTECODE`` would otherwise compile
every module again in every child, which no user's second run does).
"""

from __future__ import annotations

import compileall
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitroom.errors import InputError
from sitroom.settings import Settings

MARKER = "\n\n(Bench copy {n}.)\n"


@dataclass(slots=True)
class Measure:
    """One whole-process run of the bare parse or the pipeline."""

    kind: str  # "bare" or "pipeline"
    workers: int
    articles: int
    words: int
    wall: float
    cpu: float
    rss_mb: float  # the main process
    worker_rss_mb: float  # the largest worker process (0 without workers)
    stages: dict[str, float] = field(default_factory=dict)

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.wall if self.wall else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.wall if self.wall else 0.0


def default_sources(settings: Settings) -> list[Path]:
    """The example corpus (from the working folder) and the PolNeAR dev texts."""
    found = [Path("examples/corpus"), Path(settings.evaluate.data_dir) / "eval/polnear/dev/text"]
    return [p for p in found if p.is_dir()]


def source_files(sources: Sequence[Path]) -> list[Path]:
    files: list[Path] = []
    for source in sources:
        if source.is_dir():
            files.extend(p for p in sorted(source.rglob("*")) if p.is_file() and p.suffix == ".txt")
        elif source.is_file():
            files.append(source)
    return files


def write_corpus(files: Sequence[Path], n: int, folder: Path) -> list[str]:
    """Write ``n`` articles to ``folder`` (the files repeated; copies marked) and return
    their texts in the order the folder is read."""
    if not files:
        raise InputError("bench", "no .txt files in the corpus folders")
    texts = []
    for i in range(n):
        rounds, index = divmod(i, len(files))
        text = files[index].read_text(encoding="utf-8", errors="replace")
        if rounds:
            text += MARKER.format(n=rounds)
        (folder / f"{i:07d}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    return texts


def _child(kind: str, folder: Path, workers: int, config: str) -> Measure:
    """Run one measurement in a fresh interpreter (``python -m sitroom.run.bench``)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "sitroom.run.bench", kind, str(folder), str(workers), config],
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"bench {kind} run failed:\n{done.stderr[-2000:]}")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Measure(kind=kind, workers=workers, wall=wall, cpu=cpu, **report)


def measure(
    settings_file: str, sources: Sequence[Path], n: int, workers: Sequence[int], repeat: int = 1
) -> list[Measure]:
    """Bare parse and pipeline for each worker count, alternating, ``repeat`` times each;
    the run with the median wall time of each is kept."""
    files = source_files(sources)
    results: list[Measure] = []
    _compile_package()
    with tempfile.TemporaryDirectory(prefix="sitroom-bench-") as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        write_corpus(files, n, folder)
        for k in workers:
            runs: dict[str, list[Measure]] = {"bare": [], "pipeline": []}
            for _ in range(repeat):
                for kind in runs:
                    runs[kind].append(_child(kind, folder, k, settings_file))
            for measured in runs.values():
                measured.sort(key=lambda m: m.wall)
                results.append(measured[len(measured) // 2])
    return results


def _compile_package() -> None:
    """Write sitroom's bytecode where it is missing (a read-only install is left alone)."""
    compileall.compile_dir(Path(__file__).resolve().parents[1], quiet=2, workers=1)


def render(measures: Sequence[Measure], console: Any) -> None:
    """Print the throughput table, the ratio per worker count and the stage table."""
    from rich.table import Table

    table = Table(title="sitroom bench: the whole pipeline against a bare spaCy parse")
    for column in (
        "run", "workers", "articles", "wall s", "CPU s", "articles/s", "words/s",
        "peak RSS MB (main / largest worker)",
    ):  # fmt: skip
        table.add_column(column, justify="left" if column == "run" else "right")
    for m in measures:
        table.add_row(
            m.kind, str(m.workers), str(m.articles), f"{m.wall:.1f}", f"{m.cpu:.1f}",
            f"{m.articles_per_s:.2f}", f"{m.words_per_s:.0f}",
            f"{m.rss_mb:.0f} / {m.worker_rss_mb:.0f}" if m.workers > 1 else f"{m.rss_mb:.0f}",
        )  # fmt: skip
    console.print(table)
    for k in sorted({m.workers for m in measures}):
        pair = {m.kind: m for m in measures if m.workers == k}
        if {"bare", "pipeline"} <= pair.keys():
            bare, full = pair["bare"], pair["pipeline"]
            console.print(
                f"{k} worker(s): pipeline / bare-parse throughput = "
                f"[bold]{full.articles_per_s / bare.articles_per_s:.2f}[/] "
                f"(CPU time ratio bare / pipeline = {bare.cpu / full.cpu:.2f})",
                highlight=False,
            )
    for m in measures:
        if m.kind != "pipeline" or not m.stages:
            continue
        stages = Table(
            title=f"pipeline stages, {m.workers} worker(s) (seconds"
            + (", worker stages summed over the workers)" if m.workers > 1 else ")")
        )
        stages.add_column("stage")
        stages.add_column("seconds", justify="right")
        for name, seconds in sorted(m.stages.items(), key=lambda kv: -kv[1]):
            stages.add_row(name, f"{seconds:.2f}")
        console.print(stages)


# -- the child processes ----------------------------------------------------------------


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def _child_bare(folder: Path, workers: int, settings: Settings) -> dict[str, Any]:
    import spacy

    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    nlp = spacy.load(settings.pipeline.spacy_model)
    docs = list(nlp.pipe(texts, n_process=workers))
    return {"articles": len(docs), "words": sum(len(t.split()) for t in texts)}


def _child_pipeline(folder: Path, workers: int, settings: Settings) -> dict[str, Any]:
    from sitroom.run.pipeline import Pipeline
    from sitroom.run.runner import run

    pipe = Pipeline(settings, timed=True)
    with tempfile.TemporaryDirectory(prefix="sitroom-bench-db-") as tmp:
        db = str(Path(tmp) / "bench.db")
        # the batch loop times its own stages (store, stories, claims) on the pipeline's clock
        summary = run([str(folder)], settings, db=db, pipeline=pipe)
    stages = dict(pipe.clock.seconds)
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    return {
        "articles": summary.n_articles,
        "words": sum(len(t.split()) for t in texts),
        "stages": stages,
    }


def child_main(argv: Sequence[str]) -> None:
    kind, folder, workers, config = argv[0], Path(argv[1]), int(argv[2]), argv[3]
    from sitroom.settings import load_settings

    settings = load_settings(Path(config) if config else None, {"pipeline.n_process": workers})
    body = _child_bare if kind == "bare" else _child_pipeline
    report = body(folder, workers, settings)
    report["rss_mb"] = _peak_mb(resource.RUSAGE_SELF)
    report["worker_rss_mb"] = _peak_mb(resource.RUSAGE_CHILDREN) if workers > 1 else 0.0
    sys.stdout.write(json.dumps(report) + "\n")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    child_main(sys.argv[1:])
