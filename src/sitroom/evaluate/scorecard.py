"""The scorecard: every metric with its target and pinned floor, and every miss.

Metric names are ``set.metric`` (``polnear.f1_30``); floors come from
``quality_floors.toml`` (``[polnear] f1_30 = 0.xx``); targets are the acceptance numbers
of the project's issues. For counts of errors (``better == "lower"``) the pinned number
is a ceiling, not a floor.
"""

from __future__ import annotations

import json
import logging
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from sitroom.errors import EvaluationError

log = logging.getLogger(__name__)

# Acceptance numbers from the issues (ingest 4, actors 5, quotes 6, events 7, stories 8,
# positions and claims 9); "examples" is the repository's example corpus (examples/gold.yaml).
TARGETS: dict[str, float] = {
    "seeds.quality_checks": 1.0,
    "seeds.actors_linked": 0.95,
    "seeds.actors_wrong_known": 0,
    "seeds.quotes_found": 1.0,
    "seeds.speaker_accuracy": 0.90,
    "seeds.unnamed_given_person": 0,
    "seeds.events_found": 1.0,
    "seeds.positions_found": 0.80,
    "seeds.positions_opposite": 0,
    "seeds.red_lines": 1.0,
    "seeds.stories_pairwise_f1": 1.0,
    "seeds.stories_bcubed_f1": 1.0,
    "seeds.claim_contradicted": 1.0,
    "polnear.f1_30": 0.75,
    "polnear.speaker_accuracy": 0.88,
    "polnear.texts_untouched": 1.0,
    "plover.event_type_accuracy": 0.75,
    "plover.source_country_f1": 0.80,
    "plover.target_country_f1": 0.70,
    "zyte.f1": 0.95,
    "examples.quality_checks": 1.0,
    "examples.quotes_found": 1.0,
    "examples.speaker_accuracy": 0.90,
    "examples.unnamed_given_person": 0,
    "examples.stories_pairwise_f1": 1.0,
    "examples.stories_bcubed_f1": 1.0,
    "examples.duplicates_f1": 1.0,
}
# The real-prose gold set's acceptance numbers (issues 14-17, 22), for both splits; the
# issues judge the test split.
REAL_TARGETS: dict[str, float] = {
    "actors_precision": 0.95,
    "actors_nonactor_rate": 0.02,
    "unknown_role_accuracy": 0.80,
    "furniture_recall": 0.90,
    "furniture_as_quote": 0,
    "furniture_as_title": 0,
    "quotes_precision": 0.90,
    "quotes_recall": 0.85,
    "speaker_accuracy": 0.90,
    "events_full_precision": 0.70,
    "events_full_recall": 0.60,
    "events_no_roles": 0,
    "claims_contradiction_precision": 0.80,
    "claims_contradiction_recall": 0.60,
    "claims_same_as_contradicted": 0.05,
    "stories_pairwise_precision": 0.98,
    "stories_pairwise_recall": 0.90,
}
REAL_LOWER: tuple[str, ...] = ("furniture_as_quote", "furniture_as_title", "actors_nonactor_rate")
REAL_LOWER += ("events_no_roles", "claims_same_as_contradicted")
REAL_LOWER += ("positions_opposite",)  # issue 17: positions on the real set's topics
REAL_TARGETS.update(
    {"positions_precision": 0.85, "positions_recall": 0.60, "positions_opposite": 0}
)
TARGETS.update(
    {f"real.{split}_{name}": v for split in ("dev", "test") for name, v in REAL_TARGETS.items()}
)
# Counts of errors (metric names, in any set): lower is better; the pinned number is a ceiling.
LOWER_IS_BETTER = frozenset(
    {"actors_wrong_known", "unnamed_given_person", "positions_opposite"}
    | {f"{split}_{name}" for split in ("dev", "test") for name in REAL_LOWER}
)


@dataclass(slots=True)
class Metric:
    set: str
    name: str
    value: float | None
    floor: float | None = None
    target: float | None = None
    n: int = 0
    better: str = "higher"

    @property
    def key(self) -> str:
        return f"{self.set}.{self.name}"

    def passes_floor(self) -> bool:
        if self.floor is None:
            return True
        if self.value is None:
            return False
        if self.better == "lower":
            return self.value <= self.floor + 1e-9
        return self.value >= self.floor - 1e-9

    def meets_target(self) -> bool | None:
        if self.target is None or self.value is None:
            return None
        if self.better == "lower":
            return self.value <= self.target
        return self.value >= self.target


