"""Peak memory of ``sitroom run`` on N and 10 x N articles: it must not grow with the corpus.

Builds a corpus of short, varied articles (default 2,000 and 20,000) from the sentences of
the example corpus and the PolNeAR dev texts in ``../shared``: each article takes a few
sentences of one source text and one of another, shuffled (seeded), so no two articles are
copies and stories form, split and age out; dates advance by one day every
``--per-day`` articles, so the larger corpus spans ten times the days at the same density.
Each size runs ``sitroom run`` as a fresh process into a fresh database; the peak RSS of
the process tree (the main process plus its workers, polled from /proc) and of the largest
single process are printed, with the ratio of the large run to the small one (target:
at most 1.5).

    python benchmarks/bench_memory.py                     # 2,000 and 20,000 articles
    python benchmarks/bench_memory.py --sizes 200 2000    # a quicker check
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(os.environ.get("SITROOM_SHARED", Path(__file__).resolve().parents[1] / "../shared"))
SOURCES = [Path("examples/corpus"), SHARED / "eval/polnear/dev/text"]
_SENTENCE = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z“\"])")
PER_FILE = 1_000  # articles per JSONL file


def source_sentences() -> list[list[str]]:
    """The sentences of each source text (of 6 to 60 words)."""
    texts: list[list[str]] = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
            body = " ".join(path.read_text(encoding="utf-8", errors="replace").split())
            sentences = [s for s in _SENTENCE.split(body) if 6 <= len(s.split()) <= 60]
            if len(sentences) >= 4:
                texts.append(sentences)
    if not texts:
        sys.exit(f"no source texts found in {', '.join(map(str, SOURCES))}")
    return texts


def write_corpus(folder: Path, n: int, per_day: int, seed: int = 7) -> int:
    """``n`` JSONL records (text, title, published) in files of ``PER_FILE``; words."""
    rng = random.Random(seed)
    texts = source_sentences()
    start = dt.date(2024, 1, 1)
    words = 0
    folder.mkdir(parents=True, exist_ok=True)
    out = None
    for i in range(n):
        if i % PER_FILE == 0:
            if out is not None:
                out.close()
            out = (folder / f"part-{i // PER_FILE:05d}.jsonl").open("w", encoding="utf-8")
        main, other = rng.choice(texts), rng.choice(texts)
        body = [*rng.sample(main, min(len(main), rng.randint(2, 4))), rng.choice(other)]
        rng.shuffle(body)
        text = " ".join(body)
        words += len(text.split())
        day = start + dt.timedelta(days=i // per_day)
        record = {"text": text, "title": f"Report {i}", "published": day.isoformat()}
        assert out is not None
        out.write(json.dumps(record) + "\n")
    if out is not None:
        out.close()
    return words


def _tree_rss_kb(pid: int) -> tuple[int, int]:
    """(sum, largest) resident set in KiB of ``pid`` and its descendants."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            ppid, pages = int(fields[1]), int(fields[21])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = pages * (os.sysconf("SC_PAGE_SIZE") // 1024)
    total, largest, todo = 0, 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        largest = max(largest, rss.get(p, 0))
        todo.extend(children.get(p, []))
    return total, largest


def run_once(corpus: Path, db: Path, workers: int | None) -> dict[str, float]:
    """One ``sitroom run`` as a fresh process: wall time and peak RSS (MB)."""
    command = [
        sys.executable,
        "-c",
        "from sitroom.show.cli import main; main()",
        "run",
        str(corpus),
    ]
    command += ["--db", str(db)]
    if workers is not None:
        config = db.with_suffix(".toml")
        config.write_text(f"[pipeline]\nn_process = {workers}\n", encoding="utf-8")
        command += ["--config", str(config)]
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_tree = peak_one = 0
    while proc.poll() is None:
        tree, one = _tree_rss_kb(proc.pid)
        peak_tree, peak_one = max(peak_tree, tree), max(peak_one, one)
        time.sleep(0.25)
    wall = time.perf_counter() - start
    stderr = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.returncode != 0:
        sys.exit(f"sitroom run failed ({proc.returncode}):\n{stderr[-3000:]}")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "wall_s": wall,
        "tree_mb": peak_tree / 1024,
        "largest_mb": peak_one / 1024,
        "maxrss_children_mb": usage.ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2_000, 20_000])
    parser.add_argument("--per-day", type=int, default=20, help="articles per day")
    parser.add_argument("--workers", type=int, default=None, help="pipeline.n_process")
    args = parser.parse_args()
    results: list[tuple[int, int, dict[str, float]]] = []
    with tempfile.TemporaryDirectory(prefix="sitroom-mem-") as tmp:
        for n in args.sizes:
            corpus = Path(tmp) / f"corpus-{n}"
            words = write_corpus(corpus, n, args.per_day)
            measured = run_once(corpus, Path(tmp) / f"run-{n}.db", args.workers)
            results.append((n, words, measured))
            print(
                f"{n:>7,} articles ({words:,} words): {measured['wall_s']:.0f} s, "
                f"{n / measured['wall_s']:.1f} articles/s, peak RSS {measured['tree_mb']:.0f} MB "
                f"(all processes) / {measured['largest_mb']:.0f} MB (largest process)",
                flush=True,
            )
    if len(results) >= 2:
        (n0, _, small), (n1, _, large) = results[0], results[-1]
        ratio = large["tree_mb"] / small["tree_mb"]
        one = large["largest_mb"] / small["largest_mb"]
        print(
            f"peak RSS {n1:,} / {n0:,} articles: {ratio:.2f} (all processes), "
            f"{one:.2f} (largest process); target <= 1.5"
        )


if __name__ == "__main__":
    main()
