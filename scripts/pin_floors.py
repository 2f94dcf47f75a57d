"""Pin quality_floors.toml to a measured scorecard (`sitroom evaluate --json` output).

    python scripts/pin_floors.py scorecard.json            # write the floors
    python scripts/pin_floors.py scorecard.json --raise-only  # never lower a floor

A floor is the measured score rounded down to 2 decimals; for error counts (lower is
better) the ceiling is the measured count. Lowering a floor needs a reason in the commit
message (docs: conventions).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FLOORS = REPO / "quality_floors.toml"
HEADER = """\
# Quality floors: the scorecard of `sitroom evaluate` may not fall below these.
# One key per metric, [set] name = floor (the measured score rounded down to 2 decimals).
# For error counts (actors_wrong_known, unnamed_given_person, positions_opposite) the number
# is a ceiling: the count may not rise above it.
# tests/test_quality_gates.py checks every key. Raising a floor is a commit; lowering one
# needs a reason in the commit message. Written by scripts/pin_floors.py from a measured run.
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("scorecard", type=Path)
    parser.add_argument("--raise-only", action="store_true")
    args = parser.parse_args()
    card = json.loads(args.scorecard.read_text(encoding="utf-8"))
    old = tomllib.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {}
    floors: dict[str, dict[str, float | int]] = {}
    for metric in card["metrics"]:
        value = metric["value"]
        if value is None:
            continue
        lower_is_better = metric.get("better") == "lower"
        pinned: float | int
        if lower_is_better:  # a ceiling: counts to the next whole number, rates to 2 decimals
            pinned = math.ceil(value) if float(value).is_integer() else math.ceil(value * 100) / 100
        else:
            pinned = math.floor(value * 100) / 100
        previous = old.get(metric["set"], {}).get(metric["name"])
        if args.raise_only and previous is not None:
            pinned = min(previous, pinned) if lower_is_better else max(previous, pinned)
        floors.setdefault(metric["set"], {})[metric["name"]] = pinned
    lines = [HEADER]
    for section, values in floors.items():
        lines.append(f"[{section}]")
        lines.extend(f"{name} = {value}" for name, value in values.items())
        lines.append("")
    FLOORS.write_text("\n".join(lines), encoding="utf-8")
    print(f"pinned {sum(len(v) for v in floors.values())} floors in {FLOORS.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