@dataclass(slots=True)
class Miss:
    """One gold item the pipeline got wrong (or one wrong prediction), to study."""

    set: str
    kind: str
    gold: str
    predicted: str
    article: str
    start: int | None = None
    end: int | None = None


def metric(set_name: str, name: str, value: float | None, n: int) -> Metric:
    """A metric with its target and direction filled in from the tables above."""
    key = f"{set_name}.{name}"
    return Metric(
        set=set_name,
        name=name,
        value=None if value is None else round(float(value), 4),
        target=TARGETS.get(key),
        n=n,
        better="lower" if name in LOWER_IS_BETTER else "higher",
    )


def load_floors(path: Path | None) -> dict[str, float]:
    """``{"set.metric": floor}`` from a ``quality_floors.toml``; {} when there is none."""
    if path is None or not path.exists():
        return {}
    try:
        tree = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise EvaluationError(f"{path}: not valid TOML ({exc}); fix the file") from exc
    floors: dict[str, float] = {}
    for section, values in tree.items():
        if not isinstance(values, dict):
            raise EvaluationError(f"{path}: '{section}' must be a [section] of metric = floor")
        for name, value in values.items():
            if not isinstance(value, int | float):
                raise EvaluationError(f"{path}: {section}.{name} must be a number")
            floors[f"{section}.{name}"] = float(value)
    return floors


@dataclass(slots=True)
class Scorecard:
    metrics: list[Metric] = field(default_factory=list)
    errors: list[Miss] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)  # set -> reason
    timings: dict[str, float] = field(default_factory=dict)  # set -> seconds

    def get(self, key: str) -> Metric | None:
        return next((m for m in self.metrics if m.key == key), None)

    def apply_floors(self, floors: dict[str, float]) -> None:
        for m in self.metrics:
            m.floor = floors.get(m.key, m.floor)

    def failures(self) -> list[Metric]:
        """Metrics below their pinned floor (above their ceiling for error counts)."""
        return [m for m in self.metrics if not m.passes_floor()]

    def as_dict(self, *, errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "metrics": [{"metric": m.key, **asdict(m)} for m in self.metrics],
            "skipped": dict(self.skipped),
            "seconds": dict(self.timings),
        }
        if errors:
            out["errors"] = [asdict(e) for e in self.errors]
        return out

    def to_json(self, *, errors: bool = False, indent: int | None = 2) -> str:
        """``{"metrics": [one entry per metric], "skipped": {...}}`` (+ ``errors`` if asked)."""
        return json.dumps(self.as_dict(errors=errors), ensure_ascii=False, indent=indent)

    def render(self, console: Console, errors: bool = False) -> None:
        """The scorecard as a Rich table; with ``errors``, every miss after it."""
        table = Table(title="sitroom scorecard", show_lines=False)
        for col, justify in (
            ("set", "left"),
            ("metric", "left"),
            ("value", "right"),
            ("target", "right"),
            ("floor", "right"),
            ("n", "right"),
            ("", "left"),
        ):
            table.add_column(col, justify=justify)  # type: ignore[arg-type]
        for m in self.metrics:
            status = (
                "[red]below floor[/]"
                if not m.passes_floor()
                else ("[green]ok[/]" if m.meets_target() else "[yellow]below target[/]")
                if m.meets_target() is not None
                else ""
            )
            bound = "≤" if m.better == "lower" else "≥"
            table.add_row(
                m.set,
                m.name,
                _fmt(m.value, m.better),
                f"{bound} {_fmt(m.target, m.better)}" if m.target is not None else "",
                _fmt(m.floor, m.better),
                str(m.n),
                status,
            )
        console.print(table)
        if self.timings:
            spent = ", ".join(f"{k} {v:.0f} s" for k, v in self.timings.items())
            console.print(f"time: {spent}")
        for set_name, reason in self.skipped.items():
            console.print(f"[yellow]skipped {set_name}[/]: {reason}")
        if errors:
            self.render_errors(console)

    def render_errors(self, console: Console) -> None:
        if not self.errors:
            console.print("no misses")
            return
        table = Table(title=f"misses ({len(self.errors)})", show_lines=True)
        for col in ("set", "kind", "article", "offsets", "gold", "predicted"):
            table.add_column(col, overflow="fold")
        for e in self.errors:
            offsets = f"{e.start}-{e.end}" if e.start is not None else ""
            table.add_row(e.set, e.kind, e.article, offsets, _cut(e.gold), _cut(e.predicted))
        console.print(table)


def _fmt(value: float | None, better: str = "higher") -> str:
    if value is None:
        return ""
    return f"{value:.0f}" if better == "lower" and float(value).is_integer() else f"{value:.3f}"


def _cut(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
