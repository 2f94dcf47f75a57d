"""List the real-prose gold set's misses of one split, grouped by kind.

    sitroom evaluate --data ../shared --only real --json --errors > card.json
    python scripts/real_errors.py card.json                    # dev, every kind
    python scripts/real_errors.py card.json --kind actor_not_actor --kind quote_spurious

Reads the `errors` of a scorecard; prints a count per kind, then each miss as
`article  gold  <-  predicted`. Only the dev split by default: develop on dev, look at
test only to report.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("scorecard", type=Path)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--kind", action="append", default=[])
    args = parser.parse_args()
    card = json.loads(args.scorecard.read_text(encoding="utf-8"))
    prefix = f"{args.split}:"
    misses = [
        m
        for m in card.get("errors", [])
        if m.get("set") == "real" and str(m.get("kind", "")).startswith(prefix)
    ]
    counts = Counter(str(m["kind"])[len(prefix) :] for m in misses)
    for kind, n in counts.most_common():
        print(f"{n:4d}  {kind}")
    for m in misses:
        kind = str(m["kind"])[len(prefix) :]
        if args.kind and kind not in args.kind:
            continue
        print(f"{kind:18s} {m['article']:11s} {m['gold']!r:50s} <- {m['predicted']!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
