"""Benchmark: time and peak memory of ``sitroom run`` on one document of growing length.

Each size runs in a fresh process (so its peak RSS is its own): one document of N
characters, made of the example corpus's paragraphs repeated in a shuffled order, goes
through the whole job (read, repair, NLP in sections, stories, claims, store). The
baseline, measured in the same way in the same run, is a 1,000-character document. Each
process first runs a tiny warm-up document, so imports are left out; the time is the CPU
time of the measured run (the machine is shared: wall time is printed too). The CPU time
over the baseline per 100,000 characters should stay about flat (linear growth); peak
memory is bounded by the sections parsed at once (``pipeline.batch_size`` sections of
``pipeline.section_chars``), so it grows at most linearly and levels off.

    .venv/bin/python benchmarks/bench_scaling.py [--sizes 10000 100000 999000]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BASELINE = 1_000


def document(size: int, seed: int = 7) -> str:
    """About ``size`` characters of news prose, paragraphs of the example corpus."""
    paragraphs = [
        p.strip()
        for f in sorted((REPO / "examples" / "corpus").glob("*.txt"))
        for p in f.read_text(encoding="utf-8").split("\n\n")
        if len(p.split()) > 12
    ]
    rng = random.Random(seed)
    out: list[str] = []
    n = 0
    while n < size:
        paragraph = rng.choice(paragraphs)
        out.append(paragraph)
        n += len(paragraph) + 2
    return "\n\n".join(out)[:size]


def one(size: int) -> dict[str, float]:
    """Run the job on one document of ``size`` characters in this process, after a warm-up
    run on a tiny document (imports and first model load are not part of the time)."""
    from sitroom.run.runner import run
    from sitroom.settings import load_settings

    settings = load_settings(REPO / "tests" / "data" / "no-user-config.toml")
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm.txt"
        warm.write_text(document(BASELINE, seed=1), encoding="utf-8")
        run([str(warm)], settings, db=str(Path(tmp) / "warm.db"))
        path = Path(tmp) / "doc.txt"
        path.write_text(document(size), encoding="utf-8")
        start = time.perf_counter()
        cpu = time.process_time()
        summary = run([str(path)], settings, db=str(Path(tmp) / "bench.db"))
        cpu = time.process_time() - cpu
        seconds = time.perf_counter() - start
    assert summary.n_new == 1, summary.skipped
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"size": size, "seconds": seconds, "cpu": cpu, "rss_mb": rss_mb}


def measure(size: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--one", str(size)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 999_000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(one(args.one)))
        return 0
    base = measure(BASELINE)
    print(
        f"baseline ({BASELINE:,} characters, after a warm-up run): {base['cpu']:.1f} s CPU, "
        f"{base['seconds']:.1f} s wall, peak RSS {base['rss_mb']:.0f} MB"
    )
    print(
        f"{'characters':>10}  {'CPU s':>6}  {'wall s':>6}  {'CPU over base':>13}  "
        f"{'CPU s per 100k':>14}  {'peak MB':>7}  {'MB over base':>12}"
    )
    for size in args.sizes:
        r = measure(size)
        extra = r["cpu"] - base["cpu"]
        print(
            f"{size:>10,}  {r['cpu']:>6.1f}  {r['seconds']:>6.1f}  {extra:>13.1f}  "
            f"{100_000 * extra / size:>14.2f}  {r['rss_mb']:>7.0f}  "
            f"{r['rss_mb'] - base['rss_mb']:>12.0f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
