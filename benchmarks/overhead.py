"""What the stage benchmarks share: the corpus they time and the report of a stage's
cost over the bare spaCy parse (bench_linking.py, bench_events.py)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def texts() -> tuple[str, list[str]]:
    """The PolNeAR dev texts from ../shared, else the example corpus four times."""
    polnear = REPO.parent / "shared" / "eval" / "polnear" / "dev" / "text"
    files = sorted(polnear.glob("*.txt")) if polnear.is_dir() else []
    if files:
        return "PolNeAR dev", [f.read_text(encoding="utf-8") for f in files]
    corpus = sorted((REPO / "examples" / "corpus").glob("*.txt"))
    return "examples x4", [f.read_text(encoding="utf-8") for f in corpus] * 4


def report(
    corpus: str, docs: list[str], rounds: int, parse: float, stage: float, stage_name: str,
    target: float,
) -> int:  # fmt: skip
    """Print the best parse time and the stage's overhead on it; 0 when within ``target``."""
    chars = sum(len(d) for d in docs)
    total = parse + stage
    overhead = stage / parse
    print(f"corpus: {corpus}, {len(docs)} texts, {chars / 1000:.0f}k chars, {rounds} rounds")
    print(f"{'pipeline':<28}{'best s':>10}{'chars/s':>12}")
    print(f"{'spaCy (baseline)':<28}{parse:>10.2f}{chars / parse:>12.0f}")
    print(f"{'spaCy + ' + stage_name:<28}{total:>10.2f}{chars / total:>12.0f}")
    print(f"{stage_name} overhead: {overhead:+.1%} (target <= +{target:.0%})")
    return 0 if overhead <= target else 1
