"""The event filter's training script: how fresh sets are grouped for the folds."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from sitroom.evaluate.real_gold import RealArticle

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "train_event_filter.py"


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("train_event_filter", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_event_filter"] = module
    spec.loader.exec_module(module)
    return module


def _art(i: str, topic: str, split: str) -> RealArticle:
    return RealArticle(
        id=i, split=split, topic=topic, story=topic, outlet=None, published=None, url=None,
        text="The ministry said the talks would resume.",
    )  # fmt: skip


def test_a_fresh_set_is_one_scored_group() -> None:
    mod = _script()
    arts = [_art("a", "ports", "dev"), _art("b", "elections", "test")]
    grouped = mod.as_groups(arts, "events99")
    assert [a.topic for a in grouped] == ["events99", "events99"]
    assert [a.topic for a in arts] == ["ports", "elections"]  # the gold is not changed
    assert mod.scored(mod.FRESH + "events99")
    assert not mod.scored(mod.EXTRA + "events99")
    assert not mod.scored(mod.PLOVER)
    assert mod.scored("ports")  # a dev topic
