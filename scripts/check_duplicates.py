"""Fail when a block of 6 or more identical lines appears twice in the source.

Lines are compared with their indentation stripped; blank lines, comments, imports and
function signatures are left out (a run of the same imports or parameters is not duplicated
logic). Prints each repeated block with its places and exits 1 when there is one.

    .venv/bin/python scripts/check_duplicates.py [src/sitroom] [--lines 6]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

Place = tuple[Path, int]


def significant(path: Path) -> list[tuple[int, str]]:
    """(line number, stripped text) of the lines that count: not blank, not a comment, not
    an import, not a function's signature (a wrapper repeats the parameters it passes on,
    as pylint's duplicate-code check with ``ignore-signatures`` allows)."""
    out: list[tuple[int, str]] = []
    skipping = ""  # "import" inside a parenthesised import, "def" inside a signature
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text = line.strip()
        if skipping == "import":
            skipping = "" if text.startswith(")") else skipping
            continue
        if skipping == "def":
            skipping = "" if text.endswith(":") else skipping
            continue
        if text.startswith(("import ", "from ")):
            skipping = "import" if text.endswith("(") else ""
            continue
        if text.startswith(("def ", "async def ")):
            skipping = "" if text.endswith(":") else "def"
            continue
        if not text or text.startswith("#"):
            continue
        out.append((number, text))
    return out


def repeated_blocks(paths: list[Path], size: int) -> dict[tuple[str, ...], list[Place]]:
    """Every window of ``size`` significant lines seen at two places that do not overlap."""
    seen: dict[tuple[str, ...], list[Place]] = defaultdict(list)
    for path in paths:
        lines = significant(path)
        for i in range(len(lines) - size + 1):
            window = tuple(text for _, text in lines[i : i + size])
            if sum(len(t) for t in window) < 12 * size:
                continue  # brackets and one-word lines: no logic to share
            seen[window].append((path, lines[i][0]))
    found: dict[tuple[str, ...], list[Place]] = {}
    for window, places in seen.items():
        apart = [places[0]]
        for place in places[1:]:
            last = apart[-1]
            if place[0] != last[0] or place[1] - last[1] >= size:
                apart.append(place)
        if len(apart) > 1:
            found[window] = apart
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("roots", nargs="*", default=["src/sitroom"])
    parser.add_argument("--lines", type=int, default=6)
    args = parser.parse_args()
    paths = sorted(p for root in args.roots for p in Path(root).rglob("*.py"))
    found = repeated_blocks(paths, args.lines)
    # Report each repeated stretch once: skip windows that start inside one already shown.
    shown: set[Place] = set()
    n_blocks = 0
    for window, places in sorted(found.items(), key=lambda kv: kv[1]):
        if any((p, n - k) in shown for p, n in places for k in range(1, args.lines)):
            shown.update(places)
            continue
        shown.update(places)
        n_blocks += 1
        where = ", ".join(f"{p}:{n}" for p, n in places)
        print(f"{args.lines}+ identical lines at {where}:\n    " + "\n    ".join(window))
    if found:
        print(f"{n_blocks} repeated block(s) of {args.lines}+ lines", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
