"""Measure the page-furniture detector on the Zyte HTML set (an independent check).

    python scripts/furniture_zyte.py ../shared/eval/zyte            # the scores
    python scripts/furniture_zyte.py ../shared/eval/zyte --show missed --show flagged

Each page is read as sitroom reads HTML (trafilatura) and repaired; every line of the
text is then labelled by the page's ground-truth article body: a line whose words are
not in the body is furniture the extractor left in (a caption, credit, byline, date,
share or related line, a headline); a line whose words are in the body is prose. The
detector is scored per line:

- furniture recall: furniture lines the detector marks;
- body lines marked: prose lines it marks (what the analyst would lose).

A line counts as marked when furniture spans cover at least half of its characters.
Zyte's bodies keep sub-headings, so a marked sub-heading counts against the detector
here although the real-prose guidelines call it furniture; the kind of every marked
body line is printed so those can be told apart.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sitroom.article import Article
from sitroom.evaluate.gold import load_pages
from sitroom.read import read_paths
from sitroom.repair import repair
from sitroom.settings import load_settings

_TOKEN = re.compile(r"\w+")
# A line counts as body when this share of its words runs in order inside the body.
BODY_SHARE = 0.8


@dataclass(slots=True)
class Line:
    page: str
    text: str
    furniture: bool  # by the ground truth
    marked: str | None  # the detector's kind, or None


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def _in_body(line: str, body_text: str, body_words: set[str]) -> bool:
    words = _tokens(line)
    if not words:
        return True  # punctuation only: neither
    joined = " ".join(words)
    if joined in body_text:
        return True
    if len(words) < 6:
        return False
    return sum(1 for w in words if w in body_words) / len(words) >= BODY_SHARE


def page_lines(page_id: str, article: Article, body: str) -> list[Line]:
    body_text = " ".join(_tokens(body))
    body_words = set(body_text.split())
    spans = [(f.start, f.end, f.kind) for f in article.furniture]
    out: list[Line] = []
    pos = 0
    for raw in article.text.splitlines(keepends=True):
        start, end = pos, pos + len(raw.rstrip("\r\n"))
        pos += len(raw)
        text = article.text[start:end].strip()
        if not _tokens(text):
            continue
        covered = sum(max(0, min(end, b) - max(start, a)) for a, b, _ in spans)
        kind = next((k for a, b, k in spans if a < end and start < b), None)
        marked = kind if covered * 2 >= max(1, end - start) else None
        out.append(Line(page_id, text, not _in_body(text, body_text, body_words), marked))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--show", action="append", default=[], choices=["missed", "flagged"])
    args = parser.parse_args()
    settings = load_settings()
    lines: list[Line] = []
    for page in load_pages(args.folder):
        for item in read_paths([str(page.html_path)], settings.ingest):
            if isinstance(item, Article):
                repair(item)
                lines.extend(page_lines(page.id[:8], item, page.body))
            break
    furniture = [ln for ln in lines if ln.furniture]
    body = [ln for ln in lines if not ln.furniture]
    caught = [ln for ln in furniture if ln.marked]
    flagged = [ln for ln in body if ln.marked]
    print(f"pages {len({ln.page for ln in lines})}  lines {len(lines)}")
    print(f"furniture lines {len(furniture)}  recall {len(caught) / max(1, len(furniture)):.3f}")
    print(f"body lines {len(body)}  marked {len(flagged)} ({len(flagged) / max(1, len(body)):.3f})")
    print("caught by kind:", dict(Counter(ln.marked for ln in caught).most_common()))
    print("body marked by kind:", dict(Counter(ln.marked for ln in flagged).most_common()))
    if "missed" in args.show:
        for ln in furniture:
            if not ln.marked:
                print(f"MISSED  {ln.page}  {ln.text[:140]!r}")
    if "flagged" in args.show:
        for ln in flagged:
            print(f"FLAGGED {ln.page}  {ln.marked:10s} {ln.text[:140]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
