"""Copy the real-prose gold set with only some topics (or ids) in its manifest, to score a
part of it: the topics added in one round, one topic at a time, one story.

    python scripts/real_subset.py /tmp/fresh --topics syria,haiti,lebanon,afpak
    sitroom evaluate --only real --real /tmp/fresh
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import yaml

REAL = Path(__file__).resolve().parents[1] / "eval" / "real"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, help="folder to write (replaced if it exists)")
    parser.add_argument("--topics", default="", help="comma-separated topics to keep")
    parser.add_argument("--ids", default="", help="comma-separated report ids to keep")
    parser.add_argument("--real", type=Path, default=REAL, help="the gold folder to copy")
    args = parser.parse_args()
    topics = {t for t in args.topics.split(",") if t}
    ids = {i for i in args.ids.split(",") if i}
    if not topics and not ids:
        parser.error("give --topics or --ids")
    manifest = yaml.safe_load((args.real / "manifest.yaml").read_text(encoding="utf-8"))
    kept = [a for a in manifest["articles"] if a["topic"] in topics or a["id"] in ids]
    if not kept:
        print(f"{args.real}: no report matches", file=sys.stderr)
        return 1
    if args.out.exists():
        shutil.rmtree(args.out)
    shutil.copytree(args.real, args.out)
    manifest["articles"] = kept
    (args.out / "manifest.yaml").write_text(yaml.safe_dump(manifest, sort_keys=False))
    names = {a["id"] for a in kept}
    for path in sorted((args.out / "claim_pairs").glob("*.yaml")):  # pairs of kept reports
        pairs = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        pairs = [p for p in pairs if {p["a"]["article"], p["b"]["article"]} <= names]
        _write_or_drop(path, pairs, pairs)
    for path in sorted((args.out / "positions").glob("*.yaml")):  # positions in kept reports
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        data["positions"] = [p for p in data["positions"] if p["article"] in names]
        _write_or_drop(path, data, data["positions"])
    print(f"{len(kept)} reports ({sum(a['split'] == 'dev' for a in kept)} dev) in {args.out}")
    return 0


def _write_or_drop(path: Path, data: object, entries: list[object]) -> None:
    if entries:
        path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    else:
        path.unlink()


if __name__ == "__main__":
    sys.exit(main())
