"""Quality gates: the scorecard on the gold sets in ../shared against quality_floors.toml.

The scorecard runs once for the module (the pipeline over every gold set, a few minutes);
each pinned metric is then its own test. Without ../shared the gates skip, saying so.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from sitroom.evaluate import Scorecard, run_evaluation
from sitroom.evaluate.scorecard import LOWER_IS_BETTER, load_floors
from sitroom.settings import load_settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FLOORS_FILE = REPO / "quality_floors.toml"
FLOORS = load_floors(FLOORS_FILE)

pytestmark = [pytest.mark.gate, pytest.mark.model]


@pytest.fixture(scope="module")
def scorecard() -> Scorecard:
    if not SHARED.is_dir():
        pytest.skip(f"gold data not found at {SHARED}: the quality gates need ../shared")
    return run_evaluation(
        load_settings(),
        SHARED,
        None,
        examples=REPO / "examples",
        real=REPO / "eval" / "real",
        floors_file=FLOORS_FILE,
    )


def test_floors_file_is_valid() -> None:
    tree = tomllib.loads(FLOORS_FILE.read_text(encoding="utf-8"))
    assert tree, "quality_floors.toml pins no metric"
    assert FLOORS


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_metric_holds_its_floor(scorecard: Scorecard, key: str) -> None:
    if key.split(".")[0] in scorecard.skipped:
        pytest.skip(f"{key}: {scorecard.skipped[key.split('.')[0]]}")
    metric = scorecard.get(key)
    assert metric is not None, f"{key} is pinned in quality_floors.toml but was not scored"
    assert metric.value is not None, f"{key}: nothing to score (n = 0)"
    floor = FLOORS[key]
    if key.split(".", 1)[1] in LOWER_IS_BETTER:
        assert metric.value <= floor, f"{key} = {metric.value} rose above its ceiling {floor}"
    else:
        assert metric.value >= floor, f"{key} = {metric.value} fell below its floor {floor}"


def test_every_metric_is_pinned(scorecard: Scorecard) -> None:
    unpinned = [m.key for m in scorecard.metrics if m.key not in FLOORS]
    assert not unpinned, f"add these to quality_floors.toml: {', '.join(unpinned)}"
